export const id = 4606;
export const ids = [4606];
export const modules = {

/***/ 94606:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderText: () => (/* binding */ renderText),
/* harmony export */   wY: () => (/* binding */ describeNewCategories)
/* harmony export */ });
/* unused harmony exports describeNewCategoriesText, driftRatio, renderMarkdown, annotations */
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(80231);
/**
 * Presentation of a validation report: the Markdown job summary (checks table, per-column drift
 * table, a Mermaid bar chart of drift scores), plain text for the terminal, and the list of
 * annotations (bad rows with their line in the data file).
 */

const CHECK_NAMES = {
    'required-column': 'required column',
    'unexpected-column': 'unexpected column',
    type: 'type',
    nulls: 'missing values',
    min: 'minimum',
    max: 'maximum',
    categories: 'allowed categories',
    regex: 'pattern',
    unique: 'unique',
    'row-count': 'row count',
    'duplicate-rows': 'duplicate rows',
    'dataset-drift': 'dataset drift',
};
function status(c) {
    if (c.passed)
        return '\u2705';
    return c.severity === 'error' ? '\u274c' : '\u26a0\ufe0f';
}
function examplesText(c, records) {
    if (!c.examples || c.examples.length === 0)
        return '';
    const shown = c.examples.slice(0, 3).map((e) => `${records ? 'record' : 'line'} ${e.line}: ${code(e.value, 40)}`);
    return shown.join(', ') + (c.failures !== undefined && c.failures > shown.length ? ', \u2026' : '');
}
/** "`Torgersen` 52 (15.1 %), `x` 3 (0.9 %) and 2 more": the new categories with their count and share (Markdown). */
function describeNewCategories(n, shown = 5) {
    const pct = (x) => `${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(x * 100)} %`;
    const list = n.top.slice(0, shown).map((t) => `${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(t.value, 40)} ${t.count} (${pct(t.share)})`);
    const more = n.distinct - list.length;
    return `${n.distinct} categor${n.distinct === 1 ? 'y' : 'ies'} the reference never had, in ${n.count} row${n.count === 1 ? '' : 's'} (${pct(n.share)}): ${list.join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
}
/** The same in plain text for the terminal. */
function describeNewCategoriesText(n, shown = 5) {
    const pct = (x) => `${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(x * 100)} %`;
    const list = n.top.slice(0, shown).map((t) => `${JSON.stringify(t.value)} ${t.count} (${pct(t.share)})`);
    const more = n.distinct - list.length;
    return `${n.distinct} new categor${n.distinct === 1 ? 'y' : 'ies'} in ${n.count} row${n.count === 1 ? '' : 's'} (${pct(n.share)}): ${list.join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
}
/** Score relative to its threshold, \u2265 1 means drift: distance/threshold, or threshold/p for p-value tests (capped at 10). */
function driftRatio(d) {
    const r = d.pValue !== undefined ? d.threshold / Math.max(d.pValue, 1e-300) : d.score / d.threshold;
    // A column drifted by new categories is shown at least at the line, whatever its score.
    return Math.min(10, Math.max(Number.isFinite(r) ? r : 0, d.newCategories ? 1 : 0));
}
function renderMarkdown(report) {
    const out = [];
    const verdict = report.passed ? '\u2705 passed' : '\u274c failed';
    out.push(`## cd4ml validate-data: ${verdict}\n`);
    const parts = [
        `${code(report.data.path)} (${report.data.format}): ${report.data.rows} rows \u00d7 ${report.data.columns.length} columns`,
        report.schema ? `schema ${code(report.schema)}` : 'no schema',
        report.reference ? `reference ${code(report.reference.path)} (${report.reference.rows} rows)` : 'no reference',
    ];
    out.push(parts.join(' \u00b7 ') + '\n');
    out.push(`**${report.errors}** error${report.errors === 1 ? '' : 's'}, **${report.warnings}** warning${report.warnings === 1 ? '' : 's'} (fail on: ${report.failOn})\n`);
    if (report.checks.length > 0) {
        out.push('### Checks\n');
        const rows = [...report.checks]
            .sort((a, b) => Number(a.passed) - Number(b.passed))
            .map((c) => [
            status(c),
            CHECK_NAMES[c.check] ?? c.check,
            c.column !== undefined ? code(c.column) : '',
            escapeCell(c.observed),
            escapeCell(c.expected),
            examplesText(c, report.data.linesAreRecords),
        ]);
        out.push(table(['', 'check', 'column', 'observed', 'expected', 'examples'], rows));
    }
    if (report.drift) {
        const d = report.drift;
        out.push(`### Drift against the reference\n`);
        out.push(`${d.datasetDrift ? '\u26a0\ufe0f **Dataset drift**' : 'No dataset drift'}: ${d.driftedColumns.length} of ${d.columns.length} columns drifted (share ${formatNumber(d.share)}, dataset drift at \u2265 ${formatNumber(d.shareThreshold)}).\n`);
        const rows = d.columns.map((c) => [
            c.drifted ? '\u26a0\ufe0f' : '\u2705',
            code(c.column),
            c.kind,
            c.test,
            formatNumber(c.statistic),
            c.pValue !== undefined ? `p = ${formatNumber(c.pValue)}` : `${formatNumber(c.distance)}`,
            escapeCell(c.rule),
            `${c.referenceCount} / ${c.currentCount}${c.sampled ? ' (sampled)' : ''}`,
        ]);
        out.push(table(['', 'column', 'kind', 'test', 'statistic', 'p-value / distance', 'drift when', 'values ref / cur'], rows, ['left', 'left', 'left', 'left', 'right', 'right', 'left', 'right']));
        const withNew = d.columns.filter((c) => c.newCategories);
        if (withNew.length > 0) {
            out.push('\n**New categories** (drift whatever the test says):\n');
            for (const c of withNew)
                out.push(`- ${code(c.column)}: ${describeNewCategories(c.newCategories)}`);
            out.push('');
        }
        if (d.skipped.length > 0)
            out.push(`\nNot tested: ${d.skipped.map((s) => `${code(s.column)} (${escapeCell(s.reason)})`).join(', ')}\n`);
        if (d.columns.length > 0) {
            out.push('\n');
            out.push(mermaidBarChart({
                title: 'Drift score \u00f7 threshold (\u2265 1 means drift)',
                labels: d.columns.map((c) => c.column),
                values: d.columns.map(driftRatio),
                yLabel: 'score / threshold',
                yMax: Math.max(1.5, ...d.columns.map(driftRatio)),
            }));
            out.push('For p-value tests the score is threshold \u00f7 p; for distances it is distance \u00f7 threshold (both capped at 10).\n');
        }
    }
    out.push('\n<details><summary>Column statistics</summary>\n\n');
    const statRows = report.columns.map((c) => [
        code(c.name),
        c.inferredType,
        String(c.missing),
        c.distinct !== undefined ? String(c.distinct) : '> 1000',
        c.numeric ? formatNumber(c.numeric.min) : c.datetime ? escapeCell(c.datetime.min) : '',
        c.numeric ? formatNumber(c.numeric.quantiles.p50) : '',
        c.numeric ? formatNumber(c.numeric.max) : c.datetime ? escapeCell(c.datetime.max) : '',
        c.numeric ? formatNumber(c.numeric.mean) : '',
        c.top && !c.numeric ? c.top.slice(0, 3).map((t) => `${code(t.value, 30)} ${t.count}`).join(', ') : '',
    ]);
    out.push(table(['column', 'type', 'missing', 'distinct', 'min', 'median', 'max', 'mean', 'top values'], statRows));
    out.push(`\n${escapeCell(report.sampling.note, 400)}\n\n</details>\n`);
    return out.join('\n');
}
/** Plain text for the terminal. */
function renderText(report) {
    const lines = [];
    lines.push(`${report.passed ? 'PASSED' : 'FAILED'}: ${report.data.path} (${report.data.format}, ${report.data.rows} rows \u00d7 ${report.data.columns.length} columns): ${report.errors} error(s), ${report.warnings} warning(s), fail on ${report.failOn}`);
    for (const c of report.checks) {
        if (c.passed)
            continue;
        const ex = c.examples?.slice(0, 3).map((e) => `${report.data.linesAreRecords ? 'record' : 'line'} ${e.line}: ${JSON.stringify(e.value)}`).join('; ');
        lines.push(`  ${c.severity.toUpperCase()} ${CHECK_NAMES[c.check] ?? c.check}${c.column !== undefined ? ` [${c.column}]` : ''}: ${c.observed} (expected ${c.expected})${ex ? ` \u2014 ${ex}` : ''}`);
    }
    const passedCount = report.checks.filter((c) => c.passed).length;
    if (passedCount > 0)
        lines.push(`  ${passedCount} check(s) passed`);
    if (report.drift) {
        const d = report.drift;
        lines.push(`drift: ${d.driftedColumns.length}/${d.columns.length} columns drifted (share ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(d.share)}; dataset drift at >= ${d.shareThreshold})${d.datasetDrift ? ' \u2014 DATASET DRIFT' : ''}`);
        for (const c of d.columns) {
            const score = c.pValue !== undefined ? `p=${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(c.pValue)}` : `distance=${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(c.distance)}`;
            lines.push(`  ${c.drifted ? 'DRIFT' : 'ok   '} ${c.column}: ${c.test} ${score} (drift when ${c.rule})${c.sampled ? ' [sampled]' : ''}`);
            if (c.newCategories)
                lines.push(`        ${describeNewCategoriesText(c.newCategories)}`);
        }
        for (const s of d.skipped)
            lines.push(`  skip  ${s.column}: ${s.reason}`);
    }
    if (report.inferredSchema)
        lines.push(`schema inferred: ${report.inferredSchema}`);
    return lines.join('\n') + '\n';
}
/** The first `limit` bad rows as annotations, ordered by line. */
function annotations(report, limit) {
    const records = report.data.linesAreRecords;
    const all = [];
    for (const c of report.checks) {
        if (c.passed || !c.examples)
            continue;
        for (const e of c.examples) {
            const where = records ? `record ${e.line}: ` : '';
            const col = c.column !== undefined ? `column "${c.column}" ` : '';
            const shown = e.value.length > 80 ? e.value.slice(0, 79) + '\u2026' : e.value;
            const what = c.check === 'unique' || c.check === 'duplicate-rows' ? e.value : e.value === '' ? 'missing value' : `value ${JSON.stringify(shown)}`;
            all.push({
                order: e.line,
                a: {
                    severity: c.severity,
                    file: report.data.path,
                    ...(records ? {} : { line: e.line }),
                    message: `${where}${col}${CHECK_NAMES[c.check] ?? c.check} check failed: ${what} (expected ${c.expected})`,
                },
            });
        }
    }
    return all
        .sort((x, y) => x.order - y.order)
        .slice(0, limit)
        .map((x) => x.a);
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
