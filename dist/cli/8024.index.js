export const id = 8024;
export const ids = [8024,798,5531];
export const modules = {

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

/***/ 70798:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   isSearchWorker: () => (/* binding */ isSearchWorker),
/* harmony export */   runSearchWorker: () => (/* binding */ runSearchWorker),
/* harmony export */   workerRunner: () => (/* binding */ workerRunner)
/* harmony export */ });
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(75919);
/* harmony import */ var node_perf_hooks__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(643);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(16986);
/* harmony import */ var _search_eval_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(37624);
/**
 * Search candidates on worker threads. The worker is the same bundle file as the caller (entry
 * URL injected by the adapter): its entry checks `isSearchWorker()` and runs `runSearchWorker()`
 * instead of the command, so this works inside a single-file ncc bundle.
 *
 * Work is handed out one piece at a time to whichever thread is free, and results are stored by
 * position, so they do not depend on the number of threads. Two kinds of work:
 * - prepare: one fold of a round on a numeric table (prepareFold: gather and bin its rows from the
 *   table parsed once and shared), into shared memory; the threads never see the table's text.
 *   A table that needs preprocessing per fold is prepared on the main thread (prepareRound).
 * - evaluate: one fold of a group of candidates sharing one grown tree (evaluateUnit).
 * A free thread takes an evaluation when one is ready, else a fold to prepare; when the round has
 * nothing left for it, it prepares the folds of the next halving round (their rows do not depend
 * on which candidates survive), so a round's last evaluations do not leave a thread idle.
 */




