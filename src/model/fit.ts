/**
 * What training and the search share, below both (train.ts runs the stage, search-*.ts the
 * model selection): the settings, targets and classes, holdout and fold splits on the training
 * rows of the columnar table, preprocessing fitted on a split, growing the tree or forest and
 * scoring it.
 */
import { UsageError } from '../errors.js';
import type { DataFormat } from '../data/read.js';
import { cellText, type Column, type ColumnTable, type TextColumn } from '../data/table.js';
import { trainTree, featureImportances, type CartOptions, type FittedTree, type Task } from './cart.js';
import { toMlCartModel, type MlCartModel } from './mlcart.js';
import { computeClassificationMetrics, computeRegressionMetrics, type ClassificationMetrics, type RegressionMetrics } from './metrics.js';
import { isMissing, type DatePart, type Encoding, type ImputeStrategy, type PreprocessOptions, type PreprocessSpec } from './preprocess.js';
import { cellValue, fitColumns, subRows, transformRows, type CellError, type Rows } from './columnar.js';
import { compileModel, predictFeatureColumns, type ForestModel, type ModelJson } from './bundle.js';
import { createRng, shuffleInPlace, type Rng } from './rng.js';
import { binChunks, binColumns, binCuts, binSampleStep, trainTreeHist } from './hist.js';

export interface TrainSettings {
  data: string;
  testData?: string;
  format?: DataFormat;
  target: string;
  features?: string[];
  exclude?: string[];
  task?: Task;
  model: 'tree' | 'forest';
  maxDepth: number;
  /** exact: ml-cart's candidates (presorted); histogram: ≤ 256 quantile bins; auto: exact up to EXACT_MAX_ROWS rows. */
  splitSearch: 'auto' | 'exact' | 'histogram';
  minNumSamples: number;
  /** Default: ml-cart's (0.01 classification, 0 regression). */
  gainThreshold?: number;
  nTrees: number;
  maxFeatures: 'sqrt' | 'all' | number;
  seed: number;
  testSize: number;
  cvFolds: number;
  metric?: string;
  numericImpute: ImputeStrategy;
  categoricalImpute: ImputeStrategy;
  fillValue?: number | string;
  encoding: Encoding;
  categorical?: string[];
  datetimeParts?: DatePart[];
  out: string;
  intendedUse?: string;
  /** Model name for serving (Open Inference Protocol); written to params.json when given. */
  name?: string;
  /** Model selection (search.ts): the space as cd4ml.yml holds it, NAME → values or range. */
  search?: Record<string, unknown>;
  searchMethod: 'grid' | 'random' | 'halving';
  searchTrials: number;
  oneSe: boolean;
  /** Worker threads for the search (the adapter's runner uses it). */
  jobs?: number;
  /** "I/N": evaluate one shard of the candidates and write search-shard.json instead of a bundle. */
  shard?: string;
  /** Folders of shard files to merge, choose from and refit. */
  mergeSearch?: string[];
  /** Searchable hyperparameters given explicitly (cd4ml.yml, flag, input): a search keeps them fixed. */
  pinned?: Record<string, number | string>;
}

/** auto split search: exact (ml-cart-identical) up to this many training rows, histogram above. */
export const EXACT_MAX_ROWS = 20_000;


/** Class label text of a raw target value. */
export function labelOf(v: unknown): string {
  return typeof v === 'string' ? v.trim() : v instanceof Date ? v.toISOString() : String(v);
}

export function numericTarget(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (typeof v === 'string' && /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(v.trim())) return Number(v.trim());
  return undefined;
}

/** Sorted class labels: numerically when all look numeric, else by code point (like numpy.unique). */
export function sortClasses(labels: string[]): string[] {
  const allNum = labels.every((l) => numericTarget(l) !== undefined);
  return [...labels].sort((a, b) => (allNum ? Number(a) - Number(b) : a < b ? -1 : a > b ? 1 : 0));
}

/** Group code per label (first appearance) and each group's key text: what the index forms take. */
function groupsOf(labels: readonly (number | string)[]): { groups: Int32Array; keys: string[] } {
  const index = new Map<number | string, number>();
  const keys: string[] = [];
  const groups = Int32Array.from(labels, (l) => {
    let g = index.get(l);
    if (g === undefined) index.set(l, (g = keys.push(String(l)) - 1));
    return g;
  });
  return { groups, keys };
}

