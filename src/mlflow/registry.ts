/**
 * Reading models back from the MLflow registry: a `models:/<name>@<alias>` or
 * `models:/<name>/<version>` reference → its model version → the bundle under its source (the
 * training run's `model/` artifacts) → a local folder, verified file by file against manifest.json
 * and against the digest tagged on the version at training.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { readBundle } from '../model/bundle.js';
import { UsageError } from '../errors.js';
import { MlflowError, proxyPathOf, type MlflowClient, type ModelVersion } from './client.js';
import { formatModelRef, type ModelRef } from './uri.js';
import { TAGS } from './train.js';

export type ResolvedVersion = { kind: 'found'; version: ModelVersion } | { kind: 'no-alias'; message: string };

/**
 * The model version a reference names. A missing registered model or version is a UsageError
 * naming the URI and the fix; an alias that does not exist (yet) on an existing model is
 * `no-alias` — the caller decides (the gate: first model).
 */
export async function resolveModelVersion(client: MlflowClient, ref: ModelRef): Promise<ResolvedVersion> {
  const where = `MLflow ${client.trackingUri}`;
  const model = await client.getRegisteredModel(ref.name);
  if (!model) {
    throw new MlflowError(`${where}: registered model "${ref.name}" does not exist; check the name in ${formatModelRef(ref)} (and mlflow.registered-model), or train with mlflow.registered-model set so a version is registered`, 404, 'RESOURCE_DOES_NOT_EXIST');
  }
  if (ref.alias !== undefined) {
    const mv = await client.getVersionByAlias(ref.name, ref.alias);
    if (!mv) {
      const aliases = (model.aliases ?? []).map((a) => `${a.alias} → ${a.version}`).join(', ');
      return { kind: 'no-alias', message: `${where}: registered model "${ref.name}" has no alias "${ref.alias}" yet (${aliases ? `its aliases: ${aliases}` : 'it has no aliases'}); deploy-canary sets it when it promotes a version, or set it in the MLflow UI` };
    }
    return { kind: 'found', version: mv };
  }
  try {
    return { kind: 'found', version: await client.getModelVersion(ref.name, ref.version) };
  } catch (err) {
    if (err instanceof MlflowError && (err.status === 404 || err.errorCode === 'RESOURCE_DOES_NOT_EXIST')) {
      throw new MlflowError(`${where}: registered model "${ref.name}" has no version ${ref.version}; list its versions in the MLflow UI (${client.trackingUri}/#/models/${encodeURIComponent(ref.name)})`, 404, err.errorCode);
    }
    throw err;
  }
}

/** Proxy path of a model version's files, from its source (mlflow-artifacts:/… or runs:/<id>/<path>). */
export async function versionArtifactPath(client: MlflowClient, mv: ModelVersion): Promise<string> {
  const what = `version ${mv.version} of "${mv.name}"`;
  const source = mv.source ?? '';
  const runs = /^runs:\/([^/]+)\/?(.*)$/.exec(source);
  if (runs) {
    const run = await client.getRun(runs[1]);
    return `${proxyPathOf(run.info.artifact_uri ?? '', what)}/${runs[2]}`.replace(/\/+$/, '');
  }
  return proxyPathOf(source, what);
}

function checkTaggedDigest(mv: ModelVersion, digest: string, label: string): string {
  const tagged = mv.tags?.find((t) => t.key === TAGS.digest)?.value;
  if (tagged && tagged !== digest) {
    throw new UsageError(`${label}: the downloaded bundle's digest ${digest} differs from the ${TAGS.digest} tag ${tagged} recorded at training; its artifacts were changed after registration — do not use it`);
  }
  return digest;
}

export interface DownloadedVersion {
  dir: string;
  version: ModelVersion;
  digest: string;
}

/**
 * Download a model version's bundle into `dest` (replaced atomically: written beside, then renamed)
 * and verify it: every file against manifest.json, and the manifest's digest against the
 * `cd4ml.bundle-digest` tag train put on the version. A mismatch is a UsageError.
 */
export async function downloadVersionBundle(client: MlflowClient, mv: ModelVersion, dest: string): Promise<DownloadedVersion> {
  const base = await versionArtifactPath(client, mv);
  const label = `version ${mv.version} of registered model "${mv.name}" (${mv.source})`;
  let manifestBuf: Buffer;
  try {
    manifestBuf = await client.downloadArtifact(`${base}/manifest.json`);
  } catch (err) {
    if (err instanceof MlflowError && err.status === 404) throw new UsageError(`${label} holds no cd4ml bundle (no manifest.json under its source): was it registered by cd4ml train? (${err.message})`);
    throw err;
  }
  let files: string[];
  try {
    files = Object.keys((JSON.parse(manifestBuf.toString('utf8')) as { files: Record<string, string> }).files);
  } catch {
    throw new UsageError(`${label}: manifest.json is not a cd4ml manifest`);
  }
  // Already here (e.g. the version is being served from this folder): keep it when it verifies.
  if (existsSync(join(dest, 'manifest.json')) && readFileSync(join(dest, 'manifest.json')).equals(manifestBuf)) {
    try {
      const digest = (await readBundle(dest, { verify: true })).digest;
      return { dir: dest, version: mv, digest: checkTaggedDigest(mv, digest, label) };
    } catch {
      /* damaged copy: download again below */
    }
  }
  const tmp = `${dest}.tmp-${process.pid}`;
  await rm(tmp, { recursive: true, force: true });
  await mkdir(tmp, { recursive: true });
  await writeFile(join(tmp, 'manifest.json'), manifestBuf);
  for (const name of files) {
    if (name.includes('/') || name.includes('..')) throw new UsageError(`${label}: manifest.json lists "${name}", not a bundle file name`);
    await writeFile(join(tmp, name), await client.downloadArtifact(`${base}/${name}`));
  }
  let digest: string;
  try {
    digest = (await readBundle(tmp, { verify: true })).digest;
  } catch (err) {
    await rm(tmp, { recursive: true, force: true });
    throw new UsageError(`${label} failed verification: ${(err as Error).message}`);
  }
  try {
    checkTaggedDigest(mv, digest, label);
  } catch (err) {
    await rm(tmp, { recursive: true, force: true });
    throw err;
  }
  await mkdir(dirname(dest), { recursive: true });
  await rm(dest, { recursive: true, force: true });
  await rename(tmp, dest);
  return { dir: dest, version: mv, digest };
}
