import { describe, expect, it } from 'vitest';
import { chooseTest, compareDrift, summarizeDataset, type DatasetSummary } from '../../../src/data/drift.js';
import { profileDataset } from '../../../src/data/profile.js';
import { seattleYears } from './seattle.js';
import { penguinsFile } from './penguins.js';

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

describe('categories the reference never had are drift (penguins: the reference lacks an island)', () => {
  // Reference: the 292 penguins of Biscoe and Dream; current: all 344 (Torgersen's 52 are new).
  const refFile = penguinsFile('biscoe-dream', (p) => p.Island !== 'Torgersen');
  const curFile = penguinsFile('all');

  it.each([
    {
      name: 'Island: a new category → chi-square test of homogeneity (scipy 1.10 chi2_contingency([[168,124,0],[168,124,52]], correction=False))',
      column: 'Island',
      statistic: 48.06976744186046,
      pValue: 3.645714258673997e-11,
      newCategories: { distinct: 1, count: 52, share: 52 / 344, top: [{ value: 'Torgersen', count: 52, share: 52 / 344 }] },
      rule: 'p < 0.05, or any category the reference never had',
    },
    {
      name: 'Species: no new category → Evidently goodness of fit, unchanged (scipy 1.10 chisquare([152,68,124], [100,68,124]·344/292))',
      column: 'Species',
      statistic: 15.09209302325581,
      pValue: 0.0005281942143789028,
      newCategories: undefined,
      rule: 'p < 0.05',
    },
  ])('$name', async ({ column, statistic, pValue, newCategories, rule }) => {
    const r = compareDrift(summarizeDataset(await profileDataset(refFile)), summarizeDataset(await profileDataset(curFile)));
    const c = r.columns.find((x) => x.column === column)!;
    expect(c).toMatchObject({ test: 'chisquare', drifted: true, rule, referenceCount: 292, currentCount: 344 });
    expect(c.statistic).toBeCloseTo(statistic, 9);
    expect(c.pValue!).toBeCloseTo(pValue, 15);
    expect(c.pValue! / pValue).toBeCloseTo(1, 9);
    expect(c.newCategories).toEqual(newCategories);
    expect(JSON.parse(JSON.stringify(c)).pValue).toBe(c.pValue);
    expect(r.driftedColumns).toContain(column);
  });

  it('a new category with a tiny share still counts as drift, whatever the test says (one "." in Sex; scipy chi2_contingency p = 0.6069848196762309, jensenshannon 0.0387120778501409)', async () => {
    const ref = summarizeDataset(await profileDataset(penguinsFile('no-dot', (p) => p.Sex !== '.')));
    const cur = summarizeDataset(await profileDataset(curFile));
    const chi = compareDrift(ref, cur).columns.find((x) => x.column === 'Sex')!;
    expect(chi.test).toBe('chisquare');
    expect(chi.pValue!).toBeCloseTo(0.6069848196762309, 12);
    expect(chi.statistic).toBeCloseTo(0.9985029940119761, 12);
    expect(chi.drifted).toBe(true);
    expect(chi.newCategories).toEqual({ distinct: 1, count: 1, share: 1 / 334, top: [{ value: '.', count: 1, share: 1 / 334 }] });
    const js = compareDrift(ref, cur, { test: 'jensenshannon' }).columns.find((x) => x.column === 'Sex')!;
    expect(js.distance!).toBeCloseTo(0.0387120778501409, 12);
    expect(js.score).toBeLessThan(js.threshold);
    expect(js.drifted).toBe(true);
    expect(js.rule).toBe('distance ≥ 0.1, or any category the reference never had');
    expect(js.newCategories?.top.map((t) => t.value)).toEqual(['.']);
    // Without the new category the same column does not drift.
    const same = compareDrift(ref, summarizeDataset(await profileDataset(penguinsFile('no-dot-2', (p) => p.Sex !== '.')))).columns.find((x) => x.column === 'Sex')!;
    expect(same).toMatchObject({ test: 'z', drifted: false, pValue: 1 });
    expect(same.newCategories).toBeUndefined();
  });

  it('lists at most 20 new categories, most frequent first, with the total count and share', () => {
    const base = { kind: 'cd4ml.dataset-summary' as const, version: 1 as const, rows: 100, sampleSize: 10, seed: 1 };
    const counts: Record<string, number> = { old: 40 };
    for (let i = 0; i < 25; i++) counts[`new${String(i).padStart(2, '0')}`] = i < 5 ? 4 : 2;
    const ref: DatasetSummary = { ...base, columns: [{ name: 'c', kind: 'categorical', count: 100, missing: 0, counts: { old: 100 } }] };
    const cur: DatasetSummary = { ...base, columns: [{ name: 'c', kind: 'categorical', count: 100, missing: 0, counts }] };
    const c = compareDrift(ref, cur, { test: 'chisquare' }).columns[0];
    expect(c.newCategories).toMatchObject({ distinct: 25, count: 60, share: 0.6 });
    expect(c.newCategories!.top).toHaveLength(20);
    expect(c.newCategories!.top.slice(0, 6).map((t) => `${t.value}:${t.count}`)).toEqual(['new00:4', 'new01:4', 'new02:4', 'new03:4', 'new04:4', 'new05:2']);
    expect(Number.isFinite(c.pValue)).toBe(true);
    expect(c.drifted).toBe(true);
  });

  it('a numeric column with few values gets a finite p when the current data has a value the reference lacks (no forced drift)', () => {
    const base = { kind: 'cd4ml.dataset-summary' as const, version: 1 as const, rows: 100, sampleSize: 10, seed: 1 };
    const ref: DatasetSummary = { ...base, columns: [{ name: 'n', kind: 'numeric', count: 90, missing: 0, counts: { 1: 30, 2: 30, 3: 30 }, sample: [], sampleExact: true }] };
    const cur: DatasetSummary = { ...base, columns: [{ name: 'n', kind: 'numeric', count: 91, missing: 0, counts: { 1: 30, 2: 30, 3: 30, 4: 1 }, sample: [], sampleExact: true }] };
    const c = compareDrift(ref, cur).columns[0];
    // scipy 1.10 chi2_contingency([[30,30,30,0],[30,30,30,1]], correction=False): 0.9945054945054943, p 0.8025814630225903
    expect(c.test).toBe('chisquare');
    expect(c.statistic).toBeCloseTo(0.9945054945054943, 12);
    expect(c.pValue!).toBeCloseTo(0.8025814630225903, 12);
    expect(c.drifted).toBe(false);
    expect(c.newCategories).toBeUndefined();
  });
});
