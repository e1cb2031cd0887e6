export const id = 1452;
export const ids = [1452,1217,2907,5288,1954,5531,3214];
export const modules = {

/***/ 63146:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   sg: () => (/* binding */ isMissingBytes),
/* harmony export */   wF: () => (/* binding */ isMissingText)
/* harmony export */ });
/* unused harmony export MISSING_TOKENS */
/**
 * What counts as a missing value in text data, for every stage: validate-data's profiles and the
 * trainer's preprocessing (src/model/preprocess.ts) agree, so a column whose gaps are written "NA"
 * is numeric with missing values in both, as pandas reads it. A cell is missing when, trimmed of
 * whitespace, it is one of MISSING_TOKENS (the empty string included).
 */
const MISSING_TOKENS = ['', 'NA', 'N/A', 'NaN', 'nan', 'null', 'NULL'];
const TOKENS = new Set(MISSING_TOKENS);
/** Longest token: a longer cell can only be missing when it has whitespace to trim. */
const LONGEST = Math.max(...MISSING_TOKENS.map((t) => t.length));
/** True for a missing text value. */
function isMissingText(v) {
    const n = v.length;
    if (n === 0)
        return true;
    if (n <= LONGEST)
        return TOKENS.has(v) || (mayTrim(v.charCodeAt(0)) || mayTrim(v.charCodeAt(n - 1))) && TOKENS.has(v.trim());
    return (mayTrim(v.charCodeAt(0)) || mayTrim(v.charCodeAt(n - 1))) && TOKENS.has(v.trim());
}
/** isMissingText for bytes [s, e) of UTF-8, without building a string for ordinary cells. */
function isMissingBytes(b, s, e) {
    if (s === e)
        return true;
    const first = b[s];
    const last = b[e - 1];
    const trim = mayTrimByte(first) || mayTrimByte(last);
    if (!trim && (e - s > LONGEST || (first !== 0x4e && first !== 0x6e)))
        return false; // tokens start with N or n
    return TOKENS.has(Buffer.from(b.buffer, b.byteOffset + s, e - s).toString('utf8').trim());
}
/** Could `trim()` remove this UTF-16 unit (ASCII whitespace or any non-ASCII unit, checked exactly later)? */
function mayTrim(c) {
    return c <= 0x20 || c >= 0x80;
}
/** Could this byte start or end whitespace that `trim()` removes (ASCII whitespace, or a non-ASCII sequence)? */
function mayTrimByte(c) {
    return c <= 0x20 || c >= 0x80;
}


/***/ }),

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

/***/ 3749:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ transformColumns),
/* harmony export */   _U: () => (/* binding */ parseDate),
/* harmony export */   b2: () => (/* binding */ isMissing),
/* harmony export */   bd: () => (/* binding */ MissingColumnError),
/* harmony export */   c6: () => (/* binding */ compileRowTransform),
/* harmony export */   oJ: () => (/* binding */ DATE_PARTS),
/* harmony export */   q6: () => (/* binding */ parseBool),
/* harmony export */   tj: () => (/* binding */ isNumberLike),
/* harmony export */   vK: () => (/* binding */ parseNumeric),
/* harmony export */   yC: () => (/* binding */ datePart)
/* harmony export */ });
/* unused harmony exports inferKind, fitPreprocess, rawColumnsOf */
/* harmony import */ var _data_missing_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(63146);
/**
 * Preprocessing fitted on the training split only and saved in the bundle (preprocess.json), so
 * serving applies exactly the same transform: imputation (median / mean / most-frequent /
 * constant), categorical encoding (one-hot or ordinal; unknown categories \u2192 all-zero one-hot or
 * ordinal \u22121), datetime parts (UTC), booleans as 0/1.
 *
 * Raw values come as CSV strings ('' = missing) or JSON/Parquet values (null = missing); the
 * strings '', 'NA', 'N/A', 'NaN', 'nan', 'null' are missing too.
 */


