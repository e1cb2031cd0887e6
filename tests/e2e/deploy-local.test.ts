/**
 * The local provider end to end, with real components: bundles trained by the built CLI on
 * vega-datasets' seattle-weather.csv, the real serving runtime (`cd4ml serve`) as separate
 * processes behind the weighted proxy daemon, a real Prometheus (Debian) scraping the proxy
 * every 0.5 s, and `--load` replaying the CSV during each rollout.
 *
 * Faulty canaries are the real runtime behind tests/helpers/faulty-canary.mjs (5xx on 20% of
 * requests, +500 ms, a crash after 20 requests), started through the same local provider by
 * injecting the serve command — no shipped flag makes a canary faulty.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { distDir, ROOT, vegaData } from '../helpers/paths.js';
import { startPrometheus, type RunningPrometheus } from '../helpers/prometheus.js';
import { startGitHubServer, type GitHubServer } from '../helpers/github-server.js';
import { deploy } from '../../src/deploy/deploy.js';
import { resolveDeploySettings } from '../../src/deploy/settings.js';
import { defaultLocalRuntime } from '../../src/deploy/local/runtime.js';
import { LocalProvider } from '../../src/deploy/local/provider.js';
import { isAlive } from '../../src/deploy/local/process.js';
import type { LocalRuntime } from '../../src/deploy/local/provider.js';

const DATA = vegaData('seattle-weather.csv');
let project: string;
let prom: RunningPrometheus;
let gh: GitHubServer;
/** No production record unless a test asks for one (and never to the real GitHub). */
const noGitHub = { GITHUB_TOKEN: '' };
const cli = () => join(distDir(), 'cli', 'index.js');
const env = 'e2e';

beforeAll(async () => {
  project = mkdtempSync(join(tmpdir(), 'cd4ml-deploy-e2e-'));
  for (const [out, depth] of [['good-v1', '6'], ['good-v2', '4']]) {
    const r = await runCli(['train', '--data', DATA, '--target', 'weather', '--exclude', 'date', '--max-depth', depth, '--out', join(project, out)], { cwd: project });
    expect(r.exitCode, r.stderr).toBe(0);
  }
  // Prometheus discovers the proxy through the file the local provider writes (file_sd).
  mkdirSync(join(project, '.cd4ml/local', env), { recursive: true });
  prom = await startPrometheus({ fileSd: [join(project, '.cd4ml/local', env, 'prometheus-targets.json')], scrapeIntervalSeconds: 0.5 });
  gh = await startGitHubServer();
}, 60_000);

afterAll(async () => {
  if (project) {
    await runCli(['deploy', '--provider', 'local', '--environment', env, '--teardown'], { cwd: project, env: noGitHub });
    rmSync(project, { recursive: true, force: true });
  }
  await prom?.stop();
  await gh?.close();
});

const rollout = ['--steps', '50,100', '--bake', '2s', '--interval', '2s', '--max-bake', '4s', '--min-requests', '10', '--load-rate', '40'];

function state() {
  return JSON.parse(readFileSync(join(project, '.cd4ml/local', env, 'state.json'), 'utf8')) as { stable: { id: string; pid: number; artifact: string }; canary?: unknown; proxy: { port: number }; prometheus?: { pid: number; port: number } };
}

/** The local provider with the canary's serve command wrapped by the faulty canary. */
function faultyRuntime(fault: string[]): LocalRuntime {
  const base = defaultLocalRuntime(cli(), 8080);
  return {
    proxyCommand: (dir) => base.proxyCommand(dir),
    serveCommand: (artifact, port, id) => {
      const real = base.serveCommand(artifact, 0, id);
      const args = real.args.map((a, i) => (real.args[i - 1] === '--port' ? '{port}' : a));
      return { command: process.execPath, args: [join(ROOT, 'tests/helpers/faulty-canary.mjs'), '--port', String(port), ...fault, '--', real.command, ...args] };
    },
  };
}

async function deployFaulty(fault: string[], extra: Record<string, string> = {}) {
  const settings = resolveDeploySettings(
    undefined,
    { bundle: join(project, 'good-v2'), environment: env, steps: '50,100', bake: '2s', interval: '2s', 'max-bake': '4s', 'min-requests': '10', load: DATA, 'load-rate': '40', 'prometheus-url': prom.url, ...extra },
    (n) => `--${n}`,
  );
  const lines: string[] = [];
  const outcome = await deploy(settings, { root: project, log: (m) => lines.push(m), localRuntime: faultyRuntime(fault) });
  return { ...outcome, lines };
}

