export const id = 3529;
export const ids = [3529,1217,5050];
export const modules = {

/***/ 58561:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rn: () => (/* binding */ MEDIA),
/* harmony export */   bP: () => (/* binding */ RegistryClient),
/* harmony export */   gl: () => (/* binding */ RegistryError)
/* harmony export */ });
/* unused harmony export parseChallenge */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16986);
/* harmony import */ var _layer_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(47010);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(65050);
/**
 * A small client of the OCI distribution API (what `crane`/`ko` speak): manifests and blobs,
 * anonymous, Basic and Bearer-token auth (following the registry's `WWW-Authenticate` challenge as
 * GHCR and Docker Hub do it), monolithic and chunked blob uploads, cross-repository mounts, and
 * retries with exponential backoff on transient failures (5xx, 429, connection resets).
 */



const MEDIA = {
    ociManifest: 'application/vnd.oci.image.manifest.v1+json',
    ociIndex: 'application/vnd.oci.image.index.v1+json',
    ociConfig: 'application/vnd.oci.image.config.v1+json',
    dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
    dockerList: 'application/vnd.docker.distribution.manifest.list.v2+json',
    dockerConfig: 'application/vnd.docker.container.image.v1+json',
};
const MANIFEST_ACCEPT = [MEDIA.ociIndex, MEDIA.ociManifest, MEDIA.dockerList, MEDIA.dockerManifest].join(', ');
/** A registry said no in a way a retry cannot fix. */
class RegistryError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__.UsageError {
    status;
    constructor(message, status) {
        super(message);
        this.status = status;
    }
}
/** Parse `Bearer realm="\u2026",service="\u2026",scope="\u2026"` (or `Basic realm="\u2026"`). */
function parseChallenge(header) {
    const m = /^\s*(\w+)\s*(.*)$/s.exec(header);
    if (!m)
        return undefined;
    const params = {};
    for (const p of m[2].matchAll(/(\w+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^,\s]*))/g))
        params[p[1].toLowerCase()] = p[2] !== undefined ? p[2].replace(/\\(.)/g, '$1') : p[3];
    return { scheme: m[1].toLowerCase(), params };
}
const TRANSIENT_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'EAI_AGAIN', 'UND_ERR_SOCKET', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'ENOTFOUND']);
function networkCode(err) {
    let e = err;
    for (let i = 0; i < 4 && e; i++) {
        if (typeof e.code === 'string')
            return e.code;
        if (e.name === 'TimeoutError' || e.name === 'AbortError')
            return 'ETIMEDOUT';
        e = e.cause;
    }
    return undefined;
}
async function errorDetail(res) {
    const text = await res.text().catch(() => '');
    try {
        const j = JSON.parse(text);
        if (j.errors?.length)
            return j.errors.map((e) => `${e.code ?? ''} ${e.message ?? ''}`.trim()).join('; ');
    }
    catch {
        /* not JSON */
    }
    return text.slice(0, 200).trim();
}
class RegistryClient {
    registry;
    base;
    tokens = new Map();
    opts;
    /** How the registry asked to authenticate, once known. */
    challenge;
    /** Requests sent, by kind: for the build summary and tests. */
    stats = { requests: 0, retries: 0, uploadedBytes: 0, mounted: 0, skipped: 0, chunkedUploads: 0, monolithicUploads: 0 };
    constructor(registry, options = {}) {
        this.registry = registry;
        this.base = (0,_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .registryBaseUrl */ .mO)(registry);
        this.opts = {
            retries: 4,
            backoffMs: 250,
            monolithicMax: 32 * 1024 * 1024,
            chunkSize: 16 * 1024 * 1024,
            fetch: (url, init) => fetch(url, init),
            sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
            timeoutMs: 120_000,
            ...options,
        };
    }
    authorization(scopeKey) {
        if (this.challenge?.scheme === 'bearer') {
            const t = this.tokens.get(scopeKey);
            return t ? `Bearer ${t}` : undefined;
        }
        if (this.challenge?.scheme === 'basic' && this.opts.credentials) {
            const { username, password } = this.opts.credentials;
            return `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
        }
        return undefined;
    }
    /** One HTTP exchange with retries on transient failures. Never retries 4xx other than 429. */
    async send(url, init, what) {
        let attempt = 0;
        for (;;) {
            this.stats.requests++;
            let res;
            let netErr;
            try {
                res = await this.opts.fetch(url, { ...init, signal: AbortSignal.timeout(this.opts.timeoutMs) });
            }
            catch (err) {
                netErr = err;
            }
            const transient = res ? res.status >= 500 || res.status === 429 : true;
            if (!transient)
                return res;
            const reason = res ? `HTTP ${res.status}` : (networkCode(netErr) ?? netErr?.message ?? 'network error');
            if (!res && !TRANSIENT_CODES.has(networkCode(netErr) ?? '')) {
                throw new RegistryError(`${what}: cannot reach registry ${this.registry} (${reason}); check the registry address and your network`);
            }
            if (attempt >= this.opts.retries) {
                if (res)
                    throw new RegistryError(`${what}: registry ${this.registry} answered ${res.status} ${await errorDetail(res)} after ${attempt + 1} attempts; try again later`, res.status);
                throw new RegistryError(`${what}: registry ${this.registry} is unreachable (${reason}) after ${attempt + 1} attempts; check that it is running and the address is right`);
            }
            if (res)
                await res.body?.cancel().catch(() => undefined);
            const retryAfter = Number(res?.headers.get('retry-after'));
            const delay = Number.isFinite(retryAfter) && retryAfter > 0 ? Math.min(retryAfter * 1000, 30_000) : this.opts.backoffMs * 2 ** attempt;
            this.opts.log?.(`${what}: ${reason}, retrying in ${delay} ms (attempt ${attempt + 2} of ${this.opts.retries + 1})`);
            this.stats.retries++;
            attempt++;
            await this.opts.sleep(delay);
        }
    }
    /** Fetch a token for `scopes` from the Bearer realm (with Basic credentials when we have them). */
    async fetchToken(scopes, scopeKey) {
        const { realm, service } = this.challenge.params;
        if (!realm)
            throw new RegistryError(`registry ${this.registry} asked for a Bearer token without a realm`);
        const u = new URL(realm);
        if (service)
            u.searchParams.set('service', service);
        for (const s of scopes)
            u.searchParams.append('scope', s);
        const headers = {};
        if (this.opts.credentials)
            headers.authorization = `Basic ${Buffer.from(`${this.opts.credentials.username}:${this.opts.credentials.password}`).toString('base64')}`;
        const res = await this.send(u.toString(), { method: 'GET', headers }, `token for ${scopes.join(' ')}`);
        if (res.status === 401 || res.status === 403) {
            throw new RegistryError(`registry ${this.registry}: the token service refused ${this.opts.credentials ? `the credentials of user "${this.opts.credentials.username}"` : 'anonymous access'} (${res.status}); check username and password (or token)`, res.status);
        }
        if (!res.ok)
            throw new RegistryError(`registry ${this.registry}: token service answered ${res.status} ${await errorDetail(res)}`, res.status);
        const body = (await res.json());
        const token = body.token ?? body.access_token;
        if (!token)
            throw new RegistryError(`registry ${this.registry}: token service returned no token`);
        this.tokens.set(scopeKey, token);
    }
    /**
     * A request to the registry API (path under /v2/ or an absolute upload URL) with authentication:
     * on 401 it reads the challenge, gets a token for `scopes` or uses Basic, and sends once more.
     */
    async request(method, pathOrUrl, opts) {
        const url = /^https?:\/\//.test(pathOrUrl) ? pathOrUrl : `${this.base}${pathOrUrl}`;
        const scopeKey = opts.scopes.join(' ');
        for (let round = 0;; round++) {
            const headers = { ...opts.headers };
            const auth = this.authorization(scopeKey);
            if (auth)
                headers.authorization = auth;
            const res = await this.send(url, { method, headers, body: opts.body, redirect: opts.redirect ?? 'follow' }, opts.what);
            if (res.status !== 401 || round === 1) {
                if (res.status === 401 || res.status === 403) {
                    const detail = await errorDetail(res);
                    throw new RegistryError(`${opts.what}: registry ${this.registry} refused ${this.opts.credentials ? `user "${this.opts.credentials.username}"` : 'anonymous access'} (${res.status}${detail ? `: ${detail}` : ''}); ${this.opts.credentials ? 'check the username and password (or token) and that it may push to this repository' : 'log in: pass username and password (or a token)'}`, res.status);
                }
                return res;
            }
            const header = res.headers.get('www-authenticate') ?? '';
            await res.body?.cancel().catch(() => undefined);
            const challenge = parseChallenge(header);
            if (!challenge || (challenge.scheme !== 'bearer' && challenge.scheme !== 'basic')) {
                throw new RegistryError(`${opts.what}: registry ${this.registry} requires authentication with an unsupported scheme ("${header}")`, 401);
            }
            this.challenge = challenge;
            if (challenge.scheme === 'basic' && !this.opts.credentials) {
                throw new RegistryError(`${opts.what}: registry ${this.registry} requires a login; pass username and password (or a token)`, 401);
            }
            if (challenge.scheme === 'bearer')
                await this.fetchToken(opts.scopes, scopeKey);
        }
    }
    static pull(repo) {
        return `repository:${repo}:pull`;
    }
    static push(repo) {
        return `repository:${repo}:pull,push`;
    }
    /** GET a manifest by tag or digest; 404 is a clear "not found". */
    async getManifest(repo, reference) {
        const what = `manifest ${this.registry}/${repo}:${reference}`;
        const res = await this.request('GET', `/v2/${repo}/manifests/${reference}`, { scopes: [RegistryClient.pull(repo)], headers: { accept: MANIFEST_ACCEPT }, what });
        if (res.status === 404) {
            throw new RegistryError(`image ${this.registry}/${repo}${reference.startsWith('sha256:') ? '@' : ':'}${reference} not found: the repository or ${reference.startsWith('sha256:') ? 'digest' : 'tag'} does not exist (${await errorDetail(res)})`, 404);
        }
        if (!res.ok)
            throw new RegistryError(`${what}: registry answered ${res.status} ${await errorDetail(res)}`, res.status);
        const body = Buffer.from(await res.arrayBuffer());
        const digest = (0,_layer_js__WEBPACK_IMPORTED_MODULE_1__/* .sha256 */ .sc)(body);
        if (reference.startsWith('sha256:') && reference !== digest)
            throw new RegistryError(`${what}: content digest ${digest} does not match the requested digest`);
        const mediaType = (res.headers.get('content-type') ?? '').split(';')[0].trim() || (JSON.parse(body.toString()).mediaType ?? MEDIA.ociManifest);
        return { body, mediaType, digest };
    }
    /** GET a blob and verify its digest. */
    async getBlob(repo, digest) {
        const what = `blob ${digest.slice(0, 19)} of ${this.registry}/${repo}`;
        const res = await this.request('GET', `/v2/${repo}/blobs/${digest}`, { scopes: [RegistryClient.pull(repo)], what });
        if (res.status === 404)
            throw new RegistryError(`${what} not found`, 404);
        if (!res.ok)
            throw new RegistryError(`${what}: registry answered ${res.status} ${await errorDetail(res)}`, res.status);
        const body = Buffer.from(await res.arrayBuffer());
        if ((0,_layer_js__WEBPACK_IMPORTED_MODULE_1__/* .sha256 */ .sc)(body) !== digest)
            throw new RegistryError(`${what}: downloaded content does not match its digest (corrupted transfer)`);
        return body;
    }
    async hasBlob(repo, digest) {
        const res = await this.request('HEAD', `/v2/${repo}/blobs/${digest}`, { scopes: [RegistryClient.push(repo)], what: `blob ${digest.slice(0, 19)} of ${this.registry}/${repo}` });
        await res.body?.cancel().catch(() => undefined);
        return res.ok;
    }
    uploadUrl(res, what) {
        const loc = res.headers.get('location');
        if (!loc)
            throw new RegistryError(`${what}: registry gave no upload location`);
        return new URL(loc, this.base).toString();
    }
    static withDigest(url, digest) {
        return `${url}${url.includes('?') ? '&' : '?'}digest=${encodeURIComponent(digest)}`;
    }
    /**
     * Put a blob into `repo` unless it is there already: mount it from `mountFrom` (same registry)
     * when given, else upload it in one PUT or in chunks. Returns what happened.
     */
    async pushBlob(repo, digest, blob, mountFrom) {
        const what = `upload of blob ${digest.slice(0, 19)} to ${this.registry}/${repo}`;
        if (await this.hasBlob(repo, digest)) {
            this.stats.skipped++;
            return 'exists';
        }
        const scopes = [RegistryClient.push(repo), ...(mountFrom && mountFrom !== repo ? [RegistryClient.pull(mountFrom)] : [])];
        let start;
        if (mountFrom && mountFrom !== repo) {
            start = await this.request('POST', `/v2/${repo}/blobs/uploads/?mount=${encodeURIComponent(digest)}&from=${encodeURIComponent(mountFrom)}`, { scopes, what, redirect: 'manual' });
            if (start.status === 201) {
                await start.body?.cancel().catch(() => undefined);
                this.stats.mounted++;
                return 'mounted';
            }
        }
        else {
            start = await this.request('POST', `/v2/${repo}/blobs/uploads/`, { scopes, what, redirect: 'manual' });
        }
        if (start.status !== 202)
            throw new RegistryError(`${what}: registry answered ${start.status} ${await errorDetail(start)} when starting the upload`, start.status);
        await start.body?.cancel().catch(() => undefined);
        let url = this.uploadUrl(start, what);
        const data = typeof blob === 'function' ? await blob() : blob;
        if (data.length <= this.opts.monolithicMax) {
            const res = await this.request('PUT', RegistryClient.withDigest(url, digest), {
                scopes,
                what,
                headers: { 'content-type': 'application/octet-stream', 'content-length': String(data.length) },
                body: data,
            });
            if (res.status !== 201)
                throw new RegistryError(`${what}: registry answered ${res.status} ${await errorDetail(res)}`, res.status);
            await res.body?.cancel().catch(() => undefined);
            this.stats.monolithicUploads++;
        }
        else {
            for (let off = 0; off < data.length; off += this.opts.chunkSize) {
                const chunk = data.subarray(off, Math.min(off + this.opts.chunkSize, data.length));
                const res = await this.request('PATCH', url, {
                    scopes,
                    what,
                    headers: { 'content-type': 'application/octet-stream', 'content-range': `${off}-${off + chunk.length - 1}`, 'content-length': String(chunk.length) },
                    body: chunk,
                });
                if (res.status !== 202)
                    throw new RegistryError(`${what}: registry answered ${res.status} ${await errorDetail(res)} to chunk ${off}-${off + chunk.length - 1}`, res.status);
                await res.body?.cancel().catch(() => undefined);
                url = this.uploadUrl(res, what);
            }
            const res = await this.request('PUT', RegistryClient.withDigest(url, digest), { scopes, what, headers: { 'content-length': '0' } });
            if (res.status !== 201)
                throw new RegistryError(`${what}: registry answered ${res.status} ${await errorDetail(res)} when closing the upload`, res.status);
            await res.body?.cancel().catch(() => undefined);
            this.stats.chunkedUploads++;
        }
        this.stats.uploadedBytes += data.length;
        return 'uploaded';
    }
    /** PUT a manifest under a tag (or its digest); returns the digest the registry reports. */
    async putManifest(repo, reference, body, mediaType) {
        const what = `push of manifest ${this.registry}/${repo}:${reference}`;
        const res = await this.request('PUT', `/v2/${repo}/manifests/${reference}`, {
            scopes: [RegistryClient.push(repo)],
            what,
            headers: { 'content-type': mediaType },
            body,
        });
        if (res.status !== 201)
            throw new RegistryError(`${what}: registry answered ${res.status} ${await errorDetail(res)}`, res.status);
        await res.body?.cancel().catch(() => undefined);
        return res.headers.get('docker-content-digest') ?? (0,_layer_js__WEBPACK_IMPORTED_MODULE_1__/* .sha256 */ .sc)(body);
    }
}


/***/ }),

/***/ 47010:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A7: () => (/* binding */ parentDirectories),
/* harmony export */   Ce: () => (/* binding */ collectDirectory),
/* harmony export */   Yi: () => (/* binding */ LAYER_MEDIA_TYPE),
/* harmony export */   oj: () => (/* binding */ buildLayer),
/* harmony export */   sc: () => (/* binding */ sha256)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(38522);
/* harmony import */ var tar_stream__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(36474);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(16986);
/**
 * Reproducible image layers: a tar (tar-stream) of sorted entries with fixed mtimes and owners,
 * gzip-compressed; the layer's digest is the sha256 of the gzip, its diff id the sha256 of the tar.
 */






const LAYER_MEDIA_TYPE = 'application/vnd.oci.image.layer.v1.tar+gzip';
function sha256(data) {
    return 'sha256:' + (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(data).digest('hex');
}
/** Every regular file and directory under `dir`, placed under `prefix` in the image, sorted. */
async function collectDirectory(dir, prefix, label = dir) {
    const out = [];
    const walk = async (abs, rel) => {
        let names;
        try {
            names = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(abs);
        }
        catch (err) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__.UsageError(`${label}: cannot read directory "${abs}" (${err.code ?? 'error'})`);
        }
        for (const name of names.sort()) {
            const a = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(abs, name);
            const r = node_path__WEBPACK_IMPORTED_MODULE_2__.posix.join(rel, name);
            const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(a);
            if (st.isDirectory()) {
                out.push({ path: r, type: 'directory', mode: 0o755 });
                await walk(a, r);
            }
            else if (st.isFile()) {
                out.push({ path: r, type: 'file', mode: st.mode & 0o111 ? 0o755 : 0o644, content: await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(a) });
            }
            else {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__.UsageError(`${label}: "${a}" is neither a regular file nor a directory (symlinks and devices cannot go into an image layer)`);
            }
        }
    };
    await walk(dir, prefix);
    return out;
}
/** The parent directories of `prefix` ("app/server" \u2192 app, app/server). */
function parentDirectories(prefix) {
    const parts = prefix.split('/').filter(Boolean);
    return parts.map((_, i) => ({ path: parts.slice(0, i + 1).join('/'), type: 'directory', mode: 0o755 }));
}
/** Build a layer from entries: sorted, deduplicated, fixed mtime (seconds since epoch), root-owned. */
async function buildLayer(entries, opts = {}) {
    const mtime = new Date((opts.mtime ?? 0) * 1000);
    const byPath = new Map();
    for (const e of entries)
        byPath.set(e.path.replace(/^\/+/, '').replace(/\/+$/, ''), e);
    const sorted = [...byPath.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const pack = (0,tar_stream__WEBPACK_IMPORTED_MODULE_4__.pack)();
    const chunks = [];
    const done = new Promise((resolve, reject) => {
        pack.on('data', (c) => {
            chunks.push(c);
        });
        pack.on('end', () => resolve());
        pack.on('error', reject);
    });
    for (const [path, e] of sorted) {
        const header = { name: e.type === 'directory' ? `${path}/` : path, mode: e.mode, mtime, uid: 0, gid: 0, uname: 'root', gname: 'root' };
        if (e.type === 'directory')
            pack.entry({ ...header, type: 'directory' });
        else
            pack.entry({ ...header, type: 'file', size: e.content.length }, e.content);
    }
    pack.finalize();
    await done;
    const tar = Buffer.concat(chunks);
    const blob = (0,node_zlib__WEBPACK_IMPORTED_MODULE_3__.gzipSync)(tar, { level: opts.level ?? 6 });
    return { blob, digest: sha256(blob), size: blob.length, diffId: sha256(tar), mediaType: LAYER_MEDIA_TYPE, entries: sorted.length };
}


/***/ }),

/***/ 36472:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TV: () => (/* binding */ LOCAL_NODE),
/* harmony export */   db: () => (/* binding */ buildLocalNodeBase),
/* harmony export */   wB: () => (/* binding */ readLocalNodeRuntime)
/* harmony export */ });
/* unused harmony exports LOCAL_NODE_PATH, ociArchitecture, sharedLibrariesFromMaps, elfInterpreter, localNodeReference */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(16986);
/* harmony import */ var _distribution_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(58561);
/* harmony import */ var _layer_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(47010);
/* harmony import */ var _oci_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(75678);
/**
 * `base-image: local-node` \u2014 a minimal base image built in-process from the Node.js that runs
 * build-image, for machines with no registry access (air-gapped runners, the offline example):
 * one layer with the node binary at /usr/local/bin/node, the shared libraries the running process
 * has mapped (glibc, libstdc++, \u2026, at their own paths), the ELF interpreter at the path the binary
 * names, /etc/passwd and /etc/group with the nonroot user, and /tmp \u2014 like a distroless image,
 * with no shell and no package manager. No external tools: the library list comes from
 * /proc/self/maps and the interpreter from the binary's PT_INTERP header.
 *
 * The image is for the build machine's own platform (linux, its CPU architecture) only.
 */





const LOCAL_NODE = 'local-node';
const LOCAL_NODE_PATH = '/usr/local/bin/node';
/** Node's process.arch \u2192 OCI architecture. */
function ociArchitecture(arch) {
    return { x64: 'amd64', arm64: 'arm64', arm: 'arm', ia32: '386', ppc64: 'ppc64le', s390x: 's390x', riscv64: 'riscv64' }[arch] ?? arch;
}
/** Shared objects listed in a /proc/<pid>/maps text (absolute paths of mapped *.so files). */
function sharedLibrariesFromMaps(maps) {
    const out = new Set();
    for (const line of maps.split('\n')) {
        const path = line.trim().split(/\s+/)[5];
        if (path && path.startsWith('/') && /\.so(\.\d+)*$/.test(path.replace(/ \(deleted\)$/, '')))
            out.add(path);
    }
    return [...out].sort();
}
/** The ELF interpreter (PT_INTERP) a dynamically linked binary names, e.g. /lib64/ld-linux-x86-64.so.2. */
function elfInterpreter(bin) {
    if (bin.length < 64 || bin.readUInt32BE(0) !== 0x7f454c46)
        return undefined;
    const is64 = bin[4] === 2;
    const le = bin[5] === 1;
    const u16 = (o) => (le ? bin.readUInt16LE(o) : bin.readUInt16BE(o));
    const u32 = (o) => (le ? bin.readUInt32LE(o) : bin.readUInt32BE(o));
    const u64 = (o) => Number(le ? bin.readBigUInt64LE(o) : bin.readBigUInt64BE(o));
    const phoff = is64 ? u64(0x20) : u32(0x1c);
    const phentsize = u16(is64 ? 0x36 : 0x2a);
    const phnum = u16(is64 ? 0x38 : 0x2c);
    for (let i = 0; i < phnum; i++) {
        const ph = phoff + i * phentsize;
        if (ph + phentsize > bin.length)
            return undefined;
        if (u32(ph) !== 3)
            continue; // PT_INTERP
        const off = is64 ? u64(ph + 8) : u32(ph + 4);
        const size = is64 ? u64(ph + 32) : u32(ph + 16);
        return bin.subarray(off, off + size).toString('latin1').replace(/\0+$/, '');
    }
    return undefined;
}
function dirsOf(path) {
    const parts = path.split('/').filter(Boolean);
    return parts.slice(0, -1).map((_, i) => parts.slice(0, i + 1).join('/'));
}
/** Reference shown as the base: local-node/node:v24.x.y. */
function localNodeReference(version) {
    return { registry: LOCAL_NODE, repository: 'node', tag: version.replace(/^v?/, 'v').replace(/[^\w.-]/g, '-') };
}
/**
 * Build the local-node base image: its one layer, config and manifest. The layer is reproducible
 * (sorted entries, `mtime`), so the same node and libraries give the same digests.
 */
async function buildLocalNodeBase(rt, platform, opts) {
    if (rt.platform !== 'linux')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__.UsageError(`base-image "${LOCAL_NODE}" builds a Linux image from the running node and needs Linux (this is ${rt.platform}); use a registry base image such as node:24-slim`);
    const arch = ociArchitecture(rt.arch);
    if (platform.os !== 'linux' || platform.architecture !== arch) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__.UsageError(`base-image "${LOCAL_NODE}" can only build for this machine's platform linux/${arch}, not ${platform.os}/${platform.architecture}; set platform to linux/${arch} or use a registry base image`);
    }
    if (rt.libraries.size === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__.UsageError(`base-image "${LOCAL_NODE}": found no shared libraries of the running node (is /proc mounted?); use a registry base image`);
    const interp = elfInterpreter(rt.binary);
    const files = new Map();
    files.set(LOCAL_NODE_PATH.slice(1), rt.binary);
    for (const [path, bytes] of rt.libraries) {
        files.set(path.slice(1), bytes);
        // /proc/self/maps shows the real file (libstdc++.so.6.0.30); the loader asks for the soname
        // (libstdc++.so.6), on disk a symlink: put a copy there too.
        const soname = /^(.*\.so\.\d+)\.[\d.]+$/.exec(path)?.[1];
        if (soname && !rt.libraries.has(soname))
            files.set(soname.slice(1), bytes);
    }
    if (interp && !files.has(interp.slice(1))) {
        const name = interp.slice(interp.lastIndexOf('/') + 1);
        const same = [...rt.libraries.entries()].find(([p]) => p.endsWith('/' + name));
        if (!same)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__.UsageError(`base-image "${LOCAL_NODE}": the node binary needs the interpreter ${interp}, which the running process has not mapped; use a registry base image`);
        files.set(interp.slice(1), same[1]);
    }
    files.set('etc/passwd', Buffer.from('root:x:0:0:root:/root:/sbin/nologin\nnonroot:x:65532:65532:nonroot:/home/nonroot:/sbin/nologin\n'));
    files.set('etc/group', Buffer.from('root:x:0:\nnonroot:x:65532:\n'));
    const entries = [];
    const dirs = new Set(['tmp', 'home', 'home/nonroot']);
    for (const p of files.keys())
        for (const d of dirsOf(p))
            dirs.add(d);
    for (const d of dirs)
        entries.push({ path: d, type: 'directory', mode: d === 'tmp' ? 0o1777 : 0o755 });
    for (const [p, content] of files)
        entries.push({ path: p, type: 'file', content, mode: p.startsWith('etc/') ? 0o644 : 0o755 });
    // Level 1: the node binary is ~100 MB; level 6 takes about three times longer for ~10% less.
    const layer = await (0,_layer_js__WEBPACK_IMPORTED_MODULE_3__/* .buildLayer */ .oj)(entries, { mtime: opts.mtime, level: 1 });
    const libDirs = [...new Set([...rt.libraries.keys()].map((p) => p.slice(0, p.lastIndexOf('/'))))].sort();
    const config = {
        created: opts.created,
        architecture: arch,
        os: 'linux',
        config: {
            Env: ['PATH=/usr/local/bin:/usr/bin:/bin', `NODE_VERSION=${rt.version.replace(/^v/, '')}`, `LD_LIBRARY_PATH=${libDirs.join(':')}`],
            User: '65532:65532',
        },
        rootfs: { type: 'layers', diff_ids: [layer.diffId] },
        history: [{ created: opts.created, created_by: `cd4ml local-node: node ${rt.version} and ${rt.libraries.size} shared libraries of the build machine`, comment: 'cd4ml build-image' }],
    };
    const configBytes = Buffer.from((0,_oci_js__WEBPACK_IMPORTED_MODULE_4__/* .canonicalJson */ .dj)(config));
    const configDigest = (0,_layer_js__WEBPACK_IMPORTED_MODULE_3__/* .sha256 */ .sc)(configBytes);
    const layers = [{ mediaType: layer.mediaType, digest: layer.digest, size: layer.size }];
    const manifestBytes = Buffer.from((0,_oci_js__WEBPACK_IMPORTED_MODULE_4__/* .canonicalJson */ .dj)({ schemaVersion: 2, mediaType: _distribution_js__WEBPACK_IMPORTED_MODULE_2__/* .MEDIA */ .Rn.ociManifest, config: { mediaType: _distribution_js__WEBPACK_IMPORTED_MODULE_2__/* .MEDIA */ .Rn.ociConfig, digest: configDigest, size: configBytes.length }, layers }));
    const base = { ref: localNodeReference(rt.version), manifestDigest: (0,_layer_js__WEBPACK_IMPORTED_MODULE_3__/* .sha256 */ .sc)(manifestBytes), config, configBytes, configDigest, layers };
    return { base, blobs: new Map([[layer.digest, layer.blob]]) };
}
/** The running node binary and the shared libraries it has mapped, for `base-image: local-node`. */
async function readLocalNodeRuntime() {
    const maps = process.platform === 'linux' ? await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)('/proc/self/maps', 'utf8').catch(() => '') : '';
    const libraries = new Map();
    for (const p of sharedLibrariesFromMaps(maps)) {
        const bytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(p).catch(() => undefined);
        if (bytes)
            libraries.set(p, bytes);
    }
    return { platform: process.platform, arch: process.arch, version: process.version, binary: await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(process.execPath), libraries };
}


/***/ }),

