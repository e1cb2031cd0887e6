/**
 * build-image's core: plan the image (layers, config, labels) and build it with one of two
 * builders — daemonless (registry API: fetch the base, append two layers, push blobs and manifest,
 * or write an OCI layout/archive) or Docker buildx (generated Dockerfile). Clock, process runner and
 * registry clients are injected.
 */
import { mkdir, rm, writeFile, cp } from 'node:fs/promises';
import { join } from 'node:path';
import { UsageError } from '../errors.js';
import { findNode, resolveBase, type BaseImage, type Platform } from './base.js';
import { MEDIA, RegistryClient, type Credentials, type RegistryClientOptions } from './distribution.js';
import { buildLayer, collectDirectory, parentDirectories, type Layer } from './layer.js';
import { writeOciArchive, writeOciLayout } from './layout.js';
import { buildConfig, buildManifest, type Descriptor } from './oci.js';
import { formatReference, withTag, type ImageReference } from './reference.js';

export const SERVER_DIR = '/app/server';
export const MODEL_DIR = '/app/model';
export const DEFAULT_USER = '65532:65532';

export interface ImagePlan {
  /** Target; its tag (default "latest") is the first tag. */
  image: ImageReference;
  /** More tags for the same manifest. */
  tags: string[];
  base: ImageReference;
  platform: Platform;
  /** Folder of the bundled server (dist/serve: index.js + package.json). */
  serverDir: string;
  bundleDir: string;
  push: boolean;
  /** With push false: a directory (OCI layout) or a file ending in .tar (OCI archive). */
  output?: string;
  labels: Record<string, string>;
  annotations: Record<string, string>;
  created: string;
  /** mtime of every file in our layers (seconds since epoch). */
  mtime: number;
  port: number;
  user: string;
}

export interface BuildResult {
  builder: 'daemonless' | 'docker';
  /** registry/repository@sha256:… */
  image: string;
  digest: string;
  /** Full references of every tag pushed or written. */
  tags: string[];
  /** Compressed bytes of the base image's layers and of what we add (layers + config). */
  baseSize: number;
  addedSize: number;
  layers: { name: string; digest: string; size: number; entries: number }[];
  config?: Buffer;
  output?: string;
  blobs?: Record<string, number>;
}

export interface BuildDeps {
  registryOptions: RegistryClientOptions;
  /** Credentials for a registry host, if any. */
  credentials(registry: string): Credentials | undefined;
  log(message: string): void;
  /** A base image that does not come from a registry (base-image: local-node): its blobs by digest. */
  localBase?: { base: BaseImage; blobs: Map<string, Buffer> };
}

export function allTags(plan: ImagePlan): string[] {
  const first = plan.image.tag ?? 'latest';
  return [...new Set([first, ...plan.tags])];
}

export function runtimeEnv(plan: Pick<ImagePlan, 'port'>): Record<string, string> {
  return { NODE_ENV: 'production', PORT: String(plan.port), GRPC_PORT: String(grpcPortFor(plan.port)), HOST: '0.0.0.0', CD4ML_BUNDLE: MODEL_DIR };
}

/** The image's OIP gRPC port: the HTTP port + 1 (8081 beside 8080). */
export function grpcPortFor(port: number): number {
  return port < 65535 ? port + 1 : port - 1;
}

/** The two layers we append: the bundled server, then the model bundle. */
export async function buildAppLayers(plan: Pick<ImagePlan, 'serverDir' | 'bundleDir' | 'mtime'>): Promise<{ server: Layer; model: Layer }> {
  const server = await buildLayer([...parentDirectories(SERVER_DIR.slice(1)), ...(await collectDirectory(plan.serverDir, SERVER_DIR.slice(1), 'server bundle'))], { mtime: plan.mtime });
  const model = await buildLayer([...parentDirectories(MODEL_DIR.slice(1)), ...(await collectDirectory(plan.bundleDir, MODEL_DIR.slice(1), `bundle "${plan.bundleDir}"`))], { mtime: plan.mtime });
  return { server, model };
}

