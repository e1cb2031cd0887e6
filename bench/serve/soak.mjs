#!/usr/bin/env node
// Soak: our runtime at 80% of its maximum single-row rate (measured first with wrk, 32
// connections) for --minutes (default 10) with autocannon's fixed overall rate; RSS of the server
// sampled every 10 s. Reports errors, non-2xx, achieved rate, latency and the RSS curve.
//   node bench/serve/soak.mjs [--minutes 10] [--out bench/out/soak.json]
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const root = resolve(fileURLToPath(import.meta.url), '../../..');
const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : dflt);
const minutes = Number(opt('minutes', '10'));
const outFile = resolve(opt('out', join(root, 'bench/out/soak.json')));
const work = mkdtempSync(join(tmpdir(), 'cd4ml-soak-'));
const dist = join(work, 'dist');
execFileSync(process.execPath, [join(root, 'scripts/build.mjs'), '--out', dist, 'cli', 'serve'], { stdio: 'ignore' });
const bundle = join(work, 'bundle');
execFileSync(process.execPath, [join(dist, 'cli/index.js'), 'train', '--data', join(root, 'examples/churn/data/customers.csv'), '--target', 'churn', '--exclude', 'customer_id', '--out', bundle], { stdio: 'ignore' });
const NUM = new Set(['senior_citizen', 'tenure', 'monthly_charges', 'total_charges']);
const rows = readFileSync(join(bundle, 'holdout.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
// Rotate over 200 different real rows so that metrics and drift bins see varied input.
const bodies = rows.slice(0, 200).map((r) => JSON.stringify(Object.fromEntries(Object.entries(r).filter(([k]) => k !== 'churn' && k !== 'customer_id').map(([k, v]) => [k, NUM.has(k) ? Number(v) : v]))));
writeFileSync(join(work, 'single.json'), bodies[0]);

const port = 18131;
const server = spawn(process.execPath, [join(dist, 'serve/index.js'), '--bundle', bundle, '--port', String(port)], { stdio: 'ignore' });
const rss = () => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${server.pid}/status`, 'utf8'))[1]) * 1024;
for (let i = 0; i < 100; i++) {
  if (await fetch(`http://127.0.0.1:${port}/readyz`).then((r) => r.ok, () => false)) break;
  await new Promise((r) => setTimeout(r, 100));
}
try {
  const wrk = execFileSync('wrk', ['-t2', '-c32', '-d10s', '-s', join(root, 'bench/serve/post.lua'), `http://127.0.0.1:${port}/predict`], { encoding: 'utf8', env: { ...process.env, BODY_FILE: join(work, 'single.json') } });
  const max = Number(/Requests\/sec:\s+([\d.]+)/.exec(wrk)[1]);
  const rate = Math.floor(max * 0.8);
  console.log(`max ${max.toFixed(0)} req/s; soaking at ${rate} req/s for ${minutes} min`);
  const samples = [{ t: 0, rss: rss() }];
  const t0 = Date.now();
  const timer = setInterval(() => samples.push({ t: Math.round((Date.now() - t0) / 1000), rss: rss() }), 10_000);
  let n = 0;
  const result = await autocannon({
    url: `http://127.0.0.1:${port}/predict`,
    connections: 32,
    duration: minutes * 60,
    overallRate: rate,
    requests: [{ method: 'POST', headers: { 'content-type': 'application/json' }, setupRequest: (req) => ({ ...req, body: bodies[n++ % bodies.length] }) }],
  });
  clearInterval(timer);
  samples.push({ t: Math.round((Date.now() - t0) / 1000), rss: rss() });
  const out = {
    date: new Date().toISOString(),
    node: process.version,
    maxRps: max,
    targetRps: rate,
    achievedRps: result.requests.average,
    requests: result.requests.total,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    latencyMs: { p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max },
    rssStartMB: samples[1] ? samples[1].rss / 2 ** 20 : samples[0].rss / 2 ** 20,
    rssEndMB: samples[samples.length - 1].rss / 2 ** 20,
    rssMaxMB: Math.max(...samples.map((s) => s.rss)) / 2 ** 20,
    samples,
  };
  console.log(JSON.stringify({ ...out, samples: undefined }, null, 2));
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, JSON.stringify(out, null, 2) + '\n');
} finally {
  server.kill('SIGTERM');
}
