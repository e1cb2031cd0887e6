/**
 * Histogram CART for large data: features binned once into ≤ 256 quantile bins (cut points are
 * midpoints between neighbouring sample values, like sklearn's HistGradientBoosting binning), one
 * histogram pass per node over its rows in row-major byte order, and histogram subtraction (only
 * the smaller child is counted; the sibling is parent − child). O(n·d) per level, and each
 * candidate scan is O(bins), independent of n.
 *
 * Same criterion and stopping rules as the exact trainer (cart.ts) and ml-cart — gini gain or
 * children's squared error, `maxDepth`, `minNumSamples`, `gainThreshold`, gain ≠ parent's gain —
 * but the candidate thresholds are the bin cut points instead of every midpoint, so on data with
 * more distinct values than bins the tree can differ from ml-cart's. The output is the same
 * FittedTree, written in ml-cart's JSON format.
 */
import type { CartOptions, FittedTree, TrainingData } from './cart.js';

export interface BinnedFeature {
  /** Ascending cut points: a value x falls in bin #{c : c ≤ x}; "x < cuts[b]" ⇔ bin ≤ b. */
  cuts: Float64Array;
}

/**
 * Quantile cut points of a column from an evenly strided sample of at most `sampleSize` rows.
 * `scratch`: an array of at least the sample's length to sort the sample in (train's binning passes
 * one for every column, so binning allocates nothing per column).
 */
export function binCuts(col: Float64Array, maxBins = 256, sampleSize = 65536, scratch?: Float64Array): Float64Array {
  const step = Math.max(1, Math.floor(col.length / sampleSize));
  const m = Math.ceil(col.length / step);
  const s = strideSample(col, step, scratch && scratch.length >= m ? scratch.subarray(0, m) : new Float64Array(m));
  s.sort();
  return cutsOfSorted(s, maxBins);
}

/** Every step-th value from row 0 into `s`, −0 written as 0. */
function strideSample(col: Float64Array, step: number, s: Float64Array): Float64Array {
  const n = col.length;
  for (let i = 0, j = 0; i < n; i += step, j++) s[j] = col[i] + 0;
  return s;
}

/**
 * binCuts' cut points from its sorted sample (ascending, −0 written as 0). A caller that knows the
 * sample's values in order already (a search's folds filter their round's sorted columns)
 * gets the same cuts without sorting. The distinct values are the runs of the sorted sample,
 * walked in place (no per-value arrays: at 1M rows × 20 columns those were ~20 MB of garbage in
 * train's peak RSS). (Each loop is its own function: the optimizer compiles a loop once instead of
 * recompiling a function whose later part has not run yet.)
 */
export function cutsOfSorted(s: Float64Array, maxBins = 256): Float64Array {
  const m = s.length;
  const nv = distinctCount(s);
  const cuts = new Float64Array(Math.max(0, Math.min(nv - 1, maxBins - 1)));
  const nc = nv <= maxBins ? midpoints(s, cuts) : quantileCuts(s, m, maxBins, cuts);
  return cuts.slice(0, nc);
}

function distinctCount(s: Float64Array): number {
  let nv = 0;
  for (let i = 0; i < s.length; i++) if (i === 0 || s[i] !== s[i - 1]) nv++;
  return nv;
}

/** A cut midway between each pair of neighbouring distinct values. */
function midpoints(s: Float64Array, cuts: Float64Array): number {
  let nc = 0;
  for (let i = 1; i < s.length; i++) if (s[i] !== s[i - 1]) cuts[nc++] = (s[i - 1] + s[i]) / 2;
  return nc;
}

/** Walk the runs of distinct values, closing a bin each time the cumulative count passes the next quantile. */
function quantileCuts(s: Float64Array, m: number, maxBins: number, cuts: Float64Array): number {
  let cum = 0;
  let next = 1;
  let nc = 0;
  let i = 0;
  while (i < m) {
    let j = i + 1;
    while (j < m && s[j] === s[i]) j++;
    if (j >= m) break; // the last distinct value closes no bin
    cum += j - i;
    if (cum >= (next * m) / maxBins) {
      cuts[nc++] = (s[i] + s[j]) / 2;
      while (cum >= (next * m) / maxBins) next++;
      if (nc === maxBins - 1) break;
    }
    i = j;
  }
  return nc;
}

