/**
 * Scoring search candidates by cross-validation on the training split (never the holdout). The
 * same code runs in-process and on worker threads (search-pool.ts), so results do not depend on
 * the number of threads: a candidate's scores depend only on its params, the rows and the seed.
 *
 * Each fold's preprocessing (imputation, encoding, the feature matrix) is fitted once per
 * encoding and shared by every candidate that uses it.
 */
import type { Task } from './cart.js';
import { compileModel, predictFeatureColumns, type ModelJson } from './bundle.js';
import { createRng, shuffleInPlace } from './rng.js';
import { meanAndStd, type Candidate, type CandidateResult } from './search.js';
import { EXACT_MAX_ROWS, foldLabels, growModel, pickRows, preprocessTrain, scoreColumns, stratifiedFolds, targetOf, transformOrThrow, type TrainRows, type TrainSettings } from './train.js';

/** Everything a worker needs (structured-clonable). */
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

/** Rows of a halving round: the first `resources` rows of a seeded shuffle of the training split, in file order. */
export function roundRows(n: number, resources: number, seed: number): number[] {
  if (resources >= n) return Array.from({ length: n }, (_, i) => i);
  const idx = shuffleInPlace(Int32Array.from({ length: n }, (_, i) => i), createRng((seed + 3) >>> 0));
  return Array.from(idx.subarray(0, resources)).sort((a, b) => a - b);
}

/** Fold of each row: the stratified k-fold assignment train's cross-validation uses (seed + 1). */
export function foldAssignment(job: SearchJob, rows: TrainRows): Int32Array {
  return stratifiedFolds(foldLabels(rows), job.folds, createRng(job.settings.seed + 1));
}

interface FoldData {
  spec: Parameters<typeof growModel>[3];
  X: Float64Array[];
  y: Int32Array | Float64Array;
  Xv: Float64Array[];
  yv: Int32Array | Float64Array;
  /** The fold's histogram bins, made by the first candidate that needs them and shared by the rest. */
  shared: { binned?: { binned: Uint8Array; cuts: Float64Array[] } };
}

/** A scorer over one job, with the per-fold preprocessing cache. `now` measures fit time when given. */
export function createEvaluator(job: SearchJob, now?: () => number): (t: SearchTask) => CandidateResult {
  let cacheResources = -1;
  let cache = new Map<string, FoldData[]>();
  let rowsTable: TrainRows = job.train;
  let fold: Int32Array = new Int32Array(0);
  const file = job.settings.data;

  function foldsFor(resources: number, s: TrainSettings): FoldData[] {
    if (resources !== cacheResources) {
      cache = new Map();
      cacheResources = resources;
      rowsTable = pickRows(job.train, roundRows(job.train.idx.length, resources, job.settings.seed));
      fold = foldAssignment(job, rowsTable);
    }
    const key = s.encoding;
    let data = cache.get(key);
    if (!data) {
      data = [];
      for (let f = 0; f < job.folds; f++) {
        const tr: number[] = [];
        const va: number[] = [];
        fold.forEach((g, i) => (g === f ? va : tr).push(i));
        const trainRows = pickRows(rowsTable, tr);
        const valRows = pickRows(rowsTable, va);
        const { spec, X, y } = preprocessTrain(s, job.task, job.classes, job.features, trainRows, file);
        const Xv = transformOrThrow(spec, valRows, file);
        const yv = targetOf(valRows);
        data.push({ spec, X, y, Xv, yv, shared: {} });
      }
      cache.set(key, data);
    }
    return data;
  }

  return (t: SearchTask): CandidateResult => {
    const s = applyCandidate(job.settings, t.params);
    // split-search auto is decided by the whole training split, as the refit decides it: every fold
    // and halving round judges a candidate with the trainer its final model will use.
    if (s.splitSearch === 'auto') s.splitSearch = job.train.idx.length <= EXACT_MAX_ROWS ? 'exact' : 'histogram';
    const folds = foldsFor(t.resources, s);
    const scores: number[] = [];
    const trainScores: number[] = [];
    let nodes = 0;
    let depth = 0;
    let time = 0;
    for (const d of folds) {
      const t0 = now?.() ?? 0;
      const fit = growModel(s, job.task, job.classes, d.spec, d.X, d.y, d.shared);
      time += (now?.() ?? 0) - t0;
      scores.push(scoreOne(job, fit.model, d.Xv, d.yv));
      trainScores.push(scoreOne(job, fit.model, d.X, d.y));
      nodes += fit.nodes;
      depth += fit.depth;
    }
    const { mean, std } = meanAndStd(scores);
    return {
      index: t.index,
      params: t.params,
      iteration: t.iteration,
      resources: rowsTable.idx.length,
      fold_scores: scores,
      mean,
      std,
      train_mean: meanAndStd(trainScores).mean,
      nodes: nodes / folds.length,
      depth: depth / folds.length,
      fit_time_ms: now ? Math.round(time) : null,
    };
  };
}

/**
 * One metric of a model on columns. accuracy, rmse, mae and r2 are computed directly from the
 * predictions (the same definitions as metrics.ts, checked against it in the tests); any other
 * metric goes through the full metrics.
 */
export function scoreOne(job: Pick<SearchJob, 'task' | 'classes' | 'metric'>, model: ModelJson, X: Float64Array[], y: Int32Array | Float64Array): number {
  const fast = ['accuracy', 'rmse', 'mae', 'r2'];
  if (!fast.includes(job.metric)) return metricOf(scoreColumns(job.task, job.classes, model, X, y), job.metric);
  const { predictions } = predictFeatureColumns(compileModel(model, job.classes?.length), X, y.length);
  const n = y.length;
  if (job.metric === 'accuracy') {
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
  if (job.metric === 'mae') return abs / n;
  if (job.metric === 'rmse') return Math.sqrt(sq / n);
  const mean = sum / n;
  let tot = 0;
  for (let i = 0; i < n; i++) tot += (y[i] - mean) ** 2;
  return tot === 0 ? (sq === 0 ? 1 : 0) : 1 - sq / tot;
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
    const evaluate = createEvaluator(job, now);
    return tasks.map(evaluate);
  };
}
