/**
 * build-image's orchestration without a registry: settings → request (defaults, validation),
 * Docker config credentials, builder choice, and the Docker buildx strategy. No Docker daemon can
 * run here, so the buildx path runs against a recording process runner that plays `docker`
 * (answers `buildx version`/`info`, writes the metadata file buildx writes); the Dockerfile it
 * builds is the one bench/image builds for real with buildah.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Exec } from '../../../src/image/build.js';
import { buildImage, credentialsFromDockerConfig, requestFromSettings, type BuildImagePorts } from '../../../src/image/run.js';

const ctx = { serverDir: '/srv', workDir: '/w', defaultOutput: '/out/image.tar', flag: (n: string) => `--${n}` };

describe('requestFromSettings', () => {
  it('applies the defaults: node:24-slim, no push → OCI archive, port 8080, non-root user, auto builder', () => {
    expect(requestFromSettings({ bundle: 'b', image: 'ghcr.io/o/m:1' }, ctx)).toMatchObject({
      baseImage: 'node:24-slim',
      push: false,
      output: '/out/image.tar',
      port: 8080,
      user: '65532:65532',
      builder: 'auto',
      platform: 'linux/amd64',
      tags: [],
    });
  });
  it.each([
    { name: 'no bundle', s: { image: 'x/y' }, message: /--bundle is required/ },
    { name: 'no image', s: { bundle: 'b' }, message: /--image is required/ },
    { name: 'root user', s: { bundle: 'b', image: 'x/y', user: '0' }, message: /must not be root/ },
    { name: 'named user', s: { bundle: 'b', image: 'x/y', user: 'node' }, message: /numeric uid\[:gid\]/ },
  ])('refuses $name', ({ s, message }) => {
    expect(() => requestFromSettings(s, ctx)).toThrow(message);
  });
  it('splits tags given as text', () => {
    expect(requestFromSettings({ bundle: 'b', image: 'x/y', tags: 'latest, sha-1\nv1' }, ctx).tags).toEqual(['latest', 'sha-1', 'v1']);
  });
});

describe('credentialsFromDockerConfig', () => {
  const config = JSON.stringify({
    auths: {
      'ghcr.io': { auth: Buffer.from('octocat:ghp_token:with:colons').toString('base64') },
      'https://index.docker.io/v1/': { auth: Buffer.from('hubuser:hubpass').toString('base64') },
      'registry.example.com': { username: 'u', password: 'p' },
    },
  });
  it.each([
    { registry: 'ghcr.io', expected: { username: 'octocat', password: 'ghp_token:with:colons' } },
    { registry: 'docker.io', expected: { username: 'hubuser', password: 'hubpass' } },
    { registry: 'registry.example.com', expected: { username: 'u', password: 'p' } },
    { registry: 'quay.io', expected: undefined },
  ])('$registry', ({ registry, expected }) => {
    expect(credentialsFromDockerConfig(config, registry)).toEqual(expected);
  });
  it('ignores a config that is not JSON', () => {
    expect(credentialsFromDockerConfig('{', 'ghcr.io')).toBeUndefined();
  });
});

describe('builder choice and the buildx strategy', () => {
  function fakeDocker(opts: { daemon: boolean }) {
    const calls: string[][] = [];
    const exec: Exec = async (cmd, args) => {
      calls.push([cmd, ...args]);
      if (cmd !== 'docker') return { code: 127, stdout: '', stderr: 'not found' };
      if (args[0] === 'buildx' && args[1] === 'version') return { code: 0, stdout: 'github.com/docker/buildx v0.20.0', stderr: '' };
      if (args[0] === 'info') return opts.daemon ? { code: 0, stdout: '28.2.2', stderr: '' } : { code: 1, stdout: '', stderr: 'Cannot connect to the Docker daemon' };
      if (args[0] === 'buildx' && args[1] === 'build') {
        const meta = args[args.indexOf('--metadata-file') + 1];
        writeFileSync(meta, JSON.stringify({ 'containerimage.digest': `sha256:${'c'.repeat(64)}` }));
        return { code: 0, stdout: '', stderr: '' };
      }
      return { code: 1, stdout: '', stderr: 'unexpected' };
    };
    return { exec, calls };
  }
  const dirs = () => {
    const d = mkdtempSync(join(tmpdir(), 'cd4ml-buildx-'));
    mkdirSync(join(d, 'server'));
    mkdirSync(join(d, 'bundle'));
    writeFileSync(join(d, 'server', 'index.js'), '//');
    writeFileSync(join(d, 'bundle', 'manifest.json'), '{}');
    return d;
  };
  const ports = (exec: Exec, log: string[]): BuildImagePorts => ({
    loadBundle: async () => ({ digest: 'sha256:' + 'd'.repeat(64), task: 'classification', metrics: { accuracy: 0.9 } }),
    credentials: () => undefined,
    exec,
    now: () => new Date(0),
    log: (m) => log.push(m),
    // The base's registry is unreachable here: the Node check fails fast and names it.
    registryOptions: { retries: 0 },
  });

  it('auto picks daemonless without a Docker daemon (and then needs the registry)', async () => {
    const d = dirs();
    const { exec } = fakeDocker({ daemon: false });
    const log: string[] = [];
    const req = requestFromSettings({ bundle: join(d, 'bundle'), image: '127.0.0.1:1/o/m:1', 'base-image': '127.0.0.1:1/base:1' }, { ...ctx, serverDir: join(d, 'server'), workDir: join(d, 'w') });
    await expect(buildImage(req, ports(exec, log))).rejects.toThrow(/registry 127\.0\.0\.1:1/);
    expect(log[0]).toMatch(/builder: daemonless \(no Docker daemon with buildx/);
  });

  it('builder docker without a daemon is a clear usage error', async () => {
    const d = dirs();
    const { exec } = fakeDocker({ daemon: false });
    const req = requestFromSettings({ bundle: join(d, 'bundle'), image: 'o/m:1', builder: 'docker' }, { ...ctx, serverDir: join(d, 'server'), workDir: join(d, 'w') });
    await expect(buildImage(req, ports(exec, []))).rejects.toThrow(/builder "docker" needs a running Docker daemon and buildx/);
  });

  it('buildWithBuildx writes the context and reads the digest from the metadata file', async () => {
    const { buildWithBuildx } = await import('../../../src/image/build.js');
    const { parseReference } = await import('../../../src/image/reference.js');
    const d = dirs();
    const { exec, calls } = fakeDocker({ daemon: true });
    const r = await buildWithBuildx(
      {
        image: parseReference('ghcr.io/o/m:1.0'),
        tags: ['latest'],
        base: parseReference('node:24-slim'),
        platform: { os: 'linux', architecture: 'amd64' },
        serverDir: join(d, 'server'),
        bundleDir: join(d, 'bundle'),
        push: true,
        labels: { 'io.cd4ml.model.digest': 'sha256:x' },
        annotations: {},
        created: '1970-01-01T00:00:00Z',
        mtime: 0,
        port: 8080,
        user: '65532:65532',
      },
      join(d, 'w'),
      exec,
      () => undefined,
    );
    expect(r).toMatchObject({ builder: 'docker', digest: `sha256:${'c'.repeat(64)}`, image: `ghcr.io/o/m@sha256:${'c'.repeat(64)}`, tags: ['ghcr.io/o/m:1.0', 'ghcr.io/o/m:latest'] });
    const build = calls.find((c) => c[2] === 'build')!;
    expect(build.at(-1)).toBe(join(d, 'w', 'context'));
    expect(existsSync(join(d, 'w', 'context', 'server', 'index.js'))).toBe(true);
    expect(existsSync(join(d, 'w', 'context', 'model', 'manifest.json'))).toBe(true);
    expect(readFileSync(join(d, 'w', 'context', 'Dockerfile'), 'utf8')).toContain('FROM docker.io/library/node:24-slim');
  });
});
