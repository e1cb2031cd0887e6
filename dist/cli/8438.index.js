export const id = 8438;
export const ids = [8438,1217,2907,5288,8988,6607];
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

/***/ 18988:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bundleModelVersion: () => (/* binding */ bundleModelVersion),
/* harmony export */   describePromotion: () => (/* binding */ describePromotion),
/* harmony export */   recordPromotion: () => (/* binding */ recordPromotion),
/* harmony export */   resolveDeployModel: () => (/* binding */ resolveDeployModel)
/* harmony export */ });
/* unused harmony export rollbackCommand */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(16986);
/* harmony import */ var _train_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(52553);
/**
 * deploy-canary \u2192 MLflow registry. MLflow 2.x aliases only (stages are deprecated; cd4ml never
 * transitions stages):
 * - promoted (canary or first deployment): the alias (default `production`) moves to the deployed
 *   version; the version it pointed to before is recorded in the tag `cd4ml.previous-version` on
 *   the new version and in `cd4ml.<alias>.previous-version` on the registered model;
 * - rolled back or aborted: the alias stays where it was (nothing is written).
 * Rolling back to the previous version is then one command (docs/mlflow.md):
 *   cd4ml deploy --bundle mlflow:models:/<name>/<previous version>
 */




/** The registered model and version a bundle was logged as (lineage.json `mlflow` entry), if any. */
async function bundleModelVersion(bundleDir) {
    let lineage;
    try {
        lineage = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(bundleDir, 'lineage.json'), 'utf8'));
    }
    catch {
        return undefined;
    }
    const m = lineage.mlflow;
    return m?.['registered-model'] && m['model-version'] ? { name: m['registered-model'], version: m['model-version'] } : undefined;
}
function rollbackCommand(name, version) {
    return `cd4ml deploy --bundle mlflow:models:/${name}/${version}`;
}
/** Move the alias after a promotion (recording the previous version); leave it after a rollback. */
async function recordPromotion(client, p) {
    if (p.result !== 'promoted') {
        const current = await client.getVersionByAlias(p.registeredModel, p.alias);
        return { action: 'unchanged', alias: p.alias, version: current?.version ?? '', reason: `the rollout ${p.result}: alias "${p.alias}" of "${p.registeredModel}" stays ${current ? `on version ${current.version}` : 'unset'}` };
    }
    const model = await client.getRegisteredModel(p.registeredModel);
    if (!model)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__.UsageError(`MLflow ${client.trackingUri}: registered model "${p.registeredModel}" does not exist, so alias "${p.alias}" cannot be set; check mlflow.registered-model`);
    const previous = (await client.getVersionByAlias(p.registeredModel, p.alias))?.version;
    if (previous === p.version)
        return { action: 'alias-set', alias: p.alias, version: p.version, previous: undefined };
    await client.setAlias(p.registeredModel, p.alias, p.version);
    if (previous) {
        await client.setModelVersionTag(p.registeredModel, p.version, _train_js__WEBPACK_IMPORTED_MODULE_3__/* .TAGS */ .gp.previousVersion, previous);
        await client.setRegisteredModelTag(p.registeredModel, `cd4ml.${p.alias}.previous-version`, previous);
    }
    return { action: 'alias-set', alias: p.alias, version: p.version, previous, rollbackCommand: previous ? rollbackCommand(p.registeredModel, previous) : undefined };
}
/** One line for logs and the job summary. */
function describePromotion(r, name) {
    if (r.action === 'unchanged')
        return `MLflow: ${r.reason}`;
    const prev = r.previous ? ` (was version ${r.previous}; roll back with: ${r.rollbackCommand})` : '';
    return `MLflow: alias "${r.alias}" of "${name}" \u2192 version ${r.version}${prev}`;
}
/**
 * Which registered model version a deployment is: a `mlflow:models:/NAME@ALIAS|/VERSION` bundle
 * (downloaded and verified into `destRoot`), else an explicit `model-version` of
 * `registered-model`, else the bundle's lineage.json. Undefined when none applies (e.g. an image
 * without model-version): the alias is then not touched.
 */
async function resolveDeployModel(client, p, destRoot) {
    const { isMlflowRef, parseModelRef } = await __webpack_require__.e(/* import() */ 7377).then(__webpack_require__.bind(__webpack_require__, 7377));
    if (isMlflowRef(p.bundle)) {
        const { resolveModelVersion, downloadVersionBundle } = await __webpack_require__.e(/* import() */ 9368).then(__webpack_require__.bind(__webpack_require__, 39368));
        const ref = parseModelRef(p.bundle, 'bundle');
        const found = await resolveModelVersion(client, ref);
        if (found.kind === 'no-alias')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__.UsageError(`bundle ${p.bundle}: ${found.message}`);
        const got = await downloadVersionBundle(client, found.version, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(destRoot, `${ref.name.replace(/[^A-Za-z0-9._-]/g, '_')}-v${found.version.version}`));
        return { name: ref.name, version: found.version.version, dir: got.dir };
    }
    if (p.modelVersion !== undefined) {
        if (!p.registeredModel)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__.UsageError('model-version is set but no registered model: set registered-model (flag/input) or mlflow.registered-model in cd4ml.yml');
        if (!/^[1-9]\d*$/.test(p.modelVersion))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__.UsageError(`model-version must be a positive whole number (the train output mlflow-model-version), got "${p.modelVersion}"`);
        await client.getModelVersion(p.registeredModel, p.modelVersion);
        return { name: p.registeredModel, version: p.modelVersion };
    }
    if (p.bundle) {
        const fromLineage = await bundleModelVersion(p.bundle);
        if (fromLineage && p.registeredModel && fromLineage.name !== p.registeredModel) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__.UsageError(`bundle ${p.bundle} was registered as "${fromLineage.name}" version ${fromLineage.version}, not in registered model "${p.registeredModel}"; fix registered-model or deploy the right bundle`);
        }
        return fromLineage;
    }
    return undefined;
}


/***/ })

};
