export const id = 687;
export const ids = [687];
export const modules = {

/***/ 94687:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runGate: () => (/* binding */ runGate)
});

// UNUSED EXPORTS: GATE_DEFAULTS, checkUnknownEnvironment, schemaDiff

// EXTERNAL MODULE: ./src/model/bundle.js + 4 modules
var model_bundle = __webpack_require__(47468);
// EXTERNAL MODULE: ./src/model/preprocess.js
var preprocess = __webpack_require__(3749);
;// CONCATENATED MODULE: ./src/model/table-transform.js

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
    const res = (0,preprocess/* transformColumns */.Y)(sub, [values], values.length);
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

;// CONCATENATED MODULE: ./src/model/score-table.js



/** The columns of a table a bundle reads, by name; a missing one is a MissingColumnError. */
function featureColumnsOf(bundle, t) {
    return bundle.features.map((name) => {
        const i = t.names.indexOf(name);
        if (i < 0)
            throw new MissingColumnError(name, t.names);
        return t.columns[i];
    });
}
/**
 * Score `n` rows given as the table's columns of `bundle.features` (in that order). Rows that fail
 * preprocessing are listed in `errors` (column by column, rows ascending, as scoreColumns lists
 * them) and get prediction NaN (and NaN probabilities).
 */
function scoreFeatureTable(bundle, cols, n) {
    const { columns, errors } = transformTable(bundle.preprocess, cols, n);
    const out = (0,model_bundle/* predictFeatureColumns */.l3)(bundle.model, columns, n);
    const k = bundle.model.nClasses;
    for (const e of errors) {
        out.predictions[e.row] = Number.NaN;
        if (out.probabilities)
            out.probabilities.fill(Number.NaN, e.row * k, e.row * k + k);
    }
    return { ...out, errors };
}

// EXTERNAL MODULE: ./src/data/table.js + 8 modules
var table = __webpack_require__(44817);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/data/delta/table-ref.js
var table_ref = __webpack_require__(70047);
;// CONCATENATED MODULE: ./src/data/delta/lineage.js
/**
 * What lineage records for a Delta table: its id, the version read, that commit's timestamp and
 * operation, the live row count (from stats) and a digest of the snapshot's file list (path,
 * size, deletion vector), so "which data trained this model" is answered exactly and replayable
 * with `path@v<version>`.
 */


/** Whether a data path is read as a Delta table. */
function isDeltaSource(path, format) {
    return format === 'delta' || (format === undefined && ((0,table_ref/* hasDeltaPin */.C7)(path) || (0,table_ref/* isDeltaTable */.r4)(path)));
}
/**
 * Lineage of a Delta data path (undefined when the path is not a Delta table): the record and a
 * sha256 over the snapshot's version and sorted (path, size, deletion vector) list.
 */
