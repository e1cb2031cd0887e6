/**
 * The built deploy-canary bundle, run as the runner runs it (Node 24: @kubernetes/client-node
 * 2.x needs Node >= 22), with:
 * - the kubernetes provider against a fake API server validated with the Kubernetes / Gateway
 *   API schemas (tests/helpers/kubernetes-server.ts);
 * - a real Prometheus scraping a synthetic exporter that plays the serving runtime's metrics for
 *   whatever revisions the fake cluster runs, split by the HTTPRoute's weights (images whose
 *   name contains "bad" answer 20% 5xx);
 * - the GitHub Deployments record against the OpenAPI-validated fake GitHub.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runAction } from '../helpers/run-action.js';
import { runCli } from '../helpers/run-cli.js';
import { ROOT, vegaData } from '../helpers/paths.js';
import { startKubernetesServer, type KubernetesServer } from '../helpers/kubernetes-server.js';
import { startPrometheus, type RunningPrometheus } from '../helpers/prometheus.js';
import { startGitHubServer, type GitHubServer } from '../helpers/github-server.js';
import { startServer, type RunningServer } from '../../src/serve/server.js';

const NODE24 = join(ROOT, 'node_modules/.bin/node');
let k8s: KubernetesServer;
let prom: RunningPrometheus;
let gh: GitHubServer;
let exporter: Server;
let kubeconfig: string;
/** The bundle the images are "built from" (input bundle) and the real serving runtime standing in for their pods. */
let bundle: string;
let model: RunningServer;

/**
 * The serving routes the analysis must read (src/deploy/metrics.ts SERVE_QUERIES): /predict, the
 * Open Inference Protocol REST infer and the gRPC ModelInfer RPC (whose code label is the gRPC
 * status: 0 OK, 13 INTERNAL). Traffic is spread evenly over the three.
 */
const ROUTES = [
  { route: '/predict', ok: '200', err: '500', bad: /:bad$/ },
  { route: '/v2/models/{name}/infer', ok: '200', err: '500', bad: /:bad-oip$/ },
  { route: '/inference.GRPCInferenceService/ModelInfer', ok: '0', err: '13', bad: /:bad-grpc$/ },
];
/** Cumulative counters per revision and route, advanced at each scrape from the route's weights. */
const counters = new Map<string, { ok: number; err: number }[]>();
let lastScrape = Date.now();
function exposition(): string {
  const now = Date.now();
  const dt = (now - lastScrape) / 1000;
  lastScrape = now;
  const route = k8s.get('HTTPRoute', 'default', 'churn') as { spec: { rules?: { backendRefs?: { name: string; weight?: number }[] }[] } } | undefined;
  const refs = route?.spec.rules?.[0]?.backendRefs ?? [];
  const total = refs.reduce((s, r) => s + (r.weight ?? 1), 0);
  for (const ref of refs) {
    const d = k8s.get('Deployment', 'default', ref.name) as { metadata: { annotations?: Record<string, string> }; spec: { template: { spec: { containers: { image: string }[] } } } } | undefined;
    const rev = d?.metadata.annotations?.['cd4ml.dev/revision'];
    if (!rev || total === 0) continue;
    const n = (100 * dt * (ref.weight ?? 1)) / total / ROUTES.length; // 100 requests/s in all
    const image = d.spec.template.spec.containers[0].image;
    const c = counters.get(rev) ?? ROUTES.map(() => ({ ok: 0, err: 0 }));
    // A bad image answers 60% errors on its one broken route: 20% of all its requests.
    ROUTES.forEach((r, i) => {
      const bad = r.bad.test(image);
      c[i].ok += bad ? n * 0.4 : n;
      c[i].err += bad ? n * 0.6 : 0;
    });
    counters.set(rev, c);
  }
  const lines = ['# TYPE cd4ml_http_requests_total counter', '# TYPE cd4ml_http_request_duration_seconds histogram'];
  for (const [rev, c] of counters) {
    ROUTES.forEach((r, i) => {
      const all = Math.floor(c[i].ok + c[i].err);
      lines.push(`cd4ml_http_requests_total{route="${r.route}",revision="${rev}",code="${r.ok}"} ${Math.floor(c[i].ok)}`);
      lines.push(`cd4ml_http_requests_total{route="${r.route}",revision="${rev}",code="${r.err}"} ${Math.floor(c[i].err)}`);
      lines.push(`cd4ml_http_request_duration_seconds_bucket{route="${r.route}",revision="${rev}",le="0.01"} 0`);
      lines.push(`cd4ml_http_request_duration_seconds_bucket{route="${r.route}",revision="${rev}",le="0.025"} ${all}`);
      lines.push(`cd4ml_http_request_duration_seconds_bucket{route="${r.route}",revision="${rev}",le="+Inf"} ${all}`);
    });
  }
  return lines.join('\n') + '\n';
}

