export const id = 335;
export const ids = [335];
export const modules = {

/***/ 79335:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createRemoteProvider: () => (/* binding */ createRemoteProvider)
/* harmony export */ });
async function createRemoteProvider(s, log) {
    if (s.provider === 'cloud-run') {
        const { ServicesClient, RevisionsClient } = await __webpack_require__.e(/* import() */ 31).then(__webpack_require__.t.bind(__webpack_require__, 78031, 19));
        const { CloudRunProvider } = await __webpack_require__.e(/* import() */ 608).then(__webpack_require__.bind(__webpack_require__, 8608));
        // REST transport: one HTTPS API, no gRPC channel to keep open on a runner.
        return new CloudRunProvider({ project: s.project, region: s.region, service: s.service, services: new ServicesClient({ fallback: true }), revisions: new RevisionsClient({ fallback: true }), log });
    }
    if (s.provider === 'kubernetes') {
        const k8s = await Promise.all(/* import() */[__webpack_require__.e(674), __webpack_require__.e(362)]).then(__webpack_require__.bind(__webpack_require__, 362));
        const { KubernetesProvider } = await __webpack_require__.e(/* import() */ 745).then(__webpack_require__.bind(__webpack_require__, 85745));
        const kc = new k8s.KubeConfig();
        kc.loadFromDefault();
        return new KubernetesProvider({
            namespace: s.namespace ?? 'default',
            service: s.service,
            route: s.route,
            apps: kc.makeApiClient(k8s.AppsV1Api),
            core: kc.makeApiClient(k8s.CoreV1Api),
            custom: kc.makeApiClient(k8s.CustomObjectsApi),
            containerPort: s.containerPort,
            log,
        });
    }
    throw new Error(`no remote provider "${s.provider}"`);
}


/***/ })

};
