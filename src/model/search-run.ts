/**
 * A whole search on the training split: candidates, rounds (halving), shards and merging, and the
 * record that goes into metrics.json / params.json (`search`). The holdout never takes part.
 */
import { UsageError } from '../errors.js';
import type { Task } from './cart.js';
import { compareResults, enumerateCandidates, halvingSchedule, mainParam, readSearchSpace, selectBest, shardOf, type Candidate, type CandidateResult, type SearchMethod, type SearchSpace, SEARCH_FIX } from './search.js';
import { foldLabels, type TrainRows, type TrainSettings } from './fit.js';
import type { SearchJob, SearchRunner, SearchTask } from './search-eval.js';

export interface SearchRecord {
  method: SearchMethod;
  metric: string;
  higher_is_better: boolean;
  cv_folds: number;
  one_se: boolean;
  seed: number;
  space: Record<string, unknown>;
  /** Searched hyperparameters fixed by a value given alongside the search. */
  pinned?: Record<string, unknown>;
  main_param: string | null;
  /** Every evaluation (halving: one per candidate per round), in candidate order within a round. */
  candidates: (CandidateResult & { rank: number })[];
  best: { index: number; params: Candidate; mean: number; std: number };
  rounds?: { iteration: number; resources: number; candidates: number }[];
}

export interface ShardFile {
  cd4ml: 'search-shard';
  version: 1;
  fingerprint: string;
  shard: { index: number; count: number };
  candidates: number;
  results: CandidateResult[];
}

export const SHARD_FILE = 'search-shard.json';

/** Checks that do not need the data: the space, the method and the folds. */
export function planSearch(s: TrainSettings): { space: SearchSpace; candidates: Candidate[]; pinned: string[] } {
  const full = readSearchSpace(s.search ?? {});
  // A hyperparameter also given as a value (train.max-depth, --max-depth, input) is pinned to it:
  // the search varies the others (a PR that sets max-depth gets that depth).
  const pinned = full.filter(([n]) => s.pinned?.[n] !== undefined).map(([n]) => n);
  const space = full.filter(([n]) => !pinned.includes(n));
  if (space.length === 0) throw new UsageError(`search: every searched hyperparameter (${pinned.join(', ')}) is also given a value, so there is nothing to search; remove the value(s) or the search`);
  if (s.cvFolds < 2) {
    throw new UsageError(
      s.testData
        ? `a search with test-data still selects on folds of the training data (test-data is the holdout and never takes part); cv-folds is ${s.cvFolds}: set cv-folds to 2 or more (default 5) or drop search`
        : `a search selects on cross-validation folds; cv-folds is ${s.cvFolds}: set cv-folds to 2 or more (default 5) or drop search`,
    );
  }
  if (s.shard && s.searchMethod === 'halving') throw new UsageError(`shard: search-method halving needs every candidate's scores before its next round and cannot be sharded; use grid or random with --shard / input "shard"`);
  return { space, candidates: enumerateCandidates(space, s.searchMethod, s.searchTrials, s.seed), pinned };
}

const METRICS = {
  classification: ['accuracy', 'balanced_accuracy', 'precision_macro', 'recall_macro', 'f1_macro', 'precision_weighted', 'recall_weighted', 'f1_weighted', 'roc_auc', 'log_loss'],
  regression: ['mae', 'mse', 'rmse', 'r2', 'mape'],
};

/** The metric the search scores on must exist for the task. */
export function checkMetric(task: Task, metric: string): void {
  if (!METRICS[task].includes(metric)) throw new UsageError(`metric "${metric}" is not available for ${task}; choose one of ${METRICS[task].join(', ')} (train.metric / --metric / input "metric")`);
}

/** Folds against the training split: every class needs at least one row per fold. */
export function checkFolds(s: TrainSettings, task: Task, train: TrainRows): void {
  const k = s.cvFolds;
  if (train.idx.length < 2 * k) throw new UsageError(`${s.data}: ${train.idx.length} training rows are too few for ${k}-fold cross-validation; lower cv-folds`);
  if (task !== 'classification') return;
  const counts = new Map<string, number>();
  for (const l of foldLabels(train) as string[]) counts.set(l, (counts.get(l) ?? 0) + 1);
  const [cls, n] = [...counts].sort((a, b) => a[1] - b[1])[0];
  if (n < k) throw new UsageError(`${s.data}: cv-folds is ${k} but class "${cls}" has only ${n} training rows, fewer than the folds (stratified folds need a row of each class per fold); lower cv-folds to ${Math.max(2, n)} or add rows`);
}