/** holdoutSplitIndex over label values (text labels, as labelOf gives them; null: one group). */
export function holdoutSplit(labels: (number | string)[] | null, n: number, testSize: number, rng: Rng): { train: number[]; test: number[] } {
  const g = labels ? groupsOf(labels) : undefined;
  const split = holdoutSplitIndex(g?.groups ?? null, g?.keys ?? [], n, testSize, rng);
  return { train: Array.from(split.train), test: Array.from(split.test) };
}

/** stratifiedFoldsIndex over label values (text labels). */
export function stratifiedFolds(labels: (number | string)[], k: number, rng: Rng): Int32Array {
  const { groups, keys } = groupsOf(labels);
  return stratifiedFoldsIndex(groups, keys, k, rng);
}

/** Encode target values: class index (−1 unknown / missing) or number (NaN when not numeric). */
export function encodeTarget(task: Task, classes: string[] | undefined, values: unknown[]): Int32Array | Float64Array {
  if (task === 'regression') return Float64Array.from(values, (v) => numericTarget(v) ?? Number.NaN);
  const index = new Map(classes!.map((c, i) => [c, i]));
  return Int32Array.from(values, (v) => (isMissing(v) ? -1 : (index.get(labelOf(v)) ?? -1)));
}

/**
 * Rows of a split (an index array into the table, ascending) with the encoded target of every
 * table row: class index (−1 missing/unknown) or number (NaN). Folds and halving rounds are
 * subsets of the index array; nothing is copied.
 */
export interface TrainRows extends Rows {
  target: Int32Array | Float64Array;
  /** Class labels (classification), indexed by target. */
  classes?: string[];
}

/** Rows `pos` (positions into rows.idx, ascending) of `rows`. */
export function pickRows(rows: TrainRows, pos: ArrayLike<number>): TrainRows {
  return { ...subRows(rows, pos), target: rows.target, ...(rows.classes ? { classes: rows.classes } : {}) };
}

/** The encoded target of the rows, in row order. */
export function targetOf(rows: TrainRows): Int32Array | Float64Array {
  const { idx, target } = rows;
  const out = target instanceof Int32Array ? new Int32Array(idx.length) : new Float64Array(idx.length);
  for (let i = 0; i < idx.length; i++) out[i] = target[idx[i]];
  return out;
}

/** Class label of each row (classification) or 0 (regression): what stratifiedFolds takes. */
export function foldLabels(rows: TrainRows): (string | number)[] {
  const { idx, target, classes } = rows;
  return classes ? Array.from(idx, (r) => classes[target[r]]) : Array.from(idx, () => 0);
}

/** Every row of a table with `target` encoded (tests, tools): the training rows of a whole file. */
export function trainRowsOf(table: ColumnTable, target: string, task: Task, classes?: string[]): TrainRows {
  const ti = table.names.indexOf(target);
  if (ti < 0) throw new UsageError(`${table.file}: target column "${target}" not found; columns are: ${table.names.join(', ')}`);
  const tcol = asText(table.columns[ti]);
  return { table, idx: presentTargetRows(tcol), target: encodeTargetColumn(task, classes, tcol), ...(classes ? { classes } : {}) };
}

/** A column as dictionary codes (the target is read as text; this also takes a number column). */
export function asText(c: Column): TextColumn {
  if (c.kind === 'text') return c;
  const dict: string[] = [];
  const index = new Map<string, number>();
  const codes = new Int32Array(c.values.length);
  for (let r = 0; r < codes.length; r++) {
    const t = cellText(c, r);
    if (t === null || isMissing(t)) {
      codes[r] = -1;
      continue;
    }
    let k = index.get(t);
    if (k === undefined) {
      k = dict.length;
      dict.push(t);
      index.set(t, k);
    }
    codes[r] = k;
  }
  return { kind: 'text', codes, dict };
}

/** Table rows whose target is present. */
export function presentTargetRows(col: TextColumn): Int32Array {
  const miss = Uint8Array.from(col.dict, (t) => (isMissing(t) ? 1 : 0));
  const codes = col.codes;
  let n = 0;
  for (let r = 0; r < codes.length; r++) if (codes[r] >= 0 && miss[codes[r]] === 0) n++;
  const keep = new Int32Array(n);
  for (let r = 0, j = 0; r < codes.length; r++) if (codes[r] >= 0 && miss[codes[r]] === 0) keep[j++] = r;
  return keep;
}

