/**
 * Train's preprocessing on the columnar table (src/data/table.ts): type inference, fitting
 * (imputation, categories, datetime parts) and the transform, over a split given as an index array
 * into the table — no row copies, no per-cell string parsing. A text column is judged from its
 * DICTIONARY once (each distinct text parsed once, weighted by how many split rows hold it); a
 * number column from its Float64Array plus the few raw texts the reader kept (`other`).
 *
 * The rules are preprocess.ts's (inferKind, fitPreprocess, transformColumns) exactly: the property
 * test (tests/unit/model/train-columns.test.ts) checks the same spec, trees and metrics as the row
 * path on random tables.
 */
import type { Column, ColumnTable, NumberColumn, TextColumn } from '../data/table.js';
import { isMissingText } from '../data/missing.js';
import { isNearlyNumeric, MAX_LISTED_CELLS, NEARLY_NUMERIC_SHARE, type BadNumericColumn } from '../data/nearly-numeric.js';
import { datePart, isNumberLike, parseBool, parseDate, parseNumeric, type ColumnKind, type ColumnSpec, type PreprocessOptions, type PreprocessSpec, type ImputeStrategy } from './preprocess.js';

/** Rows `idx` (ascending) of a table: a split, fold or halving round, without copying. */
export interface Rows {
  table: ColumnTable;
  idx: Int32Array;
}

/** All rows of a table. */
export function allRows(table: ColumnTable): Rows {
  const idx = new Int32Array(table.n);
  for (let i = 0; i < idx.length; i++) idx[i] = i;
  return { table, idx };
}

/** Rows `pos` (positions into rows.idx, ascending) of `rows`. */
export function subRows(rows: Rows, pos: ArrayLike<number>): Rows {
  const idx = new Int32Array(pos.length);
  for (let i = 0; i < idx.length; i++) idx[i] = rows.idx[pos[i]];
  return { table: rows.table, idx };
}

const masks = new WeakMap<Int32Array, Uint8Array>();
/** 1 for the table rows in `rows` (cached per index array). */
function maskOf(rows: Rows): Uint8Array {
  let m = masks.get(rows.idx);
  if (!m) {
    m = new Uint8Array(rows.table.n);
    for (let i = 0; i < rows.idx.length; i++) m[rows.idx[i]] = 1;
    masks.set(rows.idx, m);
  }
  return m;
}

/** Entries of a number column's `other` that lie in `rows`, in row order: [row, text]. */
function otherIn(c: NumberColumn, rows: Rows): [number, string][] {
  if (c.other.size === 0) return [];
  const m = maskOf(rows);
  const out: [number, string][] = [];
  for (const [r, t] of c.other) if (m[r] === 1) out.push([r, t]);
  if (out.length > 1) out.sort((a, b) => a[0] - b[0]);
  return out;
}

/** How many rows of `rows` hold each dictionary code. */
export function codeCounts(c: TextColumn, rows: Rows): Float64Array {
  const counts = new Float64Array(c.dict.length);
  const codes = c.codes;
  const idx = rows.idx;
  for (let i = 0; i < idx.length; i++) {
    const k = codes[idx[i]];
    if (k >= 0) counts[k]++;
  }
  return counts;
}

/** Dictionary entries that are missing tokens (the reader gives -1 for those; this guards other sources). */
function missingEntries(c: TextColumn): Uint8Array {
  const m = new Uint8Array(c.dict.length);
  for (let k = 0; k < c.dict.length; k++) if (isMissingText(c.dict[k])) m[k] = 1;
  return m;
}

