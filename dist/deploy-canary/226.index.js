export const id = 226;
export const ids = [226,553,607,988];
export const modules = {

/***/ 82944:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bc: () => (/* binding */ proxyPathOf),
/* harmony export */   MlflowClient: () => (/* binding */ MlflowClient),
/* harmony export */   TN: () => (/* binding */ normalizeTrackingUri),
/* harmony export */   mF: () => (/* binding */ MlflowError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16986);
/**
 * A small client for MLflow's REST API 2.0 (tracking, model registry and the artifacts proxy).
 * Pure: `fetch`, `sleep` and `now` are injected; it never reads the environment (the adapters
 * resolve the tracking URI and credentials and pass them in).
 *
 * Endpoints used (method and path from MLflow's service.proto / model_registry.proto /
 * mlflow_artifacts.proto, all under /api/2.0):
 *   GET  mlflow/experiments/get-by-name       POST mlflow/experiments/create
 *   POST mlflow/runs/create  POST mlflow/runs/log-batch  POST mlflow/runs/set-tag  POST mlflow/runs/update
 *   GET  mlflow/runs/get     GET  mlflow/metrics/get-history
 *   POST mlflow/registered-models/create       GET  mlflow/registered-models/get
 *   POST mlflow/registered-models/set-tag      POST mlflow/registered-models/alias  GET mlflow/registered-models/alias
 *   POST mlflow/model-versions/create          GET  mlflow/model-versions/get       GET mlflow/model-versions/search
 *   POST mlflow/model-versions/set-tag
 *   PUT/GET mlflow-artifacts/artifacts/{path}  (file bytes, the server's artifact proxy)
 *
 * Failures: 429 and 5xx (and connection errors) are retried with exponential backoff (honouring
 * Retry-After); then, and for 401/403/404, an MlflowError names the tracking URI, the call and
 * what to fix. Messages never contain the credentials.
 */

/** A failed MLflow call. A UsageError: the fix is in the configuration or on the server (exit 2). */
class MlflowError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__.UsageError {
    status;
    errorCode;
    constructor(message, status, errorCode) {
        super(message);
        this.status = status;
        this.errorCode = errorCode;
        this.name = 'MlflowError';
    }
}
const RETRYABLE = (status) => status === 429 || status >= 500;
const MAX_BACKOFF_MS = 8000;
/** Strip a trailing slash; refuse anything but http(s). */
function normalizeTrackingUri(uri, label = 'tracking-uri') {
    const trimmed = uri.trim().replace(/\/+$/, '');
    let url;
    try {
        url = new URL(trimmed);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UsageError(`${label} must be an http(s) URL of an MLflow tracking server (e.g. http://mlflow.example.com:5000), got "${uri}"`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        const hint = url.protocol === 'databricks:' ? ' (for Databricks use https://<workspace>.cloud.databricks.com with MLFLOW_TRACKING_TOKEN)' : ' (cd4ml talks to the REST API of a tracking server; file stores are not supported)';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UsageError(`${label} must be an http(s) URL of an MLflow tracking server, got "${uri}"${hint}`);
    }
    if (url.username || url.password)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UsageError(`${label} must not contain credentials; use MLFLOW_TRACKING_USERNAME / MLFLOW_TRACKING_PASSWORD or MLFLOW_TRACKING_TOKEN`);
    return trimmed;
}
function authHeader(auth) {
    if (!auth || auth.kind === 'none')
        return undefined;
    if (auth.kind === 'token')
        return `Bearer ${auth.token}`;
    return `Basic ${Buffer.from(`${auth.username}:${auth.password}`).toString('base64')}`;
}
/** Encode each segment of an artifact path (keeping the slashes). */
function encodePath(path) {
    return path
        .split('/')
        .filter((s) => s !== '')
        .map(encodeURIComponent)
        .join('/');
}
class MlflowClient {
    opts;
    trackingUri;
    attempts;
    backoffMs;
    constructor(opts) {
        this.opts = opts;
        this.trackingUri = normalizeTrackingUri(opts.trackingUri);
        this.attempts = Math.max(1, opts.attempts ?? 4);
        this.backoffMs = opts.backoffMs ?? 500;
    }
    /** Link to a run in the MLflow UI. */
    runUrl(experimentId, runId) {
        return `${this.trackingUri}/#/experiments/${encodeURIComponent(experimentId)}/runs/${encodeURIComponent(runId)}`;
    }
    /** Link to a model version in the MLflow UI. */
    modelVersionUrl(name, version) {
        return `${this.trackingUri}/#/models/${encodeURIComponent(name)}/versions/${encodeURIComponent(version)}`;
    }
    // ---- transport -------------------------------------------------------------------------
    async send(method, path, init, what) {
        const url = `${this.trackingUri}${path}`;
        const headers = { accept: 'application/json' };
        const auth = authHeader(this.opts.auth);
        if (auth)
            headers.authorization = auth;
        if (init.contentType)
            headers['content-type'] = init.contentType;
        let lastProblem = '';
        for (let attempt = 1; attempt <= this.attempts; attempt++) {
            let res;
            try {
                res = await this.opts.fetch(url, { method, headers, body: init.body });
            }
            catch (err) {
                const cause = err.cause;
                lastProblem = cause?.code ?? cause?.message ?? err.message;
                if (attempt < this.attempts) {
                    await this.backoff(attempt, undefined, `${method} ${path}: ${lastProblem}`);
                    continue;
                }
                throw new MlflowError(`MLflow tracking server ${this.trackingUri} cannot be reached (${lastProblem}) for ${what}, after ${this.attempts} attempt(s); check tracking-uri (or MLFLOW_TRACKING_URI) and that the server is running and reachable from this machine`, undefined, undefined);
            }
            if (RETRYABLE(res.status) && attempt < this.attempts) {
                const retryAfter = Number(res.headers.get('retry-after'));
                await res.arrayBuffer().catch(() => undefined);
                await this.backoff(attempt, Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : undefined, `${method} ${path}: HTTP ${res.status}`);
                continue;
            }
            return res;
        }
        throw new Error('unreachable');
    }
    async backoff(attempt, retryAfterMs, why) {
        const ms = retryAfterMs ?? Math.min(MAX_BACKOFF_MS, this.backoffMs * 2 ** (attempt - 1));
        this.opts.log?.(`MLflow ${why}; retrying in ${ms} ms (attempt ${attempt + 1} of ${this.attempts})`);
        await this.opts.sleep(ms);
    }
    async failure(res, method, path, what) {
        const text = await res.text().catch(() => '');
        let code;
        let detail = text.slice(0, 300);
        try {
            const j = JSON.parse(text);
            code = j.error_code;
            if (j.message)
                detail = j.message;
        }
        catch {
            /* not JSON */
        }
        const where = `MLflow ${this.trackingUri} (${method} ${path})`;
        if (res.status === 401) {
            return new MlflowError(`${where} refused the credentials (401 Unauthorized) for ${what}; set MLFLOW_TRACKING_TOKEN (a bearer token, e.g. a Databricks personal access token) or MLFLOW_TRACKING_USERNAME and MLFLOW_TRACKING_PASSWORD for this server`, 401, code);
        }
        if (res.status === 403) {
            return new MlflowError(`${where}: permission denied (403 Forbidden) for ${what}; give the user of these credentials edit rights on the experiment / registered model (or use another token)`, 403, code);
        }
        if (res.status === 404 && (code === 'RESOURCE_DOES_NOT_EXIST' || code === 'NOT_FOUND')) {
            return new MlflowError(`${where}: ${what} does not exist (${detail})`, 404, code);
        }
        if (res.status === 404) {
            return new MlflowError(`${where}: endpoint not found (404) for ${what}; is ${this.trackingUri} an MLflow 2.x tracking server (with the artifacts proxy, "mlflow server --serve-artifacts", for artifacts)?`, 404, code);
        }
        const retried = RETRYABLE(res.status) ? ` after ${this.attempts} attempt(s)` : '';
        return new MlflowError(`${where} failed for ${what}: HTTP ${res.status}${code ? ` ${code}` : ''}${retried}: ${detail}`, res.status, code);
    }
    /** One JSON call of the REST API. GET sends `body` as query parameters (proto3 JSON mapping). */
    async call(spec) {
        let path = `/api/2.0/${spec.path}`;
        let body;
        if (spec.method === 'GET') {
            const q = new URLSearchParams();
            for (const [k, v] of Object.entries(spec.body ?? {})) {
                if (v === undefined)
                    continue;
                if (Array.isArray(v))
                    for (const x of v)
                        q.append(k, String(x));
                else
                    q.append(k, String(v));
            }
            const qs = q.toString();
            if (qs)
                path += `?${qs}`;
        }
        else
            body = JSON.stringify(spec.body ?? {});
        const res = await this.send(spec.method, path, { body, contentType: body === undefined ? undefined : 'application/json' }, spec.what);
        if (!res.ok)
            throw await this.failure(res, spec.method, path.split('?')[0], spec.what);
        const text = await res.text();
        try {
            return (text === '' ? {} : JSON.parse(text));
        }
        catch {
            throw new MlflowError(`MLflow ${this.trackingUri} (${spec.method} ${path}) answered with non-JSON for ${spec.what}: ${text.slice(0, 200)}`, res.status, undefined);
        }
    }
    // ---- tracking --------------------------------------------------------------------------
    /** The experiment's id, or undefined when no experiment has that name. */
    async findExperimentId(name) {
        try {
            const r = await this.call({ method: 'GET', path: 'mlflow/experiments/get-by-name', body: { experiment_name: name }, what: `experiment "${name}"` });
            if (r.experiment?.lifecycle_stage === 'deleted') {
                throw new MlflowError(`MLflow ${this.trackingUri}: experiment "${name}" is deleted; restore it in the MLflow UI or choose another mlflow.experiment`, 400, 'INVALID_STATE');
            }
            return r.experiment?.experiment_id;
        }
        catch (err) {
            if (err instanceof MlflowError && err.status === 404 && err.errorCode)
                return undefined;
            throw err;
        }
    }
    /** Get the experiment by name, creating it when it does not exist. */
    async ensureExperiment(name) {
        const found = await this.findExperimentId(name);
        if (found)
            return found;
        try {
            const r = await this.call({ method: 'POST', path: 'mlflow/experiments/create', body: { name }, what: `creating experiment "${name}"` });
            return r.experiment_id;
        }
        catch (err) {
            // Created concurrently by another job: read it back.
            if (err instanceof MlflowError && err.errorCode === 'RESOURCE_ALREADY_EXISTS') {
                const again = await this.findExperimentId(name);
                if (again)
                    return again;
            }
            throw err;
        }
    }
    async createRun(req) {
        const r = await this.call({
            method: 'POST',
            path: 'mlflow/runs/create',
            body: { experiment_id: req.experimentId, run_name: req.runName, start_time: req.startTime, tags: req.tags ?? [] },
            what: `creating a run in experiment ${req.experimentId}`,
        });
        return r.run.info;
    }
    async getRun(runId) {
        const r = await this.call({ method: 'GET', path: 'mlflow/runs/get', body: { run_id: runId }, what: `run ${runId}` });
        return r.run;
    }
    /**
     * Log params, metrics and tags, split into requests within MLflow's limits (1000 items, of
     * which at most 100 params and 100 tags, per request).
     */
    async logBatch(runId, batch) {
        const params = [...(batch.params ?? [])];
        const tags = [...(batch.tags ?? [])];
        const metrics = [...(batch.metrics ?? [])];
        let requests = 0;
        while (params.length || tags.length || metrics.length) {
            const p = params.splice(0, 100);
            const t = tags.splice(0, 100);
            const m = metrics.splice(0, 1000 - p.length - t.length);
            await this.call({ method: 'POST', path: 'mlflow/runs/log-batch', body: { run_id: runId, params: p, metrics: m, tags: t }, what: `logging to run ${runId}` });
            requests++;
        }
        return requests;
    }
    async setTag(runId, key, value) {
        await this.call({ method: 'POST', path: 'mlflow/runs/set-tag', body: { run_id: runId, key, value }, what: `tag "${key}" of run ${runId}` });
    }
    async updateRun(runId, status, endTime) {
        await this.call({ method: 'POST', path: 'mlflow/runs/update', body: { run_id: runId, status, end_time: endTime }, what: `ending run ${runId}` });
    }
    async getMetricHistory(runId, key) {
        const r = await this.call({ method: 'GET', path: 'mlflow/metrics/get-history', body: { run_id: runId, metric_key: key }, what: `metric "${key}" of run ${runId}` });
        return (r.metrics ?? []).map((m) => ({ ...m, value: Number(m.value), timestamp: Number(m.timestamp), step: Number(m.step ?? 0) }));
    }
    // ---- model registry --------------------------------------------------------------------
    async getRegisteredModel(name) {
        try {
            const r = await this.call({ method: 'GET', path: 'mlflow/registered-models/get', body: { name }, what: `registered model "${name}"` });
            return r.registered_model;
        }
        catch (err) {
            if (err instanceof MlflowError && err.status === 404 && err.errorCode)
                return undefined;
            throw err;
        }
    }
    /** Create the registered model when it does not exist yet. */
    async ensureRegisteredModel(name, description) {
        if (await this.getRegisteredModel(name))
            return;
        try {
            await this.call({ method: 'POST', path: 'mlflow/registered-models/create', body: { name, description }, what: `creating registered model "${name}"` });
        }
        catch (err) {
            if (!(err instanceof MlflowError && err.errorCode === 'RESOURCE_ALREADY_EXISTS'))
                throw err;
        }
    }
    async createModelVersion(req) {
        const r = await this.call({
            method: 'POST',
            path: 'mlflow/model-versions/create',
            body: { name: req.name, source: req.source, run_id: req.runId, tags: req.tags ?? [], description: req.description, run_link: req.runLink },
            what: `a new version of registered model "${req.name}"`,
        });
        return r.model_version;
    }
    async getModelVersion(name, version) {
        const r = await this.call({ method: 'GET', path: 'mlflow/model-versions/get', body: { name, version }, what: `version ${version} of registered model "${name}"` });
        return r.model_version;
    }
    async searchModelVersions(filter, maxResults = 100) {
        const r = await this.call({ method: 'GET', path: 'mlflow/model-versions/search', body: { filter, max_results: maxResults }, what: `model versions (${filter})` });
        return r.model_versions ?? [];
    }
    async setModelVersionTag(name, version, key, value) {
        await this.call({ method: 'POST', path: 'mlflow/model-versions/set-tag', body: { name, version, key, value }, what: `tag "${key}" of version ${version} of "${name}"` });
    }
    async setRegisteredModelTag(name, key, value) {
        await this.call({ method: 'POST', path: 'mlflow/registered-models/set-tag', body: { name, key, value }, what: `tag "${key}" of registered model "${name}"` });
    }
    async setAlias(name, alias, version) {
        await this.call({ method: 'POST', path: 'mlflow/registered-models/alias', body: { name, alias, version }, what: `alias "${alias}" of registered model "${name}"` });
    }
    /** The version an alias points to, or undefined when the alias (or the model) does not exist. */
    async getVersionByAlias(name, alias) {
        try {
            const r = await this.call({ method: 'GET', path: 'mlflow/registered-models/alias', body: { name, alias }, what: `alias "${alias}" of registered model "${name}"` });
            return r.model_version;
        }
        catch (err) {
            // MLflow 2.x answers a missing alias with 400 INVALID_PARAMETER_VALUE "Registered model alias \u2026 not found."
            // and a missing registered model with 404 RESOURCE_DOES_NOT_EXIST.
            if (err instanceof MlflowError && err.status === 404 && err.errorCode)
                return undefined;
            if (err instanceof MlflowError && err.errorCode === 'INVALID_PARAMETER_VALUE' && /alias .* not found/i.test(err.message))
                return undefined;
            throw err;
        }
    }
    // ---- artifacts proxy -------------------------------------------------------------------
    /** Upload one file through the server's artifact proxy; `path` is relative to the artifact root. */
    async uploadArtifact(path, bytes) {
        const p = `/api/2.0/mlflow-artifacts/artifacts/${encodePath(path)}`;
        const what = `uploading artifact ${path}`;
        const res = await this.send('PUT', p, { body: bytes, contentType: 'application/octet-stream' }, what);
        if (!res.ok)
            throw await this.failure(res, 'PUT', p, what);
        await res.arrayBuffer();
    }
    async downloadArtifact(path) {
        const p = `/api/2.0/mlflow-artifacts/artifacts/${encodePath(path)}`;
        const what = `artifact ${path}`;
        const res = await this.send('GET', p, {}, what);
        if (!res.ok)
            throw await this.failure(res, 'GET', p, what);
        return Buffer.from(await res.arrayBuffer());
    }
}
/**
 * The artifact-proxy path of an artifact URI: `mlflow-artifacts:/1/<run>/artifacts/model` (or with
 * a host, `mlflow-artifacts://host:port/1/...`) \u2192 `1/<run>/artifacts/model`. Other schemes (s3://,
 * dbfs:/, a local path) are not reachable through the proxy: a UsageError says what to change.
 */
function proxyPathOf(artifactUri, what) {
    const m = /^mlflow-artifacts:(?:\/\/[^/]*)?\/*(.*)$/.exec(artifactUri);
    if (!m) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UsageError(`${what} is stored at "${artifactUri}", which cd4ml cannot reach: it reads and writes artifacts only through the MLflow server's artifact proxy (mlflow-artifacts:/ URIs). Start the tracking server with "mlflow server --serve-artifacts" (the default since MLflow 2.0) and an --artifacts-destination, and use a new experiment (an experiment keeps the artifact location it was created with)`);
    }
    return m[1].replace(/\/+$/, '');
}


/***/ }),

/***/ 18988:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bundleModelVersion: () => (/* binding */ bundleModelVersion),
/* harmony export */   describePromotion: () => (/* binding */ describePromotion),
/* harmony export */   recordPromotion: () => (/* binding */ recordPromotion),
/* harmony export */   resolveDeployModel: () => (/* binding */ resolveDeployModel),
/* harmony export */   rollbackCommand: () => (/* binding */ rollbackCommand)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(16986);
/* harmony import */ var _train_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(52553);
/**
 * deploy-canary \u2192 MLflow registry. MLflow 2.x aliases only (stages are deprecated; cd4ml never
 * transitions stages):
 * - promoted (canary or first deployment): the alias (default `production`) moves to the deployed
 *   version; the version it pointed to before is recorded in the tag `cd4ml.previous-version` on
 *   the new version and in `cd4ml.<alias>.previous-version` on the registered model;
 * - rolled back or aborted: the alias stays where it was (nothing is written).
 * Rolling back to the previous version is then one command (docs/mlflow.md):
 *   cd4ml deploy --bundle mlflow:models:/<name>/<previous version>
 */




/** The registered model and version a bundle was logged as (lineage.json `mlflow` entry), if any. */
async function bundleModelVersion(bundleDir) {
    let lineage;
    try {
        lineage = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(bundleDir, 'lineage.json'), 'utf8'));
    }
    catch {
        return undefined;
    }
    const m = lineage.mlflow;
    return m?.['registered-model'] && m['model-version'] ? { name: m['registered-model'], version: m['model-version'] } : undefined;
}
function rollbackCommand(name, version) {
    return `cd4ml deploy --bundle mlflow:models:/${name}/${version}`;
}
/** Move the alias after a promotion (recording the previous version); leave it after a rollback. */
async function recordPromotion(client, p) {
    if (p.result !== 'promoted') {
        const current = await client.getVersionByAlias(p.registeredModel, p.alias);
        return { action: 'unchanged', alias: p.alias, version: current?.version ?? '', reason: `the rollout ${p.result}: alias "${p.alias}" of "${p.registeredModel}" stays ${current ? `on version ${current.version}` : 'unset'}` };
    }
    const model = await client.getRegisteredModel(p.registeredModel);
    if (!model)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__.UsageError(`MLflow ${client.trackingUri}: registered model "${p.registeredModel}" does not exist, so alias "${p.alias}" cannot be set; check mlflow.registered-model`);
    const previous = (await client.getVersionByAlias(p.registeredModel, p.alias))?.version;
    if (previous === p.version)
        return { action: 'alias-set', alias: p.alias, version: p.version, previous: undefined };
    await client.setAlias(p.registeredModel, p.alias, p.version);
    if (previous) {
        await client.setModelVersionTag(p.registeredModel, p.version, _train_js__WEBPACK_IMPORTED_MODULE_3__/* .TAGS */ .gp.previousVersion, previous);
        await client.setRegisteredModelTag(p.registeredModel, `cd4ml.${p.alias}.previous-version`, previous);
    }
    return { action: 'alias-set', alias: p.alias, version: p.version, previous, rollbackCommand: previous ? rollbackCommand(p.registeredModel, previous) : undefined };
}
/** One line for logs and the job summary. */
function describePromotion(r, name) {
    if (r.action === 'unchanged')
        return `MLflow: ${r.reason}`;
    const prev = r.previous ? ` (was version ${r.previous}; roll back with: ${r.rollbackCommand})` : '';
    return `MLflow: alias "${r.alias}" of "${name}" \u2192 version ${r.version}${prev}`;
}
/**
 * Which registered model version a deployment is: a `mlflow:models:/NAME@ALIAS|/VERSION` bundle
 * (downloaded and verified into `destRoot`), else an explicit `model-version` of
 * `registered-model`, else the bundle's lineage.json. Undefined when none applies (e.g. an image
 * without model-version): the alias is then not touched.
 */
