/**
 * The GitHub port (src/github/octokit.ts, real @actions/github Octokit) against the fake GitHub
 * that validates every request and response with GitHub's OpenAPI description.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startGitHubServer, type GitHubServer } from '../../helpers/github-server.js';
import { createGitHubPort } from '../../../src/github/octokit.js';
import { GitHubApiError, isPermissionDenied, markerFor, type GitHubPort } from '../../../src/github/port.js';

let gh: GitHubServer;
let port: GitHubPort;
let retries: string[];

beforeAll(async () => {
  gh = await startGitHubServer();
});
beforeEach(() => {
  gh.reset();
  retries = [];
  port = createGitHubPort({ token: 'ghs_test', owner: gh.owner, repo: gh.repo, baseUrl: gh.url, onRetry: (m) => retries.push(m) });
});
afterEach(() => expect(gh.violations).toEqual([]));
afterAll(() => gh?.close());

const MARKER = markerFor('gate');

describe('upsertComment', () => {
  it('creates the comment once, then updates it in place', async () => {
    const a = await port.upsertComment(12, MARKER, 'first verdict');
    expect(a.action).toBe('created');
    const b = await port.upsertComment(12, MARKER, 'second verdict');
    expect(b).toMatchObject({ action: 'updated', id: a.id });
    expect(gh.state.comments).toHaveLength(1);
    expect(gh.state.comments[0].body).toBe(`${MARKER}\nsecond verdict`);
    expect(gh.requests.every((r) => r.authorization === 'token ghs_test')).toBe(true);
  });

  it('does not write when the body is unchanged', async () => {
    await port.upsertComment(12, MARKER, 'same');
    const writesBefore = gh.calls('issues/update-comment').length;
    expect((await port.upsertComment(12, MARKER, 'same')).action).toBe('unchanged');
    expect(gh.calls('issues/update-comment').length).toBe(writesBefore);
  });

  it('finds the marked comment on a later page (pagination) and never duplicates it', async () => {
    for (let i = 0; i < 150; i++) gh.seedComment(5, `chatter ${i}`);
    const mine = gh.seedComment(5, `${MARKER}\nold report`, 'github-actions[bot]');
    for (let i = 0; i < 20; i++) gh.seedComment(5, `more ${i}`);
    const r = await port.upsertComment(5, MARKER, 'new report');
    expect(r).toMatchObject({ action: 'updated', id: mine.id });
    expect(gh.state.comments.filter((c) => c.body.startsWith(MARKER))).toHaveLength(1);
    expect(gh.calls('issues/list-comments').map((c) => c.query.page ?? '1')).toEqual(['1', '2']);
  });

  it('ignores a comment that only quotes the marker', async () => {
    gh.seedComment(5, `> ${MARKER}\n> quoted`);
    expect((await port.upsertComment(5, MARKER, 'mine')).action).toBe('created');
    expect(gh.state.comments).toHaveLength(2);
  });

  it('a read-only (fork) token: a permission error the caller can recognise', async () => {
    gh.faults.readOnlyToken();
    const err = await port.upsertComment(5, MARKER, 'x').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GitHubApiError);
    expect(isPermissionDenied(err)).toBe(true);
    expect((err as GitHubApiError).status).toBe(403);
    expect((err as Error).message).toMatch(/read-only GITHUB_TOKEN/);
    expect(retries).toEqual([]);
    expect(gh.calls('issues/create-comment')).toHaveLength(1);
  });
});

describe('rate limits and retries (@octokit/plugin-throttling and @octokit/plugin-retry)', () => {
  /** Milliseconds between consecutive requests the server received for an operation. */
  const gaps = (operationId: string) => {
    const at = gh.calls(operationId).map((c) => c.at);
    return at.slice(1).map((t, i) => t - at[i]);
  };

  it.each([
    { name: '429 secondary rate limit, retry-after 1', status: 429 as const, retryAfter: 1 },
    { name: '403 secondary rate limit, retry-after 2', status: 403 as const, retryAfter: 2 },
  ])('$name: the server gets the call again only after retry-after, then it succeeds', async ({ status, retryAfter }) => {
    gh.faults.rateLimit({ status, retryAfter, count: 1, operationId: 'issues/create-comment' });
    const r = await port.upsertComment(3, MARKER, 'ok');
    expect(r.action).toBe('created');
    expect(gh.calls('issues/create-comment').map((c) => c.status)).toEqual([status, 201]);
    expect(gaps('issues/create-comment')[0]).toBeGreaterThanOrEqual(retryAfter * 1000 - 20);
    expect(gh.state.comments).toHaveLength(1);
    expect(retries).toEqual([`GitHub secondary rate limit on POST /repos/{owner}/{repo}/issues/{issue_number}/comments; retry 1/3 in ${retryAfter} s`]);
  }, 20_000);

  it('primary rate limit (403, x-ratelimit-remaining 0): waits until x-ratelimit-reset, then succeeds', async () => {
    const reset = Math.ceil(Date.now() / 1000) + 1;
    gh.faults.inject({ status: 403, rateLimitReset: reset, operationId: 'repos/list-deployments', message: 'API rate limit exceeded for installation ID 1.' });
    gh.seedDeployment({ environment: 'production', payload: {}, statuses: ['success'] });
    expect(await port.findLatestSuccessfulDeployment('production')).toMatchObject({ state: 'success' });
    const calls = gh.calls('repos/list-deployments');
    expect(calls.map((c) => c.status)).toEqual([403, 200]);
    // plugin-throttling retries one second after the reset
    expect(calls[1].at).toBeGreaterThanOrEqual(reset * 1000);
    expect(retries).toHaveLength(1);
    expect(retries[0]).toMatch(/^GitHub rate limit on GET \/repos\/octo-org\/churn-model\/deployments; retry 1\/3 in [23] s$/);
  }, 20_000);

  it('gives up after 3 retries with a rate-limit error: 4 requests reached the server', async () => {
    const fast = createGitHubPort({ token: 't', owner: gh.owner, repo: gh.repo, baseUrl: gh.url, retry: { timeUnitMs: 10 } });
    gh.faults.rateLimit({ status: 429, retryAfter: 1, count: 10, operationId: 'repos/create-commit-status' });
    const err = (await fast.setCommitStatus('a'.repeat(40), { context: 'cd4ml/gate', state: 'success' }).catch((e: unknown) => e)) as GitHubApiError;
    expect(err).toBeInstanceOf(GitHubApiError);
    expect(err.rateLimited).toBe(true);
    expect(err.permissionDenied).toBe(false);
    expect(err.message).toMatch(/GitHub create commit status failed: 429 You have exceeded a secondary rate limit.* — rate limited \(still failing after 3 retries\)/);
    expect(gh.calls('repos/create-commit-status')).toHaveLength(4);
    expect(gh.state.commitStatuses).toEqual([]);
  });

  it('does not wait through an hour-long retry-after: one request, and the error says how long', async () => {
    gh.faults.rateLimit({ status: 403, retryAfter: 3600 });
    const t0 = Date.now();
    const err = (await port.findLatestSuccessfulDeployment('production').catch((e: unknown) => e)) as GitHubApiError;
    expect(Date.now() - t0).toBeLessThan(5000);
    expect(err.rateLimited).toBe(true);
    expect(err.message).toMatch(/GitHub asks to wait 3600 s, longer than the 60 s this step waits/);
    expect(gh.calls('repos/list-deployments')).toHaveLength(1);
    expect(retries).toEqual([]);
  });

  it('server errors are retried with backoff (plugin-retry) and reported', async () => {
    const fast = createGitHubPort({ token: 't', owner: gh.owner, repo: gh.repo, baseUrl: gh.url, retry: { timeUnitMs: 10 }, onRetry: (m) => retries.push(m) });
    gh.faults.inject({ status: 502, count: 2, operationId: 'repos/list-deployments' });
    expect(await fast.findLatestSuccessfulDeployment('production')).toBeUndefined();
    expect(gh.calls('repos/list-deployments').map((c) => c.status)).toEqual([502, 502, 200]);
    // backoff (retryCount + 1)² time units: 10 ms, then 40 ms
    const g = gaps('repos/list-deployments');
    expect(g[0]).toBeGreaterThanOrEqual(10);
    expect(g[1]).toBeGreaterThanOrEqual(40);
    expect(retries).toEqual(['GitHub answered 502 to GET /repos/octo-org/churn-model/deployments; retry 1/3', 'GitHub answered 502 to GET /repos/octo-org/churn-model/deployments; retry 2/3']);
  });

  it.each([
    { name: '404', fault: () => gh.faults.notFound({ operationId: 'repos/list-deployments' }), status: 404 },
    { name: '403 without rate-limit signs (no permission)', fault: () => gh.faults.inject({ status: 403, operationId: 'repos/list-deployments', message: 'Resource not accessible by integration' }), status: 403 },
  ])('$name is not retried', async ({ fault, status }) => {
    fault();
    const err = (await port.findLatestSuccessfulDeployment('production').catch((e: unknown) => e)) as GitHubApiError;
    expect(err.status).toBe(status);
    expect(err.rateLimited).toBe(false);
    expect(gh.calls('repos/list-deployments')).toHaveLength(1);
    expect(retries).toEqual([]);
  });
});

