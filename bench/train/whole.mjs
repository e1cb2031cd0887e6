#!/usr/bin/env node
// train, whole process (issue 13): `cd4ml train` as a user runs it (process start to exit, peak RSS
// from /usr/bin/time) against pandas + scikit-learn in one Python process (read_csv → stratified
// 80/20 split → DecisionTreeClassifier(max_depth=6).fit → holdout accuracy → joblib.dump; Debian
// python3-sklearn, OMP_NUM_THREADS=1), on the same synthetic CSV (20 float features, 5 informative,
// label noise; like bench/train/run.mjs), alternating the sides, medians.
// Usage: node bench/train/whole.mjs [--rows 200000,1000000] [--runs 3] [--anchor-max 1000000] [--write]
//   CD4ML_DIST=dir: use that build (default dist/). --anchor-max: largest file the anchor runs on.
import { execFileSync, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { replaceSection } from '../lib/doc.mjs';

const root = resolve(fileURLToPath(import.meta.url), '../../..');
const args = process.argv.slice(2);
const arg = (name, def) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : def;
};
const WRITE = args.includes('--write');
const ROWS = arg('--rows', '200000,1000000').split(',').map(Number);
const RUNS = Number(arg('--runs', '3'));
const ANCHOR_MAX = Number(arg('--anchor-max', '1000000'));
const DATA_DIR = arg('--data-dir', undefined);
const dist = process.env.CD4ML_DIST ?? join(root, 'dist');
const dir = mkdtempSync(join(DATA_DIR ?? tmpdir(), 'cd4ml-bench-whole-'));

function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** n rows × 20 features (6 decimals) + target, streamed to a CSV file. */
async function writeCsv(path, n, seed) {
  const r = rng(seed);
  const gauss = () => Math.sqrt(-2 * Math.log(r() + 1e-12)) * Math.cos(2 * Math.PI * r());
  const d = 20;
  const out = createWriteStream(path);
  const header = [...Array.from({ length: d }, (_, f) => `x${f}`), 'target'].join(',') + '\n';
  out.write(header);
  const row = new Float64Array(d);
  let buf = '';
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let f = 0; f < d; f++) {
      const v = Math.round(gauss() * 1e6) / 1e6;
      row[f] = v;
      if (f < 5) s += v * (f % 2 ? -1 : 1) * (1 + f / 2);
    }
    s += 0.8 * row[0] * row[1] + 1.5 * gauss();
    buf += row.join(',') + (s > 0 ? ',1\n' : ',0\n');
    if (buf.length > 1 << 20) {
      if (!out.write(buf)) await new Promise((res) => out.once('drain', res));
      buf = '';
    }
  }
  out.write(buf);
  await new Promise((res) => out.end(res));
}

const PY = String.raw`
import sys, joblib, pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.tree import DecisionTreeClassifier
df = pd.read_csv(sys.argv[1])
y = df.pop('target')
Xtr, Xte, ytr, yte = train_test_split(df, y, test_size=0.2, random_state=42, stratify=y)
m = DecisionTreeClassifier(max_depth=6, random_state=0).fit(Xtr, ytr)
print(m.score(Xte, yte))
joblib.dump(m, sys.argv[2])
`;

