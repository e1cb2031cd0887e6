export const id = 7035;
export const ids = [7035];
export const modules = {

/***/ 27035:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  command: () => (/* binding */ serve_command)
});

// EXTERNAL MODULE: ./src/cli/command.js
var command = __webpack_require__(18805);
// EXTERNAL MODULE: ./src/errors.js
var errors = __webpack_require__(16986);
// EXTERNAL MODULE: ./src/config/parse.js
var parse = __webpack_require__(17779);
// EXTERNAL MODULE: ./src/serve/oip.js
var oip = __webpack_require__(47297);
;// CONCATENATED MODULE: ./src/serve/options.js
/**
 * The serving options shared by `cd4ml serve` and the image's entrypoint (main.ts): flag first,
 * then the environment (MODEL_NAME, GRPC_PORT), as PORT and HOST are for the image.
 */



function parseOipOptions(modelNameFlag, grpcPortFlag, env, flagPrefix = '--') {
    const modelName = modelNameFlag ?? (env.MODEL_NAME || undefined);
    if (modelName !== undefined && !oip/* MODEL_NAME_RE */.mK.test(modelName)) {
        throw new errors.UsageError(`${modelNameFlag !== undefined ? `${flagPrefix}model-name` : 'MODEL_NAME'} must start with a letter or digit and hold only letters, digits, "_", "." or "-" (at most 128), got ${JSON.stringify(modelName)}`);
    }
    const grpcText = grpcPortFlag ?? (env.GRPC_PORT || undefined);
    const grpcPort = grpcText === undefined ? undefined : (0,parse/* parseNumber */.$J)(grpcPortFlag !== undefined ? `${flagPrefix}grpc-port` : 'GRPC_PORT', grpcText, { min: 0, max: 65535, integer: true });
    return { modelName, grpcPort };
}

// EXTERNAL MODULE: ./src/config/options.js
var options = __webpack_require__(97102);
;// CONCATENATED MODULE: ./src/config/sections/serve.js
/** `cd4ml serve` flags (the image's runtime in the foreground), declared once (src/config/options.ts). */

const serveStage = (0,options/* declareStage */.ft)('serve', {
    bundle: { type: (0,options/* text */.Qq)({ arg: 'DIR', example: 'model' }), description: 'Model bundle directory (written by cd4ml train).', doors: ['cli'] },
    port: { type: (0,options/* int */.Wh)({ min: 0, max: 65535 }), description: 'Port to listen on (0 picks a free one).', default: 8080, doors: ['cli'] },
    host: { type: (0,options/* text */.Qq)({ arg: 'ADDR', example: '0.0.0.0' }), description: 'Address to listen on.', default: '127.0.0.1', doors: ['cli'] },
    'sample-dir': { type: (0,options/* text */.Qq)({ arg: 'DIR', example: 'samples' }), description: 'Write a sampled log of inputs and predictions here for cd4ml monitor.', defaultText: 'off', doors: ['cli'] },
    'sample-rate': { type: (0,options/* num */.bu)({ min: 0, max: 1 }), arg: 'SHARE', description: 'Share of scored rows kept in --sample-dir, 0-1.', default: 0.1, doors: ['cli'] },
    'model-name': {
        type: (0,options/* text */.Qq)({ pattern: /^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/, what: 'a name that starts with a letter or digit and holds only letters, digits, "_", "." or "-" (at most 128)', arg: 'NAME', example: 'churn' }),
        description: 'Model name for the Open Inference Protocol (/v2/models/NAME); env MODEL_NAME.',
        defaultText: 'the bundle\'s name, else "model"',
        doors: ['cli'],
    },
    'grpc-port': { type: (0,options/* int */.Wh)({ min: 0, max: 65535 }), arg: 'N', description: 'Also serve the Open Inference Protocol over gRPC on this port; env GRPC_PORT.', defaultText: 'off', doors: ['cli'] },
}, { command: 'serve' });

;// CONCATENATED MODULE: ./src/cli/commands/serve.js




