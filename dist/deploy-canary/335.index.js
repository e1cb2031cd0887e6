export const id = 335;
export const ids = [335];
export const modules = {

/***/ 42824:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gz: () => (/* binding */ tokenSourceOf),
/* harmony export */   UT: () => (/* binding */ authorizedFetch),
/* harmony export */   V_: () => (/* binding */ cloudMonitoringPrometheusUrl),
/* harmony export */   kB: () => (/* binding */ createGoogleAuth)
/* harmony export */ });
/* unused harmony exports CLOUD_MONITORING_ENDPOINT, MONITORING_ROLE, cloudMonitoringProject, cloudMonitoringFetch */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16986);

const CLOUD_MONITORING_ENDPOINT = 'https://monitoring.googleapis.com';
/** The IAM role that grants monitoring.timeSeries.list (what the Prometheus API needs). */
const MONITORING_ROLE = 'roles/monitoring.viewer';
/** The project of a Cloud Monitoring Prometheus API root (\u2026/v1/projects/P/location/global/prometheus), else undefined. */
function cloudMonitoringProject(url) {
    try {
        const m = /^\/v1\/projects\/([^/]+)\/location\/global\/prometheus\/?$/.exec(new URL(url).pathname);
        return m ? decodeURIComponent(m[1]) : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * Application Default Credentials (GOOGLE_APPLICATION_CREDENTIALS: the external_account file of
 * workload identity federation or a service-account key, both written by google-github-actions/auth;
 * else gcloud's or the metadata server's). Refreshed tokens go to onToken.
 */
async function createGoogleAuth(projectId, onToken) {
    const { GoogleAuth } = await Promise.all(/* import() */[__webpack_require__.e(248), __webpack_require__.e(488)]).then(__webpack_require__.t.bind(__webpack_require__, 11488, 19));
    // The project is known: without it, workload identity federation credentials would look it
    // up through Cloud Resource Manager (one more API, one more permission).
    const auth = new GoogleAuth({ scopes: ['https://www.googleapis.com/auth/cloud-platform'], projectId });
    let client;
    try {
        client = await auth.getClient();
    }
    catch (e) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UsageError(`no Google Cloud credentials (${e.message}); in a workflow, run google-github-actions/auth before this step (it sets GOOGLE_APPLICATION_CREDENTIALS), with the identity granted the roles it needs (roles/monitoring.viewer to read metrics, roles/run.developer to deploy)`);
    }
    client.on('tokens', (t) => {
        if (t.access_token)
            onToken?.(t.access_token);
    });
    return auth;
}
/** A token source over a GoogleAuth. */
function tokenSourceOf(auth) {
    return async () => {
        const t = await auth.getAccessToken();
        if (!t)
            throw new Error('Application Default Credentials gave no access token');
        return t;
    };
}
/**
 * For a Prometheus URL that is Cloud Monitoring's: a fetch with the runner's Google credentials.
 * Undefined for any other URL (plain Prometheus needs no token).
 */
async function cloudMonitoringFetch(url, onToken) {
    const project = cloudMonitoringProject(url);
    if (project === undefined)
        return undefined;
    const auth = await createGoogleAuth(project, onToken);
    return authorizedFetch({ project, token: tokenSourceOf(auth), onToken });
}
/** The Prometheus API root of a project in Cloud Monitoring. */
function cloudMonitoringPrometheusUrl(project, endpoint = CLOUD_MONITORING_ENDPOINT) {
    return `${endpoint.replace(/\/$/, '')}/v1/projects/${encodeURIComponent(project)}/location/global/prometheus`;
}
/** Google's JSON error body {error: {code, message, status}}, or Prometheus's {error}. */
function errorText(body) {
    try {
        const j = JSON.parse(body);
        if (typeof j.error === 'string')
            return j.error;
        if (j.error?.message)
            return `${j.error.status ? `${j.error.status}: ` : ''}${j.error.message}`;
    }
    catch {
        /* not JSON */
    }
    return body.slice(0, 200);
}
/**
 * A fetch that adds the bearer token and turns Google's auth answers into messages that say
 * what to do. Never puts the token in a message.
 */
function authorizedFetch(o) {
    const base = o.fetchImpl ?? fetch;
    let last;
    return (async (input, init) => {
        let token;
        try {
            token = await o.token();
        }
        catch (e) {
            throw new Error(`no Google Cloud credentials for Cloud Monitoring (${e.message}); in a workflow, run google-github-actions/auth before this step (it sets GOOGLE_APPLICATION_CREDENTIALS)`);
        }
        if (token !== last) {
            o.onToken?.(token);
            last = token;
        }
        const headers = new Headers(init?.headers);
        headers.set('authorization', `Bearer ${token}`);
        const res = await base(input, { ...init, headers });
        if (res.status === 401 || res.status === 403) {
            const why = errorText(await res.text());
            if (res.status === 403) {
                throw new Error(`Cloud Monitoring denied reading metrics of project "${o.project}" (403 ${why}): grant the workflow's identity ${MONITORING_ROLE} on project "${o.project}", e.g. gcloud projects add-iam-policy-binding ${o.project} --member=serviceAccount:SA_EMAIL --role=${MONITORING_ROLE}`);
            }
            throw new Error(`Cloud Monitoring did not accept the credentials (401 ${why}); check the google-github-actions/auth step`);
        }
        return res;
    });
}


/***/ }),

