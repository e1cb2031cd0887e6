/**
 * Scoring search candidates by cross-validation on the training split (never the holdout). The
 * same code runs in-process and on worker threads (search-pool.ts), so results do not depend on
 * the number of threads: a candidate's scores depend only on its params, the rows and the seed.
 *
 * Each fold's preprocessing (imputation, encoding, the feature matrix) and its histogram bins are
 * made once per round and encoding, on the main thread, in shared memory, and read by every
 * candidate on every worker thread.
 */
import type { Task } from './cart.js';
import { compileModel, predictFeatureColumns, type ModelJson } from './bundle.js';
import { createRng, shuffleInPlace } from './rng.js';
import { meanAndStd, type Candidate, type CandidateResult } from './search.js';
import { EXACT_MAX_ROWS, growModel, pickRows, preprocessTrain, scoreColumns, stratifiedFoldsIndex, targetOf, transformOrThrow, type TrainRows, type TrainSettings } from './fit.js';
import { binColumns } from './hist.js';
import type { PreprocessSpec } from './preprocess.js';

/** The search on the main thread: the training split itself. */
export interface SearchJob {
  settings: TrainSettings;
  task: Task;
  classes?: string[];
  features: string[];
  /** The training split: rows of the columnar table with the encoded target. */
  train: TrainRows;
  folds: number;
  metric: string;
}

/** What a worker needs to score candidates (small: the rows come per round, in shared memory). */
export interface ScoringJob {
  settings: TrainSettings;
  task: Task;
  classes?: string[];
  metric: string;
  /** Rows of the whole training split (split-search auto is decided by it, as the refit decides it). */
  trainRows: number;
}

export function scoringJobOf(job: SearchJob): ScoringJob {
  return { settings: job.settings, task: job.task, classes: job.classes, metric: job.metric, trainRows: job.train.idx.length };
}

/** One unit of work: a candidate on `resources` rows of the training split (all of them outside halving). */
export interface SearchTask {
  index: number;
  params: Candidate;
  iteration: number;
  resources: number;
}

/** A candidate's params applied to the settings. */
export function applyCandidate(s: TrainSettings, c: Candidate): TrainSettings {
  const out = { ...s };
  if (c['max-depth'] !== undefined) out.maxDepth = c['max-depth'] as number;
  if (c['min-num-samples'] !== undefined) out.minNumSamples = c['min-num-samples'] as number;
  if (c['gain-threshold'] !== undefined) out.gainThreshold = c['gain-threshold'] as number;
  if (c.model !== undefined) out.model = c.model as TrainSettings['model'];
  if (c['n-trees'] !== undefined) out.nTrees = c['n-trees'] as number;
  if (c['max-features'] !== undefined) out.maxFeatures = c['max-features'] as TrainSettings['maxFeatures'];
  if (c.encoding !== undefined) out.encoding = c.encoding as TrainSettings['encoding'];
  if (c['split-search'] !== undefined) out.splitSearch = c['split-search'] as TrainSettings['splitSearch'];
  return out;
}

/** The settings a task is scored with: split-search auto decided by the whole training split. */
function taskSettings(job: ScoringJob, params: Candidate): TrainSettings {
  const s = applyCandidate(job.settings, params);
  // split-search auto is decided by the whole training split, as the refit decides it: every fold
  // and halving round judges a candidate with the trainer its final model will use.
  if (s.splitSearch === 'auto') s.splitSearch = job.trainRows <= EXACT_MAX_ROWS ? 'exact' : 'histogram';
  return s;
}

/** Rows of a halving round: the first `resources` rows of a seeded shuffle of the training split, in file order. */
export function roundRows(n: number, resources: number, seed: number): number[] {
  if (resources >= n) return Array.from({ length: n }, (_, i) => i);
  const idx = shuffleInPlace(Int32Array.from({ length: n }, (_, i) => i), createRng((seed + 3) >>> 0));
  return Array.from(idx.subarray(0, resources)).sort((a, b) => a - b);
}

/** Fold of each row: the stratified k-fold assignment train's cross-validation uses (seed + 1). */
export function foldAssignment(job: SearchJob, rows: TrainRows): Int32Array {
  const { idx, target } = rows;
  const classes = job.task === 'classification' ? job.classes! : ['0'];
  const groups = job.task === 'classification' ? Int32Array.from(idx, (r) => target[r]) : new Int32Array(idx.length);
  return stratifiedFoldsIndex(groups, classes, job.folds, createRng(job.settings.seed + 1));
}

