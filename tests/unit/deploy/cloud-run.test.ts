/**
 * The cloud-run provider through the real @google-cloud/run client (REST transport) against a
 * fake Cloud Run Admin API v2 that validates every request and response against the API
 * description shipped in @google-cloud/run (build/protos/protos.json).
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { RevisionsClient, ServicesClient } from '@google-cloud/run';
import { CloudRunProvider } from '../../../src/deploy/cloud-run.js';
import { runRollout, type RolloutOptions } from '../../../src/deploy/controller.js';
import { startCloudRunServer, checkMessage, type CloudRunServer } from '../../helpers/cloud-run-server.js';
import { FakeClock, ScriptedMetrics, healthy } from './fakes.js';
import type { MetricsReader, MetricsSample } from '../../../src/deploy/types.js';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, type RunningServer } from '../../../src/serve/server.js';
import { planSmoke, runSmoke } from '../../../src/deploy/smoke.js';
import { makeSeattleFixture, type SeattleFixture } from '../monitor/seattle.js';

let server: CloudRunServer;
beforeAll(async () => {
  server = await startCloudRunServer();
});
afterAll(() => server.close());
beforeEach(() => {
  server.services.clear();
  server.revisions.clear();
  server.calls.length = 0;
  server.faults.unreadyRevisions = false;
  server.faults.ignoreTrafficUpdates = false;
});
afterEach(() => expect(server.violations).toEqual([]));

// A stand-in credential: the fake needs no token, the client needs an auth client with fetch.
const authClient = { getRequestHeaders: async () => new Headers(), fetch: (url: string, init: RequestInit) => fetch(url, init), universeDomain: 'googleapis.com' };

function provider(clock: FakeClock) {
  const opts = { fallback: true, apiEndpoint: '127.0.0.1', port: server.port, protocol: 'http', authClient } as unknown as ConstructorParameters<typeof ServicesClient>[0];
  return new CloudRunProvider({ project: 'p1', region: 'europe-west1', service: 'churn', services: new ServicesClient(opts), revisions: new RevisionsClient(opts), now: () => clock.now() });
}

const options: RolloutOptions = {
  environment: 'production',
  steps: [10, 50, 100],
  bakeMs: 20_000,
  intervalMs: 10_000,
  maxBakeMs: 60_000,
  failureLimit: 0,
  thresholds: { minRequests: 20, maxErrorRate: 0.01, maxP99Ms: 500, maxErrorRateIncrease: 0.01, maxLatencyIncrease: 0.5 },
  queries: [],
  readyTimeoutMs: 2_000,
};

function metricsFor(clock: FakeClock, script: (w: number) => MetricsSample, weight: () => number): MetricsReader {
  return { source: 'scripted', sample: async () => script(weight()) };
}

describe('cloud-run provider (schema-validated fake Cloud Run Admin API v2)', () => {
  it('first deployment creates the service and serves 100%, reported as first-deploy', async () => {
    const clock = new FakeClock();
    const p = provider(clock);
    const r = await runRollout({ kind: 'image', ref: 'europe-docker.pkg.dev/p1/models/churn@sha256:' + 'a'.repeat(64) }, { provider: p, metrics: new ScriptedMetrics(clock, undefined as never, () => healthy(0)), clock }, options);
    expect(r).toMatchObject({ result: 'promoted', mode: 'first-deploy', verified: true });
    expect(server.calls).toContain('Services.CreateService');
    expect(p.url()).toBe('https://churn-xyz-ew.a.run.app');
  });

  it('canary: new tagged revision with no traffic, steps, promotion; traffic read back each time', async () => {
    const clock = new FakeClock();
    const p = provider(clock);
    await runRollout({ kind: 'image', ref: 'reg/churn:v1' }, { provider: p, metrics: metricsFor(clock, () => healthy(0), () => 0), clock }, options);
    clock.t += 1000;
    const weights: number[] = [];
    const r = await runRollout({ kind: 'image', ref: 'reg/churn:v2' }, { provider: p, metrics: metricsFor(clock, () => healthy(100), () => 0), clock, log: (m) => { const w = /step \d+\/\d+: (\d+)%/.exec(m); if (w) weights.push(Number(w[1])); } }, options);
    expect(r).toMatchObject({ result: 'promoted', mode: 'canary', verified: true });
    expect(weights).toEqual([10, 50, 100]);
    const svc = server.services.get('projects/p1/locations/europe-west1/services/churn')!;
    expect((svc.traffic as { revision: string; percent: number }[]).map((t) => [t.revision, t.percent])).toEqual([[r.canary.id, 100]]);
    expect(((svc.template as { containers: { image: string }[] }).containers[0]).image).toBe('reg/churn:v2');
    expect(server.revisions.size).toBe(2);
  });

  it('a failing canary is rolled back to the previous revision and verified', async () => {
    const clock = new FakeClock();
    const p = provider(clock);
    await runRollout({ kind: 'image', ref: 'reg/churn:v1' }, { provider: p, metrics: metricsFor(clock, () => healthy(0), () => 0), clock }, options);
    const stable = (await p.current())!;
    clock.t += 1000;
    const r = await runRollout({ kind: 'image', ref: 'reg/churn:bad' }, { provider: p, metrics: metricsFor(clock, () => ({ canary: { requests: 100, errors: 20, p99Ms: 10 } }), () => 0), clock }, options);
    expect(r).toMatchObject({ result: 'rolled-back', verified: true });
    expect(r.finalWeights).toMatchObject({ stable: stable.id, stablePercent: 100 });
    expect((await p.current())!.id).toBe(stable.id);
  });

  it('a canary revision whose Ready condition failed gets no traffic and is rolled back at the first poll, not after ready-timeout', async () => {
    const clock = new FakeClock();
    const p = provider(clock);
    await runRollout({ kind: 'image', ref: 'reg/churn:v1' }, { provider: p, metrics: metricsFor(clock, () => healthy(0), () => 0), clock }, options);
    server.faults.unreadyRevisions = true;
    clock.t += 1000;
    const r = await runRollout({ kind: 'image', ref: 'reg/churn:crash' }, { provider: p, metrics: metricsFor(clock, () => healthy(100), () => 0), clock }, { ...options, readyTimeoutMs: 60_000 });
    expect(r.result).toBe('rolled-back');
    expect(r.reason).toContain('CONDITION_FAILED');
    expect(r.endedAt - r.startedAt).toBeLessThan(5_000);
  });

  it('a control plane that ignores traffic updates is detected by reading back (aborted, not promoted)', async () => {
    const clock = new FakeClock();
    const p = provider(clock);
    await runRollout({ kind: 'image', ref: 'reg/churn:v1' }, { provider: p, metrics: metricsFor(clock, () => healthy(0), () => 0), clock }, options);
    server.faults.ignoreTrafficUpdates = true;
    clock.t += 1000;
    const r = await runRollout({ kind: 'image', ref: 'reg/churn:v2' }, { provider: p, metrics: metricsFor(clock, () => healthy(100), () => 0), clock }, options);
    expect(r.result).toBe('aborted');
    expect(r.reason).toContain('did not apply 10%');
  });
});

describe('cloud-run: the smoke test on the revision\'s own URL', () => {
  let fx: SeattleFixture;
  let model: RunningServer;
  beforeAll(async () => {
    fx = await makeSeattleFixture(mkdtempSync(join(tmpdir(), 'cd4ml-run-smoke-')));
    model = await startServer({ bundleDir: fx.bundle, port: 0 });
  }, 60_000);
  afterAll(() => model?.close());

  /** Cloud Run's data plane stand-in: a run.app URL reaches the revision its tag (or the whole service) names; images ending in ":broken" answer 500. */
  const reached: string[] = [];
  const dataPlane = (async (url: string | URL, init?: RequestInit) => {
    const u = new URL(url);
    const svc = server.services.get('projects/p1/locations/europe-west1/services/churn')!;
    const traffic = svc.traffic as { revision: string; percent?: number; tag?: string }[];
    const tag = /^(.+)---/.exec(u.host)?.[1];
    const target = tag ? traffic.find((t) => t.tag === tag) : traffic.length === 1 ? traffic[0] : undefined;
    if (!target) return new Response('not found', { status: 404 });
    reached.push(`${target.revision} ${u.pathname}`);
    const image = ((server.revisions.get(`${svc.name as string}/revisions/${target.revision}`) as { containers: { image: string }[] }).containers[0]).image;
    if (image.endsWith(':broken')) return new Response('{"error":"boom"}', { status: 500 });
    return fetch(`${model.url}${u.pathname}`, init);
  }) as typeof fetch;

  function smokeProvider(clock: FakeClock) {
    const opts = { fallback: true, apiEndpoint: '127.0.0.1', port: server.port, protocol: 'http', authClient } as unknown as ConstructorParameters<typeof ServicesClient>[0];
    return new CloudRunProvider({ project: 'p1', region: 'europe-west1', service: 'churn', services: new ServicesClient(opts), revisions: new RevisionsClient(opts), now: () => clock.now(), fetchImpl: dataPlane });
  }

  it('first deployment and a healthy canary are smoke-tested on their own URL before traffic moves; a broken canary never gets any', async () => {
    reached.length = 0;
    const clock = new FakeClock();
    const p = smokeProvider(clock);
    const plan = await planSmoke(fx.bundle);
    const deps = { provider: p, metrics: metricsFor(clock, () => healthy(100), () => 0), clock, smoke: (rev: { id: string; artifact: string }) => runSmoke(p, rev, plan) };
    const first = await runRollout({ kind: 'image', ref: 'reg/churn:v1' }, deps, options);
    expect(first).toMatchObject({ result: 'promoted', mode: 'first-deploy', smoke: { ok: true, rows: 20 } });
    clock.t += 1000;
    const bad = await runRollout({ kind: 'image', ref: 'reg/churn:broken' }, deps, options);
    expect(bad.result).toBe('rolled-back');
    expect(bad.reason).toContain('smoke test failed before any traffic: POST /predict with 20 holdout rows answered 500');
    expect(bad.analyses).toHaveLength(0);
    clock.t += 1000;
    const good = await runRollout({ kind: 'image', ref: 'reg/churn:v2' }, deps, options);
    expect(good).toMatchObject({ result: 'promoted', mode: 'canary', smoke: { ok: true } });
    expect(reached).toEqual([`${first.canary.id} /predict`, `${bad.canary.id} /predict`, `${good.canary.id} /predict`]);
  });
});