/** Bin every column (row-major bytes: binned[row * d + f]). */
export function binColumns(columns: Float64Array[], maxBins = 256): { binned: Uint8Array; cuts: Float64Array[] } {
  const d = columns.length;
  const n = d > 0 ? columns[0].length : 0;
  const binned = new Uint8Array(n * d);
  const cuts: Float64Array[] = [];
  for (let f = 0; f < d; f++) {
    const col = columns[f];
    for (let i = 0; i < n; i++) if (!Number.isFinite(col[i])) throw new RangeError(`feature ${f} contains NaN or Infinity at row ${i + 1}; impute or drop those values before training`);
    const c = binCuts(col, maxBins);
    cuts.push(c);
    const p = paddedCuts(c);
    for (let i = 0; i < n; i++) binned[i * d + f] = binOf(p, col[i]);
  }
  return { binned, cuts };
}

/** Cuts padded to 255 with +Infinity, for binOf. */
function paddedCuts(c: Float64Array): Float64Array {
  const p = new Float64Array(256).fill(Number.POSITIVE_INFINITY);
  p.set(c);
  return p;
}

/**
 * The bin of x: the number of cuts ≤ x, by a binary search over the padded cuts in 8 fixed steps.
 * +(a <= b) is 0 or 1 without a branch: no mispredicted jumps.
 */
function binOf(p: Float64Array, x: number): number {
  let lo = 0;
  lo += +(p[lo + 127] <= x) << 7;
  lo += +(p[lo + 63] <= x) << 6;
  lo += +(p[lo + 31] <= x) << 5;
  lo += +(p[lo + 15] <= x) << 4;
  lo += +(p[lo + 7] <= x) << 3;
  lo += +(p[lo + 3] <= x) << 2;
  lo += +(p[lo + 1] <= x) << 1;
  return lo + +(p[lo] <= x);
}

/** Rows binCuts samples from a column of n rows: every `step`-th, from row 0. */
export function binSampleStep(n: number, sampleSize = 65536): number {
  return Math.max(1, Math.floor(n / sampleSize));
}

/**
 * binColumns without the whole feature matrix: with the cuts already made (binCuts of each
 * feature's sample: train samples the rows binCuts would sample), the rows are binned a chunk at a
 * time from `chunk(start, end)` (one Float64Array per feature). `bad(f, row)` is called for the
 * first NaN/Infinity and must throw. Same bytes as binColumns on the full columns.
 */
export function binChunks(n: number, cuts: Float64Array[], chunk: (start: number, end: number) => Float64Array[], bad: (feature: number, row: number, value: number) => never, chunkRows = 65536): { binned: Uint8Array; cuts: Float64Array[] } {
  const d = cuts.length;
  const binned = new Uint8Array(n * d);
  const pads = cuts.map(paddedCuts);
  for (let start = 0; start < n; start += chunkRows) {
    const end = Math.min(n, start + chunkRows);
    const cols = chunk(start, end);
    for (let f = 0; f < d; f++) {
      const col = cols[f];
      const p = pads[f];
      for (let i = 0; i < end - start; i++) {
        const x = col[i];
        if (!Number.isFinite(x)) bad(f, start + i, x);
        binned[(start + i) * d + f] = binOf(p, x);
      }
    }
  }
  return { binned, cuts };
}

const B = 256;

/**
 * `prebinned`: binColumns(columns) computed once and shared (a search's folds reuse it for every
 * candidate). `internalValues`: as trainTree's, split nodes also get the values they would have
 * as leaves (search-prune.ts cuts shallower trees from this one).
 */