/**
 * One fold's preprocessed data, made once on the main thread and read by every candidate (and
 * every worker thread) from shared memory: the fold's training columns (when an exact or forest
 * candidate needs them, or for the training score), its histogram bins (when a histogram tree
 * needs them), and the validation columns.
 */
export interface FoldData {
  /** Absent when every task of the round is a histogram tree scored on a fast metric: the bins suffice. */
  X?: Float64Array[];
  y: Int32Array | Float64Array;
  Xv: Float64Array[];
  yv: Int32Array | Float64Array;
  binned?: { binned: Uint8Array; cuts: Float64Array[] };
}

/** A round's fold data per encoding (candidates may search the encoding). */
export interface RoundData {
  resources: number;
  rows: number;
  byEncoding: Record<string, FoldData[]>;
}

function sharedCopy<T extends Float64Array | Int32Array | Uint8Array>(a: T): T {
  const C = a.constructor as { new (buf: SharedArrayBuffer): T; BYTES_PER_ELEMENT: number };
  const out = new C(new SharedArrayBuffer(a.length * C.BYTES_PER_ELEMENT));
  out.set(a);
  return out;
}

function gather<T extends Float64Array | Int32Array>(a: T, idx: Int32Array): T {
  const C = a.constructor as { new (len: number): T };
  const out = new C(idx.length);
  for (let i = 0; i < idx.length; i++) out[i] = a[idx[i]];
  return out;
}

/**
 * The training split parsed once, when every feature column is numeric with no missing cell (and
 * none is listed as categorical): then each fold's preprocessing is the identity on these numbers
 * (no fill is ever used), exactly what preprocessTrain makes of the fold, and a fold's columns are
 * a gather by row index instead of re-reading the table's text for every fold and round. Any
 * other table goes through preprocessTrain per fold.
 */
function parseNumericTable(job: SearchJob): { X: Float64Array[]; y: Int32Array | Float64Array } | undefined {
  const { train, features, settings: s } = job;
  if (features.some((f) => s.categorical?.includes(f))) return undefined;
  const { table, idx } = train;
  const n = idx.length;
  const X: Float64Array[] = [];
  for (const f of features) {
    const c = table.columns[table.names.indexOf(f)];
    if (c?.kind !== 'number') return undefined;
    const col = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const v = c.values[idx[i]];
      if (!Number.isFinite(v)) return undefined;
      col[i] = v;
    }
    X.push(col);
  }
  return { X, y: targetOf(train) };
}

/** Per job: the parsed numeric table (or none), and the last round's data. */
const parsedCache = new WeakMap<SearchJob, { parsed?: ReturnType<typeof parseNumericTable>; round?: RoundData }>();

/**
 * A round's fold data (the training split's first `resources` rows of the halving shuffle, or all
 * of them), for the encodings and trainers the round's tasks use. Made once per round, on the
 * calling thread, into SharedArrayBuffers that worker threads read without copying.
 */
