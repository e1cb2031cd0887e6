import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LocalProvider, stateDirOf } from '../../../src/deploy/local/provider.js';
import { defaultLocalRuntime } from '../../../src/deploy/local/runtime.js';

function provider() {
  const root = mkdtempSync(join(tmpdir(), 'cd4ml-local-'));
  return new LocalProvider({ root, environment: 'prod', runtime: defaultLocalRuntime('/nonexistent/cli.js', 8080) });
}

describe('local provider state and lock', () => {
  it('takes over the lock of a rollout whose process is gone', () => {
    const p = provider();
    const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
    mkdirSync(p.dir, { recursive: true });
    writeFileSync(join(p.dir, 'rollout.lock'), JSON.stringify({ pid: dead, startedAt: '2026-01-01T00:00:00Z' }));
    p.lock();
    expect(JSON.parse(readFileSync(join(p.dir, 'rollout.lock'), 'utf8')).pid).toBe(process.pid);
    p.unlock();
    p.lock(); // free again
    p.unlock();
  });

  it('refuses while a live process holds the lock', () => {
    const p = provider();
    mkdirSync(p.dir, { recursive: true });
    writeFileSync(join(p.dir, 'rollout.lock'), JSON.stringify({ pid: process.pid, startedAt: 'now' }));
    expect(() => p.lock()).toThrow(/another rollout to environment "prod" is in progress/);
  });

  it('an unreadable state file is a usage error naming the file and the fix', () => {
    const p = provider();
    mkdirSync(p.dir, { recursive: true });
    writeFileSync(p.statePath, '{not json');
    expect(() => p.readState()).toThrow(/state\.json is not valid JSON .*--teardown/);
  });

  it('a recorded stable whose process is gone is still reported (not a silent first deployment), and its health says it exited', async () => {
    const p = provider();
    mkdirSync(p.dir, { recursive: true });
    const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
    writeFileSync(p.statePath, JSON.stringify({ environment: 'prod', stable: { id: 'r1', artifact: 'b', pid: dead, port: 1, log: 'x', startedAt: 'y' } }));
    expect(await p.current()).toEqual({ id: 'r1', artifact: 'b' });
    expect(await p.health({ id: 'r1', artifact: 'b' })).toMatchObject({ ok: false, fatal: true, detail: expect.stringContaining(`process ${dead} of r1 exited`) });
    expect(p.readState().stable?.id).toBe('r1');
  });

  it.each(['../etc', 'a/b', '', '.hidden'])('refuses environment name %j (it names a folder)', (name) => {
    expect(() => stateDirOf('/tmp', name)).toThrow('environment');
  });
});
