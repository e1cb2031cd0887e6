export const id = 428;
export const ids = [428];
export const modules = {

/***/ 40428:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   planSmoke: () => (/* binding */ planSmoke),
/* harmony export */   runSmoke: () => (/* binding */ runSmoke)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16986);
/**
 * The smoke test before any traffic: score N rows of the bundle's own holdout (holdout.jsonl,
 * typed from its schema.yml as /predict types them) through the new revision's own /predict \u2014
 * bypassing the traffic split \u2014 and require a 200, the bundle's model digest, and the same
 * predictions the bundle gives offline (training\u2013serving parity). Runs on every deploy, first
 * deployments included, for every provider (each one reaches a revision directly: see
 * DeployProvider.post).
 */

/** Pick `n` holdout rows of the bundle, type them, and score them offline. */
async function planSmoke(bundleDir, n = 20) {
    const { readBundle, readHoldout, scoreRecords } = await Promise.all(/* import() */[__webpack_require__.e(116), __webpack_require__.e(989), __webpack_require__.e(284), __webpack_require__.e(431), __webpack_require__.e(468)]).then(__webpack_require__.bind(__webpack_require__, 47468));
    const { compileValidator, featureSpecs, readBundleSchema } = await __webpack_require__.e(/* import() */ 175).then(__webpack_require__.bind(__webpack_require__, 58175));
    const bundle = await readBundle(bundleDir, { verify: true });
    if (!('holdout.jsonl' in bundle.manifest.files))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UsageError(`model bundle ${bundleDir} has no holdout.jsonl for the smoke test; retrain it with this version of cd4ml`);
    const { records } = await readHoldout(bundle);
    const v = compileValidator(featureSpecs(bundle, await readBundleSchema(bundle), []));
    const picked = [];
    for (const r of records) {
        if (picked.length >= n)
            break;
        const row = Object.fromEntries(bundle.features.map((f) => [f, r[f] ?? null]));
        const { records: typed, errors } = v.check([row], 'csv');
        if (errors.length === 0)
            picked.push(typed[0]);
    }
    if (picked.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UsageError(`model bundle ${bundleDir}: no holdout row passes the bundle's own input checks, so the smoke test has nothing to send`);
    const offline = scoreRecords(bundle, picked);
    return { body: JSON.stringify(picked), rows: picked.length, expected: offline.predictions, digest: `sha256:${bundle.digest}` };
}
function same(a, b) {
    if (typeof b === 'number' && typeof a === 'number')
        return a === b || Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
    return a === b;
}
/** POST the plan's rows to the revision and compare with the offline predictions. */
async function runSmoke(provider, rev, plan, path = '/predict') {
    let res;
    try {
        res = await provider.post(rev, path, plan.body);
    }
    catch (e) {
        return { ok: false, rows: plan.rows, detail: `POST ${path} on ${rev.id} got no answer: ${e.message}` };
    }
    const short = res.body.length > 300 ? res.body.slice(0, 300) + '\u2026' : res.body;
    if (res.status !== 200)
        return { ok: false, rows: plan.rows, detail: `POST ${path} with ${plan.rows} holdout rows answered ${res.status}: ${short}` };
    let parsed;
    try {
        parsed = JSON.parse(res.body);
    }
    catch {
        return { ok: false, rows: plan.rows, detail: `POST ${path} answered 200 but not JSON: ${short}` };
    }
    if (parsed.model?.digest !== undefined && parsed.model.digest !== plan.digest) {
        return { ok: false, rows: plan.rows, detail: `${rev.id} serves model ${parsed.model.digest}, not the bundle's ${plan.digest}` };
    }
    const got = parsed.predictions;
    if (!Array.isArray(got) || got.length !== plan.rows)
        return { ok: false, rows: plan.rows, detail: `POST ${path} returned ${Array.isArray(got) ? got.length : 'no'} predictions for ${plan.rows} rows` };
    const diff = plan.expected.findIndex((e, i) => !same(got[i], e));
    if (diff >= 0) {
        const mismatches = plan.expected.filter((e, i) => !same(got[i], e)).length;
        return { ok: false, rows: plan.rows, detail: `training\u2013serving parity broken: ${mismatches} of ${plan.rows} holdout rows predicted differently, e.g. row ${diff + 1}: served ${JSON.stringify(got[diff])}, offline ${JSON.stringify(plan.expected[diff])}` };
    }
    return { ok: true, rows: plan.rows, detail: `${plan.rows} holdout rows answered 200 with the bundle's offline predictions (model ${plan.digest.slice(0, 19)}\u2026)` };
}


/***/ })

};