export function prepareRound(job: SearchJob, tasks: SearchTask[]): RoundData {
  let cached = parsedCache.get(job);
  if (!cached) parsedCache.set(job, (cached = { parsed: parseNumericTable(job) }));
  const resources = tasks[0]?.resources ?? job.train.idx.length;
  const scoring = scoringJobOf(job);
  const encodings = new Map<string, { bins: boolean; X: boolean }>();
  for (const t of tasks) {
    const s = taskSettings(scoring, t.params);
    const need = encodings.get(s.encoding) ?? { bins: false, X: false };
    if (s.model === 'tree' && s.splitSearch === 'histogram') {
      need.bins = true;
      // The training score of a histogram tree comes from the bins (predictBinned) on a fast metric.
      if (!FAST_METRICS.includes(job.metric)) need.X = true;
    } else need.X = true;
    encodings.set(s.encoding, need);
  }
  const rowIdx = roundRows(job.train.idx.length, resources, job.settings.seed);
  const rowsTable = pickRows(job.train, rowIdx);
  const fold = foldAssignment(job, rowsTable);
  const file = job.settings.data;
  const byEncoding: Record<string, FoldData[]> = {};
  const prev = cached.round?.resources === resources ? cached.round.byEncoding : {};
  for (const [encoding, need] of encodings) {
    const old = prev[encoding];
    if (old && (!need.bins || old.every((d) => d.binned)) && (!need.X || old.every((d) => d.X))) {
      byEncoding[encoding] = old;
      continue;
    }
    const s = { ...job.settings, encoding: encoding as TrainSettings['encoding'] };
    const data: FoldData[] = [];
    for (let f = 0; f < job.folds; f++) {
      const tr: number[] = [];
      const va: number[] = [];
      fold.forEach((g, i) => (g === f ? va : tr).push(i));
      let X: Float64Array[];
      let y: Int32Array | Float64Array;
      let Xv: Float64Array[];
      let yv: Int32Array | Float64Array;
      if (cached.parsed) {
        const trIdx = Int32Array.from(tr, (i) => rowIdx[i]);
        const vaIdx = Int32Array.from(va, (i) => rowIdx[i]);
        X = cached.parsed.X.map((c) => gather(c, trIdx));
        Xv = cached.parsed.X.map((c) => gather(c, vaIdx));
        y = gather(cached.parsed.y, trIdx);
        yv = gather(cached.parsed.y, vaIdx);
      } else {
        const trainRows = pickRows(rowsTable, tr);
        const valRows = pickRows(rowsTable, va);
        const fitted = preprocessTrain(s, job.task, job.classes, job.features, trainRows, file);
        ({ X, y } = fitted);
        Xv = transformOrThrow(fitted.spec, valRows, file);
        yv = targetOf(valRows);
      }
      const binned = need.bins ? binColumns(X) : undefined;
      data.push({
        ...(need.X ? { X: X.map(sharedCopy) } : {}),
        y: sharedCopy(y),
        Xv: Xv.map(sharedCopy),
        yv: sharedCopy(yv),
        ...(binned ? { binned: { binned: sharedCopy(binned.binned), cuts: binned.cuts } } : {}),
      });
    }
    byEncoding[encoding] = data;
  }
  const round: RoundData = { resources, rows: rowIdx.length, byEncoding };
  cached.round = round;
  return round;
}

/** A placeholder spec: the search never writes or applies a fold's spec, only the refit's. */
const NO_SPEC: PreprocessSpec = { version: 1, columns: [], features: [] };

/** One fold of one candidate: the unit a worker thread runs (so a round's last few candidates still fill every thread). */
export interface FoldScore {
  score: number;
  train: number;
  nodes: number;
  depth: number;
  time: number;
}

/** Fit a task's candidate on one fold of a round and score it (any thread). `now` measures fit time when given. */
export function evaluateFold(job: ScoringJob, round: RoundData, t: SearchTask, fold: number, now?: () => number): FoldScore {
  const s = taskSettings(job, t.params);
  const d = round.byEncoding[s.encoding][fold];
  const t0 = now?.() ?? 0;
  // Without X (bins only), a histogram tree needs only the column count from its columns.
  const X = d.X ?? d.Xv.map(() => new Float64Array(0));
  const fit = growModel(s, job.task, job.classes, NO_SPEC, X, d.y, d.binned ? { binned: d.binned } : undefined);
  const time = (now?.() ?? 0) - t0;
  const train = d.X ? scoreOne(job, fit.model, d.X, d.y) : scorePredictions(job.metric, predictBinned(fit.model, d.binned!, d.y.length, job.classes?.length), d.y);
  return { score: scoreOne(job, fit.model, d.Xv, d.yv), train, nodes: fit.nodes, depth: fit.depth, time };
}

/** A candidate's result from its folds' scores, in fold order. */
export function combineFolds(round: RoundData, t: SearchTask, folds: FoldScore[], clock: boolean): CandidateResult {
  let nodes = 0;
  let depth = 0;
  let time = 0;
  for (const f of folds) {
    nodes += f.nodes;
    depth += f.depth;
    time += f.time;
  }
  const scores = folds.map((f) => f.score);
  const { mean, std } = meanAndStd(scores);
  return {
    index: t.index,
    params: t.params,
    iteration: t.iteration,
    resources: round.rows,
    fold_scores: scores,
    mean,
    std,
    train_mean: meanAndStd(folds.map((f) => f.train)).mean,
    nodes: nodes / folds.length,
    depth: depth / folds.length,
    fit_time_ms: clock ? Math.round(time) : null,
  };
}

/** Score one task on every fold of a round's data (in-process). */
export function evaluateTask(job: ScoringJob, round: RoundData, t: SearchTask, now?: () => number): CandidateResult {
  const n = round.byEncoding[taskSettings(job, t.params).encoding].length;
  return combineFolds(round, t, Array.from({ length: n }, (_, f) => evaluateFold(job, round, t, f, now)), now !== undefined);
}

