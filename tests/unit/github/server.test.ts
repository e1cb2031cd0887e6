/**
 * The fake GitHub itself: it must reject what the real API would reject (per GitHub's OpenAPI
 * description) and record it as a violation, and its own answers must match the description.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startGitHubServer, type GitHubServer } from '../../helpers/github-server.js';

let gh: GitHubServer;
beforeAll(async () => {
  gh = await startGitHubServer();
});
beforeEach(() => gh.reset());
afterAll(() => gh?.close());

async function call(method: string, path: string, body?: unknown) {
  const res = await fetch(gh.url + path, {
    method,
    headers: { accept: 'application/vnd.github+json', authorization: 'token t', ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, json: text ? JSON.parse(text) : undefined };
}

describe('requests the description does not allow', () => {
  it.each([
    { name: 'unknown route', method: 'GET', path: '/repos/octo-org/churn-model/no-such-thing', body: undefined, kind: 'unknown-route', status: 404 },
    { name: 'wrong method', method: 'DELETE', path: '/repos/octo-org/churn-model/statuses/abc', body: undefined, kind: 'method-not-allowed', status: 405 },
    { name: 'body missing a required field', method: 'POST', path: '/repos/octo-org/churn-model/issues/1/comments', body: { text: 'hi' }, kind: 'invalid-request', status: 422 },
    { name: 'enum value not allowed', method: 'POST', path: '/repos/octo-org/churn-model/statuses/abc', body: { state: 'passed' }, kind: 'invalid-request', status: 422 },
    { name: 'wrong type in body', method: 'POST', path: '/repos/octo-org/churn-model/deployments', body: { ref: 'main', auto_merge: 'no' }, kind: 'invalid-request', status: 422 },
    { name: 'malformed JSON', method: 'POST', path: '/repos/octo-org/churn-model/issues/1/comments', body: '{"body":', kind: 'invalid-json', status: 400 },
    { name: 'operation the fake does not implement', method: 'GET', path: '/repos/octo-org/churn-model/pulls', body: undefined, kind: 'not-implemented', status: 501 },
  ])('$name → $status and a "$kind" violation', async ({ method, path, body, kind, status }) => {
    const res = await call(method, path, body);
    expect(res.status).toBe(status);
    expect(gh.violations.map((v) => v.kind)).toEqual([kind]);
  });

  it('accepts a valid request without violations', async () => {
    const res = await call('POST', '/repos/octo-org/churn-model/issues/7/comments', { body: 'hello' });
    expect(res.status).toBe(201);
    expect(res.json.body).toBe('hello');
    expect(gh.violations).toEqual([]);
  });
});

describe('its own responses are validated', () => {
  it('records a response that breaks the schema (a deployment payload that is a number)', async () => {
    gh.seedDeployment({ environment: 'production', payload: 42 as unknown as string, statuses: ['success'] });
    const res = await call('GET', '/repos/octo-org/churn-model/deployments?environment=production');
    expect(res.status).toBe(500);
    expect(gh.violations.map((v) => v.kind)).toEqual(['invalid-response']);
    expect(gh.violations[0].detail).toMatch(/payload/);
  });

  it.each([
    { name: 'comments', seed: () => gh.seedComment(3, 'x'), path: '/repos/octo-org/churn-model/issues/3/comments' },
    { name: 'deployments', seed: () => gh.seedDeployment({ environment: 'production', payload: { run: 1 }, statuses: ['success'] }), path: '/repos/octo-org/churn-model/deployments' },
    { name: 'issues', seed: () => gh.seedIssue({ title: 't', labels: ['drift'] }), path: '/repos/octo-org/churn-model/issues?labels=drift' },
    { name: 'run artifacts', seed: () => gh.seedArtifact({ name: 'model', runId: 9, zip: Buffer.from('PK') }), path: '/repos/octo-org/churn-model/actions/runs/9/artifacts' },
  ])('lists $name with schema-valid objects', async ({ seed, path }) => {
    seed();
    const res = await call('GET', path);
    expect(res.status).toBe(200);
    expect(gh.violations).toEqual([]);
  });
});

describe('pagination', () => {
  it('pages with per_page and a Link header', async () => {
    for (let i = 0; i < 5; i++) gh.seedComment(1, `c${i}`);
    const first = await call('GET', '/repos/octo-org/churn-model/issues/1/comments?per_page=2');
    expect(first.json.map((c: { body: string }) => c.body)).toEqual(['c0', 'c1']);
    expect(first.headers.get('link')).toContain('page=2>; rel="next"');
    const last = await call('GET', '/repos/octo-org/churn-model/issues/1/comments?per_page=2&page=3');
    expect(last.json.map((c: { body: string }) => c.body)).toEqual(['c4']);
    expect(last.headers.get('link')).not.toContain('rel="next"');
  });
});

describe('faults', () => {
  it('a read-only token gets 403 on writes but can read', async () => {
    gh.faults.readOnlyToken();
    expect((await call('POST', '/repos/octo-org/churn-model/issues/1/comments', { body: 'x' })).status).toBe(403);
    expect((await call('GET', '/repos/octo-org/churn-model/issues/1/comments')).status).toBe(200);
    expect(gh.state.comments).toEqual([]);
  });

  it('rate limits the next N calls with retry-after, then recovers', async () => {
    gh.faults.rateLimit({ status: 429, retryAfter: 7, count: 2 });
    const a = await call('GET', '/repos/octo-org/churn-model/deployments');
    const b = await call('GET', '/repos/octo-org/churn-model/deployments');
    const c = await call('GET', '/repos/octo-org/churn-model/deployments');
    expect([a.status, b.status, c.status]).toEqual([429, 429, 200]);
    expect(a.headers.get('retry-after')).toBe('7');
    expect(gh.faults.pending()).toEqual([]);
  });

  it('scopes a fault to one operation', async () => {
    gh.faults.notFound({ operationId: 'repos/list-deployments' });
    expect((await call('GET', '/repos/octo-org/churn-model/issues/1/comments')).status).toBe(200);
    expect((await call('GET', '/repos/octo-org/churn-model/deployments')).status).toBe(404);
  });

  it('an unknown repository is 404', async () => {
    expect((await call('GET', '/repos/someone/else/issues/1/comments')).status).toBe(404);
    expect(gh.violations).toEqual([]);
  });
});
