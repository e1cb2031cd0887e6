export const id = 219;
export const ids = [219];
export const modules = {

/***/ 70047:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C7: () => (/* binding */ hasDeltaPin),
/* harmony export */   r4: () => (/* binding */ isDeltaTable),
/* harmony export */   r5: () => (/* binding */ parseTableRef)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(16986);
/**
 * A Delta table reference as the user writes it: `data/customers`, `data/customers@v12` (a
 * version) or `data/customers@2026-11-30T00:00:00Z` (a timestamp), as Databricks SQL writes
 * `table@v12`. Pure text parsing; `isDeltaTable` is the one filesystem check (the folder holds
 * `_delta_log/`).
 */



const VERSION_PIN = /^(.+)@v(\d+)$/;
const TIMESTAMP_PIN = /^(.+)@(\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?)?(?:Z|[+-]\d{2}:?\d{2})?)$/;
/** Split `path@v12` / `path@<ISO timestamp>` into the folder and the pin (none: the latest). */
function parseTableRef(text) {
    const v = VERSION_PIN.exec(text);
    if (v) {
        const version = Number(v[2]);
        if (!Number.isSafeInteger(version))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__.UsageError(`Delta table "${text}": version "${v[2]}" is too large; expected @v<commit number>, e.g. @v12`);
        return { root: v[1], version, text };
    }
    const t = TIMESTAMP_PIN.exec(text);
    if (t) {
        let iso = t[2];
        if (/^\d{4}-\d{2}-\d{2}$/.test(iso))
            iso += 'T00:00:00Z';
        else if (!/(Z|[+-]\d{2}:?\d{2})$/.test(iso))
            iso += 'Z';
        const ms = Date.parse(iso.replace(' ', 'T'));
        if (Number.isNaN(ms))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__.UsageError(`Delta table "${text}": "${t[2]}" is not a valid timestamp; expected ISO 8601, e.g. @2026-11-30T00:00:00Z`);
        return { root: t[1], timestamp: { ms, text: t[2] }, text };
    }
    const at = text.lastIndexOf('@');
    if (at > 0 && !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(text) && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(text.slice(0, at), '_delta_log'))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__.UsageError(`Delta table "${text}": cannot read the pin "${text.slice(at + 1)}"; expected @v<version> (e.g. @v12) or @<ISO 8601 timestamp> (e.g. @2026-11-30T00:00:00Z)`);
    }
    return { root: text, text };
}
/** Whether `path` (with or without a pin) names a folder holding a Delta log. */
function isDeltaTable(path) {
    let root = path;
    try {
        root = parseTableRef(path).root;
    }
    catch {
        return true; // a bad pin on a Delta folder: the Delta reader says what is wrong
    }
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(root).isDirectory() && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, '_delta_log'));
    }
    catch {
        return false;
    }
}
/** Whether the text carries a Delta pin (`@v12` or `@<timestamp>`). */
function hasDeltaPin(path) {
    return VERSION_PIN.test(path) || TIMESTAMP_PIN.test(path);
}


/***/ }),

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

/***/ 14894:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parquetCompressors: () => (/* binding */ parquetCompressors)
/* harmony export */ });
/**
 * Parquet codecs beyond hyparquet's built-in Snappy: hyparquet-compressors (pure JS), with
 * Node's native zlib for ZSTD, GZIP and BROTLI where this Node has it (zstd: Node >= 22.15).
 */
async function parquetCompressors() {
    const { compressors } = await __webpack_require__.e(/* import() */ 454).then(__webpack_require__.bind(__webpack_require__, 93454));
    const zlib = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 38522, 19));
    const out = { ...compressors };
    const native = zlib;
    const zstd = native.zstdDecompressSync;
    if (typeof zstd === 'function')
        out.ZSTD = (input) => zstd(input);
    out.GZIP = (input) => zlib.gunzipSync(input);
    out.BROTLI = (input) => zlib.brotliDecompressSync(input);
    return out;
}


/***/ }),

/***/ 40077:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _4: () => (/* binding */ CATEGORY_MAX),
  n4: () => (/* binding */ DATE_RE),
  WF: () => (/* binding */ DISTINCT_CAP),
  s3: () => (/* binding */ NumberCounts),
  oX: () => (/* binding */ parseNumberBytes),
  ke: () => (/* binding */ parseNumberText)
});

// UNUSED EXPORTS: ColumnProfiler, TextDict, isDateBytes, profileDataset, summarizeColumn

// EXTERNAL MODULE: ../../node_modules/simple-statistics/dist/simple-statistics.mjs
var simple_statistics = __webpack_require__(85989);
// EXTERNAL MODULE: ./src/data/read.js
var read = __webpack_require__(11284);
// EXTERNAL MODULE: ./src/data/missing.js
var missing = __webpack_require__(63146);
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

// EXTERNAL MODULE: ./src/io/fs.js
var fs = __webpack_require__(92907);
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


/***/ }),

/***/ 11284:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CA: () => (/* binding */ emptyError),
/* harmony export */   GZ: () => (/* binding */ readParquetColumns),
/* harmony export */   Pu: () => (/* binding */ readBatches),
/* harmony export */   Th: () => (/* binding */ raggedRowError),
/* harmony export */   Tz: () => (/* binding */ detectFormat),
/* harmony export */   gu: () => (/* binding */ readDelimitedParts),
/* harmony export */   s3: () => (/* binding */ utf8Error),
/* harmony export */   wz: () => (/* binding */ parseJsonLine)
/* harmony export */ });
/* unused harmony exports DATA_FORMATS, LINE_IS_RECORD, locateInvalidUtf8, wellQuotedEnd */
/* harmony import */ var papaparse__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38116);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(16986);
/* harmony import */ var _io_fs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(92907);
/* harmony import */ var _io_memory_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(83837);
/* harmony import */ var _delta_table_ref_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(70047);
/* harmony import */ var _parquet_types_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(14894);
/**
 * Streaming readers for tabular data: CSV, TSV, JSON Lines, JSON (an array of objects) and
 * Parquet. Memory is bounded by the batch size, not the file size.
 *
 * - CSV/TSV values are the raw strings ('' = missing); JSON/JSONL/Parquet values are their JS
 *   values (null = missing; Parquet INT64 becomes a number, timestamps become Date).
 * - `lines` holds the 1-based line of each row in the file for CSV/TSV/JSONL, the 1-based record
 *   number for JSON arrays and Parquet (`LINE_IS_RECORD[format]` says which).
 * - JSON/JSONL: a key first seen in a later record adds a column at the end; `columns` of a later
 *   batch is then longer than an earlier one (earlier rows simply did not have it). Within a batch
 *   every row has exactly `columns.length` values.
 * - Bad input (invalid UTF-8, bad quoting, ragged rows, wrong delimiter, empty file, invalid JSON)
 *   is a UsageError naming `file:line:column` with a hint how to fix it.
 */








const DATA_FORMATS = ['csv', 'tsv', 'jsonl', 'json', 'parquet', 'delta'];
/** Whether `lines` are record numbers rather than lines in the file. */
const LINE_IS_RECORD = { csv: false, tsv: false, jsonl: false, json: true, parquet: true, delta: true };
const EXTENSIONS = {
    '.csv': 'csv',
    '.tsv': 'tsv',
    '.tab': 'tsv',
    '.jsonl': 'jsonl',
    '.ndjson': 'jsonl',
    '.json': 'json',
    '.parquet': 'parquet',
    '.pq': 'parquet',
};
/** The format of a data file: `format` when given, else from the extension. */
function detectFormat(path, format) {
    if (format !== undefined) {
        if (!DATA_FORMATS.includes(format))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__.UsageError(`${path}: unknown format "${format}"; use one of ${DATA_FORMATS.join(', ')}`);
        return format;
    }
    // A Delta table: a folder holding _delta_log/, or a path pinned with @v12 / @<timestamp>.
    if ((0,_delta_table_ref_js__WEBPACK_IMPORTED_MODULE_5__/* .hasDeltaPin */ .C7)(path) || (0,_delta_table_ref_js__WEBPACK_IMPORTED_MODULE_5__/* .isDeltaTable */ .r4)(path))
        return 'delta';
    const ext = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.extname)(path).toLowerCase();
    const f = EXTENSIONS[ext];
    if (!f) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__.UsageError(`${path}: cannot tell the data format from the extension "${ext || '(none)'}"; rename the file to .csv, .tsv, .jsonl, .json or .parquet, or pass the format (--format / input "format")`);
    }
    return f;
}
/** Stream a data file as batches of rows. */
function readBatches(path, opts = {}) {
    const format = detectFormat(path, opts.format);
    const batchSize = opts.batchSize ?? 8192;
    const chunkSize = opts.chunkSize ?? 1 << 20;
    switch (format) {
        case 'csv':
            return readDelimited(path, ',', batchSize, chunkSize, opts.onBytes);
        case 'tsv':
            return readDelimited(path, '\t', batchSize, chunkSize, opts.onBytes);
        case 'jsonl':
            return readJsonLines(path, batchSize, chunkSize, opts.onBytes);
        case 'json':
            return readJsonArray(path, batchSize, chunkSize, opts.onBytes);
        case 'parquet':
            return readParquet(path, batchSize, opts.allowEmpty);
        case 'delta':
            return readDelta(path, batchSize, opts.allowEmpty);
    }
}
// ---------------------------------------------------------------------------------------------
// UTF-8
/** Find where a file stops being valid UTF-8: byte offset, 1-based line and column (in characters). */
async function locateInvalidUtf8(path) {
    let offset = 0;
    let line = 1;
    let col = 1;
    let need = 0;
    let lo = 0x80;
    let hi = 0xbf;
    let start = 0;
    for await (const chunk of (0,_io_fs_js__WEBPACK_IMPORTED_MODULE_3__/* .readChunks */ .zO)(path)) {
        for (let i = 0; i < chunk.length; i++, offset++) {
            const b = chunk[i];
            if (need === 0) {
                start = offset;
                if (b < 0x80) {
                    if (b === 0x0a) {
                        line++;
                        col = 1;
                    }
                    else
                        col++;
                    continue;
                }
                if (b >= 0xc2 && b <= 0xdf)
                    [need, lo, hi] = [1, 0x80, 0xbf];
                else if (b === 0xe0)
                    [need, lo, hi] = [2, 0xa0, 0xbf];
                else if ((b >= 0xe1 && b <= 0xec) || b === 0xee || b === 0xef)
                    [need, lo, hi] = [2, 0x80, 0xbf];
                else if (b === 0xed)
                    [need, lo, hi] = [2, 0x80, 0x9f];
                else if (b === 0xf0)
                    [need, lo, hi] = [3, 0x90, 0xbf];
                else if (b >= 0xf1 && b <= 0xf3)
                    [need, lo, hi] = [3, 0x80, 0xbf];
                else if (b === 0xf4)
                    [need, lo, hi] = [3, 0x80, 0x8f];
                else
                    return { offset, line, column: col };
            }
            else {
                if (b < lo || b > hi)
                    return { offset: start, line, column: col };
                lo = 0x80;
                hi = 0xbf;
                if (--need === 0)
                    col++;
            }
        }
    }
    return need > 0 ? { offset: start, line, column: col } : undefined;
}
/** Decode byte chunks to text, turning invalid UTF-8 into a UsageError with its position. */
async function* decodeChunks(path, chunkSize, onBytes) {
    const decoder = new TextDecoder('utf-8', { fatal: true });
    let any = false;
    let bytesRead = 0;
    try {
        for await (const chunk of (0,_io_fs_js__WEBPACK_IMPORTED_MODULE_3__/* .readChunks */ .zO)(path, chunkSize)) {
            any = true;
            bytesRead += chunk.length;
            onBytes?.(bytesRead);
            yield decoder.decode(chunk, { stream: true });
        }
        const tail = decoder.decode();
        if (tail)
            yield tail;
    }
    catch (err) {
        if (err instanceof TypeError) {
            const at = await locateInvalidUtf8(path);
            const where = at ? `${path}:${at.line}:${at.column}` : path;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__.UsageError(`${where}: invalid UTF-8${at ? ` (byte offset ${at.offset})` : ''}; save the file as UTF-8 (e.g. iconv -f latin1 -t utf-8 ${path} > fixed${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.extname)(path)})`);
        }
        throw err;
    }
    if (!any)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__.UsageError(`${path}:1:1: the file is empty; expected a header line and data rows`);
}
function emptyError(path) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__.UsageError(`${path}:1:1: the file is empty; expected a header line and data rows`);
}
// ---------------------------------------------------------------------------------------------
// CSV / TSV
const DELIMITER_NAMES = { ',': 'comma', '\t': 'tab', ';': 'semicolon', '|': 'pipe' };
function* sliceBatches(columns, rows, lines, batchSize) {
    if (rows.length <= batchSize) {
        if (rows.length > 0)
            yield { columns, rows, lines };
        return;
    }
    for (let i = 0; i < rows.length; i += batchSize) {
        yield { columns, rows: rows.slice(i, i + batchSize), lines: lines.slice(i, i + batchSize) };
    }
}
/** Index of the last newline that ends a row (outside quotes), or -1; also whether quotes occur. */
function lastRowEnd(text, from) {
    if (text.indexOf('"', from) === -1)
        return text.lastIndexOf('\n');
    let inQuote = false;
    let last = -1;
    for (let i = from; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 34)
            inQuote = !inQuote;
        else if (c === 10 && !inQuote)
            last = i;
    }
    return last;
}
/** 1-based line and column of character `index` in `text`, whose first character is on `line`. */
function positionIn(text, index, line) {
    let l = line;
    let lastNl = -1;
    for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) {
        l++;
        lastNl = i;
    }
    return { line: l, column: index - lastNl };
}
/**
 * Parse complete CSV/TSV text (no trailing newline) that starts at `startLine`. Reads the header
 * first when `columns` is undefined. Blank lines are skipped.
 */