/***/ 75678:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dj: () => (/* reexport safe */ _io_json_js__WEBPACK_IMPORTED_MODULE_2__.d),
/* harmony export */   fD: () => (/* binding */ buildConfig),
/* harmony export */   u1: () => (/* binding */ buildManifest)
/* harmony export */ });
/* unused harmony exports ociLayerMediaType, mergeEnv */
/* harmony import */ var _distribution_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58561);
/* harmony import */ var _layer_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(47010);
/* harmony import */ var _io_json_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(85074);
/**
 * OCI image config and manifest: the config extends the base image's config with our layers,
 * entrypoint, environment, exposed port, non-root user and labels; JSON is written with sorted
 * keys so that the same inputs always give the same bytes (and the same digest).
 */



/** JSON with object keys sorted at every level: canonical bytes for digests (src/io/json.ts). */

/** Docker layer media types mapped to their OCI equivalents (same bytes). */
function ociLayerMediaType(mediaType) {
    switch (mediaType) {
        case 'application/vnd.docker.image.rootfs.diff.tar.gzip':
            return _layer_js__WEBPACK_IMPORTED_MODULE_1__/* .LAYER_MEDIA_TYPE */ .Yi;
        case 'application/vnd.docker.image.rootfs.foreign.diff.tar.gzip':
            return 'application/vnd.oci.image.layer.nondistributable.v1.tar+gzip';
        default:
            return mediaType;
    }
}
/** Merge `NAME=value` lists: later names replace earlier ones, order of first appearance kept. */
function mergeEnv(base, extra) {
    const map = new Map();
    for (const e of base ?? []) {
        const at = e.indexOf('=');
        map.set(at < 0 ? e : e.slice(0, at), at < 0 ? '' : e.slice(at + 1));
    }
    for (const [k, v] of Object.entries(extra))
        map.set(k, v);
    return [...map.entries()].map(([k, v]) => `${k}=${v}`);
}
function buildConfig(base, layers, opts) {
    const baseCfg = base.config ?? {};
    const config = {
        ...baseCfg,
        User: opts.user,
        // HTTP (/predict, OIP REST, /metrics) and OIP gRPC (GRPC_PORT, the HTTP port + 1).
        ExposedPorts: { ...(baseCfg.ExposedPorts ?? {}), [`${opts.port}/tcp`]: {}, [`${opts.port < 65535 ? opts.port + 1 : opts.port - 1}/tcp`]: {} },
        Env: mergeEnv(baseCfg.Env, opts.env),
        Entrypoint: opts.entrypoint,
        Cmd: null,
        WorkingDir: opts.workdir,
        Labels: { ...(baseCfg.Labels ?? {}), ...opts.labels },
        StopSignal: 'SIGTERM',
    };
    delete config.Healthcheck;
    delete config.OnBuild;
    return {
        created: opts.created,
        architecture: base.architecture,
        os: base.os,
        ...(base.variant ? { variant: base.variant } : {}),
        config,
        rootfs: { type: 'layers', diff_ids: [...base.rootfs.diff_ids, ...layers.map((l) => l.diffId)] },
        history: [...(base.history ?? []), ...opts.history.map((h) => ({ created: opts.created, created_by: h, comment: 'cd4ml build-image' }))],
    };
}
function buildManifest(config, baseLayers, layers, annotations) {
    const configBytes = Buffer.from((0,_io_json_js__WEBPACK_IMPORTED_MODULE_2__/* .canonicalJson */ .d)(config));
    const configDigest = (0,_layer_js__WEBPACK_IMPORTED_MODULE_1__/* .sha256 */ .sc)(configBytes);
    const manifest = {
        schemaVersion: 2,
        mediaType: _distribution_js__WEBPACK_IMPORTED_MODULE_0__/* .MEDIA */ .Rn.ociManifest,
        config: { mediaType: _distribution_js__WEBPACK_IMPORTED_MODULE_0__/* .MEDIA */ .Rn.ociConfig, digest: configDigest, size: configBytes.length },
        layers: [
            ...baseLayers.map((l) => ({ mediaType: ociLayerMediaType(l.mediaType), digest: l.digest, size: l.size })),
            ...layers.map((l) => ({ mediaType: l.mediaType, digest: l.digest, size: l.size })),
        ],
        annotations,
    };
    const manifestBytes = Buffer.from((0,_io_json_js__WEBPACK_IMPORTED_MODULE_2__/* .canonicalJson */ .d)(manifest));
    return { manifest, manifestBytes, manifestDigest: (0,_layer_js__WEBPACK_IMPORTED_MODULE_1__/* .sha256 */ .sc)(manifestBytes), configBytes, configDigest };
}


