export const id = 431;
export const ids = [431];
export const modules = {

/***/ 63146:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   sg: () => (/* binding */ isMissingBytes),
/* harmony export */   wF: () => (/* binding */ isMissingText)
/* harmony export */ });
/* unused harmony export MISSING_TOKENS */
/**
 * What counts as a missing value in text data, for every stage: validate-data's profiles and the
 * trainer's preprocessing (src/model/preprocess.ts) agree, so a column whose gaps are written "NA"
 * is numeric with missing values in both, as pandas reads it. A cell is missing when, trimmed of
 * whitespace, it is one of MISSING_TOKENS (the empty string included).
 */
const MISSING_TOKENS = ['', 'NA', 'N/A', 'NaN', 'nan', 'null', 'NULL'];
const TOKENS = new Set(MISSING_TOKENS);
/** Longest token: a longer cell can only be missing when it has whitespace to trim. */
const LONGEST = Math.max(...MISSING_TOKENS.map((t) => t.length));
/** True for a missing text value. */
function isMissingText(v) {
    const n = v.length;
    if (n === 0)
        return true;
    if (n <= LONGEST)
        return TOKENS.has(v) || (mayTrim(v.charCodeAt(0)) || mayTrim(v.charCodeAt(n - 1))) && TOKENS.has(v.trim());
    return (mayTrim(v.charCodeAt(0)) || mayTrim(v.charCodeAt(n - 1))) && TOKENS.has(v.trim());
}
/** isMissingText for bytes [s, e) of UTF-8, without building a string for ordinary cells. */
function isMissingBytes(b, s, e) {
    if (s === e)
        return true;
    const first = b[s];
    const last = b[e - 1];
    const trim = mayTrimByte(first) || mayTrimByte(last);
    if (!trim && (e - s > LONGEST || (first !== 0x4e && first !== 0x6e)))
        return false; // tokens start with N or n
    return TOKENS.has(Buffer.from(b.buffer, b.byteOffset + s, e - s).toString('utf8').trim());
}
/** Could `trim()` remove this UTF-16 unit (ASCII whitespace or any non-ASCII unit, checked exactly later)? */
function mayTrim(c) {
    return c <= 0x20 || c >= 0x80;
}
/** Could this byte start or end whitespace that `trim()` removes (ASCII whitespace, or a non-ASCII sequence)? */
function mayTrimByte(c) {
    return c <= 0x20 || c >= 0x80;
}


/***/ }),

/***/ 42431:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readColumnBatches: () => (/* binding */ readColumnBatches)
});

// UNUSED EXPORTS: PROGRESS_MS, ProgressClock, cellText, isNumberColumn, moveRows, readColumns, sliceTable, takeRows

// EXTERNAL MODULE: ./src/errors.js
var errors = __webpack_require__(16986);
// EXTERNAL MODULE: ./src/io/fs.js + 1 modules
var fs = __webpack_require__(98797);
// EXTERNAL MODULE: ./src/data/read.js
var read = __webpack_require__(11284);
// EXTERNAL MODULE: ./src/data/missing.js
var missing = __webpack_require__(63146);
// EXTERNAL MODULE: ../../node_modules/simple-statistics/dist/simple-statistics.mjs
var simple_statistics = __webpack_require__(85989);
;// CONCATENATED MODULE: ./src/data/stats.js
/**
 * Two-sample statistics used by the drift engine, with the definitions Evidently uses (each one
 * checked against scipy 1.10 in tests/unit/data/stats.test.ts). simple-statistics supplies what it
 * has: mean, population standard deviation, log-gamma and the error function.
 */

/** Ascending numeric sort of a copy. */
function sortedCopy(values) {
    const out = new Float64Array(values.length);
    for (let i = 0; i < out.length; i++)
        out[i] = values[i];
    return out.sort();
}
/**
 * A plain array of the values, copied with an index loop: Array.from(typedArray) goes through the
 * iterator protocol, allocating a result object and a boxed number per element (tens of MB of
 * garbage for the 50,000-value samples).
 */
function stats_toNumberArray(values) {
    const out = new Array(values.length);
    for (let i = 0; i < out.length; i++)
        out[i] = values[i];
    return out;
}
/** Population standard deviation (numpy's np.std, ddof=0). */
function populationStd(values) {
    if (values.length === 0)
        return 0;
    return standardDeviation(stats_toNumberArray(values));
}
function mean(values) {
    return values.length === 0 ? Number.NaN : ssMean(stats_toNumberArray(values));
}
/**
 * Two-sample two-sided KS test. The p-value is exact (the lattice-path distribution of D under
 * H0, as scipy's method="exact") when n1\u00b7n2 \u2264 2.5e7, else the Kolmogorov limit with Stephens'
 * small-sample correction. Inputs must be sorted ascending.
 */
function ks2Sample(a, b) {
    const m = a.length;
    const n = b.length;
    if (m === 0 || n === 0)
        return { statistic: Number.NaN, pValue: Number.NaN };
    // D in integer units of 1/(m\u00b7n): |i\u00b7n \u2212 j\u00b7m| at each distinct value.
    let i = 0;
    let j = 0;
    let dmax = 0;
    while (i < m && j < n) {
        const v = a[i] <= b[j] ? a[i] : b[j];
        while (i < m && a[i] === v)
            i++;
        while (j < n && b[j] === v)
            j++;
        const d = Math.abs(i * n - j * m);
        if (d > dmax)
            dmax = d;
    }
    const statistic = dmax / (m * n);
    if (dmax === 0)
        return { statistic: 0, pValue: 1 };
    if (m * n <= 2.5e7)
        return { statistic, pValue: ksExactPValue(m, n, dmax) };
    const en = (m * n) / (m + n);
    return { statistic, pValue: kolmogorovSf((Math.sqrt(en) + 0.12 + 0.11 / Math.sqrt(en)) * statistic) };
}
/** P(max |i\u00b7n \u2212 j\u00b7m| \u2265 dmax) over random lattice paths from (0,0) to (m,n): mass leaving the band. */
function ksExactPValue(m, n, dmax) {
    let prev = new Float64Array(n + 1);
    let cur = new Float64Array(n + 1);
    let out = 0;
    for (let i = 0; i <= m; i++) {
        for (let jj = 0; jj <= n; jj++) {
            let mass;
            if (i === 0 && jj === 0)
                mass = 1;
            else {
                mass = 0;
                if (i > 0)
                    mass += (prev[jj] * (m - i + 1)) / (m + n - (i - 1) - jj);
                if (jj > 0)
                    mass += (cur[jj - 1] * (n - jj + 1)) / (m + n - i - (jj - 1));
            }
            if (Math.abs(i * n - jj * m) >= dmax) {
                out += mass;
                cur[jj] = 0;
            }
            else
                cur[jj] = mass;
        }
        const t = prev;
        prev = cur;
        cur = t;
    }
    return Math.min(1, out);
}
/** Survival function of the Kolmogorov distribution: 2 \u03a3 (\u22121)^(k\u22121) exp(\u22122k\u00b2x\u00b2). */
function kolmogorovSf(x) {
    if (x <= 0)
        return 1;
    if (x < 0.2)
        return 1;
    let sum = 0;
    let term = 0;
    for (let k = 1; k <= 100; k++) {
        term = 2 * (k % 2 === 1 ? 1 : -1) * Math.exp(-2 * k * k * x * x);
        sum += term;
        if (Math.abs(term) < 1e-16 * Math.abs(sum))
            break;
    }
    return Math.max(0, Math.min(1, sum));
}
// ---------------------------------------------------------------------------------------------
// Chi-square (scipy.stats.chisquare) and the regularized incomplete gamma function
/** Upper regularized incomplete gamma Q(a, x) (Numerical Recipes gammq). */
function gammaQ(a, x) {
    if (x < 0 || a <= 0)
        return Number.NaN;
    if (x === 0)
        return 1;
    const gln = gammaln(a);
    if (x < a + 1) {
        // series for P, then Q = 1 \u2212 P
        let ap = a;
        let sum = 1 / a;
        let del = sum;
        for (let k = 0; k < 10_000; k++) {
            ap += 1;
            del *= x / ap;
            sum += del;
            if (Math.abs(del) < Math.abs(sum) * 1e-16)
                break;
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
        if (Math.abs(d) < FPMIN)
            d = FPMIN;
        c = b + an / c;
        if (Math.abs(c) < FPMIN)
            c = FPMIN;
        d = 1 / d;
        const del = d * c;
        h *= del;
        if (Math.abs(del - 1) < 1e-16)
            break;
    }
    return Math.exp(-x + a * Math.log(x) - gln) * h;
}
/** Pearson chi-square goodness of fit of observed against expected counts; df = k \u2212 1. */
function chiSquare(observed, expected) {
    let stat = 0;
    for (let k = 0; k < observed.length; k++) {
        const e = expected[k];
        const d = observed[k] - e;
        stat += e === 0 ? (d === 0 ? 0 : Number.POSITIVE_INFINITY) : (d * d) / e;
    }
    const df = observed.length - 1;
    if (df <= 0)
        return { statistic: stat, pValue: 1 };
    // An observed count where nothing is expected: \u03c7\u00b2 = \u221e and p = 0 (scipy.stats.chisquare gives the same).
    if (stat === Number.POSITIVE_INFINITY)
        return { statistic: stat, pValue: 0 };
    return { statistic: stat, pValue: gammaQ(df / 2, stat / 2) };
}
/**
 * Pearson's chi-square test of homogeneity of two binned samples (scipy.stats.chi2_contingency on
 * the 2 \u00d7 k table, no continuity correction): unlike the goodness-of-fit form, it counts the
 * sampling noise of the reference too, which matters when the reference is a few hundred holdout
 * rows split into ten bins.
 */
function chiSquareHomogeneity(a, b) {
    const na = a.reduce((x, y) => x + y, 0);
    const nb = b.reduce((x, y) => x + y, 0);
    const n = na + nb;
    let stat = 0;
    let k = 0;
    for (let i = 0; i < a.length; i++) {
        const col = a[i] + b[i];
        if (col === 0)
            continue;
        k++;
        const ea = (na * col) / n;
        const eb = (nb * col) / n;
        stat += (a[i] - ea) ** 2 / ea + (b[i] - eb) ** 2 / eb;
    }
    if (k < 2 || na === 0 || nb === 0)
        return { statistic: 0, pValue: 1 };
    return { statistic: stat, pValue: gammaQ((k - 1) / 2, stat / 2) };
}
// ---------------------------------------------------------------------------------------------
// Normal tail, Z-test for two proportions (Evidently's z_stat_test)
/** erfc with small relative error in the tails (Numerical Recipes erfcc, |rel err| < 1.2e-7). */
function erfcTail(x) {
    const z = Math.abs(x);
    const t = 1 / (1 + 0.5 * z);
    const r = t *
        Math.exp(-z * z -
            1.26551223 +
            t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))));
    return x >= 0 ? r : 2 - r;
}
/** Two-sided normal p-value 2\u00b7(1 \u2212 \u03a6(|z|)). simple-statistics' erf where it is precise, erfc in the far tail. */
function twoSidedNormalP(z) {
    const x = Math.abs(z) / Math.SQRT2;
    // simple-statistics' erf(0) is \u22123e-8: clamp so that identical shares give p = 1, not 1.00000003.
    return x < 2 ? Math.min(1, 1 - errorFunction(x)) : erfcTail(x);
}
/**
 * Evidently's Z-test for a binary column: the share of the first (sorted) category in reference
 * vs current, pooled standard error, two-sided p-value.
 */
function zTestProportions(refFirst, refN, curFirst, curN) {
    const p1 = refFirst / refN;
    const p2 = curFirst / curN;
    const P = (refFirst + curFirst) / (refN + curN);
    const se = Math.sqrt(P * (1 - P) * (1 / refN + 1 / curN));
    if (se === 0)
        return { statistic: 0, pValue: 1 };
    const z = (p1 - p2) / se;
    return { statistic: z, pValue: twoSidedNormalP(z) };
}
// ---------------------------------------------------------------------------------------------
// Distances
/** First Wasserstein distance between two sorted samples (scipy.stats.wasserstein_distance). */
function wasserstein1(a, b) {
    const m = a.length;
    const n = b.length;
    if (m === 0 || n === 0)
        return Number.NaN;
    let i = 0;
    let j = 0;
    let prev = Math.min(a[0], b[0]);
    let total = 0;
    while (i < m || j < n) {
        const v = j >= n || (i < m && a[i] <= b[j]) ? a[i] : b[j];
        total += Math.abs(i / m - j / n) * (v - prev);
        prev = v;
        while (i < m && a[i] === v)
            i++;
        while (j < n && b[j] === v)
            j++;
    }
    return total;
}
/** Evidently's normalized Wasserstein: W1 / max(std(reference), 0.001). */
function wassersteinNormed(reference, current) {
    return wasserstein1(reference, current) / Math.max(populationStd(reference), 0.001);
}
/** Jensen\u2013Shannon distance (scipy.spatial.distance.jensenshannon) with the given log base. */
function jensenShannon(p, q, base = 2) {
    const sp = p.reduce((s, x) => s + x, 0);
    const sq = q.reduce((s, x) => s + x, 0);
    let js = 0;
    for (let k = 0; k < p.length; k++) {
        const pk = p[k] / sp;
        const qk = q[k] / sq;
        const mk = (pk + qk) / 2;
        if (pk > 0)
            js += pk * Math.log(pk / mk);
        if (qk > 0)
            js += qk * Math.log(qk / mk);
    }
    js /= Math.log(base);
    return Math.sqrt(Math.max(0, js) / 2);
}
/** Population stability index \u03a3 (r \u2212 c)\u00b7ln(r / c) over matched bins (zeros already filled). */
function psi(ref, cur) {
    let s = 0;
    for (let k = 0; k < ref.length; k++)
        s += (ref[k] - cur[k]) * Math.log(ref[k] / cur[k]);
    return s;
}
/** Evidently's zero filling: zeros become min(non-zero)/1e6 if that min \u2264 1e-4, else 1e-4. */
function fillZeros(p) {
    const nz = p.filter((x) => x !== 0);
    if (nz.length === 0)
        return p.slice();
    const mn = Math.min(...nz);
    const fill = mn <= 0.0001 ? mn / 1e6 : 0.0001;
    return p.map((x) => (x === 0 ? fill : x));
}
/**
 * numpy histogram with Sturges' bins over the union of both samples (Evidently's binning of a
 * numeric column with more than 20 reference values): shares of each sample per bin.
 */
