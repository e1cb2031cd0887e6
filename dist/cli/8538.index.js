export const id = 8538;
export const ids = [8538];
export const modules = {

/***/ 80970:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M8: () => (/* binding */ deltaLineage),
/* harmony export */   ro: () => (/* binding */ describeDeltaLineage)
/* harmony export */ });
/* unused harmony export isDeltaSource */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var _table_ref_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70047);
/**
 * What lineage records for a Delta table: its id, the version read, that commit's timestamp and
 * operation, the live row count (from stats) and a digest of the snapshot's file list (path,
 * size, deletion vector), so "which data trained this model" is answered exactly and replayable
 * with `path@v<version>`.
 */


/** Whether a data path is read as a Delta table. */
function isDeltaSource(path, format) {
    return format === 'delta' || (format === undefined && ((0,_table_ref_js__WEBPACK_IMPORTED_MODULE_1__/* .hasDeltaPin */ .C7)(path) || (0,_table_ref_js__WEBPACK_IMPORTED_MODULE_1__/* .isDeltaTable */ .r4)(path)));
}
/**
 * Lineage of a Delta data path (undefined when the path is not a Delta table): the record and a
 * sha256 over the snapshot's version and sorted (path, size, deletion vector) list.
 */
async function deltaLineage(path, format) {
    if (!isDeltaSource(path, format))
        return undefined;
    const { openDeltaTable, describeSnapshot } = await __webpack_require__.e(/* import() */ 6934).then(__webpack_require__.bind(__webpack_require__, 66934));
    const s = await openDeltaTable(path);
    const d = describeSnapshot(s);
    const h = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    h.update(`delta ${s.tableId} v${s.version}\n`);
    for (const f of s.files) {
        const dv = f.deletionVector;
        h.update(`${f.logPath}\t${f.size}\t${dv ? `${dv.storageType}${dv.pathOrInlineDv}@${dv.offset ?? ''}` : ''}\n`);
    }
    return {
        delta: { 'table-id': d.tableId, version: d.version, 'commit-timestamp': d.commitTimestamp, operation: d.operation, rows: d.rows, files: d.files },
        sha256: h.digest('hex'),
    };
}
/** One line naming a Delta source, e.g. for the gate comment. */
function describeDeltaLineage(path, d) {
    return `${path}: Delta table ${d['table-id']} version ${d.version}${d['commit-timestamp'] ? `, committed ${d['commit-timestamp']}` : ''}${d.operation ? ` by ${d.operation}` : ''}`;
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

/***/ 18538:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  trainAndWriteBundle: () => (/* binding */ trainAndWriteBundle)
});

// UNUSED EXPORTS: BUNDLE_OUT, EVAL_CHUNK, EXACT_MAX_ROWS, HIGHER_IS_BETTER, asText, badCell, binRows, binTrainRows, dvcMd5, encodeTarget, encodeTargetColumn, evaluate, fitModel, foldLabels, groupLists, growBinned, growModel, holdoutSplit, holdoutSplitIndex, keyOrder, labelOf, mapRows, notFinite, numericTarget, pickRows, predictRows, preprocessOptions, preprocessTrain, presentTargetRows, renderMetricsMarkdown, scoreColumns, sortClasses, stratifiedFolds, stratifiedFoldsIndex, targetOf, trainRowsOf, transformOrThrow, treeDepth

// EXTERNAL MODULE: ./src/io/fs.js
var fs = __webpack_require__(92907);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/io/atomic.js
var atomic = __webpack_require__(41217);
// EXTERNAL MODULE: ../../node_modules/yaml/dist/index.js
var dist = __webpack_require__(33483);
// EXTERNAL MODULE: ./src/errors.js
var errors = __webpack_require__(16986);
// EXTERNAL MODULE: ./src/data/table.js + 5 modules
var table = __webpack_require__(37254);
// EXTERNAL MODULE: ./src/data/profile.js
var profile = __webpack_require__(87739);
// EXTERNAL MODULE: ./src/data/missing.js
var missing = __webpack_require__(63146);
// EXTERNAL MODULE: ./src/data/nearly-numeric.js
var nearly_numeric = __webpack_require__(88115);
// EXTERNAL MODULE: ./src/data/schema.js
var schema = __webpack_require__(36587);
;// CONCATENATED MODULE: ./src/data/schema-infer.js




