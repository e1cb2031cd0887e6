export const id = 704;
export const ids = [704];
export const modules = {

/***/ 44704:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  featureSpecs: () => (/* binding */ featureSpecs),
  readBundleSchema: () => (/* binding */ readBundleSchema)
});

// UNUSED EXPORTS: decileEdges, loadServedModel

// EXTERNAL MODULE: ./src/model/bundle.js + 3 modules
var bundle = __webpack_require__(13068);
// EXTERNAL MODULE: ./src/errors.js
var errors = __webpack_require__(16986);
// EXTERNAL MODULE: ./src/model/preprocess.js + 1 modules
var preprocess = __webpack_require__(63905);
;// CONCATENATED MODULE: ./src/model/record-scorer.js
/**
 * Scoring a few records at a time with no per-call allocation: the serving runtime's path (one
 * request = one call). The bundle's preprocessing is compiled once into a row transform
 * (compileRowTransform: the same rules as transformColumns) that writes row-major features into a
 * reused buffer, and the compiled tree(s) walk those rows (leavesOfRows). Results are views into
 * buffers reused by the next call (only the first n entries are this call's): read them before
 * scoring again.
 */



/**
 * Compile a scorer for a bundle's preprocessing and model. A record that fails preprocessing
 * throws a UsageError naming the record (1-based), column, value and what was expected, as
 * scoreRecords does.
 */
function record_scorer_compileRecordScorer(bundle) {
    const transform = compileRowTransform(bundle.preprocess);
    const model = bundle.model;
    const stride = Math.max(1, bundle.preprocess.features.length);
    const k = model.nClasses;
    const clf = model.task === 'classification';
    let cap = 0;
    let X = new Float64Array(0);
    let leaves = new Int32Array(0);
    let pred = new Float64Array(0);
    let proba = new Float64Array(0);
    const grow = (n) => {
        cap = Math.max(n, cap * 2, 16);
        X = new Float64Array(cap * stride);
        leaves = new Int32Array(cap);
        pred = new Float64Array(cap);
        if (clf)
            proba = new Float64Array(cap * k);
    };
    return (records) => {
        const n = records.length;
        if (n > cap)
            grow(n);
        for (let r = 0; r < n; r++) {
            const e = transform(records[r], X, r * stride);
            if (e)
                throw new UsageError(`record ${r + 1}: column "${e.column}" is ${JSON.stringify(e.value)}, expected ${e.expected}`);
        }
        const trees = model.trees;
        if (!clf) {
            pred.fill(0, 0, n);
            for (const t of trees) {
                leavesOfRows(t, X, n, stride, leaves);
                for (let r = 0; r < n; r++)
                    pred[r] += t.leafValue[leaves[r]];
            }
            if (trees.length > 1)
                for (let r = 0; r < n; r++)
                    pred[r] /= trees.length;
            return { n, predictions: pred };
        }
        if (trees.length === 1) {
            const t = trees[0];
            leavesOfRows(t, X, n, stride, leaves);
            for (let r = 0; r < n; r++) {
                const l = leaves[r];
                pred[r] = t.leafClass[l];
                for (let c = 0; c < k; c++)
                    proba[r * k + c] = t.leafProba[l * k + c];
            }
        }
        else {
            proba.fill(0, 0, n * k);
            for (const t of trees) {
                leavesOfRows(t, X, n, stride, leaves);
                for (let r = 0; r < n; r++)
                    for (let c = 0; c < k; c++)
                        proba[r * k + c] += t.leafProba[leaves[r] * k + c];
            }
            for (let r = 0; r < n; r++) {
                let best = 0;
                for (let c = 0; c < k; c++) {
                    proba[r * k + c] /= trees.length;
                    if (proba[r * k + c] > proba[r * k + best])
                        best = c;
                }
                pred[r] = best;
            }
        }
        return { n, predictions: pred, probabilities: proba };
    };
}

// EXTERNAL MODULE: ../../node_modules/yaml/dist/index.js
var dist = __webpack_require__(33483);
// EXTERNAL MODULE: ../../node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(98476);
// EXTERNAL MODULE: ./src/config/yaml.js
var yaml = __webpack_require__(61049);
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
                throw new errors.UsageError(`${file}:1: a schema is a mapping with "columns:" (see the validate-data README)`);
        },
    });
}
/** Serialize a schema as YAML with a short header comment. */
function stringifyDataSchema(schema, header = []) {
    const head = header.map((h) => `# ${h}\n`).join('');
    return head + stringify(schema, { lineWidth: 0 });
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./src/serve/model.js
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
    const text = await (0,promises_.readFile)((0,external_node_path_.join)(bundle.dir, 'schema.yml'), 'utf8');
    if (!/^\s*columns:/m.test(text))
        return undefined; // "# schema inference unavailable"
    return parseDataSchema(text, (0,external_node_path_.join)(bundle.dir, 'schema.yml'));
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
                if (!(0,preprocess/* isMissing */.b2)(v)) {
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
    const bundle = await readBundle(bundleDir, { verify: true });
    const schema = await readBundleSchema(bundle);
    const holdout = 'holdout.jsonl' in bundle.manifest.files ? (await readHoldout(bundle)).records : [];
    const features = featureSpecs(bundle, schema, holdout);
    const task = bundle.task;
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
    const scorer = compileRecordScorer(bundle);
    return {
        task,
        classes: bundle.classes,
        features,
        version: bundle.digest.slice(0, 12),
        digest,
        predictionBuckets,
        metrics,
        name: typeof bundle.params.name === 'string' ? bundle.params.name : undefined,
        score(records) {
            const out = scorer(records);
            return { n: out.n, index: out.predictions, probabilities: out.probabilities };
        },
    };
}


/***/ })

};
