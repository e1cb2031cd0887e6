export const id = 9465;
export const ids = [9465,4606,5531];
export const modules = {

/***/ 3089:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JJ: () => (/* binding */ DEFAULT_THRESHOLDS),
/* harmony export */   ad: () => (/* binding */ compareColumn),
/* harmony export */   eV: () => (/* binding */ summarizeDataset),
/* harmony export */   pT: () => (/* binding */ compareDrift),
/* harmony export */   uE: () => (/* binding */ findNewCategories),
/* harmony export */   vX: () => (/* binding */ NEW_CATEGORY_RULE)
/* harmony export */ });
/* unused harmony exports NEW_CATEGORIES_SHOWN, chooseTest */
/* harmony import */ var _stats_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(18385);

const NEW_CATEGORIES_SHOWN = 20;
const DEFAULT_THRESHOLDS = { ks: 0.05, chisquare: 0.05, z: 0.05, wasserstein: 0.1, jensenshannon: 0.1, psi: 0.1 };
const P_VALUE_TESTS = new Set(['ks', 'chisquare', 'z']);
/** Reduce a profile to the serializable summary used for drift. `kinds` overrides the inferred kind per column. */
function summarizeDataset(profile, kinds = {}) {
    const columns = [];
    for (const p of profile.profilers) {
        const type = p.inferType();
        const kind = kinds[p.name] ?? (type === 'int' || type === 'float' ? 'numeric' : type === 'datetime' ? 'skip' : 'categorical');
        if (kind === 'skip')
            continue;
        const s = { name: p.name, kind, count: p.nonMissing, missing: p.missing };
        if (kind === 'numeric') {
            const vc = p.numCount === p.nonMissing ? p.valueCounts() : null;
            if (vc !== null)
                s.counts = Object.fromEntries(vc);
            if (p.reservoir) {
                s.sample = p.reservoir.values.subarray(0, p.reservoir.size);
                s.sampleExact = p.reservoir.exact && p.numCount === p.nonMissing;
            }
            else {
                s.sample = [];
                s.sampleExact = true;
            }
        }
        else {
            const vc = p.valueCounts();
            if (vc !== null)
                s.counts = Object.fromEntries(vc);
        }
        columns.push(s);
    }
    const summary = { kind: 'cd4ml.dataset-summary', version: 1, rows: profile.rows, sampleSize: profile.sampleSize, seed: profile.seed, columns };
    // Samples are typed-array views in memory; JSON gets plain arrays (the summary stays serializable).
    Object.defineProperty(summary, 'toJSON', {
        enumerable: false,
        value: () => ({ ...summary, columns: columns.map((c) => (c.sample instanceof Float64Array ? { ...c, sample: Array.from(c.sample) } : c)) }),
    });
    return summary;
}
function unionKeys(a, b, numeric) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    return numeric ? keys.sort((x, y) => Number(x) - Number(y)) : keys.sort();
}
/** Distinct values over both sides, or Infinity when a side has more than the counted cap. */
function distinctUnion(r, c) {
    if (!r.counts || !c.counts)
        return Number.POSITIVE_INFINITY;
    return new Set([...Object.keys(r.counts), ...Object.keys(c.counts)]).size;
}
/** Evidently's default test for a column. */
function chooseTest(kind, referenceCount, nValues) {
    if (referenceCount <= 1000) {
        if (kind === 'numeric' && nValues > 5)
            return 'ks';
        return nValues > 2 ? 'chisquare' : 'z';
    }
    return kind === 'numeric' && nValues > 5 ? 'wasserstein' : 'jensenshannon';
}
/** Shares per bin for JS/PSI: by value when the reference has \u2264 20 values (or the column is categorical), else Sturges bins. */
function binnedShares(r, c) {
    const refDistinct = r.counts ? Object.keys(r.counts).length : Number.POSITIVE_INFINITY;
    if (r.kind === 'numeric' && refDistinct > 20) {
        if (!r.sample || !c.sample || r.sample.length === 0 || c.sample.length === 0)
            return undefined;
        const h = (0,_stats_js__WEBPACK_IMPORTED_MODULE_0__/* .sturgesShares */ .Ee)((0,_stats_js__WEBPACK_IMPORTED_MODULE_0__/* .sortedCopy */ .TZ)(r.sample), (0,_stats_js__WEBPACK_IMPORTED_MODULE_0__/* .sortedCopy */ .TZ)(c.sample));
        return { ref: h.ref, cur: h.cur };
    }
    if (!r.counts || !c.counts)
        return undefined;
    const keys = unionKeys(r.counts, c.counts, r.kind === 'numeric');
    return { ref: keys.map((k) => (r.counts[k] ?? 0) / r.count), cur: keys.map((k) => (c.counts[k] ?? 0) / c.count) };
}
/**
 * Categories of `c` that `r` never had (absent from its counts, or counted 0), or undefined when
 * there are none or either side has no value counts.
 */
