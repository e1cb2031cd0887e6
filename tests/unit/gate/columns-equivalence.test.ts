/**
 * The gate and monitor's data window on the columnar table (issue 13) against the row path they
 * replaced (tests/helpers/row-gate.ts and row-monitor-sources.ts: the previous src/gate/run.ts and
 * src/monitor/sources.ts, verbatim): the same gate reports (bootstrap CIs, McNemar, slices,
 * warnings) and the same monitor drift results, on the existing fixtures — breast cancer (CSV and
 * the holdout), seattle-weather (regression and classification, CSV), penguins (JSON).
 */
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runGate } from '../../../src/gate/run.js';
import { readBundle } from '../../../src/model/bundle.js';
import { evaluateMonitor } from '../../../src/monitor/evaluate.js';
import { loadReference } from '../../../src/monitor/reference.js';
import { readDataWindow } from '../../../src/monitor/sources.js';
import { runGate as runGateRows } from '../../helpers/row-gate.js';
import { readDataWindow as readDataWindowRows } from '../../helpers/row-monitor-sources.js';
import { runCli } from '../../helpers/run-cli.js';
import { vegaData } from '../../helpers/paths.js';
import { trainFixtures, type GateFixtures } from './bundles.js';
import { makeSeattleFixture, type SeattleFixture } from '../monitor/seattle.js';
import { makePenguinsFixture, type PenguinsFixture } from '../monitor/penguins.js';

let bc: GateFixtures;
let seattle: SeattleFixture;
let penguins: PenguinsFixture;
const work = mkdtempSync(join(tmpdir(), 'cd4ml-gate-cols-'));
let reg6: string;
let reg2: string;
let seattleCsv: string;

beforeAll(async () => {
  [bc, seattle, penguins] = await Promise.all([trainFixtures(), makeSeattleFixture(join(work, 'seattle')), makePenguinsFixture(join(work, 'penguins'))]);
  // Regression bundles with a date feature; the CSV gets a few odd cells (a missing target, text in a feature).
  seattleCsv = join(work, 'seattle.csv');
  const lines = readFileSync(vegaData('seattle-weather.csv'), 'utf8').trim().split('\n');
  lines[5] = lines[5].replace(/^([^,]*),([^,]*),([^,]*),/, '$1,$2,,'); // temp_max (the target) missing
  lines[9] = lines[9].replace(/^([^,]*),([^,]*),/, '$1,lots,'); // precipitation not a number
  lines[12] = lines[12].replace(/^([^,]*),/, 'someday,'); // date not a date
  writeFileSync(seattleCsv, lines.join('\n') + '\n');
  const train = async (depth: number) => {
    const out = join(work, `reg${depth}`);
    const r = await runCli(['train', '--data', vegaData('seattle-weather.csv'), '--target', 'temp_max', '--max-depth', String(depth), '--out', out], { env: { SOURCE_DATE_EPOCH: '1767225600' } });
    if (r.exitCode !== 0) throw new Error(r.stderr);
    return out;
  };
  [reg6, reg2] = await Promise.all([train(6), train(2)]);
}, 300_000);

describe('gate on columns = the row path', () => {
  const cases = () => [
    { name: 'breast cancer holdout, baseline depth 6', candidateDir: bc.depth1, baseline: bc.depth6, data: undefined, slices: undefined },
    { name: 'breast cancer CSV with a slice', candidateDir: bc.depth1, baseline: bc.depth6, data: bc.csv, slices: ['clinic'] },
    { name: 'breast cancer CSV, first model', candidateDir: bc.depth6, baseline: undefined, data: bc.csv, slices: undefined },
    { name: 'seattle regression holdout (dates)', candidateDir: reg2, baseline: reg6, data: undefined, slices: undefined },
    { name: 'seattle regression CSV with bad cells', candidateDir: reg2, baseline: reg6, data: seattleCsv, slices: undefined },
    { name: 'penguins JSON (categories, booleans-free) with a slice', candidateDir: penguins.bundle, baseline: undefined, data: penguins.production, slices: ['Island'] },
  ];
  it.each([0, 1, 2, 3, 4, 5])('case %i: identical report', async (i) => {
    const c = cases()[i];
    const opts = {
      candidateDir: c.candidateDir,
      baseline: c.baseline ? ({ kind: 'dir', dir: c.baseline, label: 'baseline' } as const) : ({ kind: 'none', message: 'no production model' } as const),
      ...(c.data ? { data: c.data } : {}),
      gate: { resamples: 300, ...(c.slices ? { slices: c.slices, 'min-slice-rows': 5 } : {}) },
    };
    const want = await runGateRows(opts);
    const got = await runGate(opts);
    expect(got).toEqual(want);
    // The report is about real rows: metrics were computed on them.
    expect(got.metrics.length).toBeGreaterThan(0);
  }, 120_000);

  it('refuses the same way: slices on a regression with rows left out (bad cells)', async () => {
    const opts = { candidateDir: reg2, baseline: { kind: 'dir', dir: reg6, label: 'baseline' } as const, data: seattleCsv, gate: { resamples: 100, slices: ['weather'] } };
    const want = await runGateRows(opts).catch((e: Error) => e.message);
    const got = await runGate(opts).catch((e: Error) => e.message);
    expect(want).toContain('gate.slices with rows left out of a regression evaluation is not supported');
    expect(got).toBe(want);
  }, 60_000);
});

describe('monitor data window on columns = the row path', () => {
  it.each([
    { name: 'seattle unshifted CSV with labels', file: () => seattle.unshifted, bundle: () => seattle.bundle, labels: 'weather' },
    { name: 'seattle shifted CSV', file: () => seattle.shifted, bundle: () => seattle.bundle, labels: undefined },
    { name: 'penguins JSON with labels', file: () => penguins.production, bundle: () => penguins.bundle, labels: 'Species' },
  ])('$name: same predictions and the same drift report', async ({ file, bundle: dir, labels }) => {
    const bundle = await readBundle(dir());
    const opts = labels ? { labels } : {};
    const want = await readDataWindowRows(bundle, file(), opts);
    const got = await readDataWindow(bundle, file(), opts);
    expect(got.predictions).toEqual(want.predictions);
    expect(got.probabilities).toEqual(want.probabilities);
    expect(got.records.length).toBe(want.records.length);
    expect(got.records.length).toBeGreaterThan(50);
    const { reference } = await loadReference(bundle);
    const ctx = { bundle: { dir: bundle.dir, digest: bundle.digest }, referenceSource: 'holdout.jsonl' };
    const a = evaluateMonitor(reference, want, ctx);
    const b = evaluateMonitor(reference, got, ctx);
    expect(b).toEqual(a);
  }, 60_000);
});
