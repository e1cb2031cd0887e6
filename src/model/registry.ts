/**
 * The local model registry: one model bundle per environment under `<root>/.cd4ml/registry/<environment>/`.
 * `cd4ml deploy --provider local` registers the bundle it promoted there; `cd4ml gate` with
 * `--baseline production` (the default) reads it as the production model. Without GitHub this
 * folder is the production record.
 */
import { existsSync } from 'node:fs';
import { cp, mkdir, rename, rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { readBundle } from './bundle.js';

export const DEFAULT_LOCAL_REGISTRY = '.cd4ml/registry';

/** Refuse environment names that could leave the registry folder. */
export function checkEnvironmentName(environment: string): void {
  if (!/^[A-Za-z0-9._-]+$/.test(environment) || environment === '.' || environment === '..') {
    throw new UsageError(`environment "${environment}" must be letters, digits, ".", "_" or "-"`);
  }
}

/** `<root>/.cd4ml/registry/<environment>` (absolute). */
export function registryEntryDir(root: string, environment: string): string {
  checkEnvironmentName(environment);
  return resolve(root, DEFAULT_LOCAL_REGISTRY, environment);
}

/** The same path relative to the root, for messages. */
export function registryEntryLabel(environment: string): string {
  return join(DEFAULT_LOCAL_REGISTRY, environment);
}

/**
 * Copy a verified bundle into the registry entry of `environment`, replacing the previous one
 * atomically (copy beside it, then rename). Returns the entry folder and the bundle's digest.
 * A tampered bundle is refused (UsageError) and the previous entry stays.
 */
export async function registerBundle(root: string, environment: string, bundleDir: string): Promise<{ dir: string; digest: string }> {
  const dir = registryEntryDir(root, environment);
  const bundle = await readBundle(bundleDir, { verify: true });
  if (resolve(bundleDir) === dir) return { dir, digest: bundle.digest };
  await mkdir(dirname(dir), { recursive: true });
  const tmp = `${dir}.tmp-${process.pid}`;
  const old = `${dir}.old-${process.pid}`;
  await rm(tmp, { recursive: true, force: true });
  await cp(bundleDir, tmp, { recursive: true });
  if (existsSync(dir)) await rename(dir, old);
  await rename(tmp, dir);
  await rm(old, { recursive: true, force: true });
  return { dir, digest: bundle.digest };
}
