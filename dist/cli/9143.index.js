export const id = 9143;
export const ids = [9143,1954,5531,3214];
export const modules = {

/***/ 80970:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M8: () => (/* binding */ deltaLineage),
/* harmony export */   ro: () => (/* binding */ describeDeltaLineage)
/* harmony export */ });
/* unused harmony export isDeltaSource */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var _table_ref_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70047);
/**
 * What lineage records for a Delta table: its id, the version read, that commit's timestamp and
 * operation, the live row count (from stats) and a digest of the snapshot's file list (path,
 * size, deletion vector), so "which data trained this model" is answered exactly and replayable
 * with `path@v<version>`.
 */


/** Whether a data path is read as a Delta table. */
function isDeltaSource(path, format) {
    return format === 'delta' || (format === undefined && ((0,_table_ref_js__WEBPACK_IMPORTED_MODULE_1__/* .hasDeltaPin */ .C7)(path) || (0,_table_ref_js__WEBPACK_IMPORTED_MODULE_1__/* .isDeltaTable */ .r4)(path)));
}
/**
 * Lineage of a Delta data path (undefined when the path is not a Delta table): the record and a
 * sha256 over the snapshot's version and sorted (path, size, deletion vector) list.
 */
async function deltaLineage(path, format) {
    if (!isDeltaSource(path, format))
        return undefined;
    const { openDeltaTable, describeSnapshot } = await __webpack_require__.e(/* import() */ 6934).then(__webpack_require__.bind(__webpack_require__, 66934));
    const s = await openDeltaTable(path);
    const d = describeSnapshot(s);
    const h = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    h.update(`delta ${s.tableId} v${s.version}\n`);
    for (const f of s.files) {
        const dv = f.deletionVector;
        h.update(`${f.logPath}\t${f.size}\t${dv ? `${dv.storageType}${dv.pathOrInlineDv}@${dv.offset ?? ''}` : ''}\n`);
    }
    return {
        delta: { 'table-id': d.tableId, version: d.version, 'commit-timestamp': d.commitTimestamp, operation: d.operation, rows: d.rows, files: d.files },
        sha256: h.digest('hex'),
    };
}
/** One line naming a Delta source, e.g. for the gate comment. */
function describeDeltaLineage(path, d) {
    return `${path}: Delta table ${d['table-id']} version ${d.version}${d['commit-timestamp'] ? `, committed ${d['commit-timestamp']}` : ''}${d.operation ? ` by ${d.operation}` : ''}`;
}


/***/ }),

/***/ 63146:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   sg: () => (/* binding */ isMissingBytes),
/* harmony export */   wF: () => (/* binding */ isMissingText)
/* harmony export */ });
/* unused harmony export MISSING_TOKENS */
/**
 * What counts as a missing value in text data, for every stage: validate-data's profiles and the
 * trainer's preprocessing (src/model/preprocess.ts) agree, so a column whose gaps are written "NA"
 * is numeric with missing values in both, as pandas reads it. A cell is missing when, trimmed of
 * whitespace, it is one of MISSING_TOKENS (the empty string included).
 */
const MISSING_TOKENS = ['', 'NA', 'N/A', 'NaN', 'nan', 'null', 'NULL'];
const TOKENS = new Set(MISSING_TOKENS);
/** Longest token: a longer cell can only be missing when it has whitespace to trim. */
const LONGEST = Math.max(...MISSING_TOKENS.map((t) => t.length));
/** True for a missing text value. */
function isMissingText(v) {
    const n = v.length;
    if (n === 0)
        return true;
    if (n <= LONGEST)
        return TOKENS.has(v) || (mayTrim(v.charCodeAt(0)) || mayTrim(v.charCodeAt(n - 1))) && TOKENS.has(v.trim());
    return (mayTrim(v.charCodeAt(0)) || mayTrim(v.charCodeAt(n - 1))) && TOKENS.has(v.trim());
}
/** isMissingText for bytes [s, e) of UTF-8, without building a string for ordinary cells. */
function isMissingBytes(b, s, e) {
    if (s === e)
        return true;
    const first = b[s];
    const last = b[e - 1];
    const trim = mayTrimByte(first) || mayTrimByte(last);
    if (!trim && (e - s > LONGEST || (first !== 0x4e && first !== 0x6e)))
        return false; // tokens start with N or n
    return TOKENS.has(Buffer.from(b.buffer, b.byteOffset + s, e - s).toString('utf8').trim());
}
/** Could `trim()` remove this UTF-16 unit (ASCII whitespace or any non-ASCII unit, checked exactly later)? */
function mayTrim(c) {
    return c <= 0x20 || c >= 0x80;
}
/** Could this byte start or end whitespace that `trim()` removes (ASCII whitespace, or a non-ASCII sequence)? */
function mayTrimByte(c) {
    return c <= 0x20 || c >= 0x80;
}


