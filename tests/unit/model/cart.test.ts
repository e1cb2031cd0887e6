/**
 * The fast trainer grows ml-cart's tree: trained on many small random datasets (exact mode), both
 * predict the same on the training rows and on fresh rows, and ml-cart's own `load` accepts the
 * JSON this trainer writes.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DecisionTreeClassifier, DecisionTreeRegression } from 'ml-cart';
import { featureImportances, prepareFeature, trainTree, type Task } from '../../../src/model/cart.js';
import { compileMlCart, leavesOfColumns, leavesOfRows, predictOne, toMlCartModel, type MlCartModel } from '../../../src/model/mlcart.js';
import { createRng } from '../../../src/model/rng.js';

function dataset(seed: number, n: number, d: number, k: number, task: Task) {
  const rng = createRng(seed);
  // Mix of small integers (many ties) and two-decimal values, like real tabular data.
  const draw = () => (rng.next() < 0.5 ? rng.int(5) : Math.round(rng.next() * 1000) / 100);
  const X = Array.from({ length: n }, () => Array.from({ length: d }, draw));
  const y = X.map(() => (task === 'classification' ? rng.int(k) : rng.int(4) + (rng.next() < 0.3 ? 0.5 : 0)));
  const fresh = Array.from({ length: 40 }, () => Array.from({ length: d }, () => rng.next() * 11 - 0.5));
  return { X, y, fresh, rng };
}

describe('trainTree against ml-cart 2.1.1', () => {
  it('predicts exactly as ml-cart on 1500 random small datasets (classification and regression)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 90 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 2, max: 4 }),
        fc.integer({ min: 0, max: 1e9 }),
        fc.constantFrom<Task>('classification', 'regression'),
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 0, max: 4 }),
        fc.constantFrom(0, 0.01, 0.1),
        (n, d, k, seed, task, maxDepth, minNumSamples, gainThreshold) => {
          const { X, y, fresh } = dataset(seed, n, d, k, task);
          const opts = { maxDepth, minNumSamples, gainThreshold: task === 'classification' ? gainThreshold : 0 };
          const ref = task === 'classification' ? new DecisionTreeClassifier(opts) : new DecisionTreeRegression(opts);
          ref.train(X, y);
          const columns = Array.from({ length: d }, (_, f) => Float64Array.from(X, (r) => r[f]));
          const yy = task === 'classification' ? Int32Array.from(y) : Float64Array.from(y);
          const tree = trainTree({ task, columns, y: yy, nClasses: k }, opts);
          const json = JSON.parse(JSON.stringify(toMlCartModel(tree, opts))) as MlCartModel;
          const loaded = task === 'classification' ? DecisionTreeClassifier.load(json) : DecisionTreeRegression.load(json);
          const rows = [...X, ...fresh];
          const expected = ref.predict(rows);
          expect(loaded.predict(rows)).toEqual(expected);
          const compiled = compileMlCart(json);
          expect(rows.map((r) => predictOne(compiled, r))).toEqual(expected);
          // The batch walks (four rows at a time, block copy of columns) reach the same leaves.
          const cols = Array.from({ length: d }, (_, f) => Float64Array.from(rows, (r) => r[f]));
          const byCols = leavesOfColumns(compiled, cols, rows.length);
          const byRows = leavesOfRows(compiled, Float64Array.from(rows.flat()), rows.length, d);
          expect(Array.from(byCols, (l) => compiled.leafValue[l])).toEqual(expected);
          expect(Array.from(byRows)).toEqual(Array.from(byCols));
        },
      ),
      { numRuns: 1500, seed: 20261126 },
    );
  });

  it('compiles a model written by ml-cart itself (option fields on every node) to the same predictions', () => {
    const { X, y, fresh } = dataset(7, 60, 3, 3, 'classification');
    const ref = new DecisionTreeClassifier({ maxDepth: 4 });
    ref.train(X, y);
    const compiled = compileMlCart(JSON.parse(JSON.stringify(ref.toJSON())) as MlCartModel);
    const rows = [...X, ...fresh];
    expect(rows.map((r) => predictOne(compiled, r))).toEqual(ref.predict(rows));
    // Columnar and row-major batch paths agree with the single-row path.
    const cols = [0, 1, 2].map((f) => Float64Array.from(rows, (r) => r[f]));
    const flat = Float64Array.from(rows.flat());
    const a = leavesOfColumns(compiled, cols, rows.length);
    const b = leavesOfRows(compiled, flat, rows.length, 3);
    expect(Array.from(a)).toEqual(Array.from(b));
    expect(Array.from(a, (l) => compiled.leafClass[l])).toEqual(ref.predict(rows));
  });

  it.each([
    { name: 'a tree that is one leaf', maxDepth: 0, n: 7 },
    { name: 'fewer rows than one group of four', maxDepth: 6, n: 3 },
    { name: 'several column blocks and a ragged tail', maxDepth: 12, n: 1234 },
  ])('batch walks agree with the single-row walk and ml-cart: $name', ({ maxDepth, n }) => {
    const { X, y } = dataset(11, 300, 3, 3, 'classification');
    const ref = new DecisionTreeClassifier({ maxDepth: Math.max(1, maxDepth) });
    ref.train(X, y);
    const json = JSON.parse(JSON.stringify(ref.toJSON())) as MlCartModel;
    if (maxDepth === 0) json.root = { distribution: [[0.25, 0.75]] };
    const compiled = compileMlCart(json);
    const rng = createRng(5);
    // Fresh rows with NaN (goes right, as in ml-cart) and values equal to thresholds.
    const rows = Array.from({ length: n }, (_, i) => Array.from({ length: 3 }, () => (i % 17 === 0 ? Number.NaN : rng.int(12) / 2)));
    const expected = maxDepth === 0 ? rows.map(() => 1) : ref.predict(rows);
    expect(rows.map((r) => predictOne(compiled, r))).toEqual(expected);
    const columns = [0, 1, 2].map((f) => rows.map((r) => r[f])); // plain arrays work too
    const leaves = leavesOfColumns(compiled, columns, n);
    expect(Array.from(leaves, (l) => compiled.leafClass[l])).toEqual(expected);
    expect(Array.from(leavesOfRows(compiled, Float64Array.from(rows.flat()), n, 3))).toEqual(Array.from(leaves));
  });

  it('writes each option once instead of on every node (ml-cart JSON is 60% repeated options)', () => {
    const { X, y } = dataset(3, 80, 3, 2, 'classification');
    const ref = new DecisionTreeClassifier({ maxDepth: 5, gainThreshold: 0 });
    ref.train(X, y);
    const opts = { maxDepth: 5, minNumSamples: 3, gainThreshold: 0 };
    const columns = [0, 1, 2].map((f) => Float64Array.from(X, (r) => r[f]));
    const ours = JSON.stringify(toMlCartModel(trainTree({ task: 'classification', columns, y: Int32Array.from(y), nClasses: 2 }, opts), opts));
    expect(ours.length).toBeLessThan(JSON.stringify(ref.toJSON()).length * 0.6);
  });

  it.each([
    { name: 'NaN', value: Number.NaN },
    { name: 'Infinity', value: Number.POSITIVE_INFINITY },
  ])('refuses $name in a feature, naming the row', ({ value }) => {
    const columns = [Float64Array.from([1, 2, value, 4])];
    expect(() => trainTree({ task: 'classification', columns, y: Int32Array.from([0, 1, 0, 1]), nClasses: 2 }, { maxDepth: 3, minNumSamples: 1, gainThreshold: 0 })).toThrow(/row 3/);
  });

  it('presorts large columns with the radix path in the same order as a stable comparison sort', () => {
    const rng = createRng(11);
    const n = 6000;
    // Negative values, zeros, -0, duplicates, tiny and huge magnitudes.
    const col = Float64Array.from({ length: n }, () => {
      const u = rng.next();
      if (u < 0.05) return -0;
      if (u < 0.1) return 0;
      if (u < 0.15) return (rng.next() - 0.5) * 1e-300;
      if (u < 0.2) return (rng.next() - 0.5) * 1e300;
      return Math.round((rng.next() - 0.5) * 2000) / 7;
    });
    const { sorted, codes, values } = prepareFeature(col);
    const expected = Array.from({ length: n }, (_, i) => i).sort((a, b) => col[a] - col[b] || a - b);
    expect(Array.from(sorted)).toEqual(expected);
    for (let i = 0; i < n; i++) expect(values[codes[i]]).toBe(col[i] + 0);
    for (let i = 1; i < values.length; i++) expect(values[i]).toBeGreaterThan(values[i - 1]);
  });
});

describe('featureImportances', () => {
  it('equals sklearn 1.2 feature_importances_ when both grow the same tree', () => {
    // Only x0 (root) then x1 separate; x2 is noise. sklearn 1.2.1
    // DecisionTreeClassifier(max_depth=2, random_state=0).fit(X, y).feature_importances_ → [0.5, 0.5, 0.0]
    // with the same splits (x0 <= 0.5, then x1 <= 0.5), computed with python3.
    const X = [
      [0, 0, 5],
      [0, 1, 3],
      [1, 0, 1],
      [1, 1, 2],
      [2, 0, 4],
      [2, 1, 3],
    ];
    const y = [0, 0, 1, 2, 1, 2];
    const columns = [0, 1, 2].map((f) => Float64Array.from(X, (r) => r[f]));
    const tree = trainTree({ task: 'classification', columns, y: Int32Array.from(y), nClasses: 3 }, { maxDepth: 2, minNumSamples: 1, gainThreshold: 0 });
    const imp = Array.from(featureImportances(tree));
    expect(tree.feature[0]).toBe(0);
    expect(imp[0]).toBeCloseTo(0.5, 12);
    expect(imp[1]).toBeCloseTo(0.5, 12);
    expect(imp[2]).toBe(0);
  });
});
