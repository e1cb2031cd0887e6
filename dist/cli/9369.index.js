export const id = 9369;
export const ids = [9369];
export const modules = {

/***/ 47752:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ featureColumnsOf),
/* harmony export */   x: () => (/* binding */ scoreFeatureTable)
/* harmony export */ });
/* harmony import */ var _preprocess_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3749);
/* harmony import */ var _bundle_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17996);
/* harmony import */ var _table_transform_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(29954);



/** The columns of a table a bundle reads, by name; a missing one is a MissingColumnError. */
function featureColumnsOf(bundle, t) {
    return bundle.features.map((name) => {
        const i = t.names.indexOf(name);
        if (i < 0)
            throw new _preprocess_js__WEBPACK_IMPORTED_MODULE_0__/* .MissingColumnError */ .bd(name, t.names);
        return t.columns[i];
    });
}
/**
 * Score `n` rows given as the table's columns of `bundle.features` (in that order). Rows that fail
 * preprocessing are listed in `errors` (column by column, rows ascending, as scoreColumns lists
 * them) and get prediction NaN (and NaN probabilities).
 */
function scoreFeatureTable(bundle, cols, n) {
    const { columns, errors } = (0,_table_transform_js__WEBPACK_IMPORTED_MODULE_2__/* .transformTable */ .LR)(bundle.preprocess, cols, n);
    const out = (0,_bundle_js__WEBPACK_IMPORTED_MODULE_1__/* .predictFeatureColumns */ .l3)(bundle.model, columns, n);
    const k = bundle.model.nClasses;
    for (const e of errors) {
        out.predictions[e.row] = Number.NaN;
        if (out.probabilities)
            out.probabilities.fill(Number.NaN, e.row * k, e.row * k + k);
    }
    return { ...out, errors };
}


/***/ }),

/***/ 29954:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LR: () => (/* binding */ transformTable),
/* harmony export */   UB: () => (/* binding */ textFeatureNames)
/* harmony export */ });
/* unused harmony export featureWidth */
/* harmony import */ var _preprocess_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3749);

/** How many model features a raw column becomes. */
function featureWidth(c) {
    if (c.kind === 'categorical')
        return c.encoding === 'one-hot' ? c.categories.length : 1;
    if (c.kind === 'datetime')
        return c.parts.length;
    return 1;
}
/** Raw columns a transform reads as text (never NumberColumn): every non-numeric feature. */
function textFeatureNames(spec) {
    return spec.columns.filter((c) => c.kind !== 'numeric').map((c) => c.name);
}
/** transformColumns on a list of values for one raw column (its own one-column spec). */
function transformValues(spec, c, offset, values) {
    const sub = { version: 1, columns: [c], features: spec.features.slice(offset, offset + featureWidth(c)) };
    const res = (0,_preprocess_js__WEBPACK_IMPORTED_MODULE_0__/* .transformColumns */ .Y)(sub, [values], values.length);
    const bad = new Map();
    for (const e of res.errors)
        bad.set(e.row, e.expected);
    return { columns: res.columns, bad };
}
/** The cell text of a NumberColumn row (its raw text when kept, else the number's canonical text). */
function numberText(values, other, r) {
    const t = other.get(r);
    if (t !== undefined)
        return t;
    const x = values[r];
    return Number.isNaN(x) ? null : String(x);
}
/**
 * Transform `cols[j]` (the table column of raw feature spec.columns[j]) for `n` rows.
 */
