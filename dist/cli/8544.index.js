export const id = 8544;
export const ids = [8544,1217,2907,5288,5531,3214];
export const modules = {

/***/ 3089:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JJ: () => (/* binding */ DEFAULT_THRESHOLDS),
/* harmony export */   ad: () => (/* binding */ compareColumn),
/* harmony export */   eV: () => (/* binding */ summarizeDataset),
/* harmony export */   pT: () => (/* binding */ compareDrift),
/* harmony export */   uE: () => (/* binding */ findNewCategories),
/* harmony export */   vX: () => (/* binding */ NEW_CATEGORY_RULE)
/* harmony export */ });
/* unused harmony exports NEW_CATEGORIES_SHOWN, chooseTest */
/* harmony import */ var _stats_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(18385);

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
        const h = (0,_stats_js__WEBPACK_IMPORTED_MODULE_0__/* .sturgesShares */ .Ee)((0,_stats_js__WEBPACK_IMPORTED_MODULE_0__/* .sortedCopy */ .TZ)(r.sample), (0,_stats_js__WEBPACK_IMPORTED_MODULE_0__/* .sortedCopy */ .TZ)(c.sample));
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
            const a = (0,_stats_js__WEBPACK_IMPORTED_MODULE_0__/* .sortedCopy */ .TZ)(r.sample);
            const b = (0,_stats_js__WEBPACK_IMPORTED_MODULE_0__/* .sortedCopy */ .TZ)(c.sample);
            sampled = sampledNum;
            if (test === 'ks')
                ({ statistic, pValue } = (0,_stats_js__WEBPACK_IMPORTED_MODULE_0__/* .ks2Sample */ .V_)(a, b));
            else
                statistic = distance = (0,_stats_js__WEBPACK_IMPORTED_MODULE_0__/* .wassersteinNormed */ .w8)(a, b);
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
                ({ statistic, pValue } = (0,_stats_js__WEBPACK_IMPORTED_MODULE_0__/* .chiSquareHomogeneity */ .at)(keys.map((key) => r.counts[key] ?? 0), keys.map((key) => c.counts[key] ?? 0)));
            }
            else if (test === 'chisquare') {
                const k = c.count / r.count;
                ({ statistic, pValue } = (0,_stats_js__WEBPACK_IMPORTED_MODULE_0__/* .chiSquare */ .U_)(keys.map((key) => c.counts[key] ?? 0), keys.map((key) => (r.counts[key] ?? 0) * k)));
            }
            else {
                if (keys.length === 1) {
                    statistic = 0;
                    pValue = 1;
                }
                else {
                    const first = keys[0];
                    // Evidently codes the first sorted value as 0 and everything else as 1.
                    ({ statistic, pValue } = (0,_stats_js__WEBPACK_IMPORTED_MODULE_0__/* .zTestProportions */ .o9)(r.count - (r.counts[first] ?? 0), r.count, c.count - (c.counts[first] ?? 0), c.count));
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
            statistic = distance = test === 'jensenshannon' ? (0,_stats_js__WEBPACK_IMPORTED_MODULE_0__/* .jensenShannon */ .fy)(shares.ref, shares.cur, 2) : (0,_stats_js__WEBPACK_IMPORTED_MODULE_0__/* .psi */ .js)((0,_stats_js__WEBPACK_IMPORTED_MODULE_0__/* .fillZeros */ .Lc)(shares.ref), (0,_stats_js__WEBPACK_IMPORTED_MODULE_0__/* .fillZeros */ .Lc)(shares.cur));
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

/***/ 36587:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hc: () => (/* binding */ parseDataSchema),
/* harmony export */   RA: () => (/* binding */ stringifyDataSchema)
/* harmony export */ });
/* unused harmony exports COLUMN_TYPES, DRIFT_TESTS, SEVERITIES, columnRuleSchema, boundProblems, dataSchemaSchema */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33483);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(98476);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(16986);
/* harmony import */ var _config_yaml_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(61049);
/**
 * The data contract: a schema YAML (format documented in actions/validate-data/README.md),
 * parsed with `yaml` keeping line numbers and validated with zod. Errors name file:line.
 */




