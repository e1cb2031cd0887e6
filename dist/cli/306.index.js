export const id = 306;
export const ids = [306,1217,2907,5288];
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

/***/ 33053:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GL: () => (/* binding */ prepareFeature),
/* harmony export */   dW: () => (/* binding */ trainTree),
/* harmony export */   yY: () => (/* binding */ featureImportances)
/* harmony export */ });
/**
 * Fast CART training that grows exactly the tree ml-cart 2.1.1 grows.
 *
 * ml-cart's `train` re-scans every row for every candidate threshold (O(d\u00b7n\u00b2) per node). This
 * trainer presorts every feature once (dense ranks + a stable counting sort, O(d\u00b7n log n)) and keeps,
 * for every node, a contiguous segment of each feature's sorted row list; a split partitions those
 * segments stably, so one scan per feature and node finds every candidate: O(n\u00b7d) per level.
 *
 * Compatibility with ml-cart (a property test trains both and compares predictions):
 * - candidates: ml-cart sorts the node's (x, label) pairs stably (ties keep row order) and proposes
 *   (x[i\u22121] + x[i]) / 2 wherever adjacent labels differ. Per boundary between two distinct values
 *   a < b that is: the midpoint when the last row (row order) with value a and the first row with
 *   value b have different labels; otherwise the threshold b itself when the rows with value b have
 *   different labels (same partition); otherwise no candidate. Impure rows at the smallest value
 *   propose an empty left side (which makes a leaf if it wins).
 * - criterion: gini gain for classification (maximised, ties \u2192 first candidate in feature, then
 *   threshold order), sum of squared errors of both sides for regression (minimised). ml-cart
 *   computes probabilities by adding 1/n once per row and sums in row order; candidates whose fast
 *   criterion lies within a rounding tolerance of the best are re-evaluated with ml-cart's exact
 *   floating-point procedure, so exact ties and near-ties break the same way.
 * - stopping: a node with \u2264 minNumSamples rows is a leaf; a split is made only when depth <
 *   maxDepth, gain > gainThreshold, gain !== the parent's gain, and both sides are non-empty
 *   (for regression the "gain" is the children's squared error, as in ml-cart).
 * - leaves: the class distribution up to the largest class present (probabilities as ml-cart
 *   computes them), or the mean of the node's values in row order.
 *
 * Known difference: when two adjacent distinct values are consecutive doubles their midpoint rounds
 * onto one of them; ml-cart then splits at that value, this trainer at the boundary between them.
 */
/**
 * Dense ranks of a column and its row ids sorted by (value, id). Large columns use an LSD radix
 * sort on the IEEE-754 bits (4 passes of 16 bits, stable, constant passes skipped), several times
 * faster than a comparison sort; small ones a stable comparison sort.
 */
function prepareFeature(col, name = 'feature') {
    const n = col.length;
    // Each loop is its own function: the optimizer compiles each once instead of recompiling a long
    // function whose later part has not run yet.
    const bad = firstNonFinite(col);
    if (bad >= 0)
        throw new RangeError(`${name} contains NaN or Infinity at row ${bad + 1}; impute or drop those values before training`);
    let ids = new Int32Array(n);
    for (let i = 0; i < n; i++)
        ids[i] = i;
    if (n < 4096) {
        const arr = Array.from(ids).sort((a, b) => col[a] - col[b] || a - b);
        ids = Int32Array.from(arr);
    }
    else
        ids = radixArgsort(col, ids);
    const codes = new Int32Array(n);
    const distinct = new Float64Array(n);
    const nd = denseCodes(col, ids, codes, distinct);
    return { codes, values: distinct.slice(0, nd), sorted: ids };
}
function firstNonFinite(col) {
    for (let i = 0; i < col.length; i++)
        if (!Number.isFinite(col[i]))
            return i;
    return -1;
}
/** Row ids sorted by (value, id): LSD radix sort on the IEEE-754 bits, 4 stable passes of 16 bits, constant passes skipped. */
function radixArgsort(col, ids) {
    const n = col.length;
    const keys = sortKeys(col);
    let out = new Int32Array(n);
    const count = new Int32Array(65536);
    for (let pass = 0; pass < 4; pass++) {
        if (radixPass(keys, ids, out, count, pass >> 1, (pass & 1) * 16)) {
            const t = ids;
            ids = out;
            out = t;
        }
    }
    return ids;
}
/** Two 32-bit words per value that sort as unsigned integers in the order of the values (\u22120 as 0). */
function sortKeys(col) {
    const n = col.length;
    const norm = new Float64Array(n);
    for (let i = 0; i < n; i++)
        norm[i] = col[i] + 0; // -0 \u2192 0
    const words = new Uint32Array(norm.buffer);
    const keys = new Uint32Array(2 * n);
    for (let i = 0; i < n; i++) {
        const lo = words[2 * i];
        const hi = words[2 * i + 1];
        if (hi & 0x80000000) {
            keys[2 * i] = ~lo >>> 0;
            keys[2 * i + 1] = ~hi >>> 0;
        }
        else {
            keys[2 * i] = lo;
            keys[2 * i + 1] = (hi | 0x80000000) >>> 0;
        }
    }
    return keys;
}
/** One counting-sort pass of `ids` into `out` on 16 bits of the keys; false (nothing done) when they are all equal. */
function radixPass(keys, ids, out, count, word, shift) {
    const n = ids.length;
    count.fill(0);
    for (let i = 0; i < n; i++)
        count[(keys[2 * i + word] >>> shift) & 0xffff]++;
    if (count[(keys[word] >>> shift) & 0xffff] === n)
        return false;
    let sum = 0;
    for (let v = 0; v < 65536; v++) {
        const c = count[v];
        count[v] = sum;
        sum += c;
    }
    for (let i = 0; i < n; i++) {
        const id = ids[i];
        out[count[(keys[2 * id + word] >>> shift) & 0xffff]++] = id;
    }
    return true;
}
/** Dense rank of each row's value (codes) and the distinct values ascending; returns their number. */
function denseCodes(col, ids, codes, distinct) {
    let code = -1;
    let prev = Number.NaN;
    for (let i = 0; i < ids.length; i++) {
        const x = col[ids[i]];
        if (x !== prev) {
            distinct[++code] = x;
            prev = x;
        }
        codes[ids[i]] = code;
    }
    return code + 1;
}
/** ml-cart's probability of a class seen `count` times among `m` rows: 1/m added `count` times. */
function mlcartProbability(count, m) {
    const inv = 1 / m;
    let p = 0;
    for (let i = 0; i < count; i++)
        p += inv;
    return p;
}
/** ml-cart's gini impurity from class counts (Utils.giniImpurity). */
function mlcartGini(counts, m) {
    if (m === 0)
        return 0;
    let s = 0;
    for (let c = 0; c < counts.length; c++) {
        if (counts[c] === 0)
            continue; // adds 0\u00b70: no change
        const p = mlcartProbability(counts[c], m);
        s += p * p;
    }
    return 1 - s;
}
/** ml-cart's squared error of values in row order (Utils.squaredError). */
function mlcartSquaredError(sum, values, len) {
    if (len === 0)
        return 0;
    const mean = sum / len;
    let e = 0;
    for (let i = 0; i < len; i++) {
        const d = values[i] - mean;
        e += d * d;
    }
    return e;
}
/**
 * Grow a tree. Throws RangeError on NaN/Infinity in a feature.
 *
 * `internalValues`: also write the leaf values (`value`, `distLength`) a split node would have had
 * as a leaf, so that a shallower tree can be cut from this one (search-prune.ts). The split
 * decisions do not depend on it.
 */
function trainTree(data, opts, internalValues = false) {
    const { task, columns } = data;
    const isClf = task === 'classification';
    const d = columns.length;
    const n = data.y.length;
    const k = isClf ? (data.nClasses ?? 0) : 0;
    const yInt = isClf ? data.y : new Int32Array(0);
    const yNum = isClf ? new Float64Array(0) : data.y;
    if (isClf)
        for (let i = 0; i < n; i++)
            if (yInt[i] < 0 || yInt[i] >= k)
                throw new RangeError(`class index ${yInt[i]} out of range 0..${k - 1}`);
    const prepared = columns.map((c, f) => prepareFeature(c, `feature ${f}`));
    const sorted = prepared.map((p) => p.sorted);
    // Per feature, the sorted segment's codes and labels side by side with the row ids, so that a
    // scan reads memory sequentially instead of jumping to codes[row] / y[row].
    const sCodes = prepared.map((p) => {
        const a = new Int32Array(n);
        for (let i = 0; i < n; i++)
            a[i] = p.codes[p.sorted[i]];
        return a;
    });
    const sLab = isClf
        ? prepared.map((p) => {
            const a = new Int32Array(n);
            for (let i = 0; i < n; i++)
                a[i] = yInt[p.sorted[i]];
            return a;
        })
        : [];
    const sVal = isClf
        ? []
        : prepared.map((p) => {
            const a = new Float64Array(n);
            for (let i = 0; i < n; i++)
                a[i] = yNum[p.sorted[i]];
            return a;
        });
    const tmpF = new Float64Array(isClf ? 0 : n);
    const tmpC = new Int32Array(n);
    const tmpL = new Int32Array(isClf ? n : 0);
    const order = new Int32Array(n);
    for (let i = 0; i < n; i++)
        order[i] = i;
    const tmp = new Int32Array(n);
    const goesLeft = new Uint8Array(n);
    // Node storage (grown as needed).
    let cap = 64;
    let feature = new Int32Array(cap).fill(-1);
    let threshold = new Float64Array(cap);
    let left = new Int32Array(cap);
    let right = new Int32Array(cap);
    let gainArr = new Float64Array(cap);
    let samples = new Int32Array(cap);
    let impurity = new Float64Array(cap);
    let value = new Float64Array(cap * Math.max(1, k));
    let distLength = new Int32Array(cap);
    let nodeCount = 0;
    const grow = () => {
        cap *= 2;
        const g = (a, fill = 0) => {
            const b = new a.constructor(a.length * 2);
            if (fill !== 0)
                b.fill(fill);
            b.set(a);
            return b;
        };
        feature = g(feature, -1);
        threshold = g(threshold);
        left = g(left);
        right = g(right);
        gainArr = g(gainArr);
        samples = g(samples);
        impurity = g(impurity);
        value = g(value);
        distLength = g(distLength);
    };
    const newNode = () => {
        if (nodeCount === cap)
            grow();
        return nodeCount++;
    };
    const total = new Float64Array(k);
    const counts = new Float64Array(k);
    const scratchL = new Float64Array(n);
    const scratchG = new Float64Array(n);
    const featBest = new Float64Array(d);
    function makeLeaf(node, s, e) {
        const m = e - s;
        if (isClf) {
            let maxLabel = 0;
            for (let i = s; i < e; i++)
                if (yInt[order[i]] > maxLabel)
                    maxLabel = yInt[order[i]];
            distLength[node] = maxLabel + 1;
            for (let c = 0; c < k; c++)
                value[node * k + c] = mlcartProbability(total[c], m);
        }
        else {
            let sum = 0;
            for (let i = s; i < e; i++)
                sum += yNum[order[i]];
            value[node] = sum / m;
        }
    }
    /** ml-cart's exact criterion for a candidate: gini gain, or squared error of both sides. */
    function exactCriterion(c, s, e, parentGini) {
        const m = e - s;
        if (isClf) {
            const L = c.leftCounts;
            const R = new Float64Array(k);
            for (let j = 0; j < k; j++)
                R[j] = total[j] - L[j];
            const nl = c.nLeft;
            const ng = m - nl;
            let splits = 0.0;
            splits += (mlcartGini(R, ng) * ng) / m;
            splits += (mlcartGini(L, nl) * nl) / m;
            return parentGini - splits;
        }
        const codes = prepared[c.feature].codes;
        let nl = 0;
        let ng = 0;
        let sl = 0;
        let sg = 0;
        for (let i = s; i < e; i++) {
            const row = order[i];
            const v = yNum[row];
            if (codes[row] < c.cut) {
                scratchL[nl++] = v;
                sl += v;
            }
            else {
                scratchG[ng++] = v;
                sg += v;
            }
        }
        let err = 0.0;
        err += mlcartSquaredError(sg, scratchG, ng);
        err += mlcartSquaredError(sl, scratchL, nl);
        return err;
    }
    function partition(arr, s, e) {
        let w = s;
        let t = 0;
        for (let i = s; i < e; i++) {
            const row = arr[i];
            if (goesLeft[row])
                arr[w++] = row;
            else
                tmp[t++] = row;
        }
        for (let i = 0; i < t; i++)
            arr[w + i] = tmp[i];
    }
    /** Stable partition of feature f's sorted segment (ids, codes and labels together). */
    function partitionFeature(f, s, e) {
        const ids = sorted[f];
        const cs = sCodes[f];
        let w = s;
        let t = 0;
        if (isClf) {
            const ls = sLab[f];
            for (let i = s; i < e; i++) {
                const row = ids[i];
                if (goesLeft[row]) {
                    ids[w] = row;
                    cs[w] = cs[i];
                    ls[w++] = ls[i];
                }
                else {
                    tmp[t] = row;
                    tmpC[t] = cs[i];
                    tmpL[t++] = ls[i];
                }
            }
            for (let i = 0; i < t; i++) {
                ids[w + i] = tmp[i];
                cs[w + i] = tmpC[i];
                ls[w + i] = tmpL[i];
            }
        }
        else {
            const vs = sVal[f];
            for (let i = s; i < e; i++) {
                const row = ids[i];
                if (goesLeft[row]) {
                    ids[w] = row;
                    cs[w] = cs[i];
                    vs[w++] = vs[i];
                }
                else {
                    tmp[t] = row;
                    tmpC[t] = cs[i];
                    tmpF[t++] = vs[i];
                }
            }
            for (let i = 0; i < t; i++) {
                ids[w + i] = tmp[i];
                cs[w + i] = tmpC[i];
                vs[w + i] = tmpF[i];
            }
        }
    }
    // Explicit stack: [node, start, end, depth, parentGain (NaN = none)].
    const root = newNode();
    const stack = [[root, 0, n, 0, isClf ? null : 0]];
    while (stack.length > 0) {
        const [node, s, e, depth, parentGain] = stack.pop();
        const m = e - s;
        samples[node] = m;
        // Class totals / mean of the node.
        let ySum = 0;
        if (isClf) {
            total.fill(0);
            for (let i = s; i < e; i++)
                total[yInt[order[i]]]++;
            let sq = 0;
            for (let c = 0; c < k; c++)
                sq += (total[c] / m) * (total[c] / m);
            impurity[node] = 1 - sq;
        }
        else {
            for (let i = s; i < e; i++)
                ySum += yNum[order[i]];
            const mean = ySum / m;
            let sse = 0;
            for (let i = s; i < e; i++)
                sse += (yNum[order[i]] - mean) ** 2;
            impurity[node] = sse / m;
        }
        if (m <= opts.minNumSamples || depth >= opts.maxDepth || m < 2) {
            makeLeaf(node, s, e);
            continue;
        }
        const best = findBest(s, e, ySum);
        let chosen;
        let chosenGain = isClf ? -Infinity : Infinity;
        if (best.length > 0) {
            const parentGini = isClf ? mlcartGini(total, m) : 0;
            for (const c of best) {
                const g = exactCriterion(c, s, e, parentGini);
                if (isClf ? g > chosenGain : g < chosenGain) {
                    chosenGain = g;
                    chosen = c;
                }
            }
        }
        if (chosen === undefined ||
            !(chosenGain > opts.gainThreshold) ||
            chosenGain === parentGain ||
            chosen.nLeft === 0 ||
            chosen.nLeft === m) {
            makeLeaf(node, s, e);
            continue;
        }
        // The node's values as a leaf, from its rows before they are partitioned (what makeLeaf
        // would have written had a stopping rule made it one).
        if (internalValues)
            makeLeaf(node, s, e);
        // Split: mark rows, partition every segment stably.
        const codes = prepared[chosen.feature].codes;
        for (let i = s; i < e; i++) {
            const row = order[i];
            goesLeft[row] = codes[row] < chosen.cut ? 1 : 0;
        }
        partition(order, s, e);
        for (let f = 0; f < d; f++)
            partitionFeature(f, s, e);
        feature[node] = chosen.feature;
        threshold[node] = chosen.threshold;
        gainArr[node] = chosenGain;
        const l = newNode();
        const r = newNode();
        left[node] = l;
        right[node] = r;
        const mid = s + chosen.nLeft;
        stack.push([r, mid, e, depth + 1, chosenGain]);
        stack.push([l, s, mid, depth + 1, chosenGain]);
    }
    /**
     * Best candidates of a node: pass 1 scans every feature's sorted segment once and keeps only the
     * best fast criterion per feature; pass 2 re-scans the few features whose best lies within
     * rounding tolerance of the overall best and returns those candidates, in ml-cart's order
     * (feature, then ascending threshold), for exact re-evaluation.
     */
    function findBest(s, e, ySum) {
        const m = e - s;
        const tol = 1e-9 * Math.max(1, m / 1e6);
        const yMean = isClf ? 0 : ySum / m;
        let totalC = 0;
        let scale = 1;
        if (!isClf) {
            let sse = 0;
            for (let i = s; i < e; i++) {
                const v = yNum[order[i]] - yMean;
                sse += v * v;
                totalC += v;
            }
            scale = Math.max(sse, 1e-300);
        }
        const lim = isClf ? tol : tol * scale;
        let bestFast = -Infinity;
        for (let f = 0; f < d; f++) {
            const b = isClf ? scanClf(f, s, e, -Infinity, null) : scanReg(f, s, e, yMean, totalC, -Infinity, null);
            featBest[f] = b;
            if (b > bestFast)
                bestFast = b;
        }
        const list = [];
        if (bestFast === -Infinity)
            return list;
        for (let f = 0; f < d; f++) {
            if (featBest[f] < bestFast - lim)
                continue;
            if (isClf)
                scanClf(f, s, e, bestFast - lim, list);
            else
                scanReg(f, s, e, yMean, totalC, bestFast - lim, list);
        }
        return list;
    }
    /** One feature, classification: returns the best fast criterion; collects candidates \u2265 min. */
    function scanClf(f, s, e, min, out) {
        const m = e - s;
        const cs = sCodes[f];
        const ls = sLab[f];
        const { values } = prepared[f];
        let best = -Infinity;
        let i = s;
        let nl = 0;
        counts.fill(0);
        let prevLast = -1;
        let prevCode = -1;
        while (i < e) {
            const c = cs[i];
            const first = ls[i];
            // Pure run of one label with one value: the common case, no candidate inside it.
            let pure = true;
            let last = first;
            let j = i;
            let fast = -Infinity;
            const candidateAtBoundary = i > s && prevLast !== first;
            {
                let sL = 0;
                let sR = 0;
                for (let t = 0; t < k; t++) {
                    const a = counts[t];
                    const b = total[t] - a;
                    sL += a * a;
                    sR += b * b;
                }
                const nr = m - nl;
                fast = ((nl > 0 ? sL / nl : 0) + (nr > 0 ? sR / nr : 0)) / m;
            }
            const snapshot = out && fast >= min ? Float64Array.from(counts) : undefined;
            for (; j < e; j++) {
                if (cs[j] !== c)
                    break;
                const lab = ls[j];
                if (lab !== first)
                    pure = false;
                last = lab;
                counts[lab]++;
            }
            let thr = Number.NaN;
            if (i === s) {
                if (!pure)
                    thr = values[c];
            }
            else if (candidateAtBoundary)
                thr = (values[prevCode] + values[c]) / 2;
            else if (!pure)
                thr = values[c];
            if (thr === thr) {
                if (fast > best)
                    best = fast;
                if (snapshot)
                    out.push({ feature: f, cut: c, threshold: thr, fast, nLeft: nl, leftCounts: snapshot });
            }
            nl += j - i;
            prevLast = last;
            prevCode = c;
            i = j;
        }
        return best;
    }
    /** One feature, regression: maximise Sl\u00b2/nl + Sr\u00b2/nr of centred values. */
    function scanReg(f, s, e, yMean, totalC, min, out) {
        const m = e - s;
        const cs = sCodes[f];
        const vs = sVal[f];
        const { values } = prepared[f];
        let best = -Infinity;
        let i = s;
        let nl = 0;
        let sl = 0;
        let prevLast = Number.NaN;
        let prevCode = -1;
        while (i < e) {
            const c = cs[i];
            const first = vs[i];
            const nr = m - nl;
            const sr = totalC - sl;
            const fast = (nl > 0 ? (sl * sl) / nl : 0) + (nr > 0 ? (sr * sr) / nr : 0);
            let pure = true;
            let last = first;
            let j = i;
            for (; j < e; j++) {
                if (cs[j] !== c)
                    break;
                const v = vs[j];
                if (v !== first)
                    pure = false;
                last = v;
                sl += v - yMean;
            }
            let thr = Number.NaN;
            if (i === s) {
                if (!pure)
                    thr = values[c];
            }
            else if (prevLast !== first)
                thr = (values[prevCode] + values[c]) / 2;
            else if (!pure)
                thr = values[c];
            if (thr === thr) {
                if (fast > best)
                    best = fast;
                if (out && fast >= min)
                    out.push({ feature: f, cut: c, threshold: thr, fast, nLeft: nl });
            }
            nl += j - i;
            prevLast = last;
            prevCode = c;
            i = j;
        }
        return best;
    }
    const k1 = Math.max(1, k);
    return {
        task,
        nFeatures: d,
        nClasses: k,
        nodeCount,
        feature: feature.slice(0, nodeCount),
        threshold: threshold.slice(0, nodeCount),
        left: left.slice(0, nodeCount),
        right: right.slice(0, nodeCount),
        gain: gainArr.slice(0, nodeCount),
        samples: samples.slice(0, nodeCount),
        impurity: impurity.slice(0, nodeCount),
        value: value.slice(0, nodeCount * k1),
        distLength: distLength.slice(0, nodeCount),
    };
}
/**
 * Impurity-based feature importance, as sklearn's `feature_importances_`: for every split, the
 * node's samples \u00d7 impurity minus the children's, summed per feature, divided by the root's
 * samples, normalised to sum 1 (all zeros for a single-leaf tree).
 */
