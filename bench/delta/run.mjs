#!/usr/bin/env node
// Delta Lake read benchmark (issue 17 goal: reading a 3M-row Delta table costs ≤ 1.1× reading
// the same rows as plain Parquet). The rows of vega-datasets' flights-3m.parquet (3,000,000 × 5)
// are written twice by the same writer (hyparquet-writer, ZSTD, 250,000-row row groups):
//   plain: one Parquet file;
//   delta: a Delta table of 3 files of 1,000,000 rows in 2 commits, with a v2 checkpoint
//          (written by the test-only writer tests/helpers/delta-writer.ts).
// The same stage runs on both, alternating, RUNS times each: `cd4ml validate --data <x>` (the
// whole command as a user runs it: profile every column of every row). Wall time and peak RSS
// from /usr/bin/time; medians; the ratio is delta ÷ plain.
// Usage: node_modules/.bin/node bench/delta/run.mjs [--write] [--runs N]
//   CD4ML_CLI=path/to/cli/index.js reuses a built CLI (default: build one into bench/out/dist-delta).
//   --write updates the "Delta Lake" section of docs/benchmarks.md.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { replaceSection } from '../lib/doc.mjs';

const root = resolve(fileURLToPath(import.meta.url), '../../..');
const out = join(root, 'bench/out/delta');
const write = process.argv.includes('--write');
const runsAt = process.argv.indexOf('--runs');
const RUNS = runsAt > 0 ? Number(process.argv[runsAt + 1]) : 5;
mkdirSync(out, { recursive: true });

let cli = process.env.CD4ML_CLI;
if (!cli) {
  const dist = join(root, 'bench/out/dist-delta');
  execFileSync(process.execPath, [join(root, 'scripts/build.mjs'), '--out', dist, 'cli'], { stdio: 'inherit' });
  cli = join(dist, 'cli/index.js');
}

const source = join(root, 'node_modules/vega-datasets/data/flights-3m.parquet');
const plain = join(out, 'flights-3m.parquet');
const table = join(out, 'flights-3m-delta');
const ROW_GROUP = 250_000;

if (!existsSync(plain) || !existsSync(join(table, '_delta_log', '00000000000000000001.json'))) {
  // Type stripping (Node >= 22.18 / 24) loads the TypeScript test helper directly.
  const { DeltaTableWriter } = await import(join(root, 'tests/helpers/delta-writer.ts'));
  const { parquetReadObjects, asyncBufferFromFile } = await import('hyparquet');
  const { compressors } = await import('hyparquet-compressors');
  const zlib = await import('node:zlib');
  const rows = await parquetReadObjects({ file: await asyncBufferFromFile(source), compressors: { ...compressors, ZSTD: (b) => zlib.zstdDecompressSync(b) } });
  const schema = [
    { name: 'date', type: 'timestamp' },
    { name: 'delay', type: 'long' },
    { name: 'distance', type: 'long' },
    { name: 'origin', type: 'string' },
    { name: 'destination', type: 'string' },
  ];
  const columns = (from, to) => schema.map((c) => rows.slice(from, to).map((r) => r[c.name]));
  console.error(`read ${rows.length} rows; writing ${plain} and ${table}`);
  // plain: the same writer and settings, one file
  rmSync(table, { recursive: true, force: true });
  const one = new DeltaTableWriter(join(out, 'plain-tmp'), schema, { codec: 'ZSTD', rowGroupSize: ROW_GROUP });
  const f = await one.writeDataFile({ columns: columns(0, rows.length) });
  execFileSync('mv', [join(out, 'plain-tmp', f.path), plain]);
  rmSync(join(out, 'plain-tmp'), { recursive: true, force: true });
  // delta: 3 files, 2 commits, a v2 checkpoint
  const w = new DeltaTableWriter(table, schema, { codec: 'ZSTD', rowGroupSize: ROW_GROUP, v2Checkpoint: true });
  const t0 = Date.parse('2026-11-01T00:00:00Z');
  const a = await w.writeDataFile({ columns: columns(0, 1_000_000) });
  w.commit({ add: [a], operation: 'CREATE TABLE AS SELECT', timestamp: t0 });
  const b = await w.writeDataFile({ columns: columns(1_000_000, 2_000_000) });
  const c = await w.writeDataFile({ columns: columns(2_000_000, rows.length) });
  w.commit({ add: [b, c], operation: 'WRITE', timestamp: t0 + 86_400_000 });
  w.checkpoint();
}

