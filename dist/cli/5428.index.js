export const id = 5428;
export const ids = [5428];
export const modules = {

/***/ 9083:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EV: () => (/* binding */ histogramQuantile),
/* harmony export */   I1: () => (/* binding */ evaluateSample),
/* harmony export */   Jn: () => (/* binding */ promDuration),
/* harmony export */   Vj: () => (/* binding */ verdictOf),
/* harmony export */   gY: () => (/* binding */ evaluateQuery),
/* harmony export */   no: () => (/* binding */ renderQuery)
/* harmony export */ });
/* unused harmony exports LATENCY_SLACK_MS, errorRate */
/** Smallest p99 difference (ms) that the comparison against stable treats as a regression. */
const LATENCY_SLACK_MS = 50;
const pct = (x) => `${(x * 100).toFixed(2)}%`;
const ms = (x) => `${Math.round(x)} ms`;
function errorRate(s) {
    return s.requests === 0 ? 0 : s.errors / s.requests;
}
/** Checks on the canary and against stable. */
function evaluateSample(sample, t) {
    if (sample.unavailable) {
        return [{ name: 'metrics', status: 'inconclusive', detail: `metrics unavailable: ${sample.unavailable}` }];
    }
    const { canary, stable } = sample;
    const checks = [];
    if (canary.requests < t.minRequests) {
        checks.push({
            name: 'request-count',
            status: 'inconclusive',
            value: canary.requests,
            threshold: `>= ${t.minRequests}`,
            detail: `canary served ${canary.requests} requests, fewer than min-requests ${t.minRequests}: too little traffic to judge`,
        });
        // A burst of errors is conclusive even on little traffic: more errors than the whole
        // allowance of min-requests at max-error-rate fails now instead of waiting for more victims.
        if (canary.errors > 0 && canary.errors >= Math.max(1, Math.ceil(t.minRequests * t.maxErrorRate)) && errorRate(canary) > t.maxErrorRate) {
            checks.push({
                name: 'error-rate',
                status: 'fail',
                value: errorRate(canary),
                threshold: `<= ${pct(t.maxErrorRate)}`,
                detail: `canary answered ${canary.errors} of ${canary.requests} requests with 5xx (${pct(errorRate(canary))})`,
            });
        }
        return checks;
    }
    checks.push({ name: 'request-count', status: 'pass', value: canary.requests, threshold: `>= ${t.minRequests}`, detail: `${canary.requests} canary requests` });
    const rate = errorRate(canary);
    checks.push({
        name: 'error-rate',
        status: rate <= t.maxErrorRate ? 'pass' : 'fail',
        value: rate,
        threshold: `<= ${pct(t.maxErrorRate)}`,
        detail: `canary 5xx share ${pct(rate)} (${canary.errors}/${canary.requests})`,
    });
    if (canary.p99Ms === undefined) {
        checks.push({ name: 'latency-p99', status: 'inconclusive', threshold: `<= ${ms(t.maxP99Ms)}`, detail: 'no latency histogram for the canary' });
    }
    else {
        checks.push({
            name: 'latency-p99',
            status: canary.p99Ms <= t.maxP99Ms ? 'pass' : 'fail',
            value: canary.p99Ms,
            threshold: `<= ${ms(t.maxP99Ms)}`,
            detail: `canary p99 ${ms(canary.p99Ms)}`,
        });
    }
    // Against stable: only when stable had enough traffic of its own to compare with.
    if (stable && stable.requests >= t.minRequests) {
        const sRate = errorRate(stable);
        checks.push({
            name: 'error-rate-vs-stable',
            status: rate - sRate <= t.maxErrorRateIncrease ? 'pass' : 'fail',
            value: rate - sRate,
            threshold: `<= +${pct(t.maxErrorRateIncrease)}`,
            detail: `canary ${pct(rate)} vs stable ${pct(sRate)}`,
        });
        if (canary.p99Ms !== undefined && stable.p99Ms !== undefined) {
            const limit = stable.p99Ms * (1 + t.maxLatencyIncrease);
            // p99 from histogram buckets over a short window is coarse (buckets 10/25/50 ms, a few
            // requests decide it): differences under LATENCY_SLACK_MS are noise, not a regression.
            const ok = canary.p99Ms <= limit || canary.p99Ms - stable.p99Ms <= LATENCY_SLACK_MS;
            checks.push({
                name: 'latency-vs-stable',
                status: ok ? 'pass' : 'fail',
                value: canary.p99Ms / Math.max(stable.p99Ms, 1e-9),
                threshold: `<= ${(1 + t.maxLatencyIncrease).toFixed(2)}x stable or +${LATENCY_SLACK_MS} ms`,
                detail: `canary p99 ${ms(canary.p99Ms)} vs stable ${ms(stable.p99Ms)}`,
            });
        }
    }
    return checks;
}
/** A custom query's check; `value` undefined means the query returned no series. */
function evaluateQuery(q, value) {
    const bounds = [q.min !== undefined ? `>= ${q.min}` : '', q.max !== undefined ? `<= ${q.max}` : ''].filter(Boolean).join(' and ');
    if (value instanceof Error)
        return { name: q.name, status: 'inconclusive', threshold: bounds, detail: `query failed: ${value.message}` };
    if (value === undefined || Number.isNaN(value)) {
        return { name: q.name, status: 'inconclusive', threshold: bounds, detail: 'no values found for the query (treated as inconclusive)' };
    }
    const ok = (q.min === undefined || value >= q.min) && (q.max === undefined || value <= q.max);
    return { name: q.name, status: ok ? 'pass' : 'fail', value, threshold: bounds, detail: `${q.name} = ${value}` };
}
/** Any failed check fails; otherwise any inconclusive check makes the whole analysis inconclusive. */
function verdictOf(checks) {
    if (checks.some((c) => c.status === 'fail'))
        return 'fail';
    if (checks.some((c) => c.status === 'inconclusive'))
        return 'inconclusive';
    return 'pass';
}
/** Substitute {{canary}}, {{stable}}, {{window}}, {{environment}} in a custom PromQL query. */
function renderQuery(query, vars) {
    return query.replace(/\{\{\s*(canary|stable|window|environment)\s*\}\}/g, (_, k) => vars[k]);
}
/** Prometheus range duration for a window in ms, at least 1s, e.g. "10s". */
function promDuration(windowMs) {
    return `${Math.max(1, Math.round(windowMs / 1000))}s`;
}
/**
 * p99 (or any quantile) from cumulative histogram buckets, interpolated linearly inside the
 * bucket the way Prometheus's histogram_quantile does. `buckets` are [upperBound, cumulativeCount]
 * sorted by bound, the last being +Inf. Returns undefined without observations.
 */
