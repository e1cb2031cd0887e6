/**
 * The built evaluate-gate bundle, run as the runner runs it, against the OpenAPI-validated fake
 * GitHub (tests/helpers/github-server.ts): production found through the Deployments API and
 * downloaded across runs by the real @actions/artifact client, the PR comment created then updated
 * in place, the cd4ml/gate commit status, and the fork path (read-only token).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startGitHubServer, type GitHubServer } from '../helpers/github-server.js';
import { startArtifactService, type ArtifactService } from '../helpers/artifact-service.js';
import { runAction, type RunActionOptions } from '../helpers/run-action.js';
import { trainFixtures, type GateFixtures } from '../unit/gate/bundles.js';

/**
 * Upload a bundle with the real @actions/artifact client (in this process) to the local artifact
 * service, as run `runId` would, and return the stored zip: what GitHub serves on download.
 */
async function uploadWithRealClient(service: ArtifactService, name: string, dir: string, runId: string): Promise<Buffer> {
  const saved = { ...process.env };
  try {
    Object.assign(process.env, service.env(runId, '1'), { GITHUB_WORKSPACE: dir });
    delete process.env.GITHUB_SERVER_URL;
    const { DefaultArtifactClient } = await import('@actions/artifact');
    const files = readdirSync(dir).map((f) => join(dir, f));
    await new DefaultArtifactClient().uploadArtifact(name, files, dir);
  } finally {
    for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
    Object.assign(process.env, saved);
  }
  const stored = service.artifacts.find((a) => a.name === name && a.runId === runId);
  if (!stored || stored.contentType !== 'application/zip') throw new Error(`upload of ${name} failed: ${service.errors.join('; ')}`);
  return stored.data;
}

let gh: GitHubServer;
let fx: GateFixtures;
let artifacts: ArtifactService;
let productionZip: Buffer;
beforeAll(async () => {
  [gh, fx, artifacts] = await Promise.all([startGitHubServer(), trainFixtures(), startArtifactService()]);
  productionZip = await uploadWithRealClient(artifacts, 'model-bundle', fx.depth6, '77');
}, 120_000);
beforeEach(() => gh.reset());
afterEach(() => {
  expect(gh.violations).toEqual([]);
  expect(artifacts.errors).toEqual([]);
});
afterAll(async () => {
  await gh?.close();
  await artifacts?.close();
});

const HEAD_SHA = 'feedfacefeedfacefeedfacefeedfacefeedface';
const prEvent = { pull_request: { number: 17, head: { sha: HEAD_SHA, repo: { full_name: 'octo-org/churn-model' } }, base: { repo: { full_name: 'octo-org/churn-model' } } } };

/** Production = the depth-6 bundle, uploaded by run 77 as artifact "model-bundle" (real client's zip). */
function seedProduction(opts: { expired?: boolean } = {}) {
  gh.seedArtifact({ name: 'model-bundle', runId: 77, zip: productionZip, expired: opts.expired });
  return gh.seedDeployment({ environment: 'production', payload: { kind: 'cd4ml-deploy', bundleArtifact: 'model-bundle', runId: '77' }, statuses: ['in_progress', 'success'] });
}

function run(inputs: Record<string, string>, opts: Partial<RunActionOptions> = {}) {
  return runAction('evaluate-gate', {
    inputs: { 'github-token': 'ghs_fake', ...inputs },
    env: { ...gh.env(), ACTIONS_RUNTIME_TOKEN: undefined, ACTIONS_RESULTS_URL: undefined },
    event: prEvent,
    eventName: 'pull_request',
    cwd: fx.dir,
    ...opts,
  });
}

