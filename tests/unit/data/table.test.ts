/**
 * The columnar table (src/data/table.ts) against the row reader it replaces (readTable): every
 * cell's text (cellText, missing = null), every row's line, on real files (vega-datasets CSV,
 * TSV, JSON, Parquet; a Delta golden table written by Spark) and on small written files with
 * quotes, CRLF, BOM, missing tokens and non-canonical numbers; options (columns, text), batches,
 * progress and errors.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parquetWriteFile } from 'hyparquet-writer';
import { describe, expect, it } from 'vitest';
import { readTable } from '../../helpers/read-table.js';
import { cellText, isNumberColumn, moveRows, readColumnBatches, readColumns, takeRows, type ColumnTable } from '../../../src/data/table.js';
import { UsageError } from '../../../src/errors.js';
import { vegaData } from '../../helpers/paths.js';
import { expectSameAsReadTable, normCell } from '../../helpers/table-compare.js';

const tmp = mkdtempSync(join(tmpdir(), 'cd4ml-table-'));
function write(name: string, content: string | Buffer): string {
  const p = join(tmp, name);
  writeFileSync(p, content);
  return p;
}
const GOLDEN = '/work/shared/specs/delta-lake/golden/';

describe('readColumns gives readTable’s cells and lines', () => {
  it.each([
    { name: 'seattle-weather.csv (vega-datasets): dates, decimals like "0.0", text', file: vegaData('seattle-weather.csv'), rows: 1461 },
    { name: 'airports.csv (vega-datasets): quoted names, text and numbers', file: vegaData('airports.csv'), rows: 3376 },
    { name: 'unemployment.tsv (vega-datasets): 3219 lines = header + 3218 rows', file: vegaData('unemployment.tsv'), rows: 3218 },
    { name: 'cars.json (vega-datasets): nulls, numbers, text', file: vegaData('cars.json'), rows: 406 },
    { name: 'movies.json (vega-datasets): nulls and numbers in text columns', file: vegaData('movies.json'), rows: 3201 },
    { name: 'penguins.json (vega-datasets)', file: vegaData('penguins.json'), rows: 344 },
    { name: 'Delta golden table basic-with-inserts-updates (Spark): "N/A" and text', file: GOLDEN + 'basic-with-inserts-updates', rows: 100 },
    { name: 'Delta golden table data-reader-primitives (Spark): every primitive type, nulls', file: GOLDEN + 'data-reader-primitives', rows: 11 },
    { name: 'Delta golden table data-reader-partition-values (Spark): typed partition columns', file: GOLDEN + 'data-reader-partition-values', rows: 3 },
    { name: 'Delta golden table kernel-timestamp-TIMESTAMP_MICROS (Spark, 5 rows as in dv.test.ts): timestamps as ISO text', file: GOLDEN + 'kernel-timestamp-TIMESTAMP_MICROS', rows: 5 },
    { name: 'Delta golden table dv-with-columnmapping (Spark, 35 rows as in dv.test.ts): deletion vectors, column mapping', file: GOLDEN + 'dv-with-columnmapping', rows: 35 },
  ])('$name', async ({ file, rows }) => {
    const t = await readColumns(file);
    expect(t.n).toBe(rows);
    await expectSameAsReadTable(file, t);
  });

  it('a written CSV with quotes, CRLF, BOM, missing tokens and non-canonical numbers', async () => {
    const text =
      '\ufeffid,x,cat,note\r\n' +
      '1,1.50,a,"hello, world"\r\n' +
      '2,007,b,"two\r\nlines"\r\n' +
      '3, 3,NA,"say ""hi"""\r\n' +
      '4,+1,a,\r\n' +
      '\r\n' +
      '5,-0,,plain\r\n' +
      '6,1e3, b ,null\r\n';
    const f = write('mixed.csv', text);
    const t = await readColumns(f);
    expect(t.names).toEqual(['id', 'x', 'cat', 'note']);
    expect(t.n).toBe(6);
    expect(Array.from(t.lines)).toEqual([2, 3, 5, 6, 8, 9]); // "two\r\nlines" spans lines 3-4; line 7 is blank
    const x = t.columns[1];
    expect(isNumberColumn(x)).toBe(true);
    if (isNumberColumn(x)) {
      expect(Array.from(x.values)).toEqual([1.5, 7, 3, 1, -0, 1000]);
      expect([...x.other.entries()]).toEqual([
        [0, '1.50'],
        [1, '007'],
        [2, ' 3'],
        [3, '+1'],
        [4, '-0'],
        [5, '1e3'],
      ]);
    }
    expect([0, 1, 2, 3, 4, 5].map((r) => cellText(t.columns[3], r))).toEqual(['hello, world', 'two\r\nlines', 'say "hi"', null, 'plain', null]);
    expect(t.positions).toEqual([1, 2, 3, 4]);
    await expectSameAsReadTable(f, t);
  });

  it('JSON Lines with a key first seen later, booleans, objects and numbers in a text column', async () => {
    const lines = [
      JSON.stringify({ a: 1, b: 'x' }),
      JSON.stringify({ a: 2.5, b: true }),
      '',
      JSON.stringify({ a: null, b: 3, c: { k: [1, 2] } }),
      JSON.stringify({ a: '4', b: 'NA', c: 'z' }),
    ];
    const f = write('late.jsonl', lines.join('\n') + '\n');
    const t = await readColumns(f);
    expect(t.names).toEqual(['a', 'b', 'c']);
    expect(Array.from(t.lines)).toEqual([1, 2, 4, 5]);
    expect([0, 1, 2, 3].map((r) => cellText(t.columns[2], r))).toEqual([null, null, '{"k":[1,2]}', 'z']);
    expect([0, 1, 2, 3].map((r) => cellText(t.columns[0], r))).toEqual(['1', '2.5', null, '4']);
    expect(t.columns[1].kind).toBe('number'); // 2 non-numbers: below the switch threshold
    await expectSameAsReadTable(f, t);
  });

  it('Parquet written by hyparquet-writer: ints, doubles with nulls, dictionary strings, booleans, timestamps', async () => {
    const N = 3000;
    const f = join(tmp, 'mixed.parquet');
    parquetWriteFile({
      filename: f,
      rowGroupSize: 1000,
      pageSize: 2048,
      columnData: [
        { name: 'i32', type: 'INT32', data: Array.from({ length: N }, (_, i) => (i % 7 === 0 ? null : ((i * 7919) % 2001) - 1000)) },
        { name: 'i64', type: 'INT64', data: Array.from({ length: N }, (_, i) => BigInt(i) * 3_000_000_007n) },
        { name: 'f64', type: 'DOUBLE', data: Array.from({ length: N }, (_, i) => (i % 13 === 0 ? null : Math.sin(i) * 1e3)) },
        { name: 'label', type: 'STRING', data: Array.from({ length: N }, (_, i) => (i % 6 === 0 ? null : ['red', 'green', 'NA', '1.50'][i % 4])) },
        { name: 'flag', type: 'BOOLEAN', data: Array.from({ length: N }, (_, i) => (i % 4 === 0 ? null : i % 3 === 0)) },
        { name: 'ts', type: 'TIMESTAMP', data: Array.from({ length: N }, (_, i) => (i % 8 === 0 ? null : new Date(Date.UTC(2024, 0, 1) + i * 3_600_123))) },
      ],
    });
    const t = await readColumns(f);
    expect(t.n).toBe(N);
    expect(t.columns.map((c) => c.kind)).toEqual(['number', 'number', 'number', 'text', 'text', 'text']);
    expect(Array.from(t.lines.subarray(0, 3))).toEqual([1, 2, 3]);
    expect(cellText(t.columns[5], 1)).toBe(new Date(Date.UTC(2024, 0, 1) + 3_600_123).toISOString());
    await expectSameAsReadTable(f, t);
  });
});

describe('storage reserved from a row estimate (first MiB) is right whether the estimate is short or long', () => {
  const short = (i: number) => `${i % 10},a`;
  const long = (i: number) => `${i}.123456,${'x'.repeat(20 + (i % 7))}`;
  it.each([
    { name: 'short rows first (estimate too low: chunks after the reserved array)', rows: (i: number) => (i < 200_000 ? short(i) : long(i)) },
    { name: 'long rows first (estimate too high: the arrays are cut to size)', rows: (i: number) => (i < 60_000 ? long(i) : short(i)) },
    { name: 'quoted fields throughout (well-quoted byte pieces)', rows: (i: number) => `${i},"v, ${i % 13}"` },
    {
      name: 'quoted fields with newlines, CRLF and "" crossing the 1 MiB reads',
      rows: (i: number) => (i % 3 === 0 ? `${i}.5,"line ${i % 5}\r\nnext ""q"" ${i % 7}"\r` : i % 3 === 1 ? `"${i}",plain\r` : `${i},"a,b"\r`),
    },
    { name: 'a badly quoted field now and then (those pieces through papaparse)', rows: (i: number) => (i % 50_000 === 7 ? `${i},x "y" z` : `${i},"v ${i % 3}"`) },
  ])('$name', async ({ rows }) => {
    const f = write('estimate.csv', 'x,y\n' + Array.from({ length: 300_000 }, (_, i) => rows(i)).join('\n') + '\n');
    const t = await readColumns(f);
    expect(t.n).toBe(300_000);
    expect(t.columns.every((c) => (c.kind === 'number' ? c.values.length : c.codes.length) === 300_000)).toBe(true);
    await expectSameAsReadTable(f, t);
  }, 60_000);
});

describe('column kinds', () => {
  it('a numeric column with a few bad cells stays numeric; the bad cells are in `other`', async () => {
    const rows = Array.from({ length: 3000 }, (_, i) => `${i},${i === 100 ? '13.2x' : i === 2000 ? '?' : i / 4}`);
    const f = write('nearly.csv', 'id,x\n' + rows.join('\n') + '\n');
    const t = await readColumns(f);
    const x = t.columns[1];
    expect(x.kind).toBe('number');
    if (isNumberColumn(x)) {
      expect([...x.other.entries()]).toEqual([
        [100, '13.2x'],
        [2000, '?'],
      ]);
      expect(x.values[100]).toBeNaN();
      expect(x.values[3]).toBe(0.75);
    }
  });

  it('a text column becomes dictionary codes within its first rows; numbers seen before keep their text', async () => {
    const rows = Array.from({ length: 200 }, (_, i) => (i < 3 ? `1.50` : i < 5 ? 'NA' : ['red', 'green', 'blue'][i % 3]));
    const f = write('cats.csv', 'c\n' + rows.join('\n') + '\n');
    const t = await readColumns(f);
    const c = t.columns[0];
    expect(c.kind).toBe('text');
    if (c.kind === 'text') {
      expect(c.dict).toEqual(['1.50', 'blue', 'red', 'green']);
      expect(Array.from(c.codes.subarray(0, 8))).toEqual([0, 0, 0, -1, -1, 1, 2, 3]);
    }
    await expectSameAsReadTable(f, t);
  });

  it('columns listed in `text` are text from the start; `columns` keeps only those named, in file order', async () => {
    const f = write('sel.csv', 'a,b,c\n1,2,3\n4,5,6\n');
    const t = await readColumns(f, { columns: ['c', 'a'], text: ['c'] });
    expect(t.names).toEqual(['a', 'c']);
    expect(t.positions).toEqual([1, 3]);
    expect(t.columns.map((c) => c.kind)).toEqual(['number', 'text']);
    expect(t.columns[1]).toEqual({ kind: 'text', codes: Int32Array.from([0, 1]), dict: ['3', '6'] });
  });

  it('a column in `columns` that the file lacks is a usage error naming it and the columns present', async () => {
    const f = write('sel2.csv', 'a,b\n1,2\n');
    const err = await readColumns(f, { columns: ['a', 'zz'] }).catch((e) => e);
    expect(err).toBeInstanceOf(UsageError);
    expect(err.message).toContain('"zz"');
    expect(err.message).toContain('"a", "b"');
  });
});

describe('readColumnBatches', () => {
  it.each([
    { name: 'seattle-weather.csv in batches of 100', file: vegaData('seattle-weather.csv'), batchRows: 100 },
    { name: 'cars.json in batches of 7', file: vegaData('cars.json'), batchRows: 7 },
  ])('$name: the batches joined are readColumns’ cells and lines', async ({ file, batchRows }) => {
    const whole = await readColumns(file);
    let r = 0;
    let batches = 0;
    for await (const b of readColumnBatches(file, { batchRows })) {
      batches++;
      expect(b.n).toBeLessThanOrEqual(batchRows);
      for (let i = 0; i < b.n; i++, r++) {
        expect(b.lines[i]).toBe(whole.lines[r]);
        for (let c = 0; c < whole.names.length; c++) {
          const k = b.names.indexOf(whole.names[c]);
          expect(k === -1 ? null : cellText(b.columns[k], i)).toBe(cellText(whole.columns[c], r));
        }
      }
    }
    expect(r).toBe(whole.n);
    expect(batches).toBe(Math.ceil(whole.n / batchRows));
  });
});

describe('raw records of batches', () => {
  const text = (b: { raw?: { bytes: Uint8Array; start: Int32Array; end: Int32Array } }, i: number) => Buffer.from(b.raw!.bytes.subarray(b.raw!.start[i], b.raw!.end[i])).toString('utf8');

  it('CSV: the bytes of each record without its line end (quoted ones too); the header line', async () => {
    const f = write('raw.csv', '\ufeffa,b\r\n1,x y\r\n2,"q, ""r"""\r\n3,é\r\n');
    const got: string[] = [];
    let header = '';
    for await (const b of readColumnBatches(f, { batchRows: 2 })) {
      for (let i = 0; i < b.n; i++) got.push(text(b, i));
      header = Buffer.from(b.header!).toString('utf8');
    }
    expect(got).toEqual(['1,x y', '2,"q, ""r"""', '3,é']);
    expect(header).toBe('a,b');
  });

  it('JSON Lines: each line as written', async () => {
    const f = write('raw.jsonl', '{"a":1}\n\n{"a": "x"}\r\n');
    const got: string[] = [];
    for await (const b of readColumnBatches(f)) for (let i = 0; i < b.n; i++) got.push(text(b, i));
    expect(got).toEqual(['{"a":1}', '{"a": "x"}']);
  });

  it('JSON arrays and Parquet batches carry no raw bytes', async () => {
    for await (const b of readColumnBatches(vegaData('cars.json'), { batchRows: 100 })) expect(b.raw).toBeUndefined();
  });
});

describe('helpers', () => {
  it('takeRows picks rows and their lines; cellText of a number column gives the raw text', async () => {
    const f = write('take.csv', 'x,y\n1.50,a\n2,b\n,c\n');
    const t = await readColumns(f);
    const s: ColumnTable = takeRows(t, Int32Array.from([2, 0]));
    expect(s.n).toBe(2);
    expect(Array.from(s.lines)).toEqual([4, 2]);
    expect([cellText(s.columns[0], 0), cellText(s.columns[0], 1)]).toEqual([null, '1.50']);
    expect([cellText(s.columns[1], 0), cellText(s.columns[1], 1)]).toEqual(['c', 'a']);
  });

  it('moveRows gives takeRows\' table while letting go of each source column before the next release', async () => {
    // penguins: text columns (Species, Island, Sex), numbers with missing cells, 344 rows.
    const path = vegaData('penguins.json');
    const idx = Int32Array.from({ length: 60 }, (_, i) => i * 5 + (i % 3));
    const expected = takeRows(await readColumns(path), idx);
    const t = await readColumns(path);
    const source = t.columns;
    expect(source.length).toBe(7);
    const droppedAtRelease: number[] = [];
    const moved = moveRows(t, idx, () => droppedAtRelease.push(source.filter((c) => c === undefined).length), 3);
    expect(moved).toEqual(expected);
    // a release after every 3 columns copied, none after the last: the dropped ones are gone by then
    expect(droppedAtRelease).toEqual([3, 6]);
    expect(source.every((c) => c === undefined)).toBe(true);
    expect(t.columns).toEqual([]);
    expect(t.lines.length).toBe(0);
    expect(moved.n).toBe(60);
    expect(Array.from(moved.lines)).toEqual(Array.from(idx, (r) => r + 1));
  });

  it('normCell: what readTable’s values mean as cell text', () => {
    expect([normCell('NA'), normCell(' 3'), normCell(2.5), normCell(true), normCell(null), normCell(new Date(0))]).toEqual([null, ' 3', '2.5', 'true', null, '1970-01-01T00:00:00.000Z']);
  });
});

describe('progress', () => {
  it('ends with one done report holding the rows and the file size', async () => {
    const f = vegaData('seattle-weather.csv');
    const seen: { bytes: number; totalBytes: number; rows: number; done: boolean }[] = [];
    await readColumns(f, { onProgress: (p) => seen.push(p) });
    expect(seen.length).toBeGreaterThanOrEqual(1);
    const last = seen[seen.length - 1];
    expect(last.done).toBe(true);
    expect(last.rows).toBe(1461);
    expect(last.totalBytes).toBeGreaterThan(40000);
    expect(last.bytes).toBe(last.totalBytes);
    expect(seen.filter((p) => p.done).length).toBe(1);
  });
});

describe('progress on a larger file', () => {
  const rows = Array.from({ length: 200_000 }, (_, i) => `${i},${(i * 7) % 1000}.25,${['a', 'b', 'c'][i % 3]}`);
  const text = 'id,x,c\n' + rows.join('\n') + '\n'; // ≈ 3.7 MB: several 1 MiB reads

  it.each([
    { name: 'CSV', file: 'progress.csv', content: text },
    { name: 'JSON Lines', file: 'progress.jsonl', content: rows.map((r) => JSON.stringify({ r })).join('\n') + '\n' },
    { name: 'JSON array', file: 'progress.json', content: '[' + rows.map((r) => JSON.stringify({ r })).join(',\n') + ']' },
  ])('$name: reports at most every 500 ms of the clock, bytes and rows growing, then one final report', async ({ file, content }) => {
    const f = write(file, content);
    let clock = 0;
    const now = () => (clock += 300); // every look at the clock (once per 1 MiB read): 300 ms later
    const seen: { at: number; bytes: number; totalBytes: number; rows: number; done: boolean }[] = [];
    const t = await readColumns(f, { now, onProgress: (p) => seen.push({ at: clock, ...p }) });
    const mid = seen.filter((p) => !p.done);
    expect(mid.length).toBeGreaterThanOrEqual(1);
    for (let i = 1; i < mid.length; i++) {
      expect(mid[i].at - mid[i - 1].at).toBeGreaterThanOrEqual(500);
      expect(mid[i].bytes).toBeGreaterThanOrEqual(mid[i - 1].bytes);
      expect(mid[i].rows).toBeGreaterThanOrEqual(mid[i - 1].rows);
    }
    for (const p of mid) {
      expect(p.bytes).toBeGreaterThan(0);
      expect(p.bytes).toBeLessThanOrEqual(p.totalBytes);
      expect(p.rows).toBeLessThan(200_000);
    }
    const last = seen[seen.length - 1];
    expect(last).toMatchObject({ done: true, rows: 200_000, bytes: Buffer.byteLength(content), totalBytes: Buffer.byteLength(content) });
    expect(t.n).toBe(200_000);
  });
});

describe('errors name file:line:column as readTable does', () => {
  it.each([
    { name: 'ragged row', file: 'ragged.csv', text: 'a,b\n1,2\n3\n', message: /ragged\.csv:3:\d+: ragged row/ },
    { name: 'bad quoting', file: 'quote.csv', text: 'a,b\n1,"x\n', message: /quote\.csv:2:\d+: bad quoting/ },
    { name: 'invalid UTF-8', file: 'utf8.csv', text: Buffer.from([0x61, 0x0a, 0x62, 0xff, 0x0a]), message: /utf8\.csv:2:2: invalid UTF-8/ },
    { name: 'invalid JSON line', file: 'bad.jsonl', text: '{"a":1}\n{"a":\n', message: /bad\.jsonl:2:\d+: invalid JSON/ },
    { name: 'empty file', file: 'empty.csv', text: '', message: /empty\.csv:1:1: the file is empty/ },
  ])('$name', async ({ file, text, message }) => {
    const f = write(file, text);
    const ours = await readColumns(f).catch((e) => e);
    const theirs = await readTable(f).catch((e) => e);
    expect(ours).toBeInstanceOf(UsageError);
    expect(ours.message).toMatch(message);
    expect(ours.message).toBe(theirs.message);
  });
});
