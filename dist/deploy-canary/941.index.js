export const id = 941;
export const ids = [941];
export const modules = {

/***/ 17941:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   formatReportMarkdown: () => (/* binding */ formatReportMarkdown),
/* harmony export */   formatWeights: () => (/* binding */ formatWeights)
/* harmony export */ });
/* unused harmony export formatReportText */
function formatWeights(t) {
    const parts = [];
    if (t.stable)
        parts.push(`${t.stable}=${t.stablePercent}`);
    if (t.canary)
        parts.push(`${t.canary}=${t.canaryPercent}`);
    return parts.join(',') || 'none';
}
const secs = (ms) => `${(ms / 1000).toFixed(1)} s`;
function formatReportText(r, load) {
    const lines = [
        `${r.result}${r.mode === 'first-deploy' ? ' (first-deploy)' : ''}: ${r.reason}`,
        `environment ${r.environment} on ${r.provider}, url ${r.url || '-'}`,
        `final weights ${formatWeights(r.finalWeights)}${r.verified ? ' (read back from the provider)' : ' (NOT VERIFIED)'}`,
        `took ${secs(r.endedAt - r.startedAt)}, ${r.analyses.length} analyses from ${r.metricsSource}`,
    ];
    if (r.firstFailureAt !== undefined && r.stableRestoredAt !== undefined)
        lines.push(`first failed analysis to 100% on stable: ${secs(r.stableRestoredAt - r.firstFailureAt)}`);
    if (load)
        lines.push(`load: ${load.sent} requests, ${load.failed} failed (${Object.entries(load.byRevision).map(([k, v]) => `${k}: ${v.ok} ok/${v.failed} failed`).join(', ')})`);
    return lines.join('\n') + '\n';
}
function formatReportMarkdown(r, load) {
    const icon = r.result === 'promoted' ? '✅' : '❌';
    const out = [
        `### ${icon} deploy-canary: ${r.result}${r.mode === 'first-deploy' ? ' (first-deploy)' : ''}`,
        '',
        r.reason,
        '',
        `| | |`,
        `|---|---|`,
        `| environment | ${r.environment} (${r.provider}) |`,
        `| revision | ${r.canary.id} — \`${r.canary.artifact}\` |`,
        `| final weights | ${formatWeights(r.finalWeights)} ${r.verified ? '(verified)' : '**NOT VERIFIED**'} |`,
        `| metrics | ${r.metricsSource} |`,
        `| duration | ${secs(r.endedAt - r.startedAt)} |`,
    ];
    if (load)
        out.push(`| load replayed | ${load.sent} requests, ${load.failed} failed |`);
    if (r.analyses.length > 0) {
        out.push('', '| step | weight | verdict | canary requests | canary 5xx | canary p99 | failed checks |', '|---|---|---|---|---|---|---|');
        for (const a of r.analyses) {
            const c = a.sample.canary;
            const bad = a.checks.filter((x) => x.status !== 'pass').map((x) => `${x.name}: ${x.detail}`).join('; ');
            out.push(`| ${a.step + 1} | ${a.weight}% | ${a.verdict} | ${c.requests} | ${c.errors} | ${c.p99Ms === undefined ? '-' : `${Math.round(c.p99Ms)} ms`} | ${bad.replace(/\|/g, '\\|')} |`);
        }
    }
    return out.join('\n') + '\n';
}


/***/ })

};
