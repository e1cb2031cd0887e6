#!/usr/bin/env node
// train benchmark (issue 3): CART fit time, holdout accuracy / R², batch and single-row predict,
// against scikit-learn 1.2 (Debian python3-sklearn, OMP_NUM_THREADS=1) on the same data in the
// same run: synthetic classification 10k / 50k / 200k × 20 and the flights-200k regression
// (vega-datasets; delay ~ distance + time), depth 6 and 20. Also the start-up time of the built
// train action with no inputs.
// Our fit = the whole `fitModel` tree step including presorting / binning (split search "auto":
// exact up to 20,000 rows, histogram above), on the same Float64 columns sklearn gets.
// Usage: node bench/train/run.mjs [--write] [--quick]   (CD4ML_DIST=dir: use that build of dist/train)
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { replaceSection } from '../lib/doc.mjs';

const root = resolve(fileURLToPath(import.meta.url), '../../..');
const args = process.argv.slice(2);
const WRITE = args.includes('--write');
const QUICK = args.includes('--quick');
const dir = mkdtempSync(join(tmpdir(), 'cd4ml-bench-train-'));

// Compile the core once (same emit as scripts/build.mjs) and import it directly.
mkdirSync(join(root, 'build'), { recursive: true });
const buildDir = mkdtempSync(join(root, 'build', 'bench-train-'));
execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(root, 'tsconfig.build.json'), '--noCheck', '--outDir', buildDir], { stdio: 'inherit' });
const mod = (p) => import(pathToFileURL(join(buildDir, 'src/model', p)).href);
const { trainTree } = await mod('cart.js');
const { trainTreeHist } = await mod('hist.js');
const { toMlCartModel, compileMlCart, leavesOfColumns, leavesOfRows, predictOne } = await mod('mlcart.js');
const { EXACT_MAX_ROWS } = await mod('train.js');

function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Synthetic classification like sklearn's make_classification: 5 informative of 20, label noise. */
function synthetic(n, d, seed) {
  const r = rng(seed);
  const gauss = () => Math.sqrt(-2 * Math.log(r() + 1e-12)) * Math.cos(2 * Math.PI * r());
  const cols = Array.from({ length: d }, () => new Float64Array(n));
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let f = 0; f < d; f++) {
      const v = gauss();
      cols[f][i] = v;
      if (f < 5) s += v * (f % 2 ? -1 : 1) * (1 + f / 2);
    }
    s += 0.8 * cols[0][i] * cols[1][i] + 1.5 * gauss();
    y[i] = s > 0 ? 1 : 0;
  }
  return { cols, y };
}

function flights() {
  const rows = JSON.parse(readFileSync(join(root, 'node_modules/vega-datasets/data/flights-200k.json'), 'utf8'));
  const n = rows.length;
  return {
    cols: [Float64Array.from(rows, (r) => r.distance), Float64Array.from(rows, (r) => r.time)],
    y: Float64Array.from(rows, (r) => r.delay),
  };
}

function writeMatrix(name, cols, y) {
  const n = y.length;
  const d = cols.length;
  const m = new Float64Array(n * (d + 1));
  for (let i = 0; i < n; i++) {
    for (let f = 0; f < d; f++) m[i * (d + 1) + f] = cols[f][i];
    m[i * (d + 1) + d] = y[i];
  }
  const p = join(dir, `${name}.f64`);
  writeFileSync(p, Buffer.from(m.buffer));
  return p;
}

const cpuNow = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

function timeIt(f) {
  const c0 = cpuNow();
  const t0 = performance.now();
  const result = f();
  return { wall: (performance.now() - t0) / 1000, cpu: cpuNow() - c0, result };
}

