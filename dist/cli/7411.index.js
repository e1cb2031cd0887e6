export const id = 7411;
export const ids = [7411];
export const modules = {

/***/ 27411:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  command: () => (/* binding */ predict_command)
});

// EXTERNAL MODULE: ./src/cli/command.js
var command = __webpack_require__(18805);
// EXTERNAL MODULE: ./src/errors.js
var errors = __webpack_require__(16986);
// EXTERNAL MODULE: ./src/config/options.js
var options = __webpack_require__(97102);
// EXTERNAL MODULE: ./src/config/sections/common.js
var common = __webpack_require__(36380);
;// CONCATENATED MODULE: ./src/config/sections/predict.js
/** `cd4ml predict` flags (batch scoring), declared once (src/config/options.ts). */


const predictStage = (0,options/* declareStage */.ft)('predict', {
    bundle: { type: (0,options/* text */.Qq)({ arg: 'DIR', example: 'model' }), description: 'Model bundle written by "cd4ml train".', doors: ['cli'] },
    data: { type: (0,options/* text */.Qq)({ arg: 'FILE', example: 'rows.csv' }), description: 'Rows to score (.csv, .tsv, .jsonl, .json, .parquet).', doors: ['cli'] },
    format: { ...(0,common/* formatOption */.Bx)('--data'), doors: ['cli'] },
    out: { type: (0,options/* text */.Qq)({ arg: 'FILE', example: 'scored.jsonl' }), description: 'Output file: .jsonl for JSON Lines, else CSV.', defaultText: 'CSV on stdout', doors: ['cli'] },
    'output-format': {
        type: (0,options/* oneOf */.yL)(['csv', 'jsonl']),
        arg: 'FORMAT',
        description: 'Format of the output: csv or jsonl (JSON Lines). Parquet output is not offered (its writer is not a runtime dependency).',
        defaultText: 'from the --out extension: .jsonl/.ndjson \u2192 jsonl, else csv',
        doors: ['cli'],
    },
    progress: { ...(0,common/* progressOption */.t1)(), doors: ['cli'] },
}, { command: 'predict' });

// EXTERNAL MODULE: ./src/cli/progress.js + 1 modules
var progress = __webpack_require__(67030);
;// CONCATENATED MODULE: ./src/cli/commands/predict.js
/**
 * `cd4ml predict` \u2014 score a data file with a model bundle (batch scoring). Streams the input
 * through the bundle's preprocessing and compiled tree; writes CSV or JSON Lines.
 */




