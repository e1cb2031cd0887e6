export const id = 883;
export const ids = [883];
export const modules = {

/***/ 42883:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CloudMonitoringReader: () => (/* binding */ CloudMonitoringReader)
/* harmony export */ });
/* unused harmony exports CLOUD_RUN_METRICS_DELAY_MS, CLOUD_RUN_QUERIES */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16986);
/* harmony import */ var _cloud_google_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(42824);
/* harmony import */ var _analysis_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(79083);
/* harmony import */ var _metrics_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(13480);
/**
 * Canary metrics from Google Cloud Monitoring: the per-revision metrics Cloud Run records by
 * itself, read through Cloud Monitoring's Prometheus-compatible query API, so a Cloud Run user
 * needs no Prometheus of their own. Implements the same MetricsReader port as PrometheusReader
 * (./metrics.ts); the analysis (./analysis.ts) runs unchanged on top.
 *
 * What the names and the API are (checked with the docs search, December 2026):
 * - Query API: GET https://monitoring.googleapis.com/v1/projects/{project}/location/global/prometheus/api/v1/query
 *   speaks Prometheus's HTTP API (https://cloud.google.com/stackdriver/docs/managed-prometheus/promql).
 * - Metric names in PromQL: the first "/" becomes ":" and every other special character "_"
 *   ("Mapping Cloud Monitoring metrics to PromQL", https://cloud.google.com/monitoring/promql/promql-mapping):
 *   run.googleapis.com/request_count \u2192 run_googleapis_com:request_count. Distribution-valued metrics
 *   are queried like Prometheus histograms with _bucket/_count/_sum (same page):
 *   run.googleapis.com/request_latencies \u2192 run_googleapis_com:request_latencies_bucket{le=\u2026}.
 * - Cloud Run's built-in metrics (https://cloud.google.com/run/docs/monitoring, "Request count",
 *   "Request latencies"; the run.googleapis.com entries of Google Cloud's metrics list):
 *   request_count (DELTA, INT64; metric labels response_code, response_code_class "2xx"\u2026"5xx",
 *   route) and request_latencies (DELTA distribution in **milliseconds**), on the monitored
 *   resource cloud_run_revision (labels project_id, service_name, revision_name, location,
 *   configuration_name). Both are "sampled every 60 seconds; after sampling, data is not visible
 *   for up to 180 seconds" \u2014 hence the wider query range (`delayMs`) and the long defaults
 *   (settings.ts: CLOUD_MONITORING_DEFAULTS).
 *
 * Honest about the delay: each sample also reports how old the newest Cloud Run point for the
 * canary was (`newestSampleAgeMs`); a canary without any point yet is "no data yet", which the
 * analysis treats as inconclusive (the bake is extended, then the rollout is aborted).
 *
 * Auth is a port (`TokenSource`): the adapter builds it from Application Default Credentials
 * (google-auth-library; see ./providers.ts). Every new token is handed to `onToken` first so the
 * action can mask it; no message here ever contains a token or a request header.
 */





/** Cloud Run metrics arrive up to 180 s after they were sampled (see above). */
const CLOUD_RUN_METRICS_DELAY_MS = 180_000;
/**
 * Cloud Run's metrics in PromQL. {{service}}, {{revision}}, {{location}} and {{window}} are
 * substituted. Latencies are in milliseconds (request_latencies' unit), so p99 is divided by 1000
 * to give the seconds the QueryTemplates contract of ./metrics.ts uses.
 */
