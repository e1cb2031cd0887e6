/**
 * schema.yml inferred from an in-memory columnar table (src/data/table.ts), with the rules of
 * `cd4ml validate --infer` (profile.ts ColumnProfiler.inferType + validate.ts inferSchema): train
 * writes it from the table it already holds instead of reading the file a second time.
 *
 * Each column is replayed in row order with the profiler's evidence rules — numbers by
 * parseNumberText on the raw text, the "may still be nearly numeric" gate, bool/date evidence,
 * exact value counts up to DISTINCT_CAP, integer text — but per distinct text (dictionary entry)
 * rather than per cell where the order does not matter. Known differences from the file profile
 * (all in edge cases): Parquet timestamp columns get a `distinct` count (the profiler counts none
 * for timestamps), and `unique` treats two texts of the same number ("1", "1.0") as a repeat even
 * past 4096 distinct numbers.
 */
import type { Column, ColumnTable } from './table.js';
import { CATEGORY_MAX, DATE_RE, DISTINCT_CAP, NumberCounts, parseNumberText } from './profile.js';
import { isMissingText } from './missing.js';
import { isNearlyNumeric } from './nearly-numeric.js';
import { stringifyDataSchema, type ColumnRule, type ColumnType, type DataSchema } from './schema.js';

const INT_TEXT = /^[+-]?\d+$/;
const lowerBool = (v: string) => {
  const s = v.toLowerCase();
  return s === 'true' || s === 'false';
};

interface Summary {
  type: ColumnType;
  missing: number;
  nonMissing: number;
  numCount: number;
  min: number;
  max: number;
  minStr?: string;
  maxStr?: string;
  /** Value counts by text (numbers as String(x)), or null beyond DISTINCT_CAP. */
  counts: Map<string, number> | null;
  unique: boolean;
}

/** Evidence of one column, replayed in row order. */
class Evidence {
  present = 0;
  missing = 0;
  numCount = 0;
  maybeNum = true;
  numInt = true;
  maybeBool = true;
  maybeDate = true;
  min = Number.POSITIVE_INFINITY;
  max = Number.NEGATIVE_INFINITY;
  minStr: string | undefined;
  maxStr: string | undefined;
  numCounts: Map<number, number> | null = new Map();
  textCounts: Map<string, number> | null = new Map();
  repeated = false;

  /** Whether a cell that parses as a number is still taken as one (ColumnProfiler.addCell). */
  gate(): boolean {
    return this.maybeNum || 100 * (this.present - this.numCount) <= this.present + 1000;
  }

  number(x: number, intText: boolean, times = 1): void {
    this.present += times;
    this.numCount += times;
    this.maybeBool = false;
    this.maybeDate = false;
    if (!intText || x % 1 !== 0) this.numInt = false;
    if (x < this.min) this.min = x;
    if (x > this.max) this.max = x;
    const nc = this.numCounts;
    if (nc !== null) {
      const k = x === 0 ? 0 : x;
      const c = nc.get(k) ?? 0;
      if (c > 0 || times > 1) this.repeated = true;
      nc.set(k, c + times);
      if (nc.size > DISTINCT_CAP) this.numCounts = null;
    }
  }

  text(t: string, times = 1): void {
    this.present += times;
    this.maybeNum = false;
    if (this.maybeBool && !lowerBool(t)) this.maybeBool = false;
    if (this.maybeDate) {
      if (DATE_RE.test(t)) {
        if (this.minStr === undefined || t < this.minStr) this.minStr = t;
        if (this.maxStr === undefined || t > this.maxStr) this.maxStr = t;
      } else this.maybeDate = false;
    }
    const tc = this.textCounts;
    if (tc !== null) {
      const c = tc.get(t) ?? 0;
      if (c > 0 || times > 1) this.repeated = true;
      tc.set(t, c + times);
      if (tc.size > DISTINCT_CAP) this.textCounts = null;
    }
  }