/** `cd4ml serve --bundle DIR [--port 8080] [--host 127.0.0.1]`: the image's runtime, in the foreground. */
const serve_command = {
    name: 'serve',
    summary: 'serve a model bundle over HTTP: POST /predict, GET /healthz, /readyz, /metrics, and the Open Inference Protocol (REST /v2, gRPC with --grpc-port)',
    stage: serveStage,
    details: 'Verifies the bundle before listening and refuses a tampered one. SIGTERM drains in-flight requests and exits 0.',
    async run(opts, io) {
        const { settings } = await (0,command/* stageSettings */.o7)(serveStage, opts, io);
        const bundleDir = settings.bundle;
        if (!bundleDir)
            throw new errors.UsageError('--bundle is required: the model bundle directory written by cd4ml train');
        const port = settings.port;
        const { startServer } = await Promise.all(/* import() */[__webpack_require__.e(8116), __webpack_require__.e(5989), __webpack_require__.e(3890), __webpack_require__.e(1284), __webpack_require__.e(7739), __webpack_require__.e(7254), __webpack_require__.e(7996), __webpack_require__.e(884)]).then(__webpack_require__.bind(__webpack_require__, 63659));
        const { serveUntilSignal } = await __webpack_require__.e(/* import() */ 8729).then(__webpack_require__.bind(__webpack_require__, 88729));
        const log = (line) => io.stderr(`cd4ml serve: ${line}\n`);
        const { resolve } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 76760, 19));
        const sampleDir = settings['sample-dir'];
        const sampleRate = settings['sample-rate'];
        if ((0,command/* stringOpt */.rJ)(opts, 'sample-rate') !== undefined && !sampleDir)
            throw new errors.UsageError('--sample-rate needs --sample-dir (where the sampled requests are written)');
        const sampleLog = sampleDir ? { dir: resolve(io.cwd, sampleDir), rate: sampleRate } : undefined;
        const grpcFlag = settings['grpc-port'];
        const { modelName, grpcPort } = parseOipOptions(settings['model-name'], grpcFlag === undefined ? undefined : String(grpcFlag), process.env, '--');
        const running = await startServer({ bundleDir: resolve(io.cwd, bundleDir), port, host: settings.host, log, sampleLog, modelName, grpcPort });
        io.stdout(`${running.url}\n`);
        if (running.grpc)
            io.stdout(`grpc://${running.grpc.address}\n`);
        return serveUntilSignal(running, log);
    },
};


/***/ }),

/***/ 17779:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $J: () => (/* binding */ parseNumber),
/* harmony export */   E1: () => (/* binding */ parseList),
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   nL: () => (/* binding */ parseEnum),
/* harmony export */   yG: () => (/* binding */ parseBoolean)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16986);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UsageError(`${label} must be ${rangeText(range)}, got "${raw}"`);
    return value;
}
/** Parse one of a fixed set of values. */
function parseEnum(label, raw, allowed) {
    const text = raw.trim();
    if (allowed.includes(text))
        return text;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UsageError(`${label} must be one of ${allowed.map((a) => `"${a}"`).join(', ')}, got "${raw}"`);
}
/** Parse a YAML-1.2 core boolean the way the Actions toolkit's getBooleanInput does. */
function parseBoolean(label, raw) {
    const text = raw.trim();
    if (['true', 'True', 'TRUE'].includes(text))
        return true;
    if (['false', 'False', 'FALSE'].includes(text))
        return false;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UsageError(`${label} must be true or false, got "${raw}"`);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UsageError(`${label} must be a duration like "30s", "2m" or "500ms", got "${raw}"`);
    const n = Number(m[1]);
    const unit = m[2] ?? 's';
    const factor = unit === 'ms' ? 1 : unit === 's' ? 1000 : unit === 'm' ? 60_000 : 3_600_000;
    return n * factor;
}


/***/ }),

/***/ 47297:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IJ: () => (/* binding */ oipModel),
/* harmony export */   JU: () => (/* binding */ selectOutputs),
/* harmony export */   LK: () => (/* binding */ modelMetadata),
/* harmony export */   P6: () => (/* binding */ findModel),
/* harmony export */   ai: () => (/* binding */ predictedLabels),
/* harmony export */   cZ: () => (/* binding */ numbersOf),
/* harmony export */   mK: () => (/* binding */ MODEL_NAME_RE),
/* harmony export */   n: () => (/* binding */ parseRestInferRequest),
/* harmony export */   qB: () => (/* binding */ rowsFromTensors),
/* harmony export */   x_: () => (/* binding */ outputShape)
/* harmony export */ });
/* unused harmony exports OIP_PLATFORM, DEFAULT_MODEL_NAME, NUMERIC_DATATYPES, versionMatches, datatypeOf, outputsOf */
/* harmony import */ var _scoring_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(54720);

