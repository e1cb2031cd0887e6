/**
 * Scoring search candidates by cross-validation on the training split (never the holdout). The
 * same code runs in-process and on worker threads (search-pool.ts), so results do not depend on
 * the number of threads: a candidate's scores depend only on its params, the rows and the seed.
 *
 * Each fold's data (the feature matrix, its histogram bins, the validation columns) is made once
 * per round, in shared memory, and read by every candidate: on a numeric table by whichever thread
 * is free (prepareFold, a gather from the table parsed once), otherwise preprocessed on the main
 * thread (prepareRound). The unit of work is one fold of a group of candidates that share one grown
 * tree (groupTasks, search-prune.ts): one tree per fold for every depth and leaf size searched.
 */
import { prepareFeature, trainTree, type CartOptions, type FittedTree, type Task } from './cart.js';
import { compileModel, predictFeatureColumns, type ModelJson } from './bundle.js';
import { createRng, shuffleInPlace } from './rng.js';
import { meanAndStd, type Candidate, type CandidateResult } from './search.js';
import { EXACT_MAX_ROWS, growModel, pickRows, preprocessTrain, scoreColumns, stratifiedFoldsIndex, targetOf, transformOrThrow, treeDepth, type TrainRows, type TrainSettings } from './fit.js';
import { binColumns, binSampleStep, cutsOfSorted, trainTreeHist } from './hist.js';
import { toMlCartModel } from './mlcart.js';
import { coveringOptions, pruneTree } from './search-prune.js';
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
  return Array.from(roundRowIndex(n, resources, seed));
}

function roundRowIndex(n: number, resources: number, seed: number): Int32Array {
  const idx = new Int32Array(n);
  for (let i = 0; i < n; i++) idx[i] = i;
  if (resources >= n) return idx;
  shuffleInPlace(idx, createRng((seed + 3) >>> 0));
  // A typed array sorts numerically.
  return idx.slice(0, resources).sort();
}

/** Fold of each row: the stratified k-fold assignment train's cross-validation uses (seed + 1). */
export function foldAssignment(job: SearchJob, rows: TrainRows): Int32Array {
  const { idx, target } = rows;
  const classes = job.task === 'classification' ? job.classes! : ['0'];
  const groups = job.task === 'classification' ? Int32Array.from(idx, (r) => target[r]) : new Int32Array(idx.length);
  return stratifiedFoldsIndex(groups, classes, job.folds, createRng(job.settings.seed + 1));
}

/**
 * One fold's preprocessed data, read by every candidate: the fold's training columns (when an
 * exact or forest candidate needs them, or for the training score), its histogram bins (when a
 * histogram tree needs them), and the validation columns. In SharedArrayBuffers: made once (on
 * the main thread or on one worker thread) and read in place by every thread.
 */
export interface FoldData {
  /** Absent when every task of the round is a histogram tree scored on a fast metric: the bins suffice. */
  X?: Float64Array[];
  y: Int32Array | Float64Array;
  Xv: Float64Array[];
  yv: Int32Array | Float64Array;
  binned?: { binned: Uint8Array; cuts: Float64Array[] };
}

/** What a round's tasks need of a fold, per encoding. */
export type RoundNeeds = Record<string, { bins: boolean; X: boolean }>;

/**
 * A round: its rows (the training split's first `resources` rows of the halving shuffle, or all of
 * them) and, for each fold, the data to read. A numeric table (NumericTable) is parsed once and
 * each fold is gathered and binned from it by row index, on a worker thread (prepareFold) or in
 * process: `numeric` holds the round's rows and their folds. Any other table is preprocessed per
 * fold on the main thread (preprocessTrain, as the refit does): `byEncoding`.
 */
export interface RoundData {
  resources: number;
  rows: number;
  folds: number;
  needs: RoundNeeds;
  byEncoding?: Record<string, FoldData[]>;
  numeric?: { rowIdx: Int32Array; fold: Int32Array };
}

/** The training split's features and encoded target, parsed once (parseNumericTable), shared. */
export interface NumericTable {
  X: Float64Array[];
  y: Int32Array | Float64Array;
}