/**
 * out[i] = f(src[i]) for every i, returned. Not TypedArray.from(typedArray, f): that first copies
 * an iterable source into a JS array (16 MB of heap at 1M rows, freed only by a full GC).
 */
export function mapRows<T extends Int32Array | Float64Array>(out: T, src: ArrayLike<number>, f: (x: number) => number): T {
  for (let i = 0; i < src.length; i++) out[i] = f(src[i]);
  return out;
}

/** Encode a text target column per table row with `classes` (−1 unknown) or as numbers. */
export function encodeTargetColumn(task: Task, classes: string[] | undefined, col: TextColumn): Int32Array | Float64Array {
  if (task === 'regression') {
    const val = Float64Array.from(col.dict, (t) => numericTarget(t) ?? Number.NaN);
    return mapRows(new Float64Array(col.codes.length), col.codes, (k) => (k < 0 ? Number.NaN : val[k]));
  }
  const index = new Map(classes!.map((c, i) => [c, i]));
  const cls = Int32Array.from(col.dict, (t) => (isMissing(t) ? -1 : (index.get(labelOf(t)) ?? -1)));
  return mapRows(new Int32Array(col.codes.length), col.codes, (k) => (k < 0 ? -1 : cls[k]));
}

/**
 * holdoutSplit over group codes (class index per row, or null: one group): the same rows for the
 * same seed. Groups are visited in the order of their key text, as holdoutSplit sorts its labels.
 */
export function holdoutSplitIndex(groups: Int32Array | null, keys: string[], n: number, testSize: number, rng: Rng): { train: Int32Array; test: Int32Array } {
  const lists = groupLists(groups, keys.length, n);
  const isTest = new Uint8Array(n);
  for (const g of keyOrder(groups ? keys : ['0'])) {
    const idx = lists[g];
    if (idx.length === 0) continue;
    shuffleInPlace(idx, rng);
    let nt = Math.round(idx.length * testSize);
    if (groups && idx.length >= 2) nt = Math.min(Math.max(nt, 1), idx.length - 1);
    for (let i = 0; i < nt; i++) isTest[idx[i]] = 1;
  }
  let nTest = 0;
  for (let i = 0; i < n; i++) nTest += isTest[i];
  const train = new Int32Array(n - nTest);
  const test = new Int32Array(nTest);
  for (let i = 0, a = 0, b = 0; i < n; i++) if (isTest[i] === 1) test[b++] = i;
  else train[a++] = i;
  return { train, test };
}

/** stratifiedFolds over group codes: the same fold per row for the same seed. */
export function stratifiedFoldsIndex(groups: Int32Array, keys: string[], k: number, rng: Rng): Int32Array {
  const fold = new Int32Array(groups.length);
  const lists = groupLists(groups, keys.length, groups.length);
  let offset = 0;
  for (const g of keyOrder(keys)) {
    const idx = lists[g];
    if (idx.length === 0) continue;
    shuffleInPlace(idx, rng);
    for (let i = 0; i < idx.length; i++) fold[idx[i]] = (i + offset) % k;
    offset += idx.length;
  }
  return fold;
}

export function groupLists(groups: Int32Array | null, nGroups: number, n: number): Int32Array[] {
  if (!groups) return [Int32Array.from({ length: n }, (_, i) => i)];
  const counts = new Int32Array(nGroups);
  for (let i = 0; i < n; i++) counts[groups[i]]++;
  const lists = Array.from(counts, (c) => new Int32Array(c));
  const fill = new Int32Array(nGroups);
  for (let i = 0; i < n; i++) lists[groups[i]][fill[groups[i]]++] = i;
  return lists;
}

/** Group indexes in the order of their keys' text (code point order, like the row path's sort). */
export function keyOrder(keys: string[]): number[] {
  return keys.map((_, i) => i).sort((a, b) => (keys[a] < keys[b] ? -1 : keys[a] > keys[b] ? 1 : 0));
}

export interface FitOutput {
  spec: PreprocessSpec;
  model: ModelJson;
  importances: Float64Array;
  nodes: number;
  depth: number;
  splitSearch: 'exact' | 'histogram';
}

export function treeDepth(t: FittedTree): number {
  const depth = new Int32Array(t.nodeCount);
  let max = 0;
  for (let i = 0; i < t.nodeCount; i++) {
    if (t.feature[i] >= 0) {
      depth[t.left[i]] = depth[i] + 1;
      depth[t.right[i]] = depth[i] + 1;
      max = Math.max(max, depth[i] + 1);
    }
  }
  return max;
}

