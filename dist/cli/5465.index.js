export const id = 5465;
export const ids = [5465];
export const modules = {

/***/ 25465:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bundleTimestamp: () => (/* binding */ bundleTimestamp),
/* harmony export */   command: () => (/* binding */ command)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73136);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(18805);
/* harmony import */ var _config_parse_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(17779);
/* harmony import */ var _config_sections_train_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(47371);
/* harmony import */ var _mlflow_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(70859);
/**
 * `cd4ml train` — train a CART model (ml-cart format) and write a model bundle. Same option names
 * as the train action's inputs and the `train:` section of cd4ml.yml (flags win).
 */






function gitHead(cwd) {
    return new Promise((resolve) => {
        (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)('git', ['rev-parse', 'HEAD'], { cwd }, (err, stdout) => resolve(err ? undefined : stdout.trim() || undefined));
    });
}
/** The bundle's one timestamp: SOURCE_DATE_EPOCH (reproducible builds) or now. */
function bundleTimestamp(env = process.env) {
    const epoch = env.SOURCE_DATE_EPOCH;
    if (epoch !== undefined && epoch !== '')
        return new Date((0,_config_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .parseNumber */ .$J)('SOURCE_DATE_EPOCH', epoch, { min: 0, integer: true }) * 1000).toISOString();
    return new Date().toISOString();
}
/** The file this process runs (the CLI bundle): search workers start it again. */
function cliEntry() {
    return (0,node_url__WEBPACK_IMPORTED_MODULE_1__.pathToFileURL)(process.argv[1] ?? '').href;
}
const command = {
    name: 'train',
    summary: 'train a CART model and write a model bundle',
    stage: _config_sections_train_js__WEBPACK_IMPORTED_MODULE_4__/* .trainStage */ .d,
    details: [
        'Writes DIR/{model.json, preprocess.json, schema.yml, metrics.json, params.json, lineage.json,',
        'holdout.jsonl, MODEL_CARD.md, manifest.json}. SOURCE_DATE_EPOCH fixes the bundle timestamp.',
        'Exit codes: 0 trained, 2 bad usage or bad input (missing target, single class, too few rows, …).',
    ].join('\n'),
    async run(opts, io) {
        const { config, settings: section } = await (0,_command_js__WEBPACK_IMPORTED_MODULE_2__/* .stageSettings */ .o7)(_config_sections_train_js__WEBPACK_IMPORTED_MODULE_4__/* .trainStage */ .d, opts, io);
        const { resolveTrainSettings, inferSchemaYaml } = await __webpack_require__.e(/* import() */ 6098).then(__webpack_require__.bind(__webpack_require__, 86098));
        const { trainAndWriteBundle } = await Promise.all(/* import() */[__webpack_require__.e(8116), __webpack_require__.e(9025), __webpack_require__.e(1284), __webpack_require__.e(1428), __webpack_require__.e(4196)]).then(__webpack_require__.bind(__webpack_require__, 12930));
        const settings = resolveTrainSettings(section);
        const { workerRunner } = await Promise.all(/* import() */[__webpack_require__.e(8116), __webpack_require__.e(9025), __webpack_require__.e(1284), __webpack_require__.e(1428), __webpack_require__.e(4196), __webpack_require__.e(798)]).then(__webpack_require__.bind(__webpack_require__, 70798));
        const { availableParallelism } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 48161, 19));
        const { performance } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 643, 19));
        // SOURCE_DATE_EPOCH asks for a reproducible bundle: no wall-clock fit times in it.
        const now = process.env.SOURCE_DATE_EPOCH ? undefined : () => performance.now();
        const result = await trainAndWriteBundle(settings, {
            now,
            // The CLI bundle's own file is the worker's entry (src/cli/index.ts checks for it).
            searchRunner: workerRunner(new URL(cliEntry()), settings.jobs ?? availableParallelism(), now),
            timestamp: bundleTimestamp(),
            toolVersion: process.env.CD4ML_VERSION ?? '0.1.0',
            gitHead: await gitHead(io.cwd),
            inferSchemaYaml,
        });
        if (result.shard) {
            const r = result.shard;
            const line = `search shard ${r.index}/${r.count}: ${r.evaluated} of ${r.candidates} candidates evaluated on ${settings.cvFolds} folds → ${result.dir}/${result.files[0]}\n`;
            io.stdout((0,_command_js__WEBPACK_IMPORTED_MODULE_2__/* .boolOpt */ .Ig)(opts, 'json') ? JSON.stringify({ shard: r, dir: result.dir, file: result.files[0], digest: result.digest }, null, 2) + '\n' : line);
            return 0;
        }
        // MLflow (when configured): run + model version, recorded in lineage.json (the digest changes).
        const tracked = await (0,_mlflow_js__WEBPACK_IMPORTED_MODULE_5__/* .trackTrainingFromCli */ .uM)(section, config.mlflow, result.dir, io.stderr);
        const digest = tracked?.digest ?? result.digest;
        const mlflow = tracked?.result ? { 'run-id': tracked.result.runId, 'run-url': tracked.result.runUrl, 'registered-model': tracked.result.registeredModel ?? null, 'model-version': tracked.result.version ?? null } : undefined;
        if ((0,_command_js__WEBPACK_IMPORTED_MODULE_2__/* .boolOpt */ .Ig)(opts, 'json')) {
            io.stdout(JSON.stringify({ bundle: result.dir, digest, task: result.task, headline: result.headline, metrics: result.metrics, files: result.files, ...(mlflow ? { mlflow } : {}) }, null, 2) + '\n');
        }
        else {
            const line = mlflow ? `mlflow run ${mlflow['run-id']} (${mlflow['run-url']})${mlflow['model-version'] ? `, registered model "${mlflow['registered-model']}" version ${mlflow['model-version']}` : ''}\n` : '';
            const chosen = result.search ? `search (${result.search.method}, ${result.search.candidates.length} evaluations, ${result.search.cv_folds} folds): chose ${Object.entries(result.search.best.params).map(([k, v]) => `${k}=${v}`).join(' ')} (CV ${result.search.metric} ${result.search.best.mean.toFixed(4)} ± ${result.search.best.std.toFixed(4)})\n` : '';
            io.stdout(`${chosen}trained ${result.task} model: ${result.headline.name} = ${result.headline.value.toFixed(4)} (holdout)\nbundle ${result.dir} (sha256 of manifest ${digest})\n  ${result.files.join('\n  ')}\n${line}`);
        }
        return 0;
    },
};


