/**
 * A small client of the OCI distribution API (what `crane`/`ko` speak): manifests and blobs,
 * anonymous, Basic and Bearer-token auth (following the registry's `WWW-Authenticate` challenge as
 * GHCR and Docker Hub do it), monolithic and chunked blob uploads, cross-repository mounts, and
 * retries with exponential backoff on transient failures (5xx, 429, connection resets).
 */
import { UsageError } from '../errors.js';
import { sha256 } from './layer.js';
import { registryBaseUrl } from './reference.js';

export interface Credentials {
  username: string;
  password: string;
}

type Redirect = 'follow' | 'manual' | 'error';
export type FetchLike = (url: string, init: RequestInit & { redirect?: Redirect }) => Promise<Response>;

export interface RegistryClientOptions {
  credentials?: Credentials;
  /** Attempts after the first one for transient failures (default 4). */
  retries?: number;
  /** First backoff delay in ms, doubled each retry (default 250). */
  backoffMs?: number;
  /** Blobs larger than this go up in chunks (PATCH); smaller ones in one PUT (default 32 MiB). */
  monolithicMax?: number;
  /** Chunk size for chunked uploads (default 16 MiB). */
  chunkSize?: number;
  fetch?: FetchLike;
  sleep?: (ms: number) => Promise<void>;
  log?: (message: string) => void;
  /** Per-request timeout in ms (default 120 s). */
  timeoutMs?: number;
}

export interface Manifest {
  body: Buffer;
  mediaType: string;
  digest: string;
}

export const MEDIA = {
  ociManifest: 'application/vnd.oci.image.manifest.v1+json',
  ociIndex: 'application/vnd.oci.image.index.v1+json',
  ociConfig: 'application/vnd.oci.image.config.v1+json',
  dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
  dockerList: 'application/vnd.docker.distribution.manifest.list.v2+json',
  dockerConfig: 'application/vnd.docker.container.image.v1+json',
} as const;

const MANIFEST_ACCEPT = [MEDIA.ociIndex, MEDIA.ociManifest, MEDIA.dockerList, MEDIA.dockerManifest].join(', ');

/** A registry said no in a way a retry cannot fix. */
export class RegistryError extends UsageError {
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

interface Challenge {
  scheme: string;
  params: Record<string, string>;
}

/** Parse `Bearer realm="…",service="…",scope="…"` (or `Basic realm="…"`). */
export function parseChallenge(header: string): Challenge | undefined {
  const m = /^\s*(\w+)\s*(.*)$/s.exec(header);
  if (!m) return undefined;
  const params: Record<string, string> = {};
  for (const p of m[2].matchAll(/(\w+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^,\s]*))/g)) params[p[1].toLowerCase()] = p[2] !== undefined ? p[2].replace(/\\(.)/g, '$1') : p[3];
  return { scheme: m[1].toLowerCase(), params };
}

const TRANSIENT_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'EAI_AGAIN', 'UND_ERR_SOCKET', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'ENOTFOUND']);

function networkCode(err: unknown): string | undefined {
  let e = err as { code?: string; cause?: unknown; name?: string } | undefined;
  for (let i = 0; i < 4 && e; i++) {
    if (typeof e.code === 'string') return e.code;
    if (e.name === 'TimeoutError' || e.name === 'AbortError') return 'ETIMEDOUT';
    e = e.cause as typeof e;
  }
  return undefined;
}

async function errorDetail(res: Response): Promise<string> {
  const text = await res.text().catch(() => '');
  try {
    const j = JSON.parse(text) as { errors?: { code?: string; message?: string }[] };
    if (j.errors?.length) return j.errors.map((e) => `${e.code ?? ''} ${e.message ?? ''}`.trim()).join('; ');
  } catch {
    /* not JSON */
  }
  return text.slice(0, 200).trim();
}

