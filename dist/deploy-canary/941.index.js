export const id = 941;
export const ids = [941];
export const modules = {

/***/ 17941:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   formatReportMarkdown: () => (/* binding */ formatReportMarkdown),
/* harmony export */   formatWeights: () => (/* binding */ formatWeights)
/* harmony export */ });
/* unused harmony exports formatLoad, formatReportText */
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(80231);

function formatWeights(t) {
    const parts = [];
    if (t.stable)
        parts.push(`${t.stable}=${t.stablePercent}`);
    if (t.canary)
        parts.push(`${t.canary}=${t.canaryPercent}`);
    return parts.join(',') || 'none';
}
const secs = (ms) => `${(ms / 1000).toFixed(1)} s`;
/** "N requests: a 2xx, b 4xx, c 5xx, d no answer; f failed" (older reports without codes: sent and failed). */
function formatLoad(load) {
    if (!load.codes)
        return `${load.sent} requests, ${load.failed} failed`;
    const c = load.codes;
    return `${load.sent} requests: ${c['2xx']} 2xx, ${c['4xx']} 4xx, ${c['5xx']} 5xx${c.none ? `, ${c.none} no answer` : ''}; ${load.failed} failed`;
}
function formatReportText(r, load) {
    const lines = [
        `${r.result}${r.mode === 'first-deploy' ? ' (first-deploy)' : ''}: ${r.reason}`,
        `environment ${r.environment} on ${r.provider}, url ${r.url || '-'}`,
        `final weights ${formatWeights(r.finalWeights)}${r.verified ? ' (read back from the provider)' : ' (NOT VERIFIED)'}`,
        `took ${secs(r.endedAt - r.startedAt)}, ${r.analyses.length} analyses from ${r.metricsSource}`,
    ];
    if (r.firstFailureAt !== undefined && r.stableRestoredAt !== undefined)
        lines.push(`first failed analysis to 100% on stable: ${secs(r.stableRestoredAt - r.firstFailureAt)}`);
    if (r.smoke)
        lines.push(`smoke test: ${r.smoke.ok ? 'passed' : 'FAILED'}: ${r.smoke.detail}`);
    if (r.serving)
        lines.push(`serving at the end: ${r.serving.ok ? 'yes' : 'NO'}: ${r.serving.detail}`);
    if (load)
        lines.push(`load: ${formatLoad(load)} (${Object.entries(load.byRevision).map(([k, v]) => `${k}: ${v.ok} ok/${v.failed} failed`).join(', ')})`);
    return lines.join('\n') + '\n';
}
function formatReportMarkdown(r, load) {
    const icon = r.result === 'promoted' ? '\u2705' : '\u274c';
    const out = [
        `### ${icon} deploy-canary: ${r.result}${r.mode === 'first-deploy' ? ' (first-deploy)' : ''}`,
        '',
        (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(r.reason),
        '',
        `| | |`,
        `|---|---|`,
        `| environment | ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(r.environment)} (${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(r.provider)}) |`,
        `| revision | ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(r.canary.id)} \u2014 ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(r.canary.artifact, 300)} |`,
        `| final weights | ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(formatWeights(r.finalWeights), 300)} ${r.verified ? '(verified)' : '**NOT VERIFIED**'} |`,
        `| metrics | ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(r.metricsSource, 300)} |`,
        `| duration | ${secs(r.endedAt - r.startedAt)} |`,
    ];
    if (r.smoke)
        out.push(`| smoke test | ${r.smoke.ok ? 'passed' : '**failed**'}: ${r.smoke.detail.replace(/\|/g, '\\|').replace(/\n/g, ' ')} |`);
    if (load)
        out.push(`| load replayed | ${formatLoad(load)} |`);
    if (r.analyses.length > 0) {
        out.push('', '| step | weight | verdict | canary requests | canary 5xx | canary p99 | failed checks |', '|---|---|---|---|---|---|---|');
        for (const a of r.analyses) {
            const c = a.sample.canary;
            const bad = a.checks.filter((x) => x.status !== 'pass').map((x) => `${x.name}: ${x.detail}`).join('; ');
            out.push(`| ${a.step + 1} | ${a.weight}% | ${a.verdict} | ${c.requests} | ${c.errors} | ${c.p99Ms === undefined ? '-' : `${Math.round(c.p99Ms)} ms`} | ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(bad, 1000)} |`);
        }
    }
    return out.join('\n') + '\n';
}


/***/ })

};
