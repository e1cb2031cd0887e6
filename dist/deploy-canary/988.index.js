export const id = 988;
export const ids = [988];
export const modules = {

/***/ 18988:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bundleModelVersion: () => (/* binding */ bundleModelVersion),
/* harmony export */   describePromotion: () => (/* binding */ describePromotion),
/* harmony export */   recordPromotion: () => (/* binding */ recordPromotion),
/* harmony export */   resolveDeployModel: () => (/* binding */ resolveDeployModel),
/* harmony export */   rollbackCommand: () => (/* binding */ rollbackCommand)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(16986);
/* harmony import */ var _train_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(52553);
/**
 * deploy-canary \u2192 MLflow registry. MLflow 2.x aliases only (stages are deprecated; cd4ml never
 * transitions stages):
 * - promoted (canary or first deployment): the alias (default `production`) moves to the deployed
 *   version; the version it pointed to before is recorded in the tag `cd4ml.previous-version` on
 *   the new version and in `cd4ml.<alias>.previous-version` on the registered model;
 * - rolled back or aborted: the alias stays where it was (nothing is written).
 * Rolling back to the previous version is then one command (docs/mlflow.md):
 *   cd4ml deploy --bundle mlflow:models:/<name>/<previous version>
 */




/** The registered model and version a bundle was logged as (lineage.json `mlflow` entry), if any. */
async function bundleModelVersion(bundleDir) {
    let lineage;
    try {
        lineage = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(bundleDir, 'lineage.json'), 'utf8'));
    }
    catch {
        return undefined;
    }
    const m = lineage.mlflow;
    return m?.['registered-model'] && m['model-version'] ? { name: m['registered-model'], version: m['model-version'] } : undefined;
}
function rollbackCommand(name, version) {
    return `cd4ml deploy --bundle mlflow:models:/${name}/${version}`;
}
/** Move the alias after a promotion (recording the previous version); leave it after a rollback. */
async function recordPromotion(client, p) {
    if (p.result !== 'promoted') {
        const current = await client.getVersionByAlias(p.registeredModel, p.alias);
        return { action: 'unchanged', alias: p.alias, version: current?.version ?? '', reason: `the rollout ${p.result}: alias "${p.alias}" of "${p.registeredModel}" stays ${current ? `on version ${current.version}` : 'unset'}` };
    }
    const model = await client.getRegisteredModel(p.registeredModel);
    if (!model)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__.UsageError(`MLflow ${client.trackingUri}: registered model "${p.registeredModel}" does not exist, so alias "${p.alias}" cannot be set; check mlflow.registered-model`);
    const previous = (await client.getVersionByAlias(p.registeredModel, p.alias))?.version;
    if (previous === p.version)
        return { action: 'alias-set', alias: p.alias, version: p.version, previous: undefined };
    await client.setAlias(p.registeredModel, p.alias, p.version);
    if (previous) {
        await client.setModelVersionTag(p.registeredModel, p.version, _train_js__WEBPACK_IMPORTED_MODULE_3__/* .TAGS */ .gp.previousVersion, previous);
        await client.setRegisteredModelTag(p.registeredModel, `cd4ml.${p.alias}.previous-version`, previous);
    }
    return { action: 'alias-set', alias: p.alias, version: p.version, previous, rollbackCommand: previous ? rollbackCommand(p.registeredModel, previous) : undefined };
}
/** One line for logs and the job summary. */
function describePromotion(r, name) {
    if (r.action === 'unchanged')
        return `MLflow: ${r.reason}`;
    const prev = r.previous ? ` (was version ${r.previous}; roll back with: ${r.rollbackCommand})` : '';
    return `MLflow: alias "${r.alias}" of "${name}" \u2192 version ${r.version}${prev}`;
}
/**
 * Which registered model version a deployment is: a `mlflow:models:/NAME@ALIAS|/VERSION` bundle
 * (downloaded and verified into `destRoot`), else an explicit `model-version` of
 * `registered-model`, else the bundle's lineage.json. Undefined when none applies (e.g. an image
 * without model-version): the alias is then not touched.
 */
async function resolveDeployModel(client, p, destRoot) {
    const { isMlflowRef, parseModelRef } = await __webpack_require__.e(/* import() */ 377).then(__webpack_require__.bind(__webpack_require__, 7377));
    if (isMlflowRef(p.bundle)) {
        const { resolveModelVersion, downloadVersionBundle } = await __webpack_require__.e(/* import() */ 368).then(__webpack_require__.bind(__webpack_require__, 39368));
        const ref = parseModelRef(p.bundle, 'bundle');
        const found = await resolveModelVersion(client, ref);
        if (found.kind === 'no-alias')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__.UsageError(`bundle ${p.bundle}: ${found.message}`);
        const got = await downloadVersionBundle(client, found.version, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(destRoot, `${ref.name.replace(/[^A-Za-z0-9._-]/g, '_')}-v${found.version.version}`));
        return { name: ref.name, version: found.version.version, dir: got.dir };
    }
    if (p.modelVersion !== undefined) {
        if (!p.registeredModel)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__.UsageError('model-version is set but no registered model: set registered-model (flag/input) or mlflow.registered-model in cd4ml.yml');
        if (!/^[1-9]\d*$/.test(p.modelVersion))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__.UsageError(`model-version must be a positive whole number (the train output mlflow-model-version), got "${p.modelVersion}"`);
        await client.getModelVersion(p.registeredModel, p.modelVersion);
        return { name: p.registeredModel, version: p.modelVersion };
    }
    if (p.bundle) {
        const fromLineage = await bundleModelVersion(p.bundle);
        if (fromLineage && p.registeredModel && fromLineage.name !== p.registeredModel) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__.UsageError(`bundle ${p.bundle} was registered as "${fromLineage.name}" version ${fromLineage.version}, not in registered model "${p.registeredModel}"; fix registered-model or deploy the right bundle`);
        }
        return fromLineage;
    }
    return undefined;
}


/***/ })

};
