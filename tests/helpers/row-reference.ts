/**
 * The row path of `cd4ml train` as it was before issue 13 (main at 1b3a9bb): readTable's row
 * arrays, fitPreprocess / transformColumns over rows of raw values, the seeded holdout split with
 * row copies. Kept here ONLY as the reference the columnar train is checked against
 * (tests/unit/model/train-columns.test.ts): same preprocess.json, trees, predictions and metrics.
 * Copied verbatim (search, bundle writing and the CLI left out); do not "fix" it.
 */
import { isMissingText } from '../../src/data/missing.js';
import { formatBadNumericCells, isNearlyNumeric, MAX_LISTED_CELLS, NEARLY_NUMERIC_SHARE, type BadNumericColumn } from '../../src/data/nearly-numeric.js';
import { readTable, type Table } from './read-table.js';
import { UsageError } from '../../src/errors.js';
import { compileModel, predictFeatureColumns } from '../../src/model/bundle.js';
import type { Task } from '../../src/model/cart.js';
import { computeClassificationMetrics, computeRegressionMetrics, meanStd, type ClassificationMetrics, type RegressionMetrics } from '../../src/model/metrics.js';
import { createRng, shuffleInPlace, type Rng } from '../../src/model/rng.js';
import { growModel, type FitOutput, type TrainSettings } from '../../src/model/train.js';

// ---- src/model/preprocess.ts (main) ----
export type ColumnKind = 'numeric' | 'boolean' | 'categorical' | 'datetime';
export type ImputeStrategy = 'median' | 'mean' | 'most-frequent' | 'constant';
export type Encoding = 'one-hot' | 'ordinal';
export const DATE_PARTS = ['year', 'month', 'day', 'dayofweek', 'dayofyear', 'hour', 'minute'] as const;
export type DatePart = (typeof DATE_PARTS)[number];

export interface PreprocessOptions {
  numericImpute: ImputeStrategy;
  categoricalImpute: ImputeStrategy;
  /** Fill value of the "constant" strategy: a number for numeric columns, text for categorical. */
  fillValue?: number | string;
  encoding: Encoding;
  /** Datetime parts; default year, month, day, dayofweek (+ hour when any value has a time). */
  datetimeParts?: DatePart[];
  /** Columns to treat as categorical even when their values look numeric. */
  categorical?: string[];
}

export interface ColumnSpec {
  name: string;
  kind: ColumnKind;
  impute: ImputeStrategy;
  /** Value used for missing input: a number (numeric/boolean/datetime as epoch ms) or a category. */
  fill: number | string;
  categories?: string[];
  encoding?: Encoding;
  parts?: DatePart[];
}

export interface PreprocessSpec {
  version: 1;
  columns: ColumnSpec[];
  /** Model feature names in model column order (what splitColumn indexes). */
  features: string[];
}

const NUMBER_RE = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const DATE_RE = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/** True for a missing raw value. */
export function isMissing(v: unknown): boolean {
  if (v === null || v === undefined) return true;
  if (typeof v === 'number') return Number.isNaN(v);
  if (typeof v === 'string') return isMissingText(v);
  return false;
}

function parseNumeric(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'string') {
    if (NUMBER_RE.test(v)) return Number(v);
    const t = v.trim();
    if (t !== v && NUMBER_RE.test(t)) return Number(t);
  }
  return undefined;
}

function parseBool(v: unknown): number | undefined {
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'string') {
    const t = v.trim().toLowerCase();
    if (t === 'true') return 1;
    if (t === 'false') return 0;
  }
  return undefined;
}

function parseDate(v: unknown): number | undefined {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? undefined : v.getTime();
  if (typeof v !== 'string') return undefined;
  const t = v.trim();
  if (!DATE_RE.test(t)) return undefined;
  const iso = t.length === 10 ? `${t}T00:00:00Z` : /(Z|[+-]\d{2}:?\d{2})$/.test(t) ? t.replace(' ', 'T') : `${t.replace(' ', 'T')}Z`;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? undefined : ms;
}

function categoryOf(v: unknown): string {
  if (typeof v === 'string') return v.trim();
  if (v instanceof Date) return v.toISOString();
  return String(v);
}

/** True for a value that is a number (a JS number or numeric text), not a boolean. */
export function isNumberLike(v: unknown): boolean {
  if (typeof v === 'string') return NUMBER_RE.test(v) || NUMBER_RE.test(v.trim());
  if (typeof v === 'number') return Number.isFinite(v);
  return typeof v === 'bigint';
}