/** preprocess.ts inferKind over the rows of one column, judged per distinct text. */
export function inferColumnKind(c: Column, rows: Rows): ColumnKind {
  let present = 0;
  let numbers = 0;
  let bool = true;
  let date = true;
  const judge = (t: string, count: number) => {
    present += count;
    if (isNumberLike(t)) numbers += count;
    if (bool && parseBool(t) === undefined) bool = false;
    if (date && parseDate(t) === undefined) date = false;
  };
  if (c.kind === 'number') {
    const v = c.values;
    const idx = rows.idx;
    let nums = 0;
    for (let i = 0; i < idx.length; i++) if (v[idx[i]] === v[idx[i]]) nums++;
    if (nums > 0) {
      // A JS number is never a boolean or a date to parseBool/parseDate.
      present += nums;
      numbers += nums;
      bool = false;
      date = false;
    }
    for (const [r, t] of otherIn(c, rows)) if (v[r] !== v[r]) judge(t, 1);
  } else {
    const counts = codeCounts(c, rows);
    const miss = missingEntries(c);
    for (let k = 0; k < counts.length; k++) if (counts[k] > 0 && miss[k] === 0) judge(c.dict[k], counts[k]);
  }
  if (present === 0) return 'numeric';
  if (bool) return 'boolean';
  if (numbers === present || isNearlyNumeric(numbers, present)) return 'numeric';
  if (date) return 'datetime';
  return 'categorical';
}

/**
 * The present values of a column over `rows`, in row order, as numbers of the given kind (NaN where
 * a value does not parse, as Float64Array.from(undefined) would give in fitPreprocess).
 */
function presentNumbers(c: Column, rows: Rows, parse: (t: string) => number | undefined, numbersAre: (x: number) => number, scratch?: Float64Array): Float64Array {
  const alloc = (n: number) => (scratch && scratch.length >= n ? scratch.subarray(0, n) : new Float64Array(n));
  const idx = rows.idx;
  if (c.kind === 'number') {
    const v = c.values;
    const other = c.other;
    const texts = other.size > 0 ? new Map(otherIn(c, rows)) : undefined;
    let n = 0;
    for (let i = 0; i < idx.length; i++) if (v[idx[i]] === v[idx[i]] || (texts !== undefined && texts.has(idx[i]))) n++;
    const out = alloc(n);
    let j = 0;
    for (let i = 0; i < idx.length; i++) {
      const r = idx[i];
      const x = v[r];
      if (x === x) out[j++] = numbersAre(x);
      else if (texts !== undefined) {
        const t = texts.get(r);
        if (t !== undefined) out[j++] = parse(t) ?? Number.NaN;
      }
    }
    return out;
  }
  const miss = missingEntries(c);
  const parsed = Float64Array.from(c.dict, (t) => parse(t) ?? Number.NaN);
  const codes = c.codes;
  let n = 0;
  for (let i = 0; i < idx.length; i++) {
    const k = codes[idx[i]];
    if (k >= 0 && miss[k] === 0) n++;
  }
  const out = alloc(n);
  let j = 0;
  for (let i = 0; i < idx.length; i++) {
    const k = codes[idx[i]];
    if (k >= 0 && miss[k] === 0) out[j++] = parsed[k];
  }
  return out;
}

/** k-th smallest of a[lo..hi] in place (Hoare selection), the value sorting would put at k. */
function select(a: Float64Array, k: number): number {
  let lo = 0;
  let hi = a.length - 1;
  while (hi > lo) {
    const pivot = a[(lo + hi) >> 1];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) {
        const t = a[i];
        a[i] = a[j];
        a[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return a[k];
  }
  return a[k];
}

/** preprocess.ts median (sorted middle, mean of the two middles), by selection: O(n). */
function median(xs: Float64Array): number {
  let nan = false;
  for (let i = 0; i < xs.length; i++) if (xs[i] !== xs[i]) nan = true;
  if (nan) {
    const s = xs.slice().sort();
    const m = s.length >> 1;
    return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
  }
  // xs is the caller's own scratch copy (presentNumbers): selected in place.
  const a = xs;
  const m = a.length >> 1;
  const hi = select(a, m);
  if (a.length % 2) return hi;
  // After selecting m, a[0..m-1] hold the m smallest: the largest of them is the lower middle.
  let lo = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < m; i++) if (a[i] > lo) lo = a[i];
  return (lo + hi) / 2;
}

