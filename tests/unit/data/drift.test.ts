import { describe, expect, it } from 'vitest';
import { chooseTest, compareDrift, summarizeDataset, type DatasetSummary } from '../../../src/data/drift.js';
import { profileDataset } from '../../../src/data/profile.js';
import { seattleYears } from './seattle.js';

describe("chooseTest follows Evidently's defaults", () => {
  it.each([
    { name: 'small ref, numeric, many values', kind: 'numeric' as const, ref: 1000, values: 6, test: 'ks' },
    { name: 'small ref, numeric, 3-5 values', kind: 'numeric' as const, ref: 500, values: 5, test: 'chisquare' },
    { name: 'small ref, numeric, binary', kind: 'numeric' as const, ref: 500, values: 2, test: 'z' },
    { name: 'small ref, categorical', kind: 'categorical' as const, ref: 999, values: 3, test: 'chisquare' },
    { name: 'small ref, categorical binary', kind: 'categorical' as const, ref: 10, values: 2, test: 'z' },
    { name: 'large ref, numeric', kind: 'numeric' as const, ref: 1001, values: 6, test: 'wasserstein' },
    { name: 'large ref, numeric, few values', kind: 'numeric' as const, ref: 5000, values: 5, test: 'jensenshannon' },
    { name: 'large ref, categorical', kind: 'categorical' as const, ref: 5000, values: 50, test: 'jensenshannon' },
  ])('$name → $test', ({ kind, ref, values, test }) => expect(chooseTest(kind, ref, values)).toBe(test));
});

describe('reference above 1000 rows: distances', () => {
  it('seattle 2012–2014 (1096 rows) vs 2015: normalized Wasserstein and Jensen–Shannon (scipy 1.10 values)', async () => {
    const ref = summarizeDataset(await profileDataset(seattleYears('2012', '2013', '2014')));
    const cur = summarizeDataset(await profileDataset(seattleYears('2015')));
    const r = compareDrift(ref, cur);
    const by = Object.fromEntries(r.columns.map((c) => [c.column, c]));
    // scipy wasserstein_distance(ref, cur) / np.std(ref)
    expect(by.precipitation).toMatchObject({ test: 'wasserstein', threshold: 0.1, drifted: true });
    expect(by.precipitation.distance).toBeCloseTo(0.10202991828438406, 12);
    expect(by.temp_max.distance).toBeCloseTo(0.1799936393283379, 12);
    expect(by.temp_min.distance).toBeCloseTo(0.15824746633735925, 12);
    expect(by.wind).toMatchObject({ test: 'wasserstein', drifted: false });
    expect(by.wind.distance).toBeCloseTo(0.09153627419861421, 12);
    // scipy jensenshannon(ref shares, cur shares, 2)
    expect(by.weather).toMatchObject({ test: 'jensenshannon', drifted: true, rule: 'distance ≥ 0.1' });
    expect(by.weather.distance).toBeCloseTo(0.18937753514240405, 12);
    expect(r.share).toBeCloseTo(4 / 5, 12);
  });

  it('numeric JS and PSI on Sturges bins match numpy histogram + Evidently binning (seattle 2012 vs 2015)', async () => {
    const ref = summarizeDataset(await profileDataset(seattleYears('2012')));
    const cur = summarizeDataset(await profileDataset(seattleYears('2015')));
    const js = Object.fromEntries(compareDrift(ref, cur, { test: 'jensenshannon' }).columns.map((c) => [c.column, c.distance]));
    const ps = Object.fromEntries(compareDrift(ref, cur, { test: 'psi' }).columns.map((c) => [c.column, c.distance]));
    // python: np.histogram_bin_edges(concat, bins="sturges"), np.histogram, scipy jensenshannon(base 2)
    expect(js.temp_max).toBeCloseTo(0.19783552377996777, 12);
    expect(js.precipitation).toBeCloseTo(0.12007720955052659, 12);
    expect(ps.temp_max).toBeCloseTo(0.2254636037540745, 12);
    expect(ps.wind).toBeCloseTo(0.10168802639650576, 12);
  });
});

describe('a reference summary is computed once and compared later', () => {
  it('survives JSON serialization with identical results, and a sample cap keeps it bounded', async () => {
    const ref = summarizeDataset(await profileDataset(seattleYears('2012')));
    const cur = summarizeDataset(await profileDataset(seattleYears('2015')));
    const revived = JSON.parse(JSON.stringify(ref)) as DatasetSummary;
    expect(compareDrift(revived, cur)).toEqual(compareDrift(ref, cur));

    const capped = summarizeDataset(await profileDataset(seattleYears('2012', '2013', '2014'), { sampleSize: 200, seed: 7 }));
    const temp = capped.columns.find((c) => c.name === 'temp_max')!;
    expect(temp.sample!.length).toBe(200);
    expect(temp.sampleExact).toBe(false);
    const r = compareDrift(capped, cur).columns.find((c) => c.column === 'temp_max')!;
    expect(r.sampled).toBe(true);
    // the sampled distance stays near the exact 0.1799936393283379
    expect(Math.abs(r.distance! - 0.1799936393283379)).toBeLessThan(0.06);
  });

  it('columns missing on one side or of another kind are skipped with a reason', () => {
    const base = { kind: 'cd4ml.dataset-summary' as const, version: 1 as const, rows: 3, sampleSize: 10, seed: 1 };
    const ref: DatasetSummary = {
      ...base,
      columns: [
        { name: 'a', kind: 'numeric', count: 3, missing: 0, sample: [1, 2, 3], sampleExact: true, counts: { 1: 1, 2: 1, 3: 1 } },
        { name: 'b', kind: 'categorical', count: 3, missing: 0, counts: { x: 3 } },
      ],
    };
    const cur: DatasetSummary = { ...base, columns: [{ name: 'a', kind: 'categorical', count: 3, missing: 0, counts: { u: 3 } }] };
    const r = compareDrift(ref, cur);
    expect(r.columns).toEqual([]);
    expect(r.skipped).toEqual([
      { column: 'a', reason: 'the column is numeric in the reference and categorical in the current data' },
      { column: 'b', reason: 'not in the current data' },
    ]);
    expect(r.datasetDrift).toBe(false);
  });
});
