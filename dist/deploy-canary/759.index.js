export const id = 759;
export const ids = [759];
export const modules = {

/***/ 34759:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mlflowDeployInAction: () => (/* binding */ mlflowDeployInAction),
/* harmony export */   mlflowOverridesOf: () => (/* reexport safe */ _src_mlflow_settings_js__WEBPACK_IMPORTED_MODULE_1__.uc)
/* harmony export */ });
/* unused harmony exports resolveActionMlflow, actionMlflowClient, trackTrainingInAction, trackMonitoringInAction */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(91208);
/* harmony import */ var _src_mlflow_settings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(18866);
/**
 * MLflow for the actions (their declared inputs tracking-uri etc. arrive through mlflowOverridesOf): the MLflow environment
 * variables (read here, the adapter layer), secrets masked before any output, a client over the
 * runner's network, and the per-action steps (train, deploy-canary, monitor).
 */


/** Resolve the settings (undefined when no tracking URI is configured) and mask the credentials. */
async function resolveActionMlflow(section, overrides) {
    const { resolveMlflowSettings, secretsOf } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 18866));
    const env = process.env;
    // Mask first: even a configuration error below must not print a credential.
    for (const s of [env.MLFLOW_TRACKING_TOKEN, env.MLFLOW_TRACKING_PASSWORD])
        if (s)
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(s);
    const settings = resolveMlflowSettings(section, overrides, env, (name) => `input "${name === 'required' ? 'mlflow-required' : name}"`);
    if (settings)
        for (const s of secretsOf(settings.auth))
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(s);
    return settings;
}
async function actionMlflowClient(settings) {
    const { connectMlflow } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 18866));
    return connectMlflow(settings, { fetch: globalThis.fetch, sleep: (ms) => new Promise((r) => setTimeout(r, ms)), now: Date.now, log: (m) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(m) });
}
/** train: log the bundle to MLflow when configured; returns outputs and the bundle's final digest. */
async function trackTrainingInAction(section, overrides, bundleDir, runName) {
    const settings = await resolveActionMlflow(section, overrides);
    if (!settings)
        return undefined;
    const { trackTraining, currentDigest } = await Promise.all(/* import() */[__webpack_require__.e(116), __webpack_require__.e(989), __webpack_require__.e(284), __webpack_require__.e(431), __webpack_require__.e(468), __webpack_require__.e(553)]).then(__webpack_require__.bind(__webpack_require__, 52553));
    const client = await actionMlflowClient(settings);
    const { result, warning } = await trackTraining(client, bundleDir, settings, { now: Date.now, runName, log: (m) => core.info(m) });
    if (warning)
        core.warning(warning);
    return { result, digest: await currentDigest(bundleDir) };
}
/** deploy-canary: before the rollout, which MLflow version is deployed (downloading a mlflow:models:/ bundle). */
async function mlflowDeployInAction(section, overrides, bundle, workspace) {
    const { isMlflowRef } = await __webpack_require__.e(/* import() */ 377).then(__webpack_require__.bind(__webpack_require__, 7377));
    const settings = await resolveActionMlflow(section, overrides);
    if (!settings) {
        if (isMlflowRef(bundle)) {
            const { UsageError } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 16986));
            throw new UsageError(`input "bundle" ${bundle} needs an MLflow tracking server: set input "tracking-uri", mlflow.tracking-uri in cd4ml.yml or MLFLOW_TRACKING_URI`);
        }
        return undefined;
    }
    const { join, resolve } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 76760, 19));
    const { resolveDeployModel } = await Promise.all(/* import() */[__webpack_require__.e(116), __webpack_require__.e(989), __webpack_require__.e(284), __webpack_require__.e(431), __webpack_require__.e(468), __webpack_require__.e(607)]).then(__webpack_require__.bind(__webpack_require__, 18988));
    const client = await actionMlflowClient(settings);
    const model = await resolveDeployModel(client, { bundle: isMlflowRef(bundle) || bundle === undefined ? bundle : resolve(workspace, bundle), modelVersion: overrides['model-version'], registeredModel: settings.registeredModel }, join(workspace, '.cd4ml', 'mlflow', 'models'));
    if (!model)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`MLflow: the deployed artifact names no registered model version (no mlflow entry in its lineage.json, no input "model-version"); the alias "${settings.alias}" is not touched`);
    return model ? { client, settings, model } : undefined;
}
/** monitor: append this run's figures to the production version's MLflow run, when configured. */
async function trackMonitoringInAction(section, overrides, report) {
    const settings = await resolveActionMlflow(section, overrides);
    if (!settings)
        return undefined;
    const { trackMonitoring } = await Promise.all(/* import() */[__webpack_require__.e(116), __webpack_require__.e(989), __webpack_require__.e(284), __webpack_require__.e(431), __webpack_require__.e(468), __webpack_require__.e(869)]).then(__webpack_require__.bind(__webpack_require__, 4869));
    const tracked = await trackMonitoring(await actionMlflowClient(settings), settings, report, Date.now());
    if (tracked.result)
        core.info(tracked.note);
    else
        core.warning(tracked.note);
    return tracked.result;
}


