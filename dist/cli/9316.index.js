export const id = 9316;
export const ids = [9316];
export const modules = {

/***/ 9316:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   command: () => (/* binding */ command)
/* harmony export */ });
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8805);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6986);
/* harmony import */ var _config_parse_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7779);



/** `cd4ml serve --bundle DIR [--port 8080] [--host 127.0.0.1]`: the image's runtime, in the foreground. */
const command = {
    name: 'serve',
    summary: 'serve a model bundle over HTTP: POST /predict, GET /healthz, /readyz, /metrics',
    options: {
        bundle: { type: 'string', arg: 'DIR', description: 'model bundle directory (written by cd4ml train)' },
        port: { type: 'string', arg: 'N', description: 'port to listen on (default 8080; 0 picks a free one)' },
        host: { type: 'string', arg: 'ADDR', description: 'address to listen on (default 127.0.0.1)' },
        'sample-dir': { type: 'string', arg: 'DIR', description: 'write a sampled log of inputs and predictions here for cd4ml monitor (off by default)' },
        'sample-rate': { type: 'string', arg: 'SHARE', description: 'share of scored rows kept in --sample-dir, 0-1 (default 0.1)' },
    },
    details: 'Verifies the bundle before listening and refuses a tampered one. SIGTERM drains in-flight requests and exits 0.',
    async run(opts, io) {
        const bundleDir = (0,_command_js__WEBPACK_IMPORTED_MODULE_0__/* .stringOpt */ .rJ)(opts, 'bundle');
        if (!bundleDir)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb('--bundle is required: the model bundle directory written by cd4ml train');
        const port = (0,_config_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .parseNumber */ .$J)('--port', (0,_command_js__WEBPACK_IMPORTED_MODULE_0__/* .stringOpt */ .rJ)(opts, 'port') ?? '8080', { min: 0, max: 65535, integer: true });
        const { startServer } = await Promise.all(/* import() */[__webpack_require__.e(3678), __webpack_require__.e(8116), __webpack_require__.e(3890), __webpack_require__.e(6011), __webpack_require__.e(3659)]).then(__webpack_require__.bind(__webpack_require__, 3659));
        const { serveUntilSignal } = await __webpack_require__.e(/* import() */ 8729).then(__webpack_require__.bind(__webpack_require__, 8729));
        const log = (line) => io.stderr(`cd4ml serve: ${line}\n`);
        const { resolve } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 6760, 19));
        const sampleDir = (0,_command_js__WEBPACK_IMPORTED_MODULE_0__/* .stringOpt */ .rJ)(opts, 'sample-dir');
        const sampleRate = (0,_config_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .parseNumber */ .$J)('--sample-rate', (0,_command_js__WEBPACK_IMPORTED_MODULE_0__/* .stringOpt */ .rJ)(opts, 'sample-rate') ?? '0.1', { min: 0, max: 1 });
        if ((0,_command_js__WEBPACK_IMPORTED_MODULE_0__/* .stringOpt */ .rJ)(opts, 'sample-rate') !== undefined && !sampleDir)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb('--sample-rate needs --sample-dir (where the sampled requests are written)');
        const sampleLog = sampleDir ? { dir: resolve(io.cwd, sampleDir), rate: sampleRate } : undefined;
        const running = await startServer({ bundleDir: resolve(io.cwd, bundleDir), port, host: (0,_command_js__WEBPACK_IMPORTED_MODULE_0__/* .stringOpt */ .rJ)(opts, 'host') ?? '127.0.0.1', log, sampleLog });
        io.stdout(`${running.url}\n`);
        return serveUntilSignal(running, log);
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
