/**
 * readTable: a whole file as rows of raw values (CSV/TSV text as strings, JSON/Parquet values),
 * the row path the stages used before the columnar table (src/data/table.ts). Kept in tests only,
 * as the reference the columnar readers and stages are checked against.
 */
import { readBatches, type DataFormat } from '../../src/data/read.js';

export interface Table {
  columns: string[];
  rows: unknown[][];
  lines: number[];
}

/** Read a whole file into memory. Rows are padded to all columns. */
export async function readTable(path: string, opts: { format?: DataFormat } = {}): Promise<Table> {
  let columns: string[] = [];
  const rows: unknown[][] = [];
  const lines: number[] = [];
  for await (const b of readBatches(path, { ...opts, batchSize: 65536 })) {
    columns = b.columns;
    for (let i = 0; i < b.rows.length; i++) {
      rows.push(b.rows[i]);
      lines.push(b.lines[i]);
    }
  }
  const n = columns.length;
  for (const r of rows) while (r.length < n) r.push(null);
  return { columns, rows, lines };
}