/***/ }),

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

/***/ 18866:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   connectMlflow: () => (/* binding */ connectMlflow),
/* harmony export */   resolveMlflowSettings: () => (/* binding */ resolveMlflowSettings),
/* harmony export */   secretsOf: () => (/* binding */ secretsOf),
/* harmony export */   uc: () => (/* binding */ mlflowOverridesOf)
/* harmony export */ });
/* unused harmony exports MLFLOW_DEFAULTS, checkAlias */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16986);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(82944);
/**
 * Resolve the MLflow connection from the `mlflow:` section, flag/input overrides and the standard
 * MLflow environment variables \u2014 which the adapters read and pass in (the core never touches
 * process.env).
 */


const MLFLOW_DEFAULTS = { experiment: 'cd4ml', alias: 'production', required: true };
const pick = (s) => (s === undefined || s.trim() === '' ? undefined : s.trim());
/** MLflow rejects these alias names (reserved for version references). */
function checkAlias(alias, label) {
    if (!/^[A-Za-z_][A-Za-z0-9_-]*$/.test(alias) || alias.length > 255)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UsageError(`${label} must be letters, digits, "_" or "-" (not starting with a digit), got "${alias}"`);
    if (alias.toLowerCase() === 'latest' || /^v\d+$/i.test(alias))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UsageError(`${label} "${alias}" is reserved by MLflow ("latest" and v<number> name versions); choose another alias, e.g. production`);
    return alias;
}
/** The MLflow overrides a step or command gives: its declared MLflow inputs/flags (src/config/sections/mlflow.ts), already typed. */
function mlflowOverridesOf(given) {
    return {
        'tracking-uri': given['tracking-uri'],
        experiment: given.experiment,
        'registered-model': given['registered-model'],
        alias: given.alias,
        required: given['mlflow-required'],
        'model-version': given['model-version'] === undefined ? undefined : String(given['model-version']),
    };
}
/**
 * The connection, or undefined when MLflow is not configured (no tracking URI from flag/input,
 * cd4ml.yml or MLFLOW_TRACKING_URI). `label(name)` names an option in messages (`--tracking-uri`,
 * `input "tracking-uri"`).
 */
function resolveMlflowSettings(section, overrides, env, label) {
    const fromOverride = pick(overrides['tracking-uri']);
    const fromSection = pick(section?.['tracking-uri']);
    const fromEnv = pick(env.MLFLOW_TRACKING_URI);
    const uri = fromOverride ?? fromSection ?? fromEnv;
    if (uri === undefined)
        return undefined;
    const uriSource = fromOverride !== undefined ? label('tracking-uri') : fromSection !== undefined ? 'mlflow.tracking-uri in cd4ml.yml' : 'MLFLOW_TRACKING_URI';
    const trackingUri = (0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizeTrackingUri */ .TN)(uri, uriSource);
    const token = pick(env.MLFLOW_TRACKING_TOKEN);
    const username = pick(env.MLFLOW_TRACKING_USERNAME);
    const password = env.MLFLOW_TRACKING_PASSWORD;
    let auth = { kind: 'none' };
    if (token !== undefined) {
        if (username !== undefined)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UsageError('both MLFLOW_TRACKING_TOKEN and MLFLOW_TRACKING_USERNAME are set; keep one way of authenticating to MLflow (a token, or a username and password)');
        auth = { kind: 'token', token };
    }
    else if (username !== undefined) {
        if (password === undefined || password === '')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UsageError('MLFLOW_TRACKING_USERNAME is set without MLFLOW_TRACKING_PASSWORD; set both for HTTP basic authentication');
        auth = { kind: 'basic', username, password };
    }
    else if (password !== undefined && password !== '') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UsageError('MLFLOW_TRACKING_PASSWORD is set without MLFLOW_TRACKING_USERNAME; set both for HTTP basic authentication');
    }
    const experiment = pick(overrides.experiment) ?? section?.experiment ?? MLFLOW_DEFAULTS.experiment;
    const registeredModel = pick(overrides['registered-model']) ?? section?.['registered-model'];
    const alias = checkAlias(pick(overrides.alias) ?? section?.alias ?? MLFLOW_DEFAULTS.alias, pick(overrides.alias) !== undefined ? label('alias') : 'mlflow.alias');
    const required = overrides.required ?? section?.required ?? MLFLOW_DEFAULTS.required;
    return { trackingUri, uriSource, experiment, registeredModel, alias, required, auth };
}
/** The secrets an adapter must mask before any output (core.setSecret). */
function secretsOf(auth) {
    if (auth.kind === 'token')
        return [auth.token];
    if (auth.kind === 'basic')
        return [auth.password, Buffer.from(`${auth.username}:${auth.password}`).toString('base64')];
    return [];
}
/** A client for resolved settings. */
async function connectMlflow(settings, runtime) {
    const { MlflowClient } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 82944));
    return new MlflowClient({ trackingUri: settings.trackingUri, auth: settings.auth, fetch: runtime.fetch, sleep: runtime.sleep, now: runtime.now, log: runtime.log });
}


/***/ })

};
