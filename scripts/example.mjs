#!/usr/bin/env node
// `npm run example`: the whole CD4ML loop on the churn example, locally, with the committed CLI
// (dist/cli/index.js; CD4ML_CLI=path overrides it). No internet, no Docker.
//
//   release 1  validate → train → gate (first model) → build-image → deploy (first deployment)
//   release 2  a small change: validate → train → gate against production → build-image →
//              deploy as a canary with next month's rows replayed as traffic → promoted
//   release 3  a degraded change (max-depth 1): validate → train → gate BLOCKS it (exit 1),
//              nothing is built or deployed
//
// Options: --registry HOST:PORT  push the images to that registry instead of writing OCI layouts
//          --keep                leave the model serving at the end and print its URL
//          --work DIR            work folder (default .cd4ml/example)
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const usage = 'usage: npm run example -- [--registry HOST:PORT] [--keep] [--work DIR] [--delta]';
let registry;
let keep = false;
let delta = false; // --delta: the customers come from a Delta Lake table (scripts/example-delta.mjs)
let work = join(ROOT, '.cd4ml', 'example');
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '--keep') keep = true;
  else if (a === '--delta') delta = true;
  else if (a === '--registry' || a === '--work') {
    const v = args[++i];
    if (!v || v.startsWith('--')) fail2(`${a} needs a value\n${usage}`);
    if (a === '--registry') {
      if (!/^[A-Za-z0-9.-]+(:\d+)?$/.test(v)) fail2(`--registry "${v}" must look like HOST:PORT, e.g. 127.0.0.1:5000\n${usage}`);
      registry = v;
    } else work = resolve(v);
  } else if (a === '--help' || a === '-h') {
    console.log(usage);
    process.exit(0);
  } else fail2(`unknown option "${a}"\n${usage}`);
}
function fail2(message) {
  console.error(`example: ${message}`);
  process.exit(2);
}

const CLI = resolve(process.env.CD4ML_CLI ?? join(ROOT, 'dist', 'cli', 'index.js'));
if (!existsSync(CLI)) fail2(`the CLI ${CLI} is missing; run "npm run build" first (a clone has it committed in dist/)`);
const ENVIRONMENT = 'example';
const dir = join(work, 'churn');
const show = (p) => relative(process.cwd(), p) || '.';
const color = process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code, s) => (color ? `\x1b[${code}m${s}\x1b[0m` : s);
const ok = (s) => paint('32', s);
const bad = (s) => paint('31', s);
const dim = (s) => paint('2', s);
const bold = (s) => paint('1', s);
const started = Date.now();
const verdicts = [];

/** Run `cd4ml …` in the example folder, streaming its progress (stderr) indented and dimmed. */
function cd4ml(stage, cliArgs, { quiet = false } = {}) {
  return new Promise((resolvePromise) => {
    const t0 = Date.now();
    const child = spawn(process.execPath, [CLI, ...cliArgs], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, SOURCE_DATE_EPOCH: process.env.SOURCE_DATE_EPOCH ?? '1767225600' } });
    let stdout = '';
    let stderr = '';
    let partial = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => {
      stderr += d;
      partial += d;
      const lines = partial.split('\n');
      partial = lines.pop();
      if (!quiet) for (const l of lines) if (l.trim()) process.stdout.write(dim(`      │ ${l}`) + '\n');
    });
    child.on('close', (code) => {
      if (!quiet && partial.trim()) process.stdout.write(dim(`      │ ${partial}`) + '\n');
      resolvePromise({ code: code ?? 1, stdout, stderr, seconds: (Date.now() - t0) / 1000 });
    });
  });
}

function verdict(release, stage, passed, text, report) {
  verdicts.push({ release, stage, passed, text });
  const mark = passed ? ok('✔ PASS') : bad('✘ FAIL');
  console.log(`    ${mark} ${bold(stage.padEnd(11))} ${text}`);
  if (report) console.log(`           report: ${show(report)}`);
}

function header(title, what) {
  console.log(`\n${bold(`── ${title} `.padEnd(78, '─'))}`);
  for (const line of what) console.log(`  ${line}`);
}

function step(name, what) {
  console.log(`\n  ${bold('▶ ' + name)} ${dim(`— ${what}`)}`);
}

function unexpected(stage, r) {
  console.log(r.stdout.trim().split('\n').map((l) => `      ${l}`).join('\n'));
  console.error(bad(`\nexample: "${stage}" ended with exit ${r.code}, which this walk-through did not expect. Its messages are above; the work folder ${show(dir)} is left for a look.`));
  return teardown().then(() => process.exit(1));
}

let deployed = false;
async function teardown() {
  if (!deployed) return;
  if (keep) return;
  step('teardown', `stop the local "${ENVIRONMENT}" environment (proxy, model servers, Prometheus)`);
  const r = await cd4ml('teardown', ['deploy', '--provider', 'local', '--environment', ENVIRONMENT, '--teardown'], { quiet: true });
  console.log(`    ${r.code === 0 ? ok('✔') : bad('✘')} ${r.stdout.trim() || r.stderr.trim()}`);
  deployed = false;
}
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => teardown().finally(() => process.exit(130)));