function transformTable(spec, cols, n) {
    const out = spec.features.map(() => new Float64Array(n));
    const errors = [];
    let o = 0;
    spec.columns.forEach((c, j) => {
        const col = cols[j];
        const w = featureWidth(c);
        if (col.kind === 'text') {
            // Once per dictionary entry (+ one missing entry at the end), then gathered by code.
            const m = col.dict.length;
            const entries = col.dict.slice();
            entries.push(null);
            const t = transformValues(spec, c, o, entries);
            const codes = col.codes;
            if (c.kind === 'categorical' && c.encoding === 'one-hot') {
                // The one position set per entry (-1: none, an unseen category).
                const hot = new Int32Array(m + 1).fill(-1);
                for (let e = 0; e <= m; e++)
                    for (let f = 0; f < w; f++)
                        if (t.columns[f][e] === 1)
                            hot[e] = f;
                for (let r = 0; r < n; r++) {
                    const code = codes[r];
                    const h = hot[code < 0 ? m : code];
                    if (h >= 0)
                        out[o + h][r] = 1;
                }
            }
            else {
                for (let f = 0; f < w; f++) {
                    const src = t.columns[f];
                    const dst = out[o + f];
                    for (let r = 0; r < n; r++) {
                        const code = codes[r];
                        dst[r] = src[code < 0 ? m : code];
                    }
                }
            }
            if (t.bad.size > 0) {
                for (let r = 0; r < n; r++) {
                    const code = codes[r];
                    const e = code < 0 ? m : code;
                    const expected = t.bad.get(e);
                    if (expected !== undefined)
                        errors.push({ row: r, column: c.name, value: entries[e], expected });
                }
            }
        }
        else if (c.kind === 'numeric') {
            // The table parsed number text with the trainer's rule (parseNumeric: [+-]?digits[.digits][e\u00b1d],
            // trimmed), so a number cell is its value; only cells that are not numbers (NaN with text in
            // `other`) go through transformColumns, for its error.
            const { values, other } = col;
            const dst = out[o];
            const fill = c.fill;
            let bad;
            for (let r = 0; r < n; r++) {
                const x = values[r];
                if (x === x)
                    dst[r] = x;
                else {
                    const t = other.size > 0 ? other.get(r) : undefined;
                    if (t === undefined)
                        dst[r] = fill; // missing
                    else {
                        bad ??= { rows: [], texts: [] };
                        bad.rows.push(r);
                        bad.texts.push(t);
                    }
                }
            }
            if (bad) {
                const t = transformValues(spec, c, o, bad.texts);
                bad.rows.forEach((r, i) => {
                    const expected = t.bad.get(i);
                    if (expected !== undefined) {
                        errors.push({ row: r, column: c.name, value: bad.texts[i], expected });
                        dst[r] = Number.NaN;
                    }
                    else
                        dst[r] = t.columns[0][i];
                });
            }
        }
        else {
            // A non-numeric feature read as numbers (a caller that did not ask for it as text): cell texts.
            const texts = new Array(n);
            for (let r = 0; r < n; r++)
                texts[r] = numberText(col.values, col.other, r);
            const t = transformValues(spec, c, o, texts);
            for (let f = 0; f < w; f++)
                out[o + f].set(t.columns[f]);
            for (let r = 0; r < n; r++) {
                const expected = t.bad.get(r);
                if (expected !== undefined)
                    errors.push({ row: r, column: c.name, value: texts[r], expected });
            }
        }
        o += w;
    });
    return { columns: out, errors };
}


/***/ }),

/***/ 89369:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runMonitor: () => (/* binding */ runMonitor)
});

// UNUSED EXPORTS: resolveProductionBundle

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/errors.js
var errors = __webpack_require__(16986);
;// CONCATENATED MODULE: ./src/gate/production.js
/**
 * "production" as the baseline: the latest successful deployment to the environment (GitHub
 * Deployments API, written by deploy-canary), whose payload names the bundle artifact and the run
 * that uploaded it; the artifact is then downloaded across runs by the caller's `download`.
 * Every outcome is a BaselineSource \u2014 never a crash: no deployment yet = first model (unless other
 * environments have one: then the environment is likely misspelt, see runGate); a payload
 * without the artifact, an expired/missing artifact, a failed download or a GitHub error = unavailable.
 */

