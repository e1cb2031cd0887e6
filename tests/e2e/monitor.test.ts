/**
 * monitor end to end with real components: two real serving runtimes (the built `cd4ml serve`,
 * request sampling on) trained on 2012–2013 seattle-weather rows; one receives traffic like the
 * training data, the other the summer of 2015 (a later year). A real Prometheus scrapes both every
 * second. `cd4ml monitor` (built CLI) reads each window from Prometheus and from the request
 * sample, and on drift opens the issue and dispatches the retrain against the OpenAPI-validated
 * fake GitHub. The unshifted server must trigger nothing.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { distDir } from '../helpers/paths.js';
import { runCli } from '../helpers/run-cli.js';
import { startGitHubServer, type GitHubServer } from '../helpers/github-server.js';
import { prometheusInstalled, startPrometheus, type RunningPrometheus } from '../helpers/prometheus.js';
import { makeSeattleFixture, type SeattleFixture } from '../unit/monitor/seattle.js';

interface Served {
  url: string;
  instance: string;
  samples: string;
  child: ChildProcess;
}

let fx: SeattleFixture;
let gh: GitHubServer;
let prom: RunningPrometheus;
let calm: Served;
let shifted: Served;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function serve(name: string): Promise<Served> {
  const samples = join(fx.dir, `samples-${name}`);
  const child = spawn(process.execPath, [join(distDir(), 'cli', 'index.js'), 'serve', '--bundle', fx.bundle, '--port', '0', '--sample-dir', samples, '--sample-rate', '1'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let err = '';
  child.stderr!.on('data', (d) => (err += d));
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const t = setTimeout(() => reject(new Error(`cd4ml serve did not start in 20 s:\n${err}`)), 20_000);
    child.stdout!.on('data', (d) => {
      out += d;
      const m = /http:\/\/127\.0\.0\.1:\d+/.exec(out);
      if (m) {
        clearTimeout(t);
        resolve(m[0]);
      }
    });
    child.on('exit', (code) => reject(new Error(`cd4ml serve exited ${code}:\n${err}`)));
  });
  return { url, instance: url.replace('http://', ''), samples, child };
}

/** A short burst: the rows in batches of 20, `times` over. */
async function send(s: Served, rows: Record<string, number>[], times: number): Promise<number> {
  let n = 0;
  for (let k = 0; k < times; k++) {
    for (let i = 0; i < rows.length; i += 20) {
      const batch = rows.slice(i, i + 20);
      const r = await fetch(`${s.url}/predict`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(batch) });
      expect(r.status).toBe(200);
      await r.arrayBuffer();
      n += batch.length;
    }
  }
  return n;
}

/** Wait until Prometheus has scraped `rows` scored rows from the instance. */
async function waitScraped(instance: string, rows: number): Promise<void> {
  const end = Date.now() + 20_000;
  while (Date.now() < end) {
    const q = await prom.query(`sum(cd4ml_rows_total{instance="${instance}"})`);
    const v = q.data.result[0] as { value: [number, string] } | undefined;
    if (v && Number(v.value[1]) >= rows) return;
    await sleep(250);
  }
  throw new Error(`Prometheus did not see ${rows} rows from ${instance}:\n${prom.logs()}`);
}

const ghEnv = () => ({ ...gh.env(), GITHUB_TOKEN: 'test-token', GITHUB_REF_NAME: 'main' });

