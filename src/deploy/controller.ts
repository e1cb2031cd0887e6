/**
 * The rollout controller: pure orchestration over a provider, a metrics reader and a clock.
 *
 * Canary: launch the new revision with no traffic, check its health, then for each step weight
 * (default 5, 25, 50, 100) set the split, read it back, and analyse every `interval` until the
 * step has baked for `bake` and the last analysis passed. Too little traffic is inconclusive: the
 * bake is extended up to `max-bake`, after which the rollout is aborted (rolled back, never
 * promoted blind). More failed analyses than `failure-limit` roll back: 100% to stable, read the
 * provider's state back until it matches, report.
 *
 * Before any traffic, on every rollout: the new revision must be healthy (a revision that cannot
 * start — exited process, failed revision, crash-looping pod — fails at the next poll, not at the
 * ready timeout) and pass the smoke test (holdout rows through its own /predict, same predictions
 * as the bundle offline). A failure discards it; the stable never saw it.
 *
 * First deployment (nothing in production) — or a recorded stable that is not serving, which is
 * said as such: health, smoke test, then 100%.
 *
 * Cancellation (deps.signal, aborted on SIGINT/SIGTERM): 100% back to stable, verified, the rollout
 * reported "cancelled". At the end, the provider is asked whether the public URL serves.
 */
import { evaluateQuery, evaluateSample, renderQuery, promDuration, verdictOf } from './analysis.js';
import type { SmokeResult } from './smoke.js';
import type {
  Analysis,
  Artifact,
  CheckResult,
  Clock,
  CustomQuery,
  DeployProvider,
  Health,
  MetricsReader,
  Revision,
  RolloutEvent,
  RolloutReport,
  RolloutResult,
  Thresholds,
  Traffic,
} from './types.js';

export interface RolloutOptions {
  environment: string;
  /** Canary weights in percent, increasing, the last one 100. */
  steps: number[];
  /** Minimum time at each step, ms. */
  bakeMs: number;
  /** Time between analyses, ms (also the analysis window). */
  intervalMs: number;
  /** Longest a step may be extended while analyses stay inconclusive, ms (>= bakeMs). */
  maxBakeMs: number;
  /** Failed analyses tolerated; one more rolls back (0: the first failure rolls back). */
  failureLimit: number;
  thresholds: Thresholds;
  queries: CustomQuery[];
  /** How long a new revision may take to become healthy and ready, ms. */
  readyTimeoutMs: number;
}

export const DEFAULT_STEPS = [5, 25, 50, 100];

export interface RolloutDeps {
  provider: DeployProvider;
  metrics: MetricsReader;
  clock: Clock;
  log?: (message: string) => void;
  /**
   * Pre-rollout warm-up of a healthy canary before it gets traffic (like Flagger's pre-rollout
   * load-test webhook): a fresh process answers its first requests slowly (JIT), which would
   * otherwise fail the latency comparison against a warm stable.
   */
  warmUp?: (canary: Revision) => Promise<string>;
  /** The smoke test of a healthy revision before any traffic (see ./smoke.ts); failing it discards the revision. */
  smoke?: (rev: Revision) => Promise<SmokeResult>;
  /** Aborted when the rollout is cancelled (SIGINT/SIGTERM): traffic returns to stable, verified. */
  signal?: AbortSignal;
}

/** Thrown at a checkpoint once deps.signal is aborted. */
class Cancelled extends Error {}

/** Validate a steps list: integers in 1..100, strictly increasing, ending at 100. */
export function checkSteps(steps: number[]): string | undefined {
  if (steps.length === 0) return 'needs at least one weight';
  for (const [i, s] of steps.entries()) {
    if (!Number.isInteger(s) || s < 1 || s > 100) return `weight ${s} is not an integer percentage in 1..100`;
    if (i > 0 && s <= steps[i - 1]) return `weights must increase, but ${s} follows ${steps[i - 1]}`;
  }
  if (steps[steps.length - 1] !== 100) return `the last weight must be 100 (got ${steps[steps.length - 1]}) so that the canary is promoted`;
  return undefined;
}

/**
 * Checks too noisy to roll back on one window (p99 of a short window against stable's, on a few
 * hundred requests): they fail an analysis only when the previous analysis failed them too.
 * Absolute limits (error rate, p99, health) and custom queries fail at once.
 */
