/**
 * A fake GitHub REST API for tests, validated against GitHub's own OpenAPI description
 * (`@octokit/openapi`, generated/api.github.com.deref.json) with openapi-backend.
 *
 * Every request is matched to an operation of the description and its parameters and body are
 * validated; every response the fake sends is validated against that operation's response schema
 * for its status code. An unknown route, a wrong method, an invalid body, a handler missing in the
 * fake, or a response that does not match the description answers 4xx/5xx AND is recorded in
 * `server.violations` — tests assert `expect(server.violations).toEqual([])`.
 *
 * In-memory state (inspect and seed it through `server.state` and the `seed*` helpers) for: issue
 * and PR comments, commit statuses, deployments and their statuses, issues with labels, workflow
 * dispatches, repository dispatches, workflow-run artifacts (with a blob URL for downloads), and
 * pull requests (pulls/get, e.g. from a fork).
 *
 * Faults: `server.faults.readOnlyToken()` makes every write answer 403 "Resource not accessible by
 * integration" (the read-only GITHUB_TOKEN of a fork PR); `server.faults.inject({...})` answers the
 * next N matching calls with a status (404, 403/429 rate limits with retry-after, 5xx).
 *
 * Loading the 73 MB description takes ~3 s: it is loaded once per test file (module cache) and
 * shared by every server started in that file. Start one server in `beforeAll`, call
 * `server.reset()` in `beforeEach`, and `await server.close()` in `afterAll`:
 *
 *   let gh: GitHubServer;
 *   beforeAll(async () => { gh = await startGitHubServer(); });
 *   beforeEach(() => gh.reset());
 *   afterAll(() => gh.close());
 *   // run code with GITHUB_API_URL=gh.url, GITHUB_REPOSITORY=`${gh.owner}/${gh.repo}` (gh.env())
 *   afterEach(() => expect(gh.violations).toEqual([]));
 *
 * Only 127.0.0.1 is ever listened on.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { OpenAPIBackend, type Document, type Operation } from 'openapi-backend';
import { ROOT } from './paths.js';

// ---------------------------------------------------------------------------------------------
// The description, loaded once per test file.

const SPEC_PATH = `${ROOT}/node_modules/@octokit/openapi/generated/api.github.com.deref.json`;
let apiPromise: Promise<OpenAPIBackend> | undefined;

/** The shared openapi-backend instance over GitHub's description (loaded on first use). */
export function loadGitHubApi(): Promise<OpenAPIBackend> {
  apiPromise ??= (async () => {
    const definition = JSON.parse(readFileSync(SPEC_PATH, 'utf8')) as Document;
    fixNullableWithoutType(definition);
    const api = new OpenAPIBackend({ definition, quick: true, validate: true, ajvOpts: { logger: false, strict: false } });
    await api.init();
    return api;
  })();
  return apiPromise;
}

/**
 * The description has a few schemas with `nullable: true` but no `type` (OpenAPI 3.0 ignores
 * `nullable` there; Ajv refuses to compile it). Rewrite them as "the schema, or null" so the value
 * is still validated.
 */
function fixNullableWithoutType(root: unknown): void {
  const stack: unknown[] = [root];
  const seen = new Set<object>();
  while (stack.length > 0) {
    const node = stack.pop();
    if (typeof node !== 'object' || node === null || seen.has(node)) continue;
    seen.add(node);
    const obj = node as Record<string, unknown>;
    if (!Array.isArray(node) && obj.nullable === true && obj.type === undefined) {
      const { nullable: _drop, ...rest } = obj;
      for (const k of Object.keys(obj)) delete obj[k];
      obj.anyOf = [rest, { enum: [null] }];
    }
    for (const v of Array.isArray(node) ? node : Object.values(obj)) if (typeof v === 'object' && v !== null) stack.push(v);
  }
}

// ---------------------------------------------------------------------------------------------
// State

export type DeploymentStatusState = 'error' | 'failure' | 'inactive' | 'in_progress' | 'queued' | 'pending' | 'success';

export interface FakeComment {
  id: number;
  issueNumber: number;
  body: string;
  login: string;
  createdAt: string;
  updatedAt: string;
}
export interface FakeCommitStatus {
  id: number;
  sha: string;
  state: 'error' | 'failure' | 'pending' | 'success';
  context: string;
  description: string | null;
  targetUrl: string | null;
  createdAt: string;
}
export interface FakeDeploymentStatus {
  id: number;
  state: DeploymentStatusState;
  description: string;
  environmentUrl: string;
  logUrl: string;
  createdAt: string;
}
export interface FakeDeployment {
  id: number;
  sha: string;
  ref: string;
  task: string;
  environment: string;
  payload: Record<string, unknown> | string;
  description: string | null;
  createdAt: string;
  /** Oldest first (the API lists them newest first). */
  statuses: FakeDeploymentStatus[];
}
export interface FakeIssue {
  number: number;
  title: string;
  body: string | null;
  labels: string[];
  state: 'open' | 'closed';
  isPullRequest: boolean;
  createdAt: string;
  updatedAt: string;
}
export interface FakeArtifact {
  id: number;
  name: string;
  runId: number;
  sizeInBytes: number;
  expired: boolean;
  createdAt: string;
  /** Zip served by this server at its blob URL. */
  zip?: Buffer;
  /** Or: where the download redirects (e.g. a blob of the local artifact service). */
  location?: string;
}
export interface GitHubState {
  comments: FakeComment[];
  commitStatuses: FakeCommitStatus[];
  deployments: FakeDeployment[];
  issues: FakeIssue[];
  workflowDispatches: { workflowId: string; ref: string; inputs: Record<string, unknown> }[];
  repositoryDispatches: { eventType: string; clientPayload: Record<string, unknown> }[];
  artifacts: FakeArtifact[];
  pulls: FakePull[];
  workflowRuns: FakeWorkflowRun[];
}

