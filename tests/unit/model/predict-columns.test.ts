/**
 * Batch scoring on the columnar table (src/model/predict.ts, issue 13) against the row path it
 * replaced (tests/helpers/row-predict.ts: the previous predictFile over readBatches, verbatim):
 * on random CSV tables — numbers written oddly (" 3", "+1", "1.50", "1e1"), missing tokens,
 * text in numeric columns, unseen and padded categories, booleans, valid and invalid dates,
 * quoted fields with commas, quotes and line breaks, CRLF — the same rows are scored with the same
 * values, the same rows fail with the same line, column, value and expectation, and the output
 * holds the same fields (compared parsed: the new CSV echoes each record's bytes, so quoting and
 * line terminators may differ).
 * Three bundles trained with the built CLI: a one-hot tree, an ordinal forest, a regression.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { readBundle, type ModelBundle } from '../../../src/model/bundle.js';
import { csvField, predictFile, splitRecord } from '../../../src/model/predict.js';
import { readBundleSchema } from '../../../src/model/validate-record.js';
import type { DataSchema } from '../../../src/data/schema.js';
import { predictFileRows } from '../../helpers/row-predict.js';
import { runCli } from '../../helpers/run-cli.js';

const work = mkdtempSync(join(tmpdir(), 'cd4ml-predict-cols-'));

function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COLUMNS = ['num', 'count', 'cat', 'flag', 'day', 'note', 'score', 'label'];

function trainingCsv(path: string): void {
  const r = rng(7);
  const lines = [COLUMNS.join(',')];
  const cats = ['red', 'green', 'blue'];
  for (let i = 0; i < 400; i++) {
    const num = r() < 0.05 ? '' : (r() * 100 - 50).toFixed(2);
    const count = String(Math.floor(r() * 50));
    const cat = cats[Math.floor(r() * 3)];
    const flag = r() < 0.5 ? 'true' : 'false';
    const day = new Date(Date.UTC(2024, 0, 1) + Math.floor(r() * 365) * 86_400_000).toISOString().slice(0, 10);
    const score = (Number(count) * 0.5 + (cat === 'red' ? 10 : 0) + r() * 5).toFixed(3);
    const label = (num === '' ? 0 : Number(num)) + (cat === 'blue' ? 20 : 0) + (flag === 'true' ? 10 : -10) > 5 ? 'yes' : 'no';
    lines.push([num, count, cat, flag, day, `n${i}`, score, label].join(','));
  }
  writeFileSync(path, lines.join('\n') + '\n');
}

interface Fixture {
  name: string;
  bundle: ModelBundle;
  schema: DataSchema | undefined;
}
const fixtures: Fixture[] = [];

beforeAll(async () => {
  const csv = join(work, 'train.csv');
  trainingCsv(csv);
  const train = async (name: string, args: string[]) => {
    const out = join(work, name);
    const r = await runCli(['train', '--data', csv, '--out', out, ...args], { env: { SOURCE_DATE_EPOCH: '1767225600' } });
    if (r.exitCode !== 0) throw new Error(`train ${name}: ${r.stderr}`);
    const bundle = await readBundle(out);
    fixtures.push({ name, bundle, schema: await readBundleSchema(bundle) });
  };
  await train('one-hot tree', ['--target', 'label', '--exclude', 'note,score', '--max-depth', '5']);
  await train('ordinal forest', ['--target', 'label', '--exclude', 'note,score', '--encoding', 'ordinal', '--model', 'forest', '--n-trees', '4', '--max-depth', '4']);
  await train('regression', ['--target', 'score', '--exclude', 'note,label', '--max-depth', '4']);
}, 240_000);

// Cells: what each column may hold in a scored file.
const numberText = fc.oneof(
  fc.double({ min: -60, max: 60, noNaN: true }).map((x) => String(Math.round(x * 100) / 100)),
  fc.integer({ min: -60, max: 60 }).map((x) => String(x)),
  fc.constantFrom(' 3', '+1', '1.50', '007', '1e1', '-0', '.5', '3.', ' 4 '),
);
const missing = fc.constantFrom('', 'NA', 'N/A', 'null', 'nan', ' NA ');
const junk = fc.constantFrom('abc', 'x,y', 'a"b', 'line\nbreak', 'Infinity', '0x10', '1,5', 'true');
const cell = {
  num: fc.oneof({ weight: 8, arbitrary: numberText }, { weight: 2, arbitrary: missing }, { weight: 1, arbitrary: junk }),
  count: fc.oneof({ weight: 8, arbitrary: fc.integer({ min: 0, max: 60 }).map(String) }, { weight: 1, arbitrary: fc.constantFrom('3.5', '12.0', ' 7') }, { weight: 1, arbitrary: missing }, { weight: 1, arbitrary: junk }),
  cat: fc.oneof({ weight: 8, arbitrary: fc.constantFrom('red', 'green', 'blue', ' red', 'blue ') }, { weight: 1, arbitrary: fc.constantFrom('purple', 'Red', 'x,y', 'a"b') }, { weight: 1, arbitrary: missing }),
  flag: fc.oneof({ weight: 8, arbitrary: fc.constantFrom('true', 'false', 'TRUE', ' false') }, { weight: 1, arbitrary: fc.constantFrom('1', '0', 'yes') }, { weight: 1, arbitrary: missing }),
  day: fc.oneof(
    { weight: 8, arbitrary: fc.integer({ min: 0, max: 700 }).map((d) => new Date(Date.UTC(2023, 6, 1) + d * 86_400_000).toISOString().slice(0, 10)) },
    { weight: 1, arbitrary: fc.constantFrom('2024-02-30', '2024-03-05T10:30:00Z', '2024-03-05 10:30', 'yesterday', '2024/03/05') },
    { weight: 1, arbitrary: missing },
  ),
  note: fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('a,b', 'say "hi"', 'two\r\nlines', ' padded ', '')),
  score: fc.oneof(numberText, missing),
  label: fc.constantFrom('yes', 'no', ''),
};
const rowArb = fc.record(cell);

/** A CSV file as a user might write it: fields quoted when needed (or always), LF or CRLF. */
function writeCsv(path: string, rows: Record<string, string>[], crlf: boolean, quoteAll: boolean, order: string[], delimiter = ','): void {
  const q = (s: string) => (quoteAll || /["\t,\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const nl = crlf ? '\r\n' : '\n';
  writeFileSync(path, [order.join(delimiter), ...rows.map((r) => order.map((c) => q(r[c])).join(delimiter))].join(nl) + nl);
}

async function runBoth(f: Fixture, data: string, output: 'csv' | 'jsonl', batchRows?: number) {
  const a: string[] = [];
  const b: (string | Uint8Array)[] = [];
  const opts = { output, schema: f.schema, maxReported: 1000 } as const;
  const ref = await predictFileRows(f.bundle, data, (c) => void a.push(c), opts);
  const got = await predictFile(f.bundle, data, (c) => void b.push(c), { ...opts, ...(batchRows ? { batchRows } : {}) });
  const text = b.map((c) => (typeof c === 'string' ? c : Buffer.from(c).toString('utf8'))).join('');
  return { ref, got, refText: a.join(''), text };
}

const parsedCsv = (text: string) => Papa.parse<string[]>(text, { skipEmptyLines: true, newline: '\n' }).data;
const parsedJsonl = (text: string) =>
  text
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);

describe('predict on columns = the row path', () => {
  it('on random CSV and TSV tables: same scored rows, values, failures (line, column, value, expected), CSV and JSON Lines', async () => {
    let cases = 0;
    let scoredRows = 0;
    let failedRows = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(rowArb, { minLength: 1, maxLength: 60 }),
        fc.boolean(),
        fc.boolean(),
        fc.constantFrom(0, 1, 2),
        fc.constantFrom(undefined, 7),
        fc.constantFrom('csv', 'csv', 'tsv'),
        async (rows, crlf, quoteAll, which, batchRows, ext) => {
          const f = fixtures[which];
          const order = which === 2 ? ['note', 'score', 'day', 'flag', 'cat', 'count', 'num', 'label'] : COLUMNS;
          const data = join(work, `case-${cases++}.${ext}`);
          writeCsv(data, rows, crlf, quoteAll, order, ext === 'tsv' ? '\t' : ',');
          for (const output of ['csv', 'jsonl'] as const) {
            const { ref, got, refText, text } = await runBoth(f, data, output, batchRows);
            expect(got.rows).toBe(ref.rows);
            expect(got.scored).toBe(ref.scored);
            // The row path numbered its failures per batch of 16384; compare them as a set.
            const key = (x: { line: number; column: string; value: unknown; expected: string }) => JSON.stringify([x.line, x.column, x.value, x.expected]);
            expect(got.failed.map(key).sort()).toEqual(ref.failed.map(key).sort());
            if (output === 'csv') expect(parsedCsv(text)).toEqual(parsedCsv(refText));
            else expect(parsedJsonl(text)).toEqual(parsedJsonl(refText));
            expect(text === '' || text.endsWith('\n')).toBe(true);
          }
          const { ref } = await runBoth(f, data, 'csv');
          scoredRows += ref.scored;
          failedRows += ref.rows - ref.scored;
        },
      ),
      { numRuns: 60, seed: 20261206 },
    );
    // The random tables exercised both sides of the check.
    expect(scoredRows).toBeGreaterThan(100);
    expect(failedRows).toBeGreaterThan(50);
  }, 600_000);

  it('on the fixtures (penguins JSON and JSON Lines, seattle CSV): identical predictions as the row path', async () => {
    const { vegaData } = await import('../../helpers/paths.js');
    const { readFileSync } = await import('node:fs');
    const penguinsJsonl = join(work, 'penguins.jsonl');
    writeFileSync(penguinsJsonl, (JSON.parse(readFileSync(vegaData('penguins.json'), 'utf8')) as unknown[]).map((r) => JSON.stringify(r)).join('\n') + '\n');
    for (const [data, target, exclude] of [
      [vegaData('penguins.json'), 'Species', ''],
      [penguinsJsonl, 'Species', ''],
      [vegaData('seattle-weather.csv'), 'weather', ''],
    ] as const) {
      const out = join(work, `fx-${target}-${data.length}`);
      const r = await runCli(['train', '--data', data, '--target', target, '--out', out, ...(exclude ? ['--exclude', exclude] : [])]);
      expect(r.exitCode).toBe(0);
      const bundle = await readBundle(out);
      const f = { name: target, bundle, schema: await readBundleSchema(bundle) };
      for (const output of ['csv', 'jsonl'] as const) {
        const { ref, got, refText, text } = await runBoth(f, data, output);
        expect(ref.rows).toBeGreaterThan(300);
        expect(got).toEqual(ref);
        if (output === 'csv') expect(parsedCsv(text)).toEqual(parsedCsv(refText));
        else expect(parsedJsonl(text)).toEqual(parsedJsonl(refText));
      }
    }
  }, 240_000);
});

