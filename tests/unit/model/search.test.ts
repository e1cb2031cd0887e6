/**
 * Model selection core (src/model/search*.ts): the space, candidates, halving rounds, the choice,
 * shards, and a whole search through trainAndWriteBundle on scikit-learn's iris and breast-cancer
 * CSVs (Debian python3-sklearn). Bad input: every case exits 2 naming the input and the fix.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/errors.js';
import { enumerateCandidates, gridSize, halvingSchedule, readSearchSpace, selectBest, shardOf, parseShard, type CandidateResult } from '../../../src/model/search.js';
import { trainStage } from '../../../src/config/sections/train.js';
import { readFlags, readInputs } from '../../../src/config/options.js';
import { resolveTrainSettings } from '../../../src/model/settings.js';
import { trainAndWriteBundle, type TrainSettings } from '../../../src/model/train.js';
import { sklearnData } from '../../helpers/paths.js';

const dir = mkdtempSync(join(tmpdir(), 'cd4ml-search-'));

/** sklearn's bundled CSVs start with "n_samples,n_features,class names": give them a header. */
function sklearnCsv(name: string, nFeatures: number): string {
  const text = readFileSync(sklearnData(name), 'utf8').split('\n').slice(1).filter(Boolean);
  const header = [...Array.from({ length: nFeatures }, (_, i) => `x${i}`), 'target'].join(',');
  const out = join(dir, name);
  writeFileSync(out, [header, ...text].join('\n') + '\n');
  return out;
}
const iris = sklearnCsv('iris.csv', 4);

function settings(extra: Record<string, unknown>): TrainSettings {
  return resolveTrainSettings({ data: iris, target: 'target', out: join(dir, `out-${Math.random().toString(36).slice(2)}`), ...extra } as never);
}
const ctx = { timestamp: '2026-01-01T00:00:00.000Z', toolVersion: 'test' };

function result(index: number, mean: number, std: number, depth: number, nodes: number): CandidateResult {
  return { index, params: { 'max-depth': depth }, iteration: 0, resources: 100, fold_scores: [mean - std, mean + std, mean - std, mean + std], mean, std, train_mean: 1, nodes, depth, fit_time_ms: null };
}

