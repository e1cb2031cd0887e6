import { describe, expect, it } from 'vitest';
import { createRng } from '../../../src/model/rng.js';
import { logFactorial, mcnemarExact, quantileSorted, sampleBinomial, sampleMultinomial } from '../../../src/gate/stats.js';

describe('mcnemarExact', () => {
  // Reference: scipy 1.10 (Debian) scipy.stats.binomtest(min(b, c), b + c, 0.5).pvalue — the exact
  // McNemar p-value (statsmodels mcnemar(exact=True) computes the same binomial test).
  it.each([
    { b: 5, c: 2, p: 0.453125 },
    { b: 10, c: 25, p: 0.016673847800120715 },
    { b: 100, c: 130, p: 0.05561357778139239 },
    { b: 2000, c: 2100, p: 0.12206497999113655 },
    { b: 0, c: 12, p: 0.00048828125 },
    { b: 40000, c: 41000, p: 0.0004478218231375634 },
    { b: 3, c: 3, p: 1 },
    { b: 0, c: 0, p: 1 },
  ])('b=$b c=$c → p=$p', ({ b, c, p }) => {
    expect(mcnemarExact(b, c).pValue).toBeCloseTo(p, 10);
  });
});

describe('logFactorial', () => {
  // Python 3.11 math.lgamma(1001), math.lgamma(1000001)
  it.each([
    { k: 0, v: 0 },
    { k: 5, v: Math.log(120) },
    { k: 1000, v: 5912.128178488163 },
    { k: 1_000_000, v: 12815518.384658169 },
  ])('ln($k!)', ({ k, v }) => {
    expect(logFactorial(k)).toBeCloseTo(v, 6);
  });
});

describe('sampleBinomial', () => {
  // Empirical CDF of 20,000 draws against scipy 1.10 scipy.stats.binom.cdf(x, n, p); the standard
  // error of a frequency is ≤ 0.0036, so 0.015 is > 4 SE.
  it.each([
    { name: 'BTRS, n=1000 p=0.3', n: 1000, p: 0.3, points: [[290, 0.25690839948437527], [300, 0.5155935198141203], [310, 0.7663050434203855]] },
    { name: 'inversion, n=5000 p=0.0004', n: 5000, p: 0.0004, points: [[0, 0.13528114551437725], [2, 0.6766764197934482], [4, 0.9473830792835144]] },
    { name: 'BTRS, n=1e6 p=0.4995', n: 1_000_000, p: 0.4995, points: [[499000, 0.15889722485760788], [499500, 0.5003990753607965], [500400, 0.9641485985852591]] },
    { name: 'p > 0.5 by symmetry, n=1000 p=0.7', n: 1000, p: 0.7, points: [[689, 1 - 0.7663050434203855], [699, 1 - 0.5155935198141203], [709, 1 - 0.25690839948437527]] },
  ])('$name matches the binomial CDF', ({ n, p, points }) => {
    const rng = createRng(7);
    const draws = Array.from({ length: 20_000 }, () => sampleBinomial(n, p, rng));
    for (const [x, cdf] of points) {
      const freq = draws.filter((d) => d <= x).length / draws.length;
      expect(Math.abs(freq - cdf), `P(X <= ${x})`).toBeLessThan(0.015);
    }
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...draws)).toBeLessThanOrEqual(n);
  });

  it.each([
    { n: 0, p: 0.5, v: 0 },
    { n: 10, p: 0, v: 0 },
    { n: 10, p: 1, v: 10 },
  ])('edge n=$n p=$p → $v', ({ n, p, v }) => {
    expect(sampleBinomial(n, p, createRng(1))).toBe(v);
  });
});

describe('sampleMultinomial', () => {
  it('keeps the total and the expected proportions', () => {
    const counts = [500, 0, 300, 200];
    const out = new Float64Array(4);
    const mean = [0, 0, 0, 0];
    const rng = createRng(3);
    for (let r = 0; r < 2000; r++) {
      sampleMultinomial(counts, 1000, rng, out);
      expect(out.reduce((a, b) => a + b, 0)).toBe(1000);
      expect(out[1]).toBe(0);
      out.forEach((v, i) => (mean[i] += v / 2000));
    }
    // E[count_i] = n·p_i; SE of the mean over 2000 draws ≈ 0.35
    expect(mean[0]).toBeCloseTo(500, -0.5);
    expect(mean[2]).toBeCloseTo(300, -0.5);
    expect(mean[3]).toBeCloseTo(200, -0.5);
  });
});

describe('quantileSorted', () => {
  // numpy 1.24 np.percentile([1, 2, 3, 4], [2.5, 50, 97.5]) = [1.075, 2.5, 3.925]
  it.each([
    { q: 0.025, v: 1.075 },
    { q: 0.5, v: 2.5 },
    { q: 0.975, v: 3.925 },
  ])('q=$q', ({ q, v }) => {
    expect(quantileSorted([1, 2, 3, 4], q)).toBeCloseTo(v, 12);
  });
});