describe('CSV helpers', () => {
  it.each([
    { name: 'plain', s: 'abc', want: 'abc' },
    { name: 'comma', s: 'a,b', want: '"a,b"' },
    { name: 'quote', s: 'a"b', want: '"a""b"' },
    { name: 'line break', s: 'a\nb', want: '"a\nb"' },
    { name: 'leading space (Papa quotes it)', s: ' a', want: '" a"' },
    { name: 'empty', s: '', want: '' },
  ])('csvField quotes as Papa.unparse: $name', ({ s, want }) => {
    expect(csvField(s)).toBe(want);
    expect(csvField(s)).toBe(Papa.unparse([[s]], { newline: '\n' }));
  });

  it.each([
    { name: 'plain', text: 'a,b,c', want: ['a', 'b', 'c'] },
    { name: 'quoted comma and quote', text: '"a,b","say ""hi""",c', want: ['a,b', 'say "hi"', 'c'] },
    { name: 'empty fields', text: ',,', want: ['', '', ''] },
    { name: 'quoted line break', text: '"x\r\ny",z', want: ['x\r\ny', 'z'] },
  ])('splitRecord reads a record as Papa.parse: $name', ({ text, want }) => {
    expect(splitRecord(text, ',')).toEqual(want);
    expect(Papa.parse<string[]>(text).data[0]).toEqual(want);
  });
});


