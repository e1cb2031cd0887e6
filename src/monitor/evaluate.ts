/**
 * The monitor's judgement: a production window against the training reference.
 *
 * - Feature drift: validate-data's engine (src/data/drift.ts, Evidently's defaults: KS / chi-square
 *   / Z below 1000 reference values, normalized Wasserstein / Jensen–Shannon above; dataset drift
 *   when the share of drifted features ≥ drift-share, 0.5).
 * - Prediction drift: the same engine on the model's predictions (class labels or values).
 * - Concept drift, when labels are supplied: the live metrics against the training (holdout)
 *   metrics; a metric decays when it is worse by more than `maxMetricDrop` (relative, 0.05 = 5 %).
 *
 * Binned windows (the server's /metrics read through Prometheus) compare per-bin counts: the
 * reference is put into the same bins (training deciles, categories) and compared as a
 * categorical column by the same engine.
 */
import { UsageError } from '../errors.js';
import { DEFAULT_THRESHOLDS, NEW_CATEGORY_RULE, compareColumn, compareDrift, findNewCategories, type ColumnDrift, type ColumnSummary, type DriftResult } from '../data/drift.js';
import { chiSquareHomogeneity } from '../data/stats.js';

export { chiSquareHomogeneity };
import { computeClassificationMetrics, computeRegressionMetrics } from '../model/metrics.js';
import { PREDICTION_COLUMN, type MonitorReference } from './reference.js';
import { featureKindsOf, summarizeRecords } from './summary.js';

export type SourceKind = 'samples' | 'data' | 'prometheus';

export interface WindowSource {
  kind: SourceKind;
  /** Directory, file or Prometheus URL. */
  location: string;
  /** ISO times of the window, when the source has times (samples, Prometheus). */
  start?: string;
  end?: string;
}

/** Production rows with the model's predictions (and labels, when known). */
export interface RecordsWindow {
  kind: 'records';
  source: WindowSource;
  records: Record<string, unknown>[];
  /** One per record; null when the model could not score the row. */
  predictions: (string | number | null)[];
  /** True labels (same order), when supplied. */
  labels?: unknown[];
  labelColumn?: string;
  /** Class probabilities per record (classification), for roc_auc/log_loss. */
  probabilities?: (number[] | null)[];
}

/** Per-bin counts of one feature (or of the predictions). */
export interface BinnedCounts {
  name: string;
  /** Count per bin name: numeric bins "0".."k" with `upper` edges, categories by value ("__other__" for unseen). */
  counts: Record<string, number>;
  /** Numeric: upper edge per bin name (Infinity for the last). */
  upper?: Record<string, number>;
  missing?: number;
}

export interface BinnedWindow {
  kind: 'binned';
  source: WindowSource;
  rows: number;
  features: BinnedCounts[];
  predictions?: BinnedCounts;
  /** Digest of the served model(s), from cd4ml_model_info. */
  servedDigests?: string[];
}

export type ProductionWindow = RecordsWindow | BinnedWindow;

export interface MonitorOptions {
  /** Share of drifted features for dataset drift (default 0.5, validate-data's default). */
  driftShare?: number;
  /** Whether prediction drift alone marks the window drifted (default true). */
  predictionDrift?: boolean;
  /** Relative drop of a live metric that counts as decay (default 0.05). */
  maxMetricDrop?: number;
  /** Fewer rows than this is not enough to judge (default 30). */
  minRows?: number;
}

export interface LiveMetric {
  metric: string;
  training: number;
  live: number;
  /** Relative change in the bad direction (positive = worse). */
  drop: number;
  threshold: number;
  decayed: boolean;
}

export interface MonitorReport {
  kind: 'cd4ml.monitor-report';
  version: 1;
  source: WindowSource;
  bundle: { dir: string; digest: string };
  reference: { source: string; rows: number };
  rows: number;
  drifted: boolean;
  'drift-share': number;
  'drift-share-threshold': number;
  'drifted-columns': string[];
  /** Why the window counts as drifted (empty when it does not). */
  reasons: string[];
  columns: ColumnDrift[];
  skipped: { column: string; reason: string }[];
  prediction: ColumnDrift | { skipped: string };
  'live-metrics': LiveMetric[];
  labelled: number;
  warnings: string[];
}

export const MONITOR_DEFAULTS = { driftShare: 0.5, predictionDrift: true, maxMetricDrop: 0.05, minRows: 30 } as const;

