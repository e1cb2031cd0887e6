export const id = 2824;
export const ids = [2824];
export const modules = {

/***/ 42824:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CLOUD_MONITORING_ENDPOINT: () => (/* binding */ CLOUD_MONITORING_ENDPOINT),
/* harmony export */   MONITORING_ROLE: () => (/* binding */ MONITORING_ROLE),
/* harmony export */   authorizedFetch: () => (/* binding */ authorizedFetch),
/* harmony export */   cloudMonitoringFetch: () => (/* binding */ cloudMonitoringFetch),
/* harmony export */   cloudMonitoringProject: () => (/* binding */ cloudMonitoringProject),
/* harmony export */   cloudMonitoringPrometheusUrl: () => (/* binding */ cloudMonitoringPrometheusUrl),
/* harmony export */   createGoogleAuth: () => (/* binding */ createGoogleAuth),
/* harmony export */   tokenSourceOf: () => (/* binding */ tokenSourceOf)
/* harmony export */ });
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
    const { GoogleAuth } = await __webpack_require__.e(/* import() */ 1488).then(__webpack_require__.t.bind(__webpack_require__, 11488, 19));
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


/***/ })

};