const DATE_PARTS = ['year', 'month', 'day', 'dayofweek', 'dayofyear', 'hour', 'minute'];
const NUMBER_RE = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const DATE_RE = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/;
/** True for a missing raw value. */
function isMissing(v) {
    if (v === null || v === undefined)
        return true;
    if (typeof v === 'number')
        return Number.isNaN(v);
    if (typeof v === 'string')
        return (0,_data_missing_js__WEBPACK_IMPORTED_MODULE_0__/* .isMissingText */ .wF)(v);
    return false;
}
function parseNumeric(v) {
    if (typeof v === 'number')
        return Number.isFinite(v) ? v : undefined;
    if (typeof v === 'bigint')
        return Number(v);
    if (typeof v === 'boolean')
        return v ? 1 : 0;
    if (typeof v === 'string') {
        if (NUMBER_RE.test(v))
            return Number(v);
        const t = v.trim();
        if (t !== v && NUMBER_RE.test(t))
            return Number(t);
    }
    return undefined;
}
function parseBool(v) {
    if (typeof v === 'boolean')
        return v ? 1 : 0;
    if (typeof v === 'string') {
        const t = v.trim().toLowerCase();
        if (t === 'true')
            return 1;
        if (t === 'false')
            return 0;
    }
    return undefined;
}
function parseDate(v) {
    if (v instanceof Date)
        return Number.isNaN(v.getTime()) ? undefined : v.getTime();
    if (typeof v !== 'string')
        return undefined;
    const t = v.trim();
    if (!DATE_RE.test(t))
        return undefined;
    const iso = t.length === 10 ? `${t}T00:00:00Z` : /(Z|[+-]\d{2}:?\d{2})$/.test(t) ? t.replace(' ', 'T') : `${t.replace(' ', 'T')}Z`;
    const ms = Date.parse(iso);
    return Number.isNaN(ms) ? undefined : ms;
}
function categoryOf(v) {
    if (typeof v === 'string')
        return v.trim();
    if (v instanceof Date)
        return v.toISOString();
    return String(v);
}
/** True for a value that is a number (a JS number or numeric text), not a boolean. */
function isNumberLike(v) {
    if (typeof v === 'string')
        return NUMBER_RE.test(v) || NUMBER_RE.test(v.trim());
    if (typeof v === 'number')
        return Number.isFinite(v);
    return typeof v === 'bigint';
}
/**
 * Infer a column's kind from its non-missing training values. A column whose values are at least
 * NEARLY_NUMERIC_SHARE numbers is numeric: its other cells are errors (the trainer lists them),
 * not levels of a category.
 */
