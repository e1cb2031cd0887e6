/**
 * One streaming pass over a dataset: per-column statistics, type evidence, bounded samples for
 * quantiles and drift, and the schema's per-value rules — all in constant memory per column
 * (except `unique` and duplicate-row checks: 12 bytes per row, see DuplicateFinder).
 *
 * The hot loop touches each cell once, with no per-row allocation: CSV cells stay strings and
 * are parsed with `+v` only while a column can still be numeric.
 */
import { quantileSorted } from 'simple-statistics';
import { LINE_IS_RECORD, detectFormat, readBatches, type DataFormat } from './read.js';
import { DuplicateFinder, Reservoir, fnv1a, hash2 } from './sample.js';
import type { ColumnRule, ColumnType } from './schema.js';

/** Distinct values counted exactly per column; beyond this a column is high-cardinality. */
export const DISTINCT_CAP = 1000;
/** Most distinct values for a string column to be inferred as `category`. */
export const CATEGORY_MAX = 50;

const DATE_RE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

export interface BadValue {
  line: number;
  value: string;
}

export interface ValueViolations {
  type: number;
  min: number;
  max: number;
  categories: number;
  regex: number;
  nulls: number;
  examples: { type: BadValue[]; min: BadValue[]; max: BadValue[]; categories: BadValue[]; regex: BadValue[]; nulls: BadValue[] };
}

export interface ProfileOptions {
  format?: DataFormat;
  /** Per-column rules from the schema, applied to every value. */
  rules?: Record<string, ColumnRule | null>;
  /** Bounded sample per numeric column (seeded reservoir). */
  sampleSize?: number;
  seed?: number;
  /** Detect duplicate rows (12 bytes per row). */
  duplicateRows?: boolean;
  /** Track exact uniqueness of every non-float column (for --infer; 12 bytes per row per column). */
  inferUnique?: boolean;
  /** Bad values kept per check for messages and annotations. */
  maxExamples?: number;
}

const lowerBool = (v: string): boolean => {
  const l = v.length;
  if (l === 4 || l === 5) {
    const s = v.toLowerCase();
    return s === 'true' || s === 'false';
  }
  return false;
};

const H = new Uint32Array(2);

/** Streaming state of one column. */
export class ColumnProfiler {
  rows = 0;
  missing = 0;
  // type evidence
  maybeNum = true;
  maybeInt = true;
  maybeBool = true;
  maybeDate = true;
  firstNonNumeric: BadValue | undefined;
  // numeric statistics (Welford)
  numCount = 0;
  min = Number.POSITIVE_INFINITY;
  max = Number.NEGATIVE_INFINITY;
  mean = 0;
  m2 = 0;
  reservoir: Reservoir | undefined;
  numCounts: Map<number, number> | null = new Map();
  strCounts: Map<string, number> | null = new Map();
  minStr: string | undefined;
  maxStr: string | undefined;
  // rules
  readonly rule: ColumnRule | undefined;
  private readonly declaredNumeric: boolean;
  private readonly checkValues: boolean;
  private readonly allowed: Set<string> | undefined;
  private readonly regex: RegExp | undefined;
  private readonly minNum: number | undefined;
  private readonly maxNum: number | undefined;
  private readonly minText: string | undefined;
  private readonly maxText: string | undefined;
  readonly violations: ValueViolations = {
    type: 0,
    min: 0,
    max: 0,
    categories: 0,
    regex: 0,
    nulls: 0,
    examples: { type: [], min: [], max: [], categories: [], regex: [], nulls: [] },
  };
  uniq: DuplicateFinder | undefined;

  constructor(
    readonly name: string,
    rule: ColumnRule | null | undefined,
    private readonly sampleSize: number,
    private readonly seed: number,
    private readonly maxExamples: number,
    trackUnique: boolean,
  ) {
    this.rule = rule ?? undefined;
    const t = this.rule?.type;
    this.declaredNumeric = t === 'int' || t === 'float';
    this.allowed = this.rule?.categories ? new Set(this.rule.categories.map((c) => String(c))) : undefined;
    this.regex = this.rule?.regex ? new RegExp(this.rule.regex) : undefined;
    const isNum = (x: unknown): x is number => typeof x === 'number';
    this.minNum = isNum(this.rule?.min) ? this.rule.min : undefined;
    this.maxNum = isNum(this.rule?.max) ? this.rule.max : undefined;
    this.minText = typeof this.rule?.min === 'string' ? this.rule.min : undefined;
    this.maxText = typeof this.rule?.max === 'string' ? this.rule.max : undefined;
    this.checkValues = !!this.rule && (t !== undefined || this.allowed !== undefined || this.regex !== undefined || this.rule.min !== undefined || this.rule.max !== undefined);
    if (trackUnique || this.rule?.unique) this.uniq = new DuplicateFinder();
  }

