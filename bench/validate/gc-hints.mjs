#!/usr/bin/env node
// Peak RSS and wall time of `cd4ml validate` with two builds of the CLI, on the validate benchmark's
// two cases (bench/validate/run.mjs), the builds alternating run by run; medians of RUNS each.
// Written to decide whether the GC hints of src/data/memory.ts (which used to set --expose-gc at
// run time) matter: build the CLI before and after (`node scripts/build.mjs --out DIR cli`).
// Usage: node bench/validate/gc-hints.mjs BEFORE/cli/index.js AFTER/cli/index.js DATA_DIR [RUNS]
//   DATA_DIR holds current.csv and reference.csv (bench/validate/generate.mjs), flights-ref.csv
//   (bench/validate/parquet-to-csv.mjs) and flights.schema.yml (cd4ml validate --infer).
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(import.meta.url), '../../..');
const [before, after, data, runsText] = process.argv.slice(2);
if (!before || !after || !data) throw new Error('usage: node bench/validate/gc-hints.mjs BEFORE/cli/index.js AFTER/cli/index.js DATA_DIR [RUNS]');
const RUNS = Number(runsText ?? 3);

const cases = [
  {
    name: 'generated CSV, 1,000,000 × 20 (+ 200,000-row reference)',
    args: ['validate', '--data', join(data, 'current.csv'), '--schema', join(root, 'bench/validate/schema.yml'), '--reference', join(data, 'reference.csv'), '--fail-on', 'never'],
  },
  {
    name: 'flights-3m.parquet, 3,000,000 × 5 (+ 500,000-row CSV reference)',
    args: ['validate', '--data', join(root, 'node_modules/vega-datasets/data/flights-3m.parquet'), '--schema', join(data, 'flights.schema.yml'), '--reference', join(data, 'flights-ref.csv'), '--fail-on', 'never'],
  },
];

function measure(cli, args) {
  const r = spawnSync('/usr/bin/time', ['-f', '%e %M', process.execPath, cli, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`${cli} failed (${r.status}): ${r.stderr}`);
  const [wall, kb] = r.stderr.trim().split('\n').pop().split(' ').map(Number);
  return { wall, rssMb: kb / 1024, out: r.stdout };
}
const median = (xs) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];

console.log(`node ${process.version}; ${RUNS} runs per side, alternating`);
console.log('| case | side | median wall s | median peak RSS MB | all peak RSS MB |');
console.log('|---|---|---:|---:|---|');
for (const c of cases) {
  const res = { before: [], after: [] };
  let outBefore;
  let outAfter;
  for (let i = 0; i < RUNS; i++) {
    const b = measure(before, c.args);
    const a = measure(after, c.args);
    res.before.push(b);
    res.after.push(a);
    outBefore ??= b.out;
    outAfter ??= a.out;
  }
  if (outBefore !== outAfter) throw new Error(`${c.name}: the two builds print different reports`);
  for (const side of ['before', 'after']) {
    const r = res[side];
    console.log(`| ${c.name} | ${side} | ${median(r.map((x) => x.wall)).toFixed(1)} | ${median(r.map((x) => x.rssMb)).toFixed(0)} | ${r.map((x) => x.rssMb.toFixed(0)).join(', ')} |`);
  }
}
