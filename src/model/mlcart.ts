/**
 * ml-cart's JSON model format, written by this trainer and read by ml-cart's
 * `DecisionTreeClassifier.load(json)` / `DecisionTreeRegression.load(json)`.
 *
 * `{ name: 'DTClassifier' | 'DTRegression', options: {...}, root: node }` where a split node is
 * `{ splitColumn, splitValue, gain, left, right }` (rows with x[splitColumn] < splitValue go left)
 * and a leaf is `{ distribution: [[p0, p1, …]] }` (classification, up to the largest class present
 * in the leaf) or `{ distribution: mean }` (regression). ml-cart itself also repeats its option
 * fields on every node; `load` ignores them, so they are written once, in `options`.
 * Features are column indexes: the bundle keeps their names and order (preprocess.json).
 */
import type { CartOptions, FittedTree, Task } from './cart.js';

export interface MlCartNode {
  splitColumn?: number;
  splitValue?: number;
  gain?: number;
  left?: MlCartNode;
  right?: MlCartNode;
  distribution?: number | number[][];
  [k: string]: unknown;
}

export interface MlCartModel {
  name: 'DTClassifier' | 'DTRegression';
  options: Record<string, unknown>;
  root: MlCartNode;
}

/** Convert a fitted tree to ml-cart's JSON model. */
export function toMlCartModel(tree: FittedTree, opts: CartOptions): MlCartModel {
  const isClf = tree.task === 'classification';
  const k = tree.nClasses;
  const build = (i: number): MlCartNode => {
    if (tree.feature[i] < 0) {
      if (!isClf) return { distribution: tree.value[i] };
      const dist = Array.from(tree.value.subarray(i * k, i * k + tree.distLength[i]));
      return { distribution: [dist] };
    }
    return {
      gain: tree.gain[i],
      left: build(tree.left[i]),
      right: build(tree.right[i]),
      splitColumn: tree.feature[i],
      splitValue: tree.threshold[i],
    };
  };
  const options: Record<string, unknown> = isClf
    ? { gainFunction: 'gini', gainThreshold: opts.gainThreshold, kind: 'classifier', maxDepth: finiteOrNull(opts.maxDepth), minNumSamples: opts.minNumSamples, splitFunction: 'mean' }
    : { gainFunction: 'regression', gainThreshold: opts.gainThreshold, kind: 'regression', maxDepth: finiteOrNull(opts.maxDepth), minNumSamples: opts.minNumSamples, splitFunction: 'mean' };
  return { name: isClf ? 'DTClassifier' : 'DTRegression', options, root: build(0) };
}

function finiteOrNull(x: number): number | null {
  return Number.isFinite(x) ? x : null;
}

/**
 * A tree compiled to flat typed arrays for fast scoring. Node i is a leaf when feature[i] < 0;
 * then `leaf[i]` indexes `leafClass` / `leafValue` / `leafProba` (row-major, nClasses per leaf).
 */
export interface CompiledTree {
  task: Task;
  nClasses: number;
  /** Largest feature index used + 1. */
  nFeatures: number;
  feature: Int32Array;
  threshold: Float64Array;
  left: Int32Array;
  right: Int32Array;
  leaf: Int32Array;
  leafClass: Int32Array;
  leafValue: Float64Array;
  leafProba: Float64Array;
  /** The same tree laid out for scoring (see WalkLayout). */
  walk: WalkLayout;
}

/**
 * Scoring layout: nodes in breadth-first order with siblings adjacent, so the right child is the
 * left child + 1 and one step is `o = child + 1 - (x[feature] < threshold)`, without a branch. A
 * leaf points to itself (threshold NaN, child = itself − 1, feature 0), so rows that reached a leaf
 * can keep stepping while others in the same group are still walking.
 */
export interface WalkLayout {
  /** Node records with the feature index (row-major input `X[r * stride + feature]`). */
  byFeature: NodeRecords;
  /** Node records with the feature's position in `usedFeatures` (the block copy of columns). */
  bySlot: NodeRecords;
  /** Leaf index (into leafClass / leafValue / leafProba), −1 on split nodes. */
  leaf: Int32Array;
  /** The features the tree splits on, ascending. */
  usedFeatures: Int32Array;
  /** Depth of the shallowest leaf: every row takes at least this many steps. */
  minLeafDepth: number;
}

/**
 * 16 bytes per node in one buffer, so a step touches one cache line: node o's threshold is
 * `threshold[2o]`, its feature `ints[4o + 2]`, its left child `ints[4o + 3]`.
 */
export interface NodeRecords {
  threshold: Float64Array;
  ints: Int32Array;
}

function nodeRecords(count: number): NodeRecords {
  const buf = new ArrayBuffer(count * 16);
  return { threshold: new Float64Array(buf), ints: new Int32Array(buf) };
}

/**
 * Compile an ml-cart JSON model (ours or one written by ml-cart's toJSON) to flat arrays.
 * `nClasses` pads leaf distributions to a fixed width (default: the widest leaf).
 */
