export const id = 47;
export const ids = [47,587];
export const modules = {

/***/ 36587:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   stringifyDataSchema: () => (/* binding */ stringifyDataSchema)
/* harmony export */ });
/* unused harmony exports COLUMN_TYPES, DRIFT_TESTS, SEVERITIES, columnRuleSchema, boundProblems, dataSchemaSchema, parseDataSchema */
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
    return parseYamlWithSchema(text, file, dataSchemaSchema, {
        what: 'schema',
        syntaxHint: '; fix the syntax of the schema',
        spellingHint: '(see the validate-data README for the schema format)',
        checkRaw: (raw) => {
            if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
                throw new UsageError(`${file}:1: a schema is a mapping with "columns:" (see the validate-data README)`);
        },
    });
}
/** Serialize a schema as YAML with a short header comment. */
function stringifyDataSchema(schema, header = []) {
    const head = header.map((h) => `# ${h}\n`).join('');
    return head + (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .stringify */ .As)(schema, { lineWidth: 0 });
}


/***/ }),

/***/ 97047:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  inferSchema: () => (/* binding */ inferSchema),
  nearlyNumericColumns: () => (/* binding */ nearlyNumericColumns)
});

// UNUSED EXPORTS: validateData

// EXTERNAL MODULE: ./src/io/fs.js
var fs = __webpack_require__(92907);
// EXTERNAL MODULE: ./src/io/atomic.js
var atomic = __webpack_require__(41217);
// EXTERNAL MODULE: ./src/errors.js
var errors = __webpack_require__(16986);
// EXTERNAL MODULE: ./src/data/stats.js
var stats = __webpack_require__(18385);
;// CONCATENATED MODULE: ./src/data/drift.js

const NEW_CATEGORIES_SHOWN = 20;
const DEFAULT_THRESHOLDS = { ks: 0.05, chisquare: 0.05, z: 0.05, wasserstein: 0.1, jensenshannon: 0.1, psi: 0.1 };
const P_VALUE_TESTS = new Set(['ks', 'chisquare', 'z']);
/** Reduce a profile to the serializable summary used for drift. `kinds` overrides the inferred kind per column. */
function drift_summarizeDataset(profile, kinds = {}) {
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
/** Shares per bin for JS/PSI: by value when the reference has ≤ 20 values (or the column is categorical), else Sturges bins. */
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
    const rule = isP ? `p < ${threshold}` : `distance ≥ ${threshold}`;
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
function drift_compareDrift(reference, current, opts = {}) {
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

// EXTERNAL MODULE: ./src/data/profile.js
var data_profile = __webpack_require__(87739);
// EXTERNAL MODULE: ./src/data/schema.js
var schema = __webpack_require__(36587);
;// CONCATENATED MODULE: ./src/data/validate.js
/**
 * The validate-data stage: profile the data (one streaming pass) with the schema's rules, check
 * the contract, compare with a reference for drift, optionally infer a schema; returns the JSON
 * report. The CLI and the action call `validateData` and only differ in how they present it.
 */









/** Build a schema from a profile: types, nullability, ranges, categories (≤ 50), uniqueness. */
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
/** Columns inferred numeric (≥ NEARLY_NUMERIC_SHARE numbers) that still hold cells that are not numbers. */
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
    await refuseOverwritingInputs(['infer', opts.infer], inputs);
    const schema = opts.schema ? parseDataSchema(await readText(opts.schema), opts.schema) : undefined;
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
    });
    const checks = evaluateChecks(profile, schema);
    const columns = profile.profilers.map((p) => summarizeColumn(p));
    const kinds = driftKinds(schema);
    const currentSummary = opts.reference ? summarizeDataset(profile, kinds) : undefined;
    if (opts.infer) {
        // Numeric columns with a few bad cells: the contract would say float, so the cells are errors.
        const bad = nearlyNumericColumns(profile).filter((c) => !schema?.columns[c.column]?.type);
        if (bad.length > 0)
            throw new UsageError(formatBadNumericCells(opts.data, bad, 'declare the column\'s type in a schema passed with --schema (e.g. type: category) if it really is text'));
    }
    const inferred = opts.infer ? inferSchema(profile) : undefined;
    const data = { path: opts.data, format: profile.format, rows: profile.rows, columns: profile.columns, linesAreRecords: profile.linesAreRecords };
    const anySampled = profile.profilers.some((p) => p.reservoir && !p.reservoir.exact);
    // Nothing below needs the profile itself: its hashes and dictionaries can go before the reference is read.
    profile = undefined;
    if (opts.reference)
        collectGarbage('major');
    let drift;
    let reference;
    if (opts.reference && currentSummary) {
        const refProfile = await profileDataset(opts.reference, { format: opts.format, sampleSize, seed });
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
        await writeText(opts.infer, stringifyDataSchema(inferred, [
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
                ? `numeric columns with more than ${sampleSize} values are summarized by a seeded uniform sample of ${sampleSize}: quantiles within ±${(300 * Math.sqrt(0.25 / sampleSize)).toFixed(2)}% rank (3σ); drift tests on those columns use the samples`
                : 'every value was used: quantiles and drift statistics are exact',
        },
    };
}


/***/ })

};
