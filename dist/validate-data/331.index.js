export const id = 331;
export const ids = [331,907];
export const modules = {

/***/ 47:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C7: () => (/* binding */ hasDeltaPin),
/* harmony export */   r4: () => (/* binding */ isDeltaTable),
/* harmony export */   r5: () => (/* binding */ parseTableRef)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6986);
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`Delta table "${text}": version "${v[2]}" is too large; expected @v<commit number>, e.g. @v12`);
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`Delta table "${text}": "${t[2]}" is not a valid timestamp; expected ISO 8601, e.g. @2026-11-30T00:00:00Z`);
        return { root: t[1], timestamp: { ms, text: t[2] }, text };
    }
    const at = text.lastIndexOf('@');
    if (at > 0 && !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(text) && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(text.slice(0, at), '_delta_log'))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`Delta table "${text}": cannot read the pin "${text.slice(at + 1)}"; expected @v<version> (e.g. @v12) or @<ISO 8601 timestamp> (e.g. @2026-11-30T00:00:00Z)`);
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

/***/ 4894:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parquetCompressors: () => (/* binding */ parquetCompressors)
/* harmony export */ });
/**
 * Parquet codecs beyond hyparquet's built-in Snappy: hyparquet-compressors (pure JS), with
 * Node's native zlib for ZSTD, GZIP and BROTLI where this Node has it (zstd: Node >= 22.15).
 */
async function parquetCompressors() {
    const { compressors } = await __webpack_require__.e(/* import() */ 454).then(__webpack_require__.bind(__webpack_require__, 3454));
    const zlib = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 8522, 19));
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

/***/ 9712:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  validateData: () => (/* binding */ validateData)
});

// UNUSED EXPORTS: inferSchema, nearlyNumericColumns

// EXTERNAL MODULE: ./src/io/fs.js
var fs = __webpack_require__(2907);
// EXTERNAL MODULE: ./src/io/atomic.js
var atomic = __webpack_require__(1217);
;// CONCATENATED MODULE: ./src/data/nearly-numeric.js
/**
 * A numeric column with a few bad cells ("13.2x", "?", "n/a?") is a numeric column with errors,
 * not a category with hundreds of levels. Both type inferences (the trainer's preprocessing and
 * `validate --infer`) treat a column as numeric when at least NEARLY_NUMERIC_SHARE of its
 * non-missing values are numbers, and report the other cells with file:line:column and value.
 */
/** Share of non-missing values that must be numbers for a column with bad cells to count as numeric. */
const NEARLY_NUMERIC_SHARE = 0.99;
/** Bad cells listed in a message (all are counted). */
const MAX_LISTED_CELLS = 20;
/** True when `numbers` of `nonMissing` values make the column numeric despite the others. */
function isNearlyNumeric(numbers, nonMissing) {
    return numbers < nonMissing && numbers > 0 && numbers >= NEARLY_NUMERIC_SHARE * nonMissing;
}
/**
 * The error text for numeric columns with bad cells: one `file:line:column: value` line per cell,
 * the share that made the column numeric, and how to fix it (`fix` names the escape hatch of the
 * calling stage, e.g. "list the column under train.categorical").
 */
function formatBadNumericCells(file, columns, fix) {
    const lines = [];
    for (const c of columns) {
        const pct = ((100 * c.numbers) / c.nonMissing).toFixed(1);
        lines.push(`column "${c.column}" is numeric (${c.numbers} of its ${c.nonMissing} values are numbers, ${pct}% \u2265 ${100 * NEARLY_NUMERIC_SHARE}%) but ${c.bad} cell${c.bad > 1 ? 's are' : ' is'} not a number:`);
        for (const cell of c.cells)
            lines.push(`  ${file}:${cell.line}:${c.position}: ${JSON.stringify(cell.value)}`);
        if (c.bad > c.cells.length)
            lines.push(`  \u2026 and ${c.bad - c.cells.length} more`);
    }
    lines.push(`Fix these cells (or leave them empty: missing values are imputed), or ${fix}.`);
    return lines.join('\n');
}

// EXTERNAL MODULE: ./src/errors.js
var src_errors = __webpack_require__(6986);
;// CONCATENATED MODULE: ./src/data/checks.js
const pct = (x) => `${(100 * x).toFixed(x > 0 && x < 0.001 ? 3 : 1)}%`;
function evaluateChecks(profile, schema) {
    const out = [];
    const present = new Set(profile.columns);
    const byName = new Map(profile.profilers.map((p) => [p.name, p]));
    if (!schema)
        return out;
    const declared = schema.columns ?? {};
    for (const [name, ruleOrNull] of Object.entries(declared)) {
        const rule = ruleOrNull ?? {};
        const severity = rule.severity ?? 'error';
        if (!present.has(name)) {
            if (rule.required !== false)
                out.push({ check: 'required-column', column: name, severity, passed: false, observed: 'missing', expected: 'present' });
            continue;
        }
        const p = byName.get(name);
        const v = p.violations;
        const nonMissing = p.nonMissing;
        if (rule.type) {
            out.push({
                check: 'type',
                column: name,
                severity,
                passed: v.type === 0,
                observed: v.type === 0 ? rule.type : `${v.type} value${v.type > 1 ? 's' : ''} not ${rule.type}`,
                expected: rule.type,
                failures: v.type,
                examples: v.examples.type,
            });
        }
        if (rule.nullable === false) {
            out.push({ check: 'nulls', column: name, severity, passed: p.missing === 0, observed: `${p.missing} missing`, expected: 'no missing values', failures: p.missing, examples: v.examples.nulls });
        }
        if (rule.mostly !== undefined) {
            const share = p.rows === 0 ? 1 : nonMissing / p.rows;
            out.push({ check: 'nulls', column: name, severity, passed: share >= rule.mostly, observed: `${pct(share)} present`, expected: `\u2265 ${pct(rule.mostly)} present` });
        }
        for (const k of ['min', 'max']) {
            if (rule[k] === undefined)
                continue;
            out.push({
                check: k,
                column: name,
                severity,
                passed: v[k] === 0,
                observed: v[k] === 0 ? (k === 'min' ? `min ${fmtMin(p)}` : `max ${fmtMax(p)}`) : `${v[k]} value${v[k] > 1 ? 's' : ''} ${k === 'min' ? 'below' : 'above'}`,
                expected: `${k === 'min' ? '\u2265' : '\u2264'} ${rule[k]}`,
                failures: v[k],
                examples: v.examples[k],
            });
        }
        if (rule.categories) {
            out.push({
                check: 'categories',
                column: name,
                severity,
                passed: v.categories === 0,
                observed: v.categories === 0 ? 'all allowed' : `${v.categories} value${v.categories > 1 ? 's' : ''} not allowed`,
                expected: `one of ${rule.categories.length} categories`,
                failures: v.categories,
                examples: v.examples.categories,
            });
        }
        if (rule.regex) {
            out.push({
                check: 'regex',
                column: name,
                severity,
                passed: v.regex === 0,
                observed: v.regex === 0 ? 'all match' : `${v.regex} value${v.regex > 1 ? 's' : ''} do not match`,
                expected: `matches /${rule.regex}/`,
                failures: v.regex,
                examples: v.examples.regex,
            });
        }
        if (rule.unique && p.uniq) {
            const d = p.uniq.duplicates(20);
            out.push({
                check: 'unique',
                column: name,
                severity,
                passed: d.count === 0,
                observed: d.count === 0 ? 'unique' : `${d.count} repeated value${d.count > 1 ? 's' : ''}`,
                expected: 'unique values',
                failures: d.count,
                examples: d.examples.map((e) => ({ line: e.line, value: `same value as ${profile.linesAreRecords ? 'record' : 'line'} ${e.firstLine}` })),
            });
        }
    }
    const unexpectedPolicy = schema['unexpected-columns'] ?? 'error';
    if (unexpectedPolicy !== 'ignore') {
        for (const c of profile.columns) {
            if (!(c in declared))
                out.push({ check: 'unexpected-column', column: c, severity: unexpectedPolicy, passed: false, observed: 'present', expected: 'declared in the schema' });
        }
    }
    if (schema.rows) {
        const { min, max } = schema.rows;
        const ok = (min === undefined || profile.rows >= min) && (max === undefined || profile.rows <= max);
        const expected = [min !== undefined ? `\u2265 ${min}` : '', max !== undefined ? `\u2264 ${max}` : ''].filter(Boolean).join(' and ');
        out.push({ check: 'row-count', severity: 'error', passed: ok, observed: String(profile.rows), expected });
    }
    const dupPolicy = schema['duplicate-rows'] ?? 'ignore';
    if (dupPolicy !== 'ignore' && profile.duplicateRows) {
        const d = profile.duplicateRows;
        out.push({
            check: 'duplicate-rows',
            severity: dupPolicy,
            passed: d.count === 0,
            observed: `${d.count} duplicate row${d.count === 1 ? '' : 's'}`,
            expected: 'no duplicate rows',
            failures: d.count,
            examples: d.examples.map((e) => ({ line: e.line, value: `same row as ${profile.linesAreRecords ? 'record' : 'line'} ${e.firstLine}` })),
        });
    }
    return out;
}
function fmtMin(p) {
    return p.numCount > 0 ? String(p.min) : (p.minStr ?? '\u2013');
}
function fmtMax(p) {
    return p.numCount > 0 ? String(p.max) : (p.maxStr ?? '\u2013');
}