function sturgesShares(ref, cur) {
    const all = ref.length + cur.length;
    const nbins = Math.max(1, Math.ceil(Math.log2(all) + 1));
    let lo = Math.min(ref[0], cur[0]);
    let hi = Math.max(ref[ref.length - 1], cur[cur.length - 1]);
    if (lo === hi) {
        lo -= 0.5;
        hi += 0.5;
    }
    const edges = Array.from({ length: nbins + 1 }, (_, k) => lo + ((hi - lo) * k) / nbins);
    const count = (xs) => {
        const c = new Array(nbins).fill(0);
        for (let k = 0; k < xs.length; k++) {
            let bin = Math.floor(((xs[k] - lo) / (hi - lo)) * nbins);
            if (bin >= nbins)
                bin = nbins - 1;
            if (bin < 0)
                bin = 0;
            // correct for floating point at edges, as numpy does
            if (xs[k] < edges[bin])
                bin--;
            else if (bin < nbins - 1 && xs[k] >= edges[bin + 1])
                bin++;
            c[bin]++;
        }
        return c.map((x) => x / xs.length);
    };
    return { ref: count(ref), cur: count(cur), edges };
}

;// CONCATENATED MODULE: ./src/data/profile.js
/**
 * One streaming pass over a dataset: per-column statistics, type evidence, bounded samples for
 * quantiles and drift, and the schema's per-value rules \u2014 all in constant memory per column
 * (except `unique` and duplicate-row checks: 12 bytes per row, see DuplicateFinder).
 *
 * The hot loop touches each cell once, with no per-row allocation: CSV cells stay strings and
 * are parsed with `+v` only while a column can still be numeric.
 */







/** Distinct values counted exactly per column; beyond this a column is high-cardinality. */
const DISTINCT_CAP = 4096;
/** Most distinct values for a string column to be inferred as `category`. */
const CATEGORY_MAX = 50;
const DATE_RE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const lowerBool = (v) => {
    const l = v.length;
    if (l === 4 || l === 5) {
        const s = v.toLowerCase();
        return s === 'true' || s === 'false';
    }
    return false;
};
const H = new Uint32Array(2);
/**
 * The number being added, handed to the per-cell methods through a typed array rather than as an
 * argument: a double passed to (or returned from) a call that V8 does not inline is boxed in a
 * new heap object, which for millions of cells grows the young generation by tens of MB.
 */
const X = new Float64Array(1);
const T_OTHER = 0;
const T_INT = 1;
const T_BOOL = 2;
const T_DATETIME = 3;
const V_TYPE = 1;
const V_MIN = 2;
const V_MAX = 4;
const V_CAT = 8;
const V_REGEX = 16;
/**
 * Dictionary of the distinct texts of a column, found by their UTF-8 bytes (open addressing on
 * an FNV-1a hash) or by the string. Holds per text its count, its rule verdict and its hashes.
 */
class TextDict {
    size = 0;
    texts = [];
    bytes = [];
    counts = [];
    verdicts = [];
    h1 = [];
    h2 = [];
    slots = new Int32Array(16384); // entry index + 1; 0 = empty (load \u2264 1/4 at DISTINCT_CAP)
    byText = new Map();
    findBytes(b, s, e) {
        let h = 0x811c9dc5;
        for (let i = s; i < e; i++)
            h = Math.imul(h ^ b[i], 0x01000193);
        const mask = this.slots.length - 1;
        const len = e - s;
        for (let slot = h & mask;; slot = (slot + 1) & mask) {
            const k = this.slots[slot];
            if (k === 0)
                return -1;
            const cand = this.bytes[k - 1];
            if (cand.length === len) {
                let i = 0;
                while (i < len && cand[i] === b[s + i])
                    i++;
                if (i === len)
                    return k - 1;
            }
        }
    }
    findText(v) {
        return this.byText.get(v) ?? -1;
    }
    add(text, bytes, verdict, h1, h2) {
        const idx = this.size++;
        this.texts.push(text);
        this.bytes.push(bytes);
        this.counts.push(0);
        this.verdicts.push(verdict);
        this.h1.push(h1);
        this.h2.push(h2);
        this.byText.set(text, idx);
        let h = 0x811c9dc5;
        for (let i = 0; i < bytes.length; i++)
            h = Math.imul(h ^ bytes[i], 0x01000193);
        const mask = this.slots.length - 1;
        let slot = h & mask;
        while (this.slots[slot] !== 0)
            slot = (slot + 1) & mask;
        this.slots[slot] = idx + 1;
        return idx;
    }
}
/** DATE_RE.test on ASCII/UTF-8 bytes [s, e), without making a string. */
function isDateBytes(b, s, e) {
    if (!(digitsAt(b, s, 4, e) && b[s + 4] === 45 && digitsAt(b, s + 5, 2, e) && b[s + 7] === 45 && digitsAt(b, s + 8, 2, e)))
        return false;
    let i = s + 10;
    if (i === e)
        return true;
    if (b[i] !== 84 && b[i] !== 32)
        return false; // 'T' or ' '
    if (!(digitsAt(b, i + 1, 2, e) && b[i + 3] === 58 && digitsAt(b, i + 4, 2, e)))
        return false;
    i += 6;
    if (i < e && b[i] === 58) {
        if (!digitsAt(b, i + 1, 2, e))
            return false;
        i += 3;
        if (i < e && b[i] === 46) {
            let k = 0;
            while (i + 1 + k < e && b[i + 1 + k] >= 48 && b[i + 1 + k] <= 57)
                k++;
            if (k === 0 || k > 9)
                return false;
            i += 1 + k;
        }
    }
    if (i === e)
        return true;
    if (b[i] === 90)
        return i + 1 === e; // 'Z'
    if (b[i] !== 43 && b[i] !== 45)
        return false;
    if (!digitsAt(b, i + 1, 2, e))
        return false;
    i += 3;
    if (i < e && b[i] === 58)
        i++;
    return digitsAt(b, i, 2, e) && i + 2 === e;
}
/** Whether bytes [i, i + n) are all ASCII digits and lie before `e`. */
function digitsAt(b, i, n, e) {
    if (i + n > e)
        return false;
    for (let k = i; k < i + n; k++)
        if (b[k] < 48 || b[k] > 57)
            return false;
    return true;
}
/** Compare bytes [s, e) with an ASCII string, as JS compares strings: <0, 0, >0. */
function compareAsciiBytes(b, s, e, t) {
    const n = Math.min(e - s, t.length);
    for (let k = 0; k < n; k++) {
        const d = b[s + k] - t.charCodeAt(k);
        if (d !== 0)
            return d;
    }
    return e - s - t.length;
}
const NC_F = new Float64Array(1);
const NC_W = new Uint32Array(NC_F.buffer);
/**
 * Counts of distinct numbers (\u22120 counted as 0), open addressing on their IEEE bits in typed
 * arrays: no Map, no boxed number per value. Grows to at most 2\u00b7DISTINCT_CAP slots.
 */
class NumberCounts {
    size = 0;
    keys = new Float64Array(64);
    counts = new Float64Array(64);
    /** Count one more x; returns its count before (0: new), or -1 (not added) when it is new and `cap` keys are held already. */
    add(x, cap) {
        const v = x === 0 ? 0 : x;
        const mask = this.keys.length - 1;
        for (let slot = this.slotOf(v) & mask;; slot = (slot + 1) & mask) {
            const c = this.counts[slot];
            if (c === 0) {
                if (this.size >= cap)
                    return -1;
                this.keys[slot] = v;
                this.counts[slot] = 1;
                if (++this.size * 2 > this.keys.length)
                    this.grow();
                return 0;
            }
            if (this.keys[slot] === v) {
                this.counts[slot] = c + 1;
                return c;
            }
        }
    }
    /** Empty again, keeping the capacity it grew to (one table counts column after column). */
    clear() {
        this.counts.fill(0);
        this.size = 0;
    }
    forEach(fn) {
        for (let i = 0; i < this.keys.length; i++)
            if (this.counts[i] > 0)
                fn(this.keys[i], this.counts[i]);
    }
    slotOf(v) {
        NC_F[0] = v;
        let h = Math.imul(NC_W[0] ^ Math.imul(NC_W[1], 0x9e3779b1), 0x85ebca6b);
        h ^= h >>> 15;
        return h >>> 0;
    }
    grow() {
        const keys = this.keys;
        const counts = this.counts;
        this.keys = new Float64Array(keys.length * 2);
        this.counts = new Float64Array(keys.length * 2);
        const mask = this.keys.length - 1;
        for (let i = 0; i < keys.length; i++) {
            if (counts[i] === 0)
                continue;
            let slot = this.slotOf(keys[i]) & mask;
            while (this.counts[slot] !== 0)
                slot = (slot + 1) & mask;
            this.keys[slot] = keys[i];
            this.counts[slot] = counts[i];
        }
    }
}
/** Set by the number parsers: whether the text had no '.' and no exponent. */
let NUM_INT_TEXT = false;
const POW10 = Array.from({ length: 23 }, (_, i) => 10 ** i);
/**
 * Parse a decimal number from text: [+-]digits[.digits][e[+-]digits]. NaN for anything else
 * (hex, "Infinity", spaces). Up to 15 significant digits and 22 decimals the result is
 * mantissa / 10^k, which is correctly rounded (the same double as Number(text)); otherwise Number().
 */