function payloadString(p, keys) {
    for (const k of keys) {
        const v = p[k];
        if (typeof v === 'string' && v !== '')
            return v;
        if (typeof v === 'number' && Number.isFinite(v))
            return String(v);
    }
    return undefined;
}
async function resolveProductionBaseline(github, environment, download) {
    let deployment;
    try {
        deployment = await github.findLatestSuccessfulDeployment(environment);
    }
    catch (err) {
        return { kind: 'unavailable', message: `cannot look up deployments of environment "${environment}": ${(0,errors/* errorMessage */.gJ)(err)}` };
    }
    if (!deployment) {
        // No production model. Is this the first model, or is the environment misspelt?
        let known;
        try {
            known = await github.listDeploymentEnvironments();
        }
        catch (err) {
            return { kind: 'unavailable', message: `no successful deployment to environment "${environment}", and the repository's deployments cannot be listed to tell a first model from a misspelt environment: ${(0,errors/* errorMessage */.gJ)(err)}` };
        }
        if (known.includes(environment))
            return { kind: 'none', message: `no successful deployment to environment "${environment}" yet` };
        if (known.length > 0)
            return { kind: 'none', message: `no cd4ml deployment to environment "${environment}"`, environment, knownEnvironments: known };
        return { kind: 'none', message: `no successful deployment to environment "${environment}" yet; no environment of this repository has a cd4ml deployment` };
    }
    const where = `deployment ${deployment.id} to ${environment} (${deployment.sha.slice(0, 7)})`;
    const artifactName = payloadString(deployment.payload, ['bundleArtifact', 'bundle-artifact', 'artifact']);
    const runIdText = payloadString(deployment.payload, ['runId', 'run-id', 'run_id']);
    const runId = runIdText === undefined ? Number.NaN : Number(runIdText);
    if (!artifactName || !Number.isInteger(runId) || runId <= 0) {
        return { kind: 'unavailable', label: where, message: `${where}: its payload does not name the model artifact and run (expected "bundleArtifact" and "runId", as deploy-canary writes them)` };
    }
    let artifacts;
    try {
        artifacts = await github.listRunArtifacts(runId, artifactName);
    }
    catch (err) {
        return { kind: 'unavailable', label: where, message: `${where}: cannot list the artifacts of run ${runId}: ${(0,errors/* errorMessage */.gJ)(err)}` };
    }
    const live = artifacts.filter((a) => !a.expired);
    if (live.length === 0) {
        const why = artifacts.length > 0 ? 'has expired' : 'does not exist (deleted, or the run was removed)';
        return { kind: 'unavailable', label: where, message: `${where}: artifact "${artifactName}" of run ${runId} ${why}` };
    }
    const artifact = live.sort((a, b) => b.id - a.id)[0];
    const label = `production: ${where}, artifact "${artifactName}" of run ${runId}`;
    try {
        const dir = await download({ artifactId: artifact.id, artifactName, runId, deploymentId: deployment.id });
        return { kind: 'dir', dir, label };
    }
    catch (err) {
        return { kind: 'unavailable', label, message: `${label}: download failed: ${(0,errors/* errorMessage */.gJ)(err)}` };
    }
}

// EXTERNAL MODULE: ./src/model/bundle.js + 2 modules
var model_bundle = __webpack_require__(17996);
// EXTERNAL MODULE: ./src/monitor/evaluate.js
var evaluate = __webpack_require__(38581);
// EXTERNAL MODULE: ./src/monitor/markdown.js
var monitor_markdown = __webpack_require__(45747);
// EXTERNAL MODULE: ./src/monitor/reference.js
var monitor_reference = __webpack_require__(16333);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/data/read.js
var read = __webpack_require__(11284);
// EXTERNAL MODULE: ./src/data/table.js + 5 modules
var data_table = __webpack_require__(37254);
// EXTERNAL MODULE: ./src/model/preprocess.js
var preprocess = __webpack_require__(3749);
// EXTERNAL MODULE: ./src/model/score-table.js
var score_table = __webpack_require__(47752);
// EXTERNAL MODULE: ./src/serve/sample-log.js
var sample_log = __webpack_require__(95388);
;// CONCATENATED MODULE: ./src/monitor/sources.js
/**
 * Where production data comes from:
 *   (a) the serving runtime's request sample (src/serve/sample-log.ts), filtered to the window;
 *   (b) the per-feature bins the server exports on /metrics, read through the Prometheus HTTP API;
 *   (c) a data file (e.g. last month's scored customers), scored here with the bundle, with labels
 *       when a label column is named.
 * A source that cannot answer is a UsageError that says monitoring did not run \u2014 never an empty
 * "no drift" result.
 */