// EXTERNAL MODULE: ./src/io/memory.js
var memory = __webpack_require__(5531);
// EXTERNAL MODULE: ../../node_modules/simple-statistics/dist/simple-statistics.mjs
var simple_statistics = __webpack_require__(5989);
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
function toNumberArray(values) {
    const out = new Array(values.length);
    for (let i = 0; i < out.length; i++)
        out[i] = values[i];
    return out;
}
/** Population standard deviation (numpy's np.std, ddof=0). */
function populationStd(values) {
    if (values.length === 0)
        return 0;
    return (0,simple_statistics/* standardDeviation */.Fx)(toNumberArray(values));
}
function mean(values) {
    return values.length === 0 ? Number.NaN : ssMean(toNumberArray(values));
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
    const gln = (0,simple_statistics/* gammaln */.SW)(a);
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
    return x < 2 ? Math.min(1, 1 - (0,simple_statistics/* errorFunction */.T7)(x)) : erfcTail(x);
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

;// CONCATENATED MODULE: ./src/data/drift.js

const NEW_CATEGORIES_SHOWN = 20;
const DEFAULT_THRESHOLDS = { ks: 0.05, chisquare: 0.05, z: 0.05, wasserstein: 0.1, jensenshannon: 0.1, psi: 0.1 };
const P_VALUE_TESTS = new Set(['ks', 'chisquare', 'z']);
/** Reduce a profile to the serializable summary used for drift. `kinds` overrides the inferred kind per column. */
function summarizeDataset(profile, kinds = {}) {
    const columns = [];
    for (const p of profile.profilers) {
        const type = p.inferType();
        const kind = kinds[p.name] ?? (type === 'int' || type === 'float' ? 'numeric' : type === 'datetime' ? 'skip' : 'categorical');
        if (kind === 'skip')
            continue;
        const s = { name: p.name, kind, count: p.nonMissing, missing: p.missing };
        if (kind === 'numeric') {
            const vc = p.numCount === p.nonMissing ? p.valueCounts() : null;
            if (vc !== null)
                s.counts = Object.fromEntries(vc);
            if (p.reservoir) {
                s.sample = p.reservoir.values.subarray(0, p.reservoir.size);
                s.sampleExact = p.reservoir.exact && p.numCount === p.nonMissing;
            }
            else {
                s.sample = [];
                s.sampleExact = true;
            }
        }
        else {
            const vc = p.valueCounts();
            if (vc !== null)
                s.counts = Object.fromEntries(vc);
        }
        columns.push(s);
    }
    const summary = { kind: 'cd4ml.dataset-summary', version: 1, rows: profile.rows, sampleSize: profile.sampleSize, seed: profile.seed, columns };
    // Samples are typed-array views in memory; JSON gets plain arrays (the summary stays serializable).
    Object.defineProperty(summary, 'toJSON', {
        enumerable: false,
        value: () => ({ ...summary, columns: columns.map((c) => (c.sample instanceof Float64Array ? { ...c, sample: Array.from(c.sample) } : c)) }),
    });
    return summary;
}
function unionKeys(a, b, numeric) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    return numeric ? keys.sort((x, y) => Number(x) - Number(y)) : keys.sort();
}
/** Distinct values over both sides, or Infinity when a side has more than the counted cap. */
function distinctUnion(r, c) {
    if (!r.counts || !c.counts)
        return Number.POSITIVE_INFINITY;
    return new Set([...Object.keys(r.counts), ...Object.keys(c.counts)]).size;
}
/** Evidently's default test for a column. */
function chooseTest(kind, referenceCount, nValues) {
    if (referenceCount <= 1000) {
        if (kind === 'numeric' && nValues > 5)
            return 'ks';
        return nValues > 2 ? 'chisquare' : 'z';
    }
    return kind === 'numeric' && nValues > 5 ? 'wasserstein' : 'jensenshannon';
}
/** Shares per bin for JS/PSI: by value when the reference has \u2264 20 values (or the column is categorical), else Sturges bins. */
function binnedShares(r, c) {
    const refDistinct = r.counts ? Object.keys(r.counts).length : Number.POSITIVE_INFINITY;
    if (r.kind === 'numeric' && refDistinct > 20) {
        if (!r.sample || !c.sample || r.sample.length === 0 || c.sample.length === 0)
            return undefined;
        const h = sturgesShares(sortedCopy(r.sample), sortedCopy(c.sample));
        return { ref: h.ref, cur: h.cur };
    }
    if (!r.counts || !c.counts)
        return undefined;
    const keys = unionKeys(r.counts, c.counts, r.kind === 'numeric');
    return { ref: keys.map((k) => (r.counts[k] ?? 0) / r.count), cur: keys.map((k) => (c.counts[k] ?? 0) / c.count) };
}
/**
 * Categories of `c` that `r` never had (absent from its counts, or counted 0), or undefined when
 * there are none or either side has no value counts.
 */
