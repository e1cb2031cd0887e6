export const id = 1701;
export const ids = [1701];
export const modules = {

/***/ 1701:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   command: () => (/* binding */ command)
/* harmony export */ });
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8805);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6986);
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1633);
/* harmony import */ var _config_parse_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7779);




const FORMATS = ['csv', 'tsv', 'jsonl', 'json', 'parquet'];
const FAIL_ON = ['error', 'warning', 'never'];
const command = {
    name: 'validate',
    summary: 'check a dataset against a data contract and for drift',
    options: {
        data: { type: 'string', arg: 'FILE', description: 'dataset to check (.csv, .tsv, .jsonl, .json, .parquet)' },
        format: { type: 'string', arg: 'FORMAT', description: 'csv, tsv, jsonl, json or parquet (default: from the extension)' },
        schema: { type: 'string', arg: 'FILE', description: 'data contract (schema YAML) to check against' },
        reference: { type: 'string', arg: 'FILE', description: 'reference dataset to test drift against' },
        infer: { type: 'string', arg: 'OUT.yml', description: 'write a schema inferred from the data to this file' },
        report: { type: 'string', arg: 'OUT.json', description: 'write the JSON report to this file' },
        'fail-on': { type: 'string', arg: 'LEVEL', description: 'exit 1 on "error" (default), on "warning", or "never"' },
    },
    details: [
        'Exit codes: 0 all checks passed at the --fail-on level, 1 a check failed, 2 bad usage or bad input',
        '(unreadable or empty file, wrong delimiter, ragged rows, bad quoting, invalid UTF-8, bad schema).',
        'Schema format: see actions/validate-data/README.md.',
    ].join('\n'),
    async run(opts, io) {
        const { config } = await (0,_config_load_js__WEBPACK_IMPORTED_MODULE_2__/* .loadConfig */ .Z9)((0,_command_js__WEBPACK_IMPORTED_MODULE_0__/* .stringOpt */ .rJ)(opts, 'config'));
        const format = (0,_command_js__WEBPACK_IMPORTED_MODULE_0__/* .stringOpt */ .rJ)(opts, 'format');
        const failOn = (0,_command_js__WEBPACK_IMPORTED_MODULE_0__/* .stringOpt */ .rJ)(opts, 'fail-on');
        const merged = (0,_config_load_js__WEBPACK_IMPORTED_MODULE_2__/* .mergeSection */ .ab)(config.validate, {
            data: (0,_command_js__WEBPACK_IMPORTED_MODULE_0__/* .stringOpt */ .rJ)(opts, 'data'),
            format: format === undefined ? undefined : (0,_config_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .parseEnum */ .nL)('--format', format, FORMATS),
            schema: (0,_command_js__WEBPACK_IMPORTED_MODULE_0__/* .stringOpt */ .rJ)(opts, 'schema'),
            reference: (0,_command_js__WEBPACK_IMPORTED_MODULE_0__/* .stringOpt */ .rJ)(opts, 'reference'),
            infer: (0,_command_js__WEBPACK_IMPORTED_MODULE_0__/* .stringOpt */ .rJ)(opts, 'infer'),
            report: (0,_command_js__WEBPACK_IMPORTED_MODULE_0__/* .stringOpt */ .rJ)(opts, 'report'),
            'fail-on': failOn === undefined ? undefined : (0,_config_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .parseEnum */ .nL)('--fail-on', failOn, FAIL_ON),
        });
        if (!merged.data)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb('no data file: pass --data FILE or set validate.data in cd4ml.yml');
        const { validateData } = await Promise.all(/* import() */[__webpack_require__.e(8116), __webpack_require__.e(5989), __webpack_require__.e(1284), __webpack_require__.e(7739), __webpack_require__.e(8544)]).then(__webpack_require__.bind(__webpack_require__, 8019));
        const { renderText } = await __webpack_require__.e(/* import() */ 4606).then(__webpack_require__.bind(__webpack_require__, 4606));
        const report = await validateData({
            data: merged.data,
            format: merged.format,
            schema: merged.schema,
            reference: merged.reference,
            infer: merged.infer,
            failOn: merged['fail-on'],
        });
        if (merged.report) {
            const { writeText } = await __webpack_require__.e(/* import() */ 2907).then(__webpack_require__.bind(__webpack_require__, 2907));
            await writeText(merged.report, JSON.stringify(report, null, 2) + '\n');
        }
        if ((0,_command_js__WEBPACK_IMPORTED_MODULE_0__/* .boolOpt */ .Ig)(opts, 'json'))
            io.stdout(JSON.stringify(report, null, 2) + '\n');
        else
            io.stdout(renderText(report));
        return report.passed ? 0 : 1;
    },
};


