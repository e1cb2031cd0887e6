/**
 * The bundle's holdout through the columnar table (issue 13): holdout.jsonl keeps its format (so
 * bundles already in use read the same), read by the table's JSON Lines reader
 * (readHoldoutTable) with the same cells as readHoldout's records; tampering is refused; an empty
 * holdout is 0 rows. encodeHoldout writes the lines train wrote from readTable's rows.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { encodeHoldout, readBundle, readHoldout, readHoldoutTable, sha256, type ModelBundle } from '../../../src/model/bundle.js';
import { isMissingText } from '../../../src/data/missing.js';
import { createRng } from '../../../src/model/rng.js';
import { readTable } from '../../helpers/read-table.js';
import { cellText, readColumns } from '../../../src/data/table.js';
import { runCli } from '../../helpers/run-cli.js';
import { vegaData } from '../../helpers/paths.js';

const work = mkdtempSync(join(tmpdir(), 'cd4ml-holdout-table-'));
let penguins: ModelBundle;
let seattle: ModelBundle;

beforeAll(async () => {
  const train = async (name: string, data: string, target: string) => {
    const out = join(work, name);
    const r = await runCli(['train', '--data', data, '--target', target, '--out', out]);
    if (r.exitCode !== 0) throw new Error(r.stderr);
    return readBundle(out);
  };
  [penguins, seattle] = await Promise.all([train('penguins', vegaData('penguins.json'), 'Species'), train('seattle', vegaData('seattle-weather.csv'), 'weather')]);
}, 120_000);

describe('readHoldoutTable', () => {
  it.each([
    { name: 'penguins (JSON values: numbers, text, nulls)', bundle: () => penguins },
    { name: 'seattle (CSV strings, dates)', bundle: () => seattle },
  ])('$name: the same cells as readHoldout', async ({ bundle }) => {
    const { records } = await readHoldout(bundle());
    const t = await readHoldoutTable(bundle());
    expect(t.n).toBe(records.length);
    // metrics.json counts the holdout rows train wrote (20% of the rows).
    expect(t.n).toBe((bundle().metrics.holdout as { n: number }).n);
    expect(t.n).toBeGreaterThan(60);
    expect(t.names).toEqual(Object.keys(records[0]));
    for (let j = 0; j < t.names.length; j++) {
      for (let r = 0; r < t.n; r++) {
        const v = records[r][t.names[j]];
        expect(cellText(t.columns[j], r)).toBe(v === null || v === undefined || v === '' ? null : String(v));
      }
    }
  });

  it('keeps non-numeric features as text when asked (one read for every consumer)', async () => {
    const t = await readHoldoutTable(penguins, { text: ['Island', 'Body Mass (g)'] });
    expect(t.columns[t.names.indexOf('Body Mass (g)')].kind).toBe('text');
    expect(t.columns[t.names.indexOf('Flipper Length (mm)')].kind).toBe('number');
  });

  it('refuses a holdout changed after training, and reads an empty one as 0 rows', async () => {
    const dir = join(work, 'copy');
    const r = await runCli(['train', '--data', vegaData('seattle-weather.csv'), '--target', 'weather', '--out', dir]);
    expect(r.exitCode).toBe(0);
    const b = await readBundle(dir);
    writeFileSync(join(dir, 'holdout.jsonl'), readFileSync(join(dir, 'holdout.jsonl'), 'utf8').replace('"rain"', '"sun"'));
    await expect(readHoldoutTable(b)).rejects.toThrow(/holdout\.jsonl does not match its sha256 in manifest\.json/);
    writeFileSync(join(dir, 'holdout.jsonl'), '');
    const empty = await readHoldoutTable({ ...b, manifest: { ...b.manifest, files: { ...b.manifest.files, 'holdout.jsonl': sha256('') } } });
    expect(empty.n).toBe(0);
  });
});

/** The whole holdout file encodeHoldout yields, as text (each chunk copied: its buffer is reused). */
const holdoutText = (t: Awaited<ReturnType<typeof readColumns>>, idx: Int32Array) => [...encodeHoldout(t, idx).data].map((c) => Buffer.from(c).toString('utf8')).join('');

