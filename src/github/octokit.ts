/**
 * GitHubPort over @actions/github's Octokit (REST endpoint methods + pagination), with retries
 * on rate limits and server errors (see ./retry.ts) added as a request hook, so pagination and
 * every call get them.
 */
import { getOctokit } from '@actions/github';
import {
  GitHubApiError,
  withMarker,
  type ArtifactInfo,
  type CommitStatusInput,
  type CreateDeploymentInput,
  type Deployment,
  type DeploymentState,
  type DeploymentStatusInput,
  type GitHubPort,
  type IssueRef,
  type RepoRef,
  type UpsertCommentResult,
  type UpsertIssueInput,
} from './port.js';
import { DEFAULT_RETRY_POLICY, decideRetry, isRateLimited, type HeaderBag, type RetryPolicy } from './retry.js';

export interface OctokitPortOptions extends RepoRef {
  token: string;
  /** API root, e.g. https://api.github.com or a GHES /api/v3 URL (from github.context.apiUrl). */
  baseUrl?: string;
  retry?: Partial<RetryPolicy>;
  /** Injected for tests; default setTimeout. */
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  /** Called once per retry with a human-readable line (e.g. core.warning). */
  onRetry?: (message: string) => void;
}

type Octokit = ReturnType<typeof getOctokit>;

interface HttpErrorLike {
  status: number;
  message: string;
  response?: { headers?: HeaderBag; data?: unknown };
}

function isHttpError(err: unknown): err is HttpErrorLike {
  return typeof err === 'object' && err !== null && typeof (err as { status?: unknown }).status === 'number';
}

const defaultSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

function apiMessage(err: HttpErrorLike): string {
  const data = err.response?.data as { message?: unknown } | undefined;
  return typeof data?.message === 'string' ? data.message : err.message;
}

function toPayload(raw: unknown): Record<string, unknown> {
  if (typeof raw === 'string') {
    try {
      const parsed: unknown = JSON.parse(raw);
      return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
    } catch {
      return {};
    }
  }
  return typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
}

interface RawDeployment {
  id: number;
  sha: string;
  ref: string;
  environment: string;
  task: string;
  description?: string | null;
  payload: unknown;
  created_at: string;
}

function toDeployment(d: RawDeployment, state: DeploymentState): Deployment {
  return {
    id: d.id,
    sha: d.sha,
    ref: d.ref,
    environment: d.environment,
    task: d.task,
    description: d.description ?? null,
    payload: toPayload(d.payload),
    createdAt: d.created_at,
    state,
  };
}