function findNewCategories(r, c) {
    if (!r.counts || !c.counts || c.count === 0)
        return undefined;
    const found = [];
    let count = 0;
    for (const [value, n] of Object.entries(c.counts)) {
        if (n > 0 && !((r.counts[value] ?? 0) > 0)) {
            found.push({ value, count: n, share: n / c.count });
            count += n;
        }
    }
    if (found.length === 0)
        return undefined;
    found.sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
    return { distinct: found.length, count, share: count / c.count, top: found.slice(0, NEW_CATEGORIES_SHOWN) };
}
/** Appended to the rule of a column with new categories: they are why it counts as drifted. */
const NEW_CATEGORY_RULE = 'or any category the reference never had';
/** Compare one column; undefined with a reason when the test cannot run. */
function compareColumn(r, c, opts = {}) {
    if (r.kind !== c.kind)
        return `the column is ${r.kind} in the reference and ${c.kind} in the current data`;
    if (r.count === 0 || c.count === 0)
        return `no non-missing values in the ${r.count === 0 ? 'reference' : 'current data'}`;
    const nValues = distinctUnion(r, c);
    const auto = opts.defaultTest && opts.defaultTest !== 'auto' ? opts.defaultTest : chooseTest(r.kind, r.count, nValues);
    const test = (opts.test && opts.test !== 'none' ? opts.test : auto);
    const threshold = opts.threshold ?? DEFAULT_THRESHOLDS[test];
    const sampledNum = r.kind === 'numeric' && (!r.sampleExact || !c.sampleExact);
    let statistic;
    let pValue;
    let distance;
    let sampled = false;
    switch (test) {
        case 'ks':
        case 'wasserstein': {
            if (r.kind !== 'numeric' || !r.sample || !c.sample)
                return `${test} needs a numeric column`;
            const a = (0,_stats_js__WEBPACK_IMPORTED_MODULE_0__/* .sortedCopy */ .TZ)(r.sample);
            const b = (0,_stats_js__WEBPACK_IMPORTED_MODULE_0__/* .sortedCopy */ .TZ)(c.sample);
            sampled = sampledNum;
            if (test === 'ks')
                ({ statistic, pValue } = (0,_stats_js__WEBPACK_IMPORTED_MODULE_0__/* .ks2Sample */ .V_)(a, b));
            else
                statistic = distance = (0,_stats_js__WEBPACK_IMPORTED_MODULE_0__/* .wassersteinNormed */ .w8)(a, b);
            break;
        }
        case 'chisquare':
        case 'z': {
            if (!r.counts || !c.counts)
                return `${test} needs at most 1000 distinct values; use wasserstein or jensenshannon for this column`;
            const keys = unionKeys(r.counts, c.counts, r.kind === 'numeric');
            const unseen = keys.some((key) => (c.counts[key] ?? 0) > 0 && !((r.counts[key] ?? 0) > 0));
            if (test === 'chisquare' && unseen) {
                // Goodness of fit would divide by an expected 0: test homogeneity of the two samples instead.
                ({ statistic, pValue } = (0,_stats_js__WEBPACK_IMPORTED_MODULE_0__/* .chiSquareHomogeneity */ .at)(keys.map((key) => r.counts[key] ?? 0), keys.map((key) => c.counts[key] ?? 0)));
            }
            else if (test === 'chisquare') {
                const k = c.count / r.count;
                ({ statistic, pValue } = (0,_stats_js__WEBPACK_IMPORTED_MODULE_0__/* .chiSquare */ .U_)(keys.map((key) => c.counts[key] ?? 0), keys.map((key) => (r.counts[key] ?? 0) * k)));
            }
            else {
                if (keys.length === 1) {
                    statistic = 0;
                    pValue = 1;
                }
                else {
                    const first = keys[0];
                    // Evidently codes the first sorted value as 0 and everything else as 1.
                    ({ statistic, pValue } = (0,_stats_js__WEBPACK_IMPORTED_MODULE_0__/* .zTestProportions */ .o9)(r.count - (r.counts[first] ?? 0), r.count, c.count - (c.counts[first] ?? 0), c.count));
                }
            }
            break;
        }
        case 'jensenshannon':
        case 'psi': {
            const shares = binnedShares(r, c);
            if (!shares)
                return `${test} needs value counts or samples on both sides`;
            sampled = r.kind === 'numeric' && sampledNum && !(r.counts && Object.keys(r.counts).length <= 20);
            statistic = distance = test === 'jensenshannon' ? (0,_stats_js__WEBPACK_IMPORTED_MODULE_0__/* .jensenShannon */ .fy)(shares.ref, shares.cur, 2) : (0,_stats_js__WEBPACK_IMPORTED_MODULE_0__/* .psi */ .js)((0,_stats_js__WEBPACK_IMPORTED_MODULE_0__/* .fillZeros */ .Lc)(shares.ref), (0,_stats_js__WEBPACK_IMPORTED_MODULE_0__/* .fillZeros */ .Lc)(shares.cur));
            break;
        }
    }
    const isP = P_VALUE_TESTS.has(test);
    const score = isP ? pValue : distance;
    const newCategories = r.kind === 'categorical' ? findNewCategories(r, c) : undefined;
    const rule = isP ? `p < ${threshold}` : `distance \u2265 ${threshold}`;
    return {
        column: r.name,
        kind: r.kind,
        test,
        statistic: statistic,
        ...(isP ? { pValue } : { distance }),
        score,
        threshold,
        rule: newCategories ? `${rule}, ${NEW_CATEGORY_RULE}` : rule,
        drifted: (isP ? score < threshold : score >= threshold) || newCategories !== undefined,
        referenceCount: r.count,
        currentCount: c.count,
        sampled,
        ...(newCategories ? { newCategories } : {}),
    };
}
/** Compare every column present in both summaries. */
function compareDrift(reference, current, opts = {}) {
    const curByName = new Map(current.columns.map((c) => [c.name, c]));
    const columns = [];
    const skipped = [];
    for (const r of reference.columns) {
        const c = curByName.get(r.name);
        const o = opts.columns?.[r.name] ?? {};
        if (o.test === 'none') {
            skipped.push({ column: r.name, reason: 'drift test turned off for this column' });
            continue;
        }
        if (!c) {
            skipped.push({ column: r.name, reason: 'not in the current data' });
            continue;
        }
        const res = compareColumn(r, c, { ...o, defaultTest: opts.test });
        if (typeof res === 'string')
            skipped.push({ column: r.name, reason: res });
        else
            columns.push(res);
    }
    const driftedColumns = columns.filter((c) => c.drifted).map((c) => c.column);
    const shareThreshold = opts.share ?? 0.5;
    const share = columns.length === 0 ? 0 : driftedColumns.length / columns.length;
    return { columns, skipped, driftedColumns, share, shareThreshold, datasetDrift: columns.length > 0 && share >= shareThreshold };
}


/***/ }),

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

/***/ 25698:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OS: () => (/* binding */ GitHubApiError),
/* harmony export */   Pe: () => (/* binding */ withMarker),
/* harmony export */   _Z: () => (/* binding */ markerFor)
/* harmony export */ });
/* unused harmony export isPermissionDenied */
/**
 * The GitHub port: the small set of GitHub operations the stages need, behind one interface so
 * the core and the adapters never talk to Octokit directly. The implementation over
 * @actions/github's Octokit is in ./octokit.ts; tests run it against the OpenAPI-validated
 * server in tests/helpers/github-server.ts.
 *
 * Errors: every failed call throws GitHubApiError (status, operation, and whether it was a
 * permission problem \u2014 e.g. the read-only token of a fork PR \u2014 or a rate limit).
 */
