export const id = 1664;
export const ids = [1664];
export const modules = {

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

/***/ 1664:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   resolveDeploySettings: () => (/* binding */ resolveDeploySettings)
/* harmony export */ });
/* unused harmony exports PROVIDERS, DEPLOY_DEFAULTS */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6986);
/* harmony import */ var _config_parse_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7779);
/* harmony import */ var _controller_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5449);
/**
 * Resolve the deploy settings from cd4ml.yml's `deploy:` section and the CLI flags / action
 * inputs (same kebab-case names; flags and inputs win). Strings from flags and inputs are parsed
 * strictly; `label(name)` says how the caller names an option in messages ("--bake" or
 * 'input "bake"').
 */



const PROVIDERS = ['local', 'cloud-run', 'kubernetes'];
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
    if (image && bundle)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`give either ${label('image')} or ${label('bundle')}, not both`);
    if (!image && !bundle)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`nothing to deploy: give ${label('image')} (an image reference) or ${label('bundle')} (a model bundle folder)`);
    const artifact = image ? { kind: 'image', ref: image } : { kind: 'bundle', dir: bundle };
    const provider = o.provider !== undefined ? (0,_config_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .parseEnum */ .nL)(label('provider'), o.provider, PROVIDERS) : (c.provider ?? 'local');
    const environment = str('environment') ?? DEPLOY_DEFAULTS.environment;
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/.test(environment))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${label('environment')} must be letters, digits, ".", "_" or "-", got "${environment}"`);
    let steps = DEPLOY_DEFAULTS.steps;
    const rawSteps = o.steps ?? c.steps;
    if (typeof rawSteps === 'string')
        steps = (0,_config_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .parseList */ .E1)(rawSteps).map((s) => (0,_config_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .parseNumber */ .$J)(`${label('steps')} weight`, s, { min: 1, max: 100, integer: true }));
    else if (Array.isArray(rawSteps))
        steps = rawSteps;
    const stepsProblem = (0,_controller_js__WEBPACK_IMPORTED_MODULE_2__/* .checkSteps */ .wO)(steps);
    if (stepsProblem)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${label('steps')}: ${stepsProblem}; e.g. "5,25,50,100"`);
    const bakeMs = dur('bake') ?? DEPLOY_DEFAULTS.bakeMs;
    const intervalMs = dur('interval') ?? Math.min(DEPLOY_DEFAULTS.intervalMs, bakeMs);
    if (intervalMs < 1000)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${label('interval')} must be at least 1s (the analysis window), got ${intervalMs} ms`);
    if (intervalMs > bakeMs)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${label('interval')} (${intervalMs / 1000}s) must not exceed ${label('bake')} (${bakeMs / 1000}s): each step needs at least one analysis`);
    const maxBakeMs = dur('max-bake') ?? bakeMs * 3;
    if (maxBakeMs < bakeMs)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${label('max-bake')} (${maxBakeMs / 1000}s) must be at least ${label('bake')} (${bakeMs / 1000}s)`);
    const queries = (c.queries ?? []).map((q) => ({ name: q.name, query: q.query, min: q.min, max: q.max }));
    const loadFile = str('load');
    const loadRate = num('load-rate', { min: 0.1, max: 10_000 }) ?? DEPLOY_DEFAULTS.loadRate;
    const settings = {
        artifact,
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
        prometheusUrl: str('prometheus-url'),
        port: num('port', { min: 0, max: 65535, integer: true }),
        containerPort: num('container-port', { min: 1, max: 65535, integer: true }) ?? DEPLOY_DEFAULTS.containerPort,
        project: str('project'),
        region: str('region'),
        service: str('service'),
        namespace: str('namespace'),
        route: str('route'),
    };
    if (settings.prometheusUrl !== undefined && !/^https?:\/\/[^\s/]+/.test(settings.prometheusUrl)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${label('prometheus-url')} must be an http(s) URL such as http://127.0.0.1:9090, got "${settings.prometheusUrl}"`);
    }
    if (provider === 'cloud-run') {
        for (const k of ['project', 'region', 'service'])
            if (!settings[k])
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`the cloud-run provider needs ${label(k)}`);
        if (artifact.kind !== 'image')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`the cloud-run provider deploys images: give ${label('image')} (build one with cd4ml build-image)`);
    }
    if (provider === 'kubernetes') {
        for (const k of ['service', 'route'])
            if (!settings[k])
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`the kubernetes provider needs ${label(k)} (${k === 'route' ? 'the Gateway API HTTPRoute to split traffic on' : 'the base name of the Deployments and Services'})`);
        if (artifact.kind !== 'image')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`the kubernetes provider deploys images: give ${label('image')} (build one with cd4ml build-image)`);
        settings.namespace ??= 'default';
    }
    if (provider !== 'local' && !settings.prometheusUrl) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`the ${provider} provider reads canary metrics from Prometheus: give ${label('prometheus-url')}`);
    }
    return settings;
}


/***/ })

};
