/**
 * Two-sample statistics used by the drift engine, with the definitions Evidently uses (each one
 * checked against scipy 1.10 in tests/unit/data/stats.test.ts). simple-statistics supplies what it
 * has: mean, population standard deviation, log-gamma and the error function.
 */
import { errorFunction, gammaln, mean as ssMean, standardDeviation } from 'simple-statistics';

/** Ascending numeric sort of a copy. */
export function sortedCopy(values: ArrayLike<number>): Float64Array {
  const out = new Float64Array(values.length);
  for (let i = 0; i < out.length; i++) out[i] = values[i];
  return out.sort();
}

/**
 * A plain array of the values, copied with an index loop: Array.from(typedArray) goes through the
 * iterator protocol, allocating a result object and a boxed number per element (tens of MB of
 * garbage for the 50,000-value samples).
 */
export function toNumberArray(values: ArrayLike<number>): number[] {
  const out = new Array<number>(values.length);
  for (let i = 0; i < out.length; i++) out[i] = values[i];
  return out;
}

/** Population standard deviation (numpy's np.std, ddof=0). */
export function populationStd(values: ArrayLike<number>): number {
  if (values.length === 0) return 0;
  return standardDeviation(toNumberArray(values));
}

export function mean(values: ArrayLike<number>): number {
  return values.length === 0 ? Number.NaN : ssMean(toNumberArray(values));
}

// ---------------------------------------------------------------------------------------------
// Kolmogorov–Smirnov, two-sided (scipy.stats.ks_2samp)

export interface TestResult {
  statistic: number;
  pValue: number;
}

/**
 * Two-sample two-sided KS test. The p-value is exact (the lattice-path distribution of D under
 * H0, as scipy's method="exact") when n1·n2 ≤ 2.5e7, else the Kolmogorov limit with Stephens'
 * small-sample correction. Inputs must be sorted ascending.
 */
export function ks2Sample(a: Float64Array, b: Float64Array): TestResult {
  const m = a.length;
  const n = b.length;
  if (m === 0 || n === 0) return { statistic: Number.NaN, pValue: Number.NaN };
  // D in integer units of 1/(m·n): |i·n − j·m| at each distinct value.
  let i = 0;
  let j = 0;
  let dmax = 0;
  while (i < m && j < n) {
    const v = a[i] <= b[j] ? a[i] : b[j];
    while (i < m && a[i] === v) i++;
    while (j < n && b[j] === v) j++;
    const d = Math.abs(i * n - j * m);
    if (d > dmax) dmax = d;
  }
  const statistic = dmax / (m * n);
  if (dmax === 0) return { statistic: 0, pValue: 1 };
  if (m * n <= 2.5e7) return { statistic, pValue: ksExactPValue(m, n, dmax) };
  const en = (m * n) / (m + n);
  return { statistic, pValue: kolmogorovSf((Math.sqrt(en) + 0.12 + 0.11 / Math.sqrt(en)) * statistic) };
}

/** P(max |i·n − j·m| ≥ dmax) over random lattice paths from (0,0) to (m,n): mass leaving the band. */
function ksExactPValue(m: number, n: number, dmax: number): number {
  let prev = new Float64Array(n + 1);
  let cur = new Float64Array(n + 1);
  let out = 0;
  for (let i = 0; i <= m; i++) {
    for (let jj = 0; jj <= n; jj++) {
      let mass: number;
      if (i === 0 && jj === 0) mass = 1;
      else {
        mass = 0;
        if (i > 0) mass += (prev[jj] * (m - i + 1)) / (m + n - (i - 1) - jj);
        if (jj > 0) mass += (cur[jj - 1] * (n - jj + 1)) / (m + n - i - (jj - 1));
      }
      if (Math.abs(i * n - jj * m) >= dmax) {
        out += mass;
        cur[jj] = 0;
      } else cur[jj] = mass;
    }
    const t = prev;
    prev = cur;
    cur = t;
  }
  return Math.min(1, out);
}

/** Survival function of the Kolmogorov distribution: 2 Σ (−1)^(k−1) exp(−2k²x²). */
export function kolmogorovSf(x: number): number {
  if (x <= 0) return 1;
  if (x < 0.2) return 1;
  let sum = 0;
  let term = 0;
  for (let k = 1; k <= 100; k++) {
    term = 2 * (k % 2 === 1 ? 1 : -1) * Math.exp(-2 * k * k * x * x);
    sum += term;
    if (Math.abs(term) < 1e-16 * Math.abs(sum)) break;
  }
  return Math.max(0, Math.min(1, sum));
}