/** Set `key: value` in a section of cd4ml.yml (the "change" a developer would commit). */
function editConfig(section, key, value) {
  const file = join(dir, 'cd4ml.yml');
  const lines = readFileSync(file, 'utf8').split('\n');
  const at = lines.findIndex((l) => l === `${section}:`);
  let i = at + 1;
  while (i < lines.length && (lines[i].startsWith(' ') || lines[i] === '')) {
    if (lines[i].startsWith(`  ${key}:`)) {
      lines[i] = `  ${key}: ${value}`;
      writeFileSync(file, lines.join('\n'));
      return;
    }
    i++;
  }
  lines.splice(at + 1, 0, `  ${key}: ${value}`);
  writeFileSync(file, lines.join('\n'));
}

const readJson = (p) => JSON.parse(readFileSync(p, 'utf8'));

/** validate → train → gate; returns the gate's exit code. */
async function modelStages(n) {
  const reports = join(dir, 'reports', `release-${n}`);
  mkdirSync(reports, { recursive: true });

  step('validate', 'check data/customers.csv against the data contract schema.yml');
  const vReport = join(reports, 'validate.json');
  const v = await cd4ml('validate', ['validate', '--report', vReport]);
  if (v.code !== 0) return unexpected('validate', v);
  const vr = readJson(vReport);
  verdict(n, 'validate', true, `the data meets its contract (${vr.data?.rows} rows, ${vr.errors} errors, ${vr.warnings} warnings)`, vReport);

  step('train', 'choose max-depth and min-num-samples by 5-fold CV on 80% of the rows, refit a CART tree, score it on the other 20%');
  // One bundle folder per release, as CI keeps one artifact per run.
  const bundle = `models/release-${n}`;
  rmSync(join(dir, bundle), { recursive: true, force: true });
  const t = await cd4ml('train', ['train', '--out', bundle]);
  if (t.code !== 0) return unexpected('train', t);
  const m = readJson(join(dir, bundle, 'metrics.json'));
  const chosen = m.search ? `search chose ${Object.entries(m.search.best.params).map(([k, v]) => `${k} ${v}`).join(', ')}${m.search.pinned ? ` (${Object.entries(m.search.pinned).map(([k, v]) => `${k} ${v}`).join(', ')} pinned)` : ''} of ${m.search.candidates.length} (CV ${m.search.metric} ${m.search.best.mean.toFixed(4)}); ` : '';
  verdict(n, 'train', true, `${chosen}holdout ${m.headline_metric} ${Number(m.headline_value).toFixed(4)}, a tree of depth ${m.model?.depth} with ${m.model?.nodes} nodes → bundle ${bundle}/`, join(dir, bundle, 'MODEL_CARD.md'));

  step('gate', `compare the new model with the "${ENVIRONMENT}" production model on the same rows`);
  const gReport = join(reports, 'gate.json');
  const g = await cd4ml('gate', ['gate', '--candidate', bundle, '--report', gReport]);
  if (g.code !== 0 && g.code !== 1) return unexpected('gate', g);
  for (const l of g.stdout.trim().split('\n')) console.log(`      ${l}`);
  const gr = existsSync(gReport) ? readJson(gReport) : {};
  const first = gr.baseline?.kind && gr.baseline.kind !== 'compared';
  if (g.code === 0) verdict(n, 'gate', true, first ? 'first model: nothing in production to compare with, so it passes' : 'the new model is not worse than production', gReport);
  else verdict(n, 'gate', false, `BLOCKED (exit 1): ${(gr.failures ?? [g.stderr.trim()]).join('; ')}`, gReport);
  return g.code;
}