export function trainTreeHist(data: TrainingData, opts: CartOptions, maxBins = 256, prebinned?: { binned: Uint8Array; cuts: Float64Array[] }, internalValues = false): FittedTree {
  const { task, columns } = data;
  const isClf = task === 'classification';
  const d = columns.length;
  const n = data.y.length;
  const k = isClf ? (data.nClasses ?? 0) : 0;
  const yInt = isClf ? (data.y as Int32Array) : new Int32Array(0);
  const yNum = isClf ? new Float64Array(0) : (data.y as Float64Array);
  const { binned, cuts } = prebinned ?? binColumns(columns, Math.min(maxBins, B));
  // Histogram layout: classification [f][bin][class] counts; regression [f][bin] (count, sum, sumSq).
  const W = isClf ? k : 3;
  const hsize = d * B * W;
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  const tmp = new Int32Array(n);

  const nodes = {
    feature: [] as number[],
    threshold: [] as number[],
    left: [] as number[],
    right: [] as number[],
    gain: [] as number[],
    samples: [] as number[],
    impurity: [] as number[],
    value: [] as number[],
    distLength: [] as number[],
  };
  const newNode = () => {
    nodes.feature.push(-1);
    nodes.threshold.push(0);
    nodes.left.push(0);
    nodes.right.push(0);
    nodes.gain.push(0);
    nodes.samples.push(0);
    nodes.impurity.push(0);
    nodes.distLength.push(0);
    for (let c = 0; c < Math.max(1, k); c++) nodes.value.push(0);
    return nodes.feature.length - 1;
  };

  // Histograms are recycled: a depth-first growth holds only a few at a time, and allocating (and
  // collecting) a zeroed d·256·W array per node costs more than clearing a used one.
  const spare: Float64Array[] = [];
  const release = (h: Float64Array) => {
    spare.push(h);
  };
  function build(s: number, e: number): Float64Array {
    const reused = spare.pop();
    const h = reused ? reused.fill(0) : new Float64Array(hsize);
    if (isClf) {
      for (let i = s; i < e; i++) {
        const row = order[i];
        const base = row * d;
        const lab = yInt[row];
        for (let f = 0; f < d; f++) h[(f * B + binned[base + f]) * W + lab]++;
      }
    } else {
      for (let i = s; i < e; i++) {
        const row = order[i];
        const base = row * d;
        const v = yNum[row];
        const v2 = v * v;
        for (let f = 0; f < d; f++) {
          const o = (f * B + binned[base + f]) * 3;
          h[o]++;
          h[o + 1] += v;
          h[o + 2] += v2;
        }
      }
    }
    return h;
  }

  const total = new Float64Array(Math.max(1, k));
  const L = new Float64Array(Math.max(1, k));

  /** Node statistics from feature 0's histogram (every row is in exactly one bin of it). */
  function nodeStats(h: Float64Array): { m: number; sum: number; sumSq: number } {
    let m = 0;
    let sum = 0;
    let sumSq = 0;
    if (isClf) {
      total.fill(0);
      for (let b = 0; b < B; b++) for (let c = 0; c < k; c++) total[c] += h[b * W + c];
      for (let c = 0; c < k; c++) m += total[c];
    } else {
      for (let b = 0; b < B; b++) {
        m += h[b * 3];
        sum += h[b * 3 + 1];
        sumSq += h[b * 3 + 2];
      }
    }
    return { m, sum, sumSq };
  }

  const root = newNode();
  // Nodes with at most SMALL rows skip histograms: their candidates come from sorting the rows'
  // bins (same candidates, same order, same result as scanning a histogram, but O(m log m)).
  const SMALL = 64;
  const keys = new Int32Array(SMALL);
  function rowStats(s: number, e: number): { m: number; sum: number; sumSq: number } {
    let sum = 0;
    let sumSq = 0;
    if (isClf) {
      total.fill(0);
      for (let i = s; i < e; i++) total[yInt[order[i]]]++;
    } else {
      for (let i = s; i < e; i++) {
        const v = yNum[order[i]];
        sum += v;
        sumSq += v * v;
      }
    }
    return { m: e - s, sum, sumSq };
  }
  /** Best (feature, bin) of a small node by sorting its rows' bins; same criterion and order as the histogram scan. */
  function smallBest(s: number, e: number, m: number, sum: number): [number, number, number, number] {
    let bestScore = -Infinity;
    let bestF = -1;
    let bestB = -1;
    let bestNl = 0;
    for (let f = 0; f < d; f++) {
      const nb = cuts[f].length;
      // Insertion sort of ≤ SMALL distinct keys (bin << 8 | i): the same order as a sort, without its call.
      const ks = keys;
      for (let i = 0; i < m; i++) {
        const key = (binned[order[s + i] * d + f] << 8) | i;
        let j = i - 1;
        while (j >= 0 && ks[j] > key) {
          ks[j + 1] = ks[j];
          j--;
        }
        ks[j + 1] = key;
      }
      if (isClf) L.fill(0);
      let nl = 0;
      let sl = 0;
      let i = 0;
      while (i < m) {
        const b = ks[i] >> 8;
        if (b >= nb) break;
        while (i < m && ks[i] >> 8 === b) {
          const row = order[s + (ks[i] & 255)];
          if (isClf) L[yInt[row]]++;
          else sl += yNum[row];
          nl++;
          i++;
        }
        const nr = m - nl;
        if (nr === 0) break;
        let score: number;
        if (isClf) {
          let sL = 0;
          let sR = 0;
          for (let c = 0; c < k; c++) {
            const a = L[c];
            const r = total[c] - a;
            sL += a * a;
            sR += r * r;
          }
          score = sL / nl + sR / nr;
        } else {
          const sr = sum - sl;
          score = (sl * sl) / nl + (sr * sr) / nr;
        }
        if (score > bestScore) {
          bestScore = score;
          bestF = f;
          bestB = b;
          bestNl = nl;
        }
      }
    }
    return [bestScore, bestF, bestB, bestNl];
  }

  /** Best (feature, bin) of a node from its histogram: first maximum of the criterion in (feature, bin) order. */
  function histBest(h: Float64Array, m: number, sum: number): [number, number, number, number] {
    let bestScore = -Infinity;
    let bestF = -1;
    let bestB = -1;
    let bestNl = 0;
    for (let f = 0; f < d; f++) {
      const nb = cuts[f].length; // bins 0..nb; cut after bin b for b < nb
      const off = f * B * W;
      if (isClf && k === 2) {
        // Two classes (the common case), the loop below written out: the same sums in the same order.
        const t0 = total[0];
        const t1 = total[1];
        let l0 = 0;
        let l1 = 0;
        let nl = 0;
        for (let b = 0; b < nb; b++) {
          const o = off + b * 2;
          const h0 = h[o];
          const h1 = h[o + 1];
          const cnt = h0 + h1;
          if (cnt === 0) continue;
          l0 += h0;
          l1 += h1;
          nl += cnt;
          const nr = m - nl;
          if (nr === 0) break;
          const r0 = t0 - l0;
          const r1 = t1 - l1;
          const score = (l0 * l0 + l1 * l1) / nl + (r0 * r0 + r1 * r1) / nr;
          if (score > bestScore) {
            bestScore = score;
            bestF = f;
            bestB = b;
            bestNl = nl;
          }
        }
      } else if (isClf) {
        L.fill(0);
        let nl = 0;
        for (let b = 0; b < nb; b++) {
          const o = off + b * W;
          let cnt = 0;
          for (let c = 0; c < k; c++) {
            L[c] += h[o + c];
            cnt += h[o + c];
          }
          if (cnt === 0) continue;
          nl += cnt;
          const nr = m - nl;
          if (nr === 0) break;
          let sL = 0;
          let sR = 0;
          for (let c = 0; c < k; c++) {
            const a = L[c];
            const r = total[c] - a;
            sL += a * a;
            sR += r * r;
          }
          const score = sL / nl + sR / nr;
          if (score > bestScore) {
            bestScore = score;
            bestF = f;
            bestB = b;
            bestNl = nl;
          }
        }
      } else {
        let nl = 0;
        let sl = 0;
        for (let b = 0; b < nb; b++) {
          const o = off + b * 3;
          const cnt = h[o];
          if (cnt === 0) continue;
          nl += cnt;
          sl += h[o + 1];
          const nr = m - nl;
          if (nr === 0) break;
          const sr = sum - sl;
          const score = (sl * sl) / nl + (sr * sr) / nr;
          if (score > bestScore) {
            bestScore = score;
            bestF = f;
            bestB = b;
            bestNl = nl;
          }
        }
      }
    }
    return [bestScore, bestF, bestB, bestNl];
  }

  /** Stable partition of rows s..e: bin ≤ b of feature f to the left. */
  function partition(s: number, e: number, f: number, b: number): void {
    let w = s;
    let t = 0;
    for (let i = s; i < e; i++) {
      const row = order[i];
      if (binned[row * d + f] <= b) order[w++] = row;
      else tmp[t++] = row;
    }
    for (let i = 0; i < t; i++) order[w + i] = tmp[i];
  }

  /** h − hs, in place (histogram subtraction). */
  function subtract(h: Float64Array, hs: Float64Array): void {
    for (let i = 0; i < hsize; i++) h[i] -= hs[i];
  }

  /** A leaf's values: class probabilities up to the largest class present, or the mean. */
  function leafValues(node: number, m: number, sum: number): void {
    if (isClf) {
      let maxLabel = 0;
      for (let c = 0; c < k; c++) {
        nodes.value[node * k + c] = total[c] / m;
        if (total[c] > 0) maxLabel = c;
      }
      nodes.distLength[node] = maxLabel + 1;
    } else {
      nodes.value[node] = sum / m;
    }
  }

  // [node, start, end, depth, parentGain, histogram (null for small nodes)]
  const stack: [number, number, number, number, number | null, Float64Array | null][] = [[root, 0, n, 0, isClf ? null : 0, n <= SMALL ? null : build(0, n)]];
  while (stack.length > 0) {
    const [node, s, e, depth, parentGain, h] = stack.pop()!;
    const { m, sum, sumSq } = h ? nodeStats(h) : rowStats(s, e);
    nodes.samples[node] = m;
    let parentGini = 0;
    if (isClf) {
      let sq = 0;
      for (let c = 0; c < k; c++) sq += (total[c] / m) ** 2;
      parentGini = 1 - sq;
      nodes.impurity[node] = parentGini;
    } else {
      nodes.impurity[node] = Math.max(0, sumSq / m - (sum / m) ** 2);
    }
    const makeLeaf = () => leafValues(node, m, sum);
    if (m <= opts.minNumSamples || depth >= opts.maxDepth || m < 2) {
      makeLeaf();
      if (h) release(h);
      continue;
    }
    // Best split: first maximum of the criterion in (feature, bin) order.
    const [bestScore, bestF, bestB, bestNl] = h ? histBest(h, m, sum) : smallBest(s, e, m, sum);
    if (bestF < 0) {
      makeLeaf();
      if (h) release(h);
      continue;
    }
    // ml-cart's gain: gini decrease (classification) or children's squared error (regression).
    const gain = isClf ? parentGini - (m - bestScore) / m : Math.max(0, sumSq - bestScore);
    if (!(gain > opts.gainThreshold) || gain === parentGain) {
      makeLeaf();
      if (h) release(h);
      continue;
    }
    if (internalValues) makeLeaf();
    // Stable partition of the node's rows.
    partition(s, e, bestF, bestB);
    const mid = s + bestNl;
    nodes.feature[node] = bestF;
    nodes.threshold[node] = cuts[bestF][bestB];
    nodes.gain[node] = gain;
    const l = newNode();
    const r = newNode();
    nodes.left[node] = l;
    nodes.right[node] = r;
    // Histogram subtraction: count the smaller child, derive the other (small nodes: count both).
    let hl: Float64Array | null = null;
    let hr: Float64Array | null = null;
    const nL = mid - s;
    const nR = e - mid;
    if (h && (nL > SMALL || nR > SMALL)) {
      if (nL <= SMALL) {
        if ((e - s) * d < hsize) {
          hr = build(mid, e);
          release(h);
        } else {
          const hs = build(s, mid);
          subtract(h, hs);
          hr = h;
          release(hs);
        }
      } else if (nR <= SMALL) {
        if ((e - s) * d < hsize) {
          hl = build(s, mid);
          release(h);
        } else {
          const hs = build(mid, e);
          subtract(h, hs);
          hl = h;
          release(hs);
        }
      } else {
        const leftSmall = nL <= nR;
        const hs = leftSmall ? build(s, mid) : build(mid, e);
        subtract(h, hs);
        hl = leftSmall ? hs : h;
        hr = leftSmall ? h : hs;
      }
    } else if (h) release(h);
    stack.push([r, mid, e, depth + 1, gain, hr]);
    stack.push([l, s, mid, depth + 1, gain, hl]);
  }
  const count = nodes.feature.length;
  return {
    task,
    nFeatures: d,
    nClasses: k,
    nodeCount: count,
    feature: Int32Array.from(nodes.feature),
    threshold: Float64Array.from(nodes.threshold),
    left: Int32Array.from(nodes.left),
    right: Int32Array.from(nodes.right),
    gain: Float64Array.from(nodes.gain),
    samples: Int32Array.from(nodes.samples),
    impurity: Float64Array.from(nodes.impurity),
    value: Float64Array.from(nodes.value),
    distLength: Int32Array.from(nodes.distLength),
  };
}