function featureImportances(tree) {
    const imp = new Float64Array(tree.nFeatures);
    for (let i = 0; i < tree.nodeCount; i++) {
        const f = tree.feature[i];
        if (f < 0)
            continue;
        const l = tree.left[i];
        const r = tree.right[i];
        imp[f] += tree.samples[i] * tree.impurity[i] - tree.samples[l] * tree.impurity[l] - tree.samples[r] * tree.impurity[r];
    }
    let sum = 0;
    for (let f = 0; f < imp.length; f++) {
        imp[f] /= tree.samples[0];
        sum += imp[f];
    }
    if (sum > 0)
        for (let f = 0; f < imp.length; f++)
            imp[f] /= sum;
    return imp;
}


/***/ }),

/***/ 1686:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CI: () => (/* binding */ subRows),
/* harmony export */   Or: () => (/* binding */ cellValue),
/* harmony export */   Pk: () => (/* binding */ fitColumns),
/* harmony export */   b1: () => (/* binding */ badNumericCellsOf),
/* harmony export */   eM: () => (/* binding */ codeCounts),
/* harmony export */   qt: () => (/* binding */ transformRows)
/* harmony export */ });
/* unused harmony exports allRows, inferColumnKind */
/* harmony import */ var _data_missing_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(63146);
/* harmony import */ var _data_nearly_numeric_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(88115);
/* harmony import */ var _preprocess_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3749);



/** All rows of a table. */
function allRows(table) {
    const idx = new Int32Array(table.n);
    for (let i = 0; i < idx.length; i++)
        idx[i] = i;
    return { table, idx };
}
/** Rows `pos` (positions into rows.idx, ascending) of `rows`. */
function subRows(rows, pos) {
    const idx = new Int32Array(pos.length);
    for (let i = 0; i < idx.length; i++)
        idx[i] = rows.idx[pos[i]];
    return { table: rows.table, idx };
}
const masks = new WeakMap();
/** 1 for the table rows in `rows` (cached per index array). */
function maskOf(rows) {
    let m = masks.get(rows.idx);
    if (!m) {
        m = new Uint8Array(rows.table.n);
        for (let i = 0; i < rows.idx.length; i++)
            m[rows.idx[i]] = 1;
        masks.set(rows.idx, m);
    }
    return m;
}
/** Entries of a number column's `other` that lie in `rows`, in row order: [row, text]. */
function otherIn(c, rows) {
    if (c.other.size === 0)
        return [];
    const m = maskOf(rows);
    const out = [];
    for (const [r, t] of c.other)
        if (m[r] === 1)
            out.push([r, t]);
    if (out.length > 1)
        out.sort((a, b) => a[0] - b[0]);
    return out;
}
/** How many rows of `rows` hold each dictionary code. */
function codeCounts(c, rows) {
    const counts = new Float64Array(c.dict.length);
    const codes = c.codes;
    const idx = rows.idx;
    for (let i = 0; i < idx.length; i++) {
        const k = codes[idx[i]];
        if (k >= 0)
            counts[k]++;
    }
    return counts;
}
/** Dictionary entries that are missing tokens (the reader gives -1 for those; this guards other sources). */
function missingEntries(c) {
    const m = new Uint8Array(c.dict.length);
    for (let k = 0; k < c.dict.length; k++)
        if ((0,_data_missing_js__WEBPACK_IMPORTED_MODULE_0__/* .isMissingText */ .wF)(c.dict[k]))
            m[k] = 1;
    return m;
}
/** preprocess.ts inferKind over the rows of one column, judged per distinct text. */
function inferColumnKind(c, rows) {
    let present = 0;
    let numbers = 0;
    let bool = true;
    let date = true;
    const judge = (t, count) => {
        present += count;
        if ((0,_preprocess_js__WEBPACK_IMPORTED_MODULE_1__/* .isNumberLike */ .tj)(t))
            numbers += count;
        if (bool && (0,_preprocess_js__WEBPACK_IMPORTED_MODULE_1__/* .parseBool */ .q6)(t) === undefined)
            bool = false;
        if (date && (0,_preprocess_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDate */ ._U)(t) === undefined)
            date = false;
    };
    if (c.kind === 'number') {
        const v = c.values;
        const idx = rows.idx;
        let nums = 0;
        for (let i = 0; i < idx.length; i++)
            if (v[idx[i]] === v[idx[i]])
                nums++;
        if (nums > 0) {
            // A JS number is never a boolean or a date to parseBool/parseDate.
            present += nums;
            numbers += nums;
            bool = false;
            date = false;
        }
        for (const [r, t] of otherIn(c, rows))
            if (v[r] !== v[r])
                judge(t, 1);
    }
    else {
        const counts = codeCounts(c, rows);
        const miss = missingEntries(c);
        for (let k = 0; k < counts.length; k++)
            if (counts[k] > 0 && miss[k] === 0)
                judge(c.dict[k], counts[k]);
    }
    if (present === 0)
        return 'numeric';
    if (bool)
        return 'boolean';
    if (numbers === present || (0,_data_nearly_numeric_js__WEBPACK_IMPORTED_MODULE_2__/* .isNearlyNumeric */ .pR)(numbers, present))
        return 'numeric';
    if (date)
        return 'datetime';
    return 'categorical';
}
/**
 * The present values of a column over `rows`, in row order, as numbers of the given kind (NaN where
 * a value does not parse, as Float64Array.from(undefined) would give in fitPreprocess).
 */