const iso = (ms) => new Date(ms).toISOString();
/** (a) Rows of the request sample whose time is in the window. Malformed lines are errors naming file and line. */
async function readSamplesWindow(dir, window) {
    let names;
    try {
        names = (await (0,promises_.readdir)(dir)).filter((n) => sample_log/* SAMPLE_FILE_RE */.wW.test(n));
    }
    catch (err) {
        throw new errors.UsageError(`samples directory "${dir}" cannot be read (${err.code ?? (0,errors/* errorMessage */.gJ)(err)}); pass the folder given to "cd4ml serve --sample-dir"`);
    }
    if (names.length === 0) {
        throw new errors.UsageError(`samples directory "${dir}" holds no request sample (requests*.jsonl): the server has not sampled any request yet \u2014 start it with --sample-dir and --sample-rate above 0; drift cannot be judged without data`);
    }
    // Oldest first: requests.N.jsonl \u2026 requests.1.jsonl, requests.jsonl.
    const order = (n) => Number(sample_log/* SAMPLE_FILE_RE */.wW.exec(n)[1] ?? 0);
    names.sort((a, b) => order(b) - order(a));
    const records = [];
    const predictions = [];
    let outside = 0;
    for (const name of names) {
        const file = (0,external_node_path_.join)(dir, name);
        const text = await (0,promises_.readFile)(file, 'utf8');
        const lines = text.split('\n');
        for (let i = 0; i < lines.length; i++) {
            const line = lines[i];
            if (line === '')
                continue;
            let row;
            try {
                row = JSON.parse(line);
            }
            catch (err) {
                // The last line of the active file may be cut by a crash: skip only that one.
                if (i === lines.length - 1 || (i === lines.length - 2 && lines[lines.length - 1] === ''))
                    continue;
                throw new errors.UsageError(`${file}:${i + 1}: not a JSON line (${(0,errors/* errorMessage */.gJ)(err)}); the request sample is damaged \u2014 move the file away and run again`);
            }
            const t = typeof row.t === 'string' ? Date.parse(row.t) : Number.NaN;
            if (!Number.isFinite(t) || typeof row.input !== 'object' || row.input === null) {
                throw new errors.UsageError(`${file}:${i + 1}: expected {"t": ISO time, "input": {...}, "prediction": ...}, got ${line.slice(0, 80)}`);
            }
            if (t < window.start || t > window.end) {
                outside++;
                continue;
            }
            records.push(row.input);
            predictions.push(typeof row.prediction === 'string' || typeof row.prediction === 'number' ? row.prediction : null);
        }
    }
    return { kind: 'records', source: { kind: 'samples', location: dir, start: iso(window.start), end: iso(window.end) }, records, predictions, outside, files: names };
}
/** A cell as the row path held it: CSV/TSV text ('' when missing), else the JSON value (number, text, null). */
function cellOf(c, r, delimited) {
    if (c.kind === 'text') {
        const code = c.codes[r];
        return code < 0 ? (delimited ? '' : null) : c.dict[code];
    }
    const o = c.other.get(r);
    if (o !== undefined)
        return o;
    const x = c.values[r];
    if (Number.isNaN(x))
        return delimited ? '' : null;
    return delimited ? String(x) : x;
}
/** (c) A data file scored with the bundle; `labels` names the column with the true outcomes. */
async function readDataWindow(bundle, path, opts = {}) {
    const format = (0,read.detectFormat)(path, opts.format);
    const delimited = format === 'csv' || format === 'tsv';
    const text = bundle.preprocess.columns.filter((c) => c.kind !== 'numeric').map((c) => c.name);
    if (opts.labels !== undefined && bundle.task === 'classification')
        text.push(opts.labels);
    const table = await (0,data_table/* readColumns */.Ej)(path, { format, text });
    let labelIdx = -1;
    if (opts.labels !== undefined) {
        labelIdx = table.names.indexOf(opts.labels);
        if (labelIdx < 0)
            throw new errors.UsageError(`${path}: no column "${opts.labels}" for --labels / input "labels"; columns are ${table.names.join(', ')}`);
    }
    const n = table.n;
    let scored;
    if (n > 0) {
        try {
            scored = (0,score_table/* scoreFeatureTable */.x)(bundle, (0,score_table/* featureColumnsOf */.r)(bundle, table), n);
        }
        catch (err) {
            if (err instanceof preprocess/* MissingColumnError */.bd)
                throw new errors.UsageError(err.message);
            throw err;
        }
    }
    const k = bundle.model.nClasses;
    const present = bundle.features.map((f) => table.names.indexOf(f)).map((i, j) => [bundle.features[j], i]).filter(([, i]) => i >= 0);
    const records = new Array(n);
    const predictions = new Array(n);
    const probabilities = new Array(n);
    for (let r = 0; r < n; r++) {
        const rec = {};
        for (const [f, i] of present)
            rec[f] = cellOf(table.columns[i], r, delimited);
        records[r] = rec;
        const p = scored.predictions[r];
        if (!Number.isFinite(p)) {
            predictions[r] = null;
            probabilities[r] = null;
        }
        else if (bundle.task === 'classification') {
            predictions[r] = bundle.classes?.[p] ?? p;
            probabilities[r] = Array.from(scored.probabilities.subarray(r * k, r * k + k));
        }
        else {
            predictions[r] = p;
            probabilities[r] = null;
        }
    }
    let labels;
    if (labelIdx >= 0) {
        const c = table.columns[labelIdx];
        labels = new Array(n);
        for (let r = 0; r < n; r++)
            labels[r] = cellOf(c, r, delimited);
    }
    return {
        kind: 'records',
        source: { kind: 'data', location: path },
        records,
        predictions,
        ...(bundle.task === 'classification' ? { probabilities } : {}),
        ...(labels ? { labels, labelColumn: opts.labels } : {}),
    };
}
/** Run an instant query; every failure is a UsageError naming the server and the query. */
async function instantQuery(opts, promql) {
    const f = opts.fetchImpl ?? fetch;
    const base = opts.url.replace(/\/+$/, '');
    const url = `${base}/api/v1/query?query=${encodeURIComponent(promql)}&time=${(opts.window.end / 1000).toFixed(3)}`;
    let res;
    try {
        res = await f(url, { signal: AbortSignal.timeout(opts.timeoutMs ?? 10_000) });
    }
    catch (err) {
        const cause = err.cause?.code ?? (0,errors/* errorMessage */.gJ)(err);
        throw new errors.UsageError(`Prometheus at ${base} cannot be reached (${cause}); monitoring did not run \u2014 this is not a "no drift" result. Check --prometheus / input "prometheus"`);
    }
    const text = await res.text();
    let body;
    try {
        body = JSON.parse(text);
    }
    catch {
        throw new errors.UsageError(`Prometheus at ${base} answered ${res.status} with something that is not its JSON API (${text.slice(0, 80)}); is --prometheus the server's root URL?`);
    }
    if (!res.ok || body.status !== 'success') {
        throw new errors.UsageError(`Prometheus at ${base} refused the query ${promql} (${res.status}: ${body.error ?? 'no error message'}); check prometheus-selector`);
    }
    if (body.data?.resultType !== 'vector' || !Array.isArray(body.data.result))
        throw new errors.UsageError(`Prometheus at ${base}: expected a vector for ${promql}`);
    return body.data.result;
}
/** PromQL duration of a window in whole seconds. */
function range(w) {
    return `${Math.max(1, Math.round((w.end - w.start) / 1000))}s`;
}
/** `name{sel}` with the user's selector. */
function sel(name, selector, extra = '') {
    const parts = [selector?.trim(), extra].filter((s) => s !== undefined && s !== '');
    return `${name}{${parts.join(',')}}`;
}
const num = (v) => (v.value[1] === '+Inf' ? Infinity : Number(v.value[1]));
/**
 * Per-feature bin counts over the window: increase() of cd4ml_feature_bin_total summed over every
 * served instance, the bin edges from cd4ml_feature_bin_upper, the predictions from
 * cd4ml_predictions_total (classification) or the cd4ml_prediction_value histogram (regression).
 */