/***/ }),

/***/ 18976:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GATE_DEFAULTS: () => (/* binding */ GATE_DEFAULTS),
/* harmony export */   checkUnknownEnvironment: () => (/* binding */ checkUnknownEnvironment),
/* harmony export */   runGate: () => (/* binding */ runGate),
/* harmony export */   schemaDiff: () => (/* binding */ schemaDiff)
/* harmony export */ });
/* harmony import */ var _model_bundle_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17996);
/* harmony import */ var _model_score_table_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(47752);
/* harmony import */ var _data_table_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(37254);
/* harmony import */ var _data_delta_lineage_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(80970);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(16986);
/* harmony import */ var _evaluate_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(64867);
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2918);
/**
 * The gate on model bundles: read the candidate (and the baseline, when there is one), pick the
 * evaluation rows (the candidate's holdout or a data file), re-score both models on the same rows
 * and evaluate. Used by `cd4ml gate` and the evaluate-gate action; baseline lookup (production
 * deployment, artifact download) happens in the adapters and arrives here as a BaselineSource.
 */







const GATE_DEFAULTS = { resamples: 2000, confidence: 0.95, seed: 42, minSliceRows: 30, onBaselineMissing: 'fail', onSchemaChange: 'fail' };
async function evaluationRows(candidate, data, format, text) {
    if (data) {
        const t = await (0,_data_table_js__WEBPACK_IMPORTED_MODULE_2__/* .readColumns */ .Ej)(data, { ...(format ? { format } : {}), text });
        if (t.n === 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__.UsageError(`${data}: no rows to evaluate on`);
        const delta = await (0,_data_delta_lineage_js__WEBPACK_IMPORTED_MODULE_3__/* .deltaLineage */ .M8)(data, format); // the gate comment names the table version compared on
        return { names: t.names, columns: t.columns, n: t.n, source: delta ? (0,_data_delta_lineage_js__WEBPACK_IMPORTED_MODULE_3__/* .describeDeltaLineage */ .ro)(data, delta.delta) : data };
    }
    let t;
    try {
        t = await (0,_model_bundle_js__WEBPACK_IMPORTED_MODULE_0__/* .readHoldoutTable */ .Qr)(candidate, { text: text.filter((name) => name !== '') });
    }
    catch (err) {
        if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_4__.UsageError)
            throw err;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__.UsageError(`model bundle ${candidate.dir}: cannot read holdout.jsonl (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(err)}); pass the evaluation rows with --data / input "data"`);
    }
    if (t.n === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__.UsageError(`model bundle ${candidate.dir}: holdout.jsonl has no rows; pass the evaluation rows with --data / input "data"`);
    return { names: t.names, columns: t.columns, n: t.n, source: 'candidate holdout' };
}
/** Score a bundle on the columnar rows; a column the model needs and the rows lack is a usage error. */
function scoreOn(bundle, t, role) {
    const cols = bundle.features.map((f) => {
        const j = t.names.indexOf(f);
        if (j < 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__.UsageError(`${t.source}: column "${f}" is missing (the ${role} model needs it); columns present: ${t.names.join(', ')}`);
        return t.columns[j];
    });
    return (0,_model_score_table_js__WEBPACK_IMPORTED_MODULE_1__/* .scoreFeatureTable */ .x)(bundle, cols, t.n);
}
/** A cell as text, as the row path held it (String of the value read); null when missing. */
function textOf(c, r) {
    if (c.kind === 'text') {
        const code = c.codes[r];
        return code < 0 ? null : c.dict[code];
    }
    const o = c.other.get(r);
    if (o !== undefined)
        return o;
    const x = c.values[r];
    return Number.isNaN(x) ? null : String(x);
}
/** A regression target cell as a number (NaN when missing or not a number), as Number(value) did. */
function numberOf(c, r) {
    const t = c.kind === 'number' && !c.other.has(r) ? undefined : textOf(c, r);
    if (c.kind === 'number' && t === undefined)
        return c.values[r];
    return t === null || t === undefined || t === '' ? Number.NaN : Number(t);
}
function schemaDiff(baseline, candidate) {
    const kinds = (b) => new Map(b.preprocess.columns.map((c) => [c.name, c.kind]));
    const a = kinds(baseline);
    const c = kinds(candidate);
    return {
        added: [...c.keys()].filter((k) => !a.has(k)),
        removed: [...a.keys()].filter((k) => !c.has(k)),
        changed: [...c.keys()].filter((k) => a.has(k) && a.get(k) !== c.get(k)).map((k) => `${k}: ${a.get(k)} \u2192 ${c.get(k)}`),
    };
}
function normaliseMetric(name) {
    return name.trim().toLowerCase().replace(/_/g, '-');
}
/** "a", "a and b", "a, b and c" (quoted). */
function quotedList(names) {
    const q = names.map((n) => `"${n}"`);
    return q.length <= 1 ? q.join('') : `${q.slice(0, -1).join(', ')} and ${q[q.length - 1]}`;
}
/**
 * An environment with no record while others have one is most likely misspelt: passing the
 * candidate as a "first model" would let any model through. Refused (UsageError, exit 2) naming
 * the known environments, unless on-baseline-missing is warn; then the warning it returns says so.
 */
function checkUnknownEnvironment(src, onMissing) {
    if (src.kind !== 'none' || !src.knownEnvironments || src.knownEnvironments.length === 0)
        return undefined;
    const known = src.knownEnvironments;
    const text = `${src.message}, but ${known.length === 1 ? 'environment' : 'environments'} ${quotedList(known)} ${known.length === 1 ? 'has' : 'have'} one`;
    if (onMissing === 'fail') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__.UsageError(`${text}: is environment "${src.environment ?? '?'}" misspelt? Name one of the known environments (gate.environment, --environment or input "environment"); for a new environment, set on-baseline-missing to warn to pass its first model with a warning`);
    }
    return `${text}; judged as the first model of "${src.environment ?? '?'}" because on-baseline-missing is warn`;
}
async function runGate(opts) {
    const g = opts.gate;
    const unknownEnvironment = checkUnknownEnvironment(opts.baseline, g['on-baseline-missing'] ?? GATE_DEFAULTS.onBaselineMissing);
    const candidate = await (0,_model_bundle_js__WEBPACK_IMPORTED_MODULE_0__.readBundle)(opts.candidateDir);
    const task = candidate.task;
    const known = (0,_evaluate_js__WEBPACK_IMPORTED_MODULE_5__/* .metricsOf */ .Ps)(task);
    const notes = [];
    // Headline: train.headline-metric, else the bundle's, else accuracy / rmse.
    let headline = normaliseMetric(opts.headlineMetric ?? candidate.headlineMetric ?? (0,_rules_js__WEBPACK_IMPORTED_MODULE_6__/* .defaultHeadline */ .qj)(task));
    if (!known.includes(headline)) {
        notes.push(`the headline metric "${opts.headlineMetric ?? candidate.headlineMetric}" is not one the gate re-scores (${known.join(', ')}); the gate uses ${(0,_rules_js__WEBPACK_IMPORTED_MODULE_6__/* .defaultHeadline */ .qj)(task)} as its headline`);
        headline = (0,_rules_js__WEBPACK_IMPORTED_MODULE_6__/* .defaultHeadline */ .qj)(task);
    }
    const rules = (0,_rules_js__WEBPACK_IMPORTED_MODULE_6__/* .resolveRules */ .SJ)(g, headline, known);
    // Baseline bundle first (read errors are a state, not a failure), so one read of the rows keeps
    // every column either model reads as text as text.
    const src = opts.baseline;
    let baselineRead = {};
    if (src.kind === 'dir') {
        try {
            baselineRead = { bundle: await (0,_model_bundle_js__WEBPACK_IMPORTED_MODULE_0__.readBundle)(src.dir) };
        }
        catch (err) {
            baselineRead = { error: err };
        }
    }
    const textNames = new Set(g.slices ?? []);
    if (task === 'classification')
        textNames.add(candidate.target);
    for (const b of [candidate, baselineRead.bundle])
        if (b)
            for (const c of b.preprocess.columns)
                if (c.kind !== 'numeric')
                    textNames.add(c.name);
    const evalRows = await evaluationRows(candidate, opts.data, opts.format, [...textNames]);
    const targetAt = evalRows.names.indexOf(candidate.target);
    if (targetAt < 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__.UsageError(`${evalRows.source}: the target column "${candidate.target}" is missing; columns present: ${evalRows.names.join(', ')}`);
    const targetCol = evalRows.columns[targetAt];
    for (const s of g.slices ?? []) {
        if (!evalRows.names.includes(s))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__.UsageError(`gate.slices: column "${s}" is not in the evaluation rows (${evalRows.source}); columns present: ${evalRows.names.join(', ')}`);
    }
    // Baseline.
    const onMissing = g['on-baseline-missing'] ?? GATE_DEFAULTS.onBaselineMissing;
    const onSchema = g['on-schema-change'] ?? GATE_DEFAULTS.onSchemaChange;
    let baseline;
    let state;
    if (src.kind === 'none')
        state = { kind: 'first-model', message: src.message };
    else if (src.kind === 'unavailable')
        state = { kind: 'unavailable', message: src.message, policy: onMissing, ...(src.label ? { source: src.label } : {}) };
    else if (baselineRead.bundle) {
        baseline = baselineRead.bundle;
        state = { kind: 'compared', source: src.label };
    }
    else
        state = { kind: 'unavailable', source: src.label, message: `${src.label} cannot be read: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(baselineRead.error)}`, policy: onMissing };
    if (baseline) {
        const diff = schemaDiff(baseline, candidate);
        const label = state.source;
        if (baseline.task !== task || baseline.target !== candidate.target) {
            state = { kind: 'schema-changed', source: label, schema: diff, message: `the baseline predicts ${baseline.target} (${baseline.task}), the candidate ${candidate.target} (${task})`, policy: onSchema };
            baseline = undefined;
        }
        else {
            const missing = baseline.features.filter((f) => !evalRows.names.includes(f));
            if (missing.length > 0) {
                state = { kind: 'schema-changed', source: label, schema: diff, message: `the baseline needs column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}, not in the evaluation rows (${(0,_evaluate_js__WEBPACK_IMPORTED_MODULE_5__/* .describeSchemaDiff */ .Gy)(diff)})`, policy: onSchema };
                baseline = undefined;
            }
            else {
                state = { kind: 'compared', source: label, schema: diff };
            }
        }
    }
    // Score both models on the same rows.
    const candScore = scoreOn(candidate, evalRows, 'candidate');
    const baseScore = baseline ? scoreOn(baseline, evalRows, 'baseline') : undefined;
    const n = evalRows.n;
    const warnings = unknownEnvironment ? [unknownEnvironment] : [];
    let truthArr;
    let candArr;
    let baseArr;
    let classes;
    if (task === 'classification') {
        classes = [...(candidate.classes ?? [])];
        const indexOf = new Map(classes.map((c, i) => [c, i]));
        const idx = (label) => {
            let i = indexOf.get(label);
            if (i === undefined) {
                i = classes.length;
                classes.push(label);
                indexOf.set(label, i);
            }
            return i;
        };
        truthArr = new Int32Array(n);
        for (let r = 0; r < n; r++) {
            const y = textOf(targetCol, r);
            if (y === null || y === '')
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__.UsageError(`${evalRows.source}: row ${r + 1} has no value in the target column "${candidate.target}"`);
            truthArr[r] = idx(y);
        }
        const toIdx = (bundle, preds) => {
            const out = new Int32Array(n);
            for (let r = 0; r < n; r++)
                out[r] = Number.isNaN(preds[r]) ? idx('(not scored)') : idx(bundle.classes?.[preds[r]] ?? String(preds[r]));
            return out;
        };
        candArr = toIdx(candidate, candScore.predictions);
        if (baseline && baseScore)
            baseArr = toIdx(baseline, baseScore.predictions);
    }
    else {
        const keep = [];
        const ys = new Float64Array(n);
        for (let r = 0; r < n; r++) {
            const y = (ys[r] = numberOf(targetCol, r));
            const ok = Number.isFinite(y) && !Number.isNaN(candScore.predictions[r]) && (!baseScore || !Number.isNaN(baseScore.predictions[r]));
            if (ok)
                keep.push(r);
        }
        if (keep.length === 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__.UsageError(`${evalRows.source}: no row has a numeric target "${candidate.target}" that both models can score`);
        truthArr = Float64Array.from(keep, (r) => ys[r]);
        candArr = Float64Array.from(keep, (r) => candScore.predictions[r]);
        if (baseScore)
            baseArr = Float64Array.from(keep, (r) => baseScore.predictions[r]);
        if (keep.length < n)
            warnings.push(`${n - keep.length} of ${n} rows left out: missing/non-numeric target or a value a model cannot preprocess`);
    }
    const notScored = candScore.errors.length + (baseScore?.errors.length ?? 0);
    if (task === 'classification' && notScored > 0)
        warnings.push(`${notScored} predictions could not be made (a value the model cannot preprocess) and count as wrong; first: row ${(candScore.errors[0] ?? baseScore.errors[0]).row + 1}`);
    let sliceCols;
    if (g.slices && g.slices.length > 0) {
        sliceCols = {};
        for (const s of g.slices) {
            const col = evalRows.columns[evalRows.names.indexOf(s)];
            const vals = new Array(n);
            for (let r = 0; r < n; r++) {
                const v = textOf(col, r);
                vals[r] = v === null || v === '' ? '(missing)' : v;
            }
            sliceCols[s] = vals;
        }
        if (task === 'regression' && truthArr.length < n)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__.UsageError('gate.slices with rows left out of a regression evaluation is not supported; clean the evaluation data');
    }
    if (g['slice-metric'] && !known.includes(normaliseMetric(g['slice-metric'])))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__.UsageError(`gate.slice-metric "${g['slice-metric']}" is not a metric of this model; use one of ${known.join(', ')}`);
    const report = (0,_evaluate_js__WEBPACK_IMPORTED_MODULE_5__/* .evaluateGate */ .DR)({
        task,
        ...(classes ? { classes } : {}),
        truth: truthArr,
        candidate: candArr,
        ...(baseArr ? { baseline: baseArr } : {}),
        baselineState: state,
        candidateSource: `${opts.candidateDir} (${candidate.digest.slice(0, 12)})`,
        evaluationSource: evalRows.source,
        headline,
        rules,
        ...(sliceCols ? { slices: sliceCols } : {}),
        ...(g['slice-metric'] ? { sliceMetric: normaliseMetric(g['slice-metric']) } : {}),
        ...(g['max-disparity'] !== undefined ? { maxDisparity: g['max-disparity'] } : {}),
        minSliceRows: g['min-slice-rows'] ?? GATE_DEFAULTS.minSliceRows,
        resamples: g.resamples ?? GATE_DEFAULTS.resamples,
        confidence: g.confidence ?? GATE_DEFAULTS.confidence,
        seed: g.seed ?? GATE_DEFAULTS.seed,
    });
    report.warnings.push(...warnings);
    report.notes.push(...notes);
    // A searched candidate: its chosen hyperparameters beside production's.
    const searched = candidate.params.search?.space;
    if (searched)
        report.params = Object.keys(searched).map((name) => ({ name, candidate: candidate.params[name], ...(baseline ? { production: baseline.params[name] } : {}) }));
    return report;
}


/***/ }),

/***/ 85074:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ stableJson),
/* harmony export */   d: () => (/* binding */ canonicalJson)
/* harmony export */ });
/**
 * Canonical JSON: object keys sorted at every level (by UTF-16 code units, as Array#sort), so the
 * same value always gives the same bytes \u2014 for digests (model bundle manifest, OCI config and
 * manifest) and reproducible files. Values go through JSON.stringify, toJSON methods included.
 *
 *   canonicalJson({ b: 1, a: { d: 2, c: 3 } })      \u2192 '{"a":{"c":3,"d":2},"b":1}'
 *   canonicalJson({ b: 1, a: [] }, 2)               \u2192 '{\n  "a": [],\n  "b": 1\n}'
 */