const predict_command = {
    name: 'predict',
    summary: 'score a data file with a model bundle',
    stage: predictStage,
    details: [
        'Output: the input columns plus "prediction" (and "probability_<class>" for classification),',
        'as CSV or JSON Lines (--output-format, else from the --out extension). CSV input to CSV output',
        'echoes each record as read; memory stays flat however large the file.',
        'Rows are checked as the serving runtime checks a request (types and nullability from the',
        "bundle's schema.yml); rows that do not fit (e.g. text in a numeric column, a missing value the",
        'schema requires) are reported on stderr with their line and left out. Values outside the',
        'training range and unseen categories are scored, as in serving.',
        'Exit codes: 0 every row scored, 1 some rows failed, 2 bad usage or input.',
    ].join('\n'),
    async run(opts, io) {
        const { settings } = await (0,command/* stageSettings */.o7)(predictStage, opts, io);
        const bundleDir = settings.bundle;
        const data = settings.data;
        if (!bundleDir)
            throw new errors.UsageError('pass --bundle DIR (the directory written by "cd4ml train")');
        if (!data)
            throw new errors.UsageError('pass --data FILE, the rows to score');
        const format = settings.format;
        const out = settings.out;
        const { readBundle } = await Promise.all(/* import() */[__webpack_require__.e(8116), __webpack_require__.e(5989), __webpack_require__.e(1284), __webpack_require__.e(7739), __webpack_require__.e(7254), __webpack_require__.e(7996), __webpack_require__.e(1452)]).then(__webpack_require__.bind(__webpack_require__, 17996));
        const { predictFile, outputFormatOf } = await Promise.all(/* import() */[__webpack_require__.e(8116), __webpack_require__.e(5989), __webpack_require__.e(1284), __webpack_require__.e(7739), __webpack_require__.e(7254), __webpack_require__.e(7996), __webpack_require__.e(8915), __webpack_require__.e(7234)]).then(__webpack_require__.bind(__webpack_require__, 29931));
        const { readBundleSchema } = await __webpack_require__.e(/* import() */ 8915).then(__webpack_require__.bind(__webpack_require__, 38915));
        const { refuseOverwritingInputs, openAtomicWriter } = await __webpack_require__.e(/* import() */ 1217).then(__webpack_require__.bind(__webpack_require__, 41217));
        await refuseOverwritingInputs(['--out', out], [['--data', data]]);
        const bundle = await readBundle(bundleDir);
        const schema = await readBundleSchema(bundle);
        // The output goes to a temporary sibling, renamed into place only once every row is written.
        const writer = out ? await openAtomicWriter(out, { mkdirs: false }) : undefined;
        const write = async (chunk) => {
            if (!writer)
                return io.stdout(typeof chunk === 'string' ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength).toString('utf8'));
            await writer.write(chunk);
        };
        let report;
        try {
            report = await predictFile(bundle, data, write, { format, output: outputFormatOf(out, settings['output-format']), outputName: out, schema, progress: (0,progress/* cliProgress */.o)(io, settings.progress) });
        }
        catch (err) {
            await writer?.abort();
            throw err;
        }
        await writer?.commit();
        const failedCount = report.rows - report.scored;
        for (const f of report.failed)
            io.stderr(`${data}:${f.line}: column "${f.column}" is ${JSON.stringify(f.value)}, expected ${f.expected}; row not scored\n`);
        if ((0,command/* boolOpt */.Ig)(opts, 'json'))
            io.stderr(JSON.stringify(report, null, 2) + '\n');
        else
            io.stderr(`scored ${report.scored} of ${report.rows} rows with model ${bundle.digest.slice(0, 12)}${out ? ` -> ${out}` : ''}${failedCount ? `; ${failedCount} rows failed` : ''}\n`);
        return failedCount > 0 ? 1 : 0;
    },
};


/***/ }),

/***/ 67030:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  o: () => (/* binding */ cliProgress)
});

// EXTERNAL MODULE: external "node:perf_hooks"
var external_node_perf_hooks_ = __webpack_require__(643);
;// CONCATENATED MODULE: ./src/report/progress.js
/**
 * Progress of a long read, as text: a pure formatter and throttler. The readers (validate's
 * profileDataset, the columnar readColumns / readColumnBatches) report how far they are
 * ({ bytes, totalBytes, rows, done }); a tracker made here turns those reports into what to show,
 * and an adapter writes it: the CLI on a terminal redraws one bar on stderr, the CLI in a log
 * prints a plain line every few seconds, the actions put those lines inside a `::group::`
 * (src/cli/progress.ts, actions/shared/progress.ts). The clock is injected; nothing here writes.
 *
 * Example (lines, 5 s apart, on a 512 MB file):
 *
 *   train.csv: 1.0 MB of 512.0 MB (0.2%), 8,192 rows, 95.3 MB/s, 5 s left
 *   train.csv: 230.1 MB of 512.0 MB (44.9%), 1,887,436 rows, 46.0 MB/s, 6 s left
 *   train.csv: read 512.0 MB, 4,200,000 rows in 11.3 s (45.3 MB/s)
 */
const PROGRESS_MODES = (/* unused pure expression or super */ null && (['auto', 'always', 'never']));
/** In mode auto, files at least this large (bytes) show progress; smaller ones print nothing extra. */
const PROGRESS_MIN_BYTES = 50_000_000;
/** A terminal bar is redrawn at most this often (ms). */
const BAR_INTERVAL_MS = 200;
/** A log gets a plain line at most this often (ms). */
const LINE_INTERVAL_MS = 5000;
const BAR_CELLS = 12;
/** "12 B", "850.0 kB", "512.0 MB", "1.93 GB" (decimal units, as `ls -h --si` and download tools show). */
function formatBytes(n) {
    if (n < 1000)
        return `${Math.round(n)} B`;
    if (n < 1e6)
        return `${(n / 1e3).toFixed(1)} kB`;
    if (n < 1e9)
        return `${(n / 1e6).toFixed(1)} MB`;
    return `${(n / 1e9).toFixed(2)} GB`;
}
/**
 * "1,234,567": what toLocaleString('en-US') prints for an integer, without calling into ICU (the
 * first ICU call maps ~6 MB of Node's locale data, which showed in train's peak RSS at 1M rows).
 */