describe('search space', () => {
  it('reads lists from the CLI flag (repeated) and the input (multi-line) alike, keys sorted like sklearn ParameterGrid', () => {
    const flags = readFlags(trainStage, { search: ['min-num-samples=1,5,20', 'max-depth=2,4,6'] });
    const inputs = readInputs(trainStage, (n) => (n === 'search' ? 'max-depth=2,4,6\nmin-num-samples=1,5,20' : ''));
    expect(flags.search).toEqual({ 'min-num-samples': '1,5,20', 'max-depth': '2,4,6' });
    const a = readSearchSpace(flags.search!);
    const b = readSearchSpace(inputs.search!);
    expect(a).toEqual(b);
    expect(a.map(([n]) => n)).toEqual(['max-depth', 'min-num-samples']);
    expect(gridSize(a)).toBe(9);
    const grid = enumerateCandidates(a, 'grid', 10, 42);
    // sklearn ParameterGrid order: last key fastest.
    expect(grid.slice(0, 4)).toEqual([
      { 'max-depth': 2, 'min-num-samples': 1 },
      { 'max-depth': 2, 'min-num-samples': 5 },
      { 'max-depth': 2, 'min-num-samples': 20 },
      { 'max-depth': 4, 'min-num-samples': 1 },
    ]);
  });

  it('samples ranges for random search, reproducibly from the seed and inside the range', () => {
    const space = readSearchSpace({ 'max-depth': 'int 2..16', 'gain-threshold': 'log 0.0001..0.1', model: ['tree'] });
    const a = enumerateCandidates(space, 'random', 25, 7);
    expect(a).toEqual(enumerateCandidates(space, 'random', 25, 7));
    expect(a).not.toEqual(enumerateCandidates(space, 'random', 25, 8));
    expect(a).toHaveLength(25);
    for (const c of a) {
      expect(Number.isInteger(c['max-depth'])).toBe(true);
      expect(c['max-depth']).toBeGreaterThanOrEqual(2);
      expect(c['max-depth']).toBeLessThanOrEqual(16);
      expect(c['gain-threshold']).toBeGreaterThanOrEqual(0.0001);
      expect(c['gain-threshold']).toBeLessThanOrEqual(0.1);
    }
    // Lists only: sampled without replacement from the grid.
    const lists = enumerateCandidates(readSearchSpace({ 'max-depth': [1, 2, 3, 4, 5, 6] }), 'random', 4, 1);
    expect(new Set(lists.map((c) => c['max-depth'])).size).toBe(4);
  });

  it.each([
    // Reference: sklearn 1.2.1 HalvingGridSearchCV(factor=3, min_resources='exhaust', cv=5) on binary y, printed n_resources_ / n_candidates_
    { name: '24 candidates, 1000 rows', c: 24, rows: 1000, min: 20, resources: [111, 333, 999], keep: [24, 8, 3] },
    { name: '9 candidates, 455 rows', c: 9, rows: 455, min: 20, resources: [50, 150, 450], keep: [9, 3, 1] },
    { name: '24 candidates, 160,000 rows', c: 24, rows: 160000, min: 20, resources: [17777, 53331, 159993], keep: [24, 8, 3] },
  ])('halving schedule: $name', ({ c, rows, min, resources, keep }) => {
    const s = halvingSchedule(c, rows, min);
    expect(s.map((r) => r.resources)).toEqual(resources);
    expect(s.map((r) => r.keep)).toEqual(keep);
  });

  it('shards are a deterministic partition of the candidates', () => {
    const n = 23;
    const all = [1, 2, 3, 4].flatMap((i) => shardOf(n, { index: i, count: 4 }));
    expect(all.sort((a, b) => a - b)).toEqual(Array.from({ length: n }, (_, i) => i));
    expect(shardOf(n, parseShard('2/8'))).toEqual([1, 9, 17]);
  });
});

describe('choice', () => {
  it.each([
    { name: 'best mean wins', rs: [result(0, 0.9, 0.01, 3, 7), result(1, 0.95, 0.01, 5, 19)], oneSe: false, want: 1 },
    { name: 'a tie goes to the shallower model', rs: [result(0, 0.95, 0.01, 5, 19), result(1, 0.95, 0.01, 3, 7)], oneSe: false, want: 1 },
    { name: 'a tie at equal depth goes to fewer nodes', rs: [result(0, 0.95, 0.01, 3, 9), result(1, 0.95, 0.01, 3, 7)], oneSe: false, want: 1 },
    // best 0.95, std 0.04 over 4 folds: se 0.02; 0.935 is within, depth 2 is simpler
    { name: 'one-se picks the simplest within one standard error', rs: [result(0, 0.95, 0.04, 6, 30), result(1, 0.935, 0.01, 2, 5), result(2, 0.9, 0.01, 1, 3)], oneSe: true, want: 1 },
  ])('$name', ({ rs, oneSe, want }) => {
    expect(selectBest(rs, true, oneSe).index).toBe(want);
  });

  it('lower-is-better metrics (rmse) pick the smallest mean', () => {
    expect(selectBest([result(0, 2.0, 0.1, 3, 7), result(1, 1.5, 0.1, 4, 9)], false, false).index).toBe(1);
  });
});

