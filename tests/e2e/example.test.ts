/**
 * `npm run example` (scripts/example.mjs) against the freshly built CLI: three releases of the churn
 * model — first deployment, a canary with replayed traffic, a degraded change the gate blocks —
 * and a teardown that leaves nothing running.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { distDir, ROOT } from '../helpers/paths.js';

function runExample(args: string[]): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(ROOT, 'scripts', 'example.mjs'), ...args], {
      cwd: ROOT,
      env: { ...process.env, CD4ML_CLI: join(distDir(), 'cli', 'index.js'), NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    const timer = setTimeout(() => child.kill('SIGTERM'), 100_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? -1, out });
    });
  });
}

/** Running (not gone, not a zombie waiting to be reaped). */
function running(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return !/^\d+ \(.*\) [ZX] /.test(stat);
  } catch {
    return false;
  }
}

it('ships two releases, blocks the degraded third at the gate, and tears everything down', async () => {
  const work = mkdtempSync(join(tmpdir(), 'cd4ml-example-'));
  const { code, out } = await runExample(['--work', work]);
  expect(code, out).toBe(0);
  const dir = join(work, 'churn');
  const summary = out.slice(out.indexOf('── summary'));
  // One verdict per stage and release, in order.
  const verdicts = [...summary.matchAll(/release (\d)\s+([✔✘]) (\S+)/g)].map((m) => `${m[1]} ${m[2]} ${m[3]}`);
  expect(verdicts).toEqual([
    '1 ✔ validate', '1 ✔ train', '1 ✔ gate', '1 ✔ build-image', '1 ✔ deploy',
    '2 ✔ validate', '2 ✔ train', '2 ✔ gate', '2 ✔ build-image', '2 ✔ deploy',
    '3 ✔ validate', '3 ✔ train', '3 ✘ gate',
  ]);
  expect(out).toMatch(/release 1 .*\n[\s\S]*first model: nothing in production/);
  // Release 2 is judged against the model release 1 deployed (the local registry), then canaried.
  expect(out).toMatch(/baseline: example model in \.cd4ml\/registry\/example/);
  const deploy2 = JSON.parse(readFileSync(join(dir, 'reports/release-2/deploy.json'), 'utf8'));
  expect(deploy2).toMatchObject({ result: 'promoted', mode: 'canary', verified: true });
  expect(deploy2.finalWeights.stablePercent).toBe(100);
  expect(deploy2.load.sent).toBeGreaterThan(100);
  expect(deploy2.load.failed).toBe(0);
  // The registry holds release 2's bundle, byte for byte.
  expect(readFileSync(join(dir, '.cd4ml/registry/example/manifest.json'), 'utf8')).toBe(readFileSync(join(dir, 'models/release-2/manifest.json'), 'utf8'));
  // Release 3: the gate said no with exit 1 and the reason; nothing was built or deployed.
  expect(out).toMatch(/✘ FAIL gate\s+BLOCKED \(exit 1\): accuracy [\d.]+ → [\d.]+: .*max-drop 0\.01/);
  const gate3 = JSON.parse(readFileSync(join(dir, 'reports/release-3/gate.json'), 'utf8'));
  expect(gate3.passed).toBe(false);
  expect(existsSync(join(dir, 'build/image-3'))).toBe(false);
  expect(existsSync(join(dir, 'reports/release-3/deploy.json'))).toBe(false);
  // Images: OCI layouts on disk, built offline from the local-node base.
  const index = JSON.parse(readFileSync(join(dir, 'build/image-2/index.json'), 'utf8'));
  expect(index.manifests[0].digest).toMatch(/^sha256:[a-f0-9]{64}$/);
  // Teardown: every process it names is gone and the service no longer answers.
  const stopped = out.match(/✔ stopped (.*) in "example"/);
  expect(stopped, out).toBeTruthy();
  const pids = [...stopped![1].matchAll(/pid (\d+)/g)].map((m) => Number(m[1]));
  expect(pids.length).toBeGreaterThanOrEqual(2);
  expect(pids.filter(running)).toEqual([]);
  await expect(fetch(`${deploy2.url}/healthz`, { signal: AbortSignal.timeout(2000) })).rejects.toThrow();
}, 110_000);

it('refuses unknown options with exit 2 and the usage', async () => {
  const { code, out } = await runExample(['--registry']);
  expect(code).toBe(2);
  expect(out).toMatch(/--registry needs a value\nusage: npm run example/);
});