function presentNumbers(c, rows, parse, numbersAre, scratch) {
    const alloc = (n) => (scratch && scratch.length >= n ? scratch.subarray(0, n) : new Float64Array(n));
    const idx = rows.idx;
    if (c.kind === 'number') {
        const v = c.values;
        const other = c.other;
        const texts = other.size > 0 ? new Map(otherIn(c, rows)) : undefined;
        let n = 0;
        for (let i = 0; i < idx.length; i++)
            if (v[idx[i]] === v[idx[i]] || (texts !== undefined && texts.has(idx[i])))
                n++;
        const out = alloc(n);
        let j = 0;
        for (let i = 0; i < idx.length; i++) {
            const r = idx[i];
            const x = v[r];
            if (x === x)
                out[j++] = numbersAre(x);
            else if (texts !== undefined) {
                const t = texts.get(r);
                if (t !== undefined)
                    out[j++] = parse(t) ?? Number.NaN;
            }
        }
        return out;
    }
    const miss = missingEntries(c);
    const parsed = Float64Array.from(c.dict, (t) => parse(t) ?? Number.NaN);
    const codes = c.codes;
    let n = 0;
    for (let i = 0; i < idx.length; i++) {
        const k = codes[idx[i]];
        if (k >= 0 && miss[k] === 0)
            n++;
    }
    const out = alloc(n);
    let j = 0;
    for (let i = 0; i < idx.length; i++) {
        const k = codes[idx[i]];
        if (k >= 0 && miss[k] === 0)
            out[j++] = parsed[k];
    }
    return out;
}
/** k-th smallest of a[lo..hi] in place (Hoare selection), the value sorting would put at k. */
function select(a, k) {
    let lo = 0;
    let hi = a.length - 1;
    while (hi > lo) {
        const pivot = a[(lo + hi) >> 1];
        let i = lo;
        let j = hi;
        while (i <= j) {
            while (a[i] < pivot)
                i++;
            while (a[j] > pivot)
                j--;
            if (i <= j) {
                const t = a[i];
                a[i] = a[j];
                a[j] = t;
                i++;
                j--;
            }
        }
        if (k <= j)
            hi = j;
        else if (k >= i)
            lo = i;
        else
            return a[k];
    }
    return a[k];
}
/** preprocess.ts median (sorted middle, mean of the two middles), by selection: O(n). */
function median(xs) {
    let nan = false;
    for (let i = 0; i < xs.length; i++)
        if (xs[i] !== xs[i])
            nan = true;
    if (nan) {
        const s = xs.slice().sort();
        const m = s.length >> 1;
        return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
    }
    // xs is the caller's own scratch copy (presentNumbers): selected in place.
    const a = xs;
    const m = a.length >> 1;
    const hi = select(a, m);
    if (a.length % 2)
        return hi;
    // After selecting m, a[0..m-1] hold the m smallest: the largest of them is the lower middle.
    let lo = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < m; i++)
        if (a[i] > lo)
            lo = a[i];
    return (lo + hi) / 2;
}
/** Most frequent number; ties \u2192 the smallest (preprocess.ts mostFrequent). */
function mostFrequentNumber(xs) {
    const counts = new Map();
    for (let i = 0; i < xs.length; i++)
        counts.set(xs[i], (counts.get(xs[i]) ?? 0) + 1);
    let best = Number.NaN;
    let bestCount = -1;
    let first = true;
    for (const [v, c] of counts) {
        if (c > bestCount || (c === bestCount && v < best)) {
            best = v;
            bestCount = c;
        }
        first = false;
    }
    return first ? Number.NaN : best;
}
function numericFill(xs, strategy, fillValue) {
    if (strategy === 'constant' || xs.length === 0)
        return typeof fillValue === 'number' ? fillValue : 0;
    if (strategy === 'mean') {
        let s = 0;
        for (let i = 0; i < xs.length; i++)
            s += xs[i];
        return s / xs.length;
    }
    if (strategy === 'most-frequent')
        return mostFrequentNumber(xs);
    return median(xs);
}
/** Counts of the trimmed category text of every present cell (categoryOf). */
function categoryCounts(c, rows) {
    const out = new Map();
    const idx = rows.idx;
    if (c.kind === 'number') {
        const v = c.values;
        const texts = c.other.size > 0 ? new Map(otherIn(c, rows)) : undefined;
        for (let i = 0; i < idx.length; i++) {
            const r = idx[i];
            const t = texts?.get(r) ?? (v[r] === v[r] ? String(v[r]) : undefined);
            if (t === undefined)
                continue;
            const k = t.trim();
            out.set(k, (out.get(k) ?? 0) + 1);
        }
        return out;
    }
    const counts = codeCounts(c, rows);
    const miss = missingEntries(c);
    // Counted in order of first appearance in the rows, as a Map over the cells would be.
    const firstRow = new Int32Array(c.dict.length).fill(-1);
    const codes = c.codes;
    for (let i = 0; i < idx.length; i++) {
        const k = codes[idx[i]];
        if (k >= 0 && firstRow[k] < 0)
            firstRow[k] = i;
    }
    const order = [...firstRow.keys()].filter((k) => counts[k] > 0 && miss[k] === 0).sort((a, b) => firstRow[a] - firstRow[b]);
    for (const k of order) {
        const t = c.dict[k].trim();
        out.set(t, (out.get(t) ?? 0) + counts[k]);
    }
    return out;
}
/** Most frequent text; ties \u2192 the smallest (preprocess.ts mostFrequent). */
function mostFrequentText(counts) {
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
/** fitPreprocess on columns: the same spec as the row path for the same rows. */
function fitColumns(rows, featureColumns, opts, given) {
    const specs = [];
    const features = [];
    const { table } = rows;
    // The present values of one column at a time, for the fills (selected in place): one array for
    // all columns, the caller's when it has room.
    let scratch = given !== undefined && given.length >= rows.idx.length ? given.subarray(0, rows.idx.length) : undefined;
    const present = (col, parse, numbersAre) => presentNumbers(col, rows, parse, numbersAre, (scratch ??= new Float64Array(rows.idx.length)));
    for (const name of featureColumns) {
        const col = table.columns[table.names.indexOf(name)];
        const kind = opts.categorical?.includes(name) ? 'categorical' : inferColumnKind(col, rows);
        if (kind === 'categorical') {
            const counts = categoryCounts(col, rows);
            const impute = opts.categoricalImpute === 'median' || opts.categoricalImpute === 'mean' ? 'most-frequent' : opts.categoricalImpute;
            const fill = impute === 'constant' ? String(opts.fillValue ?? 'missing') : counts.size > 0 ? mostFrequentText(counts) : 'missing';
            const set = new Set(counts.keys());
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
            const ms = present(col, _preprocess_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDate */ ._U, () => Number.NaN);
            let hasTime = false;
            for (let i = 0; i < ms.length && !hasTime; i++)
                if (ms[i] % 86_400_000 !== 0)
                    hasTime = true;
            const parts = opts.datetimeParts ?? (hasTime ? ['year', 'month', 'day', 'dayofweek', 'hour'] : ['year', 'month', 'day', 'dayofweek']);
            const impute = opts.numericImpute;
            specs.push({ name, kind, impute, fill: numericFill(ms, impute === 'constant' ? 'median' : impute, undefined), parts });
            for (const p of parts)
                features.push(`${name}.${p}`);
        }
        else {
            const nums = kind === 'boolean' ? present(col, _preprocess_js__WEBPACK_IMPORTED_MODULE_1__/* .parseBool */ .q6, () => Number.NaN) : present(col, _preprocess_js__WEBPACK_IMPORTED_MODULE_1__/* .parseNumeric */ .vK, (x) => x);
            const impute = opts.numericImpute;
            specs.push({ name, kind, impute, fill: numericFill(nums, impute, opts.fillValue) });
            features.push(name);
        }
    }
    return { version: 1, columns: specs, features };
}
const DATE_EXPECTED = 'a date like 2024-01-31 or 2024-01-31T12:00:00Z';
function compileWriter(spec, col) {
    if (spec.kind === 'categorical') {
        const cats = spec.categories;
        const index = new Map(cats.map((c, i) => [c, i]));
        const fillIdx = index.get(spec.fill);
        const oneHot = spec.encoding === 'one-hot';
        const width = oneHot ? cats.length : 1;
        // Category index per row: fillIdx for missing, -1 for unknown.
        let code;
        if (col.kind === 'text') {
            const miss = missingEntries(col);
            const entry = Int32Array.from(col.dict, (t, k) => (miss[k] === 1 ? fillIdx : (index.get(t.trim()) ?? -1)));
            const codes = col.codes;
            code = (r) => (codes[r] < 0 ? fillIdx : entry[codes[r]]);
        }
        else {
            const v = col.values;
            const other = col.other;
            code = (r) => {
                const t = other.size > 0 ? other.get(r) : undefined;
                if (t === undefined && v[r] !== v[r])
                    return fillIdx;
                return index.get((t ?? String(v[r])).trim()) ?? -1;
            };
        }
        const write = oneHot
            ? (out, o, i, r) => {
                const k = code(r);
                if (k >= 0)
                    out[o + k][i] = 1;
                return undefined;
            }
            : (out, o, i, r) => {
                out[o][i] = code(r);
                return undefined;
            };
        return { width, write, expected: '' };
    }
    if (spec.kind === 'datetime') {
        const parts = spec.parts;
        const fill = spec.fill;
        const setParts = (out, o, i, ms) => {
            for (let p = 0; p < parts.length; p++)
                out[o + p][i] = Number.isNaN(ms) ? Number.NaN : (0,_preprocess_js__WEBPACK_IMPORTED_MODULE_1__/* .datePart */ .yC)(ms, parts[p]);
        };
        if (col.kind === 'text') {
            const miss = missingEntries(col);
            const ms = Float64Array.from(col.dict, (t, k) => (miss[k] === 1 ? fill : ((0,_preprocess_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDate */ ._U)(t) ?? Number.NaN)));
            // Date parts per entry, computed once.
            const table = parts.map((p) => Float64Array.from(ms, (x) => (Number.isNaN(x) ? Number.NaN : (0,_preprocess_js__WEBPACK_IMPORTED_MODULE_1__/* .datePart */ .yC)(x, p))));
            const fillParts = parts.map((p) => (Number.isNaN(fill) ? Number.NaN : (0,_preprocess_js__WEBPACK_IMPORTED_MODULE_1__/* .datePart */ .yC)(fill, p)));
            const codes = col.codes;
            return {
                width: parts.length,
                expected: DATE_EXPECTED,
                write: (out, o, i, r) => {
                    const k = codes[r];
                    if (k < 0) {
                        for (let p = 0; p < parts.length; p++)
                            out[o + p][i] = fillParts[p];
                        return undefined;
                    }
                    for (let p = 0; p < parts.length; p++)
                        out[o + p][i] = table[p][k];
                    return Number.isNaN(ms[k]) && miss[k] === 0 ? DATE_EXPECTED : undefined;
                },
            };
        }
        const v = col.values;
        const other = col.other;
        return {
            width: parts.length,
            expected: DATE_EXPECTED,
            write: (out, o, i, r) => {
                const t = other.size > 0 ? other.get(r) : undefined;
                if (t === undefined && v[r] !== v[r]) {
                    setParts(out, o, i, fill);
                    return undefined;
                }
                // A number is never a date (parseDate of a JS number is undefined).
                const ms = v[r] === v[r] ? undefined : (0,_preprocess_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDate */ ._U)(t);
                setParts(out, o, i, ms ?? Number.NaN);
                return ms === undefined ? DATE_EXPECTED : undefined;
            },
        };
    }
    const fill = spec.fill;
    const bool = spec.kind === 'boolean';
    const expected = bool ? 'true or false' : 'a finite number';
    if (col.kind === 'text') {
        const miss = missingEntries(col);
        const parse = bool ? _preprocess_js__WEBPACK_IMPORTED_MODULE_1__/* .parseBool */ .q6 : _preprocess_js__WEBPACK_IMPORTED_MODULE_1__/* .parseNumeric */ .vK;
        const val = Float64Array.from(col.dict, (t, k) => (miss[k] === 1 ? fill : (parse(t) ?? Number.NaN)));
        const bad = Uint8Array.from(col.dict, (t, k) => (miss[k] === 0 && parse(t) === undefined ? 1 : 0));
        const codes = col.codes;
        return {
            width: 1,
            expected,
            write: (out, o, i, r) => {
                const k = codes[r];
                if (k < 0) {
                    out[o][i] = fill;
                    return undefined;
                }
                out[o][i] = val[k];
                return bad[k] === 1 ? expected : undefined;
            },
        };
    }
    const v = col.values;
    const other = col.other;
    if (bool) {
        return {
            width: 1,
            expected,
            write: (out, o, i, r) => {
                const t = other.size > 0 ? other.get(r) : undefined;
                if (t === undefined && v[r] !== v[r]) {
                    out[o][i] = fill;
                    return undefined;
                }
                const x = v[r] === v[r] ? undefined : (0,_preprocess_js__WEBPACK_IMPORTED_MODULE_1__/* .parseBool */ .q6)(t);
                out[o][i] = x ?? Number.NaN;
                return x === undefined ? expected : undefined;
            },
        };
    }
    return {
        width: 1,
        expected,
        write: (out, o, i, r) => {
            const x = v[r];
            if (x === x) {
                out[o][i] = x;
                return undefined;
            }
            const t = other.size > 0 ? other.get(r) : undefined;
            if (t === undefined) {
                out[o][i] = fill;
                return undefined;
            }
            const y = (0,_preprocess_js__WEBPACK_IMPORTED_MODULE_1__/* .parseNumeric */ .vK)(t);
            out[o][i] = y ?? Number.NaN;
            return y === undefined ? expected : undefined;
        },
    };
}
/** The raw value of a cell as it is shown in messages. */
function cellValue(col, r) {
    if (col.kind === 'text')
        return col.codes[r] < 0 ? null : col.dict[col.codes[r]];
    const t = col.other.get(r);
    return t !== undefined ? t : col.values[r] === col.values[r] ? col.values[r] : null;
}
/** Fast path of a plain numeric column: values with the fill for NaN (no kept texts in these rows). */
function numericFast(spec, col, rows, start, end, into) {
    if (spec.kind !== 'numeric' || col.kind !== 'number' || col.other.size > 0)
        return undefined;
    const v = col.values;
    const fill = spec.fill;
    const idx = rows.idx;
    const out = into ? into.subarray(0, end - start) : new Float64Array(end - start);
    for (let i = start; i < end; i++) {
        const x = v[idx[i]];
        out[i - start] = x === x ? x : fill;
    }
    return out;
}
/**
 * transformColumns on columns for the row positions [start, end) of `rows`: one Float64Array per
 * model feature, and the first error in transformColumns' order (spec column, then row).
 * `into`: one scratch array per model feature, each at least end \u2212 start long; the columns are
 * written into (views on) them instead of new arrays, so a caller going through a split chunk by
 * chunk allocates nothing per chunk (garbage typed arrays are freed only at V8's next GC, so at
 * 1M rows fresh chunks held ~60 MB of peak RSS; bench/train/whole.mjs).
 */
function transformRows(spec, rows, start = 0, end = rows.idx.length, into) {
    const { table, idx } = rows;
    const n = end - start;
    const out = new Array(spec.features.length);
    let error;
    let o = 0;
    for (const c of spec.columns) {
        const ci = table.names.indexOf(c.name);
        const col = table.columns[ci];
        const fast = numericFast(c, col, rows, start, end, into?.[o]);
        if (fast) {
            out[o++] = fast;
            continue;
        }
        const { width, write } = compileWriter(c, col);
        for (let w = 0; w < width; w++)
            out[o + w] = into ? into[o + w].subarray(0, n).fill(0) : new Float64Array(n);
        for (let i = 0; i < n; i++) {
            const r = idx[start + i];
            const e = write(out, o, i, r);
            if (e !== undefined && error === undefined)
                error = { row: start + i, column: c.name, value: cellValue(col, r), expected: e };
        }
        o += width;
    }
    return { columns: out, ...(error ? { error } : {}) };
}
/**
 * Numeric columns (by NEARLY_NUMERIC_SHARE) with cells that are not numbers, over `rows`, listing
 * the first MAX_LISTED_CELLS cells (line from the table, position from the file's header).
 */
function badNumericCellsOf(rows, features) {
    const out = [];
    const { table, idx } = rows;
    for (const name of features) {
        const ci = table.names.indexOf(name);
        const col = table.columns[ci];
        let numbers = 0;
        let nonMissing = 0;
        const cells = [];
        if (col.kind === 'number') {
            const v = col.values;
            for (let i = 0; i < idx.length; i++)
                if (v[idx[i]] === v[idx[i]])
                    numbers++;
            nonMissing = numbers;
            for (const [r, t] of otherIn(col, rows)) {
                if (v[r] === v[r])
                    continue;
                nonMissing++;
                if ((0,_preprocess_js__WEBPACK_IMPORTED_MODULE_1__/* .isNumberLike */ .tj)(t))
                    numbers++;
                else if (cells.length < _data_nearly_numeric_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_LISTED_CELLS */ .lY)
                    cells.push({ line: table.lines[r], value: t });
            }
        }
        else {
            const counts = codeCounts(col, rows);
            const miss = missingEntries(col);
            const isNum = Uint8Array.from(col.dict, (t) => ((0,_preprocess_js__WEBPACK_IMPORTED_MODULE_1__/* .isNumberLike */ .tj)(t) ? 1 : 0));
            for (let k = 0; k < counts.length; k++) {
                if (counts[k] === 0 || miss[k] === 1)
                    continue;
                nonMissing += counts[k];
                if (isNum[k] === 1)
                    numbers += counts[k];
            }
            if (!(0,_data_nearly_numeric_js__WEBPACK_IMPORTED_MODULE_2__/* .isNearlyNumeric */ .pR)(numbers, nonMissing))
                continue;
            for (let i = 0; i < idx.length && cells.length < _data_nearly_numeric_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_LISTED_CELLS */ .lY; i++) {
                const k = col.codes[idx[i]];
                if (k >= 0 && miss[k] === 0 && isNum[k] === 0)
                    cells.push({ line: table.lines[idx[i]], value: col.dict[k] });
            }
        }
        if (!(0,_data_nearly_numeric_js__WEBPACK_IMPORTED_MODULE_2__/* .isNearlyNumeric */ .pR)(numbers, nonMissing))
            continue;
        out.push({ column: name, position: table.positions[ci] ?? ci + 1, numbers, nonMissing, bad: nonMissing - numbers, cells });
    }
    return out;
}



/***/ }),

/***/ 47472:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $r: () => (/* binding */ targetOf),
/* harmony export */   AN: () => (/* binding */ stratifiedFoldsIndex),
/* harmony export */   Bz: () => (/* binding */ preprocessTrain),
/* harmony export */   EW: () => (/* binding */ treeDepth),
/* harmony export */   Hg: () => (/* binding */ growModel),
/* harmony export */   KS: () => (/* binding */ mapRows),
/* harmony export */   LB: () => (/* binding */ pickRows),
/* harmony export */   Lb: () => (/* binding */ binTrainRows),
/* harmony export */   N3: () => (/* binding */ sortClasses),
/* harmony export */   OY: () => (/* binding */ scoreColumns),
/* harmony export */   RC: () => (/* binding */ numericTarget),
/* harmony export */   Wy: () => (/* binding */ labelOf),
/* harmony export */   _3: () => (/* binding */ evaluate),
/* harmony export */   af: () => (/* binding */ transformOrThrow),
/* harmony export */   e1: () => (/* binding */ asText),
/* harmony export */   eV: () => (/* binding */ growBinned),
/* harmony export */   h2: () => (/* binding */ fitModel),
/* harmony export */   hd: () => (/* binding */ EXACT_MAX_ROWS),
/* harmony export */   oN: () => (/* binding */ presentTargetRows),
/* harmony export */   qm: () => (/* binding */ encodeTargetColumn),
/* harmony export */   sD: () => (/* binding */ holdoutSplitIndex),
/* harmony export */   vH: () => (/* binding */ foldLabels)
/* harmony export */ });
/* unused harmony exports holdoutSplit, stratifiedFolds, encodeTarget, trainRowsOf, groupLists, keyOrder, badCell, notFinite, preprocessOptions, binRows, EVAL_CHUNK, predictRows */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16986);
/* harmony import */ var _data_table_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37254);
/* harmony import */ var _cart_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(33053);
/* harmony import */ var _mlcart_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(89932);
/* harmony import */ var _metrics_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(17066);
/* harmony import */ var _preprocess_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3749);
/* harmony import */ var _columnar_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1686);
/* harmony import */ var _bundle_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(17996);
/* harmony import */ var _rng_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4258);
/* harmony import */ var _hist_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(91383);
/**
 * What training and the search share, below both (train.ts runs the stage, search-*.ts the
 * model selection): the settings, targets and classes, holdout and fold splits on the training
 * rows of the columnar table, preprocessing fitted on a split, growing the tree or forest and
 * scoring it.
 */