function findNewCategories(r, c) {
    if (!r.counts || !c.counts || c.count === 0)
        return undefined;
    const found = [];
    let count = 0;
    for (const [value, n] of Object.entries(c.counts)) {
        if (n > 0 && !((r.counts[value] ?? 0) > 0)) {
            found.push({ value, count: n, share: n / c.count });
            count += n;
        }
    }
    if (found.length === 0)
        return undefined;
    found.sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
    return { distinct: found.length, count, share: count / c.count, top: found.slice(0, NEW_CATEGORIES_SHOWN) };
}
/** Appended to the rule of a column with new categories: they are why it counts as drifted. */
const NEW_CATEGORY_RULE = 'or any category the reference never had';
/** Compare one column; undefined with a reason when the test cannot run. */
function compareColumn(r, c, opts = {}) {
    if (r.kind !== c.kind)
        return `the column is ${r.kind} in the reference and ${c.kind} in the current data`;
    if (r.count === 0 || c.count === 0)
        return `no non-missing values in the ${r.count === 0 ? 'reference' : 'current data'}`;
    const nValues = distinctUnion(r, c);
    const auto = opts.defaultTest && opts.defaultTest !== 'auto' ? opts.defaultTest : chooseTest(r.kind, r.count, nValues);
    const test = (opts.test && opts.test !== 'none' ? opts.test : auto);
    const threshold = opts.threshold ?? DEFAULT_THRESHOLDS[test];
    const sampledNum = r.kind === 'numeric' && (!r.sampleExact || !c.sampleExact);
    let statistic;
    let pValue;
    let distance;
    let sampled = false;
    switch (test) {
        case 'ks':
        case 'wasserstein': {
            if (r.kind !== 'numeric' || !r.sample || !c.sample)
                return `${test} needs a numeric column`;
            const a = sortedCopy(r.sample);
            const b = sortedCopy(c.sample);
            sampled = sampledNum;
            if (test === 'ks')
                ({ statistic, pValue } = ks2Sample(a, b));
            else
                statistic = distance = wassersteinNormed(a, b);
            break;
        }
        case 'chisquare':
        case 'z': {
            if (!r.counts || !c.counts)
                return `${test} needs at most 1000 distinct values; use wasserstein or jensenshannon for this column`;
            const keys = unionKeys(r.counts, c.counts, r.kind === 'numeric');
            const unseen = keys.some((key) => (c.counts[key] ?? 0) > 0 && !((r.counts[key] ?? 0) > 0));
            if (test === 'chisquare' && unseen) {
                // Goodness of fit would divide by an expected 0: test homogeneity of the two samples instead.
                ({ statistic, pValue } = chiSquareHomogeneity(keys.map((key) => r.counts[key] ?? 0), keys.map((key) => c.counts[key] ?? 0)));
            }
            else if (test === 'chisquare') {
                const k = c.count / r.count;
                ({ statistic, pValue } = chiSquare(keys.map((key) => c.counts[key] ?? 0), keys.map((key) => (r.counts[key] ?? 0) * k)));
            }
            else {
                if (keys.length === 1) {
                    statistic = 0;
                    pValue = 1;
                }
                else {
                    const first = keys[0];
                    // Evidently codes the first sorted value as 0 and everything else as 1.
                    ({ statistic, pValue } = zTestProportions(r.count - (r.counts[first] ?? 0), r.count, c.count - (c.counts[first] ?? 0), c.count));
                }
            }
            break;
        }
        case 'jensenshannon':
        case 'psi': {
            const shares = binnedShares(r, c);
            if (!shares)
                return `${test} needs value counts or samples on both sides`;
            sampled = r.kind === 'numeric' && sampledNum && !(r.counts && Object.keys(r.counts).length <= 20);
            statistic = distance = test === 'jensenshannon' ? jensenShannon(shares.ref, shares.cur, 2) : psi(fillZeros(shares.ref), fillZeros(shares.cur));
            break;
        }
    }
    const isP = P_VALUE_TESTS.has(test);
    const score = isP ? pValue : distance;
    const newCategories = r.kind === 'categorical' ? findNewCategories(r, c) : undefined;
    const rule = isP ? `p < ${threshold}` : `distance \u2265 ${threshold}`;
    return {
        column: r.name,
        kind: r.kind,
        test,
        statistic: statistic,
        ...(isP ? { pValue } : { distance }),
        score,
        threshold,
        rule: newCategories ? `${rule}, ${NEW_CATEGORY_RULE}` : rule,
        drifted: (isP ? score < threshold : score >= threshold) || newCategories !== undefined,
        referenceCount: r.count,
        currentCount: c.count,
        sampled,
        ...(newCategories ? { newCategories } : {}),
    };
}
/** Compare every column present in both summaries. */
function compareDrift(reference, current, opts = {}) {
    const curByName = new Map(current.columns.map((c) => [c.name, c]));
    const columns = [];
    const skipped = [];
    for (const r of reference.columns) {
        const c = curByName.get(r.name);
        const o = opts.columns?.[r.name] ?? {};
        if (o.test === 'none') {
            skipped.push({ column: r.name, reason: 'drift test turned off for this column' });
            continue;
        }
        if (!c) {
            skipped.push({ column: r.name, reason: 'not in the current data' });
            continue;
        }
        const res = compareColumn(r, c, { ...o, defaultTest: opts.test });
        if (typeof res === 'string')
            skipped.push({ column: r.name, reason: res });
        else
            columns.push(res);
    }
    const driftedColumns = columns.filter((c) => c.drifted).map((c) => c.column);
    const shareThreshold = opts.share ?? 0.5;
    const share = columns.length === 0 ? 0 : driftedColumns.length / columns.length;
    return { columns, skipped, driftedColumns, share, shareThreshold, datasetDrift: columns.length > 0 && share >= shareThreshold };
}

