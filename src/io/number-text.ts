/**
 * String(x) written straight into a byte buffer, without making the string: train's holdout.jsonl
 * prints one number per cell (4M cells at 1M rows), and the strings String(x) makes are kept alive
 * by V8's number-to-string cache long enough to be promoted, which left ~50 MB of old-space garbage
 * in train's peak RSS at 1M rows (bench/train/whole.mjs). This covers the numbers data files hold —
 * finite, 1e-6 ≤ |x| < 1e15, at most 15 significant digits — and says "not mine" for the rest.
 *
 * Why it is String(x): ECMAScript's Number::toString prints the decimal with the fewest significant
 * digits that reads back as x. For a fixed magnitude, fewer significant digits is fewer fraction
 * digits, so the answer is m / 10^k for the smallest k at which some integer m reads back as x.
 * "Reads back" is checked exactly: m < 2^53 and 10^k ≤ 10^15 are exact doubles, so m / 10^k is the
 * correctly rounded value of the decimal, which is what parsing it gives. With m < 10^15 the
 * candidates at that k are more than an ulp apart, so m is unique (no tie to break), and it is
 * within one of Math.round(|x| · 10^k). Every |x| in [1e-6, 1e15) prints in fixed notation.
 */
const POW10 = Float64Array.from({ length: 16 }, (_, i) => 10 ** i);
const DIGITS = new Uint8Array(16);

/**
 * Writes String(x) as ASCII into `buf` at `pos` and returns the position after it, or returns -1
 * (nothing written) when x is outside what this handles; the caller then writes String(x).
 * `buf` needs room for 18 bytes at `pos` ("-" + 15 digits + "." + "0" for values below 1).
 */
export function writeNumberText(x: number, buf: Uint8Array, pos: number): number {
  if (x === 0) {
    buf[pos] = 0x30; // String(-0) is "0" too
    return pos + 1;
  }
  const a = x < 0 ? -x : x;
  if (!(a >= 1e-6 && a < 1e15)) return -1;
  for (let k = 0; k < 16; k++) {
    const p = POW10[k];
    const t = a * p;
    if (t >= 1e15) return -1; // more than 15 significant digits
    const r = Math.round(t);
    let m: number;
    if (r / p === a) m = r;
    else if ((r - 1) / p === a) m = r - 1;
    else if ((r + 1) / p === a) m = r + 1;
    else continue;
    if (x < 0) buf[pos++] = 0x2d;
    const frac = m % p;
    let int = (m - frac) / p;
    // Integer part, most significant digit first.
    let nd = 0;
    do {
      const q = Math.floor(int / 10);
      DIGITS[nd++] = int - q * 10;
      int = q;
    } while (int > 0);
    while (nd > 0) buf[pos++] = 0x30 + DIGITS[--nd];
    if (k > 0) {
      buf[pos++] = 0x2e;
      let f = frac;
      for (let i = k - 1; i >= 0; i--) {
        const q = Math.floor(f / 10);
        buf[pos + i] = 0x30 + (f - q * 10);
        f = q;
      }
      pos += k;
    }
    return pos;
  }
  return -1;
}
