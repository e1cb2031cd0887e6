/**
 * A local GitHub Actions artifact service for tests, speaking the protocol the real
 * `@actions/artifact` 6.x client uses:
 *
 * - Results service (twirp, JSON): POST /twirp/github.actions.results.api.v1.ArtifactService/
 *   CreateArtifact | FinalizeArtifact | ListArtifacts | GetSignedArtifactURL (proto field names in
 *   requests; wrapper types like name_filter / id_filter as bare JSON values; int64 as strings).
 *   Every call needs `Authorization: Bearer <ACTIONS_RUNTIME_TOKEN>`, whose `scp` claim
 *   `Actions.Results:<runId>:<jobId>` must match the request's backend ids.
 * - Blob storage (the Azure Blob block protocol the SDK's BlockBlobClient.uploadStream speaks):
 *   PUT <signed url>&comp=block&blockid=…, PUT <signed url>&comp=blocklist (XML), single-shot
 *   PUT with x-ms-blob-type: BlockBlob, GET (served with the content type given at upload:
 *   application/zip for archives, so the client unzips on download). Signed URLs carry a random
 *   `sig` that is checked.
 * - GitHub REST for cross-run downloads (`findBy`, point GITHUB_API_URL at `apiUrl`):
 *   GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts and
 *   GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/zip (302 to a signed blob URL).
 *
 * Anything else, or a malformed request, is answered 400/404 and recorded in `errors`, so a wrong
 * call fails the test. Listens on 127.0.0.1 only.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';

export interface StoredArtifact {
  id: number;
  runId: string;
  jobId: string;
  name: string;
  size: number;
  hash?: string;
  contentType: string;
  createdAt: string;
  data: Buffer;
}

export interface ArtifactService {
  /** ACTIONS_RESULTS_URL (ends with "/"). */
  url: string;
  /** GITHUB_API_URL for the REST endpoints. */
  apiUrl: string;
  artifacts: StoredArtifact[];
  /** Requests the service refused, with the reason. */
  errors: string[];
  /** Environment for a step of run `runId` (numeric, also the REST run_id), job `jobId`. */
  env(runId?: string, jobId?: string): Record<string, string>;
  close(): Promise<void>;
}

