/**
 * Building one column of a ColumnTable (src/data/table.ts) row by row, in chunked typed storage
 * (no 2× peak from doubling a 10M-row array: chunks of CHUNK rows, concatenated once at the end).
 *
 * A column starts as numbers (Float64Array, NaN = missing or not a number, raw text of odd cells
 * in `other`) and switches once to dictionary codes (Int32Array + dict) when its non-number,
 * non-missing cells exceed max(16, 1% of its non-missing cells so far); see docs in table.ts.
 */
import { UsageError } from '../errors.js';
import type { DataFormat } from './read.js';
import type { Column, ColumnBatch, NumberColumn } from './table.js';
import { isMissingBytes, isMissingText } from './missing.js';
import { parseNumberBytes } from './profile.js';

/** Rows per storage chunk. */
export const CHUNK = 1 << 16;
/** Non-canonical number texts kept in `other` before a column is marked lossy. */
export const NON_CANONICAL_CAP = 4096;
/** Fewest non-number cells that switch a column to text. */
const SWITCH_MIN = 16;
const SWITCH_SHARE = 0.01;

const NUMBER_RE = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** The number a text cell holds (trimmed), or NaN; the trainer's rule (src/model/preprocess.ts). */
export function numberOfText(v: string): number {
  if (NUMBER_RE.test(v)) return Number(v);
  const t = v.trim();
  if (t !== v && NUMBER_RE.test(t)) return Number(t);
  return Number.NaN;
}

/**
 * Growable typed storage: chunks of CHUNK values, or one array of a reserved size (an estimate
 * of the rows, filled in place and handed out as a view: no copy, no 2× peak), then chunks again
 * if the estimate was short; finish() concatenates only then.
 */
export class Chunks<T extends Float64Array | Int32Array> {
  chunks: T[] = [];
  cur: T;
  pos = 0;
  length = 0;
  constructor(private readonly make: (n: number) => T) {
    this.cur = make(0);
  }
  push(x: number): void {
    if (this.pos === this.cur.length) this.next();
    this.cur[this.pos++] = x;
    this.length++;
  }
  next(): void {
    if (this.cur.length > 0) this.chunks.push(this.cur);
    this.cur = this.make(CHUNK);
    this.pos = 0;
  }
  /** Room for `rows` values in one array (when nothing is chunked yet and it is more than now). */
  reserve(rows: number): void {
    if (this.chunks.length > 0 || rows <= this.cur.length) return;
    const big = this.make(rows);
    big.set(this.cur.subarray(0, this.pos));
    this.cur = big;
  }
  /** One array of `length` values; the chunks are released (pushing again starts a new array). */
  finish(): T {
    let out: T;
    if (this.chunks.length === 0) {
      // A view when the reservation was about right; a copy when it was far too big.
      if (this.pos === this.cur.length) out = this.cur;
      else if (this.cur.length <= CHUNK || this.pos >= 0.9 * this.cur.length) out = this.cur.subarray(0, this.pos) as T;
      else out = this.cur.slice(0, this.pos) as T;
    }
    else {
      out = this.make(this.length);
      let at = 0;
      for (const c of this.chunks) {
        out.set(c, at);
        at += c.length;
      }
      out.set(this.cur.subarray(0, this.pos), at);
    }
    this.chunks = [];
    this.cur = this.make(0);
    this.pos = 0;
    this.length = 0;
    return out;
  }
}

/**
 * Text → code dictionary in order of first appearance, found by the string or by its UTF-8 bytes
 * (open addressing on FNV-1a over the bytes, in typed arrays; grows at half load).
 */
export class Dict {
  texts: string[] = [];
  private readonly index = new Map<string, number>();
  private slots = new Int32Array(256); // code + 1; 0 = empty
  private arena = new Uint8Array(4096);
  private used = 0;
  private starts = new Int32Array(64);
  private hashes = new Int32Array(64);

  code(s: string): number {
    const k = this.index.get(s);
    if (k !== undefined) return k;
    const b = Buffer.from(s, 'utf8');
    return this.add(s, b, 0, b.length, hashBytes(b, 0, b.length));
  }