function histogramQuantile(q, buckets) {
    if (buckets.length === 0)
        return undefined;
    const sorted = [...buckets].sort((a, b) => a[0] - b[0]);
    const total = sorted[sorted.length - 1][1];
    if (!(total > 0))
        return undefined;
    const rank = q * total;
    let prevBound = 0;
    let prevCount = 0;
    for (const [bound, count] of sorted) {
        if (count >= rank) {
            if (bound === Infinity)
                return prevBound; // like Prometheus: the highest finite bound
            if (count === prevCount)
                return bound;
            return prevBound + ((bound - prevBound) * (rank - prevCount)) / (count - prevCount);
        }
        prevBound = bound;
        prevCount = count;
    }
    return prevBound;
}


/***/ }),

/***/ 5449:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _v: () => (/* binding */ DEFAULT_STEPS),
/* harmony export */   p1: () => (/* binding */ runRollout),
/* harmony export */   wO: () => (/* binding */ checkSteps)
/* harmony export */ });
/* unused harmony export CONFIRM_TWICE */
/* harmony import */ var _analysis_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9083);
/**
 * The rollout controller: pure orchestration over a provider, a metrics reader and a clock.
 *
 * Canary: launch the new revision with no traffic, check its health, then for each step weight
 * (default 5, 25, 50, 100) set the split, read it back, and analyse every `interval` until the
 * step has baked for `bake` and the last analysis passed. Too little traffic is inconclusive: the
 * bake is extended up to `max-bake`, after which the rollout is aborted (rolled back, never
 * promoted blind). More failed analyses than `failure-limit` roll back: 100% to stable, read the
 * provider's state back until it matches, report.
 *
 * First deployment (nothing in production): health and readiness checks, then 100%.
 */

