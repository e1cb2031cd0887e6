/**
 * Paired bootstrap of metric deltas (candidate − baseline) on the same evaluation rows.
 *
 * Classification: every metric is a function of the counts of (true class, baseline prediction,
 * candidate prediction) triples. Resampling n rows with replacement draws those counts from a
 * multinomial with the observed proportions — so the bootstrap is done on the counts
 * (sampleMultinomial, exact in distribution), O(distinct triples) per resample instead of O(n).
 *
 * Regression: per-row errors in typed arrays, resampled by index with the seeded RNG; no
 * allocation per resample.
 */
import type { Rng } from '../model/rng.js';
import { quantileSorted, sampleMultinomial } from './stats.js';

export interface Interval {
  lower: number;
  upper: number;
}

export interface BootstrapOptions {
  resamples: number;
  /** e.g. 0.95 */
  confidence: number;
  rng: Rng;
}

/** Percentile interval of `values` (sorted in place). */
export function percentileInterval(values: Float64Array, confidence: number): Interval {
  const finite = values.filter((v) => Number.isFinite(v)).sort();
  const alpha = (1 - confidence) / 2;
  return { lower: quantileSorted(finite, alpha), upper: quantileSorted(finite, 1 - alpha) };
}

// ---------------------------------------------------------------------------------------------
// Classification

export const CLASSIFICATION_METRICS = ['accuracy', 'balanced-accuracy', 'precision-macro', 'recall-macro', 'f1-macro'] as const;
export type ClassificationMetric = (typeof CLASSIFICATION_METRICS)[number];

/** Paired evaluation rows of a classifier pair, as class indices 0..k−1. */
export interface PairedClassification {
  k: number;
  truth: Int32Array;
  baseline: Int32Array;
  candidate: Int32Array;
  /** Index of the positive class for binary precision/recall/F1; undefined → macro average. */
  positive?: number;
}

/** Counts of distinct (truth, baseline, candidate) triples. */
export interface TripleCounts {
  k: number;
  truth: Int32Array;
  baseline: Int32Array;
  candidate: Int32Array;
  counts: Float64Array;
  n: number;
}

export function countTriples(p: PairedClassification): TripleCounts {
  const { k } = p;
  const n = p.truth.length;
  const index = new Map<number, number>();
  const t: number[] = [];
  const b: number[] = [];
  const c: number[] = [];
  const counts: number[] = [];
  for (let i = 0; i < n; i++) {
    const code = (p.truth[i] * k + p.baseline[i]) * k + p.candidate[i];
    let at = index.get(code);
    if (at === undefined) {
      at = counts.length;
      index.set(code, at);
      t.push(p.truth[i]);
      b.push(p.baseline[i]);
      c.push(p.candidate[i]);
      counts.push(0);
    }
    counts[at]++;
  }
  return { k, truth: Int32Array.from(t), baseline: Int32Array.from(b), candidate: Int32Array.from(c), counts: Float64Array.from(counts), n };
}

/** Confusion matrix (row = true class, column = predicted), k×k, row-major. */
export function confusionFromTriples(tc: TripleCounts, which: 'baseline' | 'candidate', weights: ArrayLike<number> = tc.counts, out = new Float64Array(tc.k * tc.k)): Float64Array {
  out.fill(0);
  const pred = which === 'baseline' ? tc.baseline : tc.candidate;
  for (let i = 0; i < weights.length; i++) out[tc.truth[i] * tc.k + pred[i]] += weights[i];
  return out;
}

/** Metrics from a k×k confusion matrix. Precision/recall/F1: macro over classes present in truth or predictions (sklearn average='macro'), or of class `positive` when given. */
export function metricsFromConfusion(cm: ArrayLike<number>, k: number, positive?: number): Record<ClassificationMetric, number> {
  let total = 0;
  let correct = 0;
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < k; j++) total += cm[i * k + j];
    correct += cm[i * k + i];
  }
  const classStats = (c: number) => {
    let rowSum = 0;
    let colSum = 0;
    for (let j = 0; j < k; j++) {
      rowSum += cm[c * k + j];
      colSum += cm[j * k + c];
    }
    const tp = cm[c * k + c];
    const precision = colSum === 0 ? 0 : tp / colSum;
    const recall = rowSum === 0 ? 0 : tp / rowSum;
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    return { rowSum, colSum, precision, recall, f1 };
  };
  let recallSum = 0;
  let present = 0;
  let pSum = 0;
  let rSum = 0;
  let fSum = 0;
  let seen = 0;
  for (let c = 0; c < k; c++) {
    const s = classStats(c);
    if (s.rowSum > 0) {
      recallSum += s.recall;
      present++;
    }
    if (s.rowSum > 0 || s.colSum > 0) {
      pSum += s.precision;
      rSum += s.recall;
      fSum += s.f1;
      seen++;
    }
  }
  const pos = positive === undefined ? undefined : classStats(positive);
  return {
    accuracy: total === 0 ? Number.NaN : correct / total,
    'balanced-accuracy': present === 0 ? Number.NaN : recallSum / present,
    'precision-macro': pos ? pos.precision : seen === 0 ? Number.NaN : pSum / seen,
    'recall-macro': pos ? pos.recall : seen === 0 ? Number.NaN : rSum / seen,
    'f1-macro': pos ? pos.f1 : seen === 0 ? Number.NaN : fSum / seen,
  };
}