function parseDelimitedText(path, delimiter, text, startLine, columns) {
    let segment = text;
    if (segment.endsWith('\r'))
        segment = segment.slice(0, -1);
    const res = papaparse__WEBPACK_IMPORTED_MODULE_0__.parse(segment, { delimiter, newline: '\n', quoteChar: '"', skipEmptyLines: false, header: false });
    if (res.errors.length > 0) {
        const e = res.errors[0];
        const pos = positionIn(segment, e.index ?? 0, startLine);
        const hint = e.code === 'MissingQuotes'
            ? 'close the quoted field with a " (a quote inside a quoted field is written "")'
            : 'a quoted field must end with " followed by the delimiter or the end of the line; write a quote inside a field as ""';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__.UsageError(`${path}:${pos.line}:${pos.column}: bad quoting: ${e.message}; ${hint}`);
    }
    const data = res.data;
    // CRLF (or mixed) line ends: the \r stays on each row's last field; strip it.
    if (segment.indexOf('\r') !== -1) {
        for (const row of data) {
            const k = row.length - 1;
            const v = row[k];
            if (v.charCodeAt(v.length - 1) === 13)
                row[k] = v.slice(0, -1);
        }
    }
    // Line of each row: consecutive when no field spans lines (no quotes), else scanned.
    let rowLines;
    if (segment.indexOf('"') !== -1) {
        rowLines = [startLine];
        let inQuote = false;
        let line = startLine;
        for (let i = 0; i < segment.length; i++) {
            const c = segment.charCodeAt(i);
            if (c === 34)
                inQuote = !inQuote;
            else if (c === 10) {
                line++;
                if (!inQuote)
                    rowLines.push(line);
            }
        }
    }
    let first = 0;
    if (!columns) {
        columns = parseHeader(path, delimiter, data[0], startLine);
        first = 1;
    }
    const n = columns.length;
    const rows = [];
    const lines = [];
    for (let i = first; i < data.length; i++) {
        const row = data[i];
        const line = rowLines ? rowLines[i] : startLine + i;
        if (row.length !== n) {
            if (row.length === 1 && row[0] === '')
                continue; // blank line
            throw raggedRowError(path, delimiter, line, row, n);
        }
        rows.push(row);
        lines.push(line);
    }
    return { columns, rows, lines };
}
function parseHeader(path, delimiter, header, headerLine) {
    const formatName = delimiter === ',' ? 'csv' : 'tsv';
    if (header.length === 1) {
        const text = header[0];
        for (const d of [',', '\t', ';', '|']) {
            if (d !== delimiter && text.includes(d)) {
                const suggestion = d === ',' ? 'use format csv' : d === '\t' ? 'use format tsv' : `convert it to ${DELIMITER_NAMES[delimiter]}-separated values`;
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__.UsageError(`${path}:${headerLine}:1: wrong delimiter: the header has a single column but contains ${DELIMITER_NAMES[d]}s; the file looks ${DELIMITER_NAMES[d]}-separated, not ${DELIMITER_NAMES[delimiter]}-separated (${formatName}); ${suggestion}`);
            }
        }
    }
    const seen = new Map();
    for (let i = 0; i < header.length; i++) {
        const name = header[i].trim();
        if (name === '' && header.length > 1) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__.UsageError(`${path}:${headerLine}:${fieldColumn(header, i, delimiter)}: header field ${i + 1} is empty; give every column a name`);
        }
        if (seen.has(name)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__.UsageError(`${path}:${headerLine}:${fieldColumn(header, i, delimiter)}: duplicate column name "${name}" (fields ${seen.get(name) + 1} and ${i + 1}); column names must be unique`);
        }
        seen.set(name, i);
    }
    return header.map((h) => h.trim());
}
/** The error for a row whose field count differs from the header's. */
function raggedRowError(path, delimiter, line, row, n) {
    const col = row.length > n ? fieldColumn(row, n, delimiter) : fieldColumn(row, row.length - 1, delimiter) + row[row.length - 1].length;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__.UsageError(`${path}:${line}:${col}: ragged row: expected ${n} fields as in the header, found ${row.length}; ` +
        (row.length > n
            ? `quote fields that contain the delimiter ("a${delimiter === '\t' ? '\\t' : delimiter}b") or remove the extra field`
            : 'add the missing fields (an empty field is a missing value)'));
}
/**
 * End (just after its "\n") of the last complete record in bytes [s, e) whose quoting is well
 * formed (see DelimitedPart `quoted`); s when none is complete; -1 when a quote is used any other
 * way (papaparse then parses the piece, for its exact errors and readings).
 */
function wellQuotedEnd(buf, s, e, delim) {
    let i = s;
    let lastEnd = s;
    while (i < e) {
        let c = buf[i];
        if (c === 34) {
            i++;
            for (;;) {
                if (i >= e)
                    return lastEnd;
                c = buf[i];
                if (c === 34) {
                    if (i + 1 < e && buf[i + 1] === 34) {
                        i += 2;
                        continue;
                    }
                    i++;
                    break;
                }
                i++;
            }
            if (i >= e)
                return lastEnd;
            c = buf[i];
            if (c === delim)
                i++;
            else if (c === 10)
                lastEnd = ++i;
            else if (c === 13 && i + 1 < e && buf[i + 1] === 10)
                lastEnd = i += 2;
            else
                return -1;
            continue;
        }
        while (i < e) {
            c = buf[i];
            if (c === delim || c === 10)
                break;
            if (c === 34)
                return -1;
            i++;
        }
        if (i >= e)
            return lastEnd;
        if (c === delim)
            i++;
        else
            lastEnd = ++i;
    }
    return lastEnd;
}
function countByte(buf, byte, start, end) {
    let n = 0;
    const b = buf;
    for (let i = b.indexOf(byte, start); i !== -1 && i < end; i = b.indexOf(byte, i + 1))
        n++;
    return n;
}
/** The error for a file that is not valid UTF-8, naming where it stops being valid. */
async function utf8Error(path) {
    const at = await locateInvalidUtf8(path);
    const where = at ? `${path}:${at.line}:${at.column}` : path;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__.UsageError(`${where}: invalid UTF-8${at ? ` (byte offset ${at.offset})` : ''}; save the file as UTF-8 (e.g. iconv -f latin1 -t utf-8 ${path} > fixed${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.extname)(path)})`);
}
/**
 * Stream a CSV/TSV file as parts. The file is cut at newline bytes (never inside a UTF-8
 * sequence); a piece with a quote character, or inside a quoted field spanning pieces, is parsed
 * by papaparse, other pieces are handed over as bytes. Invalid UTF-8, bad quoting, ragged rows
 * and header problems are UsageErrors with file:line:column.
 */
async function* readDelimitedParts(path, delimiter, batchSize = 8192, chunkSize = 1 << 20, 
/** Called after each read with the bytes read so far (for progress). */
onBytes, 
/** Hand over pieces with well-formed quoted fields as bytes too (`quoted: true`). */
quotedBytes = false) {
    const { isUtf8 } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 4573, 19));
    const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    let columns;
    let textCarry = '';
    let textCarryLine = 1;
    let nextLine = 1;
    let byteCarry;
    let first = true;
    let any = false;
    let sawRows = false;
    let bytesRead = 0;
    const decode = async (bytes) => {
        try {
            return decoder.decode(bytes);
        }
        catch {
            throw await utf8Error(path);
        }
    };
    function* parseText(text, line) {
        const r = parseDelimitedText(path, delimiter, text, line, columns);
        columns = r.columns;
        if (r.rows.length > 0)
            sawRows = true;
        for (const batch of sliceBatches(r.columns, r.rows, r.lines, batchSize))
            yield { kind: 'rows', batch };
    }
    function* feedText(text, lines) {
        if (textCarry === '')
            textCarryLine = nextLine;
        textCarry += text;
        nextLine += lines;
        const end = lastRowEnd(textCarry, 0);
        if (end === -1)
            return;
        const segment = textCarry.slice(0, end);
        const rest = textCarry.slice(end + 1);
        yield* parseText(segment, textCarryLine);
        textCarryLine += countNewlines(segment) + 1;
        textCarry = rest;
    }
    // One buffer for the whole file: the unfinished last line is moved to its front and the next
    // chunk is read behind it, so reading allocates nothing per chunk.
    let buf = Buffer.allocUnsafe(2 * chunkSize);
    let carryLen = 0;
    const reader = await (0,_io_fs_js__WEBPACK_IMPORTED_MODULE_3__/* .openReader */ .cE)(path);
    try {
        for (;;) {
            if (buf.length - carryLen < chunkSize) {
                const bigger = Buffer.allocUnsafe(buf.length * 2);
                buf.copy(bigger, 0, 0, carryLen);
                buf = bigger;
            }
            const got = await reader.read(buf, carryLen, chunkSize);
            if (got === 0)
                break;
            any = true;
            bytesRead += got;
            onBytes?.(bytesRead);
            const start = 0;
            let len = carryLen + got;
            if (first) {
                if (len >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
                    buf.copy(buf, 0, 3, len);
                    len -= 3;
                }
                first = false;
            }
            if (!columns && textCarry === '') {
                // The header line alone goes to the parser (when it has no quote: a quoted header may
                // span lines); the rows after it can then be handed over as bytes.
                const nl = buf.indexOf(10, 0);
                const quote = buf.indexOf(34, 0);
                if (nl !== -1 && nl < len && (quote === -1 || quote > nl)) {
                    yield* feedText(await decode(buf.subarray(0, nl + 1)), 1);
                    buf.copy(buf, 0, nl + 1, len);
                    len -= nl + 1;
                }
            }
            const last = len > 0 ? buf.lastIndexOf(10, len - 1) : -1;
            if (last < start) {
                carryLen = len;
                if (len > 64 * chunkSize) {
                    // No line end in 64 chunks: hand it to the parser, which reports an unterminated quote.
                    yield* feedText(await decode(buf.subarray(start, len)), 0);
                    carryLen = 0;
                }
                continue;
            }
            const segEnd = last + 1;
            const lines = countByte(buf, 10, start, segEnd);
            const quote = buf.indexOf(34, start);
            const quotedEnd = quotedBytes && columns && textCarry === '' && quote !== -1 && quote < segEnd ? wellQuotedEnd(buf, start, segEnd, delimiter.charCodeAt(0)) : -1;
            if (columns && textCarry === '' && (quote === -1 || quote >= segEnd)) {
                if (!isUtf8(buf.subarray(start, segEnd)))
                    throw await utf8Error(path);
                yield { kind: 'bytes', columns, buf, start, end: segEnd, firstLine: nextLine };
                sawRows ||= lines > 1 || segEnd - start > 1;
                nextLine += lines;
            }
            else if (columns && quotedEnd > start) {
                // Well-quoted records up to quotedEnd as bytes; the rest (an unfinished quoted field) is read again with the next chunk.
                if (!isUtf8(buf.subarray(start, quotedEnd)))
                    throw await utf8Error(path);
                const qLines = countByte(buf, 10, start, quotedEnd);
                yield { kind: 'bytes', columns, buf, start, end: quotedEnd, firstLine: nextLine, quoted: true };
                sawRows ||= qLines > 1 || quotedEnd - start > 1;
                nextLine += qLines;
                buf.copy(buf, 0, quotedEnd, len);
                carryLen = len - quotedEnd;
                continue;
            }
            else {
                yield* feedText(await decode(buf.subarray(start, segEnd)), lines);
            }
            buf.copy(buf, 0, segEnd, len);
            carryLen = len - segEnd;
        }
    }
    finally {
        await reader.close();
    }
    if (carryLen > 0)
        byteCarry = Buffer.from(buf.subarray(0, carryLen));
    if (!any)
        throw emptyError(path);
    if (byteCarry)
        yield* feedText(await decode(byteCarry), 0);
    if (textCarry.trim() !== '')
        yield* parseText(textCarry, textCarryLine);
    if (!columns)
        throw emptyError(path);
    if (!sawRows)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__.UsageError(`${path}:2:1: no data rows after the header line; add rows (or check that this is the right file)`);
}
async function* readDelimited(path, delimiter, batchSize, chunkSize, onBytes) {
    for await (const part of readDelimitedParts(path, delimiter, batchSize, chunkSize, onBytes)) {
        if (part.kind === 'rows')
            yield part.batch;
        else {
            const text = Buffer.from(part.buf.buffer, part.buf.byteOffset, part.buf.byteLength).toString('utf8', part.start, part.end - 1);
            const r = parseDelimitedText(path, delimiter, text, part.firstLine, part.columns);
            yield* sliceBatches(r.columns, r.rows, r.lines, batchSize);
        }
    }
}
function countNewlines(s) {
    let n = 0;
    for (let i = s.indexOf('\n'); i !== -1; i = s.indexOf('\n', i + 1))
        n++;
    return n;
}
/** Approximate 1-based character column where field `k` of a parsed row starts. */
function fieldColumn(row, k, delimiter) {
    let col = 1;
    for (let i = 0; i < k && i < row.length; i++)
        col += row[i].length + delimiter.length;
    return col;
}
// ---------------------------------------------------------------------------------------------
// JSON Lines and JSON arrays
class ColumnIndex {
    names = [];
    index = new Map();
    toRow(obj) {
        const row = new Array(this.names.length).fill(null);
        for (const key of Object.keys(obj)) {
            let i = this.index.get(key);
            if (i === undefined) {
                i = this.names.length;
                this.names.push(key);
                this.index.set(key, i);
            }
            row[i] = normalizeJsonValue(obj[key]);
        }
        return row;
    }
    /** Freeze the current column list for a batch and pad its rows to it. */
    finish(rows) {
        const n = this.names.length;
        for (const r of rows)
            while (r.length < n)
                r.push(null);
        return this.names.slice();
    }
}
function normalizeJsonValue(v) {
    return v === undefined ? null : v;
}
function jsonErrorPosition(err) {
    const m = /position (\d+)/.exec(err.message ?? '');
    return m ? Number(m[1]) : undefined;
}
function jsonErrorText(err) {
    return (err.message ?? String(err)).replace(/ in JSON at position \d+.*$/s, '').replace(/^JSON\.parse: /, '');
}
/** One line of a JSON Lines file as an object; UsageError naming file:line:column otherwise. */
function parseJsonLine(path, t, lineNo) {
    let v;
    try {
        v = JSON.parse(t);
    }
    catch (err) {
        const pos = jsonErrorPosition(err);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__.UsageError(`${path}:${lineNo}:${pos === undefined ? 1 : pos + 1}: invalid JSON: ${jsonErrorText(err)}; each line of a JSON Lines file must be one complete JSON object`);
    }
    if (v === null || typeof v !== 'object' || Array.isArray(v)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__.UsageError(`${path}:${lineNo}:1: expected a JSON object ({"column": value, ...}) on each line, found ${Array.isArray(v) ? 'an array' : typeof v === 'object' ? 'null' : `a ${typeof v}`}`);
    }
    return v;
}
async function* readJsonLines(path, batchSize, chunkSize, onBytes) {
    const cols = new ColumnIndex();
    let carry = '';
    let line = 1;
    let rows = [];
    let lines = [];
    let nRows = 0;
    const take = (text, lineNo) => {
        const t = text.endsWith('\r') ? text.slice(0, -1) : text;
        if (t.trim() === '')
            return;
        const v = parseJsonLine(path, t, lineNo);
        rows.push(cols.toRow(v));
        lines.push(lineNo);
    };
    for await (const text of decodeChunks(path, chunkSize, onBytes)) {
        let buf = carry + text;
        if (line === 1 && buf.charCodeAt(0) === 0xfeff)
            buf = buf.slice(1);
        let start = 0;
        for (let nl = buf.indexOf('\n'); nl !== -1; nl = buf.indexOf('\n', start)) {
            take(buf.slice(start, nl), line);
            line++;
            start = nl + 1;
        }
        carry = buf.slice(start);
        if (rows.length >= batchSize) {
            const columns = cols.finish(rows);
            nRows += rows.length;
            yield* sliceBatches(columns, rows, lines, batchSize);
            rows = [];
            lines = [];
        }
    }
    take(carry, line);
    if (rows.length > 0) {
        const columns = cols.finish(rows);
        nRows += rows.length;
        yield* sliceBatches(columns, rows, lines, batchSize);
    }
    if (nRows === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__.UsageError(`${path}:1:1: no records; a JSON Lines file holds one JSON object per line`);
}
async function* readJsonArray(path, batchSize, chunkSize, onBytes) {
    const cols = new ColumnIndex();
    let rows = [];
    let lines = [];
    let nRows = 0;
    // Scanner state, kept across chunks.
    let state = 'start';
    let depth = 0;
    let inStr = false;
    let esc = false;
    let line = 1;
    let col = 0;
    let elemLine = 0;
    let elemCol = 0;
    let elemText = '';
    let sawComma = false;
    let first = true;
    const fail = (msg, l = line, c = col) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__.UsageError(`${path}:${l}:${c}: ${msg}`);
    };
    for await (let text of decodeChunks(path, chunkSize, onBytes)) {
        if (first && text.charCodeAt(0) === 0xfeff)
            text = text.slice(1);
        first = false;
        let elemStart = state === 'in-elem' ? 0 : -1;
        for (let i = 0; i < text.length; i++) {
            const c = text.charCodeAt(i);
            if (c === 10) {
                line++;
                col = 0;
            }
            else
                col++;
            if (state === 'in-elem') {
                if (inStr) {
                    if (esc)
                        esc = false;
                    else if (c === 92)
                        esc = true;
                    else if (c === 34)
                        inStr = false;
                }
                else if (c === 34)
                    inStr = true;
                else if (c === 123 || c === 91)
                    depth++;
                else if (c === 125 || c === 93) {
                    if (--depth === 0) {
                        const src = elemText + text.slice(elemStart, i + 1);
                        elemText = '';
                        elemStart = -1;
                        state = 'after-elem';
                        let v;
                        try {
                            v = JSON.parse(src);
                        }
                        catch (err) {
                            const pos = jsonErrorPosition(err) ?? 0;
                            const p = positionIn(src, pos, elemLine);
                            fail(`invalid JSON: ${jsonErrorText(err)}; fix the record or export the data again`, p.line, p.line === elemLine ? elemCol + pos : p.column);
                        }
                        rows.push(cols.toRow(v));
                        lines.push(nRows + rows.length);
                        if (rows.length >= batchSize) {
                            const columns = cols.finish(rows);
                            nRows += rows.length;
                            yield* sliceBatches(columns, rows, lines, batchSize);
                            rows = [];
                            lines = [];
                        }
                    }
                }
                continue;
            }
            if (c === 32 || c === 10 || c === 13 || c === 9)
                continue;
            if (state === 'start') {
                if (c === 91) {
                    state = 'before-elem';
                    sawComma = true;
                    continue;
                }
                fail(c === 123
                    ? 'expected a JSON array of objects ([{...}, ...]) but the file starts with an object; for one object per line use format jsonl'
                    : `expected a JSON array of objects ([{...}, ...]), found "${String.fromCharCode(c)}"`);
            }
            else if (state === 'before-elem' || state === 'after-elem') {
                if (c === 93) {
                    if (state === 'before-elem' && sawComma && rows.length + nRows > 0)
                        fail('trailing comma before "]"; remove it');
                    state = 'end';
                    continue;
                }
                if (state === 'after-elem') {
                    if (c === 44) {
                        state = 'before-elem';
                        sawComma = true;
                        continue;
                    }
                    fail(`expected "," or "]" after a record, found "${String.fromCharCode(c)}"`);
                }
                if (c !== 123)
                    fail(`expected a JSON object ({"column": value, ...}) as each array element, found "${String.fromCharCode(c)}"`);
                state = 'in-elem';
                depth = 1;
                inStr = false;
                esc = false;
                elemStart = i;
                elemLine = line;
                elemCol = col;
                sawComma = false;
            }
            else if (state === 'end') {
                fail(`unexpected "${String.fromCharCode(c)}" after the end of the array`);
            }
        }
        if (state === 'in-elem') {
            elemText += text.slice(elemStart);
            if (elemText.length > 256 * 1024 * 1024)
                fail('a single record is larger than 256 MB', elemLine, elemCol);
        }
    }
    if (state === 'start')
        throw emptyError(path);
    if (state !== 'end')
        fail('unexpected end of file: the JSON array is not closed with "]"');
    if (rows.length > 0) {
        const columns = cols.finish(rows);
        nRows += rows.length;
        yield* sliceBatches(columns, rows, lines, batchSize);
    }
    if (nRows === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__.UsageError(`${path}:1:1: the JSON array has no records`);
}
// ---------------------------------------------------------------------------------------------
// Delta: a snapshot's Parquet files read by the Parquet readers below (src/data/delta/scan.ts).
async function* readDelta(path, batchSize, allowEmpty = false) {
    const { readDeltaBatches } = await __webpack_require__.e(/* import() */ 934).then(__webpack_require__.bind(__webpack_require__, 44553));
    yield* readDeltaBatches(path, batchSize, allowEmpty, { readBatches, readParquetColumns });
}
// ---------------------------------------------------------------------------------------------
// Parquet
/** Convert Parquet values to plain JS: INT64 (bigint) to number. */
function normalizeParquetValue(v) {
    if (typeof v === 'bigint')
        return Number(v);
    return v === undefined ? null : v;
}
async function* readParquet(path, batchSize, allowEmpty = false) {
    const size = await (0,_io_fs_js__WEBPACK_IMPORTED_MODULE_3__.fileSize)(path);
    if (size === 0)
        throw emptyError(path);
    const { parquetMetadataAsync, parquetRead, parquetSchema } = await Promise.all(/* import() */[__webpack_require__.e(209), __webpack_require__.e(787), __webpack_require__.e(87)]).then(__webpack_require__.bind(__webpack_require__, 26087));
    const compressors = await (0,_parquet_types_js__WEBPACK_IMPORTED_MODULE_6__.parquetCompressors)();
    const file = { byteLength: size, slice: (start, end) => (0,_io_fs_js__WEBPACK_IMPORTED_MODULE_3__.readRange)(path, start, end ?? size) };
    let metadata;
    try {
        metadata = await parquetMetadataAsync(file);
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__.UsageError(`${path}: not a readable Parquet file (${err.message}); check the file or pass the right format`);
    }
    const columns = parquetSchema(metadata).children.map((c) => c.element.name);
    let rowStart = 0;
    for (const group of metadata.row_groups) {
        const groupRows = Number(group.num_rows);
        const groupEnd = rowStart + groupRows;
        let rows = [];
        try {
            await parquetRead({
                file,
                metadata,
                columns,
                compressors,
                rowStart,
                rowEnd: groupEnd,
                onComplete: (r) => {
                    rows = r;
                },
            });
        }
        catch (err) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__.UsageError(`${path}: cannot decode Parquet rows ${rowStart + 1}-${groupEnd} (${err.message})`);
        }
        for (const r of rows)
            for (let j = 0; j < r.length; j++)
                r[j] = normalizeParquetValue(r[j]);
        const lines = new Array(rows.length);
        for (let i = 0; i < rows.length; i++)
            lines[i] = rowStart + i + 1;
        yield* sliceBatches(columns, rows, lines, batchSize);
        rowStart = groupEnd;
    }
    if (rowStart === 0 && !allowEmpty)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__.UsageError(`${path}: the Parquet file has no rows`);
}
/** How the values of a flat column become numbers: 0 = not a plain number column. */
const NUM_NONE = 0;
const NUM_INT32 = 1;
const NUM_INT64 = 2;
const NUM_FLOAT = 3;
/** Numeric kind and timestamp conversion of a flat column, from its schema element. */
function numericKind(el) {
    const ct = el.converted_type;
    const lt = el.logical_type;
    const none = { kind: NUM_NONE, scale: 1, divide: 1 };
    if (el.type === 'FLOAT' || el.type === 'DOUBLE')
        return ct || (lt && lt.type !== undefined) ? none : { kind: NUM_FLOAT, scale: 1, divide: 1 };
    const signedInt = (!lt || (lt.type === 'INTEGER' && lt.isSigned !== false)) && (!ct || ct === 'INT_8' || ct === 'INT_16' || ct === 'INT_32' || ct === 'INT_64');
    if (el.type === 'INT32') {
        if (ct === 'DATE' || (!ct && lt?.type === 'DATE'))
            return { kind: NUM_INT32, scale: 86_400_000, divide: 1 };
        return signedInt ? { kind: NUM_INT32, scale: 1, divide: 1 } : none;
    }
    if (el.type === 'INT64') {
        if (ct === 'TIMESTAMP_MILLIS')
            return { kind: NUM_INT64, scale: 1, divide: 1 };
        if (ct === 'TIMESTAMP_MICROS')
            return { kind: NUM_INT64, scale: 1, divide: 1000 };
        if (!ct && lt?.type === 'TIMESTAMP')
            return { kind: NUM_INT64, scale: 1, divide: lt.unit === 'MICROS' ? 1000 : lt.unit === 'NANOS' ? 1e6 : 1 };
        return signedInt ? { kind: NUM_INT64, scale: 1, divide: 1 } : none;
    }
    return none;
}
/**
 * Primitive values (as hyparquet's readPlain gives them) to doubles in `out` from `at`:
 * INT64 exactly as Number(bigint) (hi\u00b72\u00b3\u00b2 + lo is exact before its one rounding), then \u00d7 scale
 * or \u00f7 divide (the same operations as the timestamp parsers, so the same doubles).
 */