function canonicalJson(value, indent) {
    return JSON.stringify(value, (_key, v) => {
        if (v && typeof v === 'object' && !Array.isArray(v)) {
            const o = v;
            const sorted = {};
            for (const k of Object.keys(o).sort())
                sorted[k] = o[k];
            return sorted;
        }
        return v;
    }, indent);
}
/** canonicalJson, 2-space indented with a trailing newline: the model bundle's JSON files. */
function stableJson(value) {
    return canonicalJson(value, 2) + '\n';
}


/***/ }),

/***/ 95531:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ releaseMemory),
/* harmony export */   i: () => (/* binding */ collectGarbage)
/* harmony export */ });
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(78877);
/* harmony import */ var node_vm__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(30714);
/**
 * Garbage collection at the moments a command has just let go of a lot of memory. V8 frees dead
 * typed arrays only at its next collection, which a short run may never reach; until then their
 * memory stays in the process's RSS.
 *
 * - collectGarbage(type): a hint for the streaming readers and profilers. It only uses a `gc` the
 *   process was started with (`node --expose-gc`, NODE_OPTIONS=--expose-gc) and otherwise does
 *   nothing: without the hints the validate benchmark's peak RSS stayed within noise
 *   (docs/benchmarks.md, "GC hints").
 * - releaseMemory(): a full collection, always. train calls it (through TrainContext) once its data
 *   table is out of reach, before the tree grows: at 200k \u00d7 20 rows that took train's peak RSS from
 *   ~134 MB to ~116 MB, because the table (35 MB) is no longer held to the end.
 *   V8 offers gc() only under --expose-gc, which `node dist/cli/index.js` does not pass. As jest's
 *   leak detector does (jest-leak-detector), the flag is set just while a new context picks the
 *   function up and cleared straight after: no other V8 setting changes, and no global `gc` appears.
 */