const HIGHER_IS_BETTER = new Set(['accuracy', 'balanced_accuracy', 'precision_macro', 'recall_macro', 'f1_macro', 'precision_weighted', 'recall_weighted', 'f1_weighted', 'roc_auc', 'r2']);
const CLASSIFICATION_METRICS = ['accuracy', 'balanced_accuracy', 'precision_macro', 'recall_macro', 'f1_macro'];
const REGRESSION_METRICS = ['rmse', 'mae', 'r2'];

/** Put reference values into the bins of a binned window (server rule: first bin whose upper edge ≥ v). */
export function binReference(ref: ColumnSummary, cur: BinnedCounts): ColumnSummary | string {
  const counts: Record<string, number> = {};
  for (const b of Object.keys(cur.counts)) counts[b] = 0;
  if (cur.upper) {
    if (ref.kind !== 'numeric' || !ref.sample) return 'the reference has no numeric values for this feature';
    const bins = Object.entries(cur.upper).sort((a, b) => a[1] - b[1]);
    // A uniform sample (when not exact) estimates the reference's bin shares: scale to its count.
    const scale = ref.sample.length === 0 ? 0 : ref.count / ref.sample.length;
    for (const v of ref.sample) {
      const hit = bins.find(([, up]) => v <= up) ?? bins[bins.length - 1];
      counts[hit[0]] = (counts[hit[0]] ?? 0) + scale;
    }
  } else {
    if (!ref.counts) return 'the reference has more than 1000 distinct values for this feature';
    const known = new Set(Object.keys(cur.counts).filter((b) => b !== '__other__'));
    for (const [v, n] of Object.entries(ref.counts)) {
      const bin = known.has(v) ? v : '__other__';
      counts[bin] = (counts[bin] ?? 0) + n;
    }
  }
  return { name: ref.name, kind: 'categorical', count: ref.count, missing: ref.missing, counts };
}

function binnedSummary(cur: BinnedCounts): ColumnSummary {
  const total = Object.values(cur.counts).reduce((a, b) => a + b, 0);
  return { name: cur.name, kind: 'categorical', count: total, missing: cur.missing ?? 0, counts: { ...cur.counts } };
}

function compareBinned(ref: ColumnSummary, cur: BinnedCounts): ColumnDrift | string {
  const r = binReference(ref, cur);
  if (typeof r === 'string') return r;
  const c = binnedSummary(cur);
  // Bins empty on both sides (e.g. an unseen "__other__") carry no information.
  for (const k of Object.keys(r.counts!)) if ((r.counts![k] ?? 0) === 0 && (c.counts![k] ?? 0) === 0) delete r.counts![k], delete c.counts![k];
  let res: ColumnDrift;
  // Above 1000 reference values the engine's distance (Jensen–Shannon on the bin shares) applies as is.
  if (r.count > 1000) {
    const d = compareColumn(r, c);
    if (typeof d === 'string') return d;
    res = d;
  } else {
    const keys = Object.keys(r.counts!);
    const { statistic, pValue } = chiSquareHomogeneity(
      keys.map((k) => r.counts![k]),
      keys.map((k) => c.counts![k] ?? 0),
    );
    const threshold = DEFAULT_THRESHOLDS.chisquare;
    res = { column: ref.name, kind: ref.kind, test: 'chisquare', statistic, pValue, score: pValue, threshold, rule: `p < ${threshold}`, drifted: pValue < threshold, referenceCount: r.count, currentCount: c.count, sampled: false };
  }
  // Categories the reference never had ("__other__": values the model was not trained on) are
  // drift, as in validate-data; numeric bins are bins, not categories.
  const { newCategories: _engine, ...base } = res;
  const isP = base.pValue !== undefined;
  const rule = isP ? `p < ${base.threshold}` : `distance ≥ ${base.threshold}`;
  const newCategories = ref.kind === 'categorical' ? findNewCategories(r, c) : undefined;
  return {
    ...base,
    kind: ref.kind,
    rule: newCategories ? `${rule}, ${NEW_CATEGORY_RULE}` : rule,
    drifted: (isP ? base.score < base.threshold : base.score >= base.threshold) || newCategories !== undefined,
    ...(newCategories ? { newCategories } : {}),
  };
}

function labelIndex(classes: string[]): Map<string, number> {
  return new Map(classes.map((c, i) => [c, i]));
}

