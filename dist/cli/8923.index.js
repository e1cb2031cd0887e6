export const id = 8923;
export const ids = [8923];
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

/***/ 85074:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ stableJson),
/* harmony export */   d: () => (/* binding */ canonicalJson)
/* harmony export */ });
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


/***/ }),

/***/ 17066:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F4: () => (/* binding */ meanStd),
/* harmony export */   iM: () => (/* binding */ computeRegressionMetrics),
/* harmony export */   lD: () => (/* binding */ computeClassificationMetrics)
/* harmony export */ });
/* unused harmony export binaryAuc */
/**
 * Evaluation metrics with scikit-learn 1.2's definitions (tests cite the sklearn call for every
 * value). Pure functions over class indexes / values; no I/O.
 */
/**
 * Classification metrics as sklearn 1.2 computes them: accuracy_score, balanced_accuracy_score,
 * precision_recall_fscore_support (zero_division \u2192 0; macro/weighted over the labels present in
 * yTrue \u222a yPred), roc_auc_score (binary, or multi_class='ovr' macro), log_loss, confusion_matrix.
 */
function computeClassificationMetrics(input) {
    const { yTrue, yPred, proba, classes } = input;
    const k = classes.length;
    const n = yTrue.length;
    if (yPred.length !== n)
        throw new RangeError(`yTrue has ${n} rows, yPred ${yPred.length}`);
    if (n === 0)
        throw new RangeError('no rows to evaluate');
    const cm = Array.from({ length: k }, () => new Array(k).fill(0));
    let correct = 0;
    for (let i = 0; i < n; i++) {
        cm[yTrue[i]][yPred[i]]++;
        if (yTrue[i] === yPred[i])
            correct++;
    }
    const per = [];
    const present = [];
    for (let c = 0; c < k; c++) {
        let tp = cm[c][c];
        let support = 0;
        let predicted = 0;
        for (let j = 0; j < k; j++) {
            support += cm[c][j];
            predicted += cm[j][c];
        }
        const precision = predicted > 0 ? tp / predicted : 0;
        const recall = support > 0 ? tp / support : 0;
        const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
        per.push({ class: classes[c], precision, recall, f1, support });
        if (support > 0 || predicted > 0)
            present.push(c);
        tp = 0;
    }
    const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const weighted = (key) => {
        let s = 0;
        let w = 0;
        for (const c of present) {
            s += per[c][key] * per[c].support;
            w += per[c].support;
        }
        return w > 0 ? s / w : 0;
    };
    const recallsWithSupport = per.filter((p) => p.support > 0).map((p) => p.recall);
    return {
        accuracy: correct / n,
        balanced_accuracy: mean(recallsWithSupport),
        precision_macro: mean(present.map((c) => per[c].precision)),
        recall_macro: mean(present.map((c) => per[c].recall)),
        f1_macro: mean(present.map((c) => per[c].f1)),
        precision_weighted: weighted('precision'),
        recall_weighted: weighted('recall'),
        f1_weighted: weighted('f1'),
        roc_auc: proba ? rocAuc(yTrue, proba, k) : null,
        log_loss: proba ? logLoss(yTrue, proba, k) : null,
        confusion_matrix: cm,
        per_class: per,
        n,
    };
}
/**
 * Area under the ROC curve of scores for binary labels (1 = positive), ties counted half: the
 * rank-sum (Mann\u2013Whitney) form. All scores and the positives' scores are sorted as typed arrays (no
 * index array sorted through a comparator: at 200k holdout rows that held ~5 MB of heap) and walked
 * together; every rank is a half-integer and every sum stays below 2^53, so the result is exact
 * and does not depend on the order of tied scores.
 */
