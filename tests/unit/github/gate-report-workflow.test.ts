/**
 * examples/workflows/gate-report.yml: the workflow_run reporter for fork PRs. Its github-script
 * step runs here the way actions/github-script runs it (an async function of github, context,
 * core, require), with a real @actions/github Octokit pointed at the OpenAPI-validated fake GitHub.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getOctokit } from '@actions/github';
import { parse } from 'yaml';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ROOT } from '../../helpers/paths.js';
import { startGitHubServer, type GitHubServer } from '../../helpers/github-server.js';

const MARKER = '<!-- cd4ml:gate -->';
const HEAD = 'abcabcabcabcabcabcabcabcabcabcabcabcabca';

interface Step {
  uses?: string;
  with?: Record<string, string>;
}
const wf = parse(readFileSync(join(ROOT, 'examples/workflows/gate-report.yml'), 'utf8')) as { on: Record<string, unknown>; permissions: Record<string, string>; jobs: { post: { if: string; steps: Step[] } } };
const script = wf.jobs.post.steps.find((s) => s.uses?.startsWith('actions/github-script'))!.with!.script;

let gh: GitHubServer;
beforeAll(async () => {
  gh = await startGitHubServer();
});
beforeEach(() => gh.reset());
afterEach(() => expect(gh.violations).toEqual([]));
afterAll(() => gh?.close());

/** Run the step's script as actions/github-script does. */
async function runScript(files: { meta: unknown; comment: string }, env: { conclusion: string; headSha?: string }) {
  const dir = mkdtempSync(join(tmpdir(), 'cd4ml-gate-report-'));
  writeFileSync(join(dir, 'meta.json'), JSON.stringify(files.meta));
  writeFileSync(join(dir, 'comment.md'), files.comment);
  const github = getOctokit('ghs_base_repo_token', { baseUrl: gh.url });
  const context = { repo: { owner: gh.owner, repo: gh.repo } };
  const processStub = { env: { REPORT_DIR: dir, HEAD_SHA: env.headSha ?? HEAD, CONCLUSION: env.conclusion, RUN_URL: 'https://github.com/octo-org/churn-model/actions/runs/99' } };
  const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (...args: string[]) => (...a: unknown[]) => Promise<unknown>;
  const fn = new AsyncFunction('github', 'context', 'core', 'require', 'process', script);
  return fn(github, context, {}, createRequire(import.meta.url), processStub);
}

describe('gate-report.yml', () => {
  it('triggers on completed workflow runs, only for fork PRs, with least permissions', () => {
    expect(wf.on).toEqual({ workflow_run: { workflows: ['pull request'], types: ['completed'] } });
    expect(wf.jobs.post.if).toContain("github.event.workflow_run.head_repository.full_name != github.repository");
    expect(wf.permissions).toEqual({ actions: 'read', 'pull-requests': 'write', statuses: 'write' });
    expect(JSON.stringify(wf.jobs.post.steps)).not.toMatch(/checkout/);
  });

  it('posts the fork run\'s report, then updates the same comment; status follows the run conclusion', async () => {
    gh.seedPullRequest({ number: 5, headSha: HEAD, headRepo: 'someone/churn-model' });
    await runScript({ meta: { pr: 5, sha: HEAD, passed: true }, comment: `${MARKER}\n## ✅ cd4ml gate: passed\n` }, { conclusion: 'success' });
    await runScript({ meta: { pr: 5, sha: HEAD, passed: true }, comment: `${MARKER}\n## ❌ cd4ml gate: failed\n` }, { conclusion: 'failure' });
    expect(gh.state.comments).toHaveLength(1);
    expect(gh.state.comments[0].body).toContain('failed');
    expect(gh.state.commitStatuses.map((s) => [s.sha, s.context, s.state])).toEqual([
      [HEAD, 'cd4ml/gate', 'success'],
      [HEAD, 'cd4ml/gate', 'failure'],
    ]);
  });

  it('refuses an artifact naming a PR whose head is not the commit the run checked', async () => {
    gh.seedPullRequest({ number: 5, headSha: HEAD, headRepo: 'someone/churn-model' });
    gh.seedPullRequest({ number: 6, headSha: 'f'.repeat(40), headRepo: 'victim/churn-model' });
    await expect(runScript({ meta: { pr: 6 }, comment: `${MARKER}\nspam` }, { conclusion: 'success' })).rejects.toThrow(/PR #6 is at f+, not at abcabc/);
    expect(gh.state.comments).toEqual([]);
    expect(gh.state.commitStatuses).toEqual([]);
  });

  it('refuses a body without the marker', async () => {
    gh.seedPullRequest({ number: 5, headSha: HEAD, headRepo: 'someone/churn-model' });
    await expect(runScript({ meta: { pr: 5 }, comment: 'hello @everyone' }, { conclusion: 'success' })).rejects.toThrow(/does not start with the cd4ml gate marker/);
    expect(gh.state.comments).toEqual([]);
  });
});
