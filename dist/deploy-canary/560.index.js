export const id = 560;
export const ids = [560];
export const modules = {

/***/ 79560:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   registerBundle: () => (/* binding */ registerBundle),
/* harmony export */   registryEntryLabel: () => (/* binding */ registryEntryLabel)
/* harmony export */ });
/* unused harmony exports DEFAULT_LOCAL_REGISTRY, checkEnvironmentName, registryEntryDir */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(16986);
/* harmony import */ var _bundle_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(47468);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__.UsageError(`environment "${environment}" must be letters, digits, ".", "_" or "-"`);
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
