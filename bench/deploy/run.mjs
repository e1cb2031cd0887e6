#!/usr/bin/env node
// deploy-canary benchmark (issue 6), local provider with real components: the real serving
// runtime (built CLI), the weighted proxy daemon, the provider's own Prometheus (Debian), load
// replayed from vega-datasets' seattle-weather.csv by the project's load generator.
//
// 1. Bad canary → 100% on stable: a canary (the real runtime behind tests/helpers/faulty-canary.mjs)
//    answering 5xx on 20% of requests, and one adding 500 ms; time from the first error the client
//    sees to 100% on stable read back from the proxy, in analysis intervals (goal <= 2).
// 2. Requests lost during a full promotion (5, 25, 50, 100, then the old stable retired): goal 0.
//    Anchor, same run, same servers, same load generator: HAProxy (Debian 2.6) shifting the same
//    weights over its admin socket (`set weight`), then draining and stopping the old server.
// Usage: node bench/deploy/run.mjs [--write] [--repeat N]   (CD4ML_DIST=dir to use another build)
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { replaceSection } from '../lib/doc.mjs';

const root = resolve(fileURLToPath(import.meta.url), '../../..');
const args = process.argv.slice(2);
const WRITE = args.includes('--write');
const REPEAT = Number(args.includes('--repeat') ? args[args.indexOf('--repeat') + 1] : 3);
const dist = process.env.CD4ML_DIST ?? join(root, 'dist');
const cli = join(dist, 'cli', 'index.js');
const DATA = join(root, 'node_modules/vega-datasets/data/seattle-weather.csv');
const dir = mkdtempSync(join(tmpdir(), 'cd4ml-bench-deploy-'));
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// The deploy core, emitted by tsc under build/ (so node_modules resolve) — no second copy.
mkdirSync(join(root, 'build'), { recursive: true });
const emit = mkdtempSync(join(root, 'build', 'bench-deploy-'));
execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(root, 'tsconfig.build.json'), '--noCheck', '--outDir', emit], { stdio: 'inherit' });
const core = (p) => import(pathToFileURL(join(emit, 'src', p)).href);
const { deploy } = await core('deploy/deploy.js');
const { resolveDeploySettings } = await core('deploy/settings.js');
const { defaultLocalRuntime } = await core('deploy/local/runtime.js');
const { LocalProvider } = await core('deploy/local/provider.js');
const { startLoad, loadBodies } = await core('deploy/load.js');