/***/ 79335:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createCloudMonitoringReader: () => (/* binding */ createCloudMonitoringReader),
/* harmony export */   createRemoteProvider: () => (/* binding */ createRemoteProvider)
/* harmony export */ });
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37067);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44708);
/* harmony import */ var _cloud_google_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(42824);
/**
 * The cloud providers' clients, built from the runner's credentials: Application Default
 * Credentials for Cloud Run (e.g. after google-github-actions/auth), the kubeconfig
 * (KUBECONFIG or ~/.kube/config, e.g. after azure/k8s-set-context) for Kubernetes.
 * Loaded on demand so that the local provider never loads either client.
 */



const googleAuths = new WeakMap();
/** One GoogleAuth per deploy (per hooks object), shared by the Cloud Run and Cloud Monitoring clients. */
function googleAuth(o, projectId) {
    let p = googleAuths.get(o);
    if (!p) {
        p = (0,_cloud_google_js__WEBPACK_IMPORTED_MODULE_2__/* .createGoogleAuth */ .kB)(projectId, o.onToken);
        googleAuths.set(o, p);
    }
    return p;
}
/** gax client options for a base URL such as https://run.googleapis.com or http://127.0.0.1:8080. */
function endpointOptions(base) {
    if (!base)
        return {};
    const u = new URL(base);
    const https = u.protocol === 'https:';
    return { apiEndpoint: u.hostname, port: u.port ? Number(u.port) : https ? 443 : 80, protocol: https ? 'https' : 'http' };
}
/** The Cloud Monitoring reader of metrics-source cloud-monitoring, authenticated like the Cloud Run client. */
async function createCloudMonitoringReader(s, o = {}) {
    const { CloudMonitoringReader } = await __webpack_require__.e(/* import() */ 883).then(__webpack_require__.bind(__webpack_require__, 42883));
    const auth = await googleAuth(o, s.project);
    return new CloudMonitoringReader({
        project: s.project,
        service: s.service,
        location: s.region,
        endpoint: s.monitoringEndpoint,
        onToken: o.onToken,
        token: (0,_cloud_google_js__WEBPACK_IMPORTED_MODULE_2__/* .tokenSourceOf */ .Gz)(auth),
    });
}
async function createRemoteProvider(s, log, o = {}) {
    if (s.provider === 'cloud-run') {
        const { ServicesClient, RevisionsClient } = await Promise.all(/* import() */[__webpack_require__.e(248), __webpack_require__.e(31)]).then(__webpack_require__.t.bind(__webpack_require__, 78031, 19));
        const { CloudRunProvider } = await __webpack_require__.e(/* import() */ 608).then(__webpack_require__.bind(__webpack_require__, 8608));
        // REST transport: one HTTPS API, no gRPC channel to keep open on a runner.
        // gax bundles its own google-auth-library and wants an auth client whose fetch answers every
        // status (it decodes Google's error body itself): headers from the shared credentials, fetch native.
        const client = await (await googleAuth(o, s.project)).getClient();
        const authClient = {
            universeDomain: 'googleapis.com',
            getRequestHeaders: (url) => client.getRequestHeaders(url),
            fetch: async (url, init) => {
                const headers = new Headers(init.headers);
                (await client.getRequestHeaders(url)).forEach((v, k) => headers.set(k, v));
                return fetch(url, { ...init, headers });
            },
        };
        const opts = { fallback: true, authClient, ...endpointOptions(s.cloudRunEndpoint) };
        return new CloudRunProvider({ project: s.project, region: s.region, service: s.service, services: new ServicesClient(opts), revisions: new RevisionsClient(opts), log });
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
            apiPost: async (path, body) => {
                const server = kc.getCurrentCluster()?.server;
                if (!server)
                    throw new Error('the kubeconfig has no current cluster');
                const url = new URL(path, server);
                // (static imports: the bundler must see both modules)
                const request = url.protocol === 'https:' ? node_https__WEBPACK_IMPORTED_MODULE_1__.request : node_http__WEBPACK_IMPORTED_MODULE_0__.request;
                const opts = { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }, timeout: 30_000 };
                await kc.applyToHTTPSOptions(opts);
                return new Promise((resolvePost, reject) => {
                    const req = request(url, opts, (res) => {
                        const chunks = [];
                        res.on('data', (c) => chunks.push(c));
                        res.on('end', () => resolvePost({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
                        res.on('error', reject);
                    });
                    req.on('timeout', () => req.destroy(new Error('timeout after 30 s')));
                    req.on('error', reject);
                    req.end(body);
                });
            },
        });
    }
    throw new Error(`no remote provider "${s.provider}"`);
}


/***/ })

};
