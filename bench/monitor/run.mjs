#!/usr/bin/env node
// Monitoring throughput and the cost of request sampling.
//  1. `cd4ml monitor --data prod.csv --labels weather` (read, score with the bundle, drift of 4
//     features and the predictions, live metrics) on N rows of seattle-weather 2015 replicated,
//     against a model trained on 2012–2013; anchor: the same job in pandas + scikit-learn + scipy
//     (bench/monitor/anchor.py, /usr/bin/python3), both as whole processes, median of 3.
//  2. `cd4ml serve` throughput (autocannon, 1-row JSON requests, 10 connections, 1 s warm-up + 4 s,
//     off/on alternated twice, better run of each) with the
//     request sample on at rate 1 (every row logged) against the same server with sampling off.
// Usage: node bench/monitor/run.mjs [--rows N] [--write]
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { replaceSection } from '../lib/doc.mjs';

const root = resolve(fileURLToPath(import.meta.url), '../../..');
const dist = process.env.CD4ML_DIST ?? join(root, 'dist');
const cli = join(dist, 'cli', 'index.js');
const args = process.argv.slice(2);
const N = Number(args[args.indexOf('--rows') + 1]) || 200_000;
const dir = mkdtempSync(join(tmpdir(), 'cd4ml-bench-monitor-'));

const lines = readFileSync(join(root, 'node_modules/vega-datasets/data/seattle-weather.csv'), 'utf8').trim().split('\n');
const header = lines[0];
const rows = lines.slice(1);
writeFileSync(join(dir, 'early.csv'), [header, ...rows.filter((r) => r < '2014')].join('\n') + '\n');
const later = rows.filter((r) => r.startsWith('2015'));
const prod = [header];
for (let i = 0; i < N; i++) prod.push(later[i % later.length]);
writeFileSync(join(dir, 'prod.csv'), prod.join('\n') + '\n');
const train = spawnSync(process.execPath, [cli, 'train', '--data', 'early.csv', '--target', 'weather', '--exclude', 'date', '--out', 'bundle'], { cwd: dir, encoding: 'utf8' });
if (train.status !== 0) throw new Error(train.stderr);

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}
function time(cmd, argv) {
  const xs = [];
  let out = '';
  for (let i = 0; i < 3; i++) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(cmd, argv, { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 26 });
    xs.push(Number(process.hrtime.bigint() - t0) / 1e9);
    if (r.status !== 0) throw new Error(`${cmd} ${argv.join(' ')}: ${r.stderr}`);
    out = r.stdout;
  }
  return { s: median(xs), out };
}
const ours = time(process.execPath, [cli, 'monitor', '--bundle', 'bundle', '--data', 'prod.csv', '--labels', 'weather', '--json']);
const report = JSON.parse(ours.out);
const anchor = time('/usr/bin/python3', [join(root, 'bench/monitor/anchor.py'), 'early.csv', 'prod.csv', 'bundle/holdout.jsonl']);
console.log(`monitor ${N} rows: ${ours.s.toFixed(2)} s (drifted ${report.drifted}, ${report['drifted-columns'].length} features); anchor ${anchor.s.toFixed(2)} s: ${anchor.out.trim()}`);

async function serveThroughput(sample) {
  const extra = sample ? ['--sample-dir', join(dir, `samples-${sample}`), '--sample-rate', String(sample)] : [];
  const child = spawn(process.execPath, [cli, 'serve', '--bundle', join(dir, 'bundle'), '--port', '0', ...extra], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise((res) => {
    let o = '';
    child.stdout.on('data', (d) => {
      o += d;
      const m = /http:\/\/127\.0\.0\.1:\d+/.exec(o);
      if (m) res(m[0]);
    });
  });
  const body = JSON.stringify({ precipitation: 0.5, temp_max: 20.1, temp_min: 11.2, wind: 3.3 });
  const load = (duration) => autocannon({ url: `${url}/predict`, method: 'POST', headers: { 'content-type': 'application/json' }, body, connections: 10, duration });
  await load(1); // warm-up (JIT), not counted
  const r = await load(4);
  child.kill('SIGTERM');
  await new Promise((res) => child.on('exit', res));
  return { rps: r.requests.average, p99: r.latency.p99, errors: r.errors + r.non2xx };
}
// Alternate off/on twice and keep the better run of each: other processes share these 2 cores.
const runs = [];
for (const sample of [0, 1, 0.1, 0, 1, 0.1]) runs.push({ sample, ...(await serveThroughput(sample)) });
const best = (sample) => runs.filter((x) => x.sample === sample).sort((x, y) => y.rps - x.rps)[0];
const off = best(0);
const on = best(1);
const tenth = best(0.1);
console.log(`serve: sampling off ${off.rps.toFixed(0)} req/s p99 ${off.p99} ms; rate 1 ${on.rps.toFixed(0)} req/s p99 ${on.p99} ms; rate 0.1 ${tenth.rps.toFixed(0)} req/s p99 ${tenth.p99} ms`);

const body = [
  `Measured ${new Date().toISOString().slice(0, 10)} on this machine (2 cores), one run of \`node bench/monitor/run.mjs\`.`,
  '',
  `| job | cd4ml | anchor | ratio (cd4ml ÷ anchor) |`,
  '|---|---|---|---|',
  `| \`cd4ml monitor --data\` on ${N.toLocaleString('en')} labelled rows (read, score, 4 feature tests + prediction test, live metrics), whole process, median of 3 | ${ours.s.toFixed(2)} s | pandas + scikit-learn 1.2 + scipy (anchor.py): ${anchor.s.toFixed(2)} s | ${(ours.s / anchor.s).toFixed(2)}× |`,
  `| \`cd4ml serve\` with the request sample at rate 1 (every row logged), autocannon 10 connections, 1 s warm-up + 4 s, better of 2 alternating runs, 1-row JSON | ${on.rps.toFixed(0)} req/s, p99 ${on.p99} ms | same server, sampling off: ${off.rps.toFixed(0)} req/s, p99 ${off.p99} ms | ${(on.rps / off.rps).toFixed(2)}× throughput |`,
  `| same, sample rate 0.1 (the default) | ${tenth.rps.toFixed(0)} req/s, p99 ${tenth.p99} ms | sampling off: ${off.rps.toFixed(0)} req/s, p99 ${off.p99} ms | ${(tenth.rps / off.rps).toFixed(2)}× throughput |`,
  '',
  `Both find the 2015 rows drifted (${report['drifted-columns'].length} of 4 features by cd4ml; anchor: \`${anchor.out.trim()}\`). The anchor compares with the same reference rows (the bundle's holdout.jsonl) but trains its own sklearn tree (same depth) since it cannot read the bundle; its KS p-values use scipy's asymptotic distribution, cd4ml's the Kolmogorov limit with Stephens' correction on a 50 000-value sample, so borderline features can differ. It does not build the report or the Markdown. The serve row is sensitive to the load of other processes on this shared machine.`,
].join('\n');
console.log(body);
if (args.includes('--write')) replaceSection(join(root, 'docs/benchmarks.md'), 'monitor', body);
rmSync(dir, { recursive: true, force: true });
