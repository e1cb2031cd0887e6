export const id = 2901;
export const ids = [2901,5531];
export const modules = {

/***/ 92907:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q3: () => (/* binding */ sha256File),
/* harmony export */   cE: () => (/* binding */ openReader),
/* harmony export */   fileSize: () => (/* binding */ fileSize),
/* harmony export */   readRange: () => (/* binding */ readRange),
/* harmony export */   writeText: () => (/* binding */ writeText),
/* harmony export */   yR: () => (/* binding */ readText),
/* harmony export */   zO: () => (/* binding */ readChunks)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(16986);
/* harmony import */ var _atomic_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(41217);
/**
 * Filesystem port: the only place the data/report code touches node:fs. Every failure becomes a
 * UsageError that names the file and says what to do.
 */




function fsMessage(path, err, verb) {
    const code = err.code;
    const why = code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
            ? 'it is a directory, not a file'
            : code === 'EACCES' || code === 'EPERM'
                ? 'permission denied'
                : (code ?? String(err.message ?? err));
    return `${path}: cannot ${verb} (${why}); check the path`;
}
/** Size of a file in bytes; UsageError when it cannot be read. */
async function fileSize(path) {
    try {
        const s = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(path);
        if (s.isDirectory())
            throw Object.assign(new Error('dir'), { code: 'EISDIR' });
        return s.size;
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__.UsageError(fsMessage(path, err, 'read the file'));
    }
}
/**
 * Read a file as a sequence of byte chunks of at most `chunkSize` bytes. Memory is bounded by
 * the chunk size: each yielded buffer is fresh (callers may keep it).
 */
async function* readChunks(path, chunkSize = 1 << 20) {
    let handle;
    try {
        handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(path, 'r');
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__.UsageError(fsMessage(path, err, 'open the file'));
    }
    try {
        for (;;) {
            const buf = Buffer.allocUnsafe(chunkSize);
            let n;
            try {
                ({ bytesRead: n } = await handle.read(buf, 0, chunkSize, null));
            }
            catch (err) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__.UsageError(fsMessage(path, err, 'read the file'));
            }
            if (n === 0)
                return;
            yield n === chunkSize ? buf : buf.subarray(0, n);
        }
    }
    finally {
        await handle.close();
    }
}
async function openReader(path) {
    let handle;
    try {
        handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(path, 'r');
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__.UsageError(fsMessage(path, err, 'open the file'));
    }
    return {
        async read(buf, offset, length) {
            try {
                return (await handle.read(buf, offset, length, null)).bytesRead;
            }
            catch (err) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__.UsageError(fsMessage(path, err, 'read the file'));
            }
        },
        close: () => handle.close(),
    };
}
/**
 * sha256 (hex) of a file's bytes, read through one reused 1 MiB buffer (a read stream makes a
 * fresh 64 KiB buffer per read: 3,000 of them for a 190 MB file, all garbage until V8's next GC).
 */
async function sha256File(path) {
    const reader = await openReader(path);
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    const buf = Buffer.allocUnsafe(1 << 20);
    try {
        for (;;) {
            const n = await reader.read(buf, 0, buf.length);
            if (n === 0)
                break;
            hash.update(buf.subarray(0, n));
        }
    }
    finally {
        await reader.close();
    }
    return hash.digest('hex');
}
/** Read `length` bytes at `position` (for random access formats such as Parquet). */
async function readRange(path, start, end) {
    let handle;
    try {
        handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(path, 'r');
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__.UsageError(fsMessage(path, err, 'open the file'));
    }
    try {
        const out = new Uint8Array(end - start);
        let off = 0;
        while (off < out.length) {
            const { bytesRead } = await handle.read(out, off, out.length - off, start + off);
            if (bytesRead === 0)
                break;
            off += bytesRead;
        }
        return out.buffer;
    }
    finally {
        await handle.close();
    }
}
/** A whole text file (UTF-8). */
async function readText(path) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(path, 'utf8');
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__.UsageError(fsMessage(path, err, 'read the file'));
    }
}
/** Write a text file, creating its folder: through a temporary sibling renamed into place (src/io/atomic.ts). */
async function writeText(path, text) {
    await (0,_atomic_js__WEBPACK_IMPORTED_MODULE_3__/* .writeFileAtomic */ .Zf)(path, text);
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

/***/ 17309:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  loadServedModel: () => (/* binding */ loadServedModel)
});

// EXTERNAL MODULE: ./src/model/bundle.js + 2 modules
var model_bundle = __webpack_require__(17996);
// EXTERNAL MODULE: ./src/errors.js
var errors = __webpack_require__(16986);
// EXTERNAL MODULE: ./src/model/mlcart.js
var mlcart = __webpack_require__(89932);
// EXTERNAL MODULE: ./src/model/preprocess.js
var preprocess = __webpack_require__(3749);
;// CONCATENATED MODULE: ./src/model/record-scorer.js
/**
 * Scoring a few records at a time with no per-call allocation: the serving runtime's path (one
 * request = one call). The bundle's preprocessing is compiled once into a row transform
 * (compileRowTransform: the same rules as transformColumns) that writes row-major features into a
 * reused buffer, and the compiled tree(s) walk those rows (leavesOfRows). Results are views into
 * buffers reused by the next call (only the first n entries are this call's): read them before
 * scoring again.
 */