export const CONFIRM_TWICE = new Set(['latency-vs-stable']);

class Rollout {
  readonly events: RolloutEvent[] = [];
  /** Checks of CONFIRM_TWICE that failed in the previous analysis. */
  pendingConfirm = new Set<string>();
  readonly analyses: Analysis[] = [];
  failures = 0;
  firstFailureAt: number | undefined;
  smoke: SmokeResult | undefined;
  deadStable: Revision | undefined;

  constructor(
    readonly deps: RolloutDeps,
    readonly opts: RolloutOptions,
  ) {}

  log(message: string): void {
    this.events.push({ at: this.deps.clock.now(), message });
    this.deps.log?.(message);
  }

  /** Throw Cancelled once the rollout was cancelled. */
  checkpoint(): void {
    if (this.deps.signal?.aborted) throw new Cancelled('cancelled');
  }

  /** Sleep on the clock, waking early (and throwing Cancelled) when the rollout is cancelled. */
  async sleep(ms: number): Promise<void> {
    const signal = this.deps.signal;
    this.checkpoint();
    if (!signal) return this.deps.clock.sleep(ms);
    let onAbort: (() => void) | undefined;
    await Promise.race([this.deps.clock.sleep(ms), new Promise<void>((r) => signal.addEventListener('abort', (onAbort = () => r()), { once: true }))]);
    if (onAbort) signal.removeEventListener('abort', onAbort);
    this.checkpoint();
  }

  /** Poll health until ok, a fatal answer (the revision cannot start), or the ready timeout. */
  async waitHealthy(rev: Revision): Promise<Health> {
    const { clock, provider } = this.deps;
    const deadline = clock.now() + this.opts.readyTimeoutMs;
    let last: Health = { ok: false, detail: 'not checked' };
    for (;;) {
      last = await provider.health(rev).catch((e: unknown) => ({ ok: false, detail: String((e as Error)?.message ?? e) }));
      if (last.ok || last.fatal || clock.now() >= deadline) return last;
      await this.sleep(Math.min(500, Math.max(50, this.opts.intervalMs / 10)));
    }
  }

  /** Read the provider's traffic back until it matches `expect` (a few tries), returning what it read. */
  async verifyTraffic(expect: { id: string; percent: number }): Promise<{ ok: boolean; traffic: Traffic }> {
    const { provider, clock } = this.deps;
    let traffic: Traffic = { stablePercent: 0, canaryPercent: 0 };
    for (let attempt = 0; attempt < 5; attempt++) {
      try {
        traffic = await provider.readTraffic();
        const percent = traffic.stable === expect.id ? traffic.stablePercent : traffic.canary === expect.id ? traffic.canaryPercent : 0;
        if (percent === expect.percent) return { ok: true, traffic };
      } catch (e) {
        this.log(`reading traffic back failed: ${(e as Error).message}`);
      }
      await clock.sleep(200 * (attempt + 1));
    }
    return { ok: false, traffic };
  }

  async analyse(stepIndex: number, weight: number, canary: Revision, stable: Revision | undefined): Promise<Analysis> {
    const { metrics, provider, clock } = this.deps;
    const window = this.opts.intervalMs;
    const sample = await metrics.sample(canary, stable, window);
    const checks: CheckResult[] = evaluateSample(sample, this.opts.thresholds);
    const health = await provider.health(canary).catch((e: unknown) => ({ ok: false, detail: String((e as Error)?.message ?? e) }));
    checks.push({ name: 'canary-health', status: health.ok ? 'pass' : 'fail', detail: health.detail });
    for (const q of this.opts.queries) {
      if (!metrics.query) {
        checks.push({ name: q.name, status: 'inconclusive', detail: `custom queries need Prometheus; metrics come from ${metrics.source}` });
        continue;
      }
      const promql = renderQuery(q.query, { canary: canary.id, stable: stable?.id ?? '', window: promDuration(window), environment: this.opts.environment });
      const value = await metrics.query(promql).catch((e: unknown) => (e instanceof Error ? e : new Error(String(e))));
      checks.push(evaluateQuery(q, value));
    }
    let verdict = verdictOf(checks);
    const failed0 = checks.filter((c) => c.status === 'fail').map((c) => c.name);
    if (verdict === 'fail' && failed0.every((n) => CONFIRM_TWICE.has(n)) && !failed0.some((n) => this.pendingConfirm.has(n))) {
      verdict = 'inconclusive';
      this.log(`${failed0.join(', ')} failed once: confirming with the next analysis before rolling back`);
    }
    this.pendingConfirm = new Set(failed0.filter((n) => CONFIRM_TWICE.has(n)));
    const analysis: Analysis = { at: clock.now(), step: stepIndex, weight, verdict, checks, sample };
    this.analyses.push(analysis);
    const failed = checks.filter((c) => c.status !== 'pass').map((c) => `${c.name} ${c.status}: ${c.detail}`);
    this.log(`analysis at ${weight}%: ${analysis.verdict}${failed.length ? ` (${failed.join('; ')})` : ''}`);
    return analysis;
  }
}