/** Live metrics of a labelled window against the training metrics. */
export function compareLiveMetrics(reference: MonitorReference, window: RecordsWindow, maxDrop: number): { metrics: LiveMetric[]; labelled: number; warnings: string[] } {
  const warnings: string[] = [];
  if (!window.labels) return { metrics: [], labelled: 0, warnings };
  const live: Record<string, number | null> = {};
  let labelled = 0;
  if (reference.task === 'classification') {
    const classes = reference.classes ?? [];
    const idx = labelIndex(classes);
    const yTrue: number[] = [];
    const yPred: number[] = [];
    const proba: number[] = [];
    let unknown = 0;
    let withProba = true;
    for (let i = 0; i < window.labels.length; i++) {
      const l = window.labels[i];
      const p = window.predictions[i];
      if (l === null || l === undefined || l === '' || p === null) continue;
      const t = idx.get(String(l));
      const q = idx.get(String(p));
      if (t === undefined || q === undefined) {
        unknown++;
        continue;
      }
      yTrue.push(t);
      yPred.push(q);
      const pr = window.probabilities?.[i];
      if (pr && pr.length === classes.length) proba.push(...pr);
      else withProba = false;
    }
    if (unknown > 0) warnings.push(`${unknown} labelled row(s) have a label the model does not know (classes: ${classes.join(', ')}); they are left out of the live metrics`);
    labelled = yTrue.length;
    if (labelled > 0) {
      const m = computeClassificationMetrics({ yTrue, yPred, ...(withProba ? { proba } : {}), classes });
      for (const name of CLASSIFICATION_METRICS) live[name] = (m as unknown as Record<string, number | null>)[name];
    }
  } else {
    const yTrue: number[] = [];
    const yPred: number[] = [];
    for (let i = 0; i < window.labels.length; i++) {
      const l = window.labels[i];
      const p = window.predictions[i];
      const y = typeof l === 'number' ? l : typeof l === 'string' && l.trim() !== '' ? Number(l) : Number.NaN;
      if (!Number.isFinite(y) || typeof p !== 'number' || !Number.isFinite(p)) continue;
      yTrue.push(y);
      yPred.push(p);
    }
    labelled = yTrue.length;
    if (labelled > 0) {
      const m = computeRegressionMetrics(yTrue, yPred);
      for (const name of REGRESSION_METRICS) live[name] = (m as unknown as Record<string, number>)[name];
    }
  }
  const names = reference.task === 'classification' ? CLASSIFICATION_METRICS : REGRESSION_METRICS;
  const ordered = [reference.headlineMetric, ...names.filter((n) => n !== reference.headlineMetric)];
  const metrics: LiveMetric[] = [];
  for (const metric of ordered) {
    const training = reference.metrics[metric];
    const value = live[metric];
    if (typeof training !== 'number' || typeof value !== 'number' || !Number.isFinite(value)) continue;
    const higher = HIGHER_IS_BETTER.has(metric);
    const worse = higher ? training - value : value - training;
    const drop = worse / Math.max(Math.abs(training), 1e-12);
    metrics.push({ metric, training, live: value, drop, threshold: maxDrop, decayed: drop > maxDrop });
  }
  return { metrics, labelled, warnings };
}

export interface EvaluateContext {
  bundle: { dir: string; digest: string };
  referenceSource: string;
}

