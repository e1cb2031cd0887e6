/**
 * Long-lived local processes for the local provider: servers and the proxy outlive the
 * `cd4ml deploy` that started them (what it deployed keeps serving), so they are spawned
 * detached with their output in a log file, and found again later by pid from the state file.
 */
import { spawn } from 'node:child_process';
import { openSync, closeSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';

export interface Command {
  command: string;
  args: string[];
  env?: Record<string, string>;
}

/** Start a detached process writing to `logFile`; returns its pid. */
export function spawnDetached(cmd: Command, logFile: string, cwd?: string): number {
  const fd = openSync(logFile, 'a');
  try {
    const child = spawn(cmd.command, cmd.args, { cwd, detached: true, stdio: ['ignore', fd, fd], env: { ...process.env, ...cmd.env } });
    if (child.pid === undefined) throw new Error(`could not start ${cmd.command}`);
    child.on('error', () => undefined);
    child.unref();
    return child.pid;
  } finally {
    closeSync(fd);
  }
}

/** True when the pid runs (a zombie counts as dead). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return true; // no /proc: trust kill(0)
  }
}

/** The command line of a pid (Linux), to make sure a recorded pid was not reused by another program. */
export function commandLine(pid: number): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');
  } catch {
    return undefined;
  }
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * Stop a process we started: SIGTERM, then SIGKILL after `graceMs`. `marker` must appear in its
 * command line (when readable) so that a recycled pid of another program is never signalled.
 */
export async function stopProcess(pid: number, marker: string, graceMs = 5000): Promise<void> {
  if (!isAlive(pid)) return;
  const cmdline = commandLine(pid);
  if (cmdline !== undefined && !cmdline.includes(marker)) return;
  // Detached processes lead their own process group: signal the group (podman, wrappers' children).
  const signal = (s: NodeJS.Signals) => {
    try {
      process.kill(-pid, s);
    } catch {
      try {
        process.kill(pid, s);
      } catch {
        /* gone */
      }
    }
  };
  signal('SIGTERM');
  const deadline = Date.now() + graceMs;
  while (isAlive(pid) && Date.now() < deadline) await sleep(50);
  if (isAlive(pid)) signal('SIGKILL');
  while (isAlive(pid) && Date.now() < deadline + 2000) await sleep(50);
}

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

/** Last `n` lines of a log file (for error messages). */
export function tail(file: string, n = 5): string {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-n).join('\n');
  } catch {
    return '';
  }
}
