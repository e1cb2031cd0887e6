export const id = 7234;
export const ids = [7234,1217,2907,5288,5531];
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

/***/ 29931:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  outputFormatOf: () => (/* binding */ outputFormatOf),
  predictFile: () => (/* binding */ predictFile)
});

// UNUSED EXPORTS: OUTPUT_FORMATS, csvField, splitRecord

// EXTERNAL MODULE: ./src/data/read.js
var read = __webpack_require__(11284);
// EXTERNAL MODULE: ./src/data/table.js + 5 modules
var table = __webpack_require__(37254);
// EXTERNAL MODULE: ./src/errors.js
var errors = __webpack_require__(16986);
// EXTERNAL MODULE: ./src/model/validate-record.js
var validate_record = __webpack_require__(38915);
// EXTERNAL MODULE: ./src/model/bundle.js + 2 modules
var model_bundle = __webpack_require__(17996);
// EXTERNAL MODULE: ./src/model/mlcart.js
var mlcart = __webpack_require__(89932);
;// CONCATENATED MODULE: ./src/model/table-check.js
/** The message the validator gives a missing value of a non-nullable feature. */
const NOT_NULLABLE = 'null is not allowed: this feature is required';
/**
 * Check `col` (n rows) against one feature. `cell` checks one non-missing cell text (the row
 * validator on a CSV cell). Returns the failing rows in ascending order.
 */
function checkColumn(spec, cell, col, n) {
    const errors = [];
    const missing = spec.nullable ? undefined : NOT_NULLABLE;
    if (col.kind === 'text') {
        const verdict = col.dict.map((t) => cell(t));
        let any = missing !== undefined;
        for (const v of verdict)
            if (v !== undefined)
                any = true;
        if (!any)
            return errors;
        const codes = col.codes;
        for (let r = 0; r < n; r++) {
            const code = codes[r];
            const m = code < 0 ? missing : verdict[code];
            if (m !== undefined)
                errors.push({ row: r, message: m });
        }
        return errors;
    }
    const { values, other } = col;
    const cache = new Map();
    const ofText = (t) => {
        if (cache.has(t))
            return cache.get(t);
        const m = cell(t);
        cache.set(t, m);
        return m;
    };
    const numeric = spec.kind === 'number' || spec.kind === 'integer';
    const integer = spec.kind === 'integer';
    for (let r = 0; r < n; r++) {
        const x = values[r];
        let m;
        if (x === x) {
            // A number cell: its text parses to x (the table's number rule), so a number feature needs no text.
            if (numeric && x - x === 0)
                m = integer && !Number.isInteger(x) ? ofText(other.get(r) ?? String(x)) : undefined;
            else
                m = ofText(other.get(r) ?? String(x));
        }
        else {
            const t = other.size > 0 ? other.get(r) : undefined;
            m = t !== undefined ? ofText(t) : missing;
        }
        if (m !== undefined)
            errors.push({ row: r, message: m });
    }
    return errors;
}
/** "expected an integer, got 3.5" \u2192 "an integer"; a missing required value \u2192 the schema's words. */
function expectedOf(message) {
    const m = /^expected (.*?)(, got .*)?$/.exec(message);
    return m ? m[1] : 'a value (schema.yml: this feature is not nullable)';
}

// EXTERNAL MODULE: ./src/model/table-transform.js
var table_transform = __webpack_require__(29954);
;// CONCATENATED MODULE: ./src/model/predict.js
/**
 * Batch scoring on the columnar table: each batch goes bytes \u2192 typed columns
 * (readColumnBatches, src/data/table.ts) \u2192 the bundle's preprocessing per column (dictionary
 * entries once, numbers as they are; src/model/table-transform.ts) \u2192 the compiled tree(s) \u2192
 * output, with no row objects and no per-cell parsing. Memory is bounded by the batch, not the file.
 *
 * Output: the input's columns plus `prediction` (and `probability_<class>` for classification), as
 * CSV or JSON Lines. CSV input to CSV output echoes each record's bytes as read (then the
 * prediction); JSON Lines to JSON Lines echoes each object's text (then the prediction keys).
 *
 * Rows are checked as the serving runtime checks a request (the row validator, with types and
 * nullability from the bundle's schema.yml; src/model/table-check.ts applies it per column): rows
 * that fail it or the preprocessing (a value of the wrong type, a missing value the schema
 * requires) are not scored: they are reported with their line and left out of the output. As in
 * serving, values outside the training range and unseen categories are scored.
 */