function parseNumberText(v) {
    const n = v.length;
    let i = 0;
    let c = v.charCodeAt(0);
    let neg = false;
    if (c === 45 || c === 43) {
        neg = c === 45;
        i = 1;
    }
    let mant = 0;
    let digits = 0;
    let frac = 0;
    let dot = false;
    for (; i < n; i++) {
        c = v.charCodeAt(i);
        if (c >= 48 && c <= 57) {
            mant = mant * 10 + (c - 48);
            digits++;
            if (dot)
                frac++;
        }
        else if (c === 46 && !dot)
            dot = true;
        else
            break;
    }
    if (digits === 0)
        return Number.NaN;
    if (i < n) {
        if (c !== 101 && c !== 69)
            return Number.NaN;
        // exponent: validate the rest, then let Number() do the rounding
        let j = i + 1;
        c = v.charCodeAt(j);
        if (c === 45 || c === 43)
            j++;
        if (j >= n)
            return Number.NaN;
        for (; j < n; j++) {
            c = v.charCodeAt(j);
            if (c < 48 || c > 57)
                return Number.NaN;
        }
        NUM_INT_TEXT = false;
        return Number(v);
    }
    NUM_INT_TEXT = !dot;
    if (digits > 15 || frac > 22)
        return Number(v);
    const x = frac === 0 ? mant : mant / POW10[frac];
    return neg ? -x : x;
}
/** parseNumberText over UTF-8 bytes [s, e). */
function parseNumberBytes(b, s, e) {
    let i = s;
    let c = b[s];
    let neg = false;
    if (c === 45 || c === 43) {
        neg = c === 45;
        i++;
    }
    let mant = 0;
    let digits = 0;
    let frac = 0;
    let dot = false;
    for (; i < e; i++) {
        c = b[i];
        if (c >= 48 && c <= 57) {
            mant = mant * 10 + (c - 48);
            digits++;
            if (dot)
                frac++;
        }
        else if (c === 46 && !dot)
            dot = true;
        else
            break;
    }
    if (digits === 0)
        return Number.NaN;
    if (i < e || digits > 15 || frac > 22) {
        if (i < e && c !== 101 && c !== 69)
            return Number.NaN;
        return parseNumberText(b.toString('latin1', s, e));
    }
    NUM_INT_TEXT = !dot;
    const x = frac === 0 ? mant : mant / POW10[frac];
    return neg ? -x : x;
}
/** Streaming state of one column. */
class ColumnProfiler {
    name;
    sampleSize;
    seed;
    maxExamples;
    rows = 0;
    missing = 0;
    // type evidence
    maybeNum = true;
    maybeInt = true;
    maybeBool = true;
    maybeDate = true;
    firstNonNumeric;
    /** The first MAX_LISTED_CELLS non-missing cells that are not numbers (nearly-numeric.ts reports them). */
    nonNumeric = [];
    /** Every numeric cell so far had integer text (maybeInt also turns false on a text cell). */
    numInt = true;
    // numeric statistics (Welford)
    numCount = 0;
    /** min, max, shift (first value), \u03a3(x \u2212 shift), \u03a3(x \u2212 shift)\u00b2: unboxed doubles. */
    acc = Float64Array.of(Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 0, 0, 0);
    get min() {
        return this.acc[0];
    }
    get max() {
        return this.acc[1];
    }
    get mean() {
        return this.acc[2] + this.acc[3] / this.numCount;
    }
    /** Population variance (ddof = 0), from sums shifted by the first value for accuracy. */
    get variance() {
        const n = this.numCount;
        const m = this.acc[3] / n;
        return Math.max(0, this.acc[4] / n - m * m);
    }
    reservoir;
    /** Counts of numeric values: integers 0\u20131023 in an array, the rest in a map; null beyond DISTINCT_CAP. */
    numCounts = new NumberCounts();
    smallCounts = new Float64Array(1024);
    smallDistinct = 0;
    /** Text values, dictionary-encoded (each distinct text is checked once); null beyond DISTINCT_CAP. */
    dict = new TextDict();
    minStr;
    maxStr;
    // rules
    rule;
    declaredNumeric;
    checkValues;
    needsText;
    typeCode;
    allowed;
    regex;
    minNum;
    maxNum;
    minText;
    maxText;
    violations = {
        type: 0,
        min: 0,
        max: 0,
        categories: 0,
        regex: 0,
        nulls: 0,
        examples: { type: [], min: [], max: [], categories: [], regex: [], nulls: [] },
    };
    uniq;
    uniqInferOnly = false;
    /** Set when a repeated value was seen while only inferring uniqueness. */
    repeated = false;
    constructor(name, rule, sampleSize, seed, maxExamples, trackUnique) {
        this.name = name;
        this.sampleSize = sampleSize;
        this.seed = seed;
        this.maxExamples = maxExamples;
        this.rule = rule ?? undefined;
        const t = this.rule?.type;
        this.declaredNumeric = t === 'int' || t === 'float';
        this.allowed = this.rule?.categories ? new Set(this.rule.categories.map((c) => String(c))) : undefined;
        this.regex = this.rule?.regex ? new RegExp(this.rule.regex) : undefined;
        const isNum = (x) => typeof x === 'number';
        this.minNum = isNum(this.rule?.min) ? this.rule.min : undefined;
        this.maxNum = isNum(this.rule?.max) ? this.rule.max : undefined;
        this.minText = typeof this.rule?.min === 'string' ? this.rule.min : undefined;
        this.maxText = typeof this.rule?.max === 'string' ? this.rule.max : undefined;
        this.needsText = this.allowed !== undefined || this.regex !== undefined;
        this.typeCode = t === 'int' ? T_INT : t === 'bool' ? T_BOOL : t === 'datetime' ? T_DATETIME : T_OTHER;
        this.checkValues = !!this.rule && (t !== undefined || this.allowed !== undefined || this.regex !== undefined || this.rule.min !== undefined || this.rule.max !== undefined);
        if (trackUnique || this.rule?.unique)
            this.uniq = new DuplicateFinder();
        // Only inferring: a repeat seen in the exact counts settles it, and the hashes can go.
        this.uniqInferOnly = trackUnique && !this.rule?.unique;
    }
    bad(kind, line, value) {
        this.violations[kind]++;
        const ex = this.violations.examples[kind];
        if (ex.length < this.maxExamples)
            ex.push({ line, value });
    }
    addMissing(line) {
        this.rows++;
        this.missing++;
        if (this.rule?.nullable === false)
            this.bad('nulls', line, '');
    }
    /** Add the number in X[0]. */
    addNumber() {
        const x = X[0];
        const a = this.acc;
        if (this.numCount++ === 0) {
            a[2] = x;
            this.reservoir = new Reservoir(this.sampleSize, (this.seed ^ fnv1a(this.name)) >>> 0);
        }
        if (x < a[0])
            a[0] = x;
        if (x > a[1])
            a[1] = x;
        const d = x - a[2];
        a[3] += d;
        a[4] += d * d;
        this.reservoir.add(x);
        const nc = this.numCounts;
        if (nc !== null) {
            const sm = this.smallCounts;
            if (x >= 0 && x < 1024 && x % 1 === 0 && !(x === 0 && 1 / x < 0)) {
                const k = sm[x]++;
                if (k === 0) {
                    if (++this.smallDistinct + nc.size > DISTINCT_CAP)
                        this.dropNumCounts();
                }
                else if (this.uniqInferOnly)
                    this.settleNotUnique();
            }
            else {
                const k = nc.add(x, DISTINCT_CAP - this.smallDistinct);
                if (k > 0) {
                    if (this.uniqInferOnly)
                        this.settleNotUnique();
                }
                else if (k < 0)
                    this.dropNumCounts();
            }
        }
    }
    settleNotUnique() {
        this.repeated = true;
        this.uniq = undefined;
        this.uniqInferOnly = false;
    }
    dropNumCounts() {
        this.numCounts = null;
        this.smallCounts = null;
    }
    /** A raw text value (CSV/TSV cell, or a JSON string); '', NA, null\u2026 are missing (missing.ts). */
    addString(v, line) {
        if (v.length === 0) {
            this.addMissing(line);
            return;
        }
        if (this.maybeNum || this.declaredNumeric || this.mayBeNearlyNumeric()) {
            const x = parseNumberText(v);
            if (x === x) {
                this.rows++;
                X[0] = x;
                this.numericCell(NUM_INT_TEXT, line, v, undefined, 0, 0);
                return;
            }
        }
        // No missing token parses as a number, so numeric cells skip this test.
        if (isMissingText(v)) {
            this.addMissing(line);
            return;
        }
        this.rows++;
        this.textCell(v, line);
    }
    /** A CSV/TSV cell given as bytes [s, e) of valid UTF-8 (no quotes); empty, NA, null\u2026 are missing. */
    addCell(b, s, e, line) {
        if (s === e) {
            this.addMissing(line);
            return;
        }
        if (this.maybeNum || this.declaredNumeric || this.mayBeNearlyNumeric()) {
            const x = parseNumberBytes(b, s, e);
            if (x === x) {
                this.rows++;
                X[0] = x;
                this.numericCell(NUM_INT_TEXT, line, undefined, b, s, e);
                return;
            }
        }
        // No missing token parses as a number, so numeric cells skip this test.
        if (isMissingBytes(b, s, e)) {
            this.addMissing(line);
            return;
        }
        this.rows++;
        const dict = this.dict;
        if (dict !== null) {
            let i = dict.findBytes(b, s, e);
            if (i < 0) {
                const text = b.toString('utf8', s, e);
                i = this.newEntry(text, Buffer.from(b.subarray(s, e)));
                if (i < 0)
                    return this.textCell(text, line);
            }
            this.entryCell(i, line);
            return;
        }
        if (!this.maybeNum && !this.maybeBool && !this.checkValues && !this.uniq) {
            // Too many distinct texts to count and no rule to apply: only the date evidence is left,
            // judged on the bytes (no string per cell).
            if (this.maybeDate)
                this.dateBytesCell(b, s, e);
            return;
        }
        this.textCell(b.toString('utf8', s, e), line);
    }
    /**
     * Whether cells are still parsed as numbers after a text cell: while the text cells are at most
     * 1% of the values so far (+ 10 for bad cells early in the file), the column may end up numeric
     * with bad cells (NEARLY_NUMERIC_SHARE). A text column stops being parsed after ~10 cells.
     */
    mayBeNearlyNumeric() {
        const present = this.rows - this.missing;
        return 100 * (present - this.numCount) <= present + 1000;
    }
    /** textCell's date evidence (DATE_RE, min/max text) for a cell given as bytes. */
    dateBytesCell(b, s, e) {
        if (!isDateBytes(b, s, e)) {
            this.maybeDate = false;
            return;
        }
        // A date is ASCII: byte order is the order of the strings.
        if (this.minStr === undefined || compareAsciiBytes(b, s, e, this.minStr) < 0)
            this.minStr = b.toString('latin1', s, e);
        if (this.maxStr === undefined || compareAsciiBytes(b, s, e, this.maxStr) > 0)
            this.maxStr = b.toString('latin1', s, e);
    }
    /** Add a distinct text to the dictionary and judge it once; -1 when the dictionary is full (then dropped). */
    newEntry(text, bytes) {
        const dict = this.dict;
        if (dict.size >= DISTINCT_CAP) {
            // Too many distinct values to count: keep judging every cell as text from now on.
            this.dict = null;
            return -1;
        }
        if (this.maybeNum) {
            this.maybeNum = false;
            this.maybeInt = false;
        }
        if (this.maybeBool && !lowerBool(text))
            this.maybeBool = false;
        if (this.maybeDate) {
            if (DATE_RE.test(text)) {
                if (this.minStr === undefined || text < this.minStr)
                    this.minStr = text;
                if (this.maxStr === undefined || text > this.maxStr)
                    this.maxStr = text;
            }
            else
                this.maybeDate = false;
        }
        const verdict = this.checkValues ? this.verdict(text, Number.NaN, false) : 0;
        let h1 = 0;
        let h2 = 0;
        if (this.uniq) {
            hash2(text, H);
            h1 = H[0];
            h2 = H[1];
        }
        return dict.add(text, bytes, verdict, h1, h2);
    }
    /** One more cell with the text of dictionary entry `i`. */
    entryCell(i, line) {
        const dict = this.dict;
        if (dict.counts[i]++ > 0 && this.uniqInferOnly)
            this.settleNotUnique();
        if (this.firstNonNumeric === undefined)
            this.firstNonNumeric = { line, value: dict.texts[i] };
        if (this.nonNumeric.length < MAX_LISTED_CELLS)
            this.nonNumeric.push({ line, value: dict.texts[i] });
        const v = dict.verdicts[i];
        if (v !== 0)
            this.applyVerdict(v, line, dict.texts[i]);
        if (this.uniq)
            this.uniq.add(dict.h1[i], dict.h2[i], line);
    }
    /**
     * A numeric cell; `v` is its text when already a string, else bytes [s, e) of `b`, else (a JS
     * number) the text is String(x). The text is only built when a rule or the unique check needs it.
     */
    numericCell(intText, line, v, b, s, e) {
        const x = X[0];
        this.maybeBool = false;
        this.maybeDate = false;
        if (this.maybeInt && (!intText || x % 1 !== 0))
            this.maybeInt = false;
        if (this.numInt && (!intText || x % 1 !== 0))
            this.numInt = false;
        this.addNumber();
        if (this.checkValues) {
            // The text is only needed for categories/regex, or to show a bad value.
            if (this.needsText)
                this.check(v ?? (b ? b.toString('utf8', s, e) : String(x)), x, intText, line);
            else {
                const verdict = this.numericVerdict(x, intText);
                if (verdict !== 0)
                    this.applyVerdict(verdict, line, v ?? (b ? b.toString('utf8', s, e) : String(x)));
            }
        }
        if (this.uniq) {
            // numeric text is ASCII: hashing its bytes gives the same hash as hashing the string
            if (v !== undefined)
                hash2(v, H);
            else if (b !== undefined)
                hash2Bytes(b, s, e, H);
            else
                hash2(String(x), H);
            this.uniq.add(H[0], H[1], line);
        }
    }
    /** A non-numeric cell. */
    textCell(v, line) {
        const dict = this.dict;
        if (dict !== null) {
            let i = dict.findText(v);
            if (i < 0)
                i = this.newEntry(v, Buffer.from(v, 'utf8'));
            if (i >= 0) {
                this.entryCell(i, line);
                return;
            }
        }
        if (this.maybeNum) {
            this.maybeNum = false;
            this.maybeInt = false;
            this.firstNonNumeric = { line, value: v };
        }
        if (this.nonNumeric.length < MAX_LISTED_CELLS)
            this.nonNumeric.push({ line, value: v });
        if (this.maybeBool && !lowerBool(v))
            this.maybeBool = false;
        if (this.maybeDate) {
            if (DATE_RE.test(v)) {
                if (this.minStr === undefined || v < this.minStr)
                    this.minStr = v;
                if (this.maxStr === undefined || v > this.maxStr)
                    this.maxStr = v;
            }
            else
                this.maybeDate = false;
        }
        if (this.checkValues)
            this.check(v, Number.NaN, false, line);
        if (this.uniq) {
            hash2(v, H);
            this.uniq.add(H[0], H[1], line);
        }
    }
    tsCount = 0;
    minTs = Number.POSITIVE_INFINITY;
    maxTs = Number.NEGATIVE_INFINITY;
    minTsBound;
    maxTsBound;
    /** A timestamp as epoch milliseconds (Parquet TIMESTAMP/DATE columns). */
    addTimestamp(ms, line) {
        X[0] = ms;
        this.timestampCell(line);
    }
    /** The timestamp in X[0]. */
    timestampCell(line) {
        const ms = X[0];
        this.rows++;
        this.tsCount++;
        this.maybeNum = false;
        this.maybeInt = false;
        this.maybeBool = false;
        if (ms < this.minTs)
            this.minTs = ms;
        if (ms > this.maxTs)
            this.maxTs = ms;
        const r = this.rule;
        if (r) {
            if (r.type !== undefined && r.type !== 'datetime' && r.type !== 'string')
                this.bad('type', line, new Date(ms).toISOString());
            if (this.minText !== undefined && ms < (this.minTsBound ??= Date.parse(this.minText)))
                this.bad('min', line, new Date(ms).toISOString());
            if (this.maxText !== undefined && ms > (this.maxTsBound ??= Date.parse(this.maxText)))
                this.bad('max', line, new Date(ms).toISOString());
        }
        if (this.uniq)
            this.uniq.add(Math.floor(ms / 4294967296) >>> 0, ms >>> 0, line);
    }
    /** Finish a timestamp column: min/max as ISO text. */
    finishTimestamps() {
        if (this.tsCount === 0)
            return;
        const lo = new Date(this.minTs).toISOString();
        const hi = new Date(this.maxTs).toISOString();
        if (this.minStr === undefined || lo < this.minStr)
            this.minStr = lo;
        if (this.maxStr === undefined || hi > this.maxStr)
            this.maxStr = hi;
    }
    /**
     * A page of Parquet numbers (timestamps: epoch milliseconds): the same as addValue (addTimestamp
     * for timestamps) per value, without boxing. `nulls[i]` = 1 and NaN are missing; value i is on
     * line (record) `line0 + i`.
     */
    addNumbers(values, nulls, n, line0, timestamps) {
        for (let i = 0; i < n; i++) {
            const line = line0 + i;
            if (nulls !== undefined && nulls[i] === 1)
                this.addMissing(line);
            else if (timestamps) {
                X[0] = values[i];
                this.timestampCell(line);
            }
            else {
                const x = values[i];
                if (x !== x)
                    this.addMissing(line);
                else {
                    this.rows++;
                    X[0] = x;
                    this.numericCell(x % 1 === 0, line, undefined, undefined, 0, 0);
                }
            }
        }
    }
    pqDict;
    /**
     * Per index of `pqDict`: its TextDict entry (-1 = not looked up yet), its number (NaN: not one),
     * whether that had integer text, and whether the text is a missing token (missing.ts).
     */
    pqEntry = new Int32Array(0);
    pqNum = new Float64Array(0);
    pqInt = new Uint8Array(0);
    pqMissing = new Uint8Array(0);
    /**
     * A page of dictionary-encoded Parquet text (index -1 = missing): the same as addString per
     * value, but each distinct text of the dictionary is parsed, looked up and judged once.
     */
    addDictionaryPage(dictionary, indices, n, line0) {
        const texts = dictionary.texts;
        if (dictionary !== this.pqDict) {
            this.pqDict = dictionary;
            const m = texts.length;
            this.pqEntry = new Int32Array(m).fill(-1);
            this.pqNum = new Float64Array(m);
            this.pqInt = new Uint8Array(m);
            this.pqMissing = new Uint8Array(m);
            for (let k = 0; k < m; k++) {
                if (isMissingText(texts[k])) {
                    this.pqMissing[k] = 1;
                    this.pqNum[k] = Number.NaN;
                }
                else {
                    this.pqNum[k] = parseNumberText(texts[k]);
                    this.pqInt[k] = NUM_INT_TEXT ? 1 : 0;
                }
            }
        }
        const entry = this.pqEntry;
        const num = this.pqNum;
        const missing = this.pqMissing;
        for (let i = 0; i < n; i++) {
            const line = line0 + i;
            const k = indices[i];
            if (k < 0 || missing[k] === 1) {
                this.addMissing(line);
                continue;
            }
            const v = texts[k];
            this.rows++;
            if (this.maybeNum || this.declaredNumeric) {
                const x = num[k];
                if (x === x) {
                    X[0] = x;
                    this.numericCell(this.pqInt[k] === 1, line, v, undefined, 0, 0);
                    continue;
                }
            }
            const dict = this.dict;
            if (dict !== null) {
                let e = entry[k];
                if (e < 0) {
                    e = dict.findText(v);
                    if (e < 0)
                        e = this.newEntry(v, Buffer.from(v, 'utf8'));
                    if (e >= 0)
                        entry[k] = e;
                }
                if (e >= 0) {
                    this.entryCell(e, line);
                    continue;
                }
            }
            this.textCell(v, line);
        }
    }
    /** A JS value (JSON, Parquet): null/undefined/NaN/'' are missing. */
    addValue(v, line) {
        if (typeof v === 'string')
            return this.addString(v, line);
        if (v === null || v === undefined || (typeof v === 'number' && v !== v))
            return this.addMissing(line);
        if (typeof v === 'number') {
            this.rows++;
            const intText = Number.isInteger(v);
            X[0] = v;
            this.numericCell(intText, line, undefined, undefined, 0, 0);
            return;
        }
        if (typeof v === 'boolean')
            return this.addString(v ? 'true' : 'false', line);
        if (v instanceof Date)
            return this.addString(Number.isNaN(v.getTime()) ? 'Invalid Date' : v.toISOString(), line);
        this.addString(typeof v === 'bigint' ? v.toString() : JSON.stringify(v), line);
    }
    check(v, x, intText, line) {
        const verdict = this.verdict(v, x, intText);
        if (verdict !== 0)
            this.applyVerdict(verdict, line, v);
    }
    applyVerdict(verdict, line, v) {
        if (verdict & V_TYPE)
            this.bad('type', line, v);
        if (verdict & V_MIN)
            this.bad('min', line, v);
        if (verdict & V_MAX)
            this.bad('max', line, v);
        if (verdict & V_CAT)
            this.bad('categories', line, v);
        if (verdict & V_REGEX)
            this.bad('regex', line, v);
    }
    /** verdict() for a numeric value when no rule needs its text (the hot path of numeric columns). */
    numericVerdict(x, intText) {
        const tc = this.typeCode;
        if (tc === T_INT) {
            if (!intText || x % 1 !== 0)
                return V_TYPE;
        }
        else if (tc === T_BOOL || tc === T_DATETIME)
            return V_TYPE;
        let out = 0;
        const lo = this.minNum;
        const hi = this.maxNum;
        if (lo !== undefined && x < lo)
            out |= V_MIN;
        if (hi !== undefined && x > hi)
            out |= V_MAX;
        return out;
    }
    /** Which rules a value breaks (bit mask; a type failure hides the others). */
    verdict(v, x, intText) {
        const t = this.rule.type;
        if (t !== undefined) {
            let ok;
            switch (t) {
                case 'int':
                    ok = x === x && intText && x % 1 === 0;
                    break;
                case 'float':
                    ok = x === x;
                    break;
                case 'bool':
                    ok = lowerBool(v);
                    break;
                case 'datetime':
                    ok = DATE_RE.test(v) && !Number.isNaN(Date.parse(v.length === 10 ? v : v.replace(' ', 'T')));
                    break;
                default:
                    ok = true;
            }
            if (!ok)
                return V_TYPE;
        }
        let out = 0;
        if (this.minNum !== undefined && x === x && x < this.minNum)
            out |= V_MIN;
        else if (this.minText !== undefined && x !== x && v < this.minText)
            out |= V_MIN;
        if (this.maxNum !== undefined && x === x && x > this.maxNum)
            out |= V_MAX;
        else if (this.maxText !== undefined && x !== x && v > this.maxText)
            out |= V_MAX;
        if (this.allowed !== undefined && !this.allowed.has(v))
            out |= V_CAT;
        if (this.regex !== undefined && !this.regex.test(v))
            out |= V_REGEX;
        return out;
    }
    /** The type the values support. */
    inferType() {
        const n = this.rows - this.missing;
        if (n === 0)
            return 'string';
        if (this.maybeNum && this.numCount === n)
            return this.maybeInt ? 'int' : 'float';
        // \u2265 99% numbers: numeric with bad cells (listed in nonNumeric), not a category.
        if (this.tsCount === 0 && isNearlyNumeric(this.numCount, n))
            return this.numInt ? 'int' : 'float';
        if (this.maybeBool)
            return 'bool';
        if (this.maybeDate)
            return 'datetime';
        const vc = this.valueCounts();
        if (vc !== null && vc.size <= CATEGORY_MAX && vc.size * 2 <= n)
            return 'category';
        return 'string';
    }
    get nonMissing() {
        return this.rows - this.missing;
    }
    /** Exact number of distinct non-missing values, or undefined beyond DISTINCT_CAP. */
    distinct() {
        const c = this.valueCounts();
        return c === null ? undefined : c.size;
    }
    /**
     * Counts of every non-missing value as text: text cells by their text, numeric cells by their
     * number (so "1.0" and "1" are one value). null when there are more than DISTINCT_CAP.
     */
    valueCounts() {
        if (this.tsCount > 0)
            return null;
        const textCells = this.nonMissing - this.numCount;
        if (textCells > 0 && this.dict === null)
            return null;
        if (this.numCount > 0 && this.numCounts === null)
            return null;
        const out = new Map();
        if (this.dict !== null)
            for (let i = 0; i < this.dict.size; i++)
                out.set(this.dict.texts[i], this.dict.counts[i]);
        if (this.numCount > 0) {
            const add = (k, v) => {
                const key = String(k);
                out.set(key, (out.get(key) ?? 0) + v);
            };
            const sm = this.smallCounts;
            for (let k = 0; k < sm.length; k++)
                if (sm[k] > 0)
                    add(k, sm[k]);
            this.numCounts.forEach(add);
        }
        return out.size > DISTINCT_CAP ? null : out;
    }
}
/** Stream a file once and build its profile. */
async function profileDataset(path, opts = {}) {
    const format = detectFormat(path, opts.format);
    const sampleSize = opts.sampleSize ?? 50_000;
    const seed = opts.seed ?? 1;
    const maxExamples = opts.maxExamples ?? 20;
    const profilers = [];
    let columns = [];
    let rows = 0;
    const dup = opts.duplicateRows ? new DuplicateFinder() : undefined;
    const onProgress = opts.onProgress;
    // A file that cannot be read is reported by the reader below, as without progress.
    const totalBytes = onProgress && format !== 'delta' ? await fileSize(path).catch(() => 0) : 0;
    let bytes = 0;
    const onBytes = onProgress ? (b) => void (bytes = b) : undefined;
    const progress = onProgress ? () => onProgress({ bytes, totalBytes, rows, done: false }) : undefined;
    const addColumns = (names) => {
        // Columns may grow (JSON): a new column was missing in every earlier row.
        while (profilers.length < names.length) {
            const name = names[profilers.length];
            const p = new ColumnProfiler(name, opts.rules?.[name], sampleSize, seed, maxExamples, !!opts.inferUnique);
            for (let r = 0; r < rows; r++)
                p.addMissing(r + 1);
            profilers.push(p);
        }
        columns = names;
    };
    const addTextRows = (data, lines) => {
        const nc = profilers.length;
        for (let r = 0; r < data.length; r++) {
            const row = data[r];
            const line = lines[r];
            for (let c = 0; c < nc; c++)
                profilers[c].addString(row[c], line);
            if (dup) {
                rowHash(row, H);
                dup.add(H[0], H[1], line);
            }
        }
        rows += data.length;
    };
    if (format === 'csv' || format === 'tsv') {
        const delimiter = format === 'csv' ? ',' : '\t';
        for await (const part of readDelimitedParts(path, delimiter, 16384, opts.chunkSize, onBytes)) {
            if (part.kind === 'rows') {
                addColumns(part.batch.columns);
                addTextRows(part.batch.rows, part.batch.lines);
            }
            else {
                addColumns(part.columns);
                rows += scanLines(path, delimiter, part.buf, part.start, part.end, part.firstLine, profilers, dup);
            }
            progress?.();
        }
    }
    else if (format === 'parquet' || format === 'delta') {
        const hasher = dup ? new RowHasher() : undefined;
        for await (const g of readParquetColumns(path, format, false, onBytes)) {
            addColumns(g.columns);
            hasher?.reset(g.rows);
            for (let c = 0; c < g.columns.length; c++) {
                const p = profilers[c];
                const ts = g.timestamps[c];
                await g.readPages(c, (page) => {
                    const base = page.rowStart + 1;
                    const at = page.rowStart - g.rowStart;
                    if (page.kind === 'numbers') {
                        p.addNumbers(page.values, page.nulls, page.rows, base, ts);
                        hasher?.addNumbers(page.values, page.nulls, page.rows, at);
                    }
                    else if (page.kind === 'dict') {
                        p.addDictionaryPage(page.dictionary, page.indices, page.rows, base);
                        hasher?.addDictionary(page.dictionary, page.indices, page.rows, at);
                    }
                    else {
                        const col = page.values;
                        for (let i = 0; i < page.rows; i++) {
                            const v = col[i];
                            if (v === null || v === undefined)
                                p.addMissing(base + i);
                            else if (ts && typeof v === 'number')
                                p.addTimestamp(v, base + i);
                            else
                                p.addValue(typeof v === 'bigint' ? Number(v) : v, base + i);
                        }
                        hasher?.addValues(col, page.rows, at);
                    }
                });
            }
            if (dup && hasher) {
                for (let i = 0; i < g.rows; i++) {
                    hasher.finish(i, H);
                    dup.add(H[0], H[1], g.rowStart + i + 1);
                }
            }
            rows += g.rows;
            progress?.();
        }
        for (const p of profilers)
            p.finishTimestamps();
    }
    else {
        for await (const batch of readBatches(path, { format, batchSize: 16384, chunkSize: opts.chunkSize, onBytes })) {
            addColumns(batch.columns);
            const nc = profilers.length;
            const data = batch.rows;
            const lines = batch.lines;
            for (let r = 0; r < data.length; r++) {
                const row = data[r];
                const line = lines[r];
                for (let c = 0; c < nc; c++)
                    profilers[c].addValue(row[c], line);
                if (dup) {
                    rowHash(row.map((v) => (v === null || v === undefined ? '' : v instanceof Date ? v.toISOString() : typeof v === 'object' ? JSON.stringify(v) : String(v))), H);
                    dup.add(H[0], H[1], line);
                }
            }
            rows += data.length;
            progress?.();
        }
    }
    onProgress?.({ bytes: Math.max(bytes, totalBytes), totalBytes, rows, done: true });
    return {
        path,
        format,
        linesAreRecords: LINE_IS_RECORD[format],
        rows,
        columns,
        profilers,
        duplicateRows: dup?.duplicates(maxExamples),
        sampleSize,
        seed,
    };
}
/**
 * Tokenize complete, quote-free lines of bytes straight into the column profilers: no strings
 * or arrays per row. Returns the number of rows (blank lines skipped).
 */
