/**
 * Baseline lookup for the CLI (no GitHub): `--baseline DIR` is a bundle directory, or a local
 * registry directory holding one bundle per environment (`DIR/<environment>/manifest.json`);
 * `--baseline production` (the default) uses the registry `.cd4ml/registry` under the working
 * directory. No registry entry yet = first model, unless other environments have one (a misspelt
 * environment, refused by runGate).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { checkEnvironmentName, DEFAULT_LOCAL_REGISTRY, registryEntryDir, registryEntryLabel } from '../model/registry.js';
import type { BaselineSource } from './run.js';

export { DEFAULT_LOCAL_REGISTRY };

/** Environments of a registry directory: sub-folders holding a bundle (manifest.json), sorted. */
export function listRegistryEnvironments(registryDir: string): string[] {
  if (!existsSync(registryDir)) return [];
  return readdirSync(registryDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && /^[A-Za-z0-9._-]+$/.test(d.name) && !/\.(tmp|old)-\d+$/.test(d.name) && existsSync(join(registryDir, d.name, 'manifest.json')))
    .map((d) => d.name)
    .sort();
}

/** No model for `environment` in the registry: a first model, or a misspelt environment when others have one. */
function noEntry(registryDir: string, environment: string, message: string): BaselineSource {
  const known = listRegistryEnvironments(registryDir).filter((e) => e !== environment);
  if (known.length > 0) return { kind: 'none', message, environment, knownEnvironments: known };
  return { kind: 'none', message: `${message} (the registry holds no model yet)` };
}

export function resolveLocalBaseline(baseline: string, environment: string, cwd: string): BaselineSource {
  checkEnvironmentName(environment);
  if (baseline === 'production') {
    const dir = registryEntryDir(cwd, environment);
    if (!existsSync(dir)) return noEntry(resolve(cwd, DEFAULT_LOCAL_REGISTRY), environment, `no ${environment} model in the local registry ${registryEntryLabel(environment)}`);
    return { kind: 'dir', dir, label: `${environment} model in ${registryEntryLabel(environment)}` };
  }
  const dir = resolve(cwd, baseline);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UsageError(`--baseline "${baseline}" is not a directory; give a model bundle, a registry directory, or "production"`);
  if (existsSync(join(dir, 'manifest.json'))) return { kind: 'dir', dir, label: baseline };
  const entry = join(dir, environment);
  if (existsSync(join(entry, 'manifest.json'))) return { kind: 'dir', dir: entry, label: `${environment} model in registry ${baseline}` };
  if (existsSync(entry)) return { kind: 'dir', dir: entry, label: `${environment} model in registry ${baseline}` };
  return noEntry(dir, environment, `registry ${baseline} has no ${environment} model yet`);
}