function collectGarbage(type) {
    const gc = globalThis.gc;
    if (typeof gc !== 'function')
        return;
    // gc() is a full collection; gc({ type: 'major' }) is only a scavenge on Node 20's V8.
    if (type === 'minor')
        gc({ type: 'minor' });
    else
        gc();
}
let exposed;
function releaseMemory() {
    if (!exposed) {
        const own = globalThis.gc;
        if (typeof own === 'function')
            exposed = own;
        else {
            (0,node_v8__WEBPACK_IMPORTED_MODULE_0__.setFlagsFromString)('--expose-gc');
            try {
                exposed = (0,node_vm__WEBPACK_IMPORTED_MODULE_1__.runInNewContext)('gc');
            }
            finally {
                (0,node_v8__WEBPACK_IMPORTED_MODULE_0__.setFlagsFromString)('--no-expose-gc');
            }
        }
    }
    exposed();
    // V8 frees dead array buffers on a concurrent sweeper after the collection: the second one
    // waits for it, so the memory is back before the caller allocates again.
    exposed();
}


/***/ }),

/***/ 3749:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ transformColumns),
/* harmony export */   _U: () => (/* binding */ parseDate),
/* harmony export */   b2: () => (/* binding */ isMissing),
/* harmony export */   bd: () => (/* binding */ MissingColumnError),
/* harmony export */   c6: () => (/* binding */ compileRowTransform),
/* harmony export */   oJ: () => (/* binding */ DATE_PARTS),
/* harmony export */   q6: () => (/* binding */ parseBool),
/* harmony export */   tj: () => (/* binding */ isNumberLike),
/* harmony export */   vK: () => (/* binding */ parseNumeric),
/* harmony export */   yC: () => (/* binding */ datePart)
/* harmony export */ });
/* unused harmony exports inferKind, fitPreprocess, rawColumnsOf */
/* harmony import */ var _data_missing_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(63146);
/**
 * Preprocessing fitted on the training split only and saved in the bundle (preprocess.json), so
 * serving applies exactly the same transform: imputation (median / mean / most-frequent /
 * constant), categorical encoding (one-hot or ordinal; unknown categories \u2192 all-zero one-hot or
 * ordinal \u22121), datetime parts (UTC), booleans as 0/1.
 *
 * Raw values come as CSV strings ('' = missing) or JSON/Parquet values (null = missing); the
 * strings '', 'NA', 'N/A', 'NaN', 'nan', 'null' are missing too.
 */


