export const id = 8754;
export const ids = [8754,2516,6587,135];
export const modules = {

/***/ 1049:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ku: () => (/* binding */ parseYamlWithSchema)
/* harmony export */ });
/* unused harmony exports yamlLineOf, formatYamlPath */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3483);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6986);
/**
 * YAML helpers shared by every file the project reads as YAML (cd4ml.yml, data contracts):
 * parse, validate with zod, and name file:line in every error.
 */


/**
 * Line (1-based) of the YAML node at `path` (e.g. ['train', 'max-depth']); for the last step the
 * key itself, where a reader looks. Undefined when the text has no such node at all.
 */
function yamlLineOf(text, path) {
    const counter = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { lineCounter: counter });
    let node = doc.contents;
    let offset = node?.range?.[0];
    for (const [i, key] of path.entries()) {
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
            const pair = node.items.find((p) => String(p.key?.value) === String(key));
            if (!pair)
                break;
            const last = i === path.length - 1;
            offset = (last ? pair.key?.range?.[0] : (pair.value?.range?.[0] ?? pair.key?.range?.[0])) ?? offset;
            node = pair.value;
        }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node) && typeof key === 'number') {
            node = node.items[key];
            offset = node?.range?.[0] ?? offset;
        }
        else
            break;
    }
    return offset === undefined ? undefined : counter.linePos(offset).line;
}
/** `train.max-depth`, `columns.price.categories[0]`, or `(root)`. */
function formatYamlPath(path) {
    return path.map((p) => (typeof p === 'number' ? `[${p}]` : String(p))).join('.').replace(/\.\[/g, '[') || '(root)';
}
/**
 * Parse YAML text and validate it with a zod schema. Errors are UsageErrors that name
 * `file:line:column` for syntax, and `file:line` plus the YAML path for schema problems (an
 * unknown key points at the key itself).
 */
function parseYamlWithSchema(text, file, schema, messages) {
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { lineCounter: new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN(), prettyErrors: true });
    if (doc.errors.length > 0) {
        const e = doc.errors[0];
        const pos = e.linePos?.[0];
        const where = pos ? `${file}:${pos.line}:${pos.col}` : file;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${where}: invalid YAML: ${e.message.split('\n')[0]}${messages.syntaxHint}`);
    }
    const raw = doc.toJS() ?? {};
    messages.checkRaw?.(raw);
    const parsed = schema.safeParse(raw);
    if (parsed.success)
        return parsed.data;
    const issue = parsed.error.issues[0];
    const path = issue.path;
    const linePath = issue.code === 'unrecognized_keys' ? [...path, issue.keys[0]] : path;
    const line = yamlLineOf(text, linePath);
    const where = line ? `${file}:${line}` : file;
    const detail = issue.code === 'unrecognized_keys'
        ? `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}; check the spelling ${messages.spellingHint}`
        : issue.message;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${where}: ${messages.what} ${formatYamlPath(path)}: ${detail}`);
}


/***/ }),

/***/ 6587:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hc: () => (/* binding */ parseDataSchema),
/* harmony export */   stringifyDataSchema: () => (/* binding */ stringifyDataSchema)
/* harmony export */ });
/* unused harmony exports COLUMN_TYPES, DRIFT_TESTS, SEVERITIES, columnRuleSchema, dataSchemaSchema */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3483);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8476);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6986);
/* harmony import */ var _config_yaml_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1049);
/**
 * The data contract: a schema YAML (format documented in actions/validate-data/README.md),
 * parsed with `yaml` keeping line numbers and validated with zod. Errors name file:line.
 */




const COLUMN_TYPES = ['int', 'float', 'bool', 'string', 'category', 'datetime'];
const DRIFT_TESTS = ['ks', 'chisquare', 'z', 'wasserstein', 'jensenshannon', 'psi'];
const SEVERITIES = ['error', 'warning'];
const enumWithHint = (values, what) => zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(values, { error: (iss) => `unknown ${what} ${JSON.stringify(iss.input)}; use one of ${values.join(', ')}` });
const bound = zod__WEBPACK_IMPORTED_MODULE_3__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()]);
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
    .strict();