/***/ }),

/***/ 65050:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FH: () => (/* binding */ formatReference),
/* harmony export */   Rd: () => (/* binding */ withTag),
/* harmony export */   mO: () => (/* binding */ registryBaseUrl),
/* harmony export */   parseReference: () => (/* binding */ parseReference)
/* harmony export */ });
/* unused harmony export isLoopbackRegistry */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16986);
/**
 * Image references, parsed the way Docker and the OCI tools read them:
 *   [registry[:port]/]repository[:tag][@sha256:digest]
 * A first path component with a dot or a colon, or "localhost", is a registry host; otherwise the
 * image is on Docker Hub ("node:24-slim" \u2192 registry-1.docker.io/library/node:24-slim).
 */

const DOCKER_HUB = 'docker.io';
const REPO_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^sha256:[a-f0-9]{64}$/;
/** Parse an image reference; a malformed one is a UsageError naming `label`. */
function parseReference(raw, label = 'image reference') {
    const text = raw.trim();
    const fail = (why) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UsageError(`${label} "${raw}" is not a valid image reference: ${why}; expected [registry/]repository[:tag][@sha256:digest], e.g. ghcr.io/octo-org/model:1.0`);
    };
    if (text === '')
        fail('it is empty');
    let rest = text;
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        if (!DIGEST.test(digest))
            fail(`digest "${digest}" is not sha256:<64 hex digits>`);
    }
    let tag;
    const lastSlash = rest.lastIndexOf('/');
    const colon = rest.lastIndexOf(':');
    if (colon > lastSlash) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (!TAG.test(tag))
            fail(`tag "${tag}" may hold only letters, digits, "_", "." and "-" (max 128)`);
    }
    const parts = rest.split('/');
    let registry = DOCKER_HUB;
    if (parts.length > 1 && (parts[0].includes('.') || parts[0].includes(':') || parts[0] === 'localhost')) {
        registry = parts.shift();
    }
    if (parts.length === 0 || parts.some((p) => p === ''))
        fail('the repository path is empty');
    for (const p of parts)
        if (!REPO_COMPONENT.test(p))
            fail(`repository component "${p}" must be lowercase letters, digits and separators`);
    if (registry === DOCKER_HUB && parts.length === 1)
        parts.unshift('library');
    return { registry, repository: parts.join('/'), tag, digest };
}
/** The reference as text: registry/repository[:tag][@digest]. */
function formatReference(ref) {
    return `${ref.registry}/${ref.repository}${ref.tag ? `:${ref.tag}` : ''}${ref.digest ? `@${ref.digest}` : ''}`;
}
/** Same reference with another tag (or digest). */
function withTag(ref, tag) {
    if (!TAG.test(tag))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UsageError(`tag "${tag}" may hold only letters, digits, "_", "." and "-" (max 128)`);
    return { registry: ref.registry, repository: ref.repository, tag };
}
/** Loopback registries speak plain HTTP (as Docker treats 127.0.0.0/8 as insecure); others HTTPS. */
function isLoopbackRegistry(registry) {
    const host = registry.startsWith('[') ? registry.slice(0, registry.indexOf(']') + 1) : registry.split(':')[0];
    return host === 'localhost' || /^127\.\d+\.\d+\.\d+$/.test(host) || host === '[::1]';
}
/** Base URL of a registry's API (Docker Hub's API host differs from its name). */
function registryBaseUrl(registry) {
    const host = registry === DOCKER_HUB ? 'registry-1.docker.io' : registry;
    return `${isLoopbackRegistry(registry) ? 'http' : 'https'}://${host}`;
}