function sharedCopy<T extends Float64Array | Int32Array | Uint8Array>(a: T): T {
  const C = a.constructor as { new (buf: SharedArrayBuffer): T; BYTES_PER_ELEMENT: number };
  const out = new C(new SharedArrayBuffer(a.length * C.BYTES_PER_ELEMENT));
  out.set(a);
  return out;
}

/** a[idx[i]] for every i, into shared memory. */
function gatherShared<T extends Float64Array | Int32Array>(a: T, idx: Int32Array): T {
  const C = a.constructor as { new (buf: SharedArrayBuffer): T; BYTES_PER_ELEMENT: number };
  const out = new C(new SharedArrayBuffer(idx.length * C.BYTES_PER_ELEMENT));
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
function parseNumericTable(job: SearchJob): NumericTable | undefined {
  const { train, features, settings: s } = job;
  if (features.some((f) => s.categorical?.includes(f))) return undefined;
  const { table, idx } = train;
  const n = idx.length;
  const X: Float64Array[] = [];
  for (const f of features) {
    const c = table.columns[table.names.indexOf(f)];
    if (c?.kind !== 'number') return undefined;
    const col = new Float64Array(new SharedArrayBuffer(n * 8));
    for (let i = 0; i < n; i++) {
      const v = c.values[idx[i]];
      if (!Number.isFinite(v)) return undefined;
      col[i] = v;
    }
    X.push(col);
  }
  return { X, y: sharedCopy(targetOf(train)) };
}

/** Per job: the parsed numeric table (or none), and the last round's data. */
const parsedCache = new WeakMap<SearchJob, { parsed?: NumericTable; round?: RoundData }>();

/** The job's training split as a NumericTable, when it is one (parsed once per job). */
export function numericTableOf(job: SearchJob): NumericTable | undefined {
  let cached = parsedCache.get(job);
  if (!cached) parsedCache.set(job, (cached = { parsed: parseNumericTable(job) }));
  return cached.parsed;
}

/** What the tasks need of each fold, per encoding. */
function roundNeeds(job: SearchJob, tasks: SearchTask[]): RoundNeeds {
  const scoring = scoringJobOf(job);
  const needs: RoundNeeds = {};
  for (const t of tasks) {
    const s = taskSettings(scoring, t.params);
    const need = (needs[s.encoding] ??= { bins: false, X: false });
    if (s.model === 'tree' && s.splitSearch === 'histogram') {
      need.bins = true;
      // The training score of a histogram tree comes from the bins (predictBinned) on a fast metric.
      if (!FAST_METRICS.includes(job.metric)) need.X = true;
    } else need.X = true;
  }
  return needs;
}

/** Does `have` hold everything `want` asks for? */
export function needsCovered(have: RoundNeeds, want: RoundNeeds): boolean {
  return Object.entries(want).every(([e, w]) => have[e] !== undefined && (!w.bins || have[e].bins) && (!w.X || have[e].X));
}

/** For a numeric table every encoding is the same data: one fold serves them all. */
function unionNeed(needs: RoundNeeds): { bins: boolean; X: boolean } {
  const all = Object.values(needs);
  return { bins: all.some((n) => n.bins), X: all.some((n) => n.X) };
}

/**
 * A round's rows and folds, for the encodings and trainers the round's tasks use. On a numeric
 * table this is only the rows and their folds (each fold is made by prepareFold, where it is
 * evaluated); otherwise every fold is preprocessed here, on the calling thread, into
 * SharedArrayBuffers that worker threads read without copying.
 */
export function prepareRound(job: SearchJob, tasks: SearchTask[]): RoundData {
  const parsed = numericTableOf(job);
  const cached = parsedCache.get(job)!;
  const resources = tasks[0]?.resources ?? job.train.idx.length;
  const needs = roundNeeds(job, tasks);
  const rowIdx = roundRowIndex(job.train.idx.length, resources, job.settings.seed);
  const rowsTable = pickRows(job.train, rowIdx);
  const fold = foldAssignment(job, rowsTable);
  if (parsed) return { resources, rows: rowIdx.length, folds: job.folds, needs, numeric: { rowIdx: sharedCopy(rowIdx), fold: sharedCopy(fold) } };
  const file = job.settings.data;
  const byEncoding: Record<string, FoldData[]> = {};
  const prev = cached.round?.resources === resources ? cached.round.byEncoding ?? {} : {};
  for (const [encoding, need] of Object.entries(needs)) {
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
      const trainRows = pickRows(rowsTable, tr);
      const valRows = pickRows(rowsTable, va);
      const { spec, X, y } = preprocessTrain(s, job.task, job.classes, job.features, trainRows, file);
      const Xv = transformOrThrow(spec, valRows, file);
      const yv = targetOf(valRows);
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
  const round: RoundData = { resources, rows: rowIdx.length, folds: job.folds, needs, byEncoding };
  cached.round = round;
  return round;
}

/**
 * Fold `f` of a round on a numeric table (any thread): its training and validation rows gathered
 * from the parsed table by row index, the training rows binned as binColumns bins
 * preprocessTrain's columns, in SharedArrayBuffers so that other threads can read it. The same
 * bytes as a fold of prepareRound on the same rows (one fold serves every encoding: there is
 * nothing to encode). `sorted`: the round's columns in sorted order (sortRoundColumn), which
 * spares sorting and searching per fold (sortedBins).
 */
export function prepareFold(table: NumericTable, numeric: NonNullable<RoundData['numeric']>, needs: RoundNeeds, f: number, sorted?: SortedColumn[]): FoldData {
  const { rowIdx, fold } = numeric;
  let nv = 0;
  for (let i = 0; i < fold.length; i++) if (fold[i] === f) nv++;
  const trIdx = new Int32Array(fold.length - nv);
  const vaIdx = new Int32Array(nv);
  for (let i = 0, a = 0, b = 0; i < fold.length; i++) {
    if (fold[i] === f) vaIdx[b++] = rowIdx[i];
    else trIdx[a++] = rowIdx[i];
  }
  const need = unionNeed(needs);
  // The training columns themselves only when a candidate reads them, or to bin them without the sorted order.
  const X = need.X || (need.bins && !sorted) ? table.X.map((c) => gatherShared(c, trIdx)) : undefined;
  const binned = need.bins ? (sorted ? sortedBins(sorted, fold, f, trIdx.length) : binColumns(X!)) : undefined;
  return {
    ...(need.X ? { X } : {}),
    y: gatherShared(table.y, trIdx),
    Xv: table.X.map((c) => gatherShared(c, vaIdx)),
    yv: gatherShared(table.y, vaIdx),
    ...(binned ? { binned: { binned: binned.binned.buffer instanceof SharedArrayBuffer ? binned.binned : sharedCopy(binned.binned), cuts: binned.cuts } } : {}),
  };
}

/** A column of a round in ascending order: the values and the round position of each. */
export interface SortedColumn {
  values: Float64Array;
  pos: Int32Array;
}

/**
 * Column `c` of a round's rows sorted (the exact trainer's presort, cart.ts, does the sorting;
 * ties by position), once per round: every fold of the round finds its bins from it (sortedBins).
 */
export function sortRoundColumn(table: NumericTable, numeric: NonNullable<RoundData['numeric']>, c: number): SortedColumn {
  const v = gatherShared(table.X[c], numeric.rowIdx);
  const { sorted } = prepareFeature(v);
  return { values: gatherShared(v, sorted), pos: sharedCopy(sorted) };
}

/**
 * binColumns of fold `f`'s training rows (the round's rows with another fold, in round order),
 * read from the round's sorted columns instead of sorting and searching: binCuts samples every
 * step-th training row and sorts the sample, and the same rows taken in sorted order are that
 * sorted sample (cutsOfSorted gives the same cuts); a row's bin is the number of cuts ≤ its value,
 * counted by one walk up the sorted rows. The same bytes as binColumns on the gathered columns.
 */
function sortedBins(sorted: SortedColumn[], fold: Int32Array, f: number, n: number): { binned: Uint8Array; cuts: Float64Array[] } {
  const d = sorted.length;
  const nr = fold.length;
  const step = binSampleStep(n);
  // Position of each round row among the fold's training rows (−1: a validation row), and binCuts' sample.
  const at = new Int32Array(nr);
  const inSample = new Uint8Array(nr);
  let m = 0;
  for (let i = 0, a = 0; i < nr; i++) {
    if (fold[i] === f) {
      at[i] = -1;
      continue;
    }
    if (a % step === 0) {
      inSample[i] = 1;
      m++;
    }
    at[i] = a++;
  }
  const s = new Float64Array(m);
  const binned = new Uint8Array(new SharedArrayBuffer(n * d));
  const cuts: Float64Array[] = [];
  for (let c = 0; c < d; c++) {
    const { values, pos } = sorted[c];
    sampleSorted(values, pos, inSample, s);
    const cut = cutsOfSorted(s);
    cuts.push(cut);
    binSorted(values, pos, at, cut, binned, d, c);
  }
  return { binned, cuts };
}

/** The sample's values in sorted order (−0 written as 0). */
function sampleSorted(values: Float64Array, pos: Int32Array, inSample: Uint8Array, s: Float64Array): void {
  for (let i = 0, j = 0; i < values.length; i++) if (inSample[pos[i]] === 1) s[j++] = values[i] + 0;
}

/** Column c's bin of each training row: the number of cuts ≤ its value, counted walking up the sorted rows. */
function binSorted(values: Float64Array, pos: Int32Array, at: Int32Array, cut: Float64Array, binned: Uint8Array, d: number, c: number): void {
  const nc = cut.length;
  for (let i = 0, b = 0; i < values.length; i++) {
    const p = at[pos[i]];
    if (p < 0) continue;
    const x = values[i];
    while (b < nc && cut[b] <= x) b++;
    binned[p * d + c] = b;
  }
}

/** The data of fold `f` for `encoding`: made on the main thread (byEncoding) or from the numeric table. */
export function foldDataOf(round: RoundData, table: NumericTable | undefined, encoding: string, f: number, sorted?: SortedColumn[]): FoldData {
  if (round.byEncoding) return round.byEncoding[encoding][f];
  return prepareFold(table!, round.numeric!, round.needs, f, sorted);
}

/** Does the round bin its folds (then its sorted columns pay: sortRoundColumn)? */
export function roundBins(round: RoundData): boolean {
  return round.numeric !== undefined && unionNeed(round.needs).bins;
}

/** A placeholder spec: the search never writes or applies a fold's spec, only the refit's. */
const NO_SPEC: PreprocessSpec = { version: 1, columns: [], features: [] };

/** One fold of one candidate: what a worker thread returns for each task of its unit. */
export interface FoldScore {
  score: number;
  train: number;
  nodes: number;
  depth: number;
  time: number;
}

/** The settings that cannot be cut from a covering tree (search-prune.ts): a group shares one grown tree per fold. */
const CUT = new Set<string>(['max-depth', 'min-num-samples', 'gain-threshold']);

/**
 * The round's tasks in groups that share one grown tree per fold: single trees (not forests)
 * whose params differ only in max-depth, min-num-samples and gain-threshold. In task order.
 */
export function groupTasks(job: ScoringJob, tasks: SearchTask[]): SearchTask[][] {
  const groups = new Map<string, SearchTask[]>();
  for (const t of tasks) {
    const s = taskSettings(job, t.params);
    const key = s.model === 'tree' ? JSON.stringify(Object.entries(t.params).filter(([k]) => !CUT.has(k)).sort(([a], [b]) => (a < b ? -1 : 1))) : `#${t.index}`;
    const g = groups.get(key);
    if (g) g.push(t);
    else groups.set(key, [t]);
  }
  return [...groups.values()];
}

/** The encoding a group's fold data is read for. */
export function groupEncoding(job: ScoringJob, group: SearchTask[]): string {
  return taskSettings(job, group[0].params).encoding;
}

function cartOptions(s: TrainSettings, task: Task): CartOptions {
  return { maxDepth: s.maxDepth, minNumSamples: s.minNumSamples, gainThreshold: s.gainThreshold ?? (task === 'classification' ? 0.01 : 0) };
}

/**
 * Fit a group's tasks on one fold and score them (any thread). A group of one tree is grown as
 * the refit grows it (growModel). A larger group grows one covering tree (the deepest, smallest
 * leaf size, lowest gain threshold of the group) and cuts each task's tree from it (pruneTree):
 * the same trees, bit for bit, as growing each alone. `now` measures fit time when given: a
 * shared tree's time (growing it and cutting every task's tree) is split evenly over the group.
 */
export function evaluateUnit(job: ScoringJob, d: FoldData, group: SearchTask[], now?: () => number): FoldScore[] {
  if (group.length === 1) return [evaluateAlone(job, d, group[0], now)];
  const settings = group.map((t) => taskSettings(job, t.params));
  const opts = settings.map((s) => cartOptions(s, job.task));
  const s0 = settings[0];
  const k = job.classes?.length ?? 0;
  const t0 = now?.() ?? 0;
  const data = { task: job.task, columns: d.X ?? d.Xv.map(() => new Float64Array(0)), y: d.y, nClasses: k };
  const cover = coveringOptions(opts);
  const big = s0.splitSearch === 'histogram' ? trainTreeHist(data, cover, 256, d.binned ?? binColumns(d.X!), true) : trainTree(data, cover, true);
  const trees = opts.map((o) => pruneTree(big, o));
  const time = ((now?.() ?? 0) - t0) / group.length;
  // On a fast metric the cut trees are scored as they are (predictTree: the predictions the
  // compiled model.json would make); other metrics go through the model as the refit's would.
  const fast = FAST_METRICS.includes(job.metric);
  // A histogram classifier's training accuracy from its leaves: its training rows are partitioned
  // by the same bins its predictions read (predictBinned), so each leaf holds exactly the rows
  // predicted there.
  const fromLeaves = s0.splitSearch === 'histogram' && job.task === 'classification' && job.metric === 'accuracy' && !d.X;
  return trees.map((tree, j) => {
    const nodes = tree.nodeCount;
    const depth = treeDepth(tree);
    if (!fast) return { ...scoreFit(job, d, toMlCartModel(tree, opts[j])), nodes, depth, time };
    const score = scorePredictions(job.metric, predictTree(tree, d.Xv, d.yv.length), d.yv);
    const train = fromLeaves ? trainingAccuracy(tree) : d.X ? scorePredictions(job.metric, predictTree(tree, d.X, d.y.length), d.y) : scoreFit(job, d, toMlCartModel(tree, opts[j])).train;
    return { score, train, nodes, depth, time };
  });
}

/**
 * Predictions of a fitted tree on columns: what compileModel(toMlCartModel(tree)) predicts (x <
 * threshold goes left; a leaf's class is the first most probable of its distribution, its value
 * the mean), walked on the tree's own arrays. The trainers number a split node's children
 * consecutively (right = left + 1), so a step is one comparison and no branch.
 */
export function predictTree(tree: FittedTree, X: Float64Array[], n: number): Float64Array {
  const { feature, threshold, left, value, distLength } = tree;
  const k = tree.nClasses;
  const clf = tree.task === 'classification';
  const out = new Float64Array(tree.nodeCount);
  for (let i = 0; i < tree.nodeCount; i++) {
    if (feature[i] >= 0) continue;
    if (!clf) {
      out[i] = value[i];
      continue;
    }
    let best = 0;
    for (let c = 1; c < distLength[i]; c++) if (value[i * k + c] > value[i * k + best]) best = c;
    out[i] = best;
  }
  const predictions = new Float64Array(n);
  for (let r = 0; r < n; r++) {
    let node = 0;
    while (feature[node] >= 0) node = left[node] + +!(X[feature[node]][r] < threshold[node]);
    predictions[r] = out[node];
  }
  return predictions;
}

/**
 * Accuracy of a classification tree on the rows it was grown from, from its leaves: each leaf
 * predicts the first most probable class of its distribution (compileMlCart's rule) and holds
 * `samples` rows, of which probability × samples (rounded: the probabilities are counts / rows)
 * have that class. The same count of right predictions, so the same number, as scoring the rows.
 */
export function trainingAccuracy(tree: FittedTree): number {
  const k = tree.nClasses;
  let right = 0;
  for (let i = 0; i < tree.nodeCount; i++) {
    if (tree.feature[i] >= 0) continue;
    const base = i * k;
    let best = 0;
    for (let c = 1; c < tree.distLength[i]; c++) if (tree.value[base + c] > tree.value[base + best]) best = c;
    right += Math.round(tree.value[base + best] * tree.samples[i]);
  }
  return right / tree.samples[0];
}

/** One task on one fold, grown alone (growModel, as the refit grows it). */
function evaluateAlone(job: ScoringJob, d: FoldData, t: SearchTask, now?: () => number): FoldScore {
  const s = taskSettings(job, t.params);
  const t0 = now?.() ?? 0;
  // Without X (bins only), a histogram tree needs only the column count from its columns.
  const X = d.X ?? d.Xv.map(() => new Float64Array(0));
  const fit = growModel(s, job.task, job.classes, NO_SPEC, X, d.y, d.binned ? { binned: d.binned } : undefined);
  const time = (now?.() ?? 0) - t0;
  return { ...scoreFit(job, d, fit.model), nodes: fit.nodes, depth: fit.depth, time };
}

/** Validation score and training score of a fitted model on a fold. */
function scoreFit(job: ScoringJob, d: FoldData, model: ModelJson): { score: number; train: number } {
  const train = d.X ? scoreOne(job, model, d.X, d.y) : scorePredictions(job.metric, predictBinned(model, d.binned!, d.y.length, job.classes?.length), d.y);
  return { score: scoreOne(job, model, d.Xv, d.yv), train };
}

/** A candidate's result from its folds' scores, in fold order. */
export function combineFolds(round: Pick<RoundData, 'rows'>, t: SearchTask, folds: FoldScore[], clock: boolean): CandidateResult {
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

/**
 * Results in task order from each unit's scores: `scores[f][g][j]` is task j of group g on fold f.
 */
export function combineUnits(round: Pick<RoundData, 'rows' | 'folds'>, tasks: SearchTask[], groups: SearchTask[][], scores: FoldScore[][][], clock: boolean): CandidateResult[] {
  const byIndex = new Map<SearchTask, FoldScore[]>();
  groups.forEach((g, gi) => g.forEach((t, j) => byIndex.set(t, Array.from({ length: round.folds }, (_, f) => scores[f][gi][j]))));
  return tasks.map((t) => combineFolds(round, t, byIndex.get(t)!, clock));
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

/**
 * Runs tasks and returns their results in task order (in-process, or on worker threads). `next`:
 * the rows of the following halving round, when there is one (a runner may prepare its folds while
 * idle; the rows do not depend on which candidates survive).
 */
export type SearchRunner = ((job: SearchJob, tasks: SearchTask[], next?: { resources: number }) => Promise<CandidateResult[]>) & {
  /** Release threads kept between rounds (the search calls it when done). */
  close?: () => Promise<void>;
};

export function inProcessRunner(now?: () => number): SearchRunner {
  return async (job, tasks) => {
    if (tasks.length === 0) return [];
    const round = prepareRound(job, tasks);
    const scoring = scoringJobOf(job);
    const table = numericTableOf(job);
    const groups = groupTasks(scoring, tasks);
    const sorted = table && roundBins(round) ? table.X.map((_, c) => sortRoundColumn(table, round.numeric!, c)) : undefined;
    const scores: FoldScore[][][] = [];
    for (let f = 0; f < round.folds; f++) {
      // One fold's data at a time (a numeric table's fold serves every encoding).
      const data = new Map<string, FoldData>();
      scores.push(
        groups.map((g) => {
          const enc = groupEncoding(scoring, g);
          const key = round.byEncoding ? enc : '';
          let d = data.get(key);
          if (!d) data.set(key, (d = foldDataOf(round, table, enc, f, sorted)));
          return evaluateUnit(scoring, d, g, now);
        }),
      );
    }
    return combineUnits(round, tasks, groups, scores, now !== undefined);
  };
}