/** A workflow run (only what the deploy record reads: whether it still runs). */
export interface FakeWorkflowRun {
  id: number;
  status: 'queued' | 'in_progress' | 'completed';
  conclusion: 'success' | 'failure' | 'cancelled' | 'timed_out' | null;
  createdAt: string;
}

export interface FakePull {
  number: number;
  headSha: string;
  /** owner/name of the head repository (a fork for fork PRs). */
  headRepo: string;
  headRef: string;
  state: 'open' | 'closed';
  title: string;
}

export interface Violation {
  kind: 'unknown-route' | 'method-not-allowed' | 'invalid-json' | 'invalid-request' | 'not-implemented' | 'undocumented-status' | 'invalid-response' | 'fake-crashed';
  method: string;
  path: string;
  operationId?: string;
  detail: string;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  operationId: string | undefined;
  body: unknown;
  authorization: string | undefined;
  status: number;
  /** True when an injected fault answered. */
  fault: boolean;
  /** When the request arrived (Date.now()), to check how long a client waited between two calls. */
  at: number;
}

export interface FaultSpec {
  status: number;
  /** How many matching calls to answer with this fault (default 1). */
  count?: number;
  /** Only calls to this operation id (e.g. "issues/create-comment"). */
  operationId?: string;
  /** Only calls with this HTTP method (upper case). */
  method?: string;
  /** Seconds, sent as `retry-after`. */
  retryAfter?: number;
  /** Sends `x-ratelimit-remaining: 0` and `x-ratelimit-reset` (epoch seconds). */
  rateLimitReset?: number;
  message?: string;
}

export interface FaultControl {
  /** Every write (POST/PATCH/PUT/DELETE) answers 403 "Resource not accessible by integration". */
  readOnlyToken(on?: boolean): void;
  /** Answer the next `count` matching calls with `status`. */
  inject(spec: FaultSpec): void;
  /** Rate limit the next `count` calls: 429 (or 403) with retry-after. */
  rateLimit(opts?: { status?: 403 | 429; retryAfter?: number; count?: number; operationId?: string }): void;
  /** 404 for the next `count` matching calls. */
  notFound(opts?: { count?: number; operationId?: string }): void;
  /** Faults not yet used up. */
  pending(): FaultSpec[];
  clear(): void;
}

export interface GitHubServer {
  /** API root, e.g. http://127.0.0.1:43121 — use as GITHUB_API_URL / baseUrl. */
  url: string;
  owner: string;
  repo: string;
  state: GitHubState;
  requests: RecordedRequest[];
  violations: Violation[];
  faults: FaultControl;
  /** GITHUB_API_URL and GITHUB_REPOSITORY for a child process. */
  env(): Record<string, string>;
  /** Clear state, requests, violations and faults (ids keep increasing). */
  reset(): void;
  seedComment(issueNumber: number, body: string, login?: string): FakeComment;
  seedDeployment(d: { environment: string; payload?: Record<string, unknown> | string; sha?: string; ref?: string; statuses?: DeploymentStatusState[]; description?: string }): FakeDeployment;
  seedArtifact(a: { name: string; runId: number; zip?: Buffer; location?: string; sizeInBytes?: number; expired?: boolean }): FakeArtifact;
  seedWorkflowRun(r: { id: number; status: FakeWorkflowRun['status']; conclusion?: FakeWorkflowRun['conclusion'] }): FakeWorkflowRun;
  seedIssue(i: { title: string; body?: string; labels?: string[]; state?: 'open' | 'closed'; isPullRequest?: boolean }): FakeIssue;
  /** A pull request (also listed as an issue, as GitHub does). */
  seedPullRequest(p: { number?: number; headSha: string; headRepo?: string; headRef?: string; title?: string }): FakePull;
  /** Requests to one operation id. */
  calls(operationId: string): RecordedRequest[];
  close(): Promise<void>;
}

export interface GitHubServerOptions {
  owner?: string;
  repo?: string;
  /** Login of the token's user/bot (author of comments it creates). Default "github-actions[bot]". */
  login?: string;
}

// ---------------------------------------------------------------------------------------------
// Object builders: exactly the shapes the description requires.

const EPOCH = Date.parse('2026-01-05T10:00:00Z');

interface HandlerResult {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}
type Handler = (req: HandlerRequest) => HandlerResult;
interface HandlerRequest {
  params: Record<string, string>;
  query: Record<string, string>;
  body: any;
  path: string;
}