/***/ }),

/***/ 63529:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  buildImage: () => (/* binding */ buildImage),
  N3: () => (/* binding */ credentialsFromDockerConfig),
  requestFromSettings: () => (/* binding */ requestFromSettings),
  summarizeBuild: () => (/* binding */ summarizeBuild)
});

// UNUSED EXPORTS: BUILDERS, DEFAULT_BASE_IMAGE

// EXTERNAL MODULE: ./src/errors.js
var errors = __webpack_require__(16986);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: ../../node_modules/tar-stream/index.js
var tar_stream = __webpack_require__(36474);
// EXTERNAL MODULE: ./src/image/distribution.js
var distribution = __webpack_require__(58561);
// EXTERNAL MODULE: ./src/image/reference.js
var reference = __webpack_require__(65050);
;// CONCATENATED MODULE: ./src/image/base.js
/**
 * The base image: resolve a reference to one platform's manifest and config, and check that it
 * has Node (the serving runtime is a Node bundle). Official node images say so in NODE_VERSION;
 * otherwise the layers are scanned, top layer first, for a node binary on the usual paths.
 */






function parsePlatform(text) {
    const [os, architecture, variant] = text.split('/');
    if (!os || !architecture)
        throw new errors.UsageError(`platform "${text}" must look like os/arch[/variant], e.g. linux/amd64`);
    return { os, architecture, ...(variant ? { variant } : {}) };
}
/** Fetch the base image's manifest (picking `platform` from an index) and config. */
async function resolveBase(client, ref, platform) {
    let m = await client.getManifest(ref.repository, ref.digest ?? ref.tag ?? 'latest');
    if (m.mediaType === distribution/* MEDIA */.Rn.ociIndex || m.mediaType === distribution/* MEDIA */.Rn.dockerList) {
        const index = JSON.parse(m.body.toString());
        const pick = index.manifests.find((d) => d.platform?.os === platform.os && d.platform?.architecture === platform.architecture && (!platform.variant || d.platform?.variant === platform.variant));
        if (!pick) {
            const have = index.manifests.map((d) => (d.platform ? `${d.platform.os}/${d.platform.architecture}` : '?')).join(', ');
            throw new errors.UsageError(`base image ${(0,reference/* formatReference */.FH)(ref)} has no ${platform.os}/${platform.architecture} variant (it has: ${have}); choose another base image or platform`);
        }
        m = await client.getManifest(ref.repository, pick.digest);
    }
    if (m.mediaType !== distribution/* MEDIA */.Rn.ociManifest && m.mediaType !== distribution/* MEDIA */.Rn.dockerManifest) {
        throw new errors.UsageError(`base image ${(0,reference/* formatReference */.FH)(ref)} has an unsupported manifest type "${m.mediaType}"; use an OCI or Docker v2 image`);
    }
    const manifest = JSON.parse(m.body.toString());
    const configBytes = await client.getBlob(ref.repository, manifest.config.digest);
    const config = JSON.parse(configBytes.toString());
    if (config.os !== platform.os || config.architecture !== platform.architecture) {
        throw new errors.UsageError(`base image ${(0,reference/* formatReference */.FH)(ref)} is ${config.os}/${config.architecture}, not ${platform.os}/${platform.architecture}`);
    }
    if (config.rootfs?.diff_ids?.length !== manifest.layers.length) {
        throw new distribution/* RegistryError */.gl(`base image ${(0,reference/* formatReference */.FH)(ref)}: config lists ${config.rootfs?.diff_ids?.length} layers but the manifest ${manifest.layers.length}`);
    }
    return { ref, manifestDigest: m.digest, config, configBytes, configDigest: manifest.config.digest, layers: manifest.layers };
}
const NODE_PATHS = ['usr/local/bin/node', 'usr/bin/node', 'bin/node', 'usr/local/sbin/node', 'opt/nodejs/bin/node', 'nodejs/bin/node'];
function normal(name) {
    return name.replace(/^\.?\/+/, '').replace(/\/+$/, '');
}
/** Which of NODE_PATHS a layer adds (first element) or deletes with a whiteout (second). */
async function scanLayerForNode(blob, mediaType) {
    const added = new Set();
    const removed = new Set();
    const ex = (0,tar_stream.extract)();
    const src = external_node_stream_.Readable.from([blob]);
    const gz = mediaType.endsWith('+gzip') || mediaType.endsWith('.gzip');
    const stream = gz ? src.pipe((0,external_node_zlib_.createGunzip)()) : src;
    const done = new Promise((resolve, reject) => {
        ex.on('entry', (header, body, next) => {
            const name = normal(header.name);
            const base = name.slice(name.lastIndexOf('/') + 1);
            if (NODE_PATHS.includes(name) && (header.type === 'file' || header.type === 'symlink' || header.type === 'link'))
                added.add(name);
            if (base.startsWith('.wh.')) {
                const target = name.slice(0, name.length - base.length) + base.slice(4);
                for (const p of NODE_PATHS)
                    if (p === target || p.startsWith(target + '/'))
                        removed.add(p);
            }
            body.on('end', next);
            body.resume();
        });
        ex.on('finish', resolve);
        // Some writers (umoci, older Go tools) omit the two zero blocks that end a tar; the blob's
        // digest was already verified, so a missing trailer is not a corruption.
        ex.on('error', (err) => (/Unexpected end of data/.test(err.message) ? resolve() : reject(err)));
        stream.on('error', reject);
    });
    stream.pipe(ex);
    await done;
    return { added, removed };
}
/**
 * Find node in the base image: "node" (from PATH) when the config's Env has NODE_VERSION, else the
 * absolute path found in the layers. Throws a UsageError when the base has no node.
 */
