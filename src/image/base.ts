/**
 * The base image: resolve a reference to one platform's manifest and config, and check that it
 * has Node (the serving runtime is a Node bundle). Official node images say so in NODE_VERSION;
 * otherwise the layers are scanned, top layer first, for a node binary on the usual paths.
 */
import { createGunzip } from 'node:zlib';
import { Readable } from 'node:stream';
import { extract as tarExtract } from 'tar-stream';
import { UsageError } from '../errors.js';
import { MEDIA, RegistryClient, RegistryError } from './distribution.js';
import type { Descriptor, ImageConfig, ImageIndex, ImageManifest } from './oci.js';
import { formatReference, type ImageReference } from './reference.js';

export interface Platform {
  os: string;
  architecture: string;
  variant?: string;
}

export interface BaseImage {
  ref: ImageReference;
  manifestDigest: string;
  config: ImageConfig;
  configBytes: Buffer;
  configDigest: string;
  layers: Descriptor[];
}

export function parsePlatform(text: string): Platform {
  const [os, architecture, variant] = text.split('/');
  if (!os || !architecture) throw new UsageError(`platform "${text}" must look like os/arch[/variant], e.g. linux/amd64`);
  return { os, architecture, ...(variant ? { variant } : {}) };
}

/** Fetch the base image's manifest (picking `platform` from an index) and config. */
export async function resolveBase(client: RegistryClient, ref: ImageReference, platform: Platform): Promise<BaseImage> {
  let m = await client.getManifest(ref.repository, ref.digest ?? ref.tag ?? 'latest');
  if (m.mediaType === MEDIA.ociIndex || m.mediaType === MEDIA.dockerList) {
    const index = JSON.parse(m.body.toString()) as ImageIndex;
    const pick = index.manifests.find(
      (d) => d.platform?.os === platform.os && d.platform?.architecture === platform.architecture && (!platform.variant || d.platform?.variant === platform.variant),
    );
    if (!pick) {
      const have = index.manifests.map((d) => (d.platform ? `${d.platform.os}/${d.platform.architecture}` : '?')).join(', ');
      throw new UsageError(`base image ${formatReference(ref)} has no ${platform.os}/${platform.architecture} variant (it has: ${have}); choose another base image or platform`);
    }
    m = await client.getManifest(ref.repository, pick.digest);
  }
  if (m.mediaType !== MEDIA.ociManifest && m.mediaType !== MEDIA.dockerManifest) {
    throw new UsageError(`base image ${formatReference(ref)} has an unsupported manifest type "${m.mediaType}"; use an OCI or Docker v2 image`);
  }
  const manifest = JSON.parse(m.body.toString()) as ImageManifest;
  const configBytes = await client.getBlob(ref.repository, manifest.config.digest);
  const config = JSON.parse(configBytes.toString()) as ImageConfig;
  if (config.os !== platform.os || config.architecture !== platform.architecture) {
    throw new UsageError(`base image ${formatReference(ref)} is ${config.os}/${config.architecture}, not ${platform.os}/${platform.architecture}`);
  }
  if (config.rootfs?.diff_ids?.length !== manifest.layers.length) {
    throw new RegistryError(`base image ${formatReference(ref)}: config lists ${config.rootfs?.diff_ids?.length} layers but the manifest ${manifest.layers.length}`);
  }
  return { ref, manifestDigest: m.digest, config, configBytes, configDigest: manifest.config.digest, layers: manifest.layers };
}

const NODE_PATHS = ['usr/local/bin/node', 'usr/bin/node', 'bin/node', 'usr/local/sbin/node', 'opt/nodejs/bin/node', 'nodejs/bin/node'];

function normal(name: string): string {
  return name.replace(/^\.?\/+/, '').replace(/\/+$/, '');
}

/** Which of NODE_PATHS a layer adds (first element) or deletes with a whiteout (second). */
export async function scanLayerForNode(blob: Buffer, mediaType: string): Promise<{ added: Set<string>; removed: Set<string> }> {
  const added = new Set<string>();
  const removed = new Set<string>();
  const ex = tarExtract();
  const src = Readable.from([blob]);
  const gz = mediaType.endsWith('+gzip') || mediaType.endsWith('.gzip');
  const stream = gz ? src.pipe(createGunzip()) : src;
  const done = new Promise<void>((resolve, reject) => {
    ex.on('entry', (header, body, next) => {
      const name = normal(header.name);
      const base = name.slice(name.lastIndexOf('/') + 1);
      if (NODE_PATHS.includes(name) && (header.type === 'file' || header.type === 'symlink' || header.type === 'link')) added.add(name);
      if (base.startsWith('.wh.')) {
        const target = name.slice(0, name.length - base.length) + base.slice(4);
        for (const p of NODE_PATHS) if (p === target || p.startsWith(target + '/')) removed.add(p);
      }
      body.on('end', next);
      body.resume();
    });
    ex.on('finish', resolve);
    // Some writers (umoci, older Go tools) omit the two zero blocks that end a tar; the blob's
    // digest was already verified, so a missing trailer is not a corruption.
    ex.on('error', (err: Error) => (/Unexpected end of data/.test(err.message) ? resolve() : reject(err)));
    stream.on('error', reject);
  });
  stream.pipe(ex);
  await done;
  return { added, removed };
}

/**
 * Find node in the base image: "node" (from PATH) when the config's Env has NODE_VERSION, else the
 * absolute path found in the layers. Throws a UsageError when the base has no node.
 */
export async function findNode(base: BaseImage, fetchLayer: (d: Descriptor) => Promise<Buffer>): Promise<string> {
  const env = base.config.config?.Env ?? [];
  if (env.some((e) => e.startsWith('NODE_VERSION='))) return 'node';
  const gone = new Set<string>();
  for (const layer of [...base.layers].reverse()) {
    const { added, removed } = await scanLayerForNode(await fetchLayer(layer), layer.mediaType);
    const found = NODE_PATHS.find((p) => added.has(p) && !gone.has(p));
    if (found) return `/${found}`;
    for (const r of removed) gone.add(r);
  }
  throw new UsageError(
    `base image ${formatReference(base.ref)} has no Node.js (no NODE_VERSION in its environment and no node binary in ${NODE_PATHS.map((p) => '/' + p).join(', ')}); the serving runtime needs Node >= 20: use an official node image such as node:24-slim`,
  );
}
