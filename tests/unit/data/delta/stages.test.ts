/**
 * A Delta table as the data of every stage, through the built CLI: a table written by the
 * test-only writer (tests/helpers/delta-writer.ts) from vega-datasets' penguins.json — appends,
 * an inline deletion vector, a v2 checkpoint — read at pinned versions; `cd4ml train` on a pinned
 * version reproducible byte for byte with the version in lineage.json and the model card; the
 * same rows as plain JSON train the same model; validate-data drift between two versions; the
 * gate on a pinned evaluation version naming it in its comment.
 */
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../helpers/run-cli.js';
import { vegaData } from '../../../helpers/paths.js';
import { DeltaTableWriter, type WrittenFile } from '../../../helpers/delta-writer.js';
import { countRows, openDeltaTable } from '../../../../src/data/delta/scan.js';
import { readDeltaRows } from '../../../helpers/delta-rows.js';

type Penguin = Record<string, string | number | null>;
const penguins = JSON.parse(readFileSync(vegaData('penguins.json'), 'utf8')) as Penguin[];
const schema = [
  { name: 'Species', type: 'string' as const },
  { name: 'Island', type: 'string' as const },
  { name: 'Beak Length (mm)', type: 'double' as const },
  { name: 'Beak Depth (mm)', type: 'double' as const },
  { name: 'Flipper Length (mm)', type: 'double' as const },
  { name: 'Body Mass (g)', type: 'double' as const },
  { name: 'Sex', type: 'string' as const },
];
const work = mkdtempSync(join(tmpdir(), 'cd4ml-delta-stages-'));
const table = join(work, 'penguins');
const T0 = Date.parse('2026-11-01T00:00:00Z');
const day = 86_400_000;
/** Rows of file 0 deleted at v2 (by an inline deletion vector). */
const DELETED = [0, 5, 17, 99];
let files: WrittenFile[] = [];
let tableId = '';

const columnsOf = (rows: Penguin[]) => schema.map((c) => rows.map((r) => r[c.name] ?? null));
const asRows = (rows: Penguin[]) => rows.map((r) => schema.map((c) => r[c.name] ?? null));
const key = (r: unknown[]) => JSON.stringify(r);

beforeAll(async () => {
  const w = new DeltaTableWriter(table, schema, { deletionVectors: true, v2Checkpoint: true, rowGroupSize: 64 });
  tableId = w.id;
  const f0 = await w.writeDataFile({ columns: columnsOf(penguins.slice(0, 100)) });
  const f1 = await w.writeDataFile({ columns: columnsOf(penguins.slice(100, 200)) });
  w.commit({ add: [f0, f1], operation: 'CREATE TABLE AS SELECT', timestamp: T0 }); // v0: 200 rows
  const f2 = await w.writeDataFile({ columns: columnsOf(penguins.slice(200)) });
  w.commit({ add: [f2], operation: 'WRITE', timestamp: T0 + day }); // v1: 344 rows
  const f0dv = { ...f0, deletionVector: (await w.writeDataFile({ columns: columnsOf(penguins.slice(0, 1)), deleted: DELETED })).deletionVector };
  w.commit({ remove: [f0], add: [f0dv], operation: 'DELETE', timestamp: T0 + 2 * day }); // v2: 340 rows
  w.checkpoint();
  const f3 = await w.writeDataFile({ columns: columnsOf(penguins.slice(0, 10)) });
  w.commit({ add: [f3], operation: 'WRITE', timestamp: T0 + 3 * day }); // v3: 350 rows, after the checkpoint
  files = [f0, f1, f2, f3];
}, 60_000);

describe('reading the written table at each version', () => {
  it.each([
    { name: '@v0: the first commit (2 files)', pin: '@v0', rows: () => penguins.slice(0, 200) },
    { name: '@v1: after an append', pin: '@v1', rows: () => penguins },
    { name: '@v2: an inline deletion vector removes 4 rows of the first file', pin: '@v2', rows: () => penguins.filter((_, i) => !DELETED.includes(i)) },
    { name: 'latest: a v2 checkpoint at v2 then one more commit', pin: '', rows: () => [...penguins.filter((_, i) => !DELETED.includes(i)), ...penguins.slice(0, 10)] },
    { name: '@2026-11-02T12:00:00Z: the version committed before noon on day 2 (v1)', pin: '@2026-11-02T12:00:00Z', rows: () => penguins },
  ])('$name', async ({ pin, rows }) => {
    const got = await readDeltaRows(table + pin);
    expect(got.columns).toEqual(schema.map((c) => c.name));
    const want = asRows(rows());
    expect(got.rows.length).toBe(want.length);
    expect(got.rows.map(key).sort()).toEqual(want.map(key).sort());
    expect(countRows(await openDeltaTable(table + pin))).toBe(want.length);
  });
  it('the test writer wrote 4 data files', () => expect(files.length).toBe(4));
});

