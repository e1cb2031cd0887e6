/**
 * Fast CART training that grows exactly the tree ml-cart 2.1.1 grows.
 *
 * ml-cart's `train` re-scans every row for every candidate threshold (O(d·n²) per node). This
 * trainer presorts every feature once (dense ranks + a stable counting sort, O(d·n log n)) and keeps,
 * for every node, a contiguous segment of each feature's sorted row list; a split partitions those
 * segments stably, so one scan per feature and node finds every candidate: O(n·d) per level.
 *
 * Compatibility with ml-cart (a property test trains both and compares predictions):
 * - candidates: ml-cart sorts the node's (x, label) pairs stably (ties keep row order) and proposes
 *   (x[i−1] + x[i]) / 2 wherever adjacent labels differ. Per boundary between two distinct values
 *   a < b that is: the midpoint when the last row (row order) with value a and the first row with
 *   value b have different labels; otherwise the threshold b itself when the rows with value b have
 *   different labels (same partition); otherwise no candidate. Impure rows at the smallest value
 *   propose an empty left side (which makes a leaf if it wins).
 * - criterion: gini gain for classification (maximised, ties → first candidate in feature, then
 *   threshold order), sum of squared errors of both sides for regression (minimised). ml-cart
 *   computes probabilities by adding 1/n once per row and sums in row order; candidates whose fast
 *   criterion lies within a rounding tolerance of the best are re-evaluated with ml-cart's exact
 *   floating-point procedure, so exact ties and near-ties break the same way.
 * - stopping: a node with ≤ minNumSamples rows is a leaf; a split is made only when depth <
 *   maxDepth, gain > gainThreshold, gain !== the parent's gain, and both sides are non-empty
 *   (for regression the "gain" is the children's squared error, as in ml-cart).
 * - leaves: the class distribution up to the largest class present (probabilities as ml-cart
 *   computes them), or the mean of the node's values in row order.
 *
 * Known difference: when two adjacent distinct values are consecutive doubles their midpoint rounds
 * onto one of them; ml-cart then splits at that value, this trainer at the boundary between them.
 */

export type Task = 'classification' | 'regression';

export interface CartOptions {
  /** Largest depth of a split node + 1 (root depth 0), like sklearn's max_depth. Infinity allowed. */
  maxDepth: number;
  /** A node with this many rows or fewer becomes a leaf (ml-cart minNumSamples, default 3). */
  minNumSamples: number;
  /** A split needs gain > gainThreshold (ml-cart: 0.01 for classification, 0 for regression). */
  gainThreshold: number;
}

/** Training data in columns: `columns[f][i]` is feature f of row i (finite numbers only). */
export interface TrainingData {
  task: Task;
  columns: Float64Array[];
  /** Class index 0..nClasses−1 (classification) or the target value (regression). */
  y: Int32Array | Float64Array;
  nClasses?: number;
}

/** A trained tree in flat arrays; node 0 is the root, `feature[i] === -1` marks a leaf. */
export interface FittedTree {
  task: Task;
  nFeatures: number;
  nClasses: number;
  nodeCount: number;
  feature: Int32Array;
  threshold: Float64Array;
  left: Int32Array;
  right: Int32Array;
  /** ml-cart's gain of a split node (gini gain, or children's squared error for regression). */
  gain: Float64Array;
  /** Rows reaching the node during training. */
  samples: Int32Array;
  /** sklearn-style impurity of the node: gini, or mean squared error. */
  impurity: Float64Array;
  /** Leaf values: the mean (regression), or nClasses probabilities per node (row-major). */
  value: Float64Array;
  /** Classification: length of ml-cart's distribution at a leaf (largest class present + 1). */
  distLength: Int32Array;
}

interface PreparedFeature {
  /** Dense rank of each row's value among the distinct values. */
  codes: Int32Array;
  /** Distinct values, ascending. */
  values: Float64Array;
}

/**
 * Dense ranks of a column and its row ids sorted by (value, id). Large columns use an LSD radix
 * sort on the IEEE-754 bits (4 passes of 16 bits, stable, constant passes skipped), several times
 * faster than a comparison sort; small ones a stable comparison sort.
 */
