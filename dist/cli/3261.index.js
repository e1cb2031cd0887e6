export const id = 3261;
export const ids = [3261];
export const modules = {

/***/ 87082:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AS: () => (/* binding */ Reservoir),
/* harmony export */   Gv: () => (/* binding */ DuplicateFinder),
/* harmony export */   Is: () => (/* binding */ seededRandom),
/* harmony export */   PS: () => (/* binding */ fnv1a),
/* harmony export */   mo: () => (/* binding */ hash2Bytes),
/* harmony export */   vb: () => (/* binding */ hash2)
/* harmony export */ });
/**
 * Deterministic randomness and bounded-memory structures for streaming profiles:
 * a seeded PRNG, a reservoir sample (Li's Algorithm L: O(k) memory, one random draw per
 * accepted value) and a 64-bit-hash duplicate finder (12 bytes per value).
 */
/** mulberry32: a small, fast, seedable 32-bit PRNG; returns floats in [0, 1). */
function seededRandom(seed) {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}
/** 32-bit FNV-1a of a string (for seeds). */
function fnv1a(s, seed = 0x811c9dc5) {
    let h = seed >>> 0;
    for (let i = 0; i < s.length; i++)
        h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
    return h >>> 0;
}
/**
 * Uniform reservoir sample of at most `capacity` numbers from a stream (Algorithm L). Below the
 * capacity it holds every value (exact); above it, a uniform sample drawn with a seeded PRNG, so
 * the same input and seed always give the same sample.
 */
class Reservoir {
    capacity;
    values;
    size = 0;
    seen = 0;
    /** mulberry32 state in a typed array (no boxed numbers per draw). */
    state = new Uint32Array(1);
    /** Algorithm L's w and the stream index of the next accepted value, unboxed (a double stored in a field or returned from a call is a heap allocation). */
    wn = new Float64Array(2);
    /** The last uniform draw in [0, 1) (written by rand()). */
    r = new Float64Array(1);
    rand() {
        const s = this.state;
        const a = (s[0] = (s[0] + 0x6d2b79f5) >>> 0);
        let t = Math.imul(a ^ (a >>> 15), a | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        this.r[0] = ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    }
    constructor(capacity, seed) {
        this.capacity = capacity;
        this.values = new Float64Array(capacity);
        this.state[0] = seed >>> 0;
        this.rand();
        this.wn[0] = Math.exp(Math.log(this.r[0] || 1e-300) / capacity);
        this.rand();
        this.wn[1] = capacity + Math.floor(Math.log(this.r[0] || 1e-300) / Math.log(1 - this.wn[0])) + 1;
    }
    add(x) {
        const s = this.seen++;
        if (s < this.capacity) {
            this.values[s] = x;
            this.size = s + 1;
            return;
        }
        if (s + 1 === this.wn[1])
            this.accept(x);
    }
    accept(x) {
        const wn = this.wn;
        this.rand();
        this.values[Math.floor(this.r[0] * this.capacity)] = x;
        this.rand();
        wn[0] *= Math.exp(Math.log(this.r[0] || 1e-300) / this.capacity);
        this.rand();
        wn[1] += Math.floor(Math.log(this.r[0] || 1e-300) / Math.log(1 - wn[0])) + 1;
    }
    /** The sample (a copy), in stream order for the exact case. */
    sample() {
        return this.values.slice(0, this.size);
    }
    get exact() {
        return this.seen <= this.capacity;
    }
}
/** Two independent 32-bit hashes of a string (FNV-1a and a murmur-style mix). */
function hash2(s, out) {
    let h1 = 0x811c9dc5;
    let h2 = 0x9747b28c;
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        h1 = Math.imul(h1 ^ c, 0x01000193);
        h2 = Math.imul(h2 ^ c, 0x5bd1e995);
        h2 ^= h2 >>> 13;
    }
    out[0] = h1 >>> 0;
    out[1] = (h2 ^ (h2 >>> 15)) >>> 0;
}
/** hash2 over bytes [s, e); equal to hash2 of the same text when the bytes are ASCII. */
function hash2Bytes(b, s, e, out) {
    let h1 = 0x811c9dc5;
    let h2 = 0x9747b28c;
    for (let i = s; i < e; i++) {
        const c = b[i];
        h1 = Math.imul(h1 ^ c, 0x01000193);
        h2 = Math.imul(h2 ^ c, 0x5bd1e995);
        h2 ^= h2 >>> 13;
    }
    out[0] = h1 >>> 0;
    out[1] = (h2 ^ (h2 >>> 15)) >>> 0;
}
/**
 * Finds values seen more than once from their 64-bit hashes: 12 bytes per value (two hash
 * halves and the line). A false duplicate needs a 64-bit
 * collision: probability about n\u00b2/2\u2076\u2075 (3e-8 for a million values). Keys are sorted natively
 * at the end (8 bytes per value, temporarily).
 */