async function deltaLineage(path, format) {
    if (!isDeltaSource(path, format))
        return undefined;
    const { openDeltaTable, describeSnapshot } = await __webpack_require__.e(/* import() */ 934).then(__webpack_require__.bind(__webpack_require__, 44553));
    const s = await openDeltaTable(path);
    const d = describeSnapshot(s);
    const h = (0,external_node_crypto_.createHash)('sha256');
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

// EXTERNAL MODULE: ./src/errors.js
var errors = __webpack_require__(16986);
// EXTERNAL MODULE: ./src/gate/evaluate.js + 5 modules
var evaluate = __webpack_require__(39475);
// EXTERNAL MODULE: ./src/gate/rules.js
var gate_rules = __webpack_require__(2918);
;// CONCATENATED MODULE: ./src/gate/run.js
/**
 * The gate on model bundles: read the candidate (and the baseline, when there is one), pick the
 * evaluation rows (the candidate's holdout or a data file), re-score both models on the same rows
 * and evaluate. Used by `cd4ml gate` and the evaluate-gate action; baseline lookup (production
 * deployment, artifact download) happens in the adapters and arrives here as a BaselineSource.
 */







const GATE_DEFAULTS = { resamples: 2000, confidence: 0.95, seed: 42, minSliceRows: 30, onBaselineMissing: 'fail', onSchemaChange: 'fail' };
async function evaluationRows(candidate, data, format, text) {
    if (data) {
        const t = await (0,table/* readColumns */.Ej)(data, { ...(format ? { format } : {}), text });
        if (t.n === 0)
            throw new errors.UsageError(`${data}: no rows to evaluate on`);
        const delta = await deltaLineage(data, format); // the gate comment names the table version compared on
        return { names: t.names, columns: t.columns, n: t.n, source: delta ? describeDeltaLineage(data, delta.delta) : data };
    }
    let t;
    try {
        t = await (0,model_bundle/* readHoldoutTable */.Qr)(candidate, { text: text.filter((name) => name !== '') });
    }
    catch (err) {
        if (err instanceof errors.UsageError)
            throw err;
        throw new errors.UsageError(`model bundle ${candidate.dir}: cannot read holdout.jsonl (${(0,errors/* errorMessage */.gJ)(err)}); pass the evaluation rows with --data / input "data"`);
    }
    if (t.n === 0)
        throw new errors.UsageError(`model bundle ${candidate.dir}: holdout.jsonl has no rows; pass the evaluation rows with --data / input "data"`);
    return { names: t.names, columns: t.columns, n: t.n, source: 'candidate holdout' };
}
/** Score a bundle on the columnar rows; a column the model needs and the rows lack is a usage error. */
function scoreOn(bundle, t, role) {
    const cols = bundle.features.map((f) => {
        const j = t.names.indexOf(f);
        if (j < 0)
            throw new errors.UsageError(`${t.source}: column "${f}" is missing (the ${role} model needs it); columns present: ${t.names.join(', ')}`);
        return t.columns[j];
    });
    return scoreFeatureTable(bundle, cols, t.n);
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
        throw new errors.UsageError(`${text}: is environment "${src.environment ?? '?'}" misspelt? Name one of the known environments (gate.environment, --environment or input "environment"); for a new environment, set on-baseline-missing to warn to pass its first model with a warning`);
    }
    return `${text}; judged as the first model of "${src.environment ?? '?'}" because on-baseline-missing is warn`;
}
async function runGate(opts) {
    const g = opts.gate;
    const unknownEnvironment = checkUnknownEnvironment(opts.baseline, g['on-baseline-missing'] ?? GATE_DEFAULTS.onBaselineMissing);
    const candidate = await (0,model_bundle/* readBundle */.Bo)(opts.candidateDir);
    const task = candidate.task;
    const known = (0,evaluate/* metricsOf */.Ps)(task);
    const notes = [];
    // Headline: train.headline-metric, else the bundle's, else accuracy / rmse.
    let headline = normaliseMetric(opts.headlineMetric ?? candidate.headlineMetric ?? (0,gate_rules/* defaultHeadline */.qj)(task));
    if (!known.includes(headline)) {
        notes.push(`the headline metric "${opts.headlineMetric ?? candidate.headlineMetric}" is not one the gate re-scores (${known.join(', ')}); the gate uses ${(0,gate_rules/* defaultHeadline */.qj)(task)} as its headline`);
        headline = (0,gate_rules/* defaultHeadline */.qj)(task);
    }
    const rules = (0,gate_rules/* resolveRules */.SJ)(g, headline, known);
    // Baseline bundle first (read errors are a state, not a failure), so one read of the rows keeps
    // every column either model reads as text as text.
    const src = opts.baseline;
    let baselineRead = {};
    if (src.kind === 'dir') {
        try {
            baselineRead = { bundle: await (0,model_bundle/* readBundle */.Bo)(src.dir) };
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
        throw new errors.UsageError(`${evalRows.source}: the target column "${candidate.target}" is missing; columns present: ${evalRows.names.join(', ')}`);
    const targetCol = evalRows.columns[targetAt];
    for (const s of g.slices ?? []) {
        if (!evalRows.names.includes(s))
            throw new errors.UsageError(`gate.slices: column "${s}" is not in the evaluation rows (${evalRows.source}); columns present: ${evalRows.names.join(', ')}`);
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
        state = { kind: 'unavailable', source: src.label, message: `${src.label} cannot be read: ${(0,errors/* errorMessage */.gJ)(baselineRead.error)}`, policy: onMissing };
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
                state = { kind: 'schema-changed', source: label, schema: diff, message: `the baseline needs column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}, not in the evaluation rows (${(0,evaluate/* describeSchemaDiff */.Gy)(diff)})`, policy: onSchema };
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
                throw new errors.UsageError(`${evalRows.source}: row ${r + 1} has no value in the target column "${candidate.target}"`);
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
            throw new errors.UsageError(`${evalRows.source}: no row has a numeric target "${candidate.target}" that both models can score`);
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
            throw new errors.UsageError('gate.slices with rows left out of a regression evaluation is not supported; clean the evaluation data');
    }
    if (g['slice-metric'] && !known.includes(normaliseMetric(g['slice-metric'])))
        throw new errors.UsageError(`gate.slice-metric "${g['slice-metric']}" is not a metric of this model; use one of ${known.join(', ')}`);
    const report = (0,evaluate/* evaluateGate */.DR)({
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


/***/ })

};
