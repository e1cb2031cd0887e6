/**
 * The built deploy-canary bundle on the cloud-run provider with its default metrics source,
 * cloud-monitoring, as a workflow runs it after google-github-actions/auth (workload identity
 * federation): GOOGLE_APPLICATION_CREDENTIALS names an external_account file whose GitHub OIDC
 * token, STS exchange and impersonation go to tests/helpers/google-token-server.ts (RS256 JWTs
 * signed and verified there). The Cloud Run Admin API is the schema-validated stand-in; Cloud
 * Monitoring is a front (project, path and bearer token checked) over a REAL Prometheus that
 * scrapes Cloud Run's series under their PromQL names, split by the traffic the stand-in serves.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runAction } from '../helpers/run-action.js';
import { ROOT } from '../helpers/paths.js';
import { startCloudRunServer, type CloudRunServer } from '../helpers/cloud-run-server.js';
import { startGoogleTokenServer, type GoogleTokenServer } from '../helpers/google-token-server.js';
import { startCloudRunMetricsExporter, startGcmFront, type CloudRunMetricsExporter, type GcmFront } from '../helpers/gcm-front.js';
import { startPrometheus, type RunningPrometheus } from '../helpers/prometheus.js';

const NODE24 = join(ROOT, 'node_modules/.bin/node');
let cloudRun: CloudRunServer;
let tokens: GoogleTokenServer;
let exporter: CloudRunMetricsExporter;
let prom: RunningPrometheus;
let front: GcmFront;
let credentials: string;

beforeAll(async () => {
  cloudRun = await startCloudRunServer();
  tokens = await startGoogleTokenServer();
  exporter = await startCloudRunMetricsExporter({ cloudRun, ratePerSecond: 100 });
  prom = await startPrometheus({ targets: [exporter.target], scrapeIntervalSeconds: 0.5 });
  front = await startGcmFront({ prometheusUrl: prom.url, project: 'p1', isValidToken: (t) => tokens.isValid(t) });
  credentials = join(mkdtempSync(join(tmpdir(), 'cd4ml-gha-creds-')), 'gha-creds-0123.json');
  writeFileSync(credentials, JSON.stringify(tokens.externalAccountFile()));
}, 60_000);
afterAll(async () => {
  await front?.close();
  await prom?.stop();
  await exporter?.close();
  await tokens?.close();
  await cloudRun?.close();
});
afterEach(() => {
  expect(cloudRun.violations).toEqual([]);
  expect(front.violations).toEqual([]);
});

const inputs = {
  provider: 'cloud-run',
  project: 'p1',
  region: 'europe-west1',
  service: 'churn',
  steps: '50,100',
  bake: '2s',
  interval: '1s',
  'max-bake': '12s',
  'min-requests': '10',
  'ready-timeout': '5s',
};

function run(extra: Record<string, string>) {
  return runAction('deploy-canary', {
    node: NODE24,
    inputs: { ...inputs, 'monitoring-endpoint': front.url, 'cloud-run-endpoint': cloudRun.url, ...extra },
    env: { GOOGLE_APPLICATION_CREDENTIALS: credentials, GOOGLE_CLOUD_PROJECT: 'p1' },
    timeoutMs: 90_000,
  });
}

const traffic = (service: string) =>
  ((cloudRun.services.get(`projects/p1/locations/europe-west1/services/${service}`)?.traffic as { revision: string; percent: number }[] | undefined) ?? []).map((t) => [t.revision, t.percent]);

describe('deploy-canary action: cloud-run with metrics from Cloud Monitoring', () => {
  it('first deployment, a healthy canary promoted, a failing one rolled back — tokens masked, sources and sample ages reported', async () => {
    expect(await prom.waitForTargets(1)).toBe(1);
    const first = await run({ image: 'europe-docker.pkg.dev/p1/models/churn:v1' });
    expect(first.exitCode, first.stdout).toBe(0);
    expect(first.outputs).toMatchObject({ result: 'promoted', mode: 'first-deploy', url: 'https://churn-xyz-ew.a.run.app' });
    const v1 = traffic('churn')[0][0] as string;

    const good = await run({ image: 'europe-docker.pkg.dev/p1/models/churn:v2' });
    expect(good.exitCode, good.stdout).toBe(0);
    expect(good.outputs).toMatchObject({ result: 'promoted', mode: 'canary' });
    const v2 = traffic('churn')[0][0] as string;
    expect(v2).not.toBe(v1);
    expect(traffic('churn')).toEqual([[v2, 100]]);
    expect(good.stdout).toContain('canary metrics: cloud-monitoring projects/p1');
    expect(good.stdout).toContain('analysis every 1s, 2s a step');
    // The test's 1 s interval is below Cloud Run's sampling period: the run says so.
    expect(good.commands.some((c) => c.command === 'warning' && c.message.includes("shorter than Cloud Run's 60 s metric sampling"))).toBe(true);
    const report = JSON.parse(readFileSync(good.outputs['report-path'], 'utf8')) as { metricsSource: string; analyses: { weight: number; verdict: string; sample: { canary: { requests: number; errors: number }; newestSampleAgeMs?: number } }[] };
    expect(report.metricsSource).toMatch(/^cloud-monitoring projects\/p1 .*newest canary sample \d+ s old at the last analysis/);
    const passed = report.analyses.filter((a) => a.verdict === 'pass');
    expect(new Set(passed.map((a) => a.weight))).toEqual(new Set([50, 100]));
    expect(passed.every((a) => a.sample.canary.requests >= 10 && a.sample.canary.errors === 0 && typeof a.sample.newestSampleAgeMs === 'number')).toBe(true);
    expect(good.summary).toMatch(/\| metrics \| cloud-monitoring projects\/p1 .*newest canary sample \d+ s old/);

    // Every token the run used was masked before use and never printed otherwise.
    const masked = good.commands.filter((c) => c.command === 'add-mask').map((c) => c.message);
    expect(masked.length).toBeGreaterThanOrEqual(1);
    for (const t of masked) {
      expect(tokens.issued.has(t)).toBe(true);
      const elsewhere = good.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::'));
      expect(elsewhere.join('\n')).not.toContain(t); // only inside ::add-mask::
      expect(good.summary).not.toContain(t);
      expect(readFileSync(good.outputs['report-path'], 'utf8')).not.toContain(t);
    }
    // The Cloud Run client and the Cloud Monitoring reader shared the credentials: both sides saw valid tokens.
    expect(front.requests.filter((r) => r.project === 'p1').every((r) => r.auth === 'valid')).toBe(true);
    expect(front.requests.some((r) => r.query?.includes(`revision_name="${v2}"`))).toBe(true);

    const bad = await run({ image: 'europe-docker.pkg.dev/p1/models/churn:bad' });
    expect(bad.exitCode, bad.stdout).toBe(1);
    expect(bad.outputs.result).toBe('rolled-back');
    expect(bad.stdout).toMatch(/analysis failed at 50%.*error-rate/);
    expect(traffic('churn')).toEqual([[v2, 100]]);
    expect(bad.summary).toContain('cloud-monitoring projects/p1');
  }, 180_000);

  it('a missing roles/monitoring.viewer stops before anything is launched (exit 2, names the role and project)', async () => {
    const before = cloudRun.calls.length;
    const r = await run({ image: 'europe-docker.pkg.dev/p2/models/churn:v1', project: 'p2' });
    expect(r.exitCode, r.stdout).toBe(2);
    expect(r.stdout).toContain('grant the workflow\'s identity roles/monitoring.viewer on project "p2"');
    expect(cloudRun.calls.slice(before)).toEqual([]);
    expect(front.requests.filter((x) => x.project === 'p2').map((x) => x.status)).toEqual([403]);
  }, 60_000);

  it('without credentials: exit 2 saying to run google-github-actions/auth', async () => {
    const r = await runAction('deploy-canary', {
      node: NODE24,
      inputs: { ...inputs, image: 'europe-docker.pkg.dev/p1/models/churn:v3', 'monitoring-endpoint': front.url, 'cloud-run-endpoint': cloudRun.url },
      env: { GOOGLE_APPLICATION_CREDENTIALS: join(tmpdir(), 'no-such-gha-creds.json'), GOOGLE_CLOUD_PROJECT: 'p1' },
      timeoutMs: 60_000,
    });
    expect(r.exitCode, r.stdout).toBe(2);
    expect(r.stdout).toContain('google-github-actions/auth');
  }, 60_000);
});