/** auto split search: exact (ml-cart-identical) up to this many training rows, histogram above. */
const EXACT_MAX_ROWS = 20_000;
/** Class label text of a raw target value. */
function labelOf(v) {
    return typeof v === 'string' ? v.trim() : v instanceof Date ? v.toISOString() : String(v);
}
function numericTarget(v) {
    if (typeof v === 'number')
        return Number.isFinite(v) ? v : undefined;
    if (typeof v === 'string' && /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(v.trim()))
        return Number(v.trim());
    return undefined;
}
/** Sorted class labels: numerically when all look numeric, else by code point (like numpy.unique). */
function sortClasses(labels) {
    const allNum = labels.every((l) => numericTarget(l) !== undefined);
    return [...labels].sort((a, b) => (allNum ? Number(a) - Number(b) : a < b ? -1 : a > b ? 1 : 0));
}
/** Group code per label (first appearance) and each group's key text: what the index forms take. */
function groupsOf(labels) {
    const index = new Map();
    const keys = [];
    const groups = Int32Array.from(labels, (l) => {
        let g = index.get(l);
        if (g === undefined)
            index.set(l, (g = keys.push(String(l)) - 1));
        return g;
    });
    return { groups, keys };
}
/** holdoutSplitIndex over label values (text labels, as labelOf gives them; null: one group). */
function holdoutSplit(labels, n, testSize, rng) {
    const g = labels ? groupsOf(labels) : undefined;
    const split = holdoutSplitIndex(g?.groups ?? null, g?.keys ?? [], n, testSize, rng);
    return { train: Array.from(split.train), test: Array.from(split.test) };
}
/** stratifiedFoldsIndex over label values (text labels). */
function stratifiedFolds(labels, k, rng) {
    const { groups, keys } = groupsOf(labels);
    return stratifiedFoldsIndex(groups, keys, k, rng);
}
/** Encode target values: class index (\u22121 unknown / missing) or number (NaN when not numeric). */
function encodeTarget(task, classes, values) {
    if (task === 'regression')
        return Float64Array.from(values, (v) => numericTarget(v) ?? Number.NaN);
    const index = new Map(classes.map((c, i) => [c, i]));
    return Int32Array.from(values, (v) => (isMissing(v) ? -1 : (index.get(labelOf(v)) ?? -1)));
}
/** Rows `pos` (positions into rows.idx, ascending) of `rows`. */
function pickRows(rows, pos) {
    return { ...(0,_columnar_js__WEBPACK_IMPORTED_MODULE_3__/* .subRows */ .CI)(rows, pos), target: rows.target, ...(rows.classes ? { classes: rows.classes } : {}) };
}
/** The encoded target of the rows, in row order. */
function targetOf(rows) {
    const { idx, target } = rows;
    const out = target instanceof Int32Array ? new Int32Array(idx.length) : new Float64Array(idx.length);
    for (let i = 0; i < idx.length; i++)
        out[i] = target[idx[i]];
    return out;
}
/** Class label of each row (classification) or 0 (regression): what stratifiedFolds takes. */
function foldLabels(rows) {
    const { idx, target, classes } = rows;
    return classes ? Array.from(idx, (r) => classes[target[r]]) : Array.from(idx, () => 0);
}
/** Every row of a table with `target` encoded (tests, tools): the training rows of a whole file. */
function trainRowsOf(table, target, task, classes) {
    const ti = table.names.indexOf(target);
    if (ti < 0)
        throw new UsageError(`${table.file}: target column "${target}" not found; columns are: ${table.names.join(', ')}`);
    const tcol = asText(table.columns[ti]);
    return { table, idx: presentTargetRows(tcol), target: encodeTargetColumn(task, classes, tcol), ...(classes ? { classes } : {}) };
}
/** A column as dictionary codes (the target is read as text; this also takes a number column). */
function asText(c) {
    if (c.kind === 'text')
        return c;
    const dict = [];
    const index = new Map();
    const codes = new Int32Array(c.values.length);
    for (let r = 0; r < codes.length; r++) {
        const t = (0,_data_table_js__WEBPACK_IMPORTED_MODULE_1__/* .cellText */ .Ie)(c, r);
        if (t === null || (0,_preprocess_js__WEBPACK_IMPORTED_MODULE_2__/* .isMissing */ .b2)(t)) {
            codes[r] = -1;
            continue;
        }
        let k = index.get(t);
        if (k === undefined) {
            k = dict.length;
            dict.push(t);
            index.set(t, k);
        }
        codes[r] = k;
    }
    return { kind: 'text', codes, dict };
}
/** Table rows whose target is present. */
function presentTargetRows(col) {
    const miss = Uint8Array.from(col.dict, (t) => ((0,_preprocess_js__WEBPACK_IMPORTED_MODULE_2__/* .isMissing */ .b2)(t) ? 1 : 0));
    const codes = col.codes;
    let n = 0;
    for (let r = 0; r < codes.length; r++)
        if (codes[r] >= 0 && miss[codes[r]] === 0)
            n++;
    const keep = new Int32Array(n);
    for (let r = 0, j = 0; r < codes.length; r++)
        if (codes[r] >= 0 && miss[codes[r]] === 0)
            keep[j++] = r;
    return keep;
}
/**
 * out[i] = f(src[i]) for every i, returned. Not TypedArray.from(typedArray, f): that first copies
 * an iterable source into a JS array (16 MB of heap at 1M rows, freed only by a full GC).
 */
function mapRows(out, src, f) {
    for (let i = 0; i < src.length; i++)
        out[i] = f(src[i]);
    return out;
}
/** Encode a text target column per table row with `classes` (\u22121 unknown) or as numbers. */
function encodeTargetColumn(task, classes, col) {
    if (task === 'regression') {
        const val = Float64Array.from(col.dict, (t) => numericTarget(t) ?? Number.NaN);
        return mapRows(new Float64Array(col.codes.length), col.codes, (k) => (k < 0 ? Number.NaN : val[k]));
    }
    const index = new Map(classes.map((c, i) => [c, i]));
    const cls = Int32Array.from(col.dict, (t) => ((0,_preprocess_js__WEBPACK_IMPORTED_MODULE_2__/* .isMissing */ .b2)(t) ? -1 : (index.get(labelOf(t)) ?? -1)));
    return mapRows(new Int32Array(col.codes.length), col.codes, (k) => (k < 0 ? -1 : cls[k]));
}
/**
 * holdoutSplit over group codes (class index per row, or null: one group): the same rows for the
 * same seed. Groups are visited in the order of their key text, as holdoutSplit sorts its labels.
 */
function holdoutSplitIndex(groups, keys, n, testSize, rng) {
    const lists = groupLists(groups, keys.length, n);
    const isTest = new Uint8Array(n);
    for (const g of keyOrder(groups ? keys : ['0'])) {
        const idx = lists[g];
        if (idx.length === 0)
            continue;
        (0,_rng_js__WEBPACK_IMPORTED_MODULE_5__/* .shuffleInPlace */ .k)(idx, rng);
        let nt = Math.round(idx.length * testSize);
        if (groups && idx.length >= 2)
            nt = Math.min(Math.max(nt, 1), idx.length - 1);
        for (let i = 0; i < nt; i++)
            isTest[idx[i]] = 1;
    }
    let nTest = 0;
    for (let i = 0; i < n; i++)
        nTest += isTest[i];
    const train = new Int32Array(n - nTest);
    const test = new Int32Array(nTest);
    for (let i = 0, a = 0, b = 0; i < n; i++)
        if (isTest[i] === 1)
            test[b++] = i;
        else
            train[a++] = i;
    return { train, test };
}
/** stratifiedFolds over group codes: the same fold per row for the same seed. */
function stratifiedFoldsIndex(groups, keys, k, rng) {
    const fold = new Int32Array(groups.length);
    const lists = groupLists(groups, keys.length, groups.length);
    let offset = 0;
    for (const g of keyOrder(keys)) {
        const idx = lists[g];
        if (idx.length === 0)
            continue;
        (0,_rng_js__WEBPACK_IMPORTED_MODULE_5__/* .shuffleInPlace */ .k)(idx, rng);
        for (let i = 0; i < idx.length; i++)
            fold[idx[i]] = (i + offset) % k;
        offset += idx.length;
    }
    return fold;
}
function groupLists(groups, nGroups, n) {
    if (!groups)
        return [Int32Array.from({ length: n }, (_, i) => i)];
    const counts = new Int32Array(nGroups);
    for (let i = 0; i < n; i++)
        counts[groups[i]]++;
    const lists = Array.from(counts, (c) => new Int32Array(c));
    const fill = new Int32Array(nGroups);
    for (let i = 0; i < n; i++)
        lists[groups[i]][fill[groups[i]]++] = i;
    return lists;
}
/** Group indexes in the order of their keys' text (code point order, like the row path's sort). */
function keyOrder(keys) {
    return keys.map((_, i) => i).sort((a, b) => (keys[a] < keys[b] ? -1 : keys[a] > keys[b] ? 1 : 0));
}
function treeDepth(t) {
    const depth = new Int32Array(t.nodeCount);
    let max = 0;
    for (let i = 0; i < t.nodeCount; i++) {
        if (t.feature[i] >= 0) {
            depth[t.left[i]] = depth[i] + 1;
            depth[t.right[i]] = depth[i] + 1;
            max = Math.max(max, depth[i] + 1);
        }
    }
    return max;
}
/** Transform rows, turning bad values into a UsageError naming file line, column and value. */
function transformOrThrow(spec, t, file, start = 0, end = t.idx.length, into) {
    const { columns, error } = (0,_columnar_js__WEBPACK_IMPORTED_MODULE_3__/* .transformRows */ .qt)(spec, t, start, end, into);
    if (error)
        throw badCell(spec, t, file, error);
    for (let f = 0; f < columns.length; f++) {
        const c = columns[f];
        for (let r = 0; r < c.length; r++)
            if (!Number.isFinite(c[r]))
                throw notFinite(spec, t, file, f, start + r, c[r]);
    }
    return columns;
}
function badCell(spec, t, file, e) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UsageError(`${file}:${t.table.lines[t.idx[e.row]]}: column "${e.column}" is ${JSON.stringify(e.value)}, expected ${e.expected} (the column was typed from the training rows); fix the value or list the column under train.categorical`);
}
function notFinite(spec, t, file, f, row, x) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UsageError(`${file}:${t.table.lines[t.idx[row]]}: feature "${spec.features[f]}" is ${x} after preprocessing; replace NaN/Infinity values or set train.impute`);
}
function preprocessOptions(s) {
    return { numericImpute: s.numericImpute, categoricalImpute: s.categoricalImpute, fillValue: s.fillValue, encoding: s.encoding, categorical: s.categorical, datetimeParts: s.datetimeParts };
}
/** Preprocessing fitted on `train` and applied to it: the feature matrix and the encoded target. */
function preprocessTrain(s, task, classes, features, train, file) {
    const spec = (0,_columnar_js__WEBPACK_IMPORTED_MODULE_3__/* .fitColumns */ .Pk)(train, features, preprocessOptions(s));
    const X = transformOrThrow(spec, train, file);
    return { spec, X, y: targetOf(train) };
}
/**
 * The histogram bins of the training rows straight from the table: cuts from the rows binCuts
 * samples, then the rows transformed and binned a chunk at a time (no feature matrix). The sample
 * is transformed one spec column at a time and each chunk into one set of scratch columns, so
 * binning holds d \u00d7 BIN_CHUNK doubles, not d \u00d7 65,536 twice (at 1M \u00d7 20 that was ~20 MB of peak RSS).
 */
function binRows(spec, rows, file, buffer) {
    const n = rows.idx.length;
    const step = (0,_hist_js__WEBPACK_IMPORTED_MODULE_6__/* .binSampleStep */ .Sn)(n);
    const m = Math.ceil(n / step);
    const sampleIdx = new Int32Array(m);
    for (let i = 0, j = 0; i < n; i += step, j++)
        sampleIdx[j] = rows.idx[i];
    const sampleRows = { table: rows.table, idx: sampleIdx };
    // The sort buffer and the first sampled feature live in the caller's scratch when it has room.
    const room = buffer !== undefined && buffer.length >= 2 * m;
    const sorted = room ? buffer.subarray(0, m) : new Float64Array(m);
    const cuts = [];
    // The sampled features of one spec column at a time, in arrays reused from column to column.
    const sample = room ? [buffer.subarray(m, 2 * m)] : [];
    let o = 0;
    for (const c of spec.columns) {
        const width = c.kind === 'categorical' && c.encoding === 'one-hot' ? c.categories.length : c.kind === 'datetime' ? c.parts.length : 1;
        while (sample.length < width)
            sample.push(new Float64Array(m));
        const one = { ...spec, columns: [c], features: spec.features.slice(o, o + width) };
        for (const col of (0,_columnar_js__WEBPACK_IMPORTED_MODULE_3__/* .transformRows */ .qt)(one, sampleRows, 0, m, sample).columns)
            cuts.push((0,_hist_js__WEBPACK_IMPORTED_MODULE_6__/* .binCuts */ .dp)(col, 256, col.length, sorted));
        o += width;
    }
    const scratch = scratchColumns(spec, Math.min(n, BIN_CHUNK));
    return (0,_hist_js__WEBPACK_IMPORTED_MODULE_6__/* .binChunks */ .GC)(n, cuts, (start, end) => transformOrThrow(spec, rows, file, start, end, scratch), (f, row, x) => {
        throw notFinite(spec, rows, file, f, row, x);
    }, BIN_CHUNK);
}
function fitModel(s, task, classes, features, train, file) {
    const binned = binTrainRows(s, features, train, file);
    if (binned)
        return growBinned(s, task, classes, binned);
    const { spec, X, y } = preprocessTrain(s, task, classes, features, train, file);
    return growModel(s, task, classes, spec, X, y);
}
/**
 * The training rows binned straight from the table, when the model grows on bins (a histogram
 * tree); undefined when it grows on the feature columns (exact split search, forest).
 */
function binTrainRows(s, features, train, file) {
    const splitSearch = s.splitSearch === 'auto' ? (train.idx.length <= EXACT_MAX_ROWS ? 'exact' : 'histogram') : s.splitSearch;
    if (s.model !== 'tree' || splitSearch !== 'histogram')
        return undefined;
    // One scratch for the fills' present values (n) and then the cut sample and its sort (2 \u00d7 n/step).
    const n = train.idx.length;
    const scratch = new Float64Array(Math.max(n, 2 * Math.ceil(n / (0,_hist_js__WEBPACK_IMPORTED_MODULE_6__/* .binSampleStep */ .Sn)(n))));
    const spec = (0,_columnar_js__WEBPACK_IMPORTED_MODULE_3__/* .fitColumns */ .Pk)(train, features, preprocessOptions(s), scratch);
    return { spec, binned: binRows(spec, train, file, scratch), y: targetOf(train) };
}
/** Grow the histogram tree on its bins (binTrainRows). */
function growBinned(s, task, classes, b) {
    const placeholder = b.spec.features.map(() => new Float64Array(0));
    return growModel(s, task, classes, b.spec, placeholder, b.y, { binned: b.binned });
}
/** Grow the tree (or forest) on preprocessed columns. */
function growModel(s, task, classes, spec, X, y, shared) {
    const opts = { maxDepth: s.maxDepth, minNumSamples: s.minNumSamples, gainThreshold: s.gainThreshold ?? (task === 'classification' ? 0.01 : 0) };
    const k = classes?.length ?? 0;
    const splitSearch = s.splitSearch === 'auto' ? (y.length <= EXACT_MAX_ROWS ? 'exact' : 'histogram') : s.splitSearch;
    const grow = splitSearch === 'exact' ? _cart_js__WEBPACK_IMPORTED_MODULE_7__/* .trainTree */ .dW : _hist_js__WEBPACK_IMPORTED_MODULE_6__/* .trainTreeHist */ .NQ;
    if (s.model === 'tree' && splitSearch === 'histogram' && shared) {
        // A search's fold: the columns are binned once and shared by every candidate.
        shared.binned ??= (0,_hist_js__WEBPACK_IMPORTED_MODULE_6__/* .binColumns */ .Fi)(X);
        const tree = (0,_hist_js__WEBPACK_IMPORTED_MODULE_6__/* .trainTreeHist */ .NQ)({ task, columns: X, y, nClasses: k }, opts, 256, shared.binned);
        return { spec, model: (0,_mlcart_js__WEBPACK_IMPORTED_MODULE_8__/* .toMlCartModel */ .GE)(tree, opts), importances: (0,_cart_js__WEBPACK_IMPORTED_MODULE_7__/* .featureImportances */ .yY)(tree), nodes: tree.nodeCount, depth: treeDepth(tree), splitSearch };
    }
    if (s.model === 'tree') {
        const tree = grow({ task, columns: X, y, nClasses: k }, opts);
        return { spec, model: (0,_mlcart_js__WEBPACK_IMPORTED_MODULE_8__/* .toMlCartModel */ .GE)(tree, opts), importances: (0,_cart_js__WEBPACK_IMPORTED_MODULE_7__/* .featureImportances */ .yY)(tree), nodes: tree.nodeCount, depth: treeDepth(tree), splitSearch };
    }
    // Bagging: each tree sees a bootstrap sample of the rows and a random subset of the features.
    const rng = (0,_rng_js__WEBPACK_IMPORTED_MODULE_5__/* .createRng */ .S)(s.seed ^ 0x9e3779b9);
    const d = X.length;
    const m = s.maxFeatures === 'all' ? d : s.maxFeatures === 'sqrt' ? Math.max(1, Math.round(Math.sqrt(d))) : Math.max(1, Math.round(s.maxFeatures * d));
    const n = y.length;
    const trees = [];
    const imp = new Float64Array(d);
    let nodes = 0;
    let depth = 0;
    for (let t = 0; t < s.nTrees; t++) {
        const rows = new Int32Array(n);
        for (let i = 0; i < n; i++)
            rows[i] = rng.int(n);
        rows.sort();
        const feats = (0,_rng_js__WEBPACK_IMPORTED_MODULE_5__/* .shuffleInPlace */ .k)(Int32Array.from({ length: d }, (_, i) => i), rng).slice(0, m).sort();
        const cols = Array.from(feats, (f) => mapRows(new Float64Array(n), rows, (r) => X[f][r]));
        const yy = mapRows(task === 'classification' ? new Int32Array(n) : new Float64Array(n), rows, (r) => y[r]);
        const tree = grow({ task, columns: cols, y: yy, nClasses: k }, opts);
        for (let i = 0; i < tree.nodeCount; i++)
            if (tree.feature[i] >= 0)
                tree.feature[i] = feats[tree.feature[i]];
        const fi = (0,_cart_js__WEBPACK_IMPORTED_MODULE_7__/* .featureImportances */ .yY)({ ...tree, nFeatures: d });
        for (let f = 0; f < d; f++)
            imp[f] += fi[f] / s.nTrees;
        trees.push((0,_mlcart_js__WEBPACK_IMPORTED_MODULE_8__/* .toMlCartModel */ .GE)(tree, opts));
        nodes += tree.nodeCount;
        depth = Math.max(depth, treeDepth(tree));
    }
    const forest = { name: 'cd4ml-forest', trees };
    return { spec, model: forest, importances: imp, nodes, depth, splitSearch };
}
/** Metrics of a fitted model on preprocessed columns with encoded targets (no file checks). */
function scoreColumns(task, classes, model, X, y) {
    const compiled = (0,_bundle_js__WEBPACK_IMPORTED_MODULE_4__/* .compileModel */ .To)(model, classes?.length);
    const { predictions, probabilities } = (0,_bundle_js__WEBPACK_IMPORTED_MODULE_4__/* .predictFeatureColumns */ .l3)(compiled, X, y.length);
    if (task === 'regression')
        return (0,_metrics_js__WEBPACK_IMPORTED_MODULE_9__/* .computeRegressionMetrics */ .iM)(y, predictions);
    return (0,_metrics_js__WEBPACK_IMPORTED_MODULE_9__/* .computeClassificationMetrics */ .lD)({ yTrue: y, yPred: predictions, proba: probabilities, classes: classes });
}
/** Rows scored per chunk when evaluating (the test split is never one feature matrix). */
const EVAL_CHUNK = 16384;
/** Rows binned per chunk: d \u00d7 4,096 doubles of scratch (0.66 MB at 20 features; 16,384 rows cost train 2 MB more peak RSS at 200k and no less time). */
const BIN_CHUNK = 4096;
/** One reusable array of `rows` doubles per model feature (transformRows' `into`). */
function scratchColumns(spec, rows) {
    return spec.features.map(() => new Float64Array(rows));
}
/** Predictions of a fitted model on rows of the table, a chunk at a time. */
function predictRows(fit, classes, rows, file) {
    const model = (0,_bundle_js__WEBPACK_IMPORTED_MODULE_4__/* .compileModel */ .To)(fit.model, classes?.length);
    const n = rows.idx.length;
    const k = classes?.length ?? 0;
    const predictions = new Float64Array(n);
    const probabilities = classes ? new Float64Array(n * k) : undefined;
    const scratch = scratchColumns(fit.spec, Math.min(n, EVAL_CHUNK));
    for (let start = 0; start < n; start += EVAL_CHUNK) {
        const end = Math.min(n, start + EVAL_CHUNK);
        const X = transformOrThrow(fit.spec, rows, file, start, end, scratch);
        const p = (0,_bundle_js__WEBPACK_IMPORTED_MODULE_4__/* .predictFeatureColumns */ .l3)(model, X, end - start);
        predictions.set(p.predictions, start);
        if (probabilities && p.probabilities)
            probabilities.set(p.probabilities, start * k);
    }
    return { predictions, ...(probabilities ? { probabilities } : {}) };
}
function evaluate(task, classes, fit, test, target, file) {
    const { predictions, probabilities } = predictRows(fit, classes, test, file);
    const y = targetOf(test);
    const tcol = test.table.columns[test.table.names.indexOf(target)];
    const raw = (i) => JSON.stringify((0,_columnar_js__WEBPACK_IMPORTED_MODULE_3__/* .cellValue */ .Or)(tcol, test.idx[i]));
    if (task === 'regression') {
        for (let i = 0; i < y.length; i++)
            if (Number.isNaN(y[i]))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UsageError(`${file}:${test.table.lines[test.idx[i]]}: target "${target}" is ${raw(i)}, not a number`);
        return (0,_metrics_js__WEBPACK_IMPORTED_MODULE_9__/* .computeRegressionMetrics */ .iM)(y, predictions);
    }
    for (let i = 0; i < y.length; i++) {
        if (y[i] < 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UsageError(`${file}:${test.table.lines[test.idx[i]]}: target "${target}" is ${raw(i)}, a class the training data does not have (classes: ${classes.join(', ')})`);
    }
    return (0,_metrics_js__WEBPACK_IMPORTED_MODULE_9__/* .computeClassificationMetrics */ .lD)({ yTrue: y, yPred: predictions, proba: probabilities, classes: classes });
}


/***/ }),