describe('stages on a Delta table (built CLI)', () => {
  const env = { SOURCE_DATE_EPOCH: '1767225600' };
  const train = (data: string, out: string) => runCli(['train', '--data', data, '--target', 'Species', '--max-depth', '4', '--cv-folds', '3', '--out', out], { env, cwd: work });

  it('train on @v1 twice: byte-identical bundles; lineage.json and the model card record table id, version, commit time and operation', async () => {
    const a = join(work, 'model-a');
    const b = join(work, 'model-b');
    const r1 = await train(`${table}@v1`, a);
    expect(r1.stderr).toBe('');
    expect(r1.exitCode).toBe(0);
    const r2 = await train(`${table}@v1`, b);
    expect(r2.exitCode).toBe(0);
    const names = readdirSync(a).sort();
    expect(names).toContain('lineage.json');
    for (const f of names) expect(readFileSync(join(b, f)).equals(readFileSync(join(a, f))), f).toBe(true);
    const lineage = JSON.parse(readFileSync(join(a, 'lineage.json'), 'utf8'));
    expect(lineage.data[0].path).toBe(`${table}@v1`);
    expect(lineage.data[0].delta).toEqual({ 'table-id': tableId, version: 1, 'commit-timestamp': '2026-11-02T00:00:00.000Z', operation: 'WRITE', rows: 344, files: 3 });
    expect(lineage.data[0].sha256).toMatch(/^[0-9a-f]{64}$/);
    const card = readFileSync(join(a, 'MODEL_CARD.md'), 'utf8');
    expect(card).toContain(`is Delta table \`${tableId}\` at version 1 (committed 2026-11-02T00:00:00.000Z by WRITE)`);
    const params = JSON.parse(readFileSync(join(a, 'params.json'), 'utf8'));
    expect(params.rows.train + params.rows.test + params.rows['dropped-missing-target']).toBe(344);
  }, 120_000);

  it('the same rows as plain JSON train the same model.json (the Delta hook changes nothing downstream)', async () => {
    const c = join(work, 'model-json');
    const r = await train(vegaData('penguins.json'), c);
    expect(r.exitCode).toBe(0);
    expect(readFileSync(join(c, 'model.json'), 'utf8')).toBe(readFileSync(join(work, 'model-a', 'model.json'), 'utf8'));
  }, 120_000);

  it('train on a later version records that version (lineage differs from @v1)', async () => {
    const d = join(work, 'model-v2');
    expect((await train(`${table}@v2`, d)).exitCode).toBe(0);
    const lineage = JSON.parse(readFileSync(join(d, 'lineage.json'), 'utf8'));
    expect(lineage.data[0].delta).toMatchObject({ version: 2, operation: 'DELETE', rows: 340 });
    expect(lineage.data[0].sha256).not.toBe(JSON.parse(readFileSync(join(work, 'model-a', 'lineage.json'), 'utf8')).data[0].sha256);
  }, 120_000);

  it('validate-data: reference @v0 against the latest version, drift report on both versions', async () => {
    const r = await runCli(['validate', '--data', table, '--reference', `${table}@v0`, '--json'], { cwd: work });
    expect(r.stderr).toBe('');
    expect([0, 1]).toContain(r.exitCode);
    const report = JSON.parse(r.stdout);
    expect(report.data.rows).toBe(350);
    expect(report.data.format).toBe('delta');
    expect(report.reference.rows).toBe(200);
    expect(report.checks.some((c: { check: string }) => c.check === 'dataset-drift')).toBe(true);
  }, 120_000);

  it('evaluate-gate on a pinned evaluation version names the table version in its comment', async () => {
    const r = await runCli(['gate', '--candidate', join(work, 'model-a'), '--baseline', join(work, 'model-v2'), '--data', `${table}@v1`, '--markdown'], { cwd: work });
    expect(r.stderr).toBe('');
    expect([0, 1]).toContain(r.exitCode);
    expect(r.stdout).toContain('on **344** evaluation rows');
    expect(r.stdout).toContain(`Delta table ${tableId} version 1, committed 2026-11-02T00:00:00.000Z by WRITE`);
  }, 120_000);

  it('predict on @v2 scores exactly the rows left by the deletion vector, as predict on the same rows as JSON does', async () => {
    const viaDelta = join(work, 'pred-delta.jsonl');
    const viaJson = join(work, 'pred-json.jsonl');
    const r1 = await runCli(['predict', '--bundle', join(work, 'model-a'), '--data', `${table}@v2`, '--out', viaDelta], { cwd: work });
    expect(r1.stderr).toContain('scored 340 of 340 rows');
    expect(r1.exitCode).toBe(0);
    const r2 = await runCli(['predict', '--bundle', join(work, 'model-a'), '--data', vegaData('penguins.json'), '--out', viaJson], { cwd: work });
    expect(r2.exitCode).toBe(0);
    const lines = (f: string) => readFileSync(f, 'utf8').trim().split('\n');
    const d = lines(viaDelta);
    const j = lines(viaJson).filter((_, i) => !DELETED.includes(i));
    expect(d.length).toBe(340);
    expect(d).toEqual(j);
  }, 120_000);

  it('monitor reads a Delta table as a data window (readDataWindow): the rows of the pinned version, scored', async () => {
    const { readBundle } = await import('../../../../src/model/bundle.js');
    const { readDataWindow } = await import('../../../../src/monitor/sources.js');
    const bundle = await readBundle(join(work, 'model-a'));
    const w = await readDataWindow(bundle, `${table}@v0`, { labels: 'Species' });
    expect(w.records.length).toBe(200);
    expect(w.records[0]).toMatchObject({ Island: penguins[0].Island, 'Beak Length (mm)': penguins[0]['Beak Length (mm)'] });
  }, 120_000);

  it('refuses a version that does not exist, with exit 2, naming table and version', async () => {
    const r = await runCli(['validate', '--data', `${table}@v9`], { cwd: work });
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain(`Delta table ${table} at version 9: version 9 does not exist (the latest version is 3)`);
  });
});