/**
 * Compile a scorer for a bundle's preprocessing and model. A record that fails preprocessing
 * throws a UsageError naming the record (1-based), column, value and what was expected, as
 * scoreRecords does.
 */
function compileRecordScorer(bundle) {
    const transform = (0,preprocess/* compileRowTransform */.c6)(bundle.preprocess);
    const model = bundle.model;
    const stride = Math.max(1, bundle.preprocess.features.length);
    const k = model.nClasses;
    const clf = model.task === 'classification';
    let cap = 0;
    let X = new Float64Array(0);
    let leaves = new Int32Array(0);
    let pred = new Float64Array(0);
    let proba = new Float64Array(0);
    const grow = (n) => {
        cap = Math.max(n, cap * 2, 16);
        X = new Float64Array(cap * stride);
        leaves = new Int32Array(cap);
        pred = new Float64Array(cap);
        if (clf)
            proba = new Float64Array(cap * k);
    };
    return (records) => {
        const n = records.length;
        if (n > cap)
            grow(n);
        for (let r = 0; r < n; r++) {
            const e = transform(records[r], X, r * stride);
            if (e)
                throw new errors.UsageError(`record ${r + 1}: column "${e.column}" is ${JSON.stringify(e.value)}, expected ${e.expected}`);
        }
        const trees = model.trees;
        if (!clf) {
            pred.fill(0, 0, n);
            for (const t of trees) {
                (0,mlcart/* leavesOfRows */.F_)(t, X, n, stride, leaves);
                for (let r = 0; r < n; r++)
                    pred[r] += t.leafValue[leaves[r]];
            }
            if (trees.length > 1)
                for (let r = 0; r < n; r++)
                    pred[r] /= trees.length;
            return { n, predictions: pred };
        }
        if (trees.length === 1) {
            const t = trees[0];
            (0,mlcart/* leavesOfRows */.F_)(t, X, n, stride, leaves);
            for (let r = 0; r < n; r++) {
                const l = leaves[r];
                pred[r] = t.leafClass[l];
                for (let c = 0; c < k; c++)
                    proba[r * k + c] = t.leafProba[l * k + c];
            }
        }
        else {
            proba.fill(0, 0, n * k);
            for (const t of trees) {
                (0,mlcart/* leavesOfRows */.F_)(t, X, n, stride, leaves);
                for (let r = 0; r < n; r++)
                    for (let c = 0; c < k; c++)
                        proba[r * k + c] += t.leafProba[leaves[r] * k + c];
            }
            for (let r = 0; r < n; r++) {
                let best = 0;
                for (let c = 0; c < k; c++) {
                    proba[r * k + c] /= trees.length;
                    if (proba[r * k + c] > proba[r * k + best])
                        best = c;
                }
                pred[r] = best;
            }
        }
        return { n, predictions: pred, probabilities: proba };
    };
}

// EXTERNAL MODULE: ./src/model/validate-record.js
var validate_record = __webpack_require__(38915);
;// CONCATENATED MODULE: ./src/serve/model.js
/**
 * The model as the server sees it: feature specs for validation and metrics, and a score function.
 * loadServedModel adapts a bundle verified by src/model (readBundle checks every sha256 in
 * manifest.json) and scores with src/model's own preprocessing and tree walk (scoreRecords), so
 * serving applies exactly what training fitted. Request types come from the bundle's schema.yml
 * (the data contract inferred at training); drift bins from the deciles of its holdout rows.
 */



async function loadServedModel(bundleDir) {
    const bundle = await (0,model_bundle.readBundle)(bundleDir, { verify: true });
    const schema = await (0,validate_record.readBundleSchema)(bundle);
    const holdout = 'holdout.jsonl' in bundle.manifest.files ? (await (0,model_bundle.readHoldout)(bundle)).records : [];
    const features = (0,validate_record.featureSpecs)(bundle, schema, holdout);
    const task = bundle.task;
    const metrics = {};
    const holdoutMetrics = (bundle.metrics.holdout ?? {});
    const headline = holdoutMetrics[bundle.headlineMetric] ?? bundle.metrics.headline_value;
    if (typeof headline === 'number')
        metrics[bundle.headlineMetric] = headline;
    for (const k of ['accuracy', 'f1_macro', 'roc_auc', 'rmse', 'mae', 'r2'])
        if (typeof holdoutMetrics[k] === 'number')
            metrics[k] = holdoutMetrics[k];
    let predictionBuckets;
    if (task === 'regression') {
        const ys = holdout.map((r) => Number(r[bundle.target])).filter(Number.isFinite);
        const edges = (0,validate_record/* decileEdges */.xo)(ys);
        predictionBuckets = edges.length > 0 ? edges : undefined;
    }
    const digest = `sha256:${bundle.digest}`;
    const scorer = compileRecordScorer(bundle);
    return {
        task,
        classes: bundle.classes,
        features,
        version: bundle.digest.slice(0, 12),
        digest,
        predictionBuckets,
        metrics,
        name: typeof bundle.params.name === 'string' ? bundle.params.name : undefined,
        score(records) {
            const out = scorer(records);
            return { n: out.n, index: out.predictions, probabilities: out.probabilities };
        },
    };
}


/***/ })

};