const CLOUD_RUN_QUERIES = {
    requests: 'sum(increase(run_googleapis_com:request_count{service_name="{{service}}",revision_name="{{revision}}",location="{{location}}"}[{{window}}]))',
    errors: 'sum(increase(run_googleapis_com:request_count{service_name="{{service}}",revision_name="{{revision}}",location="{{location}}",response_code_class="5xx"}[{{window}}]))',
    p99Seconds: 'histogram_quantile(0.99, sum by (le) (rate(run_googleapis_com:request_latencies_bucket{service_name="{{service}}",revision_name="{{revision}}",location="{{location}}"}[{{window}}]))) / 1000',
    /** Unix seconds of the newest request_count point of the revision (instant selector: within the 5-minute lookback). */
    newest: 'max(timestamp(run_googleapis_com:request_count{service_name="{{service}}",revision_name="{{revision}}",location="{{location}}"}))',
};
const fill = (t, v) => t.replaceAll('{{service}}', v.service).replaceAll('{{revision}}', v.revision).replaceAll('{{location}}', v.location).replaceAll('{{window}}', v.window);
class CloudMonitoringReader {
    opts;
    client;
    delayMs;
    now;
    /** Age of the newest canary point at each analysis, ms (undefined: no point yet). */
    ages = [];
    constructor(opts) {
        this.opts = opts;
        this.client = new _metrics_js__WEBPACK_IMPORTED_MODULE_2__/* .PrometheusClient */ .Sx((0,_cloud_google_js__WEBPACK_IMPORTED_MODULE_1__/* .cloudMonitoringPrometheusUrl */ .V_)(opts.project, opts.endpoint), (0,_cloud_google_js__WEBPACK_IMPORTED_MODULE_1__/* .authorizedFetch */ .UT)(opts), opts.timeoutMs ?? 15_000);
        this.delayMs = opts.delayMs ?? CLOUD_RUN_METRICS_DELAY_MS;
        this.now = opts.now ?? Date.now;
    }
    get source() {
        const known = this.ages.filter((a) => a !== undefined);
        const ages = known.length ? `; newest canary sample ${Math.round(known[known.length - 1] / 1000)} s old at the last analysis (oldest seen ${Math.round(Math.max(...known) / 1000)} s)` : '';
        return `cloud-monitoring projects/${this.opts.project} (Cloud Run run_googleapis_com:request_count / request_latencies of service ${this.opts.service} in ${this.opts.location})${ages}`;
    }
    /**
     * One cheap query before anything is launched: a missing role or a wrong project stops the
     * deploy as a configuration error (exit 2) instead of an inconclusive rollout.
     */
    async preflight() {
        try {
            await this.client.query('vector(1)');
        }
        catch (e) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UsageError(e.message);
        }
    }
    async revision(id, window) {
        const v = { service: this.opts.service, revision: id, location: this.opts.location, window };
        const [requests, errors, p99, newest] = await Promise.all([CLOUD_RUN_QUERIES.requests, CLOUD_RUN_QUERIES.errors, CLOUD_RUN_QUERIES.p99Seconds, CLOUD_RUN_QUERIES.newest].map((t) => this.client.query(fill(t, v))));
        return { requests: Math.round(requests ?? 0), errors: Math.round(errors ?? 0), p99Ms: p99 === undefined ? undefined : p99 * 1000, newest };
    }
    async sample(canary, stable, windowMs) {
        // The window the controller asks for, shifted back by the ingestion delay: points of the
        // last `delayMs` may not be visible yet, so the range reaches that much further back.
        const window = (0,_analysis_js__WEBPACK_IMPORTED_MODULE_3__/* .promDuration */ .Jn)(Math.max(windowMs, 1000) + this.delayMs);
        try {
            const [c, s] = await Promise.all([this.revision(canary.id, window), stable ? this.revision(stable.id, window) : undefined]);
            const age = c.newest === undefined ? undefined : Math.max(0, this.now() - c.newest * 1000);
            this.ages.push(age);
            const strip = ({ newest: _n, ...r }) => r;
            const sample = { canary: strip(c), stable: s ? strip(s) : undefined };
            if (age !== undefined)
                sample.newestSampleAgeMs = age;
            if (c.newest === undefined) {
                sample.unavailable = `no data yet: Cloud Monitoring has no run_googleapis_com:request_count point for revision ${canary.id} in the last 5 minutes (Cloud Run samples each minute and its points appear up to 3 minutes later)`;
            }
            return sample;
        }
        catch (e) {
            this.ages.push(undefined);
            return { canary: { requests: 0, errors: 0 }, unavailable: e.message };
        }
    }
    /** Custom queries (deploy.queries) run through the same API, so they may use any Cloud Monitoring metric. */
    query(promql) {
        return this.client.query(promql);
    }
}


/***/ }),

/***/ 13480:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S0: () => (/* binding */ PROXY_QUERIES),
/* harmony export */   Sx: () => (/* binding */ PrometheusClient),
/* harmony export */   fy: () => (/* binding */ DirectReader),
/* harmony export */   nO: () => (/* binding */ SERVE_QUERIES),
/* harmony export */   uB: () => (/* binding */ PrometheusReader)
/* harmony export */ });
/* unused harmony exports INFERENCE_ROUTES, SERVER_ERROR_CODES, parsePromText, diffRevision */
/* harmony import */ var _analysis_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(79083);
/**
 * Metrics readers for the analysis:
 * - PrometheusReader: Prometheus's HTTP API (GET /api/v1/query). An empty result ("no values
 *   found") is zero requests \u2192 inconclusive, never an error; an unreachable Prometheus makes the
 *   analysis inconclusive with the reason.
 * - DirectReader: reads a Prometheus text endpoint (the local proxy's /metrics) itself, keeps the
 *   previous scrape and analyses the difference, for machines without Prometheus.
 * Both read the same series: cd4ml_proxy_requests_total{revision,outcome} and
 * cd4ml_proxy_request_duration_seconds_bucket{revision,le} (see ./local/proxy.ts). Other
 * metric names are given as query templates.
 */

