/**
 * `build-image` end to end, shared by the CLI and the action: check the bundle, compute labels and
 * annotations, choose the builder (Docker buildx when a daemon and buildx exist, else daemonless),
 * build, and describe the result as the action's outputs.
 */
import { UsageError } from '../errors.js';
import { findNode, parsePlatform, resolveBase } from './base.js';
import { buildDaemonless, buildWithBuildx, detectDocker, type BuildResult, type Exec, type ImagePlan } from './build.js';
import { RegistryClient, type Credentials, type RegistryClientOptions } from './distribution.js';
import { computeLabels, resolveCreated } from './labels.js';
import { parseReference, formatReference } from './reference.js';
import { buildLocalNodeBase, LOCAL_NODE, readLocalNodeRuntime, type LocalNodeRuntime } from './local-base.js';

export const DEFAULT_BASE_IMAGE = 'node:24-slim';
export const BUILDERS = ['auto', 'docker', 'daemonless'] as const;
export type BuilderChoice = (typeof BUILDERS)[number];

/** What build-image needs to know about a model bundle (read and verified by src/model). */
export interface BundleSummary {
  digest: string;
  task?: string;
  version?: string;
  metrics?: Record<string, number>;
}

export interface BuildImageRequest {
  bundle: string;
  image: string;
  tags: string[];
  baseImage: string;
  push: boolean;
  output?: string;
  builder: BuilderChoice;
  platform: string;
  port: number;
  user: string;
  /** "fixed" (default), "now" or an ISO time. */
  created?: string;
  version?: string;
  labels: Record<string, string>;
  /** Repository URL and commit for the OCI labels (from the event on GitHub). */
  source?: string;
  revision?: string;
  sourceDateEpoch?: string;
  /** Folder of the bundled serving runtime (dist/serve). */
  serverDir: string;
  /** Scratch folder (Docker build context). */
  workDir: string;
}

export interface BuildImagePorts {
  loadBundle(dir: string): Promise<BundleSummary>;
  credentials(registry: string): Credentials | undefined;
  exec: Exec;
  now(): Date;
  log(message: string): void;
  registryOptions?: RegistryClientOptions;
  /** The running node and its libraries, for base-image local-node (default: read from this process). */
  localNodeRuntime?: () => Promise<LocalNodeRuntime>;
}

export interface BuildImageOutputs {
  image: string;
  digest: string;
  tags: string[];
  metadata: Record<string, unknown>;
}

export async function buildImage(req: BuildImageRequest, ports: BuildImagePorts): Promise<{ result: BuildResult; outputs: BuildImageOutputs; plan: ImagePlan }> {
  const target = parseReference(req.image, 'image');
  const isLocalNode = req.baseImage.trim() === LOCAL_NODE;
  const platform = parsePlatform(req.platform);
  const bundle = await ports.loadBundle(req.bundle);
  const { created, mtime } = resolveCreated(req.created, req.sourceDateEpoch, ports.now);
  let localBase: Awaited<ReturnType<typeof buildLocalNodeBase>> | undefined;
  if (isLocalNode) {
    if (req.builder === 'docker') throw new UsageError(`base-image "${LOCAL_NODE}" is built in-process and works with builder "daemonless" (or "auto") only`);
    const readRuntime = ports.localNodeRuntime ?? readLocalNodeRuntime;
    localBase = await buildLocalNodeBase(await readRuntime(), platform, { mtime, created });
    ports.log(`base image ${LOCAL_NODE}: ${formatReference(localBase.base.ref)} built from the running node (${(localBase.base.layers[0].size / 1024 / 1024).toFixed(1)} MB compressed)`);
  }
  const base = localBase ? localBase.base.ref : parseReference(req.baseImage, 'base-image');
  const version = req.version ?? (target.tag && target.tag !== 'latest' ? target.tag : bundle.version);
  const labels = computeLabels({
    source: req.source,
    revision: req.revision,
    created,
    version,
    title: target.repository.split('/').pop(),
    modelDigest: bundle.digest,
    modelTask: bundle.task,
    metrics: bundle.metrics,
    extra: req.labels,
  });
  const annotations = Object.fromEntries(Object.entries(labels).filter(([k]) => k.startsWith('org.opencontainers.image.') || k === 'io.cd4ml.model.digest'));
  const plan: ImagePlan = {
    image: target,
    tags: req.tags,
    base,
    platform,
    serverDir: req.serverDir,
    bundleDir: req.bundle,
    push: req.push,
    output: req.output,
    labels,
    annotations,
    created,
    mtime,
    port: req.port,
    user: req.user,
  };
  let builder: 'docker' | 'daemonless';
  if (localBase) builder = 'daemonless';
  else if (req.builder === 'auto') {
    builder = (await detectDocker(ports.exec)) ? 'docker' : 'daemonless';
    ports.log(`builder: ${builder} (${builder === 'docker' ? 'Docker daemon and buildx found' : 'no Docker daemon with buildx: building through the registry API'})`);
  } else {
    builder = req.builder;
    if (builder === 'docker' && !(await detectDocker(ports.exec))) {
      throw new UsageError('builder "docker" needs a running Docker daemon and buildx ("docker buildx version" and "docker info" failed); use builder "daemonless" or "auto"');
    }
  }
  const deps = { registryOptions: ports.registryOptions ?? {}, credentials: ports.credentials, log: ports.log, localBase };
  let result: BuildResult;
  if (builder === 'daemonless') result = await buildDaemonless(plan, deps);
  else {
    // Same Node check as the daemonless builder, through the registry, before Docker pulls anything.
    const client = new RegistryClient(base.registry, { ...deps.registryOptions, credentials: ports.credentials(base.registry), log: ports.log });
    const resolved = await resolveBase(client, base, platform);
    const nodePath = await findNode(resolved, (d) => client.getBlob(base.repository, d.digest));
    result = await buildWithBuildx(plan, req.workDir, ports.exec, ports.log, nodePath);
  }
  const metadata: Record<string, unknown> = {
    'image.name': result.tags.join(','),
    'containerimage.digest': result.digest,
    builder: result.builder,
    base: formatReference(base),
    tags: result.tags,
    labels,
    annotations,
    'size.base': result.baseSize,
    'size.added': result.addedSize,
    layers: result.layers,
    ...(result.output ? { output: result.output } : {}),
  };
  return { result, plan, outputs: { image: result.image, digest: result.digest, tags: result.tags, metadata } };
}