describe('commit statuses', () => {
  it('sets cd4ml/gate with a description cut to 140 characters', async () => {
    const sha = 'b'.repeat(40);
    await port.setCommitStatus(sha, { context: 'cd4ml/gate', state: 'failure', description: 'x'.repeat(200), targetUrl: 'https://github.com/o/r/actions/runs/1' });
    expect(gh.state.commitStatuses).toHaveLength(1);
    expect(gh.state.commitStatuses[0]).toMatchObject({ sha, context: 'cd4ml/gate', state: 'failure', targetUrl: 'https://github.com/o/r/actions/runs/1' });
    expect(gh.state.commitStatuses[0].description).toHaveLength(140);
  });
});

describe('deployments', () => {
  it('finds the newest deployment whose newest status is success, skipping failed and in-progress ones', async () => {
    gh.seedDeployment({ environment: 'production', payload: { run: 1 }, statuses: ['in_progress', 'success', 'inactive'] });
    const good = gh.seedDeployment({ environment: 'production', payload: { 'run-id': 2, artifact: 'model-bundle' }, statuses: ['in_progress', 'success'] });
    gh.seedDeployment({ environment: 'staging', payload: { run: 3 }, statuses: ['success'] });
    gh.seedDeployment({ environment: 'production', payload: { run: 4 }, statuses: ['in_progress', 'failure'] });
    gh.seedDeployment({ environment: 'production', payload: { run: 5 }, statuses: ['queued'] });
    const d = await port.findLatestSuccessfulDeployment('production');
    expect(d).toMatchObject({ id: good.id, environment: 'production', state: 'success', payload: { 'run-id': 2, artifact: 'model-bundle' } });
  });

  it('parses a string payload', async () => {
    gh.seedDeployment({ environment: 'production', payload: '{"run-id": 9}', statuses: ['success'] });
    expect((await port.findLatestSuccessfulDeployment('production'))?.payload).toEqual({ 'run-id': 9 });
  });

  it('no deployment yet → undefined', async () => {
    expect(await port.findLatestSuccessfulDeployment('production')).toBeUndefined();
  });

  it('pages through deployments up to the limit', async () => {
    gh.seedDeployment({ environment: 'production', payload: {}, statuses: ['success'] });
    for (let i = 0; i < 31; i++) gh.seedDeployment({ environment: 'production', payload: {}, statuses: ['failure'] });
    // 32 deployments, the successful one oldest: a limit of 30 stops before it (one page of 30); 100 reaches it.
    expect(await port.findLatestSuccessfulDeployment('production', 30)).toBeUndefined();
    expect(gh.calls('repos/list-deployments').map((c) => c.query.per_page)).toEqual(['30']);
    expect(gh.calls('repos/list-deployment-statuses')).toHaveLength(30);
    gh.reset();
    gh.seedDeployment({ environment: 'production', payload: { run: 1 }, statuses: ['success'] });
    for (let i = 0; i < 31; i++) gh.seedDeployment({ environment: 'production', payload: {}, statuses: ['failure'] });
    expect(await port.findLatestSuccessfulDeployment('production', 100)).toMatchObject({ payload: { run: 1 } });
    expect(gh.calls('repos/list-deployments').map((c) => c.query.per_page)).toEqual(['100']);
  });

  it('creates a deployment and its statuses; a success makes the older one inactive', async () => {
    const old = gh.seedDeployment({ environment: 'production', payload: {}, statuses: ['success'] });
    const d = await port.createDeployment({ ref: 'c'.repeat(40), environment: 'production', payload: { 'run-id': 77, artifact: 'model-bundle' }, description: 'canary' });
    expect(d).toMatchObject({ environment: 'production', state: 'pending', payload: { 'run-id': 77 } });
    expect(gh.calls('repos/create-deployment')[0].body).toMatchObject({ auto_merge: false, required_contexts: [] });
    expect((await port.listInProgressDeployments('production')).map((x) => x.id)).toEqual([d.id]);
    await port.createDeploymentStatus(d.id, { state: 'in_progress', description: '5% canary', logUrl: 'https://github.com/o/r/actions/runs/77' });
    expect((await port.listInProgressDeployments('production')).map((x) => x.state)).toEqual(['in_progress']);
    await port.createDeploymentStatus(d.id, { state: 'success', environmentUrl: 'https://model.example.com' });
    expect(await port.listInProgressDeployments('production')).toEqual([]);
    expect((await port.findLatestSuccessfulDeployment('production'))?.id).toBe(d.id);
    expect(gh.state.deployments.find((x) => x.id === old.id)?.statuses.at(-1)?.state).toBe('inactive');
  });
});