/***/ 91383:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fi: () => (/* binding */ binColumns),
/* harmony export */   GC: () => (/* binding */ binChunks),
/* harmony export */   NQ: () => (/* binding */ trainTreeHist),
/* harmony export */   Sn: () => (/* binding */ binSampleStep),
/* harmony export */   aA: () => (/* binding */ cutsOfSorted),
/* harmony export */   dp: () => (/* binding */ binCuts)
/* harmony export */ });
/**
 * Quantile cut points of a column from an evenly strided sample of at most `sampleSize` rows.
 * `scratch`: an array of at least the sample's length to sort the sample in (train's binning passes
 * one for every column, so binning allocates nothing per column).
 */
function binCuts(col, maxBins = 256, sampleSize = 65536, scratch) {
    const step = Math.max(1, Math.floor(col.length / sampleSize));
    const m = Math.ceil(col.length / step);
    const s = strideSample(col, step, scratch && scratch.length >= m ? scratch.subarray(0, m) : new Float64Array(m));
    s.sort();
    return cutsOfSorted(s, maxBins);
}
/** Every step-th value from row 0 into `s`, \u22120 written as 0. */
function strideSample(col, step, s) {
    const n = col.length;
    for (let i = 0, j = 0; i < n; i += step, j++)
        s[j] = col[i] + 0;
    return s;
}
/**
 * binCuts' cut points from its sorted sample (ascending, \u22120 written as 0). A caller that knows the
 * sample's values in order already (a search's folds filter their round's sorted columns)
 * gets the same cuts without sorting. The distinct values are the runs of the sorted sample,
 * walked in place (no per-value arrays: at 1M rows \u00d7 20 columns those were ~20 MB of garbage in
 * train's peak RSS). (Each loop is its own function: the optimizer compiles a loop once instead of
 * recompiling a function whose later part has not run yet.)
 */
function cutsOfSorted(s, maxBins = 256) {
    const m = s.length;
    const nv = distinctCount(s);
    const cuts = new Float64Array(Math.max(0, Math.min(nv - 1, maxBins - 1)));
    const nc = nv <= maxBins ? midpoints(s, cuts) : quantileCuts(s, m, maxBins, cuts);
    return cuts.slice(0, nc);
}
function distinctCount(s) {
    let nv = 0;
    for (let i = 0; i < s.length; i++)
        if (i === 0 || s[i] !== s[i - 1])
            nv++;
    return nv;
}
/** A cut midway between each pair of neighbouring distinct values. */
function midpoints(s, cuts) {
    let nc = 0;
    for (let i = 1; i < s.length; i++)
        if (s[i] !== s[i - 1])
            cuts[nc++] = (s[i - 1] + s[i]) / 2;
    return nc;
}
/** Walk the runs of distinct values, closing a bin each time the cumulative count passes the next quantile. */
function quantileCuts(s, m, maxBins, cuts) {
    let cum = 0;
    let next = 1;
    let nc = 0;
    let i = 0;
    while (i < m) {
        let j = i + 1;
        while (j < m && s[j] === s[i])
            j++;
        if (j >= m)
            break; // the last distinct value closes no bin
        cum += j - i;
        if (cum >= (next * m) / maxBins) {
            cuts[nc++] = (s[i] + s[j]) / 2;
            while (cum >= (next * m) / maxBins)
                next++;
            if (nc === maxBins - 1)
                break;
        }
        i = j;
    }
    return nc;
}
/** Bin every column (row-major bytes: binned[row * d + f]). */
function binColumns(columns, maxBins = 256) {
    const d = columns.length;
    const n = d > 0 ? columns[0].length : 0;
    const binned = new Uint8Array(n * d);
    const cuts = [];
    for (let f = 0; f < d; f++) {
        const col = columns[f];
        for (let i = 0; i < n; i++)
            if (!Number.isFinite(col[i]))
                throw new RangeError(`feature ${f} contains NaN or Infinity at row ${i + 1}; impute or drop those values before training`);
        const c = binCuts(col, maxBins);
        cuts.push(c);
        const p = paddedCuts(c);
        for (let i = 0; i < n; i++)
            binned[i * d + f] = binOf(p, col[i]);
    }
    return { binned, cuts };
}
/** Cuts padded to 255 with +Infinity, for binOf. */
function paddedCuts(c) {
    const p = new Float64Array(256).fill(Number.POSITIVE_INFINITY);
    p.set(c);
    return p;
}
/**
 * The bin of x: the number of cuts \u2264 x, by a binary search over the padded cuts in 8 fixed steps.
 * +(a <= b) is 0 or 1 without a branch: no mispredicted jumps.
 */
function binOf(p, x) {
    let lo = 0;
    lo += +(p[lo + 127] <= x) << 7;
    lo += +(p[lo + 63] <= x) << 6;
    lo += +(p[lo + 31] <= x) << 5;
    lo += +(p[lo + 15] <= x) << 4;
    lo += +(p[lo + 7] <= x) << 3;
    lo += +(p[lo + 3] <= x) << 2;
    lo += +(p[lo + 1] <= x) << 1;
    return lo + +(p[lo] <= x);
}
/** Rows binCuts samples from a column of n rows: every `step`-th, from row 0. */
function binSampleStep(n, sampleSize = 65536) {
    return Math.max(1, Math.floor(n / sampleSize));
}
/**
 * binColumns without the whole feature matrix: with the cuts already made (binCuts of each
 * feature's sample: train samples the rows binCuts would sample), the rows are binned a chunk at a
 * time from `chunk(start, end)` (one Float64Array per feature). `bad(f, row)` is called for the
 * first NaN/Infinity and must throw. Same bytes as binColumns on the full columns.
 */
function binChunks(n, cuts, chunk, bad, chunkRows = 65536) {
    const d = cuts.length;
    const binned = new Uint8Array(n * d);
    const pads = cuts.map(paddedCuts);
    for (let start = 0; start < n; start += chunkRows) {
        const end = Math.min(n, start + chunkRows);
        const cols = chunk(start, end);
        for (let f = 0; f < d; f++) {
            const col = cols[f];
            const p = pads[f];
            for (let i = 0; i < end - start; i++) {
                const x = col[i];
                if (!Number.isFinite(x))
                    bad(f, start + i, x);
                binned[(start + i) * d + f] = binOf(p, x);
            }
        }
    }
    return { binned, cuts };
}
const B = 256;
/**
 * `prebinned`: binColumns(columns) computed once and shared (a search's folds reuse it for every
 * candidate). `internalValues`: as trainTree's, split nodes also get the values they would have
 * as leaves (search-prune.ts cuts shallower trees from this one).
 */