function scanLines(path, delimiter, buf, start, end, firstLine, profilers, dup) {
    const b = buf;
    const d = delimiter.charCodeAt(0);
    const n = profilers.length;
    let line = firstLine;
    let i = start;
    let rows = 0;
    while (i < end) {
        const nl = b.indexOf(10, i);
        let e = nl;
        if (e > i && b[e - 1] === 13)
            e--;
        if (e === i) {
            i = nl + 1;
            line++;
            continue;
        }
        // A ragged row aborts the whole run, so cells before the error may already be counted.
        let c = 0;
        let s = i;
        for (let k = i; k < e; k++) {
            if (b[k] === d) {
                if (c === n - 1)
                    throw raggedRowError(path, delimiter, line, b.toString('utf8', i, e).split(delimiter), n);
                profilers[c++].addCell(b, s, k, line);
                s = k + 1;
            }
        }
        if (c !== n - 1)
            throw raggedRowError(path, delimiter, line, b.toString('utf8', i, e).split(delimiter), n);
        profilers[c].addCell(b, s, e, line);
        if (dup) {
            if (rowHashBytes(b, i, e, d, H))
                dup.add(H[0], H[1], line);
            else {
                rowHash(b.toString('utf8', i, e).split(delimiter), H);
                dup.add(H[0], H[1], line);
            }
        }
        rows++;
        i = nl + 1;
        line++;
    }
    return rows;
}
/**
 * 64-bit hashes of the rows of one Parquet row group, built a column at a time (so each column
 * is decoded once): every cell mixes two 32-bit words into the row's state \u2014 a number's IEEE
 * bits (\u22120 as 0, missing as a NaN pattern no value has), a text's hash2 (missing = hash2('')).
 * Rows are equal when their cells are, so equal hashes mean duplicate rows (up to 64-bit collisions).
 */