// ---------------------------------------------------------------------------------------------
// Chi-square (scipy.stats.chisquare) and the regularized incomplete gamma function

/** Upper regularized incomplete gamma Q(a, x) (Numerical Recipes gammq). */
export function gammaQ(a: number, x: number): number {
  if (x < 0 || a <= 0) return Number.NaN;
  if (x === 0) return 1;
  const gln = gammaln(a);
  if (x < a + 1) {
    // series for P, then Q = 1 − P
    let ap = a;
    let sum = 1 / a;
    let del = sum;
    for (let k = 0; k < 10_000; k++) {
      ap += 1;
      del *= x / ap;
      sum += del;
      if (Math.abs(del) < Math.abs(sum) * 1e-16) break;
    }
    return Math.max(0, 1 - sum * Math.exp(-x + a * Math.log(x) - gln));
  }
  // continued fraction for Q (modified Lentz)
  const FPMIN = 1e-300;
  let b = x + 1 - a;
  let c = 1 / FPMIN;
  let d = 1 / b;
  let h = d;
  for (let k = 1; k < 10_000; k++) {
    const an = -k * (k - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < FPMIN) d = FPMIN;
    c = b + an / c;
    if (Math.abs(c) < FPMIN) c = FPMIN;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < 1e-16) break;
  }
  return Math.exp(-x + a * Math.log(x) - gln) * h;
}

/** Pearson chi-square goodness of fit of observed against expected counts; df = k − 1. */
export function chiSquare(observed: number[], expected: number[]): TestResult {
  let stat = 0;
  for (let k = 0; k < observed.length; k++) {
    const e = expected[k];
    const d = observed[k] - e;
    stat += e === 0 ? (d === 0 ? 0 : Number.POSITIVE_INFINITY) : (d * d) / e;
  }
  const df = observed.length - 1;
  if (df <= 0) return { statistic: stat, pValue: 1 };
  // An observed count where nothing is expected: χ² = ∞ and p = 0 (scipy.stats.chisquare gives the same).
  if (stat === Number.POSITIVE_INFINITY) return { statistic: stat, pValue: 0 };
  return { statistic: stat, pValue: gammaQ(df / 2, stat / 2) };
}

/**
 * Pearson's chi-square test of homogeneity of two binned samples (scipy.stats.chi2_contingency on
 * the 2 × k table, no continuity correction): unlike the goodness-of-fit form, it counts the
 * sampling noise of the reference too, which matters when the reference is a few hundred holdout
 * rows split into ten bins.
 */
export function chiSquareHomogeneity(a: number[], b: number[]): { statistic: number; pValue: number } {
  const na = a.reduce((x, y) => x + y, 0);
  const nb = b.reduce((x, y) => x + y, 0);
  const n = na + nb;
  let stat = 0;
  let k = 0;
  for (let i = 0; i < a.length; i++) {
    const col = a[i] + b[i];
    if (col === 0) continue;
    k++;
    const ea = (na * col) / n;
    const eb = (nb * col) / n;
    stat += (a[i] - ea) ** 2 / ea + (b[i] - eb) ** 2 / eb;
  }
  if (k < 2 || na === 0 || nb === 0) return { statistic: 0, pValue: 1 };
  return { statistic: stat, pValue: gammaQ((k - 1) / 2, stat / 2) };
}

// ---------------------------------------------------------------------------------------------
// Normal tail, Z-test for two proportions (Evidently's z_stat_test)