function toDoubles(data, kind, scale, divide, out, at) {
    const n = data.length;
    if (kind === NUM_INT64 && data instanceof BigInt64Array) {
        const w = new Uint32Array(data.buffer, data.byteOffset, 2 * n);
        for (let i = 0; i < n; i++)
            out[at + i] = (w[2 * i + 1] | 0) * 4294967296 + w[2 * i];
    }
    else if (kind === NUM_INT64) {
        for (let i = 0; i < n; i++)
            out[at + i] = Number(data[i]);
    }
    else {
        for (let i = 0; i < n; i++)
            out[at + i] = data[i];
    }
    if (scale !== 1)
        for (let i = 0; i < n; i++)
            out[at + i] *= scale;
    if (divide !== 1)
        for (let i = 0; i < n; i++)
            out[at + i] /= divide;
}
/** Timestamp/date parsers giving epoch milliseconds (numbers), not Date objects. */
const MS_PARSERS = {
    timestampFromMilliseconds: (v) => Number(v),
    timestampFromMicroseconds: (v) => Number(v) / 1000,
    timestampFromNanoseconds: (v) => Number(v) / 1e6,
    dateFromDays: (d) => d * 86_400_000,
};
/**
 * Decode one flat column chunk page by page (DATA_PAGE v1 and v2, any encoding hyparquet
 * supports; dictionary and PLAIN pages decoded here straight to typed arrays).
 */
function readFlatChunk(hp, buf, decoder, maxDef, rowStart, rows, onPage, scratch) {
    const { kind, scale, divide } = numericKind(decoder.element);
    const reader = { view: new DataView(buf), offset: 0 };
    let dictNumbers;
    let dictTexts;
    let dictValues;
    let done = 0;
    while (done < rows && reader.offset < buf.byteLength - 1) {
        const header = hp.parquetHeader(reader);
        const bytes = new Uint8Array(buf, reader.offset, header.compressed_page_size);
        reader.offset += header.compressed_page_size;
        if (header.type === 'DICTIONARY_PAGE') {
            const diph = header.dictionary_page_header;
            const page = hp.decompressPage(bytes, Number(header.uncompressed_page_size), decoder.codec, decoder.compressors);
            const raw = hp.readPlain({ view: new DataView(page.buffer, page.byteOffset, page.byteLength), offset: 0 }, decoder.type, diph.num_values, decoder.element.type_length);
            dictNumbers = dictTexts = dictValues = undefined;
            if (kind !== NUM_NONE) {
                dictNumbers = new Float64Array(raw.length);
                toDoubles(raw, kind, scale, divide, dictNumbers, 0);
            }
            else {
                const conv = hp.convert(raw, decoder);
                const texts = [];
                let allText = true;
                for (let i = 0; i < conv.length && allText; i++) {
                    const v = conv[i];
                    if (typeof v === 'string')
                        texts.push(v);
                    else
                        allText = false;
                }
                if (allText)
                    dictTexts = { texts };
                else
                    dictValues = conv;
            }
            continue;
        }
        let n;
        let encoding;
        /** 1 where a value is present; undefined when all are. */
        let present;
        let indices;
        let data;
        if (header.type === 'DATA_PAGE') {
            const daph = header.data_page_header;
            n = daph.num_values;
            encoding = daph.encoding;
            const page = hp.decompressPage(bytes, Number(header.uncompressed_page_size), decoder.codec, decoder.compressors);
            const view = new DataView(page.buffer, page.byteOffset, page.byteLength);
            const r = { view, offset: 0 };
            let nonNull = n;
            if (maxDef > 0) {
                const defs = (scratch.defs = grow(scratch.defs, n)).subarray(0, n);
                hp.readRleBitPackedHybrid(r, 32 - Math.clz32(maxDef), defs);
                nonNull = countPresent(defs, maxDef);
                if (nonNull < n)
                    present = defs;
            }
            if (encoding === 'PLAIN' && decoder.type !== 'BOOLEAN')
                data = hp.readPlain(r, decoder.type, nonNull, decoder.element.type_length);
            else if ((encoding === 'RLE_DICTIONARY' || encoding === 'PLAIN_DICTIONARY') && decoder.type !== 'BOOLEAN') {
                const width = view.getUint8(r.offset++);
                const idx = (scratch.idx = grow(scratch.idx, nonNull)).subarray(0, nonNull);
                if (width)
                    hp.readRleBitPackedHybrid(r, width, idx, view.byteLength - r.offset);
                else
                    idx.fill(0);
                indices = idx;
            }
            else {
                const dp = hp.readDataPage(page, daph, decoder);
                data = dp.dataPage;
                if (encoding.endsWith('_DICTIONARY')) {
                    indices = data;
                    data = undefined;
                }
            }
        }
        else if (header.type === 'DATA_PAGE_V2') {
            const daph2 = header.data_page_header_v2;
            n = daph2.num_values;
            encoding = daph2.encoding;
            const dp = hp.readDataPageV2(bytes, header, decoder);
            if (dp.definitionLevels && dp.definitionLevels.length > 0 && daph2.num_nulls > 0)
                present = dp.definitionLevels;
            if (encoding.endsWith('_DICTIONARY'))
                indices = dp.dataPage;
            else
                data = dp.dataPage;
        }
        else {
            throw new Error(`unsupported page type ${header.type}`);
        }
        if (indices && !dictNumbers && !dictTexts && !dictValues)
            throw new Error('a dictionary-encoded page without a dictionary page');
        if (n > rows - done)
            throw new Error(`a page has ${n} values but only ${rows - done} rows are left in the row group`);
        const start = rowStart + done;
        const nonNullCount = indices ? indices.length : data.length;
        const expected = present ? countPresent(present, maxDef) : n;
        if (nonNullCount < expected)
            throw new Error(`a page holds ${nonNullCount} values where its definition levels say ${expected}`);
        if (kind !== NUM_NONE) {
            const values = (scratch.values = grow(scratch.values, n)).subarray(0, n);
            let nulls;
            let dense;
            if (indices) {
                dense = present ? (scratch.dense = grow(scratch.dense, indices.length)).subarray(0, indices.length) : values;
                const d = dictNumbers;
                for (let i = 0; i < indices.length && i < n; i++) {
                    const k = indices[i];
                    if (k >= d.length)
                        throw new Error(`dictionary index ${k} out of range (${d.length} entries)`);
                    dense[i] = d[k];
                }
            }
            else {
                dense = present ? (scratch.dense = grow(scratch.dense, data.length)).subarray(0, data.length) : values;
                toDoubles(data, kind, scale, divide, dense, 0);
            }
            if (present) {
                nulls = (scratch.nulls = grow(scratch.nulls, n)).subarray(0, n);
                nulls.fill(0);
                for (let i = 0, j = 0; i < n; i++) {
                    if (present[i] === maxDef)
                        values[i] = dense[j++];
                    else
                        nulls[i] = 1;
                }
            }
            onPage({ kind: 'numbers', rowStart: start, rows: n, values, nulls });
        }
        else if (indices && dictTexts) {
            // Without nulls the decoded indices are the rows already (when they came as an Int32Array).
            const out = !present && indices instanceof Int32Array && indices.length === n ? indices : (scratch.out = grow(scratch.out, n)).subarray(0, n);
            const size = dictTexts.texts.length;
            for (let i = 0, j = 0; i < n; i++) {
                if (present && present[i] !== maxDef)
                    out[i] = -1;
                else {
                    const k = indices[j++];
                    if (k >= size)
                        throw new Error(`dictionary index ${k} out of range (${size} entries)`);
                    out[i] = k;
                }
            }
            onPage({ kind: 'dict', rowStart: start, rows: n, dictionary: dictTexts, indices: out });
        }
        else {
            let vals;
            if (indices) {
                const d = (dictValues ?? dictTexts?.texts);
                const arr = new Array(indices.length);
                for (let i = 0; i < indices.length; i++)
                    arr[i] = d[indices[i]];
                vals = arr;
            }
            else
                vals = hp.convert(data, decoder);
            const out = new Array(n);
            for (let i = 0, j = 0; i < n; i++) {
                if (present && present[i] !== maxDef)
                    out[i] = null;
                else {
                    const v = vals[j++];
                    out[i] = typeof v === 'bigint' ? Number(v) : v === undefined ? null : v;
                }
            }
            onPage({ kind: 'values', rowStart: start, rows: n, values: out });
        }
        done += n;
    }
    if (done !== rows)
        throw new Error(`the column chunk holds ${done} values, expected ${rows}`);
}
function newScratch() {
    return { defs: new Uint8Array(0), nulls: new Uint8Array(0), idx: new Int32Array(0), out: new Int32Array(0), values: new Float64Array(0), dense: new Float64Array(0) };
}
/** `a` when it holds n elements, else a new array of the same kind with room for n (+25%). */
function grow(a, n) {
    if (a.length >= n)
        return a;
    return new a.constructor(Math.ceil(n * 1.25));
}
function countPresent(present, maxDef) {
    let k = 0;
    for (let i = 0; i < present.length; i++)
        if (present[i] === maxDef)
            k++;
    return k;
}
/**
 * Stream a Parquet file one row group at a time, columnar, without building row arrays or Date
 * objects: timestamps and dates come as epoch milliseconds (numbers). Decoding one column at a
 * time keeps memory to one column chunk (`readPages`: one page). For bulk statistics.
 */