describe('the Cloud Run schema check itself', () => {
  it.each([
    { name: 'unknown field', type: 'google.cloud.run.v2.TrafficTarget', value: { revision: 'r', percent: 5, weight: 5 }, error: 'no field "weight"' },
    { name: 'wrong enum', type: 'google.cloud.run.v2.TrafficTarget', value: { type: 'REVISION', revision: 'r' }, error: 'not a value of enum' },
    { name: 'percent as text', type: 'google.cloud.run.v2.TrafficTarget', value: { percent: 'five' }, error: 'expected an integer' },
    { name: 'missing REQUIRED template', type: 'google.cloud.run.v2.CreateServiceRequest', value: { parent: 'projects/p/locations/l', serviceId: 's', service: {} }, error: 'service.template: REQUIRED' },
    { name: 'snake_case name', type: 'google.cloud.run.v2.Service', value: { latest_ready_revision: 'x' }, error: 'no field "latest_ready_revision"' },
  ])('flags $name', ({ type, value, error }) => {
    const errors: string[] = [];
    checkMessage(type, value, type, 'request', errors);
    expect(errors.join('\n')).toContain(error);
  });

  it('accepts a valid request', () => {
    const errors: string[] = [];
    checkMessage('google.cloud.run.v2.Service', { template: { containers: [{ image: 'x' }] }, traffic: [{ type: 'TRAFFIC_TARGET_ALLOCATION_TYPE_REVISION', revision: 'r', percent: 100, tag: 'canary' }] }, 's', 'request', errors);
    expect(errors).toEqual([]);
  });
});
