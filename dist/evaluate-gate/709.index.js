export const id = 709;
export const ids = [709];
export const modules = {

/***/ 97709:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  renderGateMarkdown: () => (/* binding */ renderGateMarkdown)
});

// UNUSED EXPORTS: escapeCell, escapeMarkdown, formatNumber

// EXTERNAL MODULE: ./src/gate/evaluate.js + 5 modules
var evaluate = __webpack_require__(39475);
;// CONCATENATED MODULE: ./src/report/markdown.js
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

;// CONCATENATED MODULE: ./src/gate/markdown.js



/** A table cell: src/report's escapeCell with no length cap (the gate shows whole metric and column names). */
function markdown_escapeCell(text) {
    return escapeCell(text, Number.POSITIVE_INFINITY);
}
function markdown_formatNumber(x, digits = 4) {
    if (x === undefined)
        return '\u2014';
    if (!Number.isFinite(x))
        return Number.isNaN(x) ? 'n/a' : String(x);
    if (x !== 0 && Math.abs(x) < 1e-4)
        return x.toExponential(2);
    return Number(x.toFixed(digits)).toString();
}
function signed(x) {
    if (x === undefined)
        return '\u2014';
    const s = markdown_formatNumber(x);
    return x > 0 ? `+${s}` : s;
}
function ruleText(v) {
    const r = v.rule;
    if (!r)
        return 'report only';
    const parts = [];
    if (r.min !== undefined)
        parts.push(`min ${markdown_formatNumber(r.min)}`);
    if (r.max !== undefined)
        parts.push(`max ${markdown_formatNumber(r.max)}`);
    if (r.maxDrop !== undefined)
        parts.push(`max-drop ${markdown_formatNumber(r.maxDrop)}`);
    if (r.maxDropRelative !== undefined)
        parts.push(`max-drop-relative ${markdown_formatNumber(r.maxDropRelative * 100)}%`);
    if (r.requireSignificance && (r.maxDrop !== undefined || r.maxDropRelative !== undefined))
        parts.push('CI');
    return parts.join(', ') + (r.source === 'default' ? ' (default)' : '');
}
const STATUS = { pass: '\u2705 pass', fail: '\u274c fail', 'report-only': '\u2014' };
function baselineLine(report) {
    const b = report.baseline;
    switch (b.kind) {
        case 'compared':
            return `Baseline: ${escapeMarkdown(b.source)}.`;
        case 'first-model':
            return `No baseline: **first model** (${escapeMarkdown(b.message)}). Only hard bounds (min/max) apply.`;
        case 'unavailable':
            return `Baseline **unavailable** (${escapeMarkdown(b.message)}): ${b.policy === 'fail' ? 'the gate fails (on-baseline-missing: fail)' : 'passing with a warning (on-baseline-missing: warn)'}.`;
        case 'schema-changed':
            return `Baseline ${escapeMarkdown(b.source)} **cannot be scored on these rows** \u2014 schema changed: ${escapeMarkdown((0,evaluate/* describeSchemaDiff */.Gy)(b.schema))}.`;
    }
}
function confusionTable(labels, m) {
    const head = `| true \\ predicted | ${labels.map(markdown_escapeCell).join(' | ')} |`;
    const sep = `|---|${labels.map(() => '---:').join('|')}|`;
    return [head, sep, ...m.map((row, i) => `| **${markdown_escapeCell(labels[i])}** | ${row.map((x) => String(x)).join(' | ')} |`)];
}
function mermaidChart(report) {
    const ms = report.metrics.filter((m) => m.baseline !== undefined && Number.isFinite(m.baseline) && Number.isFinite(m.candidate));
    const family = report.task === 'classification' ? ms : ms.filter((m) => m.metric === 'rmse' || m.metric === 'mae');
    if (family.length === 0)
        return [];
    const values = family.flatMap((m) => [m.baseline, m.candidate]);
    const lo = report.task === 'classification' ? Math.max(0, Math.floor((Math.min(...values) - 0.05) * 10) / 10) : 0;
    const hi = report.task === 'classification' ? 1 : Number((Math.max(...values) * 1.1).toPrecision(3));
    const q = (s) => `"${mermaidLabel(s, 80)}"`;
    return [
        '```mermaid',
        'xychart-beta',
        `  title ${q('Candidate vs production (first bar: production, second: candidate)')}`,
        `  x-axis [${family.map((m) => q(m.metric)).join(', ')}]`,
        `  y-axis ${q(report.task === 'classification' ? 'score' : 'error')} ${lo} --> ${hi}`,
        `  bar [${family.map((m) => markdown_formatNumber(m.baseline)).join(', ')}]`,
        `  bar [${family.map((m) => markdown_formatNumber(m.candidate)).join(', ')}]`,
        '```',
    ];
}
/** The comment / summary body. */
function renderGateMarkdown(report, opts = {}) {
    const lines = [];
    if (opts.marker)
        lines.push(opts.marker);
    const pct = `${Math.round(report.bootstrap.confidence * 100)}%`;
    lines.push(`## ${report.passed ? '\u2705' : '\u274c'} cd4ml gate: ${report.passed ? 'passed' : 'failed'}`, '');
    lines.push(`Candidate ${escapeMarkdown(report.candidate)} on **${report.rows}** evaluation rows (${escapeMarkdown(report.evaluation)}). ${baselineLine(report)}`, '');
    if (report.failures.length) {
        lines.push('**Failed checks**', '', ...report.failures.map((f) => `- ${escapeMarkdown(f)}`), '');
    }
    if (report.warnings.length)
        lines.push(...report.warnings.map((w) => `> [!WARNING]\n> ${escapeMarkdown(w)}`), '');
    if (report.notes.length)
        lines.push(...report.notes.map((w) => `- ${escapeMarkdown(w)}`), '');
    const hasBase = report.metrics.some((m) => m.baseline !== undefined);
    lines.push(hasBase ? `| metric | production | candidate | delta | ${pct} CI of delta | rule | result |` : '| metric | candidate | rule | result |', hasBase ? '|---|---:|---:|---:|---|---|---|' : '|---|---:|---|---|');
    for (const m of report.metrics) {
        const name = m.metric === report.headline ? `**${markdown_escapeCell(m.metric)}**` : markdown_escapeCell(m.metric);
        const ci = m.ci ? `[${signed(m.ci.lower)}, ${signed(m.ci.upper)}]` : '\u2014';
        lines.push(hasBase
            ? `| ${name} | ${markdown_formatNumber(m.baseline)} | ${markdown_formatNumber(m.candidate)} | ${signed(m.delta)} | ${ci} | ${ruleText(m)} | ${STATUS[m.status]} |`
            : `| ${name} | ${markdown_formatNumber(m.candidate)} | ${ruleText(m)} | ${STATUS[m.status]} |`);
    }
    lines.push('');
    if (report.rulesFromDefaults) {
        lines.push(`Rules marked *(default)* apply because \`gate.metrics\` is not set in cd4ml.yml: the headline metric may not drop by more than 0.01, judged with its ${pct} confidence interval; other metrics are reported only.`, '');
    }
    if (report.mcnemar) {
        const m = report.mcnemar;
        lines.push(`McNemar exact test: production right / candidate wrong on ${m.baselineOnly} rows, the reverse on ${m.candidateOnly}; p = ${markdown_formatNumber(m.pValue)}.`, '');
    }
    if (report.params?.length) {
        const show = (v) => (v === undefined || v === null ? '\u2014' : markdown_escapeCell(String(v)));
        lines.push('**Chosen hyperparameters** (model selection)', '', hasBase ? '| parameter | production | candidate |' : '| parameter | candidate |', hasBase ? '|---|---|---|' : '|---|---|');
        for (const p of report.params)
            lines.push(hasBase ? `| ${markdown_escapeCell(p.name)} | ${show(p.production)} | ${show(p.candidate)} |` : `| ${markdown_escapeCell(p.name)} | ${show(p.candidate)} |`);
        lines.push('');
    }
    lines.push(...mermaidChart(report), '');
    if (report.confusion) {
        const c = report.confusion;
        lines.push('<details><summary>Confusion matrices</summary>', '');
        if (c.baseline)
            lines.push('**Production**', '', ...confusionTable(c.labels, c.baseline), '');
        lines.push('**Candidate**', '', ...confusionTable(c.labels, c.candidate), '', '</details>', '');
    }
    for (const s of report.slices) {
        const limit = s.maxDisparity !== undefined ? `, max-disparity ${markdown_formatNumber(s.maxDisparity)}` : '';
        lines.push(`**Slices by ${escapeMarkdown(s.column)}** \u2014 ${escapeMarkdown(s.metric)}; disparity ${markdown_formatNumber(s.disparity)}${limit} ${s.maxDisparity === undefined ? '' : s.passed ? '\u2705' : '\u274c'}`, '', hasBase ? '| slice | rows | production | candidate | judged |' : '| slice | rows | candidate | judged |', hasBase ? '|---|---:|---:|---:|---|' : '|---|---:|---:|---|');
        for (const v of s.slices.slice(0, 50)) {
            const judged = v.judged ? 'yes' : 'too few rows';
            lines.push(hasBase ? `| ${markdown_escapeCell(v.value)} | ${v.rows} | ${markdown_formatNumber(v.baseline)} | ${markdown_formatNumber(v.candidate)} | ${judged} |` : `| ${markdown_escapeCell(v.value)} | ${v.rows} | ${markdown_formatNumber(v.candidate)} | ${judged} |`);
        }
        if (s.slices.length > 50)
            lines.push(`| \u2026 ${s.slices.length - 50} more slices in the JSON report | | | | |`);
        lines.push('');
    }
    const b = report.bootstrap;
    const footer = [`${b.resamples} bootstrap resamples, seed ${b.seed}`];
    if (opts.runUrl)
        footer.push(`[workflow run](${encodeURI(opts.runUrl).replace(/[()]/g, (c) => (c === '(' ? '%28' : '%29'))})`);
    lines.push(`<sub>${footer.join(' \u00b7 ')}</sub>`);
    return lines.join('\n') + '\n';
}


/***/ })

};
