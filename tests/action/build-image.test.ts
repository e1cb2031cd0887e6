/**
 * The built build-image action, run as the runner runs it, against real registries (Debian
 * docker-registry, without and with htpasswd auth): the pushed image is checked with skopeo, then
 * unpacked with umoci and its entrypoint run under chroot as the image's non-root user, and it
 * answers /predict with the bundle's own predictions.
 */
import { execFileSync, spawn } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBundle, readHoldout, scoreRecords } from '../../src/model/bundle.js';
import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';
import { ROOT } from '../helpers/paths.js';
import { runAction } from '../helpers/run-action.js';
import { NODE24, pushBaseImage } from '../helpers/base-image.js';
import { freePort, skopeoInspect, startRegistry, type TestRegistry } from '../helpers/registry.js';
import { churnBundle } from '../unit/serve/bundle-fixture.js';

const PR_HEAD = 'feedfacefeedfacefeedfacefeedfacefeedface';
const AUTH = { username: 'ci-bot', password: 'pa55-word' };
let reg: TestRegistry;
let secured: TestRegistry;
let bundle: string;
let digestOfBundle: string;

beforeAll(async () => {
  [reg, secured] = await Promise.all([startRegistry(), startRegistry({ auth: AUTH })]);
  pushBaseImage(reg, 'base/node:24');
  pushBaseImage(secured, 'base/node:24');
  bundle = churnBundle();
  digestOfBundle = `sha256:${(await readBundle(bundle)).digest}`;
});
afterAll(async () => {
  await Promise.all([reg?.stop(), secured?.stop()]);
});

const prEvent = { eventName: 'pull_request', event: { pull_request: { number: 7, head: { sha: PR_HEAD } } } };

