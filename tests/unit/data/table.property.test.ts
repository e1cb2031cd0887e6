/**
 * Property: on random tables written as CSV, TSV, JSON Lines, JSON and Parquet, readColumns gives
 * readTable's cells (through cellText; missing = null) and lines, and readColumnBatches with a
 * small batch size gives readColumns' cells and lines. The tables mix numbers (canonical and not:
 * "1.50", "007", "+1", " 3", "1e3", "-0"), missing tokens ("", "NA", " null ", "NaN"), categories,
 * booleans, dates, and text with commas, quotes, newlines and CRLF; lines end in LF or CRLF, with
 * or without a BOM.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { parquetWriteFile } from 'hyparquet-writer';
import { describe, expect, it } from 'vitest';
import { readTable } from '../../helpers/read-table.js';
import { cellText, readColumnBatches, readColumns, type ColumnTable } from '../../../src/data/table.js';
import { lastCellCanonical, parseCellBytes } from '../../../src/data/table-build.js';
import { expectSameAsReadTable } from '../../helpers/table-compare.js';

const tmp = mkdtempSync(join(tmpdir(), 'cd4ml-table-prop-'));
let fileNo = 0;

const numberText = fc.oneof(
  fc.integer({ min: -100000, max: 100000 }).map(String),
  fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }).map(String),
  fc.constantFrom('1.50', '007', '+1', ' 3', '3 ', '1e3', '-0', '0.0', '.5', '5.', '1E-7', '0.0000001', '123456789012345678'),
);
const missingText = fc.constantFrom('', 'NA', 'N/A', 'NaN', 'nan', 'null', 'NULL', ' NA ', ' ');
const categoryText = fc.constantFrom('red', 'green', 'blue', ' red', 'Zürich', 'a b');
const boolText = fc.constantFrom('true', 'false', 'TRUE', 'False');
const dateText = fc.constantFrom('2024-01-01', '2024-02-29T12:30:00Z', '1999-12-31 23:59', '2024-01-01T00:00:00.123+02:00');
const wildText = fc.oneof(
  fc.constantFrom('hello, world', 'say "hi"', 'two\nlines', 'cr\r\nlf', '"', ',', 'x,y,"z"', '\t', 'tab\there'),
  fc.string({ maxLength: 6 }),
);

type Kind = 'number' | 'nearly' | 'category' | 'bool' | 'date' | 'wild';
const KINDS: Kind[] = ['number', 'nearly', 'category', 'bool', 'date', 'wild'];

function cellOf(kind: Kind): fc.Arbitrary<string> {
  switch (kind) {
    case 'number':
      return fc.oneof({ weight: 8, arbitrary: numberText }, { weight: 2, arbitrary: missingText });
    case 'nearly':
      return fc.oneof({ weight: 8, arbitrary: numberText }, { weight: 1, arbitrary: missingText }, { weight: 2, arbitrary: categoryText });
    case 'category':
      return fc.oneof({ weight: 8, arbitrary: categoryText }, { weight: 2, arbitrary: missingText }, { weight: 1, arbitrary: numberText });
    case 'bool':
      return fc.oneof({ weight: 8, arbitrary: boolText }, { weight: 1, arbitrary: missingText });
    case 'date':
      return fc.oneof({ weight: 8, arbitrary: dateText }, { weight: 1, arbitrary: missingText });
    case 'wild':
      return fc.oneof(wildText, numberText, missingText, categoryText);
  }
}

interface RandomTable {
  kinds: Kind[];
  rows: string[][];
  crlf: boolean;
  bom: boolean;
  batchRows: number;
}

const tableArb: fc.Arbitrary<RandomTable> = fc
  .array(fc.constantFrom(...KINDS), { minLength: 1, maxLength: 5 })
  .chain((kinds) =>
    fc.record({
      kinds: fc.constant(kinds),
      rows: fc.array(fc.tuple(...kinds.map(cellOf)), { minLength: 1, maxLength: 60 }),
      crlf: fc.boolean(),
      bom: fc.boolean(),
      batchRows: fc.integer({ min: 1, max: 9 }),
    }),
  );

function field(v: string, delimiter: string): string {
  return v.includes('"') || v.includes(delimiter) || v.includes('\n') || v.includes('\r') ? `"${v.replace(/"/g, '""')}"` : v;
}

function writeDelimited(t: RandomTable, delimiter: string): string {
  const eol = t.crlf ? '\r\n' : '\n';
  const names = t.kinds.map((k, i) => `${k}${i}`);
  const lines = [names.join(delimiter), ...t.rows.map((r) => r.map((v) => field(v, delimiter)).join(delimiter))];
  const f = join(tmp, `t${fileNo++}.${delimiter === ',' ? 'csv' : 'tsv'}`);
  writeFileSync(f, (t.bom ? '\ufeff' : '') + lines.join(eol) + eol);
  return f;
}

/** A JSON value for a cell: numbers (canonical) as JSON numbers, booleans as booleans, missing as null (sometimes "NA"). */
function jsonValue(v: string, i: number): unknown {
  if (v === '') return i % 2 ? null : '';
  if (/^-?\d+(\.\d+)?$/.test(v) && String(Number(v)) === v) return Number(v);
  if (v === 'true' || v === 'false') return v === 'true';
  return v;
}

