import { describe, expect, it } from 'vitest';
import { checkSteps, runRollout, type RolloutOptions } from '../../../src/deploy/controller.js';
import type { MetricsSample, Revision } from '../../../src/deploy/types.js';
import { FakeClock, FakeProvider, ScriptedMetrics, healthy } from './fakes.js';
import { formatLoad } from '../../../src/deploy/summary.js';

const stableRev = { id: 'stable-0', artifact: 'bundles/v1' };
const artifact = { kind: 'bundle', dir: 'bundles/v2' } as const;

function options(over: Partial<RolloutOptions> = {}): RolloutOptions {
  return {
    environment: 'production',
    steps: [5, 25, 50, 100],
    bakeMs: 30_000,
    intervalMs: 10_000,
    maxBakeMs: 90_000,
    failureLimit: 0,
    thresholds: { minRequests: 20, maxErrorRate: 0.01, maxP99Ms: 500, maxErrorRateIncrease: 0.01, maxLatencyIncrease: 0.5 },
    queries: [],
    readyTimeoutMs: 5_000,
    ...over,
  };
}

function setup(script: (now: number, weight: number) => MetricsSample, opts: { stable?: boolean; query?: (q: string) => number | undefined } = {}) {
  const clock = new FakeClock();
  const provider = new FakeProvider(opts.stable === false ? undefined : stableRev, clock);
  const metrics = new ScriptedMetrics(clock, provider, script, opts.query);
  return { clock, provider, metrics };
}

