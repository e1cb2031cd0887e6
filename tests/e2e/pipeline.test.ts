/**
 * A pull request and two merges played as the runner plays them, on a copy of the churn example:
 * each action's built bundle run with INPUT_* variables and a push / pull_request event payload
 * (Node 24), against the local artifact service (the real @actions/artifact client uploads), the
 * OpenAPI-validated fake GitHub (deployments, artifacts, PR comment, commit status), a real
 * docker-registry and a real Prometheus scraping the local provider's proxy.
 *
 *   merge #1 (push, run 101): train → build-image (push) → deploy-canary (first deploy, recorded)
 *   PR #7 (pull_request, run 201): validate-data → train → evaluate-gate (production = merge #1's
 *     artifact, found through the Deployments API) → one marked comment, cd4ml/gate success
 *   PR #7 updated with max-depth 1 (run 202): the gate fails (exit 1), the same comment updated
 *   merge #2 (push, run 301): train → build-image → deploy-canary 50% → 100% with traffic → promoted
 *   the root action (dist/pipeline) on the PR event with stages validate,train,gate
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startGitHubServer, type GitHubServer } from '../helpers/github-server.js';
import { startArtifactService, type ArtifactService } from '../helpers/artifact-service.js';
import { startRegistry, skopeoInspect, type TestRegistry } from '../helpers/registry.js';
import { NODE24, pushBaseImage } from '../helpers/base-image.js';
import { startPrometheus, type RunningPrometheus } from '../helpers/prometheus.js';
import { runAction, type ActionRun } from '../helpers/run-action.js';
import { runCli } from '../helpers/run-cli.js';
import { ROOT } from '../helpers/paths.js';

const SHA1 = '1111111111111111111111111111111111111111';
const PR_HEAD = 'feedfacefeedfacefeedfacefeedfacefeedface';
const PR_HEAD2 = 'beadbeadbeadbeadbeadbeadbeadbeadbeadbead';
const SHA2 = '2222222222222222222222222222222222222222';
const ENV = 'production';

let project: string;
let gh: GitHubServer;
let artifacts: ArtifactService;
let reg: TestRegistry;
let prom: RunningPrometheus;
let base: string;

beforeAll(async () => {
  project = mkdtempSync(join(tmpdir(), 'cd4ml-pipeline-e2e-'));
  cpSync(join(ROOT, 'examples/churn'), project, { recursive: true, filter: (src) => !/[/\\](model|build|\.cd4ml)$/.test(src) });
  // The example's environment is "example"; here the workflows deploy to production.
  const cfg = join(project, 'cd4ml.yml');
  writeFileSync(cfg, readFileSync(cfg, 'utf8').replace(/environment: example/g, `environment: ${ENV}`));
  mkdirSync(join(project, '.cd4ml/local', ENV), { recursive: true });
  [gh, artifacts, reg, prom] = await Promise.all([
    startGitHubServer(),
    startArtifactService(),
    startRegistry(),
    // Discovers the local provider's proxy through the file it writes (file_sd).
    startPrometheus({ fileSd: [join(project, '.cd4ml/local', ENV, 'prometheus-targets.json')], scrapeIntervalSeconds: 0.5 }),
  ]);
  base = pushBaseImage(reg, 'base/node:24');
}, 60_000);

afterAll(async () => {
  if (project) {
    const r = await runCli(['deploy', '--provider', 'local', '--environment', ENV, '--teardown'], { cwd: project, env: { GITHUB_TOKEN: '' } });
    expect(r.stdout).toMatch(/stopped .*proxy/);
    rmSync(project, { recursive: true, force: true });
  }
  await Promise.all([gh?.close(), artifacts?.close(), reg?.stop(), prom?.stop()]);
});

const pushEvent = (sha: string) => ({ ref: 'refs/heads/main', after: sha, head_commit: { id: sha } });
const prEvent = (sha: string) => ({
  action: 'synchronize',
  number: 7,
  pull_request: { number: 7, head: { sha, ref: 'better-model', repo: { full_name: 'octo-org/churn-model' } }, base: { ref: 'main', repo: { full_name: 'octo-org/churn-model' } } },
});

/** One step of a job: the built action, on Node 24, in the checkout, with run id and commit. */
function step(action: string, inputs: Record<string, string | number | boolean>, run: { id: string; sha: string; event: unknown; eventName: string }, extraEnv: Record<string, string> = {}): Promise<ActionRun> {
  return runAction(action, {
    node: NODE24,
    cwd: project,
    inputs,
    event: run.event,
    eventName: run.eventName,
    env: { ...gh.env(), ...artifacts.env(run.id, '1'), GITHUB_RUN_ID: run.id, GITHUB_SHA: run.sha, GITHUB_SERVER_URL: undefined, ...extraEnv },
    timeoutMs: 90_000,
  });
}

/** The artifact a run uploaded to the artifact service, as GitHub's REST API then serves it. */
function publishArtifact(name: string, runId: string): void {
  const stored = artifacts.artifacts.find((a) => a.name === name && a.runId === runId);
  expect(stored?.contentType, `artifact ${name} of run ${runId}: ${artifacts.errors.join('; ')}`).toBe('application/zip');
  gh.seedArtifact({ name, runId: Number(runId), zip: stored!.data });
}