const OUTPUT_FORMATS = (/* unused pure expression or super */ null && (['csv', 'jsonl']));
/** Output format: the one asked for, else from the file name (.jsonl/.ndjson \u2192 JSON Lines, anything else CSV). */
function outputFormatOf(path, asked) {
    if (asked)
        return asked;
    return path && /\.(jsonl|ndjson)$/i.test(path) ? 'jsonl' : 'csv';
}
/** Papa.unparse's quoting of one CSV field (what today's output did). */
function csvField(s) {
    if (s === '')
        return s;
    let q = s.charCodeAt(0) === 32 || s.charCodeAt(s.length - 1) === 32;
    if (!q) {
        for (let i = 0; i < s.length; i++) {
            const c = s.charCodeAt(i);
            if (c === 44 || c === 34 || c === 10 || c === 13 || c === 0xfeff) {
                q = true;
                break;
            }
        }
    }
    return q ? `"${s.replace(/"/g, '""')}"` : s;
}
/** The fields of one delimited record's text (quotes as RFC 4180: "a""b" \u2192 a"b). */
function splitRecord(text, delimiter) {
    const out = [];
    const d = delimiter.charCodeAt(0);
    let i = 0;
    const n = text.length;
    for (;;) {
        if (text.charCodeAt(i) === 34) {
            let v = '';
            let j = i + 1;
            for (;;) {
                const k = text.indexOf('"', j);
                if (k < 0) {
                    v += text.slice(j);
                    i = n;
                    break;
                }
                v += text.slice(j, k);
                if (text.charCodeAt(k + 1) === 34) {
                    v += '"';
                    j = k + 2;
                }
                else {
                    i = k + 1;
                    break;
                }
            }
            // Anything between the closing quote and the delimiter is kept, as a lenient reader would.
            const e = text.indexOf(delimiter, i);
            const end = e < 0 ? n : e;
            v += text.slice(i, end);
            out.push(v);
            if (e < 0)
                return out;
            i = e + 1;
        }
        else {
            let e = i;
            while (e < n && text.charCodeAt(e) !== d)
                e++;
            out.push(text.slice(i, e));
            if (e >= n)
                return out;
            i = e + 1;
        }
    }
}
const utf8 = new TextDecoder('utf-8');
const enc = new TextEncoder();
const NL = enc.encode('\n');
const CLOSE = enc.encode('}\n');
function recordText(raw, r) {
    return utf8.decode(raw.bytes.subarray(raw.start[r], raw.end[r]));
}
/** One cell as the text/JSON value the row path held (for output and error messages; no raw bytes). */
function cellValue(c, r, asText = false) {
    if (!c)
        return null;
    if (c.kind === 'text') {
        const code = c.codes[r];
        return code < 0 ? (asText ? '' : null) : c.dict[code];
    }
    const x = c.values[r];
    if (asText)
        return c.other.get(r) ?? (Number.isNaN(x) ? '' : String(x));
    if (!Number.isNaN(x))
        return x;
    return c.other.get(r) ?? null;
}
function headerNames(header, delimiter) {
    let text = utf8.decode(header); // TextDecoder drops a BOM
    if (text.endsWith('\r'))
        text = text.slice(0, -1);
    return splitRecord(text, delimiter);
}
async function predictFile(bundle, data, write, opts) {
    const format = (0,read.detectFormat)(data, opts.format);
    const delimited = format === 'csv' || format === 'tsv';
    const delimiter = format === 'tsv' ? '\t' : ',';
    const specs = (0,validate_record.featureSpecs)(bundle, opts.schema, []);
    const checks = specs.map((s) => {
        const v = (0,validate_record.compileValidator)([s]);
        const name = s.name;
        return { spec: s, cell: (t) => v.check([{ [name]: t }], 'csv', 1).errors[0]?.message };
    });
    const classes = bundle.classes ?? [];
    const k = bundle.model.nClasses;
    const classification = bundle.task === 'classification';
    const extra = classification ? ['prediction', ...classes.map((c) => `probability_${c}`)] : ['prediction'];
    const csvOut = opts.output === 'csv';
    const extraKeys = extra.map((e) => `,${JSON.stringify(e)}:`);
    // Suffix of a scored row: ",pred,p1,p2" (CSV) or ',"prediction":\u2026}' (JSON Lines, before the closing brace).
    const suffixOf = (pred, probs, at) => {
        const label = classification ? (classes[pred] ?? pred) : pred;
        let s;
        if (csvOut) {
            s = ',' + (typeof label === 'string' ? csvField(label) : String(label));
            if (probs)
                for (let c = 0; c < classes.length; c++)
                    s += ',' + String(probs[at + c]);
        }
        else {
            s = extraKeys[0] + JSON.stringify(label);
            if (probs)
                for (let c = 0; c < classes.length; c++)
                    s += extraKeys[1 + c] + JSON.stringify(probs[at + c]);
        }
        return s;
    };
    const single = bundle.model.trees.length === 1 ? bundle.model.trees[0] : undefined;
    const leafSuffix = new Map();
    let header;
    let rows = 0;
    let scored = 0;
    const failed = [];
    const maxReported = opts.maxReported ?? 100;
    // Delimited input: only the model's columns become typed columns; the others are echoed from the record bytes.
    // (A reader that gives no record bytes: every column is read and rendered from the columns.)
    let echo = delimited;
    const batches = async function* () {
        const base = { format, batchRows: opts.batchRows ?? 16384, text: (0,table_transform/* textFeatureNames */.UB)(bundle.preprocess), onProgress: opts.progress?.(data) };
        if (echo) {
            // The header first, so a column the model needs and the file lacks is named as before.
            let names = [];
            for await (const b of (0,table.readColumnBatches)(data, { format, batchRows: 1 })) {
                names = b.names;
                break;
            }
            const missing = bundle.features.find((f) => !names.includes(f));
            if (missing !== undefined)
                throw new errors.UsageError(`${data}: column "${missing}" is missing (the model needs it); columns present: ${names.join(', ')}`);
            let first = true;
            for await (const b of (0,table.readColumnBatches)(data, { ...base, columns: bundle.features })) {
                if (first && !b.raw) {
                    echo = false;
                    break;
                }
                first = false;
                yield b;
            }
            if (echo)
                return;
        }
        yield* (0,table.readColumnBatches)(data, base);
    };
    for await (const b of batches()) {
        const n = b.n;
        const at = new Map(b.names.map((name, i) => [name, i]));
        const cols = bundle.features.map((name) => {
            const i = at.get(name);
            if (i === undefined)
                throw new errors.UsageError(`${data}: column "${name}" is missing (the model needs it); columns present: ${b.names.join(', ')}`);
            return b.columns[i];
        });
        // Output columns: the file's (delimited: from its header line).
        if (!header) {
            header = echo && b.header ? headerNames(b.header, delimiter) : b.names.slice();
            if (csvOut)
                await write(header.concat(extra).map(csvField).join(',') + '\n');
        }
        else if (!echo && b.names.some((name) => !header.includes(name))) {
            throw new errors.UsageError(`${data}: a column first appears after row ${rows}; every record needs the same keys to be scored to CSV/JSON Lines`);
        }
        // Preprocess + check, column by column.
        const tr = (0,table_transform/* transformTable */.LR)(bundle.preprocess, cols, n);
        const bad = new Uint8Array(n);
        const valueAt = (row, column, fallback) => {
            if (echo) {
                const j = header.indexOf(column);
                return j >= 0 ? (splitRecord(recordText(b.raw, row), delimiter)[j] ?? null) : fallback;
            }
            return fallback;
        };
        const fail = (row, column, value, expected) => {
            if (!bad[row] && failed.length < maxReported)
                failed.push({ line: b.lines[row], column, value: valueAt(row, column, value), expected });
            bad[row] = 1;
        };
        // As the row path: preprocessing failures column by column, then the validator's row by row.
        for (const e of tr.errors)
            fail(e.row, e.column, e.value, e.expected);
        const checkErrors = checks.map((c, j) => checkColumn(c.spec, c.cell, cols[j], n));
        const failing = new Set();
        for (const list of checkErrors)
            for (const e of list)
                failing.add(e.row);
        if (failing.size > 0) {
            const byRow = new Map();
            checkErrors.forEach((list, j) => {
                for (const e of list)
                    (byRow.get(e.row) ?? byRow.set(e.row, []).get(e.row)).push({ j, message: e.message });
            });
            for (const row of [...failing].sort((x, y) => x - y)) {
                for (const e of byRow.get(row).sort((x, y) => x.j - y.j))
                    fail(row, specs[e.j].name, cellValue(cols[e.j], row, delimited), expectedOf(e.message));
            }
        }
        // Score.
        let leaves;
        let scores;
        if (single)
            leaves = (0,mlcart/* leavesOfColumns */.hv)(single, tr.columns, n);
        else
            scores = (0,model_bundle/* predictFeatureColumns */.l3)(bundle.model, tr.columns, n);
        const suffix = (r) => {
            if (leaves) {
                const l = leaves[r];
                let s = leafSuffix.get(l);
                if (!s) {
                    const pred = classification ? single.leafClass[l] : single.leafValue[l];
                    s = enc.encode(suffixOf(pred, classification ? single.leafProba : undefined, l * k));
                    leafSuffix.set(l, s);
                }
                return s;
            }
            return enc.encode(suffixOf(scores.predictions[r], scores.probabilities, r * k));
        };
        // Write: record bytes (or the record rendered from columns) + the suffix.
        if (echo && csvOut && format === 'csv') {
            // The hot path: one buffer per batch, record bytes copied as read, no per-row objects.
            const raw = b.raw;
            const src = Buffer.from(raw.bytes.buffer, raw.bytes.byteOffset, raw.bytes.byteLength);
            const sufs = new Array(n);
            let size = 0;
            for (let r = 0; r < n; r++) {
                rows++;
                if (bad[r])
                    continue;
                scored++;
                const s = suffix(r);
                sufs[r] = s;
                size += raw.end[r] - raw.start[r] + s.length + 1;
            }
            if (size > 0) {
                const chunk = Buffer.allocUnsafe(size);
                let off = 0;
                for (let r = 0; r < n; r++) {
                    if (bad[r])
                        continue;
                    off += src.copy(chunk, off, raw.start[r], raw.end[r]);
                    const s = sufs[r];
                    chunk.set(s, off);
                    off += s.length;
                    chunk[off++] = 10;
                }
                await write(chunk);
            }
            continue;
        }
        const parts = [];
        let size = 0;
        const push = (p) => {
            parts.push(p);
            size += p.length;
        };
        for (let r = 0; r < n; r++) {
            rows++;
            if (bad[r])
                continue;
            scored++;
            if (!csvOut && format === 'jsonl' && b.raw) {
                // The object's own text, its closing brace replaced by the prediction keys.
                const bytes = b.raw.bytes;
                let e = b.raw.end[r] - 1;
                while (e > b.raw.start[r] && bytes[e] !== 125)
                    e--;
                let p = e - 1;
                while (p > b.raw.start[r] && (bytes[p] === 32 || bytes[p] === 9 || bytes[p] === 13 || bytes[p] === 10))
                    p--;
                const empty = bytes[p] === 123;
                push(bytes.subarray(b.raw.start[r], p + 1));
                const s = suffix(r);
                push(empty ? s.subarray(1) : s);
                push(CLOSE);
            }
            else {
                let values;
                if (echo)
                    values = splitRecord(recordText(b.raw, r), delimiter);
                else
                    values = header.map((name) => cellValue(b.columns[at.get(name) ?? -1], r, delimited));
                let line;
                if (csvOut)
                    line = header.map((_, j) => (values[j] === null || values[j] === undefined ? '' : csvField(String(values[j])))).join(',');
                else
                    line = '{' + header.map((name, j) => `${JSON.stringify(name)}:${JSON.stringify(values[j] ?? null)}`).join(',');
                push(enc.encode(line));
                const s = suffix(r);
                push(!csvOut && header.length === 0 ? s.subarray(1) : s);
                push(csvOut ? NL : CLOSE);
            }
        }
        if (size > 0) {
            const chunk = new Uint8Array(size);
            let off = 0;
            for (const p of parts) {
                chunk.set(p, off);
                off += p.length;
            }
            await write(chunk);
        }
    }
    if (!header)
        throw new errors.UsageError(`${data}: no rows to score`);
    return { rows, scored, failed, output: opts.outputName ?? '-' };
}