beforeAll(async () => {
  k8s = await startKubernetesServer();
  exporter = createServer((_, res) => {
    res.writeHead(200, { 'content-type': 'text/plain; version=0.0.4' });
    res.end(exposition());
  });
  await new Promise<void>((r) => exporter.listen(0, '127.0.0.1', () => r()));
  prom = await startPrometheus({ targets: [`127.0.0.1:${(exporter.address() as AddressInfo).port}`], scrapeIntervalSeconds: 0.5 });
  gh = await startGitHubServer();
  const dir = mkdtempSync(join(tmpdir(), 'cd4ml-kube-'));
  kubeconfig = join(dir, 'config');
  writeFileSync(kubeconfig, k8s.kubeconfig());
  bundle = join(dir, 'bundle');
  const t = await runCli(['train', '--data', vegaData('seattle-weather.csv'), '--target', 'weather', '--exclude', 'date', '--out', bundle], { cwd: dir });
  expect(t.exitCode, t.stderr).toBe(0);
  model = await startServer({ bundleDir: bundle, port: 0 });
  for (const tag of ['v1', 'v2', 'v3', 'v4', 'bad', 'bad-oip', 'bad-grpc']) k8s.backends.set(`registry.example.com/churn:${tag}`, model.url);
}, 120_000);
afterAll(async () => {
  await model?.close();
  await prom?.stop();
  await k8s?.close();
  await gh?.close();
  await new Promise<void>((r) => (exporter ? exporter.close(() => r()) : r()));
});
beforeEach(() => gh.reset());
afterEach(() => {
  expect(k8s.violations).toEqual([]);
  expect(gh.violations).toEqual([]);
});

const rollout = { provider: 'kubernetes', service: 'churn', route: 'churn', steps: '50,100', bake: '2s', interval: '2s', 'max-bake': '6s', 'min-requests': '20', 'ready-timeout': '5s' };

function run(inputs: Record<string, string>) {
  return runAction('deploy-canary', {
    node: NODE24,
    inputs: { 'github-token': 'ghs_test', 'prometheus-url': prom.url, bundle, ...rollout, ...inputs },
    env: { ...gh.env(), KUBECONFIG: kubeconfig },
    timeoutMs: 60_000,
  });
}

function routeWeights(): [string, number][] {
  const r = k8s.get('HTTPRoute', 'default', 'churn') as { spec: { rules: { backendRefs: { name: string; weight: number }[] }[] } };
  return r.spec.rules[0].backendRefs.map((b) => [b.name, b.weight]);
}

