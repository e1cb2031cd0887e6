export const id = 1664;
export const ids = [1664];
export const modules = {

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


/***/ }),

/***/ 81664:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   resolveDeploySettings: () => (/* binding */ resolveDeploySettings)
/* harmony export */ });
/* unused harmony exports PROVIDERS, METRICS_SOURCES, DEPLOY_DEFAULTS, CLOUD_MONITORING_DEFAULTS */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16986);
/* harmony import */ var _config_parse_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17779);
/* harmony import */ var _controller_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(75449);
/**
 * Resolve the deploy settings from cd4ml.yml's `deploy:` section and the CLI flags / action
 * inputs (same kebab-case names; flags and inputs win). Strings from flags and inputs are parsed
 * strictly; `label(name)` says how the caller names an option in messages ("--bake" or
 * 'input "bake"').
 */



const PROVIDERS = ['local', 'cloud-run', 'kubernetes'];
const METRICS_SOURCES = ['prometheus', 'cloud-monitoring'];
const DEPLOY_DEFAULTS = {
    environment: 'production',
    steps: _controller_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_STEPS */ ._v,
    bakeMs: 60_000,
    intervalMs: 10_000,
    minRequests: 20,
    failureLimit: 0,
    maxErrorRate: 0.01,
    maxP99Ms: 500,
    maxErrorRateIncrease: 0.01,
    maxLatencyIncrease: 0.5,
    readyTimeoutMs: 60_000,
    loadRate: 20,
    containerPort: 8080,
};
/**
 * Timing defaults with metrics-source cloud-monitoring: Cloud Run samples its metrics each minute
 * and they appear up to 3 minutes later, so an analysis a minute (no sooner than new points can
 * arrive) and 5 minutes a step (the first fresh points of a step are visible after ~3).
 */
