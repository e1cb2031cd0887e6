export const id = 453;
export const ids = [453];
export const modules = {

/***/ 453:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  command: () => (/* binding */ pipeline_command)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/cli/command.js
var command = __webpack_require__(8805);
// EXTERNAL MODULE: ./src/config/load.js + 7 modules
var load = __webpack_require__(1633);
// EXTERNAL MODULE: ./src/errors.js
var errors = __webpack_require__(6986);
;// CONCATENATED MODULE: ./src/pipeline/plan.js
/**
 * The pipeline: which stages run, in which order, and how each stage's results feed the next.
 * Shared by `cd4ml pipeline` (stages run in-process as CLI commands) and the root action
 * (stages run as their own action bundles). Option, input and output names are the same
 * kebab-case names everywhere, so one wiring table serves both.
 */

const STAGES = ['validate', 'train', 'gate', 'build-image', 'deploy'];
/** The action that implements each stage. */
const STAGE_ACTION = {
    validate: 'validate-data',
    train: 'train',
    gate: 'evaluate-gate',
    'build-image': 'build-image',
    deploy: 'deploy-canary',
};
/** Default stages: a pull request checks the change; anything else also ships it. */
const PR_STAGES = (/* unused pure expression or super */ null && (['validate', 'train', 'gate']));
const ALL_STAGES = [...STAGES];
/**
 * Parse a stage list such as "validate,train,gate" (action names are accepted too). Stages always
 * run in pipeline order, each at most once.
 */
function parseStages(label, raw) {
    const byName = new Map();
    for (const s of STAGES) {
        byName.set(s, s);
        byName.set(STAGE_ACTION[s], s);
    }
    const items = raw
        .split(/[,\s]+/)
        .map((s) => s.trim())
        .filter(Boolean);
    if (items.length === 0)
        throw new errors/* UsageError */.eb(`${label} names no stage; use some of ${STAGES.join(', ')}`);
    const chosen = new Set();
    for (const item of items) {
        const stage = byName.get(item);
        if (!stage)
            throw new errors/* UsageError */.eb(`${label}: unknown stage "${item}"; stages are ${STAGES.join(', ')}`);
        chosen.add(stage);
    }
    return STAGES.filter((s) => chosen.has(s));
}
/**
 * Options (CLI) / inputs (action) for a stage, given what earlier stages produced. Everything
 * else comes from the stage's own section of cd4ml.yml.
 */
function stageOptions(stage, ctx) {
    const out = {};
    if (ctx.config)
        out.config = ctx.config;
    const bundle = ctx.results['bundle-path'];
    switch (stage) {
        case 'validate':
        case 'train':
            break;
        case 'gate':
            if (bundle)
                out.candidate = bundle;
            break;
        case 'build-image':
            if (bundle)
                out.bundle = bundle;
            break;
        case 'deploy':
            if ((ctx.provider ?? 'local') !== 'local' && ctx.results.image) {
                out.image = ctx.results.digest && !ctx.results.image.includes('@') ? `${ctx.results.image.replace(/:[^:/]+$/, '')}@${ctx.results.digest}` : ctx.results.image;
            }
            else if (bundle)
                out.bundle = bundle;
            break;
    }
    return out;
}
/** Turn options into CLI arguments: { config: 'x' } → ['--config', 'x']. */
function toArgv(options) {
    return Object.entries(options).flatMap(([k, v]) => [`--${k}`, v]);
}

;// CONCATENATED MODULE: ./src/cli/commands/pipeline.js
/**
 * `cd4ml pipeline` — run validate → train → gate → build-image → deploy from cd4ml.yml, each
 * stage as its own subcommand in this process, stopping at the first stage that does not pass.
 */




const VERDICT = { 0: 'ok', 1: 'FAILED (a check said no)', 2: 'FAILED (bad usage or input)' };
const pipeline_command = {
    name: 'pipeline',
    summary: 'run validate → train → gate → build-image → deploy from cd4ml.yml',
    options: {
        stages: { type: 'string', arg: 'LIST', description: `stages to run, comma-separated (default ${ALL_STAGES.join(',')})` },
    },
    details: 'Each stage reads its own section of the config; the bundle trained by "train" is the candidate of "gate"\nand what "build-image" and "deploy" ship. Stops at the first stage that exits non-zero and exits with its code.',
    async run(opts, io) {
        const { COMMANDS, parseCommandArgs } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 9415));
        const configPath = (0,command/* stringOpt */.rJ)(opts, 'config');
        const { config, path } = await (0,load/* loadConfig */.Z9)(configPath);
        const stages = parseStages('--stages', (0,command/* stringOpt */.rJ)(opts, 'stages') ?? ALL_STAGES.join(','));
        const results = {};
        const done = [];
        for (const stage of stages) {
            const options = stageOptions(stage, { config: path, provider: config.deploy?.provider, results });
            const { command } = await COMMANDS[stage].load();
            io.stdout(`\n▶ ${stage}: cd4ml ${stage} ${toArgv(options).join(' ')}\n`);
            const started = Date.now();
            const code = await command.run(parseCommandArgs(command, toArgv(options)), io);
            const seconds = (Date.now() - started) / 1000;
            done.push({ stage, code, seconds });
            io.stdout(`◀ ${stage}: ${VERDICT[code] ?? `exit ${code}`} (${seconds.toFixed(1)} s)\n`);
            if (stage === 'train')
                results['bundle-path'] = (0,external_node_path_.resolve)(io.cwd, config.train?.out ?? 'model');
            if (code !== 0)
                break;
        }
        io.stdout(`\npipeline: ${done.map((d) => `${d.stage} ${d.code === 0 ? 'ok' : 'failed'}`).join(' → ')}\n`);
        const failed = done.find((d) => d.code !== 0);
        return failed ? failed.code : 0;
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
