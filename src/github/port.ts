/**
 * The GitHub port: the small set of GitHub operations the stages need, behind one interface so
 * the core and the adapters never talk to Octokit directly. The implementation over
 * @actions/github's Octokit is in ./octokit.ts; tests run it against the OpenAPI-validated
 * server in tests/helpers/github-server.ts.
 *
 * Errors: every failed call throws GitHubApiError (status, operation, and whether it was a
 * permission problem — e.g. the read-only token of a fork PR — or a rate limit).
 */

export interface RepoRef {
  owner: string;
  repo: string;
}

export interface CommentRef {
  id: number;
  url: string;
}

export interface UpsertCommentResult extends CommentRef {
  /** created: no comment carried the marker; updated: body replaced; unchanged: same body already there. */
  action: 'created' | 'updated' | 'unchanged';
}

export type CommitState = 'pending' | 'success' | 'failure' | 'error';

export interface CommitStatusInput {
  /** e.g. "cd4ml/gate". */
  context: string;
  state: CommitState;
  /** Truncated to GitHub's 140 characters. */
  description?: string;
  targetUrl?: string;
}

export type DeploymentState = 'error' | 'failure' | 'inactive' | 'in_progress' | 'queued' | 'pending' | 'success';

export interface WorkflowRunState {
  id: number;
  /** queued, in_progress, completed, … */
  status: string;
  /** success, failure, cancelled, timed_out, … once completed; null before. */
  conclusion: string | null;
  htmlUrl: string;
}

export interface Deployment {
  id: number;
  sha: string;
  ref: string;
  environment: string;
  task: string;
  description: string | null;
  /** The payload as an object (a JSON string payload is parsed; anything else becomes {}). */
  payload: Record<string, unknown>;
  createdAt: string;
  /** State of the newest status; "pending" when the deployment has no status yet. */
  state: DeploymentState;
}

export interface CreateDeploymentInput {
  ref: string;
  environment: string;
  payload?: Record<string, unknown>;
  description?: string;
  task?: string;
  /** Default false: a deployment of an exact commit must not merge the default branch into it. */
  autoMerge?: boolean;
  /** Default []: the caller has already decided the commit may be deployed. */
  requiredContexts?: string[];
  transientEnvironment?: boolean;
  productionEnvironment?: boolean;
}

export interface DeploymentStatusInput {
  state: DeploymentState;
  description?: string;
  environmentUrl?: string;
  logUrl?: string;
  /** GitHub's default is true: a success marks older deployments of the environment inactive. */
  autoInactive?: boolean;
}

export interface ArtifactInfo {
  id: number;
  name: string;
  sizeInBytes: number;
  expired: boolean;
  runId: number | undefined;
  createdAt: string | null;
}

export interface IssueRef {
  number: number;
  url: string;
}

export interface UpsertIssueInput {
  /** Hidden marker identifying the issue (put at the start of the body). */
  marker: string;
  title: string;
  body: string;
  labels?: string[];
}

export interface GitHubPort {
  readonly repo: RepoRef;
  /**
   * Create or update the one comment on an issue/PR whose body starts with `marker` (an HTML
   * comment such as `<!-- cd4ml:gate -->`). Lists every page of comments; never creates a second one.
   */
  upsertComment(issueNumber: number, marker: string, body: string): Promise<UpsertCommentResult>;
  /** The comment whose body starts with `marker`, if any. */
  findComment(issueNumber: number, marker: string): Promise<(CommentRef & { body: string }) | undefined>;
  setCommitStatus(sha: string, status: CommitStatusInput): Promise<void>;
  /** Newest deployment to `environment` whose newest status is success (scans at most `limit` deployments, default 100). */
  findLatestSuccessfulDeployment(environment: string, limit?: number): Promise<Deployment | undefined>;
  /** Deployments to `environment` whose newest status is pending, queued or in_progress (newest first; at most `limit`, default 30, are looked at). */
  listInProgressDeployments(environment: string, limit?: number): Promise<Deployment[]>;
  /**
   * Environments that hold a cd4ml deployment (payload kind "cd4ml-deploy", written by
   * deploy-canary), from the newest `limit` deployments of the repository (default 100); sorted.
   */
  listDeploymentEnvironments(limit?: number): Promise<string[]>;
  createDeployment(input: CreateDeploymentInput): Promise<Deployment>;
  createDeploymentStatus(deploymentId: number, input: DeploymentStatusInput): Promise<void>;
  /** Artifacts of a workflow run, optionally filtered by exact name. */
  listRunArtifacts(runId: number, name?: string): Promise<ArtifactInfo[]>;
  /** Whether a workflow run still runs: its status and conclusion; undefined when the run does not exist (404). */
  getWorkflowRun(runId: number): Promise<WorkflowRunState | undefined>;
  /** Open issue whose body starts with `marker`: created if missing, otherwise its body/labels updated. */
  upsertIssue(input: UpsertIssueInput): Promise<IssueRef & { action: 'created' | 'updated' }>;
  /** workflow_dispatch of a workflow file (e.g. "train.yml") or id on `ref`. */
  dispatchWorkflow(workflow: string | number, ref: string, inputs?: Record<string, string>): Promise<void>;
  /** repository_dispatch with an event type and client payload. */
  dispatchRepositoryEvent(eventType: string, clientPayload?: Record<string, unknown>): Promise<void>;
}

/** Every failure of a GitHub call. */
export class GitHubApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly operation: string,
    /** 403/404 on a write that the token may not do: the read-only GITHUB_TOKEN of a fork PR. */
    readonly permissionDenied: boolean,
    readonly rateLimited: boolean,
  ) {
    super(message);
    this.name = 'GitHubApiError';
  }
}

export function isPermissionDenied(err: unknown): boolean {
  return err instanceof GitHubApiError && err.permissionDenied;
}

/** A hidden Markdown marker, e.g. markerFor("gate") = "<!-- cd4ml:gate -->". */
export function markerFor(name: string): string {
  if (!/^[a-z0-9][a-z0-9:/_-]*$/.test(name)) throw new Error(`marker name "${name}" must be lower-case letters, digits, ":", "/", "_" or "-"`);
  return `<!-- cd4ml:${name} -->`;
}

/** `body` with `marker` as its first line (added when missing). */
export function withMarker(marker: string, body: string): string {
  return body.startsWith(marker) ? body : `${marker}\n${body}`;
}
