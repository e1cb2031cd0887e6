export const id = 135;
export const ids = [135,6587];
export const modules = {

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


/***/ })

};