async function findNode(base, fetchLayer) {
    const env = base.config.config?.Env ?? [];
    if (env.some((e) => e.startsWith('NODE_VERSION=')))
        return 'node';
    const gone = new Set();
    for (const layer of [...base.layers].reverse()) {
        const { added, removed } = await scanLayerForNode(await fetchLayer(layer), layer.mediaType);
        const found = NODE_PATHS.find((p) => added.has(p) && !gone.has(p));
        if (found)
            return `/${found}`;
        for (const r of removed)
            gone.add(r);
    }
    throw new errors.UsageError(`base image ${(0,reference/* formatReference */.FH)(base.ref)} has no Node.js (no NODE_VERSION in its environment and no node binary in ${NODE_PATHS.map((p) => '/' + p).join(', ')}); the serving runtime needs Node >= 20: use an official node image such as node:24-slim`);
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/image/layer.js
var image_layer = __webpack_require__(47010);
// EXTERNAL MODULE: ./src/io/atomic.js
var atomic = __webpack_require__(41217);
// EXTERNAL MODULE: ./src/image/oci.js
var oci = __webpack_require__(75678);
;// CONCATENATED MODULE: ./src/image/layout.js
/**
 * Write an image without a registry: an OCI image layout directory (oci-layout, index.json,
 * blobs/sha256/\u2026) or the same layout in one tar file (what `skopeo copy oci-archive:` and
 * `podman load` read).
 */





function layoutFiles(img) {
    const index = {
        schemaVersion: 2,
        mediaType: distribution/* MEDIA */.Rn.ociIndex,
        manifests: (img.refNames.length ? img.refNames : [undefined]).map((name) => ({
            mediaType: distribution/* MEDIA */.Rn.ociManifest,
            digest: img.manifestDigest,
            size: img.manifestBytes.length,
            ...(name ? { annotations: { 'org.opencontainers.image.ref.name': name } } : {}),
        })),
    };
    const files = [
        ['oci-layout', Buffer.from((0,oci/* canonicalJson */.dj)({ imageLayoutVersion: '1.0.0' }))],
        ['index.json', Buffer.from((0,oci/* canonicalJson */.dj)(index))],
        [`blobs/sha256/${img.manifestDigest.slice(7)}`, img.manifestBytes],
    ];
    for (const [digest, blob] of [...img.blobs.entries()].sort(([a], [b]) => (a < b ? -1 : 1)))
        files.push([`blobs/sha256/${digest.slice(7)}`, blob]);
    return files;
}
async function writeOciLayout(dir, img) {
    // Blobs first, index.json last: a reader never sees an index pointing at a missing blob.
    const files = layoutFiles(img);
    const last = files.filter(([name]) => name === 'index.json');
    for (const [name, data] of [...files.filter(([name]) => name !== 'index.json'), ...last])
        await (0,atomic/* writeFileAtomic */.Zf)((0,external_node_path_.join)(dir, name), data);
}
async function writeOciArchive(file, img, mtime = 0) {
    const pack = (0,tar_stream.pack)();
    const writer = await (0,atomic.openAtomicWriter)(file);
    const out = (async () => {
        for await (const chunk of pack)
            await writer.write(chunk);
        await writer.commit();
    })();
    out.catch(() => writer.abort());
    const dirs = new Set();
    for (const [name, data] of layoutFiles(img)) {
        const parts = name.split('/');
        for (let i = 1; i < parts.length; i++) {
            const d = parts.slice(0, i).join('/');
            if (!dirs.has(d)) {
                dirs.add(d);
                pack.entry({ name: `${d}/`, type: 'directory', mode: 0o755, mtime: new Date(mtime * 1000) });
            }
        }
        pack.entry({ name, size: data.length, mode: 0o644, mtime: new Date(mtime * 1000) }, data);
    }
    pack.finalize();
    await out;
}

;// CONCATENATED MODULE: ./src/image/build.js
/**
 * build-image's core: plan the image (layers, config, labels) and build it with one of two
 * builders \u2014 daemonless (registry API: fetch the base, append two layers, push blobs and manifest,
 * or write an OCI layout/archive) or Docker buildx (generated Dockerfile). Clock, process runner and
 * registry clients are injected.
 */









const SERVER_DIR = '/app/server';
const MODEL_DIR = '/app/model';
const DEFAULT_USER = '65532:65532';
function allTags(plan) {
    const first = plan.image.tag ?? 'latest';
    return [...new Set([first, ...plan.tags])];
}
function runtimeEnv(plan) {
    return { NODE_ENV: 'production', PORT: String(plan.port), GRPC_PORT: String(grpcPortFor(plan.port)), HOST: '0.0.0.0', CD4ML_BUNDLE: MODEL_DIR };
}
/** The image's OIP gRPC port: the HTTP port + 1 (8081 beside 8080). */
function grpcPortFor(port) {
    return port < 65535 ? port + 1 : port - 1;
}
/** The two layers we append: the bundled server, then the model bundle. */
async function buildAppLayers(plan) {
    const server = await (0,image_layer/* buildLayer */.oj)([...(0,image_layer/* parentDirectories */.A7)(SERVER_DIR.slice(1)), ...(await (0,image_layer/* collectDirectory */.Ce)(plan.serverDir, SERVER_DIR.slice(1), 'server bundle'))], { mtime: plan.mtime });
    const model = await (0,image_layer/* buildLayer */.oj)([...(0,image_layer/* parentDirectories */.A7)(MODEL_DIR.slice(1)), ...(await (0,image_layer/* collectDirectory */.Ce)(plan.bundleDir, MODEL_DIR.slice(1), `bundle "${plan.bundleDir}"`))], { mtime: plan.mtime });
    return { server, model };
}
async function mapLimit(items, limit, fn) {
    const out = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const i = next++;
            out[i] = await fn(items[i]);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return out;
}
async function buildDaemonless(plan, deps) {
    const clients = new Map();
    const client = (registry) => {
        let c = clients.get(registry);
        if (!c)
            clients.set(registry, (c = new distribution/* RegistryClient */.bP(registry, { ...deps.registryOptions, credentials: deps.credentials(registry), log: deps.log })));
        return c;
    };
    deps.log(`base image ${(0,reference/* formatReference */.FH)(plan.base)}`);
    const local = deps.localBase;
    const base = local ? local.base : await resolveBase(client(plan.base.registry), plan.base, plan.platform);
    const cache = new Map();
    const fetchLayer = (d) => {
        let p = cache.get(d.digest);
        if (!p)
            cache.set(d.digest, (p = local ? Promise.resolve(local.blobs.get(d.digest)) : client(plan.base.registry).getBlob(plan.base.repository, d.digest)));
        return p;
    };
    const nodePath = await findNode(base, fetchLayer);
    const { server, model } = await buildAppLayers(plan);
    const config = (0,oci/* buildConfig */.fD)(base.config, [server, model], {
        created: plan.created,
        entrypoint: [nodePath, `${SERVER_DIR}/index.js`],
        env: runtimeEnv(plan),
        port: plan.port,
        user: plan.user,
        workdir: '/app',
        labels: plan.labels,
        history: [`COPY server/ ${SERVER_DIR}/`, `COPY model/ ${MODEL_DIR}/`],
    });
    const built = (0,oci/* buildManifest */.u1)(config, base.layers, [server, model], { ...plan.annotations, 'org.opencontainers.image.base.name': (0,reference/* formatReference */.FH)(plan.base), 'org.opencontainers.image.base.digest': base.manifestDigest });
    const tags = allTags(plan);
    const baseSize = base.layers.reduce((s, l) => s + l.size, 0);
    const addedSize = server.size + model.size + built.configBytes.length;
    const layers = [
        { name: 'server', digest: server.digest, size: server.size, entries: server.entries },
        { name: 'model', digest: model.digest, size: model.size, entries: model.entries },
    ];
    const result = { builder: 'daemonless', digest: built.manifestDigest, baseSize, addedSize, layers, config: built.configBytes };
    if (!plan.push) {
        if (!plan.output)
            throw new errors.UsageError('push is false but no output is given: pass output (a directory for an OCI layout, or a .tar file for an OCI archive)');
        const blobs = new Map();
        for (const l of base.layers)
            blobs.set(l.digest, await fetchLayer(l));
        blobs.set(server.digest, server.blob);
        blobs.set(model.digest, model.blob);
        blobs.set(built.configDigest, built.configBytes);
        const img = { manifestBytes: built.manifestBytes, manifestDigest: built.manifestDigest, blobs, refNames: tags };
        if (plan.output.endsWith('.tar'))
            await writeOciArchive(plan.output, img, plan.mtime);
        else
            await writeOciLayout(plan.output, img);
        deps.log(`wrote ${plan.output.endsWith('.tar') ? 'OCI archive' : 'OCI layout'} ${plan.output}`);
        return { ...result, image: `${plan.image.registry}/${plan.image.repository}@${built.manifestDigest}`, tags: tags.map((t) => (0,reference/* formatReference */.FH)((0,reference/* withTag */.Rd)(plan.image, t))), output: plan.output };
    }
    const target = client(plan.image.registry);
    const repo = plan.image.repository;
    const sameRegistry = !local && plan.image.registry === plan.base.registry;
    const outcome = {};
    const count = (k) => (outcome[k] = (outcome[k] ?? 0) + 1);
    await mapLimit(base.layers, 3, async (l) => count(await target.pushBlob(repo, l.digest, () => fetchLayer(l), sameRegistry ? plan.base.repository : undefined)));
    for (const l of [server, model])
        count(await target.pushBlob(repo, l.digest, l.blob));
    count(await target.pushBlob(repo, built.configDigest, built.configBytes));
    for (const t of tags) {
        const d = await target.putManifest(repo, t, built.manifestBytes, distribution/* MEDIA */.Rn.ociManifest);
        if (d !== built.manifestDigest)
            throw new errors.UsageError(`registry ${plan.image.registry} stored the manifest as ${d}, expected ${built.manifestDigest}`);
    }
    deps.log(`pushed ${tags.map((t) => (0,reference/* formatReference */.FH)((0,reference/* withTag */.Rd)(plan.image, t))).join(', ')} (${built.manifestDigest}); blobs: ${Object.entries(outcome).map(([k, v]) => `${v} ${k}`).join(', ')}`);
    return { ...result, image: `${plan.image.registry}/${repo}@${built.manifestDigest}`, tags: tags.map((t) => (0,reference/* formatReference */.FH)((0,reference/* withTag */.Rd)(plan.image, t))), blobs: outcome };
}
// ---------------------------------------------------------------- Docker buildx builder
/** Quote a value for a Dockerfile LABEL/ENV line. */
function dq(v) {
    return JSON.stringify(v);
}
/** The Dockerfile equivalent of the daemonless image (also what the buildah benchmark builds). */
function generateDockerfile(plan, nodePath = 'node') {
    const env = runtimeEnv(plan);
    const lines = [
        '# syntax=docker/dockerfile:1',
        `# generated by cd4ml build-image`,
        `FROM ${(0,reference/* formatReference */.FH)(plan.base)}`,
        `COPY --chown=0:0 server/ ${SERVER_DIR}/`,
        `COPY --chown=0:0 model/ ${MODEL_DIR}/`,
        `ENV ${Object.entries(env).map(([k, v]) => `${k}=${dq(v)}`).join(' ')}`,
        'WORKDIR /app',
        `EXPOSE ${plan.port}/tcp ${grpcPortFor(plan.port)}/tcp`,
        `USER ${plan.user}`,
        ...Object.entries(plan.labels)
            .sort(([a], [b]) => (a < b ? -1 : 1))
            .map(([k, v]) => `LABEL ${dq(k)}=${dq(v)}`),
        'STOPSIGNAL SIGTERM',
        `ENTRYPOINT ${JSON.stringify([nodePath, `${SERVER_DIR}/index.js`])}`,
        'CMD []',
        '',
    ];
    return lines.join('\n');
}
/** Write a build context: Dockerfile, server/ and model/. */
async function prepareDockerContext(plan, dir, nodePath = 'node') {
    await (0,promises_.rm)(dir, { recursive: true, force: true });
    await (0,promises_.mkdir)(dir, { recursive: true });
    await (0,promises_.cp)(plan.serverDir, (0,external_node_path_.join)(dir, 'server'), { recursive: true });
    await (0,promises_.cp)(plan.bundleDir, (0,external_node_path_.join)(dir, 'model'), { recursive: true });
    const file = (0,external_node_path_.join)(dir, 'Dockerfile');
    await (0,promises_.writeFile)(file, generateDockerfile(plan, nodePath));
    return file;
}
/** `docker buildx build` arguments for a plan. */
function buildxArgs(plan, contextDir, metadataFile) {
    const args = ['buildx', 'build', '--file', (0,external_node_path_.join)(contextDir, 'Dockerfile'), '--platform', `${plan.platform.os}/${plan.platform.architecture}${plan.platform.variant ? '/' + plan.platform.variant : ''}`];
    for (const t of allTags(plan))
        args.push('--tag', (0,reference/* formatReference */.FH)((0,reference/* withTag */.Rd)(plan.image, t)));
    for (const [k, v] of Object.entries(plan.annotations).sort(([a], [b]) => (a < b ? -1 : 1)))
        args.push('--annotation', `manifest:${k}=${v}`);
    args.push('--build-arg', `SOURCE_DATE_EPOCH=${plan.mtime}`, '--provenance=false', '--metadata-file', metadataFile);
    if (plan.push)
        args.push('--output', 'type=image,push=true,rewrite-timestamp=true,oci-mediatypes=true');
    else {
        if (!plan.output)
            throw new errors.UsageError('push is false but no output is given: pass output (a .tar file for an OCI archive)');
        args.push('--output', `type=oci,dest=${plan.output},rewrite-timestamp=true`);
    }
    args.push(contextDir);
    return args;
}
/** Docker builder is available when `docker buildx version` and `docker info` both succeed. */
async function detectDocker(exec) {
    try {
        const bx = await exec('docker', ['buildx', 'version']);
        if (bx.code !== 0)
            return false;
        const info = await exec('docker', ['info', '--format', '{{.ServerVersion}}']);
        return info.code === 0;
    }
    catch {
        return false;
    }
}
async function buildWithBuildx(plan, workDir, exec, log, nodePath = 'node') {
    const ctx = (0,external_node_path_.join)(workDir, 'context');
    await prepareDockerContext(plan, ctx, nodePath);
    const metadataFile = (0,external_node_path_.join)(workDir, 'metadata.json');
    const args = buildxArgs(plan, ctx, metadataFile);
    log(`docker ${args.join(' ')}`);
    const r = await exec('docker', args, { env: { SOURCE_DATE_EPOCH: String(plan.mtime) } });
    if (r.code !== 0)
        throw new errors.UsageError(`docker buildx build failed (exit ${r.code}): ${(r.stderr || r.stdout).trim().split('\n').slice(-5).join(' | ')}`);
    const { readFile } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 51455, 19));
    const meta = JSON.parse(await readFile(metadataFile, 'utf8'));
    const digest = String(meta['containerimage.digest'] ?? '');
    if (!/^sha256:[a-f0-9]{64}$/.test(digest))
        throw new errors.UsageError(`docker buildx build wrote no image digest to ${metadataFile}`);
    const { server, model } = await buildAppLayers(plan);
    return {
        builder: 'docker',
        image: `${plan.image.registry}/${plan.image.repository}@${digest}`,
        digest,
        tags: allTags(plan).map((t) => (0,reference/* formatReference */.FH)((0,reference/* withTag */.Rd)(plan.image, t))),
        baseSize: 0,
        // Docker compresses its own layers: sizes here are ours for the same content, digests are Docker's.
        addedSize: server.size + model.size,
        layers: [],
        output: plan.push ? undefined : plan.output,
    };
}