export function compileMlCart(model: MlCartModel, nClasses?: number): CompiledTree {
  if (model.name !== 'DTClassifier' && model.name !== 'DTRegression') throw new RangeError(`not an ml-cart model: name ${JSON.stringify((model as { name?: unknown }).name)}`);
  const task: Task = model.name === 'DTClassifier' ? 'classification' : 'regression';
  const nodes: MlCartNode[] = [];
  const walk = (nd: MlCartNode) => {
    nodes.push(nd);
    if (nd.distribution === undefined) {
      walk(nd.left!);
      walk(nd.right!);
    }
  };
  walk(model.root);
  let k = nClasses ?? 0;
  let leaves = 0;
  for (const nd of nodes) {
    if (nd.distribution !== undefined) {
      leaves++;
      if (task === 'classification' && nClasses === undefined) k = Math.max(k, (nd.distribution as number[][])[0].length);
    }
  }
  const count = nodes.length;
  const feature = new Int32Array(count);
  const threshold = new Float64Array(count);
  const left = new Int32Array(count);
  const right = new Int32Array(count);
  const leaf = new Int32Array(count).fill(-1);
  const leafClass = new Int32Array(leaves);
  const leafValue = new Float64Array(leaves);
  const leafProba = new Float64Array(task === 'classification' ? leaves * k : 0);
  const index = new Map<MlCartNode, number>();
  nodes.forEach((nd, i) => index.set(nd, i));
  let nFeatures = 0;
  let li = 0;
  nodes.forEach((nd, i) => {
    if (nd.distribution !== undefined) {
      feature[i] = -1;
      leaf[i] = li;
      if (task === 'classification') {
        const dist = (nd.distribution as number[][])[0];
        if (dist.length > k) throw new RangeError(`leaf distribution has ${dist.length} classes, model has ${k}`);
        // ml-matrix maxRowIndex: the first largest probability.
        let best = 0;
        for (let c = 0; c < dist.length; c++) {
          leafProba[li * k + c] = dist[c];
          if (dist[c] > dist[best]) best = c;
        }
        leafClass[li] = best;
        leafValue[li] = best;
      } else {
        leafValue[li] = nd.distribution as number;
      }
      li++;
    } else {
      feature[i] = nd.splitColumn!;
      threshold[i] = nd.splitValue!;
      left[i] = index.get(nd.left!)!;
      right[i] = index.get(nd.right!)!;
      nFeatures = Math.max(nFeatures, nd.splitColumn! + 1);
    }
  });
  return { task, nClasses: k, nFeatures, feature, threshold, left, right, leaf, leafClass, leafValue, leafProba, walk: layoutForWalk(feature, threshold, left, right, leaf) };
}

/** Breadth-first renumbering with adjacent siblings and self-looping leaves (WalkLayout). */
function layoutForWalk(feature: Int32Array, threshold: Float64Array, left: Int32Array, right: Int32Array, leaf: Int32Array): WalkLayout {
  const count = feature.length;
  const used = [...new Set(Array.from(feature).filter((f) => f >= 0))].sort((a, b) => a - b);
  const slotOf = new Map(used.map((f, s) => [f, s]));
  const byFeature = nodeRecords(count);
  const bySlot = nodeRecords(count);
  const w: WalkLayout = { byFeature, bySlot, leaf: new Int32Array(count), usedFeatures: Int32Array.from(used), minLeafDepth: Number.POSITIVE_INFINITY };
  const set = (o: number, thr: number, f: number, slot: number, child: number) => {
    byFeature.threshold[2 * o] = thr;
    bySlot.threshold[2 * o] = thr;
    byFeature.ints[4 * o + 2] = f;
    bySlot.ints[4 * o + 2] = slot;
    byFeature.ints[4 * o + 3] = child;
    bySlot.ints[4 * o + 3] = child;
  };
  const queue = [0];
  const depth = [0];
  const pos = new Int32Array(count);
  let next = 1;
  for (let q = 0; q < queue.length; q++) {
    const i = queue[q];
    const o = pos[i];
    if (feature[i] < 0) {
      set(o, Number.NaN, 0, 0, o - 1);
      w.leaf[o] = leaf[i];
      w.minLeafDepth = Math.min(w.minLeafDepth, depth[q]);
    } else {
      pos[left[i]] = next;
      pos[right[i]] = next + 1;
      set(o, threshold[i], feature[i], slotOf.get(feature[i])!, next);
      w.leaf[o] = -1;
      next += 2;
      queue.push(left[i], right[i]);
      depth.push(depth[q] + 1, depth[q] + 1);
    }
  }
  return w;
}

/** Leaf index reached by one row (`row[f]` is feature f). NaN goes right, as in ml-cart. */
export function leafOf(t: CompiledTree, row: ArrayLike<number>): number {
  const { threshold: T, ints: I } = t.walk.byFeature;
  const leaf = t.walk.leaf;
  let o = 0;
  while (leaf[o] < 0) o = I[4 * o + 3] + (row[I[4 * o + 2]] < T[2 * o] ? 0 : 1);
  return leaf[o];
}

