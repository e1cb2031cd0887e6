export const id = 9847;
export const ids = [9847];
export const modules = {

/***/ 59847:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   command: () => (/* binding */ command)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(18805);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(16986);
/* harmony import */ var _config_sections_image_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(27728);






/** `cd4ml build-image`: the same core as the build-image action. */
const command = {
    name: 'build-image',
    summary: 'package a model bundle and the serving runtime into an OCI image (Docker buildx or daemonless)',
    stage: _config_sections_image_js__WEBPACK_IMPORTED_MODULE_5__/* .imageStage */ .m,
    details: 'Exit codes: 0 built, 2 bad input (missing or tampered bundle, base without Node, registry refused or unreachable).',
    async run(opts, io) {
        const { settings: given } = await (0,_command_js__WEBPACK_IMPORTED_MODULE_3__/* .stageSettings */ .o7)(_config_sections_image_js__WEBPACK_IMPORTED_MODULE_5__/* .imageStage */ .m, opts, io);
        const { buildImage, requestFromSettings, summarizeBuild } = await Promise.all(/* import() */[__webpack_require__.e(6474), __webpack_require__.e(3529)]).then(__webpack_require__.bind(__webpack_require__, 63529));
        const { credentialLookup, loadBundleSummary, locateServerBundle, nodeExec } = await Promise.all(/* import() */[__webpack_require__.e(6474), __webpack_require__.e(3529), __webpack_require__.e(8131)]).then(__webpack_require__.bind(__webpack_require__, 88131));
        const { parseReference } = await __webpack_require__.e(/* import() */ 5050).then(__webpack_require__.bind(__webpack_require__, 65050));
        const abs = (p) => (p ? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(io.cwd, p) : undefined);
        const settings = { ...given, bundle: abs(given.bundle), output: abs(given.output) };
        const work = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'cd4ml-build-image-'));
        try {
            const req = requestFromSettings(settings, {
                serverDir: locateServerBundle(import.meta.url, process.env.CD4ML_SERVE_BUNDLE),
                workDir: work,
                defaultOutput: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(io.cwd, 'image.tar'),
                sourceDateEpoch: process.env.SOURCE_DATE_EPOCH,
                flag: (name) => `--${name}`,
            });
            const username = settings.username;
            const password = settings.password ?? process.env.CD4ML_REGISTRY_PASSWORD;
            if (username && !password)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__.UsageError('--username needs --password (or CD4ML_REGISTRY_PASSWORD)');
            const target = parseReference(req.image, '--image').registry;
            const credentials = await credentialLookup(username && password ? { registry: target, credentials: { username, password } } : undefined, process.env.DOCKER_CONFIG);
            const { outputs, result } = await buildImage(req, { loadBundle: loadBundleSummary, credentials, exec: nodeExec, now: () => new Date(), log: (m) => io.stderr(`${m}\n`) });
            if (opts.json === true)
                io.stdout(JSON.stringify(outputs, null, 2) + '\n');
            else
                io.stdout(summarizeBuild(outputs, result) + '\n');
            return 0;
        }
        finally {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(work, { recursive: true, force: true });
        }
    },
};


/***/ })

};
