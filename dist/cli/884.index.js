export const id = 884;
export const ids = [884,1217,2907,5288,2901,5531];
export const modules = {

/***/ 41217:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zf: () => (/* binding */ writeFileAtomic),
/* harmony export */   openAtomicWriter: () => (/* binding */ openAtomicWriter),
/* harmony export */   refuseOverwritingInputs: () => (/* binding */ refuseOverwritingInputs),
/* harmony export */   u1: () => (/* binding */ checkDirReplaceable),
/* harmony export */   y$: () => (/* binding */ writeDirAtomic)
/* harmony export */ });
/* unused harmony exports ioFailure, isSameFile */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(16986);
/**
 * Safe outputs: every file the project writes (predictions, reports, schemas, bundles, OCI
 * archives) goes to a temporary sibling first and is renamed into place, so a failed or
 * interrupted write never leaves a truncated file, and never touches the old one before the new
 * one is complete. I/O failures become UsageErrors (exit 2) that name the path, say what went
 * wrong and what to do.
 *
 * Special files (character devices such as /dev/null or /dev/stdout, FIFOs) cannot be replaced by a
 * rename: they are written in place, and their errors (ENOSPC on /dev/full) are reported the same way.
 */




/** Human words for an errno code, and what the user can do about it. */
function ioFailure(path, err, verb) {
    const code = err?.code;
    const [why, fix] = code === 'ENOENT'
        ? ['no such file or folder', 'check the path, or create the folder first']
        : code === 'ENOTDIR'
            ? ['a part of the path is a file, not a folder', 'check the path']
            : code === 'EISDIR'
                ? ['it is a directory, not a file', 'pass a file path']
                : code === 'EACCES' || code === 'EPERM'
                    ? ['permission denied', 'choose a path you can write, or fix its permissions']
                    : code === 'ENOSPC' || code === 'EDQUOT'
                        ? ['no space left on the device', 'free some space or write elsewhere']
                        : code === 'EROFS'
                            ? ['read-only file system', 'write to a writable location']
                            : [code ?? String(err?.message ?? err), 'check the path'];
    return new _errors_js__WEBPACK_IMPORTED_MODULE_3__.UsageError(`${path}: cannot ${verb} (${why}); ${fix}`);
}
function tempSibling(target, kind) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(target), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(target)}.${kind}-${process.pid}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}`);
}
/** Where a write to `path` really lands: symlinks resolved, so the link keeps pointing at the new file. */
async function targetOf(path) {
    const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(path);
    let st;
    try {
        st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(abs);
    }
    catch (err) {
        if (err.code === 'ENOENT') {
            // A dangling symlink: write where it points.
            try {
                if ((await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(abs)).isSymbolicLink())
                    return { target: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(abs), await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readlink)(abs)), special: false };
            }
            catch {
                /* not a link */
            }
            return { target: abs, special: false };
        }
        throw ioFailure(path, err, 'write the file');
    }
    if (st.isDirectory())
        throw ioFailure(path, Object.assign(new Error('dir'), { code: 'EISDIR' }), 'write the file');
    const target = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(abs);
    return { target, special: !st.isFile(), mode: st.mode & 0o7777 };
}
/**
 * Open `path` for writing through a temporary sibling. Nothing at `path` changes until commit().
 * Errors are UsageErrors naming `path`.
 */
async function openAtomicWriter(path, opts = {}) {
    const { target, special, mode } = await targetOf(path);
    if (opts.mkdirs ?? true) {
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(target), { recursive: true });
        }
        catch (err) {
            throw ioFailure(path, err, 'create the folder of the file');
        }
    }
    const file = special ? target : tempSibling(target, 'tmp');
    let handle;
    try {
        handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(file, special ? 'w' : 'wx', mode ?? 0o644);
    }
    catch (err) {
        throw ioFailure(path, err, 'write the file');
    }
    let closed = false;
    const close = async () => {
        if (closed)
            return;
        closed = true;
        await handle.close();
    };
    const cleanup = async () => {
        await close().catch(() => undefined);
        if (!special)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.unlink)(file).catch(() => undefined);
    };
    return {
        path,
        async write(chunk) {
            try {
                await handle.write(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk);
            }
            catch (err) {
                await cleanup();
                throw ioFailure(path, err, 'write the file');
            }
        },
        async commit() {
            try {
                if (!special)
                    await handle.sync();
                await close();
                if (!special)
                    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(file, target);
            }
            catch (err) {
                await cleanup();
                throw ioFailure(path, err, 'write the file');
            }
        },
        abort: cleanup,
    };
}
/** Write a whole file through a temporary sibling and rename it into place. */
async function writeFileAtomic(path, data, opts = {}) {
    const w = await openAtomicWriter(path, opts);
    await w.write(data);
    await w.commit();
}
/** The same file? Real paths compared, so symlinks, `./` and `..` detours are seen through. */
async function isSameFile(a, b) {
    const real = async (p) => {
        try {
            return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(p);
        }
        catch {
            // Not there (yet): compare the real folder plus the name.
            try {
                return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(p))), (0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(p));
            }
            catch {
                return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(p);
            }
        }
    };
    const [ra, rb] = await Promise.all([real(a), real(b)]);
    if (ra === rb)
        return true;
    try {
        const [sa, sb] = await Promise.all([(0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(a), (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(b)]);
        return sa.dev === sb.dev && sa.ino === sb.ino; // hard links
    }
    catch {
        return false;
    }
}
/** Refuse early (before any work) what writeDirAtomic would refuse: a non-directory, or contents `replaceable` rejects. */
async function checkDirReplaceable(dir, opts) {
    let target = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(dir);
    let existing;
    try {
        const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(target);
        if (!st.isDirectory())
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__.UsageError(`${dir}: exists and is not a directory; pass a new or empty directory`);
        target = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(target);
        existing = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(target);
    }
    catch (err) {
        if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__.UsageError)
            throw err;
        if (err.code !== 'ENOENT')
            throw ioFailure(dir, err, 'use the directory');
    }
    if (existing && existing.length > 0) {
        const refusal = opts.replaceable(existing);
        if (refusal !== undefined)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__.UsageError(`${dir}: ${refusal}`);
    }
    return { target, existing };
}
async function writeDirAtomic(dir, files, opts) {
    const { target, existing } = await checkDirReplaceable(dir, opts);
    const parent = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(target);
    if (parent === target)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__.UsageError(`${dir}: cannot replace the root directory; pass a new or empty directory`);
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(parent, { recursive: true });
    }
    catch (err) {
        throw ioFailure(dir, err, 'create the parent folder');
    }
    const tmp = tempSibling(target, 'tmp');
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(tmp);
    }
    catch (err) {
        throw ioFailure(dir, err, 'create a temporary folder beside the directory');
    }
    try {
        for (const [name, given] of files) {
            const h = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(tmp, name), 'wx', 0o644);
            try {
                const data = typeof given === 'function' ? given() : given;
                // A large file may come as chunks (train's holdout): written one after the other, never joined.
                if (typeof data === 'string')
                    await h.write(Buffer.from(data, 'utf8'));
                else if (data instanceof Uint8Array)
                    await h.write(data);
                else
                    for (const part of data)
                        await h.write(part);
                await h.sync();
            }
            finally {
                await h.close();
            }
        }
        if (existing === undefined || existing.length === 0) {
            // rename(2) replaces an empty directory.
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(tmp, target);
        }
        else {
            const old = tempSibling(target, 'old');
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(target, old);
            try {
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(tmp, target);
            }
            catch (err) {
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(old, target).catch(() => undefined);
                throw err;
            }
            // The old contents were a bundle this tool wrote (replaceable() said so).
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(old, { recursive: true, force: true });
        }
    }
    catch (err) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(tmp, { recursive: true, force: true }).catch(() => undefined);
        throw err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__.UsageError ? err : ioFailure(dir, err, 'write the directory');
    }
    return target;
}
/**
 * Refuse an output that is one of the inputs (compared by real path): writing it would destroy
 * what is being read. `output` and each input are [what the user called it, path].
 */
async function refuseOverwritingInputs(output, inputs) {
    const [outLabel, outPath] = output;
    if (outPath === undefined)
        return;
    for (const [label, path] of inputs) {
        if (path !== undefined && (await isSameFile(outPath, path))) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__.UsageError(`${outLabel} ${outPath} is the input file ${label} ${path}; writing there would destroy it. Pass another output file`);
        }
    }
}


/***/ }),

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

/***/ 85074:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ stableJson),
/* harmony export */   d: () => (/* binding */ canonicalJson)
/* harmony export */ });
/**
 * Canonical JSON: object keys sorted at every level (by UTF-16 code units, as Array#sort), so the
 * same value always gives the same bytes \u2014 for digests (model bundle manifest, OCI config and
 * manifest) and reproducible files. Values go through JSON.stringify, toJSON methods included.
 *
 *   canonicalJson({ b: 1, a: { d: 2, c: 3 } })      \u2192 '{"a":{"c":3,"d":2},"b":1}'
 *   canonicalJson({ b: 1, a: [] }, 2)               \u2192 '{\n  "a": [],\n  "b": 1\n}'
 */
function canonicalJson(value, indent) {
    return JSON.stringify(value, (_key, v) => {
        if (v && typeof v === 'object' && !Array.isArray(v)) {
            const o = v;
            const sorted = {};
            for (const k of Object.keys(o).sort())
                sorted[k] = o[k];
            return sorted;
        }
        return v;
    }, indent);
}
/** canonicalJson, 2-space indented with a trailing newline: the model bundle's JSON files. */
function stableJson(value) {
    return canonicalJson(value, 2) + '\n';
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


/***/ }),

/***/ 95388:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rp: () => (/* binding */ SampleLog),
/* harmony export */   wW: () => (/* binding */ SAMPLE_FILE_RE)
/* harmony export */ });
/* unused harmony exports SAMPLE_FILE, sampleFileName */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _data_sample_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(87082);
/**
 * The request sample: a bounded, sampled log of the inputs the server scored and the predictions
 * it returned, for the monitor stage (JSON Lines, one row a line):
 *
 *   {"t":"2026-01-05T10:00:00.000Z","input":{"temp_max":12.2,\u2026},"prediction":"rain"}
 *
 * Off by default. Each scored row is kept with probability `rate` (a seeded PRNG unless another
 * random source is injected). Lines are buffered and appended to `<dir>/requests.jsonl` at most
 * every `flushMs` (or when the buffer passes 64 KiB); when that file reaches `maxFileBytes` it is
 * rotated to `requests.1.jsonl` (older ones shift up to `requests.<maxFiles-1>.jsonl`, the oldest
 * is deleted), so the log never holds more than about maxFileBytes \u00d7 maxFiles bytes. Writing never
 * slows or fails a request: errors are counted and reported through `log`.
 */



const SAMPLE_FILE = 'requests.jsonl';
/** Active file first, then rotated files from newest to oldest. */
function sampleFileName(index) {
    return index === 0 ? SAMPLE_FILE : `requests.${index}.jsonl`;
}
/** Every name the log can use: requests.jsonl, requests.N.jsonl. */
const SAMPLE_FILE_RE = /^requests(?:\.(\d+))?\.jsonl$/;
const BUFFER_LIMIT = 64 * 1024;
class SampleLog {
    dir;
    rate;
    maxFileBytes;
    maxFiles;
    random;
    now;
    log;
    buffer = [];
    bufferBytes = 0;
    fileBytes = -1;
    chain = Promise.resolve();
    timer;
    closed = false;
    /** Rows kept, rows seen, write errors. */
    kept = 0;
    seen = 0;
    errors = 0;
    constructor(opts) {
        if (!(opts.rate >= 0 && opts.rate <= 1))
            throw new RangeError(`sample rate must be in [0, 1], got ${opts.rate}`);
        this.dir = opts.dir;
        this.rate = opts.rate;
        this.maxFileBytes = opts.maxFileBytes ?? 8 * 1024 * 1024;
        this.maxFiles = Math.max(1, opts.maxFiles ?? 4);
        this.random = opts.random ?? (0,_data_sample_js__WEBPACK_IMPORTED_MODULE_2__/* .seededRandom */ .Is)(opts.seed ?? 1);
        this.now = opts.now ?? Date.now;
        this.log = opts.log ?? (() => undefined);
        this.timer = setInterval(() => void this.flush(), opts.flushMs ?? 1000);
        this.timer.unref();
    }
    /** Keep each row with probability `rate`. Cheap: no I/O on the caller's path. */
    record(inputs, predictions) {
        if (this.closed || this.rate === 0) {
            this.seen += inputs.length;
            return;
        }
        let t;
        for (let i = 0; i < inputs.length; i++) {
            this.seen++;
            if (this.rate < 1 && this.random() >= this.rate)
                continue;
            t ??= this.isoNow();
            const line = JSON.stringify({ t, input: inputs[i], prediction: typeof predictions === 'function' ? predictions(i) : predictions[i] }) + '\n';
            this.buffer.push(line);
            this.bufferBytes += Buffer.byteLength(line);
            this.kept++;
        }
        if (this.bufferBytes >= BUFFER_LIMIT)
            void this.flush();
    }
    lastMs = Number.NaN;
    lastIso = '';
    /** The time as ISO text, formatted once per millisecond. */
    isoNow() {
        const ms = this.now();
        if (ms !== this.lastMs) {
            this.lastMs = ms;
            this.lastIso = new Date(ms).toISOString();
        }
        return this.lastIso;
    }
    /** Write what is buffered (serialized: one flush at a time). */
    flush() {
        if (this.buffer.length === 0)
            return this.chain;
        const lines = this.buffer;
        this.buffer = [];
        this.bufferBytes = 0;
        this.chain = this.chain.then(() => this.write(lines)).catch((err) => {
            this.errors++;
            this.log(`request sample: write failed (${err.message}); ${lines.length} sampled row(s) dropped`);
        });
        return this.chain;
    }
    async write(lines) {
        if (this.fileBytes < 0) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(this.dir, { recursive: true });
            this.fileBytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.dir, SAMPLE_FILE)).then((s) => s.size, () => 0);
        }
        // Fill the active file up to the cap, rotate, continue: one line is never split.
        let chunk = [];
        let chunkBytes = 0;
        for (const line of lines) {
            const n = Buffer.byteLength(line);
            if (this.fileBytes + chunkBytes + n > this.maxFileBytes && this.fileBytes + chunkBytes > 0) {
                if (chunk.length > 0)
                    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.appendFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.dir, SAMPLE_FILE), chunk.join(''));
                await this.rotate();
                chunk = [];
                chunkBytes = 0;
            }
            chunk.push(line);
            chunkBytes += n;
        }
        if (chunk.length > 0) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.appendFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.dir, SAMPLE_FILE), chunk.join(''));
            this.fileBytes += chunkBytes;
        }
    }
    async rotate() {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.dir, sampleFileName(this.maxFiles - 1)), { force: true });
        for (let i = this.maxFiles - 2; i >= 0; i--) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.dir, sampleFileName(i)), (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.dir, sampleFileName(i + 1))).catch((err) => {
                if (err.code !== 'ENOENT')
                    throw err;
            });
        }
        this.fileBytes = 0;
    }
    /** Flush and stop the timer. */
    async close() {
        this.closed = true;
        clearInterval(this.timer);
        await this.flush();
    }
}


/***/ }),

/***/ 63659:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  startServer: () => (/* binding */ startServer)
});

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
// EXTERNAL MODULE: ../../node_modules/papaparse/papaparse.js
var papaparse = __webpack_require__(38116);
// EXTERNAL MODULE: ./src/errors.js
var errors = __webpack_require__(16986);
// EXTERNAL MODULE: ../../node_modules/prom-client/index.js
var prom_client = __webpack_require__(3890);
// EXTERNAL MODULE: ./src/model/validate-record.js
var validate_record = __webpack_require__(38915);
;// CONCATENATED MODULE: ./src/serve/metrics.js
/**
 * Prometheus metrics of the serving runtime (prom-client, own registry). Names (stable; the
 * deploy-canary and monitor stages read them):
 *
 *   cd4ml_http_requests_total{route,code}              counter    requests by route and status code
 *   cd4ml_http_request_duration_seconds{route}         histogram  latency (buckets 0.5 ms \u2026 2.5 s)
 *   cd4ml_predictions_total{class}                     counter    predicted classes (classification)
 *   cd4ml_prediction_value                             histogram  predicted values (regression)
 *   cd4ml_rows_total                                   counter    rows scored
 *   cd4ml_feature_observations_total{feature}          counter    non-missing values seen per feature
 *   cd4ml_feature_missing_total{feature}               counter    missing (null/absent) values per feature
 *   cd4ml_feature_sum{feature}                         gauge      sum of numeric values (mean = sum / observations)
 *   cd4ml_feature_bin_total{feature,bin}               counter    numeric values per training-decile bin
 *                                                                 ("0" \u2026 "9"; edges in cd4ml_feature_bin_upper),
 *                                                                 categories per value ("__other__" for unseen)
 *   cd4ml_feature_bin_upper{feature,bin}               gauge      upper edge of each numeric bin (+Inf last)
 *   cd4ml_model_info{version,digest,task}              gauge      1, identifies the served bundle
 *   plus prom-client's default process metrics (process_resident_memory_bytes, nodejs_eventloop_lag_seconds, \u2026)
 *
 * Per-row and per-request counts are kept in plain arrays on the hot path and handed to prom-client
 * at scrape time (the request counter and latency histogram as metrics registered with the same
 * names, types and labels prom-client's own Counter and Histogram would give them).
 */


const LATENCY_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5];
class ServeMetrics {
    opts;
    registry = new prom_client.Registry();
    routes = new Map();
    classCounts;
    predictionHist;
    rows = 0;
    features;
    /** One record's feature values (reused), read by a function generated for these feature names. */
    row;
    readFields;
    constructor(opts) {
        this.opts = opts;
        const registers = [this.registry];
        if (opts.defaultMetrics !== false)
            (0,prom_client.collectDefaultMetrics)({ register: this.registry });
        const routes = this.routes;
        this.registry.registerMetric({
            name: 'cd4ml_http_requests_total',
            help: 'HTTP requests by route and status code',
            type: 'counter',
            get: () => {
                const values = [];
                for (const [route, r] of routes)
                    r.codes.forEach((value, code) => values.push({ labels: { route, code: String(code) }, value }));
                return { name: 'cd4ml_http_requests_total', help: 'HTTP requests by route and status code', type: 'counter', values, aggregator: 'sum' };
            },
        });
        this.registry.registerMetric({
            name: 'cd4ml_http_request_duration_seconds',
            help: 'HTTP request latency',
            type: 'histogram',
            get: () => {
                const name = 'cd4ml_http_request_duration_seconds';
                const values = [];
                for (const [route, r] of routes) {
                    let acc = 0;
                    LATENCY_BUCKETS.forEach((le, i) => {
                        acc += r.buckets[i];
                        values.push({ labels: { le }, sharedLabels: { route }, value: acc, metricName: `${name}_bucket` });
                    });
                    values.push({ labels: { le: '+Inf' }, sharedLabels: { route }, value: r.count, metricName: `${name}_bucket` });
                    values.push({ labels: {}, sharedLabels: { route }, value: r.sum, metricName: `${name}_sum` });
                    values.push({ labels: {}, sharedLabels: { route }, value: r.count, metricName: `${name}_count` });
                }
                return { name, help: 'HTTP request latency', type: 'histogram', values, aggregator: 'sum' };
            },
        });
        this.classCounts = new Array((opts.classes ?? []).length).fill(0);
        const self = this;
        if (opts.task === 'classification') {
            new prom_client.Counter({
                name: 'cd4ml_predictions_total',
                help: 'Predicted classes',
                labelNames: ['class'],
                registers,
                collect() {
                    this.reset();
                    self.classCounts.forEach((n, i) => this.inc({ class: opts.classes[i] }, n));
                },
            });
        }
        else {
            this.predictionHist = new prom_client.Histogram({ name: 'cd4ml_prediction_value', help: 'Predicted values', buckets: opts.predictionBuckets ?? [0, 1, 10, 100, 1000, 10000], registers });
        }
        this.features = opts.features.map((spec) => {
            if (spec.kind === 'category' || spec.kind === 'string' || spec.kind === 'boolean') {
                const cats = spec.kind === 'boolean' ? ['false', 'true'] : (spec.categories ?? []);
                return { spec, observations: 0, missing: 0, sum: 0, bins: new Array(cats.length + 1).fill(0), binNames: [...cats, '__other__'], catIndex: new Map(cats.map((c, i) => [c, i])) };
            }
            const edges = spec.edges ?? [];
            return { spec, observations: 0, missing: 0, sum: 0, bins: new Array(edges.length + 1).fill(0), binNames: Array.from({ length: edges.length + 1 }, (_, i) => String(i)) };
        });
        this.row = new Array(opts.features.length).fill(null);
        this.readFields = (0,validate_record/* compileFieldReader */.tQ)(opts.features.map((f) => f.name));
        new prom_client.Counter({ name: 'cd4ml_rows_total', help: 'Rows scored', registers, collect() { this.reset(); this.inc(self.rows); } });
        new prom_client.Counter({
            name: 'cd4ml_feature_observations_total',
            help: 'Non-missing values seen per feature',
            labelNames: ['feature'],
            registers,
            collect() {
                this.reset();
                for (const f of self.features)
                    this.inc({ feature: f.spec.name }, f.observations);
            },
        });
        new prom_client.Counter({
            name: 'cd4ml_feature_missing_total',
            help: 'Missing (null or absent) values per feature',
            labelNames: ['feature'],
            registers,
            collect() {
                this.reset();
                for (const f of self.features)
                    this.inc({ feature: f.spec.name }, f.missing);
            },
        });
        new prom_client.Gauge({
            name: 'cd4ml_feature_sum',
            help: 'Sum of numeric feature values (mean = sum / observations)',
            labelNames: ['feature'],
            registers,
            collect() {
                for (const f of self.features)
                    if (!f.catIndex)
                        this.set({ feature: f.spec.name }, f.sum);
            },
        });
        new prom_client.Counter({
            name: 'cd4ml_feature_bin_total',
            help: 'Values per bin: numeric features by training-decile bin, categorical by value (__other__ for unseen)',
            labelNames: ['feature', 'bin'],
            registers,
            collect() {
                this.reset();
                for (const f of self.features)
                    f.bins.forEach((n, i) => this.inc({ feature: f.spec.name, bin: f.binNames[i] }, n));
            },
        });
        new prom_client.Gauge({
            name: 'cd4ml_feature_bin_upper',
            help: 'Upper edge of each numeric feature bin',
            labelNames: ['feature', 'bin'],
            registers,
            collect() {
                for (const f of self.features) {
                    if (f.catIndex)
                        continue;
                    const edges = f.spec.edges ?? [];
                    f.binNames.forEach((b, i) => this.set({ feature: f.spec.name, bin: b }, i < edges.length ? edges[i] : Infinity));
                }
            },
        });
        new prom_client.Gauge({ name: 'cd4ml_model_info', help: 'The served model bundle', labelNames: ['version', 'digest', 'task'], registers }).set({ version: opts.version, digest: opts.digest, task: opts.task }, 1);
    }
    observeRequest(route, code, seconds) {
        let r = this.routes.get(route);
        if (!r)
            this.routes.set(route, (r = { codes: new Map(), buckets: new Float64Array(LATENCY_BUCKETS.length + 1), sum: 0, count: 0 }));
        r.codes.set(code, (r.codes.get(code) ?? 0) + 1);
        let b = 0;
        while (b < LATENCY_BUCKETS.length && seconds > LATENCY_BUCKETS[b])
            b++;
        r.buckets[b]++;
        r.sum += seconds;
        r.count++;
    }
    observeRows(records) {
        this.rows += records.length;
        const features = this.features;
        const row = this.row;
        for (let r = 0; r < records.length; r++) {
            this.readFields(records[r], row);
            for (let i = 0; i < features.length; i++) {
                const f = features[i];
                const v = row[i];
                if (v === null || v === undefined) {
                    f.missing++;
                    continue;
                }
                f.observations++;
                if (f.catIndex) {
                    const c = f.catIndex.get(typeof v === 'string' ? v : String(v));
                    f.bins[c === undefined ? f.bins.length - 1 : c]++;
                    continue;
                }
                // Numbers; a date/time sent as ISO text counts as its epoch milliseconds.
                const x = typeof v === 'number' ? v : Date.parse(String(v));
                if (!Number.isFinite(x))
                    continue;
                f.sum += x;
                const edges = f.spec.edges;
                let b = 0;
                if (edges)
                    while (b < edges.length && x > edges[b])
                        b++;
                f.bins[b]++;
            }
        }
    }
    /** Class indexes (classification) or values (regression) of the first n entries. */
    observePredictions(predictions, n = predictions.length) {
        if (this.predictionHist)
            for (let i = 0; i < n; i++)
                this.predictionHist.observe(predictions[i]);
        else
            for (let i = 0; i < n; i++)
                this.classCounts[predictions[i]]++;
    }
    get contentType() {
        return this.registry.contentType;
    }
    text() {
        return this.registry.metrics();
    }
}

// EXTERNAL MODULE: ./src/serve/model.js + 1 modules
var serve_model = __webpack_require__(17309);
// EXTERNAL MODULE: ./src/serve/sample-log.js
var sample_log = __webpack_require__(95388);
// EXTERNAL MODULE: ./src/serve/scoring.js
var scoring = __webpack_require__(54720);
// EXTERNAL MODULE: ./src/serve/oip.js
var serve_oip = __webpack_require__(47297);
;// CONCATENATED MODULE: ./src/serve/server.js
/**
 * The serving runtime: a node:http server around one verified model bundle.
 *
 *   POST /predict   JSON object, JSON array of objects, or CSV (text/csv, header row) \u2192 predictions
 *                   (+ class probabilities); 400 with per-field errors; X-Model-Version/-Digest headers
 *   GET  /healthz   alive
 *   GET  /readyz    bundle loaded and verified (503 while draining)
 *   GET  /metrics   Prometheus text (see metrics.ts for the names)
 *
 * and the Open Inference Protocol (KServe v2) REST API beside them (oip.ts: names, tensors):
 *
 *   GET  /v2, /v2/health/live, /v2/health/ready
 *   GET  /v2/models/{name}[/versions/{version}], \u2026/ready
 *   POST /v2/models/{name}[/versions/{version}]/infer
 *
 * and, with `grpcPort`, the same protocol over gRPC on a second port (grpc.ts). Every protocol
 * scores through one path (scoring.ts): same validation, metrics and request sample.
 *
 * Every request is answered (4xx with a message for bad input, 500 if scoring itself fails); no
 * request can crash the process. close() stops accepting, drains in-flight requests, then resolves.
 */








const ROUTES = { '/predict': '/predict', '/healthz': '/healthz', '/readyz': '/readyz', '/metrics': '/metrics' };
const ROUTE_LIST = 'POST /predict, GET /healthz, /readyz, /metrics; OIP: GET /v2, /v2/health/live, /v2/health/ready, /v2/models/{name}[/versions/{version}][/ready], POST /v2/models/{name}[/versions/{version}]/infer';
/** The media type of a Content-Type value, lower case ("application/json" as sent by most clients costs nothing). */
function mediaType(contentType) {
    return contentType === 'application/json' ? contentType : contentType.split(';')[0].trim().toLowerCase();
}
/** True when every character of `text` is ASCII. */
function isAscii(text) {
    for (let i = 0; i < text.length; i++)
        if (text.charCodeAt(i) > 0x7f)
            return false;
    return true;
}
/**
 * Content-Length and Content-Type of a request in one pass over the raw header list, without
 * lower-casing the usual spellings; the first of each counts, as in `req.headers`.
 */
function bodyHeaders(req) {
    const raw = req.rawHeaders;
    let length;
    let type;
    for (let i = 0; i < raw.length; i += 2) {
        const name = raw[i];
        if (name.length === 14) {
            if (length === undefined && (name === 'Content-Length' || name === 'content-length' || name.toLowerCase() === 'content-length'))
                length = raw[i + 1];
        }
        else if (name.length === 12) {
            if (type === undefined && (name === 'Content-Type' || name === 'content-type' || name.toLowerCase() === 'content-type'))
                type = raw[i + 1];
        }
    }
    return { length: Number(length), type: type ?? '' };
}
/**
 * Read the whole body (at most `limit` bytes), then `answer` it, or answer `failed` once: a body
 * over the limit, a broken or aborted request (node:http emits "error" for an abort), or a throw
 * from `answer`. Three listeners and no promise: this is the hot path.
 */
function readBody(req, res, t0, route, oipStyle, limit, answer, failed) {
    const { length: declared, type } = bodyHeaders(req);
    if (declared > limit) {
        failed(req, res, t0, route, oipStyle, new scoring/* RequestError */.GI(413, `request body of ${declared} bytes is larger than the limit of ${limit} bytes; send smaller batches`));
        return;
    }
    let first;
    let chunks;
    let size = 0;
    let finished = false;
    req.on('data', (c) => {
        if (finished)
            return;
        size += c.length;
        if (size > limit) {
            finished = true;
            failed(req, res, t0, route, oipStyle, new scoring/* RequestError */.GI(413, `request body is larger than the limit of ${limit} bytes; send smaller batches`));
            return;
        }
        if (!first)
            first = c;
        else
            (chunks ??= [first]).push(c);
    });
    req.on('end', () => {
        if (finished)
            return;
        finished = true;
        try {
            answer(req, res, t0, route, type, chunks ? Buffer.concat(chunks, size) : (first ?? Buffer.alloc(0)));
        }
        catch (err) {
            failed(req, res, t0, route, oipStyle, err);
        }
    });
    req.on('error', (err) => {
        if (finished)
            return;
        finished = true;
        failed(req, res, t0, route, oipStyle, new scoring/* RequestError */.GI(400, err.message === 'aborted' ? 'request aborted by the client' : `request body could not be read: ${err.message}`));
    });
}
function parseRows(body, contentType, maxRows) {
    const type = mediaType(contentType);
    const text = body.toString('utf8');
    if (type === 'text/csv' || type === 'application/csv') {
        const parsed = papaparse.parse(text, { header: true, skipEmptyLines: true });
        if (parsed.errors.length > 0) {
            const e = parsed.errors[0];
            throw new scoring/* RequestError */.GI(400, `invalid CSV at row ${(e.row ?? 0) + 1}: ${e.message}`);
        }
        if (parsed.data.length === 0)
            throw new scoring/* RequestError */.GI(400, 'CSV body has a header but no rows');
        if (parsed.data.length > maxRows)
            throw new scoring/* RequestError */.GI(413, `${parsed.data.length} rows is more than the limit of ${maxRows} per request`);
        return { rows: parsed.data, source: 'csv', single: false };
    }
    if (type !== '' && type !== 'application/json' && !type.endsWith('+json')) {
        throw new scoring/* RequestError */.GI(415, `unsupported content type "${type}"; send application/json (an object or an array of objects) or text/csv`);
    }
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (err) {
        throw new scoring/* RequestError */.GI(400, `invalid JSON: ${(0,errors/* errorMessage */.gJ)(err)}`);
    }
    if (Array.isArray(value)) {
        if (value.length === 0)
            throw new scoring/* RequestError */.GI(400, 'empty array: send at least one object of feature values');
        if (value.length > maxRows)
            throw new scoring/* RequestError */.GI(413, `${value.length} rows is more than the limit of ${maxRows} per request`);
        return { rows: value, source: 'json', single: false };
    }
    if (value !== null && typeof value === 'object')
        return { rows: [value], source: 'json', single: true };
    throw new scoring/* RequestError */.GI(400, `expected a JSON object of feature values or an array of them, got ${value === null ? 'null' : typeof value}`);
}
async function startServer(opts) {
    let model = opts.model;
    if (!model) {
        if (!opts.bundleDir)
            throw new Error('startServer needs bundleDir or model');
        model = await (0,serve_model.loadServedModel)(opts.bundleDir);
    }
    const served = model;
    const maxBody = opts.maxBodyBytes ?? 5 * 1024 * 1024;
    const maxRows = opts.maxRows ?? 10_000;
    const metrics = new ServeMetrics({ features: served.features, task: served.task, classes: served.classes, version: served.version, digest: served.digest, predictionBuckets: served.predictionBuckets });
    const modelInfo = JSON.stringify({ version: served.version, digest: served.digest });
    const oip = (0,serve_oip/* oipModel */.IJ)(served, opts.modelName);
    const serverVersion = opts.serverVersion ?? '0.1.0';
    let ready = true;
    let inFlight = 0;
    const log = opts.log ?? (() => undefined);
    const sampler = opts.sampleLog && opts.sampleLog.rate > 0 ? new sample_log/* SampleLog */.Rp({ log, ...opts.sampleLog }) : undefined;
    const scoreRows = (0,scoring/* createScoringPath */.T3)(served, metrics, sampler);
    const classification = served.task === 'classification';
    const labels = (0,scoring/* labelJson */.x$)(served);
    const k = (served.classes ?? []).length;
    const JSON_TYPE = 'application/json; charset=utf-8';
    // A /predict answer holds JSON numbers, brackets, the model's hex version and digest and the
    // class labels' JSON: when the labels are ASCII, so is every answer, and then its length in
    // bytes is its length in characters and node:http copies it as latin1 instead of encoding UTF-8.
    const asciiPredictions = labels.every(isAscii) && isAscii(modelInfo);
    /** Answer (`ascii`: the caller knows `body` is ASCII). One writeHead with a flat header list, one end: one write. */
    const send = (res, route, t0, status, body, contentType = JSON_TYPE, extra, ascii = false) => {
        inFlight--;
        if (res.headersSent || res.destroyed)
            return;
        // While draining, finish this response and close its keep-alive connection.
        if (!ready)
            res.shouldKeepAlive = false;
        // A flat [name, value, \u2026] list: node:http takes it as is, without copying an object.
        const headers = ['content-type', contentType, 'content-length', String(ascii ? body.length : Buffer.byteLength(body)), 'x-model-version', served.version, 'x-model-digest', served.digest];
        if (extra)
            for (const k in extra)
                headers.push(k, extra[k]);
        res.writeHead(status, headers);
        res.end(body, ascii ? 'latin1' : 'utf8');
        metrics.observeRequest(route, status, (performance.now() - t0) / 1e3);
    };
    const sendError = (res, route, t0, status, message, details) => send(res, route, t0, status, JSON.stringify({ error: message, ...(details ? { errors: details } : {}) }), undefined, status === 413 ? { connection: 'close' } : undefined);
    /** OIP health answers: a status and an empty body (required_api.md: "The HTTP response body should be empty"). */
    const sendEmpty = (res, route, t0, status) => send(res, route, t0, status, '', 'text/plain; charset=utf-8');
    const predictPrefix = `{"model":${modelInfo},"predictions":`;
    const predict = (req, res, t0, route, contentType, body) => {
        const { rows, source } = parseRows(body, contentType, maxRows);
        const { scored } = scoreRows(rows, source);
        let out = predictPrefix + (0,scoring/* predictionsJson */.hB)(scored, labels, classification);
        if (classification && scored.probabilities)
            out += `,"probabilities":${(0,scoring/* probabilitiesJson */.O5)(scored, k, true)}`;
        send(res, route, t0, 200, out + '}', JSON_TYPE, undefined, asciiPredictions);
    };
    const infer = (req, res, t0, route, contentType, body) => {
        const type = mediaType(contentType);
        if (type !== '' && type !== 'application/json' && !type.endsWith('+json'))
            throw new scoring/* RequestError */.GI(415, `unsupported content type "${type}"; send an application/json inference request`);
        let value;
        try {
            value = JSON.parse(body.toString('utf8'));
        }
        catch (err) {
            throw new scoring/* RequestError */.GI(400, `invalid JSON: ${(0,errors/* errorMessage */.gJ)(err)}`);
        }
        const request = (0,serve_oip/* parseRestInferRequest */.n)(value);
        const rows = (0,serve_oip/* rowsFromTensors */.qB)(request.inputs, served.features, maxRows);
        const outputs = (0,serve_oip/* selectOutputs */.JU)(served, request.outputs);
        const { scored } = scoreRows(rows, 'json');
        let out = `{"model_name":${JSON.stringify(oip.name)},"model_version":"${oip.version}"`;
        if (request.id !== undefined)
            out += `,"id":${JSON.stringify(request.id)}`;
        out += ',"outputs":[';
        outputs.forEach((o, i) => {
            if (i > 0)
                out += ',';
            const data = o.name === 'probabilities' ? (0,scoring/* probabilitiesJson */.O5)(scored, k, false) : (0,scoring/* predictionsJson */.hB)(scored, labels, classification);
            out += `{"name":"${o.name}","datatype":"${o.datatype}","shape":${JSON.stringify((0,serve_oip/* outputShape */.x_)(o, scored.n))},"data":${data}}`;
        });
        send(res, route, t0, 200, out + ']}');
    };
    /** Answer a failed POST: 4xx for the client's mistakes, 500 when scoring itself failed. */
    const failed = (req, res, t0, route, oipStyle, err) => {
        if (err instanceof scoring/* RequestError */.GI)
            sendError(res, route, t0, err.status, err.message, oipStyle ? undefined : err.details);
        else if (err instanceof errors.UsageError)
            sendError(res, route, t0, 400, `invalid input: ${err.message}`);
        else {
            log(`${route} failed: ${(0,errors/* errorMessage */.gJ)(err)}`);
            sendError(res, route, t0, 500, `prediction failed: ${(0,errors/* errorMessage */.gJ)(err)}`);
        }
        // Stop reading an oversized or broken body; the response above closes the connection.
        if (!req.complete)
            req.resume();
    };
    /** The OIP REST routes (path starts with /v2). */
    const handleV2 = (req, res, t0, path) => {
        const get = req.method === 'GET' || req.method === 'HEAD';
        if (path === '/v2' || path === '/v2/') {
            if (!get)
                return sendError(res, '/v2', t0, 405, `use GET ${path}`);
            return send(res, '/v2', t0, 200, JSON.stringify({ name: 'cd4ml', version: serverVersion, extensions: [] }));
        }
        if (path === '/v2/health/live' || path === '/v2/health/ready') {
            if (!get)
                return sendError(res, path, t0, 405, `use GET ${path}`);
            return sendEmpty(res, path, t0, path === '/v2/health/live' || ready ? 200 : 400);
        }
        const m = /^\/v2\/models\/([^/]+)(?:\/versions\/([^/]+))?(\/ready|\/infer)?\/?$/.exec(path);
        if (!m) {
            req.resume();
            return sendError(res, 'other', t0, 404, `no route ${path}; routes: ${ROUTE_LIST}`);
        }
        const action = m[3] ?? '';
        const route = `/v2/models/{name}${action}`;
        let name;
        let version;
        try {
            name = decodeURIComponent(m[1]);
            version = m[2] === undefined ? undefined : decodeURIComponent(m[2]);
        }
        catch {
            req.resume();
            return sendError(res, route, t0, 400, `bad percent-encoding in ${path}`);
        }
        const missing = (0,serve_oip/* findModel */.P6)(oip, name, version);
        if (action === '/infer') {
            if (req.method !== 'POST')
                return sendError(res, route, t0, 405, `use POST ${path} with an inference request`);
            if (missing) {
                req.resume();
                return sendError(res, route, t0, 404, missing);
            }
            return readBody(req, res, t0, route, true, maxBody, infer, failed);
        }
        if (!get)
            return sendError(res, route, t0, 405, `use GET ${path}`);
        if (missing)
            return sendError(res, route, t0, 404, missing);
        if (action === '/ready')
            return sendEmpty(res, route, t0, ready ? 200 : 400);
        return send(res, route, t0, 200, JSON.stringify((0,serve_oip/* modelMetadata */.LK)(oip)));
    };
    const handle = (req, res) => {
        const t0 = performance.now();
        const url = req.url;
        const q = url.indexOf('?');
        const path = q < 0 ? url : url.slice(0, q);
        inFlight++;
        const route = ROUTES[path];
        try {
            if (route === '/predict') {
                if (req.method !== 'POST')
                    return sendError(res, route, t0, 405, 'use POST /predict with a JSON or CSV body');
                return readBody(req, res, t0, route, false, maxBody, predict, failed);
            }
            if (route === undefined && path.startsWith('/v2'))
                return handleV2(req, res, t0, path);
            if (req.method !== 'GET' && req.method !== 'HEAD')
                return sendError(res, route ?? 'other', t0, 405, `use GET ${path}`);
            if (route === '/healthz')
                return send(res, route, t0, 200, '{"status":"ok"}');
            if (route === '/readyz')
                return ready ? send(res, route, t0, 200, `{"status":"ready","model":${modelInfo}}`) : sendError(res, route, t0, 503, 'draining: shutting down');
            if (route === '/metrics') {
                metrics.text().then((text) => send(res, route, t0, 200, text, metrics.contentType), (err) => sendError(res, route, t0, 500, `metrics failed: ${(0,errors/* errorMessage */.gJ)(err)}`));
                return;
            }
            req.resume();
            sendError(res, 'other', t0, 404, `no route ${path}; routes: ${ROUTE_LIST}`);
        }
        catch (err) {
            sendError(res, route ?? 'other', t0, 500, `internal error: ${(0,errors/* errorMessage */.gJ)(err)}`);
        }
    };
    const timeout = opts.requestTimeoutMs ?? 30_000;
    const server = (0,external_node_http_.createServer)({ requestTimeout: timeout, headersTimeout: Math.min(timeout, 20_000), connectionsCheckingInterval: Math.max(100, Math.min(timeout / 4, 5_000)), keepAliveTimeout: 5_000, maxHeaderSize: 16 * 1024 }, handle);
    server.on('clientError', (err, socket) => {
        // Malformed HTTP, header overflow, timeouts: answer when the socket still can, never crash.
        if (socket.writable && !socket._httpMessage?.headersSent) {
            const status = err.code === 'HPE_HEADER_OVERFLOW' ? 431 : err.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
            const body = JSON.stringify({ error: status === 408 ? 'request timed out: the body did not arrive in time' : `bad request: ${err.code ?? err.message}` });
            socket.end(`HTTP/1.1 ${status} ${status === 408 ? 'Request Timeout' : status === 431 ? 'Request Header Fields Too Large' : 'Bad Request'}\r\nconnection: close\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
        }
        else
            socket.destroy();
    });
    await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(opts.port ?? 8080, opts.host ?? '127.0.0.1', () => {
            server.off('error', reject);
            resolve();
        });
    });
    const addr = server.address();
    const host = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address;
    const url = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${addr.port}`;
    log(`serving model ${served.version} (${served.digest}) on ${url} (OIP model "${oip.name}")`);
    let grpc;
    if (opts.grpcPort !== undefined) {
        const { startGrpcServer } = await Promise.all(/* import() */[__webpack_require__.e(6277), __webpack_require__.e(4023)]).then(__webpack_require__.bind(__webpack_require__, 54023));
        try {
            grpc = await startGrpcServer({ port: opts.grpcPort, host: opts.host ?? '127.0.0.1', oip, scoreRows, metrics, maxRows, serverVersion, isReady: () => ready });
        }
        catch (err) {
            server.close();
            throw err;
        }
        log(`serving OIP gRPC (inference.GRPCInferenceService) on ${grpc.address}`);
    }
    let closing;
    const close = () => (closing ??= new Promise((resolve) => {
        ready = false;
        const drainMs = opts.drainTimeoutMs ?? 10_000;
        const timer = setTimeout(() => {
            log(`drain timeout: closing ${inFlight} connection(s) still busy`);
            server.closeAllConnections();
        }, drainMs);
        timer.unref();
        const httpClosed = new Promise((done) => server.close(() => {
            clearTimeout(timer);
            done();
        }));
        server.closeIdleConnections();
        Promise.all([httpClosed, grpc?.close(drainMs)]).then(() => {
            if (sampler)
                sampler.close().then(resolve, resolve);
            else
                resolve();
        }, resolve);
    }));
    return { url, port: addr.port, server, model: served, metrics, oip, grpc, close };
}


/***/ })

};