describe('build-image action, daemonless, pushing to docker-registry', () => {
  let digest: string;

  it('pushes the image and sets image, digest, tags and metadata outputs', async () => {
    const run = await runAction('build-image', {
      ...prEvent,
      inputs: { bundle, image: `${reg.host}/octo-org/churn-model:1.0.0`, tags: 'latest', 'base-image': `${reg.host}/base/node:24`, push: true },
    });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    digest = run.outputs.digest;
    expect(digest).toMatch(/^sha256:[a-f0-9]{64}$/);
    expect(run.outputs.image).toBe(`${reg.host}/octo-org/churn-model@${digest}`);
    expect(run.outputs.tags.split('\n')).toEqual([`${reg.host}/octo-org/churn-model:1.0.0`, `${reg.host}/octo-org/churn-model:latest`]);
    const metadata = JSON.parse(run.outputs.metadata) as Record<string, unknown>;
    expect(metadata).toMatchObject({ builder: 'daemonless', 'containerimage.digest': digest });
    expect(run.stdout).toMatch(/builder: daemonless \(no Docker daemon/);
    expect(run.summary).toContain('| builder | daemonless |');
    expect(run.summary).toMatch(/\| added over the base \| 0\.\d\d MB \|/);

    const inspected = skopeoInspect(reg, 'octo-org/churn-model:1.0.0') as { Digest: string; Labels: Record<string, string> };
    expect(inspected.Digest).toBe(digest);
    expect(inspected.Labels).toMatchObject({
      'org.opencontainers.image.source': 'https://github.com/octo-org/churn-model',
      'org.opencontainers.image.revision': PR_HEAD,
      'org.opencontainers.image.created': '1970-01-01T00:00:00Z',
      'org.opencontainers.image.version': '1.0.0',
      'io.cd4ml.model.digest': digestOfBundle,
      'io.cd4ml.model.task': 'classification',
    });
    expect(Number(inspected.Labels['io.cd4ml.model.metric.accuracy'])).toBeGreaterThan(0.5);
    const raw = skopeoInspect(reg, 'octo-org/churn-model:latest', 'raw') as { annotations: Record<string, string> };
    expect(raw.annotations['org.opencontainers.image.revision']).toBe(PR_HEAD);
  });

  it('gives the same digest for the same inputs', async () => {
    const run = await runAction('build-image', {
      ...prEvent,
      inputs: { bundle, image: `${reg.host}/octo-org/churn-model:1.0.0`, tags: 'latest', 'base-image': `${reg.host}/base/node:24`, push: true },
    });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.digest).toBe(digest);
  });

  it('the pushed image runs (umoci unpack + chroot as its non-root user) and serves the bundle', async () => {
    const work = mkdtempSync(join(tmpdir(), 'cd4ml-run-image-'));
    try {
      execFileSync('skopeo', ['copy', '--quiet', '--src-tls-verify=false', `docker://${reg.host}/octo-org/churn-model:1.0.0`, `oci:${join(work, 'layout')}:img`]);
      execFileSync('umoci', ['unpack', '--image', `${join(work, 'layout')}:img`, join(work, 'bundle')]);
      const cfg = skopeoInspect(reg, 'octo-org/churn-model:1.0.0', 'config') as { config: { Entrypoint: string[]; Env: string[]; User: string; WorkingDir: string } };
      expect(cfg.config.User).toBe('65532:65532');
      const rootfs = join(work, 'bundle', 'rootfs');
      const env = Object.fromEntries(cfg.config.Env.map((e) => [e.slice(0, e.indexOf('=')), e.slice(e.indexOf('=') + 1)]));
      const [entry, ...args] = cfg.config.Entrypoint;
      const exe = entry.startsWith('/') ? entry : env.PATH.split(':').map((d) => `${d}/${entry}`).find((p) => existsSync(join(rootfs, p)))!;
      const port = await freePort();
      expect(env.GRPC_PORT).toBe('8081');
      // Loopback only in tests: HOST overrides the image's 0.0.0.0; free ports instead of 8080/8081.
      const grpcPort = await freePort();
      const child = spawn('/usr/sbin/chroot', ['--userspec=65532:65532', rootfs, exe, ...args], { env: { ...env, PORT: String(port), GRPC_PORT: String(grpcPort), HOST: '127.0.0.1' }, stdio: ['ignore', 'pipe', 'pipe'] });
      let log = '';
      child.stderr.on('data', (d) => (log += d));
      const exited = new Promise<number>((r) => child.on('close', (c) => r(c ?? -1)));
      const url = `http://127.0.0.1:${port}`;
      let ready = false;
      for (let i = 0; i < 100 && !ready; i++) {
        ready = await fetch(`${url}/readyz`).then((r) => r.ok, () => false);
        if (!ready) await new Promise((r) => setTimeout(r, 50));
      }
      expect(ready, log).toBe(true);
      const b = await readBundle(bundle);
      const rows = (await readHoldout(b)).records.slice(0, 20);
      const res = await fetch(`${url}/predict`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(rows.map((r) => Object.fromEntries(b.features.map((f) => [f, /^-?\d+(\.\d+)?$/.test(String(r[f])) ? Number(r[f]) : r[f]])))) });
      expect(res.status).toBe(200);
      expect(res.headers.get('x-model-digest')).toBe(digestOfBundle);
      expect(((await res.json()) as { predictions: unknown[] }).predictions).toEqual(scoreRecords(b, rows).predictions);
      // The image's second port: OIP gRPC, called with a client built from the published .proto.
      const def = protoLoader.loadSync(join(ROOT, 'src/serve/proto/grpc_predict_v2.proto'), { keepCase: true, defaults: true });
      const { inference } = grpc.loadPackageDefinition(def) as unknown as { inference: { GRPCInferenceService: new (a: string, c: grpc.ChannelCredentials) => grpc.Client & Record<string, (r: unknown, cb: (e: Error | null, v: { name: string; versions: string[] }) => void) => void> } };
      const client = new inference.GRPCInferenceService(`127.0.0.1:${grpcPort}`, grpc.credentials.createInsecure());
      const meta = await new Promise<{ name: string; versions: string[] }>((resolve, reject) => client.ModelMetadata({ name: 'model' }, (e, v) => (e ? reject(e) : resolve(v))));
      client.close();
      expect(meta).toMatchObject({ name: 'model', versions: [b.digest] });
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });

  it('runs on Node 24 (what `using: node24` runs) with the same digest', async () => {
    const run = await runAction('build-image', {
      ...prEvent,
      node: NODE24,
      inputs: { bundle, image: `${reg.host}/octo-org/churn-model:1.0.0`, tags: 'latest', 'base-image': `${reg.host}/base/node:24`, push: true },
    });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.digest).toBe(digest);
  });

  it('writes an OCI archive instead of pushing when push is false', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'cd4ml-archive-')), 'image.tar');
    const run = await runAction('build-image', { ...prEvent, inputs: { bundle, image: `${reg.host}/octo-org/churn-model:1.0.0`, 'base-image': `${reg.host}/base/node:24`, output: out } });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.digest).toBe(digest);
    const inspected = JSON.parse(execFileSync('skopeo', ['inspect', `oci-archive:${out}:1.0.0`], { encoding: 'utf8' })) as { Digest: string };
    expect(inspected.Digest).toBe(digest);
  });
});

