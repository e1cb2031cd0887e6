/**
 * Test helper: a ColumnTable (src/data/table.ts) compared with readTable's rows of the same file,
 * cell by cell through cellText (readTable's values normalized by normCell) and row by row lines.
 */
import { expect } from 'vitest';
import { isMissingText } from '../../src/data/missing.js';
import { readTable } from './read-table.js';
import { cellText, type ColumnTable } from '../../src/data/table.js';

/** readTable's value of a cell as the table's cell text: null when missing. */
export function normCell(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return isMissingText(v) ? null : v;
  if (typeof v === 'number') return Number.isNaN(v) ? null : String(v);
  if (typeof v === 'bigint') return String(Number(v));
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v.toISOString();
  return JSON.stringify(v);
}

/** Every cell and line of `t` equals readTable's (on the names `t` holds). Returns the cells compared. */
export async function expectSameAsReadTable(file: string, t: ColumnTable, opts: { format?: import('../../src/data/read.js').DataFormat } = {}): Promise<number> {
  const ref = await readTable(file, { format: opts.format ?? t.format });
  expect(t.n).toBe(ref.rows.length);
  expect(Array.from(t.lines)).toEqual(ref.lines);
  let cells = 0;
  for (let c = 0; c < t.names.length; c++) {
    const k = ref.columns.indexOf(t.names[c]);
    expect(k, `column ${t.names[c]}`).toBeGreaterThanOrEqual(0);
    const col = t.columns[c];
    const ours: (string | null)[] = new Array(t.n);
    const theirs: (string | null)[] = new Array(t.n);
    for (let r = 0; r < t.n; r++) {
      ours[r] = cellText(col, r);
      theirs[r] = normCell(ref.rows[r][k]);
    }
    expect(ours, `column ${t.names[c]}`).toEqual(theirs);
    cells += t.n;
  }
  return cells;
}