/** Compare a production window with the reference. Throws UsageError when the window cannot be judged (too few rows). */
export function evaluateMonitor(reference: MonitorReference, window: ProductionWindow, ctx: EvaluateContext, options: MonitorOptions = {}): MonitorReport {
  const o = { ...MONITOR_DEFAULTS, ...options };
  const warnings: string[] = [];
  const where = describeSource(window.source);
  const rows = window.kind === 'records' ? window.records.length : window.rows;
  if (rows === 0) {
    throw new UsageError(`no production rows in ${where}: the window is empty, so drift cannot be judged (this is not a "no drift" result); check that the service receives traffic and that sampling is on, or widen the window`);
  }
  if (rows < o.minRows) {
    throw new UsageError(`only ${rows} production row(s) in ${where}, fewer than min-rows ${o.minRows}: too few to judge drift (this is not a "no drift" result); widen the window or lower min-rows`);
  }
  const featureNames = reference.features.columns.map((c) => c.name);
  let features: DriftResult;
  let prediction: ColumnDrift | { skipped: string };
  let live: LiveMetric[] = [];
  let labelled = 0;
  if (window.kind === 'records') {
    const present = new Set(window.records.flatMap((r) => Object.keys(r)));
    const missingCols = featureNames.filter((n) => !present.has(n));
    if (missingCols.length === featureNames.length) {
      throw new UsageError(`${where}: none of the model's features (${featureNames.join(', ')}) is in the production data; point monitor at the model's inputs`);
    }
    const current = summarizeRecords(window.records, featureNames, featureKindsOf(reference));
    features = compareDrift(reference.features, current, { share: o.driftShare });
    const preds = window.predictions.filter((p): p is string | number => p !== null).map((p) => ({ [PREDICTION_COLUMN]: p }));
    const unscored = window.predictions.length - preds.length;
    if (unscored > 0) warnings.push(`${unscored} production row(s) could not be scored by the model (bad or missing values); they are left out of prediction drift`);
    const curPred = summarizeRecords(preds, [PREDICTION_COLUMN], { [PREDICTION_COLUMN]: reference.predictions.kind }).columns[0];
    const pd = compareColumn(reference.predictions, curPred);
    prediction = typeof pd === 'string' ? { skipped: pd } : pd;
    const lm = compareLiveMetrics(reference, window, o.maxMetricDrop);
    live = lm.metrics;
    labelled = lm.labelled;
    warnings.push(...lm.warnings);
    if (window.labels && labelled < o.minRows) {
      warnings.push(`only ${labelled} labelled row(s), fewer than min-rows ${o.minRows}: live metrics are shown but not judged`);
      live = live.map((m) => ({ ...m, decayed: false }));
    }
  } else {
    const byName = new Map(window.features.map((f) => [f.name, f]));
    const columns: ColumnDrift[] = [];
    const skipped: { column: string; reason: string }[] = [];
    for (const ref of reference.features.columns) {
      const cur = byName.get(ref.name);
      if (!cur || Object.values(cur.counts).reduce((a, b) => a + b, 0) === 0) {
        skipped.push({ column: ref.name, reason: cur ? 'no non-missing values in the window' : 'the server exports no bins for this feature' });
        continue;
      }
      const res = compareBinned(ref, cur);
      if (typeof res === 'string') skipped.push({ column: ref.name, reason: res });
      else columns.push({ ...res, kind: ref.kind });
    }
    const driftedColumns = columns.filter((c) => c.drifted).map((c) => c.column);
    const share = columns.length === 0 ? 0 : driftedColumns.length / columns.length;
    features = { columns, skipped, driftedColumns, share, shareThreshold: o.driftShare, datasetDrift: columns.length > 0 && share >= o.driftShare };
    if (window.predictions && Object.values(window.predictions.counts).some((n) => n > 0)) {
      const pd = compareBinned(reference.predictions, window.predictions);
      prediction = typeof pd === 'string' ? { skipped: pd } : { ...pd, kind: reference.predictions.kind };
    } else prediction = { skipped: 'the server exported no predictions in the window' };
    const bare = (d: string) => d.replace(/^sha256:/, '');
    if (window.servedDigests && window.servedDigests.length > 0 && !window.servedDigests.map(bare).includes(bare(ctx.bundle.digest))) {
      warnings.push(`the served model (digest ${window.servedDigests.join(', ')}) is not the bundle monitored (${ctx.bundle.digest}); compare against the bundle that is in production`);
    }
  }
  if (features.columns.length === 0) {
    throw new UsageError(`${where}: no feature could be compared (${features.skipped.map((s) => `${s.column}: ${s.reason}`).join('; ') || 'no features'}); drift cannot be judged`);
  }
  const reasons: string[] = [];
  if (features.datasetDrift) {
    reasons.push(`feature drift: ${features.driftedColumns.length} of ${features.columns.length} features drifted (share ${round(features.share)} ≥ ${features.shareThreshold}): ${features.driftedColumns.join(', ')}`);
  }
  if (o.predictionDrift && 'drifted' in prediction && prediction.drifted) {
    reasons.push(`prediction drift: ${prediction.test} ${prediction.pValue !== undefined ? `p = ${round(prediction.score)}` : `distance = ${round(prediction.score)}`} (${prediction.rule})`);
  }
  for (const m of live) if (m.decayed) reasons.push(`concept drift: ${m.metric} ${round(m.live)} live vs ${round(m.training)} at training (${round(m.drop * 100)} % worse > ${round(m.threshold * 100)} %)`);
  return {
    kind: 'cd4ml.monitor-report',
    version: 1,
    source: window.source,
    bundle: ctx.bundle,
    reference: { source: ctx.referenceSource, rows: reference.rows },
    rows,
    drifted: reasons.length > 0,
    'drift-share': features.share,
    'drift-share-threshold': features.shareThreshold,
    'drifted-columns': features.driftedColumns,
    reasons,
    columns: features.columns,
    skipped: features.skipped,
    prediction,
    'live-metrics': live,
    labelled,
    warnings,
  };
}

function round(x: number): number {
  return Number(x.toPrecision(3));
}

export function describeSource(s: WindowSource): string {
  const what = s.kind === 'samples' ? `request samples in ${s.location}` : s.kind === 'prometheus' ? `Prometheus ${s.location}` : s.location;
  return s.start && s.end ? `${what} between ${s.start} and ${s.end}` : what;
}