/**
 * Infer a column's kind from its non-missing training values. A column whose values are at least
 * NEARLY_NUMERIC_SHARE numbers is numeric: its other cells are errors (the trainer lists them),
 * not levels of a category.
 */
export function inferKind(values: unknown[]): ColumnKind {
  let numeric = true;
  let bool = true;
  let date = true;
  let any = false;
  let numbers = 0;
  let present = 0;
  for (const v of values) {
    if (isMissing(v)) continue;
    any = true;
    present++;
    const isNum = isNumberLike(v);
    if (isNum) numbers++;
    else numeric = false;
    if (bool && parseBool(v) === undefined) bool = false;
    if (date && parseDate(v) === undefined) date = false;
  }
  if (!any) return 'numeric';
  if (bool) return 'boolean';
  if (numeric || isNearlyNumeric(numbers, present)) return 'numeric';
  if (date) return 'datetime';
  return 'categorical';
}

function median(xs: number[]): number {
  const s = Float64Array.from(xs).sort();
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Most frequent value; ties → the smallest (like sklearn's SimpleImputer). */
function mostFrequent<T extends number | string>(xs: T[]): T {
  const counts = new Map<T, number>();
  for (const x of xs) counts.set(x, (counts.get(x) ?? 0) + 1);
  let best: T | undefined;
  let bestCount = -1;
  for (const [v, c] of counts) {
    if (c > bestCount || (c === bestCount && (v as number | string) < (best as number | string))) {
      best = v;
      bestCount = c;
    }
  }
  return best as T;
}

function numericFill(xs: number[], strategy: ImputeStrategy, fillValue: number | string | undefined): number {
  if (strategy === 'constant' || xs.length === 0) return typeof fillValue === 'number' ? fillValue : 0;
  if (strategy === 'mean') return xs.reduce((a, b) => a + b, 0) / xs.length;
  if (strategy === 'most-frequent') return mostFrequent(xs);
  return median(xs);
}

export interface ColumnError {
  column: string;
  value: unknown;
  expected: string;
}

/**
 * Fit preprocessing on training rows. `columns` names the table's columns; `featureColumns` are
 * the raw input columns to use, in order. Throws ColumnFitError on values that contradict a
 * forced kind.
 */
export function fitPreprocess(columns: string[], rows: unknown[][], featureColumns: string[], opts: PreprocessOptions): PreprocessSpec {
  const specs: ColumnSpec[] = [];
  const features: string[] = [];
  for (const name of featureColumns) {
    const ci = columns.indexOf(name);
    const values = rows.map((r) => r[ci]);
    const kind: ColumnKind = opts.categorical?.includes(name) ? 'categorical' : inferKind(values);
    const present = values.filter((v) => !isMissing(v));
    if (kind === 'categorical') {
      const cats = present.map(categoryOf);
      const impute = opts.categoricalImpute === 'median' || opts.categoricalImpute === 'mean' ? 'most-frequent' : opts.categoricalImpute;
      const fill = impute === 'constant' ? String(opts.fillValue ?? 'missing') : cats.length > 0 ? mostFrequent(cats) : 'missing';
      const set = new Set(cats);
      set.add(fill);
      const categories = [...set].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      specs.push({ name, kind, impute, fill, categories, encoding: opts.encoding });
      if (opts.encoding === 'one-hot') for (const c of categories) features.push(`${name}=${c}`);
      else features.push(name);
    } else if (kind === 'datetime') {
      const ms = present.map((v) => parseDate(v)!);
      const hasTime = ms.some((t) => t % 86_400_000 !== 0);
      const parts = opts.datetimeParts ?? (hasTime ? ['year', 'month', 'day', 'dayofweek', 'hour'] : ['year', 'month', 'day', 'dayofweek']);
      const impute = opts.numericImpute;
      specs.push({ name, kind, impute, fill: numericFill(ms, impute === 'constant' ? 'median' : impute, undefined), parts });
      for (const p of parts) features.push(`${name}.${p}`);
    } else {
      const nums = present.map((v) => (kind === 'boolean' ? parseBool(v)! : parseNumeric(v)!));
      const impute = opts.numericImpute;
      specs.push({ name, kind, impute, fill: numericFill(nums, impute, opts.fillValue) });
      features.push(name);
    }
  }
  return { version: 1, columns: specs, features };
}

function datePart(ms: number, p: DatePart): number {
  const d = new Date(ms);
  switch (p) {
    case 'year':
      return d.getUTCFullYear();
    case 'month':
      return d.getUTCMonth() + 1;
    case 'day':
      return d.getUTCDate();
    case 'dayofweek':
      return (d.getUTCDay() + 6) % 7; // Monday = 0, like pandas
    case 'dayofyear':
      return Math.floor((ms - Date.UTC(d.getUTCFullYear(), 0, 1)) / 86_400_000) + 1;
    case 'hour':
      return d.getUTCHours();
    case 'minute':
      return d.getUTCMinutes();
  }
}

export interface TransformResult {
  /** One Float64Array per model feature (spec.features order), n rows each. */
  columns: Float64Array[];
  /** Rows whose raw values could not be transformed (their feature values are NaN). */
  errors: { row: number; column: string; value: unknown; expected: string }[];
}

/**
 * Apply a fitted spec to raw columns: `raw[j]` holds the values of spec.columns[j] for `n` rows
 * (any array-like; use `rawColumnsOf` to pick them from a table). Columnar: this is the fast path
 * for scoring many rows.
 */
export function transformColumns(spec: PreprocessSpec, raw: ArrayLike<unknown>[], n: number): TransformResult {
  const out = spec.features.map(() => new Float64Array(n));
  const errors: TransformResult['errors'] = [];
  let o = 0;
  spec.columns.forEach((c, j) => {
    const vals = raw[j];
    if (c.kind === 'categorical') {
      const index = new Map(c.categories!.map((cat, i) => [cat, i]));
      const fillIdx = index.get(c.fill as string)!;
      if (c.encoding === 'one-hot') {
        const width = c.categories!.length;
        for (let r = 0; r < n; r++) {
          const v = vals[r];
          const idx = isMissing(v) ? fillIdx : index.get(categoryOf(v));
          if (idx !== undefined) out[o + idx][r] = 1;
        }
        o += width;
      } else {
        const col = out[o++];
        for (let r = 0; r < n; r++) {
          const v = vals[r];
          col[r] = isMissing(v) ? fillIdx : (index.get(categoryOf(v)) ?? -1);
        }
      }
    } else if (c.kind === 'datetime') {
      const parts = c.parts!;
      for (let r = 0; r < n; r++) {
        const v = vals[r];
        let ms = isMissing(v) ? (c.fill as number) : parseDate(v);
        if (ms === undefined) {
          errors.push({ row: r, column: c.name, value: v, expected: 'a date like 2024-01-31 or 2024-01-31T12:00:00Z' });
          ms = Number.NaN;
        }
        for (let p = 0; p < parts.length; p++) out[o + p][r] = Number.isNaN(ms) ? Number.NaN : datePart(ms, parts[p]);
      }
      o += parts.length;
    } else {
      const col = out[o++];
      const parse = c.kind === 'boolean' ? parseBool : parseNumeric;
      for (let r = 0; r < n; r++) {
        const v = vals[r];
        if (isMissing(v)) col[r] = c.fill as number;
        else {
          const x = parse(v);
          if (x === undefined) {
            errors.push({ row: r, column: c.name, value: v, expected: c.kind === 'boolean' ? 'true or false' : 'a finite number' });
            col[r] = Number.NaN;
          } else col[r] = x;
        }
      }
    }
  });
  return { columns: out, errors };
}

/** Pick the spec's raw columns out of a table (rows as arrays); a missing column is an error. */
export function rawColumnsOf(spec: PreprocessSpec, columns: string[], rows: unknown[][]): unknown[][] {
  return spec.columns.map((c) => {
    const ci = columns.indexOf(c.name);
    if (ci < 0) throw new MissingColumnError(c.name, columns);
    return rows.map((r) => r[ci]);
  });
}

class MissingColumnError extends Error {
  constructor(
    readonly column: string,
    available: string[],
  ) {
    super(`column "${column}" is missing from the data (the model needs it); columns present: ${available.join(', ')}`);
  }
}


// ---- src/model/train.ts (main) ----
export function labelOf(v: unknown): string {
  return typeof v === 'string' ? v.trim() : v instanceof Date ? v.toISOString() : String(v);
}
export function sortClasses(labels: string[]): string[] {
  const allNum = labels.every((l) => numericTarget(l) !== undefined);
  return [...labels].sort((a, b) => (allNum ? Number(a) - Number(b) : a < b ? -1 : a > b ? 1 : 0));
}
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

function numericTarget(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (typeof v === 'string' && /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(v.trim())) return Number(v.trim());
  return undefined;
}
interface Prepared {
  task: Task;
  classes?: string[];
  features: string[];
  train: Table;
  test: Table;
  trainLines: number[];
  dropped: number;
}
function subset(t: Table, idx: number[]): Table {
  return { columns: t.columns, rows: idx.map((i) => t.rows[i]), lines: idx.map((i) => t.lines[i]) };
}
function encodeTarget(task: Task, classes: string[] | undefined, values: unknown[]): Int32Array | Float64Array {
  if (task === 'regression') return Float64Array.from(values, (v) => numericTarget(v) ?? Number.NaN);
  const index = new Map(classes!.map((c, i) => [c, i]));
  return Int32Array.from(values, (v) => (isMissing(v) ? -1 : (index.get(labelOf(v)) ?? -1)));
}
async function prepare(s: TrainSettings): Promise<Prepared> {
  const table = await readTable(s.data, { format: s.format });
  const ti = table.columns.indexOf(s.target);
  if (ti < 0) throw new UsageError(`${s.data}: target column "${s.target}" not found; columns are: ${table.columns.join(', ')}. Set train.target / --target to one of them`);
  const exclude = new Set(s.exclude ?? []);
  const features = s.features ?? table.columns.filter((c) => c !== s.target && !exclude.has(c));
  for (const f of features) {
    if (f === s.target) throw new UsageError(`feature "${f}" is the target; remove it from train.features`);
    if (!table.columns.includes(f)) throw new UsageError(`${s.data}: feature column "${f}" not found; columns are: ${table.columns.join(', ')}`);
  }
  if (features.length === 0) throw new UsageError(`${s.data}: no feature columns left after excluding the target and train.exclude`);
  // Rows without a target cannot be used for training or evaluation: dropped and counted.
  const keep = table.rows.map((r, i) => (isMissing(r[ti]) ? -1 : i)).filter((i) => i >= 0);
  const dropped = table.rows.length - keep.length;
  const all = subset(table, keep);
  const targets = all.rows.map((r) => r[ti]);
  const nums = targets.map(numericTarget);
  const allNumeric = nums.every((x) => x !== undefined);
  let task = s.task;
  // Inferred: a numeric target with more than 20 distinct values is regression, anything else classification.
  if (!task) task = allNumeric && new Set(nums).size > 20 ? 'regression' : 'classification';
  if (task === 'regression' && !allNumeric) {
    const bad = nums.findIndex((x) => x === undefined);
    throw new UsageError(`${s.data}:${all.lines[bad]}: target "${s.target}" is ${JSON.stringify(targets[bad])}, not a number; regression needs a numeric target (use task: classification for labels)`);
  }
  let classes: string[] | undefined;
  if (task === 'classification') {
    classes = sortClasses([...new Set(targets.map(labelOf))]);
    if (classes.length < 2) throw new UsageError(`${s.data}: target "${s.target}" has a single class (${JSON.stringify(classes[0] ?? '')}); classification needs at least two classes`);
    if (classes.length > 1000) throw new UsageError(`${s.data}: target "${s.target}" has ${classes.length} classes; for a numeric target use task: regression`);
  }
  let train: Table;
  let test: Table;
  if (s.testData) {
    const t = await readTable(s.testData, { format: s.format });
    const tti = t.columns.indexOf(s.target);
    if (tti < 0) throw new UsageError(`${s.testData}: target column "${s.target}" not found; the test file needs the same columns as ${s.data}`);
    for (const f of features) if (!t.columns.includes(f)) throw new UsageError(`${s.testData}: feature column "${f}" not found; the test file needs the same columns as ${s.data}`);
    train = all;
    test = subset(t, t.rows.map((r, i) => (isMissing(r[tti]) ? -1 : i)).filter((i) => i >= 0));
  } else {
    const labels = task === 'classification' ? targets.map(labelOf) : null;
    const split = holdoutSplit(labels, all.rows.length, s.testSize, createRng(s.seed));
    if (split.test.length < 1 || split.train.length < 2) {
      throw new UsageError(`${s.data}: ${all.rows.length} rows with a target are too few for a holdout of test-size ${s.testSize}; add rows, change test-size, or pass test-data`);
    }
    train = subset(all, split.train);
    test = subset(all, split.test);
  }
  if (test.rows.length === 0) throw new UsageError(`${s.testData ?? s.data}: no evaluation rows with a target`);
  // A numeric column with a few bad cells is refused with every bad cell, not trained as a category.
  const categorical = new Set(s.categorical ?? []);
  for (const [file, t] of [[s.data, all], ...(s.testData ? [[s.testData, test]] : [])] as [string, Table][]) {
    const bad = badNumericCells(t, features.filter((f) => !categorical.has(f)));
    if (bad.length > 0) throw new UsageError(formatBadNumericCells(file, bad, 'list the column under train.categorical in cd4ml.yml if it really is a category'));
  }
  if (task === 'classification') {
    const trainClasses = new Set(train.rows.map((r) => labelOf(r[ti])));
    if (trainClasses.size < 2) throw new UsageError(`${s.data}: the training split has a single class; add rows of the other classes or lower test-size`);
  }
  return { task, classes, features, train, test, trainLines: train.lines, dropped };
}
function badNumericCells(t: Table, features: string[]): BadNumericColumn[] {
  const out: BadNumericColumn[] = [];
  for (const name of features) {
    const ci = t.columns.indexOf(name);
    let numbers = 0;
    let nonMissing = 0;
    // More non-numbers than NEARLY_NUMERIC_SHARE allows of all rows: a text column, stop early.
    const maxBad = (1 - NEARLY_NUMERIC_SHARE) * t.rows.length;
    for (const row of t.rows) {
      const v = row[ci];
      if (isMissing(v)) continue;
      nonMissing++;
      if (isNumberLike(v)) numbers++;
      else if (nonMissing - numbers > maxBad) break;
    }
    if (!isNearlyNumeric(numbers, nonMissing)) continue;
    const cells: BadNumericColumn['cells'] = [];
    for (let r = 0; r < t.rows.length && cells.length < MAX_LISTED_CELLS; r++) {
      const v = t.rows[r][ci];
      if (!isMissing(v) && !isNumberLike(v)) cells.push({ line: t.lines[r], value: v });
    }
    out.push({ column: name, position: ci + 1, numbers, nonMissing, bad: nonMissing - numbers, cells });
  }
  return out;
}
function transformOrThrow(spec: PreprocessSpec, t: Table, file: string): Float64Array[] {
  const raw = rawColumnsOf(spec, t.columns, t.rows);
  const { columns, errors } = transformColumns(spec, raw, t.rows.length);
  if (errors.length > 0) {
    const e = errors[0];
    throw new UsageError(`${file}:${t.lines[e.row]}: column "${e.column}" is ${JSON.stringify(e.value)}, expected ${e.expected} (the column was typed from the training rows); fix the value or list the column under train.categorical`);
  }
  for (let f = 0; f < columns.length; f++) {
    const c = columns[f];
    for (let r = 0; r < c.length; r++) {
      if (!Number.isFinite(c[r])) throw new UsageError(`${file}:${t.lines[r]}: feature "${spec.features[f]}" is ${c[r]} after preprocessing; replace NaN/Infinity values or set train.impute`);
    }
  }
  return columns;
}
function preprocessTrain(s: TrainSettings, task: Task, classes: string[] | undefined, features: string[], train: Table, file: string): { spec: PreprocessSpec; X: Float64Array[]; y: Int32Array | Float64Array } {
  const spec = fitPreprocess(train.columns, train.rows, features, {
    numericImpute: s.numericImpute,
    categoricalImpute: s.categoricalImpute,
    fillValue: s.fillValue,
    encoding: s.encoding,
    categorical: s.categorical,
    datetimeParts: s.datetimeParts,
  });
  const X = transformOrThrow(spec, train, file);
  const ti = train.columns.indexOf(s.target);
  const y = encodeTarget(task, classes, train.rows.map((r) => r[ti]));
  return { spec, X, y };
}
function fitModel(s: TrainSettings, task: Task, classes: string[] | undefined, features: string[], train: Table, file: string): FitOutput {
  const { spec, X, y } = preprocessTrain(s, task, classes, features, train, file);
  return growModel(s, task, classes, spec, X, y);
}
function evaluate(task: Task, classes: string[] | undefined, fit: FitOutput, test: Table, target: string, file: string): ClassificationMetrics | RegressionMetrics {
  const X = transformOrThrow(fit.spec, test, file);
  const model = compileModel(fit.model, classes?.length);
  const { predictions, probabilities } = predictFeatureColumns(model, X, test.rows.length);
  const ti = test.columns.indexOf(target);
  const y = encodeTarget(task, classes, test.rows.map((r) => r[ti]));
  if (task === 'regression') {
    for (let i = 0; i < y.length; i++) if (Number.isNaN(y[i])) throw new UsageError(`${file}:${test.lines[i]}: target "${target}" is ${JSON.stringify(test.rows[i][ti])}, not a number`);
    return computeRegressionMetrics(y, predictions);
  }
  for (let i = 0; i < y.length; i++) {
    if (y[i] < 0) throw new UsageError(`${file}:${test.lines[i]}: target "${target}" is ${JSON.stringify(test.rows[i][ti])}, a class the training data does not have (classes: ${classes!.join(', ')})`);
  }
  return computeClassificationMetrics({ yTrue: y, yPred: predictions, proba: probabilities, classes: classes! });
}

// ---- the stage's fit, holdout and cross-validation (trainAndWriteBundle at main, without search and writing) ----
export interface ReferenceResult {
  task: Task;
  classes?: string[];
  features: string[];
  fit: FitOutput;
  holdout: ClassificationMetrics | RegressionMetrics;
  cv?: Record<string, unknown>;
  rows: { train: number; test: number; 'dropped-missing-target': number };
  /** holdout.jsonl as main wrote it. */
  holdoutLines: string;
  holdoutLinesOf: number[];
}

export async function trainReference(s: TrainSettings): Promise<ReferenceResult> {
  const p = await prepare(s);
  const { task, classes, features } = p;
  const headlineName = s.metric ?? (task === 'classification' ? 'accuracy' : 'rmse');
  const fit = fitModel(s, task, classes, features, p.train, s.data);
  const holdout = evaluate(task, classes, fit, p.test, s.target, s.testData ?? s.data);
  let cv: Record<string, unknown> | undefined;
  if (s.cvFolds > 0) {
    const k = s.cvFolds;
    const ti = p.train.columns.indexOf(s.target);
    if (k < 2) throw new UsageError(`cv-folds must be 0 (off) or at least 2, got ${k}`);
    if (p.train.rows.length < 2 * k) throw new UsageError(`${s.data}: ${p.train.rows.length} training rows are too few for ${k}-fold cross-validation; lower cv-folds`);
    const labels = task === 'classification' ? p.train.rows.map((r) => labelOf(r[ti])) : p.train.rows.map(() => 0);
    if (task === 'classification') {
      const counts = new Map<string, number>();
      for (const l of labels as string[]) counts.set(l, (counts.get(l) ?? 0) + 1);
      for (const [l, c] of counts) if (c < k) throw new UsageError(`${s.data}: class "${l}" has ${c} training rows, fewer than cv-folds ${k}; lower cv-folds or add rows`);
    }
    const fold = stratifiedFolds(labels, k, createRng(s.seed + 1));
    const names = task === 'classification' ? ['accuracy', 'balanced_accuracy', 'f1_macro'] : ['rmse', 'mae', 'r2'];
    if (!names.includes(headlineName)) names.push(headlineName);
    const scores: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
    for (let f = 0; f < k; f++) {
      const tr: number[] = [];
      const te: number[] = [];
      fold.forEach((g, i) => (g === f ? te : tr).push(i));
      const foldFit = fitModel(s, task, classes, features, subset(p.train, tr), s.data);
      const m = evaluate(task, classes, foldFit, subset(p.train, te), s.target, s.data) as unknown as Record<string, number>;
      for (const n of names) scores[n].push(m[n]);
    }
    cv = { folds: k, ...Object.fromEntries(names.map((n) => [n, { ...meanStd(scores[n]), folds: scores[n] }])) };
  }
  const holdoutLines = p.test.rows.map((r) => JSON.stringify(Object.fromEntries(p.test.columns.map((c, j) => [c, r[j] instanceof Date ? (r[j] as Date).toISOString() : (r[j] ?? null)])))).join('\n') + '\n';
  return { task, classes, features, fit, holdout, cv, rows: { train: p.train.rows.length, test: p.test.rows.length, 'dropped-missing-target': p.dropped }, holdoutLines, holdoutLinesOf: p.test.lines };
}