class RowHasher {
    h1 = new Uint32Array(0);
    h2 = new Uint32Array(0);
    f = new Float64Array(1);
    w = new Uint32Array(this.f.buffer);
    t = new Uint32Array(2);
    dictSeen;
    dictH1 = new Uint32Array(0);
    dictH2 = new Uint32Array(0);
    reset(rows) {
        if (this.h1.length < rows) {
            this.h1 = new Uint32Array(rows);
            this.h2 = new Uint32Array(rows);
        }
        this.h1.fill(0x811c9dc5, 0, rows);
        this.h2.fill(0x9747b28c, 0, rows);
    }
    mix(r, a, b) {
        let h1 = this.h1[r];
        let h2 = this.h2[r];
        let k = Math.imul(a, 0xcc9e2d51);
        k = Math.imul((k << 15) | (k >>> 17), 0x1b873593);
        h1 ^= k;
        h1 = Math.imul((h1 << 13) | (h1 >>> 19), 5) + 0xe6546b64;
        k = Math.imul(b, 0xcc9e2d51);
        k = Math.imul((k << 15) | (k >>> 17), 0x1b873593);
        h1 ^= k;
        h1 = Math.imul((h1 << 13) | (h1 >>> 19), 5) + 0xe6546b64;
        h2 = Math.imul(h2 ^ b, 0x5bd1e995);
        h2 ^= h2 >>> 13;
        h2 = Math.imul(h2 ^ a, 0x5bd1e995);
        h2 ^= h2 >>> 15;
        this.h1[r] = h1;
        this.h2[r] = h2;
    }
    addNumbers(values, nulls, n, at) {
        const f = this.f;
        const w = this.w;
        for (let i = 0; i < n; i++) {
            if (nulls !== undefined && nulls[i] === 1)
                this.mix(at + i, 0x7ff8dead, 0xbeef0001);
            else {
                const x = values[i];
                f[0] = x === 0 ? 0 : x;
                this.mix(at + i, w[0], w[1]);
            }
        }
    }
    addDictionary(dictionary, indices, n, at) {
        if (dictionary !== this.dictSeen) {
            this.dictSeen = dictionary;
            const m = dictionary.texts.length;
            this.dictH1 = new Uint32Array(m);
            this.dictH2 = new Uint32Array(m);
            for (let k = 0; k < m; k++) {
                hash2(dictionary.texts[k], this.t);
                this.dictH1[k] = this.t[0];
                this.dictH2[k] = this.t[1];
            }
        }
        hash2('', this.t);
        const e1 = this.t[0];
        const e2 = this.t[1];
        for (let i = 0; i < n; i++) {
            const k = indices[i];
            if (k < 0)
                this.mix(at + i, e1, e2);
            else
                this.mix(at + i, this.dictH1[k], this.dictH2[k]);
        }
    }
    addValues(values, n, at) {
        const t = this.t;
        for (let i = 0; i < n; i++) {
            const v = values[i];
            hash2(v === null || v === undefined ? '' : v instanceof Date ? v.toISOString() : typeof v === 'object' ? objectText(v) : String(v), t);
            this.mix(at + i, t[0], t[1]);
        }
    }
    finish(r, out) {
        out[0] = this.h1[r] >>> 0;
        out[1] = this.h2[r] >>> 0;
    }
}
function objectText(v) {
    try {
        return JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? x.toString() : x));
    }
    catch {
        return String(v);
    }
}
/** rowHash over ASCII bytes; false (no hash) when the line has non-ASCII bytes. */
function rowHashBytes(b, s, e, d, out) {
    let h1 = 0x811c9dc5;
    let h2 = 0x9747b28c;
    for (let i = s; i <= e; i++) {
        let ch = i === e ? d : b[i];
        if (ch >= 0x80)
            return false;
        if (ch === d)
            ch = 0x1f;
        h1 = Math.imul(h1 ^ ch, 0x01000193);
        h2 = Math.imul(h2 ^ ch, 0x5bd1e995);
        h2 ^= h2 >>> 13;
    }
    out[0] = h1 >>> 0;
    out[1] = (h2 ^ (h2 >>> 15)) >>> 0;
    return true;
}
/** 64-bit hash of a row of strings (cells separated by a unit separator). */
function rowHash(row, out) {
    let h1 = 0x811c9dc5;
    let h2 = 0x9747b28c;
    for (let c = 0; c < row.length; c++) {
        const s = row[c];
        for (let i = 0; i < s.length; i++) {
            const ch = s.charCodeAt(i);
            h1 = Math.imul(h1 ^ ch, 0x01000193);
            h2 = Math.imul(h2 ^ ch, 0x5bd1e995);
            h2 ^= h2 >>> 13;
        }
        h1 = Math.imul(h1 ^ 0x1f, 0x01000193);
        h2 = Math.imul(h2 ^ 0x1f, 0x5bd1e995);
        h2 ^= h2 >>> 13;
    }
    out[0] = h1 >>> 0;
    out[1] = (h2 ^ (h2 >>> 15)) >>> 0;
}
const QUANTILES = (/* unused pure expression or super */ null && ([
    ['p01', 0.01],
    ['p05', 0.05],
    ['p25', 0.25],
    ['p50', 0.5],
    ['p75', 0.75],
    ['p95', 0.95],
    ['p99', 0.99],
]));
/** Summaries of one column for the report. `type` is the declared type when there is one. */
function summarizeColumn(p, topN = 10) {
    const inferredType = p.inferType();
    const out = { name: p.name, inferredType, rows: p.rows, missing: p.missing };
    const distinct = p.distinct();
    if (distinct !== undefined)
        out.distinct = distinct;
    if (p.numCount > 0 && p.reservoir) {
        const arr = toNumberArray(p.reservoir.sample().sort());
        const quantiles = {};
        for (const [k, q] of QUANTILES)
            quantiles[k] = quantileSorted(arr, q);
        const exact = p.reservoir.exact;
        out.numeric = {
            min: p.min,
            max: p.max,
            mean: p.mean,
            std: Math.sqrt(p.variance),
            quantiles,
            exact,
            rankError: exact ? 0 : 3 * Math.sqrt(0.25 / p.reservoir.size),
        };
    }
    if (inferredType === 'datetime' && p.minStr !== undefined && p.maxStr !== undefined)
        out.datetime = { min: p.minStr, max: p.maxStr };
    const vc = inferredType === 'category' || inferredType === 'bool' || inferredType === 'string' ? p.valueCounts() : null;
    if (vc !== null) {
        out.top = [...vc.entries()]
            .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
            .slice(0, topN)
            .map(([value, count]) => ({ value, count }));
    }
    if (p.uniq)
        out.unique = p.uniq.duplicates(0).count === 0;
    else if (p.repeated)
        out.unique = false;
    return out;
}

;// CONCATENATED MODULE: ./src/data/table-build.js
/**
 * Building one column of a ColumnTable (src/data/table.ts) row by row, in chunked typed storage
 * (no 2\u00d7 peak from doubling a 10M-row array: chunks of CHUNK rows, concatenated once at the end).
 *
 * A column starts as numbers (Float64Array, NaN = missing or not a number, raw text of odd cells
 * in `other`) and switches once to dictionary codes (Int32Array + dict) when its non-number,
 * non-missing cells exceed max(16, 1% of its non-missing cells so far); see docs in table.ts.
 */



/** Rows per storage chunk. */
const CHUNK = 1 << 16;
/** Non-canonical number texts kept in `other` before a column is marked lossy. */
const NON_CANONICAL_CAP = 4096;
/** Fewest non-number cells that switch a column to text. */
const SWITCH_MIN = 16;
const SWITCH_SHARE = 0.01;
const NUMBER_RE = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
/** The number a text cell holds (trimmed), or NaN; the trainer's rule (src/model/preprocess.ts). */
function numberOfText(v) {
    if (NUMBER_RE.test(v))
        return Number(v);
    const t = v.trim();
    if (t !== v && NUMBER_RE.test(t))
        return Number(t);
    return Number.NaN;
}
/**
 * Growable typed storage: chunks of CHUNK values, or one array of a reserved size (an estimate
 * of the rows, filled in place and handed out as a view: no copy, no 2\u00d7 peak), then chunks again
 * if the estimate was short; finish() concatenates only then.
 */
