import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseChallenge } from '../../../src/image/distribution.js';
import { buildLayer, type LayerEntry } from '../../../src/image/layer.js';
import { canonicalJson, mergeEnv } from '../../../src/image/oci.js';
import { formatReference, parseReference, registryBaseUrl } from '../../../src/image/reference.js';
import { computeLabels, resolveCreated, revisionFromEvent } from '../../../src/image/labels.js';
import { buildxArgs, generateDockerfile, type ImagePlan } from '../../../src/image/build.js';

describe('parseReference', () => {
  it.each([
    { name: 'Docker Hub official image', ref: 'node:24-slim', expected: { registry: 'docker.io', repository: 'library/node', tag: '24-slim' } },
    { name: 'Docker Hub user image', ref: 'bitnami/node', expected: { registry: 'docker.io', repository: 'bitnami/node', tag: undefined } },
    { name: 'GHCR with tag', ref: 'ghcr.io/octo-org/churn-model:1.2.3', expected: { registry: 'ghcr.io', repository: 'octo-org/churn-model', tag: '1.2.3' } },
    { name: 'registry with port', ref: '127.0.0.1:5000/a/b:x', expected: { registry: '127.0.0.1:5000', repository: 'a/b', tag: 'x' } },
    { name: 'localhost without tag', ref: 'localhost/model', expected: { registry: 'localhost', repository: 'model', tag: undefined } },
    {
      name: 'digest',
      ref: `ghcr.io/o/m@sha256:${'a'.repeat(64)}`,
      expected: { registry: 'ghcr.io', repository: 'o/m', tag: undefined, digest: `sha256:${'a'.repeat(64)}` },
    },
  ])('$name', ({ ref, expected }) => {
    expect(parseReference(ref)).toMatchObject(expected);
  });

  it.each([
    { name: 'uppercase repository', ref: 'ghcr.io/Octo/model', message: /lowercase/ },
    { name: 'empty', ref: '', message: /empty/ },
    { name: 'bad digest', ref: 'a/b@sha256:xyz', message: /digest/ },
    { name: 'bad tag', ref: 'a/b:-x', message: /tag/ },
    { name: 'empty path component', ref: 'ghcr.io//m', message: /empty/ },
  ])('refuses $name', ({ ref, message }) => {
    expect(() => parseReference(ref, 'input "image"')).toThrow(message);
    expect(() => parseReference(ref, 'input "image"')).toThrow(/input "image"/);
  });

  it('formats back and picks http only for loopback registries', () => {
    expect(formatReference(parseReference('node:24'))).toBe('docker.io/library/node:24');
    expect(registryBaseUrl('docker.io')).toBe('https://registry-1.docker.io');
    expect(registryBaseUrl('127.0.0.1:5000')).toBe('http://127.0.0.1:5000');
    expect(registryBaseUrl('localhost:5000')).toBe('http://localhost:5000');
    expect(registryBaseUrl('ghcr.io')).toBe('https://ghcr.io');
  });
});

describe('parseChallenge', () => {
  it.each([
    {
      name: 'Docker Hub bearer',
      header: 'Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:library/node:pull"',
      expected: { scheme: 'bearer', params: { realm: 'https://auth.docker.io/token', service: 'registry.docker.io', scope: 'repository:library/node:pull' } },
    },
    { name: 'GHCR bearer', header: 'Bearer realm="https://ghcr.io/token",service="ghcr.io",scope="repository:o/m:pull"', expected: { scheme: 'bearer', params: { realm: 'https://ghcr.io/token', service: 'ghcr.io' } } },
    { name: 'basic', header: 'Basic realm="cd4ml-test"', expected: { scheme: 'basic', params: { realm: 'cd4ml-test' } } },
  ])('$name', ({ header, expected }) => {
    expect(parseChallenge(header)).toMatchObject(expected);
  });
});

describe('buildLayer', () => {
  const entries: LayerEntry[] = [
    { path: 'app', type: 'directory', mode: 0o755 },
    { path: 'app/b.txt', type: 'file', mode: 0o644, content: Buffer.from('bee\n') },
    { path: 'app/a.txt', type: 'file', mode: 0o644, content: Buffer.from('ay\n') },
  ];

  it('is reproducible: same entries in any order give the same digest', async () => {
    const a = await buildLayer(entries, { mtime: 0 });
    const b = await buildLayer([...entries].reverse(), { mtime: 0 });
    expect(b.digest).toBe(a.digest);
    expect(b.diffId).toBe(a.diffId);
    const c = await buildLayer(entries, { mtime: 1 });
    expect(c.diffId).not.toBe(a.diffId);
  });

  it('writes a gzip tar that GNU tar reads: sorted, root-owned, fixed mtime', async () => {
    const layer = await buildLayer(entries, { mtime: 1_700_000_000 });
    const file = join(mkdtempSync(join(tmpdir(), 'cd4ml-layer-')), 'l.tgz');
    writeFileSync(file, layer.blob);
    const listing = execFileSync('tar', ['--numeric-owner', '--full-time', '-tvzf', file], { encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } }).trim().split('\n');
    expect(listing.map((l) => l.split(/\s+/).slice(-1)[0])).toEqual(['app/', 'app/a.txt', 'app/b.txt']);
    for (const l of listing) expect(l).toMatch(/ 0\/0 .* 2023-11-14 22:13:20 /);
    expect(execFileSync('sha256sum', [file], { encoding: 'utf8' }).split(' ')[0]).toBe(layer.digest.slice(7));
    expect(execFileSync('sh', ['-c', `gzip -dc ${file} | sha256sum`], { encoding: 'utf8' }).split(' ')[0]).toBe(layer.diffId.slice(7));
  });
});

