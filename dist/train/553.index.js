export const id = 553;
export const ids = [553];
export const modules = {

/***/ 52553:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pt: () => (/* binding */ sanitizeKey),
/* harmony export */   currentDigest: () => (/* binding */ currentDigest),
/* harmony export */   gp: () => (/* binding */ TAGS),
/* harmony export */   trackTraining: () => (/* binding */ trackTraining)
/* harmony export */ });
/* unused harmony exports MODEL_ARTIFACT_PATH, flattenParams, metricsOf, lineageTags, logTrainingRun */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _model_bundle_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(26219);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(16986);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(82944);
/**
 * train \u2192 MLflow: one run per training with the bundle's params, holdout and cross-validation
 * metrics and lineage tags; the bundle as the run's artifacts under `model/` (through the server's
 * artifact proxy); a new version of the registered model whose source is that folder. The run id
 * and version are written back into the bundle's lineage.json (`mlflow` entry), so the bundle
 * names its MLflow twin and the twin holds the bundle \u2014 the digest changes accordingly and the
 * final digest is tagged on the run and the version.
 *
 * Order: run \u2192 params/metrics/tags \u2192 (child runs) \u2192 model version \u2192 lineage.json \u2192 upload \u2192 tags \u2192
 * FINISHED. A failure after the run was created marks it FAILED (best effort) and rethrows.
 */





/** Folder of the run's artifacts that holds the bundle (the model version's source). */
const MODEL_ARTIFACT_PATH = 'model';
/** Tag keys cd4ml writes (runs and model versions). */
const TAGS = {
    digest: 'cd4ml.bundle-digest',
    prHead: 'cd4ml.git.pr-head',
    dataSha256: 'cd4ml.data.sha256',
    dataDvcMd5: 'cd4ml.data.dvc-md5',
    testDataSha256: 'cd4ml.test-data.sha256',
    toolVersion: 'cd4ml.tool.version',
    task: 'cd4ml.task',
    previousVersion: 'cd4ml.previous-version',
};
/** A candidate's metrics for its child run: cv_mean, cv_std, train_score, nodes, depth, rank, fold_<k>. */
function candidateMetrics(c) {
    if (c.metrics)
        return c.metrics;
    const out = {};
    for (const [key, v] of [['cv_mean', c.mean], ['cv_std', c.std], ['train_score', c.train_score], ['nodes', c.nodes], ['depth', c.depth], ['rank', c.rank]])
        if (typeof v === 'number')
            out[key] = v;
    (c.fold_scores ?? []).forEach((v, k) => (out[`fold_${k + 1}`] = v));
    return out;
}
const MAX_PARAM_VALUE = 6000;
const MAX_KEY = 250;
/** MLflow keys allow letters, digits, "_", "-", ".", " " and "/". */
function sanitizeKey(key) {
    return key.replace(/[^A-Za-z0-9_\-. /]/g, '_').slice(0, MAX_KEY);
}
/** params.json \u2192 MLflow params: nested keys dotted, lists as JSON, nulls left out, values cut at 6000 characters. */
function flattenParams(params, prefix = '') {
    const out = [];
    for (const [k, v] of Object.entries(params)) {
        const key = prefix ? `${prefix}.${k}` : k;
        if (v === null || v === undefined)
            continue;
        if (typeof v === 'object' && !Array.isArray(v)) {
            out.push(...flattenParams(v, key));
            continue;
        }
        const text = typeof v === 'string' ? v : JSON.stringify(v);
        out.push({ key: sanitizeKey(key), value: text.length > MAX_PARAM_VALUE ? `${text.slice(0, MAX_PARAM_VALUE - 1)}\u2026` : text });
    }
    return out;
}
const num = (v) => typeof v === 'number' && Number.isFinite(v);
/**
 * metrics.json \u2192 MLflow metrics (all at `timestamp`): holdout scalars (`holdout.<name>`), per-class
 * precision/recall/f1 (`holdout.class.<label>.<name>`), cross-validation mean/std
 * (`cv.<name>.mean`, `cv.<name>.std`) and each fold's score as a series (`cv.<name>` at step =
 * fold index), feature importances (`importance.<feature>`) and the tree size.
 */