const policy = zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(['error', 'warning', 'ignore'], { error: (iss) => `must be error, warning or ignore, got ${JSON.stringify(iss.input)}` });
const dataSchemaSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    version: zod__WEBPACK_IMPORTED_MODULE_3__/* .literal */ .euz(1).optional(),
    rows: zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({ min: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().nonnegative().optional(), max: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().nonnegative().optional() })
        .strict()
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
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${file}:1: a schema is a mapping with "columns:" (see the validate-data README)`);
        },
    });
}
/** Serialize a schema as YAML with a short header comment. */
function stringifyDataSchema(schema, header = []) {
    const head = header.map((h) => `# ${h}\n`).join('');
    return head + (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .stringify */ .As)(schema, { lineWidth: 0 });
}


/***/ }),

/***/ 8754:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   outputFormatOf: () => (/* binding */ outputFormatOf),
/* harmony export */   predictFile: () => (/* binding */ predictFile)
/* harmony export */ });
/* harmony import */ var papaparse__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8116);
/* harmony import */ var _data_read_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1284);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6986);
/* harmony import */ var _serve_model_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2516);
/* harmony import */ var _serve_validate_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9635);
/* harmony import */ var _bundle_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6011);
/**
 * Batch scoring: stream any input format through the bundle's preprocessing and the compiled
 * tree(s), writing the input's rows plus `prediction` (and `probability_<class>` for
 * classification) as CSV or JSON Lines. Rows are checked as the serving runtime checks a request
 * (src/serve/validate.ts, with types and nullability from the bundle's schema.yml): rows that fail
 * it or the preprocessing (a value of the wrong type, a missing value the schema requires) are not
 * scored: they are reported with their line and left out of the output. As in serving, values
 * outside the training range and unseen categories are scored (the tree handles them).
 */