/** build-image → deploy. */
async function shipStages(n) {
  const reports = join(dir, 'reports', `release-${n}`);
  step('build-image', registry ? `package model + server into an OCI image and push it to ${registry}` : 'package model + server into an OCI image (an OCI layout on disk)');
  const out = join(dir, 'build', `image-${n}`);
  rmSync(out, { recursive: true, force: true });
  // base-image local-node: a minimal base made from this machine's node (no registry needed).
  const image = registry ? `${registry}/churn-model:${n}` : `localhost/churn-model:${n}`;
  const bundle = `models/release-${n}`;
  const bArgs = ['build-image', '--bundle', bundle, '--image', image, '--base-image', 'local-node', '--json'];
  if (registry) bArgs.push('--push');
  else bArgs.push('--output', out);
  const b = await cd4ml('build-image', bArgs);
  if (b.code === 2 && /local-node/.test(b.stderr)) {
    verdict(n, 'build-image', true, `SKIPPED: this machine cannot build the local-node base (${b.stderr.trim().split('\n').pop()}); the rest of the example does not need the image`);
  } else if (b.code !== 0) return unexpected('build-image', b);
  else {
    const o = JSON.parse(b.stdout);
    writeFileSync(join(reports, 'build-image.json'), JSON.stringify(o, null, 2) + '\n');
    const mb = (x) => (x / 1024 / 1024).toFixed(1);
    verdict(n, 'build-image', true, `${o.image.slice(0, o.image.indexOf('@') + 20)}… (base ${mb(o.metadata['size.base'])} MB + ${mb(o.metadata['size.added'])} MB added)${registry ? '' : `, written to ${show(out)}`}`, join(reports, 'build-image.json'));
  }

  step('deploy', `roll the bundle out in the local "${ENVIRONMENT}" environment (model server processes behind a local proxy)`);
  const dReport = join(reports, 'deploy.json');
  const d = await cd4ml('deploy', ['deploy', '--provider', 'local', '--bundle', bundle, '--report', dReport]);
  deployed = true;
  if (d.code !== 0) return unexpected('deploy', d);
  for (const l of d.stdout.trim().split('\n')) console.log(`      ${l}`);
  const r = readJson(dReport);
  // Every replayed request must be answered 2xx: a 4xx means the rows did not reach the model.
  const codes = r.load?.codes;
  const load = r.load ? `; ${r.load.sent} requests of next month's rows replayed: ${codes ? `${codes['2xx']} 2xx, ${codes['4xx']} 4xx, ${codes['5xx']} 5xx${codes.none ? `, ${codes.none} unanswered` : ''}` : `${r.load.failed} failed`}` : '';
  const allAnswered = !r.load || (r.load.sent > 0 && r.load.failed === 0 && (!codes || codes['2xx'] === r.load.sent));
  verdict(n, 'deploy', r.result === 'promoted' && allAnswered, `${r.mode === 'first-deploy' ? 'first deployment, live' : `canary ${r.analyses.length} analyses, promoted`}: 100% on ${r.finalWeights.stable ?? r.canary.id} at ${r.url}${load}; registered as the "${ENVIRONMENT}" model in .cd4ml/registry/${ENVIRONMENT}`, dReport);
  return r;
}

// ------------------------------------------------------------------------------------------------
console.log(bold('cd4ml example: continuous delivery of a churn model, on this machine'));
console.log(`  CLI ${show(CLI)} (node ${process.version}); work folder ${show(dir)} (a copy of examples/churn)`);
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
cpSync(join(ROOT, 'examples', 'churn'), dir, { recursive: true, filter: (src) => !/[/\\](model|build|\.cd4ml)$/.test(src) });
if (delta) {
  const { convertExampleToDelta } = await import('./example-delta.mjs');
  const t = await convertExampleToDelta(ROOT, dir);
  console.log(`  --delta: data/customers.csv is now the Delta table ${t.table} (${t.rows} rows, table id ${t.id}); cd4ml.yml reads it`);
}

header('release 1: the first model', ['A data scientist commits data, schema and cd4ml.yml. Nothing is in production yet.']);
if ((await modelStages(1)) !== 0) await unexpected('gate', { code: 1, stdout: '', stderr: '' });
await shipStages(1);

header('release 2: a small change (max-depth 6 → 5)', ['The pull request retrains; the gate compares it with the model now serving; the merge rolls it out', 'as a canary while next month\'s customers are replayed against the service.']);
editConfig('train', 'max-depth', 5);
if ((await modelStages(2)) !== 0) await unexpected('gate', { code: 1, stdout: '', stderr: '' });
const live = await shipStages(2);

header('release 3: a degraded change (max-depth 1)', ['Someone "simplifies" the model to a single split. The gate must block it before anything ships.']);
editConfig('train', 'max-depth', 1);
const blocked = await modelStages(3);
if (blocked === 0) {
  console.error(bad('\nexample: the gate passed the degraded model; that is a bug.'));
  await teardown();
  process.exit(1);
}
console.log(`    ${dim('build-image and deploy do not run: production keeps the release 2 model.')}`);

console.log(`\n${bold('── summary '.padEnd(78, '─'))}`);
for (const v of verdicts) console.log(`  release ${v.release}  ${v.passed ? ok('✔') : bad('✘')} ${v.stage.padEnd(11)} ${v.text}`);
console.log(`  reports under ${show(join(dir, 'reports'))}; took ${((Date.now() - started) / 1000).toFixed(0)} s`);
if (keep) {
  console.log(`\n  The release 2 model keeps serving at ${bold(live.url)}  (--keep). Try:`);
  // One of next month's customers as the request body.
  const [head, first] = readFileSync(join(dir, 'data', 'next-month.csv'), 'utf8').split('\n');
  const values = first.split(',');
  const row = Object.fromEntries(head.split(',').map((k, i) => [k, values[i]]).filter(([k]) => k !== 'churn').map(([k, x]) => [k, x !== '' && !Number.isNaN(Number(x)) ? Number(x) : x]));
  console.log(`    curl -s ${live.url}/predict -H 'content-type: application/json' -d '${JSON.stringify(row)}'`);
  console.log(`  Stop it with: (cd ${show(dir)} && node ${show(CLI)} deploy --provider local --environment ${ENVIRONMENT} --teardown)`);
} else await teardown();
console.log(`\nexample: done — releases 1 and 2 shipped, release 3 was blocked by the gate (exit 1, as intended).`);
