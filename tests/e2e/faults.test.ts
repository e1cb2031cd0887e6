/**
 * The deploy fault suite (issue 12): every fault below is played against a local rollout under
 * replayed load, with real processes — the serving runtime (`cd4ml serve`, the built CLI), the
 * supervised proxy daemon, and `cd4ml deploy` itself as a child process where the fault is a
 * signal or a kill of the deploy. Faulty canaries are the real runtime behind
 * tests/helpers/faulty-canary.mjs.
 *
 * For each fault it asserts:
 * - zero failed valid requests on the stable: a load generator of the test's own (independent
 *   of the deploy, so it survives a killed deploy) tallies every answer by the revision that
 *   served it (x-cd4ml-revision), and the stable's own /metrics must show no 4xx/5xx on /predict;
 * - the end state read back from the provider (state.json and the proxy's routes);
 * - the rollout report;
 * - that no data file changed (sha256 of every file of the project and of the dataset, before/after).
 *
 * Intervals are short (1 s analyses, 2 s bake) and no Prometheus is started (the rollout reads
 * the proxy's /metrics directly), so the suite runs in a few minutes on a busy machine.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { distDir, ROOT, sklearnData, vegaData } from '../helpers/paths.js';
import { deploy } from '../../src/deploy/deploy.js';
import { resolveDeploySettings } from '../../src/deploy/settings.js';
import { defaultLocalRuntime } from '../../src/deploy/local/runtime.js';
import { LocalProvider, type LocalRuntime, type LocalState } from '../../src/deploy/local/provider.js';
import { isAlive } from '../../src/deploy/local/process.js';
import { loadBodies, rowTyperOf, startLoad, type LoadStats } from '../../src/deploy/load.js';
import type { RolloutReport } from '../../src/deploy/types.js';

const DATA = vegaData('seattle-weather.csv');
const env = 'faults';
let project: string;
let load: string;
const cli = () => join(distDir(), 'cli', 'index.js');
/** The deploy child processes: no GitHub record, and no Prometheus on PATH (the proxy's /metrics are read directly). */
const CHILD_ENV = { GITHUB_TOKEN: '', PATH: '/nonexistent-no-prometheus' };
const FAST = { steps: '50,100', bake: '2s', interval: '1s', 'max-bake': '6s', 'min-requests': '5', 'load-rate': '30', 'ready-timeout': '60s' };
const FAST_ARGS = Object.entries(FAST).flatMap(([k, v]) => [`--${k}`, v]);

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
async function waitFor<T>(what: string, f: () => T | undefined | Promise<T | undefined>, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await f();
    if (v) return v as T; // (0, false, undefined: not yet)
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

function state(): LocalState {
  return JSON.parse(readFileSync(join(project, '.cd4ml/local', env, 'state.json'), 'utf8')) as LocalState;
}
const provider = () => new LocalProvider({ root: project, environment: env, runtime: defaultLocalRuntime(cli(), 8080) });
const routes = async () => (await provider().proxyState()).routes;

/** sha256 of every file of the project (but the deploy state) and of the dataset. */
function hashData(): Record<string, string> {
  const out: Record<string, string> = { [DATA]: createHash('sha256').update(readFileSync(DATA)).digest('hex') };
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (name === '.cd4ml') continue;
      if (statSync(p).isDirectory()) walk(p);
      else out[p] = createHash('sha256').update(readFileSync(p)).digest('hex');
    }
  };
  walk(project);
  return out;
}

/** The bundle not serving now (deploys alternate between the two good bundles). */
function other(): string {
  return state().stable?.artifact === join(project, 'good-v2') ? join(project, 'good-v1') : join(project, 'good-v2');
}

