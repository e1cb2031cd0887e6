/**
 * One tree grown per fold for every candidate that differs only in max-depth, min-num-samples and
 * gain-threshold (src/model/search-prune.ts): each candidate's tree cut from the covering tree must
 * be the tree the trainer grows for that candidate alone, every array bit for bit, for both
 * trainers (exact cart.ts, histogram hist.ts) and both tasks. Reference: the trainers themselves.
 */
import { describe, expect, it } from 'vitest';
import { trainTree, type CartOptions, type FittedTree, type TrainingData } from '../../../src/model/cart.js';
import { trainTreeHist, binColumns } from '../../../src/model/hist.js';
import { coveringOptions, pruneTree } from '../../../src/model/search-prune.js';
import { createRng } from '../../../src/model/rng.js';

function data(task: 'classification' | 'regression', n: number, seed: number, ties: boolean): TrainingData {
  const rng = createRng(seed);
  // ties: few distinct values per feature (ml-cart's tie rules and equal gains come into play).
  const cols = [0, 1, 2, 3, 4].map(() => Float64Array.from({ length: n }, () => (ties ? rng.int(12) : rng.next() * 10 - 5)));
  const noise = () => rng.next();
  if (task === 'classification') {
    const y = Int32Array.from({ length: n }, (_, i) => (cols[0][i] + cols[1][i] * cols[2][i] * 0.1 + noise() * 4 > (ties ? 8 : 1) ? (noise() < 0.5 ? 2 : 1) : 0));
    return { task, columns: cols, y, nClasses: 3 };
  }
  const y = Float64Array.from({ length: n }, (_, i) => cols[0][i] * 2 + Math.sin(cols[1][i]) + noise());
  return { task, columns: cols, y };
}

const arrays = (t: FittedTree) => ({
  nodeCount: t.nodeCount,
  feature: Array.from(t.feature),
  threshold: Array.from(t.threshold),
  left: Array.from(t.left),
  right: Array.from(t.right),
  gain: Array.from(t.gain),
  samples: Array.from(t.samples),
  impurity: Array.from(t.impurity),
  value: Array.from(t.value),
  distLength: Array.from(t.distLength),
});

const GRID: CartOptions[] = [];
for (const maxDepth of [1, 2, 4, 7, 30]) for (const minNumSamples of [1, 3, 10, 60]) for (const gainThreshold of [0, 0.001, 0.02]) GRID.push({ maxDepth, minNumSamples, gainThreshold });