  private bad(kind: keyof ValueViolations['examples'], line: number, value: string): void {
    this.violations[kind]++;
    const ex = this.violations.examples[kind];
    if (ex.length < this.maxExamples) ex.push({ line, value });
  }

  addMissing(line: number): void {
    this.rows++;
    this.missing++;
    if (this.rule?.nullable === false) this.bad('nulls', line, '');
  }

  private addNumber(x: number): void {
    const n = ++this.numCount;
    if (x < this.min) this.min = x;
    if (x > this.max) this.max = x;
    const d = x - this.mean;
    this.mean += d / n;
    this.m2 += d * (x - this.mean);
    (this.reservoir ??= new Reservoir(this.sampleSize, (this.seed ^ fnv1a(this.name)) >>> 0)).add(x);
    const nc = this.numCounts;
    if (nc !== null) {
      const k = nc.get(x);
      if (k !== undefined) nc.set(x, k + 1);
      else if (nc.size < DISTINCT_CAP) nc.set(x, 1);
      else this.numCounts = null;
    }
  }

  /** A raw text value (CSV/TSV cell, or a JSON string); '' is missing. */
  addString(v: string, line: number): void {
    if (v.length === 0) {
      this.addMissing(line);
      return;
    }
    this.rows++;
    let x = Number.NaN;
    if (this.maybeNum || this.declaredNumeric) {
      const c0 = v.charCodeAt(0);
      if ((c0 >= 48 && c0 <= 57) || c0 === 45 || c0 === 46 || c0 === 43) x = +v;
      if (x - x !== 0) {
        x = Number.NaN;
        if (this.maybeNum) {
          this.maybeNum = false;
          this.maybeInt = false;
          this.firstNonNumeric = { line, value: v };
        }
      } else if (this.maybeInt && (x % 1 !== 0 || v.indexOf('.') !== -1 || v.indexOf('e') !== -1 || v.indexOf('E') !== -1)) {
        this.maybeInt = false;
      }
    }
    if (x === x) {
      this.maybeBool = false;
      this.maybeDate = false;
      this.addNumber(x);
    } else {
      if (this.maybeBool && !lowerBool(v)) this.maybeBool = false;
      if (this.maybeDate) {
        if (DATE_RE.test(v)) {
          if (this.minStr === undefined || v < this.minStr) this.minStr = v;
          if (this.maxStr === undefined || v > this.maxStr) this.maxStr = v;
        } else this.maybeDate = false;
      }
    }
    const sc = this.strCounts;
    if (sc !== null) {
      const k = sc.get(v);
      if (k !== undefined) sc.set(v, k + 1);
      else if (sc.size < DISTINCT_CAP) sc.set(v, 1);
      else this.strCounts = null;
    }
    if (this.checkValues) this.check(v, x, line);
    if (this.uniq) {
      hash2(v, H);
      this.uniq.add(H[0], H[1], line);
    }
  }

  /** A JS value (JSON, Parquet): null/undefined/NaN/'' are missing. */
  addValue(v: unknown, line: number): void {
    if (typeof v === 'string') return this.addString(v, line);
    if (v === null || v === undefined || (typeof v === 'number' && v !== v)) return this.addMissing(line);
    if (typeof v === 'number') {
      this.rows++;
      this.maybeBool = false;
      this.maybeDate = false;
      if (this.maybeInt && !Number.isInteger(v)) this.maybeInt = false;
      if (!this.maybeNum) {
        // a number in a column that already had text: count it as text
      }
      this.addNumber(v);
      const s = String(v);
      const sc = this.strCounts;
      if (sc !== null) {
        const k = sc.get(s);
        if (k !== undefined) sc.set(s, k + 1);
        else if (sc.size < DISTINCT_CAP) sc.set(s, 1);
        else this.strCounts = null;
      }
      if (this.checkValues) this.check(s, v, line);
      if (this.uniq) {
        hash2(s, H);
        this.uniq.add(H[0], H[1], line);
      }
      return;
    }
    if (typeof v === 'boolean') {
      this.addString(v ? 'true' : 'false', line);
      return;
    }
    if (v instanceof Date) {
      this.addString(Number.isNaN(v.getTime()) ? 'Invalid Date' : v.toISOString(), line);
      return;
    }
    this.addString(typeof v === 'bigint' ? v.toString() : JSON.stringify(v), line);
  }

