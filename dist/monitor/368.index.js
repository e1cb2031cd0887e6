export const id = 368;
export const ids = [368,377];
export const modules = {

/***/ 39368:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   downloadVersionBundle: () => (/* binding */ downloadVersionBundle),
/* harmony export */   resolveModelVersion: () => (/* binding */ resolveModelVersion)
/* harmony export */ });
/* unused harmony export versionArtifactPath */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _model_bundle_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(47468);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(16986);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(82944);
/* harmony import */ var _uri_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7377);
/* harmony import */ var _train_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(52553);
/**
 * Reading models back from the MLflow registry: a `models:/<name>@<alias>` or
 * `models:/<name>/<version>` reference \u2192 its model version \u2192 the bundle under its source (the
 * training run's `model/` artifacts) \u2192 a local folder, verified file by file against manifest.json
 * and against the digest tagged on the version at training.
 */








/**
 * The model version a reference names. A missing registered model or version is a UsageError
 * naming the URI and the fix; an alias that does not exist (yet) on an existing model is
 * `no-alias` \u2014 the caller decides (the gate: first model).
 */
async function resolveModelVersion(client, ref) {
    const where = `MLflow ${client.trackingUri}`;
    const model = await client.getRegisteredModel(ref.name);
    if (!model) {
        throw new _client_js__WEBPACK_IMPORTED_MODULE_5__/* .MlflowError */ .mF(`${where}: registered model "${ref.name}" does not exist; check the name in ${(0,_uri_js__WEBPACK_IMPORTED_MODULE_6__/* .formatModelRef */ .Q)(ref)} (and mlflow.registered-model), or train with mlflow.registered-model set so a version is registered`, 404, 'RESOURCE_DOES_NOT_EXIST');
    }
    if (ref.alias !== undefined) {
        const mv = await client.getVersionByAlias(ref.name, ref.alias);
        if (!mv) {
            const aliases = (model.aliases ?? []).map((a) => `${a.alias} \u2192 ${a.version}`).join(', ');
            return { kind: 'no-alias', message: `${where}: registered model "${ref.name}" has no alias "${ref.alias}" yet (${aliases ? `its aliases: ${aliases}` : 'it has no aliases'}); deploy-canary sets it when it promotes a version, or set it in the MLflow UI` };
        }
        return { kind: 'found', version: mv };
    }
    try {
        return { kind: 'found', version: await client.getModelVersion(ref.name, ref.version) };
    }
    catch (err) {
        if (err instanceof _client_js__WEBPACK_IMPORTED_MODULE_5__/* .MlflowError */ .mF && (err.status === 404 || err.errorCode === 'RESOURCE_DOES_NOT_EXIST')) {
            throw new _client_js__WEBPACK_IMPORTED_MODULE_5__/* .MlflowError */ .mF(`${where}: registered model "${ref.name}" has no version ${ref.version}; list its versions in the MLflow UI (${client.trackingUri}/#/models/${encodeURIComponent(ref.name)})`, 404, err.errorCode);
        }
        throw err;
    }
}
/** Proxy path of a model version's files, from its source (mlflow-artifacts:/\u2026 or runs:/<id>/<path>). */
async function versionArtifactPath(client, mv) {
    const what = `version ${mv.version} of "${mv.name}"`;
    const source = mv.source ?? '';
    const runs = /^runs:\/([^/]+)\/?(.*)$/.exec(source);
    if (runs) {
        const run = await client.getRun(runs[1]);
        return `${(0,_client_js__WEBPACK_IMPORTED_MODULE_5__/* .proxyPathOf */ .Bc)(run.info.artifact_uri ?? '', what)}/${runs[2]}`.replace(/\/+$/, '');
    }
    return (0,_client_js__WEBPACK_IMPORTED_MODULE_5__/* .proxyPathOf */ .Bc)(source, what);
}
function checkTaggedDigest(mv, digest, label) {
    const tagged = mv.tags?.find((t) => t.key === _train_js__WEBPACK_IMPORTED_MODULE_7__/* .TAGS */ .gp.digest)?.value;
    if (tagged && tagged !== digest) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__.UsageError(`${label}: the downloaded bundle's digest ${digest} differs from the ${_train_js__WEBPACK_IMPORTED_MODULE_7__/* .TAGS */ .gp.digest} tag ${tagged} recorded at training; its artifacts were changed after registration \u2014 do not use it`);
    }
    return digest;
}
/**
 * Download a model version's bundle into `dest` (replaced atomically: written beside, then renamed)
 * and verify it: every file against manifest.json, and the manifest's digest against the
 * `cd4ml.bundle-digest` tag train put on the version. A mismatch is a UsageError.
 */