class DuplicateFinder {
    h1 = new Uint32Array(1024);
    h2 = new Uint32Array(1024);
    lines = new Uint32Array(1024);
    count = 0;
    add(a, b, line) {
        if (this.count === this.h1.length) {
            const grow = (x) => {
                const y = new Uint32Array(Math.ceil(x.length * 1.5));
                y.set(x);
                return y;
            };
            this.h1 = grow(this.h1);
            this.h2 = grow(this.h2);
            this.lines = grow(this.lines);
        }
        this.h1[this.count] = a;
        this.h2[this.count] = b;
        this.lines[this.count] = line;
        this.count++;
    }
    result;
    /** Number of values equal to an earlier one, and the earliest `limit` of them (with the line they repeat). */
    duplicates(limit) {
        this.result ??= this.findDuplicates(10_000);
        return { count: this.result.count, examples: this.result.examples.slice(0, limit) };
    }
    findDuplicates(limit) {
        const n = this.count;
        // 1. Sort the 64-bit keys natively (a BigUint64Array filled through a Uint32 view: no BigInts).
        const keys = new BigUint64Array(n);
        const v = new Uint32Array(keys.buffer);
        for (let i = 0; i < n; i++) {
            v[2 * i] = this.h2[i];
            v[2 * i + 1] = this.h1[i];
        }
        keys.sort();
        const dup = new Map();
        for (let i = 1; i < n; i++) {
            if (v[2 * i] === v[2 * i - 2] && v[2 * i + 1] === v[2 * i - 1]) {
                const hi = v[2 * i + 1];
                let set = dup.get(hi);
                if (!set)
                    dup.set(hi, (set = new Set()));
                set.add(v[2 * i]);
            }
        }
        if (dup.size === 0)
            return { count: 0, examples: [] };
        // 2. Walk the values in file order: the first of each repeated key is the original.
        const first = new Map();
        let count = 0;
        const examples = [];
        for (let i = 0; i < n; i++) {
            const set = dup.get(this.h1[i]);
            if (!set || !set.has(this.h2[i]))
                continue;
            const key = `${this.h1[i]}:${this.h2[i]}`;
            const f = first.get(key);
            if (f === undefined)
                first.set(key, this.lines[i]);
            else {
                count++;
                if (examples.length < limit)
                    examples.push({ line: this.lines[i], firstLine: f });
            }
        }
        return { count, examples };
    }
}


/***/ }),

/***/ 95676:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   escapeCell: () => (/* binding */ escapeCell),
/* harmony export */   escapeMarkdown: () => (/* reexport safe */ _report_markdown_js__WEBPACK_IMPORTED_MODULE_1__.FV),
/* harmony export */   formatNumber: () => (/* binding */ formatNumber),
/* harmony export */   renderGateMarkdown: () => (/* binding */ renderGateMarkdown)
/* harmony export */ });
/* harmony import */ var _evaluate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(64867);
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(80231);