const INT_TEXT = /^[+-]?\d+$/;
const lowerBool = (v) => {
    const s = v.toLowerCase();
    return s === 'true' || s === 'false';
};
/** Evidence of one column, replayed in row order. */
class Evidence {
    present = 0;
    missing = 0;
    numCount = 0;
    maybeNum = true;
    numInt = true;
    maybeBool = true;
    maybeDate = true;
    min = Number.POSITIVE_INFINITY;
    max = Number.NEGATIVE_INFINITY;
    minStr;
    maxStr;
    numCounts = new Map();
    textCounts = new Map();
    repeated = false;
    /** Whether a cell that parses as a number is still taken as one (ColumnProfiler.addCell). */
    gate() {
        return this.maybeNum || 100 * (this.present - this.numCount) <= this.present + 1000;
    }
    number(x, intText, times = 1) {
        this.present += times;
        this.numCount += times;
        this.maybeBool = false;
        this.maybeDate = false;
        if (!intText || x % 1 !== 0)
            this.numInt = false;
        if (x < this.min)
            this.min = x;
        if (x > this.max)
            this.max = x;
        const nc = this.numCounts;
        if (nc !== null) {
            const k = x === 0 ? 0 : x;
            const c = nc.get(k) ?? 0;
            if (c > 0 || times > 1)
                this.repeated = true;
            nc.set(k, c + times);
            if (nc.size > profile/* DISTINCT_CAP */.WF)
                this.numCounts = null;
        }
    }
    text(t, times = 1) {
        this.present += times;
        this.maybeNum = false;
        if (this.maybeBool && !lowerBool(t))
            this.maybeBool = false;
        if (this.maybeDate) {
            if (profile/* DATE_RE */.n4.test(t)) {
                if (this.minStr === undefined || t < this.minStr)
                    this.minStr = t;
                if (this.maxStr === undefined || t > this.maxStr)
                    this.maxStr = t;
            }
            else
                this.maybeDate = false;
        }
        const tc = this.textCounts;
        if (tc !== null) {
            const c = tc.get(t) ?? 0;
            if (c > 0 || times > 1)
                this.repeated = true;
            tc.set(t, c + times);
            if (tc.size > profile/* DISTINCT_CAP */.WF)
                this.textCounts = null;
        }
    }
    summary() {
        const n = this.present;
        let counts = null;
        const textCells = n - this.numCount;
        if (!(textCells > 0 && this.textCounts === null) && !(this.numCount > 0 && this.numCounts === null)) {
            counts = new Map(this.textCounts ?? []);
            for (const [x, c] of this.numCounts ?? [])
                counts.set(String(x), (counts.get(String(x)) ?? 0) + c);
            if (counts.size > profile/* DISTINCT_CAP */.WF)
                counts = null;
        }
        let type;
        if (n === 0)
            type = 'string';
        else if (this.maybeNum && this.numCount === n)
            type = this.numInt ? 'int' : 'float';
        else if ((0,nearly_numeric/* isNearlyNumeric */.pR)(this.numCount, n))
            type = this.numInt ? 'int' : 'float';
        else if (this.maybeBool)
            type = 'bool';
        else if (this.maybeDate)
            type = 'datetime';
        else if (counts !== null && counts.size <= profile/* CATEGORY_MAX */._4 && counts.size * 2 <= n)
            type = 'category';
        else
            type = 'string';
        return { type, missing: this.missing, nonMissing: n, numCount: this.numCount, min: this.min, max: this.max, minStr: this.minStr, maxStr: this.maxStr, counts, unique: !this.repeated };
    }
}
function summarize(col, nc) {
    const ev = new Evidence();
    if (col.kind === 'number' && col.other.size === 0) {
        // Only canonical numbers and missing cells: the gate never closes (no text cell), so the
        // replay is a tight loop (value counts only until they pass DISTINCT_CAP).
        const v = col.values;
        let lo = Number.POSITIVE_INFINITY;
        let hi = Number.NEGATIVE_INFINITY;
        let present = 0;
        let numInt = true;
        for (let r = 0; r < v.length; r++) {
            const x = v[r];
            if (x !== x)
                continue;
            present++;
            if (x < lo)
                lo = x;
            if (x > hi)
                hi = x;
            if (numInt && !(Number.isInteger(x) && Math.abs(x) < 1e21))
                numInt = false;
        }
        ev.missing = v.length - present;
        ev.present = present;
        ev.numCount = present;
        ev.min = lo;
        ev.max = hi;
        ev.numInt = numInt;
        if (present > 0) {
            ev.maybeBool = false;
            ev.maybeDate = false;
        }
        // Counted in typed arrays (no Map entry or boxed number per value: at 1M rows \u00d7 20 columns the
        // Map's entries were promoted by the scavenger and doubled V8's young generation), one table
        // for every column (a fresh one per column left ~5 MB of grown tables behind at 21 columns).
        nc.clear();
        for (let r = 0; r < v.length; r++) {
            const x = v[r];
            if (x !== x)
                continue;
            if (nc.add(x, profile/* DISTINCT_CAP */.WF + 1) > 0)
                ev.repeated = true;
            if (nc.size > profile/* DISTINCT_CAP */.WF)
                break;
        }
        if (nc.size > profile/* DISTINCT_CAP */.WF)
            ev.numCounts = null;
        else {
            const counts = new Map();
            nc.forEach((x, c) => counts.set(x, c));
            ev.numCounts = counts;
        }
    }
    else if (col.kind === 'number') {
        const v = col.values;
        const other = col.other;
        const n = v.length;
        for (let r = 0; r < n; r++) {
            const x = v[r];
            const t = other.size > 0 ? other.get(r) : undefined;
            if (t === undefined) {
                if (x !== x) {
                    ev.missing++;
                    continue;
                }
                // Canonical text (String(x)): integer text iff an integer below 1e21.
                if (ev.gate()) {
                    ev.number(x, Number.isInteger(x) && Math.abs(x) < 1e21);
                }
                else
                    ev.text(String(x));
                continue;
            }
            const y = ev.gate() ? (0,profile/* parseNumberText */.ke)(t) : Number.NaN;
            if (y === y) {
                ev.number(y, INT_TEXT.test(t));
            }
            else if ((0,missing/* isMissingText */.wF)(t))
                ev.missing++;
            else
                ev.text(t);
        }
    }
    else {
        const dict = col.dict;
        const num = Float64Array.from(dict, (t) => (0,profile/* parseNumberText */.ke)(t));
        const intText = Uint8Array.from(dict, (t, k) => (num[k] === num[k] && INT_TEXT.test(t) && num[k] % 1 === 0 ? 1 : 0));
        const miss = Uint8Array.from(dict, (t) => ((0,missing/* isMissingText */.wF)(t) ? 1 : 0));
        const codes = col.codes;
        for (let r = 0; r < codes.length; r++) {
            const k = codes[r];
            if (k < 0 || miss[k] === 1) {
                ev.missing++;
                continue;
            }
            const x = num[k];
            if (x === x && ev.gate()) {
                ev.number(x, intText[k] === 1);
            }
            else
                ev.text(dict[k]);
        }
    }
    const s = ev.summary();
    // Past DISTINCT_CAP the counts cannot see repeats: check exactly where `unique` would be written.
    if (s.unique && s.type !== 'float' && s.type !== 'bool' && s.nonMissing > 1 && (ev.numCounts === null || ev.textCounts === null))
        s.unique = !hasRepeats(col);
    return s;
}
/** Whether two present cells of a column hold the same value (numbers by value, texts by text). */
function hasRepeats(col) {
    if (col.kind === 'text') {
        const seen = new Uint8Array(col.dict.length);
        for (let r = 0; r < col.codes.length; r++) {
            const k = col.codes[r];
            if (k < 0)
                continue;
            if (seen[k] === 1)
                return true;
            seen[k] = 1;
        }
        return false;
    }
    const v = col.values;
    let n = 0;
    for (let r = 0; r < v.length; r++)
        if (v[r] === v[r])
            n++;
    const a = new Float64Array(n);
    for (let r = 0, j = 0; r < v.length; r++)
        if (v[r] === v[r])
            a[j++] = v[r];
    a.sort();
    for (let i = 1; i < n; i++)
        if (a[i] === a[i - 1])
            return true;
    const texts = new Set();
    for (const [r, t] of col.other) {
        if (v[r] === v[r] || (0,missing/* isMissingText */.wF)(t))
            continue;
        if (texts.has(t))
            return true;
        texts.add(t);
    }
    return false;
}
/** The data contract of a table, as `cd4ml validate --infer` would write it for the same file. */
function inferSchemaOf(table, categorical = []) {
    const columns = {};
    const counts = new profile/* NumberCounts */.s3();
    table.names.forEach((name, j) => {
        const s = summarize(table.columns[j], counts);
        const rule = { type: s.type, nullable: s.missing > 0 };
        if (s.numCount > 0 && (s.type === 'int' || s.type === 'float')) {
            rule.min = s.min;
            rule.max = s.max;
        }
        if (s.type === 'datetime' && s.minStr !== undefined && s.maxStr !== undefined) {
            rule.min = s.minStr;
            rule.max = s.maxStr;
        }
        if (s.type === 'category' && s.counts) {
            rule.categories = [...s.counts.entries()]
                .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
                .slice(0, 1000)
                .map(([v]) => v)
                .sort();
        }
        if (s.unique && s.type !== 'float' && s.type !== 'bool' && s.nonMissing > 1)
            rule.unique = true;
        if (s.counts !== null)
            rule.distinct = s.counts.size;
        // A column listed under train.categorical whose values are mostly numbers is text to the model:
        // the contract must accept its text values too (serving validates requests against it).
        if ((s.type === 'int' || s.type === 'float') && s.numCount < s.nonMissing && categorical.includes(name)) {
            columns[name] = { type: 'string', nullable: rule.nullable, ...(rule.distinct !== undefined ? { distinct: rule.distinct } : {}) };
            return;
        }
        columns[name] = rule;
    });
    return { version: 1, rows: { min: 1 }, 'unexpected-columns': 'error', columns };
}
/** schema.yml text of the training table (train's bundle). */
function inferSchemaYamlOf(table, path, categorical = []) {
    return (0,schema/* stringifyDataSchema */.RA)(inferSchemaOf(table, categorical), [`inferred by cd4ml train from ${path}`]);
}

// EXTERNAL MODULE: ./src/data/delta/lineage.js
var delta_lineage = __webpack_require__(80970);
// EXTERNAL MODULE: ./src/model/metrics.js
var metrics = __webpack_require__(17066);
// EXTERNAL MODULE: ./src/model/columnar.js
var columnar = __webpack_require__(1686);
// EXTERNAL MODULE: ./src/model/bundle.js + 2 modules
var bundle = __webpack_require__(17996);
// EXTERNAL MODULE: ./src/model/rng.js
var rng = __webpack_require__(4258);
// EXTERNAL MODULE: ./src/report/markdown.js
var markdown = __webpack_require__(80231);
;// CONCATENATED MODULE: ./src/model/card.js
/**
 * MODEL_CARD.md: intended use, data, training parameters, metrics, per-class table and the
 * feature importances as a Mermaid bar chart. Deterministic text (no timestamp). Everything that
 * came from data or settings (column names, classes, paths) goes through src/report/markdown.ts's
 * escapers, so a value cannot inject HTML, mentions, links or Mermaid directives.
 */