/***/ }),

/***/ 1633:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Z9: () => (/* binding */ loadConfig),
  ab: () => (/* binding */ mergeSection)
});

// UNUSED EXPORTS: DEFAULT_CONFIG_PATH, parseConfig

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/config/yaml.js
var yaml = __webpack_require__(1049);
// EXTERNAL MODULE: ./src/errors.js
var errors = __webpack_require__(6986);
// EXTERNAL MODULE: ../../node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(8476);
;// CONCATENATED MODULE: ./src/config/sections/validate.js

/** `validate:` in cd4ml.yml — same names as `cd4ml validate` flags and validate-data inputs. */
const validateSection = schemas/* object */.Ikc({
    data: schemas/* string */.YjP().min(1).optional(),
    format: schemas/* enum */.k5n(['csv', 'tsv', 'jsonl', 'json', 'parquet']).optional(),
    schema: schemas/* string */.YjP().min(1).optional(),
    reference: schemas/* string */.YjP().min(1).optional(),
    infer: schemas/* string */.YjP().min(1).optional(),
    report: schemas/* string */.YjP().min(1).optional(),
    'fail-on': schemas/* enum */.k5n(['error', 'warning', 'never']).optional(),
})
    .strict();

;// CONCATENATED MODULE: ./src/config/sections/train.js

const imputeStrategy = schemas/* enum */.k5n(['median', 'mean', 'most-frequent', 'constant']);
const datePart = schemas/* enum */.k5n(['year', 'month', 'day', 'dayofweek', 'dayofyear', 'hour', 'minute']);
/** `train:` in cd4ml.yml — same names as `cd4ml train` flags and the train action's inputs. */
const trainSection = schemas/* object */.Ikc({
    /** Training data file (CSV, TSV, JSON Lines, JSON, Parquet). */
    data: schemas/* string */.YjP().min(1).optional(),
    /** A separate evaluation file; without it a seeded holdout split of `data` is used. */
    'test-data': schemas/* string */.YjP().min(1).optional(),
    format: schemas/* enum */.k5n(['csv', 'tsv', 'jsonl', 'json', 'parquet']).optional(),
    target: schemas/* string */.YjP().min(1).optional(),
    /** Raw input columns to use (default: every column but the target). */
    features: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).min(1).optional(),
    exclude: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).optional(),
    /** Inferred when absent: a numeric target with more than 20 distinct values is regression. */
    task: schemas/* enum */.k5n(['classification', 'regression']).optional(),
    model: schemas/* enum */.k5n(['tree', 'forest']).optional(),
    'max-depth': schemas/* number */.aig().int().min(1).max(64).optional(),
    /** exact (ml-cart's candidates; presorted), histogram (≤ 256 quantile bins) or auto (exact up to 20,000 rows). */
    'split-search': schemas/* enum */.k5n(['auto', 'exact', 'histogram']).optional(),
    'min-num-samples': schemas/* number */.aig().int().min(0).optional(),
    'gain-threshold': schemas/* number */.aig().min(0).optional(),
    'n-trees': schemas/* number */.aig().int().min(1).max(1000).optional(),
    /** Forest: features tried per tree ("sqrt", "all" or a fraction in (0, 1]). */
    'max-features': schemas/* union */.KCZ([schemas/* enum */.k5n(['sqrt', 'all']), schemas/* number */.aig().gt(0).max(1)]).optional(),
    seed: schemas/* number */.aig().int().min(0).max(4294967295).optional(),
    'test-size': schemas/* number */.aig().gt(0).lt(1).optional(),
    /** Stratified k-fold cross-validation on the training split (0 = off). */
    'cv-folds': schemas/* number */.aig().int().min(0).max(50).optional(),
    /** Headline metric (default accuracy / rmse). */
    metric: schemas/* string */.YjP().min(1).optional(),
    impute: schemas/* object */.Ikc({
        numeric: imputeStrategy.optional(),
        categorical: imputeStrategy.optional(),
        'fill-value': schemas/* union */.KCZ([schemas/* number */.aig(), schemas/* string */.YjP()]).optional(),
    })
        .strict()
        .optional(),
    encoding: schemas/* enum */.k5n(['one-hot', 'ordinal']).optional(),
    categorical: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).optional(),
    'datetime-parts': schemas/* array */.YOg(datePart).min(1).optional(),
    /** Bundle directory. */
    out: schemas/* string */.YjP().min(1).optional(),
    'artifact-name': schemas/* string */.YjP().min(1).optional(),
    'intended-use': schemas/* string */.YjP().min(1).optional(),
})
    .strict();