const DEFAULT_STEPS = [5, 25, 50, 100];
/** Validate a steps list: integers in 1..100, strictly increasing, ending at 100. */
function checkSteps(steps) {
    if (steps.length === 0)
        return 'needs at least one weight';
    for (const [i, s] of steps.entries()) {
        if (!Number.isInteger(s) || s < 1 || s > 100)
            return `weight ${s} is not an integer percentage in 1..100`;
        if (i > 0 && s <= steps[i - 1])
            return `weights must increase, but ${s} follows ${steps[i - 1]}`;
    }
    if (steps[steps.length - 1] !== 100)
        return `the last weight must be 100 (got ${steps[steps.length - 1]}) so that the canary is promoted`;
    return undefined;
}
/**
 * Checks too noisy to roll back on one window (p99 of a short window against stable's, on a few
 * hundred requests): they fail an analysis only when the previous analysis failed them too.
 * Absolute limits (error rate, p99, health) and custom queries fail at once.
 */
const CONFIRM_TWICE = new Set(['latency-vs-stable']);
class Rollout {
    deps;
    opts;
    events = [];
    /** Checks of CONFIRM_TWICE that failed in the previous analysis. */
    pendingConfirm = new Set();
    analyses = [];
    failures = 0;
    firstFailureAt;
    constructor(deps, opts) {
        this.deps = deps;
        this.opts = opts;
    }
    log(message) {
        this.events.push({ at: this.deps.clock.now(), message });
        this.deps.log?.(message);
    }
    /** Poll health until ok or the ready timeout passes. */
    async waitHealthy(rev) {
        const { clock, provider } = this.deps;
        const deadline = clock.now() + this.opts.readyTimeoutMs;
        let last = { ok: false, detail: 'not checked' };
        for (;;) {
            last = await provider.health(rev).catch((e) => ({ ok: false, detail: String(e?.message ?? e) }));
            if (last.ok || clock.now() >= deadline)
                return last;
            await clock.sleep(Math.min(500, Math.max(50, this.opts.intervalMs / 10)));
        }
    }
    /** Read the provider's traffic back until it matches `expect` (a few tries), returning what it read. */
    async verifyTraffic(expect) {
        const { provider, clock } = this.deps;
        let traffic = { stablePercent: 0, canaryPercent: 0 };
        for (let attempt = 0; attempt < 5; attempt++) {
            try {
                traffic = await provider.readTraffic();
                const percent = traffic.stable === expect.id ? traffic.stablePercent : traffic.canary === expect.id ? traffic.canaryPercent : 0;
                if (percent === expect.percent)
                    return { ok: true, traffic };
            }
            catch (e) {
                this.log(`reading traffic back failed: ${e.message}`);
            }
            await clock.sleep(200 * (attempt + 1));
        }
        return { ok: false, traffic };
    }
    async analyse(stepIndex, weight, canary, stable) {
        const { metrics, provider, clock } = this.deps;
        const window = this.opts.intervalMs;
        const sample = await metrics.sample(canary, stable, window);
        const checks = (0,_analysis_js__WEBPACK_IMPORTED_MODULE_0__/* .evaluateSample */ .I1)(sample, this.opts.thresholds);
        const health = await provider.health(canary).catch((e) => ({ ok: false, detail: String(e?.message ?? e) }));
        checks.push({ name: 'canary-health', status: health.ok ? 'pass' : 'fail', detail: health.detail });
        for (const q of this.opts.queries) {
            if (!metrics.query) {
                checks.push({ name: q.name, status: 'inconclusive', detail: `custom queries need Prometheus; metrics come from ${metrics.source}` });
                continue;
            }
            const promql = (0,_analysis_js__WEBPACK_IMPORTED_MODULE_0__/* .renderQuery */ .no)(q.query, { canary: canary.id, stable: stable?.id ?? '', window: (0,_analysis_js__WEBPACK_IMPORTED_MODULE_0__/* .promDuration */ .Jn)(window), environment: this.opts.environment });
            const value = await metrics.query(promql).catch((e) => (e instanceof Error ? e : new Error(String(e))));
            checks.push((0,_analysis_js__WEBPACK_IMPORTED_MODULE_0__/* .evaluateQuery */ .gY)(q, value));
        }
        let verdict = (0,_analysis_js__WEBPACK_IMPORTED_MODULE_0__/* .verdictOf */ .Vj)(checks);
        const failed0 = checks.filter((c) => c.status === 'fail').map((c) => c.name);
        if (verdict === 'fail' && failed0.every((n) => CONFIRM_TWICE.has(n)) && !failed0.some((n) => this.pendingConfirm.has(n))) {
            verdict = 'inconclusive';
            this.log(`${failed0.join(', ')} failed once: confirming with the next analysis before rolling back`);
        }
        this.pendingConfirm = new Set(failed0.filter((n) => CONFIRM_TWICE.has(n)));
        const analysis = { at: clock.now(), step: stepIndex, weight, verdict, checks, sample };
        this.analyses.push(analysis);
        const failed = checks.filter((c) => c.status !== 'pass').map((c) => `${c.name} ${c.status}: ${c.detail}`);
        this.log(`analysis at ${weight}%: ${analysis.verdict}${failed.length ? ` (${failed.join('; ')})` : ''}`);
        return analysis;
    }
}
function report(r, fields) {
    return {
        ...fields,
        environment: r.opts.environment,
        provider: r.deps.provider.name,
        url: r.deps.provider.url(),
        metricsSource: r.deps.metrics.source,
        analyses: r.analyses,
        events: r.events,
        endedAt: r.deps.clock.now(),
        firstFailureAt: r.firstFailureAt,
    };
}
/** Run one rollout to its end. Throws only on provider errors before anything got traffic. */
async function runRollout(artifact, deps, opts) {
    const stepsProblem = checkSteps(opts.steps);
    if (stepsProblem)
        throw new Error(`steps: ${stepsProblem}`);
    const r = new Rollout(deps, opts);
    const { provider, clock } = deps;
    const startedAt = clock.now();
    const stable = await provider.current();
    r.log(stable ? `stable revision ${stable.id} (${stable.artifact})` : `nothing deployed in "${opts.environment}" yet: first deployment`);
    const canary = await provider.launch(artifact);
    r.log(`launched ${canary.id} (${canary.artifact}) with no traffic`);
    const health = await r.waitHealthy(canary);
    if (!health.ok) {
        r.log(`${canary.id} is not healthy: ${health.detail}`);
        if (!stable) {
            await provider.discard(canary);
            const read = await provider.readTraffic().catch(() => ({ stablePercent: 0, canaryPercent: 0 }));
            return report(r, { result: 'aborted', mode: 'first-deploy', reason: `new revision never became healthy and ready: ${health.detail}`, canary, finalWeights: read, verified: read.canaryPercent === 0, startedAt });
        }
        return rollBack(r, stable, canary, startedAt, `canary never became healthy and ready: ${health.detail}`, 'rolled-back');
    }
    r.log(`${canary.id} is healthy and ready`);
    if (stable && deps.warmUp) {
        try {
            r.log(`warm-up: ${await deps.warmUp(canary)}`);
        }
        catch (e) {
            r.log(`warm-up failed (${e.message}); the analysis will judge the canary cold`);
        }
    }
    if (!stable) {
        await provider.promote(canary, undefined);
        const v = await r.verifyTraffic({ id: canary.id, percent: 100 });
        r.log(v.ok ? `${canary.id} serves 100%` : `traffic read back does not show 100% on ${canary.id}`);
        return report(r, {
            result: v.ok ? 'promoted' : 'aborted',
            mode: 'first-deploy',
            reason: v.ok ? 'first deployment: health and readiness checks passed, 100% on the new revision' : 'first deployment: the provider does not show 100% on the new revision',
            canary,
            finalWeights: v.traffic,
            verified: v.ok,
            startedAt,
        });
    }
    await deps.metrics.begin?.();
    for (const [i, weight] of opts.steps.entries()) {
        await provider.setTraffic(stable, canary, weight);
        const v = await r.verifyTraffic({ id: canary.id, percent: weight });
        if (!v.ok)
            return rollBack(r, stable, canary, startedAt, `the provider did not apply ${weight}% to the canary (read back ${v.traffic.canaryPercent}%)`, 'aborted');
        r.log(`step ${i + 1}/${opts.steps.length}: ${weight}% to ${canary.id}`);
        const stepStart = clock.now();
        let passedSinceBake = false;
        for (;;) {
            await clock.sleep(opts.intervalMs);
            const a = await r.analyse(i, weight, canary, weight === 100 ? undefined : stable);
            if (a.verdict === 'fail') {
                r.failures++;
                r.firstFailureAt ??= a.at;
                if (r.failures > opts.failureLimit) {
                    const why = a.checks.filter((c) => c.status === 'fail').map((c) => `${c.name}: ${c.detail} (threshold ${c.threshold ?? 'healthy'})`).join('; ');
                    return rollBack(r, stable, canary, startedAt, `analysis failed at ${weight}% (${r.failures} failed analyses, failure-limit ${opts.failureLimit}): ${why}`, 'rolled-back');
                }
                continue;
            }
            const elapsed = clock.now() - stepStart;
            passedSinceBake = a.verdict === 'pass';
            if (elapsed >= opts.bakeMs && passedSinceBake)
                break;
            if (elapsed >= opts.maxBakeMs) {
                return rollBack(r, stable, canary, startedAt, `analysis stayed inconclusive at ${weight}% for ${Math.round(elapsed / 1000)}s (max-bake ${Math.round(opts.maxBakeMs / 1000)}s): not promoting without evidence`, 'aborted');
            }
            if (elapsed >= opts.bakeMs)
                r.log(`bake extended at ${weight}%: last analysis inconclusive`);
        }
    }
    await provider.promote(canary, stable);
    const v = await r.verifyTraffic({ id: canary.id, percent: 100 });
    r.log(v.ok ? `promoted ${canary.id}: 100% and stable` : `promotion of ${canary.id} could not be verified`);
    return report(r, {
        result: v.ok ? 'promoted' : 'aborted',
        mode: 'canary',
        reason: v.ok ? `every step passed analysis (${opts.steps.join(', ')})` : 'promotion could not be verified on the provider',
        stable: canary,
        canary,
        finalWeights: v.traffic,
        verified: v.ok,
        startedAt,
    });
}
async function rollBack(r, stable, canary, startedAt, reason, result) {
    const { provider, clock } = r.deps;
    r.log(`rolling back to ${stable.id}: ${reason}`);
    let v = { ok: false, traffic: { stablePercent: 0, canaryPercent: 0 } };
    let restoredAt;
    for (let attempt = 1; attempt <= 3 && !v.ok; attempt++) {
        try {
            await provider.rollback(stable, canary);
        }
        catch (e) {
            r.log(`rollback attempt ${attempt} failed: ${e.message}`);
        }
        v = await r.verifyTraffic({ id: stable.id, percent: 100 });
        if (v.ok)
            restoredAt = clock.now();
        else
            r.log(`rollback attempt ${attempt}: provider reads stable ${v.traffic.stablePercent}%, canary ${v.traffic.canaryPercent}%`);
    }
    r.log(v.ok ? `verified: 100% on ${stable.id}` : `ROLLBACK NOT VERIFIED: the provider still reads canary ${v.traffic.canaryPercent}%`);
    return { ...report(r, { result, mode: 'canary', reason, stable, canary, finalWeights: v.traffic, verified: v.ok, startedAt }), stableRestoredAt: restoredAt };
}