const OIP_PLATFORM = 'cd4ml_mlcart';
const DEFAULT_MODEL_NAME = 'model';
/** Valid model names: they appear in URL paths. */
const MODEL_NAME_RE = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/;
const NUMERIC_DATATYPES = new Set(['FP16', 'FP32', 'FP64', 'BF16', 'INT8', 'INT16', 'INT32', 'INT64', 'UINT8', 'UINT16', 'UINT32', 'UINT64']);
const ALL_DATATYPES = new Set([...NUMERIC_DATATYPES, 'BOOL', 'BYTES']);
function oipModel(served, nameOverride) {
    const name = nameOverride ?? served.name ?? DEFAULT_MODEL_NAME;
    return { name, version: served.digest.replace(/^sha256:/, ''), served };
}
/** Does `version` (any accepted spelling, or none) name the served version? */
function versionMatches(m, version) {
    if (version === undefined || version === '')
        return true;
    const v = version.startsWith('sha256:') ? version.slice(7) : version;
    return v === m.version || v === m.served.version;
}
/** Undefined when name/version are served; else the 404 message. */
function findModel(m, name, version) {
    if (name !== m.name)
        return `unknown model "${name}": this server serves "${m.name}"`;
    if (!versionMatches(m, version))
        return `unknown version "${version}" of model "${name}": this server serves version ${m.version}`;
    return undefined;
}
function datatypeOf(kind) {
    switch (kind) {
        case 'number':
            return 'FP64';
        case 'integer':
            return 'INT64';
        case 'boolean':
            return 'BOOL';
        default:
            return 'BYTES';
    }
}
function outputsOf(served) {
    if (served.task === 'classification') {
        return [
            { name: 'predict', datatype: 'BYTES', shape: [-1] },
            { name: 'probabilities', datatype: 'FP64', shape: [-1, (served.classes ?? []).length] },
        ];
    }
    return [{ name: 'predict', datatype: 'FP64', shape: [-1] }];
}
function modelMetadata(m) {
    return {
        name: m.name,
        versions: [m.version],
        platform: OIP_PLATFORM,
        inputs: m.served.features.map((f) => ({ name: f.name, datatype: datatypeOf(f.kind), shape: [-1] })),
        outputs: outputsOf(m.served),
    };
}
const isNumericKind = (k) => k === 'number' || k === 'integer';
function shapeText(shape) {
    return `[${shape.join(', ')}]`;
}
/**
 * Rows of feature values from the input tensors, for the scoring path (which validates each value
 * as for POST /predict). Throws RequestError 400 on tensors that do not fit the model (unknown or
 * duplicate names, wrong datatype, shape or length, different row counts) and 413 on too many rows.
 */
