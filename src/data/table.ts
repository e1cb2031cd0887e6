/**
 * The in-memory columnar table every stage reads data into (issue 13; contract in
 * /work/helpers/COLUMNS.md): numbers as Float64Array (NaN = missing or not a number, raw text of
 * odd cells kept sparsely), text as dictionary codes (Int32Array + distinct texts), the line (or
 * record) of every row, and each column's position in the file for file:line:column messages.
 *
 * Missing: a text cell that, trimmed, is one of MISSING_TOKENS (src/data/missing.ts); JSON null.
 * Number: a text cell matching [+-]?(digits[.digits]|.digits)([eE][+-]?digits)? (trimmed), a JSON
 * or Parquet number. Column kind: see ColumnBuilder (src/data/table-build.ts).
 *
 * Readers (byte level, validate's): CSV/TSV src/data/table-csv.ts (records tokenized from bytes,
 * well-quoted fields included: numbers parsed from bytes, text found in the dictionary by its
 * bytes; a piece with any other use of quotes through papaparse, for its exact errors), JSON Lines / JSON arrays src/data/table-json.ts,
 * Parquet / Delta src/data/table-parquet.ts (typed pages). Memory: one array per column, reserved
 * from a row estimate (the first MiB's bytes per row, +3%; Parquet: the footer's count), so no
 * column is copied at the end: ≈ 8 bytes × rows × number columns + 4 × rows × (text columns + 1).
 * Timestamps and dates (Parquet/Delta) are text columns of ISO 8601 texts, as readTable printed
 * its Date values.
 */
import { UsageError } from '../errors.js';
import { fileSize } from '../io/fs.js';
import { detectFormat, type DataFormat } from './read.js';
import { Assembler, selectColumns } from './table-build.js';
import { readDelimitedColumns } from './table-csv.js';
import { readJsonArrayColumns, readJsonLinesColumns } from './table-json.js';
import { readParquetTableColumns } from './table-parquet.js';
import type { ColumnBatch, ColumnTable, Progress, ReadColumnsOptions } from './table-types.js';

export * from './table-types.js';

/** The whole file as columns. */
export async function readColumns(path: string, opts: ReadColumnsOptions = {}): Promise<ColumnTable> {
  let out: ColumnTable | undefined;
  for await (const t of readTables(path, opts, Infinity)) out = t;
  return out!;
}

/** The file in batches of at most `batchRows` rows (default 65536); lines are absolute. */
export function readColumnBatches(path: string, opts: ReadColumnsOptions & { batchRows?: number } = {}): AsyncIterable<ColumnBatch> {
  const batchRows = opts.batchRows ?? 65536;
  if (!(batchRows >= 1)) throw new UsageError(`batchRows must be at least 1, got ${batchRows}`);
  return readTables(path, opts, batchRows);
}

/** Progress reports at most every PROGRESS_MS, plus the final one. */
export const PROGRESS_MS = 500;

/** Calls onProgress at most every PROGRESS_MS. */
export class ProgressClock {
  private last: number;
  constructor(
    private readonly fn: ((p: Progress) => void) | undefined,
    readonly totalBytes: number,
    private readonly now: () => number = Date.now,
  ) {
    this.last = now();
  }
  tick(bytes: number, rows: number): void {
    if (!this.fn) return;
    const now = this.now();
    if (now - this.last < PROGRESS_MS) return;
    this.last = now;
    this.fn({ bytes, totalBytes: this.totalBytes, rows, done: false });
  }
  end(rows: number): void {
    this.fn?.({ bytes: this.totalBytes, totalBytes: this.totalBytes, rows, done: true });
  }
}

/** Bytes to read: the file's size, or a Delta snapshot's data files' (their `add` sizes). */
async function totalBytesOf(path: string, format: DataFormat): Promise<number> {
  if (format !== 'delta') return fileSize(path);
  const { openDeltaTable } = await import('./delta/scan.js');
  const s = await openDeltaTable(path);
  let total = 0;
  for (const f of s.files) total += f.size;
  return total;
}

const RAW_FORMATS: ReadonlySet<DataFormat> = new Set(['csv', 'tsv', 'jsonl']);

/** The reader of every format: batches of at most `batchRows` rows (Infinity: the whole file as one). */
async function* readTables(path: string, opts: ReadColumnsOptions, batchRows: number): AsyncGenerator<ColumnBatch> {
  const format = detectFormat(path, opts.format);
  const totalBytes = await totalBytesOf(path, format);
  const clock = new ProgressClock(opts.onProgress, totalBytes, opts.now);
  const batched = Number.isFinite(batchRows);
  const a = new Assembler(path, format, opts.columns, new Set(opts.text ?? []), batchRows, batched && RAW_FORMATS.has(format));
  let bytes = 0;
  const onBytes = (b: number) => {
    bytes = b;
    clock.tick(bytes, a.total);
  };
  let parts: AsyncGenerator<ColumnBatch>;
  switch (format) {
    case 'csv':
    case 'tsv':
      parts = readDelimitedColumns(path, format === 'csv' ? ',' : '\t', a, onBytes, totalBytes);
      break;
    case 'jsonl':
      parts = readJsonLinesColumns(path, a, onBytes, totalBytes);
      break;
    case 'json':
      parts = readJsonArrayColumns(path, a, onBytes);
      break;
    case 'parquet':
    case 'delta':
      parts = readParquetTableColumns(path, format, a, onBytes, totalBytes);
      break;
  }
  for await (const t of parts) {
    yield t;
    clock.tick(bytes, a.total);
  }
  selectColumns(path, a.fileColumns, opts.columns, true);
  if (a.n > 0 || a.total === 0) yield a.flush();
  clock.end(a.total);
}