describe.skipIf(!prometheusInstalled())('cd4ml monitor against served traffic', () => {
  beforeAll(async () => {
    fx = await makeSeattleFixture(mkdtempSync(join(tmpdir(), 'cd4ml-monitor-e2e-')));
    [gh, calm, shifted] = await Promise.all([startGitHubServer(), serve('calm'), serve('shifted')]);
    prom = await startPrometheus({ targets: [calm.instance, shifted.instance], scrapeIntervalSeconds: 1 });
    expect(await prom.waitForTargets(2, 20_000)).toBe(2);
    // A scrape with zero rows first, so increase() over the window counts the whole burst.
    await sleep(1200);
    const [a, b] = await Promise.all([send(calm, fx.unshiftedRows, 1), send(shifted, fx.shiftedRows, 2)]);
    await Promise.all([waitScraped(calm.instance, a), waitScraped(shifted.instance, b)]);
    // The request sample is flushed every second.
    await sleep(1500);
  }, 90_000);
  beforeEach(() => gh.reset());
  afterEach(() => expect(gh.violations).toEqual([]));
  afterAll(async () => {
    for (const s of [calm, shifted]) s?.child.kill('SIGTERM');
    await Promise.all([prom?.stop(), gh?.close()]);
    if (fx) rmSync(fx.dir, { recursive: true, force: true });
  });

  const monitor = (source: string[], extra: string[] = []) =>
    runCli(['monitor', '--bundle', fx.bundle, ...source, '--window', '10m', '--retrain-workflow', 'train.yml', '--json', ...extra], { env: ghEnv(), cwd: fx.dir });

  it('Prometheus: the shifted server drifts, opens the issue and dispatches the retrain', async () => {
    const r = await monitor(['--prometheus', prom.url, '--prometheus-selector', `instance="${shifted.instance}"`]);
    expect(r.stderr).toBe('');
    expect(r.exitCode).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.drifted).toBe(true);
    expect(report['drift-share']).toBeGreaterThanOrEqual(0.5);
    expect(report.source.kind).toBe('prometheus');
    // 2 × 92 rows sent; increase() extrapolates to the window edges — by up to half a scrape
    // interval over a series only seconds old, more when a loaded machine delays scrapes.
    expect(report.rows).toBeGreaterThanOrEqual(184);
    expect(report.rows).toBeLessThan(184 * 1.5);
    expect(report.columns.map((c: { column: string }) => c.column)).toEqual(['precipitation', 'temp_max', 'temp_min', 'wind']);
    expect(report.warnings).toEqual([]);
    expect(report.actions.issue.action).toBe('created');
    expect(report.actions.retrain.action).toBe('dispatched');
    expect(gh.state.issues).toHaveLength(1);
    expect(gh.state.issues[0].labels).toEqual(['cd4ml-drift']);
    expect(gh.state.workflowDispatches).toHaveLength(1);
    expect(gh.state.workflowDispatches[0]).toMatchObject({ workflowId: 'train.yml', ref: 'main', inputs: { 'drift-window': expect.stringMatching(/^\d{4}-.*Z\/\d{4}-.*Z$/) } });
  });

  it('Prometheus: the unshifted server does not drift and triggers nothing', async () => {
    const r = await monitor(['--prometheus', prom.url, '--prometheus-selector', `instance="${calm.instance}"`]);
    expect(r.exitCode).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.drifted).toBe(false);
    expect(report['drifted-columns']).toEqual([]);
    expect(report.rows).toBeGreaterThanOrEqual(fx.unshiftedRows.length);
    expect(gh.requests).toEqual([]);
  });

  it('request sample: shifted drifts (issue updated, cool-down holds the second retrain), unshifted does not', async () => {
    const first = JSON.parse((await monitor(['--samples', shifted.samples])).stdout);
    expect(first.drifted).toBe(true);
    expect(first.rows).toBe(184);
    expect(first.actions.retrain.action).toBe('dispatched');
    const second = await monitor(['--samples', shifted.samples]);
    const again = JSON.parse(second.stdout);
    expect(again.actions.issue.action).toBe('updated');
    expect(again.actions.retrain.action).toBe('cool-down');
    expect(gh.state.issues).toHaveLength(1);
    expect(gh.state.workflowDispatches).toHaveLength(1);
    gh.reset();
    const quiet = JSON.parse((await monitor(['--samples', calm.samples])).stdout);
    expect(quiet.drifted).toBe(false);
    expect(quiet.rows).toBe(fx.unshiftedRows.length);
    expect(gh.requests).toEqual([]);
  });

  it('an empty window and no deployment are exit 2 with a clear message, never "no drift"', async () => {
    const empty = await monitor(['--prometheus', prom.url, '--prometheus-selector', 'instance="127.0.0.1:1"']);
    expect(empty.exitCode).toBe(2);
    expect(empty.stderr).toMatch(/no production rows in Prometheus .* the window is empty/);
    const none = await runCli(['monitor', '--environment', 'production', '--samples', shifted.samples], { env: ghEnv(), cwd: fx.dir });
    expect(none.exitCode).toBe(2);
    expect(none.stderr).toMatch(/no production deployment yet in environment "production"/);
    expect(gh.calls('repos/list-deployments')).toHaveLength(1);
  });
});