/***/ }),

/***/ 5428:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  deploy: () => (/* binding */ deploy)
});

// UNUSED EXPORTS: systemClock

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/errors.js
var errors = __webpack_require__(6986);
// EXTERNAL MODULE: ./src/deploy/controller.js
var controller = __webpack_require__(5449);
// EXTERNAL MODULE: ./src/deploy/analysis.js
var analysis = __webpack_require__(9083);
;// CONCATENATED MODULE: ./src/deploy/metrics.js
/**
 * Metrics readers for the analysis:
 * - PrometheusReader: Prometheus's HTTP API (GET /api/v1/query). An empty result ("no values
 *   found") is zero requests → inconclusive, never an error; an unreachable Prometheus makes the
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
 * The serving runtime's own metrics (src/serve/metrics.ts), for cloud-run and kubernetes: the
 * Prometheus scrape config must attach the revision as a `revision` label (Kubernetes: relabel
 * the pod label cd4ml.dev-revision that the provider sets; Cloud Run: the revision name).
 */
const SERVE_QUERIES = {
    requests: 'sum(increase(cd4ml_http_requests_total{route="/predict",revision="{{revision}}"}[{{window}}]))',
    errors: 'sum(increase(cd4ml_http_requests_total{route="/predict",revision="{{revision}}",code=~"5.."}[{{window}}]))',
    p99Seconds: 'histogram_quantile(0.99, sum by (le) (rate(cd4ml_http_request_duration_seconds_bucket{route="/predict",revision="{{revision}}"}[{{window}}])))',
};
const fill = (t, revision, windowMs) => t.replaceAll('{{revision}}', revision).replaceAll('{{window}}', (0,analysis/* promDuration */.Jn)(windowMs));
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
    const p99 = (0,analysis/* histogramQuantile */.EV)(0.99, buckets);
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