const PY = String.raw`
import sys, json, time, numpy as np
from sklearn.tree import DecisionTreeClassifier, DecisionTreeRegressor
from sklearn.metrics import accuracy_score, r2_score
path, d, task, depths = sys.argv[1], int(sys.argv[2]), sys.argv[3], [int(x) for x in sys.argv[4].split(',')]
BATCH_RUNS = int(sys.argv[5])
m = np.fromfile(path, dtype=np.float64).reshape(-1, d + 1)
n = m.shape[0]; ntr = int(n * 0.8)
Xtr, ytr, Xte, yte = m[:ntr, :d], m[:ntr, d], m[ntr:, :d], m[ntr:, d]
out = []
for depth in depths:
    M = DecisionTreeClassifier if task == 'classification' else DecisionTreeRegressor
    c0 = time.process_time(); t0 = time.perf_counter()
    model = M(max_depth=depth, random_state=0).fit(Xtr, ytr)
    wall = time.perf_counter() - t0; cpu = time.process_time() - c0
    pred = model.predict(Xte)
    score = accuracy_score(yte, pred) if task == 'classification' else r2_score(yte, pred)
    big = np.tile(Xte, (max(1, 1000000 // len(Xte)), 1))
    model.predict(big)
    bw = float('inf')
    for _ in range(BATCH_RUNS):
        t0 = time.perf_counter(); model.predict(big); bw = min(bw, time.perf_counter() - t0)
    reps = 2000; t0 = time.perf_counter()
    for i in range(reps): model.predict(Xte[i % len(Xte):i % len(Xte) + 1])
    single = (time.perf_counter() - t0) / reps
    out.append(dict(depth=depth, wall=wall, cpu=cpu, score=score, batch_rows_s=len(big) / bw, single_s=single))
print(json.dumps(out))
`;

function sklearn(path, d, task, depths) {
  const env = { ...process.env, OMP_NUM_THREADS: '1' };
  delete env.OPENBLAS_CORETYPE;
  delete env.OPENBLAS_L2_SIZE;
  const outText = execFileSync('/usr/bin/python3', ['-c', PY, path, String(d), task, depths.join(','), String(BATCH_RUNS)], { encoding: 'utf8', env, maxBuffer: 1 << 24 });
  return JSON.parse(outText);
}

/** Batch predict: one warm-up call, then the best of BATCH_RUNS timed calls (sklearn gets the same). */
const BATCH_RUNS = 5;
function bestSeconds(f) {
  f();
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < BATCH_RUNS; i++) {
    const t0 = performance.now();
    f();
    best = Math.min(best, (performance.now() - t0) / 1000);
  }
  return best;
}

function ours(cols, y, task, depth) {
  const n = y.length;
  const ntr = Math.floor(n * 0.8);
  const trCols = cols.map((c) => c.slice(0, ntr));
  const teCols = cols.map((c) => c.slice(ntr));
  const ytr = task === 'classification' ? Int32Array.from(y.subarray(0, ntr)) : y.slice(0, ntr);
  const opts = { maxDepth: depth, minNumSamples: 1, gainThreshold: 0 };
  const grow = ntr <= EXACT_MAX_ROWS ? trainTree : trainTreeHist;
  const fit = timeIt(() => grow({ task, columns: trCols, y: ytr, nClasses: task === 'classification' ? 2 : 0 }, opts));
  const compiled = compileMlCart(toMlCartModel(fit.result, opts), task === 'classification' ? 2 : undefined);
  const nte = n - ntr;
  const leaves = leavesOfColumns(compiled, teCols, nte);
  let score;
  if (task === 'classification') {
    let ok = 0;
    for (let i = 0; i < nte; i++) if (compiled.leafClass[leaves[i]] === y[ntr + i]) ok++;
    score = ok / nte;
  } else {
    let ss = 0;
    let tot = 0;
    let mean = 0;
    for (let i = 0; i < nte; i++) mean += y[ntr + i];
    mean /= nte;
    for (let i = 0; i < nte; i++) {
      ss += (y[ntr + i] - compiled.leafValue[leaves[i]]) ** 2;
      tot += (y[ntr + i] - mean) ** 2;
    }
    score = 1 - ss / tot;
  }
  // Batch: ~1M rows (the test rows tiled), columnar.
  const reps = Math.max(1, Math.floor(1_000_000 / nte));
  const big = teCols.map((c) => {
    const b = new Float64Array(nte * reps);
    for (let r = 0; r < reps; r++) b.set(c, r * nte);
    return b;
  });
  const out = new Int32Array(nte * reps);
  const batchRowsS = (nte * reps) / bestSeconds(() => leavesOfColumns(compiled, big, nte * reps, out));
  // Row-major copy (features of a row contiguous, like sklearn's input).
  const d = teCols.length;
  const rowMajor = new Float64Array(nte * reps * d);
  for (let r = 0; r < nte * reps; r++) for (let f = 0; f < d; f++) rowMajor[r * d + f] = big[f][r];
  const batchRowMajorS = (nte * reps) / bestSeconds(() => leavesOfRows(compiled, rowMajor, nte * reps, d, out));
  // Single row: one array per call, 200k calls.
  const rows = Array.from({ length: 1000 }, (_, i) => teCols.map((c) => c[i % nte]));
  let sink = 0;
  for (let i = 0; i < 20000; i++) sink += predictOne(compiled, rows[i % 1000]);
  const t1 = performance.now();
  const calls = 200_000;
  for (let i = 0; i < calls; i++) sink += predictOne(compiled, rows[i % 1000]);
  const single = (performance.now() - t1) / 1000 / calls;
  return { wall: fit.wall, cpu: fit.cpu, score, nodes: fit.result.nodeCount, batchRowsS, batchRowMajorS, single, sink, search: ntr <= EXACT_MAX_ROWS ? 'exact' : 'histogram' };
}