/** Output format from a file name: .jsonl/.ndjson → JSON Lines, anything else CSV. */
function outputFormatOf(path) {
    return path && /\.(jsonl|ndjson)$/i.test(path) ? 'jsonl' : 'csv';
}
async function predictFile(bundle, data, write, opts) {
    const validator = (0,_serve_validate_js__WEBPACK_IMPORTED_MODULE_4__/* .compileValidator */ .i)((0,_serve_model_js__WEBPACK_IMPORTED_MODULE_3__/* .featureSpecs */ .H)(bundle, opts.schema, []));
    const format = (0,_data_read_js__WEBPACK_IMPORTED_MODULE_1__/* .detectFormat */ .Tz)(data, opts.format);
    const source = format === 'csv' || format === 'tsv' ? 'csv' : 'json';
    const classes = bundle.classes ?? [];
    const k = bundle.model.nClasses;
    const extra = bundle.task === 'classification' ? ['prediction', ...classes.map((c) => `probability_${c}`)] : ['prediction'];
    let header;
    let rows = 0;
    let scored = 0;
    const failed = [];
    const maxReported = opts.maxReported ?? 100;
    for await (const batch of (0,_data_read_js__WEBPACK_IMPORTED_MODULE_1__/* .readBatches */ .Pu)(data, { format: opts.format, batchSize: 16384 })) {
        const raw = bundle.features.map((name) => {
            const ci = batch.columns.indexOf(name);
            if (ci < 0)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${data}: column "${name}" is missing (the model needs it); columns present: ${batch.columns.join(', ')}`);
            return batch.rows.map((r) => r[ci]);
        });
        const n = batch.rows.length;
        const out = (0,_bundle_js__WEBPACK_IMPORTED_MODULE_5__/* .scoreColumns */ .OY)(bundle, raw, n);
        const bad = new Uint8Array(n);
        const fail = (row, column, value, expected) => {
            if (!bad[row] && failed.length < maxReported)
                failed.push({ line: batch.lines[row], column, value, expected });
            bad[row] = 1;
        };
        const records = new Array(n);
        for (let r = 0; r < n; r++) {
            const o = {};
            bundle.features.forEach((name, j) => {
                const v = raw[j][r];
                o[name] = v instanceof Date ? v.toISOString() : typeof v === 'bigint' ? Number(v) : v;
            });
            records[r] = o;
        }
        for (const e of out.errors)
            fail(e.row, e.column, e.value, e.expected);
        for (const e of validator.check(records, source, Number.POSITIVE_INFINITY).errors) {
            const m = /^expected (.*?)(, got .*)?$/.exec(e.message);
            fail(e.row, e.field, records[e.row]?.[e.field] ?? null, m ? m[1] : 'a value (schema.yml: this feature is not nullable)');
        }
        if (!header) {
            header = [...batch.columns, ...extra];
            if (opts.output === 'csv')
                await write(papaparse__WEBPACK_IMPORTED_MODULE_0__.unparse([header]) + '\n');
        }
        else if (batch.columns.length > header.length - extra.length) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${data}: a column first appears after row ${rows}; every record needs the same keys to be scored to CSV/JSON Lines`);
        }
        const cols = header.slice(0, header.length - extra.length);
        const lines = [];
        const objs = [];
        for (let r = 0; r < n; r++) {
            rows++;
            if (bad[r])
                continue;
            scored++;
            const p = out.predictions[r];
            const pred = bundle.task === 'classification' ? (classes[p] ?? p) : p;
            const probs = bundle.task === 'classification' ? Array.from(out.probabilities.subarray(r * k, r * k + classes.length)) : [];
            const row = batch.rows[r].map((v) => (v instanceof Date ? v.toISOString() : v));
            while (row.length < cols.length)
                row.push(null);
            if (opts.output === 'csv')
                lines.push([...row, pred, ...probs]);
            else {
                const o = {};
                cols.forEach((c, j) => (o[c] = row[j] ?? null));
                o.prediction = pred;
                classes.forEach((c, j) => (o[`probability_${c}`] = probs[j]));
                objs.push(JSON.stringify(o));
            }
        }
        if (opts.output === 'csv') {
            if (lines.length > 0)
                await write(papaparse__WEBPACK_IMPORTED_MODULE_0__.unparse(lines, { header: false }) + '\n');
        }
        else if (objs.length > 0)
            await write(objs.join('\n') + '\n');
    }
    if (!header)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${data}: no rows to score`);
    return { rows, scored, failed, output: opts.outputName ?? '-' };
}


/***/ }),

/***/ 2516:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ featureSpecs),
/* harmony export */   loadServedModel: () => (/* binding */ loadServedModel),
/* harmony export */   readBundleSchema: () => (/* binding */ readBundleSchema)
/* harmony export */ });
/* unused harmony export decileEdges */
/* harmony import */ var _model_bundle_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6011);
/* harmony import */ var _model_preprocess_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3749);
/* harmony import */ var _data_schema_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6587);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6760);
/**
 * The model as the server sees it: feature specs for validation and metrics, and a score function.
 * loadServedModel adapts a bundle verified by src/model (readBundle checks every sha256 in
 * manifest.json) and scores with src/model's own preprocessing and tree walk (scoreRecords), so
 * serving applies exactly what training fitted. Request types come from the bundle's schema.yml
 * (the data contract inferred at training); drift bins from the deciles of its holdout rows.
 */





const SCHEMA_KIND = { int: 'integer', float: 'number', bool: 'boolean', category: 'category', string: 'string', datetime: 'datetime' };
const PREPROCESS_KIND = { numeric: 'number', boolean: 'boolean', categorical: 'category', datetime: 'datetime' };
/** Deciles (9 inner edges) of the numeric values, deduplicated. */
function decileEdges(values) {
    if (values.length < 10)
        return [];
    const v = Float64Array.from(values).sort();
    const edges = [];
    for (let q = 1; q < 10; q++) {
        const e = v[Math.min(v.length - 1, Math.floor((q * v.length) / 10))];
        if (edges.length === 0 || e > edges[edges.length - 1])
            edges.push(e);
    }
    return edges;
}
/** The bundle's schema.yml (the data contract inferred at training), if it has one. */
async function readBundleSchema(bundle) {
    if (!('schema.yml' in bundle.manifest.files))
        return undefined;
    const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(bundle.dir, 'schema.yml'), 'utf8');
    if (!/^\s*columns:/m.test(text))
        return undefined; // "# schema inference unavailable"
    return (0,_data_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .parseDataSchema */ .Hc)(text, (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(bundle.dir, 'schema.yml'));
}
/** Feature specs: types and nullability from schema.yml, else from the fitted preprocessing. */
function featureSpecs(bundle, schema, holdout) {
    return bundle.preprocess.columns.map((col) => {
        const rule = schema?.columns[col.name] ?? undefined;
        const kind = (rule?.type && SCHEMA_KIND[rule.type]) || PREPROCESS_KIND[col.kind] || 'string';
        // Without a rule saying otherwise, missing values are imputed as in training.
        const nullable = rule ? rule.nullable !== false && rule.required !== true : true;
        const spec = { name: col.name, kind, nullable };
        if (col.categories)
            spec.categories = col.categories;
        if (col.kind === 'numeric' && kind !== 'category' && kind !== 'string') {
            const vals = [];
            for (const r of holdout) {
                const v = r[col.name];
                if (!(0,_model_preprocess_js__WEBPACK_IMPORTED_MODULE_1__/* .isMissing */ .b2)(v)) {
                    const x = typeof v === 'number' ? v : Number(v);
                    if (Number.isFinite(x))
                        vals.push(x);
                }
            }
            spec.edges = decileEdges(vals);
        }
        return spec;
    });
}
async function loadServedModel(bundleDir) {
    const bundle = await (0,_model_bundle_js__WEBPACK_IMPORTED_MODULE_0__.readBundle)(bundleDir, { verify: true });
    const schema = await readBundleSchema(bundle);
    const holdout = 'holdout.jsonl' in bundle.manifest.files ? (await (0,_model_bundle_js__WEBPACK_IMPORTED_MODULE_0__/* .readHoldout */ .Su)(bundle)).records : [];
    const features = featureSpecs(bundle, schema, holdout);
    const task = bundle.task;
    const classIndex = new Map((bundle.classes ?? []).map((c, i) => [c, i]));
    const metrics = {};
    const holdoutMetrics = (bundle.metrics.holdout ?? {});
    const headline = holdoutMetrics[bundle.headlineMetric] ?? bundle.metrics.headline_value;
    if (typeof headline === 'number')
        metrics[bundle.headlineMetric] = headline;
    for (const k of ['accuracy', 'f1_macro', 'roc_auc', 'rmse', 'mae', 'r2'])
        if (typeof holdoutMetrics[k] === 'number')
            metrics[k] = holdoutMetrics[k];
    let predictionBuckets;
    if (task === 'regression') {
        const ys = holdout.map((r) => Number(r[bundle.target])).filter(Number.isFinite);
        const edges = decileEdges(ys);
        predictionBuckets = edges.length > 0 ? edges : undefined;
    }
    const digest = `sha256:${bundle.digest}`;
    return {
        task,
        classes: bundle.classes,
        features,
        version: bundle.digest.slice(0, 12),
        digest,
        predictionBuckets,
        metrics,
        score(records) {
            const out = (0,_model_bundle_js__WEBPACK_IMPORTED_MODULE_0__/* .scoreRecords */ .$J)(bundle, records);
            const index = task === 'classification' ? Int32Array.from(out.predictions, (p) => classIndex.get(String(p)) ?? 0) : Float64Array.from(out.predictions);
            return { predictions: out.predictions, index, probabilities: out.probabilities };
        },
    };
}


/***/ }),

/***/ 9635:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ compileValidator)
/* harmony export */ });
/* unused harmony export MAX_ERRORS */
/* harmony import */ var _model_preprocess_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3749);

function checkDate(text) {
    return Number.isFinite(Date.parse(text)) ? text : { error: `expected a date/time (ISO 8601), got "${text.length > 40 ? text.slice(0, 40) + '…' : text}"` };
}
/** Parse a CSV cell for a feature ("", NA, null… are missing, as in training). */
function fromText(spec, text) {
    if ((0,_model_preprocess_js__WEBPACK_IMPORTED_MODULE_0__/* .isMissing */ .b2)(text))
        return null;
    switch (spec.kind) {
        case 'number':
        case 'integer': {
            const n = Number(text.trim());
            if (!Number.isFinite(n) || text.trim() === '')
                return { error: `expected a number, got "${text.length > 40 ? text.slice(0, 40) + '…' : text}"` };
            if (spec.kind === 'integer' && !Number.isInteger(n))
                return { error: `expected an integer, got ${text}` };
            return n;
        }
        case 'boolean': {
            const t = text.trim().toLowerCase();
            if (t === 'true' || t === '1')
                return true;
            if (t === 'false' || t === '0')
                return false;
            return { error: `expected true or false, got "${text}"` };
        }
        case 'datetime':
            return checkDate(text);
        default:
            return text;
    }
}
function describe(v) {
    if (v === null)
        return 'null';
    if (Array.isArray(v))
        return 'an array';
    if (typeof v === 'object')
        return 'an object';
    if (typeof v === 'string')
        return `the string ${JSON.stringify(v.length > 40 ? v.slice(0, 40) + '…' : v)}`;
    return `${typeof v} ${String(v)}`;
}
/** Check a JSON value for a feature. */
function fromJson(spec, v) {
    if (v === null || v === undefined)
        return null;
    switch (spec.kind) {
        case 'number':
            if (typeof v === 'number' && Number.isFinite(v))
                return v;
            return { error: `expected a number, got ${describe(v)}` };
        case 'integer':
            if (typeof v === 'number' && Number.isInteger(v))
                return v;
            return { error: `expected an integer, got ${describe(v)}` };
        case 'boolean':
            if (typeof v === 'boolean')
                return v;
            return { error: `expected true or false, got ${describe(v)}` };
        case 'datetime':
            if (typeof v === 'string')
                return checkDate(v);
            if (typeof v === 'number' && Number.isFinite(v))
                return v;
            return { error: `expected a date/time (ISO 8601 string or epoch ms), got ${describe(v)}` };
        default:
            if (typeof v === 'string')
                return v;
            if (typeof v === 'number' || typeof v === 'boolean')
                return String(v);
            return { error: `expected a string, got ${describe(v)}` };
    }
}
/** At most this many errors are reported per request. */
const MAX_ERRORS = 50;
function compileValidator(features) {
    const specs = features.map((f) => ({ ...f }));
    return {
        check(rows, source, limit = MAX_ERRORS) {
            const records = new Array(rows.length);
            const errors = [];
            for (let r = 0; r < rows.length; r++) {
                const row = rows[r];
                if (row === null || typeof row !== 'object' || Array.isArray(row)) {
                    if (errors.length < limit)
                        errors.push({ row: r, field: '', message: `expected an object of feature values, got ${describe(row)}` });
                    continue;
                }
                const obj = row;
                const out = {};
                for (let i = 0; i < specs.length; i++) {
                    const spec = specs[i];
                    const raw = obj[spec.name];
                    const v = source === 'csv' && typeof raw === 'string' ? fromText(spec, raw) : fromJson(spec, raw);
                    if (v !== null && typeof v === 'object') {
                        if (errors.length < limit)
                            errors.push({ row: r, field: spec.name, message: v.error });
                        continue;
                    }
                    if (v === null && !spec.nullable) {
                        if (errors.length < limit)
                            errors.push({ row: r, field: spec.name, message: raw === undefined ? 'missing: this feature is required' : 'null is not allowed: this feature is required' });
                        continue;
                    }
                    out[spec.name] = v;
                }
                records[r] = out;
            }
            return { records, errors };
        },
    };
}


/***/ })

};