/** Every failure of a GitHub call. */
class GitHubApiError extends Error {
    status;
    operation;
    permissionDenied;
    rateLimited;
    constructor(message, status, operation, 
    /** 403/404 on a write that the token may not do: the read-only GITHUB_TOKEN of a fork PR. */
    permissionDenied, rateLimited) {
        super(message);
        this.status = status;
        this.operation = operation;
        this.permissionDenied = permissionDenied;
        this.rateLimited = rateLimited;
        this.name = 'GitHubApiError';
    }
}
function isPermissionDenied(err) {
    return err instanceof GitHubApiError && err.permissionDenied;
}
/** A hidden Markdown marker, e.g. markerFor("gate") = "<!-- cd4ml:gate -->". */
function markerFor(name) {
    if (!/^[a-z0-9][a-z0-9:/_-]*$/.test(name))
        throw new Error(`marker name "${name}" must be lower-case letters, digits, ":", "/", "_" or "-"`);
    return `<!-- cd4ml:${name} -->`;
}
/** `body` with `marker` as its first line (added when missing). */
function withMarker(marker, body) {
    return body.startsWith(marker) ? body : `${marker}\n${body}`;
}


/***/ }),

/***/ 95531:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ releaseMemory),
/* harmony export */   i: () => (/* binding */ collectGarbage)
/* harmony export */ });
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(78877);
/* harmony import */ var node_vm__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(30714);
/**
 * Garbage collection at the moments a command has just let go of a lot of memory. V8 frees dead
 * typed arrays only at its next collection, which a short run may never reach; until then their
 * memory stays in the process's RSS.
 *
 * - collectGarbage(type): a hint for the streaming readers and profilers. It only uses a `gc` the
 *   process was started with (`node --expose-gc`, NODE_OPTIONS=--expose-gc) and otherwise does
 *   nothing: without the hints the validate benchmark's peak RSS stayed within noise
 *   (docs/benchmarks.md, "GC hints").
 * - releaseMemory(): a full collection, always. train calls it (through TrainContext) once its data
 *   table is out of reach, before the tree grows: at 200k \u00d7 20 rows that took train's peak RSS from
 *   ~134 MB to ~116 MB, because the table (35 MB) is no longer held to the end.
 *   V8 offers gc() only under --expose-gc, which `node dist/cli/index.js` does not pass. As jest's
 *   leak detector does (jest-leak-detector), the flag is set just while a new context picks the
 *   function up and cleared straight after: no other V8 setting changes, and no global `gc` appears.
 */


function collectGarbage(type) {
    const gc = globalThis.gc;
    if (typeof gc !== 'function')
        return;
    // gc() is a full collection; gc({ type: 'major' }) is only a scavenge on Node 20's V8.
    if (type === 'minor')
        gc({ type: 'minor' });
    else
        gc();
}
let exposed;
function releaseMemory() {
    if (!exposed) {
        const own = globalThis.gc;
        if (typeof own === 'function')
            exposed = own;
        else {
            (0,node_v8__WEBPACK_IMPORTED_MODULE_0__.setFlagsFromString)('--expose-gc');
            try {
                exposed = (0,node_vm__WEBPACK_IMPORTED_MODULE_1__.runInNewContext)('gc');
            }
            finally {
                (0,node_v8__WEBPACK_IMPORTED_MODULE_0__.setFlagsFromString)('--no-expose-gc');
            }
        }
    }
    exposed();
    // V8 frees dead array buffers on a concurrent sweeper after the collection: the second one
    // waits for it, so the memory is back before the caller allocates again.
    exposed();
}


/***/ }),

/***/ 38581:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B6: () => (/* binding */ describeSource),
/* harmony export */   Wc: () => (/* binding */ MONITOR_DEFAULTS),
/* harmony export */   Wg: () => (/* binding */ evaluateMonitor)
/* harmony export */ });
/* unused harmony exports binReference, compareLiveMetrics */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16986);
/* harmony import */ var _data_drift_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3089);
/* harmony import */ var _data_stats_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(18385);
/* harmony import */ var _model_metrics_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(17066);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(16333);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(91776);
/**
 * The monitor's judgement: a production window against the training reference.
 *
 * - Feature drift: validate-data's engine (src/data/drift.ts, Evidently's defaults: KS / chi-square
 *   / Z below 1000 reference values, normalized Wasserstein / Jensen\u2013Shannon above; dataset drift
 *   when the share of drifted features \u2265 drift-share, 0.5).
 * - Prediction drift: the same engine on the model's predictions (class labels or values).
 * - Concept drift, when labels are supplied: the live metrics against the training (holdout)
 *   metrics; a metric decays when it is worse by more than `maxMetricDrop` (relative, 0.05 = 5 %).
 *
 * Binned windows (the server's /metrics read through Prometheus) compare per-bin counts: the
 * reference is put into the same bins (training deciles, categories) and compared as a
 * categorical column by the same engine.
 */