describe('a search through train', () => {
  it('chooses by CV on the training split, refits, and records every candidate in metrics.json and params.json', async () => {
    const s = settings({ search: { 'max-depth': [1, 2, 3, 4], 'min-num-samples': [1, 5] }, 'cv-folds': 5 });
    const r = await trainAndWriteBundle(s, ctx);
    const metrics = JSON.parse(readFileSync(join(s.out, 'metrics.json'), 'utf8'));
    const params = JSON.parse(readFileSync(join(s.out, 'params.json'), 'utf8'));
    expect(metrics.search.candidates).toHaveLength(8);
    expect(metrics.search.method).toBe('grid');
    for (const c of metrics.search.candidates) {
      expect(c.fold_scores).toHaveLength(5);
      expect(c.mean).toBeCloseTo(c.fold_scores.reduce((a: number, b: number) => a + b, 0) / 5, 12);
      expect(c.nodes).toBeGreaterThan(0);
      expect(c.fit_time_ms).toBeNull();
    }
    // Depth 1 cannot separate three classes: its CV accuracy is at most 2/3.
    expect(metrics.search.candidates[0].mean).toBeLessThan(0.7);
    const best = metrics.search.best;
    const max = Math.max(...metrics.search.candidates.map((c: { mean: number }) => c.mean));
    expect(best.mean).toBe(max);
    expect(params['max-depth']).toBe(best.params['max-depth']);
    expect(params['min-num-samples']).toBe(best.params['min-num-samples']);
    expect(params.search.candidates).toHaveLength(8);
    expect(params.search.chosen).toEqual(best.params);
    // The holdout is scored as today: the headline is the refit winner's holdout accuracy.
    expect(r.headline.value).toBe(metrics.holdout.accuracy);
    expect(metrics.holdout.n).toBe(30);
    expect(metrics.cross_validation.accuracy.mean).toBe(best.mean);
    // The model card (and so the job summary) shows the search.
    const card = readFileSync(join(s.out, 'MODEL_CARD.md'), 'utf8');
    expect(card).toContain('## Model selection');
    expect(card).toContain(`**max-depth = ${best.params['max-depth']}**`);
    expect(card).toContain('x-axis "max-depth" ["1", "2", "3", "4"]');
    expect(r.summary).toContain('## Model selection');
  });

  it('a hyperparameter given a value (cd4ml.yml, flag, input) is pinned: the search varies the others', async () => {
    const s = settings({ search: { 'max-depth': [2, 3, 4], 'min-num-samples': [1, 10] }, 'max-depth': 1 });
    await trainAndWriteBundle(s, ctx);
    const m = JSON.parse(readFileSync(join(s.out, 'metrics.json'), 'utf8'));
    expect(m.search.candidates.map((c: { params: object }) => c.params)).toEqual([{ 'min-num-samples': 1 }, { 'min-num-samples': 10 }]);
    expect(m.search.pinned).toEqual({ 'max-depth': 1 });
    expect(m.model.depth).toBe(1);
    expect(readFileSync(join(s.out, 'MODEL_CARD.md'), 'utf8')).toContain('Fixed by a value given alongside the search: max-depth = 1.');
    await expect(trainAndWriteBundle(settings({ search: { 'max-depth': [2, 3] }, 'max-depth': 1 }), ctx)).rejects.toThrow(/every searched hyperparameter \(max-depth\) is also given a value/);
  });

  it('fit times come from the injected clock', async () => {
    let t = 0;
    const s = settings({ search: { 'max-depth': [2, 3] } });
    await trainAndWriteBundle(s, { ...ctx, now: () => (t += 1) });
    const metrics = JSON.parse(readFileSync(join(s.out, 'metrics.json'), 'utf8'));
    // 5 folds (the default with a search). Depths 2 and 3 share one grown tree per fold
    // (search-prune.ts): one clock tick per fold for both, split evenly, 5 × 1/2 = 2.5 → 3 ms each.
    expect(metrics.search.candidates.map((c: { fit_time_ms: number }) => c.fit_time_ms)).toEqual([3, 3]);
    expect(metrics.search.cv_folds).toBe(5);
  });

  it('halving keeps a third of the candidates per round and picks from the last', async () => {
    const bc = sklearnCsv('breast_cancer.csv', 30);
    const s = resolveTrainSettings({ data: bc, target: 'target', out: join(dir, 'halving'), search: { 'max-depth': [1, 2, 3, 4, 5, 6, 8, 10, 12] }, 'search-method': 'halving' } as never);
    await trainAndWriteBundle(s, ctx);
    const m = JSON.parse(readFileSync(join(s.out, 'metrics.json'), 'utf8'));
    // 455 training rows, 9 candidates: sklearn 1.2.1 gives n_resources_ [50, 150, 450], n_candidates_ [9, 3, 1].
    expect(m.search.rounds).toEqual([
      { iteration: 0, resources: 50, candidates: 9 },
      { iteration: 1, resources: 150, candidates: 3 },
      { iteration: 2, resources: 450, candidates: 1 },
    ]);
    expect(m.search.candidates).toHaveLength(13);
    const r1 = m.search.candidates.filter((c: { iteration: number }) => c.iteration === 1);
    const top = [...r1].sort((a: { mean: number; depth: number; nodes: number; index: number }, b: typeof a) => b.mean - a.mean || a.depth - b.depth || a.nodes - b.nodes || a.index - b.index)[0];
    expect(m.search.best.index).toBe(top.index);
  });

  it('4 shards merged give byte-identical model.json and metrics.json to the unsharded run', async () => {
    const base = { search: { 'max-depth': [2, 3, 4, 5], 'min-num-samples': [1, 10] } };
    const whole = settings(base);
    await trainAndWriteBundle(whole, ctx);
    const dirs: string[] = [];
    for (let i = 1; i <= 4; i++) {
      const sh = settings({ ...base, shard: `${i}/4` });
      const r = await trainAndWriteBundle(sh, ctx);
      expect(r.shard).toEqual({ index: i, count: 4, evaluated: 2, candidates: 8 });
      dirs.push(sh.out);
    }
    const merged = settings({ ...base, 'merge-search': dirs });
    await trainAndWriteBundle(merged, ctx);
    for (const f of ['model.json', 'metrics.json', 'params.json']) expect(readFileSync(join(merged.out, f), 'utf8')).toBe(readFileSync(join(whole.out, f), 'utf8'));
    // A missing shard is refused, naming it.
    await expect(trainAndWriteBundle(settings({ ...base, 'merge-search': dirs.slice(0, 3) }), ctx)).rejects.toThrow(/shard 4\/4 missing/);
    // Shards of another search are refused.
    await expect(trainAndWriteBundle(settings({ search: { 'max-depth': [2, 3, 4, 6], 'min-num-samples': [1, 10] }, 'merge-search': dirs }), ctx)).rejects.toThrow(/written for other data or settings/);
  });
});