const f4 = (x) => (x === null || x === undefined ? '\u2014' : Number.isInteger(x) ? String(x) : x.toFixed(4));
/** User text (intended use) as inert text, its line breaks kept. */
const escapeLines = (s) => s.split(/\r?\n/).map(markdown/* escapeMarkdown */.FV).join('\n');
function renderModelCard(c) {
    const s = c.settings;
    const out = [];
    out.push(`# Model card: ${(0,markdown/* escapeMarkdown */.FV)(s.target)} (${c.task})`, '');
    out.push('## Intended use', '', s.intendedUse !== undefined ? escapeLines(s.intendedUse) : `Predict ${(0,markdown/* code */.aY)(s.target)} from ${c.features.length} input columns of tabular data like the training data. Not validated for data outside the training ranges (see schema.yml) or for decisions without human review.`, '');
    out.push('## Model', '', `- ${s.model === 'forest' ? 'Random forest of CART trees' : 'CART decision tree'} in ml-cart JSON format (model.json), max depth ${s.maxDepth}`);
    out.push(`- Headline metric: **${c.headline.name} = ${f4(c.headline.value)}** on the holdout`, `- Trained by cd4ml ${(0,markdown/* escapeMarkdown */.FV)(c.lineage.tool.version)}${c.lineage.git.head ? ` at commit ${(0,markdown/* code */.aY)(c.lineage.git.head)}` : ''}`, '');
    out.push('## Data', '', `- Training rows: ${c.rows.train}; evaluation rows: ${c.rows.test}${c.rows['dropped-missing-target'] ? `; rows without a target dropped: ${c.rows['dropped-missing-target']}` : ''}`);
    for (const d of c.lineage.data)
        out.push(`- ${(0,markdown/* code */.aY)(d.path, 300)} sha256 ${(0,markdown/* code */.aY)(d.sha256)}${d['dvc-md5'] ? ` (DVC md5 ${(0,markdown/* code */.aY)(d['dvc-md5'])})` : ''}`);
    for (const d of c.lineage.data)
        if (d.delta)
            out.push(`- ${(0,markdown/* code */.aY)(d.path, 300)} is Delta table ${(0,markdown/* code */.aY)(d.delta['table-id'])} at version ${d.delta.version}${d.delta['commit-timestamp'] ? ` (committed ${(0,markdown/* escapeMarkdown */.FV)(d.delta['commit-timestamp'])}${d.delta.operation ? ` by ${(0,markdown/* escapeMarkdown */.FV)(d.delta.operation)}` : ''})` : ''}; replay with ${(0,markdown/* code */.aY)(`@v${d.delta.version}`)}`);
    out.push(`- Input columns: ${c.features.map((f) => (0,markdown/* code */.aY)(f)).join(', ')}`);
    if (c.classes)
        out.push(`- Classes: ${c.classes.map((x) => (0,markdown/* code */.aY)(x)).join(', ')}`);
    out.push('', '## Metrics (holdout)', '', '| metric | value |', '|---|---|');
    const names = c.task === 'classification' ? ['accuracy', 'balanced_accuracy', 'f1_macro', 'f1_weighted', 'roc_auc', 'log_loss'] : ['mae', 'rmse', 'r2', 'mape'];
    for (const n of names)
        out.push(`| ${n} | ${f4(c.metrics[n])} |`);
    if (c.cv) {
        out.push('', `Cross-validation (${c.cv.folds} folds, mean \u00b1 std): ` + Object.entries(c.cv).filter(([k]) => k !== 'folds').map(([k, v]) => `${k} ${f4(v.mean)} \u00b1 ${f4(v.std)}`).join('; '));
    }
    if (c.task === 'classification') {
        const m = c.metrics;
        out.push('', '### Per class', '', '| class | precision | recall | f1 | support |', '|---|---|---|---|---|');
        for (const p of m.per_class)
            out.push(`| ${(0,markdown/* escapeCell */.kq)(p.class)} | ${f4(p.precision)} | ${f4(p.recall)} | ${f4(p.f1)} | ${p.support} |`);
    }
    if (c.search)
        out.push('', c.search.trimEnd());
    const top = [...c.importances].sort((a, b) => b.importance - a.importance || (a.feature < b.feature ? -1 : 1)).slice(0, 10);
    out.push('', '## Feature importance', '', 'Impurity-based (like sklearn `feature_importances_`), top 10:', '');
    out.push((0,markdown/* mermaidBarChart */.lj)({ title: 'Feature importance', labels: top.map((t) => t.feature), values: top.map((t) => t.importance), yLabel: 'importance', yMax: 1 }));
    out.push('## Limitations', '', '- A single tree is sensitive to the training sample; compare candidates with the evaluate-gate on the same holdout rows (holdout.jsonl).', '- Unknown categories at serving time are encoded as "none of the known categories".', '');
    return out.join('\n');
}

// EXTERNAL MODULE: ./src/model/search.js
var model_search = __webpack_require__(59991);
// EXTERNAL MODULE: ./src/model/fit.js
var model_fit = __webpack_require__(47472);
;// CONCATENATED MODULE: ./src/model/search-run.js
/**
 * A whole search on the training split: candidates, rounds (halving), shards and merging, and the
 * record that goes into metrics.json / params.json (`search`). The holdout never takes part.
 */



const SHARD_FILE = 'search-shard.json';
/** Checks that do not need the data: the space, the method and the folds. */
function planSearch(s) {
    const full = (0,model_search/* readSearchSpace */.tu)(s.search ?? {});
    // A hyperparameter also given as a value (train.max-depth, --max-depth, input) is pinned to it:
    // the search varies the others (a PR that sets max-depth gets that depth).
    const pinned = full.filter(([n]) => s.pinned?.[n] !== undefined).map(([n]) => n);
    const space = full.filter(([n]) => !pinned.includes(n));
    if (space.length === 0)
        throw new errors.UsageError(`search: every searched hyperparameter (${pinned.join(', ')}) is also given a value, so there is nothing to search; remove the value(s) or the search`);
    if (s.cvFolds < 2) {
        throw new errors.UsageError(s.testData
            ? `a search with test-data still selects on folds of the training data (test-data is the holdout and never takes part); cv-folds is ${s.cvFolds}: set cv-folds to 2 or more (default 5) or drop search`
            : `a search selects on cross-validation folds; cv-folds is ${s.cvFolds}: set cv-folds to 2 or more (default 5) or drop search`);
    }
    if (s.shard && s.searchMethod === 'halving')
        throw new errors.UsageError(`shard: search-method halving needs every candidate's scores before its next round and cannot be sharded; use grid or random with --shard / input "shard"`);
    return { space, candidates: (0,model_search/* enumerateCandidates */.f6)(space, s.searchMethod, s.searchTrials, s.seed), pinned };
}
const METRICS = {
    classification: ['accuracy', 'balanced_accuracy', 'precision_macro', 'recall_macro', 'f1_macro', 'precision_weighted', 'recall_weighted', 'f1_weighted', 'roc_auc', 'log_loss'],
    regression: ['mae', 'mse', 'rmse', 'r2', 'mape'],
};
/** The metric the search scores on must exist for the task. */
function checkMetric(task, metric) {
    if (!METRICS[task].includes(metric))
        throw new errors.UsageError(`metric "${metric}" is not available for ${task}; choose one of ${METRICS[task].join(', ')} (train.metric / --metric / input "metric")`);
}
/** Folds against the training split: every class needs at least one row per fold. */
function checkFolds(s, task, train) {
    const k = s.cvFolds;
    if (train.idx.length < 2 * k)
        throw new errors.UsageError(`${s.data}: ${train.idx.length} training rows are too few for ${k}-fold cross-validation; lower cv-folds`);
    if (task !== 'classification')
        return;
    const counts = new Map();
    for (const l of (0,model_fit/* foldLabels */.vH)(train))
        counts.set(l, (counts.get(l) ?? 0) + 1);
    const [cls, n] = [...counts].sort((a, b) => a[1] - b[1])[0];
    if (n < k)
        throw new errors.UsageError(`${s.data}: cv-folds is ${k} but class "${cls}" has only ${n} training rows, fewer than the folds (stratified folds need a row of each class per fold); lower cv-folds to ${Math.max(2, n)} or add rows`);
}
/** Evaluate the candidates (all, or one shard's), halving included. */
async function evaluateSearch(s, job, candidates, run, shard) {
    const n = job.train.idx.length;
    if (s.searchMethod !== 'halving') {
        const indexes = shard ? (0,model_search/* shardOf */.IS)(candidates.length, shard) : candidates.map((_, i) => i);
        const tasks = indexes.map((i) => ({ index: i, params: candidates[i], iteration: 0, resources: n }));
        return { results: await run(job, tasks) };
    }
    const k = job.classes?.length ?? 1;
    // sklearn's smallest min_resources: 2 \u00b7 folds \u00b7 classes rows (2 \u00b7 folds for regression).
    const schedule = (0,model_search/* halvingSchedule */.Hx)(candidates.length, n, 2 * s.cvFolds * k);
    let alive = candidates.map((_, i) => i);
    const results = [];
    const rounds = [];
    for (let it = 0; it < schedule.length; it++) {
        const { resources } = schedule[it];
        const next = it + 1 < schedule.length ? { resources: schedule[it + 1].resources } : undefined;
        const out = await run(job, alive.map((i) => ({ index: i, params: candidates[i], iteration: it, resources })), next);
        results.push(...out);
        rounds.push({ iteration: it, resources: out[0]?.resources ?? resources, candidates: alive.length });
        if (it + 1 < schedule.length) {
            const keep = Math.max(1, Math.ceil(alive.length / 3));
            alive = [...out].sort((0,model_search/* compareResults */.ex)(higherIsBetter(job.metric))).slice(0, keep).map((r) => r.index).sort((a, b) => a - b);
        }
    }
    return { results, rounds };
}
const HIGHER = new Set(['accuracy', 'balanced_accuracy', 'precision_macro', 'recall_macro', 'f1_macro', 'precision_weighted', 'recall_weighted', 'f1_weighted', 'roc_auc', 'r2']);
const higherIsBetter = (metric) => HIGHER.has(metric);
/** Choose among the results and build the record (ranks within the final round). */
function recordSearch(s, space, metric, results, rounds, pinned = []) {
    const last = Math.max(...results.map((r) => r.iteration));
    const final = results.filter((r) => r.iteration === last);
    for (const r of results)
        if (!Number.isFinite(r.mean))
            throw new errors.UsageError(`search: metric "${metric}" could not be computed on the folds (candidate ${r.index}); choose another metric or more rows`);
    const hib = higherIsBetter(metric);
    const best = (0,model_search/* selectBest */.lJ)(final, hib, s.oneSe);
    const ranked = [...final].sort((0,model_search/* compareResults */.ex)(hib));
    const rank = new Map(ranked.map((r, i) => [r.index, i + 1]));
    const sorted = [...results].sort((a, b) => a.iteration - b.iteration || a.index - b.index);
    return {
        method: s.searchMethod,
        metric,
        higher_is_better: hib,
        cv_folds: s.cvFolds,
        one_se: s.oneSe,
        seed: s.seed,
        space: Object.fromEntries(space.map(([n, d]) => [n, d.kind === 'list' ? d.values : `${d.kind} ${d.lo}..${d.hi}`])),
        ...(pinned.length ? { pinned: Object.fromEntries(pinned.map((n) => [n, s.pinned[n]])) } : {}),
        main_param: (0,model_search/* mainParam */.Tn)(space) ?? null,
        candidates: sorted.map((r) => ({ ...r, rank: r.iteration === last ? rank.get(r.index) : 0 })),
        best: { index: best.index, params: best.params, mean: best.mean, std: best.std },
        ...(rounds ? { rounds } : {}),
    };
}
/** Merge shard files: one fingerprint, every shard of one count exactly once. */
function mergeShards(files, fingerprint, nCandidates) {
    if (files.length === 0)
        throw new errors.UsageError(`merge-search: no ${SHARD_FILE} found; pass the folders the shards wrote (--merge-search DIR, repeatable)`);
    const count = files[0].shard.shard.count;
    const seen = new Map();
    for (const { path, shard } of files) {
        if (shard.fingerprint !== fingerprint)
            throw new errors.UsageError(`merge-search: ${path} was written for other data or settings (fingerprint ${shard.fingerprint.slice(0, 12)}, this run ${fingerprint.slice(0, 12)}); run every shard and the merge with the same cd4ml.yml, flags and data`);
        if (shard.shard.count !== count)
            throw new errors.UsageError(`merge-search: ${path} is shard ${shard.shard.index}/${shard.shard.count}, others are of ${count}; merge the shards of one run`);
        if (seen.has(shard.shard.index))
            throw new errors.UsageError(`merge-search: shard ${shard.shard.index}/${count} appears twice (${seen.get(shard.shard.index)} and ${path}); pass each shard once`);
        seen.set(shard.shard.index, path);
    }
    const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !seen.has(i));
    if (missing.length > 0)
        throw new errors.UsageError(`merge-search: shard ${missing.map((m) => `${m}/${count}`).join(', ')} missing; pass the folders of all ${count} shards`);
    const results = files.flatMap((f) => f.shard.results).sort((a, b) => a.index - b.index);
    if (results.length !== nCandidates || results.some((r, i) => r.index !== i))
        throw new errors.UsageError(`merge-search: the shards hold ${results.length} results for ${nCandidates} candidates; re-run the shards with the same settings`);
    return results;
}