const PROXY_QUERIES = {
    requests: 'sum(increase(cd4ml_proxy_requests_total{revision="{{revision}}"}[{{window}}]))',
    errors: 'sum(increase(cd4ml_proxy_requests_total{revision="{{revision}}",outcome="error"}[{{window}}]))',
    p99Seconds: 'histogram_quantile(0.99, sum by (le) (rate(cd4ml_proxy_request_duration_seconds_bucket{revision="{{revision}}"}[{{window}}])))',
};
/**
 * The inference routes of the serving runtime (src/serve/): `/predict`, the Open Inference
 * Protocol REST infer (`/v2/models/{name}[/versions/{version}]/infer`, one route label) and the
 * gRPC ModelInfer RPC. A PromQL regex (RE2, fully anchored); braces as classes so RE2 takes them
 * literally.
 */
const INFERENCE_ROUTES = '/predict|/v2/models/[{]name[}]/infer|/inference[.]GRPCInferenceService/ModelInfer';
/**
 * Server-side failures: HTTP 5xx, and the gRPC status codes of the same meaning (2 UNKNOWN,
 * 4 DEADLINE_EXCEEDED, 13 INTERNAL, 14 UNAVAILABLE, 15 DATA_LOSS). Client errors (4xx,
 * INVALID_ARGUMENT, NOT_FOUND) are the caller's and do not fail a canary.
 */
const SERVER_ERROR_CODES = '5..|2|4|13|14|15';
/**
 * The serving runtime's own metrics (src/serve/metrics.ts), for cloud-run and kubernetes: the
 * Prometheus scrape config must attach the revision as a `revision` label (Kubernetes: relabel
 * the pod label cd4ml.dev-revision that the provider sets; Cloud Run: the revision name).
 * Every inference route counts: REST /predict, OIP REST and gRPC.
 */
