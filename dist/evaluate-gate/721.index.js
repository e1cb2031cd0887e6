export const id = 721;
export const ids = [721];
export const modules = {

/***/ 29102:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   publishGateResult: () => (/* binding */ publishGateResult)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58922);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var _src_io_fs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(98797);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var _src_github_port_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(25698);
/* harmony import */ var _src_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(16986);
/**
 * Publishing the gate's result on GitHub: the PR comment (upserted by marker), the cd4ml/gate
 * commit status, and \u2014 when the token is read-only (a PR from a fork) \u2014 the report uploaded as an
 * artifact for the base repository's workflow_run reporter (examples/workflows/gate-report.yml).
 * A missing permission never fails the step; the verdict alone decides the exit code.
 */






async function publishGateResult(o) {
    let readOnly = false;
    if (o.prNumber !== undefined && o.comment) {
        try {
            const r = await o.github.upsertComment(o.prNumber, o.marker, o.body);
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`PR comment ${r.action}: ${r.url}`);
        }
        catch (err) {
            if (!(0,_src_github_port_js__WEBPACK_IMPORTED_MODULE_4__/* .isPermissionDenied */ .T1)(err))
                throw err;
            readOnly = true;
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`cannot comment on PR #${o.prNumber} with this token (read-only: a pull request from a fork?). The report is in the job summary and uploaded as artifact "${o.reportArtifact}" for the gate-report workflow; see docs/fork-prs.md`);
        }
    }
    const failed = o.report.failures[0];
    const description = o.report.passed ? `passed: ${o.report.headline} ${o.report.metrics.find((m) => m.metric === o.report.headline)?.candidate.toFixed(4) ?? ''}`.trim() : `failed: ${failed ?? 'see the report'}`;
    try {
        await o.github.setCommitStatus(o.sha, { context: 'cd4ml/gate', state: o.report.passed ? 'success' : 'failure', description, targetUrl: o.runUrl });
    }
    catch (err) {
        if (!(0,_src_github_port_js__WEBPACK_IMPORTED_MODULE_4__/* .isPermissionDenied */ .T1)(err))
            throw err;
        readOnly = true;
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e('cannot set the cd4ml/gate commit status with this token (read-only); the job\'s own check carries the verdict');
    }
    if (readOnly)
        await uploadForReporter(o);
}
async function uploadForReporter(o) {
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(o.temp, 'gate-report-artifact');
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(dir, { recursive: true });
    const files = {
        'gate-report.json': JSON.stringify(o.report, null, 2) + '\n',
        'comment.md': o.body,
        'meta.json': JSON.stringify({ pr: o.prNumber ?? null, sha: o.sha, passed: o.report.passed, runUrl: o.runUrl }) + '\n',
    };
    for (const [name, text] of Object.entries(files))
        await (0,_src_io_fs_js__WEBPACK_IMPORTED_MODULE_2__/* .writeText */ .x3)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, name), text);
    try {
        const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(803), __webpack_require__.e(491), __webpack_require__.e(728)]).then(__webpack_require__.bind(__webpack_require__, 19728));
        const res = await new DefaultArtifactClient().uploadArtifact(o.reportArtifact, Object.keys(files).map((f) => (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, f)), dir, { retentionDays: 7 });
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`uploaded the gate report as artifact "${o.reportArtifact}" (id ${res.id ?? '?'})`);
    }
    catch (err) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`could not upload the gate report artifact "${o.reportArtifact}": ${(0,_src_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .gJ)(err)}`);
    }
}


/***/ })

};