;// CONCATENATED MODULE: ./src/deploy/record.js
/**
 * The production record on GitHub: one Deployment per rollout in the environment, with the
 * image digest, bundle artifact, run id and model metrics in its payload, and statuses
 * in_progress → success (promoted) or failure (rolled back / aborted). evaluate-gate reads the
 * newest successful deployment of the environment as "production".
 *
 * One rollout per environment at a time: a deployment of the environment whose newest status is
 * pending/queued/in_progress makes a new rollout refuse. Re-running a finished deployment (same
 * commit, same artifact already successful in the environment) is a no-op.
 */

/** Same artifact: same digest when both have one, else same image reference or bundle artifact/path. */
function sameArtifact(a, b) {
    if (a.kind !== 'cd4ml-deploy')
        return false;
    if (typeof a.imageDigest === 'string' && b.imageDigest)
        return a.imageDigest === b.imageDigest;
    if (b.image)
        return a.image === b.image;
    if (b.bundleArtifact)
        return a.bundleArtifact === b.bundleArtifact;
    return b.bundle !== undefined && a.bundle === b.bundle;
}
/** Refuse while another rollout is in progress; no-op when this exact deployment already succeeded; otherwise create it in_progress. */
async function startRecord(ctx, environment) {
    const busy = await ctx.github.listInProgressDeployments(environment);
    if (busy.length > 0) {
        const d = busy[0];
        throw new errors/* UsageError */.eb(`another rollout to environment "${environment}" is in progress (GitHub deployment ${d.id} of ${d.sha.slice(0, 7)}, state ${d.state}, created ${d.createdAt}); only one rollout per environment runs at a time — wait for it, or mark it finished if its run died`);
    }
    const latest = await ctx.github.findLatestSuccessfulDeployment(environment);
    if (latest && latest.sha === ctx.sha && sameArtifact(latest.payload, ctx.payload))
        return { kind: 'noop', deployment: latest };
    const deployment = await ctx.github.createDeployment({
        ref: ctx.sha,
        environment,
        payload: ctx.payload,
        description: `cd4ml canary rollout of ${ctx.payload.image ?? ctx.payload.bundleArtifact ?? ctx.payload.bundle ?? 'a model'}`.slice(0, 140),
        task: 'deploy',
        autoMerge: false,
        requiredContexts: [],
        productionEnvironment: environment === 'production',
    });
    await ctx.github.createDeploymentStatus(deployment.id, { state: 'in_progress', description: 'canary rollout started', logUrl: ctx.logUrl, environmentUrl: ctx.environmentUrl });
    return { kind: 'started', deployment };
}
/** success for a promotion, failure for a rollback or an abort (the message says which and why). */
async function finishRecord(ctx, deploymentId, report) {
    if ('error' in report) {
        await ctx.github.createDeploymentStatus(deploymentId, { state: 'error', description: report.error.slice(0, 140), logUrl: ctx.logUrl });
        return;
    }
    const ok = report.result === 'promoted';
    await ctx.github.createDeploymentStatus(deploymentId, {
        state: ok ? 'success' : 'failure',
        description: `${report.mode === 'first-deploy' && ok ? 'first-deploy' : report.result}: ${report.reason}`.slice(0, 140),
        environmentUrl: ok ? report.url || ctx.environmentUrl : undefined,
        logUrl: ctx.logUrl,
        autoInactive: true,
    });
}