async function readPrometheusWindow(opts, task) {
    const w = range(opts.window);
    const s = opts.selector;
    const [bins, uppers, missing, info] = await Promise.all([
        instantQuery(opts, `sum by (feature, bin) (increase(${sel('cd4ml_feature_bin_total', s)}[${w}]))`),
        instantQuery(opts, `max by (feature, bin) (${sel('cd4ml_feature_bin_upper', s)})`),
        instantQuery(opts, `sum by (feature) (increase(${sel('cd4ml_feature_missing_total', s)}[${w}]))`),
        instantQuery(opts, `max by (digest) (${sel('cd4ml_model_info', s)})`),
    ]);
    const preds = task === 'classification'
        ? await instantQuery(opts, `sum by (class) (increase(${sel('cd4ml_predictions_total', s)}[${w}]))`)
        : await instantQuery(opts, `sum by (le) (increase(${sel('cd4ml_prediction_value_bucket', s)}[${w}]))`);
    const features = new Map();
    const get = (name) => {
        let f = features.get(name);
        if (!f)
            features.set(name, (f = { name, counts: {} }));
        return f;
    };
    for (const v of bins)
        get(v.metric.feature).counts[v.metric.bin] = Math.round(num(v));
    for (const v of uppers) {
        const f = get(v.metric.feature);
        (f.upper ??= {})[v.metric.bin] = num(v);
    }
    for (const v of missing)
        get(v.metric.feature).missing = Math.round(num(v));
    let predictions;
    if (task === 'classification') {
        predictions = { name: 'prediction', counts: Object.fromEntries(preds.map((v) => [v.metric.class, Math.round(num(v))])) };
    }
    else if (preds.length > 0) {
        // Cumulative buckets \u2192 per-bucket counts with upper edges.
        const sorted = preds.map((v) => ({ le: v.metric.le === '+Inf' ? Infinity : Number(v.metric.le), n: num(v) })).sort((a, b) => a.le - b.le);
        const counts = {};
        const upper = {};
        let prev = 0;
        sorted.forEach((b, i) => {
            counts[String(i)] = Math.max(0, Math.round(b.n - prev));
            upper[String(i)] = b.le;
            prev = b.n;
        });
        predictions = { name: 'prediction', counts, upper };
    }
    const list = [...features.values()];
    const rows = list.length === 0 ? 0 : Math.max(...list.map((f) => Object.values(f.counts).reduce((a, b) => a + b, 0) + (f.missing ?? 0)));
    return {
        kind: 'binned',
        source: { kind: 'prometheus', location: opts.url, start: iso(opts.window.start), end: iso(opts.window.end) },
        rows,
        features: list,
        ...(predictions ? { predictions } : {}),
        servedDigests: info.map((v) => v.metric.digest).filter((d) => d !== undefined),
    };
}

