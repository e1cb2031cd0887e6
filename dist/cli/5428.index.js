export const id = 5428;
export const ids = [5428];
export const modules = {

/***/ 93047:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  deploy: () => (/* binding */ deploy)
});

// UNUSED EXPORTS: systemClock

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/errors.js
var errors = __webpack_require__(16986);
// EXTERNAL MODULE: ./src/deploy/controller.js
var controller = __webpack_require__(75449);
// EXTERNAL MODULE: ./src/deploy/analysis.js
var analysis = __webpack_require__(79083);
;// CONCATENATED MODULE: ./src/deploy/metrics.js
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
 * in_progress \u2192 success (promoted) or failure (rolled back / aborted). evaluate-gate reads the
 * newest successful deployment of the environment as "production".
 *
 * One rollout per environment at a time: a deployment of the environment whose newest status is
 * pending/queued/in_progress makes a new rollout refuse \u2014 unless the workflow run that started it
 * is over (completed, gone, or an earlier attempt of this very run): its process died without
 * finishing (kill -9, a lost runner), so that deployment is marked `error` ("abandoned") and the
 * new rollout goes on. Re-running a finished deployment (same
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
/**
 * Why an in-progress deployment can no longer be running, or undefined while it may be: its
 * payload names the workflow run that started it, and that run is over.
 */
async function abandonedReason(ctx, d) {
    const runId = typeof d.payload.runId === 'string' || typeof d.payload.runId === 'number' ? String(d.payload.runId) : undefined;
    if (!runId || !/^\d+$/.test(runId))
        return undefined;
    if (ctx.payload.runId === runId)
        return `an earlier attempt of this workflow run (${runId}) stopped before finishing it`;
    const run = await ctx.github.getWorkflowRun(Number(runId));
    if (!run)
        return `its workflow run ${runId} no longer exists`;
    if (run.status === 'completed')
        return `its workflow run ${runId} ended (${run.conclusion ?? 'no conclusion'}) before finishing it`;
    return undefined;
}
/** Refuse while another rollout is in progress (closing abandoned ones first); no-op when this exact deployment already succeeded; otherwise create it in_progress. */
async function startRecord(ctx, environment) {
    const busy = [];
    for (const d of await ctx.github.listInProgressDeployments(environment)) {
        const reason = await abandonedReason(ctx, d);
        if (reason === undefined) {
            busy.push(d);
            continue;
        }
        ctx.log?.(`GitHub deployment ${d.id} to "${environment}" (${d.sha.slice(0, 7)}) was left ${d.state}: ${reason}; marking it error (abandoned)`);
        await ctx.github.createDeploymentStatus(d.id, { state: 'error', description: `abandoned: ${reason}`.slice(0, 140), logUrl: ctx.logUrl });
    }
    if (busy.length > 0) {
        const d = busy[0];
        throw new errors.UsageError(`another rollout to environment "${environment}" is in progress (GitHub deployment ${d.id} of ${d.sha.slice(0, 7)}, state ${d.state}, created ${d.createdAt}${d.payload.runId ? `, workflow run ${String(d.payload.runId)} still running` : ''}); only one rollout per environment runs at a time \u2014 wait for it, or mark it finished if its run died`);
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
    // The bundle deployed, or the one the image was built from: its metrics go into the record.
    const bundleDir = s.artifact.kind === 'bundle' ? s.artifact.dir : s.bundle;
    if (bundleDir !== undefined) {
        p.bundle = bundleDir;
        const metricsFile = (0,external_node_path_.join)(bundleDir, 'metrics.json');
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
    const bundleDir = s.artifact.kind === 'bundle' ? s.artifact.dir : s.bundle;
    if (bundleDir !== undefined && !(0,external_node_fs_.existsSync)(bundleDir)) {
        throw new errors.UsageError(`bundle folder "${bundleDir}" does not exist; train one with "cd4ml train --out DIR"${s.artifact.kind === 'bundle' ? ' or pass --image' : ''}`);
    }
    if (s.load && !(0,external_node_fs_.existsSync)(s.load.file))
        throw new errors.UsageError(`--load file "${s.load.file}" does not exist`);
    const clock = ctx.clock ?? systemClock;
    // Before anything is launched: the bundle's files must match its manifest (a bundle changed
    // after training would only fail later, on the canary), and the smoke test is planned from it.
    let smokePlan;
    if (bundleDir !== undefined) {
        const { planSmoke } = await __webpack_require__.e(/* import() */ 428).then(__webpack_require__.bind(__webpack_require__, 40428));
        smokePlan = await planSmoke(bundleDir);
    }
    else
        ctx.log(`no --bundle given with the image: the smoke test cannot compare predictions; pass --bundle DIR (the bundle the image was built from) to check training\u2013serving parity`);
    let record;
    let deploymentId;
    if (ctx.github) {
        record = { github: ctx.github.port, sha: ctx.github.sha, payload: payloadOf(s, ctx), logUrl: ctx.github.runUrl, log: ctx.log };
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
                throw new errors.UsageError(`the ${s.provider} provider needs its client configuration (the adapter builds it)`);
            const { LocalProvider } = await __webpack_require__.e(/* import() */ 3875).then(__webpack_require__.bind(__webpack_require__, 83875));
            const candidate = new LocalProvider({ root: ctx.root, environment: s.environment, runtime: ctx.localRuntime, port: s.port, log: ctx.log, now: () => clock.now() });
            candidate.lock(); // throws while another rollout holds it \u2014 and then its lock must stay
            local = candidate;
            provider = local;
        }
        let prometheusUrl = s.prometheusUrl;
        // Local without --prometheus-url: a Prometheus of its own when installed (scraping 4x per interval).
        if (!prometheusUrl && local)
            prometheusUrl = await local.ensurePrometheus(Math.min(5000, s.rollout.intervalMs / 4));
        const metrics = ctx.metrics ? ctx.metrics : prometheusUrl ? new PrometheusReader(prometheusUrl, local ? PROXY_QUERIES : SERVE_QUERIES) : local ? new LazyDirectReader(() => local.metricsUrl()) : undefined;
        if (!metrics)
            throw new errors.UsageError(`the ${s.provider} provider needs --prometheus-url`);
        let warmUp;
        if (s.load) {
            const found = await provider.current();
            const stableHealth = found ? await provider.health(found).catch((e) => ({ ok: false, detail: e.message })) : undefined;
            const stable = stableHealth?.ok ? found : undefined;
            if (found && !stable)
                ctx.log(`no load replayed: the stable revision ${found.id} does not answer (${stableHealth.detail})`);
            if (stable) {
                if (local)
                    await local.ensureProxy();
                const { loadBodies, preflightLoad, rowTyperOf, startLoad } = await __webpack_require__.e(/* import() */ 9449).then(__webpack_require__.bind(__webpack_require__, 39449));
                // Rows typed from the deployed bundle's schema.yml, as /predict takes them.
                const typer = bundleDir !== undefined ? await rowTyperOf(bundleDir) : undefined;
                const loaded = await loadBodies(s.load.file, { typer });
                const { bodies } = loaded;
                if (loaded.skippedRows > 0)
                    ctx.log(`--load ${s.load.file}: ${loaded.skippedRows} of ${loaded.rows} rows do not match the model's input types and are not replayed (first: ${loaded.firstProblem})`);
                // Before any traffic moves: the stable must take these rows, or the analysis would judge a canary that scored nothing.
                const stableUrl = (local && local.revisionUrl(stable.id)) || provider.url();
                await preflightLoad(stableUrl, s.load.path, bodies, s.load.file, `the stable revision ${stable.id}`);
                const load = startLoad({ url: provider.url(), path: s.load.path, bodies, rate: s.load.rate });
                stopLoad = () => load.stop();
                const path = s.load.path;
                if (local) {
                    warmUp = async (c) => {
                        const url = local.revisionUrl(c.id);
                        if (!url)
                            return 'skipped (no direct address)';
                        const n = Math.min(50, bodies.length);
                        // Straight to the canary (not through the proxy, not in the analysed metrics).
                        const w = startLoad({ url, path, bodies: bodies.slice(0, n), rate: 200 });
                        await new Promise((r) => setTimeout(r, Math.ceil((n / 200) * 1000) + 50));
                        const st = await w.stop();
                        return `${st.sent} rows sent to ${c.id} directly, ${st.failed} failed`;
                    };
                }
                ctx.log(`replaying ${bodies.length} rows of ${s.load.file} at ${s.load.rate}/s against ${provider.url()}${s.load.path} (the stable answered the first rows 200)`);
            }
            else if (!found)
                ctx.log('first deployment: no load replayed (nothing serves yet)');
        }
        const smoke = smokePlan ? async (rev) => (await __webpack_require__.e(/* import() */ 428).then(__webpack_require__.bind(__webpack_require__, 40428))).runSmoke(provider, rev, smokePlan) : undefined;
        const report = await (0,controller/* runRollout */.p1)(s.artifact, { provider, metrics, clock, log: ctx.log, warmUp, smoke, signal: ctx.signal }, s.rollout);
        const loadStats = stopLoad ? await stopLoad() : undefined;
        stopLoad = undefined;
        if (local && report.result === 'promoted' && bundleDir !== undefined) {
            // The local production record: the gate's `--baseline production` reads this entry.
            const { registerBundle, registryEntryLabel } = await Promise.all(/* import() */[__webpack_require__.e(8116), __webpack_require__.e(5989), __webpack_require__.e(1284), __webpack_require__.e(7739), __webpack_require__.e(7254), __webpack_require__.e(7996), __webpack_require__.e(9399)]).then(__webpack_require__.bind(__webpack_require__, 79560));
            const reg = await registerBundle(ctx.root, s.environment, bundleDir);
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