const MONITOR_DEFAULTS = { driftShare: 0.5, predictionDrift: true, maxMetricDrop: 0.05, minRows: 30 };
const HIGHER_IS_BETTER = new Set(['accuracy', 'balanced_accuracy', 'precision_macro', 'recall_macro', 'f1_macro', 'precision_weighted', 'recall_weighted', 'f1_weighted', 'roc_auc', 'r2']);
const CLASSIFICATION_METRICS = ['accuracy', 'balanced_accuracy', 'precision_macro', 'recall_macro', 'f1_macro'];
const REGRESSION_METRICS = ['rmse', 'mae', 'r2'];
/** Put reference values into the bins of a binned window (server rule: first bin whose upper edge \u2265 v). */
function binReference(ref, cur) {
    const counts = {};
    for (const b of Object.keys(cur.counts))
        counts[b] = 0;
    if (cur.upper) {
        if (ref.kind !== 'numeric' || !ref.sample)
            return 'the reference has no numeric values for this feature';
        const bins = Object.entries(cur.upper).sort((a, b) => a[1] - b[1]);
        // A uniform sample (when not exact) estimates the reference's bin shares: scale to its count.
        const scale = ref.sample.length === 0 ? 0 : ref.count / ref.sample.length;
        for (const v of ref.sample) {
            const hit = bins.find(([, up]) => v <= up) ?? bins[bins.length - 1];
            counts[hit[0]] = (counts[hit[0]] ?? 0) + scale;
        }
    }
    else {
        if (!ref.counts)
            return 'the reference has more than 1000 distinct values for this feature';
        const known = new Set(Object.keys(cur.counts).filter((b) => b !== '__other__'));
        for (const [v, n] of Object.entries(ref.counts)) {
            const bin = known.has(v) ? v : '__other__';
            counts[bin] = (counts[bin] ?? 0) + n;
        }
    }
    return { name: ref.name, kind: 'categorical', count: ref.count, missing: ref.missing, counts };
}
function binnedSummary(cur) {
    const total = Object.values(cur.counts).reduce((a, b) => a + b, 0);
    return { name: cur.name, kind: 'categorical', count: total, missing: cur.missing ?? 0, counts: { ...cur.counts } };
}
function compareBinned(ref, cur) {
    const r = binReference(ref, cur);
    if (typeof r === 'string')
        return r;
    const c = binnedSummary(cur);
    // Bins empty on both sides (e.g. an unseen "__other__") carry no information.
    for (const k of Object.keys(r.counts))
        if ((r.counts[k] ?? 0) === 0 && (c.counts[k] ?? 0) === 0)
            delete r.counts[k], delete c.counts[k];
    let res;
    // Above 1000 reference values the engine's distance (Jensen\u2013Shannon on the bin shares) applies as is.
    if (r.count > 1000) {
        const d = (0,_data_drift_js__WEBPACK_IMPORTED_MODULE_1__/* .compareColumn */ .ad)(r, c);
        if (typeof d === 'string')
            return d;
        res = d;
    }
    else {
        const keys = Object.keys(r.counts);
        const { statistic, pValue } = (0,_data_stats_js__WEBPACK_IMPORTED_MODULE_2__/* .chiSquareHomogeneity */ .at)(keys.map((k) => r.counts[k]), keys.map((k) => c.counts[k] ?? 0));
        const threshold = _data_drift_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_THRESHOLDS */ .JJ.chisquare;
        res = { column: ref.name, kind: ref.kind, test: 'chisquare', statistic, pValue, score: pValue, threshold, rule: `p < ${threshold}`, drifted: pValue < threshold, referenceCount: r.count, currentCount: c.count, sampled: false };
    }
    // Categories the reference never had ("__other__": values the model was not trained on) are
    // drift, as in validate-data; numeric bins are bins, not categories.
    const { newCategories: _engine, ...base } = res;
    const isP = base.pValue !== undefined;
    const rule = isP ? `p < ${base.threshold}` : `distance \u2265 ${base.threshold}`;
    const newCategories = ref.kind === 'categorical' ? (0,_data_drift_js__WEBPACK_IMPORTED_MODULE_1__/* .findNewCategories */ .uE)(r, c) : undefined;
    return {
        ...base,
        kind: ref.kind,
        rule: newCategories ? `${rule}, ${_data_drift_js__WEBPACK_IMPORTED_MODULE_1__/* .NEW_CATEGORY_RULE */ .vX}` : rule,
        drifted: (isP ? base.score < base.threshold : base.score >= base.threshold) || newCategories !== undefined,
        ...(newCategories ? { newCategories } : {}),
    };
}
function labelIndex(classes) {
    return new Map(classes.map((c, i) => [c, i]));
}
/** Live metrics of a labelled window against the training metrics. */
function compareLiveMetrics(reference, window, maxDrop) {
    const warnings = [];
    if (!window.labels)
        return { metrics: [], labelled: 0, warnings };
    const live = {};
    let labelled = 0;
    if (reference.task === 'classification') {
        const classes = reference.classes ?? [];
        const idx = labelIndex(classes);
        const yTrue = [];
        const yPred = [];
        const proba = [];
        let unknown = 0;
        let withProba = true;
        for (let i = 0; i < window.labels.length; i++) {
            const l = window.labels[i];
            const p = window.predictions[i];
            if (l === null || l === undefined || l === '' || p === null)
                continue;
            const t = idx.get(String(l));
            const q = idx.get(String(p));
            if (t === undefined || q === undefined) {
                unknown++;
                continue;
            }
            yTrue.push(t);
            yPred.push(q);
            const pr = window.probabilities?.[i];
            if (pr && pr.length === classes.length)
                proba.push(...pr);
            else
                withProba = false;
        }
        if (unknown > 0)
            warnings.push(`${unknown} labelled row(s) have a label the model does not know (classes: ${classes.join(', ')}); they are left out of the live metrics`);
        labelled = yTrue.length;
        if (labelled > 0) {
            const m = (0,_model_metrics_js__WEBPACK_IMPORTED_MODULE_5__/* .computeClassificationMetrics */ .lD)({ yTrue, yPred, ...(withProba ? { proba } : {}), classes });
            for (const name of CLASSIFICATION_METRICS)
                live[name] = m[name];
        }
    }
    else {
        const yTrue = [];
        const yPred = [];
        for (let i = 0; i < window.labels.length; i++) {
            const l = window.labels[i];
            const p = window.predictions[i];
            const y = typeof l === 'number' ? l : typeof l === 'string' && l.trim() !== '' ? Number(l) : Number.NaN;
            if (!Number.isFinite(y) || typeof p !== 'number' || !Number.isFinite(p))
                continue;
            yTrue.push(y);
            yPred.push(p);
        }
        labelled = yTrue.length;
        if (labelled > 0) {
            const m = (0,_model_metrics_js__WEBPACK_IMPORTED_MODULE_5__/* .computeRegressionMetrics */ .iM)(yTrue, yPred);
            for (const name of REGRESSION_METRICS)
                live[name] = m[name];
        }
    }
    const names = reference.task === 'classification' ? CLASSIFICATION_METRICS : REGRESSION_METRICS;
    const ordered = [reference.headlineMetric, ...names.filter((n) => n !== reference.headlineMetric)];
    const metrics = [];
    for (const metric of ordered) {
        const training = reference.metrics[metric];
        const value = live[metric];
        if (typeof training !== 'number' || typeof value !== 'number' || !Number.isFinite(value))
            continue;
        const higher = HIGHER_IS_BETTER.has(metric);
        const worse = higher ? training - value : value - training;
        const drop = worse / Math.max(Math.abs(training), 1e-12);
        metrics.push({ metric, training, live: value, drop, threshold: maxDrop, decayed: drop > maxDrop });
    }
    return { metrics, labelled, warnings };
}
/** Compare a production window with the reference. Throws UsageError when the window cannot be judged (too few rows). */
function evaluateMonitor(reference, window, ctx, options = {}) {
    const o = { ...MONITOR_DEFAULTS, ...options };
    const warnings = [];
    const where = describeSource(window.source);
    const rows = window.kind === 'records' ? window.records.length : window.rows;
    if (rows === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UsageError(`no production rows in ${where}: the window is empty, so drift cannot be judged (this is not a "no drift" result); check that the service receives traffic and that sampling is on, or widen the window`);
    }
    if (rows < o.minRows) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UsageError(`only ${rows} production row(s) in ${where}, fewer than min-rows ${o.minRows}: too few to judge drift (this is not a "no drift" result); widen the window or lower min-rows`);
    }
    const featureNames = reference.features.columns.map((c) => c.name);
    let features;
    let prediction;
    let live = [];
    let labelled = 0;
    if (window.kind === 'records') {
        const present = new Set(window.records.flatMap((r) => Object.keys(r)));
        const missingCols = featureNames.filter((n) => !present.has(n));
        if (missingCols.length === featureNames.length) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UsageError(`${where}: none of the model's features (${featureNames.join(', ')}) is in the production data; point monitor at the model's inputs`);
        }
        const current = (0,_summary_js__WEBPACK_IMPORTED_MODULE_4__/* .summarizeRecords */ .em)(window.records, featureNames, (0,_summary_js__WEBPACK_IMPORTED_MODULE_4__/* .featureKindsOf */ .$b)(reference));
        features = (0,_data_drift_js__WEBPACK_IMPORTED_MODULE_1__/* .compareDrift */ .pT)(reference.features, current, { share: o.driftShare });
        const preds = window.predictions.filter((p) => p !== null).map((p) => ({ [_reference_js__WEBPACK_IMPORTED_MODULE_3__/* .PREDICTION_COLUMN */ .vs]: p }));
        const unscored = window.predictions.length - preds.length;
        if (unscored > 0)
            warnings.push(`${unscored} production row(s) could not be scored by the model (bad or missing values); they are left out of prediction drift`);
        const curPred = (0,_summary_js__WEBPACK_IMPORTED_MODULE_4__/* .summarizeRecords */ .em)(preds, [_reference_js__WEBPACK_IMPORTED_MODULE_3__/* .PREDICTION_COLUMN */ .vs], { [_reference_js__WEBPACK_IMPORTED_MODULE_3__/* .PREDICTION_COLUMN */ .vs]: reference.predictions.kind }).columns[0];
        const pd = (0,_data_drift_js__WEBPACK_IMPORTED_MODULE_1__/* .compareColumn */ .ad)(reference.predictions, curPred);
        prediction = typeof pd === 'string' ? { skipped: pd } : pd;
        const lm = compareLiveMetrics(reference, window, o.maxMetricDrop);
        live = lm.metrics;
        labelled = lm.labelled;
        warnings.push(...lm.warnings);
        if (window.labels && labelled < o.minRows) {
            warnings.push(`only ${labelled} labelled row(s), fewer than min-rows ${o.minRows}: live metrics are shown but not judged`);
            live = live.map((m) => ({ ...m, decayed: false }));
        }
    }
    else {
        const byName = new Map(window.features.map((f) => [f.name, f]));
        const columns = [];
        const skipped = [];
        for (const ref of reference.features.columns) {
            const cur = byName.get(ref.name);
            if (!cur || Object.values(cur.counts).reduce((a, b) => a + b, 0) === 0) {
                skipped.push({ column: ref.name, reason: cur ? 'no non-missing values in the window' : 'the server exports no bins for this feature' });
                continue;
            }
            const res = compareBinned(ref, cur);
            if (typeof res === 'string')
                skipped.push({ column: ref.name, reason: res });
            else
                columns.push({ ...res, kind: ref.kind });
        }
        const driftedColumns = columns.filter((c) => c.drifted).map((c) => c.column);
        const share = columns.length === 0 ? 0 : driftedColumns.length / columns.length;
        features = { columns, skipped, driftedColumns, share, shareThreshold: o.driftShare, datasetDrift: columns.length > 0 && share >= o.driftShare };
        if (window.predictions && Object.values(window.predictions.counts).some((n) => n > 0)) {
            const pd = compareBinned(reference.predictions, window.predictions);
            prediction = typeof pd === 'string' ? { skipped: pd } : { ...pd, kind: reference.predictions.kind };
        }
        else
            prediction = { skipped: 'the server exported no predictions in the window' };
        const bare = (d) => d.replace(/^sha256:/, '');
        if (window.servedDigests && window.servedDigests.length > 0 && !window.servedDigests.map(bare).includes(bare(ctx.bundle.digest))) {
            warnings.push(`the served model (digest ${window.servedDigests.join(', ')}) is not the bundle monitored (${ctx.bundle.digest}); compare against the bundle that is in production`);
        }
    }
    if (features.columns.length === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UsageError(`${where}: no feature could be compared (${features.skipped.map((s) => `${s.column}: ${s.reason}`).join('; ') || 'no features'}); drift cannot be judged`);
    }
    const reasons = [];
    if (features.datasetDrift) {
        reasons.push(`feature drift: ${features.driftedColumns.length} of ${features.columns.length} features drifted (share ${round(features.share)} \u2265 ${features.shareThreshold}): ${features.driftedColumns.join(', ')}`);
    }
    if (o.predictionDrift && 'drifted' in prediction && prediction.drifted) {
        reasons.push(`prediction drift: ${prediction.test} ${prediction.pValue !== undefined ? `p = ${round(prediction.score)}` : `distance = ${round(prediction.score)}`} (${prediction.rule})`);
    }
    for (const m of live)
        if (m.decayed)
            reasons.push(`concept drift: ${m.metric} ${round(m.live)} live vs ${round(m.training)} at training (${round(m.drop * 100)} % worse > ${round(m.threshold * 100)} %)`);
    return {
        kind: 'cd4ml.monitor-report',
        version: 1,
        source: window.source,
        bundle: ctx.bundle,
        reference: { source: ctx.referenceSource, rows: reference.rows },
        rows,
        drifted: reasons.length > 0,
        'drift-share': features.share,
        'drift-share-threshold': features.shareThreshold,
        'drifted-columns': features.driftedColumns,
        reasons,
        columns: features.columns,
        skipped: features.skipped,
        prediction,
        'live-metrics': live,
        labelled,
        warnings,
    };
}
function round(x) {
    return Number(x.toPrecision(3));
}
function describeSource(s) {
    const what = s.kind === 'samples' ? `request samples in ${s.location}` : s.kind === 'prometheus' ? `Prometheus ${s.location}` : s.location;
    return s.start && s.end ? `${what} between ${s.start} and ${s.end}` : what;
}


