export const id = 6280;
export const ids = [6280,9560];
export const modules = {

/***/ 6280:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_LOCAL_REGISTRY: () => (/* reexport safe */ _model_registry_js__WEBPACK_IMPORTED_MODULE_3__.MF),
/* harmony export */   resolveLocalBaseline: () => (/* binding */ resolveLocalBaseline)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6986);
/* harmony import */ var _model_registry_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9560);
/**
 * Baseline lookup for the CLI (no GitHub): `--baseline DIR` is a bundle directory, or a local
 * registry directory holding one bundle per environment (`DIR/<environment>/manifest.json`);
 * `--baseline production` (the default) uses the registry `.cd4ml/registry` under the working
 * directory. No registry entry yet = first model.
 */





function resolveLocalBaseline(baseline, environment, cwd) {
    (0,_model_registry_js__WEBPACK_IMPORTED_MODULE_3__/* .checkEnvironmentName */ .r0)(environment);
    if (baseline === 'production') {
        const dir = (0,_model_registry_js__WEBPACK_IMPORTED_MODULE_3__/* .registryEntryDir */ .ZU)(cwd, environment);
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(dir))
            return { kind: 'none', message: `no ${environment} model in the local registry ${(0,_model_registry_js__WEBPACK_IMPORTED_MODULE_3__.registryEntryLabel)(environment)}` };
        return { kind: 'dir', dir, label: `${environment} model in ${(0,_model_registry_js__WEBPACK_IMPORTED_MODULE_3__.registryEntryLabel)(environment)}` };
    }
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, baseline);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(dir) || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(dir).isDirectory())
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`--baseline "${baseline}" is not a directory; give a model bundle, a registry directory, or "production"`);
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'manifest.json')))
        return { kind: 'dir', dir, label: baseline };
    const entry = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, environment);
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(entry, 'manifest.json')))
        return { kind: 'dir', dir: entry, label: `${environment} model in registry ${baseline}` };
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(entry))
        return { kind: 'dir', dir: entry, label: `${environment} model in registry ${baseline}` };
    return { kind: 'none', message: `registry ${baseline} has no ${environment} model yet` };
}


/***/ }),

/***/ 9560:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MF: () => (/* binding */ DEFAULT_LOCAL_REGISTRY),
/* harmony export */   ZU: () => (/* binding */ registryEntryDir),
/* harmony export */   r0: () => (/* binding */ checkEnvironmentName),
/* harmony export */   registerBundle: () => (/* binding */ registerBundle),
/* harmony export */   registryEntryLabel: () => (/* binding */ registryEntryLabel)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6986);
/* harmony import */ var _bundle_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6011);
/**
 * The local model registry: one model bundle per environment under `<root>/.cd4ml/registry/<environment>/`.
 * `cd4ml deploy --provider local` registers the bundle it promoted there; `cd4ml gate` with
 * `--baseline production` (the default) reads it as the production model. Without GitHub this
 * folder is the production record.
 */





const DEFAULT_LOCAL_REGISTRY = '.cd4ml/registry';
/** Refuse environment names that could leave the registry folder. */
function checkEnvironmentName(environment) {
    if (!/^[A-Za-z0-9._-]+$/.test(environment) || environment === '.' || environment === '..') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`environment "${environment}" must be letters, digits, ".", "_" or "-"`);
    }
}
/** `<root>/.cd4ml/registry/<environment>` (absolute). */
function registryEntryDir(root, environment) {
    checkEnvironmentName(environment);
    return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(root, DEFAULT_LOCAL_REGISTRY, environment);
}
/** The same path relative to the root, for messages. */
function registryEntryLabel(environment) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(DEFAULT_LOCAL_REGISTRY, environment);
}
/**
 * Copy a verified bundle into the registry entry of `environment`, replacing the previous one
 * atomically (copy beside it, then rename). Returns the entry folder and the bundle's digest.
 * A tampered bundle is refused (UsageError) and the previous entry stays.
 */
async function registerBundle(root, environment, bundleDir) {
    const dir = registryEntryDir(root, environment);
    const bundle = await (0,_bundle_js__WEBPACK_IMPORTED_MODULE_4__.readBundle)(bundleDir, { verify: true });
    if ((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(bundleDir) === dir)
        return { dir, digest: bundle.digest };
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(dir), { recursive: true });
    const tmp = `${dir}.tmp-${process.pid}`;
    const old = `${dir}.old-${process.pid}`;
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(tmp, { recursive: true, force: true });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.cp)(bundleDir, tmp, { recursive: true });
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(dir))
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(dir, old);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(tmp, dir);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(old, { recursive: true, force: true });
    return { dir, digest: bundle.digest };
}


/***/ })

};
