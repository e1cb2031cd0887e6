/**
 * The daemonless builder against a real registry (Debian docker-registry), checked with skopeo:
 * anonymous and htpasswd auth, mounts, chunked uploads, cross-registry copies, retries through a
 * faulty proxy, clear errors, reproducible digests and OCI archives.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, request as httpRequest, type Server } from 'node:http';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDaemonless, type BuildDeps, type ImagePlan } from '../../../src/image/build.js';
import { parseReference } from '../../../src/image/reference.js';
import { pushBaseImage } from '../../helpers/base-image.js';
import { freePort, skopeoInspect, startRegistry, type TestRegistry } from '../../helpers/registry.js';

const work = mkdtempSync(join(tmpdir(), 'cd4ml-image-test-'));
const serverDir = join(work, 'server');
const bundleDir = join(work, 'bundle');
mkdirSync(serverDir);
mkdirSync(join(bundleDir, 'nested'), { recursive: true });
writeFileSync(join(serverDir, 'index.js'), 'console.log("server")\n');
writeFileSync(join(serverDir, 'package.json'), '{"type":"module"}\n');
writeFileSync(join(bundleDir, 'manifest.json'), '{"files":{}}\n');
writeFileSync(join(bundleDir, 'nested', 'model.json'), '{"tree":[]}\n');

let open: TestRegistry;
let secured: TestRegistry;
const AUTH = { username: 'ci-bot', password: 's3cret-pass' };

beforeAll(async () => {
  [open, secured] = await Promise.all([startRegistry(), startRegistry({ auth: AUTH })]);
  pushBaseImage(open, 'base/node:24');
  pushBaseImage(open, 'base/bare:1', 'nonode');
  pushBaseImage(open, 'base/node-plain:24', 'node24-plain');
  pushBaseImage(secured, 'base/node:24');
});
afterAll(async () => {
  await Promise.all([open?.stop(), secured?.stop()]);
});

function plan(reg: TestRegistry, over: Partial<ImagePlan> = {}): ImagePlan {
  return {
    image: parseReference(`${reg.host}/octo-org/churn-model:1.0.0`),
    tags: ['latest'],
    base: parseReference(`${reg.host}/base/node:24`),
    platform: { os: 'linux', architecture: 'amd64' },
    serverDir,
    bundleDir,
    push: true,
    labels: { 'org.opencontainers.image.revision': 'feedface', 'io.cd4ml.model.digest': 'sha256:abc' },
    annotations: { 'org.opencontainers.image.revision': 'feedface' },
    created: '1970-01-01T00:00:00Z',
    mtime: 0,
    port: 8080,
    user: '65532:65532',
    ...over,
  };
}

function deps(over: Partial<BuildDeps> & { creds?: Record<string, { username: string; password: string }> } = {}): BuildDeps & { lines: string[] } {
  const lines: string[] = [];
  return {
    registryOptions: { backoffMs: 5, ...over.registryOptions },
    credentials: (r) => over.creds?.[r],
    log: (m) => lines.push(m),
    lines,
  };
}

describe('daemonless build against docker-registry without auth', () => {
  it('pushes an image skopeo reads: base layers + server + model, config, labels, tags', async () => {
    const d = deps();
    const r = await buildDaemonless(plan(open), d);
    expect(r.tags).toEqual([`${open.host}/octo-org/churn-model:1.0.0`, `${open.host}/octo-org/churn-model:latest`]);
    expect(r.blobs).toEqual({ mounted: 1, uploaded: 3 });
    const summary = skopeoInspect(open, 'octo-org/churn-model:1.0.0');
    expect(summary.Digest).toBe(r.digest);
    expect((summary.RepoTags as string[]).sort()).toEqual(['1.0.0', 'latest']);
    expect(summary.Layers).toHaveLength(3);
    expect(summary.Labels).toMatchObject({ 'org.opencontainers.image.revision': 'feedface', 'io.cd4ml.model.digest': 'sha256:abc' });
    const raw = skopeoInspect(open, 'octo-org/churn-model:latest', 'raw') as { mediaType: string; annotations: Record<string, string> };
    expect(raw.mediaType).toBe('application/vnd.oci.image.manifest.v1+json');
    expect(raw.annotations['org.opencontainers.image.revision']).toBe('feedface');
    expect(raw.annotations['org.opencontainers.image.base.name']).toBe(`${open.host}/base/node:24`);
    const cfg = skopeoInspect(open, 'octo-org/churn-model:1.0.0', 'config') as { config: Record<string, unknown>; rootfs: { diff_ids: string[] } };
    expect(cfg.config.Entrypoint).toEqual(['node', '/app/server/index.js']);
    expect(cfg.config.User).toBe('65532:65532');
    expect(cfg.config.ExposedPorts).toEqual({ '8080/tcp': {}, '8081/tcp': {} });
    expect(cfg.config.Env).toEqual(expect.arrayContaining(['PATH=/usr/local/bin:/usr/bin:/bin', 'PORT=8080', 'CD4ML_BUNDLE=/app/model']));
    expect(cfg.rootfs.diff_ids).toHaveLength(3);
    expect(r.layers.map((l) => l.entries)).toEqual([4, 5]); // app, app/server, 2 files | app, app/model, manifest, nested, nested/model.json
  });

  it('is reproducible: building again gives the same digest and uploads nothing', async () => {
    const first = await buildDaemonless(plan(open, { image: parseReference(`${open.host}/octo-org/repro:1`) }), deps());
    const again = await buildDaemonless(plan(open, { image: parseReference(`${open.host}/octo-org/repro:1`) }), deps());
    expect(again.digest).toBe(first.digest);
    expect(again.blobs).toEqual({ exists: 4 });
    const later = await buildDaemonless(plan(open, { image: parseReference(`${open.host}/octo-org/repro:2`), created: '2026-01-01T00:00:00Z', mtime: 1_767_225_600 }), deps());
    expect(later.digest).not.toBe(first.digest);
  });

  it('finds node by scanning the layers when the base does not declare NODE_VERSION', async () => {
    const r = await buildDaemonless(plan(open, { base: parseReference(`${open.host}/base/node-plain:24`), image: parseReference(`${open.host}/octo-org/plain:1`) }), deps());
    const cfg = skopeoInspect(open, 'octo-org/plain:1', 'config') as { config: Record<string, unknown> };
    expect(cfg.config.Entrypoint).toEqual(['/usr/local/bin/node', '/app/server/index.js']);
    expect(r.digest).toMatch(/^sha256:/);
  });

  it('uploads in chunks above the monolithic limit', async () => {
    const d = deps({ registryOptions: { monolithicMax: 100, chunkSize: 64 } });
    const r = await buildDaemonless(plan(open, { image: parseReference(`${open.host}/octo-org/chunked:1`) }), d);
    expect(r.blobs).toEqual({ mounted: 1, uploaded: 3 });
    expect(skopeoInspect(open, 'octo-org/chunked:1').Digest).toBe(r.digest);
  });

  it('writes an OCI archive with the same digest when push is false', async () => {
    const out = join(work, 'image.tar');
    const r = await buildDaemonless(plan(open, { push: false, output: out }), deps());
    const pushed = await buildDaemonless(plan(open), deps());
    expect(r.digest).toBe(pushed.digest);
    const inspected = JSON.parse(execFileSync('skopeo', ['inspect', `oci-archive:${out}:1.0.0`], { encoding: 'utf8' })) as { Digest: string; Layers: string[] };
    expect(inspected.Digest).toBe(r.digest);
    expect(inspected.Layers).toHaveLength(3);
  });

  it('writes an OCI layout directory that skopeo reads when output is not a .tar', async () => {
    const out = join(work, 'layout');
    const r = await buildDaemonless(plan(open, { push: false, output: out }), deps());
    const inspected = JSON.parse(execFileSync('skopeo', ['inspect', `oci:${out}:latest`], { encoding: 'utf8' })) as { Digest: string; Labels: Record<string, string> };
    expect(inspected.Digest).toBe(r.digest);
    expect(inspected.Labels['io.cd4ml.model.digest']).toBe('sha256:abc');
  });

  it.each([
    { name: 'base without Node', base: 'base/bare:1', message: /has no Node\.js .*node:24-slim/ },
    { name: 'base tag not found', base: 'base/node:99', message: /base\/node:99 not found: the repository or tag does not exist/ },
    { name: 'base repository not found', base: 'nope/none:1', message: /nope\/none:1 not found/ },
  ])('refuses a $name with a clear message', async ({ base, message }) => {
    await expect(buildDaemonless(plan(open, { base: parseReference(`${open.host}/${base}`) }), deps())).rejects.toThrow(message);
  });

  it('reports an unreachable registry after retrying', async () => {
    const port = await freePort();
    const d = deps({ registryOptions: { retries: 2, backoffMs: 1 } });
    await expect(buildDaemonless(plan(open, { base: parseReference(`127.0.0.1:${port}/base/node:24`) }), d)).rejects.toThrow(
      new RegExp(`registry 127\\.0\\.0\\.1:${port} is unreachable \\(ECONNREFUSED\\) after 3 attempts`),
    );
    expect(d.lines.filter((l) => l.includes('retrying'))).toHaveLength(2);
  });

  it('refuses a missing bundle directory', async () => {
    await expect(buildDaemonless(plan(open, { bundleDir: join(work, 'missing') }), deps())).rejects.toThrow(/bundle ".*missing": cannot read directory/);
  });
});

describe('daemonless build against docker-registry with htpasswd auth', () => {
  it('pushes with the right credentials', async () => {
    const r = await buildDaemonless(plan(secured), deps({ creds: { [secured.host]: AUTH } }));
    expect(skopeoInspect(secured, 'octo-org/churn-model:1.0.0').Digest).toBe(r.digest);
  });
  it.each([
    { name: 'wrong password', creds: { username: AUTH.username, password: 'wrong' }, message: /refused user "ci-bot" \(401.*check the username and password/ },
    { name: 'no credentials', creds: undefined, message: /requires a login; pass username and password/ },
  ])('refuses $name clearly', async ({ creds, message }) => {
    await expect(buildDaemonless(plan(secured), deps({ creds: creds ? { [secured.host]: creds } : {} }))).rejects.toThrow(message);
  });
  it('copies the base across registries (no mount possible): anonymous pull, authenticated push', async () => {
    const r = await buildDaemonless(plan(secured, { base: parseReference(`${open.host}/base/node:24`), image: parseReference(`${secured.host}/octo-org/copied:1`) }), deps({ creds: { [secured.host]: AUTH } }));
    expect(r.blobs).toEqual({ uploaded: 4 });
    expect(skopeoInspect(secured, 'octo-org/copied:1').Digest).toBe(r.digest);
  });
});

describe('retries on transient failures', () => {
  let proxy: Server;
  let proxyHost: string;
  let seen = 0;
  beforeAll(async () => {
    const target = new URL(open.url);
    // Test-only fault injection: every third request fails, alternating 503 and a reset connection.
    proxy = createServer((req, res) => {
      seen++;
      if (seen % 3 === 0) {
        if (seen % 2 === 0) req.socket.destroy();
        else {
          res.writeHead(503).end('{"errors":[{"code":"UNAVAILABLE","message":"try later"}]}');
        }
        req.resume();
        return;
      }
      const up = httpRequest({ host: target.hostname, port: target.port, method: req.method, path: req.url, headers: { ...req.headers, host: target.host } }, (r) => {
        const headers = { ...r.headers };
        if (headers.location) headers.location = headers.location.replace(target.host, proxyHost);
        res.writeHead(r.statusCode ?? 502, headers);
        r.pipe(res);
      });
      req.pipe(up);
    });
    const port = await freePort();
    await new Promise<void>((r) => proxy.listen(port, '127.0.0.1', r));
    proxyHost = `127.0.0.1:${port}`;
  });
  afterAll(() => new Promise<void>((r) => proxy.close(() => r())));

  it('retries 503s and connection resets with backoff and still pushes the same image', async () => {
    const d = deps({ registryOptions: { backoffMs: 1, monolithicMax: 100, chunkSize: 200 } });
    const r = await buildDaemonless(plan(open, { image: parseReference(`${proxyHost}/octo-org/churn-model:1.0.0`), base: parseReference(`${proxyHost}/base/node:24`) }), d);
    expect(d.lines.some((l) => /HTTP 503, retrying/.test(l))).toBe(true);
    expect(d.lines.some((l) => /(ECONNRESET|UND_ERR_SOCKET), retrying/.test(l))).toBe(true);
    expect(skopeoInspect(open, 'octo-org/churn-model:1.0.0').Digest).toBe(r.digest);
  });
});

describe('daemonless build against docker-registry with token auth (Bearer, as GHCR and Docker Hub)', () => {
  let tokenReg: TestRegistry;
  beforeAll(async () => {
    tokenReg = await startRegistry({ auth: AUTH, mode: 'token' });
    pushBaseImage(tokenReg, 'base/node:24');
  });
  afterAll(() => tokenReg?.stop());

  it('follows WWW-Authenticate to the token service and pushes with a push-scoped token', async () => {
    const r = await buildDaemonless(plan(tokenReg), deps({ creds: { [tokenReg.host]: AUTH } }));
    expect(skopeoInspect(tokenReg, 'octo-org/churn-model:1.0.0').Digest).toBe(r.digest);
    expect(r.blobs).toEqual({ mounted: 1, uploaded: 3 });
    const scopes = tokenReg.tokenRequests!.filter((t) => t.user === AUTH.username).flatMap((t) => t.scopes);
    expect(scopes).toContain('repository:base/node:pull');
    expect(scopes).toContain('repository:octo-org/churn-model:pull,push');
  });

  it.each([
    { name: 'anonymous push (the token only grants pull)', creds: undefined, message: /refused anonymous access \(401.*log in: pass username and password/ },
    { name: 'wrong password', creds: { username: AUTH.username, password: 'wrong' }, message: /token service refused the credentials of user "ci-bot" \(401\)/ },
  ])('refuses $name clearly', async ({ creds, message }) => {
    await expect(buildDaemonless(plan(tokenReg, { image: parseReference(`${tokenReg.host}/octo-org/anon:1`) }), deps({ creds: creds ? { [tokenReg.host]: creds } : {} }))).rejects.toThrow(message);
  });
});