function rowsFromTensors(inputs, features, maxRows) {
    if (inputs.length === 0)
        throw new _scoring_js__WEBPACK_IMPORTED_MODULE_0__/* .RequestError */ .GI(400, `no input tensors: send one per feature (${features.map((f) => f.name).join(', ')})`);
    for (const t of inputs) {
        if (!ALL_DATATYPES.has(t.datatype))
            throw new _scoring_js__WEBPACK_IMPORTED_MODULE_0__/* .RequestError */ .GI(400, `input "${t.name}": unknown datatype "${t.datatype}"; expected one of ${[...ALL_DATATYPES].join(', ')}`);
        const count = t.shape.reduce((a, b) => a * b, 1);
        if (count !== t.data.length)
            throw new _scoring_js__WEBPACK_IMPORTED_MODULE_0__/* .RequestError */ .GI(400, `input "${t.name}": shape ${shapeText(t.shape)} holds ${count} value(s), but the data has ${t.data.length}`);
    }
    const byName = new Map(features.map((f) => [f.name, f]));
    const first = inputs[0];
    // One [n, k] tensor for an all-numeric model: its columns are the inputs in metadata order.
    if (inputs.length === 1 && first.shape.length === 2 && !(byName.has(first.name) && first.shape[1] === 1 && features.length !== 1)) {
        if (!features.every((f) => isNumericKind(f.kind))) {
            throw new _scoring_js__WEBPACK_IMPORTED_MODULE_0__/* .RequestError */ .GI(400, `input "${first.name}": a [n, k] tensor is accepted only for all-numeric models; this model has non-numeric inputs (${features.filter((f) => !isNumericKind(f.kind)).map((f) => f.name).join(', ')}): send one [n] tensor per feature`);
        }
        const [n, k] = first.shape;
        if (k !== features.length)
            throw new _scoring_js__WEBPACK_IMPORTED_MODULE_0__/* .RequestError */ .GI(400, `input "${first.name}": shape ${shapeText(first.shape)} has ${k} column(s); this model has ${features.length} inputs (${features.map((f) => f.name).join(', ')})`);
        if (!NUMERIC_DATATYPES.has(first.datatype))
            throw new _scoring_js__WEBPACK_IMPORTED_MODULE_0__/* .RequestError */ .GI(400, `input "${first.name}": datatype ${first.datatype}; a [n, k] tensor must be numeric (FP64)`);
        checkRows(n, maxRows);
        const rows = new Array(n);
        for (let r = 0; r < n; r++) {
            const row = {};
            for (let j = 0; j < k; j++)
                row[features[j].name] = first.data[r * k + j];
            rows[r] = row;
        }
        return rows;
    }
    let n = -1;
    const seen = new Set();
    for (const t of inputs) {
        const f = byName.get(t.name);
        if (!f)
            throw new _scoring_js__WEBPACK_IMPORTED_MODULE_0__/* .RequestError */ .GI(400, `unknown input "${t.name}"; this model's inputs are ${features.map((x) => x.name).join(', ')} (GET the model metadata for their datatypes)`);
        if (seen.has(t.name))
            throw new _scoring_js__WEBPACK_IMPORTED_MODULE_0__/* .RequestError */ .GI(400, `input "${t.name}" is given twice`);
        seen.add(t.name);
        if (t.shape.length === 0 || t.shape.length > 2 || (t.shape.length === 2 && t.shape[1] !== 1))
            throw new _scoring_js__WEBPACK_IMPORTED_MODULE_0__/* .RequestError */ .GI(400, `input "${t.name}": shape ${shapeText(t.shape)}; expected [n] (one value per row)`);
        if (n >= 0 && t.shape[0] !== n)
            throw new _scoring_js__WEBPACK_IMPORTED_MODULE_0__/* .RequestError */ .GI(400, `input "${t.name}" has ${t.shape[0]} row(s), but "${inputs[0].name}" has ${n}; every input needs the same number of rows`);
        n = t.shape[0];
        const expected = datatypeOf(f.kind);
        const ok = isNumericKind(f.kind) ? NUMERIC_DATATYPES.has(t.datatype) : f.kind === 'boolean' ? t.datatype === 'BOOL' : true;
        if (!ok)
            throw new _scoring_js__WEBPACK_IMPORTED_MODULE_0__/* .RequestError */ .GI(400, `input "${t.name}": datatype ${t.datatype}; this feature is ${f.kind}: send ${expected}`);
    }
    checkRows(n, maxRows);
    const rows = new Array(n);
    for (let r = 0; r < n; r++)
        rows[r] = {};
    for (const t of inputs) {
        const name = t.name;
        const data = t.data;
        for (let r = 0; r < n; r++)
            rows[r][name] = data[r];
    }
    return rows;
}
function checkRows(n, maxRows) {
    if (n < 1)
        throw new _scoring_js__WEBPACK_IMPORTED_MODULE_0__/* .RequestError */ .GI(400, 'the input tensors hold no rows: send at least one');
    if (n > maxRows)
        throw new _scoring_js__WEBPACK_IMPORTED_MODULE_0__/* .RequestError */ .GI(413, `${n} rows is more than the limit of ${maxRows} per request`);
}
/** The outputs to return: all of the model's unless `requested` names some; unknown names are 400. */
function selectOutputs(served, requested) {
    const all = outputsOf(served);
    if (!requested || requested.length === 0)
        return all;
    return requested.map((name) => {
        const o = all.find((x) => x.name === name);
        if (!o)
            throw new _scoring_js__WEBPACK_IMPORTED_MODULE_0__/* .RequestError */ .GI(400, `unknown output "${name}"; this model's outputs are ${all.map((x) => x.name).join(', ')}`);
        return o;
    });
}
/** Output tensor shape for n rows. */
function outputShape(o, n) {
    return o.name === 'probabilities' ? [n, o.shape[1]] : [n];
}
/** The label of each predicted row (classification), as text. */
function predictedLabels(served, scored) {
    const classes = served.classes ?? [];
    const out = new Array(scored.n);
    for (let r = 0; r < scored.n; r++)
        out[r] = classes[scored.index[r]] ?? String(scored.index[r]);
    return out;
}
/** The first n predictions (regression) or n \u00d7 k probabilities as a plain array. */
function numbersOf(data, count) {
    const out = new Array(count);
    for (let i = 0; i < count; i++)
        out[i] = data[i];
    return out;
}
// ---- REST (JSON) ------------------------------------------------------------------------------
function describe(v) {
    if (v === null)
        return 'null';
    if (Array.isArray(v))
        return 'an array';
    return typeof v === 'object' ? 'an object' : `${typeof v} ${JSON.stringify(v)}`;
}
function flatten(data, out) {
    for (const v of data) {
        if (Array.isArray(v))
            flatten(v, out);
        else
            out.push(v);
    }
}
/** Check the shape of a REST inference request ($inference_request) and flatten its tensor data. */
function parseRestInferRequest(body) {
    if (body === null || typeof body !== 'object' || Array.isArray(body))
        throw new _scoring_js__WEBPACK_IMPORTED_MODULE_0__/* .RequestError */ .GI(400, `expected an inference request object {"inputs": [...]}, got ${describe(body)}`);
    const o = body;
    if (o.id !== undefined && typeof o.id !== 'string')
        throw new _scoring_js__WEBPACK_IMPORTED_MODULE_0__/* .RequestError */ .GI(400, `"id" must be a string, got ${describe(o.id)}`);
    if (o.parameters !== undefined && (o.parameters === null || typeof o.parameters !== 'object' || Array.isArray(o.parameters)))
        throw new _scoring_js__WEBPACK_IMPORTED_MODULE_0__/* .RequestError */ .GI(400, `"parameters" must be an object, got ${describe(o.parameters)}`);
    if (!Array.isArray(o.inputs))
        throw new _scoring_js__WEBPACK_IMPORTED_MODULE_0__/* .RequestError */ .GI(400, `"inputs" must be an array of tensors {"name", "shape", "datatype", "data"}, got ${o.inputs === undefined ? 'nothing' : describe(o.inputs)}`);
    const inputs = o.inputs.map((t, i) => {
        if (t === null || typeof t !== 'object' || Array.isArray(t))
            throw new _scoring_js__WEBPACK_IMPORTED_MODULE_0__/* .RequestError */ .GI(400, `inputs[${i}] must be an object {"name", "shape", "datatype", "data"}, got ${describe(t)}`);
        const x = t;
        if (typeof x.name !== 'string')
            throw new _scoring_js__WEBPACK_IMPORTED_MODULE_0__/* .RequestError */ .GI(400, `inputs[${i}].name must be a string, got ${x.name === undefined ? 'nothing' : describe(x.name)}`);
        const where = `input "${x.name}"`;
        if (typeof x.datatype !== 'string')
            throw new _scoring_js__WEBPACK_IMPORTED_MODULE_0__/* .RequestError */ .GI(400, `${where}: "datatype" must be a string such as FP64, INT64, BOOL or BYTES, got ${x.datatype === undefined ? 'nothing' : describe(x.datatype)}`);
        if (!Array.isArray(x.shape) || !x.shape.every((d) => Number.isInteger(d) && d >= 0))
            throw new _scoring_js__WEBPACK_IMPORTED_MODULE_0__/* .RequestError */ .GI(400, `${where}: "shape" must be an array of non-negative integers, got ${x.shape === undefined ? 'nothing' : JSON.stringify(x.shape)}`);
        if (!Array.isArray(x.data))
            throw new _scoring_js__WEBPACK_IMPORTED_MODULE_0__/* .RequestError */ .GI(400, `${where}: "data" must be an array, got ${x.data === undefined ? 'nothing' : describe(x.data)}`);
        let data = x.data;
        if (data.some(Array.isArray)) {
            const flat = [];
            flatten(data, flat);
            data = flat;
        }
        return { name: x.name, datatype: x.datatype, shape: x.shape, data };
    });
    let outputs;
    if (o.outputs !== undefined) {
        if (!Array.isArray(o.outputs))
            throw new _scoring_js__WEBPACK_IMPORTED_MODULE_0__/* .RequestError */ .GI(400, `"outputs" must be an array of {"name"}, got ${describe(o.outputs)}`);
        outputs = o.outputs.map((x, i) => {
            const name = x !== null && typeof x === 'object' ? x.name : undefined;
            if (typeof name !== 'string')
                throw new _scoring_js__WEBPACK_IMPORTED_MODULE_0__/* .RequestError */ .GI(400, `outputs[${i}].name must be a string`);
            return name;
        });
    }
    return { id: o.id, inputs, outputs };
}