  private check(v: string, x: number, line: number): void {
    const t = this.rule!.type;
    if (t !== undefined) {
      let ok: boolean;
      switch (t) {
        case 'int':
          ok = x === x && x % 1 === 0 && v.indexOf('.') === -1;
          break;
        case 'float':
          ok = x === x;
          break;
        case 'bool':
          ok = lowerBool(v);
          break;
        case 'datetime':
          ok = DATE_RE.test(v) && !Number.isNaN(Date.parse(v.length === 10 ? v : v.replace(' ', 'T')));
          break;
        default:
          ok = true;
      }
      if (!ok) {
        this.bad('type', line, v);
        return;
      }
    }
    if (this.minNum !== undefined && x === x && x < this.minNum) this.bad('min', line, v);
    else if (this.minText !== undefined && x !== x && v < this.minText) this.bad('min', line, v);
    if (this.maxNum !== undefined && x === x && x > this.maxNum) this.bad('max', line, v);
    else if (this.maxText !== undefined && x !== x && v > this.maxText) this.bad('max', line, v);
    if (this.allowed !== undefined && !this.allowed.has(v)) this.bad('categories', line, v);
    if (this.regex !== undefined && !this.regex.test(v)) this.bad('regex', line, v);
  }

  /** The type the values support. */
  inferType(): ColumnType {
    const n = this.rows - this.missing;
    if (n === 0) return 'string';
    if (this.maybeNum && this.numCount === n) return this.maybeInt ? 'int' : 'float';
    if (this.maybeBool) return 'bool';
    if (this.maybeDate) return 'datetime';
    const sc = this.strCounts;
    if (sc !== null && sc.size <= CATEGORY_MAX && sc.size * 2 <= n) return 'category';
    return 'string';
  }

  get nonMissing(): number {
    return this.rows - this.missing;
  }

  /** Exact number of distinct non-missing values, or undefined beyond DISTINCT_CAP. */
  distinct(): number | undefined {
    if (this.strCounts !== null) return this.strCounts.size;
    if (this.maybeNum && this.numCounts !== null && this.numCount === this.nonMissing) return this.numCounts.size;
    return undefined;
  }
}

export interface NumericStats {
  min: number;
  max: number;
  mean: number;
  std: number;
  /** Quantiles 1, 5, 25, 50, 75, 95, 99 %, from the sample. */
  quantiles: Record<string, number>;
  /** True when the sample holds every value (quantiles exact). */
  exact: boolean;
  /** Rank error bound of the quantiles (3σ of a uniform sample of this size), 0 when exact. */
  rankError: number;
}

export interface ColumnProfile {
  name: string;
  /** Inferred from the values. */
  inferredType: ColumnType;
  rows: number;
  missing: number;
  distinct?: number;
  numeric?: NumericStats;
  datetime?: { min: string; max: string };
  top?: { value: string; count: number }[];
  unique?: boolean;
}

export interface DatasetProfile {
  path: string;
  format: DataFormat;
  /** Whether lines are record numbers (JSON arrays, Parquet) rather than file lines. */
  linesAreRecords: boolean;
  rows: number;
  columns: string[];
  profilers: ColumnProfiler[];
  duplicateRows?: { count: number; examples: { line: number; firstLine: number }[] };
  sampleSize: number;
  seed: number;
}