/** Folds of a round (the same for every encoding). */
export function foldCount(round: RoundData): number {
  return Object.values(round.byEncoding)[0]?.length ?? 0;
}

/**
 * One metric of a model on columns. accuracy, rmse, mae and r2 are computed directly from the
 * predictions (the same definitions as metrics.ts, checked against it in the tests); any other
 * metric goes through the full metrics.
 */
export function scoreOne(job: Pick<SearchJob, 'task' | 'classes' | 'metric'>, model: ModelJson, X: Float64Array[], y: Int32Array | Float64Array): number {
  if (!FAST_METRICS.includes(job.metric)) return metricOf(scoreColumns(job.task, job.classes, model, X, y), job.metric);
  const { predictions } = predictFeatureColumns(compileModel(model, job.classes?.length), X, y.length);
  return scorePredictions(job.metric, predictions, y);
}

/** The metrics scored straight from predictions (scorePredictions). */
const FAST_METRICS = ['accuracy', 'rmse', 'mae', 'r2'];

function scorePredictions(metric: string, predictions: Float64Array, y: Int32Array | Float64Array): number {
  const n = y.length;
  if (metric === 'accuracy') {
    let right = 0;
    for (let i = 0; i < n; i++) if (predictions[i] === y[i]) right++;
    return right / n;
  }
  let abs = 0;
  let sq = 0;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const e = y[i] - predictions[i];
    abs += Math.abs(e);
    sq += e * e;
    sum += y[i];
  }
  if (metric === 'mae') return abs / n;
  if (metric === 'rmse') return Math.sqrt(sq / n);
  const mean = sum / n;
  let tot = 0;
  for (let i = 0; i < n; i++) tot += (y[i] - mean) ** 2;
  return tot === 0 ? (sq === 0 ? 1 : 0) : 1 - sq / tot;
}

/**
 * A histogram tree's predictions on the rows it was grown from, read from their bins instead of
 * their values: its thresholds are bin cuts, and "x < cuts[b]" ⇔ "bin ≤ b" (binColumns), so the
 * walk takes the same branches as one over the columns. Lets a fold keep only its bins in memory.
 */
export function predictBinned(model: ModelJson, bins: { binned: Uint8Array; cuts: Float64Array[] }, n: number, nClasses?: number): Float64Array {
  const t = compileModel(model, nClasses).trees[0];
  const d = bins.cuts.length;
  const bin = new Int32Array(t.feature.length);
  for (let i = 0; i < t.feature.length; i++) {
    if (t.feature[i] < 0) continue;
    const cuts = bins.cuts[t.feature[i]];
    let lo = 0;
    let hi = cuts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cuts[mid] < t.threshold[i]) lo = mid + 1;
      else hi = mid;
    }
    if (cuts[lo] !== t.threshold[i]) throw new RangeError(`predictBinned: threshold ${t.threshold[i]} of feature ${t.feature[i]} is not a bin cut`);
    bin[i] = lo;
  }
  const out = new Float64Array(n);
  const { binned, feature, left, right, leaf } = { binned: bins.binned, feature: t.feature, left: t.left, right: t.right, leaf: t.leaf };
  const clf = t.task === 'classification';
  for (let r = 0; r < n; r++) {
    let node = 0;
    while (feature[node] >= 0) node = binned[r * d + feature[node]] <= bin[node] ? left[node] : right[node];
    out[r] = clf ? t.leafClass[leaf[node]] : t.leafValue[leaf[node]];
  }
  return out;
}

function metricOf(m: object, name: string): number {
  const v = (m as Record<string, unknown>)[name];
  return typeof v === 'number' ? v : Number.NaN;
}

/** Runs tasks and returns their results in task order (in-process, or on worker threads). */
export type SearchRunner = ((job: SearchJob, tasks: SearchTask[]) => Promise<CandidateResult[]>) & {
  /** Release threads kept between rounds (the search calls it when done). */
  close?: () => Promise<void>;
};

export function inProcessRunner(now?: () => number): SearchRunner {
  return async (job, tasks) => {
    if (tasks.length === 0) return [];
    const round = prepareRound(job, tasks);
    const scoring = scoringJobOf(job);
    return tasks.map((t) => evaluateTask(scoring, round, t, now));
  };
}