// EXTERNAL MODULE: ./src/monitor/triggers.js
var triggers = __webpack_require__(35799);
;// CONCATENATED MODULE: ./src/monitor/monitor.js
/**
 * One monitoring run: resolve the production bundle, load its training reference, read the
 * production window, judge it (./evaluate.ts), and \u2014 when it drifted and GitHub is available \u2014
 * open/update the drift issue and trigger retraining (./triggers.ts). Clock, GitHub port and
 * fetch are injected; the CLI and the action are thin adapters over this.
 */










/** Bundle folder of what runs in an environment: the local provider's state, else GitHub's newest successful deployment. */
async function resolveProductionBundle(environment, deps) {
    const cwd = deps.cwd ?? process.cwd();
    if (deps.localRoot !== undefined) {
        const statePath = (0,external_node_path_.join)((0,external_node_path_.resolve)(cwd, deps.localRoot), '.cd4ml', 'local', environment, 'state.json');
        if ((0,external_node_fs_.existsSync)(statePath)) {
            let state;
            try {
                state = JSON.parse((0,external_node_fs_.readFileSync)(statePath, 'utf8'));
            }
            catch (err) {
                throw new errors.UsageError(`${statePath} is not valid JSON (${err.message})`);
            }
            const artifact = state.stable?.artifact;
            if (!artifact)
                throw new errors.UsageError(`no production deployment yet in environment "${environment}" (${statePath} has no stable revision); deploy with "cd4ml deploy" first \u2014 there is nothing to monitor`);
            if (!(0,external_node_fs_.existsSync)((0,external_node_path_.join)(artifact, 'manifest.json'))) {
                throw new errors.UsageError(`environment "${environment}" runs ${artifact}, which is not a model bundle folder on this machine (an image?); pass --bundle DIR with the bundle it was built from`);
            }
            return { dir: artifact, from: `local deployment state ${statePath}` };
        }
    }
    if (!deps.github) {
        throw new errors.UsageError(`no production deployment found for environment "${environment}": no local state under .cd4ml/local/${environment}/ and no GitHub access (set GITHUB_TOKEN and GITHUB_REPOSITORY); pass --bundle DIR instead`);
    }
    if (deps.download) {
        // The evaluate-gate lookup: newest successful deployment \u2192 its bundle artifact \u2192 download.
        const base = await resolveProductionBaseline(deps.github, environment, deps.download);
        if (base.kind === 'dir')
            return { dir: base.dir, from: base.label };
        if (base.kind === 'none')
            throw new errors.UsageError(`no production deployment yet: ${base.message} \u2014 there is nothing to monitor; deploy with deploy-canary first`);
        throw new errors.UsageError(`the production model cannot be loaded: ${base.message}`);
    }
    const d = await deps.github.findLatestSuccessfulDeployment(environment);
    if (!d)
        throw new errors.UsageError(`no production deployment yet in environment "${environment}" (no successful GitHub deployment): there is nothing to monitor; deploy with deploy-canary first`);
    const p = d.payload;
    const bundle = typeof p.bundle === 'string' ? p.bundle : undefined;
    if (bundle) {
        const dir = (0,external_node_path_.isAbsolute)(bundle) ? bundle : (0,external_node_path_.resolve)(cwd, bundle);
        if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, 'manifest.json')))
            return { dir, from: `GitHub deployment ${d.id} of ${d.sha.slice(0, 7)} to ${environment}` };
    }
    const what = [p.bundleArtifact ? `bundle artifact "${String(p.bundleArtifact)}"` : '', p.image ? `image ${String(p.image)}` : '', bundle ? `bundle path ${bundle}` : ''].filter(Boolean).join(', ');
    throw new errors.UsageError(`environment "${environment}" runs GitHub deployment ${d.id} (${what || 'no bundle recorded in its payload'}), but that bundle is not on this runner; download it (actions/download-artifact) and pass its folder as bundle`);
}
async function runMonitor(settings, deps) {
    const cwd = deps.cwd ?? process.cwd();
    const now = deps.now();
    const { dir, from } = settings.target.kind === 'bundle' ? { dir: (0,external_node_path_.resolve)(cwd, settings.target.dir), from: 'bundle folder' } : await resolveProductionBundle(settings.target.name, deps);
    const bundle = await (0,model_bundle.readBundle)(dir);
    const { reference, source: referenceSource } = await (0,monitor_reference/* loadReference */.Qu)(bundle);
    const windowRange = { start: now - settings.windowMs, end: now };
    let window;
    const src = settings.source;
    if (src.kind === 'data')
        window = await readDataWindow(bundle, (0,external_node_path_.resolve)(cwd, src.path), { labels: src.labels });
    else if (src.kind === 'samples') {
        const w = await readSamplesWindow((0,external_node_path_.resolve)(cwd, src.dir), windowRange);
        if (w.records.length === 0 && w.outside > 0) {
            throw new errors.UsageError(`no request sample in the window ${w.source.start} \u2013 ${w.source.end} (${w.outside} sampled row(s) in ${w.files.join(', ')} are outside it): the window is empty, so drift cannot be judged \u2014 this is not a "no drift" result; widen window or check that the server still receives traffic`);
        }
        window = w;
    }
    else
        window = await readPrometheusWindow({ url: src.url, selector: src.selector, window: windowRange, fetchImpl: deps.fetchImpl }, reference.task);
    const report = (0,evaluate/* evaluateMonitor */.Wg)(reference, window, { bundle: { dir, digest: bundle.digest }, referenceSource }, settings.options);
    let trigger;
    let triggerSkipped;
    const wantsGitHub = settings.issue || settings.retrainWorkflow !== undefined || settings.retrainEvent !== undefined;
    if (wantsGitHub && deps.github) {
        trigger = await (0,triggers/* applyTriggers */.QY)(deps.github, report, {
            issue: settings.issue,
            label: settings.issueLabel,
            retrainWorkflow: settings.retrainWorkflow,
            retrainEvent: settings.retrainEvent,
            ref: settings.retrainRef ?? deps.defaultRef ?? 'main',
            coolDownMs: settings.coolDownMs,
            now: deps.now,
            runUrl: deps.runUrl,
        });
    }
    else if (wantsGitHub && report.drifted)
        triggerSkipped = 'no GitHub access (GITHUB_TOKEN and GITHUB_REPOSITORY not set): the drift issue and retraining were not triggered';
    const markdown = (0,monitor_markdown/* renderMonitorMarkdown */.Q)(report, trigger, { runUrl: deps.runUrl }) + (triggerSkipped ? `\n${triggerSkipped}\n` : '');
    return { report, trigger, triggerSkipped, markdown, bundleFrom: from };
}


