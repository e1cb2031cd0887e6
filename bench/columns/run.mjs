#!/usr/bin/env node
// Reading a CSV into columns (issue 13): readColumns (src/data/table.ts) against pandas.read_csv
// (Debian python3-pandas), whole process each (start to exit), alternating, RUNS times; wall time
// and peak RSS from /usr/bin/time; medians. The file: ROWS × 20 numeric columns (integers and
// decimals, ~1% empty cells) + one categorical column, generated with a fixed seed into a temp
// folder and deleted afterwards.
// Usage: node bench/columns/run.mjs [--rows N] [--runs R] [--keep DIR] [--write]
//   --keep DIR keeps (and reuses) the generated file in DIR; --write records the figures in the
//   "columnar read" section of docs/benchmarks.md (one row per --rows, replacing that row).
import { execFileSync, spawnSync } from 'node:child_process';
import { createWriteStream, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(import.meta.url), '../../..');
const arg = (name, dflt) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : dflt;
};
const ROWS = Number(arg('--rows', 1_000_000));
const RUNS = Number(arg('--runs', 3));
const keep = arg('--keep', undefined);

// 1. Build: tsc emits src/ as JavaScript under build/ (gitignored).
const build = join(root, 'build', `bench-columns-${process.pid}`);
execFileSync(join(root, 'node_modules/.bin/tsc'), ['-p', join(root, 'tsconfig.json'), '--outDir', build, '--noEmit', 'false', '--noCheck'], { stdio: 'inherit' });

// 2. Data.
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const dir = keep ?? mkdtempSync(join(tmpdir(), 'cd4ml-bench-columns-'));
mkdirSync(dir, { recursive: true });
const file = join(dir, `columns-${ROWS}.csv`);
let exists = false;
try {
  exists = statSync(file).size > 0;
} catch {}
if (!exists) {
  const r = rng(13);
  const cats = ['red', 'green', 'blue', 'cyan', 'magenta', 'yellow', 'black', 'white'];
  const out = createWriteStream(file);
  const header = [...Array.from({ length: 20 }, (_, i) => `x${i}`), 'color'].join(',') + '\n';
  out.write(header);
  let chunk = '';
  for (let i = 0; i < ROWS; i++) {
    let line = '';
    for (let c = 0; c < 20; c++) {
      const u = r();
      const v = u < 0.01 ? '' : c % 4 === 0 ? String(Math.floor(r() * 10000)) : String(Math.round((r() * 2000 - 1000) * 1000) / 1000);
      line += v + ',';
    }
    line += cats[Math.floor(r() * cats.length)] + '\n';
    chunk += line;
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await new Promise((ok) => out.once('drain', ok));
      chunk = '';
    }
  }
  out.write(chunk);
  await new Promise((ok) => out.end(ok));
}
const size = statSync(file).size;
console.error(`data: ${file} (${(size / 1e6).toFixed(0)} MB, ${ROWS} rows × 21 columns)`);