describe('cd4ml deploy --provider local', () => {
  it('first deployment: health checks then 100%, reported as first-deploy; keeps serving after deploy returns', async () => {
    // As a workflow step: GITHUB_TOKEN/REPOSITORY/SHA in env → the rollout is recorded as a GitHub Deployment.
    const r = await runCli(['deploy', '--bundle', 'good-v1', '--environment', env, '--json'], { cwd: project, env: { ...gh.env(), GITHUB_TOKEN: 'ghs_test', GITHUB_SHA: 'a'.repeat(40), GITHUB_RUN_ID: '77' } });
    expect(r.exitCode, r.stderr).toBe(0);
    expect(gh.violations).toEqual([]);
    const d = gh.state.deployments.at(-1)!;
    expect(d).toMatchObject({ environment: env, sha: 'a'.repeat(40), payload: { kind: 'cd4ml-deploy', bundle: join(project, 'good-v1'), runId: '77' } });
    expect(d.statuses.map((x) => x.state)).toEqual(['in_progress', 'success']);
    const report = JSON.parse(r.stdout) as { result: string; mode: string; url: string; verified: boolean };
    expect(report).toMatchObject({ result: 'promoted', mode: 'first-deploy', verified: true });
    const res = await fetch(`${report.url}/predict`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ precipitation: 0, temp_max: 12.8, temp_min: 5, wind: 4.7 }) });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-cd4ml-revision')).toBe(state().stable.id);
    // Prometheus is installed: the local provider runs one of its own, scraping the proxy
    const own = state().prometheus!;
    expect((await fetch(`http://127.0.0.1:${own.port}/-/ready`)).status).toBe(200);
  });

  it('a healthy canary reaches 100% with a real Prometheus, and the client counting every request sees 0 failures', async () => {
    const before = state().stable;
    const r = await runCli(['deploy', '--bundle', 'good-v2', '--environment', env, '--prometheus-url', prom.url, '--load', DATA, ...rollout, '--json'], { cwd: project, env: noGitHub });
    expect(r.exitCode, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as { result: string; mode: string; metricsSource: string; analyses: { weight: number; verdict: string; sample: { canary: { requests: number } } }[]; load: { sent: number; failed: number; byRevision: Record<string, { ok: number }> } };
    expect(report).toMatchObject({ result: 'promoted', mode: 'canary' });
    expect(report.metricsSource).toBe(`prometheus ${prom.url}`);
    expect(report.analyses.filter((a) => a.verdict === 'pass').map((a) => a.weight)).toEqual(expect.arrayContaining([50, 100]));
    expect(report.load.sent).toBeGreaterThan(100);
    expect(report.load.failed).toBe(0);
    const after = state().stable;
    expect(after.artifact).toBe(join(project, 'good-v2'));
    expect(report.load.byRevision[after.id].ok).toBeGreaterThan(0);
    expect(report.load.byRevision[before.id].ok).toBeGreaterThan(0);
    // the old stable finished its requests and was stopped
    expect(isAlive(before.pid)).toBe(false);
  }, 30_000);

  it.each([
    { name: 'a canary answering 5xx on 20% of requests', fault: ['--fault', '5xx', '--rate', '0.2'], check: 'error-rate' },
    { name: 'a canary adding 500 ms latency', fault: ['--fault', 'latency', '--delay', '500'], check: 'latency-p99' },
    { name: 'a canary crashing mid-rollout', fault: ['--fault', 'crash', '--after', '20'], check: 'canary-health' },
  ])('$name is rolled back, the end state verified, and stable served every request', async ({ fault, check }) => {
    const stable = state().stable;
    const { report, load, lines } = await deployFaulty(fault);
    expect(report!.result, lines.join('\n')).toBe('rolled-back');
    expect(report!.verified).toBe(true);
    expect(report!.reason).toContain(check);
    expect(report!.finalWeights).toEqual({ stable: stable.id, canary: undefined, stablePercent: 100, canaryPercent: 0 });
    // provider state read back independently: same stable, no canary, the proxy routes only to stable
    const s = state();
    expect(s.stable.id).toBe(stable.id);
    expect(s.canary).toBeUndefined();
    const provider = new LocalProvider({ root: project, environment: env, runtime: defaultLocalRuntime(cli(), 8080) });
    expect((await provider.proxyState()).routes).toMatchObject({ stable: { id: stable.id }, canaryPercent: 0 });
    expect(load!.byRevision[stable.id].failed).toBe(0);
    expect(load!.byRevision[stable.id].ok).toBeGreaterThan(0);
    // from the first failed analysis to verified 100% on stable (canary drained and stopped
    // included): well within the 2-interval goal, even on a busy machine
    expect(report!.stableRestoredAt! - report!.firstFailureAt!).toBeLessThan(4000);
  }, 30_000);

  it('no traffic at all: inconclusive analyses extend the bake, then the rollout is aborted, never promoted, never a crash', async () => {
    const stable = state().stable;
    const { report } = await deployFaulty(['--fault', 'none'], { load: '' as string });
    expect(report!.result).toBe('aborted');
    expect(report!.reason).toContain('inconclusive');
    expect(report!.analyses.every((a) => a.verdict === 'inconclusive')).toBe(true);
    expect(state().stable.id).toBe(stable.id);
  }, 30_000);

  it('refuses a second rollout while one holds the environment lock', async () => {
    const lock = join(project, '.cd4ml/local', env, 'rollout.lock');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(lock, JSON.stringify({ pid: process.pid, startedAt: '2026-01-01T00:00:00Z' }));
    try {
      const r = await runCli(['deploy', '--bundle', 'good-v1', '--environment', env], { cwd: project, env: noGitHub });
      expect(r.exitCode).toBe(2);
      expect(r.stderr).toContain(`another rollout to environment "${env}" is in progress (pid ${process.pid}`);
      expect(existsSync(lock)).toBe(true); // the refused rollout left the holder's lock alone
    } finally {
      rmSync(lock, { force: true });
    }
  });

  it('--teardown stops everything of the environment', async () => {
    const s = state();
    const r = await runCli(['deploy', '--provider', 'local', '--environment', env, '--teardown'], { cwd: project, env: noGitHub });
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain('proxy');
    expect(r.stdout).toContain('prometheus');
    expect(isAlive(s.stable.pid)).toBe(false);
    expect(isAlive(s.prometheus!.pid)).toBe(false);
    expect(existsSync(join(project, '.cd4ml/local', env))).toBe(false);
    await expect(fetch(`http://127.0.0.1:${s.proxy.port}/`)).rejects.toThrow();
  });
});