/** True in a thread started by workerRunner. */
function isSearchWorker() {
    return !node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.isMainThread && node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.workerData?.cd4mlSearchWorker === true;
}
/** The worker's side: prepare or evaluate each piece of work it is sent. */
function runSearchWorker() {
    const init = node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.workerData;
    const now = init.clock ? () => node_perf_hooks__WEBPACK_IMPORTED_MODULE_1__.performance.now() : undefined;
    let table;
    node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.parentPort.on('message', (m) => {
        if ('table' in m) {
            table = m.table;
            return;
        }
        let reply;
        try {
            if ('sort' in m || 'prepare' in m) {
                if (!table)
                    throw new Error('search worker: work on the table arrived before the table');
                if ('sort' in m)
                    reply = { i: m.i, sorted: (0,_search_eval_js__WEBPACK_IMPORTED_MODULE_3__/* .sortRoundColumn */ .fZ)(table, m.sort.numeric, m.sort.c) };
                else
                    reply = { i: m.i, fold: (0,_search_eval_js__WEBPACK_IMPORTED_MODULE_3__/* .prepareFold */ .X4)(table, m.prepare.numeric, m.prepare.needs, m.prepare.f, m.prepare.sorted) };
            }
            else
                reply = { i: m.i, scores: (0,_search_eval_js__WEBPACK_IMPORTED_MODULE_3__/* .evaluateUnit */ .Ww)(init.job, m.evaluate.data, m.evaluate.tasks, now) };
        }
        catch (err) {
            reply = { i: m.i, error: (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(err), usage: err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__.UsageError };
        }
        node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.parentPort.postMessage(reply);
    });
}
/**
 * Run tasks on `jobs` threads (in-process when 1). `entry` is the bundle file to start as a worker.
 * The threads are started once per job and kept for every round of a halving search; `close()`
 * stops them.
 */
function workerRunner(entry, jobs, now, log) {
    let pool;
    let logged = false;
    const fail = (p, err) => {
        if (p.closing)
            return;
        p.failed ??= err;
        const pending = [...p.queue, ...p.slots.flatMap((s) => (s.busy ? [s.busy] : []))];
        p.queue = [];
        for (const s of p.slots)
            s.busy = undefined;
        for (const w of pending)
            w.reject(p.failed);
    };
    /** Give every free thread a piece of work: this round's before the next's, an evaluation before preparing, else in queue order. */
    const dispatch = (p) => {
        for (const slot of p.slots) {
            if (slot.busy || p.queue.length === 0)
                continue;
            let k = 0;
            for (let j = 1; j < p.queue.length; j++) {
                const a = p.queue[j];
                const b = p.queue[k];
                if (a.round < b.round || (a.round === b.round && 'evaluate' in a.work && !('evaluate' in b.work)))
                    k = j;
            }
            const [work] = p.queue.splice(k, 1);
            const i = p.next++;
            slot.busy = { ...work, i };
            slot.w.postMessage({ i, ...work.work });
        }
    };
    const submit = (p, round, work) => {
        if (p.failed)
            return Promise.reject(p.failed);
        const done = new Promise((resolve, reject) => p.queue.push({ work, round, resolve: resolve, reject }));
        dispatch(p);
        return done;
    };
    const start = (job, n, table) => {
        const p = { job, slots: [], queue: [], next: 0, prepared: new Map() };
        for (let k = 0; k < n; k++) {
            const w = new node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.Worker(entry, { workerData: { cd4mlSearchWorker: true, job: (0,_search_eval_js__WEBPACK_IMPORTED_MODULE_3__/* .scoringJobOf */ .Gk)(job), clock: now !== undefined } });
            const slot = { w };
            w.on('message', (r) => {
                const b = slot.busy;
                if (!b || b.i !== r.i)
                    return;
                slot.busy = undefined;
                if ('error' in r)
                    return fail(p, r.usage ? new _errors_js__WEBPACK_IMPORTED_MODULE_2__.UsageError(r.error) : new Error(r.error));
                b.resolve('sorted' in r ? r.sorted : 'fold' in r ? r.fold : r.scores);
                dispatch(p);
            });
            w.on('error', (err) => fail(p, err));
            w.on('exit', (code) => fail(p, new Error(`search worker exited with code ${code}`)));
            // The parsed table, once per thread (shared memory: not copied).
            if (table)
                w.postMessage({ table });
            p.slots.push(slot);
        }
        pool = p;
        return p;
    };
    /** The folds of a numeric round, prepared on the threads (or already prepared for it). */
    const foldsOf = (p, round) => {
        const have = p.prepared.get(round.resources);
        if (have && (0,_search_eval_js__WEBPACK_IMPORTED_MODULE_3__/* .needsCovered */ .Yn)(have.needs, round.needs))
            return have.folds;
        // Binned folds read the round's sorted columns: sorted first, a column per piece of work.
        const sorted = (0,_search_eval_js__WEBPACK_IMPORTED_MODULE_3__/* .roundBins */ .Fg)(round) ? Promise.all((0,_search_eval_js__WEBPACK_IMPORTED_MODULE_3__/* .numericTableOf */ .l6)(p.job).X.map((_, c) => submit(p, round.resources, { sort: { numeric: round.numeric, c } }))) : undefined;
        const folds = Array.from({ length: round.folds }, (_, f) => {
            const data = (sorted ?? Promise.resolve(undefined)).then((s) => submit(p, round.resources, { prepare: { numeric: round.numeric, needs: round.needs, f, ...(s ? { sorted: s } : {}) } }));
            // A next round's folds may never be read (an error ends the search first).
            data.catch(() => undefined);
            return data;
        });
        p.prepared.set(round.resources, { needs: round.needs, folds });
        return folds;
    };
    const runner = async (job, tasks, next) => {
        if (jobs <= 1 || (tasks.length <= 1 && !pool)) {
            log?.(`search: ${tasks.length} candidates in-process`);
            return (0,_search_eval_js__WEBPACK_IMPORTED_MODULE_3__/* .inProcessRunner */ .jJ)(now)(job, tasks);
        }
        const scoring = (0,_search_eval_js__WEBPACK_IMPORTED_MODULE_3__/* .scoringJobOf */ .Gk)(job);
        const groups = (0,_search_eval_js__WEBPACK_IMPORTED_MODULE_3__/* .groupTasks */ .y7)(scoring, tasks);
        const table = (0,_search_eval_js__WEBPACK_IMPORTED_MODULE_3__/* .numericTableOf */ .l6)(job);
        const p = pool?.job === job ? pool : (await runner.close?.(), start(job, Math.min(jobs, groups.length * job.folds), table));
        if (!logged)
            log?.(`search: ${tasks.length} candidates on ${p.slots.length} worker threads`);
        logged = true;
        const round = (0,_search_eval_js__WEBPACK_IMPORTED_MODULE_3__/* .prepareRound */ .Wo)(job, tasks);
        const folds = round.numeric ? foldsOf(p, round) : undefined;
        const evaluations = Array.from({ length: round.folds }, async (_, f) => {
            const data = folds ? await folds[f] : undefined;
            return Promise.all(groups.map((g) => submit(p, round.resources, { evaluate: { data: data ?? round.byEncoding[(0,_search_eval_js__WEBPACK_IMPORTED_MODULE_3__/* .groupEncoding */ .rx)(scoring, g)][f], tasks: g } })));
        });
        // The next halving round's folds, prepared when a thread has nothing else to do.
        if (next && table && next.resources !== round.resources)
            foldsOf(p, (0,_search_eval_js__WEBPACK_IMPORTED_MODULE_3__/* .prepareRound */ .Wo)(job, tasks.map((t) => ({ ...t, resources: next.resources }))));
        try {
            const scores = await Promise.all(evaluations);
            p.prepared.delete(round.resources);
            return (0,_search_eval_js__WEBPACK_IMPORTED_MODULE_3__/* .combineUnits */ .NW)(round, tasks, groups, scores, now !== undefined);
        }
        catch (err) {
            await runner.close?.();
            throw err;
        }
    };
    runner.close = async () => {
        const p = pool;
        pool = undefined;
        if (!p)
            return;
        p.closing = true;
        await Promise.all(p.slots.map((s) => s.w.terminate()));
    };
    return runner;
}


/***/ })

};