;// CONCATENATED MODULE: ./src/image/labels.js
/** OCI labels and annotations of a model image (org.opencontainers.image.* plus io.cd4ml.*). */

function computeLabels(i) {
    const labels = { 'org.opencontainers.image.created': i.created, 'io.cd4ml.model.digest': i.modelDigest };
    if (i.source)
        labels['org.opencontainers.image.source'] = i.source;
    if (i.revision)
        labels['org.opencontainers.image.revision'] = i.revision;
    if (i.version)
        labels['org.opencontainers.image.version'] = i.version;
    if (i.title)
        labels['org.opencontainers.image.title'] = i.title;
    if (i.modelTask)
        labels['io.cd4ml.model.task'] = i.modelTask;
    for (const [k, v] of Object.entries(i.metrics ?? {}).sort(([a], [b]) => (a < b ? -1 : 1))) {
        if (Number.isFinite(v))
            labels[`io.cd4ml.model.metric.${k.toLowerCase().replace(/[^a-z0-9_.-]/g, '_')}`] = String(v);
    }
    return { ...labels, ...(i.extra ?? {}) };
}
/** The revision to record: on pull_request events the PR head SHA (GITHUB_SHA is the merge commit). */
function revisionFromEvent(eventName, event, sha) {
    if (eventName === 'pull_request' || eventName === 'pull_request_target') {
        const head = event?.pull_request?.head?.sha;
        if (typeof head === 'string' && head !== '')
            return head;
    }
    return sha;
}
/** `created` timestamp: fixed (SOURCE_DATE_EPOCH, else the Unix epoch) unless asked for "now" or a given time. */
function resolveCreated(spec, sourceDateEpoch, now) {
    if (spec === 'now') {
        const d = now();
        return { created: d.toISOString().replace(/\.\d{3}Z$/, 'Z'), mtime: Math.floor(d.getTime() / 1000) };
    }
    if (spec && spec !== 'fixed') {
        const t = Date.parse(spec);
        if (!Number.isFinite(t))
            throw new errors.UsageError(`created "${spec}" is not "fixed", "now" or an ISO 8601 time`);
        return { created: new Date(t).toISOString().replace(/\.\d{3}Z$/, 'Z'), mtime: Math.floor(t / 1000) };
    }
    const epoch = sourceDateEpoch && /^\d+$/.test(sourceDateEpoch) ? Number(sourceDateEpoch) : 0;
    return { created: new Date(epoch * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z'), mtime: epoch };
}

// EXTERNAL MODULE: ./src/image/local-base.js
var local_base = __webpack_require__(36472);
// EXTERNAL MODULE: ./src/report/markdown.js
var markdown = __webpack_require__(80231);
;// CONCATENATED MODULE: ./src/image/run.js
/**
 * `build-image` end to end, shared by the CLI and the action: check the bundle, compute labels and
 * annotations, choose the builder (Docker buildx when a daemon and buildx exist, else daemonless),
 * build, and describe the result as the action's outputs.
 */








const DEFAULT_BASE_IMAGE = 'node:24-slim';
const BUILDERS = (/* unused pure expression or super */ null && (['auto', 'docker', 'daemonless']));
async function buildImage(req, ports) {
    const target = (0,reference.parseReference)(req.image, 'image');
    const isLocalNode = req.baseImage.trim() === local_base/* LOCAL_NODE */.TV;
    const platform = parsePlatform(req.platform);
    const bundle = await ports.loadBundle(req.bundle);
    const { created, mtime } = resolveCreated(req.created, req.sourceDateEpoch, ports.now);
    let localBase;
    if (isLocalNode) {
        if (req.builder === 'docker')
            throw new errors.UsageError(`base-image "${local_base/* LOCAL_NODE */.TV}" is built in-process and works with builder "daemonless" (or "auto") only`);
        const readRuntime = ports.localNodeRuntime ?? local_base/* readLocalNodeRuntime */.wB;
        localBase = await (0,local_base/* buildLocalNodeBase */.db)(await readRuntime(), platform, { mtime, created });
        ports.log(`base image ${local_base/* LOCAL_NODE */.TV}: ${(0,reference/* formatReference */.FH)(localBase.base.ref)} built from the running node (${(localBase.base.layers[0].size / 1024 / 1024).toFixed(1)} MB compressed)`);
    }
    const base = localBase ? localBase.base.ref : (0,reference.parseReference)(req.baseImage, 'base-image');
    const version = req.version ?? (target.tag && target.tag !== 'latest' ? target.tag : bundle.version);
    const labels = computeLabels({
        source: req.source,
        revision: req.revision,
        created,
        version,
        title: target.repository.split('/').pop(),
        modelDigest: bundle.digest,
        modelTask: bundle.task,
        metrics: bundle.metrics,
        extra: req.labels,
    });
    const annotations = Object.fromEntries(Object.entries(labels).filter(([k]) => k.startsWith('org.opencontainers.image.') || k === 'io.cd4ml.model.digest'));
    const plan = {
        image: target,
        tags: req.tags,
        base,
        platform,
        serverDir: req.serverDir,
        bundleDir: req.bundle,
        push: req.push,
        output: req.output,
        labels,
        annotations,
        created,
        mtime,
        port: req.port,
        user: req.user,
    };
    let builder;
    if (localBase)
        builder = 'daemonless';
    else if (req.builder === 'auto') {
        builder = (await detectDocker(ports.exec)) ? 'docker' : 'daemonless';
        ports.log(`builder: ${builder} (${builder === 'docker' ? 'Docker daemon and buildx found' : 'no Docker daemon with buildx: building through the registry API'})`);
    }
    else {
        builder = req.builder;
        if (builder === 'docker' && !(await detectDocker(ports.exec))) {
            throw new errors.UsageError('builder "docker" needs a running Docker daemon and buildx ("docker buildx version" and "docker info" failed); use builder "daemonless" or "auto"');
        }
    }
    const deps = { registryOptions: ports.registryOptions ?? {}, credentials: ports.credentials, log: ports.log, localBase };
    let result;
    if (builder === 'daemonless')
        result = await buildDaemonless(plan, deps);
    else {
        // Same Node check as the daemonless builder, through the registry, before Docker pulls anything.
        const client = new distribution/* RegistryClient */.bP(base.registry, { ...deps.registryOptions, credentials: ports.credentials(base.registry), log: ports.log });
        const resolved = await resolveBase(client, base, platform);
        const nodePath = await findNode(resolved, (d) => client.getBlob(base.repository, d.digest));
        result = await buildWithBuildx(plan, req.workDir, ports.exec, ports.log, nodePath);
    }
    const metadata = {
        'image.name': result.tags.join(','),
        'containerimage.digest': result.digest,
        builder: result.builder,
        base: (0,reference/* formatReference */.FH)(base),
        tags: result.tags,
        labels,
        annotations,
        'size.base': result.baseSize,
        'size.added': result.addedSize,
        layers: result.layers,
        ...(result.output ? { output: result.output } : {}),
    };
    return { result, plan, outputs: { image: result.image, digest: result.digest, tags: result.tags, metadata } };
}
/** Credentials from a Docker config.json (as docker/login-action writes it): auths[host].auth. */
function credentialsFromDockerConfig(text, registry) {
    let cfg;
    try {
        cfg = JSON.parse(text);
    }
    catch {
        return undefined;
    }
    const keys = registry === 'docker.io' ? ['https://index.docker.io/v1/', 'docker.io', 'index.docker.io', 'registry-1.docker.io'] : [registry, `https://${registry}`, `http://${registry}`];
    for (const k of keys) {
        const e = cfg.auths?.[k];
        if (!e)
            continue;
        if (e.username && e.password)
            return { username: e.username, password: e.password };
        if (e.auth) {
            const decoded = Buffer.from(e.auth, 'base64').toString('utf8');
            const at = decoded.indexOf(':');
            if (at > 0)
                return { username: decoded.slice(0, at), password: decoded.slice(at + 1) };
        }
    }
    return undefined;
}
/** Turn merged settings into a request; `where` names the source in messages ("input" or "--"). */
function requestFromSettings(s, ctx) {
    if (!s.bundle)
        throw new errors.UsageError(`${ctx.flag('bundle')} is required (or set image.bundle in cd4ml.yml): the model bundle directory written by train`);
    if (!s.image)
        throw new errors.UsageError(`${ctx.flag('image')} is required (or set image.image in cd4ml.yml), e.g. ghcr.io/octo-org/churn-model:1.0.0`);
    const user = s.user ?? '65532:65532';
    if (!/^\d+(:\d+)?$/.test(user))
        throw new errors.UsageError(`${ctx.flag('user')} must be a numeric uid[:gid] such as 65532:65532, got "${user}"`);
    if (/^0(:|$)/.test(user))
        throw new errors.UsageError(`${ctx.flag('user')} must not be root (uid 0); the server runs as a non-root user`);
    const tags = typeof s.tags === 'string' ? s.tags.split(/[,\n]/).map((t) => t.trim()).filter(Boolean) : (s.tags ?? []);
    return {
        bundle: s.bundle,
        image: s.image,
        tags,
        baseImage: s['base-image'] ?? DEFAULT_BASE_IMAGE,
        push: s.push ?? false,
        output: s.push ? s.output : (s.output ?? ctx.defaultOutput),
        builder: s.builder ?? 'auto',
        platform: s.platform ?? 'linux/amd64',
        port: s.port ?? 8080,
        user,
        created: s.created,
        version: s.version,
        labels: s.labels ?? {},
        source: ctx.source,
        revision: ctx.revision,
        sourceDateEpoch: ctx.sourceDateEpoch,
        serverDir: ctx.serverDir,
        workDir: ctx.workDir,
    };
}
/** Markdown for the job summary / CLI report. */
function summarizeBuild(outputs, result) {
    const mb = (n) => `${(n / 1024 / 1024).toFixed(2)} MB`;
    const rows = [
        ['image', (0,markdown/* code */.aY)(outputs.image, 300)],
        ['tags', outputs.tags.map((t) => (0,markdown/* code */.aY)(t, 300)).join('<br>')],
        ['builder', (0,markdown/* escapeCell */.kq)(result.builder)],
        ['base', `${(0,markdown/* code */.aY)(String(outputs.metadata.base), 300)}${result.baseSize ? ` (${mb(result.baseSize)} compressed)` : ''}`],
        ['added over the base', mb(result.addedSize)],
        ...result.layers.map((l) => [`layer ${(0,markdown/* escapeCell */.kq)(l.name)}`, `${mb(l.size)}, ${l.entries} entries, ${(0,markdown/* code */.aY)(l.digest.slice(0, 19))}`]),
        ...(result.output ? [['written to', (0,markdown/* code */.aY)(result.output, 300)]] : []),
    ];
    return ['### cd4ml build-image', '', '| | |', '|---|---|', ...rows.map(([k, v]) => `| ${k} | ${v} |`), ''].join('\n');
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

/***/ 80231:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   VV: () => (/* binding */ escapeInline),
/* harmony export */   ZV: () => (/* binding */ formatNumber),
/* harmony export */   _b: () => (/* binding */ mermaidLabel),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   kq: () => (/* binding */ escapeCell),
/* harmony export */   lj: () => (/* binding */ mermaidBarChart),
/* harmony export */   tp: () => (/* binding */ table)
/* harmony export */ });
/**
 * Markdown helpers shared by every stage's job summary. Anything that came from data (values,
 * column names, file names) goes through `escapeCell`/`escapeInline` or `mermaidLabel`, so a
 * dataset cannot inject Markdown, HTML, links or Mermaid directives into a summary.
 */
// Entity-escaped: HTML, quotes, and @ (so a value such as "@team" never pings anyone in a PR
// comment or issue). Backslash-escaped: every other Markdown punctuation character, # ! ( )
// included, so text is inert wherever it lands (table cells, headings, links, images).
// One pass, so an entity's own & and # are never escaped again.
const HTML_ENTITIES = { '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&#39;', '@': '&#64;' };
const SPECIAL = /[\\`*_{}[\]()#|~!$<>&"'@]/g;
/**
 * Escape data for Markdown and HTML, wherever it is shown (summaries, PR comments, issues):
 * newlines become spaces, other control characters are dropped, Markdown punctuation is
 * backslash-escaped and <>&"'@ become entities.
 */
function escapeMarkdown(text) {
    return text
        .replace(/[\r\n\t]+/g, ' ')
        .replace(/[\u0000-\u001f\u007f]/g, '')
        .replace(SPECIAL, (ch) => HTML_ENTITIES[ch] ?? `\\${ch}`);
}
/** escapeMarkdown, cut to `maxLength` characters of the original text (with an ellipsis). */
function escapeInline(text, maxLength = 200) {
    const t = text.length > maxLength ? text.slice(0, maxLength - 1) + '\u2026' : text;
    return escapeMarkdown(t);
}
/** Escape text for a table cell: like escapeInline (`|` is escaped), and never empty. */
function escapeCell(text, maxLength = 120) {
    const t = escapeInline(text, maxLength);
    return t === '' ? ' ' : t;
}
/** Format a value in code style safely: backticks inside are replaced. */
function code(text, maxLength = 120) {
    let t = text.replace(/[\r\n\t]+/g, ' ').replace(/[\u0000-\u001f\u007f]/g, '');
    if (t.length > maxLength)
        t = t.slice(0, maxLength - 1) + '\u2026';
    t = t.replace(/`/g, '\u02cb').replace(/[<>&]/g, (ch) => HTML_ENTITIES[ch]);
    // In a table a pipe ends the cell even inside code spans.
    t = t.replace(/\|/g, '\\|');
    return `\`${t === '' ? ' ' : t}\``;
}
/**
 * A GitHub-flavoured Markdown table. Cells are used as given: escape data with escapeCell first
 * (this lets callers put deliberate formatting such as \u2705 or **bold** in cells they build).
 */
