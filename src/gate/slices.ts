/**
 * Per-slice metrics of the candidate (and baseline) and the disparity between slices of a column
 * (largest minus smallest value among slices with enough rows), for fairness checks.
 */
import { metricsFromConfusion, type ClassificationMetric, type RegressionMetric } from './bootstrap.js';

export interface SliceValue {
  value: string;
  rows: number;
  candidate: number;
  baseline?: number;
  /** false when rows < min-slice-rows: shown, not judged. */
  judged: boolean;
}

export interface SliceReport {
  column: string;
  metric: string;
  slices: SliceValue[];
  /** max − min of the candidate's metric over judged slices (NaN with fewer than two). */
  disparity: number;
  maxDisparity?: number;
  passed: boolean;
  message?: string;
}

export type Predictions = { kind: 'classification'; k: number; truth: Int32Array; candidate: Int32Array; baseline?: Int32Array; positive?: number } | { kind: 'regression'; truth: Float64Array; candidate: Float64Array; baseline?: Float64Array };

function metricOf(p: Predictions, rows: number[], which: 'candidate' | 'baseline', metric: string): number {
  if (p.kind === 'classification') {
    const pred = which === 'candidate' ? p.candidate : p.baseline!;
    const cm = new Float64Array(p.k * p.k);
    for (const i of rows) cm[p.truth[i] * p.k + pred[i]]++;
    return metricsFromConfusion(cm, p.k, p.positive)[metric as ClassificationMetric];
  }
  const pred = which === 'candidate' ? p.candidate : p.baseline!;
  let abs = 0;
  let sq = 0;
  let sy = 0;
  let sy2 = 0;
  for (const i of rows) {
    const e = pred[i] - p.truth[i];
    abs += Math.abs(e);
    sq += e * e;
    sy += p.truth[i];
    sy2 += p.truth[i] * p.truth[i];
  }
  const n = rows.length;
  const sst = sy2 - (sy * sy) / n;
  const all: Record<RegressionMetric, number> = { rmse: Math.sqrt(sq / n), mae: abs / n, mse: sq / n, r2: sst <= 0 ? Number.NaN : 1 - sq / sst };
  return all[metric as RegressionMetric];
}

export function evaluateSlices(p: Predictions, columns: Record<string, ArrayLike<string>>, opts: { metric: string; maxDisparity?: number; minRows: number }): SliceReport[] {
  return Object.entries(columns).map(([column, values]) => {
    const groups = new Map<string, number[]>();
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      let g = groups.get(v);
      if (!g) groups.set(v, (g = []));
      g.push(i);
    }
    const slices: SliceValue[] = [...groups.entries()]
      .sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1))
      .map(([value, rows]) => ({
        value,
        rows: rows.length,
        candidate: metricOf(p, rows, 'candidate', opts.metric),
        ...(p.baseline ? { baseline: metricOf(p, rows, 'baseline', opts.metric) } : {}),
        judged: rows.length >= opts.minRows,
      }));
    const judged = slices.filter((s) => s.judged && Number.isFinite(s.candidate));
    const disparity = judged.length < 2 ? Number.NaN : Math.max(...judged.map((s) => s.candidate)) - Math.min(...judged.map((s) => s.candidate));
    const limit = opts.maxDisparity;
    const passed = limit === undefined || !Number.isFinite(disparity) || disparity <= limit;
    let message: string | undefined;
    if (limit !== undefined && !passed) {
      const hi = judged.reduce((a, b) => (b.candidate > a.candidate ? b : a));
      const lo = judged.reduce((a, b) => (b.candidate < a.candidate ? b : a));
      message = `${opts.metric} differs by ${disparity.toPrecision(3)} between slices of ${column} ("${hi.value}" ${hi.candidate.toPrecision(3)} vs "${lo.value}" ${lo.candidate.toPrecision(3)}), above max-disparity ${limit}`;
    }
    return { column, metric: opts.metric, slices, disparity, ...(limit !== undefined ? { maxDisparity: limit } : {}), passed, ...(message ? { message } : {}) };
  });
}