async function resolveDeployModel(client, p, destRoot) {
    const { isMlflowRef, parseModelRef } = await __webpack_require__.e(/* import() */ 377).then(__webpack_require__.bind(__webpack_require__, 7377));
    if (isMlflowRef(p.bundle)) {
        const { resolveModelVersion, downloadVersionBundle } = await __webpack_require__.e(/* import() */ 368).then(__webpack_require__.bind(__webpack_require__, 39368));
        const ref = parseModelRef(p.bundle, 'bundle');
        const found = await resolveModelVersion(client, ref);
        if (found.kind === 'no-alias')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__.UsageError(`bundle ${p.bundle}: ${found.message}`);
        const got = await downloadVersionBundle(client, found.version, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(destRoot, `${ref.name.replace(/[^A-Za-z0-9._-]/g, '_')}-v${found.version.version}`));
        return { name: ref.name, version: found.version.version, dir: got.dir };
    }
    if (p.modelVersion !== undefined) {
        if (!p.registeredModel)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__.UsageError('model-version is set but no registered model: set registered-model (flag/input) or mlflow.registered-model in cd4ml.yml');
        if (!/^[1-9]\d*$/.test(p.modelVersion))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__.UsageError(`model-version must be a positive whole number (the train output mlflow-model-version), got "${p.modelVersion}"`);
        await client.getModelVersion(p.registeredModel, p.modelVersion);
        return { name: p.registeredModel, version: p.modelVersion };
    }
    if (p.bundle) {
        const fromLineage = await bundleModelVersion(p.bundle);
        if (fromLineage && p.registeredModel && fromLineage.name !== p.registeredModel) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__.UsageError(`bundle ${p.bundle} was registered as "${fromLineage.name}" version ${fromLineage.version}, not in registered model "${p.registeredModel}"; fix registered-model or deploy the right bundle`);
        }
        return fromLineage;
    }
    return undefined;
}


/***/ }),

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
/* harmony import */ var _model_bundle_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(47468);
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