describe('shared fold work', () => {
  it('histogram bins made once per fold give the same trees as binning per fit', async () => {
    const { growModel, preprocessTrain } = await import('../../../src/model/train.js');
    const { trainRowsOf } = await import('../../../src/model/train.js');
    const { readColumns } = await import('../../../src/data/table.js');
    const bc = sklearnCsv('breast_cancer.csv', 30);
    const t = await readColumns(bc, { text: ['target'] });
    const s = resolveTrainSettings({ data: bc, target: 'target', 'split-search': 'histogram' } as never);
    const { spec, X, y } = preprocessTrain(s, 'classification', ['0', '1'], t.names.filter((c) => c !== 'target'), trainRowsOf(t, 'target', 'classification', ['0', '1']), bc);
    const shared = {};
    for (const depth of [2, 5, 9]) {
      const sd = { ...s, maxDepth: depth };
      const a = growModel(sd, 'classification', ['0', '1'], spec, X, y, shared);
      const b = growModel(sd, 'classification', ['0', '1'], spec, X, y);
      expect(JSON.stringify(a.model)).toBe(JSON.stringify(b.model));
      expect(a.nodes).toBeGreaterThan(2);
    }
    expect((shared as { binned?: unknown }).binned).toBeDefined();
  });
});

describe('a round\'s fold data, made once per fold in shared memory', () => {
  /** The job trainAndWriteBundle makes for a search (its training split: seeded holdout 0.2). */
  async function jobOf(file: string, extra: Record<string, unknown> = {}) {
    const { readColumns, cellText } = await import('../../../src/data/table.js');
    const { holdoutSplit, pickRows, trainRowsOf } = await import('../../../src/model/train.js');
    const { createRng } = await import('../../../src/model/rng.js');
    const t = await readColumns(file, { text: ['target'] });
    const tcol = t.columns[t.names.indexOf('target')];
    const labels = Array.from({ length: t.n }, (_, r) => cellText(tcol, r)!.trim());
    const classes = [...new Set(labels)].sort();
    const split = holdoutSplit(labels, labels.length, 0.2, createRng(42));
    const s = resolveTrainSettings({ data: file, target: 'target', ...extra } as never);
    const features = t.names.filter((c) => c !== 'target');
    const all = trainRowsOf(t, 'target', 'classification', classes);
    expect(all.idx.length).toBe(t.n);
    return { settings: s, task: 'classification' as const, classes, features, train: pickRows(all, split.train), folds: 5, metric: 'accuracy' };
  }

  it.each([
    { name: 'numeric table without missing cells (parsed once, folds gathered by row index), histogram: bins only', missing: false, split: 'histogram', resources: 0 },
    { name: 'missing cells (preprocessing fitted per fold, imputed with the fold median), exact: columns', missing: true, split: 'exact', resources: 0 },
    { name: 'a halving round of 200 rows, exact trainer', missing: false, split: 'exact', resources: 200 },
  ])('$name: every fold equals preprocessTrain on that fold, in SharedArrayBuffers', async ({ missing, split, resources }) => {
    const { prepareRound, roundRows, foldAssignment, foldDataOf, numericTableOf } = await import('../../../src/model/search-eval.js');
    const { preprocessTrain, transformOrThrow, pickRows, targetOf } = await import('../../../src/model/train.js');
    const { cellText } = await import('../../../src/data/table.js');
    const { binColumns } = await import('../../../src/model/hist.js');
    let file = sklearnCsv('breast_cancer.csv', 30);
    if (missing) {
      // Blank x3 on lines 10..19: the column has missing values, so each fold imputes them.
      const lines = readFileSync(file, 'utf8').split('\n');
      for (let l = 10; l < 20; l++) {
        const cells = lines[l].split(',');
        cells[3] = '';
        lines[l] = cells.join(',');
      }
      file = join(dir, 'bc-missing.csv');
      writeFileSync(file, lines.join('\n'));
    }
    const job = await jobOf(file, { 'split-search': split });
    const n = resources || job.train.idx.length;
    const round = prepareRound(job, [{ index: 0, params: {}, iteration: 0, resources: n }]);
    const rows = pickRows(job.train, roundRows(job.train.idx.length, n, 42));
    const fold = foldAssignment(job, rows);
    expect(round.rows).toBe(rows.idx.length);
    // A numeric table without missing cells is parsed once and each fold gathered from it (on
    // whichever thread evaluates it); a table with missing cells is preprocessed per fold here.
    expect(round.numeric !== undefined).toBe(!missing);
    expect(round.byEncoding !== undefined).toBe(missing);
    const folds = Array.from({ length: round.folds }, (_, f) => foldDataOf(round, numericTableOf(job), 'one-hot', f));
    expect(folds).toHaveLength(5);
    let imputed = 0;
    const x3 = rows.table.columns[rows.table.names.indexOf('x3')];
    const blank = Array.from(rows.idx).findIndex((r) => cellText(x3, r) === null);
    if (missing) expect(blank).toBeGreaterThanOrEqual(0);
    for (let f = 0; f < 5; f++) {
      const tr: number[] = [];
      const va: number[] = [];
      fold.forEach((g, i) => (g === f ? va : tr).push(i));
      const ref = preprocessTrain(job.settings, 'classification', job.classes, job.features, pickRows(rows, tr), file);
      const d = folds[f];
      // A histogram tree scored on accuracy needs only the bins; the exact trainer the columns.
      if (split === 'histogram') expect(d.X).toBeUndefined();
      else {
        expect(d.X).toHaveLength(30);
        for (let c = 0; c < 30; c++) {
          expect(Array.from(d.X![c])).toEqual(Array.from(ref.X[c]));
          expect(d.X![c].buffer).toBeInstanceOf(SharedArrayBuffer);
        }
      }
      expect(d.Xv[0].buffer).toBeInstanceOf(SharedArrayBuffer);
      expect(Array.from(d.y)).toEqual(Array.from(ref.y));
      const Xv = transformOrThrow(ref.spec, pickRows(rows, va), file);
      for (let c = 0; c < 30; c++) expect(Array.from(d.Xv[c])).toEqual(Array.from(Xv[c]));
      expect(Array.from(d.yv)).toEqual(Array.from(targetOf(pickRows(rows, va))));
      if (split === 'histogram') {
        expect(d.binned!.binned.buffer).toBeInstanceOf(SharedArrayBuffer);
        expect(Array.from(d.binned!.binned)).toEqual(Array.from(binColumns(ref.X).binned));
      } else expect(d.binned).toBeUndefined();
      if (missing && fold[blank] !== f) {
        expect(d.X![3][tr.indexOf(blank)]).toBe(ref.spec.columns[3].fill);
        imputed++;
      }
    }
    // A blanked row is in the training part of 4 of the 5 folds, filled there with that fold's median.
    if (missing) expect(imputed).toBe(4);
  });

  it.each([
    // 170,000 rows: a fold's 136,000 training rows are more than binCuts samples (every 2nd row).
    { name: 'continuous values, sampled cuts (136,000 training rows per fold)', n: 170_000, distinct: 0 },
    { name: 'few distinct values with ties and −0 (cuts at every midpoint)', n: 5_000, distinct: 40 },
    { name: 'continuous values, every row in the sample', n: 20_000, distinct: 0 },
  ])('bins from the columns\' sorted order equal binColumns on the gathered fold: $name', async ({ n, distinct }) => {
    const { prepareFold, sortRoundColumn } = await import('../../../src/model/search-eval.js');
    const { binColumns } = await import('../../../src/model/hist.js');
    const { createRng } = await import('../../../src/model/rng.js');
    const rng = createRng(n);
    const shared = (len: number) => new Float64Array(new SharedArrayBuffer(len * 8));
    const X = [0, 1, 2].map(() => {
      const c = shared(n);
      for (let i = 0; i < n; i++) c[i] = distinct ? (rng.int(distinct) - distinct / 2) * 0.5 || (i % 2 ? -0 : 0) : rng.next() * 200 - 100;
      return c;
    });
    const y = new Int32Array(new SharedArrayBuffer(n * 4)).map((_, i) => i % 3);
    const table = { X, y };
    // A halving round of 4/5 of the rows, 5 folds.
    const rowIdx = Int32Array.from({ length: n }, (_, i) => i).filter((i) => i % 5 !== 2);
    const fold = Int32Array.from(rowIdx, () => rng.int(5));
    const sorted = X.map((_, c) => sortRoundColumn(table, { rowIdx, fold }, c));
    const needs = { 'one-hot': { bins: true, X: false } };
    for (let f = 0; f < 5; f++) {
      const viaSort = prepareFold(table, { rowIdx, fold }, needs, f, sorted);
      const direct = prepareFold(table, { rowIdx, fold }, needs, f);
      const trIdx = rowIdx.filter((_, i) => fold[i] !== f);
      const want = binColumns(X.map((c) => Float64Array.from(trIdx, (r) => c[r])));
      expect(viaSort.X).toBeUndefined();
      expect(viaSort.binned!.binned.buffer).toBeInstanceOf(SharedArrayBuffer);
      expect(Buffer.from(viaSort.binned!.binned).equals(Buffer.from(want.binned))).toBe(true);
      expect(Buffer.from(direct.binned!.binned).equals(Buffer.from(want.binned))).toBe(true);
      expect(viaSort.binned!.cuts.map((c) => Array.from(c))).toEqual(want.cuts.map((c) => Array.from(c)));
      expect(want.cuts[0].length).toBe(distinct ? distinct - 1 : 255);
      expect(Array.from(viaSort.y)).toEqual(Array.from(trIdx, (r) => y[r]));
      expect(Array.from(viaSort.Xv[1])).toEqual(Array.from(rowIdx.filter((_, i) => fold[i] === f), (r) => X[1][r]));
    }
  });

  it('a histogram tree predicts its training rows from their bins exactly as from their values', async () => {
    const { predictBinned } = await import('../../../src/model/search-eval.js');
    const { growModel, preprocessTrain } = await import('../../../src/model/train.js');
    const { compileModel, predictFeatureColumns } = await import('../../../src/model/bundle.js');
    const { binColumns } = await import('../../../src/model/hist.js');
    const { readColumns } = await import('../../../src/data/table.js');
    const { trainRowsOf } = await import('../../../src/model/train.js');
    const bc = sklearnCsv('breast_cancer.csv', 30);
    for (const task of ['classification', 'regression'] as const) {
      const target = task === 'classification' ? 'target' : 'x0';
      const classes = task === 'classification' ? ['0', '1'] : undefined;
      const s = resolveTrainSettings({ data: bc, target, 'split-search': 'histogram' } as never);
      const t = await readColumns(bc, { text: task === 'classification' ? [target] : [] });
      const { spec, X, y } = preprocessTrain(s, task, classes, t.names.filter((c) => c !== target), trainRowsOf(t, target, task, classes), bc);
      const bins = binColumns(X, 16); // few bins: many rows share a bin, thresholds are cuts
      for (const depth of [1, 4, 12]) {
        const fit = growModel({ ...s, maxDepth: depth, minNumSamples: 1 }, task, classes, spec, X, y, { binned: bins });
        const want = predictFeatureColumns(compileModel(fit.model, classes?.length), X, y.length).predictions;
        expect(Array.from(predictBinned(fit.model, bins, y.length, classes?.length))).toEqual(Array.from(want));
        expect(fit.nodes).toBeGreaterThan(depth === 1 ? 2 : 6);
      }
    }
  });
});