describe('deploy-canary action: kubernetes provider', () => {
  it('first deployment, a healthy canary promoted, a bad canary rolled back — each recorded on GitHub', async () => {
    k8s.seed('HTTPRoute', {
      apiVersion: 'gateway.networking.k8s.io/v1',
      kind: 'HTTPRoute',
      metadata: { name: 'churn', namespace: 'default' },
      spec: { parentRefs: [{ name: 'public-gateway' }], hostnames: ['churn.example.com'], rules: [{ backendRefs: [] }] },
    });
    expect(await prom.waitForTargets(1)).toBe(1);

    const first = await run({ image: 'registry.example.com/churn:v1' });
    expect(first.stderr).toBe('');
    expect(first.exitCode, first.stdout).toBe(0);
    expect(first.outputs).toMatchObject({ result: 'promoted', mode: 'first-deploy', url: 'http://churn.example.com' });
    expect(routeWeights()).toEqual([['churn-primary', 100]]);
    // smoke-tested before 100%: holdout rows through the API server's service proxy, offline predictions matched
    expect(first.stdout).toMatch(/smoke test of \S+: passed: 20 holdout rows answered 200 with the bundle's offline predictions/);
    expect(k8s.proxied).toEqual(['churn-primary /predict']);
    const d1 = gh.state.deployments.at(-1)!;
    expect(d1.environment).toBe('production');
    expect(d1.statuses.map((s) => s.state)).toEqual(['in_progress', 'success']);

    const good = await run({ image: 'registry.example.com/churn:v2' });
    expect(good.exitCode, good.stdout).toBe(0);
    expect(good.outputs).toMatchObject({ result: 'promoted', mode: 'canary' });
    const primary = k8s.get('Deployment', 'default', 'churn-primary') as { spec: { template: { spec: { containers: { image: string }[] } } } };
    expect(primary.spec.template.spec.containers[0].image).toBe('registry.example.com/churn:v2');
    expect(k8s.get('Deployment', 'default', 'churn-canary')).toBeUndefined();
    expect(routeWeights()).toEqual([['churn-primary', 100]]);
    const report = JSON.parse(readFileSync(good.outputs['report-path'], 'utf8')) as { analyses: { weight: number; verdict: string; sample: { canary: { requests: number } } }[] };
    expect(report.analyses.map((a) => a.weight)).toContain(50);
    expect(report.analyses.filter((a) => a.verdict === 'pass').every((a) => a.sample.canary.requests >= 20)).toBe(true);
    expect(good.summary).toContain('deploy-canary: promoted');
    expect(k8s.proxied).toEqual(['churn-primary /predict', 'churn-canary /predict']);

    const bad = await run({ image: 'registry.example.com/churn:bad' });
    expect(bad.exitCode, bad.stdout).toBe(1);
    expect(bad.outputs.result).toBe('rolled-back');
    expect(bad.stdout).toContain('error-rate');
    expect(routeWeights()).toEqual([['churn-primary', 100]]);
    expect(k8s.get('Deployment', 'default', 'churn-canary')).toBeUndefined();
    expect((k8s.get('Deployment', 'default', 'churn-primary') as typeof primary).spec.template.spec.containers[0].image).toBe('registry.example.com/churn:v2');
    const d3 = gh.state.deployments.at(-1)!;
    expect(d3.statuses.map((s) => s.state)).toEqual(['in_progress', 'failure']);
    expect(d3.payload).toMatchObject({ kind: 'cd4ml-deploy', image: 'registry.example.com/churn:bad', runId: '4242' });
  }, 60_000);

  // The analysis reads every inference route: a canary failing only its OIP REST infer calls, or
  // only its gRPC ModelInfer calls (status 13 INTERNAL), is rolled back too.
  it.each([
    { name: 'OIP REST infer', tag: 'bad-oip' },
    { name: 'gRPC ModelInfer', tag: 'bad-grpc' },
  ])('a canary failing only on $name is rolled back', async ({ tag }) => {
    const before = routeWeights();
    const r = await run({ image: `registry.example.com/churn:${tag}` });
    expect(r.exitCode, r.stdout).toBe(1);
    expect(r.outputs.result).toBe('rolled-back');
    expect(r.stdout).toContain('error-rate');
    expect(routeWeights()).toEqual(before);
    expect(k8s.get('Deployment', 'default', 'churn-canary')).toBeUndefined();
    const report = JSON.parse(readFileSync(r.outputs['report-path'], 'utf8')) as { analyses: { verdict: string; sample: { canary: { requests: number; errors: number } } }[] };
    const failed = report.analyses.find((a) => a.verdict === 'fail')!;
    // all three routes counted (about 100/s × weight), a fifth of them errors
    expect(failed.sample.canary.errors).toBeGreaterThan(0);
    expect(failed.sample.canary.errors / failed.sample.canary.requests).toBeGreaterThan(0.1);
    expect(failed.sample.canary.errors / failed.sample.canary.requests).toBeLessThan(0.3);
  }, 60_000);
});

describe('deploy-canary action: production record rules', () => {
  it('refuses while another rollout of the environment is in progress', async () => {
    gh.seedDeployment({ environment: 'production', sha: 'f'.repeat(40), statuses: ['in_progress'] });
    const r = await run({ image: 'registry.example.com/churn:v3' });
    expect(r.exitCode).toBe(2);
    expect(r.stdout).toMatch(/another rollout to environment "production" is in progress \(GitHub deployment \d+ of fffffff/);
    expect(gh.calls('repos/create-deployment')).toHaveLength(0);
  });

  // A rollout whose process died (kill -9, a lost runner) leaves its deployment in_progress. When
  // the workflow run that started it is over, the next rollout closes it as abandoned and goes on;
  // while that run still runs, the next rollout refuses.
  it.each<{ name: string; run?: { status: 'in_progress' | 'completed'; conclusion?: 'cancelled' | 'failure' }; runId: string; abandoned?: RegExp }>([
    { name: 'its run was cancelled', runId: '777', run: { status: 'completed', conclusion: 'cancelled' }, abandoned: /abandoned: its workflow run 777 ended \(cancelled\) before finishing it/ },
    { name: 'its run no longer exists', runId: '779', abandoned: /abandoned: its workflow run 779 no longer exists/ },
    { name: 'it is an earlier attempt of this very run', runId: '4242', abandoned: /abandoned: an earlier attempt of this workflow run \(4242\) stopped before finishing it/ },
    { name: 'its run still runs', runId: '778', run: { status: 'in_progress' } },
  ])('an in-progress deployment when $name', async ({ runId, run: wr, abandoned }) => {
    if (wr) gh.seedWorkflowRun({ id: Number(runId), status: wr.status, conclusion: wr.conclusion ?? null });
    const stale = gh.seedDeployment({ environment: 'production', sha: 'e'.repeat(40), statuses: ['in_progress'], payload: { kind: 'cd4ml-deploy', image: 'registry.example.com/churn:v1', runId } });
    const r = await run({ image: 'registry.example.com/churn:v3' });
    if (!abandoned) {
      expect(r.exitCode).toBe(2);
      expect(r.stdout).toMatch(new RegExp(`another rollout to environment "production" is in progress \\(GitHub deployment ${stale.id} of eeeeeee, state in_progress, .*workflow run ${runId} still running`));
      expect(gh.calls('repos/create-deployment')).toHaveLength(0);
      expect(stale.statuses.map((s) => s.state)).toEqual(['in_progress']);
      expect(gh.calls('actions/get-workflow-run')).toHaveLength(1);
      return;
    }
    expect(r.exitCode, r.stdout).toBe(0);
    expect(r.outputs.result).toBe('promoted');
    expect(stale.statuses.map((s) => s.state)).toEqual(['in_progress', 'error']);
    expect(stale.statuses.at(-1)!.description).toMatch(abandoned);
    expect(r.stdout).toContain(`GitHub deployment ${stale.id} to "production" (eeeeeee) was left in_progress`);
    const fresh = gh.state.deployments.at(-1)!;
    expect(fresh.id).not.toBe(stale.id);
    expect(fresh.statuses.map((s) => s.state)).toEqual(['in_progress', 'success']);
    // our own run is never looked up; others are, once
    expect(gh.calls('actions/get-workflow-run')).toHaveLength(runId === '4242' ? 0 : 1);
  }, 60_000);

  it('re-running a finished deployment is a no-op', async () => {
    gh.seedDeployment({ environment: 'production', sha: '0123456789abcdef0123456789abcdef01234567', statuses: ['success'], payload: { kind: 'cd4ml-deploy', image: 'registry.example.com/churn:v2' } });
    const calls = k8s.calls.length;
    const r = await run({ image: 'registry.example.com/churn:v2' });
    expect(r.exitCode, r.stdout).toBe(0);
    expect(r.summary).toContain('nothing to do');
    expect(gh.calls('repos/create-deployment')).toHaveLength(0);
    expect(k8s.calls.length).toBe(calls);
  });

  it.each<{ name: string; inputs: Record<string, string>; message: string }>([
    { name: 'steps not ending at 100', inputs: { steps: '10,50' }, message: 'input "steps": the last weight must be 100' },
    { name: 'no image for kubernetes', inputs: { image: '', bundle: 'x' }, message: 'the kubernetes provider deploys images' },
    { name: 'a bad duration', inputs: { bake: 'soon' }, message: 'input "bake" must be a duration' },
  ])('bad input: $name → exit 2 with a clear message', async ({ inputs, message }) => {
    const r = await run({ image: 'registry.example.com/churn:v4', ...inputs });
    expect(r.exitCode).toBe(2);
    expect(r.stdout).toContain(message);
  });
});

describe('deploy-canary action: local provider', () => {
  it('deploys a bundle with the serving runtime of the same build, records it with the bundle metrics, and keeps serving after the step', async () => {
    const project = mkdtempSync(join(tmpdir(), 'cd4ml-deploy-action-'));
    const t = await runCli(['train', '--data', vegaData('seattle-weather.csv'), '--target', 'weather', '--exclude', 'date', '--out', join(project, 'bundle')], { cwd: project });
    expect(t.exitCode, t.stderr).toBe(0);
    try {
      const r = await runAction('deploy-canary', {
        node: NODE24,
        cwd: project,
        inputs: { 'github-token': 'ghs_test', bundle: 'bundle', environment: 'staging', 'bundle-artifact': 'model-bundle' },
        env: gh.env(),
        timeoutMs: 60_000,
      });
      expect(r.exitCode, r.stdout).toBe(0);
      expect(r.outputs).toMatchObject({ result: 'promoted', mode: 'first-deploy' });
      const res = await fetch(`${r.outputs.url}/predict`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ precipitation: 0, temp_max: 12.8, temp_min: 5, wind: 4.7 }) });
      expect(res.status).toBe(200);
      const d = gh.state.deployments.at(-1)!;
      expect(d.environment).toBe('staging');
      expect(d.statuses.map((s) => s.state)).toEqual(['in_progress', 'success']);
      const metrics = JSON.parse(readFileSync(join(project, 'bundle', 'metrics.json'), 'utf8')) as Record<string, unknown>;
      expect(d.payload).toMatchObject({ kind: 'cd4ml-deploy', bundle: join(project, 'bundle'), bundleArtifact: 'model-bundle', runId: '4242', metrics });
    } finally {
      await runCli(['deploy', '--environment', 'staging', '--teardown'], { cwd: project });
    }
  }, 60_000);
});
