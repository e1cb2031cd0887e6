/**
 * The production record on GitHub: one Deployment per rollout in the environment, with the
 * image digest, bundle artifact, run id and model metrics in its payload, and statuses
 * in_progress → success (promoted) or failure (rolled back / aborted). evaluate-gate reads the
 * newest successful deployment of the environment as "production".
 *
 * One rollout per environment at a time: a deployment of the environment whose newest status is
 * pending/queued/in_progress makes a new rollout refuse. Re-running a finished deployment (same
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

/** Refuse while another rollout is in progress; no-op when this exact deployment already succeeded; otherwise create it in_progress. */
export async function startRecord(ctx: RecordContext, environment: string): Promise<StartRecord> {
  const busy = await ctx.github.listInProgressDeployments(environment);
  if (busy.length > 0) {
    const d = busy[0];
    throw new UsageError(
      `another rollout to environment "${environment}" is in progress (GitHub deployment ${d.id} of ${d.sha.slice(0, 7)}, state ${d.state}, created ${d.createdAt}); only one rollout per environment runs at a time — wait for it, or mark it finished if its run died`,
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