export class RegistryClient {
  readonly base: string;
  private readonly tokens = new Map<string, string>();
  private readonly opts: Required<Omit<RegistryClientOptions, 'credentials' | 'log'>> & Pick<RegistryClientOptions, 'credentials' | 'log'>;
  /** How the registry asked to authenticate, once known. */
  private challenge: Challenge | undefined;
  /** Requests sent, by kind: for the build summary and tests. */
  readonly stats = { requests: 0, retries: 0, uploadedBytes: 0, mounted: 0, skipped: 0, chunkedUploads: 0, monolithicUploads: 0 };

  constructor(
    readonly registry: string,
    options: RegistryClientOptions = {},
  ) {
    this.base = registryBaseUrl(registry);
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

  private authorization(scopeKey: string): string | undefined {
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
  private async send(url: string, init: RequestInit, what: string): Promise<Response> {
    let attempt = 0;
    for (;;) {
      this.stats.requests++;
      let res: Response | undefined;
      let netErr: unknown;
      try {
        res = await this.opts.fetch(url, { ...init, signal: AbortSignal.timeout(this.opts.timeoutMs) });
      } catch (err) {
        netErr = err;
      }
      const transient = res ? res.status >= 500 || res.status === 429 : true;
      if (!transient) return res!;
      const reason = res ? `HTTP ${res.status}` : (networkCode(netErr) ?? (netErr as Error)?.message ?? 'network error');
      if (!res && !TRANSIENT_CODES.has(networkCode(netErr) ?? '')) {
        throw new RegistryError(`${what}: cannot reach registry ${this.registry} (${reason}); check the registry address and your network`);
      }
      if (attempt >= this.opts.retries) {
        if (res) throw new RegistryError(`${what}: registry ${this.registry} answered ${res.status} ${await errorDetail(res)} after ${attempt + 1} attempts; try again later`, res.status);
        throw new RegistryError(`${what}: registry ${this.registry} is unreachable (${reason}) after ${attempt + 1} attempts; check that it is running and the address is right`);
      }
      if (res) await res.body?.cancel().catch(() => undefined);
      const retryAfter = Number(res?.headers.get('retry-after'));
      const delay = Number.isFinite(retryAfter) && retryAfter > 0 ? Math.min(retryAfter * 1000, 30_000) : this.opts.backoffMs * 2 ** attempt;
      this.opts.log?.(`${what}: ${reason}, retrying in ${delay} ms (attempt ${attempt + 2} of ${this.opts.retries + 1})`);
      this.stats.retries++;
      attempt++;
      await this.opts.sleep(delay);
    }
  }

  /** Fetch a token for `scopes` from the Bearer realm (with Basic credentials when we have them). */
  private async fetchToken(scopes: string[], scopeKey: string): Promise<void> {
    const { realm, service } = this.challenge!.params;
    if (!realm) throw new RegistryError(`registry ${this.registry} asked for a Bearer token without a realm`);
    const u = new URL(realm);
    if (service) u.searchParams.set('service', service);
    for (const s of scopes) u.searchParams.append('scope', s);
    const headers: Record<string, string> = {};
    if (this.opts.credentials) headers.authorization = `Basic ${Buffer.from(`${this.opts.credentials.username}:${this.opts.credentials.password}`).toString('base64')}`;
    const res = await this.send(u.toString(), { method: 'GET', headers }, `token for ${scopes.join(' ')}`);
    if (res.status === 401 || res.status === 403) {
      throw new RegistryError(
        `registry ${this.registry}: the token service refused ${this.opts.credentials ? `the credentials of user "${this.opts.credentials.username}"` : 'anonymous access'} (${res.status}); check username and password (or token)`,
        res.status,
      );
    }
    if (!res.ok) throw new RegistryError(`registry ${this.registry}: token service answered ${res.status} ${await errorDetail(res)}`, res.status);
    const body = (await res.json()) as { token?: string; access_token?: string };
    const token = body.token ?? body.access_token;
    if (!token) throw new RegistryError(`registry ${this.registry}: token service returned no token`);
    this.tokens.set(scopeKey, token);
  }

  /**
   * A request to the registry API (path under /v2/ or an absolute upload URL) with authentication:
   * on 401 it reads the challenge, gets a token for `scopes` or uses Basic, and sends once more.
   */
  async request(method: string, pathOrUrl: string, opts: { scopes: string[]; headers?: Record<string, string>; body?: Buffer; what: string; redirect?: Redirect }): Promise<Response> {
    const url = /^https?:\/\//.test(pathOrUrl) ? pathOrUrl : `${this.base}${pathOrUrl}`;
    const scopeKey = opts.scopes.join(' ');
    for (let round = 0; ; round++) {
      const headers: Record<string, string> = { ...opts.headers };
      const auth = this.authorization(scopeKey);
      if (auth) headers.authorization = auth;
      const res = await this.send(url, { method, headers, body: opts.body, redirect: opts.redirect ?? 'follow' }, opts.what);
      if (res.status !== 401 || round === 1) {
        if (res.status === 401 || res.status === 403) {
          const detail = await errorDetail(res);
          throw new RegistryError(
            `${opts.what}: registry ${this.registry} refused ${this.opts.credentials ? `user "${this.opts.credentials.username}"` : 'anonymous access'} (${res.status}${detail ? `: ${detail}` : ''}); ${this.opts.credentials ? 'check the username and password (or token) and that it may push to this repository' : 'log in: pass username and password (or a token)'}`,
            res.status,
          );
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
      if (challenge.scheme === 'bearer') await this.fetchToken(opts.scopes, scopeKey);
    }
  }

  private static pull(repo: string): string {
    return `repository:${repo}:pull`;
  }
  private static push(repo: string): string {
    return `repository:${repo}:pull,push`;
  }

  /** GET a manifest by tag or digest; 404 is a clear "not found". */
  async getManifest(repo: string, reference: string): Promise<Manifest> {
    const what = `manifest ${this.registry}/${repo}:${reference}`;
    const res = await this.request('GET', `/v2/${repo}/manifests/${reference}`, { scopes: [RegistryClient.pull(repo)], headers: { accept: MANIFEST_ACCEPT }, what });
    if (res.status === 404) {
      throw new RegistryError(`image ${this.registry}/${repo}${reference.startsWith('sha256:') ? '@' : ':'}${reference} not found: the repository or ${reference.startsWith('sha256:') ? 'digest' : 'tag'} does not exist (${await errorDetail(res)})`, 404);
    }
    if (!res.ok) throw new RegistryError(`${what}: registry answered ${res.status} ${await errorDetail(res)}`, res.status);
    const body = Buffer.from(await res.arrayBuffer());
    const digest = sha256(body);
    if (reference.startsWith('sha256:') && reference !== digest) throw new RegistryError(`${what}: content digest ${digest} does not match the requested digest`);
    const mediaType = (res.headers.get('content-type') ?? '').split(';')[0].trim() || ((JSON.parse(body.toString()) as { mediaType?: string }).mediaType ?? MEDIA.ociManifest);
    return { body, mediaType, digest };
  }

  /** GET a blob and verify its digest. */
  async getBlob(repo: string, digest: string): Promise<Buffer> {
    const what = `blob ${digest.slice(0, 19)} of ${this.registry}/${repo}`;
    const res = await this.request('GET', `/v2/${repo}/blobs/${digest}`, { scopes: [RegistryClient.pull(repo)], what });
    if (res.status === 404) throw new RegistryError(`${what} not found`, 404);
    if (!res.ok) throw new RegistryError(`${what}: registry answered ${res.status} ${await errorDetail(res)}`, res.status);
    const body = Buffer.from(await res.arrayBuffer());
    if (sha256(body) !== digest) throw new RegistryError(`${what}: downloaded content does not match its digest (corrupted transfer)`);
    return body;
  }

  async hasBlob(repo: string, digest: string): Promise<boolean> {
    const res = await this.request('HEAD', `/v2/${repo}/blobs/${digest}`, { scopes: [RegistryClient.push(repo)], what: `blob ${digest.slice(0, 19)} of ${this.registry}/${repo}` });
    await res.body?.cancel().catch(() => undefined);
    return res.ok;
  }

  private uploadUrl(res: Response, what: string): string {
    const loc = res.headers.get('location');
    if (!loc) throw new RegistryError(`${what}: registry gave no upload location`);
    return new URL(loc, this.base).toString();
  }

  private static withDigest(url: string, digest: string): string {
    return `${url}${url.includes('?') ? '&' : '?'}digest=${encodeURIComponent(digest)}`;
  }

  /**
   * Put a blob into `repo` unless it is there already: mount it from `mountFrom` (same registry)
   * when given, else upload it in one PUT or in chunks. Returns what happened.
   */
  async pushBlob(repo: string, digest: string, blob: Buffer | (() => Promise<Buffer>), mountFrom?: string): Promise<'exists' | 'mounted' | 'uploaded'> {
    const what = `upload of blob ${digest.slice(0, 19)} to ${this.registry}/${repo}`;
    if (await this.hasBlob(repo, digest)) {
      this.stats.skipped++;
      return 'exists';
    }
    const scopes = [RegistryClient.push(repo), ...(mountFrom && mountFrom !== repo ? [RegistryClient.pull(mountFrom)] : [])];
    let start: Response;
    if (mountFrom && mountFrom !== repo) {
      start = await this.request('POST', `/v2/${repo}/blobs/uploads/?mount=${encodeURIComponent(digest)}&from=${encodeURIComponent(mountFrom)}`, { scopes, what, redirect: 'manual' });
      if (start.status === 201) {
        await start.body?.cancel().catch(() => undefined);
        this.stats.mounted++;
        return 'mounted';
      }
    } else {
      start = await this.request('POST', `/v2/${repo}/blobs/uploads/`, { scopes, what, redirect: 'manual' });
    }
    if (start.status !== 202) throw new RegistryError(`${what}: registry answered ${start.status} ${await errorDetail(start)} when starting the upload`, start.status);
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
      if (res.status !== 201) throw new RegistryError(`${what}: registry answered ${res.status} ${await errorDetail(res)}`, res.status);
      await res.body?.cancel().catch(() => undefined);
      this.stats.monolithicUploads++;
    } else {
      for (let off = 0; off < data.length; off += this.opts.chunkSize) {
        const chunk = data.subarray(off, Math.min(off + this.opts.chunkSize, data.length));
        const res = await this.request('PATCH', url, {
          scopes,
          what,
          headers: { 'content-type': 'application/octet-stream', 'content-range': `${off}-${off + chunk.length - 1}`, 'content-length': String(chunk.length) },
          body: chunk,
        });
        if (res.status !== 202) throw new RegistryError(`${what}: registry answered ${res.status} ${await errorDetail(res)} to chunk ${off}-${off + chunk.length - 1}`, res.status);
        await res.body?.cancel().catch(() => undefined);
        url = this.uploadUrl(res, what);
      }
      const res = await this.request('PUT', RegistryClient.withDigest(url, digest), { scopes, what, headers: { 'content-length': '0' } });
      if (res.status !== 201) throw new RegistryError(`${what}: registry answered ${res.status} ${await errorDetail(res)} when closing the upload`, res.status);
      await res.body?.cancel().catch(() => undefined);
      this.stats.chunkedUploads++;
    }
    this.stats.uploadedBytes += data.length;
    return 'uploaded';
  }

  /** PUT a manifest under a tag (or its digest); returns the digest the registry reports. */
  async putManifest(repo: string, reference: string, body: Buffer, mediaType: string): Promise<string> {
    const what = `push of manifest ${this.registry}/${repo}:${reference}`;
    const res = await this.request('PUT', `/v2/${repo}/manifests/${reference}`, {
      scopes: [RegistryClient.push(repo)],
      what,
      headers: { 'content-type': mediaType },
      body,
    });
    if (res.status !== 201) throw new RegistryError(`${what}: registry answered ${res.status} ${await errorDetail(res)}`, res.status);
    await res.body?.cancel().catch(() => undefined);
    return res.headers.get('docker-content-digest') ?? sha256(body);
  }
}
