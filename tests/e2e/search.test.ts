/**
 * examples/workflows/train-search.yml played as the runner plays it, on copies of the churn
 * example: the `shard` job's matrix (4 jobs, each its own checkout) runs the BUILT train action
 * with the step's `with:` from the workflow file and uploads its partial results through the real
 * @actions/artifact client to the local artifact service; the `merge` job downloads them (as
 * actions/download-artifact with `pattern:` does: one folder per artifact under `path:`), merges,
 * chooses and refits. The result is byte-identical to one unsharded run (model.json, metrics.json,
 * params.json), with SOURCE_DATE_EPOCH set as a reproducible build sets it.
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startArtifactService, type ArtifactService } from '../helpers/artifact-service.js';
import { runAction } from '../helpers/run-action.js';
import { NODE24 } from '../helpers/base-image.js';
import { runCli } from '../helpers/run-cli.js';
import { ROOT } from '../helpers/paths.js';

const RUN_ID = '9090';
const EPOCH = { SOURCE_DATE_EPOCH: '1767225600' };

let artifacts: ArtifactService;
beforeAll(async () => {
  artifacts = await startArtifactService();
});
afterAll(async () => {
  await artifacts?.close();
});

interface Step {
  uses?: string;
  with?: Record<string, string>;
}
interface Workflow {
  jobs: { shard: { strategy: { matrix: { shard: number[] } }; steps: Step[] }; merge: { needs: string; steps: Step[] } };
}

/** A fresh checkout of the churn example (each job runs on its own runner). */
function checkout(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cd4ml-search-e2e-'));
  cpSync(join(ROOT, 'examples/churn'), dir, { recursive: true, filter: (src) => !/[/\\](model|build|\.cd4ml)$/.test(src) });
  return dir;
}

/** `${{ matrix.shard }}` and `${{ github.run_id }}` as the runner expands them. */
function expand(w: Record<string, string>, vars: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(w).map(([k, v]) => [k, String(v).replace(/\$\{\{\s*([\w.]+)\s*\}\}/g, (_, name: string) => vars[name] ?? `<${name}?>`)]));
}

it('shards over the matrix, merges in the final job, and equals one unsharded run byte for byte', async () => {
  const wf = parse(readFileSync(join(ROOT, 'examples/workflows/train-search.yml'), 'utf8')) as Workflow;
  const shards = wf.jobs.shard.strategy.matrix.shard;
  expect(shards).toEqual([1, 2, 3, 4]);
  const trainStep = (steps: Step[]) => steps.find((s) => s.uses?.endsWith('/actions/train@v0'))!;
  expect(wf.jobs.merge.needs).toBe('shard');

  // Job "shard", one runner per matrix entry, in parallel as on GitHub.
  const shardRuns = await Promise.all(
    shards.map(async (shard, i) => {
      const cwd = checkout();
      const inputs = expand(trainStep(wf.jobs.shard.steps).with!, { 'matrix.shard': String(shard), 'github.run_id': RUN_ID });
      const r = await runAction('train', { node: NODE24, cwd, inputs, env: { ...artifacts.env(RUN_ID, String(10 + i)), GITHUB_SERVER_URL: undefined, ...EPOCH }, timeoutMs: 300_000 });
      return { shard, inputs, r };
    }),
  );
  for (const { shard, inputs, r } of shardRuns) {
    expect(r.stderr, `shard ${shard}`).toBe('');
    expect(r.exitCode, r.stdout).toBe(0);
    expect(inputs.shard).toBe(`${shard}/4`);
    // The churn grid: max-depth [3, 4, 6, 8] × min-num-samples [3, 30] = 8 candidates, 2 per shard.
    expect(r.stdout).toContain(`search shard ${shard}/4: 2 of 8 candidates evaluated`);
  }
  expect(artifacts.errors).toEqual([]);
  const uploaded = artifacts.artifacts.filter((a) => a.runId === RUN_ID).map((a) => a.name).sort();
  expect(uploaded).toEqual(['search-shard-1', 'search-shard-2', 'search-shard-3', 'search-shard-4']);

  // Job "merge": actions/download-artifact (pattern → one folder per artifact), then the train step.
  const mergeDir = checkout();
  const download = wf.jobs.merge.steps.find((s) => s.uses?.startsWith('actions/download-artifact@'))!.with!;
  expect(download.pattern).toBe('search-shard-*');
  const saved = { ...process.env };
  try {
    Object.assign(process.env, artifacts.env(RUN_ID, '20'), { GITHUB_WORKSPACE: mergeDir });
    delete process.env.GITHUB_SERVER_URL;
    const { DefaultArtifactClient } = await import('@actions/artifact');
    const client = new DefaultArtifactClient();
    const list = await client.listArtifacts();
    const wanted = list.artifacts.filter((a) => a.name.startsWith('search-shard-'));
    expect(wanted).toHaveLength(4);
    for (const a of wanted) await client.downloadArtifact(a.id, { path: join(mergeDir, download.path, a.name) });
  } finally {
    for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
    Object.assign(process.env, saved);
  }
  expect(readdirSync(join(mergeDir, download.path)).sort()).toEqual(uploaded);
  const mergeInputs = expand(trainStep(wf.jobs.merge.steps).with!, { 'github.run_id': RUN_ID });
  expect(mergeInputs['merge-search']).toBe(download.path);
  const merged = await runAction('train', { node: NODE24, cwd: mergeDir, inputs: mergeInputs, env: { ...artifacts.env(RUN_ID, '20'), GITHUB_SERVER_URL: undefined, ...EPOCH }, timeoutMs: 300_000 });
  expect(merged.stderr).toBe('');
  expect(merged.exitCode, merged.stdout).toBe(0);
  expect(artifacts.errors).toEqual([]);
  expect(artifacts.artifacts.some((a) => a.name === `model-${RUN_ID}`)).toBe(true);

  // One unsharded run of the same config.
  const wholeDir = checkout();
  const whole = await runAction('train', { node: NODE24, cwd: wholeDir, inputs: { config: 'cd4ml.yml', upload: false, out: 'whole' }, env: EPOCH, timeoutMs: 300_000 });
  expect(whole.exitCode, whole.stdout).toBe(0);
  const mergedBundle = join(mergeDir, merged.outputs['bundle-path']);
  const wholeBundle = join(wholeDir, whole.outputs['bundle-path']);
  for (const f of ['model.json', 'metrics.json', 'params.json']) {
    expect(readFileSync(join(mergedBundle, f), 'utf8'), f).toBe(readFileSync(join(wholeBundle, f), 'utf8'));
  }
  const m = JSON.parse(readFileSync(join(mergedBundle, 'metrics.json'), 'utf8'));
  expect(m.search.candidates).toHaveLength(8);
  expect(merged.summary).toContain('## Model selection');
  expect(merged.outputs.score).toBe(whole.outputs.score);
}, 900_000);