function trainTreeHist(data, opts, maxBins = 256, prebinned, internalValues = false) {
    const { task, columns } = data;
    const isClf = task === 'classification';
    const d = columns.length;
    const n = data.y.length;
    const k = isClf ? (data.nClasses ?? 0) : 0;
    const yInt = isClf ? data.y : new Int32Array(0);
    const yNum = isClf ? new Float64Array(0) : data.y;
    const { binned, cuts } = prebinned ?? binColumns(columns, Math.min(maxBins, B));
    // Histogram layout: classification [f][bin][class] counts; regression [f][bin] (count, sum, sumSq).
    const W = isClf ? k : 3;
    const hsize = d * B * W;
    const order = new Int32Array(n);
    for (let i = 0; i < n; i++)
        order[i] = i;
    const tmp = new Int32Array(n);
    const nodes = {
        feature: [],
        threshold: [],
        left: [],
        right: [],
        gain: [],
        samples: [],
        impurity: [],
        value: [],
        distLength: [],
    };
    const newNode = () => {
        nodes.feature.push(-1);
        nodes.threshold.push(0);
        nodes.left.push(0);
        nodes.right.push(0);
        nodes.gain.push(0);
        nodes.samples.push(0);
        nodes.impurity.push(0);
        nodes.distLength.push(0);
        for (let c = 0; c < Math.max(1, k); c++)
            nodes.value.push(0);
        return nodes.feature.length - 1;
    };
    // Histograms are recycled: a depth-first growth holds only a few at a time, and allocating (and
    // collecting) a zeroed d\u00b7256\u00b7W array per node costs more than clearing a used one.
    const spare = [];
    const release = (h) => {
        spare.push(h);
    };
    function build(s, e) {
        const reused = spare.pop();
        const h = reused ? reused.fill(0) : new Float64Array(hsize);
        if (isClf) {
            for (let i = s; i < e; i++) {
                const row = order[i];
                const base = row * d;
                const lab = yInt[row];
                for (let f = 0; f < d; f++)
                    h[(f * B + binned[base + f]) * W + lab]++;
            }
        }
        else {
            for (let i = s; i < e; i++) {
                const row = order[i];
                const base = row * d;
                const v = yNum[row];
                const v2 = v * v;
                for (let f = 0; f < d; f++) {
                    const o = (f * B + binned[base + f]) * 3;
                    h[o]++;
                    h[o + 1] += v;
                    h[o + 2] += v2;
                }
            }
        }
        return h;
    }
    const total = new Float64Array(Math.max(1, k));
    const L = new Float64Array(Math.max(1, k));
    /** Node statistics from feature 0's histogram (every row is in exactly one bin of it). */
    function nodeStats(h) {
        let m = 0;
        let sum = 0;
        let sumSq = 0;
        if (isClf) {
            total.fill(0);
            for (let b = 0; b < B; b++)
                for (let c = 0; c < k; c++)
                    total[c] += h[b * W + c];
            for (let c = 0; c < k; c++)
                m += total[c];
        }
        else {
            for (let b = 0; b < B; b++) {
                m += h[b * 3];
                sum += h[b * 3 + 1];
                sumSq += h[b * 3 + 2];
            }
        }
        return { m, sum, sumSq };
    }
    const root = newNode();
    // Nodes with at most SMALL rows skip histograms: their candidates come from sorting the rows'
    // bins (same candidates, same order, same result as scanning a histogram, but O(m log m)).
    const SMALL = 64;
    const keys = new Int32Array(SMALL);
    function rowStats(s, e) {
        let sum = 0;
        let sumSq = 0;
        if (isClf) {
            total.fill(0);
            for (let i = s; i < e; i++)
                total[yInt[order[i]]]++;
        }
        else {
            for (let i = s; i < e; i++) {
                const v = yNum[order[i]];
                sum += v;
                sumSq += v * v;
            }
        }
        return { m: e - s, sum, sumSq };
    }
    /** Best (feature, bin) of a small node by sorting its rows' bins; same criterion and order as the histogram scan. */
    function smallBest(s, e, m, sum) {
        let bestScore = -Infinity;
        let bestF = -1;
        let bestB = -1;
        let bestNl = 0;
        for (let f = 0; f < d; f++) {
            const nb = cuts[f].length;
            // Insertion sort of \u2264 SMALL distinct keys (bin << 8 | i): the same order as a sort, without its call.
            const ks = keys;
            for (let i = 0; i < m; i++) {
                const key = (binned[order[s + i] * d + f] << 8) | i;
                let j = i - 1;
                while (j >= 0 && ks[j] > key) {
                    ks[j + 1] = ks[j];
                    j--;
                }
                ks[j + 1] = key;
            }
            if (isClf)
                L.fill(0);
            let nl = 0;
            let sl = 0;
            let i = 0;
            while (i < m) {
                const b = ks[i] >> 8;
                if (b >= nb)
                    break;
                while (i < m && ks[i] >> 8 === b) {
                    const row = order[s + (ks[i] & 255)];
                    if (isClf)
                        L[yInt[row]]++;
                    else
                        sl += yNum[row];
                    nl++;
                    i++;
                }
                const nr = m - nl;
                if (nr === 0)
                    break;
                let score;
                if (isClf) {
                    let sL = 0;
                    let sR = 0;
                    for (let c = 0; c < k; c++) {
                        const a = L[c];
                        const r = total[c] - a;
                        sL += a * a;
                        sR += r * r;
                    }
                    score = sL / nl + sR / nr;
                }
                else {
                    const sr = sum - sl;
                    score = (sl * sl) / nl + (sr * sr) / nr;
                }
                if (score > bestScore) {
                    bestScore = score;
                    bestF = f;
                    bestB = b;
                    bestNl = nl;
                }
            }
        }
        return [bestScore, bestF, bestB, bestNl];
    }
    /** Best (feature, bin) of a node from its histogram: first maximum of the criterion in (feature, bin) order. */
    function histBest(h, m, sum) {
        let bestScore = -Infinity;
        let bestF = -1;
        let bestB = -1;
        let bestNl = 0;
        for (let f = 0; f < d; f++) {
            const nb = cuts[f].length; // bins 0..nb; cut after bin b for b < nb
            const off = f * B * W;
            if (isClf && k === 2) {
                // Two classes (the common case), the loop below written out: the same sums in the same order.
                const t0 = total[0];
                const t1 = total[1];
                let l0 = 0;
                let l1 = 0;
                let nl = 0;
                for (let b = 0; b < nb; b++) {
                    const o = off + b * 2;
                    const h0 = h[o];
                    const h1 = h[o + 1];
                    const cnt = h0 + h1;
                    if (cnt === 0)
                        continue;
                    l0 += h0;
                    l1 += h1;
                    nl += cnt;
                    const nr = m - nl;
                    if (nr === 0)
                        break;
                    const r0 = t0 - l0;
                    const r1 = t1 - l1;
                    const score = (l0 * l0 + l1 * l1) / nl + (r0 * r0 + r1 * r1) / nr;
                    if (score > bestScore) {
                        bestScore = score;
                        bestF = f;
                        bestB = b;
                        bestNl = nl;
                    }
                }
            }
            else if (isClf) {
                L.fill(0);
                let nl = 0;
                for (let b = 0; b < nb; b++) {
                    const o = off + b * W;
                    let cnt = 0;
                    for (let c = 0; c < k; c++) {
                        L[c] += h[o + c];
                        cnt += h[o + c];
                    }
                    if (cnt === 0)
                        continue;
                    nl += cnt;
                    const nr = m - nl;
                    if (nr === 0)
                        break;
                    let sL = 0;
                    let sR = 0;
                    for (let c = 0; c < k; c++) {
                        const a = L[c];
                        const r = total[c] - a;
                        sL += a * a;
                        sR += r * r;
                    }
                    const score = sL / nl + sR / nr;
                    if (score > bestScore) {
                        bestScore = score;
                        bestF = f;
                        bestB = b;
                        bestNl = nl;
                    }
                }
            }
            else {
                let nl = 0;
                let sl = 0;
                for (let b = 0; b < nb; b++) {
                    const o = off + b * 3;
                    const cnt = h[o];
                    if (cnt === 0)
                        continue;
                    nl += cnt;
                    sl += h[o + 1];
                    const nr = m - nl;
                    if (nr === 0)
                        break;
                    const sr = sum - sl;
                    const score = (sl * sl) / nl + (sr * sr) / nr;
                    if (score > bestScore) {
                        bestScore = score;
                        bestF = f;
                        bestB = b;
                        bestNl = nl;
                    }
                }
            }
        }
        return [bestScore, bestF, bestB, bestNl];
    }
    /** Stable partition of rows s..e: bin \u2264 b of feature f to the left. */
    function partition(s, e, f, b) {
        let w = s;
        let t = 0;
        for (let i = s; i < e; i++) {
            const row = order[i];
            if (binned[row * d + f] <= b)
                order[w++] = row;
            else
                tmp[t++] = row;
        }
        for (let i = 0; i < t; i++)
            order[w + i] = tmp[i];
    }
    /** h \u2212 hs, in place (histogram subtraction). */
    function subtract(h, hs) {
        for (let i = 0; i < hsize; i++)
            h[i] -= hs[i];
    }
    /** A leaf's values: class probabilities up to the largest class present, or the mean. */
    function leafValues(node, m, sum) {
        if (isClf) {
            let maxLabel = 0;
            for (let c = 0; c < k; c++) {
                nodes.value[node * k + c] = total[c] / m;
                if (total[c] > 0)
                    maxLabel = c;
            }
            nodes.distLength[node] = maxLabel + 1;
        }
        else {
            nodes.value[node] = sum / m;
        }
    }
    // [node, start, end, depth, parentGain, histogram (null for small nodes)]
    const stack = [[root, 0, n, 0, isClf ? null : 0, n <= SMALL ? null : build(0, n)]];
    while (stack.length > 0) {
        const [node, s, e, depth, parentGain, h] = stack.pop();
        const { m, sum, sumSq } = h ? nodeStats(h) : rowStats(s, e);
        nodes.samples[node] = m;
        let parentGini = 0;
        if (isClf) {
            let sq = 0;
            for (let c = 0; c < k; c++)
                sq += (total[c] / m) ** 2;
            parentGini = 1 - sq;
            nodes.impurity[node] = parentGini;
        }
        else {
            nodes.impurity[node] = Math.max(0, sumSq / m - (sum / m) ** 2);
        }
        const makeLeaf = () => leafValues(node, m, sum);
        if (m <= opts.minNumSamples || depth >= opts.maxDepth || m < 2) {
            makeLeaf();
            if (h)
                release(h);
            continue;
        }
        // Best split: first maximum of the criterion in (feature, bin) order.
        const [bestScore, bestF, bestB, bestNl] = h ? histBest(h, m, sum) : smallBest(s, e, m, sum);
        if (bestF < 0) {
            makeLeaf();
            if (h)
                release(h);
            continue;
        }
        // ml-cart's gain: gini decrease (classification) or children's squared error (regression).
        const gain = isClf ? parentGini - (m - bestScore) / m : Math.max(0, sumSq - bestScore);
        if (!(gain > opts.gainThreshold) || gain === parentGain) {
            makeLeaf();
            if (h)
                release(h);
            continue;
        }
        if (internalValues)
            makeLeaf();
        // Stable partition of the node's rows.
        partition(s, e, bestF, bestB);
        const mid = s + bestNl;
        nodes.feature[node] = bestF;
        nodes.threshold[node] = cuts[bestF][bestB];
        nodes.gain[node] = gain;
        const l = newNode();
        const r = newNode();
        nodes.left[node] = l;
        nodes.right[node] = r;
        // Histogram subtraction: count the smaller child, derive the other (small nodes: count both).
        let hl = null;
        let hr = null;
        const nL = mid - s;
        const nR = e - mid;
        if (h && (nL > SMALL || nR > SMALL)) {
            if (nL <= SMALL) {
                if ((e - s) * d < hsize) {
                    hr = build(mid, e);
                    release(h);
                }
                else {
                    const hs = build(s, mid);
                    subtract(h, hs);
                    hr = h;
                    release(hs);
                }
            }
            else if (nR <= SMALL) {
                if ((e - s) * d < hsize) {
                    hl = build(s, mid);
                    release(h);
                }
                else {
                    const hs = build(mid, e);
                    subtract(h, hs);
                    hl = h;
                    release(hs);
                }
            }
            else {
                const leftSmall = nL <= nR;
                const hs = leftSmall ? build(s, mid) : build(mid, e);
                subtract(h, hs);
                hl = leftSmall ? hs : h;
                hr = leftSmall ? h : hs;
            }
        }
        else if (h)
            release(h);
        stack.push([r, mid, e, depth + 1, gain, hr]);
        stack.push([l, s, mid, depth + 1, gain, hl]);
    }
    const count = nodes.feature.length;
    return {
        task,
        nFeatures: d,
        nClasses: k,
        nodeCount: count,
        feature: Int32Array.from(nodes.feature),
        threshold: Float64Array.from(nodes.threshold),
        left: Int32Array.from(nodes.left),
        right: Int32Array.from(nodes.right),
        gain: Float64Array.from(nodes.gain),
        samples: Int32Array.from(nodes.samples),
        impurity: Float64Array.from(nodes.impurity),
        value: Float64Array.from(nodes.value),
        distLength: Int32Array.from(nodes.distLength),
    };
}


/***/ }),

/***/ 4258:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ createRng),
/* harmony export */   k: () => (/* binding */ shuffleInPlace)
/* harmony export */ });
/* harmony import */ var _data_sample_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(87082);
/**
 * A tiny seeded pseudo-random generator, so that every random choice in training (holdout split,
 * folds, bootstrap samples, feature subsets) is reproducible from `seed` alone.
 *
 * mulberry32 (Tommy Ettinger, public domain): 32-bit state, period 2^32, passes gjrand/PractRand
 * far enough for sampling rows. Not for cryptography. The generator itself is src/data/sample.ts's
 * seededRandom, shared by every stage.
 */

function createRng(seed) {
    const next = (0,_data_sample_js__WEBPACK_IMPORTED_MODULE_0__/* .seededRandom */ .Is)(seed);
    return { next, int: (n) => Math.floor(next() * n) };
}
/** Fisher\u2013Yates shuffle in place, driven by `rng`. Returns `arr`. */
function shuffleInPlace(arr, rng) {
    for (let i = arr.length - 1; i > 0; i--) {
        const j = rng.int(i + 1);
        const t = arr[i];
        arr[i] = arr[j];
        arr[j] = t;
    }
    return arr;
}


/***/ }),

/***/ 37624:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  c7: () => (/* binding */ applyCandidate),
  NW: () => (/* binding */ combineUnits),
  Ww: () => (/* binding */ evaluateUnit),
  rx: () => (/* binding */ groupEncoding),
  y7: () => (/* binding */ groupTasks),
  jJ: () => (/* binding */ inProcessRunner),
  Yn: () => (/* binding */ needsCovered),
  l6: () => (/* binding */ numericTableOf),
  X4: () => (/* binding */ prepareFold),
  Wo: () => (/* binding */ prepareRound),
  Fg: () => (/* binding */ roundBins),
  Gk: () => (/* binding */ scoringJobOf),
  fZ: () => (/* binding */ sortRoundColumn)
});

// UNUSED EXPORTS: combineFolds, foldAssignment, foldDataOf, predictBinned, predictTree, roundRows, scoreOne, trainingAccuracy

// EXTERNAL MODULE: ./src/model/cart.js
var cart = __webpack_require__(33053);
// EXTERNAL MODULE: ./src/model/bundle.js + 2 modules
var bundle = __webpack_require__(17996);
// EXTERNAL MODULE: ./src/model/rng.js
var rng = __webpack_require__(4258);
// EXTERNAL MODULE: ./src/model/search.js
var search = __webpack_require__(59991);
// EXTERNAL MODULE: ./src/model/fit.js
var model_fit = __webpack_require__(47472);
// EXTERNAL MODULE: ./src/model/hist.js
var hist = __webpack_require__(91383);
// EXTERNAL MODULE: ./src/model/mlcart.js
var mlcart = __webpack_require__(89932);
;// CONCATENATED MODULE: ./src/model/search-prune.js
/** The options that grow a tree containing the tree of every one of `opts`. */
function coveringOptions(opts) {
    return {
        maxDepth: Math.max(...opts.map((o) => o.maxDepth)),
        minNumSamples: Math.min(...opts.map((o) => o.minNumSamples)),
        gainThreshold: Math.min(...opts.map((o) => o.gainThreshold)),
    };
}
/**
 * The tree `opts` grows, cut from `big` (grown with `internalValues` and options covering `opts`:
 * maxDepth \u2265, minNumSamples \u2264, gainThreshold \u2264). Node numbering as the trainers number nodes: a
 * split node's children get the next two numbers when it is split, nodes are split depth first,
 * left before right.
 */
function pruneTree(big, opts) {
    const n = big.nodeCount;
    const k1 = Math.max(1, big.nClasses);
    const feature = new Int32Array(n);
    const threshold = new Float64Array(n);
    const left = new Int32Array(n);
    const right = new Int32Array(n);
    const gain = new Float64Array(n);
    const samples = new Int32Array(n);
    const impurity = new Float64Array(n);
    const value = new Float64Array(n * k1);
    const distLength = new Int32Array(n);
    let count = 1;
    // [node in big, node in the cut tree, depth]
    const stack = [[0, 0, 0]];
    while (stack.length > 0) {
        const [b, o, depth] = stack.pop();
        samples[o] = big.samples[b];
        impurity[o] = big.impurity[b];
        const split = big.feature[b] >= 0 && big.samples[b] > opts.minNumSamples && depth < opts.maxDepth && big.gain[b] > opts.gainThreshold;
        if (!split) {
            feature[o] = -1;
            for (let c = 0; c < k1; c++)
                value[o * k1 + c] = big.value[b * k1 + c];
            distLength[o] = big.distLength[b];
            continue;
        }
        feature[o] = big.feature[b];
        threshold[o] = big.threshold[b];
        gain[o] = big.gain[b];
        const l = count++;
        const r = count++;
        left[o] = l;
        right[o] = r;
        stack.push([big.right[b], r, depth + 1]);
        stack.push([big.left[b], l, depth + 1]);
    }
    return {
        task: big.task,
        nFeatures: big.nFeatures,
        nClasses: big.nClasses,
        nodeCount: count,
        feature: feature.slice(0, count),
        threshold: threshold.slice(0, count),
        left: left.slice(0, count),
        right: right.slice(0, count),
        gain: gain.slice(0, count),
        samples: samples.slice(0, count),
        impurity: impurity.slice(0, count),
        value: value.slice(0, count * k1),
        distLength: distLength.slice(0, count),
    };
}

;// CONCATENATED MODULE: ./src/model/search-eval.js
/**
 * Scoring search candidates by cross-validation on the training split (never the holdout). The
 * same code runs in-process and on worker threads (search-pool.ts), so results do not depend on
 * the number of threads: a candidate's scores depend only on its params, the rows and the seed.
 *
 * Each fold's data (the feature matrix, its histogram bins, the validation columns) is made once
 * per round, in shared memory, and read by every candidate: on a numeric table by whichever thread
 * is free (prepareFold, a gather from the table parsed once), otherwise preprocessed on the main
 * thread (prepareRound). The unit of work is one fold of a group of candidates that share one grown
 * tree (groupTasks, search-prune.ts): one tree per fold for every depth and leaf size searched.
 */








function scoringJobOf(job) {
    return { settings: job.settings, task: job.task, classes: job.classes, metric: job.metric, trainRows: job.train.idx.length };
}
/** A candidate's params applied to the settings. */
function applyCandidate(s, c) {
    const out = { ...s };
    if (c['max-depth'] !== undefined)
        out.maxDepth = c['max-depth'];
    if (c['min-num-samples'] !== undefined)
        out.minNumSamples = c['min-num-samples'];
    if (c['gain-threshold'] !== undefined)
        out.gainThreshold = c['gain-threshold'];
    if (c.model !== undefined)
        out.model = c.model;
    if (c['n-trees'] !== undefined)
        out.nTrees = c['n-trees'];
    if (c['max-features'] !== undefined)
        out.maxFeatures = c['max-features'];
    if (c.encoding !== undefined)
        out.encoding = c.encoding;
    if (c['split-search'] !== undefined)
        out.splitSearch = c['split-search'];
    return out;
}
/** The settings a task is scored with: split-search auto decided by the whole training split. */
function taskSettings(job, params) {
    const s = applyCandidate(job.settings, params);
    // split-search auto is decided by the whole training split, as the refit decides it: every fold
    // and halving round judges a candidate with the trainer its final model will use.
    if (s.splitSearch === 'auto')
        s.splitSearch = job.trainRows <= model_fit/* EXACT_MAX_ROWS */.hd ? 'exact' : 'histogram';
    return s;
}
/** Rows of a halving round: the first `resources` rows of a seeded shuffle of the training split, in file order. */
function roundRows(n, resources, seed) {
    return Array.from(roundRowIndex(n, resources, seed));
}
function roundRowIndex(n, resources, seed) {
    const idx = new Int32Array(n);
    for (let i = 0; i < n; i++)
        idx[i] = i;
    if (resources >= n)
        return idx;
    (0,rng/* shuffleInPlace */.k)(idx, (0,rng/* createRng */.S)((seed + 3) >>> 0));
    // A typed array sorts numerically.
    return idx.slice(0, resources).sort();
}
/** Fold of each row: the stratified k-fold assignment train's cross-validation uses (seed + 1). */
function foldAssignment(job, rows) {
    const { idx, target } = rows;
    const classes = job.task === 'classification' ? job.classes : ['0'];
    const groups = job.task === 'classification' ? Int32Array.from(idx, (r) => target[r]) : new Int32Array(idx.length);
    return (0,model_fit/* stratifiedFoldsIndex */.AN)(groups, classes, job.folds, (0,rng/* createRng */.S)(job.settings.seed + 1));
}
function sharedCopy(a) {
    const C = a.constructor;
    const out = new C(new SharedArrayBuffer(a.length * C.BYTES_PER_ELEMENT));
    out.set(a);
    return out;
}
/** a[idx[i]] for every i, into shared memory. */
function gatherShared(a, idx) {
    const C = a.constructor;
    const out = new C(new SharedArrayBuffer(idx.length * C.BYTES_PER_ELEMENT));
    for (let i = 0; i < idx.length; i++)
        out[i] = a[idx[i]];
    return out;
}
/**
 * The training split parsed once, when every feature column is numeric with no missing cell (and
 * none is listed as categorical): then each fold's preprocessing is the identity on these numbers
 * (no fill is ever used), exactly what preprocessTrain makes of the fold, and a fold's columns are
 * a gather by row index instead of re-reading the table's text for every fold and round. Any
 * other table goes through preprocessTrain per fold.
 */
