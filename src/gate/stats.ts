/**
 * Small exact statistics the gate needs: log-factorials, a binomial sampler (for the multinomial
 * form of the bootstrap), McNemar's exact test and percentiles. Pure; randomness comes in as an Rng.
 */
import type { Rng } from '../model/rng.js';

const LOG_FACT_TABLE = (() => {
  const t = new Float64Array(256);
  for (let i = 2; i < 256; i++) t[i] = t[i - 1] + Math.log(i);
  return t;
})();

/** ln(k!) — exact table below 256, Stirling series above (error < 1e-15 relative). */
export function logFactorial(k: number): number {
  if (k < 256) return LOG_FACT_TABLE[k];
  const x = k + 1;
  const ix = 1 / x;
  const ix2 = ix * ix;
  // ln Γ(x) = (x − ½) ln x − x + ½ ln 2π + 1/(12x) − 1/(360x³) + 1/(1260x⁵)
  return (x - 0.5) * Math.log(x) - x + 0.9189385332046728 + ix * (1 / 12 - ix2 * (1 / 360 - ix2 / 1260));
}

/**
 * One draw from Binomial(n, p). Inversion when n·min(p, 1−p) < 10, otherwise Hörmann's BTRS
 * (transformed rejection with squeeze, "The generation of binomial random variates", 1993) —
 * exact in distribution, O(1) expected time for any n.
 */
export function sampleBinomial(n: number, p: number, rng: Rng): number {
  if (n <= 0 || p <= 0) return 0;
  if (p >= 1) return n;
  if (p > 0.5) return n - sampleBinomial(n, 1 - p, rng);
  const q = 1 - p;
  if (n * p < 10) {
    const s = p / q;
    let r = Math.exp(n * Math.log1p(-p));
    let u = rng.next();
    let x = 0;
    while (u > r && x < n) {
      u -= r;
      x++;
      r *= (s * (n + 1 - x)) / x;
      if (r <= 0) break;
    }
    return x;
  }
  const spq = Math.sqrt(n * p * q);
  const b = 1.15 + 2.53 * spq;
  const a = -0.0873 + 0.0248 * b + 0.01 * p;
  const c = n * p + 0.5;
  const vr = 0.92 - 4.2 / b;
  const alpha = (2.83 + 5.1 / b) * spq;
  const lpq = Math.log(p / q);
  const m = Math.floor((n + 1) * p);
  const h = logFactorial(m) + logFactorial(n - m);
  for (;;) {
    const u = rng.next() - 0.5;
    let v = rng.next();
    const us = 0.5 - Math.abs(u);
    const k = Math.floor(((2 * a) / us + b) * u + c);
    if (k < 0 || k > n) continue;
    if (us >= 0.07 && v <= vr) return k;
    v = Math.log((v * alpha) / (a / (us * us) + b));
    if (v <= h - logFactorial(k) - logFactorial(n - k) + (k - m) * lpq) return k;
  }
}

/**
 * Draw category counts of `n` rows resampled with replacement from `counts` (a multinomial with
 * probabilities counts/n), into `out`. Sequential conditional binomials; O(categories).
 */
export function sampleMultinomial(counts: ArrayLike<number>, n: number, rng: Rng, out: Float64Array): void {
  let remainingRows = n;
  let remainingMass = 0;
  for (let i = 0; i < counts.length; i++) remainingMass += counts[i];
  for (let i = 0; i < counts.length; i++) {
    const c = counts[i];
    if (remainingRows <= 0 || c <= 0) {
      out[i] = 0;
    } else if (c >= remainingMass) {
      out[i] = remainingRows;
      remainingRows = 0;
    } else {
      const x = sampleBinomial(remainingRows, c / remainingMass, rng);
      out[i] = x;
      remainingRows -= x;
    }
    remainingMass -= c;
  }
}

export interface McNemarResult {
  /** Rows the baseline got right and the candidate wrong. */
  baselineOnly: number;
  /** Rows the candidate got right and the baseline wrong. */
  candidateOnly: number;
  /** Two-sided exact p-value: 2·P(X ≤ min(b, c)), X ~ Binomial(b + c, ½), capped at 1 (statsmodels mcnemar(exact=True)). */
  pValue: number;
}

/** McNemar's exact test on the discordant pairs. */
export function mcnemarExact(baselineOnly: number, candidateOnly: number): McNemarResult {
  const n = baselineOnly + candidateOnly;
  const k = Math.min(baselineOnly, candidateOnly);
  if (n === 0) return { baselineOnly, candidateOnly, pValue: 1 };
  // log P(X = i) = ln C(n, i) − n ln 2; sum i = 0..k with log-sum-exp from the largest term (i = k).
  const base = logFactorial(n) - n * Math.LN2;
  const logTerm = (i: number) => base - logFactorial(i) - logFactorial(n - i);
  const top = logTerm(k);
  let sum = 0;
  for (let i = k; i >= 0; i--) {
    const t = Math.exp(logTerm(i) - top);
    sum += t;
    if (t < 1e-17 * sum) break;
  }
  const logCdf = top + Math.log(sum);
  return { baselineOnly, candidateOnly, pValue: Math.min(1, 2 * Math.exp(logCdf)) };
}

/** Linear-interpolated quantile (numpy's default "linear") of an ascending-sorted array. */
export function quantileSorted(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const pos = (n - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.min(n - 1, lo + 1);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}