class Chunks {
    make;
    chunks = [];
    cur;
    pos = 0;
    length = 0;
    constructor(make) {
        this.make = make;
        this.cur = make(0);
    }
    push(x) {
        if (this.pos === this.cur.length)
            this.next();
        this.cur[this.pos++] = x;
        this.length++;
    }
    next() {
        if (this.cur.length > 0)
            this.chunks.push(this.cur);
        this.cur = this.make(CHUNK);
        this.pos = 0;
    }
    /** Room for `rows` values in one array (when nothing is chunked yet and it is more than now). */
    reserve(rows) {
        if (this.chunks.length > 0 || rows <= this.cur.length)
            return;
        const big = this.make(rows);
        big.set(this.cur.subarray(0, this.pos));
        this.cur = big;
    }
    /** One array of `length` values; the chunks are released (pushing again starts a new array). */
    finish() {
        let out;
        if (this.chunks.length === 0) {
            // A view when the reservation was about right; a copy when it was far too big.
            if (this.pos === this.cur.length)
                out = this.cur;
            else if (this.cur.length <= CHUNK || this.pos >= 0.9 * this.cur.length)
                out = this.cur.subarray(0, this.pos);
            else
                out = this.cur.slice(0, this.pos);
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
 * Text \u2192 code dictionary in order of first appearance, found by the string or by its UTF-8 bytes
 * (open addressing on FNV-1a over the bytes, in typed arrays; grows at half load).
 */
class Dict {
    texts = [];
    index = new Map();
    slots = new Int32Array(256); // code + 1; 0 = empty
    arena = new Uint8Array(4096);
    used = 0;
    starts = new Int32Array(64);
    hashes = new Int32Array(64);
    code(s) {
        const k = this.index.get(s);
        if (k !== undefined)
            return k;
        const b = Buffer.from(s, 'utf8');
        return this.add(s, b, 0, b.length, hashBytes(b, 0, b.length));
    }
    /** Code of the text in UTF-8 bytes [s, e) (valid UTF-8). */
    codeBytes(b, s, e) {
        let h = 0x811c9dc5;
        for (let i = s; i < e; i++)
            h = Math.imul(h ^ b[i], 0x01000193);
        const slots = this.slots;
        const mask = slots.length - 1;
        const len = e - s;
        const arena = this.arena;
        for (let slot = h & mask;; slot = (slot + 1) & mask) {
            const k1 = slots[slot];
            if (k1 === 0)
                break;
            const k = k1 - 1;
            if (this.hashes[k] !== h)
                continue;
            const a = this.starts[k];
            if (this.starts[k + 1] - a !== len)
                continue;
            let i = 0;
            while (i < len && arena[a + i] === b[s + i])
                i++;
            if (i === len)
                return k;
        }
        return this.add(b.toString('utf8', s, e), b, s, e, h);
    }
    add(text, b, s, e, h) {
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
        if (2 * (k + 1) > this.slots.length)
            this.rehash();
        else
            this.place(k, h);
        return k;
    }
    place(k, h) {
        const mask = this.slots.length - 1;
        let slot = h & mask;
        while (this.slots[slot] !== 0)
            slot = (slot + 1) & mask;
        this.slots[slot] = k + 1;
    }
    rehash() {
        this.slots = new Int32Array(this.slots.length * 2);
        for (let k = 0; k < this.texts.length; k++)
            this.place(k, this.hashes[k]);
    }
}
function hashBytes(b, s, e) {
    let h = 0x811c9dc5;
    for (let i = s; i < e; i++)
        h = Math.imul(h ^ b[i], 0x01000193);
    return h;
}
class ColumnBuilder {
    kind;
    n = 0;
    nums;
    other = new Map();
    lossy = false;
    nonCanonical = 0;
    nonMissing = 0;
    nonNumber = 0;
    codes;
    dict;
    /** Rows expected (0: unknown): storage is reserved for them. */
    hint = 0;
    reserve(rows) {
        this.hint = rows;
        this.nums?.reserve(rows);
        this.codes?.reserve(rows);
    }
    constructor(text) {
        this.kind = text ? 'text' : 'number';
        if (text)
            this.toText();
        else
            this.nums = new Chunks((k) => new Float64Array(k));
    }
    /** Rows [n, r) become missing (a JSON column first seen at row r). */
    padTo(r) {
        while (this.n < r)
            this.pushMissing();
    }
    pushMissing() {
        if (this.kind === 'number')
            this.nums.push(Number.NaN);
        else
            this.codes.push(-1);
        this.n++;
    }
    /** A number; `raw` is the text as read when it is not String(x) (undefined: canonical or not text). */
    pushNumber(x, raw) {
        this.nonMissing++;
        if (this.kind === 'number') {
            if (raw !== undefined) {
                if (this.nonCanonical < NON_CANONICAL_CAP) {
                    this.nonCanonical++;
                    this.other.set(this.n, raw);
                }
                else
                    this.lossy = true;
            }
            this.nums.push(x);
        }
        else
            this.codes.push(this.dict.code(raw ?? String(x)));
        this.n++;
    }
    /** A non-missing value that is not a number, as text. */
    pushText(s) {
        this.nonMissing++;
        if (this.kind === 'number') {
            this.other.set(this.n, s);
            this.nums.push(Number.NaN);
            this.n++;
            if (++this.nonNumber > SWITCH_MIN && this.nonNumber > SWITCH_SHARE * this.nonMissing)
                this.toText();
            return;
        }
        this.codes.push(this.dict.code(s));
        this.n++;
    }
    /** A text cell as read (CSV/TSV field, JSON string). */
    pushString(s) {
        if ((0,missing/* isMissingText */.wF)(s))
            return this.pushMissing();
        if (this.kind === 'text') {
            this.nonMissing++;
            this.codes.push(this.dict.code(s));
            this.n++;
            return;
        }
        const x = numberOfText(s);
        if (x === x)
            this.pushNumber(x, String(x) === s ? undefined : s);
        else
            this.pushText(s);
    }
    /** A CSV/TSV field: UTF-8 bytes [s, e) of `b`, as read (valid UTF-8). */
    pushBytes(b, s, e) {
        if (s === e)
            return this.pushMissing();
        const first = b[s];
        const last = b[e - 1];
        if (first <= 0x20 || first >= 0x80 || last <= 0x20 || last >= 0x80)
            return this.pushString(b.toString('utf8', s, e));
        if (this.kind === 'number') {
            const x = parseCellBytes(b, s, e);
            if (x === x) {
                if (CANONICAL) {
                    this.nonMissing++;
                    this.nums.push(x);
                    this.n++;
                    return;
                }
                return this.pushNumber(x, b.toString('latin1', s, e));
            }
            if ((0,missing/* isMissingBytes */.sg)(b, s, e))
                return this.pushMissing();
            return this.pushText(b.toString('utf8', s, e));
        }
        if ((0,missing/* isMissingBytes */.sg)(b, s, e))
            return this.pushMissing();
        this.nonMissing++;
        this.codes.push(this.dict.codeBytes(b, s, e));
        this.n++;
    }
    /** A page of Parquet doubles (rows [0, rows) of `values`; nulls[i] 1 = missing). */
    pushDoubles(values, nulls, rows) {
        if (this.kind === 'number') {
            const nums = this.nums;
            let present = 0;
            for (let i = 0; i < rows; i++) {
                const x = values[i];
                if ((nulls !== undefined && nulls[i] !== 0) || x !== x)
                    nums.push(Number.NaN);
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
            if ((nulls !== undefined && nulls[i] !== 0) || x !== x)
                this.pushMissing();
            else
                this.pushNumber(x, undefined);
        }
    }
    pageDict;
    /** Per entry of pageDict: 0 missing, 1 number (canonical), 2 number (raw text differs), 3 text. */
    pageKind = new Uint8Array(0);
    pageNum = new Float64Array(0);
    /** Per entry: code in this.dict, or -2 not yet looked up (text columns). */
    pageCode = new Int32Array(0);
    /** A page of dictionary-encoded Parquet text: indices into `texts`, -1 = missing. */
    pushDictPage(texts, indices, rows) {
        if (this.pageDict !== texts) {
            this.pageDict = texts;
            const m = texts.length;
            this.pageKind = new Uint8Array(m);
            this.pageNum = new Float64Array(m);
            this.pageCode = new Int32Array(m).fill(-2);
            for (let k = 0; k < m; k++) {
                const t = texts[k];
                if ((0,missing/* isMissingText */.wF)(t))
                    continue;
                const x = numberOfText(t);
                if (x === x) {
                    this.pageNum[k] = x;
                    this.pageKind[k] = String(x) === t ? 1 : 2;
                }
                else
                    this.pageKind[k] = 3;
            }
        }
        const kind = this.pageKind;
        for (let i = 0; i < rows; i++) {
            const k = indices[i];
            if (this.kind === 'text') {
                if (k < 0 || kind[k] === 0) {
                    this.codes.push(-1);
                    this.n++;
                    continue;
                }
                let code = this.pageCode[k];
                if (code === -2)
                    code = this.pageCode[k] = this.dict.code(texts[k]);
                this.codes.push(code);
                this.nonMissing++;
                this.n++;
                continue;
            }
            if (k < 0)
                this.pushMissing();
            else {
                const kk = kind[k];
                if (kk === 0)
                    this.pushMissing();
                else if (kk === 1)
                    this.pushNumber(this.pageNum[k], undefined);
                else if (kk === 2)
                    this.pushNumber(this.pageNum[k], texts[k]);
                else
                    this.pushText(texts[k]);
            }
        }
    }
    /** A JS value from JSON or Parquet (null = missing; Date \u2192 ISO text; objects \u2192 JSON text). */
    pushValue(v) {
        if (v === null || v === undefined)
            return this.pushMissing();
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
    toText() {
        this.kind = 'text';
        this.dict = new Dict();
        this.codes = new Chunks((k) => new Int32Array(k));
        if (this.hint > 0)
            this.codes.reserve(this.hint);
        if (!this.nums)
            return;
        const nums = this.nums.finish();
        this.nums = undefined;
        for (let r = 0; r < this.n; r++) {
            const raw = this.other.get(r);
            if (raw !== undefined)
                this.codes.push(this.dict.code(raw));
            else {
                const x = nums[r];
                this.codes.push(x === x ? this.dict.code(String(x)) : -1);
            }
        }
        this.other = new Map();
        this.lossy = false;
    }
    finish() {
        if (this.kind === 'number') {
            const col = { kind: 'number', values: this.nums.finish(), other: this.other };
            if (this.lossy)
                col.lossy = true;
            return col;
        }
        return { kind: 'text', codes: this.codes.finish(), dict: this.dict.texts };
    }
}
/** Set by parseCellBytes: whether the text is exactly String(x) of the number it returned. */
let CANONICAL = false;
const table_build_POW10 = Array.from({ length: 23 }, (_, i) => 10 ** i);
/** Whether the text the last parseCellBytes call parsed as a number is String(x) exactly. */
function lastCellCanonical() {
    return CANONICAL;
}
/**
 * The number in ASCII bytes [s, e) (no surrounding whitespace), or NaN; one pass that also sets
 * CANONICAL. [-]digits[.digits] with at most 15 digits is parsed here (mantissa / 10^k: correctly
 * rounded, the same double as Number(text)); anything else (exponent, '+', more digits) by
 * parseNumberBytes and a string comparison.
 */
function parseCellBytes(b, s, e) {
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
        if (c < 48 || c > 57)
            break;
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
            if (c < 48 || c > 57)
                break;
            mant = mant * 10 + (c - 48);
            i++;
        }
        frac = i - fracStart;
        if (frac === 0 || b[i - 1] === 48)
            canon = false;
    }
    if (i !== e || intLen + frac > 15 || intLen + frac === 0) {
        // exponent, '+', many digits, or not a number: the general parser, then compare the text
        const x = parseNumberBytes(b, s, e);
        CANONICAL = x === x && String(x) === b.toString('latin1', s, e);
        return x;
    }
    let x = frac === 0 ? mant : mant / table_build_POW10[frac];
    if (neg) {
        x = -x;
        if (mant === 0)
            canon = false; // "-0": String gives "0"
    }
    if (canon && frac > 0 && x < 1e-6 && x > -1e-6)
        canon = false; // String writes these with an exponent
    CANONICAL = canon;
    return x;
}
function jsonText(v) {
    try {
        return JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? Number(x) : x)) ?? String(v);
    }
    catch {
        return String(v);
    }
}
/** Columns (of the file's, in file order) to keep, checked against `wanted` when `final`. */
function selectColumns(path, present, wanted, final) {
    if (!wanted)
        return present.map((_, i) => i);
    const set = new Set(wanted);
    if (final) {
        const have = new Set(present);
        const missing = wanted.filter((w) => !have.has(w));
        if (missing.length > 0) {
            throw new errors.UsageError(`${path}: column${missing.length > 1 ? 's' : ''} ${missing.map((m) => `"${m}"`).join(', ')} not found; the file has ${present.map((p) => `"${p}"`).join(', ')}; check the column names (they are case-sensitive)`);
        }
    }
    const out = [];
    for (let i = 0; i < present.length; i++)
        if (set.has(present[i]))
            out.push(i);
    return out;
}
/** The records' bytes of a batch (CSV/TSV/JSONL), copied into one growing buffer. */
class RawBuilder {
    bytes = Buffer.allocUnsafe(1 << 16);
    used = 0;
    starts = new Chunks((k) => new Int32Array(k));
    ends = new Chunks((k) => new Int32Array(k));
    room(len) {
        if (this.used + len <= this.bytes.length)
            return;
        const bigger = Buffer.allocUnsafe(Math.max(Math.ceil(this.bytes.length * 1.5), this.used + len));
        this.bytes.copy(bigger, 0, 0, this.used);
        this.bytes = bigger;
    }
    addBytes(b, s, e) {
        this.room(e - s);
        this.starts.push(this.used);
        b.copy(this.bytes, this.used, s, e);
        this.used += e - s;
        this.ends.push(this.used);
    }
    addText(t) {
        const len = Buffer.byteLength(t);
        this.room(len);
        this.starts.push(this.used);
        this.bytes.write(t, this.used);
        this.used += len;
        this.ends.push(this.used);
    }
    finish() {
        return { bytes: new Uint8Array(this.bytes.buffer, this.bytes.byteOffset, this.used), start: this.starts.finish(), end: this.ends.finish() };
    }
}
/**
 * A table (or a batch) being read: the file's columns, a builder per kept column (undefined for
 * skipped ones, indexed by file column), lines, and optionally the records' raw bytes.
 */
class Assembler {
    path;
    format;
    wanted;
    textSet;
    batchRows;
    withRaw;
    fileColumns = [];
    slots = [];
    lines = new Chunks((k) => new Int32Array(k));
    n = 0;
    total = 0;
    raw;
    header;
    want;
    constructor(path, format, wanted, textSet, batchRows, withRaw) {
        this.path = path;
        this.format = format;
        this.wanted = wanted;
        this.textSet = textSet;
        this.batchRows = batchRows;
        this.withRaw = withRaw;
        this.want = wanted ? new Set(wanted) : undefined;
        if (withRaw)
            this.raw = new RawBuilder();
    }
    /** The file's columns so far (a longer list adds columns at the end: JSON keys seen later). `final`: check `wanted` now. */
    setColumns(cols, final) {
        if (final)
            selectColumns(this.path, cols, this.wanted, true);
        for (let i = this.fileColumns.length; i < cols.length; i++) {
            if (this.want && !this.want.has(cols[i]))
                this.slots.push(undefined);
            else {
                const b = new ColumnBuilder(this.textSet.has(cols[i]));
                if (this.hint > 0)
                    b.reserve(this.hint);
                b.padTo(this.n);
                this.slots.push(b);
            }
        }
        this.fileColumns = cols.length > this.fileColumns.length ? cols.slice() : this.fileColumns;
    }
    /** Rows expected in this table: storage for them is reserved now (one array per column). */
    reserve(rows) {
        for (const b of this.slots)
            b?.reserve(rows);
        this.lines.reserve(rows);
        this.hint = rows;
    }
    hint = 0;
    endRow(line) {
        this.lines.push(line);
        this.n++;
        this.total++;
    }
    /** The rows read since the last flush as a table; builders start again empty. */
    flush() {
        const keep = [];
        for (let i = 0; i < this.slots.length; i++)
            if (this.slots[i])
                keep.push(i);
        const columns = [];
        for (const i of keep) {
            const b = this.slots[i];
            b.padTo(this.n);
            columns.push(b.finish());
            this.slots[i] = new ColumnBuilder(this.textSet.has(this.fileColumns[i]));
        }
        const t = {
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
        if (this.header)
            t.header = this.header;
        this.n = 0;
        return t;
    }
}
/** Rows a file of `totalBytes` likely holds, from `rows` rows in `bytes` bytes, 3% over (storage is reserved for them). */
function estimateRows(totalBytes, rows, bytes) {
    return Math.ceil(((totalBytes * rows) / bytes) * 1.03) + 1024;
}

;// CONCATENATED MODULE: ./src/data/table-csv.js
/**
 * CSV/TSV into columns: validate's byte-level reader (readDelimitedParts) cuts the file at record
 * ends; records without quotes, and records whose quoted fields are well formed, are tokenized here
 * from bytes straight into the column builders (numbers parsed from bytes, text looked up in the
 * dictionary by its bytes: no string per cell); a piece with any other use of quotes comes parsed
 * by papaparse as strings (its errors and readings are readTable's).
 */



/**
 * Tokenize lines from cursor.pos until `end` or until the batch is full. The lines hold no
 * quote; each ends with "\n".
 */
function consumeBytes(a, cur, buf, end, delim, path) {
    const slots = a.slots;
    const nCols = slots.length;
    const raw = a.raw;
    const limit = a.batchRows;
    let pos = cur.pos;
    let line = cur.line;
    while (pos < end && a.n < limit) {
        const nl = buf.indexOf(10, pos);
        const next = nl + 1;
        let le = nl;
        if (le > pos && buf[le - 1] === 13)
            le--;
        if (le === pos && nCols > 1) {
            pos = next;
            line++;
            continue; // a blank line (with one column it is a row with one empty cell, as readTable reads it)
        }
        let s = pos;
        let c = 0;
        for (let i = pos; i < le; i++) {
            if (buf[i] === delim) {
                if (c < nCols) {
                    const b = slots[c];
                    if (b !== undefined)
                        b.pushBytes(buf, s, i);
                }
                c++;
                s = i + 1;
            }
        }
        if (c < nCols) {
            const b = slots[c];
            if (b !== undefined)
                b.pushBytes(buf, s, le);
        }
        c++;
        if (c !== nCols) {
            cur.pos = pos;
            cur.line = line;
            const row = buf.toString('utf8', pos, le).split(String.fromCharCode(delim));
            throw (0,read/* raggedRowError */.Th)(path, String.fromCharCode(delim), line, row, nCols);
        }
        if (raw !== undefined)
            raw.addBytes(buf, pos, le);
        a.endRow(line);
        pos = next;
        line++;
    }
    cur.pos = pos;
    cur.line = line;
}
/** Field bounds of one quoted record: which buffer (0: the part, 1: the unescape scratch), start, end. */
const F_WHICH = [];
const F_START = [];
const F_END = [];
let scratch = Buffer.allocUnsafe(1 << 16);
/**
 * Tokenize well-quoted records (wellQuotedEnd said so) from cursor.pos until `end` or until the
 * batch is full: quoted fields unescaped ("" \u2192 ") into a scratch buffer, then every field pushed
 * from bytes as in consumeBytes. The last field loses one trailing "\r" (as readTable strips it).
 */
function consumeQuoted(a, cur, buf, end, delim, path) {
    const slots = a.slots;
    const nCols = slots.length;
    const raw = a.raw;
    const limit = a.batchRows;
    let pos = cur.pos;
    let line = cur.line;
    while (pos < end && a.n < limit) {
        const recLine = line;
        let i = pos;
        let k = 0;
        let used = 0;
        for (;;) {
            if (buf[i] === 34) {
                i++;
                const from = used;
                for (;;) {
                    const c = buf[i];
                    if (c === 34) {
                        if (buf[i + 1] === 34) {
                            if (used + 1 > scratch.length)
                                scratch = growScratch(scratch, used + 1);
                            scratch[used++] = 34;
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    if (c === 10)
                        line++;
                    if (used + 1 > scratch.length)
                        scratch = growScratch(scratch, used + 1);
                    scratch[used++] = c;
                    i++;
                }
                F_WHICH[k] = 1;
                F_START[k] = from;
                F_END[k] = used;
            }
            else {
                const from = i;
                while (buf[i] !== delim && buf[i] !== 10)
                    i++;
                F_WHICH[k] = 0;
                F_START[k] = from;
                F_END[k] = i;
            }
            k++;
            if (buf[i] === delim) {
                i++;
                continue;
            }
            break; // at "\n" or "\r\n" (wellQuotedEnd checked)
        }
        let recEnd = i;
        if (buf[i] === 13)
            i++;
        // i is at "\n"
        const next = i + 1;
        const lastBuf = F_WHICH[k - 1] === 1 ? scratch : buf;
        if (F_END[k - 1] > F_START[k - 1] && lastBuf[F_END[k - 1] - 1] === 13) {
            F_END[k - 1]--;
            if (F_WHICH[k - 1] === 0)
                recEnd = F_END[k - 1];
        }
        if (k === 1 && F_END[0] === F_START[0] && nCols > 1) {
            pos = next;
            line++;
            continue; // a blank line
        }
        if (k !== nCols) {
            const row = [];
            for (let f = 0; f < k; f++)
                row.push((F_WHICH[f] === 1 ? scratch : buf).toString('utf8', F_START[f], F_END[f]));
            cur.pos = pos;
            cur.line = recLine;
            throw (0,read/* raggedRowError */.Th)(path, String.fromCharCode(delim), recLine, row, nCols);
        }
        for (let f = 0; f < k; f++) {
            const b = slots[f];
            if (b !== undefined)
                b.pushBytes(F_WHICH[f] === 1 ? scratch : buf, F_START[f], F_END[f]);
        }
        if (raw !== undefined)
            raw.addBytes(buf, pos, recEnd);
        a.endRow(recLine);
        pos = next;
        line++;
    }
    cur.pos = pos;
    cur.line = line;
}
function growScratch(b, need) {
    const bigger = Buffer.allocUnsafe(Math.max(need, b.length * 2));
    b.copy(bigger, 0, 0, b.length);
    return bigger;
}
/** A CSV record for fields (quoted where needed). */
function recordText(row, delimiter) {
    let out = '';
    for (let i = 0; i < row.length; i++) {
        const f = row[i];
        if (i > 0)
            out += delimiter;
        out += f.includes('"') || f.includes(delimiter) || f.includes('\n') || f.includes('\r') ? `"${f.replace(/"/g, '""')}"` : f;
    }
    return out;
}
/** The header line's bytes (no BOM, no terminator) when it holds no quote; else the names joined. */
async function headerBytes(path, columns, delimiter) {
    const head = Buffer.from(await (0,fs.readRange)(path, 0, 1 << 16));
    let s = head.length >= 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
    const nl = head.indexOf(10, s);
    const q = head.indexOf(34, s);
    if (nl !== -1 && (q === -1 || q > nl)) {
        const e = nl > s && head[nl - 1] === 13 ? nl - 1 : nl;
        return new Uint8Array(head.subarray(s, e));
    }
    s = 0;
    return Buffer.from(recordText(columns, delimiter));
}
async function* readDelimitedColumns(path, delimiter, a, onBytes, totalBytes) {
    let estimated = Number.isFinite(a.batchRows);
    const delim = delimiter.charCodeAt(0);
    const cur = { pos: 0, line: 0 };
    let started = false;
    let bytesRead = 0;
    const seeBytes = (b) => {
        bytesRead = b;
        onBytes(b);
    };
    for await (const part of (0,read/* readDelimitedParts */.gu)(path, delimiter, 65536, 1 << 20, seeBytes, true)) {
        const columns = part.kind === 'bytes' ? part.columns : part.batch.columns;
        if (!started) {
            a.setColumns(columns, true);
            if (a.withRaw)
                a.header = await headerBytes(path, columns, delimiter);
            started = true;
        }
        if (part.kind === 'bytes') {
            cur.pos = part.start;
            cur.line = part.firstLine;
            const buf = part.buf;
            const before = a.total;
            const consume = part.quoted ? consumeQuoted : consumeBytes;
            while (cur.pos < part.end) {
                consume(a, cur, buf, part.end, delim, path);
                if (a.n >= a.batchRows)
                    yield a.flush();
            }
            if (!estimated && a.total - before >= 100) {
                a.reserve(estimateRows(totalBytes, a.total - before, part.end - part.start));
                estimated = true;
            }
        }
        else {
            const { rows, lines } = part.batch;
            const slots = a.slots;
            for (let r = 0; r < rows.length; r++) {
                const row = rows[r];
                for (let c = 0; c < slots.length; c++)
                    slots[c]?.pushString(row[c]);
                if (a.raw)
                    a.raw.addText(recordText(row, delimiter));
                a.endRow(lines[r]);
                if (a.n >= a.batchRows)
                    yield a.flush();
            }
            if (!estimated && a.total >= 1000 && bytesRead > 0) {
                // rows parsed so far in the bytes read so far (a part of a line may be unparsed: a small overestimate)
                a.reserve(estimateRows(totalBytes, a.total, bytesRead));
                estimated = true;
            }
        }
    }
}

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
;// CONCATENATED MODULE: ./src/data/table-json.js
/**
 * JSON Lines and JSON arrays into columns. JSON Lines: the file is cut at line-end bytes, checked
 * as UTF-8 a piece at a time, each line parsed with JSON.parse and its values put straight into
 * the column builders (a key first seen later adds a column, missing before); each record's bytes
 * are kept for batches. JSON arrays: readBatches' records. Errors are readTable's.
 */





/** Put one record's values into the builders (columns it lacks: missing). */
function putRecord(a, obj, index) {
    const n = a.n;
    for (const key in obj) {
        let i = index.get(key);
        if (i === undefined) {
            i = a.fileColumns.length;
            index.set(key, i);
            a.setColumns([...a.fileColumns, key], false);
        }
        const b = a.slots[i];
        if (b !== undefined && b.n === n)
            b.pushValue(obj[key]);
    }
    const slots = a.slots;
    for (let c = 0; c < slots.length; c++) {
        const b = slots[c];
        if (b !== undefined && b.n === n)
            b.pushMissing();
    }
}
async function* readJsonLinesColumns(path, a, onBytes, totalBytes) {
    let estimated = Number.isFinite(a.batchRows);
    const index = new Map();
    const chunkSize = 1 << 20;
    let buf = Buffer.allocUnsafe(2 * chunkSize);
    let carry = 0;
    let line = 1;
    let bytesRead = 0;
    let any = false;
    let first = true;
    const reader = await (0,fs/* openReader */.cE)(path);
    /** Lines [s, e) of buf (e is just after a "\n", or the end of the file). */
    function* take(s, e, last) {
        let pos = s;
        while (pos < e) {
            let nl = buf.indexOf(10, pos);
            if (nl === -1 || nl >= e) {
                if (!last)
                    break;
                nl = e;
            }
            let le = nl;
            if (le > pos && buf[le - 1] === 13)
                le--;
            const text = buf.toString('utf8', pos, le);
            if (text.trim() !== '') {
                putRecord(a, (0,read/* parseJsonLine */.wz)(path, text, line), index);
                if (a.raw)
                    a.raw.addBytes(buf, pos, le);
                a.endRow(line);
                if (a.n >= a.batchRows)
                    yield a.flush();
            }
            line++;
            pos = nl + 1;
        }
    }
    try {
        for (;;) {
            if (buf.length - carry < chunkSize) {
                const bigger = Buffer.allocUnsafe(buf.length * 2);
                buf.copy(bigger, 0, 0, carry);
                buf = bigger;
            }
            const got = await reader.read(buf, carry, chunkSize);
            if (got === 0)
                break;
            any = true;
            bytesRead += got;
            onBytes(bytesRead);
            let len = carry + got;
            if (first) {
                if (len >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
                    buf.copy(buf, 0, 3, len);
                    len -= 3;
                }
                first = false;
            }
            const last = buf.lastIndexOf(10, len - 1);
            if (last === -1) {
                carry = len;
                continue;
            }
            if (!(0,external_node_buffer_.isUtf8)(buf.subarray(0, last + 1)))
                throw await (0,read/* utf8Error */.s3)(path);
            const before = a.total;
            yield* take(0, last + 1, false);
            if (!estimated && a.total - before >= 100) {
                a.reserve(estimateRows(totalBytes, a.total - before, last + 1));
                estimated = true;
            }
            buf.copy(buf, 0, last + 1, len);
            carry = len - last - 1;
        }
        if (!any)
            throw (0,read/* emptyError */.CA)(path);
        if (carry > 0) {
            if (!(0,external_node_buffer_.isUtf8)(buf.subarray(0, carry)))
                throw await (0,read/* utf8Error */.s3)(path);
            yield* take(0, carry, true);
        }
    }
    finally {
        await reader.close();
    }
    if (a.total === 0)
        throw new errors.UsageError(`${path}:1:1: no records; a JSON Lines file holds one JSON object per line`);
}
/** JSON arrays (record numbers as lines) through readBatches' records. */
async function* readJsonArrayColumns(path, a, onBytes) {
    for await (const b of (0,read/* readBatches */.Pu)(path, { format: 'json', batchSize: 8192, onBytes })) {
        if (b.columns.length > a.fileColumns.length)
            a.setColumns(b.columns, false);
        const slots = a.slots;
        for (let r = 0; r < b.rows.length; r++) {
            const row = b.rows[r];
            for (let c = 0; c < slots.length; c++)
                slots[c]?.pushValue(c < row.length ? row[c] : null);
            a.endRow(b.lines[r]);
            if (a.n >= a.batchRows)
                yield a.flush();
        }
    }
}

;// CONCATENATED MODULE: ./src/data/table-types.js
function isNumberColumn(c) {
    return c.kind === 'number';
}
/** Raw value of one cell (null = missing). */
function cellText(c, r) {
    if (c.kind === 'number') {
        const o = c.other.get(r);
        if (o !== undefined)
            return o;
        const x = c.values[r];
        return x === x ? String(x) : null;
    }
    const k = c.codes[r];
    return k < 0 ? null : c.dict[k];
}
/** Rows `idx` of a table (small tables and tests; big paths use index arrays). */
function takeRows(t, idx) {
    return { ...t, columns: t.columns.map((c) => takeColumn(c, idx)), n: idx.length, lines: takeLines(t.lines, idx) };
}
/**
 * takeRows that takes `t` apart as it copies: each column is let go once its rows are copied, and
 * `release()` (a full garbage collection in the CLI) runs after every `every` columns, so the
 * source's memory goes while the copy grows instead of after it (train's holdout at 1M \u00d7 21: a
 * 34 MB copy beside a 168 MB table). `t` is left with no columns and no lines.
 */
function moveRows(t, idx, release, every) {
    const source = t.columns;
    const lines = takeLines(t.lines, idx);
    t.columns = [];
    t.lines = new Int32Array(0);
    const columns = [];
    for (let j = 0; j < source.length; j++) {
        columns.push(takeColumn(source[j], idx));
        source[j] = undefined;
        if ((j + 1) % every === 0 && j + 1 < source.length)
            release();
    }
    return { ...t, columns, n: idx.length, lines };
}
function takeColumn(c, idx) {
    if (c.kind === 'number') {
        const values = new Float64Array(idx.length);
        const other = new Map();
        for (let i = 0; i < idx.length; i++) {
            values[i] = c.values[idx[i]];
            const o = c.other.size > 0 ? c.other.get(idx[i]) : undefined;
            if (o !== undefined)
                other.set(i, o);
        }
        const out = { kind: 'number', values, other };
        if (c.lossy)
            out.lossy = true;
        return out;
    }
    const codes = new Int32Array(idx.length);
    for (let i = 0; i < idx.length; i++)
        codes[i] = c.codes[idx[i]];
    return { kind: 'text', codes, dict: c.dict };
}
function takeLines(lines, idx) {
    const out = new Int32Array(idx.length);
    for (let i = 0; i < idx.length; i++)
        out[i] = lines[idx[i]];
    return out;
}
/** Rows [from, to) of a table: views on its arrays (the dictionary is shared). */
function sliceTable(t, from, to) {
    if (from === 0 && to === t.n)
        return t;
    const columns = t.columns.map((c) => {
        if (c.kind === 'text')
            return { kind: 'text', codes: c.codes.subarray(from, to), dict: c.dict };
        const other = new Map();
        for (const [r, v] of c.other)
            if (r >= from && r < to)
                other.set(r - from, v);
        const out = { kind: 'number', values: c.values.subarray(from, to), other };
        if (c.lossy)
            out.lossy = true;
        return out;
    });
    return { ...t, columns, n: to - from, lines: t.lines.subarray(from, to) };
}

;// CONCATENATED MODULE: ./src/data/table-parquet.js
/**
 * Parquet and Delta into columns through validate's page reader (readParquetColumns): number
 * pages go straight into the Float64Array chunks, dictionary pages into codes (each dictionary
 * entry classified once), other pages value by value. Timestamps and dates become ISO 8601 text
 * (what readTable's Date values print as). Lines are 1-based record numbers.
 */



function isoOf(ms) {
    const d = new Date(ms);
    const t = d.getTime();
    return t === t ? d.toISOString() : undefined;
}
function pushPage(b, page, timestamp) {
    if (page.kind === 'numbers') {
        if (!timestamp)
            return b.pushDoubles(page.values, page.nulls, page.rows);
        for (let i = 0; i < page.rows; i++) {
            const iso = page.nulls && page.nulls[i] ? undefined : isoOf(page.values[i]);
            if (iso === undefined)
                b.pushMissing();
            else
                b.pushText(iso);
        }
    }
    else if (page.kind === 'dict') {
        b.pushDictPage(page.dictionary.texts, page.indices, page.rows);
    }
    else {
        for (let i = 0; i < page.rows; i++) {
            const v = page.values[i];
            if (timestamp && typeof v === 'number') {
                const iso = isoOf(v);
                if (iso === undefined)
                    b.pushMissing();
                else
                    b.pushText(iso);
            }
            else
                b.pushValue(v);
        }
    }
}
/** Rows of the file (its footer) or the Delta snapshot (its add stats); 0 when unknown. */
async function countRows(path, format, totalBytes) {
    try {
        if (format === 'delta') {
            const scan = await __webpack_require__.e(/* import() */ 934).then(__webpack_require__.bind(__webpack_require__, 44553));
            return scan.countRows(await scan.openDeltaTable(path)) ?? 0;
        }
        const { parquetMetadataAsync } = await Promise.all(/* import() */[__webpack_require__.e(209), __webpack_require__.e(787), __webpack_require__.e(87)]).then(__webpack_require__.bind(__webpack_require__, 26087));
        const meta = await parquetMetadataAsync({ byteLength: totalBytes, slice: (s, e) => (0,fs.readRange)(path, s, e ?? totalBytes) });
        return Number(meta.num_rows);
    }
    catch {
        return 0; // the reader reports what is wrong with the file
    }
}
async function* readParquetTableColumns(path, format, a, onBytes, totalBytes) {
    let started = false;
    let rowsSeen = 0;
    const totalRows = await countRows(path, format, totalBytes);
    let reserved = Number.isFinite(a.batchRows);
    for await (const g of (0,read/* readParquetColumns */.GZ)(path, format)) {
        if (!started) {
            a.setColumns(g.columns, true);
            started = true;
            if (!reserved && totalRows > 0)
                a.reserve(totalRows);
            reserved = true;
        }
        for (let c = 0; c < a.slots.length; c++) {
            const b = a.slots[c];
            if (b === undefined)
                continue;
            const ts = g.timestamps[c];
            await g.readPages(c, (page) => pushPage(b, page, ts));
            b.padTo(a.n + g.rows);
        }
        for (let i = 0; i < g.rows; i++)
            a.endRow(g.rowStart + i + 1);
        rowsSeen += g.rows;
        // Bytes as the share of the rows read (row groups are read whole, one column at a time).
        if (totalRows > 0)
            onBytes(Math.round((totalBytes * Math.min(rowsSeen, totalRows)) / totalRows));
        if (Number.isFinite(a.batchRows) && a.n >= a.batchRows) {
            const t = a.flush();
            for (let s = 0; s < t.n; s += a.batchRows)
                yield sliceTable(t, s, Math.min(t.n, s + a.batchRows));
        }
    }
}

;// CONCATENATED MODULE: ./src/data/table.js
/**
 * The in-memory columnar table every stage reads data into (issue 13; contract in
 * /work/helpers/COLUMNS.md): numbers as Float64Array (NaN = missing or not a number, raw text of
 * odd cells kept sparsely), text as dictionary codes (Int32Array + distinct texts), the line (or
 * record) of every row, and each column's position in the file for file:line:column messages.
 *
 * Missing: a text cell that, trimmed, is one of MISSING_TOKENS (src/data/missing.ts); JSON null.
 * Number: a text cell matching [+-]?(digits[.digits]|.digits)([eE][+-]?digits)? (trimmed), a JSON
 * or Parquet number. Column kind: see ColumnBuilder (src/data/table-build.ts).
 *
 * Readers (byte level, validate's): CSV/TSV src/data/table-csv.ts (records tokenized from bytes,
 * well-quoted fields included: numbers parsed from bytes, text found in the dictionary by its
 * bytes; a piece with any other use of quotes through papaparse, for its exact errors), JSON Lines / JSON arrays src/data/table-json.ts,
 * Parquet / Delta src/data/table-parquet.ts (typed pages). Memory: one array per column, reserved
 * from a row estimate (the first MiB's bytes per row, +3%; Parquet: the footer's count), so no
 * column is copied at the end: \u2248 8 bytes \u00d7 rows \u00d7 number columns + 4 \u00d7 rows \u00d7 (text columns + 1).
 * Timestamps and dates (Parquet/Delta) are text columns of ISO 8601 texts, as readTable printed
 * its Date values.
 */








/** The whole file as columns. */
async function readColumns(path, opts = {}) {
    let out;
    for await (const t of readTables(path, opts, Infinity))
        out = t;
    return out;
}
/** The file in batches of at most `batchRows` rows (default 65536); lines are absolute. */
function readColumnBatches(path, opts = {}) {
    const batchRows = opts.batchRows ?? 65536;
    if (!(batchRows >= 1))
        throw new errors.UsageError(`batchRows must be at least 1, got ${batchRows}`);
    return readTables(path, opts, batchRows);
}
/** Progress reports at most every PROGRESS_MS, plus the final one. */
const PROGRESS_MS = 500;
/** Calls onProgress at most every PROGRESS_MS. */
class ProgressClock {
    fn;
    totalBytes;
    now;
    last;
    constructor(fn, totalBytes, now = Date.now) {
        this.fn = fn;
        this.totalBytes = totalBytes;
        this.now = now;
        this.last = now();
    }
    tick(bytes, rows) {
        if (!this.fn)
            return;
        const now = this.now();
        if (now - this.last < PROGRESS_MS)
            return;
        this.last = now;
        this.fn({ bytes, totalBytes: this.totalBytes, rows, done: false });
    }
    end(rows) {
        this.fn?.({ bytes: this.totalBytes, totalBytes: this.totalBytes, rows, done: true });
    }
}
/** Bytes to read: the file's size, or a Delta snapshot's data files' (their `add` sizes). */
async function totalBytesOf(path, format) {
    if (format !== 'delta')
        return (0,fs.fileSize)(path);
    const { openDeltaTable } = await __webpack_require__.e(/* import() */ 934).then(__webpack_require__.bind(__webpack_require__, 44553));
    const s = await openDeltaTable(path);
    let total = 0;
    for (const f of s.files)
        total += f.size;
    return total;
}
const RAW_FORMATS = new Set(['csv', 'tsv', 'jsonl']);
/** The reader of every format: batches of at most `batchRows` rows (Infinity: the whole file as one). */
async function* readTables(path, opts, batchRows) {
    const format = (0,read.detectFormat)(path, opts.format);
    const totalBytes = await totalBytesOf(path, format);
    const clock = new ProgressClock(opts.onProgress, totalBytes, opts.now);
    const batched = Number.isFinite(batchRows);
    const a = new Assembler(path, format, opts.columns, new Set(opts.text ?? []), batchRows, batched && RAW_FORMATS.has(format));
    let bytes = 0;
    const onBytes = (b) => {
        bytes = b;
        clock.tick(bytes, a.total);
    };
    let parts;
    switch (format) {
        case 'csv':
        case 'tsv':
            parts = readDelimitedColumns(path, format === 'csv' ? ',' : '\t', a, onBytes, totalBytes);
            break;
        case 'jsonl':
            parts = readJsonLinesColumns(path, a, onBytes, totalBytes);
            break;
        case 'json':
            parts = readJsonArrayColumns(path, a, onBytes);
            break;
        case 'parquet':
        case 'delta':
            parts = readParquetTableColumns(path, format, a, onBytes, totalBytes);
            break;
    }
    for await (const t of parts) {
        yield t;
        clock.tick(bytes, a.total);
    }
    selectColumns(path, a.fileColumns, opts.columns, true);
    if (a.n > 0 || a.total === 0)
        yield a.flush();
    clock.end(a.total);
}


/***/ })

};
