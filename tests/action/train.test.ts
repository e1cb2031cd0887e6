/**
 * The built train action, run as the runner runs it, uploading its bundle through the real
 * @actions/artifact client to the local artifact service; the bundle is then downloaded back with
 * the same client (same run, and cross-run by run id through the REST API).
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAction } from '../helpers/run-action.js';
import { startArtifactService, type ArtifactService } from '../helpers/artifact-service.js';
import { ROOT, sklearnData, vegaData } from '../helpers/paths.js';

let service: ArtifactService;
beforeAll(async () => {
  service = await startArtifactService();
});
afterAll(async () => {
  await service?.close();
});

describe('train action (built bundle)', () => {
  it('trains, uploads the bundle as an artifact and reports metrics, score and the model card', async () => {
    const work = mkdtempSync(join(tmpdir(), 'cd4ml-train-action-'));
    const out = join(work, 'bundle');
    const r = await runAction('train', {
      inputs: { data: vegaData('penguins.json'), target: 'Species', 'max-depth': 4, out, 'artifact-name': 'penguin-model' },
      env: { ...service.env('4242', '7'), GITHUB_SERVER_URL: undefined },
      cwd: work,
      event: { pull_request: { head: { sha: 'feedfacefeedfacefeedfacefeedfacefeedface' } } },
      eventName: 'pull_request',
    });
    expect(r.stderr).toBe('');
    expect(r.exitCode, r.stdout).toBe(0);
    expect(service.errors).toEqual([]);
    expect(r.outputs['bundle-path']).toBe(out);
    const metrics = JSON.parse(r.outputs.metrics);
    expect(Number(r.outputs.score)).toBe(metrics.accuracy);
    expect(metrics.accuracy).toBeGreaterThan(0.9);
    expect(r.outputs.digest).toMatch(/^[0-9a-f]{64}$/);
    expect(r.summary).toContain('### Holdout metrics');
    expect(r.summary).toContain('| Adelie |');
    expect(r.summary).toContain('# Model card: Species (classification)');
    const lineage = JSON.parse(readFileSync(join(out, 'lineage.json'), 'utf8'));
    expect(lineage.git).toEqual({ head: '0123456789abcdef0123456789abcdef01234567', 'pr-head': 'feedfacefeedfacefeedfacefeedfacefeedface' });

    const stored = service.artifacts.find((a) => a.name === 'penguin-model');
    expect(stored).toBeDefined();
    expect(r.outputs['artifact-id']).toBe(String(stored!.id));
    expect(stored!.contentType).toBe('application/zip');

    // Download it back with the real client: same run (internal API) and by run id (REST, findBy).
    const saved = { ...process.env };
    try {
      Object.assign(process.env, service.env('4242', '7'), { GITHUB_WORKSPACE: work, GITHUB_API_URL: service.apiUrl });
      delete process.env.GITHUB_SERVER_URL;
      // @actions/github reads GITHUB_API_URL when first imported: import after setting it.
      const { DefaultArtifactClient } = await import('@actions/artifact');
      const client = new DefaultArtifactClient();
      const same = join(work, 'dl-same');
      await client.downloadArtifact(stored!.id, { path: same });
      const cross = join(work, 'dl-cross');
      Object.assign(process.env, service.env('5555', '1'));
      const list = await client.listArtifacts({ findBy: { token: 't', workflowRunId: 4242, repositoryOwner: 'octo-org', repositoryName: 'churn-model' } });
      expect(list.artifacts.map((a) => a.name)).toEqual(['penguin-model']);
      await client.downloadArtifact(list.artifacts[0].id, { path: cross, findBy: { token: 't', workflowRunId: 4242, repositoryOwner: 'octo-org', repositoryName: 'churn-model' } });
      for (const dir of [same, cross]) {
        expect(readdirSync(dir).sort()).toEqual(readdirSync(out).sort());
        for (const f of readdirSync(out)) expect(readFileSync(join(dir, f)).equals(readFileSync(join(out, f))), f).toBe(true);
      }
    } finally {
      for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
      Object.assign(process.env, saved);
    }
    expect(service.errors).toEqual([]);
  });

  it('uploads the same way when the runner uses Node 24 (runs.using: node24)', async () => {
    const work = mkdtempSync(join(tmpdir(), 'cd4ml-train-action-'));
    const r = await runAction('train', {
      inputs: { data: vegaData('seattle-weather.csv'), target: 'weather', out: join(work, 'b'), 'artifact-name': 'weather-model' },
      env: { ...service.env('4343', '1'), GITHUB_SERVER_URL: undefined },
      cwd: work,
      node: join(ROOT, 'node_modules/.bin/node'),
    });
    expect(r.exitCode, r.stdout + r.stderr).toBe(0);
    const stored = service.artifacts.find((a) => a.name === 'weather-model' && a.runId === '4343');
    expect(r.outputs['artifact-id']).toBe(String(stored?.id));
    expect(stored?.size).toBeGreaterThan(1000);
    expect(service.errors).toEqual([]);
  });

  it('exits 2 with a message naming the fix when the target column is missing', async () => {
    const work = mkdtempSync(join(tmpdir(), 'cd4ml-train-action-'));
    const r = await runAction('train', { inputs: { data: vegaData('penguins.json'), target: 'species', upload: false, out: join(work, 'b') }, cwd: work });
    expect(r.exitCode).toBe(2);
    const error = r.commands.find((c) => c.command === 'error');
    expect(error?.message).toContain('train: ');
    expect(error?.message).toContain('target column "species" not found; columns are: Species, Island');
  });

  it('trains without uploading when upload is false, and refuses upload outside a runner', async () => {
    const work = mkdtempSync(join(tmpdir(), 'cd4ml-train-action-'));
    const r = await runAction('train', { inputs: { data: vegaData('seattle-weather.csv'), target: 'weather', upload: false, out: join(work, 'b'), 'cv-folds': 3 }, cwd: work });
    expect(r.exitCode, r.stdout).toBe(0);
    expect(r.outputs['artifact-id']).toBe('');
    expect(r.summary).toContain('3-fold cross-validation');
    const noRunner = await runAction('train', { inputs: { data: vegaData('seattle-weather.csv'), target: 'weather', out: join(work, 'c') }, cwd: work });
    expect(noRunner.exitCode).toBe(2);
    expect(noRunner.commands.find((c) => c.command === 'error')?.message).toContain('set input "upload" to false');
  });

  it('refuses an "out" folder that holds other files (the workspace), deleting nothing (issue 12, defect 2)', async () => {
    const work = mkdtempSync(join(tmpdir(), 'cd4ml-train-action-'));
    const data = join(work, 'penguins.json');
    writeFileSync(data, readFileSync(vegaData('penguins.json')));
    mkdirSync(join(work, '.git'));
    writeFileSync(join(work, '.git', 'HEAD'), 'ref: refs/heads/main\n');
    const before = readdirSync(work).sort();
    const r = await runAction('train', { inputs: { data, target: 'Species', upload: false, out: work }, cwd: work, env: { GITHUB_WORKSPACE: work } });
    expect(r.exitCode).toBe(2);
    const error = r.commands.find((c) => c.command === 'error');
    expect(error?.message).toContain(`train: ${work}: the bundle directory is not empty and is not a cd4ml model bundle`);
    expect(readdirSync(work).sort()).toEqual(before);
    expect(readFileSync(join(work, '.git', 'HEAD'), 'utf8')).toBe('ref: refs/heads/main\n');
    expect(readFileSync(data).equals(readFileSync(vegaData('penguins.json')))).toBe(true);
    // The same folder, emptied, takes the bundle.
    const empty = join(work, 'empty');
    mkdirSync(empty);
    const ok = await runAction('train', { inputs: { data, target: 'Species', upload: false, out: empty }, cwd: work });
    expect(ok.exitCode, ok.stdout).toBe(0);
    expect(ok.outputs['bundle-path']).toBe(empty);
    expect(readdirSync(empty)).toContain('manifest.json');
  });

  it('searches (multi-line "search" input) on worker threads: jobs 1 and 2 write identical bundles, the summary shows the choice', async () => {
    const work = mkdtempSync(join(tmpdir(), 'cd4ml-train-search-'));
    const run = (jobs: number) =>
      runAction('train', {
        inputs: { data: vegaData('penguins.json'), target: 'Species', upload: false, out: join(work, `j${jobs}`), search: 'max-depth=2,3,4,6\nmin-num-samples=1,10', jobs, 'cv-folds': 4 },
        env: { SOURCE_DATE_EPOCH: '1700000000' },
        cwd: work,
      });
    const one = await run(1);
    const two = await run(2);
    for (const r of [one, two]) {
      expect(r.stderr).toBe('');
      expect(r.exitCode, r.stdout).toBe(0);
    }
    expect(one.stdout).toContain('search: 8 candidates in-process');
    expect(two.stdout).toContain('search: 8 candidates on 2 worker threads');
    for (const f of ['metrics.json', 'params.json', 'model.json', 'MODEL_CARD.md']) expect(readFileSync(join(work, 'j2', f), 'utf8'), f).toBe(readFileSync(join(work, 'j1', f), 'utf8'));
    const m = JSON.parse(readFileSync(join(work, 'j2', 'metrics.json'), 'utf8'));
    expect(m.search.candidates).toHaveLength(8);
    expect(m.search.candidates.every((c: { fold_scores: number[] }) => c.fold_scores.length === 4)).toBe(true);
    const chosen = m.search.best.params;
    expect(two.summary).toContain('## Model selection');
    expect(two.summary).toContain(`**max-depth = ${chosen['max-depth']}**, **min-num-samples = ${chosen['min-num-samples']}**`);
    expect(two.summary).toContain('xychart-beta');
    expect(Number(two.outputs.score)).toBe(m.holdout.accuracy);
  });

  it('halving on 2 worker threads kept across its rounds gives the same bundle as in-process', async () => {
    const work = mkdtempSync(join(tmpdir(), 'cd4ml-train-halving-'));
    const run = (jobs: number) =>
      runAction('train', {
        inputs: { data: vegaData('penguins.json'), target: 'Species', upload: false, out: join(work, `h${jobs}`), search: 'max-depth=1,2,3,4,5,6,8,10', 'search-method': 'halving', jobs, 'cv-folds': 4 },
        env: { SOURCE_DATE_EPOCH: '1700000000' },
        cwd: work,
      });
    const [one, two] = [await run(1), await run(2)];
    expect(one.exitCode, one.stdout + one.stderr).toBe(0);
    expect(two.exitCode, two.stdout + two.stderr).toBe(0);
    // One thread pool for both rounds: logged once.
    expect(two.stdout.match(/on 2 worker threads/g)).toHaveLength(1);
    const m = JSON.parse(readFileSync(join(work, 'h2', 'metrics.json'), 'utf8'));
    // 273 training rows, 8 candidates, 4 folds × 3 classes: rounds of 91 and 273 rows (sklearn's arithmetic).
    expect(m.search.rounds.map((r: { resources: number; candidates: number }) => [r.resources, r.candidates])).toEqual([[91, 8], [273, 3]]);
    for (const f of ['metrics.json', 'model.json']) expect(readFileSync(join(work, 'h2', f), 'utf8'), f).toBe(readFileSync(join(work, 'h1', f), 'utf8'));
  });

  it.each([
    { method: 'grid', want: 'search: 12 candidates on 2 worker threads' },
    { method: 'halving', want: 'search: 12 candidates on 2 worker threads' },
  ])('a numeric table ($method) on 2 worker threads, its folds gathered, sorted and binned on the threads and one tree grown per fold for all depths: the same bundle as in-process', async ({ method, want }) => {
    // sklearn's breast cancer CSV (Debian python3-sklearn): 30 numeric columns, no missing cell.
    const work = mkdtempSync(join(tmpdir(), 'cd4ml-train-numeric-'));
    const text = readFileSync(sklearnData('breast_cancer.csv'), 'utf8').split('\n').slice(1).filter(Boolean);
    const data = join(work, 'bc.csv');
    writeFileSync(data, [[...Array.from({ length: 30 }, (_, i) => `x${i}`), 'target'].join(','), ...text].join('\n') + '\n');
    const run = (jobs: number) =>
      runAction('train', {
        inputs: { data, target: 'target', upload: false, out: join(work, `n${jobs}`), search: 'max-depth=2,4,8\nmin-num-samples=1,20\nmodel=tree,forest\nsplit-search=histogram', 'search-method': method, 'n-trees': 3, jobs, 'cv-folds': 5 },
        env: { SOURCE_DATE_EPOCH: '1700000000' },
        cwd: work,
      });
    const [one, two] = [await run(1), await run(2)];
    expect(one.exitCode, one.stdout + one.stderr).toBe(0);
    expect(two.exitCode, two.stdout + two.stderr).toBe(0);
    expect(one.stdout).toContain('search: 12 candidates in-process');
    expect(two.stdout).toContain(want);
    const m = JSON.parse(readFileSync(join(work, 'n2', 'metrics.json'), 'utf8'));
    // grid: all 12 once; halving (455 training rows, 12 candidates; sklearn's arithmetic: rounds of
    // 50, 150 and 450 rows): 12, then 4, then 2 candidates.
    expect(m.search.candidates).toHaveLength(method === 'grid' ? 12 : 18);
    if (method === 'halving') expect(m.search.rounds.map((r: { resources: number; candidates: number }) => [r.resources, r.candidates])).toEqual([[50, 12], [150, 4], [450, 2]]);
    expect(new Set(m.search.candidates.map((c: { nodes: number }) => c.nodes)).size).toBeGreaterThan(4);
    for (const f of ['metrics.json', 'params.json', 'model.json']) expect(readFileSync(join(work, 'n2', f), 'utf8'), f).toBe(readFileSync(join(work, 'n1', f), 'utf8'));
  });

  it.each([
    { name: 'unknown hyperparameter', search: 'depth=2,4', msg: 'search: unknown hyperparameter "depth"; searchable are max-depth' },
    { name: 'a line without =', search: 'max-depth', msg: 'input "search" must be NAME=VALUES lines, e.g. max-depth=2,4,6, got "max-depth"; fix "search" in the step\'s with: block' },
    { name: 'bad range', search: 'max-depth=int 8..2', msg: 'search "max-depth": bad range "int 8..2"' },
  ])('exits 2 on a bad search input: $name', async ({ search, msg }) => {
    const work = mkdtempSync(join(tmpdir(), 'cd4ml-train-search-'));
    const r = await runAction('train', { inputs: { data: vegaData('penguins.json'), target: 'Species', upload: false, out: join(work, 'b'), search }, cwd: work });
    expect(r.exitCode, r.stdout).toBe(2);
    expect(r.commands.find((c) => c.command === 'error')?.message).toContain(msg);
  });
});