/** Transform rows, turning bad values into a UsageError naming file line, column and value. */
export function transformOrThrow(spec: PreprocessSpec, t: Rows, file: string, start = 0, end = t.idx.length, into?: Float64Array[]): Float64Array[] {
  const { columns, error } = transformRows(spec, t, start, end, into);
  if (error) throw badCell(spec, t, file, error);
  for (let f = 0; f < columns.length; f++) {
    const c = columns[f];
    for (let r = 0; r < c.length; r++) if (!Number.isFinite(c[r])) throw notFinite(spec, t, file, f, start + r, c[r]);
  }
  return columns;
}

export function badCell(spec: PreprocessSpec, t: Rows, file: string, e: CellError): UsageError {
  return new UsageError(`${file}:${t.table.lines[t.idx[e.row]]}: column "${e.column}" is ${JSON.stringify(e.value)}, expected ${e.expected} (the column was typed from the training rows); fix the value or list the column under train.categorical`);
}

export function notFinite(spec: PreprocessSpec, t: Rows, file: string, f: number, row: number, x: number): UsageError {
  return new UsageError(`${file}:${t.table.lines[t.idx[row]]}: feature "${spec.features[f]}" is ${x} after preprocessing; replace NaN/Infinity values or set train.impute`);
}

export function preprocessOptions(s: TrainSettings): PreprocessOptions {
  return { numericImpute: s.numericImpute, categoricalImpute: s.categoricalImpute, fillValue: s.fillValue, encoding: s.encoding, categorical: s.categorical, datetimeParts: s.datetimeParts };
}

/** Preprocessing fitted on `train` and applied to it: the feature matrix and the encoded target. */
export function preprocessTrain(s: TrainSettings, task: Task, classes: string[] | undefined, features: string[], train: TrainRows, file: string): { spec: PreprocessSpec; X: Float64Array[]; y: Int32Array | Float64Array } {
  const spec = fitColumns(train, features, preprocessOptions(s));
  const X = transformOrThrow(spec, train, file);
  return { spec, X, y: targetOf(train) };
}

/**
 * The histogram bins of the training rows straight from the table: cuts from the rows binCuts
 * samples, then the rows transformed and binned a chunk at a time (no feature matrix). The sample
 * is transformed one spec column at a time and each chunk into one set of scratch columns, so
 * binning holds d × BIN_CHUNK doubles, not d × 65,536 twice (at 1M × 20 that was ~20 MB of peak RSS).
 */
export function binRows(spec: PreprocessSpec, rows: Rows, file: string, buffer?: Float64Array): { binned: Uint8Array; cuts: Float64Array[] } {
  const n = rows.idx.length;
  const step = binSampleStep(n);
  const m = Math.ceil(n / step);
  const sampleIdx = new Int32Array(m);
  for (let i = 0, j = 0; i < n; i += step, j++) sampleIdx[j] = rows.idx[i];
  const sampleRows: Rows = { table: rows.table, idx: sampleIdx };
  // The sort buffer and the first sampled feature live in the caller's scratch when it has room.
  const room = buffer !== undefined && buffer.length >= 2 * m;
  const sorted = room ? buffer.subarray(0, m) : new Float64Array(m);
  const cuts: Float64Array[] = [];
  // The sampled features of one spec column at a time, in arrays reused from column to column.
  const sample: Float64Array[] = room ? [buffer.subarray(m, 2 * m)] : [];
  let o = 0;
  for (const c of spec.columns) {
    const width = c.kind === 'categorical' && c.encoding === 'one-hot' ? c.categories!.length : c.kind === 'datetime' ? c.parts!.length : 1;
    while (sample.length < width) sample.push(new Float64Array(m));
    const one: PreprocessSpec = { ...spec, columns: [c], features: spec.features.slice(o, o + width) };
    for (const col of transformRows(one, sampleRows, 0, m, sample).columns) cuts.push(binCuts(col, 256, col.length, sorted));
    o += width;
  }
  const scratch = scratchColumns(spec, Math.min(n, BIN_CHUNK));
  return binChunks(
    n,
    cuts,
    (start, end) => transformOrThrow(spec, rows, file, start, end, scratch),
    (f, row, x) => {
      throw notFinite(spec, rows, file, f, row, x);
    },
    BIN_CHUNK,
  );
}

