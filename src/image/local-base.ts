/**
 * `base-image: local-node` — a minimal base image built in-process from the Node.js that runs
 * build-image, for machines with no registry access (air-gapped runners, the offline example):
 * one layer with the node binary at /usr/local/bin/node, the shared libraries the running process
 * has mapped (glibc, libstdc++, …, at their own paths), the ELF interpreter at the path the binary
 * names, /etc/passwd and /etc/group with the nonroot user, and /tmp — like a distroless image,
 * with no shell and no package manager. No external tools: the library list comes from
 * /proc/self/maps and the interpreter from the binary's PT_INTERP header.
 *
 * The image is for the build machine's own platform (linux, its CPU architecture) only.
 */
import { readFile } from 'node:fs/promises';
import { UsageError } from '../errors.js';
import type { BaseImage, Platform } from './base.js';
import { MEDIA } from './distribution.js';
import { buildLayer, sha256, type LayerEntry } from './layer.js';
import { canonicalJson, type Descriptor, type ImageConfig } from './oci.js';
import type { ImageReference } from './reference.js';

export const LOCAL_NODE = 'local-node';
export const LOCAL_NODE_PATH = '/usr/local/bin/node';

/** What the port reads from the running process (readLocalNodeRuntime below; ports.ts re-exports it). */
export interface LocalNodeRuntime {
  /** process.platform / process.arch / process.version. */
  platform: string;
  arch: string;
  version: string;
  /** The node binary's bytes. */
  binary: Buffer;
  /** Shared libraries to copy: absolute path → bytes. */
  libraries: Map<string, Buffer>;
}

/** Node's process.arch → OCI architecture. */
export function ociArchitecture(arch: string): string {
  return ({ x64: 'amd64', arm64: 'arm64', arm: 'arm', ia32: '386', ppc64: 'ppc64le', s390x: 's390x', riscv64: 'riscv64' } as Record<string, string>)[arch] ?? arch;
}

/** Shared objects listed in a /proc/<pid>/maps text (absolute paths of mapped *.so files). */
export function sharedLibrariesFromMaps(maps: string): string[] {
  const out = new Set<string>();
  for (const line of maps.split('\n')) {
    const path = line.trim().split(/\s+/)[5];
    if (path && path.startsWith('/') && /\.so(\.\d+)*$/.test(path.replace(/ \(deleted\)$/, ''))) out.add(path);
  }
  return [...out].sort();
}

/** The ELF interpreter (PT_INTERP) a dynamically linked binary names, e.g. /lib64/ld-linux-x86-64.so.2. */
export function elfInterpreter(bin: Buffer): string | undefined {
  if (bin.length < 64 || bin.readUInt32BE(0) !== 0x7f454c46) return undefined;
  const is64 = bin[4] === 2;
  const le = bin[5] === 1;
  const u16 = (o: number) => (le ? bin.readUInt16LE(o) : bin.readUInt16BE(o));
  const u32 = (o: number) => (le ? bin.readUInt32LE(o) : bin.readUInt32BE(o));
  const u64 = (o: number) => Number(le ? bin.readBigUInt64LE(o) : bin.readBigUInt64BE(o));
  const phoff = is64 ? u64(0x20) : u32(0x1c);
  const phentsize = u16(is64 ? 0x36 : 0x2a);
  const phnum = u16(is64 ? 0x38 : 0x2c);
  for (let i = 0; i < phnum; i++) {
    const ph = phoff + i * phentsize;
    if (ph + phentsize > bin.length) return undefined;
    if (u32(ph) !== 3) continue; // PT_INTERP
    const off = is64 ? u64(ph + 8) : u32(ph + 4);
    const size = is64 ? u64(ph + 32) : u32(ph + 16);
    return bin.subarray(off, off + size).toString('latin1').replace(/\0+$/, '');
  }
  return undefined;
}

function dirsOf(path: string): string[] {
  const parts = path.split('/').filter(Boolean);
  return parts.slice(0, -1).map((_, i) => parts.slice(0, i + 1).join('/'));
}

/** Reference shown as the base: local-node/node:v24.x.y. */
export function localNodeReference(version: string): ImageReference {
  return { registry: LOCAL_NODE, repository: 'node', tag: version.replace(/^v?/, 'v').replace(/[^\w.-]/g, '-') };
}

/**
 * Build the local-node base image: its one layer, config and manifest. The layer is reproducible
 * (sorted entries, `mtime`), so the same node and libraries give the same digests.
 */