/** Most frequent number; ties → the smallest (preprocess.ts mostFrequent). */
function mostFrequentNumber(xs: Float64Array): number {
  const counts = new Map<number, number>();
  for (let i = 0; i < xs.length; i++) counts.set(xs[i], (counts.get(xs[i]) ?? 0) + 1);
  let best = Number.NaN;
  let bestCount = -1;
  let first = true;
  for (const [v, c] of counts) {
    if (c > bestCount || (c === bestCount && v < best)) {
      best = v;
      bestCount = c;
    }
    first = false;
  }
  return first ? Number.NaN : best;
}

function numericFill(xs: Float64Array, strategy: ImputeStrategy, fillValue: number | string | undefined): number {
  if (strategy === 'constant' || xs.length === 0) return typeof fillValue === 'number' ? fillValue : 0;
  if (strategy === 'mean') {
    let s = 0;
    for (let i = 0; i < xs.length; i++) s += xs[i];
    return s / xs.length;
  }
  if (strategy === 'most-frequent') return mostFrequentNumber(xs);
  return median(xs);
}

/** Counts of the trimmed category text of every present cell (categoryOf). */
function categoryCounts(c: Column, rows: Rows): Map<string, number> {
  const out = new Map<string, number>();
  const idx = rows.idx;
  if (c.kind === 'number') {
    const v = c.values;
    const texts = c.other.size > 0 ? new Map(otherIn(c, rows)) : undefined;
    for (let i = 0; i < idx.length; i++) {
      const r = idx[i];
      const t = texts?.get(r) ?? (v[r] === v[r] ? String(v[r]) : undefined);
      if (t === undefined) continue;
      const k = t.trim();
      out.set(k, (out.get(k) ?? 0) + 1);
    }
    return out;
  }
  const counts = codeCounts(c, rows);
  const miss = missingEntries(c);
  // Counted in order of first appearance in the rows, as a Map over the cells would be.
  const firstRow = new Int32Array(c.dict.length).fill(-1);
  const codes = c.codes;
  for (let i = 0; i < idx.length; i++) {
    const k = codes[idx[i]];
    if (k >= 0 && firstRow[k] < 0) firstRow[k] = i;
  }
  const order = [...firstRow.keys()].filter((k) => counts[k] > 0 && miss[k] === 0).sort((a, b) => firstRow[a] - firstRow[b]);
  for (const k of order) {
    const t = c.dict[k].trim();
    out.set(t, (out.get(t) ?? 0) + counts[k]);
  }
  return out;
}

/** Most frequent text; ties → the smallest (preprocess.ts mostFrequent). */
function mostFrequentText(counts: Map<string, number>): string {
  let best: string | undefined;
  let bestCount = -1;
  for (const [v, c] of counts) {
    if (c > bestCount || (c === bestCount && v < (best as string))) {
      best = v;
      bestCount = c;
    }
  }
  return best as string;
}