export function fitModel(s: TrainSettings, task: Task, classes: string[] | undefined, features: string[], train: TrainRows, file: string): FitOutput {
  const binned = binTrainRows(s, features, train, file);
  if (binned) return growBinned(s, task, classes, binned);
  const { spec, X, y } = preprocessTrain(s, task, classes, features, train, file);
  return growModel(s, task, classes, spec, X, y);
}

/** All a histogram tree needs of its training rows: it grows on these, not on the table. */
export interface BinnedTrain {
  spec: PreprocessSpec;
  binned: { binned: Uint8Array; cuts: Float64Array[] };
  y: Int32Array | Float64Array;
}

/**
 * The training rows binned straight from the table, when the model grows on bins (a histogram
 * tree); undefined when it grows on the feature columns (exact split search, forest).
 */
export function binTrainRows(s: TrainSettings, features: string[], train: TrainRows, file: string): BinnedTrain | undefined {
  const splitSearch = s.splitSearch === 'auto' ? (train.idx.length <= EXACT_MAX_ROWS ? 'exact' : 'histogram') : s.splitSearch;
  if (s.model !== 'tree' || splitSearch !== 'histogram') return undefined;
  // One scratch for the fills' present values (n) and then the cut sample and its sort (2 × n/step).
  const n = train.idx.length;
  const scratch = new Float64Array(Math.max(n, 2 * Math.ceil(n / binSampleStep(n))));
  const spec = fitColumns(train, features, preprocessOptions(s), scratch);
  return { spec, binned: binRows(spec, train, file, scratch), y: targetOf(train) };
}

/** Grow the histogram tree on its bins (binTrainRows). */
export function growBinned(s: TrainSettings, task: Task, classes: string[] | undefined, b: BinnedTrain): FitOutput {
  const placeholder = b.spec.features.map(() => new Float64Array(0));
  return growModel(s, task, classes, b.spec, placeholder, b.y, { binned: b.binned });
}

/** Grow the tree (or forest) on preprocessed columns. */
export function growModel(s: TrainSettings, task: Task, classes: string[] | undefined, spec: PreprocessSpec, X: Float64Array[], y: Int32Array | Float64Array, shared?: { binned?: { binned: Uint8Array; cuts: Float64Array[] } }): FitOutput {
  const opts: CartOptions = { maxDepth: s.maxDepth, minNumSamples: s.minNumSamples, gainThreshold: s.gainThreshold ?? (task === 'classification' ? 0.01 : 0) };
  const k = classes?.length ?? 0;
  const splitSearch = s.splitSearch === 'auto' ? (y.length <= EXACT_MAX_ROWS ? 'exact' : 'histogram') : s.splitSearch;
  const grow = splitSearch === 'exact' ? trainTree : trainTreeHist;
  if (s.model === 'tree' && splitSearch === 'histogram' && shared) {
    // A search's fold: the columns are binned once and shared by every candidate.
    shared.binned ??= binColumns(X);
    const tree = trainTreeHist({ task, columns: X, y, nClasses: k }, opts, 256, shared.binned);
    return { spec, model: toMlCartModel(tree, opts), importances: featureImportances(tree), nodes: tree.nodeCount, depth: treeDepth(tree), splitSearch };
  }
  if (s.model === 'tree') {
    const tree = grow({ task, columns: X, y, nClasses: k }, opts);
    return { spec, model: toMlCartModel(tree, opts), importances: featureImportances(tree), nodes: tree.nodeCount, depth: treeDepth(tree), splitSearch };
  }
  // Bagging: each tree sees a bootstrap sample of the rows and a random subset of the features.
  const rng = createRng(s.seed ^ 0x9e3779b9);
  const d = X.length;
  const m = s.maxFeatures === 'all' ? d : s.maxFeatures === 'sqrt' ? Math.max(1, Math.round(Math.sqrt(d))) : Math.max(1, Math.round(s.maxFeatures * d));
  const n = y.length;
  const trees: MlCartModel[] = [];
  const imp = new Float64Array(d);
  let nodes = 0;
  let depth = 0;
  for (let t = 0; t < s.nTrees; t++) {
    const rows = new Int32Array(n);
    for (let i = 0; i < n; i++) rows[i] = rng.int(n);
    rows.sort();
    const feats = shuffleInPlace(Int32Array.from({ length: d }, (_, i) => i), rng).slice(0, m).sort();
    const cols = Array.from(feats, (f) => mapRows(new Float64Array(n), rows, (r) => X[f][r]));
    const yy = mapRows(task === 'classification' ? new Int32Array(n) : new Float64Array(n), rows, (r) => y[r]);
    const tree = grow({ task, columns: cols, y: yy, nClasses: k }, opts);
    for (let i = 0; i < tree.nodeCount; i++) if (tree.feature[i] >= 0) tree.feature[i] = feats[tree.feature[i]];
    const fi = featureImportances({ ...tree, nFeatures: d });
    for (let f = 0; f < d; f++) imp[f] += fi[f] / s.nTrees;
    trees.push(toMlCartModel(tree, opts));
    nodes += tree.nodeCount;
    depth = Math.max(depth, treeDepth(tree));
  }
  const forest: ForestModel = { name: 'cd4ml-forest', trees };
  return { spec, model: forest, importances: imp, nodes, depth, splitSearch };
}

