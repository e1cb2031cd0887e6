import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectFormat, readBatches, type RowBatch } from '../../../src/data/read.js';
import { readTable } from '../../helpers/read-table.js';
import { UsageError } from '../../../src/errors.js';
import { fixture, sklearnData, vegaData } from '../../helpers/paths.js';

const tmp = mkdtempSync(join(tmpdir(), 'cd4ml-read-'));
function write(name: string, content: string | Buffer): string {
  const p = join(tmp, name);
  writeFileSync(p, content);
  return p;
}

describe('detectFormat', () => {
  it.each([
    { name: 'csv', path: 'a/b.csv', expected: 'csv' },
    { name: 'upper-case tsv', path: 'x.TSV', expected: 'tsv' },
    { name: 'ndjson', path: 'x.ndjson', expected: 'jsonl' },
    { name: 'json', path: 'x.json', expected: 'json' },
    { name: 'parquet', path: 'x.parquet', expected: 'parquet' },
  ])('$name', ({ path, expected }) => expect(detectFormat(path)).toBe(expected));

  it('an explicit format wins over the extension', () => expect(detectFormat('data.txt', 'tsv')).toBe('tsv'));
  it('an unknown extension is a usage error naming the file', () => {
    expect(() => detectFormat('data/x.xlsx')).toThrow(UsageError);
    expect(() => detectFormat('data/x.xlsx')).toThrow(/data\/x\.xlsx.*\.xlsx/);
  });
});

describe('readTable on real data', () => {
  it('seattle-weather.csv (vega-datasets): 1461 rows, 6 columns, raw strings, line numbers from 2', async () => {
    const t = await readTable(vegaData('seattle-weather.csv'));
    expect(t.columns).toEqual(['date', 'precipitation', 'temp_max', 'temp_min', 'wind', 'weather']);
    expect(t.rows.length).toBe(1461); // wc -l = 1462 including the header
    expect(t.rows[0]).toEqual(['2012-01-01', '0.0', '12.8', '5.0', '4.7', 'drizzle']);
    expect(t.lines.slice(0, 3)).toEqual([2, 3, 4]);
    expect(t.lines[1460]).toBe(1462);
  });

  it('penguins.json (vega-datasets, a JSON array): 344 records with JS values and nulls', async () => {
    const t = await readTable(vegaData('penguins.json'));
    expect(t.columns).toEqual(['Species', 'Island', 'Beak Length (mm)', 'Beak Depth (mm)', 'Flipper Length (mm)', 'Body Mass (g)', 'Sex']);
    expect(t.rows.length).toBe(344);
    expect(t.rows[0]).toEqual(['Adelie', 'Torgersen', 39.1, 18.7, 181, 3750, 'MALE']);
    expect(t.rows[3][2]).toBeNull(); // the 4th penguin has no measurements
    expect(t.lines.slice(0, 3)).toEqual([1, 2, 3]); // record numbers for JSON arrays
  });

  it('flights-3m.parquet (vega-datasets) streams in bounded batches with INT64 as numbers', async () => {
    let n = 0;
    let first: RowBatch | undefined;
    let maxBatch = 0;
    for await (const b of readBatches(vegaData('flights-3m.parquet'), { batchSize: 50_000 })) {
      first ??= b;
      n += b.rows.length;
      maxBatch = Math.max(maxBatch, b.rows.length);
      if (n >= 300_000) break; // the first row group and a bit more is enough here
    }
    expect(first!.columns).toEqual(['date', 'delay', 'distance', 'origin', 'destination']);
    expect(typeof first!.rows[0][1]).toBe('number');
    expect(first!.rows[0][0]).toBeInstanceOf(Date);
    expect(first!.lines[0]).toBe(1);
    expect(maxBatch).toBeLessThanOrEqual(50_000);
  });

  it("sklearn's breast_cancer.csv (its first line is not a header) is refused as ragged at line 2", async () => {
    await expect(readTable(sklearnData('breast_cancer.csv'))).rejects.toThrow(/breast_cancer\.csv:2:\d+: ragged row: expected 4 fields as in the header, found 31/);
  });
});

