export const id = 5449;
export const ids = [5449];
export const modules = {

/***/ 79083:
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

/***/ 75449:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _v: () => (/* binding */ DEFAULT_STEPS),
/* harmony export */   p1: () => (/* binding */ runRollout),
/* harmony export */   wO: () => (/* binding */ checkSteps)
/* harmony export */ });
/* unused harmony export CONFIRM_TWICE */
/* harmony import */ var _analysis_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(79083);
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
 * Before any traffic, on every rollout: the new revision must be healthy (a revision that cannot
 * start \u2014 exited process, failed revision, crash-looping pod \u2014 fails at the next poll, not at the
 * ready timeout) and pass the smoke test (holdout rows through its own /predict, same predictions
 * as the bundle offline). A failure discards it; the stable never saw it.
 *
 * First deployment (nothing in production) \u2014 or a recorded stable that is not serving, which is
 * said as such: health, smoke test, then 100%.
 *
 * Cancellation (deps.signal, aborted on SIGINT/SIGTERM): 100% back to stable, verified, the rollout
 * reported "cancelled". At the end, the provider is asked whether the public URL serves.
 */

const DEFAULT_STEPS = [5, 25, 50, 100];
/** Thrown at a checkpoint once deps.signal is aborted. */
class Cancelled extends Error {
}
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
    smoke;
    deadStable;
    constructor(deps, opts) {
        this.deps = deps;
        this.opts = opts;
    }
    log(message) {
        this.events.push({ at: this.deps.clock.now(), message });
        this.deps.log?.(message);
    }
    /** Throw Cancelled once the rollout was cancelled. */
    checkpoint() {
        if (this.deps.signal?.aborted)
            throw new Cancelled('cancelled');
    }
    /** Sleep on the clock, waking early (and throwing Cancelled) when the rollout is cancelled. */
    async sleep(ms) {
        const signal = this.deps.signal;
        this.checkpoint();
        if (!signal)
            return this.deps.clock.sleep(ms);
        let onAbort;
        await Promise.race([this.deps.clock.sleep(ms), new Promise((r) => signal.addEventListener('abort', (onAbort = () => r()), { once: true }))]);
        if (onAbort)
            signal.removeEventListener('abort', onAbort);
        this.checkpoint();
    }
    /** Poll health until ok, a fatal answer (the revision cannot start), or the ready timeout. */
    async waitHealthy(rev) {
        const { clock, provider } = this.deps;
        const deadline = clock.now() + this.opts.readyTimeoutMs;
        let last = { ok: false, detail: 'not checked' };
        for (;;) {
            last = await provider.health(rev).catch((e) => ({ ok: false, detail: String(e?.message ?? e) }));
            if (last.ok || last.fatal || clock.now() >= deadline)
                return last;
            await this.sleep(Math.min(500, Math.max(50, this.opts.intervalMs / 10)));
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
        ...(r.smoke ? { smoke: r.smoke } : {}),
        ...(r.deadStable ? { deadStable: r.deadStable } : {}),
    };
}
/** Ask the provider whether the public URL serves; a rollout that leaves nothing serving is not verified. */
async function checkServing(r, rep) {
    const { provider } = r.deps;
    if (!provider.serving)
        return rep;
    const serving = await provider.serving().catch((e) => ({ ok: false, detail: String(e?.message ?? e) }));
    r.log(serving.ok ? `the environment serves: ${serving.detail}` : `THE ENVIRONMENT DOES NOT SERVE: ${serving.detail}`);
    return { ...rep, events: r.events, serving, verified: rep.verified && serving.ok };
}
/** Run one rollout to its end. Throws only on provider errors before anything got traffic. */
async function runRollout(artifact, deps, opts) {
    const stepsProblem = checkSteps(opts.steps);
    if (stepsProblem)
        throw new Error(`steps: ${stepsProblem}`);
    const r = new Rollout(deps, opts);
    const { provider, clock } = deps;
    const startedAt = clock.now();
    let stable;
    let canary;
    try {
        r.checkpoint();
        stable = await provider.current();
        if (stable) {
            // A stable that does not answer (checked three times) is not production to protect: say so, and check the new revision fully.
            let h = await provider.health(stable).catch((e) => ({ ok: false, detail: String(e?.message ?? e) }));
            for (let i = 0; i < 2 && !h.ok && !h.fatal; i++) {
                await r.sleep(500);
                h = await provider.health(stable).catch((e) => ({ ok: false, detail: String(e?.message ?? e) }));
            }
            if (h.ok)
                r.log(`stable revision ${stable.id} (${stable.artifact})`);
            else {
                r.log(`stable revision ${stable.id} is recorded but not serving (${h.detail}): nothing serves "${opts.environment}" now; the new revision must pass the health checks and the smoke test before it takes 100%`);
                r.deadStable = stable;
            }
        }
        else
            r.log(`nothing deployed in "${opts.environment}" yet: first deployment`);
        r.checkpoint();
        canary = await provider.launch(artifact);
        r.log(`launched ${canary.id} (${canary.artifact}) with no traffic`);
        return await rollOut(r, artifact, stable, canary, startedAt);
    }
    catch (e) {
        if (!(e instanceof Cancelled))
            throw e;
        r.log('cancelled (SIGINT/SIGTERM): returning all traffic to the stable revision');
        const reason = 'the rollout was cancelled; the stable revision keeps 100% of the traffic';
        if (!canary) {
            const read = await provider.readTraffic().catch(() => ({ stablePercent: 0, canaryPercent: 0 }));
            return report(r, { result: 'cancelled', mode: stable && !r.deadStable ? 'canary' : 'first-deploy', reason: 'the rollout was cancelled before the new revision was launched', stable, canary: { id: '-', artifact: artifact.kind === 'image' ? artifact.ref : artifact.dir }, finalWeights: read, verified: true, startedAt });
        }
        if (stable && !r.deadStable)
            return rollBack(r, stable, canary, startedAt, reason, 'cancelled');
        await provider.discard(canary).catch((err) => r.log(`discarding ${canary.id} failed: ${err.message}`));
        const read = await provider.readTraffic().catch(() => ({ stablePercent: 0, canaryPercent: 0 }));
        return checkServing(r, report(r, { result: 'cancelled', mode: 'first-deploy', reason: 'the rollout was cancelled before the new revision took traffic; it was discarded', stable, canary, finalWeights: read, verified: read.canaryPercent === 0, startedAt }));
    }
}
async function rollOut(r, _artifact, stable, canary, startedAt) {
    const { provider, clock } = r.deps;
    const opts = r.opts;
    const deps = r.deps;
    const live = r.deadStable ? undefined : stable;
    /** The new revision failed a check before any traffic: discard it (first deploy) or roll back (stable untouched). */
    const refuse = async (why) => {
        if (!live) {
            await provider.discard(canary);
            const read = await provider.readTraffic().catch(() => ({ stablePercent: 0, canaryPercent: 0 }));
            return checkServing(r, report(r, { result: 'aborted', mode: 'first-deploy', reason: why, stable, canary, finalWeights: read, verified: read.canaryPercent === 0, startedAt }));
        }
        return rollBack(r, live, canary, startedAt, why, 'rolled-back');
    };
    const health = await r.waitHealthy(canary);
    if (!health.ok) {
        r.log(`${canary.id} is not healthy: ${health.detail}`);
        return refuse(`${live ? 'canary' : 'new revision'} never became healthy and ready: ${health.detail}`);
    }
    r.log(`${canary.id} is healthy and ready`);
    r.checkpoint();
    if (deps.smoke) {
        r.smoke = await deps.smoke(canary).catch((e) => ({ ok: false, rows: 0, detail: String(e?.message ?? e) }));
        r.log(`smoke test of ${canary.id}: ${r.smoke.ok ? 'passed' : 'FAILED'}: ${r.smoke.detail}`);
        if (!r.smoke.ok)
            return refuse(`smoke test failed before any traffic: ${r.smoke.detail}`);
        r.checkpoint();
    }
    if (live && deps.warmUp) {
        try {
            r.log(`warm-up: ${await deps.warmUp(canary)}`);
        }
        catch (e) {
            r.log(`warm-up failed (${e.message}); the analysis will judge the canary cold`);
        }
    }
    if (!live) {
        r.checkpoint();
        await provider.promote(canary, stable);
        const v = await r.verifyTraffic({ id: canary.id, percent: 100 });
        r.log(v.ok ? `${canary.id} serves 100%` : `traffic read back does not show 100% on ${canary.id}`);
        const checks = `health, readiness${deps.smoke ? ' and the smoke test' : ''} passed`;
        return checkServing(r, report(r, {
            result: v.ok ? 'promoted' : 'aborted',
            mode: 'first-deploy',
            reason: v.ok
                ? stable
                    ? `the recorded stable ${stable.id} was not serving: ${checks}, 100% on the new revision`
                    : `first deployment: ${checks}, 100% on the new revision`
                : 'first deployment: the provider does not show 100% on the new revision',
            stable: v.ok ? canary : stable,
            canary,
            finalWeights: v.traffic,
            verified: v.ok,
            startedAt,
        }));
    }
    await deps.metrics.begin?.();
    for (const [i, weight] of opts.steps.entries()) {
        r.checkpoint();
        await provider.setTraffic(live, canary, weight);
        const v = await r.verifyTraffic({ id: canary.id, percent: weight });
        if (!v.ok) {
            // A weight that did not stick may be the first sign of a failure the canary's health names
            // (a restarted local proxy serves the stable only): report that failure, not the symptom.
            const health = await provider.health(canary).catch(() => undefined);
            if (health?.fatal)
                return rollBack(r, live, canary, startedAt, `canary-health at ${weight}%: ${health.detail}`, 'rolled-back');
            return rollBack(r, live, canary, startedAt, `the provider did not apply ${weight}% to the canary (read back ${v.traffic.canaryPercent}%)`, 'aborted');
        }
        r.log(`step ${i + 1}/${opts.steps.length}: ${weight}% to ${canary.id}`);
        const stepStart = clock.now();
        let passedSinceBake = false;
        for (;;) {
            await r.sleep(opts.intervalMs);
            const a = await r.analyse(i, weight, canary, weight === 100 ? undefined : live);
            r.checkpoint();
            if (a.verdict === 'fail') {
                r.failures++;
                r.firstFailureAt ??= a.at;
                if (r.failures > opts.failureLimit) {
                    const why = a.checks.filter((c) => c.status === 'fail').map((c) => `${c.name}: ${c.detail} (threshold ${c.threshold ?? 'healthy'})`).join('; ');
                    return rollBack(r, live, canary, startedAt, `analysis failed at ${weight}% (${r.failures} failed analyses, failure-limit ${opts.failureLimit}): ${why}`, 'rolled-back');
                }
                continue;
            }
            const elapsed = clock.now() - stepStart;
            passedSinceBake = a.verdict === 'pass';
            if (elapsed >= opts.bakeMs && passedSinceBake)
                break;
            if (elapsed >= opts.maxBakeMs) {
                return rollBack(r, live, canary, startedAt, `analysis stayed inconclusive at ${weight}% for ${Math.round(elapsed / 1000)}s (max-bake ${Math.round(opts.maxBakeMs / 1000)}s): not promoting without evidence`, 'aborted');
            }
            if (elapsed >= opts.bakeMs)
                r.log(`bake extended at ${weight}%: last analysis inconclusive`);
        }
    }
    r.checkpoint();
    await provider.promote(canary, live);
    const v = await r.verifyTraffic({ id: canary.id, percent: 100 });
    r.log(v.ok ? `promoted ${canary.id}: 100% and stable` : `promotion of ${canary.id} could not be verified`);
    return checkServing(r, report(r, {
        result: v.ok ? 'promoted' : 'aborted',
        mode: 'canary',
        reason: v.ok ? `every step passed analysis (${opts.steps.join(', ')})` : 'promotion could not be verified on the provider',
        stable: canary,
        canary,
        finalWeights: v.traffic,
        verified: v.ok,
        startedAt,
    }));
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
    return checkServing(r, { ...report(r, { result, mode: 'canary', reason, stable, canary, finalWeights: v.traffic, verified: v.ok, startedAt }), stableRestoredAt: restoredAt });
}


/***/ })

};