/** fitPreprocess on columns: the same spec as the row path for the same rows. */
export function fitColumns(rows: Rows, featureColumns: string[], opts: PreprocessOptions, given?: Float64Array): PreprocessSpec {
  const specs: ColumnSpec[] = [];
  const features: string[] = [];
  const { table } = rows;
  // The present values of one column at a time, for the fills (selected in place): one array for
  // all columns, the caller's when it has room.
  let scratch = given !== undefined && given.length >= rows.idx.length ? given.subarray(0, rows.idx.length) : undefined;
  const present = (col: Column, parse: (t: string) => number | undefined, numbersAre: (x: number) => number) => presentNumbers(col, rows, parse, numbersAre, (scratch ??= new Float64Array(rows.idx.length)));
  for (const name of featureColumns) {
    const col = table.columns[table.names.indexOf(name)];
    const kind: ColumnKind = opts.categorical?.includes(name) ? 'categorical' : inferColumnKind(col, rows);
    if (kind === 'categorical') {
      const counts = categoryCounts(col, rows);
      const impute = opts.categoricalImpute === 'median' || opts.categoricalImpute === 'mean' ? 'most-frequent' : opts.categoricalImpute;
      const fill = impute === 'constant' ? String(opts.fillValue ?? 'missing') : counts.size > 0 ? mostFrequentText(counts) : 'missing';
      const set = new Set(counts.keys());
      set.add(fill);
      const categories = [...set].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      specs.push({ name, kind, impute, fill, categories, encoding: opts.encoding });
      if (opts.encoding === 'one-hot') for (const c of categories) features.push(`${name}=${c}`);
      else features.push(name);
    } else if (kind === 'datetime') {
      const ms = present(col, parseDate, () => Number.NaN);
      let hasTime = false;
      for (let i = 0; i < ms.length && !hasTime; i++) if (ms[i] % 86_400_000 !== 0) hasTime = true;
      const parts = opts.datetimeParts ?? (hasTime ? ['year', 'month', 'day', 'dayofweek', 'hour'] : ['year', 'month', 'day', 'dayofweek']);
      const impute = opts.numericImpute;
      specs.push({ name, kind, impute, fill: numericFill(ms, impute === 'constant' ? 'median' : impute, undefined), parts });
      for (const p of parts) features.push(`${name}.${p}`);
    } else {
      const nums = kind === 'boolean' ? present(col, parseBool, () => Number.NaN) : present(col, parseNumeric, (x) => x);
      const impute = opts.numericImpute;
      specs.push({ name, kind, impute, fill: numericFill(nums, impute, opts.fillValue) });
      features.push(name);
    }
  }
  return { version: 1, columns: specs, features };
}

/** The first value that could not be transformed (by column, then row), as transformColumns reports it. */
export interface CellError {
  /** Position in the rows. */
  row: number;
  column: string;
  value: unknown;
  expected: string;
}

/**
 * Per spec column, a function writing its features for one row position… compiled per column:
 * `write(out, o, i, r)` fills out[o..][i] for table row r. Returns an error for a bad value.
 */
type ColumnWriter = (out: Float64Array[], o: number, i: number, r: number) => string | undefined;

const DATE_EXPECTED = 'a date like 2024-01-31 or 2024-01-31T12:00:00Z';