const ok = (r: ActionRun) => [r.exitCode, r.stdout.split('\n').filter((l) => l.startsWith('::error')).join('\n') || r.stdout.slice(-2000)] as const;

it('plays merge → PR → degraded PR → merge with canary, then the root action on the PR', async () => {
  // ---------------------------------------------------------------- merge #1 on main
  const merge1 = { id: '101', sha: SHA1, event: pushEvent(SHA1), eventName: 'push' };
  const t1 = await step('train', { config: 'cd4ml.yml', out: 'bundles/main-1', 'artifact-name': 'model-bundle' }, merge1);
  expect(...ok(t1)).toBe(0);
  expect(t1.outputs['artifact-id']).toMatch(/^\d+$/);
  publishArtifact('model-bundle', '101');
  const b1 = await step('build-image', { bundle: t1.outputs['bundle-path'], image: `${reg.host}/octo-org/churn-model:${SHA1.slice(0, 7)}`, 'base-image': base, push: true }, merge1);
  expect(...ok(b1)).toBe(0);
  expect(skopeoInspect(reg, `octo-org/churn-model:${SHA1.slice(0, 7)}`)).toMatchObject({ Digest: b1.outputs.digest });
  const d1 = await step('deploy-canary', { 'github-token': 'ghs_fake', bundle: t1.outputs['bundle-path'], 'bundle-artifact': 'model-bundle', 'image-digest': b1.outputs.digest, 'prometheus-url': prom.url }, merge1);
  expect(...ok(d1)).toBe(0);
  expect(d1.outputs).toMatchObject({ result: 'promoted', mode: 'first-deploy' });
  expect(gh.state.deployments).toHaveLength(1);
  expect(gh.state.deployments[0]).toMatchObject({ environment: ENV, sha: SHA1, payload: { kind: 'cd4ml-deploy', bundleArtifact: 'model-bundle', runId: '101', bundle: join(project, 'bundles/main-1'), imageDigest: b1.outputs.digest } });
  expect(gh.state.deployments[0].statuses.map((s) => s.state)).toEqual(['in_progress', 'success']);

  // ---------------------------------------------------------------- PR #7: a small change
  const pr = { id: '201', sha: PR_HEAD, event: prEvent(PR_HEAD), eventName: 'pull_request' };
  const v = await step('validate-data', { config: 'cd4ml.yml' }, pr);
  expect(...ok(v)).toBe(0);
  expect(v.outputs.passed).toBe('true');
  const t2 = await step('train', { config: 'cd4ml.yml', 'max-depth': 5, out: 'bundles/pr-7', 'artifact-name': `model-${PR_HEAD}` }, pr);
  expect(...ok(t2)).toBe(0);
  const g1 = await step('evaluate-gate', { config: 'cd4ml.yml', candidate: t2.outputs['bundle-path'], baseline: 'production', 'github-token': 'ghs_fake' }, pr);
  expect(...ok(g1)).toBe(0);
  expect(g1.outputs.passed).toBe('true');
  const report1 = JSON.parse(readFileSync(g1.outputs['report-path'], 'utf8'));
  expect(report1.baseline.kind).toBe('compared');
  expect(report1.baseline.source).toMatch(/artifact "model-bundle" of run 101/);
  expect(gh.calls('actions/download-artifact')).toHaveLength(1);
  const marked = () => gh.state.comments.filter((c) => c.issueNumber === 7 && c.body.startsWith('<!-- cd4ml:gate -->'));
  expect(marked()).toHaveLength(1);
  expect(marked()[0].body).toMatch(/## ✅ cd4ml gate: passed/);
  const commentId = marked()[0].id;
  expect(gh.state.commitStatuses).toEqual([expect.objectContaining({ sha: PR_HEAD, context: 'cd4ml/gate', state: 'success' })]);

  // ---------------------------------------------------------------- PR #7 updated: degraded
  const pr2 = { id: '202', sha: PR_HEAD2, event: prEvent(PR_HEAD2), eventName: 'pull_request' };
  const t3 = await step('train', { config: 'cd4ml.yml', 'max-depth': 1, out: 'bundles/pr-7b', 'artifact-name': `model-${PR_HEAD2}` }, pr2);
  expect(...ok(t3)).toBe(0);
  const g2 = await step('evaluate-gate', { config: 'cd4ml.yml', candidate: t3.outputs['bundle-path'], baseline: 'production', 'github-token': 'ghs_fake' }, pr2);
  expect(g2.exitCode, g2.stdout.slice(-2000)).toBe(1);
  expect(g2.outputs.passed).toBe('false');
  expect(g2.stdout).toMatch(/::error::evaluate-gate: .*accuracy/);
  expect(marked()).toHaveLength(1);
  expect(marked()[0].id).toBe(commentId);
  expect(marked()[0].body).toMatch(/## ❌ cd4ml gate: failed/);
  expect(gh.calls('issues/create-comment')).toHaveLength(1);
  expect(gh.calls('issues/update-comment')).toHaveLength(1);
  expect(gh.state.commitStatuses.map((s) => [s.sha, s.state])).toEqual([[PR_HEAD, 'success'], [PR_HEAD2, 'failure']]);

  // ---------------------------------------------------------------- merge #2: canary rollout
  const merge2 = { id: '301', sha: SHA2, event: pushEvent(SHA2), eventName: 'push' };
  const t4 = await step('train', { config: 'cd4ml.yml', 'max-depth': 5, out: 'bundles/main-2', 'artifact-name': 'model-bundle' }, merge2);
  expect(...ok(t4)).toBe(0);
  publishArtifact('model-bundle', '301');
  const b2 = await step('build-image', { bundle: t4.outputs['bundle-path'], image: `${reg.host}/octo-org/churn-model:${SHA2.slice(0, 7)}`, 'base-image': base, push: true }, merge2);
  expect(...ok(b2)).toBe(0);
  expect(b2.outputs.digest).not.toBe(b1.outputs.digest);
  const d2 = await step(
    'deploy-canary',
    { 'github-token': 'ghs_fake', bundle: t4.outputs['bundle-path'], 'bundle-artifact': 'model-bundle', 'image-digest': b2.outputs.digest, 'prometheus-url': prom.url, steps: '50,100', bake: '2s', interval: '2s', 'max-bake': '6s', 'min-requests': 10, 'load-rate': 60 },
    merge2,
  );
  expect(...ok(d2)).toBe(0);
  expect(d2.outputs).toMatchObject({ result: 'promoted', mode: 'canary' });
  const deployReport = JSON.parse(readFileSync(d2.outputs['report-path'], 'utf8'));
  expect(deployReport.metricsSource).toMatch(/prometheus/);
  expect(deployReport.analyses.map((a: { weight: number }) => a.weight)).toEqual(expect.arrayContaining([50, 100]));
  expect(deployReport.load.failed).toBe(0);
  // Final split read back from the proxy: 100% on the new revision, nothing on a canary.
  expect(deployReport.finalWeights).toEqual({ stable: deployReport.canary.id, stablePercent: 100, canaryPercent: 0 });
  expect(d2.outputs['final-weights']).toBe(`${deployReport.canary.id}=100`);
  const last = gh.state.deployments.at(-1)!;
  expect(gh.state.deployments).toHaveLength(2);
  expect(last).toMatchObject({ environment: ENV, sha: SHA2, payload: { kind: 'cd4ml-deploy', bundleArtifact: 'model-bundle', runId: '301', bundle: join(project, 'bundles/main-2'), imageDigest: b2.outputs.digest } });
  expect(last.statuses.map((s) => s.state)).toEqual(['in_progress', 'success']);
  const metrics = JSON.parse(readFileSync(join(project, t4.outputs['bundle-path'], 'metrics.json'), 'utf8'));
  expect((last.payload as Record<string, unknown>).metrics).toEqual(metrics);
  // One of next month's customers, through the proxy.
  const [head, first] = readFileSync(join(project, 'data/next-month.csv'), 'utf8').split('\n');
  const row = Object.fromEntries(head.split(',').map((k, i) => [k, first.split(',')[i]]).filter(([k]) => k !== 'churn').map(([k, x]) => [k, x !== '' && !Number.isNaN(Number(x)) ? Number(x) : x]));
  const served = await fetch(`${d2.outputs.url}/predict`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(row) });
  expect(served.status, await served.clone().text()).toBe(200);
  expect(served.headers.get('x-cd4ml-revision')).toBe(deployReport.canary.id);

  // ---------------------------------------------------------------- the root action on the PR
  // RUNNER_TEMP exists on a runner (run-action only names it; the root action makes its folder there).
  const runnerTemp = mkdtempSync(join(tmpdir(), 'cd4ml-runner-temp-'));
  const root = await step('pipeline', { config: 'cd4ml.yml', stages: 'validate,train,gate', 'github-token': 'ghs_fake' }, { id: '401', sha: PR_HEAD, event: prEvent(PR_HEAD), eventName: 'pull_request' }, { RUNNER_TEMP: runnerTemp });
  expect(...ok(root)).toBe(0);
  expect(root.outputs).toMatchObject({ result: 'passed', 'failed-stage': '' });
  const stages = JSON.parse(root.outputs.stages) as { stage: string; action: string; 'exit-code': number; outputs: Record<string, string> }[];
  expect(stages.map((s) => [s.stage, s.action, s['exit-code']])).toEqual([
    ['validate', 'validate-data', 0],
    ['train', 'train', 0],
    ['gate', 'evaluate-gate', 0],
  ]);
  expect(root.outputs['bundle-path']).toBe(resolve(project, stages[1].outputs['bundle-path']));
  expect(readFileSync(join(root.outputs['bundle-path'], 'manifest.json'), 'utf8')).toMatch(/"files"/);
  expect(stages[2].outputs.passed).toBe('true');
  // The gate of the root action updated the same PR comment again.
  expect(marked()).toHaveLength(1);
  expect(marked()[0].id).toBe(commentId);

  expect(gh.violations).toEqual([]);
  expect(artifacts.errors).toEqual([]);
}, 115_000);
