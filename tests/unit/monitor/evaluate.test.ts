import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBundle, type ModelBundle } from '../../../src/model/bundle.js';
import { UsageError } from '../../../src/errors.js';
import { binReference, chiSquareHomogeneity, compareLiveMetrics, evaluateMonitor, type BinnedWindow, type RecordsWindow } from '../../../src/monitor/evaluate.js';
import { loadReference, type MonitorReference } from '../../../src/monitor/reference.js';
import { readDataWindow } from '../../../src/monitor/sources.js';
import { renderMonitorMarkdown } from '../../../src/monitor/markdown.js';
import { makeSeattleFixture, type SeattleFixture } from './seattle.js';
import { makePenguinsFixture, type PenguinsFixture } from './penguins.js';

let fx: SeattleFixture;
let bundle: ModelBundle;
let reference: MonitorReference;
const ctx = () => ({ bundle: { dir: bundle.dir, digest: bundle.digest }, referenceSource: 'holdout.jsonl' });

beforeAll(async () => {
  fx = await makeSeattleFixture(mkdtempSync(join(tmpdir(), 'cd4ml-monitor-unit-')));
  bundle = await readBundle(fx.bundle);
  reference = (await loadReference(bundle)).reference;
});
afterAll(() => rmSync(fx.dir, { recursive: true, force: true }));

describe('reference from the bundle', () => {
  it('is built from holdout.jsonl: the features, the predictions and the training metrics', async () => {
    const { source } = await loadReference(bundle);
    expect(source).toBe('holdout.jsonl');
    // 731 rows of 2012–2013, test-size 0.2 → 146 holdout rows (train's seeded split).
    expect(reference.rows).toBe(146);
    expect(reference.features.columns.map((c) => [c.name, c.kind])).toEqual([
      ['precipitation', 'numeric'],
      ['temp_max', 'numeric'],
      ['temp_min', 'numeric'],
      ['wind', 'numeric'],
    ]);
    expect(reference.predictions.kind).toBe('categorical');
    expect(Object.values(reference.predictions.counts!).reduce((a, b) => a + b, 0)).toBe(146);
    expect(reference.metrics.accuracy).toBe((bundle.metrics.holdout as { accuracy: number }).accuracy);
  });
});