// EXTERNAL MODULE: ../../node_modules/papaparse/papaparse.js
var papaparse = __webpack_require__(8116);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/data/delta/table-ref.js
var table_ref = __webpack_require__(47);
// EXTERNAL MODULE: ./src/data/parquet-types.js
var parquet_types = __webpack_require__(4894);
;// CONCATENATED MODULE: ./src/data/read.js
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
            throw new src_errors/* UsageError */.eb(`${path}: unknown format "${format}"; use one of ${DATA_FORMATS.join(', ')}`);
        return format;
    }
    // A Delta table: a folder holding _delta_log/, or a path pinned with @v12 / @<timestamp>.
    if ((0,table_ref/* hasDeltaPin */.C7)(path) || (0,table_ref/* isDeltaTable */.r4)(path))
        return 'delta';
    const ext = (0,external_node_path_.extname)(path).toLowerCase();
    const f = EXTENSIONS[ext];
    if (!f) {
        throw new src_errors/* UsageError */.eb(`${path}: cannot tell the data format from the extension "${ext || '(none)'}"; rename the file to .csv, .tsv, .jsonl, .json or .parquet, or pass the format (--format / input "format")`);
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
    for await (const chunk of (0,fs/* readChunks */.zO)(path)) {
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
        for await (const chunk of (0,fs/* readChunks */.zO)(path, chunkSize)) {
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
            throw new src_errors/* UsageError */.eb(`${where}: invalid UTF-8${at ? ` (byte offset ${at.offset})` : ''}; save the file as UTF-8 (e.g. iconv -f latin1 -t utf-8 ${path} > fixed${(0,external_node_path_.extname)(path)})`);
        }
        throw err;
    }
    if (!any)
        throw new src_errors/* UsageError */.eb(`${path}:1:1: the file is empty; expected a header line and data rows`);
}
function emptyError(path) {
    return new src_errors/* UsageError */.eb(`${path}:1:1: the file is empty; expected a header line and data rows`);
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
    const res = papaparse.parse(segment, { delimiter, newline: '\n', quoteChar: '"', skipEmptyLines: false, header: false });
    if (res.errors.length > 0) {
        const e = res.errors[0];
        const pos = positionIn(segment, e.index ?? 0, startLine);
        const hint = e.code === 'MissingQuotes'
            ? 'close the quoted field with a " (a quote inside a quoted field is written "")'
            : 'a quoted field must end with " followed by the delimiter or the end of the line; write a quote inside a field as ""';
        throw new src_errors/* UsageError */.eb(`${path}:${pos.line}:${pos.column}: bad quoting: ${e.message}; ${hint}`);
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
                throw new src_errors/* UsageError */.eb(`${path}:${headerLine}:1: wrong delimiter: the header has a single column but contains ${DELIMITER_NAMES[d]}s; the file looks ${DELIMITER_NAMES[d]}-separated, not ${DELIMITER_NAMES[delimiter]}-separated (${formatName}); ${suggestion}`);
            }
        }
    }
    const seen = new Map();
    for (let i = 0; i < header.length; i++) {
        const name = header[i].trim();
        if (name === '' && header.length > 1) {
            throw new src_errors/* UsageError */.eb(`${path}:${headerLine}:${fieldColumn(header, i, delimiter)}: header field ${i + 1} is empty; give every column a name`);
        }
        if (seen.has(name)) {
            throw new src_errors/* UsageError */.eb(`${path}:${headerLine}:${fieldColumn(header, i, delimiter)}: duplicate column name "${name}" (fields ${seen.get(name) + 1} and ${i + 1}); column names must be unique`);
        }
        seen.set(name, i);
    }
    return header.map((h) => h.trim());
}
/** The error for a row whose field count differs from the header's. */
function raggedRowError(path, delimiter, line, row, n) {
    const col = row.length > n ? fieldColumn(row, n, delimiter) : fieldColumn(row, row.length - 1, delimiter) + row[row.length - 1].length;
    return new src_errors/* UsageError */.eb(`${path}:${line}:${col}: ragged row: expected ${n} fields as in the header, found ${row.length}; ` +
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
    return new src_errors/* UsageError */.eb(`${where}: invalid UTF-8${at ? ` (byte offset ${at.offset})` : ''}; save the file as UTF-8 (e.g. iconv -f latin1 -t utf-8 ${path} > fixed${(0,external_node_path_.extname)(path)})`);
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
    const reader = await (0,fs/* openReader */.cE)(path);
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
        throw new src_errors/* UsageError */.eb(`${path}:2:1: no data rows after the header line; add rows (or check that this is the right file)`);
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
        throw new src_errors/* UsageError */.eb(`${path}:${lineNo}:${pos === undefined ? 1 : pos + 1}: invalid JSON: ${jsonErrorText(err)}; each line of a JSON Lines file must be one complete JSON object`);
    }
    if (v === null || typeof v !== 'object' || Array.isArray(v)) {
        throw new src_errors/* UsageError */.eb(`${path}:${lineNo}:1: expected a JSON object ({"column": value, ...}) on each line, found ${Array.isArray(v) ? 'an array' : typeof v === 'object' ? 'null' : `a ${typeof v}`}`);
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
        throw new src_errors/* UsageError */.eb(`${path}:1:1: no records; a JSON Lines file holds one JSON object per line`);
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
        throw new src_errors/* UsageError */.eb(`${path}:${l}:${c}: ${msg}`);
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
        throw new src_errors/* UsageError */.eb(`${path}:1:1: the JSON array has no records`);
}
// ---------------------------------------------------------------------------------------------
// Delta: a snapshot's Parquet files read by the Parquet readers below (src/data/delta/scan.ts).
async function* readDelta(path, batchSize, allowEmpty = false) {
    const { readDeltaBatches } = await __webpack_require__.e(/* import() */ 934).then(__webpack_require__.bind(__webpack_require__, 4553));
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
    const size = await (0,fs.fileSize)(path);
    if (size === 0)
        throw emptyError(path);
    const { parquetMetadataAsync, parquetRead, parquetSchema } = await Promise.all(/* import() */[__webpack_require__.e(209), __webpack_require__.e(787), __webpack_require__.e(87)]).then(__webpack_require__.bind(__webpack_require__, 6087));
    const compressors = await (0,parquet_types.parquetCompressors)();
    const file = { byteLength: size, slice: (start, end) => (0,fs.readRange)(path, start, end ?? size) };
    let metadata;
    try {
        metadata = await parquetMetadataAsync(file);
    }
    catch (err) {
        throw new src_errors/* UsageError */.eb(`${path}: not a readable Parquet file (${err.message}); check the file or pass the right format`);
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
            throw new src_errors/* UsageError */.eb(`${path}: cannot decode Parquet rows ${rowStart + 1}-${groupEnd} (${err.message})`);
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
        throw new src_errors/* UsageError */.eb(`${path}: the Parquet file has no rows`);
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
        const { readDeltaColumns } = await __webpack_require__.e(/* import() */ 934).then(__webpack_require__.bind(__webpack_require__, 4553));
        return yield* readDeltaColumns(path, { readBatches, readParquetColumns });
    }
    const size = await (0,fs.fileSize)(path);
    if (size === 0)
        throw emptyError(path);
    const [{ parquetMetadataAsync, parquetRead, parquetSchema }, column, datapage, encoding, plain, convertMod, schemaMod] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(209), __webpack_require__.e(787), __webpack_require__.e(87)]).then(__webpack_require__.bind(__webpack_require__, 6087)),
        Promise.all(/* import() */[__webpack_require__.e(209), __webpack_require__.e(787)]).then(__webpack_require__.bind(__webpack_require__, 5787)),
        __webpack_require__.e(/* import() */ 209).then(__webpack_require__.bind(__webpack_require__, 7209)),
        __webpack_require__.e(/* import() */ 452).then(__webpack_require__.bind(__webpack_require__, 452)),
        __webpack_require__.e(/* import() */ 589).then(__webpack_require__.bind(__webpack_require__, 589)),
        __webpack_require__.e(/* import() */ 798).then(__webpack_require__.bind(__webpack_require__, 4798)),
        __webpack_require__.e(/* import() */ 770).then(__webpack_require__.bind(__webpack_require__, 9770)),
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
    const compressors = await (0,parquet_types.parquetCompressors)();
    const scratch = newScratch();
    // onBytes (progress): the bytes of the ranges read so far; the metadata and a nested column read twice count twice.
    let bytesRead = 0;
    const file = {
        byteLength: size,
        slice: async (start, end) => {
            const b = await (0,fs.readRange)(path, start, end ?? size);
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
        throw new src_errors/* UsageError */.eb(`${path}: not a readable Parquet file (${err.message}); check the file or pass the right format`);
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
                throw new src_errors/* UsageError */.eb(`${path}: cannot decode Parquet column "${columns[c]}" rows ${start + 1}-${start + rows} (${err.message})`);
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
                (0,memory/* collectGarbage */.i)('minor'); // the chunk's and its pages' buffers
            }
            catch (err) {
                if (err instanceof src_errors/* UsageError */.eb)
                    throw err;
                throw new src_errors/* UsageError */.eb(`${path}: cannot decode Parquet column "${columns[c]}" rows ${start + 1}-${start + rows} (${err.message})`);
            }
        };
        yield { columns, timestamps, readPages, rowStart: start, rows };
        rowStart += rows;
    }
    // partOfTable: one data file of a Delta table; it may be empty, and the table's reader collects once at its end.
    if (rowStart === 0 && !partOfTable)
        throw new src_errors/* UsageError */.eb(`${path}: the Parquet file has no rows`);
    // Done: the page buffers (a few MB) go now rather than stay under whatever is read next.
    Object.assign(scratch, newScratch());
    if (!partOfTable)
        (0,memory/* collectGarbage */.i)('major');
}