function measure(args) {
  const r = spawnSync('/usr/bin/time', ['-f', '%e %M %U %S', process.execPath, cli, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const last = r.stderr.trim().split('\n').pop();
  const [wall, kb, user, sys] = last.split(' ').map(Number);
  return { wall, rssMb: kb / 1024, cpu: user + sys, exit: r.status, stdout: r.stdout, stderr: r.stderr };
}
const mid = (xs) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const median = (runs) => ({ wall: mid(runs.map((r) => r.wall)), rssMb: mid(runs.map((r) => r.rssMb)), cpu: mid(runs.map((r) => r.cpu)), cpuMin: Math.min(...runs.map((r) => r.cpu)), all: runs });

const load = (u) => u.match(/load average: (.*)$/)?.[1] ?? u;
const loadBefore = load(execFileSync('uptime', { encoding: 'utf8' }).trim());
const sides = { plain: [], delta: [] };
const args = { plain: ['validate', '--data', plain, '--json'], delta: ['validate', '--data', table, '--json'] };
for (let i = 0; i < RUNS; i++) {
  for (const side of i % 2 === 0 ? ['plain', 'delta'] : ['delta', 'plain']) {
    const m = measure(args[side]);
    if (m.exit !== 0 && m.exit !== 1) {
      console.error(m.stderr);
      throw new Error(`${side} failed (exit ${m.exit})`);
    }
    const report = JSON.parse(m.stdout);
    if (report.data.rows !== 3_000_000) throw new Error(`${side}: ${report.data.rows} rows, expected 3,000,000`);
    m.profile = report.columns.map((c) => `${c.name}:${c.missing}:${c.numeric?.min ?? ''}:${c.numeric?.max ?? ''}:${c.distinct ?? ''}`).join(' ');
    sides[side].push(m);
    console.error(`${side} run ${i + 1}: ${m.wall.toFixed(2)} s, ${m.rssMb.toFixed(0)} MB`);
  }
}
// Both sides must have seen the same rows: identical column profiles.
if (sides.plain[0].profile !== sides.delta[0].profile) throw new Error(`profiles differ:\nplain ${sides.plain[0].profile}\ndelta ${sides.delta[0].profile}`);
const loadAfter = load(execFileSync('uptime', { encoding: 'utf8' }).trim());
const p = median(sides.plain);
const d = median(sides.delta);
const f2 = (x) => x.toFixed(2);
const body = `Issue 17 goal: reading a 3M-row Delta table costs ≤ 1.1× reading the same rows as plain Parquet.
\`node bench/delta/run.mjs --write\` (Node ${process.versions.node}): the 3,000,000 × 5 rows of vega-datasets' \`flights-3m.parquet\`
written by one writer (hyparquet-writer, ZSTD, ${ROW_GROUP.toLocaleString('en')}-row row groups) as **plain**: one Parquet file, and as **delta**:
a Delta table of 3 files in 2 commits with a v2 checkpoint (tests/helpers/delta-writer.ts). Stage: \`cd4ml validate --data <x>\`
(profile every column of every row), whole process, /usr/bin/time; ${RUNS} runs per side alternating, medians. Both sides'
column profiles are checked identical.

| side | wall s (median) | CPU s (median) | CPU s (min) | peak RSS MB (median) | wall s, all runs |
|---|---:|---:|---:|---:|---|
| plain Parquet | ${f2(p.wall)} | ${f2(p.cpu)} | ${f2(p.cpuMin)} | ${p.rssMb.toFixed(0)} | ${p.all.map((r) => f2(r.wall)).join(', ')} |
| Delta table | ${f2(d.wall)} | ${f2(d.cpu)} | ${f2(d.cpuMin)} | ${d.rssMb.toFixed(0)} | ${d.all.map((r) => f2(r.wall)).join(', ')} |
| **delta ÷ plain** | **${f2(d.wall / p.wall)}×** | ${f2(d.cpu / p.cpu)}× | ${f2(d.cpuMin / p.cpuMin)}× | ${f2(d.rssMb / p.rssMb)}× | |

CPU (user + system) is the steadier measure on a loaded machine: wall time includes waiting for a core.

Load average (uptime) before: ${loadBefore}; after: ${loadAfter} — the machine was shared; re-run quiet for final figures.
`;
console.log(body);
if (write) replaceSection(join(root, 'docs/benchmarks.md'), 'Delta Lake', body);
writeFileSync(join(out, 'last.md'), body);
