/**
 * The built evaluate-gate bundle, run as the runner runs it, against the OpenAPI-validated fake
 * GitHub (tests/helpers/github-server.ts): production found through the Deployments API and
 * downloaded across runs by the real @actions/artifact client, the PR comment created then updated
 * in place, the cd4ml/gate commit status, and the fork path (read-only token).
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { crc32 } from 'node:zlib';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startGitHubServer, type GitHubServer } from '../helpers/github-server.js';
import { runAction, type RunActionOptions } from '../helpers/run-action.js';
import { trainFixtures, type GateFixtures } from '../unit/gate/bundles.js';

/** A zip (stored, no compression) of every file under `dir` — what an artifact download serves. */
function zipDir(dir: string): Buffer {
  const files: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d)) {
      const p = join(d, e);
      if (statSync(p).isDirectory()) walk(p);
      else files.push(p);
    }
  };
  walk(dir);
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const f of files) {
    const name = Buffer.from(relative(dir, f));
    const data = readFileSync(f);
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x21, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    parts.push(local, name, data);
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(20, 4);
    c.writeUInt16LE(20, 6);
    c.writeUInt16LE(0x21, 14);
    c.writeUInt32LE(crc, 16);
    c.writeUInt32LE(data.length, 20);
    c.writeUInt32LE(data.length, 24);
    c.writeUInt16LE(name.length, 28);
    c.writeUInt32LE(offset, 42);
    central.push(c, name);
    offset += 30 + name.length + data.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, cd, end]);
}

let gh: GitHubServer;
let fx: GateFixtures;
beforeAll(async () => {
  [gh, fx] = await Promise.all([startGitHubServer(), trainFixtures()]);
}, 120_000);
beforeEach(() => gh.reset());
afterEach(() => expect(gh.violations).toEqual([]));
afterAll(() => gh?.close());

const HEAD_SHA = 'feedfacefeedfacefeedfacefeedfacefeedface';
const prEvent = { pull_request: { number: 17, head: { sha: HEAD_SHA, repo: { full_name: 'octo-org/churn-model' } }, base: { repo: { full_name: 'octo-org/churn-model' } } } };

/** Production = depth-6 bundle, deployed by run 77 as artifact "model-bundle". */
function seedProduction(bundle = fx.depth6, opts: { expired?: boolean } = {}) {
  gh.seedArtifact({ name: 'model-bundle', runId: 77, zip: zipDir(bundle), expired: opts.expired });
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

  it('no deployment yet: first model, passes', async () => {
    const r = await run({ candidate: fx.depth1 });
    expect(r.exitCode, r.stdout).toBe(0);
    expect(r.outputs.passed).toBe('true');
    expect(r.summary).toMatch(/\*\*first model\*\* \(no successful deployment to environment &quot;production&quot; yet\)/);
  });

  it.each([
    { policy: 'fail', exit: 1 },
    { policy: 'warn', exit: 0 },
  ])('production artifact expired, on-baseline-missing $policy → exit $exit', async ({ policy, exit }) => {
    seedProduction(fx.depth6, { expired: true });
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
    expect(r.stdout).toMatch(/GitHub answered 429 .* retry 1\/3 in 1\.0 s/);
    expect(gh.calls('repos/list-deployments').map((c) => c.status)).toEqual([429, 200]);
  });
});

describe('pull requests from forks (read-only token)', () => {
  it('does not fail on the comment: summary written, report artifact prepared, verdict decides the exit code', async () => {
    seedProduction();
    gh.faults.readOnlyToken();
    const r = await run({ candidate: fx.depth6, 'report-artifact': 'gate-report' });
    expect(r.exitCode, r.stdout).toBe(0);
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

  it('a baseline directory needs no deployment lookup', async () => {
    const r = await run({ candidate: fx.depth6, baseline: fx.depth6 });
    expect(r.exitCode, r.stdout).toBe(0);
    expect(gh.calls('repos/list-deployments')).toHaveLength(0);
  });
});
