/**
 * evaluateGate: given the true values and both models' predictions on the same evaluation rows,
 * compute every metric's delta with a paired bootstrap CI, McNemar's exact test, the per-slice
 * table, judge the rules and return the whole report. Pure: randomness from the seed.
 */
import { createRng, type Rng } from '../model/rng.js';
import {
  CLASSIFICATION_METRICS,
  REGRESSION_METRICS,
  bootstrapClassification,
  bootstrapRegression,
  confusionFromTriples,
  countTriples,
  metricsFromConfusion,
  type Interval,
} from './bootstrap.js';
import { judgeMetrics, type MetricVerdict, type ResolvedRule, type Task } from './rules.js';
import { evaluateSlices, type Predictions, type SliceReport } from './slices.js';
import { mcnemarExact, type McNemarResult } from './stats.js';

export interface SchemaDiff {
  /** Columns the candidate uses that the baseline does not. */
  added: string[];
  /** Columns the baseline uses that the candidate does not. */
  removed: string[];
  /** Columns both use with a different type, as "name: old → new". */
  changed: string[];
}

export type BaselineState =
  | { kind: 'compared'; source: string; schema?: SchemaDiff }
  | { kind: 'first-model'; message: string }
  | { kind: 'unavailable'; source?: string; message: string; policy: 'fail' | 'warn' }
  | { kind: 'schema-changed'; source: string; schema: SchemaDiff; message: string; policy: 'fail' | 'warn' };

export function metricsOf(task: Task): readonly string[] {
  return task === 'classification' ? CLASSIFICATION_METRICS : REGRESSION_METRICS;
}

export interface GateInput {
  task: Task;
  /** Class labels (classification): index i of truth/predictions is classes[i]. */
  classes?: string[];
  positive?: number;
  truth: Int32Array | Float64Array;
  candidate: Int32Array | Float64Array;
  /** Present exactly when baselineState.kind is "compared". */
  baseline?: Int32Array | Float64Array;
  baselineState: BaselineState;
  candidateSource: string;
  evaluationSource: string;
  headline: string;
  rules: ResolvedRule[];
  slices?: Record<string, ArrayLike<string>>;
  sliceMetric?: string;
  maxDisparity?: number;
  minSliceRows?: number;
  resamples: number;
  confidence: number;
  seed: number;
}

export interface GateReport {
  version: 1;
  passed: boolean;
  task: Task;
  headline: string;
  rows: number;
  candidate: string;
  evaluation: string;
  baseline: BaselineState;
  rulesFromDefaults: boolean;
  bootstrap: { resamples: number; confidence: number; seed: number; method: string };
  metrics: MetricVerdict[];
  mcnemar?: McNemarResult;
  confusion?: { labels: string[]; baseline?: number[][]; candidate: number[][] };
  slices: SliceReport[];
  /** One line per failed check, naming metric, value and threshold. */
  failures: string[];
  warnings: string[];
  notes: string[];
  /** Searched hyperparameters: the candidate's chosen values beside production's. */
  params?: { name: string; production?: unknown; candidate: unknown }[];
}

function matrix(flat: Float64Array, k: number): number[][] {
  return Array.from({ length: k }, (_, i) => Array.from(flat.subarray(i * k, (i + 1) * k)));
}

function regressionObserved(truth: Float64Array, pred: Float64Array): Record<string, number> {
  const n = truth.length;
  let abs = 0;
  let sq = 0;
  let sy = 0;
  let sy2 = 0;
  for (let i = 0; i < n; i++) {
    const e = pred[i] - truth[i];
    abs += Math.abs(e);
    sq += e * e;
    sy += truth[i];
    sy2 += truth[i] * truth[i];
  }
  const sst = sy2 - (sy * sy) / n;
  return { rmse: Math.sqrt(sq / n), mae: abs / n, mse: sq / n, r2: sst <= 0 ? Number.NaN : 1 - sq / sst };
}