const COLUMN_TYPES = ['int', 'float', 'bool', 'string', 'category', 'datetime'];
const DRIFT_TESTS = ['ks', 'chisquare', 'z', 'wasserstein', 'jensenshannon', 'psi'];
const SEVERITIES = ['error', 'warning'];
const enumWithHint = (values, what) => zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(values, { error: (iss) => `unknown ${what} ${JSON.stringify(iss.input)}; use one of ${values.join(', ')}` });
const bound = zod__WEBPACK_IMPORTED_MODULE_3__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()], { error: (iss) => `must be a number, or ISO 8601 text for a datetime column, got ${JSON.stringify(iss.input)}` });
const driftOverride = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    test: zod__WEBPACK_IMPORTED_MODULE_3__/* .union */ .KCZ([enumWithHint(DRIFT_TESTS, 'drift test'), zod__WEBPACK_IMPORTED_MODULE_3__/* .literal */ .euz('none')]).optional(),
    threshold: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().positive().optional(),
})
    .strict();
const columnRuleSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    type: enumWithHint(COLUMN_TYPES, 'type').optional(),
    required: zod__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zMY().optional(),
    nullable: zod__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zMY().optional(),
    mostly: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().min(0).max(1).optional(),
    min: bound.optional(),
    max: bound.optional(),
    categories: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zMY()])).min(1).optional(),
    regex: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()
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
    unique: zod__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zMY().optional(),
    severity: enumWithHint(SEVERITIES, 'severity').optional(),
    drift: driftOverride.optional(),
    /** Informational, written by --infer. */
    distinct: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().nonnegative().optional(),
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
const policy = zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(['error', 'warning', 'ignore'], { error: (iss) => `must be error, warning or ignore, got ${JSON.stringify(iss.input)}` });
const dataSchemaSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    version: zod__WEBPACK_IMPORTED_MODULE_3__/* .literal */ .euz(1).optional(),
    rows: zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({ min: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().nonnegative().optional(), max: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().nonnegative().optional() })
        .strict()
        .refine((r) => r.min === undefined || r.max === undefined || r.min <= r.max, { path: ['min'], message: 'min is greater than max, so no dataset could pass; swap them' })
        .optional(),
    'duplicate-rows': policy.optional(),
    'unexpected-columns': policy.optional(),
    drift: zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
        share: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().gt(0).max(1).optional(),
        'sample-size': zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().min(100).max(10_000_000).optional(),
        seed: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().optional(),
        test: zod__WEBPACK_IMPORTED_MODULE_3__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_3__/* .literal */ .euz('auto'), enumWithHint(DRIFT_TESTS, 'drift test')]).optional(),
        /** Severity of the dataset-drift check (default warning). */
        severity: enumWithHint(SEVERITIES, 'severity').optional(),
    })
        .strict()
        .optional(),
    columns: zod__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), columnRuleSchema.nullable()).default({}),
})
    .strict();
/** Parse and validate schema text; `file` names it in messages. */
function parseDataSchema(text, file) {
    return (0,_config_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .parseYamlWithSchema */ .Ku)(text, file, dataSchemaSchema, {
        what: 'schema',
        syntaxHint: '; fix the syntax of the schema',
        spellingHint: '(see the validate-data README for the schema format)',
        checkRaw: (raw) => {
            if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__.UsageError(`${file}:1: a schema is a mapping with "columns:" (see the validate-data README)`);
        },
    });
}
/** Serialize a schema as YAML with a short header comment. */
function stringifyDataSchema(schema, header = []) {
    const head = header.map((h) => `# ${h}\n`).join('');
    return head + (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .stringify */ .As)(schema, { lineWidth: 0 });
}


/***/ }),

/***/ 98019:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  validateData: () => (/* binding */ validateData)
});

// UNUSED EXPORTS: inferSchema, nearlyNumericColumns

