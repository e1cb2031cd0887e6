/**
 * Candidates that differ only in max-depth, min-num-samples and gain-threshold share one grown
 * tree per fold. A tree trainer (cart.ts, hist.ts) decides a node's split from the node's rows
 * alone; these three settings only decide whether the node stops there (depth ≥ max-depth, rows ≤
 * min-num-samples, gain ≤ gain-threshold), and a child's "gain ≠ parent's gain" rule reads the
 * parent's gain, which is the same whether or not the parent's siblings split. So the tree grown
 * with the largest max-depth, the smallest min-num-samples and the smallest gain-threshold of a
 * group contains every candidate's tree as a top part: the candidate's tree is that tree cut where
 * the candidate's own rules stop, with the values its leaves would have had (the trainers record
 * them at split nodes when asked: `internalValues`). pruneTree rebuilds it node for node in the
 * trainers' own numbering, so the result is the same FittedTree, bit for bit, as growing the
 * candidate alone (tests/unit/model/search-prune.test.ts checks both trainers and tasks).
 */
import type { CartOptions, FittedTree } from './cart.js';

/** The options that grow a tree containing the tree of every one of `opts`. */
export function coveringOptions(opts: CartOptions[]): CartOptions {
  return {
    maxDepth: Math.max(...opts.map((o) => o.maxDepth)),
    minNumSamples: Math.min(...opts.map((o) => o.minNumSamples)),
    gainThreshold: Math.min(...opts.map((o) => o.gainThreshold)),
  };
}

/**
 * The tree `opts` grows, cut from `big` (grown with `internalValues` and options covering `opts`:
 * maxDepth ≥, minNumSamples ≤, gainThreshold ≤). Node numbering as the trainers number nodes: a
 * split node's children get the next two numbers when it is split, nodes are split depth first,
 * left before right.
 */
export function pruneTree(big: FittedTree, opts: CartOptions): FittedTree {
  const n = big.nodeCount;
  const k1 = Math.max(1, big.nClasses);
  const feature = new Int32Array(n);
  const threshold = new Float64Array(n);
  const left = new Int32Array(n);
  const right = new Int32Array(n);
  const gain = new Float64Array(n);
  const samples = new Int32Array(n);
  const impurity = new Float64Array(n);
  const value = new Float64Array(n * k1);
  const distLength = new Int32Array(n);
  let count = 1;
  // [node in big, node in the cut tree, depth]
  const stack: [number, number, number][] = [[0, 0, 0]];
  while (stack.length > 0) {
    const [b, o, depth] = stack.pop()!;
    samples[o] = big.samples[b];
    impurity[o] = big.impurity[b];
    const split = big.feature[b] >= 0 && big.samples[b] > opts.minNumSamples && depth < opts.maxDepth && big.gain[b] > opts.gainThreshold;
    if (!split) {
      feature[o] = -1;
      for (let c = 0; c < k1; c++) value[o * k1 + c] = big.value[b * k1 + c];
      distLength[o] = big.distLength[b];
      continue;
    }
    feature[o] = big.feature[b];
    threshold[o] = big.threshold[b];
    gain[o] = big.gain[b];
    const l = count++;
    const r = count++;
    left[o] = l;
    right[o] = r;
    stack.push([big.right[b], r, depth + 1]);
    stack.push([big.left[b], l, depth + 1]);
  }
  return {
    task: big.task,
    nFeatures: big.nFeatures,
    nClasses: big.nClasses,
    nodeCount: count,
    feature: feature.slice(0, count),
    threshold: threshold.slice(0, count),
    left: left.slice(0, count),
    right: right.slice(0, count),
    gain: gain.slice(0, count),
    samples: samples.slice(0, count),
    impurity: impurity.slice(0, count),
    value: value.slice(0, count * k1),
    distLength: distLength.slice(0, count),
  };
}