function compileWriter(spec: ColumnSpec, col: Column): { width: number; write: ColumnWriter; expected: string } {
  if (spec.kind === 'categorical') {
    const cats = spec.categories!;
    const index = new Map(cats.map((c, i) => [c, i]));
    const fillIdx = index.get(spec.fill as string)!;
    const oneHot = spec.encoding === 'one-hot';
    const width = oneHot ? cats.length : 1;
    // Category index per row: fillIdx for missing, -1 for unknown.
    let code: (r: number) => number;
    if (col.kind === 'text') {
      const miss = missingEntries(col);
      const entry = Int32Array.from(col.dict, (t, k) => (miss[k] === 1 ? fillIdx : (index.get(t.trim()) ?? -1)));
      const codes = col.codes;
      code = (r) => (codes[r] < 0 ? fillIdx : entry[codes[r]]);
    } else {
      const v = col.values;
      const other = col.other;
      code = (r) => {
        const t = other.size > 0 ? other.get(r) : undefined;
        if (t === undefined && v[r] !== v[r]) return fillIdx;
        return index.get((t ?? String(v[r])).trim()) ?? -1;
      };
    }
    const write: ColumnWriter = oneHot
      ? (out, o, i, r) => {
          const k = code(r);
          if (k >= 0) out[o + k][i] = 1;
          return undefined;
        }
      : (out, o, i, r) => {
          out[o][i] = code(r);
          return undefined;
        };
    return { width, write, expected: '' };
  }
  if (spec.kind === 'datetime') {
    const parts = spec.parts!;
    const fill = spec.fill as number;
    const setParts = (out: Float64Array[], o: number, i: number, ms: number) => {
      for (let p = 0; p < parts.length; p++) out[o + p][i] = Number.isNaN(ms) ? Number.NaN : datePart(ms, parts[p]);
    };
    if (col.kind === 'text') {
      const miss = missingEntries(col);
      const ms = Float64Array.from(col.dict, (t, k) => (miss[k] === 1 ? fill : (parseDate(t) ?? Number.NaN)));
      // Date parts per entry, computed once.
      const table = parts.map((p) => Float64Array.from(ms, (x) => (Number.isNaN(x) ? Number.NaN : datePart(x, p))));
      const fillParts = parts.map((p) => (Number.isNaN(fill) ? Number.NaN : datePart(fill, p)));
      const codes = col.codes;
      return {
        width: parts.length,
        expected: DATE_EXPECTED,
        write: (out, o, i, r) => {
          const k = codes[r];
          if (k < 0) {
            for (let p = 0; p < parts.length; p++) out[o + p][i] = fillParts[p];
            return undefined;
          }
          for (let p = 0; p < parts.length; p++) out[o + p][i] = table[p][k];
          return Number.isNaN(ms[k]) && miss[k] === 0 ? DATE_EXPECTED : undefined;
        },
      };
    }
    const v = col.values;
    const other = col.other;
    return {
      width: parts.length,
      expected: DATE_EXPECTED,
      write: (out, o, i, r) => {
        const t = other.size > 0 ? other.get(r) : undefined;
        if (t === undefined && v[r] !== v[r]) {
          setParts(out, o, i, fill);
          return undefined;
        }
        // A number is never a date (parseDate of a JS number is undefined).
        const ms = v[r] === v[r] ? undefined : parseDate(t!);
        setParts(out, o, i, ms ?? Number.NaN);
        return ms === undefined ? DATE_EXPECTED : undefined;
      },
    };
  }
  const fill = spec.fill as number;
  const bool = spec.kind === 'boolean';
  const expected = bool ? 'true or false' : 'a finite number';
  if (col.kind === 'text') {
    const miss = missingEntries(col);
    const parse = bool ? parseBool : parseNumeric;
    const val = Float64Array.from(col.dict, (t, k) => (miss[k] === 1 ? fill : (parse(t) ?? Number.NaN)));
    const bad = Uint8Array.from(col.dict, (t, k) => (miss[k] === 0 && parse(t) === undefined ? 1 : 0));
    const codes = col.codes;
    return {
      width: 1,
      expected,
      write: (out, o, i, r) => {
        const k = codes[r];
        if (k < 0) {
          out[o][i] = fill;
          return undefined;
        }
        out[o][i] = val[k];
        return bad[k] === 1 ? expected : undefined;
      },
    };
  }
  const v = col.values;
  const other = col.other;
  if (bool) {
    return {
      width: 1,
      expected,
      write: (out, o, i, r) => {
        const t = other.size > 0 ? other.get(r) : undefined;
        if (t === undefined && v[r] !== v[r]) {
          out[o][i] = fill;
          return undefined;
        }
        const x = v[r] === v[r] ? undefined : parseBool(t!);
        out[o][i] = x ?? Number.NaN;
        return x === undefined ? expected : undefined;
      },
    };
  }
  return {
    width: 1,
    expected,
    write: (out, o, i, r) => {
      const x = v[r];
      if (x === x) {
        out[o][i] = x;
        return undefined;
      }
      const t = other.size > 0 ? other.get(r) : undefined;
      if (t === undefined) {
        out[o][i] = fill;
        return undefined;
      }
      const y = parseNumeric(t);
      out[o][i] = y ?? Number.NaN;
      return y === undefined ? expected : undefined;
    },
  };
}

/** The raw value of a cell as it is shown in messages. */
export function cellValue(col: Column, r: number): unknown {
  if (col.kind === 'text') return col.codes[r] < 0 ? null : col.dict[col.codes[r]];
  const t = col.other.get(r);
  return t !== undefined ? t : col.values[r] === col.values[r] ? col.values[r] : null;
}

/** Fast path of a plain numeric column: values with the fill for NaN (no kept texts in these rows). */
function numericFast(spec: ColumnSpec, col: Column, rows: Rows, start: number, end: number, into?: Float64Array): Float64Array | undefined {
  if (spec.kind !== 'numeric' || col.kind !== 'number' || col.other.size > 0) return undefined;
  const v = col.values;
  const fill = spec.fill as number;
  const idx = rows.idx;
  const out = into ? into.subarray(0, end - start) : new Float64Array(end - start);
  for (let i = start; i < end; i++) {
    const x = v[idx[i]];
    out[i - start] = x === x ? x : fill;
  }
  return out;
}