for (const [name, depth] of [['v1', 6], ['v2', 4]]) {
  const r = spawnSync(process.execPath, [cli, 'train', '--data', DATA, '--target', 'weather', '--exclude', 'date', '--max-depth', String(depth), '--out', join(dir, name)], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
}

const base = defaultLocalRuntime(cli, 8080);
function faulty(fault) {
  return {
    ...base,
    serveCommand: (artifact, port, id) => {
      const real = base.serveCommand(artifact, 0, id);
      const a = real.args.map((x, i) => (real.args[i - 1] === '--port' ? '{port}' : x));
      return { command: process.execPath, args: [join(root, 'tests/helpers/faulty-canary.mjs'), '--port', String(port), ...fault, '--', real.command, ...a] };
    },
  };
}
const INTERVAL = '5s';
const settingsFor = (env, bundle, extra = {}) =>
  resolveDeploySettings(undefined, { bundle: join(dir, bundle), environment: env, steps: '5,25,50,100', bake: '10s', interval: INTERVAL, 'min-requests': '10', load: DATA, 'load-rate': '100', ...extra }, (n) => `--${n}`);
const log = () => undefined;

// ---- 1. bad canary → 100% on stable -------------------------------------------------------
const rollbacks = [];
for (const [label, fault] of [
  ['5xx on 20% of requests', ['--fault', '5xx', '--rate', '0.2']],
  ['+500 ms latency', ['--fault', 'latency', '--delay', '500']],
]) {
  for (let i = 0; i < REPEAT; i++) {
    const env = `bench-rb-${rollbacks.length}`;
    await deploy(settingsFor(env, 'v1', { load: '' }), { root: dir, log, localRuntime: base });
    const out = await deploy(settingsFor(env, 'v2'), { root: dir, log, localRuntime: faulty(fault) });
    const r = out.report;
    // First error the client saw: a 5xx, or for latency the first request of the canary (it is slow from its first answer).
    const firstErrorAt = out.load.failures[0]?.at ?? r.events.find((e) => /step 1\//.test(e.message))?.at;
    rollbacks.push({ label, result: r.result, verified: r.verified, ms: r.stableRestoredAt - firstErrorAt, intervals: (r.stableRestoredAt - firstErrorAt) / 5000, stableFailed: out.load.byRevision[r.stable.id]?.failed ?? 0 });
    await new LocalProvider({ root: dir, environment: env, runtime: base }).teardown();
    console.log(`rollback ${label} #${i + 1}: ${r.result}, ${(rollbacks.at(-1).ms / 1000).toFixed(1)} s = ${rollbacks.at(-1).intervals.toFixed(2)} intervals`);
  }
}

// ---- 2. requests lost during a full promotion ---------------------------------------------
const promotions = [];
for (let i = 0; i < REPEAT; i++) {
  const env = `bench-pr-${i}`;
  await deploy(settingsFor(env, 'v1', { load: '' }), { root: dir, log, localRuntime: base });
  const out = await deploy(settingsFor(env, 'v2'), { root: dir, log, localRuntime: base });
  promotions.push({ result: out.report.result, sent: out.load.sent, failed: out.load.failed, skipped: out.load.skipped, seconds: (out.report.endedAt - out.report.startedAt) / 1000 });
  await new LocalProvider({ root: dir, environment: env, runtime: base }).teardown();
  console.log(`promotion #${i + 1}: ${out.report.result}, ${out.load.sent} requests, ${out.load.failed} failed`);
}

// ---- anchor: HAProxy weight shift over the admin socket -------------------------------------
const freePort = () =>
  new Promise((res) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const p = s.address().port;
      s.close(() => res(p));
    });
  });
async function waitReady(port) {
  for (let i = 0; i < 200; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/readyz`)).ok) return;
    } catch {}
    await sleep(50);
  }
  throw new Error(`server on ${port} not ready`);
}
function admin(sock, cmd) {
  return new Promise((res, rej) => {
    const c = createConnection(sock, () => c.end(`${cmd}\n`));
    let out = '';
    c.on('data', (d) => (out += d));
    c.on('end', () => res(out));
    c.on('error', rej);
  });
}
const bodies = await loadBodies(DATA);
const anchors = [];
for (let i = 0; i < REPEAT; i++) {
  const [pStable, pCanary, pFront] = [await freePort(), await freePort(), await freePort()];
  const serve = (b, p) => spawn(process.execPath, [cli, 'serve', '--bundle', join(dir, b), '--port', String(p)], { stdio: 'ignore' });
  const stable = serve('v1', pStable);
  const canary = serve('v2', pCanary);
  await Promise.all([waitReady(pStable), waitReady(pCanary)]);
  const sock = join(dir, `haproxy-${i}.sock`);
  const cfg = join(dir, `haproxy-${i}.cfg`);
  writeFileSync(
    cfg,
    [
      'global',
      `  stats socket ${sock} level admin`,
      'defaults',
      '  mode http',
      '  timeout connect 2s',
      '  timeout client 30s',
      '  timeout server 30s',
      '  retries 3',
      '  option redispatch',
      `frontend fe\n  bind 127.0.0.1:${pFront}\n  default_backend be`,
      'backend be',
      '  balance roundrobin',
      `  server stable 127.0.0.1:${pStable} weight 100`,
      `  server canary 127.0.0.1:${pCanary} weight 0`,
      '',
    ].join('\n'),
  );
  const hap = spawn('haproxy', ['-f', cfg], { stdio: 'ignore' });
  for (let t = 0; t < 100; t++) {
    try {
      await fetch(`http://127.0.0.1:${pFront}/healthz`);
      break;
    } catch {
      await sleep(50);
    }
  }
  const t0 = Date.now();
  const load = startLoad({ url: `http://127.0.0.1:${pFront}`, path: '/predict', bodies, rate: 100 });
  for (const w of [5, 25, 50, 100]) {
    await admin(sock, `set weight be/canary ${w}`);
    await admin(sock, `set weight be/stable ${100 - w}`);
    await sleep(10_000);
  }
  await admin(sock, 'set server be/stable state drain');
  stable.kill('SIGTERM'); // the runtime drains its in-flight requests before exiting
  await sleep(2000);
  const stats = await load.stop();
  anchors.push({ sent: stats.sent, failed: stats.failed, skipped: stats.skipped, seconds: (Date.now() - t0) / 1000 });
  console.log(`haproxy #${i + 1}: ${stats.sent} requests, ${stats.failed} failed`);
  for (const p of [hap, canary, stable]) p.kill('SIGKILL');
}