const CLOUD_MONITORING_DEFAULTS = { bakeMs: 300_000, intervalMs: 60_000 };
function resolveDeploySettings(section, o, label) {
    const c = section ?? {};
    const str = (k) => o[k] ?? (typeof c[k] === 'string' ? c[k] : undefined);
    const num = (k, range) => {
        if (o[k] !== undefined)
            return (0,_config_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .parseNumber */ .$J)(label(k), o[k], range);
        const v = c[k];
        return typeof v === 'number' ? v : undefined;
    };
    const dur = (k) => {
        if (o[k] !== undefined)
            return (0,_config_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDuration */ .E9)(label(k), o[k]);
        const v = c[k];
        if (typeof v === 'number')
            return v * 1000;
        if (typeof v === 'string')
            return (0,_config_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDuration */ .E9)(`deploy.${k} in cd4ml.yml`, v);
        return undefined;
    };
    const image = str('image');
    const bundle = str('bundle');
    if (!image && !bundle)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UsageError(`nothing to deploy: give ${label('image')} (an image reference) or ${label('bundle')} (a model bundle folder)`);
    const artifact = image ? { kind: 'image', ref: image } : { kind: 'bundle', dir: bundle };
    const provider = o.provider !== undefined ? (0,_config_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .parseEnum */ .nL)(label('provider'), o.provider, PROVIDERS) : (c.provider ?? 'local');
    const environment = str('environment') ?? DEPLOY_DEFAULTS.environment;
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/.test(environment))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UsageError(`${label('environment')} must be letters, digits, ".", "_" or "-", got "${environment}"`);
    let steps = DEPLOY_DEFAULTS.steps;
    const rawSteps = o.steps ?? c.steps;
    if (typeof rawSteps === 'string')
        steps = (0,_config_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .parseList */ .E1)(rawSteps).map((s) => (0,_config_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .parseNumber */ .$J)(`${label('steps')} weight`, s, { min: 1, max: 100, integer: true }));
    else if (Array.isArray(rawSteps))
        steps = rawSteps;
    const stepsProblem = (0,_controller_js__WEBPACK_IMPORTED_MODULE_2__/* .checkSteps */ .wO)(steps);
    if (stepsProblem)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UsageError(`${label('steps')}: ${stepsProblem}; e.g. "5,25,50,100"`);
    const prometheusUrl = str('prometheus-url');
    const givenSource = o['metrics-source'] !== undefined ? (0,_config_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .parseEnum */ .nL)(label('metrics-source'), o['metrics-source'], METRICS_SOURCES) : c['metrics-source'];
    // cloud-run without a Prometheus: Cloud Run's own metrics in Cloud Monitoring.
    const metricsSource = givenSource ?? (prometheusUrl ? 'prometheus' : provider === 'cloud-run' ? 'cloud-monitoring' : undefined);
    const timing = metricsSource === 'cloud-monitoring' ? CLOUD_MONITORING_DEFAULTS : DEPLOY_DEFAULTS;
    const bakeMs = dur('bake') ?? timing.bakeMs;
    const intervalMs = dur('interval') ?? Math.min(timing.intervalMs, bakeMs);
    if (intervalMs < 1000)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UsageError(`${label('interval')} must be at least 1s (the analysis window), got ${intervalMs} ms`);
    if (intervalMs > bakeMs)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UsageError(`${label('interval')} (${intervalMs / 1000}s) must not exceed ${label('bake')} (${bakeMs / 1000}s): each step needs at least one analysis`);
    const maxBakeMs = dur('max-bake') ?? bakeMs * 3;
    if (maxBakeMs < bakeMs)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UsageError(`${label('max-bake')} (${maxBakeMs / 1000}s) must be at least ${label('bake')} (${bakeMs / 1000}s)`);
    const queries = (c.queries ?? []).map((q) => ({ name: q.name, query: q.query, min: q.min, max: q.max }));
    const loadFile = str('load');
    const loadRate = num('load-rate', { min: 0.1, max: 10_000 }) ?? DEPLOY_DEFAULTS.loadRate;
    const settings = {
        artifact,
        ...(image && bundle ? { bundle } : {}),
        provider,
        environment,
        rollout: {
            environment,
            steps,
            bakeMs,
            intervalMs,
            maxBakeMs,
            failureLimit: num('failure-limit', { min: 0, max: 100, integer: true }) ?? DEPLOY_DEFAULTS.failureLimit,
            thresholds: {
                minRequests: num('min-requests', { min: 0, max: 1e9, integer: true }) ?? DEPLOY_DEFAULTS.minRequests,
                maxErrorRate: num('max-error-rate', { min: 0, max: 1 }) ?? DEPLOY_DEFAULTS.maxErrorRate,
                maxP99Ms: dur('max-p99-latency') ?? DEPLOY_DEFAULTS.maxP99Ms,
                maxErrorRateIncrease: num('max-error-rate-increase', { min: 0, max: 1 }) ?? DEPLOY_DEFAULTS.maxErrorRateIncrease,
                maxLatencyIncrease: num('max-latency-increase', { min: 0, max: 100 }) ?? DEPLOY_DEFAULTS.maxLatencyIncrease,
            },
            queries,
            readyTimeoutMs: dur('ready-timeout') ?? DEPLOY_DEFAULTS.readyTimeoutMs,
        },
        load: loadFile ? { file: loadFile, rate: loadRate, path: str('load-path') ?? '/predict' } : undefined,
        prometheusUrl,
        metricsSource,
        monitoringEndpoint: str('monitoring-endpoint'),
        cloudRunEndpoint: str('cloud-run-endpoint'),
        port: num('port', { min: 0, max: 65535, integer: true }),
        containerPort: num('container-port', { min: 1, max: 65535, integer: true }) ?? DEPLOY_DEFAULTS.containerPort,
        project: str('project'),
        region: str('region'),
        service: str('service'),
        namespace: str('namespace'),
        route: str('route'),
    };
    if (settings.prometheusUrl !== undefined && !/^https?:\/\/[^\s/]+/.test(settings.prometheusUrl)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UsageError(`${label('prometheus-url')} must be an http(s) URL such as http://127.0.0.1:9090, got "${settings.prometheusUrl}"`);
    }
    for (const k of ['monitoring-endpoint', 'cloud-run-endpoint']) {
        const v = str(k);
        if (v !== undefined && !/^https?:\/\/[^\s/]+\/?$/.test(v))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UsageError(`${label(k)} must be the API's base URL such as https://${k === 'cloud-run-endpoint' ? 'run' : 'monitoring'}.googleapis.com, got "${v}"`);
    }
    if (metricsSource === 'cloud-monitoring') {
        if (provider !== 'cloud-run')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UsageError(`${label('metrics-source')} cloud-monitoring reads Cloud Run's built-in metrics: use it with the cloud-run provider (the ${provider} provider reads Prometheus: give ${label('prometheus-url')})`);
        if (prometheusUrl)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UsageError(`give either ${label('prometheus-url')} or ${label('metrics-source')} cloud-monitoring, not both`);
    }
    if (metricsSource === 'prometheus' && !prometheusUrl)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UsageError(`${label('metrics-source')} prometheus needs ${label('prometheus-url')}`);
    if (provider === 'cloud-run') {
        for (const k of ['project', 'region', 'service'])
            if (!settings[k])
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UsageError(`the cloud-run provider needs ${label(k)}`);
        if (artifact.kind !== 'image')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UsageError(`the cloud-run provider deploys images: give ${label('image')} (build one with cd4ml build-image)`);
    }
    if (provider === 'kubernetes') {
        for (const k of ['service', 'route'])
            if (!settings[k])
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UsageError(`the kubernetes provider needs ${label(k)} (${k === 'route' ? 'the Gateway API HTTPRoute to split traffic on' : 'the base name of the Deployments and Services'})`);
        if (artifact.kind !== 'image')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UsageError(`the kubernetes provider deploys images: give ${label('image')} (build one with cd4ml build-image)`);
        settings.namespace ??= 'default';
    }
    if (provider === 'kubernetes' && !settings.prometheusUrl) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UsageError(`the ${provider} provider reads canary metrics from Prometheus: give ${label('prometheus-url')}`);
    }
    return settings;
}


/***/ })

};