async function* readParquetColumns(path, format = 'parquet', partOfTable = false, onBytes) {
    if (format === 'delta') {
        const { readDeltaColumns } = await __webpack_require__.e(/* import() */ 934).then(__webpack_require__.bind(__webpack_require__, 44553));
        return yield* readDeltaColumns(path, { readBatches, readParquetColumns });
    }
    const size = await (0,_io_fs_js__WEBPACK_IMPORTED_MODULE_3__.fileSize)(path);
    if (size === 0)
        throw emptyError(path);
    const [{ parquetMetadataAsync, parquetRead, parquetSchema }, column, datapage, encoding, plain, convertMod, schemaMod] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(209), __webpack_require__.e(787), __webpack_require__.e(87)]).then(__webpack_require__.bind(__webpack_require__, 26087)),
        Promise.all(/* import() */[__webpack_require__.e(209), __webpack_require__.e(787)]).then(__webpack_require__.bind(__webpack_require__, 85787)),
        __webpack_require__.e(/* import() */ 209).then(__webpack_require__.bind(__webpack_require__, 47209)),
        __webpack_require__.e(/* import() */ 452).then(__webpack_require__.bind(__webpack_require__, 40452)),
        __webpack_require__.e(/* import() */ 589).then(__webpack_require__.bind(__webpack_require__, 90589)),
        __webpack_require__.e(/* import() */ 798).then(__webpack_require__.bind(__webpack_require__, 24798)),
        __webpack_require__.e(/* import() */ 770).then(__webpack_require__.bind(__webpack_require__, 69770)),
    ]);
    const hp = {
        parquetHeader: column.parquetHeader,
        decompressPage: datapage.decompressPage,
        readDataPage: datapage.readDataPage,
        readDataPageV2: datapage.readDataPageV2,
        readRleBitPackedHybrid: encoding.readRleBitPackedHybrid,
        readPlain: plain.readPlain,
        convert: convertMod.convert,
    };
    const compressors = await (0,_parquet_types_js__WEBPACK_IMPORTED_MODULE_6__.parquetCompressors)();
    const scratch = newScratch();
    // onBytes (progress): the bytes of the ranges read so far; the metadata and a nested column read twice count twice.
    let bytesRead = 0;
    const file = {
        byteLength: size,
        slice: async (start, end) => {
            const b = await (0,_io_fs_js__WEBPACK_IMPORTED_MODULE_3__.readRange)(path, start, end ?? size);
            bytesRead += b.byteLength;
            onBytes?.(bytesRead);
            return b;
        },
    };
    let metadata;
    try {
        metadata = await parquetMetadataAsync(file);
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__.UsageError(`${path}: not a readable Parquet file (${err.message}); check the file or pass the right format`);
    }
    const tree = parquetSchema(metadata);
    const children = tree.children;
    const columns = children.map((c) => c.element.name);
    const timestamps = children.map((c) => {
        const e = c.element;
        return e.logical_type?.type === 'TIMESTAMP' || e.logical_type?.type === 'DATE' || /^(TIMESTAMP|DATE)/.test(e.converted_type ?? '');
    });
    const parsers = { ...convertMod.DEFAULT_PARSERS, ...MS_PARSERS };
    // Flat columns (a leaf right under the root, not repeated) are decoded page by page here.
    const flat = children.map((c) => {
        const schemaPath = schemaMod.getTreePath(tree, [c.element.name]);
        return schemaMod.isFlatColumn(schemaPath) && schemaMod.getMaxRepetitionLevel(schemaPath) === 0
            ? { schemaPath, maxDef: schemaMod.getMaxDefinitionLevel(schemaPath) }
            : undefined;
    });
    let rowStart = 0;
    for (const group of metadata.row_groups) {
        const rows = Number(group.num_rows);
        const start = rowStart;
        // A column whole, through hyparquet's parquetRead: the path for nested columns.
        const readColumn = async (c) => {
            const parts = [];
            try {
                await parquetRead({ file, metadata, columns: [columns[c]], compressors, parsers, rowStart: start, rowEnd: start + rows, onChunk: (p) => parts.push(p) });
            }
            catch (err) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__.UsageError(`${path}: cannot decode Parquet column "${columns[c]}" rows ${start + 1}-${start + rows} (${err.message})`);
            }
            if (parts.length === 1 && parts[0].rowStart === start && parts[0].columnData.length === rows)
                return parts[0].columnData;
            const out = new Array(rows).fill(null);
            for (const p of parts) {
                for (let i = 0; i < p.columnData.length; i++) {
                    const r = p.rowStart + i - start;
                    if (r >= 0 && r < rows)
                        out[r] = p.columnData[i];
                }
            }
            return out;
        };
        const readPages = async (c, onPage) => {
            const f = flat[c];
            const chunk = group.columns.find((k) => k.meta_data?.path_in_schema.length === 1 && k.meta_data.path_in_schema[0] === columns[c]);
            const meta = chunk?.meta_data;
            if (!f || !meta || chunk?.file_path) {
                const values = await readColumn(c);
                const out = new Array(values.length);
                for (let i = 0; i < values.length; i++) {
                    const v = values[i];
                    out[i] = typeof v === 'bigint' ? Number(v) : v === undefined ? null : v;
                }
                onPage({ kind: 'values', rowStart: start, rows, values: out });
                return;
            }
            const from = Number(meta.dictionary_page_offset || meta.data_page_offset);
            const to = from + Number(meta.total_compressed_size);
            try {
                if (from < 0 || to > size)
                    throw new Error(`column chunk bytes ${from}-${to} lie outside the file (${size} bytes)`);
                const buf = await file.slice(from, to);
                const decoder = {
                    pathInSchema: meta.path_in_schema,
                    element: f.schemaPath[f.schemaPath.length - 1].element,
                    schemaPath: f.schemaPath,
                    type: meta.type,
                    codec: meta.codec,
                    compressors,
                    parsers,
                };
                readFlatChunk(hp, buf, decoder, f.maxDef, start, rows, onPage, scratch);
                (0,_io_memory_js__WEBPACK_IMPORTED_MODULE_4__/* .collectGarbage */ .i)('minor'); // the chunk's and its pages' buffers
            }
            catch (err) {
                if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__.UsageError)
                    throw err;
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__.UsageError(`${path}: cannot decode Parquet column "${columns[c]}" rows ${start + 1}-${start + rows} (${err.message})`);
            }
        };
        yield { columns, timestamps, readPages, rowStart: start, rows };
        rowStart += rows;
    }
    // partOfTable: one data file of a Delta table; it may be empty, and the table's reader collects once at its end.
    if (rowStart === 0 && !partOfTable)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__.UsageError(`${path}: the Parquet file has no rows`);
    // Done: the page buffers (a few MB) go now rather than stay under whatever is read next.
    Object.assign(scratch, newScratch());
    if (!partOfTable)
        (0,_io_memory_js__WEBPACK_IMPORTED_MODULE_4__/* .collectGarbage */ .i)('major');
}


/***/ }),

/***/ 37254:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ie: () => (/* reexport */ cellText),
  vX: () => (/* reexport */ moveRows),
  Ej: () => (/* binding */ readColumns),
  LY: () => (/* reexport */ takeRows)
});

// UNUSED EXPORTS: PROGRESS_MS, ProgressClock, isNumberColumn, readColumnBatches, sliceTable

// EXTERNAL MODULE: ./src/errors.js
var errors = __webpack_require__(16986);
// EXTERNAL MODULE: ./src/io/fs.js
var fs = __webpack_require__(92907);
// EXTERNAL MODULE: ./src/data/read.js
var read = __webpack_require__(11284);
// EXTERNAL MODULE: ./src/data/missing.js
var missing = __webpack_require__(63146);
// EXTERNAL MODULE: ./src/data/profile.js + 1 modules
var profile = __webpack_require__(40077);
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
const POW10 = Array.from({ length: 23 }, (_, i) => 10 ** i);
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
        const x = (0,profile/* parseNumberBytes */.oX)(b, s, e);
        CANONICAL = x === x && String(x) === b.toString('latin1', s, e);
        return x;
    }
    let x = frac === 0 ? mant : mant / POW10[frac];
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
        throw new UsageError(`batchRows must be at least 1, got ${batchRows}`);
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
    const format = (0,read/* detectFormat */.Tz)(path, opts.format);
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


/***/ }),

/***/ 41217:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u1: () => (/* binding */ checkDirReplaceable),
/* harmony export */   y$: () => (/* binding */ writeDirAtomic)
/* harmony export */ });
/* unused harmony exports ioFailure, openAtomicWriter, writeFileAtomic, isSameFile, refuseOverwritingInputs */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(16986);
/**
 * Safe outputs: every file the project writes (predictions, reports, schemas, bundles, OCI
 * archives) goes to a temporary sibling first and is renamed into place, so a failed or
 * interrupted write never leaves a truncated file, and never touches the old one before the new
 * one is complete. I/O failures become UsageErrors (exit 2) that name the path, say what went
 * wrong and what to do.
 *
 * Special files (character devices such as /dev/null or /dev/stdout, FIFOs) cannot be replaced by a
 * rename: they are written in place, and their errors (ENOSPC on /dev/full) are reported the same way.
 */