/** Metrics of a fitted model on preprocessed columns with encoded targets (no file checks). */
export function scoreColumns(task: Task, classes: string[] | undefined, model: ModelJson, X: Float64Array[], y: Int32Array | Float64Array): ClassificationMetrics | RegressionMetrics {
  const compiled = compileModel(model, classes?.length);
  const { predictions, probabilities } = predictFeatureColumns(compiled, X, y.length);
  if (task === 'regression') return computeRegressionMetrics(y, predictions);
  return computeClassificationMetrics({ yTrue: y, yPred: predictions, proba: probabilities, classes: classes! });
}

/** Rows scored per chunk when evaluating (the test split is never one feature matrix). */
export const EVAL_CHUNK = 16384;

/** Rows binned per chunk: d × 4,096 doubles of scratch (0.66 MB at 20 features; 16,384 rows cost train 2 MB more peak RSS at 200k and no less time). */
const BIN_CHUNK = 4096;

/** One reusable array of `rows` doubles per model feature (transformRows' `into`). */
function scratchColumns(spec: PreprocessSpec, rows: number): Float64Array[] {
  return spec.features.map(() => new Float64Array(rows));
}

/** Predictions of a fitted model on rows of the table, a chunk at a time. */
export function predictRows(fit: FitOutput, classes: string[] | undefined, rows: Rows, file: string): { predictions: Float64Array; probabilities?: Float64Array } {
  const model = compileModel(fit.model, classes?.length);
  const n = rows.idx.length;
  const k = classes?.length ?? 0;
  const predictions = new Float64Array(n);
  const probabilities = classes ? new Float64Array(n * k) : undefined;
  const scratch = scratchColumns(fit.spec, Math.min(n, EVAL_CHUNK));
  for (let start = 0; start < n; start += EVAL_CHUNK) {
    const end = Math.min(n, start + EVAL_CHUNK);
    const X = transformOrThrow(fit.spec, rows, file, start, end, scratch);
    const p = predictFeatureColumns(model, X, end - start);
    predictions.set(p.predictions, start);
    if (probabilities && p.probabilities) probabilities.set(p.probabilities, start * k);
  }
  return { predictions, ...(probabilities ? { probabilities } : {}) };
}

export function evaluate(task: Task, classes: string[] | undefined, fit: FitOutput, test: TrainRows, target: string, file: string): ClassificationMetrics | RegressionMetrics {
  const { predictions, probabilities } = predictRows(fit, classes, test, file);
  const y = targetOf(test);
  const tcol = test.table.columns[test.table.names.indexOf(target)];
  const raw = (i: number) => JSON.stringify(cellValue(tcol, test.idx[i]));
  if (task === 'regression') {
    for (let i = 0; i < y.length; i++) if (Number.isNaN(y[i])) throw new UsageError(`${file}:${test.table.lines[test.idx[i]]}: target "${target}" is ${raw(i)}, not a number`);
    return computeRegressionMetrics(y, predictions);
  }
  for (let i = 0; i < y.length; i++) {
    if (y[i] < 0) throw new UsageError(`${file}:${test.table.lines[test.idx[i]]}: target "${target}" is ${raw(i)}, a class the training data does not have (classes: ${classes!.join(', ')})`);
  }
  return computeClassificationMetrics({ yTrue: y, yPred: predictions, proba: probabilities, classes: classes! });
}

