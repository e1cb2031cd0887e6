/**
 * writeNumberText writes exactly String(x) (ECMAScript Number::toString, as V8 prints it) for the
 * numbers it takes, and takes nothing else: the reference is String(x) itself, on named cases and
 * on random doubles (fast-check), including every case where it must say "not mine" (-1).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writeNumberText } from '../../../src/io/number-text.js';

const buf = new Uint8Array(64);
/** What writeNumberText wrote, or undefined when it declined (and then nothing may be written). */
function written(x: number): string | undefined {
  buf.fill(0x7e);
  const end = writeNumberText(x, buf, 3);
  if (end < 0) {
    expect(buf.every((b) => b === 0x7e)).toBe(true);
    return undefined;
  }
  expect(buf.subarray(0, 3).every((b) => b === 0x7e)).toBe(true);
  expect(buf[end]).toBe(0x7e);
  return Buffer.from(buf.subarray(3, end)).toString('latin1');
}

describe('writeNumberText', () => {
  it.each([
    { name: 'zero', x: 0, want: '0' },
    { name: 'negative zero prints as String(-0)', x: -0, want: '0' },
    { name: 'integer', x: 123, want: '123' },
    { name: 'negative with decimals', x: -2.512345, want: '-2.512345' },
    { name: 'a decimal that is not exact in binary', x: 0.1, want: '0.1' },
    { name: '0.1 + 0.2 (17 significant digits: declined)', x: 0.1 + 0.2, want: undefined },
    { name: 'smallest fixed-notation magnitude', x: 1e-6, want: '0.000001' },
    { name: 'below 1e-6 (exponent notation: declined)', x: 1e-7, want: undefined },
    { name: 'largest 15-digit integer', x: 999999999999999, want: '999999999999999' },
    { name: '1e15 (declined)', x: 1e15, want: undefined },
    { name: '1/3 (declined: 16+ digits)', x: 1 / 3, want: undefined },
    { name: 'a value that rounds up across a power of ten', x: 9.999999, want: '9.999999' },
    { name: 'NaN (declined)', x: Number.NaN, want: undefined },
    { name: 'Infinity (declined)', x: Number.POSITIVE_INFINITY, want: undefined },
  ])('$name', ({ x, want }) => {
    expect(written(x)).toBe(want);
    if (want !== undefined) expect(want).toBe(String(x));
  });

  it('equals String(x) on random 6-decimal values, and takes all of them', () => {
    let taken = 0;
    fc.assert(
      fc.property(fc.integer({ min: -99_999_999_999, max: 99_999_999_999 }), fc.integer({ min: 0, max: 6 }), (m, k) => {
        const x = m / 10 ** k;
        const got = written(x);
        if (got !== undefined) taken++;
        expect(got).toBe(String(x));
      }),
      { numRuns: 20_000 },
    );
    expect(taken).toBe(20_000);
  });

  it('equals String(x) whenever it writes, on arbitrary doubles', () => {
    let taken = 0;
    fc.assert(
      fc.property(fc.double({ noNaN: false }), (x) => {
        const got = written(x);
        if (got === undefined) return;
        taken++;
        expect(got).toBe(String(x));
      }),
      { numRuns: 20_000 },
    );
    // fc.double spans every magnitude: most are outside [1e-6, 1e15) or have 17 digits, some are taken.
    expect(taken).toBeGreaterThan(100);
  });
});