;// CONCATENATED MODULE: ./src/config/sections/gate.js

/** One metric's rule under `gate.metrics`. */
const gateMetricRule = schemas/* object */.Ikc({
    /** Hard lower bound on the candidate's value. */
    min: schemas/* number */.aig().optional(),
    /** Hard upper bound on the candidate's value. */
    max: schemas/* number */.aig().optional(),
    /** Largest allowed drop against the baseline, absolute (in the metric's units). */
    'max-drop': schemas/* number */.aig().min(0).optional(),
    /** Largest allowed drop against the baseline, relative to the baseline's value (0.05 = 5%). */
    'max-drop-relative': schemas/* number */.aig().min(0).optional(),
    /** Default inferred: loss, error, mae, mse, rmse are lower-is-better, anything else higher. */
    direction: schemas/* enum */.k5n(['higher-is-better', 'lower-is-better']).optional(),
    /** Fail a drop rule only when the whole confidence interval of the drop lies beyond the tolerance. */
    'require-significance': schemas/* boolean */.zMY().optional(),
})
    .strict();
/** `gate:` in cd4ml.yml — same names as `cd4ml gate` flags and evaluate-gate inputs. */
const gateSection = schemas/* object */.Ikc({
    candidate: schemas/* string */.YjP().min(1).optional(),
    /** "production" (the latest successful deployment) or a bundle directory / local registry. */
    baseline: schemas/* string */.YjP().min(1).optional(),
    environment: schemas/* string */.YjP().min(1).optional(),
    data: schemas/* string */.YjP().min(1).optional(),
    report: schemas/* string */.YjP().min(1).optional(),
    resamples: schemas/* number */.aig().int().min(100).max(100_000).optional(),
    confidence: schemas/* number */.aig().gt(0.5).lt(1).optional(),
    seed: schemas/* number */.aig().int().min(0).optional(),
    /** Production artifact missing or unreadable: fail the gate, or pass with a warning. */
    'on-baseline-missing': schemas/* enum */.k5n(['fail', 'warn']).optional(),
    /** The baseline cannot be scored on the evaluation rows (its columns are gone): fail, or pass with a warning. */
    'on-schema-change': schemas/* enum */.k5n(['fail', 'warn']).optional(),
    metrics: schemas/* record */.g1P(schemas/* string */.YjP().regex(/^[a-z][a-z0-9-]*$/, 'metric names are kebab-case, e.g. accuracy, balanced-accuracy, rmse'), gateMetricRule).optional(),
    slices: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).optional(),
    'slice-metric': schemas/* string */.YjP().min(1).optional(),
    'max-disparity': schemas/* number */.aig().min(0).optional(),
    'min-slice-rows': schemas/* number */.aig().int().min(1).optional(),
})
    .strict();