describe('CSV details', () => {
  it('quoted fields with newlines keep the line of each row; blank lines are skipped', async () => {
    const p = write('q.csv', 'a,b,c\n1,2,x\n3,"4\n5",y\n\n6,"7 ""q""",z\n');
    const t = await readTable(p);
    expect(t.rows).toEqual([
      ['1', '2', 'x'],
      ['3', '4\n5', 'y'],
      ['6', '7 "q"', 'z'],
    ]);
    expect(t.lines).toEqual([2, 3, 6]);
  });

  it('CRLF line ends and a UTF-8 BOM are stripped', async () => {
    const p = write('crlf.csv', '\ufeffa,b\r\n1,2\r\n3,"x\r\ny"\r\n');
    const t = await readTable(p);
    expect(t.columns).toEqual(['a', 'b']);
    expect(t.rows).toEqual([
      ['1', '2'],
      ['3', 'x\r\ny'],
    ]);
  });

  it('rows split across read chunks are reassembled, with the right lines', async () => {
    const lines = ['id,text'];
    for (let i = 0; i < 500; i++) lines.push(`${i},"row ${i}, with a comma${i % 7 === 0 ? '\nand a newline' : ''}"`);
    const p = write('chunks.csv', lines.join('\n') + '\n');
    const batches: RowBatch[] = [];
    for await (const b of readBatches(p, { chunkSize: 64, batchSize: 37 })) batches.push(b);
    const rows = batches.flatMap((b) => b.rows);
    const got = batches.flatMap((b) => b.lines);
    expect(rows.length).toBe(500);
    expect(rows[7]).toEqual(['7', 'row 7, with a comma\nand a newline']);
    expect(Math.max(...batches.map((b) => b.rows.length))).toBeLessThanOrEqual(37);
    // row i starts on line 2 + i + (number of earlier rows with an embedded newline)
    const expected = Array.from({ length: 500 }, (_, i) => 2 + i + Math.ceil(i / 7));
    expect(got).toEqual(expected);
  });

  it('TSV is split on tabs', async () => {
    const t = await readTable(write('t.tsv', 'a\tb\n1,5\t2\n'));
    expect(t.rows).toEqual([['1,5', '2']]);
  });
});

describe('JSON Lines', () => {
  it('a key first seen later adds a column; rows are padded with null', async () => {
    const t = await readTable(write('j.jsonl', '{"a":1}\n\n{"a":2,"b":"x"}\n'));
    expect(t.columns).toEqual(['a', 'b']);
    expect(t.rows).toEqual([
      [1, null],
      [2, 'x'],
    ]);
    expect(t.lines).toEqual([1, 3]);
  });
});

describe('bad input is a UsageError naming file:line:column and a fix', () => {
  it.each([
    { name: 'wrong delimiter (semicolons in a .csv)', file: 'semicolon.csv', message: /semicolon\.csv:1:1: wrong delimiter.*semicolon-separated/ },
    { name: 'commas in a .tsv', file: 'commas.tsv', message: /commas\.tsv:1:1: wrong delimiter.*comma-separated.*use format csv/ },
    { name: 'ragged row', file: 'ragged.csv', message: /ragged\.csv:3:\d+: ragged row: expected 2 fields as in the header, found 3/ },
    { name: 'unterminated quote', file: 'unterminated-quote.csv', message: /unterminated-quote\.csv:2:\d+: bad quoting: Quoted field unterminated/ },
    { name: 'text after a closing quote', file: 'bad-quote.csv', message: /bad-quote\.csv:2:\d+: bad quoting/ },
    { name: 'invalid UTF-8 (latin-1 é)', file: 'latin1.csv', message: /latin1\.csv:2:6: invalid UTF-8 \(byte offset 13\); save the file as UTF-8/ },
    { name: 'empty file', file: 'empty.csv', message: /empty\.csv:1:1: the file is empty/ },
    { name: 'header without rows', file: 'header-only.csv', message: /header-only\.csv:2:1: no data rows/ },
    { name: 'duplicate column names', file: 'duplicate-header.csv', message: /duplicate-header\.csv:1:4: duplicate column name "id"/ },
    { name: 'invalid JSON line', file: 'bad.jsonl', message: /bad\.jsonl:2:\d+: invalid JSON/ },
    { name: 'unclosed JSON array', file: 'unclosed.json', message: /unclosed\.json:1:\d+: unexpected end of file.*"\]"/ },
  ])('$name', async ({ file, message }) => {
    const err = await readTable(fixture('data', 'bad', file)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UsageError);
    expect((err as Error).message).toMatch(message);
  });

  it('a missing file names the path', async () => {
    await expect(readTable(join(tmp, 'missing.csv'))).rejects.toThrow(/missing\.csv: cannot open the file \(no such file\)/);
  });
  it('a JSON object instead of an array suggests jsonl', async () => {
    await expect(readTable(write('obj.json', '{"a":1}\n{"a":2}\n'))).rejects.toThrow(/obj\.json:1:1: .*use format jsonl/);
  });
  it('a file that is not Parquet', async () => {
    await expect(readTable(write('x.parquet', 'a,b\n1,2\n'))).rejects.toThrow(/x\.parquet: not a readable Parquet file/);
  });
});
