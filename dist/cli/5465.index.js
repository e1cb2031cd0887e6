export const id = 5465;
export const ids = [5465,5531];
export const modules = {

/***/ 25465:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bundleTimestamp: () => (/* binding */ bundleTimestamp),
/* harmony export */   command: () => (/* binding */ command)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73136);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(18805);
/* harmony import */ var _config_parse_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(17779);
/* harmony import */ var _config_sections_train_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(47371);
/* harmony import */ var _mlflow_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(70859);
/* harmony import */ var _progress_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(67030);
/* harmony import */ var _io_memory_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(95531);
/**
 * `cd4ml train` \u2014 train a CART model (ml-cart format) and write a model bundle. Same option names
 * as the train action's inputs and the `train:` section of cd4ml.yml (flags win).
 */








function gitHead(cwd) {
    return new Promise((resolve) => {
        (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)('git', ['rev-parse', 'HEAD'], { cwd }, (err, stdout) => resolve(err ? undefined : stdout.trim() || undefined));
    });
}
/** The bundle's one timestamp: SOURCE_DATE_EPOCH (reproducible builds) or now. */
function bundleTimestamp(env = process.env) {
    const epoch = env.SOURCE_DATE_EPOCH;
    if (epoch !== undefined && epoch !== '')
        return new Date((0,_config_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .parseNumber */ .$J)('SOURCE_DATE_EPOCH', epoch, { min: 0, integer: true }) * 1000).toISOString();
    return new Date().toISOString();
}
/** The file this process runs (the CLI bundle): search workers start it again. */
function cliEntry() {
    return (0,node_url__WEBPACK_IMPORTED_MODULE_1__.pathToFileURL)(process.argv[1] ?? '').href;
}
const command = {
    name: 'train',
    summary: 'train a CART model and write a model bundle',
    stage: _config_sections_train_js__WEBPACK_IMPORTED_MODULE_4__/* .trainStage */ .d,
    details: [
        'Writes DIR/{model.json, preprocess.json, schema.yml, metrics.json, params.json, lineage.json,',
        'holdout.jsonl, MODEL_CARD.md, manifest.json}. SOURCE_DATE_EPOCH fixes the bundle timestamp.',
        'Exit codes: 0 trained, 2 bad usage or bad input (missing target, single class, too few rows, \u2026).',
    ].join('\n'),
    async run(opts, io) {
        const { config, settings: section } = await (0,_command_js__WEBPACK_IMPORTED_MODULE_2__/* .stageSettings */ .o7)(_config_sections_train_js__WEBPACK_IMPORTED_MODULE_4__/* .trainStage */ .d, opts, io);
        const { resolveTrainSettings } = await __webpack_require__.e(/* import() */ 6098).then(__webpack_require__.bind(__webpack_require__, 86098));
        const { trainAndWriteBundle } = await Promise.all(/* import() */[__webpack_require__.e(8116), __webpack_require__.e(5989), __webpack_require__.e(1284), __webpack_require__.e(7739), __webpack_require__.e(7254), __webpack_require__.e(7996), __webpack_require__.e(8923), __webpack_require__.e(306), __webpack_require__.e(8538)]).then(__webpack_require__.bind(__webpack_require__, 18538));
        const settings = resolveTrainSettings(section);
        const { workerRunner } = await Promise.all(/* import() */[__webpack_require__.e(8116), __webpack_require__.e(5989), __webpack_require__.e(1284), __webpack_require__.e(7739), __webpack_require__.e(7254), __webpack_require__.e(7996), __webpack_require__.e(8923), __webpack_require__.e(306), __webpack_require__.e(798)]).then(__webpack_require__.bind(__webpack_require__, 70798));
        const { availableParallelism } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 48161, 19));
        const { performance } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 643, 19));
        // SOURCE_DATE_EPOCH asks for a reproducible bundle: no wall-clock fit times in it.
        const now = process.env.SOURCE_DATE_EPOCH ? undefined : () => performance.now();
        const result = await trainAndWriteBundle(settings, {
            now,
            // The CLI bundle's own file is the worker's entry (src/cli/index.ts checks for it).
            searchRunner: workerRunner(new URL(cliEntry()), settings.jobs ?? availableParallelism(), now),
            timestamp: bundleTimestamp(),
            toolVersion: process.env.CD4ML_VERSION ?? '0.1.0',
            gitHead: await gitHead(io.cwd),
            progress: (0,_progress_js__WEBPACK_IMPORTED_MODULE_6__/* .cliProgress */ .o)(io, section.progress),
            releaseMemory: _io_memory_js__WEBPACK_IMPORTED_MODULE_7__/* .releaseMemory */ .H,
        });
        if (result.shard) {
            const r = result.shard;
            const line = `search shard ${r.index}/${r.count}: ${r.evaluated} of ${r.candidates} candidates evaluated on ${settings.cvFolds} folds \u2192 ${result.dir}/${result.files[0]}\n`;
            io.stdout((0,_command_js__WEBPACK_IMPORTED_MODULE_2__/* .boolOpt */ .Ig)(opts, 'json') ? JSON.stringify({ shard: r, dir: result.dir, file: result.files[0], digest: result.digest }, null, 2) + '\n' : line);
            return 0;
        }
        // MLflow (when configured): run + model version, recorded in lineage.json (the digest changes).
        const tracked = await (0,_mlflow_js__WEBPACK_IMPORTED_MODULE_5__/* .trackTrainingFromCli */ .uM)(section, config.mlflow, result.dir, io.stderr);
        const digest = tracked?.digest ?? result.digest;
        const mlflow = tracked?.result ? { 'run-id': tracked.result.runId, 'run-url': tracked.result.runUrl, 'registered-model': tracked.result.registeredModel ?? null, 'model-version': tracked.result.version ?? null } : undefined;
        if ((0,_command_js__WEBPACK_IMPORTED_MODULE_2__/* .boolOpt */ .Ig)(opts, 'json')) {
            io.stdout(JSON.stringify({ bundle: result.dir, digest, task: result.task, headline: result.headline, metrics: result.metrics, files: result.files, ...(mlflow ? { mlflow } : {}) }, null, 2) + '\n');
        }
        else {
            const line = mlflow ? `mlflow run ${mlflow['run-id']} (${mlflow['run-url']})${mlflow['model-version'] ? `, registered model "${mlflow['registered-model']}" version ${mlflow['model-version']}` : ''}\n` : '';
            const chosen = result.search ? `search (${result.search.method}, ${result.search.candidates.length} evaluations, ${result.search.cv_folds} folds): chose ${Object.entries(result.search.best.params).map(([k, v]) => `${k}=${v}`).join(' ')} (CV ${result.search.metric} ${result.search.best.mean.toFixed(4)} \u00b1 ${result.search.best.std.toFixed(4)})\n` : '';
            io.stdout(`${chosen}trained ${result.task} model: ${result.headline.name} = ${result.headline.value.toFixed(4)} (holdout)\nbundle ${result.dir} (sha256 of manifest ${digest})\n  ${result.files.join('\n  ')}\n${line}`);
        }
        return 0;
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


