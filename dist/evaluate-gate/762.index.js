export const id = 762;
export const ids = [762];
export const modules = {

/***/ 22762:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   resolveProductionBaseline: () => (/* binding */ resolveProductionBaseline)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16986);
/**
 * "production" as the baseline: the latest successful deployment to the environment (GitHub
 * Deployments API, written by deploy-canary), whose payload names the bundle artifact and the run
 * that uploaded it; the artifact is then downloaded across runs by the caller's `download`.
 * Every outcome is a BaselineSource \u2014 never a crash: no deployment yet = first model (unless other
 * environments have one: then the environment is likely misspelt, see runGate); a payload
 * without the artifact, an expired/missing artifact, a failed download or a GitHub error = unavailable.
 */

function payloadString(p, keys) {
    for (const k of keys) {
        const v = p[k];
        if (typeof v === 'string' && v !== '')
            return v;
        if (typeof v === 'number' && Number.isFinite(v))
            return String(v);
    }
    return undefined;
}
async function resolveProductionBaseline(github, environment, download) {
    let deployment;
    try {
        deployment = await github.findLatestSuccessfulDeployment(environment);
    }
    catch (err) {
        return { kind: 'unavailable', message: `cannot look up deployments of environment "${environment}": ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(err)}` };
    }
    if (!deployment) {
        // No production model. Is this the first model, or is the environment misspelt?
        let known;
        try {
            known = await github.listDeploymentEnvironments();
        }
        catch (err) {
            return { kind: 'unavailable', message: `no successful deployment to environment "${environment}", and the repository's deployments cannot be listed to tell a first model from a misspelt environment: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(err)}` };
        }
        if (known.includes(environment))
            return { kind: 'none', message: `no successful deployment to environment "${environment}" yet` };
        if (known.length > 0)
            return { kind: 'none', message: `no cd4ml deployment to environment "${environment}"`, environment, knownEnvironments: known };
        return { kind: 'none', message: `no successful deployment to environment "${environment}" yet; no environment of this repository has a cd4ml deployment` };
    }
    const where = `deployment ${deployment.id} to ${environment} (${deployment.sha.slice(0, 7)})`;
    const artifactName = payloadString(deployment.payload, ['bundleArtifact', 'bundle-artifact', 'artifact']);
    const runIdText = payloadString(deployment.payload, ['runId', 'run-id', 'run_id']);
    const runId = runIdText === undefined ? Number.NaN : Number(runIdText);
    if (!artifactName || !Number.isInteger(runId) || runId <= 0) {
        return { kind: 'unavailable', label: where, message: `${where}: its payload does not name the model artifact and run (expected "bundleArtifact" and "runId", as deploy-canary writes them)` };
    }
    let artifacts;
    try {
        artifacts = await github.listRunArtifacts(runId, artifactName);
    }
    catch (err) {
        return { kind: 'unavailable', label: where, message: `${where}: cannot list the artifacts of run ${runId}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(err)}` };
    }
    const live = artifacts.filter((a) => !a.expired);
    if (live.length === 0) {
        const why = artifacts.length > 0 ? 'has expired' : 'does not exist (deleted, or the run was removed)';
        return { kind: 'unavailable', label: where, message: `${where}: artifact "${artifactName}" of run ${runId} ${why}` };
    }
    const artifact = live.sort((a, b) => b.id - a.id)[0];
    const label = `production: ${where}, artifact "${artifactName}" of run ${runId}`;
    try {
        const dir = await download({ artifactId: artifact.id, artifactName, runId, deploymentId: deployment.id });
        return { kind: 'dir', dir, label };
    }
    catch (err) {
        return { kind: 'unavailable', label, message: `${label}: download failed: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(err)}` };
    }
}


/***/ })

};