describe('build-image action with registry auth and bad input', () => {
  it('pushes to an htpasswd registry with username and password inputs', async () => {
    const run = await runAction('build-image', {
      inputs: { bundle, image: `${secured.host}/octo-org/churn-model:2`, 'base-image': `${secured.host}/base/node:24`, push: true, username: AUTH.username, password: AUTH.password },
    });
    expect(run.exitCode).toBe(0);
    expect(skopeoInspect(secured, 'octo-org/churn-model:2').Digest).toBe(run.outputs.digest);
    // The password is masked (::add-mask::) and never printed otherwise.
    expect(run.commands.filter((c) => c.command === 'add-mask').map((c) => c.message)).toEqual([AUTH.password]);
    expect(run.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n')).not.toContain(AUTH.password);
  });

  const badBundle = () => {
    const b = churnBundle();
    appendFileSync(join(b, 'model.json'), ' ');
    return b;
  };
  it.each([
    { name: 'wrong password', inputs: () => ({ username: AUTH.username, password: 'nope' }), reg: () => secured, message: /refused user "ci-bot" \(401/ },
    { name: 'tampered bundle', inputs: () => ({ bundle: badBundle() }), reg: () => reg, message: /model\.json does not match its sha256 in manifest\.json/ },
    { name: 'missing bundle', inputs: () => ({ bundle: '/nonexistent/bundle' }), reg: () => reg, message: /bundle "\/nonexistent\/bundle" does not exist/ },
    { name: 'base tag not found', inputs: () => ({ 'base-image': `${reg.host}/base/node:99` }), reg: () => reg, message: /base\/node:99 not found/ },
    { name: 'bad image reference', inputs: () => ({ image: 'ghcr.io/Octo/Model' }), reg: () => reg, message: /input "image" "ghcr.io\/Octo\/Model" is not a valid image reference/ },
    { name: 'root user', inputs: () => ({ user: '0:0' }), reg: () => reg, message: /input "user" must not be root/ },
  ])('fails with exit 2 and a clear message on $name', async ({ inputs, reg: r, message }) => {
    const run = await runAction('build-image', {
      inputs: { bundle, image: `${r().host}/octo-org/churn-model:3`, 'base-image': `${r().host}/base/node:24`, push: true, ...inputs() },
    });
    expect(run.exitCode).toBe(2);
    const error = run.commands.find((c) => c.command === 'error');
    expect(error?.message).toMatch(/^build-image: /);
    expect(error?.message).toMatch(message);
    expect(error?.message).not.toMatch(/internal error|\n\s+at /);
  });
});