/**
 * transformColumns on columns for the row positions [start, end) of `rows`: one Float64Array per
 * model feature, and the first error in transformColumns' order (spec column, then row).
 * `into`: one scratch array per model feature, each at least end − start long; the columns are
 * written into (views on) them instead of new arrays, so a caller going through a split chunk by
 * chunk allocates nothing per chunk (garbage typed arrays are freed only at V8's next GC, so at
 * 1M rows fresh chunks held ~60 MB of peak RSS; bench/train/whole.mjs).
 */
export function transformRows(spec: PreprocessSpec, rows: Rows, start = 0, end = rows.idx.length, into?: Float64Array[]): { columns: Float64Array[]; error?: CellError } {
  const { table, idx } = rows;
  const n = end - start;
  const out: Float64Array[] = new Array(spec.features.length);
  let error: CellError | undefined;
  let o = 0;
  for (const c of spec.columns) {
    const ci = table.names.indexOf(c.name);
    const col = table.columns[ci];
    const fast = numericFast(c, col, rows, start, end, into?.[o]);
    if (fast) {
      out[o++] = fast;
      continue;
    }
    const { width, write } = compileWriter(c, col);
    for (let w = 0; w < width; w++) out[o + w] = into ? into[o + w].subarray(0, n).fill(0) : new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const r = idx[start + i];
      const e = write(out, o, i, r);
      if (e !== undefined && error === undefined) error = { row: start + i, column: c.name, value: cellValue(col, r), expected: e };
    }
    o += width;
  }
  return { columns: out, ...(error ? { error } : {}) };
}

/**
 * Numeric columns (by NEARLY_NUMERIC_SHARE) with cells that are not numbers, over `rows`, listing
 * the first MAX_LISTED_CELLS cells (line from the table, position from the file's header).
 */
export function badNumericCellsOf(rows: Rows, features: string[]): BadNumericColumn[] {
  const out: BadNumericColumn[] = [];
  const { table, idx } = rows;
  for (const name of features) {
    const ci = table.names.indexOf(name);
    const col = table.columns[ci];
    let numbers = 0;
    let nonMissing = 0;
    const cells: BadNumericColumn['cells'] = [];
    if (col.kind === 'number') {
      const v = col.values;
      for (let i = 0; i < idx.length; i++) if (v[idx[i]] === v[idx[i]]) numbers++;
      nonMissing = numbers;
      for (const [r, t] of otherIn(col, rows)) {
        if (v[r] === v[r]) continue;
        nonMissing++;
        if (isNumberLike(t)) numbers++;
        else if (cells.length < MAX_LISTED_CELLS) cells.push({ line: table.lines[r], value: t });
      }
    } else {
      const counts = codeCounts(col, rows);
      const miss = missingEntries(col);
      const isNum = Uint8Array.from(col.dict, (t) => (isNumberLike(t) ? 1 : 0));
      for (let k = 0; k < counts.length; k++) {
        if (counts[k] === 0 || miss[k] === 1) continue;
        nonMissing += counts[k];
        if (isNum[k] === 1) numbers += counts[k];
      }
      if (!isNearlyNumeric(numbers, nonMissing)) continue;
      for (let i = 0; i < idx.length && cells.length < MAX_LISTED_CELLS; i++) {
        const k = col.codes[idx[i]];
        if (k >= 0 && miss[k] === 0 && isNum[k] === 0) cells.push({ line: table.lines[idx[i]], value: col.dict[k] });
      }
    }
    if (!isNearlyNumeric(numbers, nonMissing)) continue;
    out.push({ column: name, position: table.positions[ci] ?? ci + 1, numbers, nonMissing, bad: nonMissing - numbers, cells });
  }
  return out;
}

export { NEARLY_NUMERIC_SHARE };