const DATE_PARTS = ['year', 'month', 'day', 'dayofweek', 'dayofyear', 'hour', 'minute'];
const NUMBER_RE = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const DATE_RE = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/;
/** True for a missing raw value. */
function isMissing(v) {
    if (v === null || v === undefined)
        return true;
    if (typeof v === 'number')
        return Number.isNaN(v);
    if (typeof v === 'string')
        return (0,_data_missing_js__WEBPACK_IMPORTED_MODULE_0__/* .isMissingText */ .wF)(v);
    return false;
}
function parseNumeric(v) {
    if (typeof v === 'number')
        return Number.isFinite(v) ? v : undefined;
    if (typeof v === 'bigint')
        return Number(v);
    if (typeof v === 'boolean')
        return v ? 1 : 0;
    if (typeof v === 'string') {
        if (NUMBER_RE.test(v))
            return Number(v);
        const t = v.trim();
        if (t !== v && NUMBER_RE.test(t))
            return Number(t);
    }
    return undefined;
}
function parseBool(v) {
    if (typeof v === 'boolean')
        return v ? 1 : 0;
    if (typeof v === 'string') {
        const t = v.trim().toLowerCase();
        if (t === 'true')
            return 1;
        if (t === 'false')
            return 0;
    }
    return undefined;
}
function parseDate(v) {
    if (v instanceof Date)
        return Number.isNaN(v.getTime()) ? undefined : v.getTime();
    if (typeof v !== 'string')
        return undefined;
    const t = v.trim();
    if (!DATE_RE.test(t))
        return undefined;
    const iso = t.length === 10 ? `${t}T00:00:00Z` : /(Z|[+-]\d{2}:?\d{2})$/.test(t) ? t.replace(' ', 'T') : `${t.replace(' ', 'T')}Z`;
    const ms = Date.parse(iso);
    return Number.isNaN(ms) ? undefined : ms;
}
function categoryOf(v) {
    if (typeof v === 'string')
        return v.trim();
    if (v instanceof Date)
        return v.toISOString();
    return String(v);
}
/** True for a value that is a number (a JS number or numeric text), not a boolean. */
function isNumberLike(v) {
    if (typeof v === 'string')
        return NUMBER_RE.test(v) || NUMBER_RE.test(v.trim());
    if (typeof v === 'number')
        return Number.isFinite(v);
    return typeof v === 'bigint';
}
/**
 * Infer a column's kind from its non-missing training values. A column whose values are at least
 * NEARLY_NUMERIC_SHARE numbers is numeric: its other cells are errors (the trainer lists them),
 * not levels of a category.
 */