export async function startGitHubServer(options: GitHubServerOptions = {}): Promise<GitHubServer> {
  const api = await loadGitHubApi();
  const owner = options.owner ?? 'octo-org';
  const repo = options.repo ?? 'churn-model';
  const login = options.login ?? 'github-actions[bot]';
  let base = '';
  const apiRepo = () => `${base}/repos/${owner}/${repo}`;
  const htmlRepo = `https://github.com/${owner}/${repo}`;

  let nextId = 1000;
  let tick = 0;
  const newId = () => nextId++;
  const now = () => new Date(EPOCH + 1000 * tick++).toISOString().replace(/\.\d{3}Z$/, 'Z');

  const emptyState = (): GitHubState => ({ comments: [], commitStatuses: [], deployments: [], issues: [], workflowDispatches: [], repositoryDispatches: [], artifacts: [], pulls: [], workflowRuns: [] });
  const server: GitHubServer = {} as GitHubServer;
  let state = emptyState();
  let requests: RecordedRequest[] = [];
  let violations: Violation[] = [];
  let faults: (FaultSpec & { remaining: number })[] = [];
  let readOnly = false;

  const user = (name: string, id = 41898282) => ({
    login: name,
    id,
    node_id: 'MDM6Qm90NDE4OTgyODI=',
    avatar_url: 'https://avatars.githubusercontent.com/in/15368?v=4',
    gravatar_id: '',
    url: `https://api.github.com/users/${encodeURIComponent(name)}`,
    html_url: `https://github.com/apps/${encodeURIComponent(name.replace(/\[bot\]$/, ''))}`,
    followers_url: 'https://api.github.com/users/x/followers',
    following_url: 'https://api.github.com/users/x/following{/other_user}',
    gists_url: 'https://api.github.com/users/x/gists{/gist_id}',
    starred_url: 'https://api.github.com/users/x/starred{/owner}{/repo}',
    subscriptions_url: 'https://api.github.com/users/x/subscriptions',
    organizations_url: 'https://api.github.com/users/x/orgs',
    repos_url: 'https://api.github.com/users/x/repos',
    events_url: 'https://api.github.com/users/x/events{/privacy}',
    received_events_url: 'https://api.github.com/users/x/received_events',
    type: name.endsWith('[bot]') ? 'Bot' : 'User',
    site_admin: false,
  });

  const commentJson = (c: FakeComment) => ({
    id: c.id,
    node_id: `IC_${c.id}`,
    url: `${apiRepo()}/issues/comments/${c.id}`,
    html_url: `${htmlRepo}/pull/${c.issueNumber}#issuecomment-${c.id}`,
    issue_url: `${apiRepo()}/issues/${c.issueNumber}`,
    body: c.body,
    user: user(c.login),
    created_at: c.createdAt,
    updated_at: c.updatedAt,
    author_association: 'NONE',
  });

  const commitStatusJson = (s: FakeCommitStatus) => ({
    url: `${apiRepo()}/statuses/${s.sha}`,
    avatar_url: null,
    id: s.id,
    node_id: `SC_${s.id}`,
    state: s.state,
    description: s.description,
    target_url: s.targetUrl,
    context: s.context,
    created_at: s.createdAt,
    updated_at: s.createdAt,
    creator: user(login),
  });

  const deploymentJson = (d: FakeDeployment) => ({
    url: `${apiRepo()}/deployments/${d.id}`,
    id: d.id,
    node_id: `DE_${d.id}`,
    sha: d.sha,
    ref: d.ref,
    task: d.task,
    payload: d.payload,
    original_environment: d.environment,
    environment: d.environment,
    description: d.description,
    creator: user(login),
    created_at: d.createdAt,
    updated_at: d.statuses.at(-1)?.createdAt ?? d.createdAt,
    statuses_url: `${apiRepo()}/deployments/${d.id}/statuses`,
    repository_url: apiRepo(),
    transient_environment: false,
    production_environment: d.environment === 'production',
  });

  const deploymentStatusJson = (d: FakeDeployment, s: FakeDeploymentStatus) => ({
    url: `${apiRepo()}/deployments/${d.id}/statuses/${s.id}`,
    id: s.id,
    node_id: `DES_${s.id}`,
    state: s.state,
    creator: user(login),
    description: s.description,
    environment: d.environment,
    target_url: s.logUrl,
    created_at: s.createdAt,
    updated_at: s.createdAt,
    deployment_url: `${apiRepo()}/deployments/${d.id}`,
    repository_url: apiRepo(),
    environment_url: s.environmentUrl,
    log_url: s.logUrl,
  });

  const labelJson = (name: string) => ({
    id: Math.abs([...name].reduce((h, ch) => (h * 31 + ch.charCodeAt(0)) | 0, 7)),
    node_id: `LA_${name}`,
    url: `${apiRepo()}/labels/${encodeURIComponent(name)}`,
    name,
    description: null,
    color: 'ededed',
    default: false,
  });

  const issueJson = (i: FakeIssue) => ({
    id: i.number * 1000 + 7,
    node_id: `I_${i.number}`,
    url: `${apiRepo()}/issues/${i.number}`,
    repository_url: apiRepo(),
    labels_url: `${apiRepo()}/issues/${i.number}/labels{/name}`,
    comments_url: `${apiRepo()}/issues/${i.number}/comments`,
    events_url: `${apiRepo()}/issues/${i.number}/events`,
    html_url: `${htmlRepo}/${i.isPullRequest ? 'pull' : 'issues'}/${i.number}`,
    number: i.number,
    state: i.state,
    title: i.title,
    body: i.body,
    user: user(login),
    labels: i.labels.map(labelJson),
    assignee: null,
    assignees: [],
    milestone: null,
    locked: false,
    comments: state.comments.filter((c) => c.issueNumber === i.number).length,
    closed_at: null,
    created_at: i.createdAt,
    updated_at: i.updatedAt,
    author_association: 'NONE',
    ...(i.isPullRequest ? { pull_request: { url: `${apiRepo()}/pulls/${i.number}`, html_url: `${htmlRepo}/pull/${i.number}`, diff_url: null, patch_url: null } } : {}),
  });

  const artifactJson = (a: FakeArtifact) => ({
    id: a.id,
    node_id: `MDg6QXJ0aWZhY3Q${a.id}`,
    name: a.name,
    size_in_bytes: a.sizeInBytes,
    url: `${apiRepo()}/actions/artifacts/${a.id}`,
    archive_download_url: `${apiRepo()}/actions/artifacts/${a.id}/zip`,
    expired: a.expired,
    created_at: a.createdAt,
    expires_at: new Date(Date.parse(a.createdAt) + 90 * 86_400_000).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    updated_at: a.createdAt,
    workflow_run: { id: a.runId, repository_id: 1296269, head_repository_id: 1296269, head_branch: 'main', head_sha: '0123456789abcdef0123456789abcdef01234567' },
  });

  const workflowRunJson = (w: FakeWorkflowRun) => {
    const api = `${apiRepo()}/actions/runs/${w.id}`;
    const sha = '0123456789abcdef0123456789abcdef01234567';
    return {
      id: w.id,
      node_id: `WFR_${w.id}`,
      name: 'deploy',
      head_branch: 'main',
      head_sha: sha,
      path: '.github/workflows/deploy.yml',
      display_title: 'deploy',
      run_number: w.id % 1000,
      run_attempt: 1,
      event: 'push',
      status: w.status,
      conclusion: w.conclusion,
      workflow_id: 161335,
      url: api,
      html_url: `${htmlRepo}/actions/runs/${w.id}`,
      pull_requests: [],
      created_at: w.createdAt,
      updated_at: w.createdAt,
      jobs_url: `${api}/jobs`,
      logs_url: `${api}/logs`,
      check_suite_url: `${apiRepo()}/check-suites/${w.id}`,
      artifacts_url: `${api}/artifacts`,
      cancel_url: `${api}/cancel`,
      rerun_url: `${api}/rerun`,
      workflow_url: `${apiRepo()}/actions/workflows/161335`,
      head_commit: { id: sha, tree_id: sha, message: 'deploy', timestamp: w.createdAt, author: { name: 'cd4ml', email: 'cd4ml@example.com' }, committer: { name: 'cd4ml', email: 'cd4ml@example.com' } },
      repository: repoJson(`${owner}/${repo}`),
      head_repository: repoJson(`${owner}/${repo}`),
    };
  };

  const repoJson = (fullName: string) => {
    const [o, n] = fullName.split('/');
    const api = `https://api.github.com/repos/${fullName}`;
    const urls = Object.fromEntries(
      ['archive', 'assignees', 'blobs', 'branches', 'collaborators', 'comments', 'commits', 'compare', 'contents', 'contributors', 'deployments', 'downloads', 'events', 'forks', 'git_commits', 'git_refs', 'git_tags', 'hooks', 'issue_comment', 'issue_events', 'issues', 'keys', 'labels', 'languages', 'merges', 'milestones', 'notifications', 'pulls', 'releases', 'stargazers', 'statuses', 'subscribers', 'subscription', 'tags', 'teams', 'trees'].map((k) => [`${k}_url`, `${api}/${k}`]),
    );
    return {
      ...urls,
      id: Math.abs([...fullName].reduce((h, ch) => (h * 31 + ch.charCodeAt(0)) | 0, 11)),
      node_id: `R_${fullName}`,
      name: n,
      full_name: fullName,
      owner: user(o, 9919),
      private: false,
      fork: fullName !== `${owner}/${repo}`,
      html_url: `https://github.com/${fullName}`,
      url: api,
      description: null,
      homepage: null,
      language: null,
      mirror_url: null,
      license: null,
      clone_url: `https://github.com/${fullName}.git`,
      git_url: `git://github.com/${fullName}.git`,
      ssh_url: `git@github.com:${fullName}.git`,
      svn_url: `https://github.com/${fullName}`,
      default_branch: 'main',
      forks: 0,
      forks_count: 0,
      open_issues: 0,
      open_issues_count: 0,
      size: 1,
      stargazers_count: 0,
      watchers: 0,
      watchers_count: 0,
      has_downloads: true,
      has_issues: true,
      has_projects: false,
      has_wiki: false,
      has_pages: false,
      archived: false,
      disabled: false,
      pushed_at: '2026-01-05T10:00:00Z',
      created_at: '2025-01-01T00:00:00Z',
      updated_at: '2026-01-05T10:00:00Z',
    };
  };

  const pullJson = (p: FakePull) => {
    const api = `${apiRepo()}/pulls/${p.number}`;
    const link = (href: string) => ({ href });
    return {
      url: api,
      id: p.number * 1000 + 3,
      node_id: `PR_${p.number}`,
      html_url: `${htmlRepo}/pull/${p.number}`,
      diff_url: `${htmlRepo}/pull/${p.number}.diff`,
      patch_url: `${htmlRepo}/pull/${p.number}.patch`,
      issue_url: `${apiRepo()}/issues/${p.number}`,
      commits_url: `${api}/commits`,
      review_comments_url: `${api}/comments`,
      review_comment_url: `${apiRepo()}/pulls/comments{/number}`,
      comments_url: `${apiRepo()}/issues/${p.number}/comments`,
      statuses_url: `${apiRepo()}/statuses/${p.headSha}`,
      number: p.number,
      state: p.state,
      locked: false,
      title: p.title,
      user: user(p.headRepo.split('/')[0], 5150),
      body: null,
      labels: [],
      milestone: null,
      active_lock_reason: null,
      created_at: '2026-01-05T09:00:00Z',
      updated_at: '2026-01-05T09:30:00Z',
      closed_at: null,
      merged_at: null,
      merge_commit_sha: null,
      assignee: null,
      assignees: [],
      requested_reviewers: [],
      requested_teams: [],
      head: { label: `${p.headRepo.split('/')[0]}:${p.headRef}`, ref: p.headRef, sha: p.headSha, user: user(p.headRepo.split('/')[0], 5150), repo: repoJson(p.headRepo) },
      base: { label: `${owner}:main`, ref: 'main', sha: '0123456789abcdef0123456789abcdef01234567', user: user(owner, 9919), repo: repoJson(`${owner}/${repo}`) },
      _links: {
        self: link(api),
        html: link(`${htmlRepo}/pull/${p.number}`),
        issue: link(`${apiRepo()}/issues/${p.number}`),
        comments: link(`${apiRepo()}/issues/${p.number}/comments`),
        review_comments: link(`${api}/comments`),
        review_comment: link(`${apiRepo()}/pulls/comments{/number}`),
        commits: link(`${api}/commits`),
        statuses: link(`${apiRepo()}/statuses/${p.headSha}`),
      },
      author_association: 'CONTRIBUTOR',
      auto_merge: null,
      draft: false,
      merged: false,
      mergeable: true,
      rebaseable: true,
      mergeable_state: 'clean',
      merged_by: null,
      comments: state.comments.filter((c) => c.issueNumber === p.number).length,
      review_comments: 0,
      maintainer_can_modify: false,
      commits: 1,
      additions: 1,
      deletions: 0,
      changed_files: 1,
    };
  };

  // ------------------------------------------------------------------------------------------
  // Pagination: GitHub's per_page (default 30, max 100) / page and Link header.

  function paginate<T>(items: T[], req: HandlerRequest): { page: T[]; headers: Record<string, string> } {
    const perPage = Math.min(100, Math.max(1, Number(req.query.per_page ?? 30)));
    const page = Math.max(1, Number(req.query.page ?? 1));
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const link = (p: number) => {
      const q = new URLSearchParams({ ...req.query, per_page: String(perPage), page: String(p) });
      return `<${base}${req.path}?${q}>`;
    };
    const rels: string[] = [];
    if (page < last) rels.push(`${link(page + 1)}; rel="next"`, `${link(last)}; rel="last"`);
    if (page > 1) rels.push(`${link(1)}; rel="first"`, `${link(page - 1)}; rel="prev"`);
    return { page: items.slice((page - 1) * perPage, page * perPage), headers: rels.length > 0 ? { link: rels.join(', ') } : {} };
  }

  const notFound = (): HandlerResult => ({ status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' } });
  const isRepo = (p: Record<string, string>) => p.owner === owner && p.repo === repo;

  // ------------------------------------------------------------------------------------------
  // Handlers by operation id.

  const handlers: Record<string, Handler> = {
    'issues/list-comments': (r) => {
      if (!isRepo(r.params)) return notFound();
      const n = Number(r.params.issue_number);
      const { page, headers } = paginate(state.comments.filter((c) => c.issueNumber === n), r);
      return { status: 200, body: page.map(commentJson), headers };
    },
    'issues/create-comment': (r) => {
      if (!isRepo(r.params)) return notFound();
      const t = now();
      const c: FakeComment = { id: newId(), issueNumber: Number(r.params.issue_number), body: r.body.body, login, createdAt: t, updatedAt: t };
      state.comments.push(c);
      return { status: 201, body: commentJson(c), headers: { location: `${apiRepo()}/issues/comments/${c.id}` } };
    },
    'issues/update-comment': (r) => {
      const c = state.comments.find((x) => x.id === Number(r.params.comment_id));
      if (!isRepo(r.params) || !c) return notFound();
      c.body = r.body.body;
      c.updatedAt = now();
      return { status: 200, body: commentJson(c) };
    },
    'repos/create-commit-status': (r) => {
      if (!isRepo(r.params)) return notFound();
      const s: FakeCommitStatus = {
        id: newId(),
        sha: r.params.sha,
        state: r.body.state,
        context: r.body.context ?? 'default',
        description: r.body.description ?? null,
        targetUrl: r.body.target_url ?? null,
        createdAt: now(),
      };
      state.commitStatuses.push(s);
      return { status: 201, body: commitStatusJson(s) };
    },
    'repos/list-commit-statuses-for-ref': (r) => {
      if (!isRepo(r.params)) return notFound();
      const list = state.commitStatuses.filter((s) => s.sha === r.params.ref).reverse();
      const { page, headers } = paginate(list, r);
      return { status: 200, body: page.map(commitStatusJson), headers };
    },
    'repos/list-deployments': (r) => {
      if (!isRepo(r.params)) return notFound();
      const q = r.query;
      const list = state.deployments
        .filter((d) => (q.environment === undefined || d.environment === q.environment) && (q.sha === undefined || d.sha === q.sha) && (q.ref === undefined || d.ref === q.ref) && (q.task === undefined || d.task === q.task))
        .slice()
        .reverse();
      const { page, headers } = paginate(list, r);
      return { status: 200, body: page.map(deploymentJson), headers };
    },
    'repos/get-deployment': (r) => {
      const d = state.deployments.find((x) => x.id === Number(r.params.deployment_id));
      if (!isRepo(r.params) || !d) return notFound();
      return { status: 200, body: deploymentJson(d) };
    },
    'repos/create-deployment': (r) => {
      if (!isRepo(r.params)) return notFound();
      const b = r.body;
      const d: FakeDeployment = {
        id: newId(),
        sha: /^[0-9a-f]{40}$/.test(b.ref) ? b.ref : '0123456789abcdef0123456789abcdef01234567',
        ref: b.ref,
        task: b.task ?? 'deploy',
        environment: b.environment ?? 'production',
        payload: b.payload ?? {},
        description: b.description ?? null,
        createdAt: now(),
        statuses: [],
      };
      state.deployments.push(d);
      return { status: 201, body: deploymentJson(d) };
    },
    'repos/list-deployment-statuses': (r) => {
      const d = state.deployments.find((x) => x.id === Number(r.params.deployment_id));
      if (!isRepo(r.params) || !d) return notFound();
      const { page, headers } = paginate(d.statuses.slice().reverse(), r);
      return { status: 200, body: page.map((s) => deploymentStatusJson(d, s)), headers };
    },
    'repos/create-deployment-status': (r) => {
      const d = state.deployments.find((x) => x.id === Number(r.params.deployment_id));
      if (!isRepo(r.params) || !d) return notFound();
      const b = r.body;
      const s: FakeDeploymentStatus = { id: newId(), state: b.state, description: b.description ?? '', environmentUrl: b.environment_url ?? '', logUrl: b.log_url ?? b.target_url ?? '', createdAt: now() };
      // GitHub: a success marks the environment's older non-transient deployments inactive (auto_inactive, default true).
      if (b.state === 'success' && b.auto_inactive !== false) {
        for (const other of state.deployments) {
          if (other !== d && other.environment === d.environment && other.statuses.at(-1)?.state === 'success') {
            other.statuses.push({ id: newId(), state: 'inactive', description: '', environmentUrl: '', logUrl: '', createdAt: now() });
          }
        }
      }
      d.statuses.push(s);
      return { status: 201, body: deploymentStatusJson(d, s) };
    },
    'issues/list-for-repo': (r) => {
      if (!isRepo(r.params)) return notFound();
      const wantState = r.query.state ?? 'open';
      const labels = r.query.labels ? r.query.labels.split(',').map((s) => s.trim()) : [];
      const list = state.issues
        .filter((i) => (wantState === 'all' || i.state === wantState) && labels.every((l) => i.labels.includes(l)))
        .slice()
        .reverse();
      const { page, headers } = paginate(list, r);
      return { status: 200, body: page.map(issueJson), headers };
    },
    'issues/get': (r) => {
      const i = state.issues.find((x) => x.number === Number(r.params.issue_number));
      if (!isRepo(r.params) || !i) return notFound();
      return { status: 200, body: issueJson(i) };
    },
    'issues/create': (r) => {
      if (!isRepo(r.params)) return notFound();
      const t = now();
      const labels = (r.body.labels ?? []).map((l: string | { name?: string }) => (typeof l === 'string' ? l : (l.name ?? '')));
      const i: FakeIssue = { number: nextIssueNumber(), title: String(r.body.title), body: r.body.body ?? null, labels, state: 'open', isPullRequest: false, createdAt: t, updatedAt: t };
      state.issues.push(i);
      return { status: 201, body: issueJson(i) };
    },
    'issues/update': (r) => {
      const i = state.issues.find((x) => x.number === Number(r.params.issue_number));
      if (!isRepo(r.params) || !i) return notFound();
      const b = r.body ?? {};
      if (b.title !== undefined) i.title = String(b.title);
      if (b.body !== undefined) i.body = b.body;
      if (b.state !== undefined) i.state = b.state;
      if (b.labels !== undefined) i.labels = b.labels.map((l: string | { name?: string }) => (typeof l === 'string' ? l : (l.name ?? '')));
      i.updatedAt = now();
      return { status: 200, body: issueJson(i) };
    },
    'issues/add-labels': (r) => {
      const i = state.issues.find((x) => x.number === Number(r.params.issue_number));
      if (!isRepo(r.params) || !i) return notFound();
      const b = r.body;
      const names: string[] = Array.isArray(b) ? b : Array.isArray(b?.labels) ? b.labels.map((l: string | { name: string }) => (typeof l === 'string' ? l : l.name)) : [];
      for (const n of names) if (!i.labels.includes(n)) i.labels.push(n);
      return { status: 200, body: i.labels.map(labelJson) };
    },
    'pulls/get': (r) => {
      const p = state.pulls.find((x) => x.number === Number(r.params.pull_number));
      if (!isRepo(r.params) || !p) return notFound();
      return { status: 200, body: pullJson(p) };
    },
    'actions/create-workflow-dispatch': (r) => {
      if (!isRepo(r.params)) return notFound();
      state.workflowDispatches.push({ workflowId: r.params.workflow_id, ref: r.body.ref, inputs: r.body.inputs ?? {} });
      return { status: 204 };
    },
    'repos/create-dispatch-event': (r) => {
      if (!isRepo(r.params)) return notFound();
      state.repositoryDispatches.push({ eventType: r.body.event_type, clientPayload: r.body.client_payload ?? {} });
      return { status: 204 };
    },
    'actions/get-workflow-run': (r) => {
      const run = state.workflowRuns.find((w) => w.id === Number(r.params.run_id));
      if (!isRepo(r.params) || !run) return notFound();
      return { status: 200, body: workflowRunJson(run) };
    },
    'actions/list-workflow-run-artifacts': (r) => {
      if (!isRepo(r.params)) return notFound();
      const list = state.artifacts.filter((a) => a.runId === Number(r.params.run_id) && (r.query.name === undefined || a.name === r.query.name));
      const { page, headers } = paginate(list, r);
      return { status: 200, body: { total_count: list.length, artifacts: page.map(artifactJson) }, headers };
    },
    'actions/list-artifacts-for-repo': (r) => {
      if (!isRepo(r.params)) return notFound();
      const list = state.artifacts.filter((a) => r.query.name === undefined || a.name === r.query.name).slice().reverse();
      const { page, headers } = paginate(list, r);
      return { status: 200, body: { total_count: list.length, artifacts: page.map(artifactJson) }, headers };
    },
    'actions/get-artifact': (r) => {
      const a = state.artifacts.find((x) => x.id === Number(r.params.artifact_id));
      if (!isRepo(r.params) || !a) return notFound();
      return { status: 200, body: artifactJson(a) };
    },
    'actions/download-artifact': (r) => {
      const a = state.artifacts.find((x) => x.id === Number(r.params.artifact_id));
      if (!isRepo(r.params) || !a) return notFound();
      if (a.expired) return { status: 410, body: { message: 'Artifact has expired', documentation_url: 'https://docs.github.com/rest' } };
      return { status: 302, headers: { location: a.location ?? `${base}/_blobs/artifact-${a.id}.zip?sig=fake` } };
    },
  };

  function nextIssueNumber(): number {
    return state.issues.reduce((m, i) => Math.max(m, i.number), 0) + 1;
  }

  // ------------------------------------------------------------------------------------------
  // HTTP

  function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
    const text = body === undefined ? '' : JSON.stringify(body);
    res.writeHead(status, {
      ...(body === undefined ? {} : { 'content-type': 'application/json; charset=utf-8' }),
      'x-github-api-version-selected': '2022-11-28',
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': '4999',
      ...headers,
    });
    res.end(text);
  }

  function violate(v: Violation): void {
    violations.push(v);
  }

  function takeFault(method: string, operationId: string | undefined): FaultSpec | undefined {
    if (readOnly && method !== 'GET' && method !== 'HEAD') {
      return { status: 403, message: 'Resource not accessible by integration' };
    }
    const f = faults.find((x) => x.remaining > 0 && (x.operationId === undefined || x.operationId === operationId) && (x.method === undefined || x.method === method));
    if (!f) return undefined;
    f.remaining--;
    faults = faults.filter((x) => x.remaining > 0);
    return f;
  }

  function faultResponse(f: FaultSpec): HandlerResult {
    const headers: Record<string, string> = {};
    if (f.retryAfter !== undefined) headers['retry-after'] = String(f.retryAfter);
    if (f.rateLimitReset !== undefined) {
      headers['x-ratelimit-remaining'] = '0';
      headers['x-ratelimit-reset'] = String(f.rateLimitReset);
    }
    const rateLimited = f.status === 429 || f.retryAfter !== undefined || f.rateLimitReset !== undefined;
    const message =
      f.message ??
      (rateLimited ? 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' : f.status === 404 ? 'Not Found' : f.status === 403 ? 'Forbidden' : 'Server Error');
    return { status: f.status, body: { message, documentation_url: 'https://docs.github.com/rest', status: String(f.status) }, headers };
  }

  async function readBody(req: IncomingMessage): Promise<Buffer> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    return Buffer.concat(chunks);
  }

  const methods = ['get', 'post', 'put', 'patch', 'delete'];

  /** Whether the description gives the response for this status a body. */
  function hasContent(operation: Operation, status: number): boolean {
    const r = (operation.responses as Record<string, { content?: Record<string, unknown> }> | undefined)?.[String(status)];
    return r?.content !== undefined && Object.keys(r.content).length > 0;
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = (req.method ?? 'GET').toUpperCase();
    const url = new URL(req.url ?? '/', base);
    const path = url.pathname;
    const query: Record<string, string> = {};
    for (const [k, v] of url.searchParams) query[k] = v;
    const raw = await readBody(req);
    const record: RecordedRequest = { method, path, query, operationId: undefined, body: undefined, authorization: req.headers.authorization, status: 0, fault: false, at: Date.now() };
    requests.push(record);
    const reply = (r: HandlerResult) => {
      record.status = r.status;
      send(res, r.status, r.body, r.headers);
    };

    // Blob storage for artifact downloads (not part of the REST API).
    const blob = /^\/_blobs\/artifact-(\d+)\.zip$/.exec(path);
    if (blob && method === 'GET') {
      const a = state.artifacts.find((x) => x.id === Number(blob[1]));
      record.status = a?.zip ? 200 : 404;
      if (!a?.zip) return void send(res, 404, { message: 'BlobNotFound' });
      res.writeHead(200, { 'content-type': 'application/zip', 'content-length': String(a.zip.length) });
      return void res.end(a.zip);
    }

    let body: unknown = undefined;
    if (raw.length > 0) {
      try {
        body = JSON.parse(raw.toString('utf8'));
      } catch (err) {
        violate({ kind: 'invalid-json', method, path, detail: String(err) });
        return reply({ status: 400, body: { message: 'Problems parsing JSON', documentation_url: 'https://docs.github.com/rest' } });
      }
    }
    record.body = body;
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers[k] = v;
    const oreq = { method: method.toLowerCase(), path, query, headers, body };
    const operation = api.matchOperation(oreq) as Operation | undefined;
    if (!operation) {
      const otherMethod = methods.some((m) => m !== oreq.method && api.matchOperation({ ...oreq, method: m }));
      violate({ kind: otherMethod ? 'method-not-allowed' : 'unknown-route', method, path, detail: otherMethod ? 'the path exists with other methods' : 'no such route in GitHub\'s API description' });
      return reply(otherMethod ? { status: 405, body: { message: 'Method Not Allowed' } } : notFound());
    }
    const operationId = operation.operationId ?? `${method} ${operation.path}`;
    record.operationId = operationId;
    const validation = api.validateRequest(oreq, operation);
    if (!validation.valid) {
      const detail = (validation.errors ?? []).map((e) => `${e.instancePath || '(root)'} ${e.message ?? ''}${e.params ? ' ' + JSON.stringify(e.params) : ''}`).join('; ');
      violate({ kind: 'invalid-request', method, path, operationId, detail });
      return reply({ status: 422, body: { message: 'Validation Failed', errors: [detail], documentation_url: 'https://docs.github.com/rest' } });
    }
    const fault = takeFault(method, operationId);
    if (fault) {
      record.fault = true;
      return reply(faultResponse(fault));
    }
    const handler = handlers[operationId];
    if (!handler) {
      violate({ kind: 'not-implemented', method, path, operationId, detail: `tests/helpers/github-server.ts has no handler for ${operationId}; add one` });
      return reply({ status: 501, body: { message: `fake GitHub: ${operationId} not implemented` } });
    }
    const params = (api.router.parseRequest(oreq, operation).params ?? {}) as Record<string, string>;
    const result = handler({ params, query, body, path });
    const documented = Object.keys(operation.responses ?? {});
    const isErrorShape = result.status >= 400 && typeof (result.body as { message?: unknown })?.message === 'string';
    if (!documented.includes(String(result.status))) {
      // GitHub answers 404 (unknown repo or object) on any operation; other statuses must be documented.
      if (!(result.status === 404 && isErrorShape)) {
        violate({ kind: 'undocumented-status', method, path, operationId, detail: `status ${result.status} is not documented for ${operationId} (documented: ${documented.join(', ')})` });
      }
    } else if (result.body !== undefined || hasContent(operation, result.status)) {
      const check = api.validateResponse(result.body, operation, result.status);
      if (!check.valid) {
        const detail = (check.errors ?? []).slice(0, 5).map((e) => `${e.instancePath || '(root)'} ${e.message ?? ''}`).join('; ');
        violate({ kind: 'invalid-response', method, path, operationId, detail });
        return reply({ status: 500, body: { message: `fake GitHub sent an invalid ${operationId} response: ${detail}` } });
      }
    }
    reply(result);
  }

  const http: Server = createServer((req, res) => {
    handle(req, res).catch((err) => {
      violate({ kind: 'fake-crashed', method: req.method ?? '?', path: req.url ?? '?', detail: `fake GitHub crashed: ${String(err?.stack ?? err)}` });
      if (!res.headersSent) send(res, 500, { message: 'fake GitHub crashed' });
      else res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(0, '127.0.0.1', () => resolve());
  });
  base = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;

  const faultControl: FaultControl = {
    readOnlyToken: (on = true) => {
      readOnly = on;
    },
    inject: (spec) => {
      faults.push({ ...spec, remaining: spec.count ?? 1 });
    },
    rateLimit: (o = {}) => {
      faults.push({ status: o.status ?? 429, retryAfter: o.retryAfter ?? 1, operationId: o.operationId, remaining: o.count ?? 1 });
    },
    notFound: (o = {}) => {
      faults.push({ status: 404, operationId: o.operationId, remaining: o.count ?? 1 });
    },
    pending: () => faults.map(({ remaining, ...f }) => ({ ...f, count: remaining })),
    clear: () => {
      faults = [];
      readOnly = false;
    },
  };

  Object.assign(server, {
    url: base,
    owner,
    repo,
    faults: faultControl,
    env: () => ({ GITHUB_API_URL: base, GITHUB_REPOSITORY: `${owner}/${repo}` }),
    reset: () => {
      state = emptyState();
      requests = [];
      violations = [];
      faultControl.clear();
    },
    seedComment: (issueNumber: number, body: string, by = 'octocat') => {
      const t = now();
      const c: FakeComment = { id: newId(), issueNumber, body, login: by, createdAt: t, updatedAt: t };
      state.comments.push(c);
      return c;
    },
    seedDeployment: (d: Parameters<GitHubServer['seedDeployment']>[0]) => {
      const sha = d.sha ?? (newId().toString(16) + '0'.repeat(40)).slice(0, 40);
      const dep: FakeDeployment = { id: newId(), sha, ref: d.ref ?? sha, task: 'deploy', environment: d.environment, payload: d.payload ?? {}, description: d.description ?? null, createdAt: now(), statuses: [] };
      for (const s of d.statuses ?? []) dep.statuses.push({ id: newId(), state: s, description: '', environmentUrl: '', logUrl: '', createdAt: now() });
      state.deployments.push(dep);
      return dep;
    },
    seedArtifact: (a: Parameters<GitHubServer['seedArtifact']>[0]) => {
      const art: FakeArtifact = { id: newId(), name: a.name, runId: a.runId, sizeInBytes: a.sizeInBytes ?? a.zip?.length ?? 0, expired: a.expired ?? false, createdAt: now(), zip: a.zip, location: a.location };
      state.artifacts.push(art);
      return art;
    },
    seedWorkflowRun: (r: Parameters<GitHubServer['seedWorkflowRun']>[0]) => {
      const run: FakeWorkflowRun = { id: r.id, status: r.status, conclusion: r.conclusion ?? null, createdAt: now() };
      state.workflowRuns.push(run);
      return run;
    },
    seedIssue: (i: Parameters<GitHubServer['seedIssue']>[0]) => {
      const t = now();
      const issue: FakeIssue = { number: nextIssueNumber(), title: i.title, body: i.body ?? null, labels: i.labels ?? [], state: i.state ?? 'open', isPullRequest: i.isPullRequest ?? false, createdAt: t, updatedAt: t };
      state.issues.push(issue);
      return issue;
    },
    seedPullRequest: (p: Parameters<GitHubServer['seedPullRequest']>[0]) => {
      const number = p.number ?? nextIssueNumber();
      const t = now();
      const pull: FakePull = { number, headSha: p.headSha, headRepo: p.headRepo ?? `${owner}/${repo}`, headRef: p.headRef ?? 'feature', state: 'open', title: p.title ?? `PR ${number}` };
      state.pulls.push(pull);
      state.issues.push({ number, title: pull.title, body: null, labels: [], state: 'open', isPullRequest: true, createdAt: t, updatedAt: t });
      return pull;
    },
    calls: (operationId: string) => requests.filter((r) => r.operationId === operationId),
    close: () =>
      new Promise<void>((resolve) => {
        http.closeAllConnections();
        http.close(() => resolve());
      }),
  });
  // state/requests/violations are replaced by reset(): expose them through getters.
  Object.defineProperties(server, {
    state: { get: () => state, enumerable: true },
    requests: { get: () => requests, enumerable: true },
    violations: { get: () => violations, enumerable: true },
  });
  return server;
}
