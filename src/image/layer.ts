/**
 * Reproducible image layers: a tar (tar-stream) of sorted entries with fixed mtimes and owners,
 * gzip-compressed; the layer's digest is the sha256 of the gzip, its diff id the sha256 of the tar.
 */
import { createHash } from 'node:crypto';
import { lstat, readdir, readFile } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pack as tarPack } from 'tar-stream';
import { UsageError } from '../errors.js';

export interface LayerEntry {
  /** Path inside the image, without a leading slash, e.g. "app/model/model.json". */
  path: string;
  type: 'file' | 'directory';
  content?: Buffer;
  mode: number;
}

export interface Layer {
  /** gzip-compressed tar. */
  blob: Buffer;
  digest: string;
  size: number;
  /** sha256 of the uncompressed tar (the config's rootfs.diff_ids). */
  diffId: string;
  mediaType: string;
  /** Number of tar entries (files and directories). */
  entries: number;
}

export const LAYER_MEDIA_TYPE = 'application/vnd.oci.image.layer.v1.tar+gzip';

export function sha256(data: Buffer | string): string {
  return 'sha256:' + createHash('sha256').update(data).digest('hex');
}

/** Every regular file and directory under `dir`, placed under `prefix` in the image, sorted. */
export async function collectDirectory(dir: string, prefix: string, label = dir): Promise<LayerEntry[]> {
  const out: LayerEntry[] = [];
  const walk = async (abs: string, rel: string): Promise<void> => {
    let names: string[];
    try {
      names = await readdir(abs);
    } catch (err) {
      throw new UsageError(`${label}: cannot read directory "${abs}" (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
    }
    for (const name of names.sort()) {
      const a = join(abs, name);
      const r = posix.join(rel, name);
      const st = await lstat(a);
      if (st.isDirectory()) {
        out.push({ path: r, type: 'directory', mode: 0o755 });
        await walk(a, r);
      } else if (st.isFile()) {
        out.push({ path: r, type: 'file', mode: st.mode & 0o111 ? 0o755 : 0o644, content: await readFile(a) });
      } else {
        throw new UsageError(`${label}: "${a}" is neither a regular file nor a directory (symlinks and devices cannot go into an image layer)`);
      }
    }
  };
  await walk(dir, prefix);
  return out;
}

/** The parent directories of `prefix` ("app/server" → app, app/server). */
export function parentDirectories(prefix: string): LayerEntry[] {
  const parts = prefix.split('/').filter(Boolean);
  return parts.map((_, i) => ({ path: parts.slice(0, i + 1).join('/'), type: 'directory' as const, mode: 0o755 }));
}

/** Build a layer from entries: sorted, deduplicated, fixed mtime (seconds since epoch), root-owned. */
export async function buildLayer(entries: LayerEntry[], opts: { mtime?: number; level?: number } = {}): Promise<Layer> {
  const mtime = new Date((opts.mtime ?? 0) * 1000);
  const byPath = new Map<string, LayerEntry>();
  for (const e of entries) byPath.set(e.path.replace(/^\/+/, '').replace(/\/+$/, ''), e);
  const sorted = [...byPath.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const pack = tarPack();
  const chunks: Buffer[] = [];
  const done = new Promise<void>((resolve, reject) => {
    pack.on('data', (c: unknown) => {
      chunks.push(c as Buffer);
    });
    pack.on('end', () => resolve());
    pack.on('error', reject);
  });
  for (const [path, e] of sorted) {
    const header = { name: e.type === 'directory' ? `${path}/` : path, mode: e.mode, mtime, uid: 0, gid: 0, uname: 'root', gname: 'root' };
    if (e.type === 'directory') pack.entry({ ...header, type: 'directory' });
    else pack.entry({ ...header, type: 'file', size: e.content!.length }, e.content!);
  }
  pack.finalize();
  await done;
  const tar = Buffer.concat(chunks);
  const blob = gzipSync(tar, { level: opts.level ?? 6 });
  return { blob, digest: sha256(blob), size: blob.length, diffId: sha256(tar), mediaType: LAYER_MEDIA_TYPE, entries: sorted.length };
}
