export const id = 8131;
export const ids = [8131];
export const modules = {

/***/ 88131:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   credentialLookup: () => (/* binding */ credentialLookup),
/* harmony export */   loadBundleSummary: () => (/* binding */ loadBundleSummary),
/* harmony export */   locateServerBundle: () => (/* binding */ locateServerBundle),
/* harmony export */   nodeExec: () => (/* binding */ nodeExec)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(48161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(76760);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(73136);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(16986);
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(63529);
/* harmony import */ var _local_base_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(36472);
/**
 * Node implementations of build-image's ports, shared by the CLI and the action: a process runner,
 * the location of the bundled serving runtime, Docker config credentials, and the model bundle
 * summary (read and verified by src/model).
 */








const nodeExec = (cmd, args, opts = {}) => new Promise((resolvePromise) => {
    let stdout = '';
    let stderr = '';
    const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(cmd, args, { env: { ...process.env, ...opts.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', (err) => resolvePromise({ code: 127, stdout, stderr: stderr + err.message }));
    child.on('close', (code) => resolvePromise({ code: code ?? 1, stdout, stderr }));
});
/**
 * The serving runtime bundle next to the running bundle: dist/<this>/index.js \u2192 dist/serve/.
 * `override` (tests, custom builds) wins.
 */
function locateServerBundle(moduleUrl, override) {
    const dir = override ? (0,node_path__WEBPACK_IMPORTED_MODULE_4__.resolve)(override) : (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.dirname)((0,node_url__WEBPACK_IMPORTED_MODULE_5__.fileURLToPath)(moduleUrl)), '..', 'serve');
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(dir, 'index.js'))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__.UsageError(`serving runtime not found at ${(0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(dir, 'index.js')}; it is built with the actions ("npm run build" writes dist/serve/)`);
    }
    return dir;
}
/** Credentials for `registry`: the explicit ones for the target registry, else the Docker config. */
async function credentialLookup(explicit, dockerConfigDir) {
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(dockerConfigDir ?? (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_3__.homedir)(), '.docker'), 'config.json');
    const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(file, 'utf8').catch(() => undefined);
    return (registry) => {
        if (explicit && explicit.registry === registry)
            return explicit.credentials;
        return text ? (0,_run_js__WEBPACK_IMPORTED_MODULE_7__/* .credentialsFromDockerConfig */ .N3)(text, registry) : undefined;
    };
}
/** Read and verify the bundle with src/model; a missing or tampered bundle is a UsageError. */
async function loadBundleSummary(dir) {
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(dir))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__.UsageError(`bundle "${dir}" does not exist; pass the directory written by "cd4ml train"`);
    const { loadServedModel } = await Promise.all(/* import() */[__webpack_require__.e(8116), __webpack_require__.e(5989), __webpack_require__.e(1284), __webpack_require__.e(7739), __webpack_require__.e(7254), __webpack_require__.e(7996), __webpack_require__.e(8915), __webpack_require__.e(2901)]).then(__webpack_require__.bind(__webpack_require__, 17309));
    const m = await loadServedModel(dir);
    return { digest: m.digest, task: m.task, version: m.version, metrics: m.metrics };
}
/** The running node binary and its shared libraries, for `base-image: local-node` (lives in local-base.ts). */



/***/ })

};