/** The local runtime without Prometheus; the canary's serve command optionally wrapped by the faulty canary. */
function runtime(fault?: string[]): LocalRuntime {
  const base = defaultLocalRuntime(cli(), 8080);
  return {
    proxyCommand: (dir) => base.proxyCommand(dir),
    serveCommand: (artifact, port, id) => {
      if (!fault) return base.serveCommand(artifact, port, id);
      const real = base.serveCommand(artifact, 0, id);
      const args = real.args.map((a, i) => (real.args[i - 1] === '--port' ? '{port}' : a));
      return { command: process.execPath, args: [join(ROOT, 'tests/helpers/faulty-canary.mjs'), '--port', String(port), ...fault, '--', real.command, ...args] };
    },
  };
}

/** A rollout in this process (the canary's command can be wrapped). */
async function deployHere(bundle: string, fault?: string[], extra: Record<string, string> = {}) {
  const settings = resolveDeploySettings(undefined, { bundle, environment: env, load, ...FAST, ...extra }, (n) => `--${n}`);
  const lines: string[] = [];
  const outcome = await deploy(settings, { root: project, log: (m) => lines.push(m), localRuntime: runtime(fault) });
  return { ...outcome, report: outcome.report!, lines };
}

/** `cd4ml deploy` as a child process, as a workflow step runs it. */
function spawnDeploy(bundle: string, extra: string[] = []): { child: ChildProcess; done: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string; ms: number }>; report: string } {
  const report = join(mkdtempSync(join(tmpdir(), 'cd4ml-faults-report-')), 'report.json');
  const t0 = Date.now();
  const child = spawn(process.execPath, [cli(), 'deploy', '--bundle', bundle, '--environment', env, '--load', load, ...FAST_ARGS, '--report', report, ...extra], { cwd: project, env: { ...process.env, ...CHILD_ENV }, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += d));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string; ms: number }>((r) => child.on('close', (code, signal) => r({ code, signal, stderr, ms: Date.now() - t0 })));
  return { child, done, report };
}

/** The test's own traffic on the public URL while `fn` runs; returns its tally with the stable it started on. */
async function underLoad<T>(fn: (stable: string) => Promise<T>): Promise<{ result: T; stats: LoadStats; stable: string; stablePort: number }> {
  const s = state();
  const stable = s.stable!;
  const { bodies } = await loadBodies(load, { typer: await rowTyperOf(stable.artifact) });
  const traffic = startLoad({ url: `http://127.0.0.1:${s.proxy!.port}`, bodies, rate: 30 });
  try {
    const result = await fn(stable.id);
    await sleep(300);
    return { result, stats: await traffic.stop(), stable: stable.id, stablePort: stable.port };
  } catch (e) {
    await traffic.stop();
    throw e;
  }
}

/** /predict answers of a live server by status code, from its own /metrics. */
async function predictCodes(port: number): Promise<Record<string, number>> {
  const text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
  const out: Record<string, number> = {};
  for (const m of text.matchAll(/^cd4ml_http_requests_total\{([^}]*)\} (\d+)/gm)) {
    if (!m[1].includes('route="/predict"')) continue;
    const code = /code="(\d+)"/.exec(m[1])![1];
    out[code] = (out[code] ?? 0) + Number(m[2]);
  }
  return out;
}

/** Zero failed valid requests on the stable: none failed in the tally, some succeeded, and its own /metrics agree. */
async function expectStableServedEverything(run: { stats: LoadStats; stable: string; stablePort: number }, alive = true) {
  const mine = run.stats.byRevision[run.stable];
  expect(mine?.ok ?? 0).toBeGreaterThan(10);
  expect(mine.failed, JSON.stringify(run.stats.failures.slice(0, 3))).toBe(0);
  if (alive) {
    const codes = await predictCodes(run.stablePort);
    expect(Object.keys(codes).filter((c) => Number(c) >= 400)).toEqual([]);
    expect(codes['200']).toBeGreaterThanOrEqual(mine.ok);
  }
}