describe('a candidate\'s tree cut from the covering tree', () => {
  it.each([
    { name: 'exact, classification, continuous', task: 'classification' as const, trainer: 'exact', ties: false, n: 600 },
    { name: 'exact, classification, ties', task: 'classification' as const, trainer: 'exact', ties: true, n: 600 },
    { name: 'exact, regression, continuous', task: 'regression' as const, trainer: 'exact', ties: false, n: 500 },
    { name: 'exact, regression, ties', task: 'regression' as const, trainer: 'exact', ties: true, n: 500 },
    { name: 'histogram, classification (nodes above and below the 64-row histogram limit)', task: 'classification' as const, trainer: 'histogram', ties: false, n: 3000 },
    { name: 'histogram, regression', task: 'regression' as const, trainer: 'histogram', ties: false, n: 3000 },
    { name: 'histogram, classification, ties', task: 'classification' as const, trainer: 'histogram', ties: true, n: 3000 },
  ])('$name: equals the tree grown alone, for 60 settings', ({ task, trainer, ties, n }) => {
    const d = data(task, n, n + (ties ? 1 : 0), ties);
    const bins = binColumns(d.columns);
    const grow = (o: CartOptions, internal = false) => (trainer === 'exact' ? trainTree(d, o, internal) : trainTreeHist(d, o, 256, bins, internal));
    const big = grow(coveringOptions(GRID), true);
    expect(big.nodeCount).toBeGreaterThan(60);
    let cut = 0;
    for (const o of GRID) {
      const alone = grow(o);
      const pruned = pruneTree(big, o);
      expect(arrays(pruned), JSON.stringify(o)).toEqual(arrays(alone));
      if (pruned.nodeCount < big.nodeCount) cut++;
    }
    // Most settings really cut the covering tree (the test compares more than the covering tree itself).
    expect(cut).toBeGreaterThan(GRID.length / 2);
  });

  it('without internalValues the trainers write the same tree as before (split nodes carry no values)', () => {
    const d = data('classification', 800, 3, false);
    const o = { maxDepth: 5, minNumSamples: 3, gainThreshold: 0 };
    const plain = trainTree(d, o);
    const internal = trainTree(d, o, true);
    expect(Array.from(plain.feature)).toEqual(Array.from(internal.feature));
    for (let i = 0; i < plain.nodeCount; i++) {
      if (plain.feature[i] >= 0) {
        expect(plain.distLength[i]).toBe(0);
        expect(internal.distLength[i]).toBeGreaterThan(0);
      } else expect(internal.distLength[i]).toBe(plain.distLength[i]);
    }
  });

  it('a histogram classifier\'s training accuracy read from its leaves equals scoring its training rows', async () => {
    const { predictBinned, trainingAccuracy } = await import('../../../src/model/search-eval.js');
    const { toMlCartModel } = await import('../../../src/model/mlcart.js');
    for (const [nClasses, n] of [[3, 3000], [2, 5000]] as const) {
      const d = data('classification', n, 11 + nClasses, false);
      const y = nClasses === 2 ? Int32Array.from(d.y, (v) => (v > 0 ? 1 : 0)) : (d.y as Int32Array);
      const two = { ...d, y, nClasses };
      const bins = binColumns(two.columns);
      const big = trainTreeHist(two, coveringOptions(GRID), 256, bins, true);
      const seen = new Set<number>();
      for (const o of GRID) {
        const tree = pruneTree(big, o);
        const predicted = predictBinned(toMlCartModel(tree, o), bins, n, nClasses);
        let right = 0;
        for (let i = 0; i < n; i++) if (predicted[i] === y[i]) right++;
        expect(trainingAccuracy(tree)).toBe(right / n);
        seen.add(right);
      }
      // The settings give trees of many different training accuracies (a depth-1 stump to a deep tree).
      expect(seen.size).toBeGreaterThan(5);
    }
  });

  it.each([
    { name: 'exact, classification', task: 'classification' as const, trainer: 'exact' },
    { name: 'exact, regression', task: 'regression' as const, trainer: 'exact' },
    { name: 'histogram, classification', task: 'classification' as const, trainer: 'histogram' },
    { name: 'histogram, regression', task: 'regression' as const, trainer: 'histogram' },
  ])('predictTree on a cut tree predicts what its compiled model.json predicts: $name', async ({ task, trainer }) => {
    const { predictTree } = await import('../../../src/model/search-eval.js');
    const { toMlCartModel } = await import('../../../src/model/mlcart.js');
    const { compileModel, predictFeatureColumns } = await import('../../../src/model/bundle.js');
    const d = data(task, 2000, 21, true);
    const unseen = data(task, 700, 22, false).columns; // values between and beyond the training values
    const big = trainer === 'exact' ? trainTree(d, coveringOptions(GRID), true) : trainTreeHist(d, coveringOptions(GRID), 256, binColumns(d.columns), true);
    for (const o of GRID.filter((_, i) => i % 5 === 0)) {
      const tree = pruneTree(big, o);
      const compiled = compileModel(toMlCartModel(tree, o), d.nClasses);
      for (const cols of [d.columns, unseen]) {
        const n = cols[0].length;
        expect(Array.from(predictTree(tree, cols, n))).toEqual(Array.from(predictFeatureColumns(compiled, cols, n).predictions));
      }
    }
  });

  it('covering options: the deepest, the smallest leaf size, the lowest threshold', () => {
    expect(coveringOptions([{ maxDepth: 3, minNumSamples: 10, gainThreshold: 0.01 }, { maxDepth: 8, minNumSamples: 50, gainThreshold: 0 }])).toEqual({ maxDepth: 8, minNumSamples: 10, gainThreshold: 0 });
  });
});
