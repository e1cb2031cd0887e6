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

export interface NumberColumn {
  kind: 'number';
  /** One double per row; NaN = missing or not a number. */
  values: Float64Array;
  /**
   * Sparse raw text, row index → text as read (untrimmed), for (a) non-missing cells that are not
   * numbers (values[r] is NaN) and (b) number cells whose text is not canonical
   * (String(Number(t)) !== t: "1.50", "007", " 3", "+1"), (b) capped at 4096 entries (then `lossy`).
   */
  other: Map<number, string>;
  /** (b) entries were dropped. */
  lossy?: boolean;
}

export interface TextColumn {
  kind: 'text';
  /** Dictionary code per row; -1 = missing. */
  codes: Int32Array;
  /** Distinct texts as read (untrimmed), in order of first appearance. */
  dict: string[];
}

export type Column = NumberColumn | TextColumn;

export interface ColumnTable {
  file: string;
  format: DataFormat;
  names: string[];
  columns: Column[];
  n: number;
  /** Line of each record's start (CSV/TSV/JSONL, header = line 1) or 1-based record number (JSON/Parquet/Delta). */
  lines: Int32Array;
  /** 1-based column position in the file of each name. */
  positions: number[];
}

export interface Progress {
  bytes: number;
  totalBytes: number;
  rows: number;
  done: boolean;
}

export interface ReadColumnsOptions {
  format?: DataFormat;
  /** Read only these columns; a missing one is a UsageError naming it and the columns present. */
  columns?: string[];
  /** Always TextColumn. */
  text?: string[];
  /** Called at most every ~0.5 s of work and once at the end (done: true). */
  onProgress?: (p: Progress) => void;
  /** The clock progress reports are timed by (default Date.now; tests pass their own). */
  now?: () => number;
}

export interface RawRecords {
  /** Bytes of the batch's records; record i is bytes[start[i], end[i]) (no line terminator). */
  bytes: Uint8Array;
  start: Int32Array;
  end: Int32Array;
}

export type ColumnBatch = ColumnTable & { raw?: RawRecords; header?: Uint8Array };

export function isNumberColumn(c: Column): c is NumberColumn {
  return c.kind === 'number';
}

/** Raw value of one cell (null = missing). */
export function cellText(c: Column, r: number): string | null {
  if (c.kind === 'number') {
    const o = c.other.get(r);
    if (o !== undefined) return o;
    const x = c.values[r];
    return x === x ? String(x) : null;
  }
  const k = c.codes[r];
  return k < 0 ? null : c.dict[k];
}

/** Rows `idx` of a table (small tables and tests; big paths use index arrays). */
export function takeRows(t: ColumnTable, idx: Int32Array): ColumnTable {
  const columns: Column[] = t.columns.map((c) => {
    if (c.kind === 'number') {
      const values = new Float64Array(idx.length);
      const other = new Map<number, string>();
      for (let i = 0; i < idx.length; i++) {
        values[i] = c.values[idx[i]];
        const o = c.other.get(idx[i]);
        if (o !== undefined) other.set(i, o);
      }
      const out: NumberColumn = { kind: 'number', values, other };
      if (c.lossy) out.lossy = true;
      return out;
    }
    const codes = new Int32Array(idx.length);
    for (let i = 0; i < idx.length; i++) codes[i] = c.codes[idx[i]];
    return { kind: 'text', codes, dict: c.dict };
  });
  const lines = new Int32Array(idx.length);
  for (let i = 0; i < idx.length; i++) lines[i] = t.lines[idx[i]];
  return { ...t, columns, n: idx.length, lines };
}

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

/** Rows [from, to) of a table: views on its arrays (the dictionary is shared). */
export function sliceTable<T extends ColumnTable>(t: T, from: number, to: number): T {
  if (from === 0 && to === t.n) return t;
  const columns: Column[] = t.columns.map((c) => {
    if (c.kind === 'text') return { kind: 'text', codes: c.codes.subarray(from, to), dict: c.dict };
    const other = new Map<number, string>();
    for (const [r, v] of c.other) if (r >= from && r < to) other.set(r - from, v);
    const out: NumberColumn = { kind: 'number', values: c.values.subarray(from, to), other };
    if (c.lossy) out.lossy = true;
    return out;
  });
  return { ...t, columns, n: to - from, lines: t.lines.subarray(from, to) };
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