/** The provider's end state: `stable` at 100%, no canary, the canary's process gone, the public URL answering from `stable`. */
async function expectStableOnly(stable: string, canary?: { pid: number }) {
  const s = state();
  expect(s.stable!.id).toBe(stable);
  expect(s.canary).toBeUndefined();
  expect(await routes()).toMatchObject({ stable: { id: stable }, canaryPercent: 0 });
  expect((await routes()).canary).toBeUndefined();
  if (canary) expect(isAlive(canary.pid)).toBe(false);
  const res = await fetch(`http://127.0.0.1:${s.proxy!.port}/readyz`);
  expect(res.status).toBe(200);
  expect(res.headers.get('x-cd4ml-revision')).toBe(stable);
}

beforeAll(async () => {
  project = mkdtempSync(join(tmpdir(), 'cd4ml-faults-'));
  for (const [out, depth] of [['good-v1', '6'], ['good-v2', '4']]) {
    const r = await runCli(['train', '--data', DATA, '--target', 'weather', '--exclude', 'date', '--max-depth', depth, '--out', join(project, out)], { cwd: project });
    expect(r.exitCode, r.stderr).toBe(0);
  }
  load = join(project, 'next-month.csv');
  copyFileSync(DATA, load);
  // The first deployment, as a user runs it: smoke-tested too.
  const first = spawnDeploy(join(project, 'good-v1'));
  const r = await first.done;
  expect(r.code, r.stderr).toBe(0);
  const report = JSON.parse(readFileSync(first.report, 'utf8')) as RolloutReport;
  expect(report).toMatchObject({ result: 'promoted', mode: 'first-deploy', verified: true, smoke: { ok: true }, serving: { ok: true } });
  expect(report.smoke!.rows).toBe(20);
}, 240_000);

afterAll(async () => {
  if (project) {
    await runCli(['deploy', '--provider', 'local', '--environment', env, '--teardown'], { cwd: project, env: CHILD_ENV });
    rmSync(project, { recursive: true, force: true });
  }
});