export function evaluateGate(input: GateInput, rng: Rng = createRng(input.seed)): GateReport {
  const n = input.truth.length;
  const compared = input.baselineState.kind === 'compared' && input.baseline !== undefined;
  const failures: string[] = [];
  const warnings: string[] = [];
  const notes: string[] = [];
  let deltas: { metric: string; candidate: number; baseline?: number; delta?: number; ci?: Interval }[];
  let mcnemar: McNemarResult | undefined;
  let confusion: GateReport['confusion'];

  if (input.task === 'classification') {
    const k = Math.max(1, input.classes?.length ?? 0);
    const truth = input.truth as Int32Array;
    const cand = input.candidate as Int32Array;
    const base = compared ? (input.baseline as Int32Array) : cand;
    const labels = input.classes ?? Array.from({ length: k }, (_, i) => String(i));
    if (compared) {
      const { deltas: d, triples } = bootstrapClassification({ k, truth, baseline: base, candidate: cand, positive: input.positive }, { resamples: input.resamples, confidence: input.confidence, rng });
      deltas = d;
      let baselineOnly = 0;
      let candidateOnly = 0;
      for (let i = 0; i < triples.counts.length; i++) {
        const bOk = triples.baseline[i] === triples.truth[i];
        const cOk = triples.candidate[i] === triples.truth[i];
        if (bOk && !cOk) baselineOnly += triples.counts[i];
        if (!bOk && cOk) candidateOnly += triples.counts[i];
      }
      mcnemar = mcnemarExact(baselineOnly, candidateOnly);
      confusion = { labels, baseline: matrix(confusionFromTriples(triples, 'baseline'), k), candidate: matrix(confusionFromTriples(triples, 'candidate'), k) };
    } else {
      const triples = countTriples({ k, truth, baseline: cand, candidate: cand });
      const cm = confusionFromTriples(triples, 'candidate');
      const m = metricsFromConfusion(cm, k, input.positive);
      deltas = CLASSIFICATION_METRICS.map((metric) => ({ metric, candidate: m[metric] }));
      confusion = { labels, candidate: matrix(cm, k) };
    }
  } else {
    const truth = input.truth as Float64Array;
    const cand = input.candidate as Float64Array;
    if (compared) {
      deltas = bootstrapRegression({ truth, baseline: input.baseline as Float64Array, candidate: cand }, { resamples: input.resamples, confidence: input.confidence, rng }).deltas;
    } else {
      const m = regressionObserved(truth, cand);
      deltas = REGRESSION_METRICS.map((metric) => ({ metric, candidate: m[metric] }));
    }
  }

  const metrics = judgeMetrics(deltas, input.rules);
  for (const v of metrics) for (const c of v.checks) if (!c.passed) failures.push(c.message);
  for (const r of input.rules) {
    if (!compared && (r.maxDrop !== undefined || r.maxDropRelative !== undefined)) notes.push(`${r.metric}: drop rules not applied (no baseline to compare with)`);
  }

  const state = input.baselineState;
  if (state.kind === 'first-model') notes.push(`first model: ${state.message}`);
  if (state.kind === 'unavailable') (state.policy === 'fail' ? failures : warnings).push(`baseline unavailable: ${state.message}`);
  if (state.kind === 'schema-changed') (state.policy === 'fail' ? failures : warnings).push(`baseline not comparable: ${state.message}`);
  if (state.kind === 'compared' && state.schema && (state.schema.added.length + state.schema.removed.length + state.schema.changed.length > 0)) {
    warnings.push(`schema changed between baseline and candidate: ${describeSchemaDiff(state.schema)}`);
  }

  let slices: SliceReport[] = [];
  if (input.slices && Object.keys(input.slices).length > 0) {
    const preds: Predictions =
      input.task === 'classification'
        ? { kind: 'classification', k: Math.max(1, input.classes?.length ?? 0), truth: input.truth as Int32Array, candidate: input.candidate as Int32Array, ...(compared ? { baseline: input.baseline as Int32Array } : {}), positive: input.positive }
        : { kind: 'regression', truth: input.truth as Float64Array, candidate: input.candidate as Float64Array, ...(compared ? { baseline: input.baseline as Float64Array } : {}) };
    slices = evaluateSlices(preds, input.slices, { metric: input.sliceMetric ?? input.headline, maxDisparity: input.maxDisparity, minRows: input.minSliceRows ?? 30 });
    for (const s of slices) if (!s.passed && s.message) failures.push(s.message);
  }

  return {
    version: 1,
    passed: failures.length === 0,
    task: input.task,
    headline: input.headline,
    rows: n,
    candidate: input.candidateSource,
    evaluation: input.evaluationSource,
    baseline: state,
    rulesFromDefaults: input.rules.some((r) => r.source === 'default'),
    bootstrap: {
      resamples: input.resamples,
      confidence: input.confidence,
      seed: input.seed,
      method: input.task === 'classification' ? 'paired bootstrap (multinomial over (truth, baseline, candidate) counts), percentile interval' : 'paired bootstrap (row indices), percentile interval',
    },
    metrics,
    ...(mcnemar ? { mcnemar } : {}),
    ...(confusion ? { confusion } : {}),
    slices,
    failures,
    warnings,
    notes,
  };
}

export function describeSchemaDiff(s: SchemaDiff): string {
  const parts: string[] = [];
  if (s.added.length) parts.push(`added ${s.added.join(', ')}`);
  if (s.removed.length) parts.push(`removed ${s.removed.join(', ')}`);
  if (s.changed.length) parts.push(`changed ${s.changed.join(', ')}`);
  return parts.join('; ') || 'no column changes';
}