;// CONCATENATED MODULE: ./src/deploy/deploy.js
/**
 * One `deploy`: pick the provider and the metrics source, take the environment's lock (GitHub
 * deployment record and, for local, a lock file), replay `--load` during the rollout, run the
 * controller, record the outcome. Called by the CLI and by the deploy-canary action.
 */






const systemClock = { now: () => Date.now(), sleep: (ms) => new Promise((r) => setTimeout(r, ms)) };
/** A metrics reader whose target is known only once the provider is up (the local proxy's /metrics). */
class LazyDirectReader {
    urlOf;
    inner;
    constructor(urlOf) {
        this.urlOf = urlOf;
    }
    get source() {
        return this.inner?.source ?? 'direct /metrics of the local proxy';
    }
    async begin() {
        this.inner = new DirectReader(this.urlOf());
        await this.inner.begin();
    }
    async sample(c, s, w) {
        if (!this.inner)
            await this.begin();
        return this.inner.sample(c, s, w);
    }
}
function payloadOf(s, ctx) {
    const p = { kind: 'cd4ml-deploy' };
    if (s.artifact.kind === 'image') {
        p.image = s.artifact.ref;
        const at = s.artifact.ref.indexOf('@sha256:');
        p.imageDigest = ctx.github?.imageDigest ?? (at >= 0 ? s.artifact.ref.slice(at + 1) : undefined);
    }
    else {
        p.bundle = s.artifact.dir;
        const metricsFile = (0,external_node_path_.join)(s.artifact.dir, 'metrics.json');
        if ((0,external_node_fs_.existsSync)(metricsFile)) {
            try {
                p.metrics = JSON.parse((0,external_node_fs_.readFileSync)(metricsFile, 'utf8'));
            }
            catch {
                /* not JSON: leave it out of the record */
            }
        }
    }
    // A bundle deploy may still name the image it was built into (input "image-digest").
    if (!p.imageDigest && ctx.github?.imageDigest)
        p.imageDigest = ctx.github.imageDigest;
    if (ctx.github?.bundleArtifact)
        p.bundleArtifact = ctx.github.bundleArtifact;
    if (ctx.github?.runId)
        p.runId = ctx.github.runId;
    if (ctx.github?.runUrl)
        p.runUrl = ctx.github.runUrl;
    return p;
}
async function deploy(s, ctx) {
    if (s.artifact.kind === 'bundle' && !(0,external_node_fs_.existsSync)(s.artifact.dir)) {
        throw new errors/* UsageError */.eb(`bundle folder "${s.artifact.dir}" does not exist; train one with "cd4ml train --out DIR" or pass --image`);
    }
    if (s.load && !(0,external_node_fs_.existsSync)(s.load.file))
        throw new errors/* UsageError */.eb(`--load file "${s.load.file}" does not exist`);
    const clock = ctx.clock ?? systemClock;
    let record;
    let deploymentId;
    if (ctx.github) {
        record = { github: ctx.github.port, sha: ctx.github.sha, payload: payloadOf(s, ctx), logUrl: ctx.github.runUrl };
        const started = await startRecord(record, s.environment);
        if (started.kind === 'noop') {
            ctx.log(`deployment ${started.deployment.id} of ${ctx.github.sha.slice(0, 7)} with this artifact already succeeded in "${s.environment}": nothing to do`);
            return { noop: true, deploymentId: started.deployment.id, url: '' };
        }
        deploymentId = started.deployment.id;
        ctx.log(`GitHub deployment ${deploymentId} in "${s.environment}": in_progress`);
    }
    let local;
    let stopLoad;
    try {
        let provider = ctx.provider;
        if (!provider) {
            if (s.provider !== 'local')
                throw new errors/* UsageError */.eb(`the ${s.provider} provider needs its client configuration (the adapter builds it)`);
            const { LocalProvider } = await __webpack_require__.e(/* import() */ 3875).then(__webpack_require__.bind(__webpack_require__, 3875));
            const candidate = new LocalProvider({ root: ctx.root, environment: s.environment, runtime: ctx.localRuntime, port: s.port, log: ctx.log, now: () => clock.now() });
            candidate.lock(); // throws while another rollout holds it — and then its lock must stay
            local = candidate;
            provider = local;
        }
        let prometheusUrl = s.prometheusUrl;
        // Local without --prometheus-url: a Prometheus of its own when installed (scraping 4x per interval).
        if (!prometheusUrl && local)
            prometheusUrl = await local.ensurePrometheus(Math.min(5000, s.rollout.intervalMs / 4));
        const metrics = prometheusUrl ? new PrometheusReader(prometheusUrl, local ? PROXY_QUERIES : SERVE_QUERIES) : local ? new LazyDirectReader(() => local.metricsUrl()) : undefined;
        if (!metrics)
            throw new errors/* UsageError */.eb(`the ${s.provider} provider needs --prometheus-url`);
        let warmUp;
        if (s.load) {
            const stable = await provider.current();
            if (stable) {
                if (local)
                    await local.ensureProxy();
                const { loadBodies, startLoad } = await __webpack_require__.e(/* import() */ 9449).then(__webpack_require__.bind(__webpack_require__, 9449));
                const bodies = await loadBodies(s.load.file);
                const load = startLoad({ url: provider.url(), path: s.load.path, bodies, rate: s.load.rate });
                stopLoad = () => load.stop();
                const path = s.load.path;
                if (local) {
                    warmUp = async (c) => {
                        const url = local.revisionUrl(c.id);
                        if (!url)
                            return 'skipped (no direct address)';
                        const n = Math.min(50, bodies.length);
                        const { startLoad: warm } = await __webpack_require__.e(/* import() */ 9449).then(__webpack_require__.bind(__webpack_require__, 9449));
                        // Straight to the canary (not through the proxy, not in the analysed metrics).
                        const w = warm({ url, path, bodies: bodies.slice(0, n), rate: 200 });
                        await new Promise((r) => setTimeout(r, Math.ceil((n / 200) * 1000) + 50));
                        const st = await w.stop();
                        return `${st.sent} rows sent to ${c.id} directly, ${st.failed} failed`;
                    };
                }
                ctx.log(`replaying ${bodies.length} rows of ${s.load.file} at ${s.load.rate}/s against ${provider.url()}${s.load.path}`);
            }
            else
                ctx.log('first deployment: no load replayed (nothing serves yet)');
        }
        const report = await (0,controller/* runRollout */.p1)(s.artifact, { provider, metrics, clock, log: ctx.log, warmUp }, s.rollout);
        const loadStats = stopLoad ? await stopLoad() : undefined;
        stopLoad = undefined;
        if (local && report.result === 'promoted' && s.artifact.kind === 'bundle') {
            // The local production record: the gate's `--baseline production` reads this entry.
            const { registerBundle, registryEntryLabel } = await Promise.all(/* import() */[__webpack_require__.e(6011), __webpack_require__.e(9560)]).then(__webpack_require__.bind(__webpack_require__, 9560));
            const reg = await registerBundle(ctx.root, s.environment, s.artifact.dir);
            ctx.log(`registered the promoted bundle (${reg.digest.slice(0, 19)}) as the "${s.environment}" model in ${registryEntryLabel(s.environment)}`);
        }
        if (record && deploymentId !== undefined)
            await finishRecord(record, deploymentId, report);
        return { report, noop: false, deploymentId, load: loadStats, url: report.url };
    }
    catch (e) {
        if (record && deploymentId !== undefined)
            await finishRecord(record, deploymentId, { error: e.message }).catch(() => undefined);
        throw e;
    }
    finally {
        if (stopLoad)
            await stopLoad().catch(() => undefined);
        local?.unlock();
    }
}


/***/ })

};