  summary(): Summary {
    const n = this.present;
    let counts: Map<string, number> | null = null;
    const textCells = n - this.numCount;
    if (!(textCells > 0 && this.textCounts === null) && !(this.numCount > 0 && this.numCounts === null)) {
      counts = new Map(this.textCounts ?? []);
      for (const [x, c] of this.numCounts ?? []) counts.set(String(x), (counts.get(String(x)) ?? 0) + c);
      if (counts.size > DISTINCT_CAP) counts = null;
    }
    let type: ColumnType;
    if (n === 0) type = 'string';
    else if (this.maybeNum && this.numCount === n) type = this.numInt ? 'int' : 'float';
    else if (isNearlyNumeric(this.numCount, n)) type = this.numInt ? 'int' : 'float';
    else if (this.maybeBool) type = 'bool';
    else if (this.maybeDate) type = 'datetime';
    else if (counts !== null && counts.size <= CATEGORY_MAX && counts.size * 2 <= n) type = 'category';
    else type = 'string';
    return { type, missing: this.missing, nonMissing: n, numCount: this.numCount, min: this.min, max: this.max, minStr: this.minStr, maxStr: this.maxStr, counts, unique: !this.repeated };
  }
}

function summarize(col: Column, nc: NumberCounts): Summary {
  const ev = new Evidence();
  if (col.kind === 'number' && col.other.size === 0) {
    // Only canonical numbers and missing cells: the gate never closes (no text cell), so the
    // replay is a tight loop (value counts only until they pass DISTINCT_CAP).
    const v = col.values;
    let lo = Number.POSITIVE_INFINITY;
    let hi = Number.NEGATIVE_INFINITY;
    let present = 0;
    let numInt = true;
    for (let r = 0; r < v.length; r++) {
      const x = v[r];
      if (x !== x) continue;
      present++;
      if (x < lo) lo = x;
      if (x > hi) hi = x;
      if (numInt && !(Number.isInteger(x) && Math.abs(x) < 1e21)) numInt = false;
    }
    ev.missing = v.length - present;
    ev.present = present;
    ev.numCount = present;
    ev.min = lo;
    ev.max = hi;
    ev.numInt = numInt;
    if (present > 0) {
      ev.maybeBool = false;
      ev.maybeDate = false;
    }
    // Counted in typed arrays (no Map entry or boxed number per value: at 1M rows × 20 columns the
    // Map's entries were promoted by the scavenger and doubled V8's young generation), one table
    // for every column (a fresh one per column left ~5 MB of grown tables behind at 21 columns).
    nc.clear();
    for (let r = 0; r < v.length; r++) {
      const x = v[r];
      if (x !== x) continue;
      if (nc.add(x, DISTINCT_CAP + 1) > 0) ev.repeated = true;
      if (nc.size > DISTINCT_CAP) break;
    }
    if (nc.size > DISTINCT_CAP) ev.numCounts = null;
    else {
      const counts = new Map<number, number>();
      nc.forEach((x, c) => counts.set(x, c));
      ev.numCounts = counts;
    }
  } else if (col.kind === 'number') {
    const v = col.values;
    const other = col.other;
    const n = v.length;
    for (let r = 0; r < n; r++) {
      const x = v[r];
      const t = other.size > 0 ? other.get(r) : undefined;
      if (t === undefined) {
        if (x !== x) {
          ev.missing++;
          continue;
        }
        // Canonical text (String(x)): integer text iff an integer below 1e21.
        if (ev.gate()) {
          ev.number(x, Number.isInteger(x) && Math.abs(x) < 1e21);
        } else ev.text(String(x));
        continue;
      }
      const y = ev.gate() ? parseNumberText(t) : Number.NaN;
      if (y === y) {
        ev.number(y, INT_TEXT.test(t));
      } else if (isMissingText(t)) ev.missing++;
      else ev.text(t);
    }
  } else {
    const dict = col.dict;
    const num = Float64Array.from(dict, (t) => parseNumberText(t));
    const intText = Uint8Array.from(dict, (t, k) => (num[k] === num[k] && INT_TEXT.test(t) && num[k] % 1 === 0 ? 1 : 0));
    const miss = Uint8Array.from(dict, (t) => (isMissingText(t) ? 1 : 0));
    const codes = col.codes;
    for (let r = 0; r < codes.length; r++) {
      const k = codes[r];
      if (k < 0 || miss[k] === 1) {
        ev.missing++;
        continue;
      }
      const x = num[k];
      if (x === x && ev.gate()) {
        ev.number(x, intText[k] === 1);
      } else ev.text(dict[k]);
    }
  }
  const s = ev.summary();
  // Past DISTINCT_CAP the counts cannot see repeats: check exactly where `unique` would be written.
  if (s.unique && s.type !== 'float' && s.type !== 'bool' && s.nonMissing > 1 && (ev.numCounts === null || ev.textCounts === null)) s.unique = !hasRepeats(col);
  return s;
}

