export const id = 449;
export const ids = [449];
export const modules = {

/***/ 39449:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadBodies: () => (/* binding */ loadBodies),
/* harmony export */   preflightLoad: () => (/* binding */ preflightLoad),
/* harmony export */   rowTyperOf: () => (/* binding */ rowTyperOf),
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


/** One JSON body per row: {column: value, ...} \u2014 one record, as the serving runtime's POST /predict takes it. */
function bodiesFromTable(columns, rows, limit = 10_000) {
    return rows.slice(0, limit).map((r) => JSON.stringify(Object.fromEntries(columns.map((c, i) => [c, r[i] ?? null]))));
}
/** Type rows from a bundle's schema.yml (numbers as JSON numbers, booleans, null for missing), as the server reads a CSV request. */
async function rowTyperOf(bundleDir) {
    const { readBundle } = await Promise.all(/* import() */[__webpack_require__.e(116), __webpack_require__.e(989), __webpack_require__.e(284), __webpack_require__.e(431), __webpack_require__.e(468)]).then(__webpack_require__.bind(__webpack_require__, 47468));
    const { compileValidator, featureSpecs, readBundleSchema } = await __webpack_require__.e(/* import() */ 175).then(__webpack_require__.bind(__webpack_require__, 58175));
    const bundle = await readBundle(bundleDir, { verify: true });
    const specs = featureSpecs(bundle, await readBundleSchema(bundle), []);
    const v = compileValidator(specs);
    return { features: specs.map((f) => f.name), check: (rows) => v.check(rows, 'csv', Number.POSITIVE_INFINITY) };
}
/** Without a bundle: a cell that reads as a finite number is sent as one, true/false as booleans, "" as null. */
function guessType(v) {
    if (typeof v !== 'string')
        return v instanceof Date ? v.toISOString() : typeof v === 'bigint' ? Number(v) : (v ?? null);
    const t = v.trim();
    if (t === '')
        return null;
    if (t === 'true' || t === 'false')
        return t === 'true';
    const n = Number(t);
    return Number.isFinite(n) && /^[-+]?(\d|\.\d)/.test(t) ? n : v;
}
/**
 * Read a data file into request bodies (CSV, TSV, JSON Lines, JSON, Parquet). With `typer` (the
 * deployed bundle's types) each row holds the model's features only, typed as /predict expects;
 * rows the model cannot take are left out and counted in `skippedRows`, with the first problem
 * in `firstProblem`. Without it, `drop` columns are left out and cells are typed by their look.
 */
async function loadBodies(file, opts = {}) {
    const { detectFormat } = await Promise.all(/* import() */[__webpack_require__.e(116), __webpack_require__.e(284)]).then(__webpack_require__.bind(__webpack_require__, 11284));
    const { readColumnBatches } = await Promise.all(/* import() */[__webpack_require__.e(116), __webpack_require__.e(989), __webpack_require__.e(284), __webpack_require__.e(431)]).then(__webpack_require__.bind(__webpack_require__, 42431));
    const format = detectFormat(file);
    const delimited = format === 'csv' || format === 'tsv';
    const LIMIT = 10_000;
    // The first LIMIT rows as cells (CSV/TSV: text as read, '' when missing; else the JSON value); every row counted.
    const names = [];
    const first = [];
    const lines = [];
    let total = 0;
    const { typer } = opts;
    // The model's columns as text: the validator types them from their text, as /predict types a CSV request.
    for await (const b of readColumnBatches(file, { format, ...(typer ? { text: typer.features.filter((f) => f !== '') } : {}) })) {
        for (const name of b.names)
            if (!names.includes(name))
                names.push(name);
        const take = Math.min(b.n, LIMIT - first.length);
        for (let r = 0; r < take; r++) {
            const row = new Map();
            b.columns.forEach((c, j) => {
                let v;
                if (c.kind === 'text')
                    v = c.codes[r] < 0 ? null : c.dict[c.codes[r]];
                else {
                    const o = c.other.get(r);
                    v = o !== undefined ? o : Number.isNaN(c.values[r]) ? null : delimited ? String(c.values[r]) : c.values[r];
                }
                row.set(b.names[j], delimited && v === null ? '' : v);
            });
            first.push(row);
            lines.push(b.lines[r]);
        }
        total += b.n;
    }
    if (total === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__.UsageError(`--load ${file}: the file has no rows to replay`);
    if (!typer) {
        const drop = opts.drop ?? [];
        const keep = names.filter((c) => !drop.includes(c));
        const bodies = bodiesFromTable(keep, first.map((r) => keep.map((c) => guessType(r.get(c) ?? null))));
        return { bodies, rows: total, skippedRows: 0 };
    }
    const missing = typer.features.filter((f) => !names.includes(f));
    if (missing.length > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__.UsageError(`--load ${file}: column${missing.length > 1 ? 's' : ''} ${missing.map((m) => `"${m}"`).join(', ')} of the model ${missing.length > 1 ? 'are' : 'is'} missing (the file has ${names.join(', ')}); replay a file with the model's input columns`);
    }
    const rows = first.map((r) => Object.fromEntries(typer.features.map((f) => [f, r.get(f) ?? null])));
    const { records, errors } = typer.check(rows);
    const bad = new Set(errors.map((e) => e.row));
    const bodies = [];
    records.forEach((rec, i) => {
        if (!bad.has(i) && rec)
            bodies.push(JSON.stringify(rec));
    });
    const e = errors[0];
    const firstProblem = e ? `line ${lines[e.row]} column "${e.field}": ${e.message}` : undefined;
    if (bodies.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__.UsageError(`--load ${file}: no row matches the model's input types (${firstProblem}); replay rows of the data the model was trained on`);
    return { bodies, rows: rows.length, skippedRows: bad.size, firstProblem };
}
/**
 * Send the first rows to one revision (the stable, before any traffic moves) and require 2xx: a
 * load the serving model rejects would make the analysis judge a canary that scored nothing.
 */
async function preflightLoad(url, path, bodies, file, who, n = 3) {
    for (const body of bodies.slice(0, n)) {
        let status = 0;
        let text = '';
        try {
            const res = await fetch(new URL(path, url), { method: 'POST', headers: { 'content-type': 'application/json' }, body, signal: AbortSignal.timeout(10_000) });
            status = res.status;
            text = await res.text();
        }
        catch (e) {
            const err = e;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__.UsageError(`--load ${file}: ${who} at ${url} did not answer a replayed row (${err.cause?.code ?? err.cause?.message ?? err.message})`);
        }
        if (status < 200 || status >= 300) {
            let message = text.slice(0, 300);
            try {
                message = String(JSON.parse(text).error ?? message);
            }
            catch {
                /* not JSON: keep the text */
            }
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__.UsageError(`--load ${file}: ${who} rejected a replayed row with ${status} (${message}); the load file does not match the model's inputs \u2014 replay rows of the data the model was trained on. Row sent: ${body.slice(0, 200)}`);
        }
    }
}
function startLoad(opts) {
    if (opts.bodies.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__.UsageError('load: no request bodies');
    if (!(opts.rate > 0))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__.UsageError(`load rate must be > 0 requests per second, got ${opts.rate}`);
    const now = opts.now ?? Date.now;
    const target = new URL(opts.path ?? '/predict', opts.url);
    const agent = new node_http__WEBPACK_IMPORTED_MODULE_0__.Agent({ keepAlive: true, maxSockets: opts.maxInFlight ?? 64 });
    const maxInFlight = opts.maxInFlight ?? 64;
    const zero = () => ({ '2xx': 0, '4xx': 0, '5xx': 0, none: 0 });
    const stats = { sent: 0, ok: 0, failed: 0, codes: zero(), skipped: 0, byRevision: {}, failures: [] };
    let inFlight = 0;
    let next = 0;
    const pending = new Set();
    const count = (revision, status, detail) => {
        const r = (stats.byRevision[revision] ??= { ok: 0, failed: 0, codes: zero() });
        const cls = status === 0 ? 'none' : status >= 500 ? '5xx' : status >= 400 ? '4xx' : '2xx';
        stats.codes[cls]++;
        r.codes[cls]++;
        const ok = cls === '2xx';
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
                    count(revision, status, status < 400 ? '' : Buffer.concat(chunks).toString('utf8').slice(0, 200));
                    resolveDone();
                });
                res.on('error', (e) => {
                    count(String(res.headers['x-cd4ml-revision'] ?? 'unknown'), 0, e.message);
                    resolveDone();
                });
            });
            req.on('error', (e) => {
                count('unknown', 0, e.code ?? e.message);
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