const datasets = [
  { name: 'synthetic 10k × 20', task: 'classification', make: () => synthetic(12_500, 20, 1) },
  { name: 'synthetic 50k × 20', task: 'classification', make: () => synthetic(62_500, 20, 2) },
  { name: 'synthetic 200k × 20', task: 'classification', make: () => synthetic(250_000, 20, 3) },
  { name: 'flights-200k (regression)', task: 'regression', make: flights },
].filter((_, i) => !QUICK || i < 2);

const results = [];
for (const ds of datasets) {
  const { cols, y } = ds.make();
  const path = writeMatrix(ds.name.replace(/\W+/g, '_'), cols, y);
  const depths = [6, 20];
  const sk = sklearn(path, cols.length, ds.task, depths);
  for (const [j, depth] of depths.entries()) {
    const o = ours(cols, y, ds.task, depth);
    const s = sk[j];
    results.push({ ds: ds.name, task: ds.task, n: Math.floor(y.length * 0.8), depth, o, s });
    console.log(
      `${ds.name} depth ${depth} (${o.search}): fit ${o.wall.toFixed(3)} s wall / ${o.cpu.toFixed(3)} s cpu vs sklearn ${s.wall.toFixed(3)} / ${s.cpu.toFixed(3)} → cpu ratio ${(o.cpu / s.cpu).toFixed(2)}; score ${o.score.toFixed(4)} vs ${s.score.toFixed(4)}; batch ${(o.batchRowsS / 1e6).toFixed(1)} col / ${(o.batchRowMajorS / 1e6).toFixed(1)} row vs ${(s.batch_rows_s / 1e6).toFixed(1)} M rows/s; single ${(o.single * 1e6).toFixed(2)} µs vs ${(s.single_s * 1e6).toFixed(1)} µs`,
    );
  }
}

// Start-up of the built action with no inputs (exits 2: no data), median of 11.
const dist = process.env.CD4ML_DIST ?? join(root, 'dist');
const startups = [];
for (let i = 0; i < 11; i++) {
  const t0 = performance.now();
  spawnSync(process.execPath, [join(dist, 'train', 'index.js')], { env: { PATH: process.env.PATH, RUNNER_TEMP: dir }, encoding: 'utf8' });
  startups.push(performance.now() - t0);
}
startups.sort((a, b) => a - b);
const startup = startups[5];
const nodeStart = [];
for (let i = 0; i < 11; i++) {
  const t0 = performance.now();
  spawnSync(process.execPath, ['-e', '0']);
  nodeStart.push(performance.now() - t0);
}
nodeStart.sort((a, b) => a - b);
console.log(`start-up of ${join(dist, 'train', 'index.js')}: ${startup.toFixed(0)} ms (node -e 0: ${nodeStart[5].toFixed(0)} ms)`);
const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