// EXTERNAL MODULE: ./src/model/search-eval.js + 1 modules
var search_eval = __webpack_require__(37624);
;// CONCATENATED MODULE: ./src/model/search-report.js
/**
 * The search in Markdown (model card and train job summary): the chosen params, every candidate
 * of the final round, and a Mermaid validation curve \u2014 mean CV score and training score against
 * the main hyperparameter (best candidate per value). Data values go through src/report/markdown.ts.
 */

const search_report_f4 = (x) => (x === null || x === undefined || !Number.isFinite(x) ? '\u2014' : Number.isInteger(x) ? String(x) : x.toFixed(4));
/** At most this many rows in the table (best first); metrics.json holds every one. */
const MAX_ROWS = 50;
function renderSearchMarkdown(r, heading = '##') {
    const out = [];
    const names = Object.keys(r.space);
    const last = Math.max(...r.candidates.map((c) => c.iteration));
    const final = r.candidates.filter((c) => c.iteration === last).sort((a, b) => a.rank - b.rank);
    const what = r.method === 'halving' ? `successive halving (${r.rounds?.map((x) => `${x.candidates} candidates on ${x.resources} rows`).join(' \u2192 ')})` : r.method === 'random' ? `random search (${final.length} samples)` : `grid search (${final.length} candidates)`;
    out.push(`${heading} Model selection`, '');
    out.push(`${what}, ${r.cv_folds}-fold stratified cross-validation on the training split (the holdout took no part), scored on **${(0,markdown/* escapeCell */.kq)(r.metric)}**${r.one_se ? ', one-standard-error rule' : ''}.`, '');
    out.push(`Chosen: ${names.map((n) => `**${(0,markdown/* escapeCell */.kq)(n)} = ${(0,markdown/* escapeCell */.kq)(String(r.best.params[n]))}**`).join(', ')} \u2014 CV ${(0,markdown/* escapeCell */.kq)(r.metric)} ${search_report_f4(r.best.mean)} \u00b1 ${search_report_f4(r.best.std)}; refit on the whole training split.`, '');
    if (r.pinned)
        out.push(`Fixed by a value given alongside the search: ${Object.entries(r.pinned).map(([k, v]) => `${(0,markdown/* escapeCell */.kq)(k)} = ${(0,markdown/* escapeCell */.kq)(String(v))}`).join(', ')}.`, '');
    out.push(`| rank | ${names.map((n) => (0,markdown/* escapeCell */.kq)(n)).join(' | ')} | CV mean \u00b1 std | train | nodes | fit ms |`, `|---:|${names.map(() => '---').join('|')}|---|---:|---:|---:|`);
    for (const c of final.slice(0, MAX_ROWS)) {
        const p = names.map((n) => (0,markdown/* escapeCell */.kq)(String(c.params[n])));
        const mark = c.index === r.best.index ? ' \u2705' : '';
        out.push(`| ${c.rank}${mark} | ${p.join(' | ')} | ${search_report_f4(c.mean)} \u00b1 ${search_report_f4(c.std)} | ${search_report_f4(c.train_mean)} | ${search_report_f4(Number(c.nodes.toFixed(1)))} | ${c.fit_time_ms ?? '\u2014'} |`);
    }
    if (final.length > MAX_ROWS)
        out.push('', `${final.length - MAX_ROWS} more candidates in metrics.json (search.candidates).`);
    out.push('');
    const curve = validationCurve(r, final);
    if (curve)
        out.push(curve);
    return out.join('\n');
}
/** CV and training score against the main hyperparameter: for each value, the best candidate with it. */
function validationCurve(r, final) {
    const p = r.main_param;
    if (!p)
        return undefined;
    const byValue = new Map();
    for (const c of final) {
        const v = Number(c.params[p]);
        if (!Number.isFinite(v))
            continue;
        const cur = byValue.get(v);
        if (!cur || c.rank < cur.rank)
            byValue.set(v, c);
    }
    if (byValue.size < 2)
        return undefined;
    const xs = [...byValue.keys()].sort((a, b) => a - b);
    const cv = xs.map((x) => byValue.get(x).mean);
    const tr = xs.map((x) => byValue.get(x).train_mean);
    const all = [...cv, ...tr].filter(Number.isFinite);
    const lo = Math.min(...all);
    const hi = Math.max(...all);
    const pad = (hi - lo) * 0.1 || 0.01;
    const num = (x) => (Number.isFinite(x) ? Number(x.toPrecision(4)) : 0);
    return [
        `Validation curve: ${(0,markdown/* escapeCell */.kq)(r.metric)} against ${(0,markdown/* escapeCell */.kq)(p)} (line 1: CV mean, line 2: training score; best candidate per value).`,
        '',
        '```mermaid',
        'xychart-beta',
        `  title "${(0,markdown/* mermaidLabel */._b)(`Validation curve (${r.metric})`, 80)}"`,
        `  x-axis "${(0,markdown/* mermaidLabel */._b)(p)}" [${xs.map((x) => `"${(0,markdown/* mermaidLabel */._b)(String(x))}"`).join(', ')}]`,
        `  y-axis "${(0,markdown/* mermaidLabel */._b)(r.metric)}" ${num(lo - pad)} --> ${num(hi + pad)}`,
        `  line [${cv.map(num).join(', ')}]`,
        `  line [${tr.map(num).join(', ')}]`,
        '```',
        '',
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/model/train.js
/**
 * The train stage: read data \u2192 choose target/features/task \u2192 seeded (stratified) holdout split \u2192
 * fit preprocessing on the training split \u2192 grow the tree (or a bagged forest) \u2192 evaluate \u2192
 * optional stratified k-fold CV \u2192 write the model bundle. No clock, environment or git access:
 * the adapters pass the timestamp, git SHAs and tool version in `TrainContext`.
 */






















/** Read a data file as columns (the target and train.categorical always as text). */
async function readTrainTable(path, s, progress) {
    return (0,table/* readColumns */.Ej)(path, { format: s.format, text: [...new Set([...(s.categorical ?? []), s.target])], onProgress: progress?.(path) });
}
async function prepare(s, progress) {
    const table = await readTrainTable(s.data, s, progress);
    const names = table.names;
    const ti = names.indexOf(s.target);
    if (ti < 0)
        throw new errors.UsageError(`${s.data}: target column "${s.target}" not found; columns are: ${names.join(', ')}. Set train.target / --target to one of them`);
    const exclude = new Set(s.exclude ?? []);
    const features = s.features ?? names.filter((c) => c !== s.target && !exclude.has(c));
    for (const f of features) {
        if (f === s.target)
            throw new errors.UsageError(`feature "${f}" is the target; remove it from train.features`);
        if (!names.includes(f))
            throw new errors.UsageError(`${s.data}: feature column "${f}" not found; columns are: ${names.join(', ')}`);
    }
    if (features.length === 0)
        throw new errors.UsageError(`${s.data}: no feature columns left after excluding the target and train.exclude`);
    // Rows without a target cannot be used for training or evaluation: dropped and counted.
    const tcol = (0,model_fit/* asText */.e1)(table.columns[ti]);
    const keep = (0,model_fit/* presentTargetRows */.oN)(tcol);
    const dropped = table.n - keep.length;
    // Each distinct target text is judged once, weighted by its rows.
    const counts = (0,columnar/* codeCounts */.eM)(tcol, { table, idx: keep });
    const nums = Float64Array.from(tcol.dict, (t) => (0,model_fit/* numericTarget */.RC)(t) ?? Number.NaN);
    let allNumeric = true;
    const distinct = new Set();
    for (let k = 0; k < counts.length; k++) {
        if (counts[k] === 0)
            continue;
        if (Number.isNaN(nums[k]))
            allNumeric = false;
        else
            distinct.add(nums[k]);
    }
    let task = s.task;
    // Inferred: a numeric target with more than 20 distinct values is regression, anything else classification.
    if (!task)
        task = allNumeric && distinct.size > 20 ? 'regression' : 'classification';
    if (task === 'regression' && !allNumeric) {
        const bad = keep.find((r) => Number.isNaN(nums[tcol.codes[r]]));
        throw new errors.UsageError(`${s.data}:${table.lines[bad]}: target "${s.target}" is ${JSON.stringify(tcol.dict[tcol.codes[bad]])}, not a number; regression needs a numeric target (use task: classification for labels)`);
    }
    let classes;
    if (task === 'classification') {
        const labels = new Set();
        for (let k = 0; k < counts.length; k++)
            if (counts[k] > 0)
                labels.add((0,model_fit/* labelOf */.Wy)(tcol.dict[k]));
        classes = (0,model_fit/* sortClasses */.N3)([...labels]);
        if (classes.length < 2)
            throw new errors.UsageError(`${s.data}: target "${s.target}" has a single class (${JSON.stringify(classes[0] ?? '')}); classification needs at least two classes`);
        if (classes.length > 1000)
            throw new errors.UsageError(`${s.data}: target "${s.target}" has ${classes.length} classes; for a numeric target use task: regression`);
    }
    const target = (0,model_fit/* encodeTargetColumn */.qm)(task, classes, tcol);
    const all = { table, idx: keep, target, ...(classes ? { classes } : {}) };
    let train;
    let test;
    if (s.testData) {
        const t = await readTrainTable(s.testData, s, progress);
        const tti = t.names.indexOf(s.target);
        if (tti < 0)
            throw new errors.UsageError(`${s.testData}: target column "${s.target}" not found; the test file needs the same columns as ${s.data}`);
        for (const f of features)
            if (!t.names.includes(f))
                throw new errors.UsageError(`${s.testData}: feature column "${f}" not found; the test file needs the same columns as ${s.data}`);
        const tt = (0,model_fit/* asText */.e1)(t.columns[tti]);
        train = all;
        test = { table: t, idx: (0,model_fit/* presentTargetRows */.oN)(tt), target: (0,model_fit/* encodeTargetColumn */.qm)(task, classes, tt), ...(classes ? { classes } : {}) };
    }
    else {
        const groups = classes ? (0,model_fit/* mapRows */.KS)(new Int32Array(keep.length), keep, (r) => target[r]) : null;
        const split = (0,model_fit/* holdoutSplitIndex */.sD)(groups, classes ?? [], keep.length, s.testSize, (0,rng/* createRng */.S)(s.seed));
        if (split.test.length < 1 || split.train.length < 2) {
            throw new errors.UsageError(`${s.data}: ${keep.length} rows with a target are too few for a holdout of test-size ${s.testSize}; add rows, change test-size, or pass test-data`);
        }
        train = (0,model_fit/* pickRows */.LB)(all, split.train);
        test = (0,model_fit/* pickRows */.LB)(all, split.test);
    }
    if (test.idx.length === 0)
        throw new errors.UsageError(`${s.testData ?? s.data}: no evaluation rows with a target`);
    // A numeric column with a few bad cells is refused with every bad cell, not trained as a category.
    const categorical = new Set(s.categorical ?? []);
    for (const [file, t] of [[s.data, all], ...(s.testData ? [[s.testData, test]] : [])]) {
        const bad = (0,columnar/* badNumericCellsOf */.b1)(t, features.filter((f) => !categorical.has(f)));
        if (bad.length > 0)
            throw new errors.UsageError((0,nearly_numeric/* formatBadNumericCells */.H1)(file, bad, 'list the column under train.categorical in cd4ml.yml if it really is a category'));
    }
    if (task === 'classification') {
        const seen = new Set();
        for (let i = 0; i < train.idx.length && seen.size < 2; i++)
            seen.add(target[train.idx[i]]);
        if (seen.size < 2)
            throw new errors.UsageError(`${s.data}: the training split has a single class; add rows of the other classes or lower test-size`);
    }
    return { task, classes, features, table, train, test, dropped };
}
/** md5 of a DVC-tracked file from its `<file>.dvc` pointer, when there is one. */
async function dvcMd5(path) {
    let text;
    try {
        text = await (0,promises_.readFile)(`${path}.dvc`, 'utf8');
    }
    catch {
        return undefined;
    }
    const doc = (0,dist/* parse */.qg)(text);
    return doc?.outs?.[0]?.md5;
}
const HIGHER_IS_BETTER = new Set(['accuracy', 'balanced_accuracy', 'precision_macro', 'recall_macro', 'f1_macro', 'precision_weighted', 'recall_weighted', 'f1_weighted', 'roc_auc', 'r2']);
/**
 * What `--out DIR` may replace: nothing but an empty directory or a cd4ml bundle (manifest.json and
 * only bundle files). Anything else is the user's and is never deleted.
 */
const BUNDLE_OUT = {
    replaceable(entries) {
        const known = new Set([...bundle/* BUNDLE_FILES */.HJ, 'manifest.json']);
        if (!entries.includes('manifest.json')) {
            const shown = entries.slice(0, 5).join(', ') + (entries.length > 5 ? `, \u2026 (${entries.length} entries)` : '');
            return `the bundle directory is not empty and is not a cd4ml model bundle (no manifest.json; it holds ${shown}); nothing was deleted. Pass a new or empty directory to --out / train.out`;
        }
        const foreign = entries.filter((e) => !known.has(e));
        if (foreign.length > 0)
            return `the model bundle there also holds files that are not part of a bundle (${foreign.slice(0, 5).join(', ')}); nothing was deleted. Move them away or pass another directory to --out / train.out`;
        return undefined;
    },
};
/** What a shard run may replace: an empty folder or one holding only a shard file. */
const SHARD_OUT = {
    replaceable(entries) {
        const foreign = entries.filter((e) => e !== SHARD_FILE);
        if (foreign.length > 0)
            return `the shard folder holds files other than ${SHARD_FILE} (${foreign.slice(0, 5).join(', ')}); nothing was deleted. Pass a new or empty directory to --out / input "out"`;
        return undefined;
    },
};
/** The identity of a search run: data hashes and every setting that changes a score (not out, shard, jobs). */
async function searchFingerprint(s) {
    const { out: _o, shard: _s, mergeSearch: _m, jobs: _j, intendedUse: _i, ...rest } = s;
    const files = await Promise.all([s.data, ...(s.testData ? [s.testData] : [])].map(fs/* sha256File */.Q3));
    return (0,bundle/* sha256 */.sc)((0,bundle/* stableJson */._Y)({ settings: rest, files }));
}
/** Shard files from each DIR: DIR/search-shard.json, or search-shard.json in the subfolders of DIR (a folder of downloaded artifacts). */
async function readShardFiles(dirs) {
    const exists = (p) => (0,promises_.readFile)(p).then(() => true, () => false);
    const paths = [];
    for (const dir of dirs) {
        const direct = (0,external_node_path_.join)(dir, SHARD_FILE);
        if (await exists(direct)) {
            paths.push(direct);
            continue;
        }
        const subs = await (0,promises_.readdir)(dir, { withFileTypes: true }).catch(() => undefined);
        if (!subs)
            throw new errors.UsageError(`merge-search: folder ${dir} not found; pass folders written by cd4ml train --shard I/N (or a folder holding them)`);
        const found = [];
        for (const d of subs.filter((e) => e.isDirectory()).map((e) => e.name).sort()) {
            const p = (0,external_node_path_.join)(dir, d, SHARD_FILE);
            if (await exists(p))
                found.push(p);
        }
        if (found.length === 0)
            throw new errors.UsageError(`merge-search: no ${SHARD_FILE} in ${dir} or its subfolders; pass folders written by cd4ml train --shard I/N`);
        paths.push(...found);
    }
    const out = [];
    for (const path of paths) {
        const text = await (0,promises_.readFile)(path, 'utf8');
        let shard;
        try {
            shard = JSON.parse(text);
        }
        catch {
            throw new errors.UsageError(`merge-search: ${path} is not JSON; pass folders written by cd4ml train --shard I/N`);
        }
        if (shard?.cd4ml !== 'search-shard' || shard.version !== 1 || !Array.isArray(shard.results))
            throw new errors.UsageError(`merge-search: ${path} is not a cd4ml search shard (version 1); re-run the shard with this version`);
        out.push({ path, shard });
    }
    return out;
}
/** Run the whole stage and write the bundle to `settings.out` (through a temporary sibling renamed into place). */
async function trainAndWriteBundle(settings, ctx) {
    const ready = await readyToGrow(settings, ctx);
    if ('shard' in ready)
        return ready.shard;
    // The data table is out of reach from here: what it held can go before the tree grows.
    ctx.releaseMemory?.();
    const { s, task, classes, features, headlineName, search, cv } = ready;
    const fit = ready.grow();
    const holdout = (0,model_fit/* evaluate */._3)(task, classes, fit, ready.test, s.target, s.testData ?? s.data);
    const holdoutRecord = holdout;
    const value = holdoutRecord[headlineName];
    if (typeof value !== 'number') {
        const names = Object.entries(holdoutRecord).filter(([, v]) => typeof v === 'number' && true).map(([k]) => k).filter((k) => k !== 'n');
        throw new errors.UsageError(`metric "${headlineName}" is not available for ${task}; choose one of ${names.join(', ')}`);
    }
    const importances = fit.spec.features.map((name, i) => ({ feature: name, importance: fit.importances[i] }));
    const metrics = {
        task,
        headline_metric: headlineName,
        headline_value: value,
        higher_is_better: HIGHER_IS_BETTER.has(headlineName),
        holdout,
        ...(cv ? { cross_validation: cv } : {}),
        ...(search ? { search } : {}),
        feature_importances: importances,
        model: { nodes: fit.nodes, depth: fit.depth, trees: s.model === 'forest' ? s.nTrees : 1 },
    };
    const gainThreshold = s.gainThreshold ?? (task === 'classification' ? 0.01 : 0);
    const params = {
        data: s.data,
        'test-data': s.testData ?? null,
        target: s.target,
        task,
        features,
        'model-features': fit.spec.features,
        model: s.model,
        'max-depth': s.maxDepth,
        'split-search': fit.splitSearch,
        'min-num-samples': s.minNumSamples,
        'gain-threshold': gainThreshold,
        ...(s.model === 'forest' ? { 'n-trees': s.nTrees, 'max-features': s.maxFeatures } : {}),
        seed: s.seed,
        'test-size': s.testData ? null : s.testSize,
        'cv-folds': s.cvFolds,
        metric: headlineName,
        impute: { numeric: s.numericImpute, categorical: s.categoricalImpute, 'fill-value': s.fillValue ?? null },
        encoding: s.encoding,
        rows: { train: ready.trainRows, test: ready.test.idx.length, 'dropped-missing-target': ready.dropped },
        classes: classes ?? null,
        ...(s.name ? { name: s.name } : {}),
        ...(search
            ? {
                search: {
                    method: search.method,
                    space: search.space,
                    ...(search.method === 'random' ? { trials: s.searchTrials } : {}),
                    'one-se': s.oneSe,
                    chosen: search.best.params,
                    candidates: search.candidates.map((c) => ({ index: c.index, iteration: c.iteration, params: c.params, mean: c.mean, std: c.std, 'fold-scores': c.fold_scores, 'fit-time-ms': c.fit_time_ms, nodes: c.nodes })),
                },
            }
            : {}),
    };
    const dataFiles = [s.data, ...(s.testData ? [s.testData] : [])];
    const lineage = {
        data: await Promise.all(dataFiles.map(async (f) => {
            const delta = await (0,delta_lineage/* deltaLineage */.M8)(f, s.format); // a Delta table: its id, version, commit time, operation
            return delta ? { path: f, sha256: delta.sha256, 'dvc-md5': null, delta: delta.delta } : { path: f, sha256: await (0,fs/* sha256File */.Q3)(f), 'dvc-md5': (await dvcMd5(f)) ?? null };
        })),
        git: { head: ctx.gitHead ?? null, 'pr-head': ctx.gitPrHead ?? null },
        tool: { name: 'cd4ml', version: ctx.toolVersion },
    };
    const preprocessFile = { task, target: s.target, ...(classes ? { classes } : {}), preprocess: fit.spec };
    const { test, schemaYaml } = ready;
    const holdoutFile = (0,bundle/* encodeHoldout */.aH)(test.table, test.idx);
    const card = renderModelCard({ settings: s, task, classes, features, metrics: holdout, cv, importances, params, lineage, headline: { name: headlineName, value }, rows: params.rows, ...(search ? { search: renderSearchMarkdown(search) } : {}) });
    // holdout.jsonl is written first, encoded as it goes; metrics.json names its hash and the
    // manifest every file's, so both are made when their turn comes.
    const texts = {
        'model.json': JSON.stringify(sortKeys(fit.model)) + '\n',
        'preprocess.json': (0,bundle/* stableJson */._Y)(preprocessFile),
        'schema.yml': schemaYaml,
        'params.json': (0,bundle/* stableJson */._Y)(params),
        'lineage.json': (0,bundle/* stableJson */._Y)(lineage),
        'MODEL_CARD.md': card,
    };
    const metricsText = () => {
        const holdoutRef = { path: holdoutFile.name, rows: test.idx.length, sha256: holdoutFile.sha256(), source: s.testData ?? s.data, lines: Array.from(test.idx, (r) => test.table.lines[r]) };
        return (texts['metrics.json'] = (0,bundle/* stableJson */._Y)({ ...metrics, holdout_reference: holdoutRef }));
    };
    let manifestText = '';
    const manifestOf = () => {
        const files = Object.fromEntries(bundle/* BUNDLE_FILES */.HJ.map((name) => [name, name === holdoutFile.name ? holdoutFile.sha256() : (0,bundle/* sha256 */.sc)(texts[name])]));
        const manifest = { version: 1, created: ctx.timestamp, files };
        return (manifestText = (0,bundle/* stableJson */._Y)(manifest));
    };
    const entries = [[holdoutFile.name, holdoutFile.data], ['metrics.json', metricsText], ...Object.entries(texts), ['manifest.json', manifestOf]];
    await (0,atomic/* writeDirAtomic */.y$)(s.out, entries, BUNDLE_OUT);
    const summary = [renderMetricsMarkdown(task, holdout, headlineName, value, cv), '', card].join('\n');
    return { dir: s.out, task, headline: { name: headlineName, value }, metrics, files: [...bundle/* BUNDLE_FILES */.HJ, 'manifest.json'], digest: (0,bundle/* sha256 */.sc)(manifestText), summary, ...(search ? { search } : {}) };
}
/**
 * Read, split, search and cross-validate, infer the schema, copy the holdout rows out and bin the
 * training rows: everything that needs the data table. Returns what the rest of the stage needs,
 * so that the table can be let go before the final tree grows (a shard run returns its result).
 */
async function readyToGrow(settings, ctx) {
    let s = settings;
    const searching = s.search !== undefined || (s.mergeSearch?.length ?? 0) > 0;
    if (!searching && s.shard)
        throw new errors.UsageError('shard: there is no search to shard; set train.search / --search / input "search"');
    const plan = searching ? planSearch(s) : undefined;
    const shard = s.shard ? (0,model_search/* parseShard */.uK)(s.shard) : undefined;
    if (shard && s.mergeSearch?.length)
        throw new errors.UsageError('shard and merge-search exclude each other: shards write partial results, the merge reads them; pass one');
    await (0,atomic/* checkDirReplaceable */.u1)(s.out, shard ? SHARD_OUT : BUNDLE_OUT);
    const p = await prepare(s, ctx.progress);
    ctx.releaseMemory?.();
    const { task, classes, features } = p;
    const headlineName = s.metric ?? (task === 'classification' ? 'accuracy' : 'rmse');
    let search;
    if (plan) {
        checkMetric(task, headlineName);
        checkFolds(s, task, p.train);
        const job = { settings: s, task, classes, features, train: p.train, folds: s.cvFolds, metric: headlineName };
        const fingerprint = await searchFingerprint(s);
        const runner = ctx.searchRunner ?? (0,search_eval/* inProcessRunner */.jJ)(ctx.now);
        if (shard) {
            const { results } = await evaluateSearch(s, job, plan.candidates, runner, shard).finally(() => runner.close?.());
            const file = { cd4ml: 'search-shard', version: 1, fingerprint, shard, candidates: plan.candidates.length, results };
            const text = (0,bundle/* stableJson */._Y)(file);
            await (0,atomic/* writeDirAtomic */.y$)(s.out, [[SHARD_FILE, text]], SHARD_OUT);
            const best = results.length ? [...results].sort((a, b) => (HIGHER_IS_BETTER.has(headlineName) ? b.mean - a.mean : a.mean - b.mean) || a.index - b.index)[0] : undefined;
            return { shard: {
                    dir: s.out,
                    task,
                    headline: { name: headlineName, value: best?.mean ?? Number.NaN },
                    metrics: {},
                    files: [SHARD_FILE],
                    digest: (0,bundle/* sha256 */.sc)(text),
                    summary: `### Search shard ${shard.index}/${shard.count}\n\n${results.length} of ${plan.candidates.length} candidates evaluated on ${s.cvFolds} folds; merge the shards with \`cd4ml train --merge-search DIR\u2026\`.\n`,
                    shard: { ...shard, evaluated: results.length, candidates: plan.candidates.length },
                } };
        }
        let results;
        let rounds;
        if (s.mergeSearch?.length)
            results = mergeShards(await readShardFiles(s.mergeSearch), fingerprint, plan.candidates.length);
        else
            ({ results, rounds } = await evaluateSearch(s, job, plan.candidates, runner).finally(() => runner.close?.()));
        search = recordSearch(s, plan.space, headlineName, results, rounds, plan.pinned);
        s = (0,search_eval/* applyCandidate */.c7)(s, search.best.params);
    }
    if (!search && s.cvFolds > 0)
        checkMetric(task, headlineName);
    const cv = crossValidate(s, p, headlineName, search);
    const schemaYaml = inferSchemaYamlOf(p.table, s.data, s.categorical ?? []);
    // The holdout rows of the data file are copied into a table of their own (a fifth of it by default).
    const binned = (0,model_fit/* binTrainRows */.Lb)(s, features, p.train, s.data);
    ctx.releaseMemory?.();
    const base = { s, task, classes, features, headlineName, dropped: p.dropped, trainRows: p.train.idx.length, schemaYaml, ...(search ? { search } : {}), ...(cv ? { cv } : {}) };
    if (binned) {
        // The tree grows on the bins: the holdout rows are moved out of the table, which goes as they do.
        const test = s.testData ? p.test : holdoutOf(p.test, (t, idx) => (0,table/* moveRows */.vX)(t, idx, () => ctx.releaseMemory?.(), 4));
        return { ...base, test, grow: () => (0,model_fit/* growBinned */.eV)(s, task, classes, binned) };
    }
    const fit = (0,model_fit/* fitModel */.h2)(s, task, classes, features, p.train, s.data);
    const test = s.testData ? p.test : holdoutOf(p.test, table/* takeRows */.LY);
    return { ...base, test, grow: () => fit };
}
/** The holdout rows in a table of their own, with an index and targets to match. */
function holdoutOf(test, take) {
    const target = (0,model_fit/* targetOf */.$r)(test);
    const idx = new Int32Array(test.idx.length);
    for (let i = 0; i < idx.length; i++)
        idx[i] = i;
    return { ...test, table: take(test.table, test.idx), idx, target };
}
/** k-fold cross-validation on the training split (the search's folds when it searched). */
function crossValidate(s, p, headlineName, search) {
    const { task, classes, features } = p;
    let cv;
    if (search) {
        const won = search.candidates.find((c) => c.index === search.best.index && c.rank > 0);
        cv = { folds: s.cvFolds, [headlineName]: { mean: won.mean, std: won.std, folds: won.fold_scores } };
    }
    else if (s.cvFolds > 0) {
        const k = s.cvFolds;
        if (k < 2)
            throw new errors.UsageError(`cv-folds must be 0 (off) or at least 2, got ${k}`);
        const n = p.train.idx.length;
        if (n < 2 * k)
            throw new errors.UsageError(`${s.data}: ${n} training rows are too few for ${k}-fold cross-validation; lower cv-folds`);
        const groups = classes ? (0,model_fit/* targetOf */.$r)(p.train) : new Int32Array(n);
        if (classes) {
            const counts = new Int32Array(classes.length);
            for (let i = 0; i < n; i++)
                counts[groups[i]]++;
            // Reported in the order the row path met the classes (first appearance in the training rows).
            const seen = [];
            const met = new Uint8Array(classes.length);
            for (let i = 0; i < n; i++)
                if (met[groups[i]] === 0) {
                    met[groups[i]] = 1;
                    seen.push(groups[i]);
                }
            for (const c of seen)
                if (counts[c] < k)
                    throw new errors.UsageError(`${s.data}: class "${classes[c]}" has ${counts[c]} training rows, fewer than cv-folds ${k}; lower cv-folds or add rows`);
        }
        const fold = (0,model_fit/* stratifiedFoldsIndex */.AN)(groups, classes ?? ['0'], k, (0,rng/* createRng */.S)(s.seed + 1));
        const names = task === 'classification' ? ['accuracy', 'balanced_accuracy', 'f1_macro'] : ['rmse', 'mae', 'r2'];
        if (!names.includes(headlineName))
            names.push(headlineName);
        const scores = Object.fromEntries(names.map((n) => [n, []]));
        for (let f = 0; f < k; f++) {
            const tr = [];
            const te = [];
            fold.forEach((g, i) => (g === f ? te : tr).push(i));
            const foldFit = (0,model_fit/* fitModel */.h2)(s, task, classes, features, (0,model_fit/* pickRows */.LB)(p.train, tr), s.data);
            const m = (0,model_fit/* evaluate */._3)(task, classes, foldFit, (0,model_fit/* pickRows */.LB)(p.train, te), s.target, s.data);
            for (const n of names)
                scores[n].push(m[n]);
        }
        cv = { folds: k, ...Object.fromEntries(names.map((n) => [n, { ...(0,metrics/* meanStd */.F4)(scores[n]), folds: scores[n] }])) };
    }
    return cv;
}
function sortKeys(v) {
    if (Array.isArray(v))
        return v.map(sortKeys);
    if (v && typeof v === 'object') {
        const o = {};
        for (const k of Object.keys(v).sort())
            o[k] = sortKeys(v[k]);
        return o;
    }
    return v;
}
const fmt = (x) => (x === null || x === undefined ? '\u2014' : Number.isInteger(x) ? String(x) : x.toFixed(4));
/** Metrics tables in Markdown (job summary, CLI report). */
function renderMetricsMarkdown(task, m, headline, value, cv) {
    const lines = [`### Holdout metrics (${m.n} rows)`, '', `Headline: **${headline} = ${fmt(value)}**`, '', '| metric | value |', '|---|---|'];
    const names = task === 'classification' ? ['accuracy', 'balanced_accuracy', 'precision_macro', 'recall_macro', 'f1_macro', 'f1_weighted', 'roc_auc', 'log_loss'] : ['mae', 'mse', 'rmse', 'r2', 'mape'];
    for (const n of names)
        lines.push(`| ${n} | ${fmt(m[n])} |`);
    if (task === 'classification') {
        const c = m;
        lines.push('', '| class | precision | recall | f1 | support |', '|---|---|---|---|---|');
        // Class names are data: escaped (src/report/markdown.ts) so they cannot inject markup or break the table.
        for (const p of c.per_class)
            lines.push(`| ${(0,markdown/* escapeCell */.kq)(p.class)} | ${fmt(p.precision)} | ${fmt(p.recall)} | ${fmt(p.f1)} | ${p.support} |`);
        lines.push('', 'Confusion matrix (rows: true, columns: predicted)', '', `| | ${c.per_class.map((p) => (0,markdown/* escapeCell */.kq)(p.class)).join(' | ')} |`, `|---|${c.per_class.map(() => '---').join('|')}|`);
        c.confusion_matrix.forEach((row, i) => lines.push(`| **${(0,markdown/* escapeCell */.kq)(c.per_class[i].class)}** | ${row.join(' | ')} |`));
    }
    if (cv) {
        lines.push('', `### ${cv.folds}-fold cross-validation`, '', '| metric | mean \u00b1 std |', '|---|---|');
        for (const [k, v] of Object.entries(cv))
            if (k !== 'folds')
                lines.push(`| ${k} | ${fmt(v.mean)} \u00b1 ${fmt(v.std)} |`);
    }
    return lines.join('\n') + '\n';
}


/***/ }),

