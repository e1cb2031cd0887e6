export const id = 4642;
export const ids = [4642];
export const modules = {

/***/ 4642:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   command: () => (/* binding */ command)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_events__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8474);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8805);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6986);
/* harmony import */ var _config_parse_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7779);
/**
 * `cd4ml predict` — score a data file with a model bundle (batch scoring). Streams the input
 * through the bundle's preprocessing and compiled tree; writes CSV or JSON Lines.
 */





const FORMATS = ['csv', 'tsv', 'jsonl', 'json', 'parquet'];
const command = {
    name: 'predict',
    summary: 'score a data file with a model bundle',
    options: {
        bundle: { type: 'string', arg: 'DIR', description: 'model bundle written by "cd4ml train"' },
        data: { type: 'string', arg: 'FILE', description: 'rows to score (.csv, .tsv, .jsonl, .json, .parquet)' },
        format: { type: 'string', arg: 'FORMAT', description: 'input format (default: from the extension)' },
        out: { type: 'string', arg: 'FILE', description: 'output file: .jsonl for JSON Lines, else CSV (default: CSV on stdout)' },
    },
    details: [
        'Output: the input columns plus "prediction" (and "probability_<class>" for classification).',
        'Rows are checked as the serving runtime checks a request (types and nullability from the',
        "bundle's schema.yml); rows that do not fit (e.g. text in a numeric column, a missing value the",
        'schema requires) are reported on stderr with their line and left out. Values outside the',
        'training range and unseen categories are scored, as in serving.',
        'Exit codes: 0 every row scored, 1 some rows failed, 2 bad usage or input.',
    ].join('\n'),
    async run(opts, io) {
        const bundleDir = (0,_command_js__WEBPACK_IMPORTED_MODULE_2__/* .stringOpt */ .rJ)(opts, 'bundle');
        const data = (0,_command_js__WEBPACK_IMPORTED_MODULE_2__/* .stringOpt */ .rJ)(opts, 'data');
        if (!bundleDir)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb('pass --bundle DIR (the directory written by "cd4ml train")');
        if (!data)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb('pass --data FILE, the rows to score');
        const fmt = (0,_command_js__WEBPACK_IMPORTED_MODULE_2__/* .stringOpt */ .rJ)(opts, 'format');
        const format = fmt === undefined ? undefined : (0,_config_parse_js__WEBPACK_IMPORTED_MODULE_4__/* .parseEnum */ .nL)('--format', fmt, FORMATS);
        const out = (0,_command_js__WEBPACK_IMPORTED_MODULE_2__/* .stringOpt */ .rJ)(opts, 'out');
        const { readBundle } = await __webpack_require__.e(/* import() */ 6011).then(__webpack_require__.bind(__webpack_require__, 6011));
        const { predictFile, outputFormatOf } = await Promise.all(/* import() */[__webpack_require__.e(3678), __webpack_require__.e(8116), __webpack_require__.e(6011), __webpack_require__.e(1284), __webpack_require__.e(8754)]).then(__webpack_require__.bind(__webpack_require__, 8754));
        const { readBundleSchema } = await Promise.all(/* import() */[__webpack_require__.e(3678), __webpack_require__.e(6011), __webpack_require__.e(2516)]).then(__webpack_require__.bind(__webpack_require__, 2516));
        const bundle = await readBundle(bundleDir);
        const schema = await readBundleSchema(bundle);
        const stream = out ? (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createWriteStream)(out) : undefined;
        const write = async (chunk) => {
            if (!stream)
                return io.stdout(chunk);
            if (!stream.write(chunk))
                await (0,node_events__WEBPACK_IMPORTED_MODULE_1__.once)(stream, 'drain');
        };
        const report = await predictFile(bundle, data, write, { format, output: outputFormatOf(out), outputName: out, schema });
        if (stream) {
            stream.end();
            await (0,node_events__WEBPACK_IMPORTED_MODULE_1__.once)(stream, 'finish');
        }
        const failedCount = report.rows - report.scored;
        for (const f of report.failed)
            io.stderr(`${data}:${f.line}: column "${f.column}" is ${JSON.stringify(f.value)}, expected ${f.expected}; row not scored\n`);
        if ((0,_command_js__WEBPACK_IMPORTED_MODULE_2__/* .boolOpt */ .Ig)(opts, 'json'))
            io.stderr(JSON.stringify(report, null, 2) + '\n');
        else
            io.stderr(`scored ${report.scored} of ${report.rows} rows with model ${bundle.digest.slice(0, 12)}${out ? ` -> ${out}` : ''}${failedCount ? `; ${failedCount} rows failed` : ''}\n`);
        return failedCount > 0 ? 1 : 0;
    },
};


/***/ }),

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


/***/ })

};