/** Evaluate the candidates (all, or one shard's), halving included. */
export async function evaluateSearch(s: TrainSettings, job: SearchJob, candidates: Candidate[], run: SearchRunner, shard?: { index: number; count: number }): Promise<{ results: CandidateResult[]; rounds?: SearchRecord['rounds'] }> {
  const n = job.train.idx.length;
  if (s.searchMethod !== 'halving') {
    const indexes = shard ? shardOf(candidates.length, shard) : candidates.map((_, i) => i);
    const tasks: SearchTask[] = indexes.map((i) => ({ index: i, params: candidates[i], iteration: 0, resources: n }));
    return { results: await run(job, tasks) };
  }
  const k = job.classes?.length ?? 1;
  // sklearn's smallest min_resources: 2 · folds · classes rows (2 · folds for regression).
  const schedule = halvingSchedule(candidates.length, n, 2 * s.cvFolds * k);
  let alive = candidates.map((_, i) => i);
  const results: CandidateResult[] = [];
  const rounds: NonNullable<SearchRecord['rounds']> = [];
  for (let it = 0; it < schedule.length; it++) {
    const { resources } = schedule[it];
    const next = it + 1 < schedule.length ? { resources: schedule[it + 1].resources } : undefined;
    const out = await run(job, alive.map((i) => ({ index: i, params: candidates[i], iteration: it, resources })), next);
    results.push(...out);
    rounds.push({ iteration: it, resources: out[0]?.resources ?? resources, candidates: alive.length });
    if (it + 1 < schedule.length) {
      const keep = Math.max(1, Math.ceil(alive.length / 3));
      alive = [...out].sort(compareResults(higherIsBetter(job.metric))).slice(0, keep).map((r) => r.index).sort((a, b) => a - b);
    }
  }
  return { results, rounds };
}

const HIGHER = new Set(['accuracy', 'balanced_accuracy', 'precision_macro', 'recall_macro', 'f1_macro', 'precision_weighted', 'recall_weighted', 'f1_weighted', 'roc_auc', 'r2']);
export const higherIsBetter = (metric: string) => HIGHER.has(metric);

/** Choose among the results and build the record (ranks within the final round). */
export function recordSearch(s: TrainSettings, space: SearchSpace, metric: string, results: CandidateResult[], rounds?: SearchRecord['rounds'], pinned: string[] = []): SearchRecord {
  const last = Math.max(...results.map((r) => r.iteration));
  const final = results.filter((r) => r.iteration === last);
  for (const r of results) if (!Number.isFinite(r.mean)) throw new UsageError(`search: metric "${metric}" could not be computed on the folds (candidate ${r.index}); choose another metric or more rows`);
  const hib = higherIsBetter(metric);
  const best = selectBest(final, hib, s.oneSe);
  const ranked = [...final].sort(compareResults(hib));
  const rank = new Map(ranked.map((r, i) => [r.index, i + 1]));
  const sorted = [...results].sort((a, b) => a.iteration - b.iteration || a.index - b.index);
  return {
    method: s.searchMethod,
    metric,
    higher_is_better: hib,
    cv_folds: s.cvFolds,
    one_se: s.oneSe,
    seed: s.seed,
    space: Object.fromEntries(space.map(([n, d]) => [n, d.kind === 'list' ? d.values : `${d.kind} ${d.lo}..${d.hi}`])),
    ...(pinned.length ? { pinned: Object.fromEntries(pinned.map((n) => [n, s.pinned![n]])) } : {}),
    main_param: mainParam(space) ?? null,
    candidates: sorted.map((r) => ({ ...r, rank: r.iteration === last ? rank.get(r.index)! : 0 })),
    best: { index: best.index, params: best.params, mean: best.mean, std: best.std },
    ...(rounds ? { rounds } : {}),
  };
}

/** Merge shard files: one fingerprint, every shard of one count exactly once. */
export function mergeShards(files: { path: string; shard: ShardFile }[], fingerprint: string, nCandidates: number): CandidateResult[] {
  if (files.length === 0) throw new UsageError(`merge-search: no ${SHARD_FILE} found; pass the folders the shards wrote (--merge-search DIR, repeatable)`);
  const count = files[0].shard.shard.count;
  const seen = new Map<number, string>();
  for (const { path, shard } of files) {
    if (shard.fingerprint !== fingerprint) throw new UsageError(`merge-search: ${path} was written for other data or settings (fingerprint ${shard.fingerprint.slice(0, 12)}, this run ${fingerprint.slice(0, 12)}); run every shard and the merge with the same cd4ml.yml, flags and data`);
    if (shard.shard.count !== count) throw new UsageError(`merge-search: ${path} is shard ${shard.shard.index}/${shard.shard.count}, others are of ${count}; merge the shards of one run`);
    if (seen.has(shard.shard.index)) throw new UsageError(`merge-search: shard ${shard.shard.index}/${count} appears twice (${seen.get(shard.shard.index)} and ${path}); pass each shard once`);
    seen.set(shard.shard.index, path);
  }
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !seen.has(i));
  if (missing.length > 0) throw new UsageError(`merge-search: shard ${missing.map((m) => `${m}/${count}`).join(', ')} missing; pass the folders of all ${count} shards`);
  const results = files.flatMap((f) => f.shard.results).sort((a, b) => a.index - b.index);
  if (results.length !== nCandidates || results.some((r, i) => r.index !== i)) throw new UsageError(`merge-search: the shards hold ${results.length} results for ${nCandidates} candidates; re-run the shards with the same settings`);
  return results;
}

export { SEARCH_FIX };