/***/ }),

/***/ 54720:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GI: () => (/* binding */ RequestError),
/* harmony export */   O5: () => (/* binding */ probabilitiesJson),
/* harmony export */   T3: () => (/* binding */ createScoringPath),
/* harmony export */   hB: () => (/* binding */ predictionsJson),
/* harmony export */   x$: () => (/* binding */ labelJson)
/* harmony export */ });
/* unused harmony export labelOf */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16986);
/* harmony import */ var _model_validate_record_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38915);
/**
 * The one scoring path of every protocol (POST /predict, OIP REST infer, OIP gRPC ModelInfer):
 * per-field validation against the bundle's schema \u2192 the bundle's preprocessing and tree(s) \u2192
 * metrics (rows, per-feature bins, predicted classes or values) \u2192 the request sample. Protocols
 * only translate their request into rows of feature values and the Scored result into their answer.
 */


/** A request the client must fix (4xx), with per-field details when there are any. */
class RequestError extends Error {
    status;
    details;
    constructor(status, message, details) {
        super(message);
        this.status = status;
        this.details = details;
    }
}
function createScoringPath(served, metrics, sampler) {
    const validator = (0,_model_validate_record_js__WEBPACK_IMPORTED_MODULE_1__.compileValidator)(served.features);
    const label = labelOf(served);
    return (rows, source) => {
        const { records, errors } = validator.check(rows, source);
        if (errors.length > 0) {
            const e = errors[0];
            throw new RequestError(400, `invalid input: ${errors.length}${errors.length >= 50 ? '+' : ''} field error(s), e.g. row ${e.row} ${e.field ? `"${e.field}"` : ''}: ${e.message}`, errors);
        }
        let scored;
        try {
            scored = served.score(records);
        }
        catch (err) {
            if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__.UsageError)
                throw new RequestError(400, `invalid input: ${err.message}`);
            throw err;
        }
        metrics.observeRows(records);
        metrics.observePredictions(scored.index, scored.n);
        if (sampler) {
            const index = scored.index;
            sampler.record(records, (r) => label(index[r]));
        }
        return { records, scored };
    };
}
/** The label of a class index (classification) or the value itself (regression). */
function labelOf(served) {
    const classes = served.classes;
    return served.task === 'classification' && classes ? (i) => classes[i] ?? i : (v) => v;
}
/** JSON text of each class label, computed once: responses are built as strings. */
function labelJson(served) {
    return served.task === 'classification' ? (served.classes ?? []).map((c) => JSON.stringify(c)) : [];
}
/** `["a","b"]` or `[1.5,2]` for the first n predictions. */
function predictionsJson(scored, labels, classification) {
    const idx = scored.index;
    let out = '[';
    for (let r = 0; r < scored.n; r++) {
        if (r > 0)
            out += ',';
        out += classification ? (labels[idx[r]] ?? String(idx[r])) : numberJson(idx[r]);
    }
    return out + ']';
}
/** Probabilities as nested (`[[p0,p1],\u2026]`) or flat (`[p0,p1,\u2026]`) JSON. */
function probabilitiesJson(scored, k, nested) {
    const p = scored.probabilities;
    let out = '[';
    for (let r = 0; r < scored.n; r++) {
        if (r > 0)
            out += ',';
        if (nested)
            out += '[';
        for (let c = 0; c < k; c++) {
            if (c > 0)
                out += ',';
            out += numberJson(p[r * k + c]);
        }
        if (nested)
            out += ']';
    }
    return out + ']';
}
/** A number as JSON.stringify writes it (null for NaN and \u00b1Infinity). */
function numberJson(x) {
    return Number.isFinite(x) ? String(x) : 'null';
}


/***/ })

};
