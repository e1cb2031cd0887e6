/**
 * Scoring a few records at a time with no per-call allocation: the serving runtime's path (one
 * request = one call). The bundle's preprocessing is compiled once into a row transform
 * (compileRowTransform: the same rules as transformColumns) that writes row-major features into a
 * reused buffer, and the compiled tree(s) walk those rows (leavesOfRows). Results are views into
 * buffers reused by the next call (only the first n entries are this call's): read them before
 * scoring again.
 */
import { UsageError } from '../errors.js';
import type { CompiledModel } from './bundle.js';
import { leavesOfRows } from './mlcart.js';
import { compileRowTransform, type PreprocessSpec } from './preprocess.js';

export interface RecordScores {
  n: number;
  /** Class index (classification) or value (regression) of record r at [r]; only the first n are this call's. */
  predictions: Float64Array;
  /** Row-major class probabilities (record r's class c at [r × nClasses + c]), classification only. */
  probabilities?: Float64Array;
}

export type RecordScorer = (records: readonly Record<string, unknown>[]) => RecordScores;

/**
 * Compile a scorer for a bundle's preprocessing and model. A record that fails preprocessing
 * throws a UsageError naming the record (1-based), column, value and what was expected, as
 * scoreRecords does.
 */
export function compileRecordScorer(bundle: { preprocess: PreprocessSpec; model: CompiledModel }): RecordScorer {
  const transform = compileRowTransform(bundle.preprocess);
  const model = bundle.model;
  const stride = Math.max(1, bundle.preprocess.features.length);
  const k = model.nClasses;
  const clf = model.task === 'classification';
  let cap = 0;
  let X = new Float64Array(0);
  let leaves = new Int32Array(0);
  let pred = new Float64Array(0);
  let proba = new Float64Array(0);
  const grow = (n: number) => {
    cap = Math.max(n, cap * 2, 16);
    X = new Float64Array(cap * stride);
    leaves = new Int32Array(cap);
    pred = new Float64Array(cap);
    if (clf) proba = new Float64Array(cap * k);
  };
  return (records) => {
    const n = records.length;
    if (n > cap) grow(n);
    for (let r = 0; r < n; r++) {
      const e = transform(records[r], X, r * stride);
      if (e) throw new UsageError(`record ${r + 1}: column "${e.column}" is ${JSON.stringify(e.value)}, expected ${e.expected}`);
    }
    const trees = model.trees;
    if (!clf) {
      pred.fill(0, 0, n);
      for (const t of trees) {
        leavesOfRows(t, X, n, stride, leaves);
        for (let r = 0; r < n; r++) pred[r] += t.leafValue[leaves[r]];
      }
      if (trees.length > 1) for (let r = 0; r < n; r++) pred[r] /= trees.length;
      return { n, predictions: pred };
    }
    if (trees.length === 1) {
      const t = trees[0];
      leavesOfRows(t, X, n, stride, leaves);
      for (let r = 0; r < n; r++) {
        const l = leaves[r];
        pred[r] = t.leafClass[l];
        for (let c = 0; c < k; c++) proba[r * k + c] = t.leafProba[l * k + c];
      }
    } else {
      proba.fill(0, 0, n * k);
      for (const t of trees) {
        leavesOfRows(t, X, n, stride, leaves);
        for (let r = 0; r < n; r++) for (let c = 0; c < k; c++) proba[r * k + c] += t.leafProba[leaves[r] * k + c];
      }
      for (let r = 0; r < n; r++) {
        let best = 0;
        for (let c = 0; c < k; c++) {
          proba[r * k + c] /= trees.length;
          if (proba[r * k + c] > proba[r * k + best]) best = c;
        }
        pred[r] = best;
      }
    }
    return { n, predictions: pred, probabilities: proba };
  };
}