/***/ 80231:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   VV: () => (/* binding */ escapeInline),
/* harmony export */   ZV: () => (/* binding */ formatNumber),
/* harmony export */   _b: () => (/* binding */ mermaidLabel),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   kq: () => (/* binding */ escapeCell),
/* harmony export */   lj: () => (/* binding */ mermaidBarChart),
/* harmony export */   tp: () => (/* binding */ table)
/* harmony export */ });
/**
 * Markdown helpers shared by every stage's job summary. Anything that came from data (values,
 * column names, file names) goes through `escapeCell`/`escapeInline` or `mermaidLabel`, so a
 * dataset cannot inject Markdown, HTML, links or Mermaid directives into a summary.
 */
// Entity-escaped: HTML, quotes, and @ (so a value such as "@team" never pings anyone in a PR
// comment or issue). Backslash-escaped: every other Markdown punctuation character, # ! ( )
// included, so text is inert wherever it lands (table cells, headings, links, images).
// One pass, so an entity's own & and # are never escaped again.
const HTML_ENTITIES = { '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&#39;', '@': '&#64;' };
const SPECIAL = /[\\`*_{}[\]()#|~!$<>&"'@]/g;
/**
 * Escape data for Markdown and HTML, wherever it is shown (summaries, PR comments, issues):
 * newlines become spaces, other control characters are dropped, Markdown punctuation is
 * backslash-escaped and <>&"'@ become entities.
 */
function escapeMarkdown(text) {
    return text
        .replace(/[\r\n\t]+/g, ' ')
        .replace(/[\u0000-\u001f\u007f]/g, '')
        .replace(SPECIAL, (ch) => HTML_ENTITIES[ch] ?? `\\${ch}`);
}
/** escapeMarkdown, cut to `maxLength` characters of the original text (with an ellipsis). */
function escapeInline(text, maxLength = 200) {
    const t = text.length > maxLength ? text.slice(0, maxLength - 1) + '\u2026' : text;
    return escapeMarkdown(t);
}
/** Escape text for a table cell: like escapeInline (`|` is escaped), and never empty. */
function escapeCell(text, maxLength = 120) {
    const t = escapeInline(text, maxLength);
    return t === '' ? ' ' : t;
}
/** Format a value in code style safely: backticks inside are replaced. */
function code(text, maxLength = 120) {
    let t = text.replace(/[\r\n\t]+/g, ' ').replace(/[\u0000-\u001f\u007f]/g, '');
    if (t.length > maxLength)
        t = t.slice(0, maxLength - 1) + '\u2026';
    t = t.replace(/`/g, '\u02cb').replace(/[<>&]/g, (ch) => HTML_ENTITIES[ch]);
    // In a table a pipe ends the cell even inside code spans.
    t = t.replace(/\|/g, '\\|');
    return `\`${t === '' ? ' ' : t}\``;
}
/**
 * A GitHub-flavoured Markdown table. Cells are used as given: escape data with escapeCell first
 * (this lets callers put deliberate formatting such as \u2705 or **bold** in cells they build).
 */
