/**
 * One streaming pass over a dataset: per-column statistics, type evidence, bounded samples for
 * quantiles and drift, and the schema's per-value rules — all in constant memory per column
 * (except `unique` and duplicate-row checks: 12 bytes per row, see DuplicateFinder).
 *
 * The hot loop touches each cell once, with no per-row allocation: CSV cells stay strings and
 * are parsed with `+v` only while a column can still be numeric.
 */
import { quantileSorted } from 'simple-statistics';
import { LINE_IS_RECORD, detectFormat, raggedRowError, readBatches, readDelimitedParts, readParquetColumns, type DataFormat, type ParquetPage, type ParquetTextDictionary } from './read.js';
import { DuplicateFinder, Reservoir, fnv1a, hash2, hash2Bytes } from './sample.js';
import { isMissingBytes, isMissingText } from './missing.js';
import { isNearlyNumeric, MAX_LISTED_CELLS } from './nearly-numeric.js';
import { toNumberArray } from './stats.js';
import { fileSize } from '../io/fs.js';
import type { ColumnRule, ColumnType } from './schema.js';

/** Distinct values counted exactly per column; beyond this a column is high-cardinality. */
export const DISTINCT_CAP = 4096;
/** Most distinct values for a string column to be inferred as `category`. */
export const CATEGORY_MAX = 50;

export const DATE_RE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

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
  /** Bytes per read (default 1 MiB). */
  chunkSize?: number;
  /**
   * Progress: called after each piece read (a chunk of CSV/TSV/JSON, a Parquet row group) with the
   * bytes read so far, the file's size (0 for a Delta table) and the rows profiled, and once at the
   * end with done: true. Calls are cheap and frequent: the consumer throttles (src/report/progress.ts).
   */
  onProgress?: (p: { bytes: number; totalBytes: number; rows: number; done: boolean }) => void;
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
/**
 * The number being added, handed to the per-cell methods through a typed array rather than as an
 * argument: a double passed to (or returned from) a call that V8 does not inline is boxed in a
 * new heap object, which for millions of cells grows the young generation by tens of MB.
 */
const X = new Float64Array(1);

const T_OTHER = 0;
const T_INT = 1;
const T_BOOL = 2;
const T_DATETIME = 3;
const V_TYPE = 1;
const V_MIN = 2;
const V_MAX = 4;
const V_CAT = 8;
const V_REGEX = 16;

/**
 * Dictionary of the distinct texts of a column, found by their UTF-8 bytes (open addressing on
 * an FNV-1a hash) or by the string. Holds per text its count, its rule verdict and its hashes.
 */
export class TextDict {
  size = 0;
  texts: string[] = [];
  bytes: Uint8Array[] = [];
  counts: number[] = [];
  verdicts: number[] = [];
  h1: number[] = [];
  h2: number[] = [];
  private slots = new Int32Array(16384); // entry index + 1; 0 = empty (load ≤ 1/4 at DISTINCT_CAP)
  private readonly byText = new Map<string, number>();

  findBytes(b: Uint8Array, s: number, e: number): number {
    let h = 0x811c9dc5;
    for (let i = s; i < e; i++) h = Math.imul(h ^ b[i], 0x01000193);
    const mask = this.slots.length - 1;
    const len = e - s;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const k = this.slots[slot];
      if (k === 0) return -1;
      const cand = this.bytes[k - 1];
      if (cand.length === len) {
        let i = 0;
        while (i < len && cand[i] === b[s + i]) i++;
        if (i === len) return k - 1;
      }
    }
  }

  findText(v: string): number {
    return this.byText.get(v) ?? -1;
  }

  add(text: string, bytes: Uint8Array, verdict: number, h1: number, h2: number): number {
    const idx = this.size++;
    this.texts.push(text);
    this.bytes.push(bytes);
    this.counts.push(0);
    this.verdicts.push(verdict);
    this.h1.push(h1);
    this.h2.push(h2);
    this.byText.set(text, idx);
    let h = 0x811c9dc5;
    for (let i = 0; i < bytes.length; i++) h = Math.imul(h ^ bytes[i], 0x01000193);
    const mask = this.slots.length - 1;
    let slot = h & mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
    this.slots[slot] = idx + 1;
    return idx;
  }
}

/** DATE_RE.test on ASCII/UTF-8 bytes [s, e), without making a string. */
export function isDateBytes(b: Uint8Array, s: number, e: number): boolean {
  if (!(digitsAt(b, s, 4, e) && b[s + 4] === 45 && digitsAt(b, s + 5, 2, e) && b[s + 7] === 45 && digitsAt(b, s + 8, 2, e))) return false;
  let i = s + 10;
  if (i === e) return true;
  if (b[i] !== 84 && b[i] !== 32) return false; // 'T' or ' '
  if (!(digitsAt(b, i + 1, 2, e) && b[i + 3] === 58 && digitsAt(b, i + 4, 2, e))) return false;
  i += 6;
  if (i < e && b[i] === 58) {
    if (!digitsAt(b, i + 1, 2, e)) return false;
    i += 3;
    if (i < e && b[i] === 46) {
      let k = 0;
      while (i + 1 + k < e && b[i + 1 + k] >= 48 && b[i + 1 + k] <= 57) k++;
      if (k === 0 || k > 9) return false;
      i += 1 + k;
    }
  }
  if (i === e) return true;
  if (b[i] === 90) return i + 1 === e; // 'Z'
  if (b[i] !== 43 && b[i] !== 45) return false;
  if (!digitsAt(b, i + 1, 2, e)) return false;
  i += 3;
  if (i < e && b[i] === 58) i++;
  return digitsAt(b, i, 2, e) && i + 2 === e;
}