function parseNumericTable(job) {
    const { train, features, settings: s } = job;
    if (features.some((f) => s.categorical?.includes(f)))
        return undefined;
    const { table, idx } = train;
    const n = idx.length;
    const X = [];
    for (const f of features) {
        const c = table.columns[table.names.indexOf(f)];
        if (c?.kind !== 'number')
            return undefined;
        const col = new Float64Array(new SharedArrayBuffer(n * 8));
        for (let i = 0; i < n; i++) {
            const v = c.values[idx[i]];
            if (!Number.isFinite(v))
                return undefined;
            col[i] = v;
        }
        X.push(col);
    }
    return { X, y: sharedCopy((0,model_fit/* targetOf */.$r)(train)) };
}
/** Per job: the parsed numeric table (or none), and the last round's data. */
const parsedCache = new WeakMap();
/** The job's training split as a NumericTable, when it is one (parsed once per job). */
function numericTableOf(job) {
    let cached = parsedCache.get(job);
    if (!cached)
        parsedCache.set(job, (cached = { parsed: parseNumericTable(job) }));
    return cached.parsed;
}
/** What the tasks need of each fold, per encoding. */
function roundNeeds(job, tasks) {
    const scoring = scoringJobOf(job);
    const needs = {};
    for (const t of tasks) {
        const s = taskSettings(scoring, t.params);
        const need = (needs[s.encoding] ??= { bins: false, X: false });
        if (s.model === 'tree' && s.splitSearch === 'histogram') {
            need.bins = true;
            // The training score of a histogram tree comes from the bins (predictBinned) on a fast metric.
            if (!FAST_METRICS.includes(job.metric))
                need.X = true;
        }
        else
            need.X = true;
    }
    return needs;
}
/** Does `have` hold everything `want` asks for? */
function needsCovered(have, want) {
    return Object.entries(want).every(([e, w]) => have[e] !== undefined && (!w.bins || have[e].bins) && (!w.X || have[e].X));
}
/** For a numeric table every encoding is the same data: one fold serves them all. */
function unionNeed(needs) {
    const all = Object.values(needs);
    return { bins: all.some((n) => n.bins), X: all.some((n) => n.X) };
}
/**
 * A round's rows and folds, for the encodings and trainers the round's tasks use. On a numeric
 * table this is only the rows and their folds (each fold is made by prepareFold, where it is
 * evaluated); otherwise every fold is preprocessed here, on the calling thread, into
 * SharedArrayBuffers that worker threads read without copying.
 */
function prepareRound(job, tasks) {
    const parsed = numericTableOf(job);
    const cached = parsedCache.get(job);
    const resources = tasks[0]?.resources ?? job.train.idx.length;
    const needs = roundNeeds(job, tasks);
    const rowIdx = roundRowIndex(job.train.idx.length, resources, job.settings.seed);
    const rowsTable = (0,model_fit/* pickRows */.LB)(job.train, rowIdx);
    const fold = foldAssignment(job, rowsTable);
    if (parsed)
        return { resources, rows: rowIdx.length, folds: job.folds, needs, numeric: { rowIdx: sharedCopy(rowIdx), fold: sharedCopy(fold) } };
    const file = job.settings.data;
    const byEncoding = {};
    const prev = cached.round?.resources === resources ? cached.round.byEncoding ?? {} : {};
    for (const [encoding, need] of Object.entries(needs)) {
        const old = prev[encoding];
        if (old && (!need.bins || old.every((d) => d.binned)) && (!need.X || old.every((d) => d.X))) {
            byEncoding[encoding] = old;
            continue;
        }
        const s = { ...job.settings, encoding: encoding };
        const data = [];
        for (let f = 0; f < job.folds; f++) {
            const tr = [];
            const va = [];
            fold.forEach((g, i) => (g === f ? va : tr).push(i));
            const trainRows = (0,model_fit/* pickRows */.LB)(rowsTable, tr);
            const valRows = (0,model_fit/* pickRows */.LB)(rowsTable, va);
            const { spec, X, y } = (0,model_fit/* preprocessTrain */.Bz)(s, job.task, job.classes, job.features, trainRows, file);
            const Xv = (0,model_fit/* transformOrThrow */.af)(spec, valRows, file);
            const yv = (0,model_fit/* targetOf */.$r)(valRows);
            const binned = need.bins ? (0,hist/* binColumns */.Fi)(X) : undefined;
            data.push({
                ...(need.X ? { X: X.map(sharedCopy) } : {}),
                y: sharedCopy(y),
                Xv: Xv.map(sharedCopy),
                yv: sharedCopy(yv),
                ...(binned ? { binned: { binned: sharedCopy(binned.binned), cuts: binned.cuts } } : {}),
            });
        }
        byEncoding[encoding] = data;
    }
    const round = { resources, rows: rowIdx.length, folds: job.folds, needs, byEncoding };
    cached.round = round;
    return round;
}
/**
 * Fold `f` of a round on a numeric table (any thread): its training and validation rows gathered
 * from the parsed table by row index, the training rows binned as binColumns bins
 * preprocessTrain's columns, in SharedArrayBuffers so that other threads can read it. The same
 * bytes as a fold of prepareRound on the same rows (one fold serves every encoding: there is
 * nothing to encode). `sorted`: the round's columns in sorted order (sortRoundColumn), which
 * spares sorting and searching per fold (sortedBins).
 */
function prepareFold(table, numeric, needs, f, sorted) {
    const { rowIdx, fold } = numeric;
    let nv = 0;
    for (let i = 0; i < fold.length; i++)
        if (fold[i] === f)
            nv++;
    const trIdx = new Int32Array(fold.length - nv);
    const vaIdx = new Int32Array(nv);
    for (let i = 0, a = 0, b = 0; i < fold.length; i++) {
        if (fold[i] === f)
            vaIdx[b++] = rowIdx[i];
        else
            trIdx[a++] = rowIdx[i];
    }
    const need = unionNeed(needs);
    // The training columns themselves only when a candidate reads them, or to bin them without the sorted order.
    const X = need.X || (need.bins && !sorted) ? table.X.map((c) => gatherShared(c, trIdx)) : undefined;
    const binned = need.bins ? (sorted ? sortedBins(sorted, fold, f, trIdx.length) : (0,hist/* binColumns */.Fi)(X)) : undefined;
    return {
        ...(need.X ? { X } : {}),
        y: gatherShared(table.y, trIdx),
        Xv: table.X.map((c) => gatherShared(c, vaIdx)),
        yv: gatherShared(table.y, vaIdx),
        ...(binned ? { binned: { binned: binned.binned.buffer instanceof SharedArrayBuffer ? binned.binned : sharedCopy(binned.binned), cuts: binned.cuts } } : {}),
    };
}
/**
 * Column `c` of a round's rows sorted (the exact trainer's presort, cart.ts, does the sorting;
 * ties by position), once per round: every fold of the round finds its bins from it (sortedBins).
 */
function sortRoundColumn(table, numeric, c) {
    const v = gatherShared(table.X[c], numeric.rowIdx);
    const { sorted } = (0,cart/* prepareFeature */.GL)(v);
    return { values: gatherShared(v, sorted), pos: sharedCopy(sorted) };
}
/**
 * binColumns of fold `f`'s training rows (the round's rows with another fold, in round order),
 * read from the round's sorted columns instead of sorting and searching: binCuts samples every
 * step-th training row and sorts the sample, and the same rows taken in sorted order are that
 * sorted sample (cutsOfSorted gives the same cuts); a row's bin is the number of cuts \u2264 its value,
 * counted by one walk up the sorted rows. The same bytes as binColumns on the gathered columns.
 */
function sortedBins(sorted, fold, f, n) {
    const d = sorted.length;
    const nr = fold.length;
    const step = (0,hist/* binSampleStep */.Sn)(n);
    // Position of each round row among the fold's training rows (\u22121: a validation row), and binCuts' sample.
    const at = new Int32Array(nr);
    const inSample = new Uint8Array(nr);
    let m = 0;
    for (let i = 0, a = 0; i < nr; i++) {
        if (fold[i] === f) {
            at[i] = -1;
            continue;
        }
        if (a % step === 0) {
            inSample[i] = 1;
            m++;
        }
        at[i] = a++;
    }
    const s = new Float64Array(m);
    const binned = new Uint8Array(new SharedArrayBuffer(n * d));
    const cuts = [];
    for (let c = 0; c < d; c++) {
        const { values, pos } = sorted[c];
        sampleSorted(values, pos, inSample, s);
        const cut = (0,hist/* cutsOfSorted */.aA)(s);
        cuts.push(cut);
        binSorted(values, pos, at, cut, binned, d, c);
    }
    return { binned, cuts };
}
/** The sample's values in sorted order (\u22120 written as 0). */
function sampleSorted(values, pos, inSample, s) {
    for (let i = 0, j = 0; i < values.length; i++)
        if (inSample[pos[i]] === 1)
            s[j++] = values[i] + 0;
}
/** Column c's bin of each training row: the number of cuts \u2264 its value, counted walking up the sorted rows. */
function binSorted(values, pos, at, cut, binned, d, c) {
    const nc = cut.length;
    for (let i = 0, b = 0; i < values.length; i++) {
        const p = at[pos[i]];
        if (p < 0)
            continue;
        const x = values[i];
        while (b < nc && cut[b] <= x)
            b++;
        binned[p * d + c] = b;
    }
}
/** The data of fold `f` for `encoding`: made on the main thread (byEncoding) or from the numeric table. */
function foldDataOf(round, table, encoding, f, sorted) {
    if (round.byEncoding)
        return round.byEncoding[encoding][f];
    return prepareFold(table, round.numeric, round.needs, f, sorted);
}
/** Does the round bin its folds (then its sorted columns pay: sortRoundColumn)? */
function roundBins(round) {
    return round.numeric !== undefined && unionNeed(round.needs).bins;
}
/** A placeholder spec: the search never writes or applies a fold's spec, only the refit's. */
const NO_SPEC = { version: 1, columns: [], features: [] };
/** The settings that cannot be cut from a covering tree (search-prune.ts): a group shares one grown tree per fold. */
const CUT = new Set(['max-depth', 'min-num-samples', 'gain-threshold']);
/**
 * The round's tasks in groups that share one grown tree per fold: single trees (not forests)
 * whose params differ only in max-depth, min-num-samples and gain-threshold. In task order.
 */
function groupTasks(job, tasks) {
    const groups = new Map();
    for (const t of tasks) {
        const s = taskSettings(job, t.params);
        const key = s.model === 'tree' ? JSON.stringify(Object.entries(t.params).filter(([k]) => !CUT.has(k)).sort(([a], [b]) => (a < b ? -1 : 1))) : `#${t.index}`;
        const g = groups.get(key);
        if (g)
            g.push(t);
        else
            groups.set(key, [t]);
    }
    return [...groups.values()];
}
/** The encoding a group's fold data is read for. */
function groupEncoding(job, group) {
    return taskSettings(job, group[0].params).encoding;
}
function cartOptions(s, task) {
    return { maxDepth: s.maxDepth, minNumSamples: s.minNumSamples, gainThreshold: s.gainThreshold ?? (task === 'classification' ? 0.01 : 0) };
}
/**
 * Fit a group's tasks on one fold and score them (any thread). A group of one tree is grown as
 * the refit grows it (growModel). A larger group grows one covering tree (the deepest, smallest
 * leaf size, lowest gain threshold of the group) and cuts each task's tree from it (pruneTree):
 * the same trees, bit for bit, as growing each alone. `now` measures fit time when given: a
 * shared tree's time (growing it and cutting every task's tree) is split evenly over the group.
 */
function evaluateUnit(job, d, group, now) {
    if (group.length === 1)
        return [evaluateAlone(job, d, group[0], now)];
    const settings = group.map((t) => taskSettings(job, t.params));
    const opts = settings.map((s) => cartOptions(s, job.task));
    const s0 = settings[0];
    const k = job.classes?.length ?? 0;
    const t0 = now?.() ?? 0;
    const data = { task: job.task, columns: d.X ?? d.Xv.map(() => new Float64Array(0)), y: d.y, nClasses: k };
    const cover = coveringOptions(opts);
    const big = s0.splitSearch === 'histogram' ? (0,hist/* trainTreeHist */.NQ)(data, cover, 256, d.binned ?? (0,hist/* binColumns */.Fi)(d.X), true) : (0,cart/* trainTree */.dW)(data, cover, true);
    const trees = opts.map((o) => pruneTree(big, o));
    const time = ((now?.() ?? 0) - t0) / group.length;
    // On a fast metric the cut trees are scored as they are (predictTree: the predictions the
    // compiled model.json would make); other metrics go through the model as the refit's would.
    const fast = FAST_METRICS.includes(job.metric);
    // A histogram classifier's training accuracy from its leaves: its training rows are partitioned
    // by the same bins its predictions read (predictBinned), so each leaf holds exactly the rows
    // predicted there.
    const fromLeaves = s0.splitSearch === 'histogram' && job.task === 'classification' && job.metric === 'accuracy' && !d.X;
    return trees.map((tree, j) => {
        const nodes = tree.nodeCount;
        const depth = (0,model_fit/* treeDepth */.EW)(tree);
        if (!fast)
            return { ...scoreFit(job, d, (0,mlcart/* toMlCartModel */.GE)(tree, opts[j])), nodes, depth, time };
        const score = scorePredictions(job.metric, predictTree(tree, d.Xv, d.yv.length), d.yv);
        const train = fromLeaves ? trainingAccuracy(tree) : d.X ? scorePredictions(job.metric, predictTree(tree, d.X, d.y.length), d.y) : scoreFit(job, d, (0,mlcart/* toMlCartModel */.GE)(tree, opts[j])).train;
        return { score, train, nodes, depth, time };
    });
}
/**
 * Predictions of a fitted tree on columns: what compileModel(toMlCartModel(tree)) predicts (x <
 * threshold goes left; a leaf's class is the first most probable of its distribution, its value
 * the mean), walked on the tree's own arrays. The trainers number a split node's children
 * consecutively (right = left + 1), so a step is one comparison and no branch.
 */
function predictTree(tree, X, n) {
    const { feature, threshold, left, value, distLength } = tree;
    const k = tree.nClasses;
    const clf = tree.task === 'classification';
    const out = new Float64Array(tree.nodeCount);
    for (let i = 0; i < tree.nodeCount; i++) {
        if (feature[i] >= 0)
            continue;
        if (!clf) {
            out[i] = value[i];
            continue;
        }
        let best = 0;
        for (let c = 1; c < distLength[i]; c++)
            if (value[i * k + c] > value[i * k + best])
                best = c;
        out[i] = best;
    }
    const predictions = new Float64Array(n);
    for (let r = 0; r < n; r++) {
        let node = 0;
        while (feature[node] >= 0)
            node = left[node] + +!(X[feature[node]][r] < threshold[node]);
        predictions[r] = out[node];
    }
    return predictions;
}
/**
 * Accuracy of a classification tree on the rows it was grown from, from its leaves: each leaf
 * predicts the first most probable class of its distribution (compileMlCart's rule) and holds
 * `samples` rows, of which probability \u00d7 samples (rounded: the probabilities are counts / rows)
 * have that class. The same count of right predictions, so the same number, as scoring the rows.
 */
function trainingAccuracy(tree) {
    const k = tree.nClasses;
    let right = 0;
    for (let i = 0; i < tree.nodeCount; i++) {
        if (tree.feature[i] >= 0)
            continue;
        const base = i * k;
        let best = 0;
        for (let c = 1; c < tree.distLength[i]; c++)
            if (tree.value[base + c] > tree.value[base + best])
                best = c;
        right += Math.round(tree.value[base + best] * tree.samples[i]);
    }
    return right / tree.samples[0];
}
/** One task on one fold, grown alone (growModel, as the refit grows it). */
function evaluateAlone(job, d, t, now) {
    const s = taskSettings(job, t.params);
    const t0 = now?.() ?? 0;
    // Without X (bins only), a histogram tree needs only the column count from its columns.
    const X = d.X ?? d.Xv.map(() => new Float64Array(0));
    const fit = (0,model_fit/* growModel */.Hg)(s, job.task, job.classes, NO_SPEC, X, d.y, d.binned ? { binned: d.binned } : undefined);
    const time = (now?.() ?? 0) - t0;
    return { ...scoreFit(job, d, fit.model), nodes: fit.nodes, depth: fit.depth, time };
}
/** Validation score and training score of a fitted model on a fold. */
function scoreFit(job, d, model) {
    const train = d.X ? scoreOne(job, model, d.X, d.y) : scorePredictions(job.metric, predictBinned(model, d.binned, d.y.length, job.classes?.length), d.y);
    return { score: scoreOne(job, model, d.Xv, d.yv), train };
}
/** A candidate's result from its folds' scores, in fold order. */
function combineFolds(round, t, folds, clock) {
    let nodes = 0;
    let depth = 0;
    let time = 0;
    for (const f of folds) {
        nodes += f.nodes;
        depth += f.depth;
        time += f.time;
    }
    const scores = folds.map((f) => f.score);
    const { mean, std } = (0,search/* meanAndStd */._t)(scores);
    return {
        index: t.index,
        params: t.params,
        iteration: t.iteration,
        resources: round.rows,
        fold_scores: scores,
        mean,
        std,
        train_mean: (0,search/* meanAndStd */._t)(folds.map((f) => f.train)).mean,
        nodes: nodes / folds.length,
        depth: depth / folds.length,
        fit_time_ms: clock ? Math.round(time) : null,
    };
}
/**
 * Results in task order from each unit's scores: `scores[f][g][j]` is task j of group g on fold f.
 */