const SERVE_QUERIES = {
    requests: `sum(increase(cd4ml_http_requests_total{route=~"${INFERENCE_ROUTES}",revision="{{revision}}"}[{{window}}]))`,
    errors: `sum(increase(cd4ml_http_requests_total{route=~"${INFERENCE_ROUTES}",revision="{{revision}}",code=~"${SERVER_ERROR_CODES}"}[{{window}}]))`,
    p99Seconds: `histogram_quantile(0.99, sum by (le) (rate(cd4ml_http_request_duration_seconds_bucket{route=~"${INFERENCE_ROUTES}",revision="{{revision}}"}[{{window}}])))`,
};
const fill = (t, revision, windowMs) => t.replaceAll('{{revision}}', revision).replaceAll('{{window}}', (0,_analysis_js__WEBPACK_IMPORTED_MODULE_0__/* .promDuration */ .Jn)(windowMs));
/** Prometheus instant-query client. */
class PrometheusClient {
    baseUrl;
    fetchImpl;
    timeoutMs;
    constructor(baseUrl, fetchImpl = fetch, timeoutMs = 5000) {
        this.baseUrl = baseUrl;
        this.fetchImpl = fetchImpl;
        this.timeoutMs = timeoutMs;
    }
    /** The value of a scalar or one-element vector; undefined for an empty vector or NaN. */
    async query(promql) {
        const url = `${this.baseUrl.replace(/\/$/, '')}/api/v1/query?query=${encodeURIComponent(promql)}`;
        const res = await this.fetchImpl(url, { signal: AbortSignal.timeout(this.timeoutMs) });
        const body = (await res.json().catch(() => undefined));
        if (!res.ok || body?.status !== 'success' || !body.data) {
            throw new Error(`Prometheus answered ${res.status}${body?.error ? `: ${body.error}` : ''} for ${promql}`);
        }
        const { resultType, result } = body.data;
        let raw;
        if (resultType === 'scalar')
            raw = result[1];
        else if (resultType === 'vector') {
            const v = result;
            if (v.length > 1)
                throw new Error(`query returned ${v.length} series, expected one (aggregate it with sum(...)): ${promql}`);
            raw = v[0]?.value[1];
        }
        else
            throw new Error(`query returned a ${resultType}, expected a scalar or a vector: ${promql}`);
        if (raw === undefined)
            return undefined;
        const n = Number(raw);
        return Number.isNaN(n) ? undefined : n;
    }
}
class PrometheusReader {
    templates;
    source;
    client;
    constructor(baseUrl, templates = PROXY_QUERIES, fetchImpl = fetch) {
        this.templates = templates;
        this.client = new PrometheusClient(baseUrl, fetchImpl);
        this.source = `prometheus ${baseUrl}`;
    }
    async revision(id, windowMs) {
        const [requests, errors, p99] = await Promise.all([
            this.client.query(fill(this.templates.requests, id, windowMs)),
            this.client.query(fill(this.templates.errors, id, windowMs)),
            this.client.query(fill(this.templates.p99Seconds, id, windowMs)),
        ]);
        // increase() extrapolates to the window's edges: round to whole requests.
        return { requests: Math.round(requests ?? 0), errors: Math.round(errors ?? 0), p99Ms: p99 === undefined ? undefined : p99 * 1000 };
    }
    async sample(canary, stable, windowMs) {
        try {
            const [c, s] = await Promise.all([this.revision(canary.id, windowMs), stable ? this.revision(stable.id, windowMs) : undefined]);
            return { canary: c, stable: s };
        }
        catch (e) {
            return { canary: { requests: 0, errors: 0 }, unavailable: e.message };
        }
    }
    query(promql) {
        return this.client.query(promql);
    }
}
function parsePromText(text) {
    const out = [];
    for (const line of text.split('\n')) {
        if (line === '' || line.startsWith('#'))
            continue;
        const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})?\s+(\S+)/.exec(line);
        if (!m)
            continue;
        const labels = {};
        for (const l of (m[2] ?? '').matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g))
            labels[l[1]] = l[2].replace(/\\(.)/g, (_, c) => (c === 'n' ? '\n' : c));
        const value = m[3] === '+Inf' ? Infinity : m[3] === '-Inf' ? -Infinity : Number(m[3]);
        out.push({ name: m[1], labels, value });
    }
    return out;
}
function snapshotOf(samples) {
    const requests = new Map();
    const buckets = new Map();
    for (const s of samples) {
        const rev = s.labels.revision;
        if (rev === undefined)
            continue;
        if (s.name === 'cd4ml_proxy_requests_total') {
            const r = requests.get(rev) ?? { total: 0, errors: 0 };
            r.total += s.value;
            if (s.labels.outcome === 'error')
                r.errors += s.value;
            requests.set(rev, r);
        }
        else if (s.name === 'cd4ml_proxy_request_duration_seconds_bucket') {
            const le = s.labels.le === '+Inf' ? Infinity : Number(s.labels.le);
            const b = buckets.get(rev) ?? new Map();
            b.set(le, (b.get(le) ?? 0) + s.value);
            buckets.set(rev, b);
        }
    }
    return { requests, buckets };
}
/** The change of one revision's series between two snapshots. */
function diffRevision(before, after, id) {
    const a = after.requests.get(id) ?? { total: 0, errors: 0 };
    const b = before?.requests.get(id) ?? { total: 0, errors: 0 };
    const ab = after.buckets.get(id) ?? new Map();
    const bb = before?.buckets.get(id) ?? new Map();
    const buckets = [...ab].map(([le, n]) => [le, n - (bb.get(le) ?? 0)]);
    const p99 = (0,_analysis_js__WEBPACK_IMPORTED_MODULE_0__/* .histogramQuantile */ .EV)(0.99, buckets);
    return { requests: a.total - b.total, errors: a.errors - b.errors, p99Ms: p99 === undefined ? undefined : p99 * 1000 };
}
/** Reads a /metrics endpoint directly and analyses the difference since the previous read. */
class DirectReader {
    metricsUrl;
    fetchImpl;
    source;
    last;
    constructor(metricsUrl, fetchImpl = fetch) {
        this.metricsUrl = metricsUrl;
        this.fetchImpl = fetchImpl;
        this.source = `direct ${metricsUrl}`;
    }
    async scrape() {
        const res = await this.fetchImpl(this.metricsUrl, { signal: AbortSignal.timeout(5000) });
        if (!res.ok)
            throw new Error(`${this.metricsUrl} answered ${res.status}`);
        return snapshotOf(parsePromText(await res.text()));
    }
    /** Take the baseline scrape (called when the canary is launched). */
    async begin() {
        this.last = await this.scrape().catch(() => undefined);
    }
    /** The window is the time since the previous read (the controller reads once per interval). */
    async sample(canary, stable, _windowMs) {
        let now;
        try {
            now = await this.scrape();
        }
        catch (e) {
            return { canary: { requests: 0, errors: 0 }, unavailable: e.message };
        }
        const before = this.last;
        this.last = now;
        return { canary: diffRevision(before, now, canary.id), stable: stable ? diffRevision(before, now, stable.id) : undefined };
    }
}


/***/ })

};