/** Whether bytes [i, i + n) are all ASCII digits and lie before `e`. */
function digitsAt(b: Uint8Array, i: number, n: number, e: number): boolean {
  if (i + n > e) return false;
  for (let k = i; k < i + n; k++) if (b[k] < 48 || b[k] > 57) return false;
  return true;
}

/** Compare bytes [s, e) with an ASCII string, as JS compares strings: <0, 0, >0. */
function compareAsciiBytes(b: Uint8Array, s: number, e: number, t: string): number {
  const n = Math.min(e - s, t.length);
  for (let k = 0; k < n; k++) {
    const d = b[s + k] - t.charCodeAt(k);
    if (d !== 0) return d;
  }
  return e - s - t.length;
}

const NC_F = new Float64Array(1);
const NC_W = new Uint32Array(NC_F.buffer);

/**
 * Counts of distinct numbers (−0 counted as 0), open addressing on their IEEE bits in typed
 * arrays: no Map, no boxed number per value. Grows to at most 2·DISTINCT_CAP slots.
 */
export class NumberCounts {
  size = 0;
  private keys = new Float64Array(64);
  private counts = new Float64Array(64);

  /** Count one more x; returns its count before (0: new), or -1 (not added) when it is new and `cap` keys are held already. */
  add(x: number, cap: number): number {
    const v = x === 0 ? 0 : x;
    const mask = this.keys.length - 1;
    for (let slot = this.slotOf(v) & mask; ; slot = (slot + 1) & mask) {
      const c = this.counts[slot];
      if (c === 0) {
        if (this.size >= cap) return -1;
        this.keys[slot] = v;
        this.counts[slot] = 1;
        if (++this.size * 2 > this.keys.length) this.grow();
        return 0;
      }
      if (this.keys[slot] === v) {
        this.counts[slot] = c + 1;
        return c;
      }
    }
  }

  /** Empty again, keeping the capacity it grew to (one table counts column after column). */
  clear(): void {
    this.counts.fill(0);
    this.size = 0;
  }

  forEach(fn: (key: number, count: number) => void): void {
    for (let i = 0; i < this.keys.length; i++) if (this.counts[i] > 0) fn(this.keys[i], this.counts[i]);
  }

  private slotOf(v: number): number {
    NC_F[0] = v;
    let h = Math.imul(NC_W[0] ^ Math.imul(NC_W[1], 0x9e3779b1), 0x85ebca6b);
    h ^= h >>> 15;
    return h >>> 0;
  }

  private grow(): void {
    const keys = this.keys;
    const counts = this.counts;
    this.keys = new Float64Array(keys.length * 2);
    this.counts = new Float64Array(keys.length * 2);
    const mask = this.keys.length - 1;
    for (let i = 0; i < keys.length; i++) {
      if (counts[i] === 0) continue;
      let slot = this.slotOf(keys[i]) & mask;
      while (this.counts[slot] !== 0) slot = (slot + 1) & mask;
      this.keys[slot] = keys[i];
      this.counts[slot] = counts[i];
    }
  }
}

/** Set by the number parsers: whether the text had no '.' and no exponent. */
let NUM_INT_TEXT = false;
const POW10 = Array.from({ length: 23 }, (_, i) => 10 ** i);

/**
 * Parse a decimal number from text: [+-]digits[.digits][e[+-]digits]. NaN for anything else
 * (hex, "Infinity", spaces). Up to 15 significant digits and 22 decimals the result is
 * mantissa / 10^k, which is correctly rounded (the same double as Number(text)); otherwise Number().
 */
export function parseNumberText(v: string): number {
  const n = v.length;
  let i = 0;
  let c = v.charCodeAt(0);
  let neg = false;
  if (c === 45 || c === 43) {
    neg = c === 45;
    i = 1;
  }
  let mant = 0;
  let digits = 0;
  let frac = 0;
  let dot = false;
  for (; i < n; i++) {
    c = v.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      mant = mant * 10 + (c - 48);
      digits++;
      if (dot) frac++;
    } else if (c === 46 && !dot) dot = true;
    else break;
  }
  if (digits === 0) return Number.NaN;
  if (i < n) {
    if (c !== 101 && c !== 69) return Number.NaN;
    // exponent: validate the rest, then let Number() do the rounding
    let j = i + 1;
    c = v.charCodeAt(j);
    if (c === 45 || c === 43) j++;
    if (j >= n) return Number.NaN;
    for (; j < n; j++) {
      c = v.charCodeAt(j);
      if (c < 48 || c > 57) return Number.NaN;
    }
    NUM_INT_TEXT = false;
    return Number(v);
  }
  NUM_INT_TEXT = !dot;
  if (digits > 15 || frac > 22) return Number(v);
  const x = frac === 0 ? mant : mant / POW10[frac];
  return neg ? -x : x;
}

