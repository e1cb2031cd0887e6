export const id = 953;
export const ids = [953];
export const modules = {

/***/ 56953:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   defaultLocalRuntime: () => (/* binding */ defaultLocalRuntime)
/* harmony export */ });
/* unused harmony export which */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(16986);
/**
 * How the local provider starts things: the serving runtime of this same cd4ml build
 * (`node <cli> serve --bundle DIR --port N --host 127.0.0.1`), an image with podman, and the
 * proxy daemon (`node <cli> deploy --internal-proxy DIR`).
 */



/** First executable called `name` on PATH. */
function which(name, path = process.env.PATH ?? '') {
    for (const dir of path.split(node_path__WEBPACK_IMPORTED_MODULE_1__.delimiter)) {
        if (dir && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, name)))
            return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, name);
    }
    return undefined;
}
function defaultLocalRuntime(cliPath, containerPort, nodePath = process.execPath) {
    return {
        prometheusBinary: which('prometheus'),
        serveCommand(artifact, port, revisionId) {
            if (artifact.kind === 'bundle') {
                return { command: nodePath, args: [cliPath, 'serve', '--bundle', artifact.dir, '--port', String(port), '--host', '127.0.0.1'] };
            }
            const podman = which('podman');
            if (!podman)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__.UsageError(`the local provider runs images with podman, which is not installed; install podman or deploy the bundle with --bundle DIR`);
            return { command: podman, args: ['run', '--rm', '--init', '--name', `cd4ml-${revisionId}`, '-p', `127.0.0.1:${port}:${containerPort}`, artifact.ref] };
        },
        proxyCommand(stateDir) {
            return { command: nodePath, args: [cliPath, 'deploy', '--internal-proxy', stateDir] };
        },
    };
}


/***/ })

};
