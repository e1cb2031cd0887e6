export const id = 449;
export const ids = [449];
export const modules = {

/***/ 39449:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadBodies: () => (/* binding */ loadBodies),
/* harmony export */   startLoad: () => (/* binding */ startLoad)
/* harmony export */ });
/* unused harmony export bodiesFromTable */
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37067);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(16986);
/**
 * `--load FILE`: replay the rows of a data file against the service at a steady rate during the
 * rollout, so that local runs and smoke tests have traffic to analyse. Production rollouts use
 * real traffic and no load. Every request is counted by outcome and by the revision that served
 * it (the local proxy's x-cd4ml-revision header), so the numbers double as a zero-loss check.
 */


/** One JSON body per row: {column: value, ...} — one record, as the serving runtime's POST /predict takes it. */
function bodiesFromTable(columns, rows, limit = 10_000) {
    return rows.slice(0, limit).map((r) => JSON.stringify(Object.fromEntries(columns.map((c, i) => [c, r[i] ?? null]))));
}
/** Read a data file into request bodies (CSV, TSV, JSON Lines, JSON, Parquet), leaving out `drop` columns (e.g. the target). */
async function loadBodies(file, drop = []) {
    const { readTable } = await Promise.all(/* import() */[__webpack_require__.e(116), __webpack_require__.e(961)]).then(__webpack_require__.bind(__webpack_require__, 84961));
    const t = await readTable(file);
    if (t.rows.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`--load ${file}: the file has no rows to replay`);
    const keep = t.columns.map((c, i) => [c, i]).filter(([c]) => !drop.includes(c));
    return bodiesFromTable(keep.map(([c]) => c), t.rows.map((r) => keep.map(([, i]) => r[i])));
}
function startLoad(opts) {
    if (opts.bodies.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb('load: no request bodies');
    if (!(opts.rate > 0))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`load rate must be > 0 requests per second, got ${opts.rate}`);
    const now = opts.now ?? Date.now;
    const target = new URL(opts.path ?? '/predict', opts.url);
    const agent = new node_http__WEBPACK_IMPORTED_MODULE_0__.Agent({ keepAlive: true, maxSockets: opts.maxInFlight ?? 64 });
    const maxInFlight = opts.maxInFlight ?? 64;
    const stats = { sent: 0, ok: 0, failed: 0, skipped: 0, byRevision: {}, failures: [] };
    let inFlight = 0;
    let next = 0;
    const pending = new Set();
    const count = (revision, ok, status, detail) => {
        const r = (stats.byRevision[revision] ??= { ok: 0, failed: 0 });
        if (ok) {
            stats.ok++;
            r.ok++;
        }
        else {
            stats.failed++;
            r.failed++;
            if (stats.failures.length < 50)
                stats.failures.push({ at: now(), status, revision, detail });
        }
    };
    const fire = () => {
        if (inFlight >= maxInFlight) {
            stats.skipped++;
            return;
        }
        const body = opts.bodies[next++ % opts.bodies.length];
        inFlight++;
        stats.sent++;
        const p = new Promise((resolveDone) => {
            const req = (0,node_http__WEBPACK_IMPORTED_MODULE_0__.request)({ host: target.hostname, port: target.port, path: target.pathname + target.search, method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
                const chunks = [];
                res.on('data', (c) => chunks.push(c));
                res.on('end', () => {
                    const status = res.statusCode ?? 0;
                    const revision = String(res.headers['x-cd4ml-revision'] ?? 'unknown');
                    count(revision, status < 500, status, status < 500 ? '' : Buffer.concat(chunks).toString('utf8').slice(0, 200));
                    resolveDone();
                });
                res.on('error', (e) => {
                    count(String(res.headers['x-cd4ml-revision'] ?? 'unknown'), false, 0, e.message);
                    resolveDone();
                });
            });
            req.on('error', (e) => {
                count('unknown', false, 0, e.code ?? e.message);
                resolveDone();
            });
            req.setTimeout(30_000, () => req.destroy(new Error('timeout after 30 s')));
            req.end(body);
        }).finally(() => {
            inFlight--;
            pending.delete(p);
        });
        pending.add(p);
    };
    // Steady rate: a 10 ms tick sends however many requests are due, so any rate up to ~10k/s works.
    const start = now();
    let due = 0;
    const timer = setInterval(() => {
        const should = Math.floor(((now() - start) / 1000) * opts.rate);
        while (due < should) {
            due++;
            fire();
        }
    }, 10);
    return {
        stats,
        async stop() {
            clearInterval(timer);
            await Promise.all([...pending]);
            agent.destroy();
            return stats;
        },
    };
}


/***/ })

};