export function prepareFeature(col: Float64Array, name = 'feature'): PreparedFeature & { sorted: Int32Array } {
  const n = col.length;
  // Each loop is its own function: the optimizer compiles each once instead of recompiling a long
  // function whose later part has not run yet.
  const bad = firstNonFinite(col);
  if (bad >= 0) throw new RangeError(`${name} contains NaN or Infinity at row ${bad + 1}; impute or drop those values before training`);
  let ids: Int32Array = new Int32Array(n);
  for (let i = 0; i < n; i++) ids[i] = i;
  if (n < 4096) {
    const arr = Array.from(ids).sort((a, b) => col[a] - col[b] || a - b);
    ids = Int32Array.from(arr);
  } else ids = radixArgsort(col, ids);
  const codes = new Int32Array(n);
  const distinct = new Float64Array(n);
  const nd = denseCodes(col, ids, codes, distinct);
  return { codes, values: distinct.slice(0, nd), sorted: ids };
}

function firstNonFinite(col: Float64Array): number {
  for (let i = 0; i < col.length; i++) if (!Number.isFinite(col[i])) return i;
  return -1;
}

/** Row ids sorted by (value, id): LSD radix sort on the IEEE-754 bits, 4 stable passes of 16 bits, constant passes skipped. */
function radixArgsort(col: Float64Array, ids: Int32Array): Int32Array {
  const n = col.length;
  const keys = sortKeys(col);
  let out: Int32Array = new Int32Array(n);
  const count = new Int32Array(65536);
  for (let pass = 0; pass < 4; pass++) {
    if (radixPass(keys, ids, out, count, pass >> 1, (pass & 1) * 16)) {
      const t = ids;
      ids = out;
      out = t;
    }
  }
  return ids;
}

/** Two 32-bit words per value that sort as unsigned integers in the order of the values (−0 as 0). */
function sortKeys(col: Float64Array): Uint32Array {
  const n = col.length;
  const norm = new Float64Array(n);
  for (let i = 0; i < n; i++) norm[i] = col[i] + 0; // -0 → 0
  const words = new Uint32Array(norm.buffer);
  const keys = new Uint32Array(2 * n);
  for (let i = 0; i < n; i++) {
    const lo = words[2 * i];
    const hi = words[2 * i + 1];
    if (hi & 0x80000000) {
      keys[2 * i] = ~lo >>> 0;
      keys[2 * i + 1] = ~hi >>> 0;
    } else {
      keys[2 * i] = lo;
      keys[2 * i + 1] = (hi | 0x80000000) >>> 0;
    }
  }
  return keys;
}

/** One counting-sort pass of `ids` into `out` on 16 bits of the keys; false (nothing done) when they are all equal. */
function radixPass(keys: Uint32Array, ids: Int32Array, out: Int32Array, count: Int32Array, word: number, shift: number): boolean {
  const n = ids.length;
  count.fill(0);
  for (let i = 0; i < n; i++) count[(keys[2 * i + word] >>> shift) & 0xffff]++;
  if (count[(keys[word] >>> shift) & 0xffff] === n) return false;
  let sum = 0;
  for (let v = 0; v < 65536; v++) {
    const c = count[v];
    count[v] = sum;
    sum += c;
  }
  for (let i = 0; i < n; i++) {
    const id = ids[i];
    out[count[(keys[2 * id + word] >>> shift) & 0xffff]++] = id;
  }
  return true;
}

/** Dense rank of each row's value (codes) and the distinct values ascending; returns their number. */
function denseCodes(col: Float64Array, ids: Int32Array, codes: Int32Array, distinct: Float64Array): number {
  let code = -1;
  let prev = Number.NaN;
  for (let i = 0; i < ids.length; i++) {
    const x = col[ids[i]];
    if (x !== prev) {
      distinct[++code] = x;
      prev = x;
    }
    codes[ids[i]] = code;
  }
  return code + 1;
}

/** ml-cart's probability of a class seen `count` times among `m` rows: 1/m added `count` times. */
function mlcartProbability(count: number, m: number): number {
  const inv = 1 / m;
  let p = 0;
  for (let i = 0; i < count; i++) p += inv;
  return p;
}

/** ml-cart's gini impurity from class counts (Utils.giniImpurity). */
function mlcartGini(counts: ArrayLike<number>, m: number): number {
  if (m === 0) return 0;
  let s = 0;
  for (let c = 0; c < counts.length; c++) {
    if (counts[c] === 0) continue; // adds 0·0: no change
    const p = mlcartProbability(counts[c], m);
    s += p * p;
  }
  return 1 - s;
}