/***/ }),

/***/ 45747:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ renderMonitorMarkdown)
/* harmony export */ });
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(80231);
/* harmony import */ var _evaluate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38581);
/* harmony import */ var _data_summary_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(94606);
/**
 * The monitor report as Markdown: the job summary and the body of the drift issue. Everything
 * that came from data (column names, classes, paths) is escaped (src/report/markdown.ts).
 */



function score(c) {
    return c.pValue !== undefined ? `p = ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(c.pValue)}` : `${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(c.distance)}`;
}
function renderMonitorMarkdown(report, trigger, opts = {}) {
    const out = [];
    const verdict = report.drifted ? '\u26a0\ufe0f drift detected' : '\u2705 no drift';
    out.push(`${opts.heading ?? '## cd4ml monitor'}: ${verdict}`, '');
    out.push(`Production: ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)((0,_evaluate_js__WEBPACK_IMPORTED_MODULE_1__/* .describeSource */ .B6)(report.source), 300)} \u2014 **${report.rows}** rows. Model ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(report.bundle.digest.slice(0, 12))}, reference from ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(report.reference.source)} (${report.reference.rows} rows).`, '');
    out.push(`Drift share: **${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(report['drift-share'])}** (${report['drifted-columns'].length} of ${report.columns.length} features drifted; dataset drift at \u2265 ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(report['drift-share-threshold'])}).`, '');
    if (report.reasons.length > 0) {
        out.push('Why:', '');
        for (const r of report.reasons)
            out.push(`- ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(r, 400)}`);
        out.push('');
    }
    out.push('### Feature drift', '');
    out.push((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(['feature', 'kind', 'test', 'score', 'rule', 'reference rows', 'production rows', 'drifted'], report.columns.map((c) => [(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(c.column), c.kind, c.test, score(c), (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(c.rule), String(c.referenceCount), String(c.currentCount), c.drifted ? '\u26a0\ufe0f yes' : 'no']), ['left', 'left', 'left', 'right', 'left', 'right', 'right', 'left']));
    const withNew = [...report.columns, ...('drifted' in report.prediction ? [report.prediction] : [])].filter((c) => c.newCategories);
    if (withNew.length > 0) {
        out.push('**New categories** (drift whatever the test says; `__other__` is the server\'s bin for values the model was not trained on):', '');
        for (const c of withNew)
            out.push(`- ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(c.column)}: ${(0,_data_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .describeNewCategories */ .wY)(c.newCategories)}`);
        out.push('');
    }
    if (report.skipped.length > 0) {
        out.push('Not compared:', '');
        for (const s of report.skipped)
            out.push(`- ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(s.column)}: ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(s.reason, 300)}`);
        out.push('');
    }
    const distances = report.columns.filter((c) => c.distance !== undefined);
    const pvalues = report.columns.filter((c) => c.pValue !== undefined);
    if (pvalues.length > 0) {
        out.push((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .mermaidBarChart */ .lj)({ title: 'Drift per feature: 1 \u2212 p-value (drift when p < threshold)', labels: pvalues.map((c) => c.column), values: pvalues.map((c) => 1 - (c.pValue ?? 1)), yLabel: '1 \u2212 p', yMax: 1 }));
    }
    if (distances.length > 0) {
        out.push((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .mermaidBarChart */ .lj)({ title: 'Drift per feature: distance', labels: distances.map((c) => c.column), values: distances.map((c) => c.distance ?? 0), yLabel: 'distance' }));
    }
    out.push('### Prediction drift', '');
    const p = report.prediction;
    if ('skipped' in p)
        out.push(`Not compared: ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(p.skipped, 300)}`, '');
    else
        out.push(`${p.test}: ${score(p)} (${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(p.rule)}) on ${p.currentCount} predictions \u2014 ${p.drifted ? '\u26a0\ufe0f drifted' : 'no drift'}.`, '');
    if (report['live-metrics'].length > 0) {
        out.push(`### Live metrics (${report.labelled} labelled rows)`, '');
        out.push((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(['metric', 'training', 'live', 'worse by', 'allowed', 'decayed'], report['live-metrics'].map((m) => [m.metric, (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(m.training), (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(m.live), `${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(m.drop * 100)} %`, `${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(m.threshold * 100)} %`, m.decayed ? '\u26a0\ufe0f yes' : 'no']), ['left', 'right', 'right', 'right', 'right', 'left']));
    }
    if (report.warnings.length > 0) {
        out.push('Warnings:', '');
        for (const w of report.warnings)
            out.push(`- ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(w, 400)}`);
        out.push('');
    }
    if (trigger) {
        out.push('### Actions', '');
        out.push(`- Issue: ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(trigger.issue.detail, 300)}`);
        out.push(`- Retraining: ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(trigger.retrain.detail, 300)}`);
        out.push('');
    }
    if (opts.runUrl)
        out.push(`[Monitoring run](${encodeURI(opts.runUrl)})`, '');
    return out.join('\n');
}


/***/ }),

/***/ 16333:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qu: () => (/* binding */ loadReference),
/* harmony export */   vs: () => (/* binding */ PREDICTION_COLUMN)
/* harmony export */ });
/* unused harmony exports numericMetrics, buildReference */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(16986);
/* harmony import */ var _model_bundle_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(17996);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(91776);
/**
 * The training reference monitor compares production with: summaries of the bundle's features and
 * of the model's predictions on its evaluation rows, plus the training metrics. It is computed
 * once (serializable JSON, `reference.json` in the bundle when the bundle carries it) and
 * otherwise rebuilt from the bundle's holdout rows (`holdout.jsonl`).
 */





/** Name of the prediction column in prediction summaries. */
const PREDICTION_COLUMN = 'prediction';
/** Flat numeric metrics of metrics.json (holdout metrics; nested objects such as cv are left out). */
function numericMetrics(metrics) {
    const out = {};
    const holdout = (metrics.holdout && typeof metrics.holdout === 'object' ? metrics.holdout : metrics);
    for (const [k, v] of Object.entries(holdout))
        if (typeof v === 'number' && Number.isFinite(v) && k !== 'n')
            out[k] = v;
    return out;
}
/** Build the reference from records with the target (the holdout rows). */
function buildReference(bundle, records) {
    if (records.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__.UsageError(`model bundle ${bundle.dir}: holdout.jsonl has no rows, so there is no training reference to compare production with; retrain with a holdout split`);
    const kinds = (0,_summary_js__WEBPACK_IMPORTED_MODULE_4__/* .featureKinds */ .aS)(bundle);
    const features = (0,_summary_js__WEBPACK_IMPORTED_MODULE_4__/* .summarizeRecords */ .em)(records, bundle.features, kinds);
    const scored = (0,_model_bundle_js__WEBPACK_IMPORTED_MODULE_3__.scoreRecords)(bundle, records);
    const predRecords = scored.predictions.map((p) => ({ [PREDICTION_COLUMN]: p }));
    const predictions = (0,_summary_js__WEBPACK_IMPORTED_MODULE_4__/* .summarizeRecords */ .em)(predRecords, [PREDICTION_COLUMN], { [PREDICTION_COLUMN]: bundle.task === 'classification' ? 'categorical' : 'numeric' }).columns[0];
    return {
        kind: 'cd4ml.monitor-reference',
        version: 1,
        digest: bundle.digest,
        task: bundle.task,
        target: bundle.target,
        ...(bundle.classes ? { classes: bundle.classes } : {}),
        rows: records.length,
        features,
        predictions,
        metrics: numericMetrics(bundle.metrics),
        headlineMetric: bundle.headlineMetric,
    };
}
function checkReference(dir, value) {
    const r = value;
    if (!r || r.kind !== 'cd4ml.monitor-reference' || r.version !== 1 || !r.features || !r.predictions) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__.UsageError(`model bundle ${dir}: reference.json is not a cd4ml monitor reference (kind "cd4ml.monitor-reference", version 1); retrain with this version of cd4ml`);
    }
    return r;
}
/**
 * The reference of a bundle: reference.json when the manifest lists it (checked against its
 * sha256), else computed from holdout.jsonl.
 */
async function loadReference(bundle) {
    const expected = bundle.manifest.files['reference.json'];
    if (expected) {
        const buf = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(bundle.dir, 'reference.json')).catch((err) => {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__.UsageError(`model bundle ${bundle.dir}: reference.json cannot be read (${err.code ?? 'error'}) although manifest.json lists it`);
        });
        if ((0,_model_bundle_js__WEBPACK_IMPORTED_MODULE_3__/* .sha256 */ .sc)(buf) !== expected)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__.UsageError(`model bundle ${bundle.dir}: reference.json does not match its sha256 in manifest.json (modified after training); retrain or restore the file`);
        let parsed;
        try {
            parsed = JSON.parse(buf.toString('utf8'));
        }
        catch (err) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__.UsageError(`model bundle ${bundle.dir}: reference.json is not valid JSON (${err.message})`);
        }
        return { reference: checkReference(bundle.dir, parsed), source: 'reference.json' };
    }
    const { records } = await (0,_model_bundle_js__WEBPACK_IMPORTED_MODULE_3__.readHoldout)(bundle);
    return { reference: buildReference(bundle, records), source: 'holdout.jsonl' };
}