function combineUnits(round, tasks, groups, scores, clock) {
    const byIndex = new Map();
    groups.forEach((g, gi) => g.forEach((t, j) => byIndex.set(t, Array.from({ length: round.folds }, (_, f) => scores[f][gi][j]))));
    return tasks.map((t) => combineFolds(round, t, byIndex.get(t), clock));
}
/**
 * One metric of a model on columns. accuracy, rmse, mae and r2 are computed directly from the
 * predictions (the same definitions as metrics.ts, checked against it in the tests); any other
 * metric goes through the full metrics.
 */
function scoreOne(job, model, X, y) {
    if (!FAST_METRICS.includes(job.metric))
        return metricOf((0,model_fit/* scoreColumns */.OY)(job.task, job.classes, model, X, y), job.metric);
    const { predictions } = (0,bundle/* predictFeatureColumns */.l3)((0,bundle/* compileModel */.To)(model, job.classes?.length), X, y.length);
    return scorePredictions(job.metric, predictions, y);
}
/** The metrics scored straight from predictions (scorePredictions). */
const FAST_METRICS = ['accuracy', 'rmse', 'mae', 'r2'];
function scorePredictions(metric, predictions, y) {
    const n = y.length;
    if (metric === 'accuracy') {
        let right = 0;
        for (let i = 0; i < n; i++)
            if (predictions[i] === y[i])
                right++;
        return right / n;
    }
    let abs = 0;
    let sq = 0;
    let sum = 0;
    for (let i = 0; i < n; i++) {
        const e = y[i] - predictions[i];
        abs += Math.abs(e);
        sq += e * e;
        sum += y[i];
    }
    if (metric === 'mae')
        return abs / n;
    if (metric === 'rmse')
        return Math.sqrt(sq / n);
    const mean = sum / n;
    let tot = 0;
    for (let i = 0; i < n; i++)
        tot += (y[i] - mean) ** 2;
    return tot === 0 ? (sq === 0 ? 1 : 0) : 1 - sq / tot;
}
/**
 * A histogram tree's predictions on the rows it was grown from, read from their bins instead of
 * their values: its thresholds are bin cuts, and "x < cuts[b]" \u21d4 "bin \u2264 b" (binColumns), so the
 * walk takes the same branches as one over the columns. Lets a fold keep only its bins in memory.
 */
function predictBinned(model, bins, n, nClasses) {
    const t = (0,bundle/* compileModel */.To)(model, nClasses).trees[0];
    const d = bins.cuts.length;
    const bin = new Int32Array(t.feature.length);
    for (let i = 0; i < t.feature.length; i++) {
        if (t.feature[i] < 0)
            continue;
        const cuts = bins.cuts[t.feature[i]];
        let lo = 0;
        let hi = cuts.length;
        while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (cuts[mid] < t.threshold[i])
                lo = mid + 1;
            else
                hi = mid;
        }
        if (cuts[lo] !== t.threshold[i])
            throw new RangeError(`predictBinned: threshold ${t.threshold[i]} of feature ${t.feature[i]} is not a bin cut`);
        bin[i] = lo;
    }
    const out = new Float64Array(n);
    const { binned, feature, left, right, leaf } = { binned: bins.binned, feature: t.feature, left: t.left, right: t.right, leaf: t.leaf };
    const clf = t.task === 'classification';
    for (let r = 0; r < n; r++) {
        let node = 0;
        while (feature[node] >= 0)
            node = binned[r * d + feature[node]] <= bin[node] ? left[node] : right[node];
        out[r] = clf ? t.leafClass[leaf[node]] : t.leafValue[leaf[node]];
    }
    return out;
}
function metricOf(m, name) {
    const v = m[name];
    return typeof v === 'number' ? v : Number.NaN;
}
function inProcessRunner(now) {
    return async (job, tasks) => {
        if (tasks.length === 0)
            return [];
        const round = prepareRound(job, tasks);
        const scoring = scoringJobOf(job);
        const table = numericTableOf(job);
        const groups = groupTasks(scoring, tasks);
        const sorted = table && roundBins(round) ? table.X.map((_, c) => sortRoundColumn(table, round.numeric, c)) : undefined;
        const scores = [];
        for (let f = 0; f < round.folds; f++) {
            // One fold's data at a time (a numeric table's fold serves every encoding).
            const data = new Map();
            scores.push(groups.map((g) => {
                const enc = groupEncoding(scoring, g);
                const key = round.byEncoding ? enc : '';
                let d = data.get(key);
                if (!d)
                    data.set(key, (d = foldDataOf(round, table, enc, f, sorted)));
                return evaluateUnit(scoring, d, g, now);
            }));
        }
        return combineUnits(round, tasks, groups, scores, now !== undefined);
    };
}


/***/ }),

/***/ 59991:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $X: () => (/* binding */ SEARCHABLE),
/* harmony export */   Hx: () => (/* binding */ halvingSchedule),
/* harmony export */   IS: () => (/* binding */ shardOf),
/* harmony export */   Tn: () => (/* binding */ mainParam),
/* harmony export */   _t: () => (/* binding */ meanAndStd),
/* harmony export */   ex: () => (/* binding */ compareResults),
/* harmony export */   f6: () => (/* binding */ enumerateCandidates),
/* harmony export */   lJ: () => (/* binding */ selectBest),
/* harmony export */   tu: () => (/* binding */ readSearchSpace),
/* harmony export */   uK: () => (/* binding */ parseShard)
/* harmony export */ });
/* unused harmony exports MAX_GRID, SEARCH_FIX, readDimension, gridSize */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16986);
/* harmony import */ var _config_options_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(97102);
/* harmony import */ var _config_sections_train_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(47371);
/* harmony import */ var _rng_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4258);
/* harmony import */ var _config_search_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(66240);
/**
 * Model selection, the pure part: the search space (`train.search`, `--search name=values`, input
 * "search"), its candidates (grid, seeded random sampling, successive-halving rounds), shards, and
 * the choice (best mean CV score; ties and the one-standard-error rule go to the simpler model).
 * No I/O, no clock: scores come from search-eval.ts, run in-process or on worker threads.
 */




/** The trainer hyperparameters a search may vary (their value types are train's own declarations). */
const SEARCHABLE = ['max-depth', 'min-num-samples', 'gain-threshold', 'model', 'n-trees', 'max-features', 'encoding', 'split-search'];
/** A grid larger than this needs method random. */
const MAX_GRID = 10_000;
const SEARCH_FIX = 'fix it in train.search (cd4ml.yml), --search or input "search"';
function declOf(name) {
    return _config_sections_train_js__WEBPACK_IMPORTED_MODULE_2__/* .trainStage */ .d.options[name];
}
/** One value of a hyperparameter, checked against the trainer's own declaration. */
function readValue(name, raw) {
    const decl = declOf(name);
    const v = typeof raw === 'string' ? decl.type.fromText(raw) : raw;
    const ok = v !== _config_options_js__WEBPACK_IMPORTED_MODULE_1__/* .INVALID */ .uY && decl.type.schema.safeParse(v).success;
    if (!ok)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UsageError(`search "${name}": value ${JSON.stringify(raw)} is not valid, ${name} must be ${decl.type.expected}; ${SEARCH_FIX}`);
    return v;
}
const RANGE = /^\s*(int|uniform|log)\s+([^\s.][^\s]*?)\s*\.\.\s*(\S+)\s*$/;
/** One dimension from its config value (list, number, "a,b,c" or a range "int 2..16"). */
function readDimension(name, raw) {
    if (!SEARCHABLE.includes(name)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UsageError(`search: unknown hyperparameter "${name}"; searchable are ${SEARCHABLE.join(', ')}; ${SEARCH_FIX}`);
    }
    const p = name;
    if (typeof raw === 'string' && /^\s*(int|uniform|log)\b/.test(raw)) {
        const m = RANGE.exec(raw);
        const lo = m ? Number(m[2]) : Number.NaN;
        const hi = m ? Number(m[3]) : Number.NaN;
        const kind = (m?.[1] ?? 'int');
        const bad = (why) => new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UsageError(`search "${name}": bad range ${JSON.stringify(raw)} (${why}); write "int 2..16", "uniform 0..0.1" or "log 0.0001..0.1"; ${SEARCH_FIX}`);
        if (!m || !Number.isFinite(lo) || !Number.isFinite(hi))
            throw bad('expected KIND LOW..HIGH with two numbers');
        if (lo >= hi)
            throw bad(`low ${lo} is not below high ${hi}`);
        if (kind === 'int' && (!Number.isInteger(lo) || !Number.isInteger(hi)))
            throw bad('int bounds must be integers');
        if (kind === 'log' && lo <= 0)
            throw bad('log bounds must be above 0');
        readValue(p, lo);
        readValue(p, hi);
        if (kind !== 'int' && declOf(p).type.expected.startsWith('an integer'))
            throw bad(`${name} takes integers; write int ${lo}..${hi}`);
        return { kind, lo, hi };
    }
    const items = Array.isArray(raw)
        ? raw
        : typeof raw === 'number'
            ? [raw]
            : typeof raw === 'string'
                ? raw.split(',').map((s) => s.trim()).filter((s) => s !== '')
                : [];
    if (items.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UsageError(`search "${name}": empty list of values; give at least one value, e.g. ${name}=${declOf(p).example ?? declOf(p).type.example}; ${SEARCH_FIX}`);
    const values = items.map((v) => readValue(p, v));
    const seen = new Set();
    for (const v of values) {
        if (seen.has(String(v)))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UsageError(`search "${name}": value ${JSON.stringify(v)} is listed twice; ${SEARCH_FIX}`);
        seen.add(String(v));
    }
    return { kind: 'list', values };
}
/** The space from the merged `search` setting (a mapping name \u2192 values), keys sorted (like sklearn's ParameterGrid). */
function readSearchSpace(raw) {
    const names = Object.keys(raw).sort();
    if (names.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UsageError(`search: no hyperparameter given; write name=values, e.g. max-depth=2,4,6; ${SEARCH_FIX}`);
    return names.map((n) => [n, readDimension(n, raw[n])]);
}

function gridSize(space) {
    return space.reduce((n, [, d]) => n * (d.kind === 'list' ? d.values.length : Number.POSITIVE_INFINITY), 1);
}
/** Every candidate, in a fixed order: the grid (last name fastest) or `trials` seeded samples. */
function enumerateCandidates(space, method, trials, seed) {
    const size = gridSize(space);
    if (method !== 'random') {
        const range = space.find(([, d]) => d.kind !== 'list');
        if (range)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UsageError(`search "${range[0]}": a range can only be sampled; set search-method to random (with search-trials) or give a list of values; ${SEARCH_FIX}`);
        if (size > MAX_GRID)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UsageError(`search: the grid has ${size} candidates, more than ${MAX_GRID}; set search-method to random with search-trials, or shorten the lists; ${SEARCH_FIX}`);
        return fullGrid(space);
    }
    const rng = (0,_rng_js__WEBPACK_IMPORTED_MODULE_4__/* .createRng */ .S)((seed ^ 0x5eed) >>> 0);
    if (size <= trials)
        return fullGrid(space);
    if (Number.isFinite(size)) {
        // All lists: sample grid points without replacement (like sklearn's ParameterSampler).
        const idx = (0,_rng_js__WEBPACK_IMPORTED_MODULE_4__/* .shuffleInPlace */ .k)(Int32Array.from({ length: size }, (_, i) => i), rng).slice(0, trials);
        return Array.from(idx, (i) => gridPoint(space, i));
    }
    const out = [];
    for (let t = 0; t < trials; t++) {
        const c = {};
        for (const [name, d] of space) {
            if (d.kind === 'list')
                c[name] = d.values[rng.int(d.values.length)];
            else if (d.kind === 'int')
                c[name] = d.lo + rng.int(d.hi - d.lo + 1);
            else if (d.kind === 'uniform')
                c[name] = round6(d.lo + rng.next() * (d.hi - d.lo));
            else
                c[name] = round6(Math.exp(Math.log(d.lo) + rng.next() * (Math.log(d.hi) - Math.log(d.lo))));
        }
        out.push(c);
    }
    return out;
}
const round6 = (x) => Number(x.toPrecision(6));
function gridPoint(space, i) {
    const c = {};
    for (let j = space.length - 1; j >= 0; j--) {
        const [name, d] = space[j];
        const vals = d.values;
        c[name] = vals[i % vals.length];
        i = Math.floor(i / vals.length);
    }
    return Object.fromEntries(space.map(([n]) => [n, c[n]]));
}
function fullGrid(space) {
    return Array.from({ length: gridSize(space) }, (_, i) => gridPoint(space, i));
}
/** Shard `s` of `n` (1-based): candidates i with i mod n = s \u2212 1, a deterministic n-th of them. */
function parseShard(text) {
    const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
    const index = m ? Number(m[1]) : 0;
    const count = m ? Number(m[2]) : 0;
    if (!m || count < 1 || index < 1 || index > count)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UsageError(`shard must be I/N with 1 <= I <= N (e.g. 2/8), got ${JSON.stringify(text)}; fix --shard / input "shard"`);
    return { index, count };
}
function shardOf(n, shard) {
    const out = [];
    for (let i = shard.index - 1; i < n; i += shard.count)
        out.push(i);
    return out;
}
/** floor(log_factor(x)) for x \u2265 1, in integers (no floating-point edge at exact powers). */
function floorLog(x, factor) {
    let n = 0;
    for (let p = factor; p <= x; p *= factor)
        n++;
    return n;
}
/**
 * Successive halving on rows, as sklearn 1.2's HalvingGridSearchCV(factor=3, min_resources="exhaust"):
 * rounds needed 1 + \u230alog\u2083 candidates\u230b, first round's rows max(smallest, \u230an / 3^(rounds\u22121)\u230b), rows
 * \u00d73 and candidates \u00f73 (rounded up) per round.
 */
function halvingSchedule(nCandidates, nRows, minResources, factor = 3) {
    const required = 1 + floorLog(nCandidates, factor);
    const r0 = Math.max(minResources, Math.floor(nRows / factor ** (required - 1)));
    const possible = 1 + floorLog(Math.floor(nRows / r0), factor);
    const n = Math.max(1, Math.min(required, possible));
    const out = [];
    let c = nCandidates;
    for (let i = 0; i < n; i++) {
        out.push({ resources: Math.min(nRows, r0 * factor ** i), keep: c });
        c = Math.max(1, Math.ceil(c / factor));
    }
    return out;
}
/** Order candidates best first: higher (or lower) mean, then shallower, fewer nodes, earlier index. */
function compareResults(higherIsBetter) {
    const sign = higherIsBetter ? 1 : -1;
    return (a, b) => sign * (b.mean - a.mean) || simpler(a, b);
}
function simpler(a, b) {
    return a.depth - b.depth || a.nodes - b.nodes || a.index - b.index;
}
/**
 * The winner among the final round's results. one-se: the simplest candidate whose mean is within
 * one standard error (std / \u221afolds) of the best mean.
 */
function selectBest(results, higherIsBetter, oneSe) {
    const ranked = [...results].sort(compareResults(higherIsBetter));
    const best = ranked[0];
    if (!oneSe)
        return best;
    const se = best.std / Math.sqrt(best.fold_scores.length);
    const within = ranked.filter((r) => (higherIsBetter ? r.mean >= best.mean - se : r.mean <= best.mean + se));
    return within.sort(simpler)[0];
}
/** mean and population std (numpy's default, as sklearn's cv_results_ std_test_score). */
function meanAndStd(xs) {
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
    const std = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / xs.length);
    return { mean, std };
}
/** The hyperparameter the validation curve is drawn against: the searched numeric one with most values, max-depth first. */
function mainParam(space) {
    const numeric = space.filter(([, d]) => d.kind !== 'list' || d.values.every((v) => typeof v === 'number'));
    if (numeric.some(([n]) => n === 'max-depth'))
        return 'max-depth';
    return [...numeric].sort((a, b) => count(b[1]) - count(a[1]))[0]?.[0];
}
function count(d) {
    return d.kind === 'list' ? d.values.length : Number.POSITIVE_INFINITY;
}


/***/ })

};
