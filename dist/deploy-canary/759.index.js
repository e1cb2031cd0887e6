export const id = 759;
export const ids = [759];
export const modules = {

/***/ 34759:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mlflowDeployInAction: () => (/* binding */ mlflowDeployInAction),
/* harmony export */   mlflowOverridesOf: () => (/* binding */ mlflowOverridesOf)
/* harmony export */ });
/* unused harmony exports resolveActionMlflow, actionMlflowClient, trackTrainingInAction, trackMonitoringInAction */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(91208);
/**
 * MLflow for the actions (their declared inputs tracking-uri etc. arrive through mlflowOverridesOf): the MLflow environment
 * variables (read here, the adapter layer), secrets masked before any output, a client over the
 * runner's network, and the per-action steps (train, deploy-canary, monitor).
 */

/** The MLflow overrides a step gives: its declared MLflow inputs (src/config/sections/mlflow.ts). */
function mlflowOverridesOf(given) {
    return {
        'tracking-uri': given['tracking-uri'],
        experiment: given.experiment,
        'registered-model': given['registered-model'],
        alias: given.alias,
        required: given['mlflow-required'],
        'model-version': given['model-version'] === undefined ? undefined : String(given['model-version']),
    };
}
/** Resolve the settings (undefined when no tracking URI is configured) and mask the credentials. */
async function resolveActionMlflow(section, overrides) {
    const { resolveMlflowSettings, secretsOf } = await __webpack_require__.e(/* import() */ 866).then(__webpack_require__.bind(__webpack_require__, 18866));
    const env = process.env;
    // Mask first: even a configuration error below must not print a credential.
    for (const s of [env.MLFLOW_TRACKING_TOKEN, env.MLFLOW_TRACKING_PASSWORD])
        if (s)
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(s);
    const settings = resolveMlflowSettings(section, overrides, env, (name) => `input "${name === 'required' ? 'mlflow-required' : name}"`);
    if (settings)
        for (const s of secretsOf(settings.auth))
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(s);
    return settings;
}
async function actionMlflowClient(settings) {
    const { connectMlflow } = await __webpack_require__.e(/* import() */ 866).then(__webpack_require__.bind(__webpack_require__, 18866));
    return connectMlflow(settings, { fetch: globalThis.fetch, sleep: (ms) => new Promise((r) => setTimeout(r, ms)), now: Date.now, log: (m) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(m) });
}
/** train: log the bundle to MLflow when configured; returns outputs and the bundle's final digest. */
async function trackTrainingInAction(section, overrides, bundleDir, runName) {
    const settings = await resolveActionMlflow(section, overrides);
    if (!settings)
        return undefined;
    const { trackTraining, currentDigest } = await Promise.all(/* import() */[__webpack_require__.e(68), __webpack_require__.e(553)]).then(__webpack_require__.bind(__webpack_require__, 52553));
    const client = await actionMlflowClient(settings);
    const { result, warning } = await trackTraining(client, bundleDir, settings, { now: Date.now, runName, log: (m) => core.info(m) });
    if (warning)
        core.warning(warning);
    return { result, digest: await currentDigest(bundleDir) };
}
/** deploy-canary: before the rollout, which MLflow version is deployed (downloading a mlflow:models:/ bundle). */
async function mlflowDeployInAction(section, overrides, bundle, workspace) {
    const { isMlflowRef } = await __webpack_require__.e(/* import() */ 377).then(__webpack_require__.bind(__webpack_require__, 7377));
    const settings = await resolveActionMlflow(section, overrides);
    if (!settings) {
        if (isMlflowRef(bundle)) {
            const { UsageError } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 16986));
            throw new UsageError(`input "bundle" ${bundle} needs an MLflow tracking server: set input "tracking-uri", mlflow.tracking-uri in cd4ml.yml or MLFLOW_TRACKING_URI`);
        }
        return undefined;
    }
    const { join, resolve } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 76760, 19));
    const { resolveDeployModel } = await Promise.all(/* import() */[__webpack_require__.e(68), __webpack_require__.e(553), __webpack_require__.e(988)]).then(__webpack_require__.bind(__webpack_require__, 18988));
    const client = await actionMlflowClient(settings);
    const model = await resolveDeployModel(client, { bundle: isMlflowRef(bundle) || bundle === undefined ? bundle : resolve(workspace, bundle), modelVersion: overrides['model-version'], registeredModel: settings.registeredModel }, join(workspace, '.cd4ml', 'mlflow', 'models'));
    if (!model)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`MLflow: the deployed artifact names no registered model version (no mlflow entry in its lineage.json, no input "model-version"); the alias "${settings.alias}" is not touched`);
    return model ? { client, settings, model } : undefined;
}
/** monitor: append this run's figures to the production version's MLflow run, when configured. */
async function trackMonitoringInAction(section, overrides, report) {
    const settings = await resolveActionMlflow(section, overrides);
    if (!settings)
        return undefined;
    const { trackMonitoring } = await Promise.all(/* import() */[__webpack_require__.e(68), __webpack_require__.e(553), __webpack_require__.e(869)]).then(__webpack_require__.bind(__webpack_require__, 4869));
    const tracked = await trackMonitoring(await actionMlflowClient(settings), settings, report, Date.now());
    if (tracked.result)
        core.info(tracked.note);
    else
        core.warning(tracked.note);
    return tracked.result;
}


/***/ })

};