describe('the search scores one metric directly', () => {
  it.each([
    { name: 'accuracy (iris, 3 classes)', file: () => iris, task: 'classification' as const, metric: 'accuracy' },
    { name: 'rmse (breast cancer feature 0 as a regression target)', file: () => sklearnCsv('breast_cancer.csv', 30), task: 'regression' as const, metric: 'rmse' },
    { name: 'mae', file: () => sklearnCsv('breast_cancer.csv', 30), task: 'regression' as const, metric: 'mae' },
    { name: 'r2', file: () => sklearnCsv('breast_cancer.csv', 30), task: 'regression' as const, metric: 'r2' },
  ])('$name equals metrics.ts bit for bit', async ({ file, task, metric }) => {
    const { growModel, preprocessTrain, scoreColumns } = await import('../../../src/model/train.js');
    const { scoreOne } = await import('../../../src/model/search-eval.js');
    const { trainRowsOf } = await import('../../../src/model/train.js');
    const { readColumns } = await import('../../../src/data/table.js');
    const f = file();
    const target = task === 'classification' ? 'target' : 'x0';
    const t = await readColumns(f, { text: [target] });
    const classes = task === 'classification' ? ['0', '1', '2'] : undefined;
    const s = resolveTrainSettings({ data: f, target, 'max-depth': 3 } as never);
    const { spec, X, y } = preprocessTrain(s, task, classes, t.names.filter((c) => c !== target), trainRowsOf(t, target, task, classes), f);
    const fit = growModel(s, task, classes, spec, X, y);
    const full = scoreColumns(task, classes, fit.model, X, y) as unknown as Record<string, number>;
    expect(scoreOne({ task, classes, metric }, fit.model, X, y)).toBe(full[metric]);
    expect(full[metric]).toBeGreaterThan(0);
  });
});