function inferKind(values) {
    let numeric = true;
    let bool = true;
    let date = true;
    let any = false;
    let numbers = 0;
    let present = 0;
    for (const v of values) {
        if (isMissing(v))
            continue;
        any = true;
        present++;
        const isNum = isNumberLike(v);
        if (isNum)
            numbers++;
        else
            numeric = false;
        if (bool && parseBool(v) === undefined)
            bool = false;
        if (date && parseDate(v) === undefined)
            date = false;
    }
    if (!any)
        return 'numeric';
    if (bool)
        return 'boolean';
    if (numeric || isNearlyNumeric(numbers, present))
        return 'numeric';
    if (date)
        return 'datetime';
    return 'categorical';
}
function median(xs) {
    const s = Float64Array.from(xs).sort();
    const m = s.length >> 1;
    return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
/** Most frequent value; ties \u2192 the smallest (like sklearn's SimpleImputer). */
function mostFrequent(xs) {
    const counts = new Map();
    for (const x of xs)
        counts.set(x, (counts.get(x) ?? 0) + 1);
    let best;
    let bestCount = -1;
    for (const [v, c] of counts) {
        if (c > bestCount || (c === bestCount && v < best)) {
            best = v;
            bestCount = c;
        }
    }
    return best;
}
function numericFill(xs, strategy, fillValue) {
    if (strategy === 'constant' || xs.length === 0)
        return typeof fillValue === 'number' ? fillValue : 0;
    if (strategy === 'mean')
        return xs.reduce((a, b) => a + b, 0) / xs.length;
    if (strategy === 'most-frequent')
        return mostFrequent(xs);
    return median(xs);
}
/**
 * Fit preprocessing on training rows. `columns` names the table's columns; `featureColumns` are
 * the raw input columns to use, in order. Throws ColumnFitError on values that contradict a
 * forced kind.
 */
function fitPreprocess(columns, rows, featureColumns, opts) {
    const specs = [];
    const features = [];
    for (const name of featureColumns) {
        const ci = columns.indexOf(name);
        const values = rows.map((r) => r[ci]);
        const kind = opts.categorical?.includes(name) ? 'categorical' : inferKind(values);
        const present = values.filter((v) => !isMissing(v));
        if (kind === 'categorical') {
            const cats = present.map(categoryOf);
            const impute = opts.categoricalImpute === 'median' || opts.categoricalImpute === 'mean' ? 'most-frequent' : opts.categoricalImpute;
            const fill = impute === 'constant' ? String(opts.fillValue ?? 'missing') : cats.length > 0 ? mostFrequent(cats) : 'missing';
            const set = new Set(cats);
            set.add(fill);
            const categories = [...set].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
            specs.push({ name, kind, impute, fill, categories, encoding: opts.encoding });
            if (opts.encoding === 'one-hot')
                for (const c of categories)
                    features.push(`${name}=${c}`);
            else
                features.push(name);
        }
        else if (kind === 'datetime') {
            const ms = present.map((v) => parseDate(v));
            const hasTime = ms.some((t) => t % 86_400_000 !== 0);
            const parts = opts.datetimeParts ?? (hasTime ? ['year', 'month', 'day', 'dayofweek', 'hour'] : ['year', 'month', 'day', 'dayofweek']);
            const impute = opts.numericImpute;
            specs.push({ name, kind, impute, fill: numericFill(ms, impute === 'constant' ? 'median' : impute, undefined), parts });
            for (const p of parts)
                features.push(`${name}.${p}`);
        }
        else {
            const nums = present.map((v) => (kind === 'boolean' ? parseBool(v) : parseNumeric(v)));
            const impute = opts.numericImpute;
            specs.push({ name, kind, impute, fill: numericFill(nums, impute, opts.fillValue) });
            features.push(name);
        }
    }
    return { version: 1, columns: specs, features };
}
function datePart(ms, p) {
    const d = new Date(ms);
    switch (p) {
        case 'year':
            return d.getUTCFullYear();
        case 'month':
            return d.getUTCMonth() + 1;
        case 'day':
            return d.getUTCDate();
        case 'dayofweek':
            return (d.getUTCDay() + 6) % 7; // Monday = 0, like pandas
        case 'dayofyear':
            return Math.floor((ms - Date.UTC(d.getUTCFullYear(), 0, 1)) / 86_400_000) + 1;
        case 'hour':
            return d.getUTCHours();
        case 'minute':
            return d.getUTCMinutes();
    }
}
/**
 * Apply a fitted spec to raw columns: `raw[j]` holds the values of spec.columns[j] for `n` rows
 * (any array-like; use `rawColumnsOf` to pick them from a table). Columnar: this is the fast path
 * for scoring many rows.
 */
function transformColumns(spec, raw, n) {
    const out = spec.features.map(() => new Float64Array(n));
    const errors = [];
    let o = 0;
    spec.columns.forEach((c, j) => {
        const vals = raw[j];
        if (c.kind === 'categorical') {
            const index = new Map(c.categories.map((cat, i) => [cat, i]));
            const fillIdx = index.get(c.fill);
            if (c.encoding === 'one-hot') {
                const width = c.categories.length;
                for (let r = 0; r < n; r++) {
                    const v = vals[r];
                    const idx = isMissing(v) ? fillIdx : index.get(categoryOf(v));
                    if (idx !== undefined)
                        out[o + idx][r] = 1;
                }
                o += width;
            }
            else {
                const col = out[o++];
                for (let r = 0; r < n; r++) {
                    const v = vals[r];
                    col[r] = isMissing(v) ? fillIdx : (index.get(categoryOf(v)) ?? -1);
                }
            }
        }
        else if (c.kind === 'datetime') {
            const parts = c.parts;
            for (let r = 0; r < n; r++) {
                const v = vals[r];
                let ms = isMissing(v) ? c.fill : parseDate(v);
                if (ms === undefined) {
                    errors.push({ row: r, column: c.name, value: v, expected: 'a date like 2024-01-31 or 2024-01-31T12:00:00Z' });
                    ms = Number.NaN;
                }
                for (let p = 0; p < parts.length; p++)
                    out[o + p][r] = Number.isNaN(ms) ? Number.NaN : datePart(ms, parts[p]);
            }
            o += parts.length;
        }
        else {
            const col = out[o++];
            const parse = c.kind === 'boolean' ? parseBool : parseNumeric;
            for (let r = 0; r < n; r++) {
                const v = vals[r];
                if (isMissing(v))
                    col[r] = c.fill;
                else {
                    const x = parse(v);
                    if (x === undefined) {
                        errors.push({ row: r, column: c.name, value: v, expected: c.kind === 'boolean' ? 'true or false' : 'a finite number' });
                        col[r] = Number.NaN;
                    }
                    else
                        col[r] = x;
                }
            }
        }
    });
    return { columns: out, errors };
}
/** Pick the spec's raw columns out of a table (rows as arrays); a missing column is an error. */
function rawColumnsOf(spec, columns, rows) {
    return spec.columns.map((c) => {
        const ci = columns.indexOf(c.name);
        if (ci < 0)
            throw new MissingColumnError(c.name, columns);
        return rows.map((r) => r[ci]);
    });
}
class MissingColumnError extends Error {
    column;
    constructor(column, available) {
        super(`column "${column}" is missing from the data (the model needs it); columns present: ${available.join(', ')}`);
        this.column = column;
    }
}
/**
 * The row form of transformColumns, compiled once per spec (category indexes, offsets) for scoring
 * a few records at a time, as the serving runtime does per request. Same rules: imputation with the
 * fitted fill, one-hot all-zero / ordinal \u22121 for unseen categories, UTC date parts, booleans 0/1.
 */
function compileRowTransform(spec) {
    const names = [];
    const offsets = [];
    const steps = [];
    let o = 0;
    for (const c of spec.columns) {
        names.push(c.name);
        offsets.push(o);
        if (c.kind === 'categorical') {
            const index = new Map(c.categories.map((cat, i) => [cat, i]));
            const fillIdx = index.get(c.fill);
            if (c.encoding === 'one-hot') {
                const width = c.categories.length;
                steps.push((v, X, at) => {
                    X.fill(0, at, at + width);
                    const idx = isMissing(v) ? fillIdx : index.get(categoryOf(v));
                    if (idx !== undefined)
                        X[at + idx] = 1;
                    return undefined;
                });
                o += width;
            }
            else {
                steps.push((v, X, at) => {
                    X[at] = isMissing(v) ? fillIdx : (index.get(categoryOf(v)) ?? -1);
                    return undefined;
                });
                o += 1;
            }
        }
        else if (c.kind === 'datetime') {
            const parts = c.parts;
            const fill = c.fill;
            steps.push((v, X, at) => {
                const ms = isMissing(v) ? fill : parseDate(v);
                if (ms === undefined) {
                    X.fill(Number.NaN, at, at + parts.length);
                    return { column: c.name, value: v, expected: 'a date like 2024-01-31 or 2024-01-31T12:00:00Z' };
                }
                for (let p = 0; p < parts.length; p++)
                    X[at + p] = datePart(ms, parts[p]);
                return undefined;
            });
            o += parts.length;
        }
        else {
            const fill = c.fill;
            const parse = c.kind === 'boolean' ? parseBool : parseNumeric;
            const expected = c.kind === 'boolean' ? 'true or false' : 'a finite number';
            steps.push((v, X, at) => {
                if (typeof v === 'number' && c.kind !== 'boolean' && Number.isFinite(v))
                    X[at] = v;
                else if (isMissing(v))
                    X[at] = fill;
                else {
                    const x = parse(v);
                    if (x === undefined) {
                        X[at] = Number.NaN;
                        return { column: c.name, value: v, expected };
                    }
                    X[at] = x;
                }
                return undefined;
            });
            o += 1;
        }
    }
    return (record, X, offset) => {
        let first;
        for (let i = 0; i < steps.length; i++) {
            const e = steps[i](record[names[i]], X, offset + offsets[i]);
            if (e && !first)
                first = e;
        }
        return first;
    };
}


/***/ })

};
