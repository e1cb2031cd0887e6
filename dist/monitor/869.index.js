export const id = 869;
export const ids = [869];
export const modules = {

/***/ 4869:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   trackMonitoring: () => (/* binding */ trackMonitoring)
/* harmony export */ });
/* unused harmony exports STEP_KEY, monitorMetrics, logMonitorRun */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16986);
/* harmony import */ var _train_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(52553);
/**
 * monitor → MLflow: each monitoring run appends one point to time series on the training run of
 * the production version (the version the alias points to), so MLflow's charts of that run show
 * decay over time. Keys: `monitor.rows`, `monitor.drift_share`, `monitor.drifted` (0/1),
 * `monitor.live.<metric>` (live metric on labelled rows), `monitor.drift.<column>` (the drift
 * score: p-value or distance, as judged) and `monitor.prediction_drift`. The step is one more than
 * the last step of `monitor.rows`, the timestamp is the monitoring time.
 */


const STEP_KEY = 'monitor.rows';
function monitorMetrics(report, timestamp, step) {
    const out = [];
    const push = (key, value) => {
        if (typeof value === 'number' && Number.isFinite(value))
            out.push({ key: (0,_train_js__WEBPACK_IMPORTED_MODULE_1__/* .sanitizeKey */ .Pt)(key), value, timestamp, step });
    };
    push(STEP_KEY, report.rows);
    push('monitor.drift_share', report['drift-share']);
    push('monitor.drifted', report.drifted ? 1 : 0);
    for (const m of report['live-metrics'])
        push(`monitor.live.${m.metric}`, m.live);
    for (const c of report.columns)
        push(`monitor.drift.${c.column}`, c.score);
    if ('score' in report.prediction)
        push('monitor.prediction_drift', report.prediction.score);
    return out;
}
/** Append this monitoring run's figures to the production version's training run. */
async function logMonitorRun(client, p) {
    const mv = await client.getVersionByAlias(p.registeredModel, p.alias);
    if (!mv) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UsageError(`MLflow ${client.trackingUri}: registered model "${p.registeredModel}" has no alias "${p.alias}", so there is no production version to log monitoring to; deploy a version with deploy-canary (it sets the alias) or set mlflow.alias`);
    }
    if (!mv.run_id)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UsageError(`MLflow ${client.trackingUri}: version ${mv.version} of "${p.registeredModel}" has no run_id (not registered by cd4ml train), so monitoring has no run to log to`);
    const history = await client.getMetricHistory(mv.run_id, STEP_KEY);
    const step = history.reduce((max, m) => Math.max(max, (m.step ?? 0) + 1), 0);
    const metrics = monitorMetrics(p.report, p.now, step);
    await client.logBatch(mv.run_id, { metrics });
    return { runId: mv.run_id, version: mv.version, step, metrics: metrics.length };
}
/**
 * The adapters' entry: log when MLflow and a registered model are known (setting, else the
 * monitored bundle's lineage.json); MLflow failures are errors unless `required` is false.
 */
async function trackMonitoring(client, settings, report, now) {
    const { bundleModelVersion } = await __webpack_require__.e(/* import() */ 607).then(__webpack_require__.bind(__webpack_require__, 18988));
    const name = settings.registeredModel ?? (await bundleModelVersion(report.bundle.dir))?.name;
    if (!name)
        return { note: 'MLflow: no registered model (set mlflow.registered-model); monitoring is not logged' };
    try {
        const result = await logMonitorRun(client, { registeredModel: name, alias: settings.alias, report, now });
        return { result, note: `MLflow: logged ${result.metrics} monitoring metrics at step ${result.step} to run ${result.runId} (version ${result.version} of "${name}", alias "${settings.alias}")` };
    }
    catch (err) {
        if (settings.required)
            throw err;
        return { note: `MLflow logging failed; monitoring goes on (mlflow.required is false): ${err.message}` };
    }
}


/***/ })

};
