export const id = 934;
export const ids = [934];
export const modules = {

/***/ 44553:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  countRows: () => (/* binding */ countRows),
  deletedRows: () => (/* binding */ deletedRows),
  describeSnapshot: () => (/* binding */ describeSnapshot),
  openDeltaTable: () => (/* binding */ openDeltaTable),
  planColumns: () => (/* binding */ planColumns),
  readDeltaBatches: () => (/* binding */ readDeltaBatches),
  readDeltaColumns: () => (/* binding */ readDeltaColumns),
  typedPartitionValue: () => (/* binding */ typedPartitionValue)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/errors.js
var errors = __webpack_require__(16986);
// EXTERNAL MODULE: ./src/io/memory.js + 2 modules
var memory = __webpack_require__(83837);
;// CONCATENATED MODULE: ./src/data/delta/dv.js
/**
 * Delta deletion vectors (PROTOCOL.md "Deletion Vectors", "Deletion Vector Format"): Z85 text,
 * the RoaringBitmapArray format (magic 1681511377 + a 64-bit portable Roaring bitmap) and the
 * on-disk DV file (version byte, then per DV: big-endian size, bitmap, CRC-32). Pure: bytes in,
 * sorted row indexes out. No native dependencies.
 */
const Z85_ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-:+=^!/*?&<>()[]{}@%$#';
const Z85_INDEX = (() => {
    const t = new Int16Array(128).fill(-1);
    for (let i = 0; i < Z85_ALPHABET.length; i++)
        t[Z85_ALPHABET.charCodeAt(i)] = i;
    return t;
})();
/**
 * Decode Z85 text (ZeroMQ RFC 32) to bytes. Text whose length is not a multiple of 5 is padded
 * as Delta's encoder does (the padding bytes are dropped by the caller via `sizeInBytes`).
 * Example: decodeZ85('HelloWorld') = [0x86, 0x4f, 0xd2, 0x6f, 0xb5, 0x59, 0xf7, 0x5b].
 */
function decodeZ85(text) {
    const blocks = Math.ceil(text.length / 5);
    const out = new Uint8Array(blocks * 4);
    for (let b = 0; b < blocks; b++) {
        let v = 0;
        for (let i = 0; i < 5; i++) {
            const pos = b * 5 + i;
            const code = pos < text.length ? text.charCodeAt(pos) : 48;
            const d = code < 128 ? Z85_INDEX[code] : -1;
            if (d < 0)
                throw new Error(`invalid Z85 character "${text[pos]}" at position ${pos + 1}`);
            v = v * 85 + d;
        }
        if (v > 0xffffffff)
            throw new Error(`invalid Z85 block at position ${b * 5 + 1}`);
        out[b * 4] = v >>> 24;
        out[b * 4 + 1] = (v >>> 16) & 0xff;
        out[b * 4 + 2] = (v >>> 8) & 0xff;
        out[b * 4 + 3] = v & 0xff;
    }
    return out;
}
/** The UUID in a `u` DV's last 20 Z85 characters, in canonical text form. */
function decodeZ85Uuid(text) {
    const b = decodeZ85(text);
    if (b.length !== 16)
        throw new Error(`a DV UUID is 20 Z85 characters, got ${text.length}`);
    const h = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
const MAGIC = 1681511377;
/** Delta's older "native" layout (big-endian header, one 32-bit bitmap per index, as in PROTOCOL.md's inline example). */
const MAGIC_NATIVE = 1681511376;
const SERIAL_COOKIE_NO_RUN = 12346;
const SERIAL_COOKIE = 12347;
/**
 * Decode a RoaringBitmapArray (magic number + 64-bit portable Roaring bitmap) to the sorted row
 * indexes it holds. Handles array, bitmap and run containers. O(size + cardinality).
 * Example: the protocol's inline DV "wi5b=000010000siXQKl0rr91000f55c8Xg0@@D72lkbi5=-{L" holds
 * rows 3, 4, 7, 11, 18, 29.
 */
function decodeRoaringBitmapArray(bytes) {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let at = 0;
    const need = (n) => {
        if (at + n > bytes.byteLength)
            throw new Error(`the bitmap is truncated (needs ${at + n} bytes, has ${bytes.byteLength})`);
    };
    need(8);
    const out = [];
    if (view.getInt32(0, false) === MAGIC_NATIVE) {
        const n = view.getInt32(4, false);
        at = 8;
        for (let b = 0; b < n; b++) {
            need(4);
            const size = view.getInt32(at, false);
            at += 4;
            const end = at + size;
            at = readRoaring32(view, at, b * 4294967296, out);
            if (at !== end)
                throw new Error(`bitmap ${b} is ${at - end + size} bytes, its header says ${size}`);
        }
        return Float64Array.from(out);
    }
    need(12);
    const magic = view.getInt32(0, true);
    if (magic !== MAGIC)
        throw new Error(`not a RoaringBitmapArray (magic number ${magic}, expected ${MAGIC})`);
    const buckets = Number(view.getBigUint64(4, true));
    at = 12;
    for (let b = 0; b < buckets; b++) {
        need(4);
        const high = view.getUint32(at, true) * 4294967296;
        at += 4;
        at = readRoaring32(view, at, high, out);
    }
    return Float64Array.from(out);
}
function readRoaring32(view, start, high, out) {
    let at = start;
    const need = (n) => {
        if (at + n > view.byteLength)
            throw new Error(`the bitmap is truncated (needs ${at + n} bytes, has ${view.byteLength})`);
    };
    need(4);
    const cookie = view.getUint32(at, true);
    at += 4;
    let size;
    let runs;
    if ((cookie & 0xffff) === SERIAL_COOKIE) {
        size = (cookie >>> 16) + 1;
        const n = (size + 7) >> 3;
        need(n);
        runs = new Uint8Array(view.buffer, view.byteOffset + at, n);
        at += n;
    }
    else if (cookie === SERIAL_COOKIE_NO_RUN) {
        need(4);
        size = view.getUint32(at, true);
        at += 4;
    }
    else
        throw new Error(`unknown Roaring cookie ${cookie}`);
    need(4 * size);
    const keys = new Array(size);
    const cards = new Array(size);
    for (let i = 0; i < size; i++) {
        keys[i] = view.getUint16(at, true);
        cards[i] = view.getUint16(at + 2, true) + 1;
        at += 4;
    }
    if (!runs || size >= 4)
        at += 4 * size; // container offsets: not needed reading in order
    for (let i = 0; i < size; i++) {
        const base = high + keys[i] * 65536;
        const isRun = runs ? (runs[i >> 3] >> (i & 7)) & 1 : 0;
        if (isRun) {
            need(2);
            const nRuns = view.getUint16(at, true);
            at += 2;
            need(4 * nRuns);
            for (let r = 0; r < nRuns; r++) {
                const s = view.getUint16(at, true);
                const len = view.getUint16(at + 2, true);
                at += 4;
                for (let v = s; v <= s + len; v++)
                    out.push(base + v);
            }
        }
        else if (cards[i] <= 4096) {
            need(2 * cards[i]);
            for (let k = 0; k < cards[i]; k++, at += 2)
                out.push(base + view.getUint16(at, true));
        }
        else {
            need(8192);
            for (let w = 0; w < 2048; w++, at += 4) {
                let word = view.getUint32(at, true);
                while (word !== 0) {
                    const t = word & -word;
                    out.push(base + w * 32 + (31 - Math.clz32(t)));
                    word ^= t;
                }
            }
        }
    }
    return at;
}
const CRC_TABLE = (() => {
    const t = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
        let c = n;
        for (let k = 0; k < 8; k++)
            c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
        t[n] = c >>> 0;
    }
    return t;
})();
/** CRC-32 (IEEE, as java.util.zip.CRC32). */
function crc32(b) {
    let c = 0xffffffff;
    for (let i = 0; i < b.length; i++)
        c = CRC_TABLE[(c ^ b[i]) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
}
/**
 * One DV out of a DV file's bytes: `offset` points at its big-endian size; the bitmap is checked
 * against its CRC-32 and `sizeInBytes`.
 */
function decodeDvFileEntry(file, offset, sizeInBytes) {
    if (file.byteLength < 1 || file[0] !== 1)
        throw new Error(`unknown deletion vector file version ${file[0]} (expected 1)`);
    if (offset + 4 > file.byteLength)
        throw new Error(`offset ${offset} lies outside the file (${file.byteLength} bytes)`);
    const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
    const size = view.getInt32(offset, false);
    if (size !== sizeInBytes)
        throw new Error(`the DV at offset ${offset} is ${size} bytes, the log says ${sizeInBytes}`);
    if (offset + 8 + size > file.byteLength)
        throw new Error(`the DV at offset ${offset} is truncated`);
    const data = file.subarray(offset + 4, offset + 4 + size);
    const crc = view.getUint32(offset + 4 + size, false);
    if (crc32(data) !== crc)
        throw new Error(`the DV at offset ${offset} fails its CRC-32 check`);
    return decodeRoaringBitmapArray(data);
}

;// CONCATENATED MODULE: ./src/data/delta/log.js
/**
 * Delta log replay (PROTOCOL.md "Action Reconciliation", "Checkpoints", "Last Checkpoint File"):
 * a table folder and a pin become one snapshot \u2014 protocol, metadata, schema and the live data
 * files with their partition values, deletion vectors and stats \u2014 or a UsageError naming the
 * table, the version and what cannot be read.
 *
 * - Commits `NNNNNNNNNNNNNNNNNNNN.json`; checkpoints classic (`N.checkpoint.parquet`), multi-part
 *   (`N.checkpoint.o.p.parquet`) and v2 UUID-named (`N.checkpoint.<uuid>.json|parquet`, with
 *   sidecars in `_delta_log/_sidecars/`). The newest complete checkpoint at or below the version
 *   is the base; `_last_checkpoint` is only a hint (a corrupt one is ignored, as Delta does).
 * - Commit timestamps (for `@<timestamp>` pins and lineage): `commitInfo.inCommitTimestamp`
 *   when the table has in-commit timestamps, else the commit file's modification time (the
 *   protocol's rule), made strictly increasing as Delta does.
 * - Memory: the log's actions, never data rows.
 */



/** Reader features this reader implements (PROTOCOL.md "Table Features"). */
const SUPPORTED_READER_FEATURES = ['columnMapping', 'deletionVectors', 'timestampNtz', 'v2Checkpoint', 'vacuumProtocolCheck'];
const COMMIT = /^(\d{20})\.json$/;
const CLASSIC = /^(\d{20})\.checkpoint\.parquet$/;
const MULTI = /^(\d{20})\.checkpoint\.(\d{10})\.(\d{10})\.parquet$/;
const UUID_NAMED = /^(\d{20})\.checkpoint\.[0-9a-fA-F-]{36}\.(json|parquet)$/;
function fail(ref, version, what) {
    const at = version === undefined ? '' : ` at version ${version}`;
    return new errors.UsageError(`Delta table ${ref.root}${at}: ${what}`);
}
/** List the log: commits (version \u2192 mtime) and complete checkpoints. */
async function listLog(ref) {
    const logDir = (0,external_node_path_.join)(ref.root, '_delta_log');
    let names;
    try {
        names = await (0,promises_.readdir)(logDir);
    }
    catch {
        throw fail(ref, undefined, `no _delta_log folder at ${logDir}; expected a Delta table folder (sync the whole table folder, _delta_log included)`);
    }
    const commits = new Map();
    const multi = new Map();
    const checkpoints = [];
    for (const name of names) {
        let m;
        if ((m = COMMIT.exec(name)))
            commits.set(Number(m[1]), 0);
        else if ((m = CLASSIC.exec(name)))
            checkpoints.push({ version: Number(m[1]), files: [name], kind: 'classic' });
        else if ((m = UUID_NAMED.exec(name)))
            checkpoints.push({ version: Number(m[1]), files: [name], kind: 'v2' });
        else if ((m = MULTI.exec(name))) {
            const key = `${m[1]}/${m[3]}`;
            const e = multi.get(key) ?? { version: Number(m[1]), parts: Number(m[3]), have: new Map() };
            e.have.set(Number(m[2]), name);
            multi.set(key, e);
        }
    }
    for (const e of multi.values()) {
        if (e.have.size === e.parts)
            checkpoints.push({ version: e.version, files: [...e.have.entries()].sort((a, b) => a[0] - b[0]).map((x) => x[1]), kind: 'multi' });
    }
    // Classic before multi-part before v2 at one version: prefer the simplest complete one.
    const rank = { classic: 0, multi: 1, v2: 2 };
    checkpoints.sort((a, b) => b.version - a.version || rank[a.kind] - rank[b.kind]);
    await Promise.all([...commits.keys()].map(async (v) => {
        const s = await (0,promises_.stat)((0,external_node_path_.join)(logDir, commitName(v)));
        commits.set(v, Math.floor(s.mtimeMs));
    }));
    return { logDir, commits, checkpoints };
}
function commitName(v) {
    return `${String(v).padStart(20, '0')}.json`;
}
/** Parse a newline-delimited JSON log file; a bad line is a UsageError naming file and line. */
function parseActions(ref, version, file, text) {
    const out = [];
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i].trim();
        if (!line)
            continue;
        try {
            const a = JSON.parse(line);
            if (a === null || typeof a !== 'object' || Array.isArray(a))
                throw new Error('not a JSON object');
            out.push(a);
        }
        catch (err) {
            throw fail(ref, version, `corrupt log file ${file}:${i + 1}: ${err.message}; the log must hold one JSON action per line (re-sync the table folder)`);
        }
    }
    return out;
}
async function readParquetActions(ref, version, path) {
    const { parquetMetadataAsync, parquetReadObjects, parquetSchema } = await Promise.all(/* import() */[__webpack_require__.e(209), __webpack_require__.e(787), __webpack_require__.e(87)]).then(__webpack_require__.bind(__webpack_require__, 26087));
    const { parquetCompressors } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 14894));
    let buf;
    try {
        buf = await (0,promises_.readFile)(path);
    }
    catch (err) {
        throw fail(ref, version, `cannot read checkpoint ${path} (${err.message})`);
    }
    const file = buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength);
    try {
        const metadata = await parquetMetadataAsync(file);
        const wanted = ['add', 'remove', 'metaData', 'protocol', 'checkpointMetadata', 'sidecar'];
        const columns = parquetSchema(metadata).children.map((c) => c.element.name).filter((n) => wanted.includes(n));
        const rows = (await parquetReadObjects({ file, metadata, columns, compressors: await parquetCompressors() }));
        return rows;
    }
    catch (err) {
        throw fail(ref, version, `corrupt checkpoint ${path} (${err.message}); re-sync the table folder`);
    }
}
/** Plain JSON-like values: bigint \u2192 number, null fields dropped. */
function plain(v) {
    if (typeof v === 'bigint')
        return Number(v);
    if (Array.isArray(v))
        return v.map(plain);
    if (v && typeof v === 'object' && !(v instanceof Date) && !(v instanceof Uint8Array)) {
        const o = {};
        for (const [k, x] of Object.entries(v))
            if (x !== null && x !== undefined)
                o[k] = plain(x);
        return o;
    }
    return v;
}
/** Resolve an add/remove path (a URI relative to the table, or absolute) to a local path. */
function resolveDataPath(root, uri) {
    let p = uri;
    if (p.startsWith('file://'))
        p = p.slice(7);
    else if (p.startsWith('file:'))
        p = p.slice(5);
    else if (/^[a-zA-Z][a-zA-Z0-9+.-]*:\/\//.test(p))
        return p; // another scheme: refused when read
    try {
        p = decodeURIComponent(p);
    }
    catch {
        /* keep as written */
    }
    return (0,external_node_path_.isAbsolute)(p) ? p : (0,external_node_path_.resolve)(root, p);
}
function dvUniqueId(dv) {
    if (!dv)
        return '';
    return dv.offset === undefined || dv.offset === null ? `${dv.storageType}${dv.pathOrInlineDv}` : `${dv.storageType}${dv.pathOrInlineDv}@${dv.offset}`;
}
function numRecordsOf(stats) {
    if (typeof stats !== 'string')
        return undefined;
    try {
        const n = JSON.parse(stats).numRecords;
        return typeof n === 'number' && Number.isFinite(n) ? n : undefined;
    }
    catch {
        return undefined;
    }
}
function applyActions(root, state, actions, fromCheckpoint) {
    for (const raw of actions) {
        if (raw.protocol)
            state.protocol = plain(raw.protocol);
        if (raw.metaData)
            state.metadata = plain(raw.metaData);
        if (raw.remove && !fromCheckpoint) {
            const r = plain(raw.remove);
            state.files.delete(`${resolveDataPath(root, r.path)}\u0000${dvUniqueId(r.deletionVector)}`);
        }
        if (raw.add) {
            const a = plain(raw.add);
            const path = resolveDataPath(root, a.path);
            state.files.set(`${path}\u0000${dvUniqueId(a.deletionVector)}`, {
                path,
                logPath: a.path,
                partitionValues: a.partitionValues ?? {},
                size: a.size ?? 0,
                numRecords: numRecordsOf(a.stats),
                deletionVector: a.deletionVector,
            });
        }
    }
}
async function readCheckpoint(ref, logDir, cp) {
    const actions = [];
    for (const name of cp.files) {
        const path = (0,external_node_path_.join)(logDir, name);
        if (name.endsWith('.json'))
            actions.push(...parseActions(ref, cp.version, path, await (0,promises_.readFile)(path, 'utf8')));
        else
            actions.push(...(await readParquetActions(ref, cp.version, path)));
    }
    const sidecars = actions.filter((a) => a.sidecar).map((a) => plain(a.sidecar));
    for (const s of sidecars) {
        const path = (0,external_node_path_.isAbsolute)(s.path) ? s.path : (0,external_node_path_.join)(logDir, '_sidecars', s.path);
        actions.push(...(await readParquetActions(ref, cp.version, path)));
    }
    return actions;
}
function parseSchema(ref, version, schemaString) {
    try {
        const s = JSON.parse(schemaString);
        if (s.type !== 'struct' || !Array.isArray(s.fields))
            throw new Error('not a struct type');
        return s.fields;
    }
    catch (err) {
        throw fail(ref, version, `the table schema (metaData.schemaString) cannot be read (${err.message})`);
    }
}
/** Refuse protocol versions and reader features this reader does not implement. */
function checkProtocol(ref, version, p) {
    const v = p.minReaderVersion;
    if (!Number.isInteger(v) || v < 1 || v > 3) {
        throw fail(ref, version, `reader version ${v} is not supported (cd4ml reads Delta reader versions 1 to 3); read the table at an older version or rewrite it with a supported protocol`);
    }
    if (v === 3) {
        const unknown = (p.readerFeatures ?? []).filter((f) => !SUPPORTED_READER_FEATURES.includes(f));
        if (unknown.length > 0) {
            throw fail(ref, version, `reader feature${unknown.length > 1 ? 's' : ''} ${unknown.map((f) => `"${f}"`).join(', ')} ${unknown.length > 1 ? 'are' : 'is'} not supported (supported: ${SUPPORTED_READER_FEATURES.join(', ')}); reading it could return wrong rows, so cd4ml refuses`);
        }
    }
}
/**
 * The snapshot of a table at its pin (latest without one). Throws UsageError for a missing or
 * corrupt log, an unsupported protocol or reader feature, a version that does not exist or was
 * cleaned up, and a timestamp before the first commit or after the last.
 */
async function loadSnapshot(ref) {
    const { logDir, commits, checkpoints } = await listLog(ref);
    const versions = [...commits.keys()];
    const latest = Math.max(-1, ...versions, ...checkpoints.map((c) => c.version));
    if (latest < 0)
        throw fail(ref, undefined, `${logDir} holds no commits or checkpoints; expected files like 00000000000000000000.json`);
    const earliestCommit = versions.length ? Math.min(...versions) : undefined;
    let version = latest;
    if (ref.version !== undefined) {
        version = ref.version;
        if (version > latest)
            throw fail(ref, version, `version ${version} does not exist (the latest version is ${latest}); pin @v0 to @v${latest}`);
    }
    else if (ref.timestamp) {
        version = await versionAt(ref, logDir, commits);
    }
    // The base: the newest checkpoint at or below the version whose later commits are all there.
    const state = { files: new Map() };
    let from = 0;
    let base;
    for (const cp of checkpoints) {
        if (cp.version > version)
            continue;
        let ok = true;
        for (let v = cp.version + 1; v <= version && ok; v++)
            ok = commits.has(v);
        if (ok) {
            base = cp;
            break;
        }
    }
    if (base) {
        applyActions(ref.root, state, await readCheckpoint(ref, logDir, base), true);
        from = base.version + 1;
    }
    else {
        for (let v = 0; v <= version; v++) {
            if (!commits.has(v)) {
                const earliest = earliestReadable(commits, checkpoints);
                throw fail(ref, version, earliest !== undefined && earliest > version
                    ? `version ${version} is no longer in the log (its commits were cleaned up; the earliest readable version is ${earliest})`
                    : `the log is missing commit ${commitName(v)} and no checkpoint covers it; the log is incomplete (re-sync the table folder)`);
            }
        }
    }
    let lastActions = [];
    for (let v = from; v <= version; v++) {
        const file = (0,external_node_path_.join)(logDir, commitName(v));
        const actions = parseActions(ref, v, file, await (0,promises_.readFile)(file, 'utf8'));
        applyActions(ref.root, state, actions, false);
        if (v === version)
            lastActions = actions;
    }
    if (!state.protocol)
        throw fail(ref, version, 'the log has no protocol action; the log is corrupt or incomplete (re-sync the table folder)');
    if (!state.metadata)
        throw fail(ref, version, 'the log has no metaData action; the log is corrupt or incomplete (re-sync the table folder)');
    checkProtocol(ref, version, state.protocol);
    const meta = state.metadata;
    // A log without a schema still lists files (log-only tables); reading rows then refuses.
    const fields = typeof meta.schemaString === 'string' ? parseSchema(ref, version, meta.schemaString) : undefined;
    const cfg = meta.configuration ?? {};
    const mode = cfg['delta.columnMapping.mode'] ?? 'none';
    if (mode !== 'none' && mode !== 'name' && mode !== 'id')
        throw fail(ref, version, `column mapping mode "${mode}" is not supported (expected none, name or id)`);
    if (mode !== 'none' && state.protocol.minReaderVersion < 2)
        throw fail(ref, version, `column mapping mode "${mode}" needs reader version 2 or 3, the protocol says ${state.protocol.minReaderVersion}`);
    let commitInfo;
    if (version >= from)
        commitInfo = lastActions.find((a) => a.commitInfo)?.commitInfo;
    else if (commits.has(version)) {
        const file = (0,external_node_path_.join)(logDir, commitName(version));
        commitInfo = parseActions(ref, version, file, await (0,promises_.readFile)(file, 'utf8')).find((a) => a.commitInfo)?.commitInfo;
    }
    const ict = cfg['delta.enableInCommitTimestamps'] === 'true' && typeof commitInfo?.inCommitTimestamp === 'number' ? commitInfo.inCommitTimestamp : undefined;
    const timestamp = ict ?? (commits.has(version) ? monotonicTimestamps(commits).get(version) : null);
    void earliestCommit;
    const files = [...state.files.values()].sort((a, b) => (a.logPath < b.logPath ? -1 : a.logPath > b.logPath ? 1 : dvUniqueId(a.deletionVector) < dvUniqueId(b.deletionVector) ? -1 : 1));
    return {
        root: ref.root,
        text: ref.text,
        version,
        latestVersion: latest,
        tableId: meta.id,
        protocol: state.protocol,
        metadata: meta,
        fields,
        columnMapping: mode,
        files,
        commit: { timestamp, operation: commitInfo?.operation ?? null },
    };
}
function earliestReadable(commits, checkpoints) {
    const cps = checkpoints.map((c) => c.version);
    if (commits.has(0))
        return 0;
    return cps.length ? Math.min(...cps) : undefined;
}
/** Commit file times made strictly increasing (Delta: a time not after the previous one is previous + 1 ms). */
function monotonicTimestamps(commits) {
    const out = new Map();
    let prev = -Infinity;
    for (const v of [...commits.keys()].sort((a, b) => a - b)) {
        const t = Math.max(commits.get(v), prev + 1);
        out.set(v, t);
        prev = t;
    }
    return out;
}
/** The newest version whose commit time is at or before the pinned timestamp. */
async function versionAt(ref, logDir, commits) {
    const ts = ref.timestamp;
    const times = monotonicTimestamps(commits);
    // In-commit timestamps win over file times where the table enabled them.
    for (const v of times.keys()) {
        const text = await (0,promises_.readFile)((0,external_node_path_.join)(logDir, commitName(v)), 'utf8');
        const first = text.slice(0, text.indexOf('\n') >= 0 ? text.indexOf('\n') : text.length);
        if (!first.includes('inCommitTimestamp'))
            continue;
        try {
            const ict = JSON.parse(first).commitInfo?.inCommitTimestamp;
            if (typeof ict === 'number')
                times.set(v, ict);
        }
        catch {
            /* the replay reports a corrupt commit */
        }
    }
    const ordered = [...times.entries()].sort((a, b) => a[0] - b[0]);
    if (ordered.length === 0)
        throw fail(ref, ts.text, 'the log holds no commit files to match a timestamp against; pin a version (@v<N>) instead');
    const [firstV, firstT] = ordered[0];
    const [lastV, lastT] = ordered[ordered.length - 1];
    if (ts.ms < firstT) {
        throw fail(ref, ts.text, `the timestamp is before the first available commit (version ${firstV} at ${new Date(firstT).toISOString()}); pin a later timestamp or a version`);
    }
    if (ts.ms > lastT) {
        throw fail(ref, ts.text, `the timestamp is after the latest commit (version ${lastV} at ${new Date(lastT).toISOString()}); pin a timestamp at or before it, or omit the pin to read the latest version`);
    }
    let version = firstV;
    for (const [v, t] of ordered)
        if (t <= ts.ms)
            version = v;
    return version;
}

// EXTERNAL MODULE: ./src/data/delta/table-ref.js
var table_ref = __webpack_require__(70047);
;// CONCATENATED MODULE: ./src/data/delta/scan.js
/**
 * Reading a Delta snapshot's rows through the project's Parquet readers: the one hook every stage
 * goes through (src/data/read.ts `readBatches` for rows, `readDeltaColumns` for the columnar
 * profile path of validate-data). Per data file: its Parquet columns mapped to the table's
 * logical columns (column mapping `name` by physical name, `id` by Parquet field id), partition
 * values typed from the schema and added as columns, rows deleted by its deletion vector skipped.
 * Files are read one after another, so memory is bounded by the largest file's row group.
 */







const snapshots = new Map();
/**
 * Open a table reference (`path`, `path@v12`, `path@<timestamp>`) as a snapshot. One command
 * replays a reference once: every later read of it (rows, schema inference, lineage, the gate's
 * label) sees the same version, even an unpinned "latest" while a writer commits.
 */
async function openDeltaTable(text) {
    const key = (0,external_node_path_.resolve)(text);
    let s = snapshots.get(key);
    if (!s) {
        s = loadSnapshot((0,table_ref/* parseTableRef */.r5)(text));
        snapshots.set(key, s);
        s.catch(() => snapshots.delete(key));
    }
    return s;
}
/** The lineage record of a snapshot. */
function describeSnapshot(s) {
    return {
        table: s.root,
        tableId: s.tableId,
        version: s.version,
        commitTimestamp: s.commit.timestamp === null ? null : new Date(s.commit.timestamp).toISOString(),
        operation: s.commit.operation,
        rows: countRows(s) ?? null,
        files: s.files.length,
    };
}
/**
 * Rows in the snapshot from the `add` actions' stats (numRecords \u2212 DV cardinality), without
 * reading data; undefined when a file has no stats.
 */
function countRows(s) {
    let n = 0;
    for (const f of s.files) {
        if (f.numRecords === undefined)
            return undefined;
        n += f.numRecords - (f.deletionVector?.cardinality ?? 0);
    }
    return n;
}
function physicalName(f, mode) {
    if (mode === 'none')
        return f.name;
    const p = f.metadata?.['delta.columnMapping.physicalName'];
    return typeof p === 'string' ? p : f.name;
}
function planColumns(s) {
    const parts = new Set(s.metadata.partitionColumns ?? []);
    if (!s.fields)
        throw new errors.UsageError(`Delta table ${s.root} at version ${s.version}: metaData has no schemaString, so the columns are unknown; the log is corrupt`);
    return s.fields.map((f) => {
        const id = f.metadata?.['delta.columnMapping.id'];
        const t = typeof f.type === 'string' ? f.type : '';
        return {
            name: f.name,
            field: f,
            physical: physicalName(f, s.columnMapping),
            fieldId: s.columnMapping === 'id' && typeof id === 'number' ? id : undefined,
            partition: parts.has(f.name),
            timestamp: t === 'date' || t === 'timestamp' || t === 'timestamp_ntz',
        };
    });
}
/** A partition value typed by its column's Delta type (PROTOCOL.md "Partition Value Serialization"). */
function typedPartitionValue(s, col, type, raw, asMillis) {
    if (raw === null || raw === undefined || raw === '')
        return null;
    const bad = (what) => new errors.UsageError(`Delta table ${s.root} at version ${s.version}: partition value "${raw}" of column "${col}" is not ${what}`);
    const t = typeof type === 'string' ? type : 'struct';
    if (t === 'string' || t === 'binary')
        return raw;
    if (t === 'boolean') {
        if (raw !== 'true' && raw !== 'false')
            throw bad('"true" or "false"');
        return raw === 'true';
    }
    if (t === 'byte' || t === 'short' || t === 'integer' || t === 'long' || t === 'float' || t === 'double' || t.startsWith('decimal')) {
        const n = Number(raw);
        if (Number.isNaN(n) && raw !== 'NaN')
            throw bad('a number');
        return n;
    }
    if (t === 'date' || t === 'timestamp' || t === 'timestamp_ntz') {
        let iso = raw.trim();
        if (/^\d{4}-\d{2}-\d{2}$/.test(iso))
            iso += 'T00:00:00Z';
        else {
            iso = iso.replace(' ', 'T');
            // A timestamp without a zone: the writer's zone is not recorded; read as UTC.
            if (!/(Z|[+-]\d{2}:?\d{2})$/.test(iso))
                iso += 'Z';
            iso = iso.replace(/\.(\d{3})\d+/, '.$1');
        }
        const ms = Date.parse(iso);
        if (Number.isNaN(ms))
            throw bad(`a ${t}`);
        return asMillis ? ms : new Date(ms);
    }
    throw new errors.UsageError(`Delta table ${s.root} at version ${s.version}: partition column "${col}" has type ${t}, which cd4ml cannot read as a partition value`);
}
/**
 * A nested value with logical names: struct keys renamed from physical names (column mapping),
 * and INT64 inside structs/arrays/maps as numbers, as top-level INT64 columns already are.
 */
function logicalValue(v, type, mode) {
    if (typeof v === 'bigint')
        return Number(v);
    if (v === null || v === undefined || typeof type === 'string')
        return v;
    if (type.type === 'struct' && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date)) {
        const o = v;
        const out = {};
        for (const f of type.fields) {
            const p = physicalName(f, mode);
            out[f.name] = logicalValue(p in o ? o[p] : (o[f.name] ?? null), f.type, mode);
        }
        return out;
    }
    if (type.type === 'array' && Array.isArray(v))
        return v.map((x) => logicalValue(x, type.elementType, mode));
    if (type.type === 'map' && typeof v === 'object' && !Array.isArray(v)) {
        const out = {};
        for (const [k, x] of Object.entries(v))
            out[k] = logicalValue(x, type.valueType, mode);
        return out;
    }
    return v;
}
// ---------------------------------------------------------------------------------------------
// Deletion vectors
/** The sorted file row indexes a file's deletion vector removes (none: empty). */
async function deletedRows(s, file, cache = new Map()) {
    const dv = file.deletionVector;
    if (!dv)
        return new Float64Array(0);
    const where = `Delta table ${s.root} at version ${s.version}: deletion vector of ${file.logPath}`;
    let rows;
    try {
        if (dv.storageType === 'i')
            rows = decodeRoaringBitmapArray(decodeZ85(dv.pathOrInlineDv).subarray(0, dv.sizeInBytes));
        else {
            const path = dvPath(s.root, dv);
            let bytes = cache.get(path);
            if (!bytes) {
                try {
                    bytes = new Uint8Array(await (0,promises_.readFile)(path));
                }
                catch (err) {
                    throw new Error(`cannot read ${path} (${err.code ?? err.message}); sync the table folder with its deletion vector files`);
                }
                cache.clear();
                cache.set(path, bytes);
            }
            rows = decodeDvFileEntry(bytes, dv.offset ?? 0, dv.sizeInBytes);
        }
    }
    catch (err) {
        throw new errors.UsageError(`${where}: ${err.message}`);
    }
    if (rows.length !== dv.cardinality)
        throw new errors.UsageError(`${where}: holds ${rows.length} rows, the log says ${dv.cardinality}; the DV file does not match the log`);
    return rows;
}
function dvPath(root, dv) {
    if (dv.storageType === 'p')
        return resolveDataPath(root, dv.pathOrInlineDv);
    if (dv.storageType !== 'u')
        throw new Error(`storage type "${dv.storageType}" is not one of u, i, p`);
    const s = dv.pathOrInlineDv;
    if (s.length < 20)
        throw new Error(`"${s}" is too short for a UUID-named DV`);
    return (0,external_node_path_.join)(root, s.slice(0, s.length - 20), `deletion_vector_${decodeZ85Uuid(s.slice(s.length - 20))}.bin`);
}
/** Count of deleted indexes below `r` (deleted is sorted). */
function deletedBelow(deleted, r) {
    let lo = 0;
    let hi = deleted.length;
    while (lo < hi) {
        const m = (lo + hi) >> 1;
        if (deleted[m] < r)
            lo = m + 1;
        else
            hi = m;
    }
    return lo;
}
// ---------------------------------------------------------------------------------------------
// Files
function checkLocal(s, f) {
    if (/^[a-zA-Z][a-zA-Z0-9+.-]*:\/\//.test(f.path)) {
        throw new errors.UsageError(`Delta table ${s.root} at version ${s.version}: data file ${f.logPath} is not a local path; sync the table to a local folder first (see docs/data-sources.md)`);
    }
}
/** Parquet top-level column name for each planned column in one file (undefined: not in the file). */
async function fileColumnNames(s, plan, f) {
    if (s.columnMapping !== 'id')
        return plan.map((c) => (c.partition ? undefined : c.physical));
    const { parquetMetadataAsync } = await Promise.all(/* import() */[__webpack_require__.e(209), __webpack_require__.e(787), __webpack_require__.e(87)]).then(__webpack_require__.bind(__webpack_require__, 26087));
    const { fileSize, readRange } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 92907));
    const size = await fileSize(f.path);
    const meta = await parquetMetadataAsync({ byteLength: size, slice: (a, b) => readRange(f.path, a, b ?? size) });
    const byId = new Map();
    // Top-level children of the root: walk the flat schema list.
    const schema = meta.schema;
    let i = 1;
    const skip = (k) => {
        let n = schema[k].num_children ?? 0;
        let j = k + 1;
        while (n-- > 0)
            j = skip(j);
        return j;
    };
    while (i < schema.length) {
        const el = schema[i];
        if (el.field_id !== undefined)
            byId.set(el.field_id, el.name);
        i = skip(i);
    }
    return plan.map((c) => (c.partition ? undefined : c.fieldId !== undefined ? byId.get(c.fieldId) : c.physical));
}
async function openFile(s, f) {
    checkLocal(s, f);
    const { fileSize } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 92907));
    try {
        await fileSize(f.path);
    }
    catch {
        throw new errors.UsageError(`Delta table ${s.root} at version ${s.version}: data file ${f.logPath} is missing (${f.path}); the folder does not hold the files of this version (re-sync it, or was it vacuumed?)`);
    }
}
/** Stream the snapshot's rows in batches (logical columns in schema order). */
async function* readDeltaBatches(text, batchSize, allowEmpty, readers) {
    const s = await openDeltaTable(text);
    const plan = planColumns(s);
    const columns = plan.map((c) => c.name);
    const { readBatches } = readers;
    const cache = new Map();
    let out = 0;
    let any = false;
    for (const f of s.files) {
        await openFile(s, f);
        const deleted = await deletedRows(s, f, cache);
        const names = await fileColumnNames(s, plan, f);
        const constants = plan.map((c) => (c.partition ? typedPartitionValue(s, c.name, c.field.type, f.partitionValues[c.physical], false) : null));
        let fileRow = 0;
        let d = 0;
        for await (const b of readBatches(f.path, { format: 'parquet', batchSize, allowEmpty: true })) {
            const idx = names.map((n) => (n === undefined ? -1 : b.columns.indexOf(n)));
            const rows = [];
            const lines = [];
            for (const r of b.rows) {
                const at = fileRow++;
                if (d < deleted.length && deleted[d] === at) {
                    d++;
                    continue;
                }
                const row = new Array(plan.length);
                for (let c = 0; c < plan.length; c++) {
                    const k = idx[c];
                    row[c] = k < 0 ? constants[c] : logicalValue(r[k] ?? null, plan[c].field.type, s.columnMapping);
                }
                rows.push(row);
                lines.push(++out);
            }
            if (rows.length > 0) {
                any = true;
                yield { columns, rows, lines };
            }
        }
    }
    if (!any && !allowEmpty)
        throw new errors.UsageError(`Delta table ${s.root} at version ${s.version}: the table has no rows`);
}
/**
 * The snapshot as column groups (one per row group of each file), for the columnar profile path:
 * pages keep their typed arrays; rows deleted by a DV are dropped from each page; partition
 * columns come as constant pages; `rowStart` counts rows of the table, not of the file.
 */
