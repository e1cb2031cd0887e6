export const id = 7941;
export const ids = [7941];
export const modules = {

/***/ 17941:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   formatReportText: () => (/* binding */ formatReportText),
/* harmony export */   formatWeights: () => (/* binding */ formatWeights)
/* harmony export */ });
/* unused harmony exports formatLoad, formatReportMarkdown */
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
        escapeMarkdown(r.reason),
        '',
        `| | |`,
        `|---|---|`,
        `| environment | ${escapeCell(r.environment)} (${escapeCell(r.provider)}) |`,
        `| revision | ${escapeCell(r.canary.id)} \u2014 ${code(r.canary.artifact, 300)} |`,
        `| final weights | ${escapeCell(formatWeights(r.finalWeights), 300)} ${r.verified ? '(verified)' : '**NOT VERIFIED**'} |`,
        `| metrics | ${escapeCell(r.metricsSource, 300)} |`,
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
            out.push(`| ${a.step + 1} | ${a.weight}% | ${a.verdict} | ${c.requests} | ${c.errors} | ${c.p99Ms === undefined ? '-' : `${Math.round(c.p99Ms)} ms`} | ${escapeCell(bad, 1000)} |`);
        }
    }
    return out.join('\n') + '\n';
}


/***/ }),

/***/ 80231:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   VV: () => (/* binding */ escapeInline),
/* harmony export */   ZV: () => (/* binding */ formatNumber),
/* harmony export */   _b: () => (/* binding */ mermaidLabel),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   kq: () => (/* binding */ escapeCell),
/* harmony export */   lj: () => (/* binding */ mermaidBarChart),
/* harmony export */   tp: () => (/* binding */ table)
/* harmony export */ });
/**
 * Markdown helpers shared by every stage's job summary. Anything that came from data (values,
 * column names, file names) goes through `escapeCell`/`escapeInline` or `mermaidLabel`, so a
 * dataset cannot inject Markdown, HTML, links or Mermaid directives into a summary.
 */
// Entity-escaped: HTML, quotes, and @ (so a value such as "@team" never pings anyone in a PR
// comment or issue). Backslash-escaped: every other Markdown punctuation character, # ! ( )
// included, so text is inert wherever it lands (table cells, headings, links, images).
// One pass, so an entity's own & and # are never escaped again.
const HTML_ENTITIES = { '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&#39;', '@': '&#64;' };
const SPECIAL = /[\\`*_{}[\]()#|~!$<>&"'@]/g;
/**
 * Escape data for Markdown and HTML, wherever it is shown (summaries, PR comments, issues):
 * newlines become spaces, other control characters are dropped, Markdown punctuation is
 * backslash-escaped and <>&"'@ become entities.
 */
function escapeMarkdown(text) {
    return text
        .replace(/[\r\n\t]+/g, ' ')
        .replace(/[\u0000-\u001f\u007f]/g, '')
        .replace(SPECIAL, (ch) => HTML_ENTITIES[ch] ?? `\\${ch}`);
}
/** escapeMarkdown, cut to `maxLength` characters of the original text (with an ellipsis). */
function escapeInline(text, maxLength = 200) {
    const t = text.length > maxLength ? text.slice(0, maxLength - 1) + '\u2026' : text;
    return escapeMarkdown(t);
}
/** Escape text for a table cell: like escapeInline (`|` is escaped), and never empty. */
function escapeCell(text, maxLength = 120) {
    const t = escapeInline(text, maxLength);
    return t === '' ? ' ' : t;
}
/** Format a value in code style safely: backticks inside are replaced. */
function code(text, maxLength = 120) {
    let t = text.replace(/[\r\n\t]+/g, ' ').replace(/[\u0000-\u001f\u007f]/g, '');
    if (t.length > maxLength)
        t = t.slice(0, maxLength - 1) + '\u2026';
    t = t.replace(/`/g, '\u02cb').replace(/[<>&]/g, (ch) => HTML_ENTITIES[ch]);
    // In a table a pipe ends the cell even inside code spans.
    t = t.replace(/\|/g, '\\|');
    return `\`${t === '' ? ' ' : t}\``;
}
/**
 * A GitHub-flavoured Markdown table. Cells are used as given: escape data with escapeCell first
 * (this lets callers put deliberate formatting such as \u2705 or **bold** in cells they build).
 */
function table(headers, rows, align = []) {
    const sep = headers.map((_, i) => (align[i] === 'right' ? '---:' : align[i] === 'center' ? ':---:' : '---'));
    const line = (cells) => `| ${cells.map((c) => c.replace(/\n/g, ' ')).join(' | ')} |`;
    return [line(headers), line(sep), ...rows.map((r) => line(headers.map((_, i) => r[i] ?? '')))].join('\n') + '\n';
}
/** A label for a Mermaid chart: quotes, brackets, semicolons and HTML become entity codes; at most 40 chars. */
function mermaidLabel(text, maxLength = 40) {
    let t = text.replace(/[\r\n\t]+/g, ' ').replace(/[\u0000-\u001f\u007f]/g, '');
    if (t.length > maxLength)
        t = t.slice(0, maxLength - 1) + '\u2026';
    return t.replace(/["#;:<>&`[\]{}()%]/g, (ch) => `#${ch.charCodeAt(0)};`);
}
/** A Mermaid xychart bar chart in a fenced block. Values must be finite numbers. */
function mermaidBarChart(opts) {
    const labels = opts.labels.map((l) => `"${mermaidLabel(l)}"`).join(', ');
    const values = opts.values.map((v) => (Number.isFinite(v) ? Number(v.toPrecision(4)) : 0)).join(', ');
    // A bound that is not a finite number (NaN from a missing score) would render as "NaN".
    const top = opts.yMax !== undefined && Number.isFinite(opts.yMax) ? opts.yMax : Math.max(1, ...opts.values.filter(Number.isFinite));
    return [
        '```mermaid',
        'xychart-beta',
        `  title "${mermaidLabel(opts.title, 80)}"`,
        `  x-axis [${labels}]`,
        `  y-axis "${mermaidLabel(opts.yLabel, 60)}" 0 --> ${Number(top.toPrecision(3))}`,
        `  bar [${values}]`,
        '```',
        '',
    ].join('\n');
}
/** Format a number compactly for tables: up to 4 significant digits, exponent for tiny values. */
function formatNumber(x) {
    if (x === undefined || Number.isNaN(x))
        return '\u2013';
    if (!Number.isFinite(x))
        return x > 0 ? '\u221e' : '\u2212\u221e';
    if (x === 0)
        return '0';
    const a = Math.abs(x);
    if (a < 1e-3 || a >= 1e7)
        return x.toExponential(2);
    return String(Number(x.toPrecision(4)));
}


/***/ })

};