export interface MetricDelta {
  metric: string;
  baseline: number;
  candidate: number;
  delta: number;
  ci: Interval;
}

/** Observed metrics of both models and the bootstrap CI of each delta. */
export function bootstrapClassification(p: PairedClassification, opts: BootstrapOptions): { deltas: MetricDelta[]; triples: TripleCounts } {
  const tc = countTriples(p);
  const { k } = p;
  const cmA = confusionFromTriples(tc, 'baseline');
  const cmB = confusionFromTriples(tc, 'candidate');
  const obsA = metricsFromConfusion(cmA, k, p.positive);
  const obsB = metricsFromConfusion(cmB, k, p.positive);
  const draws = CLASSIFICATION_METRICS.map(() => new Float64Array(opts.resamples));
  const w = new Float64Array(tc.counts.length);
  const ra = new Float64Array(k * k);
  const rb = new Float64Array(k * k);
  for (let r = 0; r < opts.resamples; r++) {
    sampleMultinomial(tc.counts, tc.n, opts.rng, w);
    confusionFromTriples(tc, 'baseline', w, ra);
    confusionFromTriples(tc, 'candidate', w, rb);
    const ma = metricsFromConfusion(ra, k, p.positive);
    const mb = metricsFromConfusion(rb, k, p.positive);
    CLASSIFICATION_METRICS.forEach((m, i) => (draws[i][r] = mb[m] - ma[m]));
  }
  const deltas = CLASSIFICATION_METRICS.map((metric, i) => ({
    metric,
    baseline: obsA[metric],
    candidate: obsB[metric],
    delta: obsB[metric] - obsA[metric],
    ci: percentileInterval(draws[i], opts.confidence),
  }));
  return { deltas, triples: tc };
}

// ---------------------------------------------------------------------------------------------
// Regression

export const REGRESSION_METRICS = ['rmse', 'mae', 'mse', 'r2'] as const;
export type RegressionMetric = (typeof REGRESSION_METRICS)[number];

export interface PairedRegression {
  truth: Float64Array;
  baseline: Float64Array;
  candidate: Float64Array;
}

interface RegressionSums {
  n: number;
  absA: number;
  absB: number;
  sqA: number;
  sqB: number;
  y: number;
  y2: number;
}

function regressionMetrics(s: RegressionSums, which: 'A' | 'B'): Record<RegressionMetric, number> {
  const sq = which === 'A' ? s.sqA : s.sqB;
  const abs = which === 'A' ? s.absA : s.absB;
  const mse = sq / s.n;
  const sst = s.y2 - (s.y * s.y) / s.n;
  return { rmse: Math.sqrt(mse), mae: abs / s.n, mse, r2: sst <= 0 ? Number.NaN : 1 - sq / sst };
}

export function bootstrapRegression(p: PairedRegression, opts: BootstrapOptions): { deltas: MetricDelta[] } {
  const n = p.truth.length;
  // Interleaved per-row values: |eA|, |eB|, eA², eB², y, y² — one cache line per drawn row.
  const rows = new Float64Array(n * 6);
  const all: RegressionSums = { n, absA: 0, absB: 0, sqA: 0, sqB: 0, y: 0, y2: 0 };
  for (let i = 0; i < n; i++) {
    const y = p.truth[i];
    const ea = p.baseline[i] - y;
    const eb = p.candidate[i] - y;
    const o = i * 6;
    rows[o] = Math.abs(ea);
    rows[o + 1] = Math.abs(eb);
    rows[o + 2] = ea * ea;
    rows[o + 3] = eb * eb;
    rows[o + 4] = y;
    rows[o + 5] = y * y;
    all.absA += rows[o];
    all.absB += rows[o + 1];
    all.sqA += rows[o + 2];
    all.sqB += rows[o + 3];
    all.y += y;
    all.y2 += y * y;
  }
  const obsA = regressionMetrics(all, 'A');
  const obsB = regressionMetrics(all, 'B');
  const draws = REGRESSION_METRICS.map(() => new Float64Array(opts.resamples));
  const s: RegressionSums = { n, absA: 0, absB: 0, sqA: 0, sqB: 0, y: 0, y2: 0 };
  const rng = opts.rng;
  for (let r = 0; r < opts.resamples; r++) {
    let absA = 0;
    let absB = 0;
    let sqA = 0;
    let sqB = 0;
    let sy = 0;
    let sy2 = 0;
    for (let i = 0; i < n; i++) {
      const o = Math.floor(rng.next() * n) * 6;
      absA += rows[o];
      absB += rows[o + 1];
      sqA += rows[o + 2];
      sqB += rows[o + 3];
      sy += rows[o + 4];
      sy2 += rows[o + 5];
    }
    s.absA = absA;
    s.absB = absB;
    s.sqA = sqA;
    s.sqB = sqB;
    s.y = sy;
    s.y2 = sy2;
    const ma = regressionMetrics(s, 'A');
    const mb = regressionMetrics(s, 'B');
    REGRESSION_METRICS.forEach((m, i) => (draws[i][r] = mb[m] - ma[m]));
  }
  return {
    deltas: REGRESSION_METRICS.map((metric, i) => ({
      metric,
      baseline: obsA[metric],
      candidate: obsB[metric],
      delta: obsB[metric] - obsA[metric],
      ci: percentileInterval(draws[i], opts.confidence),
    })),
  };
}