describe('runRollout: canary', () => {
  it('promotes a healthy canary through every step and reads 100% back', async () => {
    const { clock, provider, metrics } = setup(() => healthy(200));
    const r = await runRollout(artifact, { provider, metrics, clock }, options());
    expect(r.result).toBe('promoted');
    expect(r.mode).toBe('canary');
    expect(r.verified).toBe(true);
    expect(provider.calls).toEqual(['launch', 'traffic 5', 'traffic 25', 'traffic 50', 'traffic 100', 'promote']);
    expect(r.finalWeights).toEqual({ stable: 'canary-1', stablePercent: 100, canaryPercent: 0 });
    // 4 steps x bake 30 s at one analysis per 10 s
    expect(r.analyses).toHaveLength(12);
    expect(r.analyses.every((a) => a.verdict === 'pass')).toBe(true);
    expect(r.endedAt - r.startedAt).toBe(120_000);
  });

  it.each([
    {
      name: '20% 5xx from 25% on',
      script: (_: number, w: number): MetricsSample => (w >= 25 ? { canary: { requests: 100, errors: 20, p99Ms: 20 }, stable: { requests: 300, errors: 0, p99Ms: 20 } } : healthy(100)),
      failedCheck: 'error-rate',
      atWeight: 25,
    },
    {
      name: '+500 ms latency from 50% on',
      script: (_: number, w: number): MetricsSample => (w >= 50 ? { canary: { requests: 100, errors: 0, p99Ms: 520 }, stable: { requests: 100, errors: 0, p99Ms: 20 } } : healthy(100)),
      failedCheck: 'latency-p99',
      atWeight: 50,
    },
    {
      name: 'worse than stable within the absolute limit',
      script: (): MetricsSample => ({ canary: { requests: 1000, errors: 9, p99Ms: 20 }, stable: { requests: 3000, errors: 0, p99Ms: 20 } }),
      failedCheck: 'error-rate-vs-stable',
      atWeight: 5,
      over: { thresholds: { minRequests: 20, maxErrorRate: 0.01, maxP99Ms: 500, maxErrorRateIncrease: 0.005, maxLatencyIncrease: 0.5 } },
    },
  ])('rolls back on $name at the first failing analysis and verifies 100% on stable', async ({ script, failedCheck, atWeight, over }) => {
    const { clock, provider, metrics } = setup(script);
    const r = await runRollout(artifact, { provider, metrics, clock }, options(over));
    expect(r.result).toBe('rolled-back');
    expect(r.verified).toBe(true);
    expect(r.finalWeights).toMatchObject({ stable: 'stable-0', stablePercent: 100, canaryPercent: 0 });
    expect(provider.calls.at(-1)).toBe('rollback');
    expect(provider.calls).not.toContain('promote');
    const failed = r.analyses.filter((a) => a.verdict === 'fail');
    expect(failed).toHaveLength(1);
    expect(failed[0].weight).toBe(atWeight);
    expect(failed[0].checks.find((c) => c.status === 'fail')?.name).toBe(failedCheck);
    expect(r.reason).toContain(failedCheck);
    // from the first failing analysis to verified 100% on stable: well under one interval
    expect(r.stableRestoredAt! - r.firstFailureAt!).toBeLessThan(10_000);
  });

  it('latency against stable must fail twice in a row: three times slower than stable is rolled back at the second analysis', async () => {
    const { clock, provider, metrics } = setup(() => ({ canary: { requests: 100, errors: 0, p99Ms: 300 }, stable: { requests: 300, errors: 0, p99Ms: 100 } }));
    const r = await runRollout(artifact, { provider, metrics, clock }, options());
    expect(r.result).toBe('rolled-back');
    expect(r.analyses.map((a) => a.verdict)).toEqual(['inconclusive', 'fail']);
    expect(r.reason).toContain('latency-vs-stable');
    expect(r.events.some((e) => e.message.includes('confirming with the next analysis'))).toBe(true);
  });

  it('a single noisy latency-vs-stable window is not a rollback', async () => {
    let n = 0;
    const { clock, provider, metrics } = setup(() => (++n === 3 ? { canary: { requests: 100, errors: 0, p99Ms: 109 }, stable: { requests: 300, errors: 0, p99Ms: 36 } } : healthy(100)));
    const r = await runRollout(artifact, { provider, metrics, clock }, options());
    expect(r.result).toBe('promoted');
    expect(r.analyses[2].checks.find((c) => c.name === 'latency-vs-stable')?.status).toBe('fail');
    expect(r.analyses[2].verdict).toBe('inconclusive');
  });

  it('rolls back a canary that crashes mid-rollout (health check fails)', async () => {
    const { clock, provider, metrics } = setup(() => healthy(100));
    const crashAt = clock.now() + 45_000;
    provider.healthy = (_, now) => now < crashAt;
    const r = await runRollout(artifact, { provider, metrics, clock }, options());
    expect(r.result).toBe('rolled-back');
    expect(r.reason).toContain('canary-health');
    expect(r.firstFailureAt! - crashAt).toBeLessThanOrEqual(10_000);
    expect(r.finalWeights.stablePercent).toBe(100);
  });

  it('rolls back a canary that never becomes ready, before it gets traffic', async () => {
    const { clock, provider, metrics } = setup(() => healthy(100));
    provider.healthy = (rev) => rev.id !== 'canary-1';
    const r = await runRollout(artifact, { provider, metrics, clock }, options());
    expect(r.result).toBe('rolled-back');
    expect(provider.calls).toEqual(['launch', 'rollback']);
    expect(r.reason).toContain('never became healthy');
  });

  it('with no traffic at all: extends the bake, then aborts (rolled back), never promotes', async () => {
    const { clock, provider, metrics } = setup(() => ({ canary: { requests: 0, errors: 0 }, stable: { requests: 0, errors: 0 } }));
    const r = await runRollout(artifact, { provider, metrics, clock }, options());
    expect(r.result).toBe('aborted');
    expect(r.reason).toContain('inconclusive');
    expect(r.analyses.every((a) => a.verdict === 'inconclusive')).toBe(true);
    expect(r.analyses).toHaveLength(9); // 90 s max-bake / 10 s interval at the first step
    expect(provider.calls).toEqual(['launch', 'traffic 5', 'rollback']);
    expect(r.events.some((e) => e.message.includes('bake extended'))).toBe(true);
  });

  it('extends the bake while traffic is too low, then promotes once it is conclusive', async () => {
    const { clock, provider } = setup(() => healthy(200));
    const start = clock.now();
    // traffic starts 50 s in
    const m = new ScriptedMetrics(clock, provider, (now) => (now - start < 50_000 ? healthy(3) : healthy(200)));
    const r = await runRollout(artifact, { provider, metrics: m, clock }, options());
    expect(r.result).toBe('promoted');
    expect(r.analyses.filter((a) => a.verdict === 'inconclusive').length).toBe(4);
    expect(r.analyses.filter((a) => a.step === 0)).toHaveLength(5);
  });

  it('treats an unavailable metrics source as inconclusive, not as a pass or a crash', async () => {
    const { clock, provider, metrics } = setup(() => ({ canary: { requests: 0, errors: 0 }, unavailable: 'connect ECONNREFUSED 127.0.0.1:9090' }));
    const r = await runRollout(artifact, { provider, metrics, clock }, options({ maxBakeMs: 30_000 }));
    expect(r.result).toBe('aborted');
    expect(r.analyses[0].checks[0]).toMatchObject({ name: 'metrics', status: 'inconclusive' });
  });

  it('fails fast on a burst of errors even below min-requests', async () => {
    const { clock, provider, metrics } = setup(() => ({ canary: { requests: 5, errors: 5 }, stable: { requests: 100, errors: 0, p99Ms: 10 } }));
    const r = await runRollout(artifact, { provider, metrics, clock }, options());
    expect(r.result).toBe('rolled-back');
    expect(r.analyses).toHaveLength(1);
  });

  it.each([
    { name: 'failure-limit 0: one blip rolls back', limit: 0, result: 'rolled-back' },
    { name: 'failure-limit 1: one blip is tolerated', limit: 1, result: 'promoted' },
  ])('$name', async ({ limit, result }) => {
    let n = 0;
    const { clock, provider, metrics } = setup(() => (++n === 2 ? { canary: { requests: 100, errors: 50, p99Ms: 10 }, stable: { requests: 100, errors: 0, p99Ms: 10 } } : healthy(100)));
    const r = await runRollout(artifact, { provider, metrics, clock }, options({ failureLimit: limit }));
    expect(r.result).toBe(result);
  });

  it('retries a rollback the provider ignores and verifies it by reading back', async () => {
    const { clock, provider, metrics } = setup((_, w) => (w >= 25 ? { canary: { requests: 100, errors: 30 }, stable: healthy(1).stable } : healthy(100)));
    const r0 = runRollout(artifact, { provider, metrics, clock }, options());
    // the control plane drops the first rollback write
    provider.healthy = () => true;
    const origRollback = provider.rollback.bind(provider);
    let dropped = 0;
    provider.rollback = async (s: Revision, c: Revision) => {
      provider.calls.push('rollback');
      if (dropped++ === 0) return;
      return origRollback(s, c);
    };
    const r = await r0;
    expect(r.result).toBe('rolled-back');
    expect(r.verified).toBe(true);
    expect(provider.calls.filter((c) => c === 'rollback').length).toBeGreaterThanOrEqual(2);
  });

  it('reports a rollback that never takes effect as not verified, loudly', async () => {
    const { clock, provider, metrics } = setup(() => ({ canary: { requests: 100, errors: 30 }, stable: healthy(1).stable }));
    provider.rollback = async () => {
      provider.calls.push('rollback');
    };
    const r = await runRollout(artifact, { provider, metrics, clock }, options());
    expect(r.result).toBe('rolled-back');
    expect(r.verified).toBe(false);
    expect(r.finalWeights.canaryPercent).toBe(5);
    expect(r.events.at(-1)?.message).toContain('ROLLBACK NOT VERIFIED');
    expect(provider.calls.filter((c) => c === 'rollback')).toHaveLength(3);
  });

  it('aborts when the provider does not apply a weight', async () => {
    const { clock, provider, metrics } = setup(() => healthy(100));
    provider.ignoreWrites = 1;
    const r = await runRollout(artifact, { provider, metrics, clock }, options());
    expect(r.result).toBe('aborted');
    expect(r.reason).toContain('did not apply 5%');
  });

  it('a weight that did not stick because the canary lost its route is a canary-health rollback, naming the cause', async () => {
    const { clock, provider, metrics } = setup(() => healthy(100));
    provider.ignoreWrites = 1;
    const healthOf = provider.health.bind(provider);
    let asked = 0;
    provider.health = async (rev) => (provider.calls.includes('traffic 5') && ++asked ? { ok: false, fatal: true, detail: 'the local proxy restarted and no longer routes 5% to canary-1' } : healthOf(rev));
    const r = await runRollout(artifact, { provider, metrics, clock }, options());
    expect(r.result).toBe('rolled-back');
    expect(r.reason).toBe('canary-health at 5%: the local proxy restarted and no longer routes 5% to canary-1');
    expect(asked).toBe(1);
    expect(r).toMatchObject({ verified: true, finalWeights: { stablePercent: 100, canaryPercent: 0 } });
  });
});