describe('bad input exits 2 naming the input and the fix', () => {
  it.each([
    { name: 'unknown hyperparameter', extra: { search: { 'max-deph': [2, 4] } }, msg: /unknown hyperparameter "max-deph"; searchable are max-depth, .*fix it in train.search/ },
    { name: 'empty list', extra: { search: { 'max-depth': [] } }, msg: /search "max-depth": empty list of values.*fix it in train.search/ },
    { name: 'empty list from the flag', extra: { search: { 'max-depth': '' } }, msg: /search "max-depth": empty list/ },
    { name: 'value out of the trainer\'s range', extra: { search: { 'max-depth': [2, 100] } }, msg: /search "max-depth": value 100 is not valid, max-depth must be an integer in \[1, 64\]/ },
    { name: 'bad range: low above high', extra: { search: { 'max-depth': 'int 16..2' } }, msg: /bad range "int 16..2" \(low 16 is not below high 2\); write "int 2..16"/ },
    { name: 'bad range: not numbers', extra: { search: { 'gain-threshold': 'log a..b' } }, msg: /bad range "log a..b"/ },
    { name: 'bad range: log from 0', extra: { search: { 'gain-threshold': 'log 0..0.1' }, 'search-method': 'random' }, msg: /log bounds must be above 0/ },
    { name: 'range in a grid', extra: { search: { 'max-depth': 'int 2..16' } }, msg: /a range can only be sampled; set search-method to random/ },
    {
      name: 'grid over 10,000 candidates',
      extra: { search: { 'max-depth': Array.from({ length: 30 }, (_, i) => i + 1), 'min-num-samples': Array.from({ length: 30 }, (_, i) => i), 'gain-threshold': [0, 0.001, 0.01, 0.02, 0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7] } },
      msg: /the grid has 10800 candidates, more than 10000; set search-method to random with search-trials/,
    },
    { name: 'search without folds', extra: { search: { 'max-depth': [2, 3] }, 'cv-folds': 0 }, msg: /a search selects on cross-validation folds; cv-folds is 0: set cv-folds to 2 or more/ },
    { name: 'search with test-data but no folds', extra: { search: { 'max-depth': [2, 3] }, 'cv-folds': 0, 'test-data': iris }, msg: /a search with test-data still selects on folds of the training data.*set cv-folds to 2 or more/ },
    // iris: 40 training rows per class after the stratified holdout
    { name: 'more folds than the smallest class has rows', extra: { search: { 'max-depth': [2, 3] }, 'cv-folds': 45 }, msg: /cv-folds is 45 but class "0" has only 40 training rows.*lower cv-folds to 40/ },
    { name: 'halving cannot be sharded', extra: { search: { 'max-depth': [2, 3] }, 'search-method': 'halving', shard: '1/2' }, msg: /halving .* cannot be sharded/ },
    { name: 'bad shard', extra: { search: { 'max-depth': [2, 3] }, shard: '3/2' }, msg: /shard must be I\/N with 1 <= I <= N/ },
  ])('$name', async ({ extra, msg }) => {
    const err = await trainAndWriteBundle(settings(extra), ctx).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(UsageError);
    expect((err as Error).message).toMatch(msg);
  });

  it('a NAME=VALUES line without "=" is refused at the flag', () => {
    expect(() => readFlags(trainStage, { search: ['max-depth'] })).toThrow(/--search must be NAME=VALUES lines, e.g. max-depth=2,4,6, got "max-depth"/);
  });
});