/** Stream a file once and build its profile. */
export async function profileDataset(path: string, opts: ProfileOptions = {}): Promise<DatasetProfile> {
  const format = detectFormat(path, opts.format);
  const sampleSize = opts.sampleSize ?? 50_000;
  const seed = opts.seed ?? 1;
  const maxExamples = opts.maxExamples ?? 20;
  const profilers: ColumnProfiler[] = [];
  let columns: string[] = [];
  let rows = 0;
  const dup = opts.duplicateRows ? new DuplicateFinder() : undefined;
  const isText = format === 'csv' || format === 'tsv';
  for await (const batch of readBatches(path, { format, batchSize: 16384 })) {
    // Columns may grow (JSON): a new column was missing in every earlier row.
    while (profilers.length < batch.columns.length) {
      const name = batch.columns[profilers.length];
      const p = new ColumnProfiler(name, opts.rules?.[name], sampleSize, seed, maxExamples, !!opts.inferUnique);
      for (let r = 0; r < rows; r++) p.addMissing(r + 1);
      profilers.push(p);
    }
    columns = batch.columns;
    const nc = profilers.length;
    const data = batch.rows;
    const lines = batch.lines;
    if (isText) {
      for (let r = 0; r < data.length; r++) {
        const row = data[r] as string[];
        const line = lines[r];
        for (let c = 0; c < nc; c++) profilers[c].addString(row[c], line);
        if (dup) {
          rowHash(row, H);
          dup.add(H[0], H[1], line);
        }
      }
    } else {
      for (let r = 0; r < data.length; r++) {
        const row = data[r];
        const line = lines[r];
        for (let c = 0; c < nc; c++) profilers[c].addValue(row[c], line);
        if (dup) {
          rowHash(row.map((v) => (v === null || v === undefined ? '' : v instanceof Date ? v.toISOString() : typeof v === 'object' ? JSON.stringify(v) : String(v))), H);
          dup.add(H[0], H[1], line);
        }
      }
    }
    rows += data.length;
  }
  return {
    path,
    format,
    linesAreRecords: LINE_IS_RECORD[format],
    rows,
    columns,
    profilers,
    duplicateRows: dup?.duplicates(maxExamples),
    sampleSize,
    seed,
  };
}

/** 64-bit hash of a row of strings (cells separated by a unit separator). */
function rowHash(row: string[], out: Uint32Array): void {
  let h1 = 0x811c9dc5;
  let h2 = 0x9747b28c;
  for (let c = 0; c < row.length; c++) {
    const s = row[c];
    for (let i = 0; i < s.length; i++) {
      const ch = s.charCodeAt(i);
      h1 = Math.imul(h1 ^ ch, 0x01000193);
      h2 = Math.imul(h2 ^ ch, 0x5bd1e995);
      h2 ^= h2 >>> 13;
    }
    h1 = Math.imul(h1 ^ 0x1f, 0x01000193);
    h2 = Math.imul(h2 ^ 0x1f, 0x5bd1e995);
    h2 ^= h2 >>> 13;
  }
  out[0] = h1 >>> 0;
  out[1] = (h2 ^ (h2 >>> 15)) >>> 0;
}

const QUANTILES: [string, number][] = [
  ['p01', 0.01],
  ['p05', 0.05],
  ['p25', 0.25],
  ['p50', 0.5],
  ['p75', 0.75],
  ['p95', 0.95],
  ['p99', 0.99],
];

/** Summaries of one column for the report. `type` is the declared type when there is one. */
export function summarizeColumn(p: ColumnProfiler, topN = 10): ColumnProfile {
  const inferredType = p.inferType();
  const out: ColumnProfile = { name: p.name, inferredType, rows: p.rows, missing: p.missing };
  const distinct = p.distinct();
  if (distinct !== undefined) out.distinct = distinct;
  if (p.numCount > 0 && p.reservoir) {
    const sample = p.reservoir.sample().sort();
    const arr = Array.from(sample);
    const quantiles: Record<string, number> = {};
    for (const [k, q] of QUANTILES) quantiles[k] = quantileSorted(arr, q);
    const exact = p.reservoir.exact;
    out.numeric = {
      min: p.min,
      max: p.max,
      mean: p.mean,
      std: Math.sqrt(p.m2 / p.numCount),
      quantiles,
      exact,
      rankError: exact ? 0 : 3 * Math.sqrt(0.25 / p.reservoir.size),
    };
  }
  if (inferredType === 'datetime' && p.minStr !== undefined && p.maxStr !== undefined) out.datetime = { min: p.minStr, max: p.maxStr };
  if (p.strCounts !== null && (inferredType === 'category' || inferredType === 'bool' || inferredType === 'string')) {
    out.top = [...p.strCounts.entries()]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, topN)
      .map(([value, count]) => ({ value, count }));
  }
  if (p.uniq) out.unique = p.uniq.duplicates(0).count === 0;
  return out;
}