describe('runRollout: warm-up', () => {
  it.each([
    { name: 'runs before the first weight, once the canary is healthy', fails: false },
    { name: 'a failing warm-up is logged and the rollout goes on', fails: true },
  ])('$name', async ({ fails }) => {
    const { clock, provider, metrics } = setup(() => healthy(100));
    const seen: string[] = [];
    const r = await runRollout(artifact, { provider, metrics, clock, warmUp: async (c) => {
      seen.push(`${c.id} after ${provider.calls.join(',')}`);
      if (fails) throw new Error('connection refused');
      return '50 rows';
    } }, options());
    expect(seen).toEqual(['canary-1 after launch']);
    expect(r.result).toBe('promoted');
    expect(r.events.some((e) => e.message === (fails ? 'warm-up failed (connection refused); the analysis will judge the canary cold' : 'warm-up: 50 rows'))).toBe(true);
  });

  it('is not used on a first deployment', async () => {
    const { clock, provider, metrics } = setup(() => healthy(0), { stable: false });
    let called = false;
    await runRollout(artifact, { provider, metrics, clock, warmUp: async () => ((called = true), '') }, options());
    expect(called).toBe(false);
  });
});

describe('runRollout: custom queries', () => {
  const q = { name: 'prediction-share-class-0', query: 'sum(rate(x{revision="{{canary}}",env="{{environment}}"}[{{window}}]))', max: 0.8 };
  it.each([
    { name: 'within bounds → promoted', value: 0.5, result: 'promoted' },
    { name: 'out of bounds → rolled back', value: 0.95, result: 'rolled-back' },
    { name: 'no values found → inconclusive → aborted', value: undefined, result: 'aborted' },
  ])('$name', async ({ value, result }) => {
    const { clock, provider, metrics } = setup(() => healthy(100), { query: () => value });
    const r = await runRollout(artifact, { provider, metrics, clock }, options({ queries: [q] }));
    expect(r.result).toBe(result);
    expect(metrics.queries[0]).toBe('sum(rate(x{revision="canary-1",env="production"}[10s]))');
  });
});