async function* readDeltaColumns(text, readers) {
    const s = await openDeltaTable(text);
    const plan = planColumns(s);
    const columns = plan.map((c) => c.name);
    const timestamps = plan.map((c) => c.timestamp);
    const { readParquetColumns } = readers;
    const cache = new Map();
    let fileOffset = 0;
    for (const f of s.files) {
        await openFile(s, f);
        const deleted = await deletedRows(s, f, cache);
        const names = await fileColumnNames(s, plan, f);
        const constants = plan.map((c) => (c.partition ? typedPartitionValue(s, c.name, c.field.type, f.partitionValues[c.physical], true) : null));
        const kept = (r) => r - deletedBelow(deleted, r);
        let fileRows = 0;
        for await (const g of readParquetColumns(f.path, 'parquet', true)) {
            const idx = names.map((n) => (n === undefined ? -1 : g.columns.indexOf(n)));
            const gStart = fileOffset + kept(g.rowStart);
            const gRows = kept(g.rowStart + g.rows) - kept(g.rowStart);
            fileRows = g.rowStart + g.rows;
            if (gRows === 0)
                continue;
            const readPages = async (c, onPage) => {
                const k = idx[c];
                if (k < 0) {
                    const v = constants[c];
                    if (typeof v === 'number')
                        onPage({ kind: 'numbers', rowStart: gStart, rows: gRows, values: new Float64Array(gRows).fill(v), nulls: undefined });
                    else
                        onPage({ kind: 'values', rowStart: gStart, rows: gRows, values: new Array(gRows).fill(v) });
                    return;
                }
                const type = plan[c].field.type;
                const rename = typeof type !== 'string';
                await g.readPages(k, (page) => {
                    const rs = page.rowStart;
                    const lo = deletedBelow(deleted, rs);
                    const hi = deletedBelow(deleted, rs + page.rows);
                    const start = fileOffset + rs - lo;
                    if (lo === hi && !rename) {
                        // No deleted rows here: the page as decoded (a fresh object per page), renumbered in place.
                        page.rowStart = start;
                        onPage(page);
                        return;
                    }
                    const n = page.rows - (hi - lo);
                    const keep = (i, j) => j >= hi || deleted[j] !== rs + i;
                    if (page.kind === 'numbers') {
                        const values = new Float64Array(n);
                        const nulls = page.nulls ? new Uint8Array(n) : undefined;
                        for (let i = 0, j = lo, o = 0; i < page.rows; i++) {
                            if (!keep(i, j)) {
                                j++;
                                continue;
                            }
                            values[o] = page.values[i];
                            if (nulls)
                                nulls[o] = page.nulls[i];
                            o++;
                        }
                        onPage({ kind: 'numbers', rowStart: start, rows: n, values, nulls });
                    }
                    else if (page.kind === 'dict') {
                        const indices = new Int32Array(n);
                        for (let i = 0, j = lo, o = 0; i < page.rows; i++) {
                            if (!keep(i, j)) {
                                j++;
                                continue;
                            }
                            indices[o++] = page.indices[i];
                        }
                        onPage({ kind: 'dict', rowStart: start, rows: n, dictionary: page.dictionary, indices });
                    }
                    else {
                        const values = new Array(n);
                        for (let i = 0, j = lo, o = 0; i < page.rows; i++) {
                            if (!keep(i, j)) {
                                j++;
                                continue;
                            }
                            values[o++] = rename ? logicalValue(page.values[i], type, s.columnMapping) : page.values[i];
                        }
                        onPage({ kind: 'values', rowStart: start, rows: n, values });
                    }
                });
            };
            yield { columns, timestamps, readPages, rowStart: gStart, rows: gRows };
        }
        fileOffset += kept(fileRows);
    }
    if (fileOffset === 0)
        throw new errors.UsageError(`Delta table ${s.root} at version ${s.version}: the table has no rows`);
    (0,memory/* collectGarbage */.i)('major'); // once for the table (each file's reader skips its own)
}


/***/ })

};