function writeJson(t: RandomTable, lines: boolean): string {
  const names = t.kinds.map((k, i) => `${k}${i}`);
  const objs = t.rows.map((r, i) => {
    const o: Record<string, unknown> = {};
    r.forEach((v, c) => {
      if (!(v === ' ' && c === 0)) o[names[c]] = jsonValue(v, i + c); // a key left out now and then
    });
    return o;
  });
  const f = join(tmp, `t${fileNo++}.${lines ? 'jsonl' : 'json'}`);
  writeFileSync(f, lines ? objs.map((o) => JSON.stringify(o)).join(t.crlf ? '\r\n' : '\n') + '\n' : JSON.stringify(objs, null, t.crlf ? 1 : 0));
  return f;
}

function writeParquet(t: RandomTable): string {
  const f = join(tmp, `t${fileNo++}.parquet`);
  parquetWriteFile({
    filename: f,
    rowGroupSize: 7,
    columnData: t.kinds.map((k, c) => {
      const cells = t.rows.map((r) => r[c]);
      const numeric = k === 'number' && cells.every((v) => v.trim() === '' || /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(v.trim()) || /^(NA|N\/A|NaN|nan|null|NULL)$/.test(v.trim()));
      if (numeric) return { name: `${k}${c}`, type: 'DOUBLE', data: cells.map((v) => (/\d/.test(v) ? Number(v.trim()) : null)) };
      if (k === 'bool' && cells.every((v) => v === 'true' || v === 'false')) return { name: `${k}${c}`, type: 'BOOLEAN', data: cells.map((v) => v === 'true') };
      return { name: `${k}${c}`, type: 'STRING', data: cells.map((v, i) => (v === '' && i % 2 ? null : v)) };
    }),
  });
  return f;
}

async function expectBatchesSame(file: string, whole: ColumnTable, batchRows: number): Promise<void> {
  let r = 0;
  for await (const b of readColumnBatches(file, { batchRows })) {
    expect(b.n).toBeLessThanOrEqual(batchRows);
    for (let i = 0; i < b.n; i++, r++) {
      expect(b.lines[i]).toBe(whole.lines[r]);
      for (let c = 0; c < whole.names.length; c++) {
        const k = b.names.indexOf(whole.names[c]);
        expect(k === -1 ? null : cellText(b.columns[k], i)).toBe(cellText(whole.columns[c], r));
      }
      if (b.raw) expect(b.raw.end[i]).toBeGreaterThanOrEqual(b.raw.start[i]);
    }
  }
  expect(r).toBe(whole.n);
}

describe('parseCellBytes: the number and whether its text is canonical, in one pass', () => {
  it('equals Number(text) and String(Number(text)) === text on random number texts', () => {
    const NUMBER_RE = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
    const texts = fc.oneof(
      numberText.map((t) => t.trim()),
      fc.stringMatching(/^[+-]?\d{0,18}(\.\d{0,18})?([eE][+-]?\d{1,3})?$/),
      fc.double({ noNaN: true }).map(String),
    );
    let checked = 0;
    fc.assert(
      fc.property(texts, (t) => {
        if (t === '' || /^\s|\s$/.test(t)) return;
        const b = Buffer.from(t, 'latin1');
        const x = parseCellBytes(b, 0, b.length);
        const want = NUMBER_RE.test(t) ? Number(t) : Number.NaN;
        expect(Object.is(x, want), `${t}: ${x} vs ${want}`).toBe(true);
        if (x === x) expect(lastCellCanonical(), t).toBe(String(want) === t);
        checked++;
      }),
      { numRuns: 3000, seed: 7 },
    );
    expect(checked).toBeGreaterThan(2000);
  });
});

describe('readColumns ≡ readTable on random tables (fast-check)', () => {
  it.each([
    { name: 'CSV', write: (t: RandomTable) => writeDelimited(t, ',') },
    { name: 'TSV', write: (t: RandomTable) => writeDelimited(t, '\t') },
    { name: 'JSON Lines', write: (t: RandomTable) => writeJson(t, true) },
    { name: 'JSON array', write: (t: RandomTable) => writeJson(t, false) },
    { name: 'Parquet (row groups of 7)', write: writeParquet },
  ])(
    '$name: same cells and lines; batches of 1-9 rows give the same',
    async ({ write }) => {
      let cells = 0;
      let runs = 0;
      let errors = 0;
      await fc.assert(
        fc.asyncProperty(tableArb, async (t) => {
          const f = write(t);
          const ref = await readTable(f).catch((e: Error) => e);
          if (ref instanceof Error) {
            // e.g. a one-column CSV whose cells are all empty: "no data rows" — the same error
            const ours = await readColumns(f).catch((e: Error) => e);
            expect(ours).toBeInstanceOf(Error);
            expect((ours as Error).message).toBe(ref.message);
            errors++;
            return;
          }
          const whole = await readColumns(f);
          cells += await expectSameAsReadTable(f, whole);
          await expectBatchesSame(f, whole, t.batchRows);
          runs++;
        }),
        { numRuns: Number(process.env.TABLE_PROP_RUNS ?? 60), seed: Number(process.env.TABLE_PROP_SEED ?? 13) },
      );
      expect(runs + errors).toBeGreaterThanOrEqual(60);
      expect(runs).toBeGreaterThanOrEqual(50);
      expect(cells).toBeGreaterThan(1000);
    },
    120_000,
  );
});
