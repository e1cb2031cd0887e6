/**
 * Baseline lookup for the CLI (no GitHub): `--baseline DIR` is a bundle directory, or a local
 * registry directory holding one bundle per environment (`DIR/<environment>/manifest.json`);
 * `--baseline production` (the default) uses the registry `.cd4ml/registry` under the working
 * directory. No registry entry yet = first model.
 */
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { checkEnvironmentName, DEFAULT_LOCAL_REGISTRY, registryEntryDir, registryEntryLabel } from '../model/registry.js';
import type { BaselineSource } from './run.js';

export { DEFAULT_LOCAL_REGISTRY };

export function resolveLocalBaseline(baseline: string, environment: string, cwd: string): BaselineSource {
  checkEnvironmentName(environment);
  if (baseline === 'production') {
    const dir = registryEntryDir(cwd, environment);
    if (!existsSync(dir)) return { kind: 'none', message: `no ${environment} model in the local registry ${registryEntryLabel(environment)}` };
    return { kind: 'dir', dir, label: `${environment} model in ${registryEntryLabel(environment)}` };
  }
  const dir = resolve(cwd, baseline);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UsageError(`--baseline "${baseline}" is not a directory; give a model bundle, a registry directory, or "production"`);
  if (existsSync(join(dir, 'manifest.json'))) return { kind: 'dir', dir, label: baseline };
  const entry = join(dir, environment);
  if (existsSync(join(entry, 'manifest.json'))) return { kind: 'dir', dir: entry, label: `${environment} model in registry ${baseline}` };
  if (existsSync(entry)) return { kind: 'dir', dir: entry, label: `${environment} model in registry ${baseline}` };
  return { kind: 'none', message: `registry ${baseline} has no ${environment} model yet` };
}