describe('deploy faults under replayed load (local provider, real processes)', () => {
  it('defect 1: replayed rows are typed from schema.yml — every replayed request is answered 2xx, and the report counts 2xx/4xx/5xx', async () => {
    const before = hashData();
    const run = await underLoad(async () => deployHere(other()));
    const { report, load: stats } = run.result;
    expect(report.result, run.result.lines.join('\n')).toBe('promoted');
    expect(stats!.sent).toBeGreaterThan(50);
    expect(stats!.codes).toEqual({ '2xx': stats!.sent, '4xx': 0, '5xx': 0, none: 0 });
    expect(stats!.failed).toBe(0);
    expect(Object.values(stats!.byRevision).every((v) => v.ok > 0)).toBe(true);
    expect(run.result.lines.some((l) => l.includes('the stable answered the first rows 200'))).toBe(true);
    expect(run.stats.byRevision[run.stable].failed).toBe(0);
    expect(state().stable!.id).toBe(report.canary.id);
    expect(hashData()).toEqual(before);
  }, 120_000);

  it('defect 1: a bundle answering 500 to every request is not promoted under replayed load (stopped before any traffic)', async () => {
    const before = hashData();
    const run = await underLoad(async () => deployHere(other(), ['--fault', '5xx', '--rate', '1']));
    const { report, load: stats } = run.result;
    expect(report.result).toBe('rolled-back');
    expect(report.reason).toContain('smoke test failed before any traffic');
    expect(report.reason).toContain('answered 500');
    expect(report.verified).toBe(true);
    expect(stats!.codes['5xx']).toBe(0);
    expect(stats!.byRevision[report.canary.id]).toBeUndefined(); // the canary never got a replayed request
    await expectStableServedEverything(run);
    await expectStableOnly(run.stable);
    expect(hashData()).toEqual(before);
  }, 120_000);

  it('defect 1: a load file that does not fit the model stops the deploy with exit 2 before anything is launched', async () => {
    const before = hashData();
    const stable = state().stable!.id;
    const iris = join(project, 'iris.csv');
    cpSync(sklearnData('iris.csv'), iris);
    const r = await runCli(['deploy', '--bundle', other(), '--environment', env, '--load', iris, ...FAST_ARGS], { cwd: project, env: CHILD_ENV });
    rmSync(iris);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain(`--load ${iris}`);
    expect(r.stderr).toContain('of the model are missing');
    expect(state().stable!.id).toBe(stable);
    expect(state().canary).toBeUndefined();
    expect(hashData()).toEqual(before);
  }, 60_000);

  it('defect 5: a bundle changed after training is refused before anything is launched (exit 2, the file named)', async () => {
    const tampered = join(project, 'tampered');
    cpSync(other(), tampered, { recursive: true });
    const model = join(tampered, 'model.json');
    writeFileSync(model, readFileSync(model, 'utf8').replace(/"/, ' "'));
    const before = hashData();
    const logsBefore = readdirSync(join(project, '.cd4ml/local', env)).filter((f) => f.endsWith('.log')).length;
    const t0 = Date.now();
    const r = await runCli(['deploy', '--bundle', tampered, '--environment', env, ...FAST_ARGS], { cwd: project, env: CHILD_ENV });
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain('model.json does not match its sha256 in manifest.json');
    expect(Date.now() - t0).toBeLessThan(20_000);
    expect(readdirSync(join(project, '.cd4ml/local', env)).filter((f) => f.endsWith('.log')).length).toBe(logsBefore); // nothing launched
    expect(hashData()).toEqual(before);
    rmSync(tampered, { recursive: true });
  }, 60_000);

  it('defect 5: a canary that cannot start is noticed at the next poll, not after ready-timeout (60 s)', async () => {
    const before = hashData();
    const run = await underLoad(async () => deployHere(other(), ['--fault', 'exit']));
    const { report } = run.result;
    expect(report.result).toBe('rolled-back');
    expect(report.reason).toMatch(/canary never became healthy and ready: process \d+ of \S+ exited/);
    expect(report.endedAt - report.startedAt).toBeLessThan(15_000);
    await expectStableServedEverything(run);
    await expectStableOnly(run.stable);
    expect(hashData()).toEqual(before);
  }, 120_000);

  it('kill -9 of the canary mid-rollout: rolled back, verified, the stable served every request', async () => {
    const before = hashData();
    let canaryPid = 0;
    const run = await underLoad(async () => {
      const rollout = deployHere(other());
      await waitFor('the canary taking traffic', async () => (await routes().catch(() => undefined))?.canaryPercent);
      canaryPid = state().canary!.pid;
      process.kill(canaryPid, 'SIGKILL');
      return rollout;
    });
    const { report } = run.result;
    expect(report.result).toBe('rolled-back');
    expect(report.reason).toContain('canary-health');
    expect(report).toMatchObject({ verified: true, finalWeights: { stable: run.stable, stablePercent: 100, canaryPercent: 0 }, serving: { ok: true } });
    await expectStableServedEverything(run);
    await expectStableOnly(run.stable, { pid: canaryPid });
    expect(hashData()).toEqual(before);
  }, 120_000);

  it('defect 7: kill -9 of the proxy mid-rollout: its supervisor restarts it on the same port, the rollout rolls back and verifies the environment serves', async () => {
    const before = hashData();
    const port = state().proxy!.port;
    const proxyFile = join(project, '.cd4ml/local', env, 'proxy.json');
    let worker = 0;
    let canaryPid = 0;
    const run = await underLoad(async () => {
      const rollout = deployHere(other());
      await waitFor('the canary taking traffic', async () => (await routes().catch(() => undefined))?.canaryPercent);
      canaryPid = state().canary!.pid;
      worker = (JSON.parse(readFileSync(proxyFile, 'utf8')) as { pid: number }).pid;
      process.kill(worker, 'SIGKILL');
      return rollout;
    });
    const { report } = run.result;
    expect(report.result, run.result.lines.join('\n')).toBe('rolled-back');
    expect(report.reason).toContain('the local proxy restarted');
    expect(report).toMatchObject({ verified: true, serving: { ok: true } });
    expect(state().proxy!.port).toBe(port);
    expect((JSON.parse(readFileSync(proxyFile, 'utf8')) as { pid: number }).pid).not.toBe(worker);
    await expectStableServedEverything(run);
    await expectStableOnly(run.stable, { pid: canaryPid });
    expect(hashData()).toEqual(before);
  }, 120_000);

  it('kill -9 of the proxy daemon itself (the supervisor): its worker exits rather than hold the port as an orphan, and the provider starts a new daemon on the same port', async () => {
    const before = hashData();
    const s = state();
    const proxyFile = join(project, '.cd4ml/local', env, 'proxy.json');
    const worker = (JSON.parse(readFileSync(proxyFile, 'utf8')) as { pid: number }).pid;
    process.kill(s.proxy!.pid, 'SIGKILL');
    await waitFor('the orphaned worker to exit', () => !isAlive(worker), 10_000);
    const serving = await provider().serving!();
    expect(serving).toMatchObject({ ok: true });
    expect(serving.detail).toContain(`answered 200 from ${s.stable!.id}`);
    expect(state().proxy!.port).toBe(s.proxy!.port);
    expect(state().proxy!.pid).not.toBe(s.proxy!.pid);
    await expectStableOnly(s.stable!.id);
    expect(hashData()).toEqual(before);
  }, 60_000);

  it.each([{ signal: 'SIGINT' as const }, { signal: 'SIGTERM' as const }])(
    'defect 6: $signal to the deploy at 50%: 100% back on stable, verified, recorded as cancelled, exit 1 within 5 s',
    async ({ signal }) => {
      const before = hashData();
      let exited: { code: number | null; ms: number; stderr: string } | undefined;
      let report = '';
      let canaryPid = 0;
      const run = await underLoad(async () => {
        const d = spawnDeploy(other());
        report = d.report;
        await waitFor('the canary taking traffic', async () => (await routes().catch(() => undefined))?.canaryPercent, 90_000);
        canaryPid = state().canary!.pid;
        const t0 = Date.now();
        d.child.kill(signal);
        const r = await d.done;
        exited = { code: r.code, ms: Date.now() - t0, stderr: r.stderr };
      });
      expect(exited!.code, exited!.stderr).toBe(1);
      expect(exited!.ms).toBeLessThan(5000);
      const rep = JSON.parse(readFileSync(report, 'utf8')) as RolloutReport;
      expect(rep).toMatchObject({ result: 'cancelled', verified: true, finalWeights: { stable: run.stable, stablePercent: 100, canaryPercent: 0 }, serving: { ok: true } });
      expect(exited!.stderr).toContain(`${signal}: cancelling the rollout`);
      await expectStableServedEverything(run);
      await expectStableOnly(run.stable, { pid: canaryPid });
      expect(existsSync(join(project, '.cd4ml/local', env, 'rollout.lock'))).toBe(false);
      expect(hashData()).toEqual(before);
    },
    150_000,
  );

  it('kill -9 of the deploy at 50%: the canary keeps its share meanwhile, and the next deploy recovers (leftover canary stopped, stale lock taken over)', async () => {
    const before = hashData();
    let leftover = 0;
    let next: { code: number | null; stderr: string } | undefined;
    let report = '';
    const run = await underLoad(async () => {
      const d = spawnDeploy(other());
      await waitFor('the canary taking traffic', async () => (await routes().catch(() => undefined))?.canaryPercent, 90_000);
      leftover = state().canary!.pid;
      d.child.kill('SIGKILL');
      await d.done;
      expect(isAlive(leftover)).toBe(true);
      const again = spawnDeploy(other());
      report = again.report;
      next = await again.done;
    });
    expect(next!.code, next!.stderr).toBe(0);
    expect(next!.stderr).toContain('a canary left behind by an interrupted rollout');
    expect(next!.stderr).toContain('removing the stale rollout lock');
    expect(isAlive(leftover)).toBe(false);
    const rep = JSON.parse(readFileSync(report, 'utf8')) as RolloutReport;
    expect(rep).toMatchObject({ result: 'promoted', mode: 'canary', verified: true, serving: { ok: true } });
    expect(run.stats.byRevision[run.stable].failed).toBe(0);
    expect(run.stats.byRevision[run.stable].ok).toBeGreaterThan(10);
    expect(state().stable!.id).toBe(rep.canary.id);
    expect(hashData()).toEqual(before);
  }, 200_000);

  it('two deploys racing: one rolls out, the other is refused with exit 2 naming the holder; nothing is harmed', async () => {
    const before = hashData();
    const run = await underLoad(async () => {
      const a = spawnDeploy(other());
      const b = spawnDeploy(other());
      return { a: await a.done, b: await b.done, reports: [a.report, b.report] };
    });
    const codes = [run.result.a.code, run.result.b.code].sort();
    expect(codes, run.result.a.stderr + run.result.b.stderr).toEqual([0, 2]);
    const loser = run.result.a.code === 2 ? run.result.a : run.result.b;
    expect(loser.stderr).toContain(`another rollout to environment "${env}" is in progress (pid`);
    const winner = JSON.parse(readFileSync(run.result.reports[run.result.a.code === 0 ? 0 : 1], 'utf8')) as RolloutReport;
    expect(winner).toMatchObject({ result: 'promoted', verified: true });
    expect(state().stable!.id).toBe(winner.canary.id);
    expect(run.stats.byRevision[run.stable].failed).toBe(0);
    expect(hashData()).toEqual(before);
  }, 200_000);

  it('kill -9 of the stable mid-rollout: the stable never answered wrong (only "did not answer" after its death), the rollout ends verified and serving', async () => {
    const before = hashData();
    const run = await underLoad(async () => {
      const rollout = deployHere(other());
      await waitFor('the canary taking traffic', async () => (await routes().catch(() => undefined))?.canaryPercent);
      process.kill(state().stable!.pid, 'SIGKILL');
      return rollout;
    });
    const { report } = run.result;
    expect(['promoted', 'rolled-back']).toContain(report.result);
    // The stable's failures are the proxy's 502 for a dead process, never an answer of the stable's own.
    expect(run.stats.failures.filter((f) => f.revision === run.stable).every((f) => f.status === 502 && f.detail.includes('did not answer'))).toBe(true);
    expect(run.stats.byRevision[run.stable].ok).toBeGreaterThan(10);
    if (report.result === 'promoted') {
      expect(report).toMatchObject({ verified: true, serving: { ok: true } });
      expect(state().stable!.id).toBe(report.canary.id);
    } else expect(report.verified).toBe(false); // rolled back onto a dead stable: said, not hidden
    expect(hashData()).toEqual(before);
  }, 120_000);

  it('defect 4: a dead recorded stable does not make a broken bundle a silent "first deployment" — it is smoke-tested and refused; a good one replaces the dead stable', async () => {
    const before = hashData();
    if (!isAlive(state().stable!.pid)) await deployHere(other()); // (the previous case may have left a dead stable)
    const dead = state().stable!;
    process.kill(dead.pid, 'SIGKILL');
    await waitFor('the stable to die', () => !isAlive(dead.pid));
    const broken = await deployHere(other(), ['--fault', '5xx', '--rate', '1']);
    expect(broken.report).toMatchObject({ result: 'aborted', deadStable: { id: dead.id } });
    expect(broken.report.reason).toContain('smoke test failed before any traffic');
    expect(broken.lines.some((l) => l.includes(`stable revision ${dead.id} is recorded but not serving`))).toBe(true);
    expect(broken.lines.some((l) => l.includes(`no load replayed: the stable revision ${dead.id} does not answer`))).toBe(true);
    expect(state().stable!.id).toBe(dead.id); // nothing was promoted
    const good = await deployHere(other(), undefined, { load: '' });
    expect(good.report).toMatchObject({ result: 'promoted', mode: 'first-deploy', deadStable: { id: dead.id }, smoke: { ok: true }, verified: true, serving: { ok: true } });
    expect(good.report.reason).toContain(`the recorded stable ${dead.id} was not serving`);
    await expectStableOnly(good.report.canary.id);
    expect(hashData()).toEqual(before);
  }, 120_000);
});
