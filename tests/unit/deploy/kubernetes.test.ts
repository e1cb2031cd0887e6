/**
 * The kubernetes provider as the action builds it (createRemoteProvider: @kubernetes/client-node
 * from a kubeconfig) against the schema-validated fake API server, with the real serving runtime
 * (src/serve, a bundle trained on vega-datasets' seattle-weather.csv) behind the API server's
 * service proxy: the smoke test before any traffic, and crash-looping pods failing at the first poll.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startKubernetesServer, type KubernetesServer } from '../../helpers/kubernetes-server.js';
import { startServer, type RunningServer } from '../../../src/serve/server.js';
import { createRemoteProvider } from '../../../src/deploy/providers.js';
import { resolveDeploySettings } from '../../../src/deploy/settings.js';
import { runRollout, type RolloutOptions } from '../../../src/deploy/controller.js';
import { planSmoke, runSmoke } from '../../../src/deploy/smoke.js';
import { makeSeattleFixture, type SeattleFixture } from '../monitor/seattle.js';
import { FakeClock, healthy } from './fakes.js';
import type { MetricsReader } from '../../../src/deploy/types.js';

let k8s: KubernetesServer;
let fx: SeattleFixture;
let model: RunningServer;
let broken: Server;
let savedKubeconfig: string | undefined;

beforeAll(async () => {
  k8s = await startKubernetesServer();
  fx = await makeSeattleFixture(mkdtempSync(join(tmpdir(), 'cd4ml-k8s-smoke-')));
  model = await startServer({ bundleDir: fx.bundle, port: 0 });
  broken = createServer((req, res) => {
    req.resume();
    res.writeHead(req.method === 'POST' ? 500 : 200, { 'content-type': 'application/json' });
    res.end('{"error":"prediction failed: boom"}');
  });
  await new Promise<void>((r) => broken.listen(0, '127.0.0.1', () => r()));
  const cfg = join(mkdtempSync(join(tmpdir(), 'cd4ml-kube-')), 'config');
  writeFileSync(cfg, k8s.kubeconfig());
  savedKubeconfig = process.env.KUBECONFIG;
  process.env.KUBECONFIG = cfg;
}, 60_000);
afterAll(async () => {
  if (savedKubeconfig === undefined) delete process.env.KUBECONFIG;
  else process.env.KUBECONFIG = savedKubeconfig;
  await model?.close();
  broken?.close();
  await k8s?.close();
});
beforeEach(() => {
  k8s.objects.clear();
  k8s.proxied.length = 0;
  k8s.faults.crashLoopImages.clear();
  k8s.backends.clear();
  k8s.backends.set('reg/churn:v1', model.url);
  k8s.backends.set('reg/churn:v2', model.url);
  k8s.backends.set('reg/churn:broken', `http://127.0.0.1:${(broken.address() as AddressInfo).port}`);
  k8s.seed('HTTPRoute', { apiVersion: 'gateway.networking.k8s.io/v1', kind: 'HTTPRoute', metadata: { name: 'churn', namespace: 'default' }, spec: { parentRefs: [{ name: 'gw' }], hostnames: ['churn.example.com'], rules: [{ backendRefs: [] }] } });
});
afterEach(() => expect(k8s.violations).toEqual([]));

const options: RolloutOptions = {
  environment: 'production',
  steps: [50, 100],
  bakeMs: 10_000,
  intervalMs: 10_000,
  maxBakeMs: 30_000,
  failureLimit: 0,
  thresholds: { minRequests: 20, maxErrorRate: 0.01, maxP99Ms: 500, maxErrorRateIncrease: 0.01, maxLatencyIncrease: 0.5 },
  queries: [],
  readyTimeoutMs: 60_000,
};
const metrics: MetricsReader = { source: 'scripted', sample: async () => healthy(100) };

async function rollout(image: string, clock = new FakeClock()) {
  const settings = resolveDeploySettings(undefined, { image, bundle: fx.bundle, provider: 'kubernetes', service: 'churn', route: 'churn', 'prometheus-url': 'http://127.0.0.1:9' }, (n) => `input "${n}"`);
  const provider = await createRemoteProvider(settings, () => undefined);
  const plan = await planSmoke(fx.bundle);
  return runRollout(settings.artifact, { provider, metrics, clock, smoke: (rev) => runSmoke(provider, rev, plan) }, options);
}

const weights = () => ((k8s.get('HTTPRoute', 'default', 'churn') as { spec: { rules: { backendRefs: { name: string; weight: number }[] }[] } }).spec.rules[0].backendRefs ?? []).map((r) => [r.name, r.weight]);

describe('kubernetes provider: smoke test and crash-looping pods', () => {
  it('the first deployment is smoke-tested through the API server service proxy (holdout rows, offline predictions) before 100%', async () => {
    const r = await rollout('reg/churn:v1');
    expect(r).toMatchObject({ result: 'promoted', mode: 'first-deploy', smoke: { ok: true, rows: 20 } });
    expect(k8s.proxied).toEqual(['churn-primary /predict']);
  });

  it('a canary answering 500 fails the smoke test and is deleted before any traffic; primary keeps 100%', async () => {
    await rollout('reg/churn:v1');
    const r = await rollout('reg/churn:broken');
    expect(r.result).toBe('rolled-back');
    expect(r.reason).toContain('smoke test failed before any traffic: POST /predict with 20 holdout rows answered 500');
    expect(k8s.proxied).toEqual(['churn-primary /predict', 'churn-canary /predict']);
    expect(weights()).toEqual([['churn-primary', 100]]);
    expect(k8s.get('Deployment', 'default', 'churn-canary')).toBeUndefined();
  });

  it('a crash-looping canary fails at the first poll, not after ready-timeout', async () => {
    await rollout('reg/churn:v1');
    k8s.faults.crashLoopImages.add('reg/churn:v2');
    const clock = new FakeClock();
    const r = await rollout('reg/churn:v2', clock);
    expect(r.result).toBe('rolled-back');
    expect(r.reason).toMatch(/pod churn-canary-\S+ of \S+: container model CrashLoopBackOff \(4 restarts\)/);
    expect(r.endedAt - r.startedAt).toBeLessThan(5_000);
    expect(weights()).toEqual([['churn-primary', 100]]);
  });
});