/** Credentials from a Docker config.json (as docker/login-action writes it): auths[host].auth. */
export function credentialsFromDockerConfig(text: string, registry: string): Credentials | undefined {
  let cfg: { auths?: Record<string, { auth?: string; username?: string; password?: string }> };
  try {
    cfg = JSON.parse(text) as typeof cfg;
  } catch {
    return undefined;
  }
  const keys = registry === 'docker.io' ? ['https://index.docker.io/v1/', 'docker.io', 'index.docker.io', 'registry-1.docker.io'] : [registry, `https://${registry}`, `http://${registry}`];
  for (const k of keys) {
    const e = cfg.auths?.[k];
    if (!e) continue;
    if (e.username && e.password) return { username: e.username, password: e.password };
    if (e.auth) {
      const decoded = Buffer.from(e.auth, 'base64').toString('utf8');
      const at = decoded.indexOf(':');
      if (at > 0) return { username: decoded.slice(0, at), password: decoded.slice(at + 1) };
    }
  }
  return undefined;
}

/** Settings as merged from cd4ml.yml's image: section and the flags/inputs (same kebab-case names). */
export type ImageSettings = {
  bundle?: string;
  image?: string;
  tags?: string | string[];
  'base-image'?: string;
  push?: boolean;
  output?: string;
  builder?: BuilderChoice;
  platform?: string;
  port?: number;
  user?: string;
  created?: string;
  version?: string;
  labels?: Record<string, string>;
};

/** Turn merged settings into a request; `where` names the source in messages ("input" or "--"). */
export function requestFromSettings(
  s: ImageSettings,
  ctx: { serverDir: string; workDir: string; defaultOutput: string; source?: string; revision?: string; sourceDateEpoch?: string; flag: (name: string) => string },
): BuildImageRequest {
  if (!s.bundle) throw new UsageError(`${ctx.flag('bundle')} is required (or set image.bundle in cd4ml.yml): the model bundle directory written by train`);
  if (!s.image) throw new UsageError(`${ctx.flag('image')} is required (or set image.image in cd4ml.yml), e.g. ghcr.io/octo-org/churn-model:1.0.0`);
  const user = s.user ?? '65532:65532';
  if (!/^\d+(:\d+)?$/.test(user)) throw new UsageError(`${ctx.flag('user')} must be a numeric uid[:gid] such as 65532:65532, got "${user}"`);
  if (/^0(:|$)/.test(user)) throw new UsageError(`${ctx.flag('user')} must not be root (uid 0); the server runs as a non-root user`);
  const tags = typeof s.tags === 'string' ? s.tags.split(/[,\n]/).map((t) => t.trim()).filter(Boolean) : (s.tags ?? []);
  return {
    bundle: s.bundle,
    image: s.image,
    tags,
    baseImage: s['base-image'] ?? DEFAULT_BASE_IMAGE,
    push: s.push ?? false,
    output: s.push ? s.output : (s.output ?? ctx.defaultOutput),
    builder: s.builder ?? 'auto',
    platform: s.platform ?? 'linux/amd64',
    port: s.port ?? 8080,
    user,
    created: s.created,
    version: s.version,
    labels: s.labels ?? {},
    source: ctx.source,
    revision: ctx.revision,
    sourceDateEpoch: ctx.sourceDateEpoch,
    serverDir: ctx.serverDir,
    workDir: ctx.workDir,
  };
}

/** Markdown for the job summary / CLI report. */
export function summarizeBuild(outputs: BuildImageOutputs, result: BuildResult): string {
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(2)} MB`;
  const rows = [
    ['image', `\`${outputs.image}\``],
    ['tags', outputs.tags.map((t) => `\`${t}\``).join('<br>')],
    ['builder', result.builder],
    ['base', `\`${String(outputs.metadata.base)}\`${result.baseSize ? ` (${mb(result.baseSize)} compressed)` : ''}`],
    ['added over the base', mb(result.addedSize)],
    ...result.layers.map((l) => [`layer ${l.name}`, `${mb(l.size)}, ${l.entries} entries, \`${l.digest.slice(0, 19)}\``]),
    ...(result.output ? [['written to', `\`${result.output}\``]] : []),
  ];
  return ['### cd4ml build-image', '', '| | |', '|---|---|', ...rows.map(([k, v]) => `| ${k} | ${v} |`), ''].join('\n');
}