// 3. Runs, alternating.
const node = join(root, 'node_modules/.bin/node');
function measure(cmd, args) {
  const r = spawnSync('/usr/bin/time', ['-f', '%e %M %U %S', cmd, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.stderr}`);
  const [wall, kb, user, sys] = r.stderr.trim().split('\n').pop().split(' ').map(Number);
  return { wall, rssMb: kb / 1024, cpu: +(user + sys).toFixed(2), out: r.stdout.trim() };
}
const ours = [];
const pandas = [];
const PY = "import sys, pandas as pd; df = pd.read_csv(sys.argv[1]); print(len(df), len(df.columns))";
for (let i = 0; i < RUNS; i++) {
  ours.push(measure(node, [join(root, 'bench/columns/read.mjs'), build, file]));
  pandas.push(measure('/usr/bin/python3', ['-c', PY, file]));
  console.error(
    `run ${i + 1}: ours ${ours[i].wall} s (CPU ${ours[i].cpu} s) ${ours[i].rssMb.toFixed(0)} MB (${ours[i].out}); pandas ${pandas[i].wall} s (CPU ${pandas[i].cpu} s) ${pandas[i].rssMb.toFixed(0)} MB (${pandas[i].out})`,
  );
}
const mid = (xs) => {
  const s = xs.slice().sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : +((s[m - 1] + s[m]) / 2).toFixed(2);
};
const load = execFileSync('uptime', { encoding: 'utf8' }).trim().replace(/^.*load average: /, '');
const res = {
  rows: ROWS,
  mb: Math.round(size / 1e6),
  runs: RUNS,
  ours: { wall: mid(ours.map((r) => r.wall)), cpu: mid(ours.map((r) => r.cpu)), rssMb: Math.round(mid(ours.map((r) => r.rssMb))) },
  pandas: { wall: mid(pandas.map((r) => r.wall)), cpu: mid(pandas.map((r) => r.cpu)), rssMb: Math.round(mid(pandas.map((r) => r.rssMb))) },
  load,
};
res.timeRatio = +(res.ours.wall / res.pandas.wall).toFixed(2);
res.cpuRatio = +(res.ours.cpu / res.pandas.cpu).toFixed(2);
res.rssRatio = +(res.ours.rssMb / res.pandas.rssMb).toFixed(2);
res.bytesPerCell = +((res.ours.rssMb * 1048576) / (ROWS * 21)).toFixed(1);
console.log(JSON.stringify(res));
if (!keep) rmSync(dir, { recursive: true, force: true });
rmSync(build, { recursive: true, force: true });

if (process.argv.includes('--write')) {
  const { replaceSection } = await import('../lib/doc.mjs');
  const { readFileSync, existsSync } = await import('node:fs');
  const doc = join(root, 'docs/benchmarks.md');
  const title = 'columnar read (issue 13)';
  const text = existsSync(doc) ? readFileSync(doc, 'utf8') : '';
  const at = text.indexOf(`## ${title}`);
  const old = at === -1 ? '' : text.slice(at).split('\n## ')[0];
  const rows = old.split('\n').filter((l) => /^\| [\d,]+ × 21 /.test(l) && !l.startsWith(`| ${ROWS.toLocaleString('en-US')} × 21 `));
  const row = `| ${ROWS.toLocaleString('en-US')} × 21 | ${res.mb} | ${res.ours.wall} | ${res.ours.cpu} | ${res.ours.rssMb} | ${res.pandas.wall} | ${res.pandas.cpu} | ${res.pandas.rssMb} | **${res.timeRatio}×** | ${res.cpuRatio}× | **${res.rssRatio}×** | ${res.runs} | ${load} |`;
  rows.push(row);
  rows.sort((a, b) => Number(a.split(' ')[1].replace(/,/g, '')) - Number(b.split(' ')[1].replace(/,/g, '')));
  const body = [
    'Reading a CSV into the columnar table (`readColumns`, src/data/table.ts) against `pandas.read_csv` (Debian python3-pandas 1.5),',
    'each a whole process (start to exit; ours: node bench/columns/read.mjs, pandas: python3 -c "pd.read_csv(f)"), alternating,',
    'medians of the runs; wall, CPU (user + system) and peak RSS from /usr/bin/time. The file: 20 numeric columns (integers and',
    'decimals, ~1% empty cells) + 1 categorical column, fixed seed, generated into a temp folder (`node bench/columns/run.mjs --rows N --write`).',
    'CPU is the steadier measure on a loaded machine (wall includes waiting for a core; see the load column).',
    '',
    '| rows × columns | CSV MB | ours wall s | ours CPU s | ours peak RSS MB | pandas wall s | pandas CPU s | pandas peak RSS MB | wall ratio | CPU ratio | RSS ratio | runs | load average after |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|',
    ...rows,
  ].join('\n');
  replaceSection(doc, title, body);
}
