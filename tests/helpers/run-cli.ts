/** Run the built CLI bundle (`node <dist>/cli/index.js …`) and capture its exit code and output. */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { distDir } from './paths.js';

export interface CliRun {
  exitCode: number;
  stdout: string;
  stderr: string;
}

export async function runCli(args: string[], opts: { cwd?: string; env?: Record<string, string>; timeoutMs?: number; node?: string } = {}): Promise<CliRun> {
  const child = spawn(opts.node ?? process.execPath, [join(distDir(), 'cli', 'index.js'), ...args], {
    cwd: opts.cwd,
    env: { ...process.env, ...opts.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const timeout = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 120_000);
  const exitCode: number = await new Promise((r) => child.on('close', (code) => r(code ?? -1)));
  clearTimeout(timeout);
  return { exitCode, stdout, stderr };
}