// EXTERNAL MODULE: ./src/io/fs.js
var fs = __webpack_require__(92907);
// EXTERNAL MODULE: ./src/io/atomic.js
var atomic = __webpack_require__(41217);
// EXTERNAL MODULE: ./src/data/nearly-numeric.js
var nearly_numeric = __webpack_require__(88115);
// EXTERNAL MODULE: ./src/errors.js
var src_errors = __webpack_require__(16986);
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
var memory = __webpack_require__(95531);
// EXTERNAL MODULE: ./src/data/drift.js
var data_drift = __webpack_require__(3089);
// EXTERNAL MODULE: ./src/data/profile.js
var data_profile = __webpack_require__(87739);
// EXTERNAL MODULE: ./src/data/schema.js
var data_schema = __webpack_require__(36587);
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
        const s = (0,data_profile/* summarizeColumn */.mk)(p, 1000);
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
    await (0,atomic.refuseOverwritingInputs)(['infer', opts.infer], inputs);
    const schema = opts.schema ? (0,data_schema/* parseDataSchema */.Hc)(await (0,fs/* readText */.yR)(opts.schema), opts.schema) : undefined;
    const sampleSize = schema?.drift?.['sample-size'] ?? 50_000;
    const seed = schema?.drift?.seed ?? 1;
    const maxExamples = opts.maxExamples ?? 20;
    let profile = await (0,data_profile/* profileDataset */.o2)(opts.data, {
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
    const columns = profile.profilers.map((p) => (0,data_profile/* summarizeColumn */.mk)(p));
    const kinds = driftKinds(schema);
    const currentSummary = opts.reference ? (0,data_drift/* summarizeDataset */.eV)(profile, kinds) : undefined;
    if (opts.infer) {
        // Numeric columns with a few bad cells: the contract would say float, so the cells are errors.
        const bad = nearlyNumericColumns(profile).filter((c) => !schema?.columns[c.column]?.type);
        if (bad.length > 0)
            throw new src_errors.UsageError((0,nearly_numeric/* formatBadNumericCells */.H1)(opts.data, bad, 'declare the column\'s type in a schema passed with --schema (e.g. type: category) if it really is text'));
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
        const refProfile = await (0,data_profile/* profileDataset */.o2)(opts.reference, { format: opts.format, sampleSize, seed, onProgress: opts.progress?.(opts.reference) });
        reference = { path: opts.reference, rows: refProfile.rows };
        const refSummary = (0,data_drift/* summarizeDataset */.eV)(refProfile, kinds);
        const driftOpts = { share: schema?.drift?.share, test: schema?.drift?.test, columns: {} };
        for (const [name, rule] of Object.entries(schema?.columns ?? {}))
            if (rule?.drift)
                driftOpts.columns[name] = rule.drift;
        drift = (0,data_drift/* compareDrift */.pT)(refSummary, currentSummary, driftOpts);
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
        await (0,fs.writeText)(opts.infer, (0,data_schema/* stringifyDataSchema */.RA)(inferred, [
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

/***/ 41217:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zf: () => (/* binding */ writeFileAtomic),
/* harmony export */   openAtomicWriter: () => (/* binding */ openAtomicWriter),
/* harmony export */   refuseOverwritingInputs: () => (/* binding */ refuseOverwritingInputs),
/* harmony export */   u1: () => (/* binding */ checkDirReplaceable),
/* harmony export */   y$: () => (/* binding */ writeDirAtomic)
/* harmony export */ });
/* unused harmony exports ioFailure, isSameFile */
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__.UsageError(`${outLabel} ${outPath} is the input file ${label} ${path}; writing there would destroy it. Pass another output file`);
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
/* harmony export */   writeText: () => (/* binding */ writeText),
/* harmony export */   yR: () => (/* binding */ readText),
/* harmony export */   zO: () => (/* binding */ readChunks)
/* harmony export */ });
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
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(path, 'utf8');
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__.UsageError(fsMessage(path, err, 'read the file'));
    }
}
/** Write a text file, creating its folder: through a temporary sibling renamed into place (src/io/atomic.ts). */
async function writeText(path, text) {
    await (0,_atomic_js__WEBPACK_IMPORTED_MODULE_3__/* .writeFileAtomic */ .Zf)(path, text);
}


/***/ }),

/***/ 95531:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ releaseMemory),
/* harmony export */   i: () => (/* binding */ collectGarbage)
/* harmony export */ });
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(78877);
/* harmony import */ var node_vm__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(30714);
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
            (0,node_v8__WEBPACK_IMPORTED_MODULE_0__.setFlagsFromString)('--expose-gc');
            try {
                exposed = (0,node_vm__WEBPACK_IMPORTED_MODULE_1__.runInNewContext)('gc');
            }
            finally {
                (0,node_v8__WEBPACK_IMPORTED_MODULE_0__.setFlagsFromString)('--no-expose-gc');
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