/***/ }),

/***/ 17779:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $J: () => (/* binding */ parseNumber),
/* harmony export */   E1: () => (/* binding */ parseList),
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   nL: () => (/* binding */ parseEnum),
/* harmony export */   yG: () => (/* binding */ parseBoolean)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16986);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UsageError(`${label} must be ${rangeText(range)}, got "${raw}"`);
    return value;
}
/** Parse one of a fixed set of values. */
function parseEnum(label, raw, allowed) {
    const text = raw.trim();
    if (allowed.includes(text))
        return text;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UsageError(`${label} must be one of ${allowed.map((a) => `"${a}"`).join(', ')}, got "${raw}"`);
}
/** Parse a YAML-1.2 core boolean the way the Actions toolkit's getBooleanInput does. */
function parseBoolean(label, raw) {
    const text = raw.trim();
    if (['true', 'True', 'TRUE'].includes(text))
        return true;
    if (['false', 'False', 'FALSE'].includes(text))
        return false;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UsageError(`${label} must be true or false, got "${raw}"`);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UsageError(`${label} must be a duration like "30s", "2m" or "500ms", got "${raw}"`);
    const n = Number(m[1]);
    const unit = m[2] ?? 's';
    const factor = unit === 'ms' ? 1 : unit === 's' ? 1000 : unit === 'm' ? 60_000 : 3_600_000;
    return n * factor;
}


/***/ })

};