/** An unsigned JWT like the runner's ACTIONS_RUNTIME_TOKEN. */
export function runtimeToken(runId: string, jobId: string): string {
  const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ scp: `Actions.GenericRead:1 Actions.Results:${runId}:${jobId}`, exp: 4102444800 })}.x`;
}

interface Blob {
  blocks: Map<string, Buffer>;
  committed?: Buffer;
  contentType?: string;
}

const SERVICE = '/twirp/github.actions.results.api.v1.ArtifactService/';

async function body(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

export async function startArtifactService(): Promise<ArtifactService> {
  const artifacts: StoredArtifact[] = [];
  const errors: string[] = [];
  const blobs = new Map<string, Blob>();
  const sigs = new Map<string, string>(); // blob key → sig
  let nextId = 1001;
  let base = '';

  const fail = (res: ServerResponse, status: number, msg: string) => {
    errors.push(msg);
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ code: status === 404 ? 'not_found' : status === 409 ? 'already_exists' : 'invalid_argument', msg }));
  };
  const json = (res: ServerResponse, status: number, value: unknown, headers: Record<string, string> = {}) => {
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify(value));
  };
  const blobKey = (runId: string, jobId: string, name: string) => `${runId}/${jobId}/${name}`;
  const signedUrl = (key: string) => {
    let sig = sigs.get(key);
    if (!sig) {
      sig = randomBytes(12).toString('hex');
      sigs.set(key, sig);
    }
    return `${base}blob/${key.split('/').map(encodeURIComponent).join('/')}?sv=2023-11-03&se=2099-01-01T00%3A00%3A00Z&sp=rcw&sig=${sig}`;
  };
  const tokenScope = (req: IncomingMessage): { runId: string; jobId: string } | undefined => {
    const auth = req.headers.authorization ?? '';
    const m = /^Bearer (.+)$/.exec(auth);
    if (!m) return undefined;
    try {
      const payload = JSON.parse(Buffer.from(m[1].split('.')[1], 'base64url').toString('utf8')) as { scp?: string };
      for (const s of (payload.scp ?? '').split(' ')) {
        const p = s.split(':');
        if (p[0] === 'Actions.Results' && p.length === 3) return { runId: p[1], jobId: p[2] };
      }
    } catch {
      return undefined;
    }
    return undefined;
  };
  const unwrap = (v: unknown): string | undefined => (v === undefined || v === null ? undefined : typeof v === 'object' ? String((v as { value?: unknown }).value) : String(v));
  const listEntry = (a: StoredArtifact) => ({
    workflow_run_backend_id: a.runId,
    workflow_job_run_backend_id: a.jobId,
    database_id: String(a.id),
    name: a.name,
    size: String(a.size),
    created_at: a.createdAt,
    ...(a.hash ? { digest: a.hash } : {}),
  });

  async function twirp(req: IncomingMessage, res: ServerResponse, method: string) {
    const scope = tokenScope(req);
    if (!scope) return fail(res, 401, `${method}: missing or invalid bearer token`);
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return fail(res, 400, `${method}: content-type must be application/json`);
    let r: Record<string, unknown>;
    try {
      r = JSON.parse((await body(req)).toString('utf8'));
    } catch {
      return fail(res, 400, `${method}: body is not JSON`);
    }
    const runId = r.workflow_run_backend_id;
    const jobId = r.workflow_job_run_backend_id;
    if (typeof runId !== 'string' || typeof jobId !== 'string') return fail(res, 400, `${method}: workflow_run_backend_id and workflow_job_run_backend_id are required`);
    if (method !== 'ListArtifacts' && method !== 'GetSignedArtifactURL' && (runId !== scope.runId || jobId !== scope.jobId)) return fail(res, 403, `${method}: backend ids do not match the token`);
    switch (method) {
      case 'CreateArtifact': {
        const name = r.name;
        if (typeof name !== 'string' || name === '') return fail(res, 400, 'CreateArtifact: name is required');
        if (r.version !== 7) return fail(res, 400, `CreateArtifact: version must be 7, got ${JSON.stringify(r.version)}`);
        if (artifacts.some((a) => a.runId === runId && a.name === name)) return fail(res, 409, `CreateArtifact: an artifact named ${name} already exists in run ${runId}`);
        const key = blobKey(runId, jobId, name);
        blobs.set(key, { blocks: new Map() });
        return json(res, 200, { ok: true, signed_upload_url: signedUrl(key) });
      }
      case 'FinalizeArtifact': {
        const name = String(r.name ?? '');
        const blob = blobs.get(blobKey(runId, jobId, name));
        if (!blob?.committed) return fail(res, 400, `FinalizeArtifact: nothing was uploaded for ${name}`);
        const size = Number(r.size ?? '0');
        if (size !== blob.committed.length) return fail(res, 400, `FinalizeArtifact: size ${size} does not match the ${blob.committed.length} bytes uploaded`);
        const a: StoredArtifact = { id: nextId++, runId, jobId, name, size, hash: unwrap(r.hash), contentType: blob.contentType ?? 'application/octet-stream', createdAt: new Date().toISOString(), data: blob.committed };
        artifacts.push(a);
        return json(res, 200, { ok: true, artifact_id: String(a.id) });
      }
      case 'ListArtifacts': {
        const nameFilter = unwrap(r.name_filter);
        const idFilter = unwrap(r.id_filter);
        const found = artifacts.filter((a) => a.runId === runId && (nameFilter === undefined || a.name === nameFilter) && (idFilter === undefined || String(a.id) === idFilter));
        return json(res, 200, { artifacts: found.map(listEntry) });
      }
      case 'GetSignedArtifactURL': {
        const a = artifacts.find((x) => x.runId === runId && x.jobId === jobId && x.name === r.name);
        if (!a) return fail(res, 404, `GetSignedArtifactURL: no artifact ${String(r.name)} in run ${runId}`);
        return json(res, 200, { signed_url: signedUrl(blobKey(a.runId, a.jobId, a.name)) });
      }
      default:
        return fail(res, 404, `unknown ArtifactService method ${method}`);
    }
  }

  async function blob(req: IncomingMessage, res: ServerResponse, url: URL) {
    const key = url.pathname.slice('/blob/'.length).split('/').map(decodeURIComponent).join('/');
    if (!sigs.has(key) || url.searchParams.get('sig') !== sigs.get(key)) return fail(res, 403, `blob ${key}: bad or missing signature`);
    const b = blobs.get(key);
    if (!b) return fail(res, 404, `blob ${key}: no such blob`);
    if (req.method === 'PUT') {
      if (!req.headers['x-ms-version']) return fail(res, 400, `blob ${key}: x-ms-version header missing`);
      const comp = url.searchParams.get('comp');
      const data = await body(req);
      const headers = { etag: '"0x1"', 'last-modified': new Date().toUTCString(), 'x-ms-request-id': randomBytes(8).toString('hex'), 'x-ms-version': String(req.headers['x-ms-version']), 'x-ms-request-server-encrypted': 'true' };
      if (comp === 'block') {
        const id = url.searchParams.get('blockid');
        if (!id || !/^[A-Za-z0-9+/=]+$/.test(id)) return fail(res, 400, `blob ${key}: invalid blockid`);
        b.blocks.set(id, data);
        res.writeHead(201, headers);
        return res.end();
      }
      if (comp === 'blocklist') {
        const ids = [...data.toString('utf8').matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]+)<\/(?:Latest|Uncommitted|Committed)>/g)].map((m) => m[1]);
        const parts: Buffer[] = [];
        for (const id of ids) {
          const block = b.blocks.get(id);
          if (!block) return fail(res, 400, `blob ${key}: block ${id} was not staged`);
          parts.push(block);
        }
        b.committed = Buffer.concat(parts);
        b.contentType = String(req.headers['x-ms-blob-content-type'] ?? 'application/octet-stream');
        res.writeHead(201, headers);
        return res.end();
      }
      if (comp === null && req.headers['x-ms-blob-type'] === 'BlockBlob') {
        b.committed = data;
        b.contentType = String(req.headers['x-ms-blob-content-type'] ?? req.headers['content-type'] ?? 'application/octet-stream');
        res.writeHead(201, headers);
        return res.end();
      }
      return fail(res, 400, `blob ${key}: unsupported PUT (comp=${comp})`);
    }
    if (req.method === 'GET' || req.method === 'HEAD') {
      if (!b.committed) return fail(res, 404, `blob ${key}: not committed`);
      res.writeHead(200, { 'content-type': b.contentType ?? 'application/octet-stream', 'content-length': String(b.committed.length), 'content-disposition': `attachment; filename="${key.split('/').pop()}.zip"` });
      return res.end(req.method === 'GET' ? b.committed : undefined);
    }
    return fail(res, 405, `blob ${key}: method ${req.method}`);
  }

  async function rest(req: IncomingMessage, res: ServerResponse, url: URL) {
    if (!/^(token|Bearer) .+/.test(req.headers.authorization ?? '')) return fail(res, 401, `${url.pathname}: missing token`);
    let m = /^\/repos\/([^/]+)\/([^/]+)\/actions\/runs\/(\d+)\/artifacts$/.exec(url.pathname);
    if (m && req.method === 'GET') {
      const [, owner, repo, runId] = m;
      const name = url.searchParams.get('name');
      const perPage = Number(url.searchParams.get('per_page') ?? '30');
      const page = Number(url.searchParams.get('page') ?? '1');
      const found = artifacts.filter((a) => a.runId === runId && (name === null || a.name === name));
      const slice = found.slice((page - 1) * perPage, page * perPage);
      return json(res, 200, {
        total_count: found.length,
        artifacts: slice.map((a) => ({
          id: a.id,
          node_id: `MDg6QXJ0aWZhY3Q${a.id}`,
          name: a.name,
          size_in_bytes: a.size,
          url: `${base}repos/${owner}/${repo}/actions/artifacts/${a.id}`,
          archive_download_url: `${base}repos/${owner}/${repo}/actions/artifacts/${a.id}/zip`,
          expired: false,
          created_at: a.createdAt,
          updated_at: a.createdAt,
          expires_at: '2099-01-01T00:00:00Z',
          digest: a.hash ?? null,
          workflow_run: { id: Number(a.runId), repository_id: 1, head_repository_id: 1, head_branch: 'main', head_sha: '0'.repeat(40) },
        })),
      });
    }
    m = /^\/repos\/([^/]+)\/([^/]+)\/actions\/artifacts\/(\d+)\/zip$/.exec(url.pathname);
    if (m && req.method === 'GET') {
      const a = artifacts.find((x) => String(x.id) === m![3]);
      if (!a) return fail(res, 404, `artifact ${m[3]} not found`);
      res.writeHead(302, { location: signedUrl(blobKey(a.runId, a.jobId, a.name)) });
      return res.end();
    }
    return fail(res, 404, `unsupported REST call ${req.method} ${url.pathname}`);
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', base);
    const handle = async () => {
      if (req.method === 'POST' && url.pathname.startsWith(SERVICE)) return twirp(req, res, url.pathname.slice(SERVICE.length));
      if (url.pathname.startsWith('/blob/')) return blob(req, res, url);
      if (url.pathname.startsWith('/repos/')) return rest(req, res, url);
      return fail(res, 404, `unknown path ${req.method} ${url.pathname}`);
    };
    handle().catch((err: unknown) => fail(res, 500, `internal: ${String(err)}`));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}/`;
  return {
    url: base,
    apiUrl: `http://127.0.0.1:${port}`,
    artifacts,
    errors,
    env: (runId = '4242', jobId = '7') => ({ ACTIONS_RUNTIME_TOKEN: runtimeToken(runId, jobId), ACTIONS_RESULTS_URL: base }),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