;// CONCATENATED MODULE: ./src/config/sections/image.js

/** `image:` in cd4ml.yml — same names as `cd4ml build-image` flags and build-image inputs. */
const imageSection = schemas/* object */.Ikc({
    bundle: schemas/* string */.YjP().min(1).optional(),
    image: schemas/* string */.YjP().min(1).optional(),
    tags: schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* array */.YOg(schemas/* string */.YjP().min(1))]).optional(),
    'base-image': schemas/* string */.YjP().min(1).optional(),
    push: schemas/* boolean */.zMY().optional(),
    output: schemas/* string */.YjP().min(1).optional(),
    builder: schemas/* enum */.k5n(['auto', 'docker', 'daemonless']).optional(),
    platform: schemas/* string */.YjP().regex(/^[a-z0-9]+\/[a-z0-9_]+(\/[a-z0-9]+)?$/, 'must look like linux/amd64').optional(),
    port: schemas/* number */.aig().int().min(1).max(65535).optional(),
    user: schemas/* string */.YjP().regex(/^\d+(:\d+)?$/, 'must be a numeric uid[:gid], e.g. 65532:65532').optional(),
    created: schemas/* string */.YjP().min(1).optional(),
    version: schemas/* string */.YjP().min(1).optional(),
    labels: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP()).optional(),
})
    .strict();

;// CONCATENATED MODULE: ./src/config/sections/deploy.js

/** A duration: "30s", "2m", "500ms", or a number of seconds. */
const duration = schemas/* union */.KCZ([schemas/* number */.aig().positive(), schemas/* string */.YjP().regex(/^\s*\d+(\.\d+)?\s*(ms|s|m|h)?\s*$/, 'must be a duration like "30s", "2m" or "500ms"')]);
const share = schemas/* number */.aig().min(0).max(1);
/** `deploy:` in cd4ml.yml — same names as `cd4ml deploy` flags and deploy-canary inputs. */
const deploySection = schemas/* object */.Ikc({
    image: schemas/* string */.YjP().min(1).optional(),
    bundle: schemas/* string */.YjP().min(1).optional(),
    provider: schemas/* enum */.k5n(['local', 'cloud-run', 'kubernetes']).optional(),
    environment: schemas/* string */.YjP().min(1).optional(),
    steps: schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* array */.YOg(schemas/* number */.aig().int().min(1).max(100))]).optional(),
    bake: duration.optional(),
    interval: duration.optional(),
    'max-bake': duration.optional(),
    'ready-timeout': duration.optional(),
    'min-requests': schemas/* number */.aig().int().min(0).optional(),
    'failure-limit': schemas/* number */.aig().int().min(0).optional(),
    'max-error-rate': share.optional(),
    'max-p99-latency': duration.optional(),
    'max-error-rate-increase': share.optional(),
    'max-latency-increase': schemas/* number */.aig().min(0).optional(),
    queries: schemas/* array */.YOg(schemas/* object */.Ikc({ name: schemas/* string */.YjP().regex(/^[a-z][a-z0-9-]*$/, 'must be kebab-case'), query: schemas/* string */.YjP().min(1), min: schemas/* number */.aig().optional(), max: schemas/* number */.aig().optional() })
        .strict()
        .refine((q) => q.min !== undefined || q.max !== undefined, 'needs min or max (the success condition)'))
        .optional(),
    load: schemas/* string */.YjP().min(1).optional(),
    'load-rate': schemas/* number */.aig().positive().optional(),
    'load-path': schemas/* string */.YjP().startsWith('/').optional(),
    'prometheus-url': schemas/* string */.YjP().url().optional(),
    port: schemas/* number */.aig().int().min(0).max(65535).optional(),
    'container-port': schemas/* number */.aig().int().min(1).max(65535).optional(),
    // cloud-run
    project: schemas/* string */.YjP().min(1).optional(),
    region: schemas/* string */.YjP().min(1).optional(),
    service: schemas/* string */.YjP().regex(/^[a-z]([-a-z0-9]*[a-z0-9])?$/, 'must be a lower-case DNS label').optional(),
    // kubernetes
    namespace: schemas/* string */.YjP().min(1).optional(),
    route: schemas/* string */.YjP().min(1).optional(),
})
    .strict();