/** Human words for an errno code, and what the user can do about it. */
function ioFailure(path, err, verb) {
    const code = err?.code;
    const [why, fix] = code === 'ENOENT'
        ? ['no such file or folder', 'check the path, or create the folder first']
        : code === 'ENOTDIR'
            ? ['a part of the path is a file, not a folder', 'check the path']
            : code === 'EISDIR'
                ? ['it is a directory, not a file', 'pass a file path']
                : code === 'EACCES' || code === 'EPERM'
                    ? ['permission denied', 'choose a path you can write, or fix its permissions']
                    : code === 'ENOSPC' || code === 'EDQUOT'
                        ? ['no space left on the device', 'free some space or write elsewhere']
                        : code === 'EROFS'
                            ? ['read-only file system', 'write to a writable location']
                            : [code ?? String(err?.message ?? err), 'check the path'];
    return new _errors_js__WEBPACK_IMPORTED_MODULE_3__.UsageError(`${path}: cannot ${verb} (${why}); ${fix}`);
}
function tempSibling(target, kind) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(target), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(target)}.${kind}-${process.pid}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}`);
}
/** Where a write to `path` really lands: symlinks resolved, so the link keeps pointing at the new file. */
async function targetOf(path) {
    const abs = resolve(path);
    let st;
    try {
        st = await stat(abs);
    }
    catch (err) {
        if (err.code === 'ENOENT') {
            // A dangling symlink: write where it points.
            try {
                if ((await lstat(abs)).isSymbolicLink())
                    return { target: resolve(dirname(abs), await readlink(abs)), special: false };
            }
            catch {
                /* not a link */
            }
            return { target: abs, special: false };
        }
        throw ioFailure(path, err, 'write the file');
    }
    if (st.isDirectory())
        throw ioFailure(path, Object.assign(new Error('dir'), { code: 'EISDIR' }), 'write the file');
    const target = await realpath(abs);
    return { target, special: !st.isFile(), mode: st.mode & 0o7777 };
}
/**
 * Open `path` for writing through a temporary sibling. Nothing at `path` changes until commit().
 * Errors are UsageErrors naming `path`.
 */
async function openAtomicWriter(path, opts = {}) {
    const { target, special, mode } = await targetOf(path);
    if (opts.mkdirs ?? true) {
        try {
            await mkdir(dirname(target), { recursive: true });
        }
        catch (err) {
            throw ioFailure(path, err, 'create the folder of the file');
        }
    }
    const file = special ? target : tempSibling(target, 'tmp');
    let handle;
    try {
        handle = await open(file, special ? 'w' : 'wx', mode ?? 0o644);
    }
    catch (err) {
        throw ioFailure(path, err, 'write the file');
    }
    let closed = false;
    const close = async () => {
        if (closed)
            return;
        closed = true;
        await handle.close();
    };
    const cleanup = async () => {
        await close().catch(() => undefined);
        if (!special)
            await unlink(file).catch(() => undefined);
    };
    return {
        path,
        async write(chunk) {
            try {
                await handle.write(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk);
            }
            catch (err) {
                await cleanup();
                throw ioFailure(path, err, 'write the file');
            }
        },
        async commit() {
            try {
                if (!special)
                    await handle.sync();
                await close();
                if (!special)
                    await rename(file, target);
            }
            catch (err) {
                await cleanup();
                throw ioFailure(path, err, 'write the file');
            }
        },
        abort: cleanup,
    };
}
/** Write a whole file through a temporary sibling and rename it into place. */
async function writeFileAtomic(path, data, opts = {}) {
    const w = await openAtomicWriter(path, opts);
    await w.write(data);
    await w.commit();
}
/** The same file? Real paths compared, so symlinks, `./` and `..` detours are seen through. */
async function isSameFile(a, b) {
    const real = async (p) => {
        try {
            return await realpath(p);
        }
        catch {
            // Not there (yet): compare the real folder plus the name.
            try {
                return join(await realpath(dirname(resolve(p))), basename(p));
            }
            catch {
                return resolve(p);
            }
        }
    };
    const [ra, rb] = await Promise.all([real(a), real(b)]);
    if (ra === rb)
        return true;
    try {
        const [sa, sb] = await Promise.all([stat(a), stat(b)]);
        return sa.dev === sb.dev && sa.ino === sb.ino; // hard links
    }
    catch {
        return false;
    }
}
/** Refuse early (before any work) what writeDirAtomic would refuse: a non-directory, or contents `replaceable` rejects. */
async function checkDirReplaceable(dir, opts) {
    let target = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(dir);
    let existing;
    try {
        const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(target);
        if (!st.isDirectory())
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__.UsageError(`${dir}: exists and is not a directory; pass a new or empty directory`);
        target = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(target);
        existing = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(target);
    }
    catch (err) {
        if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__.UsageError)
            throw err;
        if (err.code !== 'ENOENT')
            throw ioFailure(dir, err, 'use the directory');
    }
    if (existing && existing.length > 0) {
        const refusal = opts.replaceable(existing);
        if (refusal !== undefined)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__.UsageError(`${dir}: ${refusal}`);
    }
    return { target, existing };
}
async function writeDirAtomic(dir, files, opts) {
    const { target, existing } = await checkDirReplaceable(dir, opts);
    const parent = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(target);
    if (parent === target)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__.UsageError(`${dir}: cannot replace the root directory; pass a new or empty directory`);
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(parent, { recursive: true });
    }
    catch (err) {
        throw ioFailure(dir, err, 'create the parent folder');
    }
    const tmp = tempSibling(target, 'tmp');
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(tmp);
    }
    catch (err) {
        throw ioFailure(dir, err, 'create a temporary folder beside the directory');
    }
    try {
        for (const [name, given] of files) {
            const h = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(tmp, name), 'wx', 0o644);
            try {
                const data = typeof given === 'function' ? given() : given;
                // A large file may come as chunks (train's holdout): written one after the other, never joined.
                if (typeof data === 'string')
                    await h.write(Buffer.from(data, 'utf8'));
                else if (data instanceof Uint8Array)
                    await h.write(data);
                else
                    for (const part of data)
                        await h.write(part);
                await h.sync();
            }
            finally {
                await h.close();
            }
        }
        if (existing === undefined || existing.length === 0) {
            // rename(2) replaces an empty directory.
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(tmp, target);
        }
        else {
            const old = tempSibling(target, 'old');
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(target, old);
            try {
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(tmp, target);
            }
            catch (err) {
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(old, target).catch(() => undefined);
                throw err;
            }
            // The old contents were a bundle this tool wrote (replaceable() said so).
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(old, { recursive: true, force: true });
        }
    }
    catch (err) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(tmp, { recursive: true, force: true }).catch(() => undefined);
        throw err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__.UsageError ? err : ioFailure(dir, err, 'write the directory');
    }
    return target;
}
/**
 * Refuse an output that is one of the inputs (compared by real path): writing it would destroy
 * what is being read. `output` and each input are [what the user called it, path].
 */
async function refuseOverwritingInputs(output, inputs) {
    const [outLabel, outPath] = output;
    if (outPath === undefined)
        return;
    for (const [label, path] of inputs) {
        if (path !== undefined && (await isSameFile(outPath, path))) {
            throw new UsageError(`${outLabel} ${outPath} is the input file ${label} ${path}; writing there would destroy it. Pass another output file`);
        }
    }
}


/***/ }),

/***/ 92907:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q3: () => (/* binding */ sha256File),
/* harmony export */   cE: () => (/* binding */ openReader),
/* harmony export */   fileSize: () => (/* binding */ fileSize),
/* harmony export */   readRange: () => (/* binding */ readRange),
/* harmony export */   zO: () => (/* binding */ readChunks)
/* harmony export */ });
/* unused harmony exports readText, writeText */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(16986);
/* harmony import */ var _atomic_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(41217);
/**
 * Filesystem port: the only place the data/report code touches node:fs. Every failure becomes a
 * UsageError that names the file and says what to do.
 */




function fsMessage(path, err, verb) {
    const code = err.code;
    const why = code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
            ? 'it is a directory, not a file'
            : code === 'EACCES' || code === 'EPERM'
                ? 'permission denied'
                : (code ?? String(err.message ?? err));
    return `${path}: cannot ${verb} (${why}); check the path`;
}
/** Size of a file in bytes; UsageError when it cannot be read. */
async function fileSize(path) {
    try {
        const s = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(path);
        if (s.isDirectory())
            throw Object.assign(new Error('dir'), { code: 'EISDIR' });
        return s.size;
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__.UsageError(fsMessage(path, err, 'read the file'));
    }
}
/**
 * Read a file as a sequence of byte chunks of at most `chunkSize` bytes. Memory is bounded by
 * the chunk size: each yielded buffer is fresh (callers may keep it).
 */
async function* readChunks(path, chunkSize = 1 << 20) {
    let handle;
    try {
        handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(path, 'r');
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__.UsageError(fsMessage(path, err, 'open the file'));
    }
    try {
        for (;;) {
            const buf = Buffer.allocUnsafe(chunkSize);
            let n;
            try {
                ({ bytesRead: n } = await handle.read(buf, 0, chunkSize, null));
            }
            catch (err) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__.UsageError(fsMessage(path, err, 'read the file'));
            }
            if (n === 0)
                return;
            yield n === chunkSize ? buf : buf.subarray(0, n);
        }
    }
    finally {
        await handle.close();
    }
}
async function openReader(path) {
    let handle;
    try {
        handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(path, 'r');
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__.UsageError(fsMessage(path, err, 'open the file'));
    }
    return {
        async read(buf, offset, length) {
            try {
                return (await handle.read(buf, offset, length, null)).bytesRead;
            }
            catch (err) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__.UsageError(fsMessage(path, err, 'read the file'));
            }
        },
        close: () => handle.close(),
    };
}
/**
 * sha256 (hex) of a file's bytes, read through one reused 1 MiB buffer (a read stream makes a
 * fresh 64 KiB buffer per read: 3,000 of them for a 190 MB file, all garbage until V8's next GC).
 */
async function sha256File(path) {
    const reader = await openReader(path);
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    const buf = Buffer.allocUnsafe(1 << 20);
    try {
        for (;;) {
            const n = await reader.read(buf, 0, buf.length);
            if (n === 0)
                break;
            hash.update(buf.subarray(0, n));
        }
    }
    finally {
        await reader.close();
    }
    return hash.digest('hex');
}
/** Read `length` bytes at `position` (for random access formats such as Parquet). */
async function readRange(path, start, end) {
    let handle;
    try {
        handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(path, 'r');
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__.UsageError(fsMessage(path, err, 'open the file'));
    }
    try {
        const out = new Uint8Array(end - start);
        let off = 0;
        while (off < out.length) {
            const { bytesRead } = await handle.read(out, off, out.length - off, start + off);
            if (bytesRead === 0)
                break;
            off += bytesRead;
        }
        return out.buffer;
    }
    finally {
        await handle.close();
    }
}
/** A whole text file (UTF-8). */
async function readText(path) {
    try {
        return await readFile(path, 'utf8');
    }
    catch (err) {
        throw new UsageError(fsMessage(path, err, 'read the file'));
    }
}
/** Write a text file, creating its folder: through a temporary sibling renamed into place (src/io/atomic.ts). */
async function writeText(path, text) {
    await writeFileAtomic(path, text);
}


/***/ }),

/***/ 26219:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  HJ: () => (/* binding */ BUNDLE_FILES),
  vp: () => (/* binding */ amendLineage),
  To: () => (/* binding */ compileModel),
  aH: () => (/* binding */ encodeHoldout),
  l3: () => (/* binding */ predictFeatureColumns),
  Bo: () => (/* binding */ readBundle),
  sc: () => (/* binding */ sha256),
  _Y: () => (/* reexport */ stableJson)
});

// UNUSED EXPORTS: readHoldout, readHoldoutTable, scoreColumns, scoreRecords, scoreTable

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/io/number-text.js
/**
 * String(x) written straight into a byte buffer, without making the string: train's holdout.jsonl
 * prints one number per cell (4M cells at 1M rows), and the strings String(x) makes are kept alive
 * by V8's number-to-string cache long enough to be promoted, which left ~50 MB of old-space garbage
 * in train's peak RSS at 1M rows (bench/train/whole.mjs). This covers the numbers data files hold \u2014
 * finite, 1e-6 \u2264 |x| < 1e15, at most 15 significant digits \u2014 and says "not mine" for the rest.
 *
 * Why it is String(x): ECMAScript's Number::toString prints the decimal with the fewest significant
 * digits that reads back as x. For a fixed magnitude, fewer significant digits is fewer fraction
 * digits, so the answer is m / 10^k for the smallest k at which some integer m reads back as x.
 * "Reads back" is checked exactly: m < 2^53 and 10^k \u2264 10^15 are exact doubles, so m / 10^k is the
 * correctly rounded value of the decimal, which is what parsing it gives. With m < 10^15 the
 * candidates at that k are more than an ulp apart, so m is unique (no tie to break), and it is
 * within one of Math.round(|x| \u00b7 10^k). Every |x| in [1e-6, 1e15) prints in fixed notation.
 */
const POW10 = Float64Array.from({ length: 16 }, (_, i) => 10 ** i);
const DIGITS = new Uint8Array(16);
/**
 * Writes String(x) as ASCII into `buf` at `pos` and returns the position after it, or returns -1
 * (nothing written) when x is outside what this handles; the caller then writes String(x).
 * `buf` needs room for 18 bytes at `pos` ("-" + 15 digits + "." + "0" for values below 1).
 */
function writeNumberText(x, buf, pos) {
    if (x === 0) {
        buf[pos] = 0x30; // String(-0) is "0" too
        return pos + 1;
    }
    const a = x < 0 ? -x : x;
    if (!(a >= 1e-6 && a < 1e15))
        return -1;
    for (let k = 0; k < 16; k++) {
        const p = POW10[k];
        const t = a * p;
        if (t >= 1e15)
            return -1; // more than 15 significant digits
        const r = Math.round(t);
        let m;
        if (r / p === a)
            m = r;
        else if ((r - 1) / p === a)
            m = r - 1;
        else if ((r + 1) / p === a)
            m = r + 1;
        else
            continue;
        if (x < 0)
            buf[pos++] = 0x2d;
        const frac = m % p;
        let int = (m - frac) / p;
        // Integer part, most significant digit first.
        let nd = 0;
        do {
            const q = Math.floor(int / 10);
            DIGITS[nd++] = int - q * 10;
            int = q;
        } while (int > 0);
        while (nd > 0)
            buf[pos++] = 0x30 + DIGITS[--nd];
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

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/errors.js
var errors = __webpack_require__(16986);
// EXTERNAL MODULE: ./src/model/mlcart.js
var mlcart = __webpack_require__(89932);
// EXTERNAL MODULE: ./src/model/preprocess.js
var preprocess = __webpack_require__(3749);
;// CONCATENATED MODULE: ./src/model/consistency.js
/**
 * A bundle's internal consistency, checked at every load (readBundle: predict, serve, gate, monitor,
 * the registry and deploy): manifest digests prove the files are the ones listed, not that they
 * agree with each other. A bundle edited and re-hashed must be refused here with a message naming
 * the bundle and the disagreement, not crash later in scoring (a TypeError in predict, a 500 on
 * every request in serve).
 *
 * Checked, in this order (the first problem is reported):
 *   - preprocess.json: task, target, column specs (kind, fill, categories, encoding, parts);
 *   - its model feature list against the columns' encoded widths and names (`col`, `col=cat`, `col.part`);
 *   - classes (classification: \u2265 2 distinct labels; regression: none);
 *   - params.json's input columns, model features and target (what the tree was grown on) against preprocess.json;
 *   - model.json: an ml-cart tree or a forest of them, of the same task; every split's feature
 *     index within the model features, thresholds finite, every leaf's distribution fitting the
 *     classes (or a finite value for regression).
 * O(nodes + features).
 */


const KINDS = new Set(['numeric', 'boolean', 'categorical', 'datetime']);
const IMPUTES = new Set(['median', 'mean', 'most-frequent', 'constant']);
const PARTS = new Set(preprocess/* DATE_PARTS */.oJ);
/** One disagreement between the bundle's files (becomes the UsageError's detail). */
class Inconsistent extends Error {
}
const isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const show = (v) => {
    const s = JSON.stringify(v);
    return s === undefined ? String(v) : s.length > 60 ? `${s.slice(0, 57)}\u2026` : s;
};
/** Model feature names a column spec encodes to, in order; throws Inconsistent on a bad spec. */
function encodedNames(c, where) {
    if (typeof c.name !== 'string' || c.name === '')
        throw new Inconsistent(`${where} has no "name"`);
    const name = c.name;
    if (typeof c.kind !== 'string' || !KINDS.has(c.kind))
        throw new Inconsistent(`${where} ("${name}") has kind ${show(c.kind)}; expected numeric, boolean, categorical or datetime`);
    if (typeof c.impute !== 'string' || !IMPUTES.has(c.impute))
        throw new Inconsistent(`${where} ("${name}") has impute ${show(c.impute)}; expected median, mean, most-frequent or constant`);
    if (c.kind === 'categorical') {
        const cats = c.categories;
        if (!Array.isArray(cats) || cats.length === 0 || !cats.every((x) => typeof x === 'string'))
            throw new Inconsistent(`column "${name}" is categorical but its "categories" is ${show(cats)}; expected a non-empty list of text`);
        if (new Set(cats).size !== cats.length)
            throw new Inconsistent(`column "${name}" lists a category twice`);
        if (typeof c.fill !== 'string' || !cats.includes(c.fill))
            throw new Inconsistent(`column "${name}": its fill value ${show(c.fill)} is not one of its categories`);
        if (c.encoding === 'one-hot')
            return cats.map((x) => `${name}=${x}`);
        if (c.encoding === 'ordinal')
            return [name];
        throw new Inconsistent(`column "${name}" has encoding ${show(c.encoding)}; expected one-hot or ordinal`);
    }
    if (typeof c.fill !== 'number' || !Number.isFinite(c.fill))
        throw new Inconsistent(`column "${name}" (${c.kind}) has fill ${show(c.fill)}; expected a finite number`);
    if (c.kind === 'datetime') {
        const parts = c.parts;
        if (!Array.isArray(parts) || parts.length === 0 || !parts.every((p) => typeof p === 'string' && PARTS.has(p)))
            throw new Inconsistent(`column "${name}" is a datetime but its "parts" is ${show(parts)}; expected a list of ${preprocess/* DATE_PARTS */.oJ.join(', ')}`);
        return parts.map((p) => `${name}.${p}`);
    }
    return [name];
}
function checkPreprocess(pre) {
    if (pre.task !== 'classification' && pre.task !== 'regression')
        throw new Inconsistent(`preprocess.json has task ${show(pre.task)}; expected classification or regression`);
    if (typeof pre.target !== 'string' || pre.target === '')
        throw new Inconsistent('preprocess.json has no "target"');
    const spec = pre.preprocess;
    if (!isObj(spec) || !Array.isArray(spec.columns) || !Array.isArray(spec.features))
        throw new Inconsistent('preprocess.json has no "preprocess" with "columns" and "features"');
    if (spec.columns.length === 0)
        throw new Inconsistent('preprocess.json lists no input columns');
    const expected = [];
    const seen = new Set();
    spec.columns.forEach((c, i) => {
        if (!isObj(c))
            throw new Inconsistent(`preprocess.json column ${i + 1} is not an object`);
        const names = encodedNames(c, `preprocess.json column ${i + 1}`);
        const name = c.name;
        if (seen.has(name))
            throw new Inconsistent(`preprocess.json lists column "${name}" twice`);
        if (name === pre.target)
            throw new Inconsistent(`the target "${name}" is also an input column`);
        seen.add(name);
        expected.push(...names);
    });
    const features = spec.features;
    if (features.length !== expected.length) {
        throw new Inconsistent(`preprocess.json's columns encode ${expected.length} model features but its "features" lists ${features.length}`);
    }
    for (let i = 0; i < expected.length; i++) {
        if (features[i] !== expected[i])
            throw new Inconsistent(`model feature ${i} is ${show(features[i])} in preprocess.json's "features", but its columns encode ${show(expected[i])} there`);
    }
    let nClasses = 0;
    if (pre.task === 'classification') {
        const classes = pre.classes;
        if (!Array.isArray(classes) || classes.length < 2 || !classes.every((c) => typeof c === 'string'))
            throw new Inconsistent(`a classification bundle needs at least two class labels in preprocess.json "classes", found ${show(classes)}`);
        if (new Set(classes).size !== classes.length)
            throw new Inconsistent('preprocess.json "classes" lists a class twice');
        nClasses = classes.length;
    }
    else if (pre.classes !== undefined)
        throw new Inconsistent('a regression bundle has "classes" in preprocess.json');
    return { task: pre.task, features: expected, nClasses };
}
function checkTree(tree, where, task, nFeatures, features, nClasses) {
    if (!isObj(tree))
        throw new Inconsistent(`${where} is not an ml-cart model`);
    const name = tree.name;
    const treeTask = name === 'DTClassifier' ? 'classification' : name === 'DTRegression' ? 'regression' : undefined;
    if (!treeTask)
        throw new Inconsistent(`${where} has name ${show(name)}; expected DTClassifier or DTRegression`);
    if (treeTask !== task)
        throw new Inconsistent(`${where} is a ${treeTask} tree (${name}) but preprocess.json says the task is ${task}`);
    const stack = [[tree.root, 'root']];
    let nodes = 0;
    while (stack.length > 0) {
        const [nd, path] = stack.pop();
        if (++nodes > 10_000_000)
            throw new Inconsistent(`${where} has more than 10 million nodes`);
        if (!isObj(nd))
            throw new Inconsistent(`${where} node ${path} is not an object`);
        const n = nd;
        if (n.distribution !== undefined) {
            if (task === 'classification') {
                const d = n.distribution;
                if (!Array.isArray(d) || !Array.isArray(d[0]) || d[0].length === 0 || !d[0].every((x) => typeof x === 'number' && Number.isFinite(x)))
                    throw new Inconsistent(`${where} leaf ${path} has distribution ${show(d)}; expected [[p0, p1, \u2026]]`);
                if (d[0].length > nClasses)
                    throw new Inconsistent(`${where} leaf ${path} gives ${d[0].length} class probabilities but the bundle has ${nClasses} classes`);
            }
            else if (typeof n.distribution !== 'number' || !Number.isFinite(n.distribution))
                throw new Inconsistent(`${where} leaf ${path} has value ${show(n.distribution)}; expected a finite number`);
            continue;
        }
        const f = n.splitColumn;
        if (typeof f !== 'number' || !Number.isInteger(f) || f < 0 || f >= nFeatures) {
            throw new Inconsistent(`${where} node ${path} splits on feature ${show(f)}, but the model has ${nFeatures} features (0\u2013${nFeatures - 1}: ${features.slice(0, 5).join(', ')}${nFeatures > 5 ? ', \u2026' : ''})`);
        }
        if (typeof n.splitValue !== 'number' || !Number.isFinite(n.splitValue))
            throw new Inconsistent(`${where} node ${path} has threshold ${show(n.splitValue)}; expected a finite number`);
        stack.push([n.right, `${path}.right`], [n.left, `${path}.left`]);
    }
}
/** params.json records the raw input columns and model features the tree was grown on: they must be preprocess.json's. */
function checkParams(params, pre, features) {
    const columns = pre.preprocess.columns.map((c) => c.name);
    const same = (a, b) => Array.isArray(a) && a.length === b.length && a.every((x, i) => x === b[i]);
    const raw = params.features;
    if (raw !== undefined && !same(raw, columns))
        throw new Inconsistent(`params.json trained on the input columns ${show(raw)}, but preprocess.json has ${show(columns)}`);
    const mf = params['model-features'];
    if (mf !== undefined && !same(mf, features)) {
        const list = Array.isArray(mf) ? mf : [];
        let at = 0;
        while (at < list.length && at < features.length && list[at] === features[at])
            at++;
        throw new Inconsistent(`params.json grew the tree on ${list.length} model features, preprocess.json encodes ${features.length}; they differ at feature ${at} (${show(list[at])} vs ${show(features[at])})`);
    }
    if (params.target !== undefined && params.target !== pre.target)
        throw new Inconsistent(`params.json's target is ${show(params.target)} but preprocess.json's is ${show(pre.target)}`);
}
/**
 * Check that preprocess.json, params.json and model.json agree (see the file comment). Throws a UsageError
 * "model bundle DIR is inconsistent: \u2026" on the first disagreement.
 */