/** parseNumberText over UTF-8 bytes [s, e). */
export function parseNumberBytes(b: Uint8Array, s: number, e: number): number {
  let i = s;
  let c = b[s];
  let neg = false;
  if (c === 45 || c === 43) {
    neg = c === 45;
    i++;
  }
  let mant = 0;
  let digits = 0;
  let frac = 0;
  let dot = false;
  for (; i < e; i++) {
    c = b[i];
    if (c >= 48 && c <= 57) {
      mant = mant * 10 + (c - 48);
      digits++;
      if (dot) frac++;
    } else if (c === 46 && !dot) dot = true;
    else break;
  }
  if (digits === 0) return Number.NaN;
  if (i < e || digits > 15 || frac > 22) {
    if (i < e && c !== 101 && c !== 69) return Number.NaN;
    return parseNumberText((b as Buffer).toString('latin1', s, e));
  }
  NUM_INT_TEXT = !dot;
  const x = frac === 0 ? mant : mant / POW10[frac];
  return neg ? -x : x;
}

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
  /** The first MAX_LISTED_CELLS non-missing cells that are not numbers (nearly-numeric.ts reports them). */
  readonly nonNumeric: BadValue[] = [];
  /** Every numeric cell so far had integer text (maybeInt also turns false on a text cell). */
  private numInt = true;
  // numeric statistics (Welford)
  numCount = 0;
  /** min, max, shift (first value), Σ(x − shift), Σ(x − shift)²: unboxed doubles. */
  private readonly acc = Float64Array.of(Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 0, 0, 0);
  get min(): number {
    return this.acc[0];
  }
  get max(): number {
    return this.acc[1];
  }
  get mean(): number {
    return this.acc[2] + this.acc[3] / this.numCount;
  }
  /** Population variance (ddof = 0), from sums shifted by the first value for accuracy. */
  get variance(): number {
    const n = this.numCount;
    const m = this.acc[3] / n;
    return Math.max(0, this.acc[4] / n - m * m);
  }
  reservoir: Reservoir | undefined;
  /** Counts of numeric values: integers 0–1023 in an array, the rest in a map; null beyond DISTINCT_CAP. */
  numCounts: NumberCounts | null = new NumberCounts();
  private smallCounts: Float64Array | null = new Float64Array(1024);
  private smallDistinct = 0;
  /** Text values, dictionary-encoded (each distinct text is checked once); null beyond DISTINCT_CAP. */
  dict: TextDict | null = new TextDict();
  minStr: string | undefined;
  maxStr: string | undefined;
  // rules
  readonly rule: ColumnRule | undefined;
  private readonly declaredNumeric: boolean;
  private readonly checkValues: boolean;
  private readonly needsText: boolean;
  private readonly typeCode: number;
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
  private uniqInferOnly = false;
  /** Set when a repeated value was seen while only inferring uniqueness. */
  repeated = false;

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
    this.needsText = this.allowed !== undefined || this.regex !== undefined;
    this.typeCode = t === 'int' ? T_INT : t === 'bool' ? T_BOOL : t === 'datetime' ? T_DATETIME : T_OTHER;
    this.checkValues = !!this.rule && (t !== undefined || this.allowed !== undefined || this.regex !== undefined || this.rule.min !== undefined || this.rule.max !== undefined);
    if (trackUnique || this.rule?.unique) this.uniq = new DuplicateFinder();
    // Only inferring: a repeat seen in the exact counts settles it, and the hashes can go.
    this.uniqInferOnly = trackUnique && !this.rule?.unique;
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

  /** Add the number in X[0]. */
  private addNumber(): void {
    const x = X[0];
    const a = this.acc;
    if (this.numCount++ === 0) {
      a[2] = x;
      this.reservoir = new Reservoir(this.sampleSize, (this.seed ^ fnv1a(this.name)) >>> 0);
    }
    if (x < a[0]) a[0] = x;
    if (x > a[1]) a[1] = x;
    const d = x - a[2];
    a[3] += d;
    a[4] += d * d;
    this.reservoir!.add(x);
    const nc = this.numCounts;
    if (nc !== null) {
      const sm = this.smallCounts!;
      if (x >= 0 && x < 1024 && x % 1 === 0 && !(x === 0 && 1 / x < 0)) {
        const k = sm[x]++;
        if (k === 0) {
          if (++this.smallDistinct + nc.size > DISTINCT_CAP) this.dropNumCounts();
        } else if (this.uniqInferOnly) this.settleNotUnique();
      } else {
        const k = nc.add(x, DISTINCT_CAP - this.smallDistinct);
        if (k > 0) {
          if (this.uniqInferOnly) this.settleNotUnique();
        } else if (k < 0) this.dropNumCounts();
      }
    }
  }

  private settleNotUnique(): void {
    this.repeated = true;
    this.uniq = undefined;
    this.uniqInferOnly = false;
  }

  private dropNumCounts(): void {
    this.numCounts = null;
    this.smallCounts = null;
  }

  /** A raw text value (CSV/TSV cell, or a JSON string); '', NA, null… are missing (missing.ts). */
  addString(v: string, line: number): void {
    if (v.length === 0) {
      this.addMissing(line);
      return;
    }
    if (this.maybeNum || this.declaredNumeric || this.mayBeNearlyNumeric()) {
      const x = parseNumberText(v);
      if (x === x) {
        this.rows++;
        X[0] = x;
        this.numericCell(NUM_INT_TEXT, line, v, undefined, 0, 0);
        return;
      }
    }
    // No missing token parses as a number, so numeric cells skip this test.
    if (isMissingText(v)) {
      this.addMissing(line);
      return;
    }
    this.rows++;
    this.textCell(v, line);
  }

  /** A CSV/TSV cell given as bytes [s, e) of valid UTF-8 (no quotes); empty, NA, null… are missing. */
  addCell(b: Uint8Array, s: number, e: number, line: number): void {
    if (s === e) {
      this.addMissing(line);
      return;
    }
    if (this.maybeNum || this.declaredNumeric || this.mayBeNearlyNumeric()) {
      const x = parseNumberBytes(b, s, e);
      if (x === x) {
        this.rows++;
        X[0] = x;
        this.numericCell(NUM_INT_TEXT, line, undefined, b, s, e);
        return;
      }
    }
    // No missing token parses as a number, so numeric cells skip this test.
    if (isMissingBytes(b, s, e)) {
      this.addMissing(line);
      return;
    }
    this.rows++;
    const dict = this.dict;
    if (dict !== null) {
      let i = dict.findBytes(b, s, e);
      if (i < 0) {
        const text = (b as Buffer).toString('utf8', s, e);
        i = this.newEntry(text, Buffer.from(b.subarray(s, e)));
        if (i < 0) return this.textCell(text, line);
      }
      this.entryCell(i, line);
      return;
    }
    if (!this.maybeNum && !this.maybeBool && !this.checkValues && !this.uniq) {
      // Too many distinct texts to count and no rule to apply: only the date evidence is left,
      // judged on the bytes (no string per cell).
      if (this.maybeDate) this.dateBytesCell(b, s, e);
      return;
    }
    this.textCell((b as Buffer).toString('utf8', s, e), line);
  }

  /**
   * Whether cells are still parsed as numbers after a text cell: while the text cells are at most
   * 1% of the values so far (+ 10 for bad cells early in the file), the column may end up numeric
   * with bad cells (NEARLY_NUMERIC_SHARE). A text column stops being parsed after ~10 cells.
   */
  private mayBeNearlyNumeric(): boolean {
    const present = this.rows - this.missing;
    return 100 * (present - this.numCount) <= present + 1000;
  }

  /** textCell's date evidence (DATE_RE, min/max text) for a cell given as bytes. */
  private dateBytesCell(b: Uint8Array, s: number, e: number): void {
    if (!isDateBytes(b, s, e)) {
      this.maybeDate = false;
      return;
    }
    // A date is ASCII: byte order is the order of the strings.
    if (this.minStr === undefined || compareAsciiBytes(b, s, e, this.minStr) < 0) this.minStr = (b as Buffer).toString('latin1', s, e);
    if (this.maxStr === undefined || compareAsciiBytes(b, s, e, this.maxStr) > 0) this.maxStr = (b as Buffer).toString('latin1', s, e);
  }

  /** Add a distinct text to the dictionary and judge it once; -1 when the dictionary is full (then dropped). */
  private newEntry(text: string, bytes: Uint8Array): number {
    const dict = this.dict!;
    if (dict.size >= DISTINCT_CAP) {
      // Too many distinct values to count: keep judging every cell as text from now on.
      this.dict = null;
      return -1;
    }
    if (this.maybeNum) {
      this.maybeNum = false;
      this.maybeInt = false;
    }
    if (this.maybeBool && !lowerBool(text)) this.maybeBool = false;
    if (this.maybeDate) {
      if (DATE_RE.test(text)) {
        if (this.minStr === undefined || text < this.minStr) this.minStr = text;
        if (this.maxStr === undefined || text > this.maxStr) this.maxStr = text;
      } else this.maybeDate = false;
    }
    const verdict = this.checkValues ? this.verdict(text, Number.NaN, false) : 0;
    let h1 = 0;
    let h2 = 0;
    if (this.uniq) {
      hash2(text, H);
      h1 = H[0];
      h2 = H[1];
    }
    return dict.add(text, bytes, verdict, h1, h2);
  }

  /** One more cell with the text of dictionary entry `i`. */
  private entryCell(i: number, line: number): void {
    const dict = this.dict!;
    if (dict.counts[i]++ > 0 && this.uniqInferOnly) this.settleNotUnique();
    if (this.firstNonNumeric === undefined) this.firstNonNumeric = { line, value: dict.texts[i] };
    if (this.nonNumeric.length < MAX_LISTED_CELLS) this.nonNumeric.push({ line, value: dict.texts[i] });
    const v = dict.verdicts[i];
    if (v !== 0) this.applyVerdict(v, line, dict.texts[i]);
    if (this.uniq) this.uniq.add(dict.h1[i], dict.h2[i], line);
  }

  /**
   * A numeric cell; `v` is its text when already a string, else bytes [s, e) of `b`, else (a JS
   * number) the text is String(x). The text is only built when a rule or the unique check needs it.
   */
  private numericCell(intText: boolean, line: number, v: string | undefined, b: Uint8Array | undefined, s: number, e: number): void {
    const x = X[0];
    this.maybeBool = false;
    this.maybeDate = false;
    if (this.maybeInt && (!intText || x % 1 !== 0)) this.maybeInt = false;
    if (this.numInt && (!intText || x % 1 !== 0)) this.numInt = false;
    this.addNumber();
    if (this.checkValues) {
      // The text is only needed for categories/regex, or to show a bad value.
      if (this.needsText) this.check(v ?? (b ? (b as Buffer).toString('utf8', s, e) : String(x)), x, intText, line);
      else {
        const verdict = this.numericVerdict(x, intText);
        if (verdict !== 0) this.applyVerdict(verdict, line, v ?? (b ? (b as Buffer).toString('utf8', s, e) : String(x)));
      }
    }
    if (this.uniq) {
      // numeric text is ASCII: hashing its bytes gives the same hash as hashing the string
      if (v !== undefined) hash2(v, H);
      else if (b !== undefined) hash2Bytes(b, s, e, H);
      else hash2(String(x), H);
      this.uniq.add(H[0], H[1], line);
    }
  }

  /** A non-numeric cell. */
  private textCell(v: string, line: number): void {
    const dict = this.dict;
    if (dict !== null) {
      let i = dict.findText(v);
      if (i < 0) i = this.newEntry(v, Buffer.from(v, 'utf8'));
      if (i >= 0) {
        this.entryCell(i, line);
        return;
      }
    }
    if (this.maybeNum) {
      this.maybeNum = false;
      this.maybeInt = false;
      this.firstNonNumeric = { line, value: v };
    }
    if (this.nonNumeric.length < MAX_LISTED_CELLS) this.nonNumeric.push({ line, value: v });
    if (this.maybeBool && !lowerBool(v)) this.maybeBool = false;
    if (this.maybeDate) {
      if (DATE_RE.test(v)) {
        if (this.minStr === undefined || v < this.minStr) this.minStr = v;
        if (this.maxStr === undefined || v > this.maxStr) this.maxStr = v;
      } else this.maybeDate = false;
    }
    if (this.checkValues) this.check(v, Number.NaN, false, line);
    if (this.uniq) {
      hash2(v, H);
      this.uniq.add(H[0], H[1], line);
    }
  }

  private tsCount = 0;
  private minTs = Number.POSITIVE_INFINITY;
  private maxTs = Number.NEGATIVE_INFINITY;
  private minTsBound: number | undefined;
  private maxTsBound: number | undefined;

  /** A timestamp as epoch milliseconds (Parquet TIMESTAMP/DATE columns). */
  addTimestamp(ms: number, line: number): void {
    X[0] = ms;
    this.timestampCell(line);
  }

  /** The timestamp in X[0]. */
  private timestampCell(line: number): void {
    const ms = X[0];
    this.rows++;
    this.tsCount++;
    this.maybeNum = false;
    this.maybeInt = false;
    this.maybeBool = false;
    if (ms < this.minTs) this.minTs = ms;
    if (ms > this.maxTs) this.maxTs = ms;
    const r = this.rule;
    if (r) {
      if (r.type !== undefined && r.type !== 'datetime' && r.type !== 'string') this.bad('type', line, new Date(ms).toISOString());
      if (this.minText !== undefined && ms < (this.minTsBound ??= Date.parse(this.minText))) this.bad('min', line, new Date(ms).toISOString());
      if (this.maxText !== undefined && ms > (this.maxTsBound ??= Date.parse(this.maxText))) this.bad('max', line, new Date(ms).toISOString());
    }
    if (this.uniq) this.uniq.add(Math.floor(ms / 4294967296) >>> 0, ms >>> 0, line);
  }

  /** Finish a timestamp column: min/max as ISO text. */
  finishTimestamps(): void {
    if (this.tsCount === 0) return;
    const lo = new Date(this.minTs).toISOString();
    const hi = new Date(this.maxTs).toISOString();
    if (this.minStr === undefined || lo < this.minStr) this.minStr = lo;
    if (this.maxStr === undefined || hi > this.maxStr) this.maxStr = hi;
  }

  /**
   * A page of Parquet numbers (timestamps: epoch milliseconds): the same as addValue (addTimestamp
   * for timestamps) per value, without boxing. `nulls[i]` = 1 and NaN are missing; value i is on
   * line (record) `line0 + i`.
   */
  addNumbers(values: Float64Array, nulls: Uint8Array | undefined, n: number, line0: number, timestamps: boolean): void {
    for (let i = 0; i < n; i++) {
      const line = line0 + i;
      if (nulls !== undefined && nulls[i] === 1) this.addMissing(line);
      else if (timestamps) {
        X[0] = values[i];
        this.timestampCell(line);
      }
      else {
        const x = values[i];
        if (x !== x) this.addMissing(line);
        else {
          this.rows++;
          X[0] = x;
          this.numericCell(x % 1 === 0, line, undefined, undefined, 0, 0);
        }
      }
    }
  }

  private pqDict: ParquetTextDictionary | undefined;
  /**
   * Per index of `pqDict`: its TextDict entry (-1 = not looked up yet), its number (NaN: not one),
   * whether that had integer text, and whether the text is a missing token (missing.ts).
   */
  private pqEntry = new Int32Array(0);
  private pqNum = new Float64Array(0);
  private pqInt = new Uint8Array(0);
  private pqMissing = new Uint8Array(0);

  /**
   * A page of dictionary-encoded Parquet text (index -1 = missing): the same as addString per
   * value, but each distinct text of the dictionary is parsed, looked up and judged once.
   */
  addDictionaryPage(dictionary: ParquetTextDictionary, indices: Int32Array, n: number, line0: number): void {
    const texts = dictionary.texts;
    if (dictionary !== this.pqDict) {
      this.pqDict = dictionary;
      const m = texts.length;
      this.pqEntry = new Int32Array(m).fill(-1);
      this.pqNum = new Float64Array(m);
      this.pqInt = new Uint8Array(m);
      this.pqMissing = new Uint8Array(m);
      for (let k = 0; k < m; k++) {
        if (isMissingText(texts[k])) {
          this.pqMissing[k] = 1;
          this.pqNum[k] = Number.NaN;
        } else {
          this.pqNum[k] = parseNumberText(texts[k]);
          this.pqInt[k] = NUM_INT_TEXT ? 1 : 0;
        }
      }
    }
    const entry = this.pqEntry;
    const num = this.pqNum;
    const missing = this.pqMissing;
    for (let i = 0; i < n; i++) {
      const line = line0 + i;
      const k = indices[i];
      if (k < 0 || missing[k] === 1) {
        this.addMissing(line);
        continue;
      }
      const v = texts[k];
      this.rows++;
      if (this.maybeNum || this.declaredNumeric) {
        const x = num[k];
        if (x === x) {
          X[0] = x;
          this.numericCell(this.pqInt[k] === 1, line, v, undefined, 0, 0);
          continue;
        }
      }
      const dict = this.dict;
      if (dict !== null) {
        let e = entry[k];
        if (e < 0) {
          e = dict.findText(v);
          if (e < 0) e = this.newEntry(v, Buffer.from(v, 'utf8'));
          if (e >= 0) entry[k] = e;
        }
        if (e >= 0) {
          this.entryCell(e, line);
          continue;
        }
      }
      this.textCell(v, line);
    }
  }

  /** A JS value (JSON, Parquet): null/undefined/NaN/'' are missing. */
  addValue(v: unknown, line: number): void {
    if (typeof v === 'string') return this.addString(v, line);
    if (v === null || v === undefined || (typeof v === 'number' && v !== v)) return this.addMissing(line);
    if (typeof v === 'number') {
      this.rows++;
      const intText = Number.isInteger(v);
      X[0] = v;
      this.numericCell(intText, line, undefined, undefined, 0, 0);
      return;
    }
    if (typeof v === 'boolean') return this.addString(v ? 'true' : 'false', line);
    if (v instanceof Date) return this.addString(Number.isNaN(v.getTime()) ? 'Invalid Date' : v.toISOString(), line);
    this.addString(typeof v === 'bigint' ? v.toString() : JSON.stringify(v), line);
  }

  private check(v: string, x: number, intText: boolean, line: number): void {
    const verdict = this.verdict(v, x, intText);
    if (verdict !== 0) this.applyVerdict(verdict, line, v);
  }

  private applyVerdict(verdict: number, line: number, v: string): void {
    if (verdict & V_TYPE) this.bad('type', line, v);
    if (verdict & V_MIN) this.bad('min', line, v);
    if (verdict & V_MAX) this.bad('max', line, v);
    if (verdict & V_CAT) this.bad('categories', line, v);
    if (verdict & V_REGEX) this.bad('regex', line, v);
  }

  /** verdict() for a numeric value when no rule needs its text (the hot path of numeric columns). */
  private numericVerdict(x: number, intText: boolean): number {
    const tc = this.typeCode;
    if (tc === T_INT) {
      if (!intText || x % 1 !== 0) return V_TYPE;
    } else if (tc === T_BOOL || tc === T_DATETIME) return V_TYPE;
    let out = 0;
    const lo = this.minNum;
    const hi = this.maxNum;
    if (lo !== undefined && x < lo) out |= V_MIN;
    if (hi !== undefined && x > hi) out |= V_MAX;
    return out;
  }

  /** Which rules a value breaks (bit mask; a type failure hides the others). */
  private verdict(v: string, x: number, intText: boolean): number {
    const t = this.rule!.type;
    if (t !== undefined) {
      let ok: boolean;
      switch (t) {
        case 'int':
          ok = x === x && intText && x % 1 === 0;
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
      if (!ok) return V_TYPE;
    }
    let out = 0;
    if (this.minNum !== undefined && x === x && x < this.minNum) out |= V_MIN;
    else if (this.minText !== undefined && x !== x && v < this.minText) out |= V_MIN;
    if (this.maxNum !== undefined && x === x && x > this.maxNum) out |= V_MAX;
    else if (this.maxText !== undefined && x !== x && v > this.maxText) out |= V_MAX;
    if (this.allowed !== undefined && !this.allowed.has(v)) out |= V_CAT;
    if (this.regex !== undefined && !this.regex.test(v)) out |= V_REGEX;
    return out;
  }

  /** The type the values support. */
  inferType(): ColumnType {
    const n = this.rows - this.missing;
    if (n === 0) return 'string';
    if (this.maybeNum && this.numCount === n) return this.maybeInt ? 'int' : 'float';
    // ≥ 99% numbers: numeric with bad cells (listed in nonNumeric), not a category.
    if (this.tsCount === 0 && isNearlyNumeric(this.numCount, n)) return this.numInt ? 'int' : 'float';
    if (this.maybeBool) return 'bool';
    if (this.maybeDate) return 'datetime';
    const vc = this.valueCounts();
    if (vc !== null && vc.size <= CATEGORY_MAX && vc.size * 2 <= n) return 'category';
    return 'string';
  }

  get nonMissing(): number {
    return this.rows - this.missing;
  }

  /** Exact number of distinct non-missing values, or undefined beyond DISTINCT_CAP. */
  distinct(): number | undefined {
    const c = this.valueCounts();
    return c === null ? undefined : c.size;
  }

  /**
   * Counts of every non-missing value as text: text cells by their text, numeric cells by their
   * number (so "1.0" and "1" are one value). null when there are more than DISTINCT_CAP.
   */
  valueCounts(): Map<string, number> | null {
    if (this.tsCount > 0) return null;
    const textCells = this.nonMissing - this.numCount;
    if (textCells > 0 && this.dict === null) return null;
    if (this.numCount > 0 && this.numCounts === null) return null;
    const out = new Map<string, number>();
    if (this.dict !== null) for (let i = 0; i < this.dict.size; i++) out.set(this.dict.texts[i], this.dict.counts[i]);
    if (this.numCount > 0) {
      const add = (k: number, v: number) => {
        const key = String(k);
        out.set(key, (out.get(key) ?? 0) + v);
      };
      const sm = this.smallCounts!;
      for (let k = 0; k < sm.length; k++) if (sm[k] > 0) add(k, sm[k]);
      this.numCounts!.forEach(add);
    }
    return out.size > DISTINCT_CAP ? null : out;
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
  const onProgress = opts.onProgress;
  // A file that cannot be read is reported by the reader below, as without progress.
  const totalBytes = onProgress && format !== 'delta' ? await fileSize(path).catch(() => 0) : 0;
  let bytes = 0;
  const onBytes = onProgress ? (b: number) => void (bytes = b) : undefined;
  const progress = onProgress ? () => onProgress({ bytes, totalBytes, rows, done: false }) : undefined;
  const addColumns = (names: string[]) => {
    // Columns may grow (JSON): a new column was missing in every earlier row.
    while (profilers.length < names.length) {
      const name = names[profilers.length];
      const p = new ColumnProfiler(name, opts.rules?.[name], sampleSize, seed, maxExamples, !!opts.inferUnique);
      for (let r = 0; r < rows; r++) p.addMissing(r + 1);
      profilers.push(p);
    }
    columns = names;
  };
  const addTextRows = (data: unknown[][], lines: number[]) => {
    const nc = profilers.length;
    for (let r = 0; r < data.length; r++) {
      const row = data[r] as string[];
      const line = lines[r];
      for (let c = 0; c < nc; c++) profilers[c].addString(row[c], line);
      if (dup) {
        rowHash(row, H);
        dup.add(H[0], H[1], line);
      }
    }
    rows += data.length;
  };
  if (format === 'csv' || format === 'tsv') {
    const delimiter = format === 'csv' ? ',' : '\t';
    for await (const part of readDelimitedParts(path, delimiter, 16384, opts.chunkSize, onBytes)) {
      if (part.kind === 'rows') {
        addColumns(part.batch.columns);
        addTextRows(part.batch.rows, part.batch.lines);
      } else {
        addColumns(part.columns);
        rows += scanLines(path, delimiter, part.buf, part.start, part.end, part.firstLine, profilers, dup);
      }
      progress?.();
    }
  } else if (format === 'parquet' || format === 'delta') {
    const hasher = dup ? new RowHasher() : undefined;
    for await (const g of readParquetColumns(path, format, false, onBytes)) {
      addColumns(g.columns);
      hasher?.reset(g.rows);
      for (let c = 0; c < g.columns.length; c++) {
        const p = profilers[c];
        const ts = g.timestamps[c];
        await g.readPages(c, (page: ParquetPage) => {
          const base = page.rowStart + 1;
          const at = page.rowStart - g.rowStart;
          if (page.kind === 'numbers') {
            p.addNumbers(page.values, page.nulls, page.rows, base, ts);
            hasher?.addNumbers(page.values, page.nulls, page.rows, at);
          } else if (page.kind === 'dict') {
            p.addDictionaryPage(page.dictionary, page.indices, page.rows, base);
            hasher?.addDictionary(page.dictionary, page.indices, page.rows, at);
          } else {
            const col = page.values;
            for (let i = 0; i < page.rows; i++) {
              const v = col[i];
              if (v === null || v === undefined) p.addMissing(base + i);
              else if (ts && typeof v === 'number') p.addTimestamp(v, base + i);
              else p.addValue(typeof v === 'bigint' ? Number(v) : v, base + i);
            }
            hasher?.addValues(col, page.rows, at);
          }
        });
      }
      if (dup && hasher) {
        for (let i = 0; i < g.rows; i++) {
          hasher.finish(i, H);
          dup.add(H[0], H[1], g.rowStart + i + 1);
        }
      }
      rows += g.rows;
      progress?.();
    }
    for (const p of profilers) p.finishTimestamps();
  } else {
    for await (const batch of readBatches(path, { format, batchSize: 16384, chunkSize: opts.chunkSize, onBytes })) {
      addColumns(batch.columns);
      const nc = profilers.length;
      const data = batch.rows;
      const lines = batch.lines;
      for (let r = 0; r < data.length; r++) {
        const row = data[r];
        const line = lines[r];
        for (let c = 0; c < nc; c++) profilers[c].addValue(row[c], line);
        if (dup) {
          rowHash(row.map((v) => (v === null || v === undefined ? '' : v instanceof Date ? v.toISOString() : typeof v === 'object' ? JSON.stringify(v) : String(v))), H);
          dup.add(H[0], H[1], line);
        }
      }
      rows += data.length;
      progress?.();
    }
  }
  onProgress?.({ bytes: Math.max(bytes, totalBytes), totalBytes, rows, done: true });
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

/**
 * Tokenize complete, quote-free lines of bytes straight into the column profilers: no strings
 * or arrays per row. Returns the number of rows (blank lines skipped).
 */
function scanLines(
  path: string,
  delimiter: string,
  buf: Uint8Array,
  start: number,
  end: number,
  firstLine: number,
  profilers: ColumnProfiler[],
  dup: DuplicateFinder | undefined,
): number {
  const b = buf as Buffer;
  const d = delimiter.charCodeAt(0);
  const n = profilers.length;
  let line = firstLine;
  let i = start;
  let rows = 0;
  while (i < end) {
    const nl = b.indexOf(10, i);
    let e = nl;
    if (e > i && b[e - 1] === 13) e--;
    if (e === i) {
      i = nl + 1;
      line++;
      continue;
    }
    // A ragged row aborts the whole run, so cells before the error may already be counted.
    let c = 0;
    let s = i;
    for (let k = i; k < e; k++) {
      if (b[k] === d) {
        if (c === n - 1) throw raggedRowError(path, delimiter, line, b.toString('utf8', i, e).split(delimiter), n);
        profilers[c++].addCell(b, s, k, line);
        s = k + 1;
      }
    }
    if (c !== n - 1) throw raggedRowError(path, delimiter, line, b.toString('utf8', i, e).split(delimiter), n);
    profilers[c].addCell(b, s, e, line);
    if (dup) {
      if (rowHashBytes(b, i, e, d, H)) dup.add(H[0], H[1], line);
      else {
        rowHash(b.toString('utf8', i, e).split(delimiter), H);
        dup.add(H[0], H[1], line);
      }
    }
    rows++;
    i = nl + 1;
    line++;
  }
  return rows;
}

/**
 * 64-bit hashes of the rows of one Parquet row group, built a column at a time (so each column
 * is decoded once): every cell mixes two 32-bit words into the row's state — a number's IEEE
 * bits (−0 as 0, missing as a NaN pattern no value has), a text's hash2 (missing = hash2('')).
 * Rows are equal when their cells are, so equal hashes mean duplicate rows (up to 64-bit collisions).
 */
class RowHasher {
  private h1 = new Uint32Array(0);
  private h2 = new Uint32Array(0);
  private readonly f = new Float64Array(1);
  private readonly w = new Uint32Array(this.f.buffer);
  private readonly t = new Uint32Array(2);
  private dictSeen: ParquetTextDictionary | undefined;
  private dictH1 = new Uint32Array(0);
  private dictH2 = new Uint32Array(0);

  reset(rows: number): void {
    if (this.h1.length < rows) {
      this.h1 = new Uint32Array(rows);
      this.h2 = new Uint32Array(rows);
    }
    this.h1.fill(0x811c9dc5, 0, rows);
    this.h2.fill(0x9747b28c, 0, rows);
  }

  private mix(r: number, a: number, b: number): void {
    let h1 = this.h1[r];
    let h2 = this.h2[r];
    let k = Math.imul(a, 0xcc9e2d51);
    k = Math.imul((k << 15) | (k >>> 17), 0x1b873593);
    h1 ^= k;
    h1 = Math.imul((h1 << 13) | (h1 >>> 19), 5) + 0xe6546b64;
    k = Math.imul(b, 0xcc9e2d51);
    k = Math.imul((k << 15) | (k >>> 17), 0x1b873593);
    h1 ^= k;
    h1 = Math.imul((h1 << 13) | (h1 >>> 19), 5) + 0xe6546b64;
    h2 = Math.imul(h2 ^ b, 0x5bd1e995);
    h2 ^= h2 >>> 13;
    h2 = Math.imul(h2 ^ a, 0x5bd1e995);
    h2 ^= h2 >>> 15;
    this.h1[r] = h1;
    this.h2[r] = h2;
  }

  addNumbers(values: Float64Array, nulls: Uint8Array | undefined, n: number, at: number): void {
    const f = this.f;
    const w = this.w;
    for (let i = 0; i < n; i++) {
      if (nulls !== undefined && nulls[i] === 1) this.mix(at + i, 0x7ff8dead, 0xbeef0001);
      else {
        const x = values[i];
        f[0] = x === 0 ? 0 : x;
        this.mix(at + i, w[0], w[1]);
      }
    }
  }

  addDictionary(dictionary: ParquetTextDictionary, indices: Int32Array, n: number, at: number): void {
    if (dictionary !== this.dictSeen) {
      this.dictSeen = dictionary;
      const m = dictionary.texts.length;
      this.dictH1 = new Uint32Array(m);
      this.dictH2 = new Uint32Array(m);
      for (let k = 0; k < m; k++) {
        hash2(dictionary.texts[k], this.t);
        this.dictH1[k] = this.t[0];
        this.dictH2[k] = this.t[1];
      }
    }
    hash2('', this.t);
    const e1 = this.t[0];
    const e2 = this.t[1];
    for (let i = 0; i < n; i++) {
      const k = indices[i];
      if (k < 0) this.mix(at + i, e1, e2);
      else this.mix(at + i, this.dictH1[k], this.dictH2[k]);
    }
  }

  addValues(values: ArrayLike<unknown>, n: number, at: number): void {
    const t = this.t;
    for (let i = 0; i < n; i++) {
      const v = values[i];
      hash2(v === null || v === undefined ? '' : v instanceof Date ? v.toISOString() : typeof v === 'object' ? objectText(v) : String(v), t);
      this.mix(at + i, t[0], t[1]);
    }
  }

  finish(r: number, out: Uint32Array): void {
    out[0] = this.h1[r] >>> 0;
    out[1] = this.h2[r] >>> 0;
  }
}

function objectText(v: object): string {
  try {
    return JSON.stringify(v, (_k, x: unknown) => (typeof x === 'bigint' ? x.toString() : x));
  } catch {
    return String(v);
  }
}

/** rowHash over ASCII bytes; false (no hash) when the line has non-ASCII bytes. */
function rowHashBytes(b: Uint8Array, s: number, e: number, d: number, out: Uint32Array): boolean {
  let h1 = 0x811c9dc5;
  let h2 = 0x9747b28c;
  for (let i = s; i <= e; i++) {
    let ch = i === e ? d : b[i];
    if (ch >= 0x80) return false;
    if (ch === d) ch = 0x1f;
    h1 = Math.imul(h1 ^ ch, 0x01000193);
    h2 = Math.imul(h2 ^ ch, 0x5bd1e995);
    h2 ^= h2 >>> 13;
  }
  out[0] = h1 >>> 0;
  out[1] = (h2 ^ (h2 >>> 15)) >>> 0;
  return true;
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
    const arr = toNumberArray(p.reservoir.sample().sort());
    const quantiles: Record<string, number> = {};
    for (const [k, q] of QUANTILES) quantiles[k] = quantileSorted(arr, q);
    const exact = p.reservoir.exact;
    out.numeric = {
      min: p.min,
      max: p.max,
      mean: p.mean,
      std: Math.sqrt(p.variance),
      quantiles,
      exact,
      rankError: exact ? 0 : 3 * Math.sqrt(0.25 / p.reservoir.size),
    };
  }
  if (inferredType === 'datetime' && p.minStr !== undefined && p.maxStr !== undefined) out.datetime = { min: p.minStr, max: p.maxStr };
  const vc = inferredType === 'category' || inferredType === 'bool' || inferredType === 'string' ? p.valueCounts() : null;
  if (vc !== null) {
    out.top = [...vc.entries()]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, topN)
      .map(([value, count]) => ({ value, count }));
  }
  if (p.uniq) out.unique = p.uniq.duplicates(0).count === 0;
  else if (p.repeated) out.unique = false;
  return out;
}