function formatCount(n) {
    const r = Math.round(n);
    const digits = String(Math.abs(r));
    if (!/^\d+$/.test(digits))
        return r.toLocaleString('en-US'); // 1e21 and beyond, NaN, Infinity
    let out = '';
    for (let end = digits.length; end > 0; end -= 3)
        out = (end > 3 ? ',' : '') + digits.slice(Math.max(0, end - 3), end) + out;
    return (r < 0 || Object.is(r, -0) ? '-' : '') + out;
}
/** A duration in seconds: "0.4 s", "8 s", "1 min 05 s", "2 h 03 min". */
function formatDuration(seconds) {
    if (seconds < 0.95)
        return `${Math.max(0, seconds).toFixed(1)} s`;
    const s = Math.round(seconds);
    if (s < 60)
        return `${s} s`;
    if (s < 3600)
        return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
    return `${Math.floor(s / 3600)} h ${String(Math.floor((s % 3600) / 60)).padStart(2, '0')} min`;
}
/** Percent, average rate and time left of a report. */
function progressFigures(p, elapsedMs) {
    const sized = p.totalBytes > 0;
    const bytes = sized ? Math.min(p.bytes, p.totalBytes) : p.bytes;
    const seconds = elapsedMs / 1000;
    const rateUnit = sized && bytes > 0 ? 'bytes' : 'rows';
    const amount = rateUnit === 'bytes' ? bytes : p.rows;
    const rate = seconds > 0 && amount > 0 ? amount / seconds : undefined;
    const out = { rateUnit };
    if (sized)
        out.percent = (100 * bytes) / p.totalBytes;
    if (rate !== undefined)
        out.rate = rate;
    if (sized && rate !== undefined && rateUnit === 'bytes')
        out.secondsLeft = (p.totalBytes - bytes) / rate;
    return out;
}
function rateText(f) {
    if (f.rate === undefined)
        return undefined;
    return f.rateUnit === 'bytes' ? `${formatBytes(f.rate)}/s` : `${formatCount(f.rate)} rows/s`;
}
/** One plain line: "data.csv: 230.1 MB of 512.0 MB (44.9%), 1,887,436 rows, 46.0 MB/s, 6 s left". */
function formatProgressLine(label, p, elapsedMs) {
    const f = progressFigures(p, elapsedMs);
    const parts = [];
    if (p.totalBytes > 0)
        parts.push(`${formatBytes(Math.min(p.bytes, p.totalBytes))} of ${formatBytes(p.totalBytes)} (${f.percent.toFixed(1)}%)`);
    else if (p.bytes > 0)
        parts.push(formatBytes(p.bytes));
    parts.push(`${formatCount(p.rows)} rows`);
    const rate = rateText(f);
    if (rate)
        parts.push(rate);
    if (f.secondsLeft !== undefined)
        parts.push(`${formatDuration(f.secondsLeft)} left`);
    return `${label}: ${parts.join(', ')}`;
}
/** The closing line: "data.csv: read 512.0 MB, 4,200,000 rows in 11.3 s (45.3 MB/s)". */
function formatProgressSummary(label, p, elapsedMs) {
    const f = progressFigures(p, elapsedMs);
    const size = p.totalBytes > 0 ? formatBytes(p.totalBytes) : p.bytes > 0 ? formatBytes(p.bytes) : undefined;
    const rate = rateText(f);
    return `${label}: read ${size ? `${size}, ` : ''}${formatCount(p.rows)} rows in ${formatDuration(elapsedMs / 1000)}${rate ? ` (${rate})` : ''}`;
}
/**
 * One bar frame: "data.csv [\u2588\u2588\u2588\u2588\u2588\u00b7\u00b7\u00b7\u00b7\u00b7\u00b7\u00b7] 44.9% 230.1/512.0 MB, 1,887,436 rows, 46.0 MB/s, 6 s left",
 * at most width \u2212 1 characters (a long path is shortened from the left, then the figures cut).
 */