export async function buildLocalNodeBase(rt: LocalNodeRuntime, platform: Platform, opts: { mtime: number; created: string }): Promise<{ base: BaseImage; blobs: Map<string, Buffer> }> {
  if (rt.platform !== 'linux') throw new UsageError(`base-image "${LOCAL_NODE}" builds a Linux image from the running node and needs Linux (this is ${rt.platform}); use a registry base image such as node:24-slim`);
  const arch = ociArchitecture(rt.arch);
  if (platform.os !== 'linux' || platform.architecture !== arch) {
    throw new UsageError(`base-image "${LOCAL_NODE}" can only build for this machine's platform linux/${arch}, not ${platform.os}/${platform.architecture}; set platform to linux/${arch} or use a registry base image`);
  }
  if (rt.libraries.size === 0) throw new UsageError(`base-image "${LOCAL_NODE}": found no shared libraries of the running node (is /proc mounted?); use a registry base image`);
  const interp = elfInterpreter(rt.binary);
  const files = new Map<string, Buffer>();
  files.set(LOCAL_NODE_PATH.slice(1), rt.binary);
  for (const [path, bytes] of rt.libraries) {
    files.set(path.slice(1), bytes);
    // /proc/self/maps shows the real file (libstdc++.so.6.0.30); the loader asks for the soname
    // (libstdc++.so.6), on disk a symlink: put a copy there too.
    const soname = /^(.*\.so\.\d+)\.[\d.]+$/.exec(path)?.[1];
    if (soname && !rt.libraries.has(soname)) files.set(soname.slice(1), bytes);
  }
  if (interp && !files.has(interp.slice(1))) {
    const name = interp.slice(interp.lastIndexOf('/') + 1);
    const same = [...rt.libraries.entries()].find(([p]) => p.endsWith('/' + name));
    if (!same) throw new UsageError(`base-image "${LOCAL_NODE}": the node binary needs the interpreter ${interp}, which the running process has not mapped; use a registry base image`);
    files.set(interp.slice(1), same[1]);
  }
  files.set('etc/passwd', Buffer.from('root:x:0:0:root:/root:/sbin/nologin\nnonroot:x:65532:65532:nonroot:/home/nonroot:/sbin/nologin\n'));
  files.set('etc/group', Buffer.from('root:x:0:\nnonroot:x:65532:\n'));
  const entries: LayerEntry[] = [];
  const dirs = new Set<string>(['tmp', 'home', 'home/nonroot']);
  for (const p of files.keys()) for (const d of dirsOf(p)) dirs.add(d);
  for (const d of dirs) entries.push({ path: d, type: 'directory', mode: d === 'tmp' ? 0o1777 : 0o755 });
  for (const [p, content] of files) entries.push({ path: p, type: 'file', content, mode: p.startsWith('etc/') ? 0o644 : 0o755 });
  // Level 1: the node binary is ~100 MB; level 6 takes about three times longer for ~10% less.
  const layer = await buildLayer(entries, { mtime: opts.mtime, level: 1 });
  const libDirs = [...new Set([...rt.libraries.keys()].map((p) => p.slice(0, p.lastIndexOf('/'))))].sort();
  const config: ImageConfig = {
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
  const configBytes = Buffer.from(canonicalJson(config));
  const configDigest = sha256(configBytes);
  const layers: Descriptor[] = [{ mediaType: layer.mediaType, digest: layer.digest, size: layer.size }];
  const manifestBytes = Buffer.from(canonicalJson({ schemaVersion: 2, mediaType: MEDIA.ociManifest, config: { mediaType: MEDIA.ociConfig, digest: configDigest, size: configBytes.length }, layers }));
  const base: BaseImage = { ref: localNodeReference(rt.version), manifestDigest: sha256(manifestBytes), config, configBytes, configDigest, layers };
  return { base, blobs: new Map([[layer.digest, layer.blob]]) };
}

/** The running node binary and the shared libraries it has mapped, for `base-image: local-node`. */
export async function readLocalNodeRuntime(): Promise<LocalNodeRuntime> {
  const maps = process.platform === 'linux' ? await readFile('/proc/self/maps', 'utf8').catch(() => '') : '';
  const libraries = new Map<string, Buffer>();
  for (const p of sharedLibrariesFromMaps(maps)) {
    const bytes = await readFile(p).catch(() => undefined);
    if (bytes) libraries.set(p, bytes);
  }
  return { platform: process.platform, arch: process.arch, version: process.version, binary: await readFile(process.execPath), libraries };
}
