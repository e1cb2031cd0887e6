/**
 * The train stage: read data → choose target/features/task → seeded (stratified) holdout split →
 * fit preprocessing on the training split → grow the tree (or a bagged forest) → evaluate →
 * optional stratified k-fold CV → write the model bundle. No clock, environment or git access:
 * the adapters pass the timestamp, git SHAs and tool version in `TrainContext`.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { checkDirReplaceable, writeDirAtomic, type ReplaceDirOptions } from '../io/atomic.js';
import { parse as parseYaml } from 'yaml';
import { UsageError } from '../errors.js';
import type { DataFormat } from '../data/read.js';
import { cellText, readColumns, type Column, type ColumnTable, type TextColumn } from '../data/table.js';
import { inferSchemaYamlOf } from '../data/schema-infer.js';
import { formatBadNumericCells } from '../data/nearly-numeric.js';
import type { ProgressFor } from '../report/progress.js';
import { deltaLineage } from '../data/delta/lineage.js';
import { trainTree, featureImportances, type CartOptions, type FittedTree, type Task } from './cart.js';
import { toMlCartModel, type MlCartModel } from './mlcart.js';
import { computeClassificationMetrics, computeRegressionMetrics, meanStd, type ClassificationMetrics, type RegressionMetrics } from './metrics.js';
import { isMissing, type DatePart, type Encoding, type ImputeStrategy, type PreprocessOptions, type PreprocessSpec } from './preprocess.js';
import { badNumericCellsOf, cellValue, codeCounts, fitColumns, subRows, transformRows, type CellError, type Rows } from './columnar.js';
import { compileModel, encodeHoldout, predictFeatureColumns, sha256, stableJson, type ForestModel, type Manifest, type ModelJson, type PreprocessFile, BUNDLE_FILES } from './bundle.js';
import { createRng, shuffleInPlace, type Rng } from './rng.js';
import { renderModelCard } from './card.js';
import { escapeCell } from '../report/markdown.js';
import { binChunks, binColumns, binSampleStep, trainTreeHist } from './hist.js';
import { checkFolds, checkMetric, evaluateSearch, mergeShards, planSearch, recordSearch, SHARD_FILE, type SearchRecord, type ShardFile } from './search-run.js';
import { applyCandidate, inProcessRunner, type SearchJob, type SearchRunner } from './search-eval.js';
import { parseShard } from './search.js';
import { renderSearchMarkdown } from './search-report.js';

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

export interface TrainContext {
  /** The bundle's one timestamp (ISO 8601), injected by the adapter. */
  timestamp: string;
  toolVersion: string;
  gitHead?: string;
  gitPrHead?: string;
  /** Clock (ms) for the search's fit times; without it they are null (reproducible bundles). */
  now?: () => number;
  /** Runs search candidates (worker threads in the adapters); default in-process. */
  searchRunner?: SearchRunner;
  /**
   * No longer called: schema.yml is inferred from the table train already holds (src/data/schema-infer.ts,
   * the same rules as validate --infer, no second read of the file). Kept so the adapters that pass it compile;
   * the lead may drop it from src/cli/commands/train.ts and actions/train/main.ts.
   */
  inferSchemaYaml?: (path: string, format?: DataFormat, categorical?: string[]) => Promise<string>;
  /** Reading progress, per data file: pass `progress?.(file)` as readColumns' onProgress (src/report/progress.ts). */
  progress?: ProgressFor;
}

export interface TrainResult {
  dir: string;
  task: Task;
  headline: { name: string; value: number };
  metrics: Record<string, unknown>;
  files: string[];
  digest: string;
  /** Markdown for the job summary: metrics tables and the model card. */
  summary: string;
  /** The search record (metrics.json `search`), when there was a search. */
  search?: SearchRecord;
  /** A shard run: what it evaluated (no bundle; dir holds search-shard.json). */
  shard?: { index: number; count: number; evaluated: number; candidates: number };
}

/** auto split search: exact (ml-cart-identical) up to this many training rows, histogram above. */
export const EXACT_MAX_ROWS = 20_000;


/** Class label text of a raw target value. */
export function labelOf(v: unknown): string {
  return typeof v === 'string' ? v.trim() : v instanceof Date ? v.toISOString() : String(v);
}

function numericTarget(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (typeof v === 'string' && /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(v.trim())) return Number(v.trim());
  return undefined;
}

/** Sorted class labels: numerically when all look numeric, else by code point (like numpy.unique). */
export function sortClasses(labels: string[]): string[] {
  const allNum = labels.every((l) => numericTarget(l) !== undefined);
  return [...labels].sort((a, b) => (allNum ? Number(a) - Number(b) : a < b ? -1 : a > b ? 1 : 0));
}

