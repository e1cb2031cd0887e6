/**
 * The production record on GitHub: one Deployment per rollout in the environment, with the
 * image digest, bundle artifact, run id and model metrics in its payload, and statuses
 * in_progress → success (promoted) or failure (rolled back / aborted). evaluate-gate reads the
 * newest successful deployment of the environment as "production".
 *
 * One rollout per environment at a time: a deployment of the environment whose newest status is
 * pending/queued/in_progress makes a new rollout refuse — unless the workflow run that started it
 * is over (completed, gone, or an earlier attempt of this very run): its process died without
 * finishing (kill -9, a lost runner), so that deployment is marked `error` ("abandoned") and the
 * new rollout goes on. Re-running a finished deployment (same
 * commit, same artifact already successful in the environment) is a no-op.
 */
import { UsageError } from '../errors.js';
import type { Deployment, GitHubPort } from '../github/port.js';
import type { RolloutReport } from './types.js';

export interface DeploymentPayload {
  kind: 'cd4ml-deploy';
  image?: string;
  imageDigest?: string;
  bundle?: string;
  bundleArtifact?: string;
  runId?: string;
  runUrl?: string;
  /** Model metrics of the deployed bundle (its metrics.json), when known. */
  metrics?: Record<string, unknown>;
}

export interface RecordContext {
  github: GitHubPort;
  /** Commit being deployed. */
  sha: string;
  payload: DeploymentPayload;
  environmentUrl?: string;
  logUrl?: string;
  /** Progress lines (an abandoned deployment being closed). */
  log?: (line: string) => void;
}

/** Same artifact: same digest when both have one, else same image reference or bundle artifact/path. */
export function sameArtifact(a: Record<string, unknown>, b: DeploymentPayload): boolean {
  if (a.kind !== 'cd4ml-deploy') return false;
  if (typeof a.imageDigest === 'string' && b.imageDigest) return a.imageDigest === b.imageDigest;
  if (b.image) return a.image === b.image;
  if (b.bundleArtifact) return a.bundleArtifact === b.bundleArtifact;
  return b.bundle !== undefined && a.bundle === b.bundle;
}

export type StartRecord = { kind: 'noop'; deployment: Deployment } | { kind: 'started'; deployment: Deployment };

/**
 * Why an in-progress deployment can no longer be running, or undefined while it may be: its
 * payload names the workflow run that started it, and that run is over.
 */
export async function abandonedReason(ctx: RecordContext, d: Deployment): Promise<string | undefined> {
  const runId = typeof d.payload.runId === 'string' || typeof d.payload.runId === 'number' ? String(d.payload.runId) : undefined;
  if (!runId || !/^\d+$/.test(runId)) return undefined;
  if (ctx.payload.runId === runId) return `an earlier attempt of this workflow run (${runId}) stopped before finishing it`;
  const run = await ctx.github.getWorkflowRun(Number(runId));
  if (!run) return `its workflow run ${runId} no longer exists`;
  if (run.status === 'completed') return `its workflow run ${runId} ended (${run.conclusion ?? 'no conclusion'}) before finishing it`;
  return undefined;
}

/** Refuse while another rollout is in progress (closing abandoned ones first); no-op when this exact deployment already succeeded; otherwise create it in_progress. */
export async function startRecord(ctx: RecordContext, environment: string): Promise<StartRecord> {
  const busy: Deployment[] = [];
  for (const d of await ctx.github.listInProgressDeployments(environment)) {
    const reason = await abandonedReason(ctx, d);
    if (reason === undefined) {
      busy.push(d);
      continue;
    }
    ctx.log?.(`GitHub deployment ${d.id} to "${environment}" (${d.sha.slice(0, 7)}) was left ${d.state}: ${reason}; marking it error (abandoned)`);
    await ctx.github.createDeploymentStatus(d.id, { state: 'error', description: `abandoned: ${reason}`.slice(0, 140), logUrl: ctx.logUrl });
  }
  if (busy.length > 0) {
    const d = busy[0];
    throw new UsageError(
      `another rollout to environment "${environment}" is in progress (GitHub deployment ${d.id} of ${d.sha.slice(0, 7)}, state ${d.state}, created ${d.createdAt}${d.payload.runId ? `, workflow run ${String(d.payload.runId)} still running` : ''}); only one rollout per environment runs at a time — wait for it, or mark it finished if its run died`,
    );
  }
  const latest = await ctx.github.findLatestSuccessfulDeployment(environment);
  if (latest && latest.sha === ctx.sha && sameArtifact(latest.payload, ctx.payload)) return { kind: 'noop', deployment: latest };
  const deployment = await ctx.github.createDeployment({
    ref: ctx.sha,
    environment,
    payload: ctx.payload as unknown as Record<string, unknown>,
    description: `cd4ml canary rollout of ${ctx.payload.image ?? ctx.payload.bundleArtifact ?? ctx.payload.bundle ?? 'a model'}`.slice(0, 140),
    task: 'deploy',
    autoMerge: false,
    requiredContexts: [],
    productionEnvironment: environment === 'production',
  });
  await ctx.github.createDeploymentStatus(deployment.id, { state: 'in_progress', description: 'canary rollout started', logUrl: ctx.logUrl, environmentUrl: ctx.environmentUrl });
  return { kind: 'started', deployment };
}

/** success for a promotion, failure for a rollback or an abort (the message says which and why). */
export async function finishRecord(ctx: RecordContext, deploymentId: number, report: RolloutReport | { error: string }): Promise<void> {
  if ('error' in report) {
    await ctx.github.createDeploymentStatus(deploymentId, { state: 'error', description: report.error.slice(0, 140), logUrl: ctx.logUrl });
    return;
  }
  const ok = report.result === 'promoted';
  await ctx.github.createDeploymentStatus(deploymentId, {
    state: ok ? 'success' : 'failure',
    description: `${report.mode === 'first-deploy' && ok ? 'first-deploy' : report.result}: ${report.reason}`.slice(0, 140),
    environmentUrl: ok ? report.url || ctx.environmentUrl : undefined,
    logUrl: ctx.logUrl,
    autoInactive: true,
  });
}
