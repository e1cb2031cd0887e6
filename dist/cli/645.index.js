export const id = 645;
export const ids = [645];
export const modules = {

/***/ 80645:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   startProxy: () => (/* binding */ startProxy)
/* harmony export */ });
/* unused harmony exports PROXY_BUCKETS, parseRoutes */
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37067);
/* harmony import */ var prom_client__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3890);
/**
 * The local provider's weighted HTTP proxy (node:http).
 *
 * - Public port: every request is routed to the stable or the canary backend by a smooth
 *   deterministic weighted round robin (5% = exactly one request in 20), forwarded over keep-alive
 *   connections, and answered with `x-cd4ml-revision` naming the revision that served it.
 * - Weight changes are zero-loss: the backend is chosen when a request arrives and the request
 *   finishes there; a retired backend stays reachable until its in-flight count is 0 (the
 *   provider waits on that before stopping the process). A request that fails on a reused
 *   keep-alive socket before any answer (the server closed it at the same instant) is retried once.
 * - Admin port (127.0.0.1 only): GET /state, PUT /routes, GET /metrics (Prometheus text:
 *   cd4ml_proxy_requests_total{revision,outcome}, cd4ml_proxy_request_duration_seconds{revision}),
 *   GET /healthz.
 */


const PROXY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
/** Validate a routes document received on the admin port. */
function parseRoutes(raw) {
    const r = raw;
    const backend = (b, name) => {
        if (b === undefined || b === null)
            return undefined;
        const x = b;
        if (typeof x.id !== 'string' || typeof x.url !== 'string' || !/^http:\/\/127\.0\.0\.1:\d+$/.test(x.url))
            throw new Error(`${name} must be {id, url: "http://127.0.0.1:PORT"}`);
        return { id: x.id, url: x.url };
    };
    if (!r || typeof r !== 'object')
        throw new Error('routes must be an object');
    const p = r.canaryPercent;
    if (typeof p !== 'number' || !Number.isInteger(p) || p < 0 || p > 100)
        throw new Error('canaryPercent must be an integer 0..100');
    const routes = { stable: backend(r.stable, 'stable'), canary: backend(r.canary, 'canary'), canaryPercent: p };
    if (p > 0 && !routes.canary)
        throw new Error('canaryPercent > 0 needs a canary backend');
    if (p < 100 && !routes.stable)
        throw new Error('canaryPercent < 100 needs a stable backend');
    return routes;
}
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'upgrade', 'te', 'trailer', 'proxy-authenticate', 'proxy-authorization']);
function listen(server, port, host) {
    return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => resolve(server.address().port));
    });
}
async function startProxy(opts) {
    const host = opts.host ?? '127.0.0.1';
    const maxBody = opts.maxBody ?? 16 * 1024 * 1024;
    let routes = opts.routes ?? { canaryPercent: 0 };
    let acc = 0;
    const inflight = new Map();
    const served = new Map();
    const agents = new Map();
    const registry = new prom_client__WEBPACK_IMPORTED_MODULE_1__.Registry();
    const requests = new prom_client__WEBPACK_IMPORTED_MODULE_1__.Counter({ name: 'cd4ml_proxy_requests_total', help: 'Requests answered by the cd4ml local proxy, by revision and outcome (error = 5xx or no answer).', labelNames: ['environment', 'revision', 'outcome'], registers: [registry] });
    const duration = new prom_client__WEBPACK_IMPORTED_MODULE_1__.Histogram({ name: 'cd4ml_proxy_request_duration_seconds', help: 'Request latency through the cd4ml local proxy, by revision.', labelNames: ['environment', 'revision'], buckets: PROXY_BUCKETS, registers: [registry] });
    const weight = new prom_client__WEBPACK_IMPORTED_MODULE_1__.Gauge({ name: 'cd4ml_proxy_weight_percent', help: 'Share of new requests routed to each revision.', labelNames: ['environment', 'revision', 'role'], registers: [registry] });
    const env = opts.environment;
    const initSeries = (b) => {
        if (!b)
            return;
        // Start every series at 0 so that Prometheus's increase()/rate() see the first requests.
        requests.inc({ environment: env, revision: b.id, outcome: 'success' }, 0);
        requests.inc({ environment: env, revision: b.id, outcome: 'error' }, 0);
        duration.zero({ environment: env, revision: b.id });
    };
    const setRoutes = (r) => {
        routes = r;
        acc = 0;
        initSeries(r.stable);
        initSeries(r.canary);
        weight.reset();
        if (r.stable)
            weight.set({ environment: env, revision: r.stable.id, role: 'stable' }, 100 - r.canaryPercent);
        if (r.canary)
            weight.set({ environment: env, revision: r.canary.id, role: 'canary' }, r.canaryPercent);
        // Drop connection pools of backends no longer routed to once their requests are done.
        for (const [url, agent] of agents) {
            if (url !== r.stable?.url && url !== r.canary?.url && ![...inflight.values()].some((n) => n > 0)) {
                agent.destroy();
                agents.delete(url);
            }
        }
    };
    setRoutes(routes);
    const pick = () => {
        const { stable, canary, canaryPercent } = routes;
        acc += canaryPercent;
        if (acc >= 100) {
            acc -= 100;
            return canary ?? stable;
        }
        return stable ?? canary;
    };
    const agentFor = (url) => {
        let a = agents.get(url);
        if (!a) {
            a = new node_http__WEBPACK_IMPORTED_MODULE_0__.Agent({ keepAlive: true, maxSockets: 256, keepAliveMsecs: 1000 });
            agents.set(url, a);
        }
        return a;
    };
    const forward = (req, res, body) => {
        const backend = pick();
        if (!backend) {
            res.writeHead(503, { 'content-type': 'application/json' });
            res.end(JSON.stringify({ error: 'no revision is deployed behind this proxy' }));
            return;
        }
        inflight.set(backend.id, (inflight.get(backend.id) ?? 0) + 1);
        const started = process.hrtime.bigint();
        let finished = false;
        const done = (status) => {
            if (finished)
                return;
            finished = true;
            inflight.set(backend.id, (inflight.get(backend.id) ?? 1) - 1);
            served.set(backend.id, (served.get(backend.id) ?? 0) + 1);
            requests.inc({ environment: env, revision: backend.id, outcome: status >= 500 ? 'error' : 'success' });
            duration.observe({ environment: env, revision: backend.id }, Number(process.hrtime.bigint() - started) / 1e9);
        };
        const target = new URL(backend.url);
        const headers = {};
        for (const [k, v] of Object.entries(req.headers))
            if (v !== undefined && !HOP_BY_HOP.has(k))
                headers[k] = v;
        headers['content-length'] = String(body.length);
        headers['x-forwarded-for'] = req.socket.remoteAddress ?? '';
        const send = (retry) => {
            const up = (0,node_http__WEBPACK_IMPORTED_MODULE_0__.request)({ host: target.hostname, port: target.port, method: req.method, path: req.url, headers, agent: agentFor(backend.url) });
            up.on('response', (ures) => {
                const out = {};
                for (const [k, v] of Object.entries(ures.headers))
                    if (v !== undefined && !HOP_BY_HOP.has(k))
                        out[k] = v;
                out['x-cd4ml-revision'] = backend.id;
                res.writeHead(ures.statusCode ?? 502, out);
                ures.pipe(res);
                ures.on('end', () => done(ures.statusCode ?? 502));
                ures.on('error', () => {
                    res.destroy();
                    done(502);
                });
            });
            up.on('error', (err) => {
                if (retry && up.reusedSocket && (err.code === 'ECONNRESET' || err.code === 'EPIPE'))
                    return send(false);
                if (!res.headersSent) {
                    res.writeHead(502, { 'content-type': 'application/json', 'x-cd4ml-revision': backend.id });
                    res.end(JSON.stringify({ error: `revision ${backend.id} did not answer: ${err.code ?? err.message}` }));
                }
                else
                    res.destroy();
                done(502);
            });
            up.end(body);
        };
        send(true);
        // The client went away before the answer was complete: not the revision's fault (nginx's 499).
        res.on('close', () => {
            if (!res.writableFinished)
                done(499);
        });
    };
    const server = (0,node_http__WEBPACK_IMPORTED_MODULE_0__.createServer)((req, res) => {
        const chunks = [];
        let size = 0;
        req.on('data', (c) => {
            size += c.length;
            if (size > maxBody) {
                res.writeHead(413, { 'content-type': 'application/json' });
                res.end(JSON.stringify({ error: `request body over ${maxBody} bytes` }));
                req.destroy();
            }
            else
                chunks.push(c);
        });
        req.on('end', () => {
            if (size <= maxBody)
                forward(req, res, Buffer.concat(chunks));
        });
    });
    server.keepAliveTimeout = 65_000;
    const state = () => ({ routes, inflight: Object.fromEntries(inflight), served: Object.fromEntries(served) });
    const admin = (0,node_http__WEBPACK_IMPORTED_MODULE_0__.createServer)(async (req, res) => {
        const json = (status, body) => {
            res.writeHead(status, { 'content-type': 'application/json' });
            res.end(JSON.stringify(body));
        };
        try {
            if (req.method === 'GET' && req.url === '/healthz')
                return json(200, { ok: true });
            if (req.method === 'GET' && req.url === '/state')
                return json(200, state());
            if (req.method === 'GET' && req.url === '/metrics') {
                res.writeHead(200, { 'content-type': registry.contentType });
                return res.end(await registry.metrics());
            }
            if (req.method === 'PUT' && req.url === '/routes') {
                const chunks = [];
                for await (const c of req)
                    chunks.push(c);
                let parsed;
                try {
                    parsed = parseRoutes(JSON.parse(Buffer.concat(chunks).toString('utf8')));
                }
                catch (e) {
                    return json(400, { error: e.message });
                }
                setRoutes(parsed);
                return json(200, state());
            }
            json(404, { error: 'GET /state, PUT /routes, GET /metrics, GET /healthz' });
        }
        catch (e) {
            json(500, { error: e.message });
        }
    });
    const port = await listen(server, opts.port, host);
    const adminPort = await listen(admin, opts.adminPort, '127.0.0.1');
    return {
        port,
        adminPort,
        state,
        setRoutes,
        close: async () => {
            const closed = Promise.all([new Promise((r) => server.close(() => r())), new Promise((r) => admin.close(() => r()))]);
            server.closeAllConnections();
            admin.closeAllConnections();
            for (const a of agents.values())
                a.destroy();
            await closed;
        },
    };
}


/***/ })

};