function table(headers, rows, align = []) {
    const sep = headers.map((_, i) => (align[i] === 'right' ? '---:' : align[i] === 'center' ? ':---:' : '---'));
    const line = (cells) => `| ${cells.map((c) => c.replace(/\n/g, ' ')).join(' | ')} |`;
    return [line(headers), line(sep), ...rows.map((r) => line(headers.map((_, i) => r[i] ?? '')))].join('\n') + '\n';
}
/** A label for a Mermaid chart: quotes, brackets, semicolons and HTML become entity codes; at most 40 chars. */
function mermaidLabel(text, maxLength = 40) {
    let t = text.replace(/[\r\n\t]+/g, ' ').replace(/[\u0000-\u001f\u007f]/g, '');
    if (t.length > maxLength)
        t = t.slice(0, maxLength - 1) + '\u2026';
    return t.replace(/["#;:<>&`[\]{}()%]/g, (ch) => `#${ch.charCodeAt(0)};`);
}
/** A Mermaid xychart bar chart in a fenced block. Values must be finite numbers. */
function mermaidBarChart(opts) {
    const labels = opts.labels.map((l) => `"${mermaidLabel(l)}"`).join(', ');
    const values = opts.values.map((v) => (Number.isFinite(v) ? Number(v.toPrecision(4)) : 0)).join(', ');
    // A bound that is not a finite number (NaN from a missing score) would render as "NaN".
    const top = opts.yMax !== undefined && Number.isFinite(opts.yMax) ? opts.yMax : Math.max(1, ...opts.values.filter(Number.isFinite));
    return [
        '```mermaid',
        'xychart-beta',
        `  title "${mermaidLabel(opts.title, 80)}"`,
        `  x-axis [${labels}]`,
        `  y-axis "${mermaidLabel(opts.yLabel, 60)}" 0 --> ${Number(top.toPrecision(3))}`,
        `  bar [${values}]`,
        '```',
        '',
    ].join('\n');
}
/** Format a number compactly for tables: up to 4 significant digits, exponent for tiny values. */
function formatNumber(x) {
    if (x === undefined || Number.isNaN(x))
        return '\u2013';
    if (!Number.isFinite(x))
        return x > 0 ? '\u221e' : '\u2212\u221e';
    if (x === 0)
        return '0';
    const a = Math.abs(x);
    if (a < 1e-3 || a >= 1e7)
        return x.toExponential(2);
    return String(Number(x.toPrecision(4)));
}


/***/ })

};