/** A table cell: src/report's escapeCell with no length cap (the gate shows whole metric and column names). */
function escapeCell(text) {
    return (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeCell */ .kq)(text, Number.POSITIVE_INFINITY);
}
function formatNumber(x, digits = 4) {
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
    const s = formatNumber(x);
    return x > 0 ? `+${s}` : s;
}
function ruleText(v) {
    const r = v.rule;
    if (!r)
        return 'report only';
    const parts = [];
    if (r.min !== undefined)
        parts.push(`min ${formatNumber(r.min)}`);
    if (r.max !== undefined)
        parts.push(`max ${formatNumber(r.max)}`);
    if (r.maxDrop !== undefined)
        parts.push(`max-drop ${formatNumber(r.maxDrop)}`);
    if (r.maxDropRelative !== undefined)
        parts.push(`max-drop-relative ${formatNumber(r.maxDropRelative * 100)}%`);
    if (r.requireSignificance && (r.maxDrop !== undefined || r.maxDropRelative !== undefined))
        parts.push('CI');
    return parts.join(', ') + (r.source === 'default' ? ' (default)' : '');
}
const STATUS = { pass: '\u2705 pass', fail: '\u274c fail', 'report-only': '\u2014' };
function baselineLine(report) {
    const b = report.baseline;
    switch (b.kind) {
        case 'compared':
            return `Baseline: ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(b.source)}.`;
        case 'first-model':
            return `No baseline: **first model** (${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(b.message)}). Only hard bounds (min/max) apply.`;
        case 'unavailable':
            return `Baseline **unavailable** (${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(b.message)}): ${b.policy === 'fail' ? 'the gate fails (on-baseline-missing: fail)' : 'passing with a warning (on-baseline-missing: warn)'}.`;
        case 'schema-changed':
            return `Baseline ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(b.source)} **cannot be scored on these rows** \u2014 schema changed: ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)((0,_evaluate_js__WEBPACK_IMPORTED_MODULE_0__/* .describeSchemaDiff */ .Gy)(b.schema))}.`;
    }
}
function confusionTable(labels, m) {
    const head = `| true \\ predicted | ${labels.map(escapeCell).join(' | ')} |`;
    const sep = `|---|${labels.map(() => '---:').join('|')}|`;
    return [head, sep, ...m.map((row, i) => `| **${escapeCell(labels[i])}** | ${row.map((x) => String(x)).join(' | ')} |`)];
}
function mermaidChart(report) {
    const ms = report.metrics.filter((m) => m.baseline !== undefined && Number.isFinite(m.baseline) && Number.isFinite(m.candidate));
    const family = report.task === 'classification' ? ms : ms.filter((m) => m.metric === 'rmse' || m.metric === 'mae');
    if (family.length === 0)
        return [];
    const values = family.flatMap((m) => [m.baseline, m.candidate]);
    const lo = report.task === 'classification' ? Math.max(0, Math.floor((Math.min(...values) - 0.05) * 10) / 10) : 0;
    const hi = report.task === 'classification' ? 1 : Number((Math.max(...values) * 1.1).toPrecision(3));
    const q = (s) => `"${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .mermaidLabel */ ._b)(s, 80)}"`;
    return [
        '```mermaid',
        'xychart-beta',
        `  title ${q('Candidate vs production (first bar: production, second: candidate)')}`,
        `  x-axis [${family.map((m) => q(m.metric)).join(', ')}]`,
        `  y-axis ${q(report.task === 'classification' ? 'score' : 'error')} ${lo} --> ${hi}`,
        `  bar [${family.map((m) => formatNumber(m.baseline)).join(', ')}]`,
        `  bar [${family.map((m) => formatNumber(m.candidate)).join(', ')}]`,
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
    lines.push(`Candidate ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(report.candidate)} on **${report.rows}** evaluation rows (${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(report.evaluation)}). ${baselineLine(report)}`, '');
    if (report.failures.length) {
        lines.push('**Failed checks**', '', ...report.failures.map((f) => `- ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(f)}`), '');
    }
    if (report.warnings.length)
        lines.push(...report.warnings.map((w) => `> [!WARNING]\n> ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(w)}`), '');
    if (report.notes.length)
        lines.push(...report.notes.map((w) => `- ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(w)}`), '');
    const hasBase = report.metrics.some((m) => m.baseline !== undefined);
    lines.push(hasBase ? `| metric | production | candidate | delta | ${pct} CI of delta | rule | result |` : '| metric | candidate | rule | result |', hasBase ? '|---|---:|---:|---:|---|---|---|' : '|---|---:|---|---|');
    for (const m of report.metrics) {
        const name = m.metric === report.headline ? `**${escapeCell(m.metric)}**` : escapeCell(m.metric);
        const ci = m.ci ? `[${signed(m.ci.lower)}, ${signed(m.ci.upper)}]` : '\u2014';
        lines.push(hasBase
            ? `| ${name} | ${formatNumber(m.baseline)} | ${formatNumber(m.candidate)} | ${signed(m.delta)} | ${ci} | ${ruleText(m)} | ${STATUS[m.status]} |`
            : `| ${name} | ${formatNumber(m.candidate)} | ${ruleText(m)} | ${STATUS[m.status]} |`);
    }
    lines.push('');
    if (report.rulesFromDefaults) {
        lines.push(`Rules marked *(default)* apply because \`gate.metrics\` is not set in cd4ml.yml: the headline metric may not drop by more than 0.01, judged with its ${pct} confidence interval; other metrics are reported only.`, '');
    }
    if (report.mcnemar) {
        const m = report.mcnemar;
        lines.push(`McNemar exact test: production right / candidate wrong on ${m.baselineOnly} rows, the reverse on ${m.candidateOnly}; p = ${formatNumber(m.pValue)}.`, '');
    }
    if (report.params?.length) {
        const show = (v) => (v === undefined || v === null ? '\u2014' : escapeCell(String(v)));
        lines.push('**Chosen hyperparameters** (model selection)', '', hasBase ? '| parameter | production | candidate |' : '| parameter | candidate |', hasBase ? '|---|---|---|' : '|---|---|');
        for (const p of report.params)
            lines.push(hasBase ? `| ${escapeCell(p.name)} | ${show(p.production)} | ${show(p.candidate)} |` : `| ${escapeCell(p.name)} | ${show(p.candidate)} |`);
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
        const limit = s.maxDisparity !== undefined ? `, max-disparity ${formatNumber(s.maxDisparity)}` : '';
        lines.push(`**Slices by ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(s.column)}** \u2014 ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(s.metric)}; disparity ${formatNumber(s.disparity)}${limit} ${s.maxDisparity === undefined ? '' : s.passed ? '\u2705' : '\u274c'}`, '', hasBase ? '| slice | rows | production | candidate | judged |' : '| slice | rows | candidate | judged |', hasBase ? '|---|---:|---:|---:|---|' : '|---|---:|---:|---|');
        for (const v of s.slices.slice(0, 50)) {
            const judged = v.judged ? 'yes' : 'too few rows';
            lines.push(hasBase ? `| ${escapeCell(v.value)} | ${v.rows} | ${formatNumber(v.baseline)} | ${formatNumber(v.candidate)} | ${judged} |` : `| ${escapeCell(v.value)} | ${v.rows} | ${formatNumber(v.candidate)} | ${judged} |`);
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