describe('runRollout: first deployment', () => {
  it('checks health and readiness, then 100%, reported as first-deploy', async () => {
    const { clock, provider, metrics } = setup(() => healthy(0), { stable: false });
    const r = await runRollout(artifact, { provider, metrics, clock }, options());
    expect(r).toMatchObject({ result: 'promoted', mode: 'first-deploy', verified: true });
    expect(provider.calls).toEqual(['launch', 'promote']);
    expect(r.analyses).toHaveLength(0);
  });

  it('waits for readiness up to the timeout', async () => {
    const { clock, provider, metrics } = setup(() => healthy(0), { stable: false });
    const readyAt = clock.now() + 2_000;
    provider.healthy = (_, now) => now >= readyAt;
    const r = await runRollout(artifact, { provider, metrics, clock }, options());
    expect(r.result).toBe('promoted');
  });

  it('discards a first revision that never becomes ready', async () => {
    const { clock, provider, metrics } = setup(() => healthy(0), { stable: false });
    provider.healthy = () => false;
    const r = await runRollout(artifact, { provider, metrics, clock }, options());
    expect(r).toMatchObject({ result: 'aborted', mode: 'first-deploy' });
    expect(provider.calls).toEqual(['launch', 'discard']);
  });
});

describe('runRollout: before any traffic, dead stables, cancellation', () => {
  const smokeOk = async () => ({ ok: true, rows: 20, detail: '20 holdout rows answered 200 with the offline predictions' });
  const smokeBad = async () => ({ ok: false, rows: 20, detail: 'POST /predict with 20 holdout rows answered 500: boom' });

  it.each([
    { name: 'with a stable: rolled back, no traffic step ever set', stable: true, result: 'rolled-back', calls: ['launch', 'rollback'] },
    { name: 'first deployment: discarded, never promoted', stable: false, result: 'aborted', calls: ['launch', 'discard'] },
  ])('a failed smoke test stops the rollout before any traffic — $name', async ({ stable, result, calls }) => {
    const { clock, provider, metrics } = setup(() => healthy(200), { stable });
    const r = await runRollout(artifact, { provider, metrics, clock, smoke: smokeBad }, options());
    expect(r.result).toBe(result);
    expect(provider.calls).toEqual(calls);
    expect(r.reason).toContain('smoke test failed before any traffic: POST /predict with 20 holdout rows answered 500');
    expect(r.smoke).toMatchObject({ ok: false, rows: 20 });
    expect(r.analyses).toHaveLength(0);
  });

  it('a passing smoke test is reported and the canary proceeds', async () => {
    const { clock, provider, metrics } = setup(() => healthy(200));
    const seen: string[] = [];
    const r = await runRollout(artifact, { provider, metrics, clock, smoke: async (rev) => (seen.push(rev.id), smokeOk()) }, options());
    expect(r.result).toBe('promoted');
    expect(seen).toEqual(['canary-1']);
    expect(r.smoke).toMatchObject({ ok: true, rows: 20 });
  });

  it('a recorded stable that is not serving is said so, and the new revision still gets the smoke test before 100%', async () => {
    const { clock, provider, metrics } = setup(() => healthy(0));
    provider.healthy = (rev) => rev.id !== stableRev.id;
    const smoked: string[] = [];
    const r = await runRollout(artifact, { provider, metrics, clock, smoke: async (rev) => (smoked.push(rev.id), smokeOk()) }, options());
    expect(r).toMatchObject({ result: 'promoted', mode: 'first-deploy', deadStable: stableRev, verified: true });
    expect(r.reason).toContain(`the recorded stable ${stableRev.id} was not serving`);
    expect(r.events.some((e) => e.message.includes(`stable revision ${stableRev.id} is recorded but not serving`))).toBe(true);
    expect(smoked).toEqual(['canary-1']);
    expect(provider.calls).toEqual(['launch', 'promote']);
  });

  it('a dead stable and a broken new revision: the broken one is discarded, never promoted', async () => {
    const { clock, provider, metrics } = setup(() => healthy(0));
    provider.healthy = (rev) => rev.id !== stableRev.id;
    const r = await runRollout(artifact, { provider, metrics, clock, smoke: smokeBad }, options());
    expect(r.result).toBe('aborted');
    expect(provider.calls).toEqual(['launch', 'discard']);
  });

  it('a revision whose health is fatal (process exited) fails at the first poll, not at ready-timeout', async () => {
    const { clock, provider, metrics } = setup(() => healthy(100));
    provider.health = async (rev) => (rev.id === 'canary-1' ? { ok: false, fatal: true, detail: 'process 42 of canary-1 exited' } : { ok: true, detail: 'ready' });
    const r = await runRollout(artifact, { provider, metrics, clock }, options({ readyTimeoutMs: 60_000 }));
    expect(r.result).toBe('rolled-back');
    expect(r.reason).toContain('process 42 of canary-1 exited');
    expect(r.endedAt - r.startedAt).toBeLessThan(5_000);
  });

  it('cancelled at 25%: 100% back on stable, verified, reported "cancelled"', async () => {
    const ac = new AbortController();
    const { clock, provider } = setup(() => healthy(200));
    const metrics = new ScriptedMetrics(clock, provider, (_, w) => {
      if (w === 25) ac.abort();
      return healthy(200);
    });
    const r = await runRollout(artifact, { provider, metrics, clock, signal: ac.signal }, options());
    expect(r).toMatchObject({ result: 'cancelled', verified: true, finalWeights: { stable: stableRev.id, stablePercent: 100, canaryPercent: 0 } });
    expect(provider.calls).toEqual(['launch', 'traffic 5', 'traffic 25', 'rollback']);
  });

  it('cancelled before anything was launched: nothing launched, nothing changed', async () => {
    const ac = new AbortController();
    ac.abort();
    const { clock, provider, metrics } = setup(() => healthy(200));
    const r = await runRollout(artifact, { provider, metrics, clock, signal: ac.signal }, options());
    expect(r.result).toBe('cancelled');
    expect(provider.calls).toEqual([]);
  });

  it('an environment that does not serve at the end is not verified', async () => {
    const { clock, provider, metrics } = setup(() => healthy(200));
    (provider as unknown as { serving: () => Promise<{ ok: boolean; detail: string }> }).serving = async () => ({ ok: false, detail: 'connection refused' });
    const r = await runRollout(artifact, { provider, metrics, clock }, options());
    expect(r).toMatchObject({ result: 'promoted', verified: false, serving: { ok: false } });
  });
});