rmSync(emit, { recursive: true, force: true });
rmSync(dir, { recursive: true, force: true });

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const date = new Date().toISOString().slice(0, 10);
const rbRows = [...new Set(rollbacks.map((r) => r.label))].map((label) => {
  const rs = rollbacks.filter((r) => r.label === label);
  const ms = rs.map((r) => r.ms);
  return `| ${label} | ${rs.map((r) => r.result).join(', ')} | ${(median(ms) / 1000).toFixed(1)} s (${(Math.min(...ms) / 1000).toFixed(1)}–${(Math.max(...ms) / 1000).toFixed(1)}) | ${median(rs.map((r) => r.intervals)).toFixed(2)} | ${rs.every((r) => r.intervals <= 2) ? 'yes' : 'no'} | ${rs.reduce((s, r) => s + r.stableFailed, 0)} |`;
});
const body = `Local provider, real components: the serving runtime from the built CLI, the weighted proxy daemon, the provider's own Prometheus (Debian 2.42, scraping every 1.25 s), \`--load\` replaying seattle-weather.csv at 100 requests/s; steps 5, 25, 50, 100; bake 10 s; interval ${INTERVAL}; min-requests 10. ${REPEAT} runs each, ${date}, this machine (2 cores, shared).

**Bad canary: from the first error the client sees to 100% on stable (read back from the proxy).** Goal ≤ 2 analysis intervals.

| canary | result | time (median, min–max) | analysis intervals | ≤ 2 | requests failed on stable |
|---|---|---|---|---|---|
${rbRows.join('\n')}

**Requests lost during a full promotion (5 → 25 → 50 → 100, then the old stable retired).** Goal 0. Anchor in the same run: HAProxy 2.6 (Debian) with the same two runtimes, the same load generator and rate, the same weights set over its admin socket (\`set weight\`, 10 s per step), then \`set server be/stable state drain\` and SIGTERM to the old runtime.

| | runs | requests sent (median) | lost (each run) | goal 0 |
|---|---|---|---|---|
| cd4ml local proxy | ${promotions.map((p) => p.result).join(', ')} | ${median(promotions.map((p) => p.sent))} | ${promotions.map((p) => p.failed).join(', ')} | ${promotions.every((p) => p.failed === 0) ? 'yes' : 'no'} |
| anchor: HAProxy 2.6 | ${anchors.length} | ${median(anchors.map((a) => a.sent))} | ${anchors.map((a) => a.failed).join(', ')} | ${anchors.every((a) => a.failed === 0) ? 'yes' : 'no'} |

Flagger, Argo Rollouts and SageMaker guardrails (the issue's anchors) cannot run here (no cluster, no AWS); by their documented defaults a failing canary is rolled back after Flagger's \`threshold\` (e.g. 5) failed checks at \`interval\` (e.g. 1 m), Argo's \`failureLimit\` + 1 failed measurements, SageMaker's alarm evaluation periods plus the baking period. Reproduce: \`node bench/deploy/run.mjs --write\`.`;
console.log('\n' + body);
if (WRITE) replaceSection(join(root, 'docs/benchmarks.md'), 'deploy-canary', body);