;// CONCATENATED MODULE: ./src/data/sample.js
/**
 * Deterministic randomness and bounded-memory structures for streaming profiles:
 * a seeded PRNG, a reservoir sample (Li's Algorithm L: O(k) memory, one random draw per
 * accepted value) and a 64-bit-hash duplicate finder (12 bytes per value).
 */
/** mulberry32: a small, fast, seedable 32-bit PRNG; returns floats in [0, 1). */
function seededRandom(seed) {
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
function fnv1a(s, seed = 0x811c9dc5) {
    let h = seed >>> 0;
    for (let i = 0; i < s.length; i++)
        h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
    return h >>> 0;
}
/**
 * Uniform reservoir sample of at most `capacity` numbers from a stream (Algorithm L). Below the
 * capacity it holds every value (exact); above it, a uniform sample drawn with a seeded PRNG, so
 * the same input and seed always give the same sample.
 */
class Reservoir {
    capacity;
    values;
    size = 0;
    seen = 0;
    /** mulberry32 state in a typed array (no boxed numbers per draw). */
    state = new Uint32Array(1);
    /** Algorithm L's w and the stream index of the next accepted value, unboxed (a double stored in a field or returned from a call is a heap allocation). */
    wn = new Float64Array(2);
    /** The last uniform draw in [0, 1) (written by rand()). */
    r = new Float64Array(1);
    rand() {
        const s = this.state;
        const a = (s[0] = (s[0] + 0x6d2b79f5) >>> 0);
        let t = Math.imul(a ^ (a >>> 15), a | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        this.r[0] = ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    }
    constructor(capacity, seed) {
        this.capacity = capacity;
        this.values = new Float64Array(capacity);
        this.state[0] = seed >>> 0;
        this.rand();
        this.wn[0] = Math.exp(Math.log(this.r[0] || 1e-300) / capacity);
        this.rand();
        this.wn[1] = capacity + Math.floor(Math.log(this.r[0] || 1e-300) / Math.log(1 - this.wn[0])) + 1;
    }
    add(x) {
        const s = this.seen++;
        if (s < this.capacity) {
            this.values[s] = x;
            this.size = s + 1;
            return;
        }
        if (s + 1 === this.wn[1])
            this.accept(x);
    }
    accept(x) {
        const wn = this.wn;
        this.rand();
        this.values[Math.floor(this.r[0] * this.capacity)] = x;
        this.rand();
        wn[0] *= Math.exp(Math.log(this.r[0] || 1e-300) / this.capacity);
        this.rand();
        wn[1] += Math.floor(Math.log(this.r[0] || 1e-300) / Math.log(1 - wn[0])) + 1;
    }
    /** The sample (a copy), in stream order for the exact case. */
    sample() {
        return this.values.slice(0, this.size);
    }
    get exact() {
        return this.seen <= this.capacity;
    }
}
/** Two independent 32-bit hashes of a string (FNV-1a and a murmur-style mix). */
function hash2(s, out) {
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
function hash2Bytes(b, s, e, out) {
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
 * collision: probability about n\u00b2/2\u2076\u2075 (3e-8 for a million values). Keys are sorted natively
 * at the end (8 bytes per value, temporarily).
 */
class DuplicateFinder {
    h1 = new Uint32Array(1024);
    h2 = new Uint32Array(1024);
    lines = new Uint32Array(1024);
    count = 0;
    add(a, b, line) {
        if (this.count === this.h1.length) {
            const grow = (x) => {
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
    result;
    /** Number of values equal to an earlier one, and the earliest `limit` of them (with the line they repeat). */
    duplicates(limit) {
        this.result ??= this.findDuplicates(10_000);
        return { count: this.result.count, examples: this.result.examples.slice(0, limit) };
    }
    findDuplicates(limit) {
        const n = this.count;
        // 1. Sort the 64-bit keys natively (a BigUint64Array filled through a Uint32 view: no BigInts).
        const keys = new BigUint64Array(n);
        const v = new Uint32Array(keys.buffer);
        for (let i = 0; i < n; i++) {
            v[2 * i] = this.h2[i];
            v[2 * i + 1] = this.h1[i];
        }
        keys.sort();
        const dup = new Map();
        for (let i = 1; i < n; i++) {
            if (v[2 * i] === v[2 * i - 2] && v[2 * i + 1] === v[2 * i - 1]) {
                const hi = v[2 * i + 1];
                let set = dup.get(hi);
                if (!set)
                    dup.set(hi, (set = new Set()));
                set.add(v[2 * i]);
            }
        }
        if (dup.size === 0)
            return { count: 0, examples: [] };
        // 2. Walk the values in file order: the first of each repeated key is the original.
        const first = new Map();
        let count = 0;
        const examples = [];
        for (let i = 0; i < n; i++) {
            const set = dup.get(this.h1[i]);
            if (!set || !set.has(this.h2[i]))
                continue;
            const key = `${this.h1[i]}:${this.h2[i]}`;
            const f = first.get(key);
            if (f === undefined)
                first.set(key, this.lines[i]);
            else {
                count++;
                if (examples.length < limit)
                    examples.push({ line: this.lines[i], firstLine: f });
            }
        }
        return { count, examples };
    }
}

;// CONCATENATED MODULE: ./src/data/missing.js
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
    const totalBytes = onProgress && format !== 'delta' ? await (0,fs.fileSize)(path).catch(() => 0) : 0;
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
const QUANTILES = [
    ['p01', 0.01],
    ['p05', 0.05],
    ['p25', 0.25],
    ['p50', 0.5],
    ['p75', 0.75],
    ['p95', 0.95],
    ['p99', 0.99],
];
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
            quantiles[k] = (0,simple_statistics/* quantileSorted */.Z4)(arr, q);
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

// EXTERNAL MODULE: ../../node_modules/yaml/dist/index.js
var dist = __webpack_require__(3483);
// EXTERNAL MODULE: ../../node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(8476);
// EXTERNAL MODULE: ./src/config/yaml.js
var yaml = __webpack_require__(1049);
;// CONCATENATED MODULE: ./src/data/schema.js
/**
 * The data contract: a schema YAML (format documented in actions/validate-data/README.md),
 * parsed with `yaml` keeping line numbers and validated with zod. Errors name file:line.
 */




const COLUMN_TYPES = ['int', 'float', 'bool', 'string', 'category', 'datetime'];
const DRIFT_TESTS = ['ks', 'chisquare', 'z', 'wasserstein', 'jensenshannon', 'psi'];
const SEVERITIES = ['error', 'warning'];
const enumWithHint = (values, what) => schemas/* enum */.k5n(values, { error: (iss) => `unknown ${what} ${JSON.stringify(iss.input)}; use one of ${values.join(', ')}` });
const bound = schemas/* union */.KCZ([schemas/* number */.aig(), schemas/* string */.YjP()], { error: (iss) => `must be a number, or ISO 8601 text for a datetime column, got ${JSON.stringify(iss.input)}` });
const driftOverride = schemas/* object */.Ikc({
    test: schemas/* union */.KCZ([enumWithHint(DRIFT_TESTS, 'drift test'), schemas/* literal */.euz('none')]).optional(),
    threshold: schemas/* number */.aig().positive().optional(),
})
    .strict();
const columnRuleSchema = schemas/* object */.Ikc({
    type: enumWithHint(COLUMN_TYPES, 'type').optional(),
    required: schemas/* boolean */.zMY().optional(),
    nullable: schemas/* boolean */.zMY().optional(),
    mostly: schemas/* number */.aig().min(0).max(1).optional(),
    min: bound.optional(),
    max: bound.optional(),
    categories: schemas/* array */.YOg(schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig(), schemas/* boolean */.zMY()])).min(1).optional(),
    regex: schemas/* string */.YjP()
        .refine((s) => {
        try {
            new RegExp(s);
            return true;
        }
        catch {
            return false;
        }
    }, { message: 'not a valid regular expression' })
        .optional(),
    unique: schemas/* boolean */.zMY().optional(),
    severity: enumWithHint(SEVERITIES, 'severity').optional(),
    drift: driftOverride.optional(),
    /** Informational, written by --infer. */
    distinct: schemas/* number */.aig().int().nonnegative().optional(),
})
    .strict()
    .superRefine((rule, ctx) => {
    for (const message of boundProblems(rule))
        ctx.addIssue({ code: 'custom', path: [message.key], message: message.text });
});
const ISO_DATE_RE = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/;
/** Epoch ms of an ISO 8601 date or date-time bound (UTC when no offset), undefined when it is not one. */
function isoDateMs(text) {
    if (!ISO_DATE_RE.test(text))
        return undefined;
    const iso = text.length === 10 ? `${text}T00:00:00Z` : /(Z|[+-]\d{2}:?\d{2})$/.test(text) ? text.replace(' ', 'T') : `${text.replace(' ', 'T')}Z`;
    const ms = Date.parse(iso);
    return Number.isNaN(ms) ? undefined : ms;
}
/**
 * What is wrong with a column's min/max, if anything: a bound whose kind does not fit the column's
 * type (text on a number, a number on a datetime), a bound on a type that has no order (category,
 * bool), or min greater than max. Each problem names the key, what was expected and the fix.
 */
function boundProblems(rule) {
    const out = [];
    const t = rule.type;
    const keys = ['min', 'max'].filter((k) => rule[k] !== undefined);
    if (keys.length === 0)
        return out;
    const show = (v) => JSON.stringify(v);
    if (t === 'category' || t === 'bool') {
        for (const k of keys)
            out.push({ key: k, text: `${k} does not apply to a ${t} column (its values have no order); remove it${t === 'category' ? ', list the allowed values under "categories"' : ''}, or change the type to int, float, datetime or string` });
        return out;
    }
    const values = {};
    for (const k of keys) {
        const v = rule[k];
        if (t === 'int' || t === 'float') {
            if (typeof v !== 'number') {
                out.push({ key: k, text: `${k} must be a number for a${t === 'int' ? 'n' : ''} ${t} column, got ${show(v)}; write a number (e.g. ${k}: 0) or change the type` });
                continue;
            }
            values[k] = v;
        }
        else if (t === 'datetime') {
            const ms = typeof v === 'string' ? isoDateMs(v) : undefined;
            if (ms === undefined) {
                out.push({ key: k, text: `${k} must be an ISO 8601 date or date-time for a datetime column (e.g. ${k}: '2024-01-31' or '2024-01-31T12:00:00Z'), got ${show(v)}` });
                continue;
            }
            values[k] = ms;
        }
        else if (t === 'string') {
            if (typeof v !== 'string') {
                out.push({ key: k, text: `${k} of a string column is compared as text and must be quoted text, got the number ${show(v)}; quote it (${k}: '${v}') or change the type to int or float` });
                continue;
            }
        }
        else if (typeof v === 'string' && isoDateMs(v) === undefined) {
            out.push({ key: k, text: `${k} ${show(v)} is neither a number nor an ISO 8601 date; write a number, a date like '2024-01-31', or set the column's type` });
            continue;
        }
        else if (typeof v === 'number')
            values[k] = v;
        else
            values[k] = isoDateMs(v);
    }
    if (out.length > 0 || keys.length < 2)
        return out;
    const [lo, hi] = [rule.min, rule.max];
    if (typeof lo !== typeof hi) {
        out.push({ key: 'max', text: `min ${show(lo)} and max ${show(hi)} are not of the same kind (one a number, one text); write both as numbers or both as dates` });
        return out;
    }
    const greater = values.min !== undefined && values.max !== undefined ? values.min > values.max : lo > hi;
    if (greater)
        out.push({ key: 'min', text: `min ${show(lo)} is greater than max ${show(hi)}, so no value could pass; swap them or fix the bound` });
    return out;
}
const policy = schemas/* enum */.k5n(['error', 'warning', 'ignore'], { error: (iss) => `must be error, warning or ignore, got ${JSON.stringify(iss.input)}` });
const dataSchemaSchema = schemas/* object */.Ikc({
    version: schemas/* literal */.euz(1).optional(),
    rows: schemas/* object */.Ikc({ min: schemas/* number */.aig().int().nonnegative().optional(), max: schemas/* number */.aig().int().nonnegative().optional() })
        .strict()
        .refine((r) => r.min === undefined || r.max === undefined || r.min <= r.max, { path: ['min'], message: 'min is greater than max, so no dataset could pass; swap them' })
        .optional(),
    'duplicate-rows': policy.optional(),
    'unexpected-columns': policy.optional(),
    drift: schemas/* object */.Ikc({
        share: schemas/* number */.aig().gt(0).max(1).optional(),
        'sample-size': schemas/* number */.aig().int().min(100).max(10_000_000).optional(),
        seed: schemas/* number */.aig().int().optional(),
        test: schemas/* union */.KCZ([schemas/* literal */.euz('auto'), enumWithHint(DRIFT_TESTS, 'drift test')]).optional(),
        /** Severity of the dataset-drift check (default warning). */
        severity: enumWithHint(SEVERITIES, 'severity').optional(),
    })
        .strict()
        .optional(),
    columns: schemas/* record */.g1P(schemas/* string */.YjP(), columnRuleSchema.nullable()).default({}),
})
    .strict();
/** Parse and validate schema text; `file` names it in messages. */
function parseDataSchema(text, file) {
    return (0,yaml/* parseYamlWithSchema */.Ku)(text, file, dataSchemaSchema, {
        what: 'schema',
        syntaxHint: '; fix the syntax of the schema',
        spellingHint: '(see the validate-data README for the schema format)',
        checkRaw: (raw) => {
            if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
                throw new src_errors/* UsageError */.eb(`${file}:1: a schema is a mapping with "columns:" (see the validate-data README)`);
        },
    });
}
/** Serialize a schema as YAML with a short header comment. */
function stringifyDataSchema(schema, header = []) {
    const head = header.map((h) => `# ${h}\n`).join('');
    return head + (0,dist/* stringify */.As)(schema, { lineWidth: 0 });
}

;// CONCATENATED MODULE: ./src/data/validate.js
/**
 * The validate-data stage: profile the data (one streaming pass) with the schema's rules, check
 * the contract, compare with a reference for drift, optionally infer a schema; returns the JSON
 * report. The CLI and the action call `validateData` and only differ in how they present it.
 */









/** Build a schema from a profile: types, nullability, ranges, categories (\u2264 50), uniqueness. */
function inferSchema(profile) {
    const columns = {};
    for (const p of profile.profilers) {
        const s = summarizeColumn(p, 1000);
        const rule = { type: s.inferredType, nullable: s.missing > 0 };
        if (s.numeric && (s.inferredType === 'int' || s.inferredType === 'float')) {
            rule.min = s.numeric.min;
            rule.max = s.numeric.max;
        }
        if (s.datetime) {
            rule.min = s.datetime.min;
            rule.max = s.datetime.max;
        }
        if (s.inferredType === 'category' && s.top)
            rule.categories = s.top.map((t) => t.value).sort();
        if (s.unique && s.inferredType !== 'float' && s.inferredType !== 'bool' && (s.rows - s.missing) > 1)
            rule.unique = true;
        if (s.distinct !== undefined)
            rule.distinct = s.distinct;
        columns[p.name] = rule;
    }
    return { version: 1, rows: { min: 1 }, 'unexpected-columns': 'error', columns };
}
/** Columns inferred numeric (\u2265 NEARLY_NUMERIC_SHARE numbers) that still hold cells that are not numbers. */
function nearlyNumericColumns(profile) {
    const out = [];
    profile.profilers.forEach((p, i) => {
        const t = p.inferType();
        if ((t === 'int' || t === 'float') && p.numCount < p.nonMissing) {
            out.push({ column: p.name, position: i + 1, numbers: p.numCount, nonMissing: p.nonMissing, bad: p.nonMissing - p.numCount, cells: p.nonNumeric });
        }
    });
    return out;
}
function driftKinds(schema) {
    const kinds = {};
    for (const [name, rule] of Object.entries(schema?.columns ?? {})) {
        const t = rule?.type;
        if (t === 'int' || t === 'float')
            kinds[name] = 'numeric';
        else if (t === 'datetime' || t === 'string')
            kinds[name] = t === 'string' ? 'categorical' : 'skip';
        else if (t)
            kinds[name] = 'categorical';
    }
    return kinds;
}
/** Run the whole stage. Throws UsageError on bad input; returns the report otherwise. */
async function validateData(opts) {
    const failOn = opts.failOn ?? 'error';
    const inputs = [['data', opts.data], ['schema', opts.schema], ['reference', opts.reference]];
    await (0,atomic/* refuseOverwritingInputs */.U$)(['infer', opts.infer], inputs);
    const schema = opts.schema ? parseDataSchema(await (0,fs/* readText */.yR)(opts.schema), opts.schema) : undefined;
    const sampleSize = schema?.drift?.['sample-size'] ?? 50_000;
    const seed = schema?.drift?.seed ?? 1;
    const maxExamples = opts.maxExamples ?? 20;
    let profile = await profileDataset(opts.data, {
        format: opts.format,
        rules: schema?.columns,
        sampleSize,
        seed,
        duplicateRows: !!schema && (schema['duplicate-rows'] ?? 'ignore') !== 'ignore',
        inferUnique: !!opts.infer,
        maxExamples,
        onProgress: opts.progress?.(opts.data),
    });
    const checks = evaluateChecks(profile, schema);
    const columns = profile.profilers.map((p) => summarizeColumn(p));
    const kinds = driftKinds(schema);
    const currentSummary = opts.reference ? summarizeDataset(profile, kinds) : undefined;
    if (opts.infer) {
        // Numeric columns with a few bad cells: the contract would say float, so the cells are errors.
        const bad = nearlyNumericColumns(profile).filter((c) => !schema?.columns[c.column]?.type);
        if (bad.length > 0)
            throw new src_errors/* UsageError */.eb(formatBadNumericCells(opts.data, bad, 'declare the column\'s type in a schema passed with --schema (e.g. type: category) if it really is text'));
    }
    const inferred = opts.infer ? inferSchema(profile) : undefined;
    const data = { path: opts.data, format: profile.format, rows: profile.rows, columns: profile.columns, linesAreRecords: profile.linesAreRecords };
    const anySampled = profile.profilers.some((p) => p.reservoir && !p.reservoir.exact);
    // Nothing below needs the profile itself: its hashes and dictionaries can go before the reference is read.
    profile = undefined;
    if (opts.reference)
        (0,memory/* collectGarbage */.i)('major');
    let drift;
    let reference;
    if (opts.reference && currentSummary) {
        const refProfile = await profileDataset(opts.reference, { format: opts.format, sampleSize, seed, onProgress: opts.progress?.(opts.reference) });
        reference = { path: opts.reference, rows: refProfile.rows };
        const refSummary = summarizeDataset(refProfile, kinds);
        const driftOpts = { share: schema?.drift?.share, test: schema?.drift?.test, columns: {} };
        for (const [name, rule] of Object.entries(schema?.columns ?? {}))
            if (rule?.drift)
                driftOpts.columns[name] = rule.drift;
        drift = compareDrift(refSummary, currentSummary, driftOpts);
        checks.push({
            check: 'dataset-drift',
            severity: schema?.drift?.severity ?? 'warning',
            passed: !drift.datasetDrift,
            observed: `${drift.driftedColumns.length} of ${drift.columns.length} columns drifted (${(100 * drift.share).toFixed(0)}%)`,
            expected: `< ${(100 * drift.shareThreshold).toFixed(0)}% of columns drifted`,
        });
    }
    let inferredSchema;
    if (opts.infer && inferred) {
        await (0,fs.writeText)(opts.infer, stringifyDataSchema(inferred, [
            `Data contract inferred by cd4ml validate from ${opts.data} (${data.rows} rows).`,
            'Review it: tighten min/max, mark optional columns with "required: false", set "mostly" for acceptable missing shares.',
        ]));
        inferredSchema = opts.infer;
    }
    const failed = checks.filter((c) => !c.passed);
    const errors = failed.filter((c) => c.severity === 'error').length;
    const warnings = failed.filter((c) => c.severity === 'warning').length;
    const passed = failOn === 'never' || (failOn === 'error' ? errors === 0 : errors + warnings === 0);
    return {
        kind: 'cd4ml.validate-report',
        version: 1,
        data,
        ...(opts.schema ? { schema: opts.schema } : {}),
        ...(reference ? { reference } : {}),
        ...(inferredSchema ? { inferredSchema } : {}),
        failOn,
        passed,
        errors,
        warnings,
        checks,
        columns,
        ...(drift ? { drift } : {}),
        sampling: {
            sampleSize,
            seed,
            note: anySampled
                ? `numeric columns with more than ${sampleSize} values are summarized by a seeded uniform sample of ${sampleSize}: quantiles within \u00b1${(300 * Math.sqrt(0.25 / sampleSize)).toFixed(2)}% rank (3\u03c3); drift tests on those columns use the samples`
                : 'every value was used: quantiles and drift statistics are exact',
        },
    };
}


/***/ }),

/***/ 1217:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U$: () => (/* binding */ refuseOverwritingInputs),
/* harmony export */   Zf: () => (/* binding */ writeFileAtomic)
/* harmony export */ });
/* unused harmony exports ioFailure, openAtomicWriter, isSameFile, checkDirReplaceable, writeDirAtomic */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6986);
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
    return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`${path}: cannot ${verb} (${why}); ${fix}`);
}
function tempSibling(target, kind) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(target), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(target)}.${kind}-${process.pid}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}`);
}
/** Where a write to `path` really lands: symlinks resolved, so the link keeps pointing at the new file. */
async function targetOf(path) {
    const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(path);
    let st;
    try {
        st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(abs);
    }
    catch (err) {
        if (err.code === 'ENOENT') {
            // A dangling symlink: write where it points.
            try {
                if ((await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(abs)).isSymbolicLink())
                    return { target: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(abs), await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readlink)(abs)), special: false };
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
    const target = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(abs);
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
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(target), { recursive: true });
        }
        catch (err) {
            throw ioFailure(path, err, 'create the folder of the file');
        }
    }
    const file = special ? target : tempSibling(target, 'tmp');
    let handle;
    try {
        handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(file, special ? 'w' : 'wx', mode ?? 0o644);
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
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.unlink)(file).catch(() => undefined);
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
                    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(file, target);
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
            return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(p);
        }
        catch {
            // Not there (yet): compare the real folder plus the name.
            try {
                return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(p))), (0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(p));
            }
            catch {
                return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(p);
            }
        }
    };
    const [ra, rb] = await Promise.all([real(a), real(b)]);
    if (ra === rb)
        return true;
    try {
        const [sa, sb] = await Promise.all([(0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(a), (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(b)]);
        return sa.dev === sb.dev && sa.ino === sb.ino; // hard links
    }
    catch {
        return false;
    }
}
/** Refuse early (before any work) what writeDirAtomic would refuse: a non-directory, or contents `replaceable` rejects. */
async function checkDirReplaceable(dir, opts) {
    let target = resolve(dir);
    let existing;
    try {
        const st = await stat(target);
        if (!st.isDirectory())
            throw new UsageError(`${dir}: exists and is not a directory; pass a new or empty directory`);
        target = await realpath(target);
        existing = await readdir(target);
    }
    catch (err) {
        if (err instanceof UsageError)
            throw err;
        if (err.code !== 'ENOENT')
            throw ioFailure(dir, err, 'use the directory');
    }
    if (existing && existing.length > 0) {
        const refusal = opts.replaceable(existing);
        if (refusal !== undefined)
            throw new UsageError(`${dir}: ${refusal}`);
    }
    return { target, existing };
}
async function writeDirAtomic(dir, files, opts) {
    const { target, existing } = await checkDirReplaceable(dir, opts);
    const parent = dirname(target);
    if (parent === target)
        throw new UsageError(`${dir}: cannot replace the root directory; pass a new or empty directory`);
    try {
        await mkdir(parent, { recursive: true });
    }
    catch (err) {
        throw ioFailure(dir, err, 'create the parent folder');
    }
    const tmp = tempSibling(target, 'tmp');
    try {
        await mkdir(tmp);
    }
    catch (err) {
        throw ioFailure(dir, err, 'create a temporary folder beside the directory');
    }
    try {
        for (const [name, given] of files) {
            const h = await open(join(tmp, name), 'wx', 0o644);
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
            await rename(tmp, target);
        }
        else {
            const old = tempSibling(target, 'old');
            await rename(target, old);
            try {
                await rename(tmp, target);
            }
            catch (err) {
                await rename(old, target).catch(() => undefined);
                throw err;
            }
            // The old contents were a bundle this tool wrote (replaceable() said so).
            await rm(old, { recursive: true, force: true });
        }
    }
    catch (err) {
        await rm(tmp, { recursive: true, force: true }).catch(() => undefined);
        throw err instanceof UsageError ? err : ioFailure(dir, err, 'write the directory');
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`${outLabel} ${outPath} is the input file ${label} ${path}; writing there would destroy it. Pass another output file`);
        }
    }
}


/***/ }),

/***/ 2907:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cE: () => (/* binding */ openReader),
/* harmony export */   fileSize: () => (/* binding */ fileSize),
/* harmony export */   readRange: () => (/* binding */ readRange),
/* harmony export */   writeText: () => (/* binding */ writeText),
/* harmony export */   yR: () => (/* binding */ readText),
/* harmony export */   zO: () => (/* binding */ readChunks)
/* harmony export */ });
/* unused harmony export sha256File */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6986);
/* harmony import */ var _atomic_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1217);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(fsMessage(path, err, 'read the file'));
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(fsMessage(path, err, 'open the file'));
    }
    try {
        for (;;) {
            const buf = Buffer.allocUnsafe(chunkSize);
            let n;
            try {
                ({ bytesRead: n } = await handle.read(buf, 0, chunkSize, null));
            }
            catch (err) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(fsMessage(path, err, 'read the file'));
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(fsMessage(path, err, 'open the file'));
    }
    return {
        async read(buf, offset, length) {
            try {
                return (await handle.read(buf, offset, length, null)).bytesRead;
            }
            catch (err) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(fsMessage(path, err, 'read the file'));
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
    const hash = createHash('sha256');
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(fsMessage(path, err, 'open the file'));
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
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(path, 'utf8');
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(fsMessage(path, err, 'read the file'));
    }
}
/** Write a text file, creating its folder: through a temporary sibling renamed into place (src/io/atomic.ts). */
async function writeText(path, text) {
    await (0,_atomic_js__WEBPACK_IMPORTED_MODULE_3__/* .writeFileAtomic */ .Zf)(path, text);
}


/***/ }),

/***/ 5531:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ collectGarbage)
/* harmony export */ });
/* unused harmony export releaseMemory */
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8877);
/* harmony import */ var node_vm__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(714);
/**
 * Garbage collection at the moments a command has just let go of a lot of memory. V8 frees dead
 * typed arrays only at its next collection, which a short run may never reach; until then their
 * memory stays in the process's RSS.
 *
 * - collectGarbage(type): a hint for the streaming readers and profilers. It only uses a `gc` the
 *   process was started with (`node --expose-gc`, NODE_OPTIONS=--expose-gc) and otherwise does
 *   nothing: without the hints the validate benchmark's peak RSS stayed within noise
 *   (docs/benchmarks.md, "GC hints").
 * - releaseMemory(): a full collection, always. train calls it (through TrainContext) once its data
 *   table is out of reach, before the tree grows: at 200k \u00d7 20 rows that took train's peak RSS from
 *   ~134 MB to ~116 MB, because the table (35 MB) is no longer held to the end.
 *   V8 offers gc() only under --expose-gc, which `node dist/cli/index.js` does not pass. As jest's
 *   leak detector does (jest-leak-detector), the flag is set just while a new context picks the
 *   function up and cleared straight after: no other V8 setting changes, and no global `gc` appears.
 */


function collectGarbage(type) {
    const gc = globalThis.gc;
    if (typeof gc !== 'function')
        return;
    // gc() is a full collection; gc({ type: 'major' }) is only a scavenge on Node 20's V8.
    if (type === 'minor')
        gc({ type: 'minor' });
    else
        gc();
}
let exposed;
function releaseMemory() {
    if (!exposed) {
        const own = globalThis.gc;
        if (typeof own === 'function')
            exposed = own;
        else {
            setFlagsFromString('--expose-gc');
            try {
                exposed = runInNewContext('gc');
            }
            finally {
                setFlagsFromString('--no-expose-gc');
            }
        }
    }
    exposed();
    // V8 frees dead array buffers on a concurrent sweeper after the collection: the second one
    // waits for it, so the memory is back before the caller allocates again.
    exposed();
}


/***/ })

};
