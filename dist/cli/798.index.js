export const id = 798;
export const ids = [798];
export const modules = {

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
/* harmony import */ var _search_eval_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(14590);
/**
 * Search candidates on worker threads. The worker is the same bundle file as the caller (entry
 * URL injected by the adapter): its entry checks `isSearchWorker()` and runs `runSearchWorker()`
 * instead of the command, so this works inside a single-file ncc bundle. Tasks are handed out one
 * at a time (one fold of one candidate each, so a round's last few candidates still keep every
 * thread busy) and results stored by position, so they do not depend on the number of threads.
 *
 * The threads never see the table: the main thread prepares each round's fold data once
 * (prepareRound, in SharedArrayBuffers) and posts it to every thread, which reads it in place.
 */




/** True in a thread started by workerRunner. */
function isSearchWorker() {
    return !node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.isMainThread && node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.workerData?.cd4mlSearchWorker === true;
}
/** The worker's side: evaluate each task it is sent. */
function runSearchWorker() {
    const init = node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.workerData;
    const now = init.clock ? () => node_perf_hooks__WEBPACK_IMPORTED_MODULE_1__.performance.now() : undefined;
    let round;
    node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.parentPort.on('message', (m) => {
        if ('round' in m) {
            round = m.round;
            return;
        }
        let reply;
        try {
            if (!round)
                throw new Error('search worker: a task arrived before its round data');
            reply = { i: m.i, ok: (0,_search_eval_js__WEBPACK_IMPORTED_MODULE_3__/* .evaluateFold */ .HV)(init.job, round, m.task, m.fold, now) };
        }
        catch (err) {
            reply = { i: m.i, error: (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(err), usage: err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__.UsageError };
        }
        node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.parentPort.postMessage(reply);
    });
}
/**
 * Run tasks on `jobs` threads (in-process when 1). `entry` is the bundle file to start as a worker.
 * The threads are started once per job and kept for every round of a halving search; each round's
 * fold data is made once here and shared with them; `close()` stops them.
 */
function workerRunner(entry, jobs, now, log) {
    let pool;
    let logged = false;
    const start = (job, n) => {
        const workers = Array.from({ length: n }, () => new node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.Worker(entry, { workerData: { cd4mlSearchWorker: true, job: (0,_search_eval_js__WEBPACK_IMPORTED_MODULE_3__/* .scoringJobOf */ .Gk)(job), clock: now !== undefined } }));
        const created = { job, workers };
        for (const w of workers) {
            w.on('error', (err) => (created.failed ??= err));
            w.on('exit', (code) => {
                if (code !== 0)
                    created.failed ??= new Error(`search worker exited with code ${code}`);
            });
        }
        pool = created;
        return created;
    };
    const runner = async (job, tasks) => {
        if (jobs <= 1 || (tasks.length <= 1 && !pool)) {
            log?.(`search: ${tasks.length} candidates in-process`);
            return (0,_search_eval_js__WEBPACK_IMPORTED_MODULE_3__/* .inProcessRunner */ .jJ)(now)(job, tasks);
        }
        const p = pool?.job === job ? pool : (await runner.close?.(), start(job, Math.min(jobs, tasks.length * job.folds)));
        if (!logged)
            log?.(`search: ${tasks.length} candidates on ${p.workers.length} worker threads`);
        logged = true;
        const round = (0,_search_eval_js__WEBPACK_IMPORTED_MODULE_3__/* .prepareRound */ .Wo)(job, tasks);
        for (const w of p.workers)
            w.postMessage({ round });
        // Units of work: one fold of one candidate, candidate-major (results stored by position).
        const k = (0,_search_eval_js__WEBPACK_IMPORTED_MODULE_3__/* .foldCount */ .Xl)(round);
        const units = tasks.length * k;
        const folds = new Array(units);
        let next = 0;
        await Promise.all(p.workers.map((w) => new Promise((resolve, reject) => {
            const onMessage = (r) => {
                if ('error' in r)
                    return done(r.usage ? new _errors_js__WEBPACK_IMPORTED_MODULE_2__.UsageError(r.error) : new Error(r.error));
                folds[r.i] = r.ok;
                send();
            };
            const onExit = () => done(p.failed ?? new Error('search worker stopped'));
            const done = (err) => {
                w.off('message', onMessage);
                w.off('exit', onExit);
                if (err)
                    reject(err);
                else
                    resolve();
            };
            const send = () => {
                if (p.failed)
                    return done(p.failed);
                if (next >= units)
                    return done();
                const i = next++;
                w.postMessage({ i, task: tasks[Math.floor(i / k)], fold: i % k });
            };
            w.on('message', onMessage);
            w.once('exit', onExit);
            send();
        }))).catch(async (err) => {
            await runner.close?.();
            throw err;
        });
        return tasks.map((t, j) => (0,_search_eval_js__WEBPACK_IMPORTED_MODULE_3__/* .combineFolds */ .ST)(round, t, folds.slice(j * k, j * k + k), now !== undefined));
    };
    runner.close = async () => {
        const p = pool;
        pool = undefined;
        if (p)
            await Promise.all(p.workers.map((w) => w.terminate()));
    };
    return runner;
}


/***/ })

};
