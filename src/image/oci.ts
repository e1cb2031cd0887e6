/**
 * OCI image config and manifest: the config extends the base image's config with our layers,
 * entrypoint, environment, exposed port, non-root user and labels; JSON is written with sorted
 * keys so that the same inputs always give the same bytes (and the same digest).
 */
import { MEDIA } from './distribution.js';
import { LAYER_MEDIA_TYPE, sha256, type Layer } from './layer.js';
import { canonicalJson } from '../io/json.js';

export interface Descriptor {
  mediaType: string;
  digest: string;
  size: number;
  annotations?: Record<string, string>;
  platform?: { architecture: string; os: string; variant?: string };
}

export interface ImageManifest {
  schemaVersion: 2;
  mediaType?: string;
  config: Descriptor;
  layers: Descriptor[];
  annotations?: Record<string, string>;
}

export interface ImageIndex {
  schemaVersion: 2;
  mediaType?: string;
  manifests: Descriptor[];
}

export interface ContainerConfig {
  User?: string;
  ExposedPorts?: Record<string, object>;
  Env?: string[] | null;
  Entrypoint?: string[] | null;
  Cmd?: string[] | null;
  WorkingDir?: string;
  Labels?: Record<string, string> | null;
  StopSignal?: string;
  [key: string]: unknown;
}

export interface ImageConfig {
  created?: string;
  architecture: string;
  os: string;
  variant?: string;
  config?: ContainerConfig;
  rootfs: { type: 'layers'; diff_ids: string[] };
  history?: { created?: string; created_by?: string; comment?: string; empty_layer?: boolean }[];
  [key: string]: unknown;
}

/** JSON with object keys sorted at every level: canonical bytes for digests (src/io/json.ts). */
export { canonicalJson } from '../io/json.js';

/** Docker layer media types mapped to their OCI equivalents (same bytes). */
export function ociLayerMediaType(mediaType: string): string {
  switch (mediaType) {
    case 'application/vnd.docker.image.rootfs.diff.tar.gzip':
      return LAYER_MEDIA_TYPE;
    case 'application/vnd.docker.image.rootfs.foreign.diff.tar.gzip':
      return 'application/vnd.oci.image.layer.nondistributable.v1.tar+gzip';
    default:
      return mediaType;
  }
}

export interface ConfigOptions {
  created: string;
  entrypoint: string[];
  env: Record<string, string>;
  port: number;
  user: string;
  workdir: string;
  labels: Record<string, string>;
  /** One history line per added layer. */
  history: string[];
}

/** Merge `NAME=value` lists: later names replace earlier ones, order of first appearance kept. */
export function mergeEnv(base: string[] | null | undefined, extra: Record<string, string>): string[] {
  const map = new Map<string, string>();
  for (const e of base ?? []) {
    const at = e.indexOf('=');
    map.set(at < 0 ? e : e.slice(0, at), at < 0 ? '' : e.slice(at + 1));
  }
  for (const [k, v] of Object.entries(extra)) map.set(k, v);
  return [...map.entries()].map(([k, v]) => `${k}=${v}`);
}

export function buildConfig(base: ImageConfig, layers: Layer[], opts: ConfigOptions): ImageConfig {
  const baseCfg = base.config ?? {};
  const config: ContainerConfig = {
    ...baseCfg,
    User: opts.user,
    // HTTP (/predict, OIP REST, /metrics) and OIP gRPC (GRPC_PORT, the HTTP port + 1).
    ExposedPorts: { ...(baseCfg.ExposedPorts ?? {}), [`${opts.port}/tcp`]: {}, [`${opts.port < 65535 ? opts.port + 1 : opts.port - 1}/tcp`]: {} },
    Env: mergeEnv(baseCfg.Env, opts.env),
    Entrypoint: opts.entrypoint,
    Cmd: null,
    WorkingDir: opts.workdir,
    Labels: { ...(baseCfg.Labels ?? {}), ...opts.labels },
    StopSignal: 'SIGTERM',
  };
  delete config.Healthcheck;
  delete config.OnBuild;
  return {
    created: opts.created,
    architecture: base.architecture,
    os: base.os,
    ...(base.variant ? { variant: base.variant } : {}),
    config,
    rootfs: { type: 'layers', diff_ids: [...base.rootfs.diff_ids, ...layers.map((l) => l.diffId)] },
    history: [...(base.history ?? []), ...opts.history.map((h) => ({ created: opts.created, created_by: h, comment: 'cd4ml build-image' }))],
  };
}

export interface BuiltManifest {
  manifest: ImageManifest;
  manifestBytes: Buffer;
  manifestDigest: string;
  configBytes: Buffer;
  configDigest: string;
}

export function buildManifest(config: ImageConfig, baseLayers: Descriptor[], layers: Layer[], annotations: Record<string, string>): BuiltManifest {
  const configBytes = Buffer.from(canonicalJson(config));
  const configDigest = sha256(configBytes);
  const manifest: ImageManifest = {
    schemaVersion: 2,
    mediaType: MEDIA.ociManifest,
    config: { mediaType: MEDIA.ociConfig, digest: configDigest, size: configBytes.length },
    layers: [
      ...baseLayers.map((l) => ({ mediaType: ociLayerMediaType(l.mediaType), digest: l.digest, size: l.size })),
      ...layers.map((l) => ({ mediaType: l.mediaType, digest: l.digest, size: l.size })),
    ],
    annotations,
  };
  const manifestBytes = Buffer.from(canonicalJson(manifest));
  return { manifest, manifestBytes, manifestDigest: sha256(manifestBytes), configBytes, configDigest };
}