/** Predict one row: a class index or a value. */
export function predictOne(t: CompiledTree, row: ArrayLike<number>): number {
  return t.leafValue[leafOf(t, row)];
}

/**
 * Walk `n` row-major rows (`X[r * stride + feature]`) down the tree, four rows at a time with
 * branch-free steps: a deep tree's comparisons are unpredictable, and four independent walks keep
 * the CPU busy while each waits on its loads. Leaf indexes go to `out[outStart + r]`.
 * A split node's child is after it (child − o > 0); a leaf's is o − 1, so the four walks are done
 * when all four (child − o) are −1, i.e. their bitwise AND is −1.
 */
function walkRows(w: WalkLayout, rec: NodeRecords, X: Float64Array, n: number, stride: number, out: Int32Array, outStart: number): void {
  const { threshold: T, ints: I } = rec;
  const leaf = w.leaf;
  const m = w.minLeafDepth;
  let r = 0;
  for (; r + 4 <= n; r += 4) {
    const b0 = r * stride;
    const b1 = b0 + stride;
    const b2 = b1 + stride;
    const b3 = b2 + stride;
    let o0 = 0;
    let o1 = 0;
    let o2 = 0;
    let o3 = 0;
    for (let s = 0; s < m; s++) {
      o0 = I[(o0 << 2) + 3] + 1 - +(X[b0 + I[(o0 << 2) + 2]] < T[o0 << 1]);
      o1 = I[(o1 << 2) + 3] + 1 - +(X[b1 + I[(o1 << 2) + 2]] < T[o1 << 1]);
      o2 = I[(o2 << 2) + 3] + 1 - +(X[b2 + I[(o2 << 2) + 2]] < T[o2 << 1]);
      o3 = I[(o3 << 2) + 3] + 1 - +(X[b3 + I[(o3 << 2) + 2]] < T[o3 << 1]);
    }
    for (;;) {
      const c0 = I[(o0 << 2) + 3];
      const c1 = I[(o1 << 2) + 3];
      const c2 = I[(o2 << 2) + 3];
      const c3 = I[(o3 << 2) + 3];
      if (((c0 - o0) & (c1 - o1) & (c2 - o2) & (c3 - o3)) === -1) break;
      o0 = c0 + 1 - +(X[b0 + I[(o0 << 2) + 2]] < T[o0 << 1]);
      o1 = c1 + 1 - +(X[b1 + I[(o1 << 2) + 2]] < T[o1 << 1]);
      o2 = c2 + 1 - +(X[b2 + I[(o2 << 2) + 2]] < T[o2 << 1]);
      o3 = c3 + 1 - +(X[b3 + I[(o3 << 2) + 2]] < T[o3 << 1]);
    }
    out[outStart + r] = leaf[o0];
    out[outStart + r + 1] = leaf[o1];
    out[outStart + r + 2] = leaf[o2];
    out[outStart + r + 3] = leaf[o3];
  }
  for (; r < n; r++) {
    const b = r * stride;
    let o = 0;
    while (leaf[o] < 0) o = I[(o << 2) + 3] + (X[b + I[(o << 2) + 2]] < T[o << 1] ? 0 : 1);
    out[outStart + r] = leaf[o];
  }
}

/**
 * Columnar batch scoring: `columns[f][i]` is feature f of row i. Returns the leaf index of each of
 * the `n` rows; use `leafValue` / `leafClass` / `leafProba` of the tree to read predictions.
 * Rows go in blocks: the block's values of the features the tree uses are copied row-major into a
 * small buffer that stays in cache, then walked as rows.
 */
export function leavesOfColumns(t: CompiledTree, columns: ArrayLike<number>[], n: number, out: Int32Array = new Int32Array(n)): Int32Array {
  const w = t.walk;
  if (w.leaf[0] >= 0) return out.fill(w.leaf[0], 0, n);
  const used = w.usedFeatures;
  const u = used.length;
  const cols = Array.from(used, (f) => columns[f]);
  const block = Math.max(4, Math.min(512, (Math.floor(4096 / u) >> 2) << 2));
  const buf = new Float64Array(Math.min(block, n) * u);
  for (let start = 0; start < n; start += block) {
    const m = Math.min(block, n - start);
    for (let s = 0; s < u; s++) {
      const c = cols[s];
      for (let j = 0, k = s; j < m; j++, k += u) buf[k] = c[start + j];
    }
    walkRows(w, w.bySlot, buf, m, u, out, start);
  }
  return out;
}

/** Row-major batch scoring: `X[r * stride + f]`. Returns leaf indexes. */
export function leavesOfRows(t: CompiledTree, X: Float64Array, n: number, stride: number, out: Int32Array = new Int32Array(n)): Int32Array {
  const w = t.walk;
  if (w.leaf[0] >= 0) return out.fill(w.leaf[0], 0, n);
  walkRows(w, w.byFeature, X, n, stride, out, 0);
  return out;
}