function metricsOf(metrics, timestamp) {
    const out = [];
    const push = (key, value, step = 0) => {
        if (num(value))
            out.push({ key: sanitizeKey(key), value, timestamp, step });
    };
    const holdout = (metrics.holdout ?? {});
    for (const [k, v] of Object.entries(holdout))
        push(`holdout.${k}`, v);
    for (const c of (holdout.per_class ?? [])) {
        for (const n of ['precision', 'recall', 'f1'])
            push(`holdout.class.${c.class}.${n}`, c[n]);
    }
    const cv = metrics.cross_validation;
    if (cv) {
        for (const [k, v] of Object.entries(cv)) {
            if (k === 'folds' || !v || typeof v !== 'object')
                continue;
            const s = v;
            push(`cv.${k}.mean`, s.mean);
            push(`cv.${k}.std`, s.std);
            (s.folds ?? []).forEach((x, i) => push(`cv.${k}`, x, i));
        }
    }
    for (const f of (metrics.feature_importances ?? []))
        push(`importance.${f.feature}`, f.importance);
    const model = (metrics.model ?? {});
    for (const [k, v] of Object.entries(model))
        push(`model.${k}`, v);
    return out;
}
/** Run tags from lineage.json: git SHA (MLflow's own mlflow.source.git.commit), PR head, data sha256, DVC md5, tool version. */
function lineageTags(lineage, task) {
    const tags = [
        { key: 'mlflow.source.type', value: 'JOB' },
        { key: 'mlflow.source.name', value: 'cd4ml train' },
    ];
    if (lineage.git?.head)
        tags.push({ key: 'mlflow.source.git.commit', value: lineage.git.head });
    if (lineage.git?.['pr-head'])
        tags.push({ key: TAGS.prHead, value: lineage.git['pr-head'] });
    const [data, test] = lineage.data ?? [];
    if (data) {
        tags.push({ key: TAGS.dataSha256, value: data.sha256 });
        if (data['dvc-md5'])
            tags.push({ key: TAGS.dataDvcMd5, value: data['dvc-md5'] });
    }
    if (test)
        tags.push({ key: TAGS.testDataSha256, value: test.sha256 });
    if (lineage.tool?.version)
        tags.push({ key: TAGS.toolVersion, value: lineage.tool.version });
    if (task)
        tags.push({ key: TAGS.task, value: task });
    return tags;
}
async function readJson(dir, name) {
    try {
        return JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, name), 'utf8'));
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__.UsageError(`model bundle ${dir}: ${name} cannot be read as JSON (${err.message}); pass the directory written by "cd4ml train"`);
    }
}
/** Log a freshly written bundle as an MLflow run (+ model version). See the module comment for the order. */
async function logTrainingRun(client, bundleDir, opts) {
    const metrics = await readJson(bundleDir, 'metrics.json');
    const params = await readJson(bundleDir, 'params.json');
    const lineage = await readJson(bundleDir, 'lineage.json');
    const task = typeof metrics.task === 'string' ? metrics.task : undefined;
    const experimentId = await client.ensureExperiment(opts.experiment);
    const start = opts.now();
    const info = await client.createRun({ experimentId, runName: opts.runName, startTime: start, tags: lineageTags(lineage, task) });
    const runId = info.run_id;
    const runUrl = client.runUrl(experimentId, runId);
    opts.log?.(`MLflow run ${runId} in experiment "${opts.experiment}" (${runUrl})`);
    try {
        const flatParams = flattenParams(params);
        const runMetrics = metricsOf(metrics, start);
        await client.logBatch(runId, { params: flatParams, metrics: runMetrics });
        // Model selection hook: each search candidate becomes a child run.
        const candidates = (metrics.search?.candidates ?? []).filter((c) => c && typeof c === 'object');
        for (const [i, c] of candidates.entries()) {
            const child = await client.createRun({ experimentId, runName: c.name ?? `candidate-${i + 1}`, startTime: start, tags: [{ key: 'mlflow.parentRunId', value: runId }] });
            await client.logBatch(child.run_id, { params: flattenParams(c.params ?? {}), metrics: Object.entries(candidateMetrics(c)).filter(([, v]) => num(v)).map(([key, value]) => ({ key: sanitizeKey(key), value, timestamp: start, step: 0 })) });
            await client.updateRun(child.run_id, 'FINISHED', opts.now());
        }
        if (!info.artifact_uri)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__.UsageError(`MLflow ${client.trackingUri} created run ${runId} without an artifact location; check the server's --default-artifact-root / --artifacts-destination`);
        const root = (0,_client_js__WEBPACK_IMPORTED_MODULE_4__/* .proxyPathOf */ .Bc)(info.artifact_uri, `the artifact store of experiment "${opts.experiment}"`);
        const artifactUri = `${info.artifact_uri.replace(/\/+$/, '')}/${MODEL_ARTIFACT_PATH}`;
        let version;
        let versionUrl;
        if (opts.registeredModel) {
            await client.ensureRegisteredModel(opts.registeredModel, 'Registered by cd4ml: each version is a cd4ml model bundle (see its MODEL_CARD.md).');
            const headline = `${String(metrics.headline_metric)} = ${String(metrics.headline_value)}`;
            const mv = await client.createModelVersion({ name: opts.registeredModel, source: artifactUri, runId, description: `cd4ml ${task ?? ''} model, ${headline} (holdout)`.replace(/\s+/g, ' ') });
            version = mv.version;
            versionUrl = client.modelVersionUrl(opts.registeredModel, version);
            opts.log?.(`MLflow registered model "${opts.registeredModel}" version ${version}`);
        }
        const digest = await (0,_model_bundle_js__WEBPACK_IMPORTED_MODULE_2__/* .amendLineage */ .vp)(bundleDir, 'mlflow', {
            'tracking-uri': client.trackingUri,
            'experiment-id': experimentId,
            'run-id': runId,
            'run-url': runUrl,
            'artifact-uri': artifactUri,
            'registered-model': opts.registeredModel ?? null,
            'model-version': version ?? null,
        });
        const files = [..._model_bundle_js__WEBPACK_IMPORTED_MODULE_2__/* .BUNDLE_FILES */ .HJ, 'manifest.json'];
        for (const name of files)
            await client.uploadArtifact(`${root}/${MODEL_ARTIFACT_PATH}/${name}`, await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(bundleDir, name)));
        await client.setTag(runId, TAGS.digest, digest);
        if (opts.registeredModel && version)
            await client.setModelVersionTag(opts.registeredModel, version, TAGS.digest, digest);
        await client.updateRun(runId, 'FINISHED', opts.now());
        return {
            experimentId,
            runId,
            runUrl,
            artifactUri,
            registeredModel: opts.registeredModel,
            version,
            versionUrl,
            digest,
            counts: { params: flatParams.length, metrics: runMetrics.length, tags: lineageTags(lineage, task).length + 1, childRuns: candidates.length, artifacts: files.length },
        };
    }
    catch (err) {
        await client.updateRun(runId, 'FAILED', opts.now()).catch(() => undefined);
        throw err;
    }
}
/**
 * The adapters' entry: log the bundle, or \u2014 with `required: false` \u2014 turn any MLflow failure into
 * a warning so that training still succeeds. Returns the result, or the warning text.
 */
async function trackTraining(client, bundleDir, settings, opts) {
    try {
        return { result: await logTrainingRun(client, bundleDir, { experiment: settings.experiment, registeredModel: settings.registeredModel, runName: opts.runName, now: opts.now, log: opts.log }) };
    }
    catch (err) {
        if (settings.required)
            throw err;
        return { warning: `MLflow tracking failed; training succeeds without it (mlflow.required is false): ${err.message}` };
    }
}
/** The digest of a bundle folder as it is now (sha256 of manifest.json). */
async function currentDigest(bundleDir) {
    const { createHash } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 77598, 19));
    return createHash('sha256').update(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(bundleDir, 'manifest.json'))).digest('hex');
}


/***/ })

};
