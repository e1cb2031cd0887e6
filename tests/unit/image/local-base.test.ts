/**
 * base-image "local-node": a base built in-process from the running node and the libraries it has
 * mapped. The image is written as an OCI layout, unpacked with umoci (an independent OCI tool,
 * Debian) and its entrypoint's node run in a chroot of the unpacked rootfs — no container runtime,
 * no registry, no network.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildLocalNodeBase, elfInterpreter, sharedLibrariesFromMaps, type LocalNodeRuntime } from '../../../src/image/local-base.js';
import { readLocalNodeRuntime } from '../../../src/image/ports.js';
import { buildImage, requestFromSettings, type BuildImagePorts } from '../../../src/image/run.js';

const MAPS = [
  '55d0c0000000-55d0c0400000 r--p 00000000 08:01 123 /usr/bin/node',
  '7f00a0000000-7f00a0100000 r-xp 00000000 08:01 456 /usr/lib/x86_64-linux-gnu/libc.so.6',
  '7f00a0200000-7f00a0300000 r--p 00000000 08:01 457 /usr/lib/x86_64-linux-gnu/libstdc++.so.6.0.30',
  '7f00a0300000-7f00a0310000 r--p 00000000 08:01 457 /usr/lib/x86_64-linux-gnu/libstdc++.so.6.0.30',
  '7f00a0400000-7f00a0500000 rw-p 00000000 00:00 0 [heap]',
  '7f00a0600000-7f00a0700000 r--s 00000000 00:05 99 /dev/shm/x (deleted)',
  '7f00a0800000-7f00a0900000 r--p 00000000 08:01 458 /usr/lib/locale/C.utf8/LC_CTYPE',
].join('\n');

describe('local-node pieces', () => {
  it('lists the mapped shared objects once each, not the binary, heap, devices or data files', () => {
    expect(sharedLibrariesFromMaps(MAPS)).toEqual(['/usr/lib/x86_64-linux-gnu/libc.so.6', '/usr/lib/x86_64-linux-gnu/libstdc++.so.6.0.30']);
  });
  it('reads the ELF interpreter of the running node the same way readelf (binutils) does', () => {
    const readelf = execFileSync('readelf', ['-l', process.execPath], { encoding: 'utf8' }).match(/Requesting program interpreter: ([^\]]+)\]/)?.[1];
    expect(readelf).toBeTruthy();
    expect(elfInterpreter(readFileSync(process.execPath))).toBe(readelf);
    expect(elfInterpreter(Buffer.from('#!/bin/sh\necho not elf\n'.padEnd(80)))).toBeUndefined();
  });
  it.each([
    { name: 'another architecture', rt: { platform: 'linux', arch: 'arm64' }, message: /only build for this machine's platform linux\/arm64, not linux\/amd64/ },
    { name: 'not Linux', rt: { platform: 'darwin', arch: 'x64' }, message: /needs Linux \(this is darwin\)/ },
    { name: 'no libraries', rt: { platform: 'linux', arch: 'x64', libraries: new Map() }, message: /found no shared libraries/ },
  ])('refuses $name', async ({ rt, message }) => {
    const defaults: LocalNodeRuntime = { platform: 'linux', arch: 'x64', version: 'v24.0.0', binary: Buffer.alloc(64), libraries: new Map([['/lib/x.so', Buffer.from('x')]]) };
    const full: LocalNodeRuntime = Object.assign(defaults, rt);
    await expect(buildLocalNodeBase(full, { os: 'linux', architecture: 'amd64' }, { mtime: 0, created: '1970-01-01T00:00:00Z' })).rejects.toThrow(message);
  });
});

describe('build-image with base-image local-node', () => {
  it('writes an OCI layout whose node runs the server from the image rootfs (umoci unpack + chroot), reproducibly', async () => {
    const d = mkdtempSync(join(tmpdir(), 'cd4ml-localnode-'));
    mkdirSync(join(d, 'server'));
    writeFileSync(join(d, 'server', 'index.js'), "console.log('served by node ' + process.version + ' as uid ' + process.getuid());\n");
    mkdirSync(join(d, 'bundle'));
    writeFileSync(join(d, 'bundle', 'model.json'), '{}\n');
    const arch = process.arch === 'x64' ? 'amd64' : process.arch;
    const logs: string[] = [];
    const ports: BuildImagePorts = {
      loadBundle: async () => ({ digest: 'sha256:' + 'd'.repeat(64), task: 'classification', metrics: { accuracy: 0.9 } }),
      credentials: () => undefined,
      exec: async () => ({ code: 127, stdout: '', stderr: 'no docker here' }),
      now: () => new Date('2026-01-01T00:00:00Z'),
      log: (m) => logs.push(m),
      localNodeRuntime: readLocalNodeRuntime,
    };
    const build = async (out: string) =>
      buildImage(requestFromSettings({ bundle: join(d, 'bundle'), image: 'localhost/churn:1', 'base-image': 'local-node', platform: `linux/${arch}`, output: out }, { serverDir: join(d, 'server'), workDir: join(d, 'w'), defaultOutput: out, flag: (n) => `--${n}` }), ports);
    const first = await build(join(d, 'layout'));
    expect(first.result.builder).toBe('daemonless');
    expect(first.outputs.metadata.base).toBe(`local-node/node:${process.version}`);
    expect(logs.join('\n')).toMatch(/base image local-node: .* built from the running node/);
    const second = await build(join(d, 'layout2'));
    expect(second.outputs.digest).toBe(first.outputs.digest);

    const unpacked = join(d, 'unpacked');
    execFileSync('umoci', ['unpack', '--rootless', '--image', `${join(d, 'layout')}:1`, unpacked], { stdio: 'pipe' });
    const cfg = JSON.parse(readFileSync(join(unpacked, 'config.json'), 'utf8')) as { process: { args: string[]; env: string[] } };
    expect(cfg.process.args).toEqual(['node', '/app/server/index.js']);
    const env = Object.fromEntries(cfg.process.env.map((e) => [e.slice(0, e.indexOf('=')), e.slice(e.indexOf('=') + 1)]));
    expect(env.NODE_VERSION).toBe(process.version.slice(1));
    // Run the image's node with the image's environment inside its rootfs, as uid 65532.
    const out = execFileSync('/usr/sbin/chroot', ['--userspec=65532:65532', join(unpacked, 'rootfs'), '/usr/local/bin/node', '/app/server/index.js'], { env, encoding: 'utf8' });
    expect(out.trim()).toBe(`served by node ${process.version} as uid 65532`);
  }, 60_000);
});
