/**
 * Baseline lookup for the CLI (no GitHub): `--baseline DIR` is a bundle directory, or a local
 * registry directory holding one bundle per environment (`DIR/<environment>/manifest.json`);
 * `--baseline production` (the default) uses the registry `.cd4ml/registry` under the working
 * directory. No registry entry yet = first model.
 */
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { UsageError } from '../errors.js';
import type { BaselineSource } from './run.js';

export const DEFAULT_LOCAL_REGISTRY = '.cd4ml/registry';

export function resolveLocalBaseline(baseline: string, environment: string, cwd: string): BaselineSource {
  if (!/^[A-Za-z0-9._-]+$/.test(environment)) throw new UsageError(`environment "${environment}" must be letters, digits, ".", "_" or "-"`);
  if (baseline === 'production') {
    const dir = resolve(cwd, DEFAULT_LOCAL_REGISTRY, environment);
    if (!existsSync(dir)) return { kind: 'none', message: `no ${environment} model in the local registry ${join(DEFAULT_LOCAL_REGISTRY, environment)}` };
    return { kind: 'dir', dir, label: `${environment} model in ${join(DEFAULT_LOCAL_REGISTRY, environment)}` };
  }
  const dir = resolve(cwd, baseline);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UsageError(`--baseline "${baseline}" is not a directory; give a model bundle, a registry directory, or "production"`);
  if (existsSync(join(dir, 'manifest.json'))) return { kind: 'dir', dir, label: baseline };
  const entry = join(dir, environment);
  if (existsSync(join(entry, 'manifest.json'))) return { kind: 'dir', dir: entry, label: `${environment} model in registry ${baseline}` };
  if (existsSync(entry)) return { kind: 'dir', dir: entry, label: `${environment} model in registry ${baseline}` };
  return { kind: 'none', message: `registry ${baseline} has no ${environment} model yet` };
}
