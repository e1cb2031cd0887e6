/**
 * Node implementations of build-image's ports, shared by the CLI and the action: a process runner,
 * the location of the bundled serving runtime, Docker config credentials, and the model bundle
 * summary (read and verified by src/model).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UsageError } from '../errors.js';
import type { Exec } from './build.js';
import type { Credentials } from './distribution.js';
import { credentialsFromDockerConfig, type BundleSummary } from './run.js';

export const nodeExec: Exec = (cmd, args, opts = {}) =>
  new Promise((resolvePromise) => {
    let stdout = '';
    let stderr = '';
    const child = spawn(cmd, args, { env: { ...process.env, ...opts.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', (err) => resolvePromise({ code: 127, stdout, stderr: stderr + err.message }));
    child.on('close', (code) => resolvePromise({ code: code ?? 1, stdout, stderr }));
  });

/**
 * The serving runtime bundle next to the running bundle: dist/<this>/index.js → dist/serve/.
 * `override` (tests, custom builds) wins.
 */
export function locateServerBundle(moduleUrl: string, override?: string): string {
  const dir = override ? resolve(override) : join(dirname(fileURLToPath(moduleUrl)), '..', 'serve');
  if (!existsSync(join(dir, 'index.js'))) {
    throw new UsageError(`serving runtime not found at ${join(dir, 'index.js')}; it is built with the actions ("npm run build" writes dist/serve/)`);
  }
  return dir;
}

/** Credentials for `registry`: the explicit ones for the target registry, else the Docker config. */
export async function credentialLookup(
  explicit: { registry: string; credentials: Credentials } | undefined,
  dockerConfigDir: string | undefined,
): Promise<(registry: string) => Credentials | undefined> {
  const file = join(dockerConfigDir ?? join(homedir(), '.docker'), 'config.json');
  const text = await readFile(file, 'utf8').catch(() => undefined);
  return (registry) => {
    if (explicit && explicit.registry === registry) return explicit.credentials;
    return text ? credentialsFromDockerConfig(text, registry) : undefined;
  };
}

/** Read and verify the bundle with src/model; a missing or tampered bundle is a UsageError. */
export async function loadBundleSummary(dir: string): Promise<BundleSummary> {
  if (!existsSync(dir)) throw new UsageError(`bundle "${dir}" does not exist; pass the directory written by "cd4ml train"`);
  const { loadServedModel } = await import('../serve/model.js');
  const m = await loadServedModel(dir);
  return { digest: m.digest, task: m.task, version: m.version, metrics: m.metrics };
}

/** The running node binary and its shared libraries, for `base-image: local-node` (lives in local-base.ts). */
export { readLocalNodeRuntime } from './local-base.js';