describe('load summary', () => {
  it.each([
    { name: 'all answered', codes: { '2xx': 120, '4xx': 0, '5xx': 0, none: 0 }, failed: 0, text: '120 requests: 120 2xx, 0 4xx, 0 5xx; 0 failed' },
    { name: 'rejected rows are failures', codes: { '2xx': 10, '4xx': 100, '5xx': 5, none: 5 }, failed: 110, text: '120 requests: 10 2xx, 100 4xx, 5 5xx, 5 no answer; 110 failed' },
  ])('$name', ({ codes, failed, text }) => {
    const load = { sent: 120, ok: codes['2xx'], failed, codes, skipped: 0, byRevision: {}, failures: [] };
    expect(formatLoad(load)).toBe(text);
  });
});

describe('checkSteps', () => {
  it.each([
    { steps: [5, 25, 50, 100], problem: undefined },
    { steps: [100], problem: undefined },
    { steps: [], problem: 'at least one' },
    { steps: [10, 5, 100], problem: 'must increase' },
    { steps: [10, 50], problem: 'last weight must be 100' },
    { steps: [0, 100], problem: '1..100' },
    { steps: [2.5, 100], problem: 'integer' },
  ])('$steps → $problem', ({ steps, problem }) => {
    const p = checkSteps(steps);
    if (problem === undefined) expect(p).toBeUndefined();
    else expect(p).toContain(problem);
  });
});