function inferKind(values) {
    let numeric = true;
    let bool = true;
    let date = true;
    let any = false;
    let numbers = 0;
    let present = 0;
    for (const v of values) {
        if (isMissing(v))
            continue;
        any = true;
        present++;
        const isNum = isNumberLike(v);
        if (isNum)
            numbers++;
        else
            numeric = false;
        if (bool && parseBool(v) === undefined)
            bool = false;
        if (date && parseDate(v) === undefined)
            date = false;
    }
    if (!any)
        return 'numeric';
    if (bool)
        return 'boolean';
    if (numeric || isNearlyNumeric(numbers, present))
        return 'numeric';
    if (date)
        return 'datetime';
    return 'categorical';
}
function median(xs) {
    const s = Float64Array.from(xs).sort();
    const m = s.length >> 1;
    return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
/** Most frequent value; ties \u2192 the smallest (like sklearn's SimpleImputer). */
function mostFrequent(xs) {
    const counts = new Map();
    for (const x of xs)
        counts.set(x, (counts.get(x) ?? 0) + 1);
    let best;
    let bestCount = -1;
    for (const [v, c] of counts) {
        if (c > bestCount || (c === bestCount && v < best)) {
            best = v;
            bestCount = c;
        }
    }
    return best;
}
function numericFill(xs, strategy, fillValue) {
    if (strategy === 'constant' || xs.length === 0)
        return typeof fillValue === 'number' ? fillValue : 0;
    if (strategy === 'mean')
        return xs.reduce((a, b) => a + b, 0) / xs.length;
    if (strategy === 'most-frequent')
        return mostFrequent(xs);
    return median(xs);
}
/**
 * Fit preprocessing on training rows. `columns` names the table's columns; `featureColumns` are
 * the raw input columns to use, in order. Throws ColumnFitError on values that contradict a
 * forced kind.
 */
function fitPreprocess(columns, rows, featureColumns, opts) {
    const specs = [];
    const features = [];
    for (const name of featureColumns) {
        const ci = columns.indexOf(name);
        const values = rows.map((r) => r[ci]);
        const kind = opts.categorical?.includes(name) ? 'categorical' : inferKind(values);
        const present = values.filter((v) => !isMissing(v));
        if (kind === 'categorical') {
            const cats = present.map(categoryOf);
            const impute = opts.categoricalImpute === 'median' || opts.categoricalImpute === 'mean' ? 'most-frequent' : opts.categoricalImpute;
            const fill = impute === 'constant' ? String(opts.fillValue ?? 'missing') : cats.length > 0 ? mostFrequent(cats) : 'missing';
            const set = new Set(cats);
            set.add(fill);
            const categories = [...set].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
            specs.push({ name, kind, impute, fill, categories, encoding: opts.encoding });
            if (opts.encoding === 'one-hot')
                for (const c of categories)
                    features.push(`${name}=${c}`);
            else
                features.push(name);
        }
        else if (kind === 'datetime') {
            const ms = present.map((v) => parseDate(v));
            const hasTime = ms.some((t) => t % 86_400_000 !== 0);
            const parts = opts.datetimeParts ?? (hasTime ? ['year', 'month', 'day', 'dayofweek', 'hour'] : ['year', 'month', 'day', 'dayofweek']);
            const impute = opts.numericImpute;
            specs.push({ name, kind, impute, fill: numericFill(ms, impute === 'constant' ? 'median' : impute, undefined), parts });
            for (const p of parts)
                features.push(`${name}.${p}`);
        }
        else {
            const nums = present.map((v) => (kind === 'boolean' ? parseBool(v) : parseNumeric(v)));
            const impute = opts.numericImpute;
            specs.push({ name, kind, impute, fill: numericFill(nums, impute, opts.fillValue) });
            features.push(name);
        }
    }
    return { version: 1, columns: specs, features };
}
function datePart(ms, p) {
    const d = new Date(ms);
    switch (p) {
        case 'year':
            return d.getUTCFullYear();
        case 'month':
            return d.getUTCMonth() + 1;
        case 'day':
            return d.getUTCDate();
        case 'dayofweek':
            return (d.getUTCDay() + 6) % 7; // Monday = 0, like pandas
        case 'dayofyear':
            return Math.floor((ms - Date.UTC(d.getUTCFullYear(), 0, 1)) / 86_400_000) + 1;
        case 'hour':
            return d.getUTCHours();
        case 'minute':
            return d.getUTCMinutes();
    }
}
/**
 * Apply a fitted spec to raw columns: `raw[j]` holds the values of spec.columns[j] for `n` rows
 * (any array-like; use `rawColumnsOf` to pick them from a table). Columnar: this is the fast path
 * for scoring many rows.
 */
function transformColumns(spec, raw, n) {
    const out = spec.features.map(() => new Float64Array(n));
    const errors = [];
    let o = 0;
    spec.columns.forEach((c, j) => {
        const vals = raw[j];
        if (c.kind === 'categorical') {
            const index = new Map(c.categories.map((cat, i) => [cat, i]));
            const fillIdx = index.get(c.fill);
            if (c.encoding === 'one-hot') {
                const width = c.categories.length;
                for (let r = 0; r < n; r++) {
                    const v = vals[r];
                    const idx = isMissing(v) ? fillIdx : index.get(categoryOf(v));
                    if (idx !== undefined)
                        out[o + idx][r] = 1;
                }
                o += width;
            }
            else {
                const col = out[o++];
                for (let r = 0; r < n; r++) {
                    const v = vals[r];
                    col[r] = isMissing(v) ? fillIdx : (index.get(categoryOf(v)) ?? -1);
                }
            }
        }
        else if (c.kind === 'datetime') {
            const parts = c.parts;
            for (let r = 0; r < n; r++) {
                const v = vals[r];
                let ms = isMissing(v) ? c.fill : parseDate(v);
                if (ms === undefined) {
                    errors.push({ row: r, column: c.name, value: v, expected: 'a date like 2024-01-31 or 2024-01-31T12:00:00Z' });
                    ms = Number.NaN;
                }
                for (let p = 0; p < parts.length; p++)
                    out[o + p][r] = Number.isNaN(ms) ? Number.NaN : datePart(ms, parts[p]);
            }
            o += parts.length;
        }
        else {
            const col = out[o++];
            const parse = c.kind === 'boolean' ? parseBool : parseNumeric;
            for (let r = 0; r < n; r++) {
                const v = vals[r];
                if (isMissing(v))
                    col[r] = c.fill;
                else {
                    const x = parse(v);
                    if (x === undefined) {
                        errors.push({ row: r, column: c.name, value: v, expected: c.kind === 'boolean' ? 'true or false' : 'a finite number' });
                        col[r] = Number.NaN;
                    }
                    else
                        col[r] = x;
                }
            }
        }
    });
    return { columns: out, errors };
}
/** Pick the spec's raw columns out of a table (rows as arrays); a missing column is an error. */
function rawColumnsOf(spec, columns, rows) {
    return spec.columns.map((c) => {
        const ci = columns.indexOf(c.name);
        if (ci < 0)
            throw new MissingColumnError(c.name, columns);
        return rows.map((r) => r[ci]);
    });
}
class MissingColumnError extends Error {
    column;
    constructor(column, available) {
        super(`column "${column}" is missing from the data (the model needs it); columns present: ${available.join(', ')}`);
        this.column = column;
    }
}
/**
 * The row form of transformColumns, compiled once per spec (category indexes, offsets) for scoring
 * a few records at a time, as the serving runtime does per request. Same rules: imputation with the
 * fitted fill, one-hot all-zero / ordinal \u22121 for unseen categories, UTC date parts, booleans 0/1.
 */
function compileRowTransform(spec) {
    const names = [];
    const offsets = [];
    const steps = [];
    let o = 0;
    for (const c of spec.columns) {
        names.push(c.name);
        offsets.push(o);
        if (c.kind === 'categorical') {
            const index = new Map(c.categories.map((cat, i) => [cat, i]));
            const fillIdx = index.get(c.fill);
            if (c.encoding === 'one-hot') {
                const width = c.categories.length;
                steps.push((v, X, at) => {
                    X.fill(0, at, at + width);
                    const idx = isMissing(v) ? fillIdx : index.get(categoryOf(v));
                    if (idx !== undefined)
                        X[at + idx] = 1;
                    return undefined;
                });
                o += width;
            }
            else {
                steps.push((v, X, at) => {
                    X[at] = isMissing(v) ? fillIdx : (index.get(categoryOf(v)) ?? -1);
                    return undefined;
                });
                o += 1;
            }
        }
        else if (c.kind === 'datetime') {
            const parts = c.parts;
            const fill = c.fill;
            steps.push((v, X, at) => {
                const ms = isMissing(v) ? fill : parseDate(v);
                if (ms === undefined) {
                    X.fill(Number.NaN, at, at + parts.length);
                    return { column: c.name, value: v, expected: 'a date like 2024-01-31 or 2024-01-31T12:00:00Z' };
                }
                for (let p = 0; p < parts.length; p++)
                    X[at + p] = datePart(ms, parts[p]);
                return undefined;
            });
            o += parts.length;
        }
        else {
            const fill = c.fill;
            const parse = c.kind === 'boolean' ? parseBool : parseNumeric;
            const expected = c.kind === 'boolean' ? 'true or false' : 'a finite number';
            steps.push((v, X, at) => {
                if (typeof v === 'number' && c.kind !== 'boolean' && Number.isFinite(v))
                    X[at] = v;
                else if (isMissing(v))
                    X[at] = fill;
                else {
                    const x = parse(v);
                    if (x === undefined) {
                        X[at] = Number.NaN;
                        return { column: c.name, value: v, expected };
                    }
                    X[at] = x;
                }
                return undefined;
            });
            o += 1;
        }
    }
    return (record, X, offset) => {
        let first;
        for (let i = 0; i < steps.length; i++) {
            const e = steps[i](record[names[i]], X, offset + offsets[i]);
            if (e && !first)
                first = e;
        }
        return first;
    };
}


/***/ }),

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


/***/ })

};