export function createGitHubPort(options: OctokitPortOptions): GitHubPort {
  const policy: RetryPolicy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
  const sleep = options.sleep ?? defaultSleep;
  const now = options.now ?? Date.now;
  const octokit: Octokit = getOctokit(options.token, options.baseUrl ? { baseUrl: options.baseUrl } : {});
  const { owner, repo } = options;
  const repoRef = { owner, repo };

  octokit.hook.wrap('request', async (request, reqOptions) => {
    for (let attempt = 0; ; attempt++) {
      try {
        return await request(reqOptions);
      } catch (err) {
        if (!isHttpError(err)) throw err;
        const headers = err.response?.headers ?? {};
        const decision = decideRetry(err.status, headers, attempt, now(), policy);
        if (!decision.retry) {
          if (decision.reason === 'wait-too-long') {
            const seconds = Math.ceil((decision.waitMs ?? 0) / 1000);
            Object.assign(err, { retryNote: `GitHub asks to wait ${seconds} s, longer than the ${policy.maxWaitMs / 1000} s this step waits` });
          } else if (decision.reason === 'attempts-exhausted') {
            Object.assign(err, { retryNote: `still failing after ${policy.maxRetries} retries` });
          }
          throw err;
        }
        options.onRetry?.(`GitHub answered ${err.status} to ${String(reqOptions.method)} ${String(reqOptions.url)}; retry ${attempt + 1}/${policy.maxRetries} in ${(decision.waitMs / 1000).toFixed(1)} s`);
        await sleep(decision.waitMs);
      }
    }
  });

  async function call<T>(operation: string, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (err) {
      if (!isHttpError(err)) throw err;
      const headers = err.response?.headers ?? {};
      const rateLimited = isRateLimited(err.status, headers);
      const permissionDenied = err.status === 403 && !rateLimited;
      const note = (err as { retryNote?: string }).retryNote;
      const hint = permissionDenied
        ? ' — the token lacks the permission (a pull request from a fork gets a read-only GITHUB_TOKEN; see docs/fork-prs.md)'
        : rateLimited
          ? ` — rate limited${note ? ` (${note})` : ''}`
          : note
            ? ` (${note})`
            : '';
      throw new GitHubApiError(`GitHub ${operation} failed: ${err.status} ${apiMessage(err)}${hint}`, err.status, operation, permissionDenied, rateLimited);
    }
  }

  async function latestState(deploymentId: number): Promise<DeploymentState> {
    const { data } = await octokit.rest.repos.listDeploymentStatuses({ ...repoRef, deployment_id: deploymentId, per_page: 1 });
    return (data[0]?.state as DeploymentState | undefined) ?? 'pending';
  }

  async function scanDeployments(environment: string, limit: number, keep: (state: DeploymentState) => boolean, stopAtFirst: boolean): Promise<Deployment[]> {
    const found: Deployment[] = [];
    let seen = 0;
    const perPage = Math.min(100, Math.max(1, limit));
    for await (const page of octokit.paginate.iterator(octokit.rest.repos.listDeployments, { ...repoRef, environment, per_page: perPage })) {
      for (const d of page.data) {
        const state = await latestState(d.id);
        if (keep(state)) {
          found.push(toDeployment(d as RawDeployment, state));
          if (stopAtFirst) return found;
        }
        // Stop here rather than at the next item: no request for a page that would not be read.
        if (++seen >= limit) return found;
      }
    }
    return found;
  }

  async function findComment(issueNumber: number, marker: string) {
    for await (const page of octokit.paginate.iterator(octokit.rest.issues.listComments, { ...repoRef, issue_number: issueNumber, per_page: 100 })) {
      const hit = page.data.find((c) => typeof c.body === 'string' && c.body.startsWith(marker));
      if (hit) return { id: hit.id, url: hit.html_url, body: hit.body ?? '' };
    }
    return undefined;
  }

  return {
    repo: repoRef,

    findComment: (issueNumber, marker) => call('list issue comments', () => findComment(issueNumber, marker)),

    upsertComment: (issueNumber, marker, body) =>
      call('upsert issue comment', async (): Promise<UpsertCommentResult> => {
        const text = withMarker(marker, body);
        const existing = await findComment(issueNumber, marker);
        if (!existing) {
          const { data } = await octokit.rest.issues.createComment({ ...repoRef, issue_number: issueNumber, body: text });
          return { id: data.id, url: data.html_url, action: 'created' };
        }
        if (existing.body === text) return { id: existing.id, url: existing.url, action: 'unchanged' };
        const { data } = await octokit.rest.issues.updateComment({ ...repoRef, comment_id: existing.id, body: text });
        return { id: data.id, url: data.html_url, action: 'updated' };
      }),

    setCommitStatus: (sha, status: CommitStatusInput) =>
      call('create commit status', async () => {
        const description = status.description === undefined ? undefined : status.description.length > 140 ? status.description.slice(0, 139) + '…' : status.description;
        await octokit.rest.repos.createCommitStatus({
          ...repoRef,
          sha,
          state: status.state,
          context: status.context,
          ...(description !== undefined ? { description } : {}),
          ...(status.targetUrl !== undefined ? { target_url: status.targetUrl } : {}),
        });
      }),

    findLatestSuccessfulDeployment: (environment, limit = 100) =>
      call('find latest successful deployment', async () => (await scanDeployments(environment, limit, (s) => s === 'success', true))[0]),

    listInProgressDeployments: (environment, limit = 30) =>
      call('list in-progress deployments', () => scanDeployments(environment, limit, (s) => s === 'pending' || s === 'queued' || s === 'in_progress', false)),

    listDeploymentEnvironments: (limit = 100) =>
      call('list deployment environments', async () => {
        const names = new Set<string>();
        let seen = 0;
        for await (const page of octokit.paginate.iterator(octokit.rest.repos.listDeployments, { ...repoRef, per_page: Math.min(100, Math.max(1, limit)) })) {
          for (const d of page.data) {
            if (toPayload(d.payload).kind === 'cd4ml-deploy') names.add(d.environment);
            if (++seen >= limit) return [...names].sort();
          }
        }
        return [...names].sort();
      }),

    createDeployment: (input: CreateDeploymentInput) =>
      call('create deployment', async () => {
        const res = await octokit.rest.repos.createDeployment({
          ...repoRef,
          ref: input.ref,
          environment: input.environment,
          auto_merge: input.autoMerge ?? false,
          required_contexts: input.requiredContexts ?? [],
          ...(input.payload !== undefined ? { payload: input.payload as { [key: string]: unknown } } : {}),
          ...(input.description !== undefined ? { description: input.description } : {}),
          ...(input.task !== undefined ? { task: input.task } : {}),
          ...(input.transientEnvironment !== undefined ? { transient_environment: input.transientEnvironment } : {}),
          ...(input.productionEnvironment !== undefined ? { production_environment: input.productionEnvironment } : {}),
        });
        if (res.status !== 201 || !('id' in res.data)) {
          const msg = (res.data as { message?: string }).message ?? 'no deployment created';
          throw new GitHubApiError(`GitHub create deployment failed: ${res.status} ${msg}`, res.status, 'create deployment', false, false);
        }
        return toDeployment(res.data as RawDeployment, 'pending');
      }),

    createDeploymentStatus: (deploymentId, input: DeploymentStatusInput) =>
      call('create deployment status', async () => {
        await octokit.rest.repos.createDeploymentStatus({
          ...repoRef,
          deployment_id: deploymentId,
          state: input.state,
          ...(input.description !== undefined ? { description: input.description.slice(0, 140) } : {}),
          ...(input.environmentUrl !== undefined ? { environment_url: input.environmentUrl } : {}),
          ...(input.logUrl !== undefined ? { log_url: input.logUrl } : {}),
          ...(input.autoInactive !== undefined ? { auto_inactive: input.autoInactive } : {}),
        });
      }),

    listRunArtifacts: (runId, name) =>
      call('list workflow run artifacts', async () => {
        const out: ArtifactInfo[] = [];
        for await (const page of octokit.paginate.iterator(octokit.rest.actions.listWorkflowRunArtifacts, {
          ...repoRef,
          run_id: runId,
          per_page: 100,
          ...(name !== undefined ? { name } : {}),
        })) {
          for (const a of page.data) {
            if (name !== undefined && a.name !== name) continue;
            out.push({ id: a.id, name: a.name, sizeInBytes: a.size_in_bytes, expired: a.expired, runId: a.workflow_run?.id ?? undefined, createdAt: a.created_at ?? null });
          }
        }
        return out;
      }),

    upsertIssue: (input: UpsertIssueInput) =>
      call('upsert issue', async (): Promise<IssueRef & { action: 'created' | 'updated' }> => {
        const body = withMarker(input.marker, input.body);
        let existing: { number: number; labels: string[] } | undefined;
        for await (const page of octokit.paginate.iterator(octokit.rest.issues.listForRepo, {
          ...repoRef,
          state: 'open',
          per_page: 100,
        })) {
          const hit = page.data.find((i) => !i.pull_request && typeof i.body === 'string' && i.body.startsWith(input.marker));
          if (hit) {
            existing = { number: hit.number, labels: hit.labels.map((l) => (typeof l === 'string' ? l : (l.name ?? ''))).filter((l) => l !== '') };
            break;
          }
        }
        if (!existing) {
          const { data } = await octokit.rest.issues.create({ ...repoRef, title: input.title, body, ...(input.labels ? { labels: input.labels } : {}) });
          return { number: data.number, url: data.html_url, action: 'created' };
        }
        const labels = [...new Set([...existing.labels, ...(input.labels ?? [])])];
        const { data } = await octokit.rest.issues.update({ ...repoRef, issue_number: existing.number, title: input.title, body, labels });
        return { number: data.number, url: data.html_url, action: 'updated' };
      }),

    dispatchWorkflow: (workflow, ref, inputs) =>
      call('dispatch workflow', async () => {
        await octokit.rest.actions.createWorkflowDispatch({ ...repoRef, workflow_id: workflow, ref, ...(inputs ? { inputs } : {}) });
      }),

    dispatchRepositoryEvent: (eventType, clientPayload) =>
      call('dispatch repository event', async () => {
        await octokit.rest.repos.createDispatchEvent({ ...repoRef, event_type: eventType, ...(clientPayload ? { client_payload: clientPayload } : {}) });
      }),
  };
}