/** Whether two present cells of a column hold the same value (numbers by value, texts by text). */
function hasRepeats(col: Column): boolean {
  if (col.kind === 'text') {
    const seen = new Uint8Array(col.dict.length);
    for (let r = 0; r < col.codes.length; r++) {
      const k = col.codes[r];
      if (k < 0) continue;
      if (seen[k] === 1) return true;
      seen[k] = 1;
    }
    return false;
  }
  const v = col.values;
  let n = 0;
  for (let r = 0; r < v.length; r++) if (v[r] === v[r]) n++;
  const a = new Float64Array(n);
  for (let r = 0, j = 0; r < v.length; r++) if (v[r] === v[r]) a[j++] = v[r];
  a.sort();
  for (let i = 1; i < n; i++) if (a[i] === a[i - 1]) return true;
  const texts = new Set<string>();
  for (const [r, t] of col.other) {
    if (v[r] === v[r] || isMissingText(t)) continue;
    if (texts.has(t)) return true;
    texts.add(t);
  }
  return false;
}

/** The data contract of a table, as `cd4ml validate --infer` would write it for the same file. */
export function inferSchemaOf(table: ColumnTable, categorical: string[] = []): DataSchema {
  const columns: Record<string, ColumnRule> = {};
  const counts = new NumberCounts();
  table.names.forEach((name, j) => {
    const s = summarize(table.columns[j], counts);
    const rule: ColumnRule = { type: s.type, nullable: s.missing > 0 };
    if (s.numCount > 0 && (s.type === 'int' || s.type === 'float')) {
      rule.min = s.min;
      rule.max = s.max;
    }
    if (s.type === 'datetime' && s.minStr !== undefined && s.maxStr !== undefined) {
      rule.min = s.minStr;
      rule.max = s.maxStr;
    }
    if (s.type === 'category' && s.counts) {
      rule.categories = [...s.counts.entries()]
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
        .slice(0, 1000)
        .map(([v]) => v)
        .sort();
    }
    if (s.unique && s.type !== 'float' && s.type !== 'bool' && s.nonMissing > 1) rule.unique = true;
    if (s.counts !== null) rule.distinct = s.counts.size;
    // A column listed under train.categorical whose values are mostly numbers is text to the model:
    // the contract must accept its text values too (serving validates requests against it).
    if ((s.type === 'int' || s.type === 'float') && s.numCount < s.nonMissing && categorical.includes(name)) {
      columns[name] = { type: 'string', nullable: rule.nullable, ...(rule.distinct !== undefined ? { distinct: rule.distinct } : {}) };
      return;
    }
    columns[name] = rule;
  });
  return { version: 1, rows: { min: 1 }, 'unexpected-columns': 'error', columns };
}

/** schema.yml text of the training table (train's bundle). */
export function inferSchemaYamlOf(table: ColumnTable, path: string, categorical: string[] = []): string {
  return stringifyDataSchema(inferSchemaOf(table, categorical), [`inferred by cd4ml train from ${path}`]);
}