/***/ }),

/***/ 29954:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LR: () => (/* binding */ transformTable),
/* harmony export */   UB: () => (/* binding */ textFeatureNames)
/* harmony export */ });
/* unused harmony export featureWidth */
/* harmony import */ var _preprocess_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3749);

/** How many model features a raw column becomes. */
function featureWidth(c) {
    if (c.kind === 'categorical')
        return c.encoding === 'one-hot' ? c.categories.length : 1;
    if (c.kind === 'datetime')
        return c.parts.length;
    return 1;
}
/** Raw columns a transform reads as text (never NumberColumn): every non-numeric feature. */
function textFeatureNames(spec) {
    return spec.columns.filter((c) => c.kind !== 'numeric').map((c) => c.name);
}
/** transformColumns on a list of values for one raw column (its own one-column spec). */
function transformValues(spec, c, offset, values) {
    const sub = { version: 1, columns: [c], features: spec.features.slice(offset, offset + featureWidth(c)) };
    const res = (0,_preprocess_js__WEBPACK_IMPORTED_MODULE_0__/* .transformColumns */ .Y)(sub, [values], values.length);
    const bad = new Map();
    for (const e of res.errors)
        bad.set(e.row, e.expected);
    return { columns: res.columns, bad };
}
/** The cell text of a NumberColumn row (its raw text when kept, else the number's canonical text). */
function numberText(values, other, r) {
    const t = other.get(r);
    if (t !== undefined)
        return t;
    const x = values[r];
    return Number.isNaN(x) ? null : String(x);
}
/**
 * Transform `cols[j]` (the table column of raw feature spec.columns[j]) for `n` rows.
 */
