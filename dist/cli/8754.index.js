export const id = 8754;
export const ids = [8754];
export const modules = {

/***/ 8754:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   outputFormatOf: () => (/* binding */ outputFormatOf),
/* harmony export */   predictFile: () => (/* binding */ predictFile)
/* harmony export */ });
/* harmony import */ var papaparse__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8116);
/* harmony import */ var _data_read_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1284);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6986);
/* harmony import */ var _bundle_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6011);
/**
 * Batch scoring: stream any input format through the bundle's preprocessing and the compiled
 * tree(s), writing the input's rows plus `prediction` (and `probability_<class>` for
 * classification) as CSV or JSON Lines. Rows that fail preprocessing (a value of the wrong type)
 * are not scored: they are reported with their line and left out of the output.
 */




/** Output format from a file name: .jsonl/.ndjson → JSON Lines, anything else CSV. */
function outputFormatOf(path) {
    return path && /\.(jsonl|ndjson)$/i.test(path) ? 'jsonl' : 'csv';
}
async function predictFile(bundle, data, write, opts) {
    const classes = bundle.classes ?? [];
    const k = bundle.model.nClasses;
    const extra = bundle.task === 'classification' ? ['prediction', ...classes.map((c) => `probability_${c}`)] : ['prediction'];
    let header;
    let rows = 0;
    let scored = 0;
    const failed = [];
    const maxReported = opts.maxReported ?? 100;
    for await (const batch of (0,_data_read_js__WEBPACK_IMPORTED_MODULE_1__/* .readBatches */ .Pu)(data, { format: opts.format, batchSize: 16384 })) {
        const raw = bundle.features.map((name) => {
            const ci = batch.columns.indexOf(name);
            if (ci < 0)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${data}: column "${name}" is missing (the model needs it); columns present: ${batch.columns.join(', ')}`);
            return batch.rows.map((r) => r[ci]);
        });
        const n = batch.rows.length;
        const out = (0,_bundle_js__WEBPACK_IMPORTED_MODULE_3__/* .scoreColumns */ .OY)(bundle, raw, n);
        const bad = new Uint8Array(n);
        for (const e of out.errors) {
            if (!bad[e.row] && failed.length < maxReported)
                failed.push({ line: batch.lines[e.row], column: e.column, value: e.value, expected: e.expected });
            bad[e.row] = 1;
        }
        if (!header) {
            header = [...batch.columns, ...extra];
            if (opts.output === 'csv')
                await write(papaparse__WEBPACK_IMPORTED_MODULE_0__.unparse([header]) + '\n');
        }
        else if (batch.columns.length > header.length - extra.length) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${data}: a column first appears after row ${rows}; every record needs the same keys to be scored to CSV/JSON Lines`);
        }
        const cols = header.slice(0, header.length - extra.length);
        const lines = [];
        const objs = [];
        for (let r = 0; r < n; r++) {
            rows++;
            if (bad[r])
                continue;
            scored++;
            const p = out.predictions[r];
            const pred = bundle.task === 'classification' ? (classes[p] ?? p) : p;
            const probs = bundle.task === 'classification' ? Array.from(out.probabilities.subarray(r * k, r * k + classes.length)) : [];
            const row = batch.rows[r].map((v) => (v instanceof Date ? v.toISOString() : v));
            while (row.length < cols.length)
                row.push(null);
            if (opts.output === 'csv')
                lines.push([...row, pred, ...probs]);
            else {
                const o = {};
                cols.forEach((c, j) => (o[c] = row[j] ?? null));
                o.prediction = pred;
                classes.forEach((c, j) => (o[`probability_${c}`] = probs[j]));
                objs.push(JSON.stringify(o));
            }
        }
        if (opts.output === 'csv') {
            if (lines.length > 0)
                await write(papaparse__WEBPACK_IMPORTED_MODULE_0__.unparse(lines, { header: false }) + '\n');
        }
        else if (objs.length > 0)
            await write(objs.join('\n') + '\n');
    }
    if (!header)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${data}: no rows to score`);
    return { rows, scored, failed, output: opts.outputName ?? '-' };
}


/***/ })

};
