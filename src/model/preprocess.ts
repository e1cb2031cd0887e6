/**
 * Preprocessing fitted on the training split only and saved in the bundle (preprocess.json), so
 * serving applies exactly the same transform: imputation (median / mean / most-frequent /
 * constant), categorical encoding (one-hot or ordinal; unknown categories → all-zero one-hot or
 * ordinal −1), datetime parts (UTC), booleans as 0/1.
 *
 * Raw values come as CSV strings ('' = missing) or JSON/Parquet values (null = missing); the
 * strings '', 'NA', 'N/A', 'NaN', 'nan', 'null' are missing too.
 */
import { isMissingText } from '../data/missing.js';
import { isNearlyNumeric } from '../data/nearly-numeric.js';

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

export function parseNumeric(v: unknown): number | undefined {
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

export function parseBool(v: unknown): number | undefined {
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'string') {
    const t = v.trim().toLowerCase();
    if (t === 'true') return 1;
    if (t === 'false') return 0;
  }
  return undefined;
}

export function parseDate(v: unknown): number | undefined {
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

export function datePart(ms: number, p: DatePart): number {
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

export class MissingColumnError extends Error {
  constructor(
    readonly column: string,
    available: string[],
  ) {
    super(`column "${column}" is missing from the data (the model needs it); columns present: ${available.join(', ')}`);
  }
}

/**
 * Writes one record's model features into `X` from `offset` (spec.features order) exactly as
 * transformColumns would for that row; returns the first column that could not be transformed
 * (its features are NaN), else undefined. Allocates nothing per call.
 */
export type RowTransform = (record: Record<string, unknown>, X: Float64Array, offset: number) => ColumnError | undefined;

/**
 * The row form of transformColumns, compiled once per spec (category indexes, offsets) for scoring
 * a few records at a time, as the serving runtime does per request. Same rules: imputation with the
 * fitted fill, one-hot all-zero / ordinal −1 for unseen categories, UTC date parts, booleans 0/1.
 */
export function compileRowTransform(spec: PreprocessSpec): RowTransform {
  type Step = (v: unknown, X: Float64Array, o: number) => ColumnError | undefined;
  const names: string[] = [];
  const offsets: number[] = [];
  const steps: Step[] = [];
  let o = 0;
  for (const c of spec.columns) {
    names.push(c.name);
    offsets.push(o);
    if (c.kind === 'categorical') {
      const index = new Map(c.categories!.map((cat, i) => [cat, i]));
      const fillIdx = index.get(c.fill as string)!;
      if (c.encoding === 'one-hot') {
        const width = c.categories!.length;
        steps.push((v, X, at) => {
          X.fill(0, at, at + width);
          const idx = isMissing(v) ? fillIdx : index.get(categoryOf(v));
          if (idx !== undefined) X[at + idx] = 1;
          return undefined;
        });
        o += width;
      } else {
        steps.push((v, X, at) => {
          X[at] = isMissing(v) ? fillIdx : (index.get(categoryOf(v)) ?? -1);
          return undefined;
        });
        o += 1;
      }
    } else if (c.kind === 'datetime') {
      const parts = c.parts!;
      const fill = c.fill as number;
      steps.push((v, X, at) => {
        const ms = isMissing(v) ? fill : parseDate(v);
        if (ms === undefined) {
          X.fill(Number.NaN, at, at + parts.length);
          return { column: c.name, value: v, expected: 'a date like 2024-01-31 or 2024-01-31T12:00:00Z' };
        }
        for (let p = 0; p < parts.length; p++) X[at + p] = datePart(ms, parts[p]);
        return undefined;
      });
      o += parts.length;
    } else {
      const fill = c.fill as number;
      const parse = c.kind === 'boolean' ? parseBool : parseNumeric;
      const expected = c.kind === 'boolean' ? 'true or false' : 'a finite number';
      steps.push((v, X, at) => {
        if (typeof v === 'number' && c.kind !== 'boolean' && Number.isFinite(v)) X[at] = v;
        else if (isMissing(v)) X[at] = fill;
        else {
          const x = parse(v);
          if (x === undefined) {
            X[at] = Number.NaN;
            return { column: c.name, value: v, expected };
          }
          X[at] = x;
        }
        return undefined;
      });
      o += 1;
    }
  }
  return (record, X, offset) => {
    let first: ColumnError | undefined;
    for (let i = 0; i < steps.length; i++) {
      const e = steps[i](record[names[i]], X, offset + offsets[i]);
      if (e && !first) first = e;
    }
    return first;
  };
}