function checkBundleConsistency(dir, preprocess, model, params) {
    try {
        if (!isObj(preprocess))
            throw new Inconsistent('preprocess.json is not an object');
        const { task, features, nClasses } = checkPreprocess(preprocess);
        if (isObj(params))
            checkParams(params, preprocess, features);
        if (isObj(model) && model.name === 'cd4ml-forest') {
            if (!Array.isArray(model.trees) || model.trees.length === 0)
                throw new Inconsistent('model.json is a forest without trees');
            model.trees.forEach((t, i) => checkTree(t, `model.json tree ${i + 1}`, task, features.length, features, nClasses));
        }
        else
            checkTree(model, 'model.json', task, features.length, features, nClasses);
    }
    catch (problem) {
        if (!(problem instanceof Inconsistent))
            throw problem;
        throw new errors.UsageError(`model bundle ${dir} is inconsistent: ${problem.message}. Its files disagree with each other (edited after training?); retrain it with "cd4ml train" or restore the original files`);
    }
}

// EXTERNAL MODULE: ./src/data/table.js + 5 modules
var data_table = __webpack_require__(37254);
;// CONCATENATED MODULE: ./src/io/json.js
/**
 * Canonical JSON: object keys sorted at every level (by UTF-16 code units, as Array#sort), so the
 * same value always gives the same bytes \u2014 for digests (model bundle manifest, OCI config and
 * manifest) and reproducible files. Values go through JSON.stringify, toJSON methods included.
 *
 *   canonicalJson({ b: 1, a: { d: 2, c: 3 } })      \u2192 '{"a":{"c":3,"d":2},"b":1}'
 *   canonicalJson({ b: 1, a: [] }, 2)               \u2192 '{\n  "a": [],\n  "b": 1\n}'
 */
function canonicalJson(value, indent) {
    return JSON.stringify(value, (_key, v) => {
        if (v && typeof v === 'object' && !Array.isArray(v)) {
            const o = v;
            const sorted = {};
            for (const k of Object.keys(o).sort())
                sorted[k] = o[k];
            return sorted;
        }
        return v;
    }, indent);
}
/** canonicalJson, 2-space indented with a trailing newline: the model bundle's JSON files. */
function stableJson(value) {
    return canonicalJson(value, 2) + '\n';
}

;// CONCATENATED MODULE: ./src/model/bundle.js
/**
 * The model bundle: a directory that holds everything needed to score, gate and audit a model.
 *
 *   model.json       ml-cart JSON (DTClassifier / DTRegression), or {name: 'cd4ml-forest', trees: [...]}
 *   preprocess.json  fitted preprocessing (PreprocessSpec) + target, task, classes
 *   schema.yml       data contract inferred from the training data
 *   metrics.json     holdout metrics (+ cross-validation when configured), feature importances
 *   params.json      resolved training parameters
 *   lineage.json     sha256 of every data file, git SHAs, DVC md5, tool version
 *   holdout.jsonl    the evaluation rows (raw values, with the target), one JSON object a line
 *   MODEL_CARD.md    intended use, data, metrics, per-class table, importances chart
 *   manifest.json    sha256 of every other file + the one timestamp (`created`)
 *
 * The bundle's digest (its model version) is the sha256 of manifest.json.
 */









const BUNDLE_FILES = ['model.json', 'preprocess.json', 'schema.yml', 'metrics.json', 'params.json', 'lineage.json', 'holdout.jsonl', 'MODEL_CARD.md'];
function sha256(data) {
    return (0,external_node_crypto_.createHash)('sha256').update(data).digest('hex');
}
/**
 * The bundle's holdout file from rows `idx` of a table: holdout.jsonl, one JSON object a line with
 * every column's raw value as readTable gave it (CSV/TSV text as strings, JSON/Parquet numbers as
 * numbers, missing as null). The one place the holdout is encoded (predict-cols owns the format).
 * `data` yields the file about 1 MiB at a time, encoded as it is written into one reused buffer:
 * each chunk is valid until the next is asked for (writeDirAtomic writes it before asking). At 1M
 * rows the file is 70 MB that train no longer holds, and no string is built per row.
 * `sha256()` is the file's hash once `data` has been read through.
 */
function encodeHoldout(table, idx) {
    const textual = table.format === 'csv' || table.format === 'tsv';
    const utf8 = (t) => Buffer.from(t, 'utf8');
    const keys = table.names.map((n, j) => utf8((j === 0 ? '{' : ',') + JSON.stringify(n) + ':'));
    const cols = table.columns;
    // Each dictionary entry encoded once (up to 65,536 entries a column; past that, per cell).
    const dictJson = cols.map((c) => (c.kind === 'text' && c.dict.length <= 65536 ? new Array(c.dict.length) : undefined));
    const NULL = utf8('null');
    const END = utf8(keys.length ? '}\n' : '{}\n');
    const FLUSH = 1 << 20;
    let buf = Buffer.allocUnsafe(FLUSH + (1 << 16));
    let pos = 0;
    const room = (k) => {
        if (pos + k <= buf.length)
            return;
        const bigger = Buffer.allocUnsafe(Math.max(buf.length * 2, pos + k));
        buf.copy(bigger, 0, 0, pos);
        buf = bigger;
    };
    const putBytes = (b) => {
        room(b.length);
        for (let i = 0; i < b.length; i++)
            buf[pos++] = b[i];
    };
    const putAscii = (t) => {
        room(t.length);
        for (let i = 0; i < t.length; i++)
            buf[pos++] = t.charCodeAt(i);
    };
    const putText = (t) => {
        room(t.length * 3);
        pos += buf.write(t, pos, 'utf8');
    };
    const QUOTE = 0x22;
    // String(x) for a finite x, written without making the string when writeNumberText can.
    const putNumber = (x) => {
        const end = writeNumberText(x, buf, pos);
        if (end >= 0)
            pos = end;
        else
            putAscii(String(x));
    };
    const putCell = (j, r) => {
        const c = cols[j];
        if (c.kind === 'text') {
            const k = c.codes[r];
            if (k < 0)
                return putBytes(NULL);
            const cache = dictJson[j];
            if (!cache)
                return putText(JSON.stringify(c.dict[k]));
            return putBytes((cache[k] ??= utf8(JSON.stringify(c.dict[k]))));
        }
        const x = c.values[r];
        const t = c.other.size > 0 ? c.other.get(r) : undefined;
        if (t !== undefined)
            return putText(JSON.stringify(t));
        if (x !== x)
            return putBytes(NULL);
        if (textual) {
            room(20);
            buf[pos++] = QUOTE;
            putNumber(x);
            room(1);
            buf[pos++] = QUOTE;
            return;
        }
        if (Number.isFinite(x)) {
            room(18);
            return putNumber(x);
        }
        return putText(JSON.stringify((0,data_table/* cellText */.Ie)(c, r)));
    };
    const hash = (0,external_node_crypto_.createHash)('sha256');
    let digest;
    let read = false;
    function* chunks() {
        if (read)
            throw new Error('encodeHoldout: the data can be read once');
        read = true;
        for (let i = 0; i < idx.length; i++) {
            const r = idx[i];
            for (let j = 0; j < keys.length; j++) {
                putBytes(keys[j]);
                putCell(j, r);
            }
            putBytes(END);
            if (pos >= FLUSH) {
                const out = buf.subarray(0, pos);
                hash.update(out);
                yield out;
                pos = 0;
            }
        }
        if (idx.length === 0)
            putAscii('\n');
        if (pos > 0) {
            const out = buf.subarray(0, pos);
            hash.update(out);
            yield out;
        }
        digest = hash.digest('hex');
    }
    return {
        name: 'holdout.jsonl',
        data: { [Symbol.iterator]: chunks },
        sha256() {
            if (digest === undefined)
                throw new Error('encodeHoldout: sha256() before the data was written');
            return digest;
        },
    };
}
/** JSON with object keys sorted at every level, 2-space indented, trailing newline (src/io/json.ts). */


/** Compile model.json (single ml-cart tree or a forest of them). */
function compileModel(json, nClasses) {
    if (json.name === 'cd4ml-forest') {
        const trees = json.trees.map((t) => (0,mlcart/* compileMlCart */.zZ)(t, nClasses));
        return { task: trees[0].task, nClasses: trees[0].nClasses, trees };
    }
    const t = (0,mlcart/* compileMlCart */.zZ)(json, nClasses);
    return { task: t.task, nClasses: t.nClasses, trees: [t] };
}
async function readText(dir, name) {
    try {
        return await (0,promises_.readFile)((0,external_node_path_.join)(dir, name));
    }
    catch (err) {
        throw new errors.UsageError(`model bundle ${dir}: ${name} cannot be read (${err.code ?? 'error'}); pass the directory written by "cd4ml train"`);
    }
}
function parseJson(dir, name, buf) {
    try {
        return JSON.parse(buf.toString('utf8'));
    }
    catch (err) {
        throw new errors.UsageError(`model bundle ${dir}: ${name} is not valid JSON (${err.message})`);
    }
}
/**
 * Read a bundle. With verify (default) every file listed in manifest.json must exist and match its
 * sha256; a tampered or missing file is a UsageError naming it.
 */
async function readBundle(dir, opts = {}) {
    const verify = opts.verify ?? true;
    const manifestBuf = await readText(dir, 'manifest.json');
    const manifest = parseJson(dir, 'manifest.json', manifestBuf);
    if (!manifest || typeof manifest.files !== 'object')
        throw new errors.UsageError(`model bundle ${dir}: manifest.json has no "files" map`);
    const bufs = new Map();
    for (const name of ['model.json', 'preprocess.json', 'metrics.json', 'params.json']) {
        if (!(name in manifest.files))
            throw new errors.UsageError(`model bundle ${dir}: manifest.json does not list ${name}`);
    }
    for (const [name, hash] of Object.entries(manifest.files)) {
        if (!verify && !['model.json', 'preprocess.json', 'metrics.json', 'params.json'].includes(name))
            continue;
        const buf = await readText(dir, name);
        if (verify && sha256(buf) !== hash) {
            throw new errors.UsageError(`model bundle ${dir}: ${name} does not match its sha256 in manifest.json (the file was modified after training); retrain or restore the file`);
        }
        bufs.set(name, buf);
    }
    const pre = parseJson(dir, 'preprocess.json', bufs.get('preprocess.json'));
    const modelJson = parseJson(dir, 'model.json', bufs.get('model.json'));
    // Files that match the manifest can still disagree with each other (edited, then re-hashed).
    checkBundleConsistency(dir, pre, modelJson, parseJson(dir, 'params.json', bufs.get('params.json')));
    let model;
    try {
        model = compileModel(modelJson, pre.classes?.length);
    }
    catch (err) {
        throw new errors.UsageError(`model bundle ${dir}: model.json is not an ml-cart model (${err.message})`);
    }
    const metrics = parseJson(dir, 'metrics.json', bufs.get('metrics.json'));
    const params = parseJson(dir, 'params.json', bufs.get('params.json'));
    return {
        dir,
        task: pre.task,
        target: pre.target,
        features: pre.preprocess.columns.map((c) => c.name),
        classes: pre.classes,
        headlineMetric: String(metrics.headline_metric ?? (pre.task === 'classification' ? 'accuracy' : 'rmse')),
        metrics,
        digest: sha256(manifestBuf),
        preprocess: pre.preprocess,
        model,
        params,
        manifest,
    };
}
/**
 * Score already-transformed feature columns (`features[f][r]`, model feature order).
 * Single trees return the leaf's ml-cart prediction; forests average probabilities (or values).
 */