describe('holdout lines', () => {
  it.each([
    { name: 'CSV (cells as text, as readTable held them)', file: vegaData('seattle-weather.csv') },
    { name: 'JSON (values as read)', file: vegaData('penguins.json') },
  ])('encodeHoldout writes the lines train wrote from readTable rows: $name', async ({ file }) => {
    const rows = await readTable(file);
    const t = await readColumns(file);
    const idx = Int32Array.from({ length: 40 }, (_, i) => (i * 7) % t.n);
    const want = Array.from(idx, (r) => JSON.stringify(Object.fromEntries(rows.columns.map((c, j) => [c, rows.rows[r][j] ?? null])))).join('\n') + '\n';
    expect(holdoutText(t, idx)).toBe(want);
  });
});

describe('encodeHoldout (train writes holdout.jsonl through it, a chunk at a time)', () => {
  /** A CSV with every kind of cell the encoder treats apart, `n` rows. */
  function oddCsv(n: number): string {
    const rng = createRng(11);
    const nums = ['0', '-0', '1.50', '007', ' 3', '+1', '1e-7', '1e21', '0.1234567890123456', '-2.5', '', 'NA', 'n/a', '12345678901234567', '1e300'];
    const texts = ['a', 'say "hi"', 'naïve', 'tab\there', 'back\\slash', '', 'NA', 'émoji 🙂'];
    const lines = ['x,y,label,z'];
    for (let i = 0; i < n; i++) {
      const x = (Math.round((rng.next() - 0.5) * 2e7) / 1e6).toString();
      const y = nums[rng.int(nums.length)];
      const t = texts[rng.int(texts.length)];
      const z = rng.next() < 0.5 ? String(rng.int(1000)) : String(rng.next() * 1e-3);
      lines.push([x, y, `"${t.replace(/"/g, '""')}"`, z].join(','));
    }
    return lines.join('\n') + '\n';
  }

  it.each([
    { name: 'CSV, 60,000 rows of odd cells (several 1 MiB chunks)', rows: 60_000 },
    { name: 'CSV, 5 rows (one chunk)', rows: 5 },
  ])('joins to the JSON of each row\'s raw cells (missing → null) with that text\'s sha256: $name', async ({ rows }) => {
    const file = join(work, `odd-${rows}.csv`);
    writeFileSync(file, oddCsv(rows));
    const ref = await readTable(file);
    const t = await readColumns(file);
    const idx = Int32Array.from({ length: Math.ceil(t.n / 2) }, (_, i) => i * 2);
    const want = Array.from(idx, (r) => JSON.stringify(Object.fromEntries(ref.columns.map((c, j) => {
      const v = ref.rows[r][j] as string | null | undefined;
      return [c, v === null || v === undefined || isMissingText(v) ? null : v];
    })))).join('\n') + '\n';
    const h = encodeHoldout(t, idx);
    expect(() => h.sha256()).toThrow(/before the data was written/);
    const chunks: string[] = [];
    for (const c of h.data) chunks.push(Buffer.from(c).toString('utf8')); // copied: the buffer is reused
    expect(chunks.join('')).toBe(want);
    if (rows > 10_000) expect(chunks.length).toBeGreaterThan(1);
    else expect(chunks.length).toBe(1);
    expect(h.sha256()).toBe(sha256(want));
    expect(() => [...h.data]).toThrow(/read once/);
  });

  it('writes JSON input numbers as JSON numbers and missing values as null, every row', async () => {
    const file = vegaData('penguins.json');
    const rows = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>[];
    const t = await readColumns(file);
    const idx = Int32Array.from({ length: t.n }, (_, i) => i);
    const want = rows.map((r) => JSON.stringify(Object.fromEntries(t.names.map((c) => [c, r[c] ?? null])))).join('\n') + '\n';
    expect(holdoutText(t, idx)).toBe(want);
    expect(rows.length).toBe(t.n);
  });
});