function table(headers, rows, align = []) {
    const sep = headers.map((_, i) => (align[i] === 'right' ? '---:' : align[i] === 'center' ? ':---:' : '---'));
    const line = (cells) => `| ${cells.map((c) => c.replace(/\n/g, ' ')).join(' | ')} |`;
    return [line(headers), line(sep), ...rows.map((r) => line(headers.map((_, i) => r[i] ?? '')))].join('\n') + '\n';
}
/** A label for a Mermaid chart: quotes, brackets, semicolons and HTML become entity codes; at most 40 chars. */
function mermaidLabel(text, maxLength = 40) {
    let t = text.replace(/[\r\n\t]+/g, ' ').replace(/[\u0000-\u001f\u007f]/g, '');
    if (t.length > maxLength)
        t = t.slice(0, maxLength - 1) + '\u2026';
    return t.replace(/["#;:<>&`[\]{}()%]/g, (ch) => `#${ch.charCodeAt(0)};`);
}
/** A Mermaid xychart bar chart in a fenced block. Values must be finite numbers. */
function mermaidBarChart(opts) {
    const labels = opts.labels.map((l) => `"${mermaidLabel(l)}"`).join(', ');
    const values = opts.values.map((v) => (Number.isFinite(v) ? Number(v.toPrecision(4)) : 0)).join(', ');
    // A bound that is not a finite number (NaN from a missing score) would render as "NaN".
    const top = opts.yMax !== undefined && Number.isFinite(opts.yMax) ? opts.yMax : Math.max(1, ...opts.values.filter(Number.isFinite));
    return [
        '```mermaid',
        'xychart-beta',
        `  title "${mermaidLabel(opts.title, 80)}"`,
        `  x-axis [${labels}]`,
        `  y-axis "${mermaidLabel(opts.yLabel, 60)}" 0 --> ${Number(top.toPrecision(3))}`,
        `  bar [${values}]`,
        '```',
        '',
    ].join('\n');
}
/** Format a number compactly for tables: up to 4 significant digits, exponent for tiny values. */
function formatNumber(x) {
    if (x === undefined || Number.isNaN(x))
        return '\u2013';
    if (!Number.isFinite(x))
        return x > 0 ? '\u221e' : '\u2212\u221e';
    if (x === 0)
        return '0';
    const a = Math.abs(x);
    if (a < 1e-3 || a >= 1e7)
        return x.toExponential(2);
    return String(Number(x.toPrecision(4)));
}


/***/ })

};