function report(
  r: Rollout,
  fields: Omit<RolloutReport, 'analyses' | 'events' | 'environment' | 'provider' | 'url' | 'metricsSource' | 'endedAt' | 'firstFailureAt'>,
): RolloutReport {
  return {
    ...fields,
    environment: r.opts.environment,
    provider: r.deps.provider.name,
    url: r.deps.provider.url(),
    metricsSource: r.deps.metrics.source,
    analyses: r.analyses,
    events: r.events,
    endedAt: r.deps.clock.now(),
    firstFailureAt: r.firstFailureAt,
    ...(r.smoke ? { smoke: r.smoke } : {}),
    ...(r.deadStable ? { deadStable: r.deadStable } : {}),
  };
}

/** Ask the provider whether the public URL serves; a rollout that leaves nothing serving is not verified. */
async function checkServing(r: Rollout, rep: RolloutReport): Promise<RolloutReport> {
  const { provider } = r.deps;
  if (!provider.serving) return rep;
  const serving = await provider.serving().catch((e: unknown) => ({ ok: false, detail: String((e as Error)?.message ?? e) }));
  r.log(serving.ok ? `the environment serves: ${serving.detail}` : `THE ENVIRONMENT DOES NOT SERVE: ${serving.detail}`);
  return { ...rep, events: r.events, serving, verified: rep.verified && serving.ok };
}

/** Run one rollout to its end. Throws only on provider errors before anything got traffic. */
export async function runRollout(artifact: Artifact, deps: RolloutDeps, opts: RolloutOptions): Promise<RolloutReport> {
  const stepsProblem = checkSteps(opts.steps);
  if (stepsProblem) throw new Error(`steps: ${stepsProblem}`);
  const r = new Rollout(deps, opts);
  const { provider, clock } = deps;
  const startedAt = clock.now();
  let stable: Revision | undefined;
  let canary: Revision | undefined;
  try {
    r.checkpoint();
    stable = await provider.current();
    if (stable) {
      // A stable that does not answer (checked three times) is not production to protect: say so, and check the new revision fully.
      let h = await provider.health(stable).catch((e: unknown) => ({ ok: false, detail: String((e as Error)?.message ?? e) }) as Health);
      for (let i = 0; i < 2 && !h.ok && !h.fatal; i++) {
        await r.sleep(500);
        h = await provider.health(stable).catch((e: unknown) => ({ ok: false, detail: String((e as Error)?.message ?? e) }) as Health);
      }
      if (h.ok) r.log(`stable revision ${stable.id} (${stable.artifact})`);
      else {
        r.log(`stable revision ${stable.id} is recorded but not serving (${h.detail}): nothing serves "${opts.environment}" now; the new revision must pass the health checks and the smoke test before it takes 100%`);
        r.deadStable = stable;
      }
    } else r.log(`nothing deployed in "${opts.environment}" yet: first deployment`);
    r.checkpoint();
    canary = await provider.launch(artifact);
    r.log(`launched ${canary.id} (${canary.artifact}) with no traffic`);
    return await rollOut(r, artifact, stable, canary, startedAt);
  } catch (e) {
    if (!(e instanceof Cancelled)) throw e;
    r.log('cancelled (SIGINT/SIGTERM): returning all traffic to the stable revision');
    const reason = 'the rollout was cancelled; the stable revision keeps 100% of the traffic';
    if (!canary) {
      const read = await provider.readTraffic().catch(() => ({ stablePercent: 0, canaryPercent: 0 }) as Traffic);
      return report(r, { result: 'cancelled', mode: stable && !r.deadStable ? 'canary' : 'first-deploy', reason: 'the rollout was cancelled before the new revision was launched', stable, canary: { id: '-', artifact: artifact.kind === 'image' ? artifact.ref : artifact.dir }, finalWeights: read, verified: true, startedAt });
    }
    if (stable && !r.deadStable) return rollBack(r, stable, canary, startedAt, reason, 'cancelled');
    await provider.discard(canary).catch((err: unknown) => r.log(`discarding ${canary!.id} failed: ${(err as Error).message}`));
    const read = await provider.readTraffic().catch(() => ({ stablePercent: 0, canaryPercent: 0 }) as Traffic);
    return checkServing(r, report(r, { result: 'cancelled', mode: 'first-deploy', reason: 'the rollout was cancelled before the new revision took traffic; it was discarded', stable, canary, finalWeights: read, verified: read.canaryPercent === 0, startedAt }));
  }
}

