/** Histogram trainer: binning, and trees that agree with the exact trainer where they must. */
import { describe, expect, it } from 'vitest';
import { binColumns, binCuts, trainTreeHist } from '../../../src/model/hist.js';
import { trainTree } from '../../../src/model/cart.js';
import { compileMlCart, leavesOfColumns, toMlCartModel } from '../../../src/model/mlcart.js';
import { createRng } from '../../../src/model/rng.js';
import fc from 'fast-check';
import { binCutsReference } from '../../helpers/bin-cuts-reference.js';

describe('binning', () => {
  it('binCuts gives the previous version\'s cuts (tests/helpers/bin-cuts-reference.ts), with or without a scratch array', () => {
    let many = 0;
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.integer({ min: -40, max: 40 }), fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 })), { minLength: 1, maxLength: 3000 }),
        fc.integer({ min: 2, max: 300 }),
        fc.integer({ min: 1, max: 4000 }),
        (values, maxBins, sampleSize) => {
          const col = Float64Array.from(values);
          const want = Array.from(binCutsReference(col, maxBins, sampleSize));
          if (want.length === maxBins - 1) many++;
          expect(Array.from(binCuts(col, maxBins, sampleSize))).toEqual(want);
          const scratch = new Float64Array(col.length + 5).fill(Number.NaN);
          expect(Array.from(binCuts(col, maxBins, sampleSize, scratch))).toEqual(want);
          expect(Array.from(binCuts(col, maxBins, sampleSize, new Float64Array(1)))).toEqual(want); // too short: ignored
        },
      ),
      { numRuns: 400 },
    );
    // Both branches ran: columns with more distinct values than bins, and fewer.
    expect(many).toBeGreaterThan(10);
  });

  it('cuts midway between the distinct values when there are at most 256', () => {
    expect(Array.from(binCuts(Float64Array.from([3, 1, 2, 2, 5])))).toEqual([1.5, 2.5, 4]);
  });

  it('makes at most 255 cuts of roughly equal-count bins on continuous data, and bins by "x < cut"', () => {
    const rng = createRng(5);
    const col = Float64Array.from({ length: 100_000 }, () => rng.next());
    const { binned, cuts } = binColumns([col]);
    expect(cuts[0].length).toBe(255);
    const counts = new Array(256).fill(0);
    let misplaced = 0;
    for (let i = 0; i < col.length; i++) {
      const b = binned[i];
      counts[b]++;
      if ((b > 0 && col[i] < cuts[0][b - 1]) || (b < 255 && col[i] >= cuts[0][b])) misplaced++;
    }
    expect(misplaced).toBe(0);
    expect(Math.min(...counts)).toBeGreaterThan(250);
    expect(Math.max(...counts)).toBeLessThan(550);
  });
});

describe('trainTreeHist', () => {
  it('grows the same tree as the exact trainer when every feature has few values and labels alternate', () => {
    // With ≤ 256 distinct values the bins are the values; labels that differ between neighbouring
    // values make ml-cart's candidates every boundary too, so both searches see the same candidates.
    const rng = createRng(9);
    const n = 3000;
    const cols = [0, 1, 2].map(() => Float64Array.from({ length: n }, () => rng.int(40)));
    const y = Int32Array.from({ length: n }, (_, i) => ((cols[0][i] * 7 + cols[1][i] * 3 + cols[2][i]) % 3));
    const opts = { maxDepth: 4, minNumSamples: 3, gainThreshold: 0 };
    const a = trainTreeHist({ task: 'classification', columns: cols, y, nClasses: 3 }, opts);
    const b = trainTree({ task: 'classification', columns: cols, y, nClasses: 3 }, opts);
    // Same splits; a threshold may differ only where ml-cart proposes the value itself instead of
    // the midpoint (same partition of the training rows), so compare the partitions they induce.
    expect(Array.from(a.feature)).toEqual(Array.from(b.feature));
    const ca = compileMlCart(toMlCartModel(a, opts), 3);
    const cb = compileMlCart(toMlCartModel(b, opts), 3);
    const la = leavesOfColumns(ca, cols, n);
    const lb = leavesOfColumns(cb, cols, n);
    expect(Array.from(la, (l) => ca.leafClass[l])).toEqual(Array.from(lb, (l) => cb.leafClass[l]));
    expect(a.threshold.some((t, i) => t !== b.threshold[i])).toBe(true);
  });

  it('reaches the exact trainer\'s holdout accuracy within 1 point on 40,000 noisy rows, depth 8', () => {
    const rng = createRng(3);
    const n = 40_000;
    const d = 8;
    const cols = Array.from({ length: d }, () => new Float64Array(n));
    const y = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      let s = 0;
      for (let f = 0; f < d; f++) {
        cols[f][i] = rng.next() * 2 - 1;
        if (f < 4) s += cols[f][i] * (f + 1);
      }
      y[i] = s + (rng.next() - 0.5) * 2 > 0 ? 1 : 0;
    }
    const tr = 30_000;
    const train = cols.map((c) => c.slice(0, tr));
    const test = cols.map((c) => c.slice(tr));
    const opts = { maxDepth: 8, minNumSamples: 1, gainThreshold: 0 };
    const acc = (t: ReturnType<typeof trainTree>) => {
      const c = compileMlCart(toMlCartModel(t, opts), 2);
      const leaves = leavesOfColumns(c, test, n - tr);
      let ok = 0;
      for (let i = 0; i < n - tr; i++) if (c.leafClass[leaves[i]] === y[tr + i]) ok++;
      return ok / (n - tr);
    };
    const hist = acc(trainTreeHist({ task: 'classification', columns: train, y: y.slice(0, tr), nClasses: 2 }, opts));
    const exact = acc(trainTree({ task: 'classification', columns: train, y: y.slice(0, tr), nClasses: 2 }, opts));
    expect(exact).toBeGreaterThan(0.8);
    expect(Math.abs(hist - exact)).toBeLessThan(0.01);
  });

  it('grows the exact trainer\'s regression tree when the bins are the values (noisy step function)', () => {
    const rng = createRng(4);
    const x = Float64Array.from({ length: 1000 }, (_, i) => i % 200);
    const y = Float64Array.from(x, (v) => (v < 60 ? 1 : v < 140 ? 5 : 2) + (rng.next() - 0.5) * 0.2);
    const opts = { maxDepth: 3, minNumSamples: 3, gainThreshold: 0 };
    const ch = compileMlCart(toMlCartModel(trainTreeHist({ task: 'regression', columns: [x], y }, opts), opts));
    const ce = compileMlCart(toMlCartModel(trainTree({ task: 'regression', columns: [x], y }, opts), opts));
    const grid = [Float64Array.from({ length: 200 }, (_, i) => i)];
    const lh = leavesOfColumns(ch, grid, 200);
    const le = leavesOfColumns(ce, grid, 200);
    const ph = Array.from(lh, (l) => ch.leafValue[l]);
    expect(ph.map((v) => Math.round(v))).toEqual(Array.from(grid[0], (v) => (v < 60 ? 1 : v < 140 ? 5 : 2)));
    ph.forEach((v, i) => expect(v).toBeCloseTo(ce.leafValue[le[i]], 9));
  });
});