function binaryAuc(positive, score) {
    const n = score.length;
    let nPos = 0;
    for (let i = 0; i < n; i++)
        if (positive[i])
            nPos++;
    const nNeg = n - nPos;
    if (nPos === 0 || nNeg === 0)
        return null;
    const all = Float64Array.from(score).sort();
    const pos = new Float64Array(nPos);
    for (let i = 0, j = 0; i < n; i++)
        if (positive[i])
            pos[j++] = score[i];
    pos.sort();
    let rankSumPos = 0;
    let p = 0;
    for (let i = 0; i < n;) {
        let j = i + 1;
        while (j < n && all[j] === all[i])
            j++;
        const avgRank = (i + 1 + j) / 2; // ranks i+1..j
        let count = 0;
        while (p < nPos && pos[p] === all[i]) {
            count++;
            p++;
        }
        rankSumPos += count * avgRank;
        i = j;
    }
    return (rankSumPos - (nPos * (nPos + 1)) / 2) / (nPos * nNeg);
}
function rocAuc(yTrue, proba, k) {
    const n = yTrue.length;
    if (k === 2) {
        const s = new Float64Array(n);
        const pos = new Uint8Array(n);
        for (let i = 0; i < n; i++) {
            s[i] = proba[i * 2 + 1];
            pos[i] = yTrue[i] === 1 ? 1 : 0;
        }
        return binaryAuc(pos, s);
    }
    let sum = 0;
    for (let c = 0; c < k; c++) {
        const s = new Float64Array(n);
        const pos = new Uint8Array(n);
        for (let i = 0; i < n; i++) {
            s[i] = proba[i * k + c];
            pos[i] = yTrue[i] === c ? 1 : 0;
        }
        const a = binaryAuc(pos, s);
        if (a === null)
            return null;
        sum += a;
    }
    return sum / k;
}
function logLoss(yTrue, proba, k) {
    // sklearn 1.2 eps="auto": the float64 machine epsilon.
    const eps = 2.220446049250313e-16;
    const n = yTrue.length;
    let total = 0;
    const row = new Float64Array(k);
    for (let i = 0; i < n; i++) {
        let s = 0;
        for (let c = 0; c < k; c++) {
            const p = Math.min(Math.max(proba[i * k + c], eps), 1 - eps);
            row[c] = p;
            s += p;
        }
        total += -Math.log(row[yTrue[i]] / s);
    }
    return total / n;
}
/**
 * Regression metrics as sklearn 1.2: mean_absolute_error, mean_squared_error, its square root,
 * r2_score (1 when the target is constant and predicted exactly, else 0 for a constant target),
 * mean_absolute_percentage_error (|y \u2212 \u0177| / max(|y|, machine epsilon)).
 */
function computeRegressionMetrics(yTrue, yPred) {
    const n = yTrue.length;
    if (yPred.length !== n)
        throw new RangeError(`yTrue has ${n} rows, yPred ${yPred.length}`);
    if (n === 0)
        throw new RangeError('no rows to evaluate');
    let ae = 0;
    let se = 0;
    let ape = 0;
    let mean = 0;
    for (let i = 0; i < n; i++)
        mean += yTrue[i];
    mean /= n;
    let tot = 0;
    const eps = 2.220446049250313e-16;
    for (let i = 0; i < n; i++) {
        const d = yTrue[i] - yPred[i];
        ae += Math.abs(d);
        se += d * d;
        ape += Math.abs(d) / Math.max(Math.abs(yTrue[i]), eps);
        tot += (yTrue[i] - mean) ** 2;
    }
    const mse = se / n;
    const r2 = tot === 0 ? (se === 0 ? 1 : 0) : 1 - se / tot;
    return { mae: ae / n, mse, rmse: Math.sqrt(mse), r2, mape: ape / n, n };
}
/** Mean and (population, ddof=0 like numpy's std) standard deviation. */
function meanStd(xs) {
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
    const v = xs.reduce((a, b) => a + (b - mean) ** 2, 0) / xs.length;
    return { mean, std: Math.sqrt(v) };
}


/***/ }),

/***/ 3749:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ transformColumns),
/* harmony export */   _U: () => (/* binding */ parseDate),
/* harmony export */   b2: () => (/* binding */ isMissing),
/* harmony export */   bd: () => (/* binding */ MissingColumnError),
/* harmony export */   c6: () => (/* binding */ compileRowTransform),
/* harmony export */   oJ: () => (/* binding */ DATE_PARTS),
/* harmony export */   q6: () => (/* binding */ parseBool),
/* harmony export */   tj: () => (/* binding */ isNumberLike),
/* harmony export */   vK: () => (/* binding */ parseNumeric),
/* harmony export */   yC: () => (/* binding */ datePart)
/* harmony export */ });
/* unused harmony exports inferKind, fitPreprocess, rawColumnsOf */
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