const f3 = (x) => x.toFixed(3);
const lines = [
  `One run of \`node bench/train/run.mjs\`, ${new Date().toISOString().slice(0, 10)}, this machine (2 cores; load average at the end ${load}; CPU time is the fairer measure when other jobs share the cores, so the fit ratios use it). Anchor: scikit-learn ${'1.2'} DecisionTree{Classifier,Regressor}(max_depth, random_state=0) from Debian python3-sklearn with OMP_NUM_THREADS=1, same Float64 data, same 80/20 split, in the same run. Ours: min-num-samples 1, gain-threshold 0 (sklearn's defaults), split search auto (exact ≤ ${EXACT_MAX_ROWS.toLocaleString('en')} training rows, 256-bin histogram above); fit time includes presorting / binning.`,
  '',
  '| data | depth | search | fit ours (cpu / wall) | fit sklearn (cpu / wall) | fit ratio (cpu) | ≤ 0.3× | holdout ours | holdout sklearn | Δ |',
  '|---|---|---|---|---|---|---|---|---|---|',
];
for (const r of results) {
  const ratio = r.o.cpu / r.s.cpu;
  const metric = r.task === 'classification' ? 'acc' : 'R²';
  lines.push(`| ${r.ds} (${r.n.toLocaleString('en')} train rows) | ${r.depth} | ${r.o.search} | ${f3(r.o.cpu)} s / ${f3(r.o.wall)} s | ${f3(r.s.cpu)} s / ${f3(r.s.wall)} s | ${ratio.toFixed(2)}× | ${ratio <= 0.3 ? 'yes' : 'no'} | ${metric} ${r.o.score.toFixed(4)} | ${r.s.score.toFixed(4)} | ${(r.o.score - r.s.score >= 0 ? '+' : '') + ((r.o.score - r.s.score) * (r.task === 'classification' ? 100 : 1)).toFixed(r.task === 'classification' ? 2 : 4)}${r.task === 'classification' ? ' pt' : ''} |`);
}
lines.push(
  '',
  'Prediction (compiled tree vs sklearn `predict`): batch = ~1M rows (test rows tiled), one warm-up call then the best of 5 timed calls on both sides. Like for like, both sides score the same row-major Float64 matrix (`leavesOfRows`; sklearn converts it to float32 inside `predict`); the goal ratio uses that. "columnar" is the path `cd4ml predict` and the gate take (`leavesOfColumns`: one Float64Array per feature, copied into row-major blocks of the used features first), shown for information with its own ratio. Single row = one call with one row.',
  '',
  '| data | depth | batch ours, row-major | batch sklearn | ratio (goal ≥ 1) | batch ours, columnar | columnar ÷ sklearn | single-row ours | single-row sklearn | ≤ 3 µs |',
  '|---|---|---|---|---|---|---|---|---|---|',
);
for (const r of results) {
  lines.push(`| ${r.ds} | ${r.depth} | ${(r.o.batchRowMajorS / 1e6).toFixed(1)} M rows/s | ${(r.s.batch_rows_s / 1e6).toFixed(1)} M rows/s | ${(r.o.batchRowMajorS / r.s.batch_rows_s).toFixed(2)}× | ${(r.o.batchRowsS / 1e6).toFixed(1)} M rows/s | ${(r.o.batchRowsS / r.s.batch_rows_s).toFixed(2)}× | ${(r.o.single * 1e6).toFixed(2)} µs | ${(r.s.single_s * 1e6).toFixed(1)} µs | ${r.o.single * 1e6 <= 3 ? 'yes' : 'no'} |`);
}
lines.push('', `Start-up of \`node dist/train/index.js\` with no inputs (median of 11; exits 2 asking for data; \`@actions/artifact\` is imported only when uploading): **${startup.toFixed(0)} ms** (goal < 500 ms; \`node -e 0\` ${nodeStart[5].toFixed(0)} ms).`);
lines.push(
  '',
  'Notes. The exact search (≤ 20,000 rows) proposes exactly ml-cart\'s candidate thresholds (the property test checks identical predictions); at 10k rows it is slower than sklearn, much of it JIT warm-up in a fresh process. flights-200k has only two features (distance, time): binning and warm-up dominate our fit, and neither tree predicts delay (R² ≤ 0). Batch-predict and start-up numbers move by 2× between runs at this load (node -e 0 itself took the time shown); re-measure on a quiet machine before reading them as more than an order of magnitude. ml-cart itself was not re-run (the issue measured 40.2 s for 7,500 × 20, depth 6).',
);
const body = lines.join('\n');
console.log('\n' + body);
if (WRITE) replaceSection(join(root, 'docs/benchmarks.md'), 'train', body);
rmSync(buildDir, { recursive: true, force: true });
rmSync(dir, { recursive: true, force: true });