;// CONCATENATED MODULE: ./src/config/sections/monitor.js

/** "30m", "24h", "7d", or a number of seconds. */
const monitor_duration = schemas/* union */.KCZ([schemas/* string */.YjP().regex(/^\s*\d+(?:\.\d+)?\s*(ms|s|m|h|d)?\s*$/, 'a duration such as "30m", "24h" or "7d"'), schemas/* number */.aig().min(0)]);
/** `monitor:` in cd4ml.yml — same names as `cd4ml monitor` flags and the monitor action's inputs. */
const monitorSection = schemas/* object */.Ikc({
    bundle: schemas/* string */.YjP().min(1).optional(),
    environment: schemas/* string */.YjP().min(1).optional(),
    data: schemas/* string */.YjP().min(1).optional(),
    samples: schemas/* string */.YjP().min(1).optional(),
    prometheus: schemas/* string */.YjP().min(1).optional(),
    'prometheus-selector': schemas/* string */.YjP().min(1).optional(),
    labels: schemas/* string */.YjP().min(1).optional(),
    window: monitor_duration.optional(),
    'min-rows': schemas/* number */.aig().int().min(1).optional(),
    'drift-share': schemas/* number */.aig().min(0).max(1).optional(),
    'prediction-drift': schemas/* boolean */.zMY().optional(),
    'max-metric-drop': schemas/* number */.aig().min(0).optional(),
    issue: schemas/* boolean */.zMY().optional(),
    'issue-label': schemas/* string */.YjP().min(1).optional(),
    'retrain-workflow': schemas/* string */.YjP().min(1).optional(),
    'retrain-event': schemas/* string */.YjP().min(1).optional(),
    'retrain-ref': schemas/* string */.YjP().min(1).optional(),
    'cool-down': monitor_duration.optional(),
    'fail-on-drift': schemas/* boolean */.zMY().optional(),
    report: schemas/* string */.YjP().min(1).optional(),
})
    .strict();

;// CONCATENATED MODULE: ./src/config/schema.js
/**
 * The zod schema of cd4ml.yml. Each stage owns one section, defined in ./sections/<stage>.ts;
 * keys are kebab-case and identical to the stage's CLI flags and action inputs.
 */







/** A section not yet specified by its stage: any mapping, kept as is. */
const openSection = schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J());
const configSchema = schemas/* object */.Ikc({
    version: schemas/* literal */.euz(1).optional(),
    validate: validateSection.optional(),
    train: trainSection.optional(),
    gate: gateSection.optional(),
    image: imageSection.optional(),
    deploy: deploySection.optional(),
    monitor: monitorSection.optional(),
})
    .strict();

;// CONCATENATED MODULE: ./src/config/load.js
/**
 * cd4ml.yml: one file, one section per stage. Parsed with `yaml` (keeping line numbers) and
 * validated with zod; an error names the file, the YAML path and the line.
 */




const DEFAULT_CONFIG_PATH = 'cd4ml.yml';
/** Parse and validate config text. `file` is only used in messages. */
function parseConfig(text, file) {
    return (0,yaml/* parseYamlWithSchema */.Ku)(text, file, configSchema, {
        what: 'config',
        syntaxHint: '. Fix the syntax and run again.',
        spellingHint: '(keys are kebab-case)',
    });
}
/**
 * Load `path` (default cd4ml.yml). A missing file at the default path means "all defaults";
 * a missing file at an explicitly given path is an error.
 */