/** erfc with small relative error in the tails (Numerical Recipes erfcc, |rel err| < 1.2e-7). */
function erfcTail(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const r =
    t *
    Math.exp(
      -z * z -
        1.26551223 +
        t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return x >= 0 ? r : 2 - r;
}

/** Two-sided normal p-value 2·(1 − Φ(|z|)). simple-statistics' erf where it is precise, erfc in the far tail. */
export function twoSidedNormalP(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  // simple-statistics' erf(0) is −3e-8: clamp so that identical shares give p = 1, not 1.00000003.
  return x < 2 ? Math.min(1, 1 - errorFunction(x)) : erfcTail(x);
}

/**
 * Evidently's Z-test for a binary column: the share of the first (sorted) category in reference
 * vs current, pooled standard error, two-sided p-value.
 */
export function zTestProportions(refFirst: number, refN: number, curFirst: number, curN: number): TestResult {
  const p1 = refFirst / refN;
  const p2 = curFirst / curN;
  const P = (refFirst + curFirst) / (refN + curN);
  const se = Math.sqrt(P * (1 - P) * (1 / refN + 1 / curN));
  if (se === 0) return { statistic: 0, pValue: 1 };
  const z = (p1 - p2) / se;
  return { statistic: z, pValue: twoSidedNormalP(z) };
}

// ---------------------------------------------------------------------------------------------
// Distances

/** First Wasserstein distance between two sorted samples (scipy.stats.wasserstein_distance). */
export function wasserstein1(a: Float64Array, b: Float64Array): number {
  const m = a.length;
  const n = b.length;
  if (m === 0 || n === 0) return Number.NaN;
  let i = 0;
  let j = 0;
  let prev = Math.min(a[0], b[0]);
  let total = 0;
  while (i < m || j < n) {
    const v = j >= n || (i < m && a[i] <= b[j]) ? a[i] : b[j];
    total += Math.abs(i / m - j / n) * (v - prev);
    prev = v;
    while (i < m && a[i] === v) i++;
    while (j < n && b[j] === v) j++;
  }
  return total;
}

/** Evidently's normalized Wasserstein: W1 / max(std(reference), 0.001). */
export function wassersteinNormed(reference: Float64Array, current: Float64Array): number {
  return wasserstein1(reference, current) / Math.max(populationStd(reference), 0.001);
}

/** Jensen–Shannon distance (scipy.spatial.distance.jensenshannon) with the given log base. */
export function jensenShannon(p: number[], q: number[], base = 2): number {
  const sp = p.reduce((s, x) => s + x, 0);
  const sq = q.reduce((s, x) => s + x, 0);
  let js = 0;
  for (let k = 0; k < p.length; k++) {
    const pk = p[k] / sp;
    const qk = q[k] / sq;
    const mk = (pk + qk) / 2;
    if (pk > 0) js += pk * Math.log(pk / mk);
    if (qk > 0) js += qk * Math.log(qk / mk);
  }
  js /= Math.log(base);
  return Math.sqrt(Math.max(0, js) / 2);
}

/** Population stability index Σ (r − c)·ln(r / c) over matched bins (zeros already filled). */
export function psi(ref: number[], cur: number[]): number {
  let s = 0;
  for (let k = 0; k < ref.length; k++) s += (ref[k] - cur[k]) * Math.log(ref[k] / cur[k]);
  return s;
}

/** Evidently's zero filling: zeros become min(non-zero)/1e6 if that min ≤ 1e-4, else 1e-4. */
export function fillZeros(p: number[]): number[] {
  const nz = p.filter((x) => x !== 0);
  if (nz.length === 0) return p.slice();
  const mn = Math.min(...nz);
  const fill = mn <= 0.0001 ? mn / 1e6 : 0.0001;
  return p.map((x) => (x === 0 ? fill : x));
}

/**
 * numpy histogram with Sturges' bins over the union of both samples (Evidently's binning of a
 * numeric column with more than 20 reference values): shares of each sample per bin.
 */
export function sturgesShares(ref: Float64Array, cur: Float64Array): { ref: number[]; cur: number[]; edges: number[] } {
  const all = ref.length + cur.length;
  const nbins = Math.max(1, Math.ceil(Math.log2(all) + 1));
  let lo = Math.min(ref[0], cur[0]);
  let hi = Math.max(ref[ref.length - 1], cur[cur.length - 1]);
  if (lo === hi) {
    lo -= 0.5;
    hi += 0.5;
  }
  const edges = Array.from({ length: nbins + 1 }, (_, k) => lo + ((hi - lo) * k) / nbins);
  const count = (xs: Float64Array) => {
    const c = new Array<number>(nbins).fill(0);
    for (let k = 0; k < xs.length; k++) {
      let bin = Math.floor(((xs[k] - lo) / (hi - lo)) * nbins);
      if (bin >= nbins) bin = nbins - 1;
      if (bin < 0) bin = 0;
      // correct for floating point at edges, as numpy does
      if (xs[k] < edges[bin]) bin--;
      else if (bin < nbins - 1 && xs[k] >= edges[bin + 1]) bin++;
      c[bin]++;
    }
    return c.map((x) => x / xs.length);
  };
  return { ref: count(ref), cur: count(cur), edges };
}