function transformTable(spec, cols, n) {
    const out = spec.features.map(() => new Float64Array(n));
    const errors = [];
    let o = 0;
    spec.columns.forEach((c, j) => {
        const col = cols[j];
        const w = featureWidth(c);
        if (col.kind === 'text') {
            // Once per dictionary entry (+ one missing entry at the end), then gathered by code.
            const m = col.dict.length;
            const entries = col.dict.slice();
            entries.push(null);
            const t = transformValues(spec, c, o, entries);
            const codes = col.codes;
            if (c.kind === 'categorical' && c.encoding === 'one-hot') {
                // The one position set per entry (-1: none, an unseen category).
                const hot = new Int32Array(m + 1).fill(-1);
                for (let e = 0; e <= m; e++)
                    for (let f = 0; f < w; f++)
                        if (t.columns[f][e] === 1)
                            hot[e] = f;
                for (let r = 0; r < n; r++) {
                    const code = codes[r];
                    const h = hot[code < 0 ? m : code];
                    if (h >= 0)
                        out[o + h][r] = 1;
                }
            }
            else {
                for (let f = 0; f < w; f++) {
                    const src = t.columns[f];
                    const dst = out[o + f];
                    for (let r = 0; r < n; r++) {
                        const code = codes[r];
                        dst[r] = src[code < 0 ? m : code];
                    }
                }
            }
            if (t.bad.size > 0) {
                for (let r = 0; r < n; r++) {
                    const code = codes[r];
                    const e = code < 0 ? m : code;
                    const expected = t.bad.get(e);
                    if (expected !== undefined)
                        errors.push({ row: r, column: c.name, value: entries[e], expected });
                }
            }
        }
        else if (c.kind === 'numeric') {
            // The table parsed number text with the trainer's rule (parseNumeric: [+-]?digits[.digits][e\u00b1d],
            // trimmed), so a number cell is its value; only cells that are not numbers (NaN with text in
            // `other`) go through transformColumns, for its error.
            const { values, other } = col;
            const dst = out[o];
            const fill = c.fill;
            let bad;
            for (let r = 0; r < n; r++) {
                const x = values[r];
                if (x === x)
                    dst[r] = x;
                else {
                    const t = other.size > 0 ? other.get(r) : undefined;
                    if (t === undefined)
                        dst[r] = fill; // missing
                    else {
                        bad ??= { rows: [], texts: [] };
                        bad.rows.push(r);
                        bad.texts.push(t);
                    }
                }
            }
            if (bad) {
                const t = transformValues(spec, c, o, bad.texts);
                bad.rows.forEach((r, i) => {
                    const expected = t.bad.get(i);
                    if (expected !== undefined) {
                        errors.push({ row: r, column: c.name, value: bad.texts[i], expected });
                        dst[r] = Number.NaN;
                    }
                    else
                        dst[r] = t.columns[0][i];
                });
            }
        }
        else {
            // A non-numeric feature read as numbers (a caller that did not ask for it as text): cell texts.
            const texts = new Array(n);
            for (let r = 0; r < n; r++)
                texts[r] = numberText(col.values, col.other, r);
            const t = transformValues(spec, c, o, texts);
            for (let f = 0; f < w; f++)
                out[o + f].set(t.columns[f]);
            for (let r = 0; r < n; r++) {
                const expected = t.bad.get(r);
                if (expected !== undefined)
                    errors.push({ row: r, column: c.name, value: texts[r], expected });
            }
        }
        o += w;
    });
    return { columns: out, errors };
}


/***/ })

};