function formatProgressBar(label, p, elapsedMs, width = 80) {
    const f = progressFigures(p, elapsedMs);
    const parts = [];
    let bar = '';
    if (f.percent !== undefined) {
        const filled = Math.min(BAR_CELLS, Math.floor((f.percent / 100) * BAR_CELLS));
        bar = ` [${'\u2588'.repeat(filled)}${'\u00b7'.repeat(BAR_CELLS - filled)}] ${f.percent.toFixed(1)}%`;
        parts.push(`${formatBytes(Math.min(p.bytes, p.totalBytes)).replace(/ [kMG]?B$/, '')}/${formatBytes(p.totalBytes)}`);
    }
    else if (p.bytes > 0)
        parts.push(formatBytes(p.bytes));
    parts.push(`${formatCount(p.rows)} rows`);
    const rate = rateText(f);
    if (rate)
        parts.push(rate);
    if (f.secondsLeft !== undefined)
        parts.push(`${formatDuration(f.secondsLeft)} left`);
    const tail = `${bar} ${parts.join(', ')}`;
    const max = Math.max(10, width - 1);
    // A long path gives way first (its end is kept: the file name), then the figures are cut.
    if (label.length + tail.length > max && max - tail.length >= 12)
        label = '\u2026' + label.slice(label.length - (max - tail.length - 1));
    const text = label + tail;
    return text.length > max ? text.slice(0, max - 1) + '\u2026' : text;
}
/**
 * A tracker for one read. The first report decides whether anything is shown (mode, and in mode
 * auto the file's size against `minBytes`); from then on it shows the first report at once, one
 * report per interval after that, and the end. Reports after the end are ignored.
 *
 * Lines: begin (group title), a line at the first report and then every interval, the summary
 * line at the end, end. Bar: a frame at the first report and then every interval, end (clear).
 */
function createProgressTracker(o) {
    const start = o.now();
    const interval = o.intervalMs ?? (o.style === 'bar' ? BAR_INTERVAL_MS : LINE_INTERVAL_MS);
    const mode = o.mode ?? 'auto';
    const minBytes = o.minBytes ?? PROGRESS_MIN_BYTES;
    let decided = false;
    let active = false;
    let finished = false;
    let last = Number.NEGATIVE_INFINITY;
    return (p) => {
        if (finished)
            return [];
        const t = o.now();
        const out = [];
        if (!decided) {
            decided = true;
            active = mode === 'always' || (mode === 'auto' && p.totalBytes >= minBytes);
            if (active && o.style === 'lines')
                out.push({ kind: 'begin', title: `Reading ${o.label}${p.totalBytes > 0 ? ` (${formatBytes(p.totalBytes)})` : ''}` });
        }
        if (p.done)
            finished = true;
        if (!active)
            return out;
        const elapsed = t - start;
        if (p.done) {
            if (o.style === 'lines')
                out.push({ kind: 'line', text: formatProgressSummary(o.label, p, elapsed) });
            out.push({ kind: 'end' });
            return out;
        }
        if (t - last >= interval) {
            last = t;
            out.push(o.style === 'lines' ? { kind: 'line', text: formatProgressLine(o.label, p, elapsed) } : { kind: 'frame', text: formatProgressBar(o.label, p, elapsed, o.width) });
        }
        return out;
    };
}

;// CONCATENATED MODULE: ./src/cli/progress.js
/**
 * Reading progress in the CLI, on stderr (stdout keeps the report): on a terminal a bar redrawn in
 * place and cleared at the end; otherwise (a log, a pipe) a plain line every few seconds, inside
 * `::group::` \u2026 `::endgroup::` when the CLI runs in a GitHub Actions step. What to show and when
 * is decided by src/report/progress.ts; this only picks the style and writes.
 */


function cliProgress(io, mode = 'auto') {
    const tty = io.stderrTTY !== undefined;
    return (file) => {
        if (mode === 'never')
            return undefined;
        const track = createProgressTracker({ label: file, style: tty ? 'bar' : 'lines', now: () => external_node_perf_hooks_.performance.now(), mode, width: io.stderrTTY?.columns || undefined });
        return (p) => {
            for (const o of track(p)) {
                if (o.kind === 'frame')
                    io.stderr(`\r${o.text}\x1b[K`);
                else if (o.kind === 'line')
                    io.stderr(`${o.text}\n`);
                else if (o.kind === 'begin') {
                    if (io.githubActions)
                        io.stderr(`::group::${o.title}\n`);
                }
                else if (tty)
                    io.stderr('\r\x1b[K');
                else if (io.githubActions)
                    io.stderr('::endgroup::\n');
            }
        };
    };
}


/***/ })

};