async function downloadVersionBundle(client, mv, dest) {
    const base = await versionArtifactPath(client, mv);
    const label = `version ${mv.version} of registered model "${mv.name}" (${mv.source})`;
    let manifestBuf;
    try {
        manifestBuf = await client.downloadArtifact(`${base}/manifest.json`);
    }
    catch (err) {
        if (err instanceof _client_js__WEBPACK_IMPORTED_MODULE_5__/* .MlflowError */ .mF && err.status === 404)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__.UsageError(`${label} holds no cd4ml bundle (no manifest.json under its source): was it registered by cd4ml train? (${err.message})`);
        throw err;
    }
    let files;
    try {
        files = Object.keys(JSON.parse(manifestBuf.toString('utf8')).files);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__.UsageError(`${label}: manifest.json is not a cd4ml manifest`);
    }
    // Already here (e.g. the version is being served from this folder): keep it when it verifies.
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dest, 'manifest.json')) && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dest, 'manifest.json')).equals(manifestBuf)) {
        try {
            const digest = (await (0,_model_bundle_js__WEBPACK_IMPORTED_MODULE_3__/* .readBundle */ .Bo)(dest, { verify: true })).digest;
            return { dir: dest, version: mv, digest: checkTaggedDigest(mv, digest, label) };
        }
        catch {
            /* damaged copy: download again below */
        }
    }
    const tmp = `${dest}.tmp-${process.pid}`;
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(tmp, { recursive: true, force: true });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(tmp, { recursive: true });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(tmp, 'manifest.json'), manifestBuf);
    for (const name of files) {
        if (name.includes('/') || name.includes('..'))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__.UsageError(`${label}: manifest.json lists "${name}", not a bundle file name`);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(tmp, name), await client.downloadArtifact(`${base}/${name}`));
    }
    let digest;
    try {
        digest = (await (0,_model_bundle_js__WEBPACK_IMPORTED_MODULE_3__/* .readBundle */ .Bo)(tmp, { verify: true })).digest;
    }
    catch (err) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(tmp, { recursive: true, force: true });
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__.UsageError(`${label} failed verification: ${err.message}`);
    }
    try {
        checkTaggedDigest(mv, digest, label);
    }
    catch (err) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(tmp, { recursive: true, force: true });
        throw err;
    }
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(dest), { recursive: true });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(dest, { recursive: true, force: true });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(tmp, dest);
    return { dir: dest, version: mv, digest };
}


/***/ }),

/***/ 7377:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ formatModelRef),
/* harmony export */   isMlflowRef: () => (/* binding */ isMlflowRef),
/* harmony export */   parseModelRef: () => (/* binding */ parseModelRef)
/* harmony export */ });
/* unused harmony export MLFLOW_PREFIX */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16986);
/**
 * Model references in MLflow's own notation, prefixed with `mlflow:` where cd4ml also accepts
 * paths: `mlflow:models:/<name>@<alias>` (the version an alias points to) and
 * `mlflow:models:/<name>/<version>`.
 */

const MLFLOW_PREFIX = 'mlflow:';
/** True for a value meant as an MLflow model reference. */
function isMlflowRef(value) {
    return value !== undefined && value.startsWith(MLFLOW_PREFIX);
}
/**
 * Parse `mlflow:models:/<name>@<alias>` or `mlflow:models:/<name>/<version>`; `label` names the
 * option in messages.
 *
 *   parseModelRef('mlflow:models:/churn@production', 'baseline') \u2192 { name: 'churn', alias: 'production' }
 *   parseModelRef('mlflow:models:/churn/3', 'baseline')          \u2192 { name: 'churn', version: '3' }
 */
function parseModelRef(value, label) {
    const expected = `expected mlflow:models:/<registered model>@<alias> or mlflow:models:/<registered model>/<version>, e.g. mlflow:models:/churn@production`;
    const m = /^mlflow:models:\/(.+)$/.exec(value.trim());
    if (!m)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UsageError(`${label} "${value}" is not an MLflow model reference; ${expected}`);
    const rest = m[1];
    const at = rest.lastIndexOf('@');
    if (at > 0) {
        const name = rest.slice(0, at);
        const alias = rest.slice(at + 1);
        if (alias === '' || name.includes('/'))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UsageError(`${label} "${value}": ${expected}`);
        return { name, alias };
    }
    const slash = rest.lastIndexOf('/');
    if (slash > 0) {
        const name = rest.slice(0, slash);
        const version = rest.slice(slash + 1);
        if (!/^[1-9]\d*$/.test(version))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UsageError(`${label} "${value}": the version must be a positive whole number, got "${version}"; ${expected}`);
        return { name, version };
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UsageError(`${label} "${value}" names no alias or version; ${expected}`);
}
/** Back to text, e.g. for labels: models:/churn@production. */
function formatModelRef(ref) {
    return ref.alias !== undefined ? `models:/${ref.name}@${ref.alias}` : `models:/${ref.name}/${ref.version}`;
}


/***/ })

};