  /** Code of the text in UTF-8 bytes [s, e) (valid UTF-8). */
  codeBytes(b: Uint8Array, s: number, e: number): number {
    let h = 0x811c9dc5;
    for (let i = s; i < e; i++) h = Math.imul(h ^ b[i], 0x01000193);
    const slots = this.slots;
    const mask = slots.length - 1;
    const len = e - s;
    const arena = this.arena;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const k1 = slots[slot];
      if (k1 === 0) break;
      const k = k1 - 1;
      if (this.hashes[k] !== h) continue;
      const a = this.starts[k];
      if (this.starts[k + 1] - a !== len) continue;
      let i = 0;
      while (i < len && arena[a + i] === b[s + i]) i++;
      if (i === len) return k;
    }
    return this.add((b as Buffer).toString('utf8', s, e), b, s, e, h);
  }

  private add(text: string, b: Uint8Array, s: number, e: number, h: number): number {
    const k = this.texts.length;
    this.texts.push(text);
    this.index.set(text, k);
    const len = e - s;
    if (this.used + len > this.arena.length) {
      const bigger = new Uint8Array(Math.max(this.arena.length * 2, this.used + len));
      bigger.set(this.arena.subarray(0, this.used));
      this.arena = bigger;
    }
    this.arena.set(b.subarray(s, e), this.used);
    if (k + 2 > this.starts.length) {
      const st = new Int32Array(this.starts.length * 2);
      st.set(this.starts);
      this.starts = st;
      const hs = new Int32Array(this.hashes.length * 2);
      hs.set(this.hashes);
      this.hashes = hs;
    }
    this.starts[k] = this.used;
    this.used += len;
    this.starts[k + 1] = this.used;
    this.hashes[k] = h;
    if (2 * (k + 1) > this.slots.length) this.rehash();
    else this.place(k, h);
    return k;
  }

  private place(k: number, h: number): void {
    const mask = this.slots.length - 1;
    let slot = h & mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
    this.slots[slot] = k + 1;
  }

  private rehash(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    for (let k = 0; k < this.texts.length; k++) this.place(k, this.hashes[k]);
  }
}

function hashBytes(b: Uint8Array, s: number, e: number): number {
  let h = 0x811c9dc5;
  for (let i = s; i < e; i++) h = Math.imul(h ^ b[i], 0x01000193);
  return h;
}

export class ColumnBuilder {
  kind: 'number' | 'text';
  n = 0;
  nums?: Chunks<Float64Array>;
  other = new Map<number, string>();
  lossy = false;
  private nonCanonical = 0;
  nonMissing = 0;
  nonNumber = 0;
  codes?: Chunks<Int32Array>;
  dict?: Dict;
  /** Rows expected (0: unknown): storage is reserved for them. */
  hint = 0;

  reserve(rows: number): void {
    this.hint = rows;
    this.nums?.reserve(rows);
    this.codes?.reserve(rows);
  }

  constructor(text: boolean) {
    this.kind = text ? 'text' : 'number';
    if (text) this.toText();
    else this.nums = new Chunks((k) => new Float64Array(k));
  }

  /** Rows [n, r) become missing (a JSON column first seen at row r). */
  padTo(r: number): void {
    while (this.n < r) this.pushMissing();
  }

  pushMissing(): void {
    if (this.kind === 'number') this.nums!.push(Number.NaN);
    else this.codes!.push(-1);
    this.n++;
  }

  /** A number; `raw` is the text as read when it is not String(x) (undefined: canonical or not text). */
  pushNumber(x: number, raw: string | undefined): void {
    this.nonMissing++;
    if (this.kind === 'number') {
      if (raw !== undefined) {
        if (this.nonCanonical < NON_CANONICAL_CAP) {
          this.nonCanonical++;
          this.other.set(this.n, raw);
        } else this.lossy = true;
      }
      this.nums!.push(x);
    } else this.codes!.push(this.dict!.code(raw ?? String(x)));
    this.n++;
  }

  /** A non-missing value that is not a number, as text. */
  pushText(s: string): void {
    this.nonMissing++;
    if (this.kind === 'number') {
      this.other.set(this.n, s);
      this.nums!.push(Number.NaN);
      this.n++;
      if (++this.nonNumber > SWITCH_MIN && this.nonNumber > SWITCH_SHARE * this.nonMissing) this.toText();
      return;
    }
    this.codes!.push(this.dict!.code(s));
    this.n++;
  }

  /** A text cell as read (CSV/TSV field, JSON string). */
  pushString(s: string): void {
    if (isMissingText(s)) return this.pushMissing();
    if (this.kind === 'text') {
      this.nonMissing++;
      this.codes!.push(this.dict!.code(s));
      this.n++;
      return;
    }
    const x = numberOfText(s);
    if (x === x) this.pushNumber(x, String(x) === s ? undefined : s);
    else this.pushText(s);
  }