describe('config helpers', () => {
  it('canonicalJson sorts keys at every level', () => {
    expect(canonicalJson({ b: 1, a: { d: 2, c: [{ z: 1, y: 2 }] } })).toBe('{"a":{"c":[{"y":2,"z":1}],"d":2},"b":1}');
  });
  it('mergeEnv replaces by name and keeps order', () => {
    expect(mergeEnv(['PATH=/bin', 'PORT=1', 'X'], { PORT: '8080', HOST: '0.0.0.0' })).toEqual(['PATH=/bin', 'PORT=8080', 'X=', 'HOST=0.0.0.0']);
  });
});

describe('labels', () => {
  it('records the PR head SHA on pull_request events, not the merge SHA', () => {
    const event = { pull_request: { head: { sha: 'feedfacefeedfacefeedfacefeedfacefeedface' } } };
    expect(revisionFromEvent('pull_request', event, 'merge000')).toBe('feedfacefeedfacefeedfacefeedfacefeedface');
    expect(revisionFromEvent('push', event, 'abc123')).toBe('abc123');
  });
  it('uses a fixed created time unless asked', () => {
    const now = () => new Date('2026-01-02T03:04:05.678Z');
    expect(resolveCreated(undefined, undefined, now)).toEqual({ created: '1970-01-01T00:00:00Z', mtime: 0 });
    expect(resolveCreated(undefined, '1700000000', now)).toEqual({ created: '2023-11-14T22:13:20Z', mtime: 1_700_000_000 });
    expect(resolveCreated('now', undefined, now)).toEqual({ created: '2026-01-02T03:04:05Z', mtime: 1_767_323_045 });
    expect(() => resolveCreated('yesterday', undefined, now)).toThrow(/not "fixed", "now" or an ISO 8601/);
  });
  it('puts model digest and headline metrics next to the OCI labels', () => {
    const l = computeLabels({ created: 'T', modelDigest: 'sha256:x', source: 'https://github.com/o/r', revision: 'abc', version: '1.0', metrics: { F1: 0.91, accuracy: 0.93 } });
    expect(l).toEqual({
      'org.opencontainers.image.created': 'T',
      'org.opencontainers.image.source': 'https://github.com/o/r',
      'org.opencontainers.image.revision': 'abc',
      'org.opencontainers.image.version': '1.0',
      'io.cd4ml.model.digest': 'sha256:x',
      'io.cd4ml.model.metric.accuracy': '0.93',
      'io.cd4ml.model.metric.f1': '0.91',
    });
  });
});

describe('Docker builder', () => {
  const plan: ImagePlan = {
    image: parseReference('ghcr.io/o/m:1.0'),
    tags: ['latest'],
    base: parseReference('node:24-slim'),
    platform: { os: 'linux', architecture: 'amd64' },
    serverDir: '/s',
    bundleDir: '/b',
    push: true,
    labels: { 'org.opencontainers.image.revision': 'abc', 'io.cd4ml.model.digest': 'sha256:x' },
    annotations: { 'org.opencontainers.image.revision': 'abc' },
    created: '1970-01-01T00:00:00Z',
    mtime: 0,
    port: 8080,
    user: '65532:65532',
  };
  it('generates a Dockerfile equivalent to the daemonless image', () => {
    const df = generateDockerfile(plan);
    expect(df).toContain('FROM docker.io/library/node:24-slim\n');
    expect(df).toContain('COPY --chown=0:0 server/ /app/server/\n');
    expect(df).toContain('COPY --chown=0:0 model/ /app/model/\n');
    expect(df).toContain('ENV NODE_ENV="production" PORT="8080" GRPC_PORT="8081" HOST="0.0.0.0" CD4ML_BUNDLE="/app/model"\n');
    expect(df).toContain('USER 65532:65532\n');
    expect(df).toContain('LABEL "io.cd4ml.model.digest"="sha256:x"\n');
    expect(df).toContain('ENTRYPOINT ["node","/app/server/index.js"]\n');
  });
  it('passes tags, annotations, reproducibility and push to buildx', () => {
    const args = buildxArgs(plan, '/ctx', '/m.json');
    expect(args.slice(0, 2)).toEqual(['buildx', 'build']);
    expect(args).toEqual(expect.arrayContaining(['--tag', 'ghcr.io/o/m:1.0', 'ghcr.io/o/m:latest', '--metadata-file', '/m.json', 'SOURCE_DATE_EPOCH=0']));
    expect(args).toContain('manifest:org.opencontainers.image.revision=abc');
    expect(args).toContain('type=image,push=true,rewrite-timestamp=true,oci-mediatypes=true');
    expect(args.at(-1)).toBe('/ctx');
    expect(() => buildxArgs({ ...plan, push: false }, '/ctx', '/m.json')).toThrow(/no output/);
  });
});