describe('cd4ml predict --output-format (built CLI)', () => {
  it('writes JSON Lines to a .csv name when asked, CSV to stdout by default, and refuses an unknown format', async () => {
    const { readFileSync } = await import('node:fs');
    const data = join(work, 'cli-rows.csv');
    writeFileSync(data, 'num,count,cat,flag,day,note,score,label\n1.5,3,red,true,2024-01-02,"a,b",1,yes\n-2,7,blue,false,2024-03-04,x,2,no\n');
    const bundle = join(work, 'one-hot tree');
    const out = join(work, 'scored.csv');
    const r = await runCli(['predict', '--bundle', bundle, '--data', data, '--out', out, '--output-format', 'jsonl']);
    expect(r.stderr).toContain('scored 2 of 2 rows');
    expect(r.exitCode).toBe(0);
    const recs = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(recs).toHaveLength(2);
    expect(recs[0]).toMatchObject({ num: '1.5', note: 'a,b', label: 'yes' });
    expect(Object.keys(recs[0])).toEqual([...COLUMNS, 'prediction', 'probability_no', 'probability_yes']);
    const csv = await runCli(['predict', '--bundle', bundle, '--data', data]);
    expect(csv.exitCode).toBe(0);
    expect(csv.stdout.split('\n')[0]).toBe([...COLUMNS, 'prediction', 'probability_no', 'probability_yes'].join(','));
    expect(csv.stdout.split('\n')[1]).toMatch(/^1\.5,3,red,true,2024-01-02,"a,b",1,yes,(yes|no),/);
    const bad = await runCli(['predict', '--bundle', bundle, '--data', data, '--output-format', 'parquet']);
    expect(bad.exitCode).toBe(2);
    expect(bad.stderr).toContain('--output-format');
  }, 60_000);
});
