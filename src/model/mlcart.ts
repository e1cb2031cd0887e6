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
  /**
   * The same tree interleaved for scoring, 3 numbers per node in breadth-first order with
   * siblings adjacent: [threshold, feature (or −1 − leaf index for a leaf), left child]; the right
   * child is left + 1. One cache line holds a node and its neighbours.
   */
  packed: Float64Array;
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
  // Breadth-first renumbering with adjacent siblings for the packed layout.
  const packed = new Float64Array(count * 3);
  const queue = [0];
  const pos = new Int32Array(count);
  let next = 1;
  for (let q = 0; q < queue.length; q++) {
    const i = queue[q];
    const o = pos[i] * 3;
    if (feature[i] < 0) {
      packed[o] = 0;
      packed[o + 1] = -1 - leaf[i];
      packed[o + 2] = 0;
    } else {
      pos[left[i]] = next;
      pos[right[i]] = next + 1;
      packed[o] = threshold[i];
      packed[o + 1] = feature[i];
      packed[o + 2] = next;
      next += 2;
      queue.push(left[i], right[i]);
    }
  }
  return { task, nClasses: k, nFeatures, feature, threshold, left, right, leaf, leafClass, leafValue, leafProba, packed };
}

/** Leaf index reached by one row (`row[f]` is feature f). NaN goes right, as in ml-cart. */
export function leafOf(t: CompiledTree, row: ArrayLike<number>): number {
  const p = t.packed;
  let o = 0;
  for (;;) {
    const f = p[o + 1];
    if (f < 0) return -1 - f;
    o = (p[o + 2] + (row[f] < p[o] ? 0 : 1)) * 3;
  }
}

/** Predict one row: a class index or a value. */
export function predictOne(t: CompiledTree, row: ArrayLike<number>): number {
  return t.leafValue[leafOf(t, row)];
}

/**
 * Columnar batch scoring: `columns[f][i]` is feature f of row i. Returns the leaf index of each of
 * the `n` rows; use `leafValue` / `leafClass` / `leafProba` of the tree to read predictions.
 */
export function leavesOfColumns(t: CompiledTree, columns: ArrayLike<number>[], n: number, out: Int32Array = new Int32Array(n)): Int32Array {
  const p = t.packed;
  for (let r = 0; r < n; r++) {
    let o = 0;
    let f = p[1];
    while (f >= 0) {
      o = (p[o + 2] + (columns[f][r] < p[o] ? 0 : 1)) * 3;
      f = p[o + 1];
    }
    out[r] = -1 - f;
  }
  return out;
}

/** Row-major batch scoring: `X[r * stride + f]`. Returns leaf indexes. */
export function leavesOfRows(t: CompiledTree, X: Float64Array, n: number, stride: number, out: Int32Array = new Int32Array(n)): Int32Array {
  const p = t.packed;
  for (let r = 0; r < n; r++) {
    const base = r * stride;
    let o = 0;
    let f = p[1];
    while (f >= 0) {
      o = (p[o + 2] + (X[base + f] < p[o] ? 0 : 1)) * 3;
      f = p[o + 1];
    }
    out[r] = -1 - f;
  }
  return out;
}