async function rollOut(r: Rollout, _artifact: Artifact, stable: Revision | undefined, canary: Revision, startedAt: number): Promise<RolloutReport> {
  const { provider, clock } = r.deps;
  const opts = r.opts;
  const deps = r.deps;
  const live = r.deadStable ? undefined : stable;

  /** The new revision failed a check before any traffic: discard it (first deploy) or roll back (stable untouched). */
  const refuse = async (why: string): Promise<RolloutReport> => {
    if (!live) {
      await provider.discard(canary);
      const read = await provider.readTraffic().catch(() => ({ stablePercent: 0, canaryPercent: 0 }) as Traffic);
      return checkServing(r, report(r, { result: 'aborted', mode: 'first-deploy', reason: why, stable, canary, finalWeights: read, verified: read.canaryPercent === 0, startedAt }));
    }
    return rollBack(r, live, canary, startedAt, why, 'rolled-back');
  };

  const health = await r.waitHealthy(canary);
  if (!health.ok) {
    r.log(`${canary.id} is not healthy: ${health.detail}`);
    return refuse(`${live ? 'canary' : 'new revision'} never became healthy and ready: ${health.detail}`);
  }
  r.log(`${canary.id} is healthy and ready`);
  r.checkpoint();
  if (deps.smoke) {
    r.smoke = await deps.smoke(canary).catch((e: unknown) => ({ ok: false, rows: 0, detail: String((e as Error)?.message ?? e) }));
    r.log(`smoke test of ${canary.id}: ${r.smoke.ok ? 'passed' : 'FAILED'}: ${r.smoke.detail}`);
    if (!r.smoke.ok) return refuse(`smoke test failed before any traffic: ${r.smoke.detail}`);
    r.checkpoint();
  }
  if (live && deps.warmUp) {
    try {
      r.log(`warm-up: ${await deps.warmUp(canary)}`);
    } catch (e) {
      r.log(`warm-up failed (${(e as Error).message}); the analysis will judge the canary cold`);
    }
  }

  if (!live) {
    r.checkpoint();
    await provider.promote(canary, stable);
    const v = await r.verifyTraffic({ id: canary.id, percent: 100 });
    r.log(v.ok ? `${canary.id} serves 100%` : `traffic read back does not show 100% on ${canary.id}`);
    const checks = `health, readiness${deps.smoke ? ' and the smoke test' : ''} passed`;
    return checkServing(r, report(r, {
      result: v.ok ? 'promoted' : 'aborted',
      mode: 'first-deploy',
      reason: v.ok
        ? stable
          ? `the recorded stable ${stable.id} was not serving: ${checks}, 100% on the new revision`
          : `first deployment: ${checks}, 100% on the new revision`
        : 'first deployment: the provider does not show 100% on the new revision',
      stable: v.ok ? canary : stable,
      canary,
      finalWeights: v.traffic,
      verified: v.ok,
      startedAt,
    }));
  }

  await deps.metrics.begin?.();
  for (const [i, weight] of opts.steps.entries()) {
    r.checkpoint();
    await provider.setTraffic(live, canary, weight);
    const v = await r.verifyTraffic({ id: canary.id, percent: weight });
    if (!v.ok) {
      // A weight that did not stick may be the first sign of a failure the canary's health names
      // (a restarted local proxy serves the stable only): report that failure, not the symptom.
      const health = await provider.health(canary).catch(() => undefined);
      if (health?.fatal) return rollBack(r, live, canary, startedAt, `canary-health at ${weight}%: ${health.detail}`, 'rolled-back');
      return rollBack(r, live, canary, startedAt, `the provider did not apply ${weight}% to the canary (read back ${v.traffic.canaryPercent}%)`, 'aborted');
    }
    r.log(`step ${i + 1}/${opts.steps.length}: ${weight}% to ${canary.id}`);
    const stepStart = clock.now();
    let passedSinceBake = false;
    for (;;) {
      await r.sleep(opts.intervalMs);
      const a = await r.analyse(i, weight, canary, weight === 100 ? undefined : live);
      r.checkpoint();
      if (a.verdict === 'fail') {
        r.failures++;
        r.firstFailureAt ??= a.at;
        if (r.failures > opts.failureLimit) {
          const why = a.checks.filter((c) => c.status === 'fail').map((c) => `${c.name}: ${c.detail} (threshold ${c.threshold ?? 'healthy'})`).join('; ');
          return rollBack(r, live, canary, startedAt, `analysis failed at ${weight}% (${r.failures} failed analyses, failure-limit ${opts.failureLimit}): ${why}`, 'rolled-back');
        }
        continue;
      }
      const elapsed = clock.now() - stepStart;
      passedSinceBake = a.verdict === 'pass';
      if (elapsed >= opts.bakeMs && passedSinceBake) break;
      if (elapsed >= opts.maxBakeMs) {
        return rollBack(r, live, canary, startedAt, `analysis stayed inconclusive at ${weight}% for ${Math.round(elapsed / 1000)}s (max-bake ${Math.round(opts.maxBakeMs / 1000)}s): not promoting without evidence`, 'aborted');
      }
      if (elapsed >= opts.bakeMs) r.log(`bake extended at ${weight}%: last analysis inconclusive`);
    }
  }
  r.checkpoint();
  await provider.promote(canary, live);
  const v = await r.verifyTraffic({ id: canary.id, percent: 100 });
  r.log(v.ok ? `promoted ${canary.id}: 100% and stable` : `promotion of ${canary.id} could not be verified`);
  return checkServing(r, report(r, {
    result: v.ok ? 'promoted' : 'aborted',
    mode: 'canary',
    reason: v.ok ? `every step passed analysis (${opts.steps.join(', ')})` : 'promotion could not be verified on the provider',
    stable: canary,
    canary,
    finalWeights: v.traffic,
    verified: v.ok,
    startedAt,
  }));
}

