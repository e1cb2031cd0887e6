/**
 * Building one column of a ColumnTable (src/data/table.ts) row by row, in chunked typed storage
 * (no 2× peak from doubling a 10M-row array: chunks of CHUNK rows, concatenated once at the end).
 *
 * A column starts as numbers (Float64Array, NaN = missing or not a number, raw text of odd cells
 * in `other`) and switches once to dictionary codes (Int32Array + dict) when its non-number,
 * non-missing cells exceed max(16, 1% of its non-missing cells so far); see docs in table.ts.
 */
import { isMissingText } from './missing.js';

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

/** Growable typed storage in fixed chunks. */
export class Chunks<T extends Float64Array | Int32Array> {
  chunks: T[] = [];
  cur: T;
  pos = 0;
  length = 0;
  constructor(private readonly make: (n: number) => T) {
    this.cur = make(CHUNK);
  }
  push(x: number): void {
    if (this.pos === CHUNK) this.next();
    this.cur[this.pos++] = x;
    this.length++;
  }
  next(): void {
    this.chunks.push(this.cur);
    this.cur = this.make(CHUNK);
    this.pos = 0;
  }
  get(r: number): number {
    const c = r >>> 16;
    return c < this.chunks.length ? this.chunks[c][r & (CHUNK - 1)] : this.cur[r & (CHUNK - 1)];
  }
  set(r: number, x: number): void {
    const c = r >>> 16;
    if (c < this.chunks.length) this.chunks[c][r & (CHUNK - 1)] = x;
    else this.cur[r & (CHUNK - 1)] = x;
  }
  /** One array of `length` values; the chunks are released. */
  finish(): T {
    const out = this.make(this.length);
    let at = 0;
    for (const c of this.chunks) {
      out.set(c, at);
      at += c.length;
    }
    out.set(this.cur.subarray(0, this.pos), at);
    this.chunks = [];
    this.cur = this.make(0);
    this.pos = 0;
    return out;
  }
}

/** Text → code dictionary in order of first appearance. */
export class Dict {
  texts: string[] = [];
  private readonly index = new Map<string, number>();
  code(s: string): number {
    let k = this.index.get(s);
    if (k === undefined) {
      k = this.texts.length;
      this.texts.push(s);
      this.index.set(s, k);
    }
    return k;
  }
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
    const nums = this.nums;
    if (!nums) return;
    for (let r = 0; r < this.n; r++) {
      const raw = this.other.get(r);
      if (raw !== undefined) this.codes.push(this.dict.code(raw));
      else {
        const x = nums.get(r);
        this.codes.push(x === x ? this.dict.code(String(x)) : -1);
      }
    }
    this.nums = undefined;
    this.other = new Map();
    this.lossy = false;
  }

  finish(): import('./table.js').Column {
    if (this.kind === 'number') {
      const col: import('./table.js').NumberColumn = { kind: 'number', values: this.nums!.finish(), other: this.other };
      if (this.lossy) col.lossy = true;
      return col;
    }
    return { kind: 'text', codes: this.codes!.finish(), dict: this.dict!.texts };
  }
}

function jsonText(v: object): string {
  try {
    return JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? Number(x) : x)) ?? String(v);
  } catch {
    return String(v);
  }
}