async function mapLimit<T, R>(items: T[], limit: number, fn: (t: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

export async function buildDaemonless(plan: ImagePlan, deps: BuildDeps): Promise<BuildResult> {
  const clients = new Map<string, RegistryClient>();
  const client = (registry: string) => {
    let c = clients.get(registry);
    if (!c) clients.set(registry, (c = new RegistryClient(registry, { ...deps.registryOptions, credentials: deps.credentials(registry), log: deps.log })));
    return c;
  };
  deps.log(`base image ${formatReference(plan.base)}`);
  const local = deps.localBase;
  const base: BaseImage = local ? local.base : await resolveBase(client(plan.base.registry), plan.base, plan.platform);
  const cache = new Map<string, Promise<Buffer>>();
  const fetchLayer = (d: Descriptor) => {
    let p = cache.get(d.digest);
    if (!p) cache.set(d.digest, (p = local ? Promise.resolve(local.blobs.get(d.digest)!) : client(plan.base.registry).getBlob(plan.base.repository, d.digest)));
    return p;
  };
  const nodePath = await findNode(base, fetchLayer);
  const { server, model } = await buildAppLayers(plan);
  const config = buildConfig(base.config, [server, model], {
    created: plan.created,
    entrypoint: [nodePath, `${SERVER_DIR}/index.js`],
    env: runtimeEnv(plan),
    port: plan.port,
    user: plan.user,
    workdir: '/app',
    labels: plan.labels,
    history: [`COPY server/ ${SERVER_DIR}/`, `COPY model/ ${MODEL_DIR}/`],
  });
  const built = buildManifest(config, base.layers, [server, model], { ...plan.annotations, 'org.opencontainers.image.base.name': formatReference(plan.base), 'org.opencontainers.image.base.digest': base.manifestDigest });
  const tags = allTags(plan);
  const baseSize = base.layers.reduce((s, l) => s + l.size, 0);
  const addedSize = server.size + model.size + built.configBytes.length;
  const layers = [
    { name: 'server', digest: server.digest, size: server.size, entries: server.entries },
    { name: 'model', digest: model.digest, size: model.size, entries: model.entries },
  ];
  const result: Omit<BuildResult, 'image' | 'tags'> = { builder: 'daemonless', digest: built.manifestDigest, baseSize, addedSize, layers, config: built.configBytes };

  if (!plan.push) {
    if (!plan.output) throw new UsageError('push is false but no output is given: pass output (a directory for an OCI layout, or a .tar file for an OCI archive)');
    const blobs = new Map<string, Buffer>();
    for (const l of base.layers) blobs.set(l.digest, await fetchLayer(l));
    blobs.set(server.digest, server.blob);
    blobs.set(model.digest, model.blob);
    blobs.set(built.configDigest, built.configBytes);
    const img = { manifestBytes: built.manifestBytes, manifestDigest: built.manifestDigest, blobs, refNames: tags };
    if (plan.output.endsWith('.tar')) await writeOciArchive(plan.output, img, plan.mtime);
    else await writeOciLayout(plan.output, img);
    deps.log(`wrote ${plan.output.endsWith('.tar') ? 'OCI archive' : 'OCI layout'} ${plan.output}`);
    return { ...result, image: `${plan.image.registry}/${plan.image.repository}@${built.manifestDigest}`, tags: tags.map((t) => formatReference(withTag(plan.image, t))), output: plan.output };
  }

  const target = client(plan.image.registry);
  const repo = plan.image.repository;
  const sameRegistry = !local && plan.image.registry === plan.base.registry;
  const outcome: Record<string, number> = {};
  const count = (k: string) => (outcome[k] = (outcome[k] ?? 0) + 1);
  await mapLimit(base.layers, 3, async (l) => count(await target.pushBlob(repo, l.digest, () => fetchLayer(l), sameRegistry ? plan.base.repository : undefined)));
  for (const l of [server, model]) count(await target.pushBlob(repo, l.digest, l.blob));
  count(await target.pushBlob(repo, built.configDigest, built.configBytes));
  for (const t of tags) {
    const d = await target.putManifest(repo, t, built.manifestBytes, MEDIA.ociManifest);
    if (d !== built.manifestDigest) throw new UsageError(`registry ${plan.image.registry} stored the manifest as ${d}, expected ${built.manifestDigest}`);
  }
  deps.log(`pushed ${tags.map((t) => formatReference(withTag(plan.image, t))).join(', ')} (${built.manifestDigest}); blobs: ${Object.entries(outcome).map(([k, v]) => `${v} ${k}`).join(', ')}`);
  return { ...result, image: `${plan.image.registry}/${repo}@${built.manifestDigest}`, tags: tags.map((t) => formatReference(withTag(plan.image, t))), blobs: outcome };
}

// ---------------------------------------------------------------- Docker buildx builder

/** Quote a value for a Dockerfile LABEL/ENV line. */
function dq(v: string): string {
  return JSON.stringify(v);
}

/** The Dockerfile equivalent of the daemonless image (also what the buildah benchmark builds). */
export function generateDockerfile(plan: Pick<ImagePlan, 'base' | 'port' | 'user' | 'labels'>, nodePath = 'node'): string {
  const env = runtimeEnv(plan);
  const lines = [
    '# syntax=docker/dockerfile:1',
    `# generated by cd4ml build-image`,
    `FROM ${formatReference(plan.base)}`,
    `COPY --chown=0:0 server/ ${SERVER_DIR}/`,
    `COPY --chown=0:0 model/ ${MODEL_DIR}/`,
    `ENV ${Object.entries(env).map(([k, v]) => `${k}=${dq(v)}`).join(' ')}`,
    'WORKDIR /app',
    `EXPOSE ${plan.port}/tcp ${grpcPortFor(plan.port)}/tcp`,
    `USER ${plan.user}`,
    ...Object.entries(plan.labels)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([k, v]) => `LABEL ${dq(k)}=${dq(v)}`),
    'STOPSIGNAL SIGTERM',
    `ENTRYPOINT ${JSON.stringify([nodePath, `${SERVER_DIR}/index.js`])}`,
    'CMD []',
    '',
  ];
  return lines.join('\n');
}

/** Write a build context: Dockerfile, server/ and model/. */
export async function prepareDockerContext(plan: ImagePlan, dir: string, nodePath = 'node'): Promise<string> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await cp(plan.serverDir, join(dir, 'server'), { recursive: true });
  await cp(plan.bundleDir, join(dir, 'model'), { recursive: true });
  const file = join(dir, 'Dockerfile');
  await writeFile(file, generateDockerfile(plan, nodePath));
  return file;
}