function predictFeatureColumns(model, features, n) {
    const k = model.nClasses;
    const predictions = new Float64Array(n);
    const leaves = new Int32Array(n);
    if (model.task === 'regression') {
        for (const t of model.trees) {
            leavesOfColumnsInto(t, features, n, leaves);
            for (let r = 0; r < n; r++)
                predictions[r] += t.leafValue[leaves[r]];
        }
        if (model.trees.length > 1)
            for (let r = 0; r < n; r++)
                predictions[r] /= model.trees.length;
        return { predictions };
    }
    const probabilities = new Float64Array(n * k);
    if (model.trees.length === 1) {
        const t = model.trees[0];
        leavesOfColumnsInto(t, features, n, leaves);
        for (let r = 0; r < n; r++) {
            const l = leaves[r];
            predictions[r] = t.leafClass[l];
            for (let c = 0; c < k; c++)
                probabilities[r * k + c] = t.leafProba[l * k + c];
        }
        return { predictions, probabilities };
    }
    for (const t of model.trees) {
        leavesOfColumnsInto(t, features, n, leaves);
        for (let r = 0; r < n; r++)
            for (let c = 0; c < k; c++)
                probabilities[r * k + c] += t.leafProba[leaves[r] * k + c];
    }
    const T = model.trees.length;
    for (let r = 0; r < n; r++) {
        let best = 0;
        for (let c = 0; c < k; c++) {
            probabilities[r * k + c] /= T;
            if (probabilities[r * k + c] > probabilities[r * k + best])
                best = c;
        }
        predictions[r] = best;
    }
    return { predictions, probabilities };
}
function leavesOfColumnsInto(t, columns, n, out) {
    (0,mlcart/* leavesOfColumns */.hv)(t, columns, n, out);
}
/**
 * Columnar fast path for scoring many rows (the gate re-scores 1M rows with it): `raw[j]` holds the
 * values of raw input column `bundle.features[j]` for `n` rows, as read (CSV strings, JSON values).
 * Preprocesses column by column into Float64Arrays and walks the compiled tree(s) once per row.
 * Rows that fail preprocessing are listed in `errors` and get prediction NaN (no probabilities).
 */
function scoreColumns(bundle, raw, n) {
    const { columns, errors } = transformColumns(bundle.preprocess, raw, n);
    const out = predictFeatureColumns(bundle.model, columns, n);
    for (const e of errors) {
        out.predictions[e.row] = Number.NaN;
        if (out.probabilities)
            for (let c = 0; c < bundle.model.nClasses; c++)
                out.probabilities[e.row * bundle.model.nClasses + c] = Number.NaN;
    }
    return { ...out, errors };
}
/** Score a table (`columns` + `rows` as arrays, e.g. from readTable): picks the bundle's columns by name. */
function scoreTable(bundle, table) {
    let raw;
    try {
        raw = rawColumnsOf(bundle.preprocess, table.columns, table.rows);
    }
    catch (err) {
        if (err instanceof MissingColumnError)
            throw new UsageError(err.message);
        throw err;
    }
    return scoreColumns(bundle, raw, table.rows.length);
}
/**
 * Score raw records (objects keyed by column name): preprocessing \u2192 compiled tree(s).
 * Predictions are class labels (classification) or numbers; a row that fails preprocessing
 * throws a UsageError naming the row, column and value.
 */
function scoreRecords(bundle, records) {
    const n = records.length;
    const raw = bundle.features.map((name) => records.map((r) => r[name]));
    const scored = scoreColumns(bundle, raw, n);
    if (scored.errors.length > 0) {
        const e = scored.errors[0];
        throw new UsageError(`record ${e.row + 1}: column "${e.column}" is ${JSON.stringify(e.value)}, expected ${e.expected}`);
    }
    const k = bundle.model.nClasses;
    if (bundle.task === 'regression')
        return { predictions: Array.from(scored.predictions) };
    const predictions = Array.from(scored.predictions, (c) => bundle.classes?.[c] ?? c);
    const probabilities = [];
    for (let r = 0; r < n; r++)
        probabilities.push(Array.from(scored.probabilities.subarray(r * k, r * k + k)));
    return { predictions, probabilities };
}
/**
 * Add one entry to lineage.json after training (e.g. `mlflow`: the run and model version the
 * bundle was logged as) and re-seal manifest.json; `created` is kept. Each file is written to a
 * temp file and renamed. Returns the new digest.
 */
async function amendLineage(dir, key, value) {
    const manifest = parseJson(dir, 'manifest.json', await readText(dir, 'manifest.json'));
    const lineageBuf = await readText(dir, 'lineage.json');
    if (manifest.files['lineage.json'] !== sha256(lineageBuf))
        throw new errors.UsageError(`model bundle ${dir}: lineage.json does not match its sha256 in manifest.json; retrain or restore the file`);
    const lineage = { ...parseJson(dir, 'lineage.json', lineageBuf), [key]: value };
    const text = stableJson(lineage);
    const manifestText = stableJson({ ...manifest, files: { ...manifest.files, 'lineage.json': sha256(text) } });
    const swap = async (name, content) => {
        const tmp = (0,external_node_path_.join)(dir, `.${name}.tmp-${process.pid}`);
        await (0,promises_.writeFile)(tmp, content);
        await (0,promises_.rename)(tmp, (0,external_node_path_.join)(dir, name));
    };
    await swap('lineage.json', text);
    await swap('manifest.json', manifestText);
    return sha256(manifestText);
}
/** holdout.jsonl's bytes, checked against manifest.json. */
async function holdoutBytes(bundle) {
    const buf = await readText(bundle.dir, 'holdout.jsonl');
    const expected = bundle.manifest.files['holdout.jsonl'];
    if (expected && sha256(buf) !== expected)
        throw new UsageError(`model bundle ${bundle.dir}: holdout.jsonl does not match its sha256 in manifest.json`);
    return buf;
}
/**
 * The evaluation rows saved at training as the in-memory columnar table (the byte-level JSON
 * Lines reader of src/data/table.ts; the format is unchanged, so bundles written by any version
 * read the same). `text`: columns to keep as text (the non-numeric features, the target of a
 * classifier, slice columns). Rows: `n` (0 for an empty holdout).
 */
async function readHoldoutTable(bundle, opts = {}) {
    const buf = await holdoutBytes(bundle);
    const path = join(bundle.dir, 'holdout.jsonl');
    if (buf.toString('utf8').trim() === '')
        return { file: path, format: 'jsonl', names: [], columns: [], n: 0, lines: new Int32Array(0), positions: [] };
    return readColumns(path, { format: 'jsonl', ...(opts.text ? { text: opts.text } : {}) });
}
/** The evaluation rows saved at training (raw values, with the target), from holdout.jsonl. */
async function readHoldout(bundle) {
    const buf = await holdoutBytes(bundle);
    const records = buf
        .toString('utf8')
        .split('\n')
        .filter((l) => l !== '')
        .map((l) => JSON.parse(l));
    return { records };
}


/***/ }),

/***/ 89932:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GE: () => (/* binding */ toMlCartModel),
/* harmony export */   hv: () => (/* binding */ leavesOfColumns),
/* harmony export */   zZ: () => (/* binding */ compileMlCart)
/* harmony export */ });
/* unused harmony exports leafOf, predictOne, leavesOfRows */
/** Convert a fitted tree to ml-cart's JSON model. */
function toMlCartModel(tree, opts) {
    const isClf = tree.task === 'classification';
    const k = tree.nClasses;
    const build = (i) => {
        if (tree.feature[i] < 0) {
            if (!isClf)
                return { distribution: tree.value[i] };
            const dist = Array.from(tree.value.subarray(i * k, i * k + tree.distLength[i]));
            return { distribution: [dist] };
        }
        return {
            gain: tree.gain[i],
            left: build(tree.left[i]),
            right: build(tree.right[i]),
            splitColumn: tree.feature[i],
            splitValue: tree.threshold[i],
        };
    };
    const options = isClf
        ? { gainFunction: 'gini', gainThreshold: opts.gainThreshold, kind: 'classifier', maxDepth: finiteOrNull(opts.maxDepth), minNumSamples: opts.minNumSamples, splitFunction: 'mean' }
        : { gainFunction: 'regression', gainThreshold: opts.gainThreshold, kind: 'regression', maxDepth: finiteOrNull(opts.maxDepth), minNumSamples: opts.minNumSamples, splitFunction: 'mean' };
    return { name: isClf ? 'DTClassifier' : 'DTRegression', options, root: build(0) };
}
function finiteOrNull(x) {
    return Number.isFinite(x) ? x : null;
}
function nodeRecords(count) {
    const buf = new ArrayBuffer(count * 16);
    return { threshold: new Float64Array(buf), ints: new Int32Array(buf) };
}
/**
 * Compile an ml-cart JSON model (ours or one written by ml-cart's toJSON) to flat arrays.
 * `nClasses` pads leaf distributions to a fixed width (default: the widest leaf).
 */
function compileMlCart(model, nClasses) {
    if (model.name !== 'DTClassifier' && model.name !== 'DTRegression')
        throw new RangeError(`not an ml-cart model: name ${JSON.stringify(model.name)}`);
    const task = model.name === 'DTClassifier' ? 'classification' : 'regression';
    const nodes = [];
    const walk = (nd) => {
        nodes.push(nd);
        if (nd.distribution === undefined) {
            walk(nd.left);
            walk(nd.right);
        }
    };
    walk(model.root);
    let k = nClasses ?? 0;
    let leaves = 0;
    for (const nd of nodes) {
        if (nd.distribution !== undefined) {
            leaves++;
            if (task === 'classification' && nClasses === undefined)
                k = Math.max(k, nd.distribution[0].length);
        }
    }
    const count = nodes.length;
    const feature = new Int32Array(count);
    const threshold = new Float64Array(count);
    const left = new Int32Array(count);
    const right = new Int32Array(count);
    const leaf = new Int32Array(count).fill(-1);
    const leafClass = new Int32Array(leaves);
    const leafValue = new Float64Array(leaves);
    const leafProba = new Float64Array(task === 'classification' ? leaves * k : 0);
    const index = new Map();
    nodes.forEach((nd, i) => index.set(nd, i));
    let nFeatures = 0;
    let li = 0;
    nodes.forEach((nd, i) => {
        if (nd.distribution !== undefined) {
            feature[i] = -1;
            leaf[i] = li;
            if (task === 'classification') {
                const dist = nd.distribution[0];
                if (dist.length > k)
                    throw new RangeError(`leaf distribution has ${dist.length} classes, model has ${k}`);
                // ml-matrix maxRowIndex: the first largest probability.
                let best = 0;
                for (let c = 0; c < dist.length; c++) {
                    leafProba[li * k + c] = dist[c];
                    if (dist[c] > dist[best])
                        best = c;
                }
                leafClass[li] = best;
                leafValue[li] = best;
            }
            else {
                leafValue[li] = nd.distribution;
            }
            li++;
        }
        else {
            feature[i] = nd.splitColumn;
            threshold[i] = nd.splitValue;
            left[i] = index.get(nd.left);
            right[i] = index.get(nd.right);
            nFeatures = Math.max(nFeatures, nd.splitColumn + 1);
        }
    });
    return { task, nClasses: k, nFeatures, feature, threshold, left, right, leaf, leafClass, leafValue, leafProba, walk: layoutForWalk(feature, threshold, left, right, leaf) };
}
/** Breadth-first renumbering with adjacent siblings and self-looping leaves (WalkLayout). */
function layoutForWalk(feature, threshold, left, right, leaf) {
    const count = feature.length;
    const used = [...new Set(Array.from(feature).filter((f) => f >= 0))].sort((a, b) => a - b);
    const slotOf = new Map(used.map((f, s) => [f, s]));
    const byFeature = nodeRecords(count);
    const bySlot = nodeRecords(count);
    const w = { byFeature, bySlot, leaf: new Int32Array(count), usedFeatures: Int32Array.from(used), minLeafDepth: Number.POSITIVE_INFINITY };
    const set = (o, thr, f, slot, child) => {
        byFeature.threshold[2 * o] = thr;
        bySlot.threshold[2 * o] = thr;
        byFeature.ints[4 * o + 2] = f;
        bySlot.ints[4 * o + 2] = slot;
        byFeature.ints[4 * o + 3] = child;
        bySlot.ints[4 * o + 3] = child;
    };
    const queue = [0];
    const depth = [0];
    const pos = new Int32Array(count);
    let next = 1;
    for (let q = 0; q < queue.length; q++) {
        const i = queue[q];
        const o = pos[i];
        if (feature[i] < 0) {
            set(o, Number.NaN, 0, 0, o - 1);
            w.leaf[o] = leaf[i];
            w.minLeafDepth = Math.min(w.minLeafDepth, depth[q]);
        }
        else {
            pos[left[i]] = next;
            pos[right[i]] = next + 1;
            set(o, threshold[i], feature[i], slotOf.get(feature[i]), next);
            w.leaf[o] = -1;
            next += 2;
            queue.push(left[i], right[i]);
            depth.push(depth[q] + 1, depth[q] + 1);
        }
    }
    return w;
}
/** Leaf index reached by one row (`row[f]` is feature f). NaN goes right, as in ml-cart. */
function leafOf(t, row) {
    const { threshold: T, ints: I } = t.walk.byFeature;
    const leaf = t.walk.leaf;
    let o = 0;
    while (leaf[o] < 0)
        o = I[4 * o + 3] + (row[I[4 * o + 2]] < T[2 * o] ? 0 : 1);
    return leaf[o];
}
/** Predict one row: a class index or a value. */
function predictOne(t, row) {
    return t.leafValue[leafOf(t, row)];
}
/**
 * Walk `n` row-major rows (`X[r * stride + feature]`) down the tree, four rows at a time with
 * branch-free steps: a deep tree's comparisons are unpredictable, and four independent walks keep
 * the CPU busy while each waits on its loads. Leaf indexes go to `out[outStart + r]`.
 * A split node's child is after it (child \u2212 o > 0); a leaf's is o \u2212 1, so the four walks are done
 * when all four (child \u2212 o) are \u22121, i.e. their bitwise AND is \u22121.
 */
function walkRows(w, rec, X, n, stride, out, outStart) {
    const { threshold: T, ints: I } = rec;
    const leaf = w.leaf;
    const m = w.minLeafDepth;
    let r = 0;
    for (; r + 4 <= n; r += 4) {
        const b0 = r * stride;
        const b1 = b0 + stride;
        const b2 = b1 + stride;
        const b3 = b2 + stride;
        let o0 = 0;
        let o1 = 0;
        let o2 = 0;
        let o3 = 0;
        for (let s = 0; s < m; s++) {
            o0 = I[(o0 << 2) + 3] + 1 - +(X[b0 + I[(o0 << 2) + 2]] < T[o0 << 1]);
            o1 = I[(o1 << 2) + 3] + 1 - +(X[b1 + I[(o1 << 2) + 2]] < T[o1 << 1]);
            o2 = I[(o2 << 2) + 3] + 1 - +(X[b2 + I[(o2 << 2) + 2]] < T[o2 << 1]);
            o3 = I[(o3 << 2) + 3] + 1 - +(X[b3 + I[(o3 << 2) + 2]] < T[o3 << 1]);
        }
        for (;;) {
            const c0 = I[(o0 << 2) + 3];
            const c1 = I[(o1 << 2) + 3];
            const c2 = I[(o2 << 2) + 3];
            const c3 = I[(o3 << 2) + 3];
            if (((c0 - o0) & (c1 - o1) & (c2 - o2) & (c3 - o3)) === -1)
                break;
            o0 = c0 + 1 - +(X[b0 + I[(o0 << 2) + 2]] < T[o0 << 1]);
            o1 = c1 + 1 - +(X[b1 + I[(o1 << 2) + 2]] < T[o1 << 1]);
            o2 = c2 + 1 - +(X[b2 + I[(o2 << 2) + 2]] < T[o2 << 1]);
            o3 = c3 + 1 - +(X[b3 + I[(o3 << 2) + 2]] < T[o3 << 1]);
        }
        out[outStart + r] = leaf[o0];
        out[outStart + r + 1] = leaf[o1];
        out[outStart + r + 2] = leaf[o2];
        out[outStart + r + 3] = leaf[o3];
    }
    for (; r < n; r++) {
        const b = r * stride;
        let o = 0;
        while (leaf[o] < 0)
            o = I[(o << 2) + 3] + (X[b + I[(o << 2) + 2]] < T[o << 1] ? 0 : 1);
        out[outStart + r] = leaf[o];
    }
}
/**
 * Columnar batch scoring: `columns[f][i]` is feature f of row i. Returns the leaf index of each of
 * the `n` rows; use `leafValue` / `leafClass` / `leafProba` of the tree to read predictions.
 * Rows go in blocks: the block's values of the features the tree uses are copied row-major into a
 * small buffer that stays in cache, then walked as rows.
 */