async function rollBack(r: Rollout, stable: Revision, canary: Revision, startedAt: number, reason: string, result: RolloutResult): Promise<RolloutReport> {
  const { provider, clock } = r.deps;
  r.log(`rolling back to ${stable.id}: ${reason}`);
  let v: { ok: boolean; traffic: Traffic } = { ok: false, traffic: { stablePercent: 0, canaryPercent: 0 } };
  let restoredAt: number | undefined;
  for (let attempt = 1; attempt <= 3 && !v.ok; attempt++) {
    try {
      await provider.rollback(stable, canary);
    } catch (e) {
      r.log(`rollback attempt ${attempt} failed: ${(e as Error).message}`);
    }
    v = await r.verifyTraffic({ id: stable.id, percent: 100 });
    if (v.ok) restoredAt = clock.now();
    else r.log(`rollback attempt ${attempt}: provider reads stable ${v.traffic.stablePercent}%, canary ${v.traffic.canaryPercent}%`);
  }
  r.log(v.ok ? `verified: 100% on ${stable.id}` : `ROLLBACK NOT VERIFIED: the provider still reads canary ${v.traffic.canaryPercent}%`);
  return checkServing(r, { ...report(r, { result, mode: 'canary', reason, stable, canary, finalWeights: v.traffic, verified: v.ok, startedAt }), stableRestoredAt: restoredAt });
}