/***/ }),

/***/ 91776:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $b: () => (/* binding */ featureKindsOf),
/* harmony export */   aS: () => (/* binding */ featureKinds),
/* harmony export */   em: () => (/* binding */ summarizeRecords)
/* harmony export */ });
/* unused harmony exports SUMMARY_SAMPLE_SIZE, SUMMARY_SEED, columnOf */
/* harmony import */ var _data_profile_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(87739);
/* harmony import */ var _data_drift_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3089);
/**
 * Dataset summaries of in-memory records (production samples, a scored file, the bundle's
 * holdout rows) built with validate-data's streaming column profiler, so that monitor compares
 * exactly what validate-data compares (src/data/drift.ts: summarizeDataset / compareDrift).
 */


/** Sample size and seed of the numeric reservoirs (validate-data's defaults). */
const SUMMARY_SAMPLE_SIZE = 50_000;
const SUMMARY_SEED = 1;
/** How each raw feature of a bundle is compared: numeric, categorical, or skipped (datetime). */
function featureKinds(bundle) {
    const kinds = {};
    for (const c of bundle.preprocess.columns)
        kinds[c.name] = c.kind === 'numeric' ? 'numeric' : c.kind === 'datetime' ? 'skip' : 'categorical';
    return kinds;
}
/** The kinds the reference summary fixed for each feature (so a window is read the same way). */
function featureKindsOf(reference) {
    return Object.fromEntries(reference.features.columns.map((c) => [c.name, c.kind]));
}
/** Summarize `columns` of `records` (objects keyed by column name); values go through the profiler exactly as JSON values. */
function summarizeRecords(records, columns, kinds) {
    const profilers = columns.map((name) => new _data_profile_js__WEBPACK_IMPORTED_MODULE_0__/* .ColumnProfiler */ .kW(name, undefined, SUMMARY_SAMPLE_SIZE, SUMMARY_SEED, 0, false));
    for (let r = 0; r < records.length; r++) {
        const rec = records[r];
        for (let c = 0; c < profilers.length; c++)
            profilers[c].addValue(rec[columns[c]], r + 1);
    }
    const profile = {
        path: '(records)',
        format: 'jsonl',
        linesAreRecords: true,
        rows: records.length,
        columns: [...columns],
        profilers,
        sampleSize: SUMMARY_SAMPLE_SIZE,
        seed: SUMMARY_SEED,
    };
    // A column whose kind the bundle fixes keeps it even if this window's values look otherwise.
    const fixed = {};
    for (const name of columns)
        if (kinds[name] !== undefined)
            fixed[name] = kinds[name];
    const summary = (0,_data_drift_js__WEBPACK_IMPORTED_MODULE_1__/* .summarizeDataset */ .eV)(profile, fixed);
    return summary;
}
/** One column's summary by name. */
function columnOf(summary, name) {
    return summary.columns.find((c) => c.name === name);
}


