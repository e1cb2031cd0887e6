/**
 * The in-memory columnar table every stage reads data into (issue 13; contract in
 * /work/helpers/COLUMNS.md): numbers as Float64Array (NaN = missing or not a number, raw text of
 * odd cells kept sparsely), text as dictionary codes (Int32Array + distinct texts), the line (or
 * record) of every row, and each column's position in the file for file:line:column messages.
 *
 * Missing: a text cell that, trimmed, is one of MISSING_TOKENS (src/data/missing.ts); JSON null.
 * Number: a text cell matching [+-]?(digits[.digits]|.digits)([eE][+-]?digits)? (trimmed), a JSON
 * or Parquet number. Column kind: see ColumnBuilder (src/data/table-build.ts).
 */
import { UsageError } from '../errors.js';
import { fileSize } from '../io/fs.js';
import { detectFormat, readBatches, type DataFormat } from './read.js';
import { ColumnBuilder, Chunks } from './table-build.js';

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
  private last = Date.now();
  constructor(
    private readonly fn: ((p: Progress) => void) | undefined,
    readonly totalBytes: number,
  ) {}
  tick(bytes: number, rows: number): void {
    if (!this.fn) return;
    const now = Date.now();
    if (now - this.last < PROGRESS_MS) return;
    this.last = now;
    this.fn({ bytes, totalBytes: this.totalBytes, rows, done: false });
  }
  end(rows: number): void {
    this.fn?.({ bytes: this.totalBytes, totalBytes: this.totalBytes, rows, done: true });
  }
}

/** Columns (of the file's, in file order) to keep, checked against `wanted`. */
export function selectColumns(path: string, present: string[], wanted: string[] | undefined, final: boolean): number[] {
  if (!wanted) return present.map((_, i) => i);
  const set = new Set(wanted);
  if (final) {
    const have = new Set(present);
    const missing = wanted.filter((w) => !have.has(w));
    if (missing.length > 0) {
      throw new UsageError(
        `${path}: column${missing.length > 1 ? 's' : ''} ${missing.map((m) => `"${m}"`).join(', ')} not found; the file has ${present.map((p) => `"${p}"`).join(', ')}; check the column names (they are case-sensitive)`,
      );
    }
  }
  const out: number[] = [];
  for (let i = 0; i < present.length; i++) if (set.has(present[i])) out.push(i);
  return out;
}

async function totalBytesOf(path: string, format: DataFormat): Promise<number> {
  if (format === 'delta') return 0;
  return fileSize(path);
}

/**
 * Simple reader over readBatches' row batches: every batch of rows becomes column builders.
 * `batchRows` Infinity: one table for the whole file.
 */
async function* readTables(path: string, opts: ReadColumnsOptions, batchRows: number): AsyncGenerator<ColumnBatch> {
  const format = detectFormat(path, opts.format);
  const totalBytes = await totalBytesOf(path, format);
  const clock = new ProgressClock(opts.onProgress, totalBytes);
  const textSet = new Set(opts.text ?? []);
  const fixedColumns = format === 'csv' || format === 'tsv' || format === 'parquet' || format === 'delta';
  let fileColumns: string[] = [];
  let builders: (ColumnBuilder | undefined)[] = [];
  let lines = new Chunks((k) => new Int32Array(k));
  let n = 0;
  let total = 0;
  let checked = false;
  const flush = (): ColumnBatch => {
    const keep = selectColumns(path, fileColumns, opts.columns, false);
    const names = keep.map((i) => fileColumns[i]);
    const columns = keep.map((i) => {
      const b = builders[i] ?? new ColumnBuilder(textSet.has(fileColumns[i]));
      b.padTo(n);
      return b.finish();
    });
    const t: ColumnBatch = { file: path, format, names, columns, n, lines: lines.finish(), positions: keep.map((i) => i + 1) };
    builders = [];
    lines = new Chunks((k) => new Int32Array(k));
    n = 0;
    return t;
  };
  for await (const b of readBatches(path, { format, batchSize: Number.isFinite(batchRows) ? Math.min(batchRows, 65536) : 65536 })) {
    if (b.columns.length !== fileColumns.length) fileColumns = b.columns;
    if (!checked && fixedColumns) {
      selectColumns(path, fileColumns, opts.columns, true);
      checked = true;
    }
    const keep = selectColumns(path, fileColumns, opts.columns, false);
    for (let r = 0; r < b.rows.length; r++) {
      const row = b.rows[r];
      for (const i of keep) {
        let c = builders[i];
        if (!c) {
          c = builders[i] = new ColumnBuilder(textSet.has(fileColumns[i]));
          c.padTo(n);
        }
        c.pushValue(i < row.length ? row[i] : null);
      }
      lines.push(b.lines[r]);
      n++;
      total++;
      if (n >= batchRows) yield flush();
    }
    clock.tick(0, total);
  }
  selectColumns(path, fileColumns, opts.columns, true);
  if (n > 0 || total === 0) yield flush();
  clock.end(total);
}
