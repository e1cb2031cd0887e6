/**
 * Deterministic randomness and bounded-memory structures for streaming profiles:
 * a seeded PRNG, a reservoir sample (Li's Algorithm L: O(k) memory, one random draw per
 * accepted value) and a 64-bit-hash duplicate finder (12 bytes per value).
 */

/** mulberry32: a small, fast, seedable 32-bit PRNG; returns floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** 32-bit FNV-1a of a string (for seeds). */
export function fnv1a(s: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * Uniform reservoir sample of at most `capacity` numbers from a stream (Algorithm L). Below the
 * capacity it holds every value (exact); above it, a uniform sample drawn with a seeded PRNG, so
 * the same input and seed always give the same sample.
 */
export class Reservoir {
  readonly values: Float64Array;
  size = 0;
  seen = 0;
  /** mulberry32 state in a typed array (no boxed numbers per draw). */
  private readonly state = new Uint32Array(1);
  /** Algorithm L's w and the stream index of the next accepted value, unboxed (a double stored in a field or returned from a call is a heap allocation). */
  private readonly wn = new Float64Array(2);
  /** The last uniform draw in [0, 1) (written by rand()). */
  private readonly r = new Float64Array(1);
  private rand(): void {
    const s = this.state;
    const a = (s[0] = (s[0] + 0x6d2b79f5) >>> 0);
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    this.r[0] = ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  constructor(readonly capacity: number, seed: number) {
    this.values = new Float64Array(capacity);
    this.state[0] = seed >>> 0;
    this.rand();
    this.wn[0] = Math.exp(Math.log(this.r[0] || 1e-300) / capacity);
    this.rand();
    this.wn[1] = capacity + Math.floor(Math.log(this.r[0] || 1e-300) / Math.log(1 - this.wn[0])) + 1;
  }
  add(x: number): void {
    const s = this.seen++;
    if (s < this.capacity) {
      this.values[s] = x;
      this.size = s + 1;
      return;
    }
    if (s + 1 === this.wn[1]) this.accept(x);
  }
  private accept(x: number): void {
    const wn = this.wn;
    this.rand();
    this.values[Math.floor(this.r[0] * this.capacity)] = x;
    this.rand();
    wn[0] *= Math.exp(Math.log(this.r[0] || 1e-300) / this.capacity);
    this.rand();
    wn[1] += Math.floor(Math.log(this.r[0] || 1e-300) / Math.log(1 - wn[0])) + 1;
  }
  /** The sample (a copy), in stream order for the exact case. */
  sample(): Float64Array {
    return this.values.slice(0, this.size);
  }
  get exact(): boolean {
    return this.seen <= this.capacity;
  }
}

/** Two independent 32-bit hashes of a string (FNV-1a and a murmur-style mix). */
export function hash2(s: string, out: Uint32Array): void {
  let h1 = 0x811c9dc5;
  let h2 = 0x9747b28c;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 13;
  }
  out[0] = h1 >>> 0;
  out[1] = (h2 ^ (h2 >>> 15)) >>> 0;
}

/** hash2 over bytes [s, e); equal to hash2 of the same text when the bytes are ASCII. */
export function hash2Bytes(b: Uint8Array, s: number, e: number, out: Uint32Array): void {
  let h1 = 0x811c9dc5;
  let h2 = 0x9747b28c;
  for (let i = s; i < e; i++) {
    const c = b[i];
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 13;
  }
  out[0] = h1 >>> 0;
  out[1] = (h2 ^ (h2 >>> 15)) >>> 0;
}

/**
 * Finds values seen more than once from their 64-bit hashes: 12 bytes per value (two hash
 * halves and the line). A false duplicate needs a 64-bit
 * collision: probability about n²/2⁶⁵ (3e-8 for a million values). Keys are sorted natively
 * at the end (8 bytes per value, temporarily).
 */
export class DuplicateFinder {
  private h1: Uint32Array = new Uint32Array(1024);
  private h2: Uint32Array = new Uint32Array(1024);
  private lines: Uint32Array = new Uint32Array(1024);
  count = 0;
  add(a: number, b: number, line: number): void {
    if (this.count === this.h1.length) {
      const grow = (x: Uint32Array): Uint32Array => {
        const y = new Uint32Array(Math.ceil(x.length * 1.5));
        y.set(x);
        return y;
      };
      this.h1 = grow(this.h1);
      this.h2 = grow(this.h2);
      this.lines = grow(this.lines);
    }
    this.h1[this.count] = a;
    this.h2[this.count] = b;
    this.lines[this.count] = line;
    this.count++;
  }
  private result: { count: number; examples: { line: number; firstLine: number }[] } | undefined;
  /** Number of values equal to an earlier one, and the earliest `limit` of them (with the line they repeat). */
  duplicates(limit: number): { count: number; examples: { line: number; firstLine: number }[] } {
    this.result ??= this.findDuplicates(10_000);
    return { count: this.result.count, examples: this.result.examples.slice(0, limit) };
  }
  private findDuplicates(limit: number): { count: number; examples: { line: number; firstLine: number }[] } {
    const n = this.count;
    // 1. Sort the 64-bit keys natively (a BigUint64Array filled through a Uint32 view: no BigInts).
    const keys = new BigUint64Array(n);
    const v = new Uint32Array(keys.buffer);
    for (let i = 0; i < n; i++) {
      v[2 * i] = this.h2[i];
      v[2 * i + 1] = this.h1[i];
    }
    keys.sort();
    const dup = new Map<number, Set<number>>();
    for (let i = 1; i < n; i++) {
      if (v[2 * i] === v[2 * i - 2] && v[2 * i + 1] === v[2 * i - 1]) {
        const hi = v[2 * i + 1];
        let set = dup.get(hi);
        if (!set) dup.set(hi, (set = new Set()));
        set.add(v[2 * i]);
      }
    }
    if (dup.size === 0) return { count: 0, examples: [] };
    // 2. Walk the values in file order: the first of each repeated key is the original.
    const first = new Map<string, number>();
    let count = 0;
    const examples: { line: number; firstLine: number }[] = [];
    for (let i = 0; i < n; i++) {
      const set = dup.get(this.h1[i]);
      if (!set || !set.has(this.h2[i])) continue;
      const key = `${this.h1[i]}:${this.h2[i]}`;
      const f = first.get(key);
      if (f === undefined) first.set(key, this.lines[i]);
      else {
        count++;
        if (examples.length < limit) examples.push({ line: this.lines[i], firstLine: f });
      }
    }
    return { count, examples };
  }
}