/***/ }),

/***/ 35799:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PA: () => (/* binding */ DEFAULT_ISSUE_LABEL),
/* harmony export */   QY: () => (/* binding */ applyTriggers),
/* harmony export */   S0: () => (/* binding */ DEFAULT_COOL_DOWN_MS),
/* harmony export */   xQ: () => (/* binding */ checkTriggerOptions)
/* harmony export */ });
/* unused harmony exports DRIFT_ISSUE_MARKER, RETRAIN_MARKER, parseLastTrigger, issueTitle */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16986);
/* harmony import */ var _github_port_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(25698);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(45747);
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(80231);
/**
 * What monitor does on GitHub when a window drifted (nothing at all when it did not):
 *
 * 1. opens or updates the one drift issue (hidden marker `<!-- cd4ml:monitor-drift -->`, label
 *    `cd4ml-drift` by default) with this run's numbers \u2014 never a second issue;
 * 2. triggers retraining with a workflow_dispatch of the training workflow (or a
 *    repository_dispatch), passing the window that drifted \u2014 unless the last trigger is younger
 *    than the cool-down. The last trigger is read from GitHub: a marked comment on the drift issue
 *    (`<!-- cd4ml:monitor-retrain -->`, rewritten at each trigger with its time), so every runner
 *    sees the same state and no local file is trusted.
 */