/** Stratified (classification) or plain seeded holdout split; returns test row indexes. */
export function holdoutSplit(labels: (number | string)[] | null, n: number, testSize: number, rng: Rng): { train: number[]; test: number[] } {
  const groups = new Map<number | string, number[]>();
  if (labels) labels.forEach((l, i) => (groups.get(l) ?? groups.set(l, []).get(l)!).push(i));
  else groups.set(0, Array.from({ length: n }, (_, i) => i));
  const test: number[] = [];
  const train: number[] = [];
  const keys = [...groups.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const key of keys) {
    const idx = Int32Array.from(groups.get(key)!);
    shuffleInPlace(idx, rng);
    let nt = Math.round(idx.length * testSize);
    if (labels && idx.length >= 2) nt = Math.min(Math.max(nt, 1), idx.length - 1);
    for (let i = 0; i < idx.length; i++) (i < nt ? test : train).push(idx[i]);
  }
  return { train: train.sort((a, b) => a - b), test: test.sort((a, b) => a - b) };
}

/** Stratified k-fold assignment (fold index per row), seeded. */
export function stratifiedFolds(labels: (number | string)[], k: number, rng: Rng): Int32Array {
  const fold = new Int32Array(labels.length);
  const groups = new Map<number | string, number[]>();
  labels.forEach((l, i) => (groups.get(l) ?? groups.set(l, []).get(l)!).push(i));
  let offset = 0;
  for (const key of [...groups.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) {
    const idx = Int32Array.from(groups.get(key)!);
    shuffleInPlace(idx, rng);
    for (let i = 0; i < idx.length; i++) fold[idx[i]] = (i + offset) % k;
    offset += idx.length;
  }
  return fold;
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

interface Prepared {
  task: Task;
  classes?: string[];
  features: string[];
  table: ColumnTable;
  train: TrainRows;
  test: TrainRows;
  dropped: number;
}

/** A column as dictionary codes (the target is read as text; this also takes a number column). */
function asText(c: Column): TextColumn {
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
function presentTargetRows(col: TextColumn): Int32Array {
  const miss = Uint8Array.from(col.dict, (t) => (isMissing(t) ? 1 : 0));
  const codes = col.codes;
  let n = 0;
  for (let r = 0; r < codes.length; r++) if (codes[r] >= 0 && miss[codes[r]] === 0) n++;
  const keep = new Int32Array(n);
  for (let r = 0, j = 0; r < codes.length; r++) if (codes[r] >= 0 && miss[codes[r]] === 0) keep[j++] = r;
  return keep;
}

/** Encode a text target column per table row with `classes` (−1 unknown) or as numbers. */
function encodeTargetColumn(task: Task, classes: string[] | undefined, col: TextColumn): Int32Array | Float64Array {
  if (task === 'regression') {
    const val = Float64Array.from(col.dict, (t) => numericTarget(t) ?? Number.NaN);
    return Float64Array.from(col.codes, (k) => (k < 0 ? Number.NaN : val[k]));
  }
  const index = new Map(classes!.map((c, i) => [c, i]));
  const cls = Int32Array.from(col.dict, (t) => (isMissing(t) ? -1 : (index.get(labelOf(t)) ?? -1)));
  return Int32Array.from(col.codes, (k) => (k < 0 ? -1 : cls[k]));
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

function groupLists(groups: Int32Array | null, nGroups: number, n: number): Int32Array[] {
  if (!groups) return [Int32Array.from({ length: n }, (_, i) => i)];
  const counts = new Int32Array(nGroups);
  for (let i = 0; i < n; i++) counts[groups[i]]++;
  const lists = Array.from(counts, (c) => new Int32Array(c));
  const fill = new Int32Array(nGroups);
  for (let i = 0; i < n; i++) lists[groups[i]][fill[groups[i]]++] = i;
  return lists;
}

/** Group indexes in the order of their keys' text (code point order, like the row path's sort). */
function keyOrder(keys: string[]): number[] {
  return keys.map((_, i) => i).sort((a, b) => (keys[a] < keys[b] ? -1 : keys[a] > keys[b] ? 1 : 0));
}

/** Read a data file as columns (the target and train.categorical always as text). */
async function readTrainTable(path: string, s: TrainSettings, progress?: ProgressFor): Promise<ColumnTable> {
  return readColumns(path, { format: s.format, text: [...new Set([...(s.categorical ?? []), s.target])], onProgress: progress?.(path) });
}

async function prepare(s: TrainSettings, progress?: ProgressFor): Promise<Prepared> {
  const table = await readTrainTable(s.data, s, progress);
  const names = table.names;
  const ti = names.indexOf(s.target);
  if (ti < 0) throw new UsageError(`${s.data}: target column "${s.target}" not found; columns are: ${names.join(', ')}. Set train.target / --target to one of them`);
  const exclude = new Set(s.exclude ?? []);
  const features = s.features ?? names.filter((c) => c !== s.target && !exclude.has(c));
  for (const f of features) {
    if (f === s.target) throw new UsageError(`feature "${f}" is the target; remove it from train.features`);
    if (!names.includes(f)) throw new UsageError(`${s.data}: feature column "${f}" not found; columns are: ${names.join(', ')}`);
  }
  if (features.length === 0) throw new UsageError(`${s.data}: no feature columns left after excluding the target and train.exclude`);
  // Rows without a target cannot be used for training or evaluation: dropped and counted.
  const tcol = asText(table.columns[ti]);
  const keep = presentTargetRows(tcol);
  const dropped = table.n - keep.length;
  // Each distinct target text is judged once, weighted by its rows.
  const counts = codeCounts(tcol, { table, idx: keep });
  const nums = Float64Array.from(tcol.dict, (t) => numericTarget(t) ?? Number.NaN);
  let allNumeric = true;
  const distinct = new Set<number>();
  for (let k = 0; k < counts.length; k++) {
    if (counts[k] === 0) continue;
    if (Number.isNaN(nums[k])) allNumeric = false;
    else distinct.add(nums[k]);
  }
  let task = s.task;
  // Inferred: a numeric target with more than 20 distinct values is regression, anything else classification.
  if (!task) task = allNumeric && distinct.size > 20 ? 'regression' : 'classification';
  if (task === 'regression' && !allNumeric) {
    const bad = keep.find((r) => Number.isNaN(nums[tcol.codes[r]]))!;
    throw new UsageError(`${s.data}:${table.lines[bad]}: target "${s.target}" is ${JSON.stringify(tcol.dict[tcol.codes[bad]])}, not a number; regression needs a numeric target (use task: classification for labels)`);
  }
  let classes: string[] | undefined;
  if (task === 'classification') {
    const labels = new Set<string>();
    for (let k = 0; k < counts.length; k++) if (counts[k] > 0) labels.add(labelOf(tcol.dict[k]));
    classes = sortClasses([...labels]);
    if (classes.length < 2) throw new UsageError(`${s.data}: target "${s.target}" has a single class (${JSON.stringify(classes[0] ?? '')}); classification needs at least two classes`);
    if (classes.length > 1000) throw new UsageError(`${s.data}: target "${s.target}" has ${classes.length} classes; for a numeric target use task: regression`);
  }
  const target = encodeTargetColumn(task, classes, tcol);
  const all: TrainRows = { table, idx: keep, target, ...(classes ? { classes } : {}) };
  let train: TrainRows;
  let test: TrainRows;
  if (s.testData) {
    const t = await readTrainTable(s.testData, s, progress);
    const tti = t.names.indexOf(s.target);
    if (tti < 0) throw new UsageError(`${s.testData}: target column "${s.target}" not found; the test file needs the same columns as ${s.data}`);
    for (const f of features) if (!t.names.includes(f)) throw new UsageError(`${s.testData}: feature column "${f}" not found; the test file needs the same columns as ${s.data}`);
    const tt = asText(t.columns[tti]);
    train = all;
    test = { table: t, idx: presentTargetRows(tt), target: encodeTargetColumn(task, classes, tt), ...(classes ? { classes } : {}) };
  } else {
    const groups = classes ? Int32Array.from(keep, (r) => target[r]) : null;
    const split = holdoutSplitIndex(groups, classes ?? [], keep.length, s.testSize, createRng(s.seed));
    if (split.test.length < 1 || split.train.length < 2) {
      throw new UsageError(`${s.data}: ${keep.length} rows with a target are too few for a holdout of test-size ${s.testSize}; add rows, change test-size, or pass test-data`);
    }
    train = pickRows(all, split.train);
    test = pickRows(all, split.test);
  }
  if (test.idx.length === 0) throw new UsageError(`${s.testData ?? s.data}: no evaluation rows with a target`);
  // A numeric column with a few bad cells is refused with every bad cell, not trained as a category.
  const categorical = new Set(s.categorical ?? []);
  for (const [file, t] of [[s.data, all], ...(s.testData ? [[s.testData, test]] : [])] as [string, TrainRows][]) {
    const bad = badNumericCellsOf(t, features.filter((f) => !categorical.has(f)));
    if (bad.length > 0) throw new UsageError(formatBadNumericCells(file, bad, 'list the column under train.categorical in cd4ml.yml if it really is a category'));
  }
  if (task === 'classification') {
    const seen = new Set<number>();
    for (let i = 0; i < train.idx.length && seen.size < 2; i++) seen.add(target[train.idx[i]]);
    if (seen.size < 2) throw new UsageError(`${s.data}: the training split has a single class; add rows of the other classes or lower test-size`);
  }
  return { task, classes, features, table, train, test, dropped };
}


export interface FitOutput {
  spec: PreprocessSpec;
  model: ModelJson;
  importances: Float64Array;
  nodes: number;
  depth: number;
  splitSearch: 'exact' | 'histogram';
}

function treeDepth(t: FittedTree): number {
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
export function transformOrThrow(spec: PreprocessSpec, t: Rows, file: string, start = 0, end = t.idx.length): Float64Array[] {
  const { columns, error } = transformRows(spec, t, start, end);
  if (error) throw badCell(spec, t, file, error);
  for (let f = 0; f < columns.length; f++) {
    const c = columns[f];
    for (let r = 0; r < c.length; r++) if (!Number.isFinite(c[r])) throw notFinite(spec, t, file, f, start + r, c[r]);
  }
  return columns;
}

function badCell(spec: PreprocessSpec, t: Rows, file: string, e: CellError): UsageError {
  return new UsageError(`${file}:${t.table.lines[t.idx[e.row]]}: column "${e.column}" is ${JSON.stringify(e.value)}, expected ${e.expected} (the column was typed from the training rows); fix the value or list the column under train.categorical`);
}

function notFinite(spec: PreprocessSpec, t: Rows, file: string, f: number, row: number, x: number): UsageError {
  return new UsageError(`${file}:${t.table.lines[t.idx[row]]}: feature "${spec.features[f]}" is ${x} after preprocessing; replace NaN/Infinity values or set train.impute`);
}

function preprocessOptions(s: TrainSettings): PreprocessOptions {
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
 * samples, then the rows transformed and binned a chunk at a time (no feature matrix).
 */
export function binRows(spec: PreprocessSpec, rows: Rows, file: string): { binned: Uint8Array; cuts: Float64Array[] } {
  const n = rows.idx.length;
  const step = binSampleStep(n);
  const pos = new Int32Array(Math.ceil(n / step));
  for (let i = 0, j = 0; i < n; i += step, j++) pos[j] = i;
  const sample = transformRows(spec, subRows(rows, pos)).columns;
  return binChunks(
    n,
    sample,
    (start, end) => transformOrThrow(spec, rows, file, start, end),
    (f, row, x) => {
      throw notFinite(spec, rows, file, f, row, x);
    },
  );
}

function fitModel(s: TrainSettings, task: Task, classes: string[] | undefined, features: string[], train: TrainRows, file: string): FitOutput {
  const splitSearch = s.splitSearch === 'auto' ? (train.idx.length <= EXACT_MAX_ROWS ? 'exact' : 'histogram') : s.splitSearch;
  if (s.model === 'tree' && splitSearch === 'histogram') {
    // Bin once from the table columns through the index array; the tree grows on the bins.
    const spec = fitColumns(train, features, preprocessOptions(s));
    const binned = binRows(spec, train, file);
    const y = targetOf(train);
    const placeholder = spec.features.map(() => new Float64Array(0));
    return growModel(s, task, classes, spec, placeholder, y, { binned });
  }
  const { spec, X, y } = preprocessTrain(s, task, classes, features, train, file);
  return growModel(s, task, classes, spec, X, y);
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
    const cols = Array.from(feats, (f) => Float64Array.from(rows, (r) => X[f][r]));
    const yy = task === 'classification' ? Int32Array.from(rows, (r) => y[r]) : Float64Array.from(rows, (r) => y[r]);
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
const EVAL_CHUNK = 65536;

/** Predictions of a fitted model on rows of the table, a chunk at a time. */
export function predictRows(fit: FitOutput, classes: string[] | undefined, rows: Rows, file: string): { predictions: Float64Array; probabilities?: Float64Array } {
  const model = compileModel(fit.model, classes?.length);
  const n = rows.idx.length;
  const k = classes?.length ?? 0;
  const predictions = new Float64Array(n);
  const probabilities = classes ? new Float64Array(n * k) : undefined;
  for (let start = 0; start < n; start += EVAL_CHUNK) {
    const end = Math.min(n, start + EVAL_CHUNK);
    const X = transformOrThrow(fit.spec, rows, file, start, end);
    const p = predictFeatureColumns(model, X, end - start);
    predictions.set(p.predictions, start);
    if (probabilities && p.probabilities) probabilities.set(p.probabilities, start * k);
  }
  return { predictions, ...(probabilities ? { probabilities } : {}) };
}

function evaluate(task: Task, classes: string[] | undefined, fit: FitOutput, test: TrainRows, target: string, file: string): ClassificationMetrics | RegressionMetrics {
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

async function fileSha256(path: string): Promise<string> {
  const h = createHash('sha256');
  for await (const chunk of createReadStream(path)) h.update(chunk as Buffer);
  return h.digest('hex');
}

/** md5 of a DVC-tracked file from its `<file>.dvc` pointer, when there is one. */
export async function dvcMd5(path: string): Promise<string | undefined> {
  let text: string;
  try {
    text = await readFile(`${path}.dvc`, 'utf8');
  } catch {
    return undefined;
  }
  const doc = parseYaml(text) as { outs?: { md5?: string; path?: string }[] } | null;
  return doc?.outs?.[0]?.md5;
}

export const HIGHER_IS_BETTER = new Set(['accuracy', 'balanced_accuracy', 'precision_macro', 'recall_macro', 'f1_macro', 'precision_weighted', 'recall_weighted', 'f1_weighted', 'roc_auc', 'r2']);

/**
 * What `--out DIR` may replace: nothing but an empty directory or a cd4ml bundle (manifest.json and
 * only bundle files). Anything else is the user's and is never deleted.
 */
export const BUNDLE_OUT: ReplaceDirOptions = {
  replaceable(entries) {
    const known = new Set<string>([...BUNDLE_FILES, 'manifest.json']);
    if (!entries.includes('manifest.json')) {
      const shown = entries.slice(0, 5).join(', ') + (entries.length > 5 ? `, … (${entries.length} entries)` : '');
      return `the bundle directory is not empty and is not a cd4ml model bundle (no manifest.json; it holds ${shown}); nothing was deleted. Pass a new or empty directory to --out / train.out`;
    }
    const foreign = entries.filter((e) => !known.has(e));
    if (foreign.length > 0) return `the model bundle there also holds files that are not part of a bundle (${foreign.slice(0, 5).join(', ')}); nothing was deleted. Move them away or pass another directory to --out / train.out`;
    return undefined;
  },
};

/** What a shard run may replace: an empty folder or one holding only a shard file. */
const SHARD_OUT: ReplaceDirOptions = {
  replaceable(entries) {
    const foreign = entries.filter((e) => e !== SHARD_FILE);
    if (foreign.length > 0) return `the shard folder holds files other than ${SHARD_FILE} (${foreign.slice(0, 5).join(', ')}); nothing was deleted. Pass a new or empty directory to --out / input "out"`;
    return undefined;
  },
};

/** The identity of a search run: data hashes and every setting that changes a score (not out, shard, jobs). */
async function searchFingerprint(s: TrainSettings): Promise<string> {
  const { out: _o, shard: _s, mergeSearch: _m, jobs: _j, intendedUse: _i, ...rest } = s;
  const files = await Promise.all([s.data, ...(s.testData ? [s.testData] : [])].map(fileSha256));
  return sha256(stableJson({ settings: rest, files }));
}

/** Shard files from each DIR: DIR/search-shard.json, or search-shard.json in the subfolders of DIR (a folder of downloaded artifacts). */
async function readShardFiles(dirs: string[]): Promise<{ path: string; shard: ShardFile }[]> {
  const exists = (p: string) => readFile(p).then(() => true, () => false);
  const paths: string[] = [];
  for (const dir of dirs) {
    const direct = join(dir, SHARD_FILE);
    if (await exists(direct)) {
      paths.push(direct);
      continue;
    }
    const subs = await readdir(dir, { withFileTypes: true }).catch(() => undefined);
    if (!subs) throw new UsageError(`merge-search: folder ${dir} not found; pass folders written by cd4ml train --shard I/N (or a folder holding them)`);
    const found: string[] = [];
    for (const d of subs.filter((e) => e.isDirectory()).map((e) => e.name).sort()) {
      const p = join(dir, d, SHARD_FILE);
      if (await exists(p)) found.push(p);
    }
    if (found.length === 0) throw new UsageError(`merge-search: no ${SHARD_FILE} in ${dir} or its subfolders; pass folders written by cd4ml train --shard I/N`);
    paths.push(...found);
  }
  const out: { path: string; shard: ShardFile }[] = [];
  for (const path of paths) {
    const text = await readFile(path, 'utf8');
    let shard: ShardFile;
    try {
      shard = JSON.parse(text) as ShardFile;
    } catch {
      throw new UsageError(`merge-search: ${path} is not JSON; pass folders written by cd4ml train --shard I/N`);
    }
    if (shard?.cd4ml !== 'search-shard' || shard.version !== 1 || !Array.isArray(shard.results)) throw new UsageError(`merge-search: ${path} is not a cd4ml search shard (version 1); re-run the shard with this version`);
    out.push({ path, shard });
  }
  return out;
}

/** Run the whole stage and write the bundle to `settings.out` (through a temporary sibling renamed into place). */
export async function trainAndWriteBundle(settings: TrainSettings, ctx: TrainContext): Promise<TrainResult> {
  let s = settings;
  const searching = s.search !== undefined || (s.mergeSearch?.length ?? 0) > 0;
  if (!searching && s.shard) throw new UsageError('shard: there is no search to shard; set train.search / --search / input "search"');
  const plan = searching ? planSearch(s) : undefined;
  const shard = s.shard ? parseShard(s.shard) : undefined;
  if (shard && s.mergeSearch?.length) throw new UsageError('shard and merge-search exclude each other: shards write partial results, the merge reads them; pass one');
  await checkDirReplaceable(s.out, shard ? SHARD_OUT : BUNDLE_OUT);
  const p = await prepare(s, ctx.progress);
  const { task, classes, features } = p;
  const headlineName = s.metric ?? (task === 'classification' ? 'accuracy' : 'rmse');
  let search: SearchRecord | undefined;
  if (plan) {
    checkMetric(task, headlineName);
    checkFolds(s, task, p.train);
    const job: SearchJob = { settings: s, task, classes, features, train: p.train, folds: s.cvFolds, metric: headlineName };
    const fingerprint = await searchFingerprint(s);
    const runner = ctx.searchRunner ?? inProcessRunner(ctx.now);
    if (shard) {
      const { results } = await evaluateSearch(s, job, plan.candidates, runner, shard).finally(() => runner.close?.());
      const file: ShardFile = { cd4ml: 'search-shard', version: 1, fingerprint, shard, candidates: plan.candidates.length, results };
      const text = stableJson(file);
      await writeDirAtomic(s.out, [[SHARD_FILE, text]], SHARD_OUT);
      const best = results.length ? [...results].sort((a, b) => (HIGHER_IS_BETTER.has(headlineName) ? b.mean - a.mean : a.mean - b.mean) || a.index - b.index)[0] : undefined;
      return {
        dir: s.out,
        task,
        headline: { name: headlineName, value: best?.mean ?? Number.NaN },
        metrics: {},
        files: [SHARD_FILE],
        digest: sha256(text),
        summary: `### Search shard ${shard.index}/${shard.count}\n\n${results.length} of ${plan.candidates.length} candidates evaluated on ${s.cvFolds} folds; merge the shards with \`cd4ml train --merge-search DIR…\`.\n`,
        shard: { ...shard, evaluated: results.length, candidates: plan.candidates.length },
      };
    }
    let results;
    let rounds;
    if (s.mergeSearch?.length) results = mergeShards(await readShardFiles(s.mergeSearch), fingerprint, plan.candidates.length);
    else ({ results, rounds } = await evaluateSearch(s, job, plan.candidates, runner).finally(() => runner.close?.()));
    search = recordSearch(s, plan.space, headlineName, results, rounds, plan.pinned);
    s = applyCandidate(s, search.best.params);
  }
  const fit = fitModel(s, task, classes, features, p.train, s.data);
  const holdout = evaluate(task, classes, fit, p.test, s.target, s.testData ?? s.data);
  const holdoutRecord = holdout as unknown as Record<string, unknown>;
  const value = holdoutRecord[headlineName];
  if (typeof value !== 'number') {
    const names = Object.entries(holdoutRecord).filter(([, v]) => typeof v === 'number' && true).map(([k]) => k).filter((k) => k !== 'n');
    throw new UsageError(`metric "${headlineName}" is not available for ${task}; choose one of ${names.join(', ')}`);
  }

  // Cross-validation on the training split.
  let cv: Record<string, unknown> | undefined;
  if (search) {
    const won = search.candidates.find((c) => c.index === search!.best.index && c.rank > 0)!;
    cv = { folds: s.cvFolds, [headlineName]: { mean: won.mean, std: won.std, folds: won.fold_scores } };
  } else if (s.cvFolds > 0) {
    const k = s.cvFolds;
    if (k < 2) throw new UsageError(`cv-folds must be 0 (off) or at least 2, got ${k}`);
    const n = p.train.idx.length;
    if (n < 2 * k) throw new UsageError(`${s.data}: ${n} training rows are too few for ${k}-fold cross-validation; lower cv-folds`);
    const groups = classes ? targetOf(p.train) as Int32Array : new Int32Array(n);
    if (classes) {
      const counts = new Int32Array(classes.length);
      for (let i = 0; i < n; i++) counts[groups[i]]++;
      // Reported in the order the row path met the classes (first appearance in the training rows).
      const seen: number[] = [];
      const met = new Uint8Array(classes.length);
      for (let i = 0; i < n; i++) if (met[groups[i]] === 0) { met[groups[i]] = 1; seen.push(groups[i]); }
      for (const c of seen) if (counts[c] < k) throw new UsageError(`${s.data}: class "${classes[c]}" has ${counts[c]} training rows, fewer than cv-folds ${k}; lower cv-folds or add rows`);
    }
    const fold = stratifiedFoldsIndex(groups, classes ?? ['0'], k, createRng(s.seed + 1));
    const names = task === 'classification' ? ['accuracy', 'balanced_accuracy', 'f1_macro'] : ['rmse', 'mae', 'r2'];
    if (!names.includes(headlineName)) names.push(headlineName);
    const scores: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
    for (let f = 0; f < k; f++) {
      const tr: number[] = [];
      const te: number[] = [];
      fold.forEach((g, i) => (g === f ? te : tr).push(i));
      const foldFit = fitModel(s, task, classes, features, pickRows(p.train, tr), s.data);
      const m = evaluate(task, classes, foldFit, pickRows(p.train, te), s.target, s.data) as unknown as Record<string, number>;
      for (const n of names) scores[n].push(m[n]);
    }
    cv = { folds: k, ...Object.fromEntries(names.map((n) => [n, { ...meanStd(scores[n]), folds: scores[n] }])) };
  }

  const importances = fit.spec.features.map((name, i) => ({ feature: name, importance: fit.importances[i] }));
  const metrics: Record<string, unknown> = {
    task,
    headline_metric: headlineName,
    headline_value: value,
    higher_is_better: HIGHER_IS_BETTER.has(headlineName),
    holdout,
    ...(cv ? { cross_validation: cv } : {}),
    ...(search ? { search } : {}),
    feature_importances: importances,
    model: { nodes: fit.nodes, depth: fit.depth, trees: s.model === 'forest' ? s.nTrees : 1 },
  };
  const gainThreshold = s.gainThreshold ?? (task === 'classification' ? 0.01 : 0);
  const params = {
    data: s.data,
    'test-data': s.testData ?? null,
    target: s.target,
    task,
    features,
    'model-features': fit.spec.features,
    model: s.model,
    'max-depth': s.maxDepth,
    'split-search': fit.splitSearch,
    'min-num-samples': s.minNumSamples,
    'gain-threshold': gainThreshold,
    ...(s.model === 'forest' ? { 'n-trees': s.nTrees, 'max-features': s.maxFeatures } : {}),
    seed: s.seed,
    'test-size': s.testData ? null : s.testSize,
    'cv-folds': s.cvFolds,
    metric: headlineName,
    impute: { numeric: s.numericImpute, categorical: s.categoricalImpute, 'fill-value': s.fillValue ?? null },
    encoding: s.encoding,
    rows: { train: p.train.idx.length, test: p.test.idx.length, 'dropped-missing-target': p.dropped },
    classes: classes ?? null,
    ...(s.name ? { name: s.name } : {}),
    ...(search
      ? {
          search: {
            method: search.method,
            space: search.space,
            ...(search.method === 'random' ? { trials: s.searchTrials } : {}),
            'one-se': s.oneSe,
            chosen: search.best.params,
            candidates: search.candidates.map((c) => ({ index: c.index, iteration: c.iteration, params: c.params, mean: c.mean, std: c.std, 'fold-scores': c.fold_scores, 'fit-time-ms': c.fit_time_ms, nodes: c.nodes })),
          },
        }
      : {}),
  };
  const dataFiles = [s.data, ...(s.testData ? [s.testData] : [])];
  const lineage = {
    data: await Promise.all(
      dataFiles.map(async (f) => {
        const delta = await deltaLineage(f, s.format); // a Delta table: its id, version, commit time, operation
        return delta ? { path: f, sha256: delta.sha256, 'dvc-md5': null, delta: delta.delta } : { path: f, sha256: await fileSha256(f), 'dvc-md5': (await dvcMd5(f)) ?? null };
      }),
    ),
    git: { head: ctx.gitHead ?? null, 'pr-head': ctx.gitPrHead ?? null },
    tool: { name: 'cd4ml', version: ctx.toolVersion },
  };
  const preprocessFile: PreprocessFile = { task, target: s.target, ...(classes ? { classes } : {}), preprocess: fit.spec };
  const holdoutFile = encodeHoldout(p.test.table, p.test.idx);
  const holdoutRef = { path: holdoutFile.name, rows: p.test.idx.length, sha256: holdoutFile.sha256, source: s.testData ?? s.data, lines: Array.from(p.test.idx, (r) => p.test.table.lines[r]) };
  const schemaYaml = inferSchemaYamlOf(p.table, s.data, s.categorical ?? []);
  const card = renderModelCard({ settings: s, task, classes, features, metrics: holdout, cv, importances, params, lineage, headline: { name: headlineName, value }, rows: params.rows, ...(search ? { search: renderSearchMarkdown(search) } : {}) });

  const files: Record<string, string | Uint8Array[]> = {
    'model.json': JSON.stringify(sortKeys(fit.model)) + '\n',
    'preprocess.json': stableJson(preprocessFile),
    'schema.yml': schemaYaml,
    'metrics.json': stableJson({ ...metrics, holdout_reference: holdoutRef }),
    'params.json': stableJson(params),
    'lineage.json': stableJson(lineage),
    [holdoutFile.name]: holdoutFile.data,
    'MODEL_CARD.md': card,
  };
  const hashes: Record<string, string> = {};
  for (const name of BUNDLE_FILES) hashes[name] = name === holdoutFile.name ? holdoutFile.sha256 : sha256(files[name] as string);
  const manifest: Manifest = { version: 1, created: ctx.timestamp, files: hashes };
  const manifestText = stableJson(manifest);
  await writeDirAtomic(s.out, [...BUNDLE_FILES.map((name): [string, string | Uint8Array[]] => [name, files[name]]), ['manifest.json', manifestText]], BUNDLE_OUT);
  const summary = [renderMetricsMarkdown(task, holdout, headlineName, value, cv), '', card].join('\n');
  return { dir: s.out, task, headline: { name: headlineName, value }, metrics, files: [...BUNDLE_FILES, 'manifest.json'], digest: sha256(manifestText), summary, ...(search ? { search } : {}) };
}

function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v && typeof v === 'object') {
    const o: Record<string, unknown> = {};
    for (const k of Object.keys(v as object).sort()) o[k] = sortKeys((v as Record<string, unknown>)[k]);
    return o;
  }
  return v;
}

const fmt = (x: number | null | undefined) => (x === null || x === undefined ? '—' : Number.isInteger(x) ? String(x) : x.toFixed(4));

/** Metrics tables in Markdown (job summary, CLI report). */
export function renderMetricsMarkdown(task: Task, m: ClassificationMetrics | RegressionMetrics, headline: string, value: number, cv?: Record<string, unknown>): string {
  const lines = [`### Holdout metrics (${m.n} rows)`, '', `Headline: **${headline} = ${fmt(value)}**`, '', '| metric | value |', '|---|---|'];
  const names = task === 'classification' ? ['accuracy', 'balanced_accuracy', 'precision_macro', 'recall_macro', 'f1_macro', 'f1_weighted', 'roc_auc', 'log_loss'] : ['mae', 'mse', 'rmse', 'r2', 'mape'];
  for (const n of names) lines.push(`| ${n} | ${fmt((m as unknown as Record<string, number | null>)[n])} |`);
  if (task === 'classification') {
    const c = m as ClassificationMetrics;
    lines.push('', '| class | precision | recall | f1 | support |', '|---|---|---|---|---|');
    // Class names are data: escaped (src/report/markdown.ts) so they cannot inject markup or break the table.
    for (const p of c.per_class) lines.push(`| ${escapeCell(p.class)} | ${fmt(p.precision)} | ${fmt(p.recall)} | ${fmt(p.f1)} | ${p.support} |`);
    lines.push('', 'Confusion matrix (rows: true, columns: predicted)', '', `| | ${c.per_class.map((p) => escapeCell(p.class)).join(' | ')} |`, `|---|${c.per_class.map(() => '---').join('|')}|`);
    c.confusion_matrix.forEach((row, i) => lines.push(`| **${escapeCell(c.per_class[i].class)}** | ${row.join(' | ')} |`));
  }
  if (cv) {
    lines.push('', `### ${cv.folds}-fold cross-validation`, '', '| metric | mean ± std |', '|---|---|');
    for (const [k, v] of Object.entries(cv)) if (k !== 'folds') lines.push(`| ${k} | ${fmt((v as { mean: number }).mean)} ± ${fmt((v as { std: number }).std)} |`);
  }
  return lines.join('\n') + '\n';
}
