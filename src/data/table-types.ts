/**
 * The columnar table's shapes (src/data/table.ts reads files into them) and the small operations
 * on them, below the readers (table-build, table-csv, table-json, table-parquet) and table.ts.
 */
import type { DataFormat } from './read.js';

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
  return { ...t, columns: t.columns.map((c) => takeColumn(c, idx)), n: idx.length, lines: takeLines(t.lines, idx) };
}

/**
 * takeRows that takes `t` apart as it copies: each column is let go once its rows are copied, and
 * `release()` (a full garbage collection in the CLI) runs after every `every` columns, so the
 * source's memory goes while the copy grows instead of after it (train's holdout at 1M × 21: a
 * 34 MB copy beside a 168 MB table). `t` is left with no columns and no lines.
 */
export function moveRows(t: ColumnTable, idx: Int32Array, release: () => void, every: number): ColumnTable {
  const source: (Column | undefined)[] = t.columns;
  const lines = takeLines(t.lines, idx);
  t.columns = [];
  t.lines = new Int32Array(0);
  const columns: Column[] = [];
  for (let j = 0; j < source.length; j++) {
    columns.push(takeColumn(source[j]!, idx));
    source[j] = undefined;
    if ((j + 1) % every === 0 && j + 1 < source.length) release();
  }
  return { ...t, columns, n: idx.length, lines };
}

function takeColumn(c: Column, idx: Int32Array): Column {
  if (c.kind === 'number') {
    const values = new Float64Array(idx.length);
    const other = new Map<number, string>();
    for (let i = 0; i < idx.length; i++) {
      values[i] = c.values[idx[i]];
      const o = c.other.size > 0 ? c.other.get(idx[i]) : undefined;
      if (o !== undefined) other.set(i, o);
    }
    const out: NumberColumn = { kind: 'number', values, other };
    if (c.lossy) out.lossy = true;
    return out;
  }
  const codes = new Int32Array(idx.length);
  for (let i = 0; i < idx.length; i++) codes[i] = c.codes[idx[i]];
  return { kind: 'text', codes, dict: c.dict };
}

function takeLines(lines: Int32Array, idx: Int32Array): Int32Array {
  const out = new Int32Array(idx.length);
  for (let i = 0; i < idx.length; i++) out[i] = lines[idx[i]];
  return out;
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