describe('evaluate-gate against production from GitHub deployments', () => {
  it('degraded candidate: downloads production, fails with exit 1, comments, sets cd4ml/gate failure', async () => {
    seedProduction();
    const r = await run({ candidate: fx.depth1, data: fx.csv });
    expect(r.exitCode, r.stdout + r.stderr).toBe(1);
    expect(r.outputs.passed).toBe('false');
    expect(r.stdout).toMatch(/::error::evaluate-gate: the candidate regresses: accuracy 0\.9684 → 0\.9174/);
    // production came from the deployment's artifact, through the fake GitHub
    expect(gh.calls('repos/list-deployments')).toHaveLength(1);
    expect(gh.calls('actions/list-workflow-run-artifacts')[0].query).toMatchObject({ name: 'model-bundle' });
    expect(gh.calls('actions/download-artifact')).toHaveLength(1);
    const report = JSON.parse(readFileSync(r.outputs['report-path'], 'utf8'));
    expect(report.baseline).toMatchObject({ kind: 'compared' });
    expect(report.baseline.source).toMatch(/deployment \d+ to production .* artifact "model-bundle" of run 77/);
    expect(gh.state.comments).toHaveLength(1);
    expect(gh.state.comments[0]).toMatchObject({ issueNumber: 17, login: 'github-actions[bot]' });
    expect(gh.state.comments[0].body).toMatch(/^<!-- cd4ml:gate -->\n## ❌ cd4ml gate: failed/);
    expect(gh.state.commitStatuses).toEqual([expect.objectContaining({ sha: HEAD_SHA, context: 'cd4ml/gate', state: 'failure', targetUrl: 'https://github.com/octo-org/churn-model/actions/runs/4242' })]);
    expect(r.summary).toMatch(/## ❌ cd4ml gate: failed/);
    expect(r.summary).not.toContain('<!-- cd4ml:gate -->');
    const summary = JSON.parse(r.outputs['summary-json']);
    expect(summary).toMatchObject({ passed: false, headline: 'accuracy', baseline: 'compared' });
    expect(summary.metrics.accuracy.ci).toHaveLength(2);
  });

  it('the comment is created, then updated in place on the next run (never duplicated)', async () => {
    seedProduction();
    for (let i = 0; i < 120; i++) gh.seedComment(17, `review comment ${i}`);
    const first = await run({ candidate: fx.depth1, data: fx.csv });
    expect(first.exitCode).toBe(1);
    const created = gh.state.comments.filter((c) => c.body.startsWith('<!-- cd4ml:gate -->'));
    expect(created).toHaveLength(1);
    const second = await run({ candidate: fx.depth6, data: fx.csv });
    expect(second.exitCode, second.stdout).toBe(0);
    const after = gh.state.comments.filter((c) => c.body.startsWith('<!-- cd4ml:gate -->'));
    expect(after).toHaveLength(1);
    expect(after[0].id).toBe(created[0].id);
    expect(after[0].body).toMatch(/## ✅ cd4ml gate: passed/);
    expect(gh.calls('issues/create-comment')).toHaveLength(1);
    expect(gh.calls('issues/update-comment')).toHaveLength(1);
    // 120 other comments: each lookup pages through (100 a page) to find the marked one
    expect(gh.calls('issues/list-comments').map((c) => c.query.page ?? '1')).toEqual(['1', '2', '1', '2']);
    expect(gh.state.commitStatuses.map((s) => s.state)).toEqual(['failure', 'success']);
  });

  it('no deployment in any environment: a true first model passes, and the PR comment says so', async () => {
    const r = await run({ candidate: fx.depth1 });
    expect(r.exitCode, r.stdout).toBe(0);
    expect(r.outputs.passed).toBe('true');
    const firstModel = /No baseline: \*\*first model\*\* \(no successful deployment to environment &quot;production&quot; yet; no environment of this repository has a cd4ml deployment\)/;
    expect(r.summary).toMatch(firstModel);
    expect(gh.state.comments).toHaveLength(1);
    expect(gh.state.comments[0].body).toMatch(firstModel);
    expect(JSON.parse(r.outputs['summary-json']).baseline).toBe('first-model');
    // the environment's deployments, then the repository's (to tell a first model from a typo)
    expect(gh.calls('repos/list-deployments').map((c) => c.query.environment ?? '(all)')).toEqual(['production', '(all)']);
  });

  it('a misspelt environment while production is deployed: exit 2 naming it, nothing downloaded, no comment, no status', async () => {
    seedProduction();
    const r = await run({ candidate: fx.depth1, data: fx.csv, environment: 'prodution' });
    expect(r.exitCode, r.stdout).toBe(2);
    expect(r.stdout).toMatch(/::error::evaluate-gate: no cd4ml deployment to environment "prodution", but environment "production" has one: is environment "prodution" misspelt\?/);
    expect(r.outputs.passed).toBeUndefined();
    expect(gh.calls('actions/download-artifact')).toHaveLength(0);
    expect(gh.state.comments).toEqual([]);
    expect(gh.state.commitStatuses).toEqual([]);
    // the same inputs with the right name compare against production and fail the worse model
    const right = await run({ candidate: fx.depth1, data: fx.csv, environment: 'production' });
    expect(right.exitCode).toBe(1);
    expect(gh.calls('actions/download-artifact')).toHaveLength(1);
  });

  it.each([
    { policy: 'fail', exit: 1 },
    { policy: 'warn', exit: 0 },
  ])('production artifact expired, on-baseline-missing $policy → exit $exit', async ({ policy, exit }) => {
    seedProduction({ expired: true });
    const r = await run({ candidate: fx.depth6, 'on-baseline-missing': policy });
    expect(r.exitCode, r.stdout).toBe(exit);
    expect(r.stdout).toMatch(/artifact "model-bundle" of run 77 has expired/);
    expect(gh.calls('actions/download-artifact')).toHaveLength(0);
  });

  it('rate limited (429 with retry-after) while reading deployments: waits and carries on', async () => {
    seedProduction();
    gh.faults.rateLimit({ status: 429, retryAfter: 1, operationId: 'repos/list-deployments' });
    const r = await run({ candidate: fx.depth6 });
    expect(r.exitCode, r.stdout).toBe(0);
    expect(r.stdout).toMatch(/GitHub secondary rate limit on GET \/repos\/octo-org\/churn-model\/deployments; retry 1\/3 in 1 s/);
    const calls = gh.calls('repos/list-deployments');
    expect(calls.map((c) => c.status)).toEqual([429, 200]);
    // the second request reached the server only after retry-after (1 s)
    expect(calls[1].at - calls[0].at).toBeGreaterThanOrEqual(980);
  });
});

describe('pull requests from forks (read-only token)', () => {
  it('does not fail on the comment: summary written, report artifact prepared, verdict decides the exit code', async () => {
    seedProduction();
    gh.faults.readOnlyToken();
    const r = await run({ candidate: fx.depth6, 'report-artifact': 'gate-report' }, { env: { ...gh.env(), ...artifacts.env('4242', '9'), GITHUB_SERVER_URL: undefined } });
    expect(r.exitCode, r.stdout).toBe(0);
    // uploaded for the gate-report workflow with the real client to the local artifact service
    const uploaded = artifacts.artifacts.find((a) => a.name === 'gate-report' && a.runId === '4242');
    expect(uploaded?.contentType).toBe('application/zip');
    for (const f of ['comment.md', 'gate-report.json', 'meta.json']) expect(uploaded!.data.includes(Buffer.from(f)), f).toBe(true);
    expect(r.stdout).toMatch(/uploaded the gate report as artifact "gate-report"/);
    expect(gh.state.comments).toEqual([]);
    expect(gh.calls('issues/create-comment').map((c) => c.status)).toEqual([403]);
    expect(r.commands.filter((c) => c.command === 'warning').map((c) => c.message).join('\n')).toMatch(/cannot comment on PR #17 with this token \(read-only: a pull request from a fork\?\)/);
    expect(r.summary).toMatch(/## ✅ cd4ml gate: passed/);
    const dir = join(r.runnerTemp, 'cd4ml', 'gate-report-artifact');
    expect(readFileSync(join(dir, 'comment.md'), 'utf8')).toMatch(/^<!-- cd4ml:gate -->/);
    expect(JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8'))).toMatchObject({ pr: 17, sha: HEAD_SHA, passed: true });
    expect(JSON.parse(readFileSync(join(dir, 'gate-report.json'), 'utf8')).passed).toBe(true);
  });

  it('a failing gate still exits 1 under a read-only token', async () => {
    seedProduction();
    gh.faults.readOnlyToken();
    const r = await run({ candidate: fx.depth1, data: fx.csv });
    expect(r.exitCode).toBe(1);
    expect(existsSync(join(r.runnerTemp, 'cd4ml', 'gate-report-artifact', 'comment.md'))).toBe(true);
  });
});

describe('inputs', () => {
  it.each([
    { name: 'no candidate', inputs: {}, msg: /input "candidate" is required/ },
    { name: 'bad resamples', inputs: { candidate: 'x', resamples: 'many' }, msg: /input "resamples" must be an integer in \[100, 100000\], got "many"/ },
    { name: 'bad policy', inputs: { candidate: 'x', 'on-baseline-missing': 'ignore' }, msg: /input "on-baseline-missing" must be one of "fail", "warn"/ },
  ] as { name: string; inputs: Record<string, string>; msg: RegExp }[])('$name → exit 2', async ({ inputs, msg }) => {
    const r = await run(inputs);
    expect(r.exitCode).toBe(2);
    expect(r.stdout).toMatch(msg);
  });

  it('runs on Node 20 as well (runner images may still run it there)', async () => {
    seedProduction();
    const r = await run({ candidate: fx.depth6 }, { node: '/usr/bin/node' });
    expect(r.exitCode, r.stdout + r.stderr).toBe(0);
    expect(gh.state.comments).toHaveLength(1);
  });

  it('a baseline directory needs no deployment lookup', async () => {
    const r = await run({ candidate: fx.depth6, baseline: fx.depth6 });
    expect(r.exitCode, r.stdout).toBe(0);
    expect(gh.calls('repos/list-deployments')).toHaveLength(0);
  });
});