/***/ }),

/***/ 95388:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rp: () => (/* binding */ SampleLog),
/* harmony export */   wW: () => (/* binding */ SAMPLE_FILE_RE)
/* harmony export */ });
/* unused harmony exports SAMPLE_FILE, sampleFileName */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _data_sample_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(87082);
/**
 * The request sample: a bounded, sampled log of the inputs the server scored and the predictions
 * it returned, for the monitor stage (JSON Lines, one row a line):
 *
 *   {"t":"2026-01-05T10:00:00.000Z","input":{"temp_max":12.2,\u2026},"prediction":"rain"}
 *
 * Off by default. Each scored row is kept with probability `rate` (a seeded PRNG unless another
 * random source is injected). Lines are buffered and appended to `<dir>/requests.jsonl` at most
 * every `flushMs` (or when the buffer passes 64 KiB); when that file reaches `maxFileBytes` it is
 * rotated to `requests.1.jsonl` (older ones shift up to `requests.<maxFiles-1>.jsonl`, the oldest
 * is deleted), so the log never holds more than about maxFileBytes \u00d7 maxFiles bytes. Writing never
 * slows or fails a request: errors are counted and reported through `log`.
 */



const SAMPLE_FILE = 'requests.jsonl';
/** Active file first, then rotated files from newest to oldest. */
function sampleFileName(index) {
    return index === 0 ? SAMPLE_FILE : `requests.${index}.jsonl`;
}
/** Every name the log can use: requests.jsonl, requests.N.jsonl. */
const SAMPLE_FILE_RE = /^requests(?:\.(\d+))?\.jsonl$/;
const BUFFER_LIMIT = 64 * 1024;
class SampleLog {
    dir;
    rate;
    maxFileBytes;
    maxFiles;
    random;
    now;
    log;
    buffer = [];
    bufferBytes = 0;
    fileBytes = -1;
    chain = Promise.resolve();
    timer;
    closed = false;
    /** Rows kept, rows seen, write errors. */
    kept = 0;
    seen = 0;
    errors = 0;
    constructor(opts) {
        if (!(opts.rate >= 0 && opts.rate <= 1))
            throw new RangeError(`sample rate must be in [0, 1], got ${opts.rate}`);
        this.dir = opts.dir;
        this.rate = opts.rate;
        this.maxFileBytes = opts.maxFileBytes ?? 8 * 1024 * 1024;
        this.maxFiles = Math.max(1, opts.maxFiles ?? 4);
        this.random = opts.random ?? (0,_data_sample_js__WEBPACK_IMPORTED_MODULE_2__/* .seededRandom */ .Is)(opts.seed ?? 1);
        this.now = opts.now ?? Date.now;
        this.log = opts.log ?? (() => undefined);
        this.timer = setInterval(() => void this.flush(), opts.flushMs ?? 1000);
        this.timer.unref();
    }
    /** Keep each row with probability `rate`. Cheap: no I/O on the caller's path. */
    record(inputs, predictions) {
        if (this.closed || this.rate === 0) {
            this.seen += inputs.length;
            return;
        }
        let t;
        for (let i = 0; i < inputs.length; i++) {
            this.seen++;
            if (this.rate < 1 && this.random() >= this.rate)
                continue;
            t ??= this.isoNow();
            const line = JSON.stringify({ t, input: inputs[i], prediction: typeof predictions === 'function' ? predictions(i) : predictions[i] }) + '\n';
            this.buffer.push(line);
            this.bufferBytes += Buffer.byteLength(line);
            this.kept++;
        }
        if (this.bufferBytes >= BUFFER_LIMIT)
            void this.flush();
    }
    lastMs = Number.NaN;
    lastIso = '';
    /** The time as ISO text, formatted once per millisecond. */
    isoNow() {
        const ms = this.now();
        if (ms !== this.lastMs) {
            this.lastMs = ms;
            this.lastIso = new Date(ms).toISOString();
        }
        return this.lastIso;
    }
    /** Write what is buffered (serialized: one flush at a time). */
    flush() {
        if (this.buffer.length === 0)
            return this.chain;
        const lines = this.buffer;
        this.buffer = [];
        this.bufferBytes = 0;
        this.chain = this.chain.then(() => this.write(lines)).catch((err) => {
            this.errors++;
            this.log(`request sample: write failed (${err.message}); ${lines.length} sampled row(s) dropped`);
        });
        return this.chain;
    }
    async write(lines) {
        if (this.fileBytes < 0) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(this.dir, { recursive: true });
            this.fileBytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.dir, SAMPLE_FILE)).then((s) => s.size, () => 0);
        }
        // Fill the active file up to the cap, rotate, continue: one line is never split.
        let chunk = [];
        let chunkBytes = 0;
        for (const line of lines) {
            const n = Buffer.byteLength(line);
            if (this.fileBytes + chunkBytes + n > this.maxFileBytes && this.fileBytes + chunkBytes > 0) {
                if (chunk.length > 0)
                    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.appendFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.dir, SAMPLE_FILE), chunk.join(''));
                await this.rotate();
                chunk = [];
                chunkBytes = 0;
            }
            chunk.push(line);
            chunkBytes += n;
        }
        if (chunk.length > 0) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.appendFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.dir, SAMPLE_FILE), chunk.join(''));
            this.fileBytes += chunkBytes;
        }
    }
    async rotate() {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.dir, sampleFileName(this.maxFiles - 1)), { force: true });
        for (let i = this.maxFiles - 2; i >= 0; i--) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.dir, sampleFileName(i)), (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.dir, sampleFileName(i + 1))).catch((err) => {
                if (err.code !== 'ENOENT')
                    throw err;
            });
        }
        this.fileBytes = 0;
    }
    /** Flush and stop the timer. */
    async close() {
        this.closed = true;
        clearInterval(this.timer);
        await this.flush();
    }
}


/***/ })

};