/** Run under /usr/bin/time: wall seconds, peak RSS MB, stdout. */
function timed(cmd, argv, env) {
  const res = spawnSync('/usr/bin/time', ['-f', '%e %M', cmd, ...argv], { encoding: 'utf8', env, maxBuffer: 1 << 26 });
  const lines = res.stderr.trim().split('\n');
  const [wall, kb] = lines[lines.length - 1].split(' ').map(Number);
  if (res.status !== 0) throw new Error(`${cmd} ${argv.join(' ')} exited ${res.status}: ${res.stderr.slice(-2000)}`);
  return { wall, rss: kb / 1024, stdout: res.stdout };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const pyEnv = { ...process.env, OMP_NUM_THREADS: '1', OPENBLAS_NUM_THREADS: '1', MKL_NUM_THREADS: '1' };
const results = [];
for (const n of ROWS) {
  const csv = join(dir, `synthetic-${n}.csv`);
  await writeCsv(csv, n, 7);
  const mb = statSync(csv).size / 1e6;
  const ours = [];
  const py = [];
  let oursAcc;
  let pyAcc;
  const anchor = n <= ANCHOR_MAX;
  for (let i = 0; i < RUNS; i++) {
    const out = join(dir, `model-${n}`);
    const o = timed(process.execPath, [join(dist, 'cli', 'index.js'), 'train', '--data', csv, '--target', 'target', '--max-depth', '6', '--out', out], process.env);
    ours.push(o);
    oursAcc = JSON.parse(readFileSync(join(out, 'metrics.json'), 'utf8')).holdout.accuracy;
    rmSync(out, { recursive: true, force: true });
    if (anchor) {
      const p = timed('/usr/bin/python3', ['-c', PY, csv, join(dir, 'model.joblib')], pyEnv);
      py.push(p);
      pyAcc = Number(p.stdout.trim());
    }
    console.log(`${n} rows run ${i + 1}: ours ${o.wall.toFixed(2)} s ${o.rss.toFixed(0)} MB` + (anchor ? `; pandas+sklearn ${py[i].wall.toFixed(2)} s ${py[i].rss.toFixed(0)} MB` : ''));
  }
  const r = { n, mb, ours: { wall: median(ours.map((x) => x.wall)), rss: median(ours.map((x) => x.rss)), acc: oursAcc } };
  if (anchor) r.py = { wall: median(py.map((x) => x.wall)), rss: median(py.map((x) => x.rss)), acc: pyAcc };
  results.push(r);
  rmSync(csv, { force: true });
}
const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
const uptime = execFileSync('uptime', { encoding: 'utf8' }).trim();

const lines = [
  `One run of \`node bench/train/whole.mjs --rows ${ROWS.join(',')} --runs ${RUNS}\`, ${new Date().toISOString().slice(0, 10)}, this machine (2 cores shared with other jobs; \`uptime\` at the end: ${uptime}). Whole process as a user runs it, wall time and peak RSS from \`/usr/bin/time\`, median of ${RUNS} runs, the two sides alternating. Data: synthetic CSV, 20 float features (6 decimals) + a 0/1 target, 5 informative features with label noise. Ours: \`node dist/cli/index.js train --data FILE --target target --max-depth 6 --out DIR\` (read → split → preprocess → histogram fit → holdout metrics → the whole bundle incl. schema.yml and holdout.jsonl). Anchor: one Python process, pandas \`read_csv\` → \`train_test_split(stratify)\` 80/20 → \`DecisionTreeClassifier(max_depth=6).fit\` → holdout score → \`joblib.dump\` (Debian python3-sklearn 1.2, pandas, OMP_NUM_THREADS=1).`,
  '',
  '| rows × 20 | CSV | cd4ml train (wall / peak RSS) | pandas + sklearn (wall / peak RSS) | time ratio (goal ≤ 0.5) | RSS ratio (goal ≤ 0.5) | holdout accuracy ours / sklearn |',
  '|---|---|---|---|---|---|---|',
];
for (const r of results) {
  const py = r.py;
  lines.push(
    `| ${r.n.toLocaleString('en')} | ${r.mb.toFixed(0)} MB | ${r.ours.wall.toFixed(2)} s / ${r.ours.rss.toFixed(0)} MB | ${py ? `${py.wall.toFixed(2)} s / ${py.rss.toFixed(0)} MB` : 'not run'} | ${py ? (r.ours.wall / py.wall).toFixed(2) + '×' : '—'} | ${py ? (r.ours.rss / py.rss).toFixed(2) + '×' : '—'} | ${r.ours.acc.toFixed(4)} / ${py ? py.acc.toFixed(4) : '—'} |`,
  );
}
const body = lines.join('\n');
console.log('\n' + body + `\n(load ${load})`);
if (WRITE) replaceSection(join(root, 'docs/benchmarks.md'), 'train, whole process', body);
rmSync(dir, { recursive: true, force: true });
if (!existsSync(dir)) process.exitCode = 0;