  /** A CSV/TSV field: UTF-8 bytes [s, e) of `b`, as read (valid UTF-8). */
  pushBytes(b: Uint8Array, s: number, e: number): void {
    if (s === e) return this.pushMissing();
    const first = b[s];
    const last = b[e - 1];
    if (first <= 0x20 || first >= 0x80 || last <= 0x20 || last >= 0x80) return this.pushString((b as Buffer).toString('utf8', s, e));
    if (this.kind === 'number') {
      const x = parseCellBytes(b, s, e);
      if (x === x) {
        if (CANONICAL) {
          this.nonMissing++;
          this.nums!.push(x);
          this.n++;
          return;
        }
        return this.pushNumber(x, (b as Buffer).toString('latin1', s, e));
      }
      if (isMissingBytes(b, s, e)) return this.pushMissing();
      return this.pushText((b as Buffer).toString('utf8', s, e));
    }
    if (isMissingBytes(b, s, e)) return this.pushMissing();
    this.nonMissing++;
    this.codes!.push(this.dict!.codeBytes(b, s, e));
    this.n++;
  }

  /** A page of Parquet doubles (rows [0, rows) of `values`; nulls[i] 1 = missing). */
  pushDoubles(values: Float64Array, nulls: Uint8Array | undefined, rows: number): void {
    if (this.kind === 'number') {
      const nums = this.nums!;
      let present = 0;
      for (let i = 0; i < rows; i++) {
        const x = values[i];
        if ((nulls !== undefined && nulls[i] !== 0) || x !== x) nums.push(Number.NaN);
        else {
          nums.push(x);
          present++;
        }
      }
      this.nonMissing += present;
      this.n += rows;
      return;
    }
    for (let i = 0; i < rows; i++) {
      const x = values[i];
      if ((nulls !== undefined && nulls[i] !== 0) || x !== x) this.pushMissing();
      else this.pushNumber(x, undefined);
    }
  }

  private pageDict: string[] | undefined;
  /** Per entry of pageDict: 0 missing, 1 number (canonical), 2 number (raw text differs), 3 text. */
  private pageKind = new Uint8Array(0);
  private pageNum = new Float64Array(0);
  /** Per entry: code in this.dict, or -2 not yet looked up (text columns). */
  private pageCode = new Int32Array(0);

  /** A page of dictionary-encoded Parquet text: indices into `texts`, -1 = missing. */
  pushDictPage(texts: string[], indices: Int32Array, rows: number): void {
    if (this.pageDict !== texts) {
      this.pageDict = texts;
      const m = texts.length;
      this.pageKind = new Uint8Array(m);
      this.pageNum = new Float64Array(m);
      this.pageCode = new Int32Array(m).fill(-2);
      for (let k = 0; k < m; k++) {
        const t = texts[k];
        if (isMissingText(t)) continue;
        const x = numberOfText(t);
        if (x === x) {
          this.pageNum[k] = x;
          this.pageKind[k] = String(x) === t ? 1 : 2;
        } else this.pageKind[k] = 3;
      }
    }
    const kind = this.pageKind;
    for (let i = 0; i < rows; i++) {
      const k = indices[i];
      if (this.kind === 'text') {
        if (k < 0 || kind[k] === 0) {
          this.codes!.push(-1);
          this.n++;
          continue;
        }
        let code = this.pageCode[k];
        if (code === -2) code = this.pageCode[k] = this.dict!.code(texts[k]);
        this.codes!.push(code);
        this.nonMissing++;
        this.n++;
        continue;
      }
      if (k < 0) this.pushMissing();
      else {
        const kk = kind[k];
        if (kk === 0) this.pushMissing();
        else if (kk === 1) this.pushNumber(this.pageNum[k], undefined);
        else if (kk === 2) this.pushNumber(this.pageNum[k], texts[k]);
        else this.pushText(texts[k]);
      }
    }
  }

  /** A JS value from JSON or Parquet (null = missing; Date → ISO text; objects → JSON text). */
  pushValue(v: unknown): void {
    if (v === null || v === undefined) return this.pushMissing();
    switch (typeof v) {
      case 'string':
        return this.pushString(v);
      case 'number':
        return v === v ? this.pushNumber(v, undefined) : this.pushMissing();
      case 'bigint':
        return this.pushNumber(Number(v), undefined);
      case 'boolean':
        return this.pushText(v ? 'true' : 'false');
      default:
        if (v instanceof Date) {
          const t = v.getTime();
          return t === t ? this.pushText(v.toISOString()) : this.pushMissing();
        }
        return this.pushText(typeof v === 'object' ? jsonText(v) : String(v));
    }
  }