/***/ }),

/***/ 17779:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $J: () => (/* binding */ parseNumber),
/* harmony export */   E1: () => (/* binding */ parseList),
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   nL: () => (/* binding */ parseEnum),
/* harmony export */   yG: () => (/* binding */ parseBoolean)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16986);
/**
 * Strict parsing of scalar option values shared by the CLI (flags) and the actions (inputs).
 * `label` is how the caller names the value in messages, e.g. `--max-depth` or `input "max-depth"`.
 */

function rangeText(r) {
    const kind = r.integer ? 'an integer' : 'a number';
    if (r.min !== undefined && r.max !== undefined)
        return `${kind} in [${r.min}, ${r.max}]`;
    if (r.min !== undefined)
        return `${kind} >= ${r.min}`;
    if (r.max !== undefined)
        return `${kind} <= ${r.max}`;
    return kind;
}
/** Parse a number strictly: "0.9x", "", "NaN" and out-of-range values are errors. */
function parseNumber(label, raw, range = {}) {
    const text = raw.trim();
    const value = text === '' ? Number.NaN : Number(text);
    const ok = Number.isFinite(value) &&
        (!range.integer || Number.isInteger(value)) &&
        (range.min === undefined || value >= range.min) &&
        (range.max === undefined || value <= range.max);
    if (!ok)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UsageError(`${label} must be ${rangeText(range)}, got "${raw}"`);
    return value;
}
/** Parse one of a fixed set of values. */
function parseEnum(label, raw, allowed) {
    const text = raw.trim();
    if (allowed.includes(text))
        return text;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UsageError(`${label} must be one of ${allowed.map((a) => `"${a}"`).join(', ')}, got "${raw}"`);
}
/** Parse a YAML-1.2 core boolean the way the Actions toolkit's getBooleanInput does. */
function parseBoolean(label, raw) {
    const text = raw.trim();
    if (['true', 'True', 'TRUE'].includes(text))
        return true;
    if (['false', 'False', 'FALSE'].includes(text))
        return false;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UsageError(`${label} must be true or false, got "${raw}"`);
}
/** Parse a comma- or newline-separated list; empty items are dropped. */
function parseList(raw) {
    return raw
        .split(/[,\n]/)
        .map((s) => s.trim())
        .filter((s) => s !== '');
}
/** Parse a duration such as "90s", "2m", "500ms" or a bare number of seconds, into milliseconds. */
function parseDuration(label, raw) {
    const m = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h)?\s*$/.exec(raw);
    if (!m)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UsageError(`${label} must be a duration like "30s", "2m" or "500ms", got "${raw}"`);
    const n = Number(m[1]);
    const unit = m[2] ?? 's';
    const factor = unit === 'ms' ? 1 : unit === 's' ? 1000 : unit === 'm' ? 60_000 : 3_600_000;
    return n * factor;
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


/***/ })

};