/** ml-cart's squared error of values in row order (Utils.squaredError). */
function mlcartSquaredError(sum: number, values: Float64Array, len: number): number {
  if (len === 0) return 0;
  const mean = sum / len;
  let e = 0;
  for (let i = 0; i < len; i++) {
    const d = values[i] - mean;
    e += d * d;
  }
  return e;
}

interface Candidate {
  feature: number;
  /** Rows with code < cut go left. */
  cut: number;
  threshold: number;
  fast: number;
  /** Left class counts (classification). */
  leftCounts?: Float64Array;
  nLeft: number;
}

/**
 * Grow a tree. Throws RangeError on NaN/Infinity in a feature.
 *
 * `internalValues`: also write the leaf values (`value`, `distLength`) a split node would have had
 * as a leaf, so that a shallower tree can be cut from this one (search-prune.ts). The split
 * decisions do not depend on it.
 */
export function trainTree(data: TrainingData, opts: CartOptions, internalValues = false): FittedTree {
  const { task, columns } = data;
  const isClf = task === 'classification';
  const d = columns.length;
  const n = data.y.length;
  const k = isClf ? (data.nClasses ?? 0) : 0;
  const yInt = isClf ? (data.y as Int32Array) : new Int32Array(0);
  const yNum = isClf ? new Float64Array(0) : (data.y as Float64Array);
  if (isClf) for (let i = 0; i < n; i++) if (yInt[i] < 0 || yInt[i] >= k) throw new RangeError(`class index ${yInt[i]} out of range 0..${k - 1}`);

  const prepared = columns.map((c, f) => prepareFeature(c, `feature ${f}`));
  const sorted = prepared.map((p) => p.sorted);
  // Per feature, the sorted segment's codes and labels side by side with the row ids, so that a
  // scan reads memory sequentially instead of jumping to codes[row] / y[row].
  const sCodes = prepared.map((p) => {
    const a = new Int32Array(n);
    for (let i = 0; i < n; i++) a[i] = p.codes[p.sorted[i]];
    return a;
  });
  const sLab = isClf
    ? prepared.map((p) => {
        const a = new Int32Array(n);
        for (let i = 0; i < n; i++) a[i] = yInt[p.sorted[i]];
        return a;
      })
    : [];
  const sVal = isClf
    ? []
    : prepared.map((p) => {
        const a = new Float64Array(n);
        for (let i = 0; i < n; i++) a[i] = yNum[p.sorted[i]];
        return a;
      });
  const tmpF = new Float64Array(isClf ? 0 : n);
  const tmpC = new Int32Array(n);
  const tmpL = new Int32Array(isClf ? n : 0);
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  const tmp = new Int32Array(n);
  const goesLeft = new Uint8Array(n);

  // Node storage (grown as needed).
  let cap = 64;
  let feature = new Int32Array(cap).fill(-1);
  let threshold = new Float64Array(cap);
  let left = new Int32Array(cap);
  let right = new Int32Array(cap);
  let gainArr = new Float64Array(cap);
  let samples = new Int32Array(cap);
  let impurity = new Float64Array(cap);
  let value = new Float64Array(cap * Math.max(1, k));
  let distLength = new Int32Array(cap);
  let nodeCount = 0;
  const grow = () => {
    cap *= 2;
    const g = <T extends Int32Array | Float64Array>(a: T, fill = 0): T => {
      const b = new (a.constructor as { new (len: number): T })(a.length * 2);
      if (fill !== 0) b.fill(fill);
      b.set(a);
      return b;
    };
    feature = g(feature, -1);
    threshold = g(threshold);
    left = g(left);
    right = g(right);
    gainArr = g(gainArr);
    samples = g(samples);
    impurity = g(impurity);
    value = g(value);
    distLength = g(distLength);
  };
  const newNode = () => {
    if (nodeCount === cap) grow();
    return nodeCount++;
  };

  const total = new Float64Array(k);
  const counts = new Float64Array(k);
  const scratchL = new Float64Array(n);
  const scratchG = new Float64Array(n);
  const featBest = new Float64Array(d);

  function makeLeaf(node: number, s: number, e: number) {
    const m = e - s;
    if (isClf) {
      let maxLabel = 0;
      for (let i = s; i < e; i++) if (yInt[order[i]] > maxLabel) maxLabel = yInt[order[i]];
      distLength[node] = maxLabel + 1;
      for (let c = 0; c < k; c++) value[node * k + c] = mlcartProbability(total[c], m);
    } else {
      let sum = 0;
      for (let i = s; i < e; i++) sum += yNum[order[i]];
      value[node] = sum / m;
    }
  }

  /** ml-cart's exact criterion for a candidate: gini gain, or squared error of both sides. */
  function exactCriterion(c: Candidate, s: number, e: number, parentGini: number): number {
    const m = e - s;
    if (isClf) {
      const L = c.leftCounts!;
      const R = new Float64Array(k);
      for (let j = 0; j < k; j++) R[j] = total[j] - L[j];
      const nl = c.nLeft;
      const ng = m - nl;
      let splits = 0.0;
      splits += (mlcartGini(R, ng) * ng) / m;
      splits += (mlcartGini(L, nl) * nl) / m;
      return parentGini - splits;
    }
    const codes = prepared[c.feature].codes;
    let nl = 0;
    let ng = 0;
    let sl = 0;
    let sg = 0;
    for (let i = s; i < e; i++) {
      const row = order[i];
      const v = yNum[row];
      if (codes[row] < c.cut) {
        scratchL[nl++] = v;
        sl += v;
      } else {
        scratchG[ng++] = v;
        sg += v;
      }
    }
    let err = 0.0;
    err += mlcartSquaredError(sg, scratchG, ng);
    err += mlcartSquaredError(sl, scratchL, nl);
    return err;
  }

  function partition(arr: Int32Array, s: number, e: number): void {
    let w = s;
    let t = 0;
    for (let i = s; i < e; i++) {
      const row = arr[i];
      if (goesLeft[row]) arr[w++] = row;
      else tmp[t++] = row;
    }
    for (let i = 0; i < t; i++) arr[w + i] = tmp[i];
  }

  /** Stable partition of feature f's sorted segment (ids, codes and labels together). */
  function partitionFeature(f: number, s: number, e: number): void {
    const ids = sorted[f];
    const cs = sCodes[f];
    let w = s;
    let t = 0;
    if (isClf) {
      const ls = sLab[f];
      for (let i = s; i < e; i++) {
        const row = ids[i];
        if (goesLeft[row]) {
          ids[w] = row;
          cs[w] = cs[i];
          ls[w++] = ls[i];
        } else {
          tmp[t] = row;
          tmpC[t] = cs[i];
          tmpL[t++] = ls[i];
        }
      }
      for (let i = 0; i < t; i++) {
        ids[w + i] = tmp[i];
        cs[w + i] = tmpC[i];
        ls[w + i] = tmpL[i];
      }
    } else {
      const vs = sVal[f];
      for (let i = s; i < e; i++) {
        const row = ids[i];
        if (goesLeft[row]) {
          ids[w] = row;
          cs[w] = cs[i];
          vs[w++] = vs[i];
        } else {
          tmp[t] = row;
          tmpC[t] = cs[i];
          tmpF[t++] = vs[i];
        }
      }
      for (let i = 0; i < t; i++) {
        ids[w + i] = tmp[i];
        cs[w + i] = tmpC[i];
        vs[w + i] = tmpF[i];
      }
    }
  }

  // Explicit stack: [node, start, end, depth, parentGain (NaN = none)].
  const root = newNode();
  const stack: [number, number, number, number, number | null][] = [[root, 0, n, 0, isClf ? null : 0]];
  while (stack.length > 0) {
    const [node, s, e, depth, parentGain] = stack.pop()!;
    const m = e - s;
    samples[node] = m;
    // Class totals / mean of the node.
    let ySum = 0;
    if (isClf) {
      total.fill(0);
      for (let i = s; i < e; i++) total[yInt[order[i]]]++;
      let sq = 0;
      for (let c = 0; c < k; c++) sq += (total[c] / m) * (total[c] / m);
      impurity[node] = 1 - sq;
    } else {
      for (let i = s; i < e; i++) ySum += yNum[order[i]];
      const mean = ySum / m;
      let sse = 0;
      for (let i = s; i < e; i++) sse += (yNum[order[i]] - mean) ** 2;
      impurity[node] = sse / m;
    }
    if (m <= opts.minNumSamples || depth >= opts.maxDepth || m < 2) {
      makeLeaf(node, s, e);
      continue;
    }

    const best = findBest(s, e, ySum);
    let chosen: Candidate | undefined;
    let chosenGain = isClf ? -Infinity : Infinity;
    if (best.length > 0) {
      const parentGini = isClf ? mlcartGini(total, m) : 0;
      for (const c of best) {
        const g = exactCriterion(c, s, e, parentGini);
        if (isClf ? g > chosenGain : g < chosenGain) {
          chosenGain = g;
          chosen = c;
        }
      }
    }
    if (
      chosen === undefined ||
      !(chosenGain > opts.gainThreshold) ||
      chosenGain === parentGain ||
      chosen.nLeft === 0 ||
      chosen.nLeft === m
    ) {
      makeLeaf(node, s, e);
      continue;
    }
    // The node's values as a leaf, from its rows before they are partitioned (what makeLeaf
    // would have written had a stopping rule made it one).
    if (internalValues) makeLeaf(node, s, e);
    // Split: mark rows, partition every segment stably.
    const codes = prepared[chosen.feature].codes;
    for (let i = s; i < e; i++) {
      const row = order[i];
      goesLeft[row] = codes[row] < chosen.cut ? 1 : 0;
    }
    partition(order, s, e);
    for (let f = 0; f < d; f++) partitionFeature(f, s, e);
    feature[node] = chosen.feature;
    threshold[node] = chosen.threshold;
    gainArr[node] = chosenGain;
    const l = newNode();
    const r = newNode();
    left[node] = l;
    right[node] = r;
    const mid = s + chosen.nLeft;
    stack.push([r, mid, e, depth + 1, chosenGain]);
    stack.push([l, s, mid, depth + 1, chosenGain]);
  }

  /**
   * Best candidates of a node: pass 1 scans every feature's sorted segment once and keeps only the
   * best fast criterion per feature; pass 2 re-scans the few features whose best lies within
   * rounding tolerance of the overall best and returns those candidates, in ml-cart's order
   * (feature, then ascending threshold), for exact re-evaluation.
   */
  function findBest(s: number, e: number, ySum: number): Candidate[] {
    const m = e - s;
    const tol = 1e-9 * Math.max(1, m / 1e6);
    const yMean = isClf ? 0 : ySum / m;
    let totalC = 0;
    let scale = 1;
    if (!isClf) {
      let sse = 0;
      for (let i = s; i < e; i++) {
        const v = yNum[order[i]] - yMean;
        sse += v * v;
        totalC += v;
      }
      scale = Math.max(sse, 1e-300);
    }
    const lim = isClf ? tol : tol * scale;
    let bestFast = -Infinity;
    for (let f = 0; f < d; f++) {
      const b = isClf ? scanClf(f, s, e, -Infinity, null) : scanReg(f, s, e, yMean, totalC, -Infinity, null);
      featBest[f] = b;
      if (b > bestFast) bestFast = b;
    }
    const list: Candidate[] = [];
    if (bestFast === -Infinity) return list;
    for (let f = 0; f < d; f++) {
      if (featBest[f] < bestFast - lim) continue;
      if (isClf) scanClf(f, s, e, bestFast - lim, list);
      else scanReg(f, s, e, yMean, totalC, bestFast - lim, list);
    }
    return list;
  }

  /** One feature, classification: returns the best fast criterion; collects candidates ≥ min. */
  function scanClf(f: number, s: number, e: number, min: number, out: Candidate[] | null): number {
    const m = e - s;
    const cs = sCodes[f];
    const ls = sLab[f];
    const { values } = prepared[f];
    let best = -Infinity;
    let i = s;
    let nl = 0;
    counts.fill(0);
    let prevLast = -1;
    let prevCode = -1;
    while (i < e) {
      const c = cs[i];
      const first = ls[i];
      // Pure run of one label with one value: the common case, no candidate inside it.
      let pure = true;
      let last = first;
      let j = i;
      let fast = -Infinity;
      const candidateAtBoundary = i > s && prevLast !== first;
      {
        let sL = 0;
        let sR = 0;
        for (let t = 0; t < k; t++) {
          const a = counts[t];
          const b = total[t] - a;
          sL += a * a;
          sR += b * b;
        }
        const nr = m - nl;
        fast = ((nl > 0 ? sL / nl : 0) + (nr > 0 ? sR / nr : 0)) / m;
      }
      const snapshot = out && fast >= min ? Float64Array.from(counts) : undefined;
      for (; j < e; j++) {
        if (cs[j] !== c) break;
        const lab = ls[j];
        if (lab !== first) pure = false;
        last = lab;
        counts[lab]++;
      }
      let thr = Number.NaN;
      if (i === s) {
        if (!pure) thr = values[c];
      } else if (candidateAtBoundary) thr = (values[prevCode] + values[c]) / 2;
      else if (!pure) thr = values[c];
      if (thr === thr) {
        if (fast > best) best = fast;
        if (snapshot) out!.push({ feature: f, cut: c, threshold: thr, fast, nLeft: nl, leftCounts: snapshot });
      }
      nl += j - i;
      prevLast = last;
      prevCode = c;
      i = j;
    }
    return best;
  }

  /** One feature, regression: maximise Sl²/nl + Sr²/nr of centred values. */
  function scanReg(f: number, s: number, e: number, yMean: number, totalC: number, min: number, out: Candidate[] | null): number {
    const m = e - s;
    const cs = sCodes[f];
    const vs = sVal[f];
    const { values } = prepared[f];
    let best = -Infinity;
    let i = s;
    let nl = 0;
    let sl = 0;
    let prevLast = Number.NaN;
    let prevCode = -1;
    while (i < e) {
      const c = cs[i];
      const first = vs[i];
      const nr = m - nl;
      const sr = totalC - sl;
      const fast = (nl > 0 ? (sl * sl) / nl : 0) + (nr > 0 ? (sr * sr) / nr : 0);
      let pure = true;
      let last = first;
      let j = i;
      for (; j < e; j++) {
        if (cs[j] !== c) break;
        const v = vs[j];
        if (v !== first) pure = false;
        last = v;
        sl += v - yMean;
      }
      let thr = Number.NaN;
      if (i === s) {
        if (!pure) thr = values[c];
      } else if (prevLast !== first) thr = (values[prevCode] + values[c]) / 2;
      else if (!pure) thr = values[c];
      if (thr === thr) {
        if (fast > best) best = fast;
        if (out && fast >= min) out.push({ feature: f, cut: c, threshold: thr, fast, nLeft: nl });
      }
      nl += j - i;
      prevLast = last;
      prevCode = c;
      i = j;
    }
    return best;
  }

  const k1 = Math.max(1, k);
  return {
    task,
    nFeatures: d,
    nClasses: k,
    nodeCount,
    feature: feature.slice(0, nodeCount),
    threshold: threshold.slice(0, nodeCount),
    left: left.slice(0, nodeCount),
    right: right.slice(0, nodeCount),
    gain: gainArr.slice(0, nodeCount),
    samples: samples.slice(0, nodeCount),
    impurity: impurity.slice(0, nodeCount),
    value: value.slice(0, nodeCount * k1),
    distLength: distLength.slice(0, nodeCount),
  };
}

/**
 * Impurity-based feature importance, as sklearn's `feature_importances_`: for every split, the
 * node's samples × impurity minus the children's, summed per feature, divided by the root's
 * samples, normalised to sum 1 (all zeros for a single-leaf tree).
 */
export function featureImportances(tree: FittedTree): Float64Array {
  const imp = new Float64Array(tree.nFeatures);
  for (let i = 0; i < tree.nodeCount; i++) {
    const f = tree.feature[i];
    if (f < 0) continue;
    const l = tree.left[i];
    const r = tree.right[i];
    imp[f] += tree.samples[i] * tree.impurity[i] - tree.samples[l] * tree.impurity[l] - tree.samples[r] * tree.impurity[r];
  }
  let sum = 0;
  for (let f = 0; f < imp.length; f++) {
    imp[f] /= tree.samples[0];
    sum += imp[f];
  }
  if (sum > 0) for (let f = 0; f < imp.length; f++) imp[f] /= sum;
  return imp;
}