  /** Switch to dictionary codes, converting the rows held so far. */
  toText(): void {
    this.kind = 'text';
    this.dict = new Dict();
    this.codes = new Chunks((k) => new Int32Array(k));
    if (this.hint > 0) this.codes.reserve(this.hint);
    if (!this.nums) return;
    const nums = this.nums.finish();
    this.nums = undefined;
    for (let r = 0; r < this.n; r++) {
      const raw = this.other.get(r);
      if (raw !== undefined) this.codes.push(this.dict.code(raw));
      else {
        const x = nums[r];
        this.codes.push(x === x ? this.dict.code(String(x)) : -1);
      }
    }
    this.other = new Map();
    this.lossy = false;
  }

  finish(): Column {
    if (this.kind === 'number') {
      const col: NumberColumn = { kind: 'number', values: this.nums!.finish(), other: this.other };
      if (this.lossy) col.lossy = true;
      return col;
    }
    return { kind: 'text', codes: this.codes!.finish(), dict: this.dict!.texts };
  }
}

/** Set by parseCellBytes: whether the text is exactly String(x) of the number it returned. */
let CANONICAL = false;
const POW10 = Array.from({ length: 23 }, (_, i) => 10 ** i);

/** Whether the text the last parseCellBytes call parsed as a number is String(x) exactly. */
export function lastCellCanonical(): boolean {
  return CANONICAL;
}

/**
 * The number in ASCII bytes [s, e) (no surrounding whitespace), or NaN; one pass that also sets
 * CANONICAL. [-]digits[.digits] with at most 15 digits is parsed here (mantissa / 10^k: correctly
 * rounded, the same double as Number(text)); anything else (exponent, '+', more digits) by
 * parseNumberBytes and a string comparison.
 */
export function parseCellBytes(b: Uint8Array, s: number, e: number): number {
  let i = s;
  let c = b[i];
  let neg = false;
  if (c === 45) {
    neg = true;
    i++;
  }
  const intStart = i;
  let mant = 0;
  while (i < e) {
    c = b[i];
    if (c < 48 || c > 57) break;
    mant = mant * 10 + (c - 48);
    i++;
  }
  const intLen = i - intStart;
  let frac = 0;
  let canon = intLen > 0 && (intLen === 1 || b[intStart] !== 48);
  if (i < e && b[i] === 46) {
    i++;
    const fracStart = i;
    while (i < e) {
      c = b[i];
      if (c < 48 || c > 57) break;
      mant = mant * 10 + (c - 48);
      i++;
    }
    frac = i - fracStart;
    if (frac === 0 || b[i - 1] === 48) canon = false;
  }
  if (i !== e || intLen + frac > 15 || intLen + frac === 0) {
    // exponent, '+', many digits, or not a number: the general parser, then compare the text
    const x = parseNumberBytes(b, s, e);
    CANONICAL = x === x && String(x) === (b as Buffer).toString('latin1', s, e);
    return x;
  }
  let x = frac === 0 ? mant : mant / POW10[frac];
  if (neg) {
    x = -x;
    if (mant === 0) canon = false; // "-0": String gives "0"
  }
  if (canon && frac > 0 && x < 1e-6 && x > -1e-6) canon = false; // String writes these with an exponent
  CANONICAL = canon;
  return x;
}

function jsonText(v: object): string {
  try {
    return JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? Number(x) : x)) ?? String(v);
  } catch {
    return String(v);
  }
}

/** Columns (of the file's, in file order) to keep, checked against `wanted` when `final`. */
export function selectColumns(path: string, present: string[], wanted: string[] | undefined, final: boolean): number[] {
  if (!wanted) return present.map((_, i) => i);
  const set = new Set(wanted);
  if (final) {
    const have = new Set(present);
    const missing = wanted.filter((w) => !have.has(w));
    if (missing.length > 0) {
      throw new UsageError(
        `${path}: column${missing.length > 1 ? 's' : ''} ${missing.map((m) => `"${m}"`).join(', ')} not found; the file has ${present.map((p) => `"${p}"`).join(', ')}; check the column names (they are case-sensitive)`,
      );
    }
  }
  const out: number[] = [];
  for (let i = 0; i < present.length; i++) if (set.has(present[i])) out.push(i);
  return out;
}

