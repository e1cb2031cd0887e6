#!/usr/bin/env node
// Start-up time of every action bundle: `node dist/<name>/index.js` with no inputs (it reports a
// usage error and exits), median of 15 runs, on Node 24 (npm node@24) and Node 20 (system).
// Goal (issue 2): < 0.5 s each. Anchor: `node -e 0` (bare interpreter start) in the same run.
// Usage: node bench/startup/run.mjs [--write]   (--write updates the table in docs/benchmarks.md)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { replaceSection } from '../lib/doc.mjs';

const root = resolve(fileURLToPath(import.meta.url), '../../..');
const RUNS = 15;
const nodes = [
  ['node 24', join(root, 'node_modules/node/bin/node')],
  ['node 20', '/usr/bin/node'],
];
const bundles = readdirSync(join(root, 'dist')).filter((n) => n !== 'cli' && n !== 'serve' && existsSync(join(root, 'dist', n, 'index.js')));

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time(bin, args) {
  const dir = mkdtempSync(join(tmpdir(), 'cd4ml-start-'));
  writeFileSync(join(dir, 'out'), '');
  const env = { PATH: process.env.PATH, GITHUB_OUTPUT: join(dir, 'out'), RUNNER_TEMP: dir };
  const xs = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = process.hrtime.bigint();
    spawnSync(bin, args, { env, cwd: dir, stdio: 'ignore' });
    xs.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return median(xs);
}

const rows = [];
for (const [label, bin] of nodes) {
  const bare = time(bin, ['-e', '0']);
  for (const b of bundles) {
    const ms = time(bin, [join(root, 'dist', b, 'index.js')]);
    rows.push(`| ${b} | ${label} | ${ms.toFixed(0)} ms | ${bare.toFixed(0)} ms | ${(ms / bare).toFixed(2)}× | ${ms < 500 ? 'yes' : '**no**'} |`);
  }
}
const table = [
  `Median of ${RUNS} runs of \`node dist/<name>/index.js\` with no inputs (usage error, exit 2), measured ${new Date().toISOString().slice(0, 10)} on this machine (2 cores).`,
  '',
  '| bundle | node | start-up | anchor: `node -e 0` | ratio | < 0.5 s |',
  '|---|---|---|---|---|---|',
  ...rows,
].join('\n');
console.log(table);
if (process.argv.includes('--write')) replaceSection(join(root, 'docs/benchmarks.md'), 'start-up', table);