const DRIFT_ISSUE_MARKER = (0,_github_port_js__WEBPACK_IMPORTED_MODULE_1__/* .markerFor */ ._Z)('monitor-drift');
const RETRAIN_MARKER = (0,_github_port_js__WEBPACK_IMPORTED_MODULE_1__/* .markerFor */ ._Z)('monitor-retrain');
const DEFAULT_ISSUE_LABEL = 'cd4ml-drift';
/** Default cool-down between two retraining triggers. */
const DEFAULT_COOL_DOWN_MS = 24 * 3_600_000;
/** Refuse combinations that cannot work before any data is read. */
function checkTriggerOptions(o) {
    if (o.retrainWorkflow && o.retrainEvent) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UsageError('retrain-workflow and retrain-event are both set; choose one way to trigger retraining (workflow_dispatch or repository_dispatch)');
    }
    if ((o.retrainWorkflow || o.retrainEvent) && o.coolDownMs > 0 && !o.issue) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UsageError('a retraining cool-down needs the drift issue (its comment records the last trigger on GitHub); set issue: true, or cool-down: 0 to retrain on every drifted run');
    }
}
/** The time written in the retrain comment, or undefined. */
function parseLastTrigger(body) {
    if (!body)
        return undefined;
    const m = /retrain-triggered-at:\s*(\d{4}-\d{2}-\d{2}T[\d:.]+Z)/.exec(body);
    if (!m)
        return undefined;
    const t = Date.parse(m[1]);
    return Number.isFinite(t) ? t : undefined;
}
function windowText(report) {
    const s = report.source;
    return s.start && s.end ? `${s.start}/${s.end}` : s.location;
}
function formatDuration(ms) {
    if (ms >= 3_600_000)
        return `${Number((ms / 3_600_000).toPrecision(3))} h`;
    if (ms >= 60_000)
        return `${Number((ms / 60_000).toPrecision(3))} min`;
    return `${Math.round(ms / 1000)} s`;
}
function issueTitle(report) {
    const parts = [];
    if (report['drifted-columns'].length > 0)
        parts.push(`${report['drifted-columns'].length} of ${report.columns.length} features drifted`);
    const decayed = report['live-metrics'].filter((m) => m.decayed).map((m) => m.metric);
    if (decayed.length > 0)
        parts.push(`${decayed.join(', ')} decayed`);
    if ('drifted' in report.prediction && report.prediction.drifted)
        parts.push('predictions drifted');
    return `Model drift in production: ${parts.join('; ') || 'drift detected'}`;
}
async function applyTriggers(github, report, o) {
    checkTriggerOptions(o);
    const retrainOn = Boolean(o.retrainWorkflow || o.retrainEvent);
    if (!report.drifted) {
        return {
            issue: { action: o.issue ? 'not-needed' : 'off', detail: o.issue ? 'no drift: the issue is left as it is' : 'off' },
            retrain: { action: retrainOn ? 'not-needed' : 'off', detail: retrainOn ? 'no drift: nothing triggered' : 'off (set retrain-workflow or retrain-event)' },
        };
    }
    const result = { issue: { action: 'off', detail: 'off' }, retrain: { action: 'off', detail: 'off (set retrain-workflow or retrain-event)' } };
    if (o.issue) {
        const body = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .renderMonitorMarkdown */ .Q)(report, undefined, { heading: '## cd4ml monitor', runUrl: o.runUrl });
        const ref = await github.upsertIssue({ marker: DRIFT_ISSUE_MARKER, title: issueTitle(report), body, labels: [o.label] });
        result.issue = { action: ref.action, number: ref.number, url: ref.url, detail: `${ref.action} #${ref.number} (${ref.url})` };
    }
    if (!retrainOn)
        return result;
    const now = o.now();
    if (o.coolDownMs > 0 && result.issue.number !== undefined) {
        const comment = await github.findComment(result.issue.number, RETRAIN_MARKER);
        const last = parseLastTrigger(comment?.body);
        if (last !== undefined && now - last < o.coolDownMs) {
            const lastIso = new Date(last).toISOString();
            result.retrain = {
                action: 'cool-down',
                lastTrigger: lastIso,
                detail: `not triggered: retraining was triggered at ${lastIso}, ${formatDuration(now - last)} ago, within the cool-down of ${formatDuration(o.coolDownMs)}`,
            };
            return result;
        }
    }
    const window = windowText(report);
    const reason = report.reasons.join('; ').slice(0, 1000);
    const inputs = { 'drift-window': window, 'drift-reason': reason };
    if (o.retrainWorkflow) {
        await github.dispatchWorkflow(o.retrainWorkflow, o.ref, inputs);
    }
    else {
        await github.dispatchRepositoryEvent(o.retrainEvent, {
            window: { source: report.source.kind, location: report.source.location, start: report.source.start ?? null, end: report.source.end ?? null },
            'drift-share': report['drift-share'],
            'drifted-columns': report['drifted-columns'],
            reasons: report.reasons,
            digest: report.bundle.digest,
            ...(result.issue.url ? { issue: result.issue.url } : {}),
        });
    }
    const nowIso = new Date(now).toISOString();
    const how = o.retrainWorkflow ? `workflow_dispatch of ${o.retrainWorkflow} on ${o.ref}` : `repository_dispatch "${o.retrainEvent}"`;
    if (result.issue.number !== undefined) {
        await github.upsertComment(result.issue.number, RETRAIN_MARKER, [`Retraining triggered (${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeInline */ .VV)(how)}) for the window ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeInline */ .VV)(window)}.`, '', `<!-- retrain-triggered-at: ${nowIso} -->`, `Reasons: ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeInline */ .VV)(reason, 1000)}`, ...(o.runUrl ? ['', `Run: ${o.runUrl}`] : [])].join('\n'));
    }
    result.retrain = { action: 'dispatched', lastTrigger: nowIso, inputs, detail: `triggered at ${nowIso}: ${how}` };
    return result;
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