async function loadConfig(path) {
    const explicit = path !== undefined && path !== '';
    const file = explicit ? path : DEFAULT_CONFIG_PATH;
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch (err) {
        const code = err.code;
        if (!explicit && code === 'ENOENT')
            return { path: undefined, config: configSchema.parse({}) };
        throw new errors/* UsageError */.eb(`config file "${file}" cannot be read (${code ?? 'error'}); pass an existing file with --config / input "config"`);
    }
    return { path: file, config: parseConfig(text, file) };
}
/**
 * Merge overrides (CLI flags or action inputs, same kebab-case names) over a config section.
 * Undefined overrides leave the config value in place.
 */
function mergeSection(section, overrides) {
    const out = { ...(section ?? {}) };
    for (const [k, v] of Object.entries(overrides))
        if (v !== undefined)
            out[k] = v;
    return out;
}


/***/ }),

/***/ 7779:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $J: () => (/* binding */ parseNumber),
/* harmony export */   E1: () => (/* binding */ parseList),
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   nL: () => (/* binding */ parseEnum),
/* harmony export */   yG: () => (/* binding */ parseBoolean)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6986);
/**
 * Strict parsing of scalar option values shared by the CLI (flags) and the actions (inputs).
 * `label` is how the caller names the value in messages, e.g. `--max-depth` or `input "max-depth"`.
 */

function rangeText(r) {
    const kind = r.integer ? 'an integer' : 'a number';
    if (r.min !== undefined && r.max !== undefined)
        return `${kind} in [${r.min}, ${r.max}]`;
    if (r.min !== undefined)
        return `${kind} >= ${r.min}`;
    if (r.max !== undefined)
        return `${kind} <= ${r.max}`;
    return kind;
}
/** Parse a number strictly: "0.9x", "", "NaN" and out-of-range values are errors. */
function parseNumber(label, raw, range = {}) {
    const text = raw.trim();
    const value = text === '' ? Number.NaN : Number(text);
    const ok = Number.isFinite(value) &&
        (!range.integer || Number.isInteger(value)) &&
        (range.min === undefined || value >= range.min) &&
        (range.max === undefined || value <= range.max);
    if (!ok)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${label} must be ${rangeText(range)}, got "${raw}"`);
    return value;
}
/** Parse one of a fixed set of values. */
function parseEnum(label, raw, allowed) {
    const text = raw.trim();
    if (allowed.includes(text))
        return text;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${label} must be one of ${allowed.map((a) => `"${a}"`).join(', ')}, got "${raw}"`);
}
/** Parse a YAML-1.2 core boolean the way the Actions toolkit's getBooleanInput does. */
function parseBoolean(label, raw) {
    const text = raw.trim();
    if (['true', 'True', 'TRUE'].includes(text))
        return true;
    if (['false', 'False', 'FALSE'].includes(text))
        return false;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${label} must be true or false, got "${raw}"`);
}
/** Parse a comma- or newline-separated list; empty items are dropped. */
function parseList(raw) {
    return raw
        .split(/[,\n]/)
        .map((s) => s.trim())
        .filter((s) => s !== '');
}
/** Parse a duration such as "90s", "2m", "500ms" or a bare number of seconds, into milliseconds. */
function parseDuration(label, raw) {
    const m = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h)?\s*$/.exec(raw);
    if (!m)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${label} must be a duration like "30s", "2m" or "500ms", got "${raw}"`);
    const n = Number(m[1]);
    const unit = m[2] ?? 's';
    const factor = unit === 'ms' ? 1 : unit === 's' ? 1000 : unit === 'm' ? 60_000 : 3_600_000;
    return n * factor;
}


/***/ }),

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


/***/ })

};