it('the CLI: --shard I/N twice, then --merge-search DIR --merge-search DIR equals the unsharded run; bad shard usage exits 2', async () => {
  const cwd = checkout();
  const search = ['--search', 'max-depth=2,3,4', '--search', 'min-num-samples=3,30', '--search-method', 'random', '--search-trials', '5'];
  const base = ['train', '--config', 'cd4ml.yml', ...search];
  const whole = await runCli([...base, '--out', 'whole'], { cwd, env: EPOCH });
  expect(whole.exitCode, whole.stderr).toBe(0);
  expect(whole.stdout).toMatch(/search \(random, 5 evaluations, 5 folds\): chose max-depth=\d min-num-samples=\d+/);
  for (const i of [1, 2]) {
    const r = await runCli([...base, '--shard', `${i}/2`, '--out', `s${i}`], { cwd, env: EPOCH });
    expect(r.exitCode, r.stderr).toBe(0);
    expect(r.stdout).toBe(`search shard ${i}/2: ${i === 1 ? 3 : 2} of 5 candidates evaluated on 5 folds → s${i}/search-shard.json\n`);
  }
  const merged = await runCli([...base, '--merge-search', 's1', '--merge-search', 's2', '--out', 'merged'], { cwd, env: EPOCH });
  expect(merged.exitCode, merged.stderr).toBe(0);
  expect(merged.stdout.split('\n')[0]).toBe(whole.stdout.split('\n')[0]);
  for (const f of ['model.json', 'metrics.json', 'params.json']) expect(readFileSync(join(cwd, 'merged', f), 'utf8'), f).toBe(readFileSync(join(cwd, 'whole', f), 'utf8'));

  const bad = await runCli([...base, '--shard', '3/2', '--out', 's3'], { cwd });
  expect(bad.exitCode).toBe(2);
  expect(bad.stderr).toContain('shard must be I/N with 1 <= I <= N (e.g. 2/8), got "3/2"');
  const missing = await runCli([...base, '--merge-search', 's1', '--out', 'm2'], { cwd });
  expect(missing.exitCode).toBe(2);
  expect(missing.stderr).toContain('merge-search: shard 2/2 missing; pass the folders of all 2 shards');
}, 600_000);