describe('evaluateMonitor on records (data file)', () => {
  it.each([
    { name: 'summer 2015 (a later year) drifts on features and predictions', file: () => fx.shifted, drifted: true },
    { name: 'every third row of the training years does not drift', file: () => fx.unshifted, drifted: false },
  ])('$name', async ({ file, drifted }) => {
    const w = await readDataWindow(bundle, file(), { labels: 'weather' });
    const r = evaluateMonitor(reference, w, ctx());
    expect(r.drifted).toBe(drifted);
    if (drifted) {
      expect(r['drift-share']).toBeGreaterThanOrEqual(0.5);
      expect(r.reasons.some((x) => x.startsWith('feature drift'))).toBe(true);
      expect(r.reasons.some((x) => x.startsWith('prediction drift'))).toBe(true);
    } else {
      expect(r['drifted-columns']).toEqual([]);
      expect(r.reasons).toEqual([]);
    }
  });

  it('uses the drift engine: KS statistic and p-value equal scipy', async () => {
    const w = await readDataWindow(bundle, fx.shifted);
    const r = evaluateMonitor(reference, w, ctx());
    const c = r.columns.find((x) => x.column === 'temp_max')!;
    expect(c.test).toBe('ks');
    // scipy 1.10.1 ks_2samp(holdout.temp_max, summer2015.temp_max, method="exact").statistic
    expect(c.statistic).toBeCloseTo(0.6209053007742704, 12);
    expect(c.drifted).toBe(true);
    // scipy 1.10.1 ks_2samp(holdout.wind, summer2015.wind, method="exact").pvalue = 0.04300795148029803
    const wind = r.columns.find((x) => x.column === 'wind')!;
    expect(wind.pValue! / 0.04300795148029803).toBeCloseTo(1, 6);
    expect(wind.drifted).toBe(true);
  });

  it('concept drift: same inputs, labels that no longer match → live metrics decay while features do not drift', async () => {
    const w = await readDataWindow(bundle, fx.unshifted, { labels: 'weather' });
    // Relabel every other "sun" day as "rain": the world changed, the inputs did not.
    let k = 0;
    const labels = w.labels!.map((l) => (l === 'sun' && k++ % 2 === 0 ? 'rain' : l));
    const r = evaluateMonitor(reference, { ...w, labels }, ctx());
    expect(r['drifted-columns']).toEqual([]);
    expect(r.drifted).toBe(true);
    const acc = r['live-metrics'].find((m) => m.metric === 'accuracy')!;
    expect(acc.decayed).toBe(true);
    expect(acc.live).toBeLessThan(acc.training);
    expect(r.reasons.some((x) => x.startsWith('concept drift: accuracy'))).toBe(true);
  });

  it.each([
    { name: 'an empty window', rows: 0, message: /no production rows .* the window is empty.*not a "no drift" result/ },
    { name: 'fewer rows than min-rows', rows: 5, message: /only 5 production row\(s\) .* fewer than min-rows 30/ },
  ])('refuses $name (UsageError, never a false "no drift")', async ({ rows, message }) => {
    const w = await readDataWindow(bundle, fx.unshifted);
    const cut: RecordsWindow = { ...w, records: w.records.slice(0, rows), predictions: w.predictions.slice(0, rows) };
    expect(() => evaluateMonitor(reference, cut, ctx())).toThrow(UsageError);
    expect(() => evaluateMonitor(reference, cut, ctx())).toThrow(message);
  });

  it('refuses production data without any of the model features', () => {
    const w: RecordsWindow = { kind: 'records', source: { kind: 'data', location: 'x.csv' }, records: Array.from({ length: 40 }, () => ({ other: 1 })), predictions: Array(40).fill('sun') };
    expect(() => evaluateMonitor(reference, w, ctx())).toThrow(/none of the model's features/);
  });
});

describe('readDataWindow', () => {
  it('names the file and the columns when the label column is missing', async () => {
    await expect(readDataWindow(bundle, fx.shifted, { labels: 'outcome' })).rejects.toThrow(/shifted\.csv: no column "outcome" for --labels \/ input "labels"; columns are date, precipitation, temp_max, temp_min, wind, weather/);
  });

  it('keeps rows the model cannot score out of prediction drift, with a warning', async () => {
    const lines = readFileSync(fx.unshifted, 'utf8').trim().split('\n');
    const cells = lines[1].split(',');
    cells[2] = 'hot';
    lines[1] = cells.join(',');
    const file = join(fx.dir, 'one-bad.csv');
    writeFileSync(file, lines.join('\n') + '\n');
    const w = await readDataWindow(bundle, file);
    expect(w.predictions[0]).toBeNull();
    const r = evaluateMonitor(reference, w, ctx());
    expect(r.warnings).toContain('1 production row(s) could not be scored by the model (bad or missing values); they are left out of prediction drift');
    expect('drifted' in r.prediction && r.prediction.currentCount).toBe(w.records.length - 1);
  });
});

describe('compareLiveMetrics', () => {
  it('precision-style decay: relative drop against the training value (seeds: 95 % → 78 %)', () => {
    const ref: MonitorReference = { ...reference, task: 'classification', classes: ['no', 'yes'], headlineMetric: 'accuracy', metrics: { accuracy: 0.95, precision_macro: 0.95 } };
    // 100 rows, 78 right: sklearn 1.2 accuracy_score = 0.78.
    const labels = Array.from({ length: 100 }, (_, i) => (i % 2 === 0 ? 'yes' : 'no'));
    const predictions = labels.map((l, i) => (i < 22 ? (l === 'yes' ? 'no' : 'yes') : l));
    const w: RecordsWindow = { kind: 'records', source: { kind: 'data', location: 'x' }, records: [], predictions, labels };
    const { metrics } = compareLiveMetrics(ref, w, 0.05);
    const acc = metrics.find((m) => m.metric === 'accuracy')!;
    expect(acc.live).toBeCloseTo(0.78, 12);
    expect(acc.drop).toBeCloseTo((0.95 - 0.78) / 0.95, 12);
    expect(acc.decayed).toBe(true);
    // 5 % worse is allowed, 5.1 % is not.
    expect(compareLiveMetrics(ref, w, 0.18).metrics.find((m) => m.metric === 'accuracy')!.decayed).toBe(false);
  });

  it('leaves out labels the model does not know, with a warning', () => {
    const ref: MonitorReference = { ...reference, classes: ['no', 'yes'], metrics: { accuracy: 0.9 }, headlineMetric: 'accuracy' };
    const w: RecordsWindow = { kind: 'records', source: { kind: 'data', location: 'x' }, records: [], predictions: ['yes', 'no', 'yes'], labels: ['yes', 'maybe', 'yes'] };
    const r = compareLiveMetrics(ref, w, 0.05);
    expect(r.labelled).toBe(2);
    expect(r.warnings[0]).toMatch(/1 labelled row\(s\) have a label the model does not know/);
  });
});

describe('binned windows (server /metrics via Prometheus)', () => {
  it.each([
    // scipy 1.10.1 chi2_contingency([[10,20,30,5],[14,9,40,2]], correction=False) → (7.55336617405583, 0.056202985698176014)
    { name: '2 × 4 table', a: [10, 20, 30, 5], b: [14, 9, 40, 2], statistic: 7.55336617405583, pValue: 0.056202985698176014 },
    // scipy 1.10.1 chi2_contingency([[50,50],[30,70]], correction=False) → (8.333333333333334, 0.003892417122778637)
    { name: '2 × 2 table', a: [50, 50], b: [30, 70], statistic: 8.333333333333334, pValue: 0.003892417122778637 },
    // A bin empty on both sides is left out (scipy refuses a zero expected frequency).
    { name: 'with an empty bin', a: [50, 0, 50], b: [30, 0, 70], statistic: 8.333333333333334, pValue: 0.003892417122778637 },
  ])('chi-square homogeneity equals scipy: $name', ({ a, b, statistic, pValue }) => {
    const r = chiSquareHomogeneity(a, b);
    expect(r.statistic).toBeCloseTo(statistic, 10);
    expect(r.pValue / pValue).toBeCloseTo(1, 8);
  });

  it('puts reference values into the server bins (first bin whose upper edge ≥ v) and categories by value', () => {
    const numeric = { name: 'x', kind: 'numeric' as const, count: 5, missing: 0, sample: [1, 2, 2, 3, 10], sampleExact: true };
    const b = binReference(numeric, { name: 'x', counts: { '0': 0, '1': 0, '2': 0 }, upper: { '0': 2, '1': 3, '2': Infinity } });
    expect(b).toMatchObject({ kind: 'categorical', counts: { '0': 3, '1': 1, '2': 1 } });
    const cat = { name: 'c', kind: 'categorical' as const, count: 4, missing: 0, counts: { a: 2, b: 1, z: 1 } };
    expect(binReference(cat, { name: 'c', counts: { a: 0, b: 0, __other__: 0 } })).toMatchObject({ counts: { a: 2, b: 1, __other__: 1 } });
  });

  it('judges shifted bin counts as drift and reference-shaped counts as none', () => {
    const bins = (f: (typeof reference.features.columns)[number], shift: number) => {
      const sorted = [...f.sample!].sort((a, b) => a - b);
      const edges = [0.25, 0.5, 0.75].map((q) => sorted[Math.floor(q * (sorted.length - 1))]);
      const upper: Record<string, number> = { '0': edges[0], '1': edges[1], '2': edges[2], '3': Infinity };
      const counts: Record<string, number> = { '0': 0, '1': 0, '2': 0, '3': 0 };
      for (const v of f.sample!) {
        const x = v + shift;
        const k = x <= edges[0] ? '0' : x <= edges[1] ? '1' : x <= edges[2] ? '2' : '3';
        counts[k] += 2;
      }
      return { name: f.name, counts, upper };
    };
    const mk = (shift: number): BinnedWindow => ({ kind: 'binned', source: { kind: 'prometheus', location: 'http://p' }, rows: 292, features: reference.features.columns.map((c) => bins(c, shift)) });
    expect(evaluateMonitor(reference, mk(0), ctx()).drifted).toBe(false);
    const shifted = evaluateMonitor(reference, mk(8), ctx());
    expect(shifted.drifted).toBe(true);
    expect(shifted.columns.every((c) => c.test === 'chisquare')).toBe(true);
  });
});

describe('renderMonitorMarkdown', () => {
  it('shows the verdict, a row per feature and escapes names from data', async () => {
    const w = await readDataWindow(bundle, fx.shifted);
    const r = evaluateMonitor(reference, w, ctx());
    const md = renderMonitorMarkdown({ ...r, columns: r.columns.map((c, i) => (i === 0 ? { ...c, column: 'a|b<script>' } : c)) });
    expect(md).toContain('drift detected');
    expect(md).toContain('a\\|b&lt;script&gt;');
    expect(md).not.toContain('<script>');
    expect(md).toContain('```mermaid');
    expect(md.split('\n').filter((l) => l.startsWith('| ') && /\| (no|⚠️ yes) \|$/.test(l))).toHaveLength(4);
  });
});

describe('categories the training data never had (penguins: the model never saw Torgersen)', () => {
  let pf: PenguinsFixture;
  let pBundle: ModelBundle;
  let pRef: MonitorReference;
  const pCtx = () => ({ bundle: { dir: pBundle.dir, digest: pBundle.digest }, referenceSource: 'holdout.jsonl' });
  beforeAll(async () => {
    pf = await makePenguinsFixture(mkdtempSync(join(tmpdir(), 'cd4ml-monitor-penguins-')));
    pBundle = await readBundle(pf.bundle);
    pRef = (await loadReference(pBundle)).reference;
  });
  afterAll(() => rmSync(pf.dir, { recursive: true, force: true }));

  it('records: the new island is drift, named with its share, with a finite p (scipy 1.10 chi2_contingency)', async () => {
    // The holdout (train's seeded split, 59 rows) holds Biscoe 35, Dream 24.
    expect(pRef.features.columns.find((c) => c.name === 'Island')!.counts).toEqual({ Biscoe: 35, Dream: 24 });
    const r = evaluateMonitor(pRef, await readDataWindow(pBundle, pf.production), pCtx());
    const island = r.columns.find((c) => c.column === 'Island')!;
    // chi2_contingency([[35,24,0],[168,124,52]], correction=False) → (10.31186345167017, 0.005765106073666904)
    expect(island).toMatchObject({ test: 'chisquare', drifted: true, rule: 'p < 0.05, or any category the reference never had' });
    expect(island.statistic).toBeCloseTo(10.31186345167017, 10);
    expect(island.pValue! / 0.005765106073666904).toBeCloseTo(1, 8);
    expect(island.newCategories).toEqual({ distinct: 1, count: 52, share: 52 / 344, top: [{ value: 'Torgersen', count: 52, share: 52 / 344 }] });
    expect(r['drifted-columns']).toContain('Island');
    const md = renderMonitorMarkdown(r);
    expect(md).toContain('- `Island`: 1 category the reference never had, in 52 rows (15.12 %): `Torgersen` 52 (15.12 %)');
    expect(md).not.toMatch(/NaN|null/);
  });

  it('binned: the server\'s "__other__" bin holds the new island, and it is drift (scipy 1.10 chi2_contingency)', () => {
    const count = (col: string, known: string[]) => {
      const counts: Record<string, number> = Object.fromEntries([...known, '__other__'].map((k) => [k, 0]));
      for (const p of pf.rows) {
        const v = p[col];
        if (v === null || v === undefined) continue;
        const k = known.includes(String(v)) ? String(v) : '__other__';
        counts[k]++;
      }
      return { name: col, counts };
    };
    const w: BinnedWindow = { kind: 'binned', source: { kind: 'prometheus', location: 'http://p' }, rows: 344, features: [count('Island', ['Biscoe', 'Dream']), count('Sex', ['FEMALE', 'MALE'])] };
    const r = evaluateMonitor(pRef, w, pCtx());
    const island = r.columns.find((c) => c.column === 'Island')!;
    // chi2_contingency([[35,24,0],[168,124,52]], correction=False): the same table as the records path
    expect(island.statistic).toBeCloseTo(10.31186345167017, 10);
    expect(island.pValue! / 0.005765106073666904).toBeCloseTo(1, 8);
    expect(island).toMatchObject({ drifted: true, kind: 'categorical', newCategories: { distinct: 1, count: 52, top: [{ value: '__other__', count: 52 }] } });
    const sex = r.columns.find((c) => c.column === 'Sex')!;
    // chi2_contingency([[37,22,0],[168,165,1]], correction=False) → (3.203862226668905, 0.20150700915048414): not significant, but "." is new
    expect(sex.pValue! / 0.20150700915048414).toBeCloseTo(1, 8);
    expect(sex).toMatchObject({ drifted: true, newCategories: { distinct: 1, count: 1 } });
    expect(r['drift-share']).toBe(1);
    expect(r.drifted).toBe(true);
    expect(renderMonitorMarkdown(r)).toContain('- `Island`: 1 category the reference never had, in 52 rows (15.12 %): `__other__` 52 (15.12 %)');
  });

  it('binned numeric bins empty in the reference are not categories', () => {
    const col = pRef.features.columns.find((c) => c.name === 'Body Mass (g)')!;
    const w: BinnedWindow = {
      kind: 'binned',
      source: { kind: 'prometheus', location: 'http://p' },
      rows: 60,
      features: [{ name: col.name, counts: { '0': 30, '1': 29, '2': 1 }, upper: { '0': 4000, '1': 10_000, '2': Infinity } }],
    };
    const c = evaluateMonitor(pRef, w, pCtx()).columns[0];
    expect(c.kind).toBe('numeric');
    expect(c.newCategories).toBeUndefined();
    expect(c.rule).toBe('p < 0.05');
  });
});