describe('artifacts', () => {
  it('lists a run\'s artifacts by name', async () => {
    gh.seedArtifact({ name: 'model-bundle', runId: 77, zip: Buffer.from('PK') });
    gh.seedArtifact({ name: 'gate-report', runId: 77, zip: Buffer.from('PK') });
    gh.seedArtifact({ name: 'model-bundle', runId: 78, zip: Buffer.from('PK') });
    const list = await port.listRunArtifacts(77, 'model-bundle');
    expect(list.map((a) => [a.name, a.runId])).toEqual([['model-bundle', 77]]);
    expect(await port.listRunArtifacts(77)).toHaveLength(2);
  });
});

describe('issues and dispatches', () => {
  it('upserts an issue by marker, merging labels', async () => {
    const m = markerFor('monitor');
    const a = await port.upsertIssue({ marker: m, title: 'Drift detected', body: 'psi 0.3', labels: ['cd4ml', 'drift'] });
    expect(a.action).toBe('created');
    const b = await port.upsertIssue({ marker: m, title: 'Drift detected (2)', body: 'psi 0.4', labels: ['cd4ml', 'retrain'] });
    expect(b).toMatchObject({ action: 'updated', number: a.number });
    expect(gh.state.issues).toHaveLength(1);
    expect(gh.state.issues[0]).toMatchObject({ title: 'Drift detected (2)', body: `${m}\npsi 0.4`, labels: ['cd4ml', 'drift', 'retrain'] });
  });

  it('dispatches a workflow and a repository event', async () => {
    await port.dispatchWorkflow('train.yml', 'main', { reason: 'drift' });
    await port.dispatchRepositoryEvent('cd4ml-retrain', { psi: 0.3 });
    expect(gh.state.workflowDispatches).toEqual([{ workflowId: 'train.yml', ref: 'main', inputs: { reason: 'drift' } }]);
    expect(gh.state.repositoryDispatches).toEqual([{ eventType: 'cd4ml-retrain', clientPayload: { psi: 0.3 } }]);
  });
});