function leavesOfColumns(t, columns, n, out = new Int32Array(n)) {
    const w = t.walk;
    if (w.leaf[0] >= 0)
        return out.fill(w.leaf[0], 0, n);
    const used = w.usedFeatures;
    const u = used.length;
    const cols = Array.from(used, (f) => columns[f]);
    const block = Math.max(4, Math.min(512, (Math.floor(4096 / u) >> 2) << 2));
    const buf = new Float64Array(Math.min(block, n) * u);
    for (let start = 0; start < n; start += block) {
        const m = Math.min(block, n - start);
        for (let s = 0; s < u; s++) {
            const c = cols[s];
            for (let j = 0, k = s; j < m; j++, k += u)
                buf[k] = c[start + j];
        }
        walkRows(w, w.bySlot, buf, m, u, out, start);
    }
    return out;
}
/** Row-major batch scoring: `X[r * stride + f]`. Returns leaf indexes. */
function leavesOfRows(t, X, n, stride, out = new Int32Array(n)) {
    const w = t.walk;
    if (w.leaf[0] >= 0)
        return out.fill(w.leaf[0], 0, n);
    walkRows(w, w.byFeature, X, n, stride, out, 0);
    return out;
}


/***/ }),

/***/ 3749:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _U: () => (/* binding */ parseDate),
/* harmony export */   b2: () => (/* binding */ isMissing),
/* harmony export */   oJ: () => (/* binding */ DATE_PARTS),
/* harmony export */   q6: () => (/* binding */ parseBool),
/* harmony export */   tj: () => (/* binding */ isNumberLike),
/* harmony export */   vK: () => (/* binding */ parseNumeric),
/* harmony export */   yC: () => (/* binding */ datePart)
/* harmony export */ });
/* unused harmony exports inferKind, fitPreprocess, transformColumns, rawColumnsOf, MissingColumnError, compileRowTransform */
/* harmony import */ var _data_missing_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(63146);
/**
 * Preprocessing fitted on the training split only and saved in the bundle (preprocess.json), so
 * serving applies exactly the same transform: imputation (median / mean / most-frequent /
 * constant), categorical encoding (one-hot or ordinal; unknown categories \u2192 all-zero one-hot or
 * ordinal \u22121), datetime parts (UTC), booleans as 0/1.
 *
 * Raw values come as CSV strings ('' = missing) or JSON/Parquet values (null = missing); the
 * strings '', 'NA', 'N/A', 'NaN', 'nan', 'null' are missing too.
 */


const DATE_PARTS = ['year', 'month', 'day', 'dayofweek', 'dayofyear', 'hour', 'minute'];
const NUMBER_RE = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const DATE_RE = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/;
/** True for a missing raw value. */
function isMissing(v) {
    if (v === null || v === undefined)
        return true;
    if (typeof v === 'number')
        return Number.isNaN(v);
    if (typeof v === 'string')
        return (0,_data_missing_js__WEBPACK_IMPORTED_MODULE_0__/* .isMissingText */ .wF)(v);
    return false;
}
function parseNumeric(v) {
    if (typeof v === 'number')
        return Number.isFinite(v) ? v : undefined;
    if (typeof v === 'bigint')
        return Number(v);
    if (typeof v === 'boolean')
        return v ? 1 : 0;
    if (typeof v === 'string') {
        if (NUMBER_RE.test(v))
            return Number(v);
        const t = v.trim();
        if (t !== v && NUMBER_RE.test(t))
            return Number(t);
    }
    return undefined;
}
function parseBool(v) {
    if (typeof v === 'boolean')
        return v ? 1 : 0;
    if (typeof v === 'string') {
        const t = v.trim().toLowerCase();
        if (t === 'true')
            return 1;
        if (t === 'false')
            return 0;
    }
    return undefined;
}
function parseDate(v) {
    if (v instanceof Date)
        return Number.isNaN(v.getTime()) ? undefined : v.getTime();
    if (typeof v !== 'string')
        return undefined;
    const t = v.trim();
    if (!DATE_RE.test(t))
        return undefined;
    const iso = t.length === 10 ? `${t}T00:00:00Z` : /(Z|[+-]\d{2}:?\d{2})$/.test(t) ? t.replace(' ', 'T') : `${t.replace(' ', 'T')}Z`;
    const ms = Date.parse(iso);
    return Number.isNaN(ms) ? undefined : ms;
}
function categoryOf(v) {
    if (typeof v === 'string')
        return v.trim();
    if (v instanceof Date)
        return v.toISOString();
    return String(v);
}
/** True for a value that is a number (a JS number or numeric text), not a boolean. */
function isNumberLike(v) {
    if (typeof v === 'string')
        return NUMBER_RE.test(v) || NUMBER_RE.test(v.trim());
    if (typeof v === 'number')
        return Number.isFinite(v);
    return typeof v === 'bigint';
}
/**
 * Infer a column's kind from its non-missing training values. A column whose values are at least
 * NEARLY_NUMERIC_SHARE numbers is numeric: its other cells are errors (the trainer lists them),
 * not levels of a category.
 */
function inferKind(values) {
    let numeric = true;
    let bool = true;
    let date = true;
    let any = false;
    let numbers = 0;
    let present = 0;
    for (const v of values) {
        if (isMissing(v))
            continue;
        any = true;
        present++;
        const isNum = isNumberLike(v);
        if (isNum)
            numbers++;
        else
            numeric = false;
        if (bool && parseBool(v) === undefined)
            bool = false;
        if (date && parseDate(v) === undefined)
            date = false;
    }
    if (!any)
        return 'numeric';
    if (bool)
        return 'boolean';
    if (numeric || isNearlyNumeric(numbers, present))
        return 'numeric';
    if (date)
        return 'datetime';
    return 'categorical';
}
function median(xs) {
    const s = Float64Array.from(xs).sort();
    const m = s.length >> 1;
    return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
/** Most frequent value; ties \u2192 the smallest (like sklearn's SimpleImputer). */
function mostFrequent(xs) {
    const counts = new Map();
    for (const x of xs)
        counts.set(x, (counts.get(x) ?? 0) + 1);
    let best;
    let bestCount = -1;
    for (const [v, c] of counts) {
        if (c > bestCount || (c === bestCount && v < best)) {
            best = v;
            bestCount = c;
        }
    }
    return best;
}
function numericFill(xs, strategy, fillValue) {
    if (strategy === 'constant' || xs.length === 0)
        return typeof fillValue === 'number' ? fillValue : 0;
    if (strategy === 'mean')
        return xs.reduce((a, b) => a + b, 0) / xs.length;
    if (strategy === 'most-frequent')
        return mostFrequent(xs);
    return median(xs);
}
/**
 * Fit preprocessing on training rows. `columns` names the table's columns; `featureColumns` are
 * the raw input columns to use, in order. Throws ColumnFitError on values that contradict a
 * forced kind.
 */
function fitPreprocess(columns, rows, featureColumns, opts) {
    const specs = [];
    const features = [];
    for (const name of featureColumns) {
        const ci = columns.indexOf(name);
        const values = rows.map((r) => r[ci]);
        const kind = opts.categorical?.includes(name) ? 'categorical' : inferKind(values);
        const present = values.filter((v) => !isMissing(v));
        if (kind === 'categorical') {
            const cats = present.map(categoryOf);
            const impute = opts.categoricalImpute === 'median' || opts.categoricalImpute === 'mean' ? 'most-frequent' : opts.categoricalImpute;
            const fill = impute === 'constant' ? String(opts.fillValue ?? 'missing') : cats.length > 0 ? mostFrequent(cats) : 'missing';
            const set = new Set(cats);
            set.add(fill);
            const categories = [...set].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
            specs.push({ name, kind, impute, fill, categories, encoding: opts.encoding });
            if (opts.encoding === 'one-hot')
                for (const c of categories)
                    features.push(`${name}=${c}`);
            else
                features.push(name);
        }
        else if (kind === 'datetime') {
            const ms = present.map((v) => parseDate(v));
            const hasTime = ms.some((t) => t % 86_400_000 !== 0);
            const parts = opts.datetimeParts ?? (hasTime ? ['year', 'month', 'day', 'dayofweek', 'hour'] : ['year', 'month', 'day', 'dayofweek']);
            const impute = opts.numericImpute;
            specs.push({ name, kind, impute, fill: numericFill(ms, impute === 'constant' ? 'median' : impute, undefined), parts });
            for (const p of parts)
                features.push(`${name}.${p}`);
        }
        else {
            const nums = present.map((v) => (kind === 'boolean' ? parseBool(v) : parseNumeric(v)));
            const impute = opts.numericImpute;
            specs.push({ name, kind, impute, fill: numericFill(nums, impute, opts.fillValue) });
            features.push(name);
        }
    }
    return { version: 1, columns: specs, features };
}
function datePart(ms, p) {
    const d = new Date(ms);
    switch (p) {
        case 'year':
            return d.getUTCFullYear();
        case 'month':
            return d.getUTCMonth() + 1;
        case 'day':
            return d.getUTCDate();
        case 'dayofweek':
            return (d.getUTCDay() + 6) % 7; // Monday = 0, like pandas
        case 'dayofyear':
            return Math.floor((ms - Date.UTC(d.getUTCFullYear(), 0, 1)) / 86_400_000) + 1;
        case 'hour':
            return d.getUTCHours();
        case 'minute':
            return d.getUTCMinutes();
    }
}
/**
 * Apply a fitted spec to raw columns: `raw[j]` holds the values of spec.columns[j] for `n` rows
 * (any array-like; use `rawColumnsOf` to pick them from a table). Columnar: this is the fast path
 * for scoring many rows.
 */
function transformColumns(spec, raw, n) {
    const out = spec.features.map(() => new Float64Array(n));
    const errors = [];
    let o = 0;
    spec.columns.forEach((c, j) => {
        const vals = raw[j];
        if (c.kind === 'categorical') {
            const index = new Map(c.categories.map((cat, i) => [cat, i]));
            const fillIdx = index.get(c.fill);
            if (c.encoding === 'one-hot') {
                const width = c.categories.length;
                for (let r = 0; r < n; r++) {
                    const v = vals[r];
                    const idx = isMissing(v) ? fillIdx : index.get(categoryOf(v));
                    if (idx !== undefined)
                        out[o + idx][r] = 1;
                }
                o += width;
            }
            else {
                const col = out[o++];
                for (let r = 0; r < n; r++) {
                    const v = vals[r];
                    col[r] = isMissing(v) ? fillIdx : (index.get(categoryOf(v)) ?? -1);
                }
            }
        }
        else if (c.kind === 'datetime') {
            const parts = c.parts;
            for (let r = 0; r < n; r++) {
                const v = vals[r];
                let ms = isMissing(v) ? c.fill : parseDate(v);
                if (ms === undefined) {
                    errors.push({ row: r, column: c.name, value: v, expected: 'a date like 2024-01-31 or 2024-01-31T12:00:00Z' });
                    ms = Number.NaN;
                }
                for (let p = 0; p < parts.length; p++)
                    out[o + p][r] = Number.isNaN(ms) ? Number.NaN : datePart(ms, parts[p]);
            }
            o += parts.length;
        }
        else {
            const col = out[o++];
            const parse = c.kind === 'boolean' ? parseBool : parseNumeric;
            for (let r = 0; r < n; r++) {
                const v = vals[r];
                if (isMissing(v))
                    col[r] = c.fill;
                else {
                    const x = parse(v);
                    if (x === undefined) {
                        errors.push({ row: r, column: c.name, value: v, expected: c.kind === 'boolean' ? 'true or false' : 'a finite number' });
                        col[r] = Number.NaN;
                    }
                    else
                        col[r] = x;
                }
            }
        }
    });
    return { columns: out, errors };
}
/** Pick the spec's raw columns out of a table (rows as arrays); a missing column is an error. */
function rawColumnsOf(spec, columns, rows) {
    return spec.columns.map((c) => {
        const ci = columns.indexOf(c.name);
        if (ci < 0)
            throw new MissingColumnError(c.name, columns);
        return rows.map((r) => r[ci]);
    });
}
class MissingColumnError extends Error {
    column;
    constructor(column, available) {
        super(`column "${column}" is missing from the data (the model needs it); columns present: ${available.join(', ')}`);
        this.column = column;
    }
}
/**
 * The row form of transformColumns, compiled once per spec (category indexes, offsets) for scoring
 * a few records at a time, as the serving runtime does per request. Same rules: imputation with the
 * fitted fill, one-hot all-zero / ordinal \u22121 for unseen categories, UTC date parts, booleans 0/1.
 */
function compileRowTransform(spec) {
    const names = [];
    const offsets = [];
    const steps = [];
    let o = 0;
    for (const c of spec.columns) {
        names.push(c.name);
        offsets.push(o);
        if (c.kind === 'categorical') {
            const index = new Map(c.categories.map((cat, i) => [cat, i]));
            const fillIdx = index.get(c.fill);
            if (c.encoding === 'one-hot') {
                const width = c.categories.length;
                steps.push((v, X, at) => {
                    X.fill(0, at, at + width);
                    const idx = isMissing(v) ? fillIdx : index.get(categoryOf(v));
                    if (idx !== undefined)
                        X[at + idx] = 1;
                    return undefined;
                });
                o += width;
            }
            else {
                steps.push((v, X, at) => {
                    X[at] = isMissing(v) ? fillIdx : (index.get(categoryOf(v)) ?? -1);
                    return undefined;
                });
                o += 1;
            }
        }
        else if (c.kind === 'datetime') {
            const parts = c.parts;
            const fill = c.fill;
            steps.push((v, X, at) => {
                const ms = isMissing(v) ? fill : parseDate(v);
                if (ms === undefined) {
                    X.fill(Number.NaN, at, at + parts.length);
                    return { column: c.name, value: v, expected: 'a date like 2024-01-31 or 2024-01-31T12:00:00Z' };
                }
                for (let p = 0; p < parts.length; p++)
                    X[at + p] = datePart(ms, parts[p]);
                return undefined;
            });
            o += parts.length;
        }
        else {
            const fill = c.fill;
            const parse = c.kind === 'boolean' ? parseBool : parseNumeric;
            const expected = c.kind === 'boolean' ? 'true or false' : 'a finite number';
            steps.push((v, X, at) => {
                if (typeof v === 'number' && c.kind !== 'boolean' && Number.isFinite(v))
                    X[at] = v;
                else if (isMissing(v))
                    X[at] = fill;
                else {
                    const x = parse(v);
                    if (x === undefined) {
                        X[at] = Number.NaN;
                        return { column: c.name, value: v, expected };
                    }
                    X[at] = x;
                }
                return undefined;
            });
            o += 1;
        }
    }
    return (record, X, offset) => {
        let first;
        for (let i = 0; i < steps.length; i++) {
            const e = steps[i](record[names[i]], X, offset + offsets[i]);
            if (e && !first)
                first = e;
        }
        return first;
    };
}


/***/ })

};
