/**
 * Write an image without a registry: an OCI image layout directory (oci-layout, index.json,
 * blobs/sha256/…) or the same layout in one tar file (what `skopeo copy oci-archive:` and
 * `podman load` read).
 */
import { join } from 'node:path';
import { openAtomicWriter, writeFileAtomic } from '../io/atomic.js';
import { pack as tarPack } from 'tar-stream';
import { MEDIA } from './distribution.js';
import { canonicalJson } from './oci.js';

export interface LayoutImage {
  manifestBytes: Buffer;
  manifestDigest: string;
  /** Every blob the manifest references (config and layers), by digest. */
  blobs: Map<string, Buffer>;
  /** Tags, written as org.opencontainers.image.ref.name annotations. */
  refNames: string[];
}

function layoutFiles(img: LayoutImage): [string, Buffer][] {
  const index = {
    schemaVersion: 2,
    mediaType: MEDIA.ociIndex,
    manifests: (img.refNames.length ? img.refNames : [undefined]).map((name) => ({
      mediaType: MEDIA.ociManifest,
      digest: img.manifestDigest,
      size: img.manifestBytes.length,
      ...(name ? { annotations: { 'org.opencontainers.image.ref.name': name } } : {}),
    })),
  };
  const files: [string, Buffer][] = [
    ['oci-layout', Buffer.from(canonicalJson({ imageLayoutVersion: '1.0.0' }))],
    ['index.json', Buffer.from(canonicalJson(index))],
    [`blobs/sha256/${img.manifestDigest.slice(7)}`, img.manifestBytes],
  ];
  for (const [digest, blob] of [...img.blobs.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) files.push([`blobs/sha256/${digest.slice(7)}`, blob]);
  return files;
}

export async function writeOciLayout(dir: string, img: LayoutImage): Promise<void> {
  // Blobs first, index.json last: a reader never sees an index pointing at a missing blob.
  const files = layoutFiles(img);
  const last = files.filter(([name]) => name === 'index.json');
  for (const [name, data] of [...files.filter(([name]) => name !== 'index.json'), ...last]) await writeFileAtomic(join(dir, name), data);
}

export async function writeOciArchive(file: string, img: LayoutImage, mtime = 0): Promise<void> {
  const pack = tarPack();
  const writer = await openAtomicWriter(file);
  const out = (async () => {
    for await (const chunk of pack) await writer.write(chunk as Uint8Array);
    await writer.commit();
  })();
  out.catch(() => writer.abort());
  const dirs = new Set<string>();
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