/** The records' bytes of a batch (CSV/TSV/JSONL), copied into one growing buffer. */
export class RawBuilder {
  bytes: Buffer = Buffer.allocUnsafe(1 << 16);
  used = 0;
  starts = new Chunks((k) => new Int32Array(k));
  ends = new Chunks((k) => new Int32Array(k));
  private room(len: number): void {
    if (this.used + len <= this.bytes.length) return;
    const bigger = Buffer.allocUnsafe(Math.max(Math.ceil(this.bytes.length * 1.5), this.used + len));
    this.bytes.copy(bigger, 0, 0, this.used);
    this.bytes = bigger;
  }
  addBytes(b: Uint8Array, s: number, e: number): void {
    this.room(e - s);
    this.starts.push(this.used);
    (b as Buffer).copy(this.bytes, this.used, s, e);
    this.used += e - s;
    this.ends.push(this.used);
  }
  addText(t: string): void {
    const len = Buffer.byteLength(t);
    this.room(len);
    this.starts.push(this.used);
    this.bytes.write(t, this.used);
    this.used += len;
    this.ends.push(this.used);
  }
  finish(): { bytes: Uint8Array; start: Int32Array; end: Int32Array } {
    return { bytes: new Uint8Array(this.bytes.buffer, this.bytes.byteOffset, this.used), start: this.starts.finish(), end: this.ends.finish() };
  }
}

/**
 * A table (or a batch) being read: the file's columns, a builder per kept column (undefined for
 * skipped ones, indexed by file column), lines, and optionally the records' raw bytes.
 */
export class Assembler {
  fileColumns: string[] = [];
  slots: (ColumnBuilder | undefined)[] = [];
  lines = new Chunks((k) => new Int32Array(k));
  n = 0;
  total = 0;
  raw: RawBuilder | undefined;
  header: Uint8Array | undefined;
  private readonly want: Set<string> | undefined;

  constructor(
    readonly path: string,
    readonly format: DataFormat,
    readonly wanted: string[] | undefined,
    readonly textSet: Set<string>,
    readonly batchRows: number,
    readonly withRaw: boolean,
  ) {
    this.want = wanted ? new Set(wanted) : undefined;
    if (withRaw) this.raw = new RawBuilder();
  }

  /** The file's columns so far (a longer list adds columns at the end: JSON keys seen later). `final`: check `wanted` now. */
  setColumns(cols: string[], final: boolean): void {
    if (final) selectColumns(this.path, cols, this.wanted, true);
    for (let i = this.fileColumns.length; i < cols.length; i++) {
      if (this.want && !this.want.has(cols[i])) this.slots.push(undefined);
      else {
        const b = new ColumnBuilder(this.textSet.has(cols[i]));
        if (this.hint > 0) b.reserve(this.hint);
        b.padTo(this.n);
        this.slots.push(b);
      }
    }
    this.fileColumns = cols.length > this.fileColumns.length ? cols.slice() : this.fileColumns;
  }

  /** Rows expected in this table: storage for them is reserved now (one array per column). */
  reserve(rows: number): void {
    for (const b of this.slots) b?.reserve(rows);
    this.lines.reserve(rows);
    this.hint = rows;
  }
  private hint = 0;

  endRow(line: number): void {
    this.lines.push(line);
    this.n++;
    this.total++;
  }

  /** The rows read since the last flush as a table; builders start again empty. */
  flush(): ColumnBatch {
    const keep: number[] = [];
    for (let i = 0; i < this.slots.length; i++) if (this.slots[i]) keep.push(i);
    const columns: Column[] = [];
    for (const i of keep) {
      const b = this.slots[i]!;
      b.padTo(this.n);
      columns.push(b.finish());
      this.slots[i] = new ColumnBuilder(this.textSet.has(this.fileColumns[i]));
    }
    const t: ColumnBatch = {
      file: this.path,
      format: this.format,
      names: keep.map((i) => this.fileColumns[i]),
      columns,
      n: this.n,
      lines: this.lines.finish(),
      positions: keep.map((i) => i + 1),
    };
    if (this.raw) {
      t.raw = this.raw.finish();
      this.raw = new RawBuilder();
    }
    if (this.header) t.header = this.header;
    this.n = 0;
    return t;
  }
}
