#!/usr/bin/env node
// Serving benchmark: our runtime (dist/serve, schema validation + preprocessing + metrics on)
// against the FastAPI + uvicorn (uvloop/httptools) server with the equivalent scikit-learn tree,
// one process each, wrk on loopback with 32 connections, single-row and 100-row batch bodies,
// one after the other in the same run.
//   node bench/serve/run.mjs [--duration 10] [--rounds 3] [--out bench/out/serve.json]
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(import.meta.url), '../../..');
const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : dflt);
const duration = Number(opt('duration', '10'));
const rounds = Number(opt('rounds', '3'));
const outFile = resolve(opt('out', join(root, 'bench/out/serve.json')));
const data = join(root, 'examples/churn/data/customers.csv');
const work = mkdtempSync(join(tmpdir(), 'cd4ml-bench-serve-'));
const dist = join(work, 'dist');

execFileSync(process.execPath, [join(root, 'scripts/build.mjs'), '--out', dist, 'cli', 'serve'], { stdio: 'inherit' });
const bundle = join(work, 'bundle');
execFileSync(process.execPath, [join(dist, 'cli/index.js'), 'train', '--data', data, '--target', 'churn', '--exclude', 'customer_id', '--max-depth', '6', '--out', bundle], { stdio: 'inherit' });

// Request bodies: real rows of the holdout, typed as JSON clients send them.
const holdout = readFileSync(join(bundle, 'holdout.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
const NUM = new Set(['senior_citizen', 'tenure', 'monthly_charges', 'total_charges']);
const typed = holdout.map((r) => {
  const o = {};
  for (const [k, v] of Object.entries(r)) if (k !== 'churn' && k !== 'customer_id') o[k] = NUM.has(k) ? Number(v) : v;
  return o;
});
const bodies = { single: JSON.stringify(typed[0]), batch100: JSON.stringify(typed.slice(0, 100)) };
for (const [name, body] of Object.entries(bodies)) writeFileSync(join(work, `${name}.json`), body);

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function waitUp(url) {
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await sleep(100);
  }
  throw new Error(`${url} did not come up`);
}

function rssOf(pid) {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) * 1024 : NaN;
}

function parseWrk(text) {
  const unit = (v, u) => Number(v) * ({ us: 1e-3, ms: 1, s: 1000, m: 60000 }[u] ?? 1);
  const pct = (p) => {
    const m = new RegExp(`\\s${p}%\\s+([\\d.]+)(us|ms|s|m)`).exec(text);
    return m ? unit(m[1], m[2]) : NaN;
  };
  const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(text)?.[1]);
  const requests = Number(/(\d+) requests in/.exec(text)?.[1]);
  const non2xx = Number(/Non-2xx or 3xx responses: (\d+)/.exec(text)?.[1] ?? 0);
  const sock = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(text);
  const socketErrors = sock ? sock.slice(1).reduce((s, x) => s + Number(x), 0) : 0;
  return { rps, requests, p50: pct(50), p90: pct(90), p99: pct(99), non2xx, socketErrors };
}

function wrk(port, bodyName, seconds) {
  const text = execFileSync('wrk', ['-t2', '-c32', `-d${seconds}s`, '--latency', '-s', join(root, 'bench/serve/post.lua'), `http://127.0.0.1:${port}/predict`], {
    encoding: 'utf8',
    env: { ...process.env, BODY_FILE: join(work, `${bodyName}.json`) },
  });
  return parseWrk(text);
}

async function startServer(name, cmd, cmdArgs, port) {
  const child = spawn(cmd, cmdArgs, { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, PORT: String(port) } });
  let err = '';
  child.stderr.on('data', (d) => (err = (err + d).slice(-2000)));
  try {
    await waitUp(`http://127.0.0.1:${port}/healthz`);
  } catch (e) {
    child.kill('SIGKILL');
    throw new Error(`${name}: ${e.message}\n${err}`);
  }
  return child;
}

const python = '/usr/bin/python3';
const versions = {
  node: execFileSync(process.execPath, ['--version'], { encoding: 'utf8' }).trim(),
  python: execFileSync(python, ['-c', 'import fastapi, uvicorn, sklearn, sys; print(sys.version.split()[0], fastapi.__version__, uvicorn.__version__, sklearn.__version__)'], { encoding: 'utf8' }).trim(),
  wrk: execFileSync('sh', ['-c', 'wrk -v 2>&1 | head -1'], { encoding: 'utf8' }).trim(),
};
const results = { date: new Date().toISOString(), duration, rounds, connections: 32, loadAverage: (await import('node:os')).loadavg()[0], versions, runs: {} };
const servers = [
  { name: 'cd4ml', cmd: process.execPath, args: [join(dist, 'serve/index.js'), '--bundle', bundle], port: 18101 },
  { name: 'fastapi', cmd: python, args: [join(root, 'bench/serve/fastapi_server.py'), data, '18102'], port: 18102 },
];
// Both servers run side by side (an idle one costs nothing); rounds alternate between them so that
// load from other jobs on the shared cores falls on both alike. Medians over the rounds.
const children = [];
try {
  for (const s of servers) children.push(await startServer(s.name, s.cmd, s.args, s.port));
  for (const s of servers) for (const body of Object.keys(bodies)) wrk(s.port, body, 3); // warm-up (JIT, caches)
  const all = {};
  for (let round = 0; round < rounds; round++) {
    for (const body of Object.keys(bodies)) {
      for (const [i, s] of servers.entries()) {
        const r = wrk(s.port, body, duration);
        r.rss = rssOf(children[i].pid);
        (all[`${s.name}/${body}`] ??= []).push(r);
        console.log(`round ${round + 1} ${s.name.padEnd(8)} ${body.padEnd(9)} ${r.rps.toFixed(0).padStart(7)} req/s  p50 ${r.p50.toFixed(2)} ms  p99 ${r.p99.toFixed(2)} ms  non-2xx ${r.non2xx}  socket errors ${r.socketErrors}`);
      }
    }
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  for (const [k, rs] of Object.entries(all)) {
    results.runs[k] = {
      rps: median(rs.map((r) => r.rps)),
      p50: median(rs.map((r) => r.p50)),
      p99: median(rs.map((r) => r.p99)),
      non2xx: rs.reduce((s, r) => s + r.non2xx, 0),
      socketErrors: rs.reduce((s, r) => s + r.socketErrors, 0),
      requests: rs.reduce((s, r) => s + r.requests, 0),
      rss: Math.max(...rs.map((r) => r.rss)),
      rounds: rs,
    };
  }
} finally {
  for (const c of children) c.kill('SIGTERM');
}
for (const body of Object.keys(bodies)) {
  const a = results.runs[`cd4ml/${body}`];
  const b = results.runs[`fastapi/${body}`];
  results[`ratio/${body}`] = { rps: a.rps / b.rps, ourP99VsTheirP50: a.p99 / b.p50 };
  console.log(`${body}: ${(a.rps / b.rps).toFixed(2)}x req/s; our p99 ${a.p99} ms vs FastAPI p50 ${b.p50} ms`);
}
mkdirSync(resolve(outFile, '..'), { recursive: true });
writeFileSync(outFile, JSON.stringify(results, null, 2) + '\n');
console.log(`wrote ${outFile}`);