export interface ExecResult {
  code: number;
  stdout: string;
  stderr: string;
}
export type Exec = (cmd: string, args: string[], opts?: { env?: Record<string, string> }) => Promise<ExecResult>;

/** `docker buildx build` arguments for a plan. */
export function buildxArgs(plan: ImagePlan, contextDir: string, metadataFile: string): string[] {
  const args = ['buildx', 'build', '--file', join(contextDir, 'Dockerfile'), '--platform', `${plan.platform.os}/${plan.platform.architecture}${plan.platform.variant ? '/' + plan.platform.variant : ''}`];
  for (const t of allTags(plan)) args.push('--tag', formatReference(withTag(plan.image, t)));
  for (const [k, v] of Object.entries(plan.annotations).sort(([a], [b]) => (a < b ? -1 : 1))) args.push('--annotation', `manifest:${k}=${v}`);
  args.push('--build-arg', `SOURCE_DATE_EPOCH=${plan.mtime}`, '--provenance=false', '--metadata-file', metadataFile);
  if (plan.push) args.push('--output', 'type=image,push=true,rewrite-timestamp=true,oci-mediatypes=true');
  else {
    if (!plan.output) throw new UsageError('push is false but no output is given: pass output (a .tar file for an OCI archive)');
    args.push('--output', `type=oci,dest=${plan.output},rewrite-timestamp=true`);
  }
  args.push(contextDir);
  return args;
}

/** Docker builder is available when `docker buildx version` and `docker info` both succeed. */
export async function detectDocker(exec: Exec): Promise<boolean> {
  try {
    const bx = await exec('docker', ['buildx', 'version']);
    if (bx.code !== 0) return false;
    const info = await exec('docker', ['info', '--format', '{{.ServerVersion}}']);
    return info.code === 0;
  } catch {
    return false;
  }
}

export async function buildWithBuildx(plan: ImagePlan, workDir: string, exec: Exec, log: (m: string) => void, nodePath = 'node'): Promise<BuildResult> {
  const ctx = join(workDir, 'context');
  await prepareDockerContext(plan, ctx, nodePath);
  const metadataFile = join(workDir, 'metadata.json');
  const args = buildxArgs(plan, ctx, metadataFile);
  log(`docker ${args.join(' ')}`);
  const r = await exec('docker', args, { env: { SOURCE_DATE_EPOCH: String(plan.mtime) } });
  if (r.code !== 0) throw new UsageError(`docker buildx build failed (exit ${r.code}): ${(r.stderr || r.stdout).trim().split('\n').slice(-5).join(' | ')}`);
  const { readFile } = await import('node:fs/promises');
  const meta = JSON.parse(await readFile(metadataFile, 'utf8')) as Record<string, unknown>;
  const digest = String(meta['containerimage.digest'] ?? '');
  if (!/^sha256:[a-f0-9]{64}$/.test(digest)) throw new UsageError(`docker buildx build wrote no image digest to ${metadataFile}`);
  const { server, model } = await buildAppLayers(plan);
  return {
    builder: 'docker',
    image: `${plan.image.registry}/${plan.image.repository}@${digest}`,
    digest,
    tags: allTags(plan).map((t) => formatReference(withTag(plan.image, t))),
    baseSize: 0,
    // Docker compresses its own layers: sizes here are ours for the same content, digests are Docker's.
    addedSize: server.size + model.size,
    layers: [],
    output: plan.push ? undefined : plan.output,
  };
}
