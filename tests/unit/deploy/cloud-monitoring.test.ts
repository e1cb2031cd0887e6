/**
 * metrics-source cloud-monitoring: Cloud Run's built-in metrics read through Cloud Monitoring's
 * Prometheus API. Everything on the wire is real except Google itself:
 * - a REAL Prometheus (Debian) scrapes series under Cloud Run's PromQL metric and label names
 *   (tests/helpers/gcm-front.ts), driven by the traffic split the schema-validated Cloud Run
 *   stand-in (tests/helpers/cloud-run-server.ts) really serves;
 * - a front with the Cloud Monitoring URL layout checks project, path and bearer token, then
 *   proxies to that Prometheus, so the PromQL really runs;
 * - credentials go through google-auth-library: the workload-identity-federation file that
 *   google-github-actions/auth writes (GitHub OIDC JWT → STS → IAM Credentials, every JWT signed
 *   with an RSA key made here and verified by tests/helpers/google-token-server.ts), and a
 *   service-account key file (JWT-bearer grant, signed and verified).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GoogleAuth } from 'google-auth-library';
import { startCloudRunServer, type CloudRunServer } from '../../helpers/cloud-run-server.js';
import { startGoogleTokenServer, type GoogleTokenServer } from '../../helpers/google-token-server.js';
import { startCloudRunMetricsExporter, startGcmFront, type CloudRunMetricsExporter, type GcmFront } from '../../helpers/gcm-front.js';
import { startPrometheus, type RunningPrometheus } from '../../helpers/prometheus.js';
import { CloudMonitoringReader, CLOUD_RUN_QUERIES } from '../../../src/deploy/cloud-monitoring.js';
import { createCloudMonitoringReader, createRemoteProvider } from '../../../src/deploy/providers.js';
import { resolveDeploySettings, type DeployOverrides } from '../../../src/deploy/settings.js';
import { parseConfig } from '../../../src/config/load.js';
import { evaluateSample, verdictOf } from '../../../src/deploy/analysis.js';
import { runRollout } from '../../../src/deploy/controller.js';
import { systemClock } from '../../../src/deploy/deploy.js';
import { UsageError } from '../../../src/errors.js';
import { cloudMonitoringFetch } from '../../../src/cloud/google.js';
import { readPrometheusWindow } from '../../../src/monitor/sources.js';
import type { MetricsSample, Revision } from '../../../src/deploy/types.js';
import type { CloudRunProvider } from '../../../src/deploy/cloud-run.js';

const flag = (n: string) => `--${n}`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('metrics-source settings', () => {
  const base = { provider: 'cloud-run', image: 'reg/churn:v1', project: 'p1', region: 'europe-west1', service: 'churn' };
  it.each([
    { name: 'cloud-run without prometheus-url reads Cloud Monitoring, with the slow defaults', o: {}, source: 'cloud-monitoring', bake: 300_000, interval: 60_000, maxBake: 900_000 },
    { name: 'cloud-run with prometheus-url keeps Prometheus and its defaults', o: { 'prometheus-url': 'http://prom:9090' }, source: 'prometheus', bake: 60_000, interval: 10_000, maxBake: 180_000 },
    { name: 'given timings win over the source defaults', o: { bake: '20s', interval: '2s' }, source: 'cloud-monitoring', bake: 20_000, interval: 2_000, maxBake: 60_000 },
  ])('$name', ({ o, source, bake, interval, maxBake }) => {
    const s = resolveDeploySettings(undefined, { ...base, ...o } as DeployOverrides, flag);
    expect(s.metricsSource).toBe(source);
    expect(s.rollout).toMatchObject({ bakeMs: bake, intervalMs: interval, maxBakeMs: maxBake });
  });

  it('cd4ml.yml takes the same names', () => {
    const config = parseConfig(['deploy:', '  provider: cloud-run', '  metrics-source: cloud-monitoring', '  monitoring-endpoint: https://monitoring.googleapis.com', '  cloud-run-endpoint: https://europe-west1-run.googleapis.com'].join('\n'), 'cd4ml.yml');
    const s = resolveDeploySettings(config.deploy, { image: 'reg/churn:v1', project: 'p1', region: 'europe-west1', service: 'churn' }, flag);
    expect(s).toMatchObject({ metricsSource: 'cloud-monitoring', monitoringEndpoint: 'https://monitoring.googleapis.com', cloudRunEndpoint: 'https://europe-west1-run.googleapis.com' });
    expect(() => parseConfig('deploy:\n  metrics-source: datadog\n', 'cd4ml.yml')).toThrow(/metrics-source/);
  });

  it('local keeps its own default (no source named)', () => {
    expect(resolveDeploySettings(undefined, { bundle: 'b' }, flag).metricsSource).toBeUndefined();
  });

  it.each([
    { name: 'cloud-monitoring on kubernetes', o: { provider: 'kubernetes', service: 's', route: 'r', 'metrics-source': 'cloud-monitoring' }, error: 'use it with the cloud-run provider' },
    { name: 'both prometheus-url and cloud-monitoring', o: { 'metrics-source': 'cloud-monitoring', 'prometheus-url': 'http://p:9090' }, error: 'give either --prometheus-url or --metrics-source cloud-monitoring' },
    { name: 'prometheus without a URL', o: { 'metrics-source': 'prometheus' }, error: '--metrics-source prometheus needs --prometheus-url' },
    { name: 'unknown source', o: { 'metrics-source': 'stackdriver' }, error: '--metrics-source must be one of "prometheus", "cloud-monitoring"' },
    { name: 'endpoint with a path', o: { 'monitoring-endpoint': 'https://monitoring.googleapis.com/v1/projects/p1' }, error: '--monitoring-endpoint must be the API\'s base URL' },
    { name: 'kubernetes still needs Prometheus', o: { provider: 'kubernetes', service: 's', route: 'r' }, error: 'reads canary metrics from Prometheus' },
  ])('rejects $name', ({ o, error }) => {
    expect(() => resolveDeploySettings(undefined, { ...base, ...o } as DeployOverrides, flag)).toThrow(error);
  });

  it('the PromQL uses Cloud Run\'s metric and label names (promql-mapping: first "/" → ":", others → "_")', () => {
    expect(CLOUD_RUN_QUERIES.requests).toContain('run_googleapis_com:request_count{service_name="{{service}}",revision_name="{{revision}}",location="{{location}}"}');
    expect(CLOUD_RUN_QUERIES.errors).toContain('response_code_class="5xx"');
    expect(CLOUD_RUN_QUERIES.p99Seconds).toContain('run_googleapis_com:request_latencies_bucket');
    expect(CLOUD_RUN_QUERIES.p99Seconds).toMatch(/\/ 1000$/); // request_latencies is in ms
  });
});

describe('Cloud Monitoring reader on a real Prometheus behind a Cloud Monitoring front', () => {
  let cloudRun: CloudRunServer;
  let tokens: GoogleTokenServer;
  let exporter: CloudRunMetricsExporter;
  let prom: RunningPrometheus;
  let front: GcmFront;
  let dir: string;
  let wifFile: string;
  const savedCreds = process.env.GOOGLE_APPLICATION_CREDENTIALS;

  beforeAll(async () => {
    cloudRun = await startCloudRunServer();
    tokens = await startGoogleTokenServer();
    // Besides Cloud Run's series, the serving runtime's own (as the Managed Service for Prometheus
    // sidecar would write them): predictions and one feature's bins, growing with time.
    const t0 = Date.now();
    exporter = await startCloudRunMetricsExporter({
      cloudRun,
      ratePerSecond: 100,
      extra: () => {
        const n = Math.floor((Date.now() - t0) / 10);
        return [
          '# TYPE cd4ml_predictions_total counter',
          `cd4ml_predictions_total{namespace="churn-model",class="rain"} ${n}`,
          `cd4ml_predictions_total{namespace="churn-model",class="sun"} ${3 * n}`,
          '# TYPE cd4ml_feature_bin_total counter',
          `cd4ml_feature_bin_total{namespace="churn-model",feature="temp_max",bin="0"} ${n}`,
          `cd4ml_feature_bin_total{namespace="churn-model",feature="temp_max",bin="1"} ${3 * n}`,
          '# TYPE cd4ml_feature_bin_upper gauge',
          `cd4ml_feature_bin_upper{namespace="churn-model",feature="temp_max",bin="0"} 10`,
          `cd4ml_feature_bin_upper{namespace="churn-model",feature="temp_max",bin="1"} +Inf`,
          '',
        ].join('\n');
      },
    });
    prom = await startPrometheus({ targets: [exporter.target], scrapeIntervalSeconds: 0.5 });
    front = await startGcmFront({ prometheusUrl: prom.url, project: 'p1', isValidToken: (t) => tokens.isValid(t) });
    dir = mkdtempSync(join(tmpdir(), 'cd4ml-gcm-'));
    wifFile = join(dir, 'gha-creds-wif.json');
    writeFileSync(wifFile, JSON.stringify(tokens.externalAccountFile()));
    process.env.GOOGLE_APPLICATION_CREDENTIALS = wifFile;
  }, 60_000);
  afterAll(async () => {
    if (savedCreds === undefined) delete process.env.GOOGLE_APPLICATION_CREDENTIALS;
    else process.env.GOOGLE_APPLICATION_CREDENTIALS = savedCreds;
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

  const settingsFor = (service: string, o: DeployOverrides = {}) =>
    resolveDeploySettings(
      undefined,
      { provider: 'cloud-run', image: 'reg/churn:v1', project: 'p1', region: 'europe-west1', service, 'monitoring-endpoint': front.url, 'cloud-run-endpoint': cloudRun.url, ...o },
      flag,
    );

  /** Sample until the canary has `n` requests in Prometheus (Prometheus needs two scrapes for increase()). */
  async function sampleUntil(reader: CloudMonitoringReader, canary: Revision, stable: Revision | undefined, n: number): Promise<MetricsSample> {
    const end = Date.now() + 20_000;
    let s: MetricsSample;
    do {
      s = await reader.sample(canary, stable, 2000);
      if (!s.unavailable && s.canary.requests >= n && (!stable || (s.stable?.requests ?? 0) >= n)) return s;
      await sleep(300);
    } while (Date.now() < end);
    return s;
  }

  it('workload identity federation (google-github-actions/auth file) → healthy stable passes, failing canary fails on error rate', async () => {
    const seen: string[] = [];
    const s = settingsFor('churn-a');
    const provider = (await createRemoteProvider(s, () => undefined, {})) as CloudRunProvider;
    await provider.launch({ kind: 'image', ref: 'reg/churn:v1' });
    const stable = (await provider.current())!;
    const canary = await provider.launch({ kind: 'image', ref: 'reg/churn:bad' });
    await provider.setTraffic(stable, canary, 50);

    const reader = await createCloudMonitoringReader(s, { onToken: (t) => seen.push(t) });
    await reader.preflight();
    const sample = await sampleUntil(reader, canary, stable, 50);
    expect(sample.unavailable).toBeUndefined();
    // What the exporter really produced bounds what the PromQL returned.
    const produced = exporter.counts();
    expect(sample.stable!.requests).toBeLessThanOrEqual(produced.get(stable.id)!.ok + 5);
    expect(sample.stable!.errors).toBe(0);
    expect(sample.canary.errors / sample.canary.requests).toBeGreaterThan(0.1);
    expect(sample.canary.errors / sample.canary.requests).toBeLessThan(0.3);
    // 20 ms requests fall in the (10, 25] ms bucket: histogram_quantile interpolates 10 + 15 × 0.99.
    expect(sample.stable!.p99Ms).toBeCloseTo(24.85, 1);
    expect(sample.newestSampleAgeMs).toBeGreaterThanOrEqual(0);
    expect(sample.newestSampleAgeMs).toBeLessThan(5000);

    const thresholds = { minRequests: 20, maxErrorRate: 0.01, maxP99Ms: 500, maxErrorRateIncrease: 0.01, maxLatencyIncrease: 0.5 };
    expect(verdictOf(evaluateSample({ canary: sample.stable! }, thresholds))).toBe('pass');
    const checks = evaluateSample(sample, thresholds);
    expect(checks.find((c) => c.name === 'error-rate')?.status).toBe('fail');
    expect(checks.find((c) => c.name === 'error-rate-vs-stable')?.status).toBe('fail');

    // The front saw Cloud Run's PromQL for both revisions, every request with a valid token.
    const queries = front.requests.filter((r) => r.api === 'query');
    expect(queries.every((r) => r.auth === 'valid' && r.project === 'p1' && r.status === 200)).toBe(true);
    expect(queries.some((r) => r.query?.includes(`revision_name="${canary.id}"`) && r.query.includes('response_code_class="5xx"'))).toBe(true);
    expect(queries.some((r) => r.query?.includes(`revision_name="${stable.id}"`) && r.query.includes('run_googleapis_com:request_latencies_bucket'))).toBe(true);
    // The whole federation chain ran and was verified: OIDC JWT → STS → IAM Credentials.
    expect(tokens.log.filter((l) => l.ok).map((l) => l.endpoint)).toEqual(expect.arrayContaining(['oidc', 'sts', 'iam']));
    expect(tokens.log.filter((l) => !l.ok)).toEqual([]);
    // The token was handed over for masking, and it is the one the front accepted.
    expect(seen.length).toBeGreaterThanOrEqual(1);
    expect(tokens.isValid(seen[0])).toBe(true);
    expect(reader.source).not.toContain(seen[0]);
    expect(reader.source).toContain('cloud-monitoring projects/p1');
    expect(reader.source).toMatch(/newest canary sample \d+ s old/);
  }, 60_000);

  it('no data yet for a revision (launched, no traffic) is inconclusive, never a pass', async () => {
    const reader = await createCloudMonitoringReader(settingsFor('churn-a'), {});
    const s = await reader.sample({ id: 'churn-a-cd4ml-never', artifact: 'x' }, undefined, 2000);
    expect(s.unavailable).toContain('no data yet');
    expect(s.newestSampleAgeMs).toBeUndefined();
    expect(verdictOf(evaluateSample(s, { minRequests: 1, maxErrorRate: 0.01, maxP99Ms: 500, maxErrorRateIncrease: 0.01, maxLatencyIncrease: 0.5 }))).toBe('inconclusive');
  });

  it('403: names roles/monitoring.viewer and the project; preflight stops as a usage error', async () => {
    const reader = await createCloudMonitoringReader(settingsFor('churn-a', { project: 'p2' }), {});
    const err = await reader.preflight().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UsageError);
    expect((err as Error).message).toContain('grant the workflow\'s identity roles/monitoring.viewer on project "p2"');
    expect((err as Error).message).toContain('PERMISSION_DENIED');
    const s = await reader.sample({ id: 'x', artifact: 'x' }, undefined, 2000);
    expect(s.unavailable).toContain('roles/monitoring.viewer');
    expect(front.requests.filter((r) => r.project === 'p2').every((r) => r.status === 403)).toBe(true);
  });

  it('a token the API does not accept: 401, and the token is not in the message', async () => {
    const forged = 'ya29.forged-token-value';
    const reader = new CloudMonitoringReader({ project: 'p1', service: 'churn-a', location: 'europe-west1', endpoint: front.url, token: async () => forged });
    const s = await reader.sample({ id: 'x', artifact: 'x' }, undefined, 2000);
    expect(s.unavailable).toContain('401');
    expect(s.unavailable).not.toContain(forged);
    expect(front.requests.at(-1)).toMatchObject({ auth: 'invalid', status: 401 });
  });

  it('no credentials at all: the message says to run google-github-actions/auth', async () => {
    const reader = new CloudMonitoringReader({ project: 'p1', service: 'churn-a', location: 'europe-west1', endpoint: front.url, token: async () => Promise.reject(new Error('Could not load the default credentials')) });
    await expect(reader.preflight()).rejects.toThrow('run google-github-actions/auth before this step');
  });

  it('workload identity federation refuses another repository (attribute condition) → no token, clear error', async () => {
    tokens.allowedRepository = 'someone-else/fork';
    try {
      // A fresh credentials file: a new GoogleAuth, no cached token.
      const reader = await createCloudMonitoringReader(settingsFor('churn-a'), {});
      await expect(reader.preflight()).rejects.toThrow(/no Google Cloud credentials for Cloud Monitoring/);
      expect(tokens.log.at(-1)).toMatchObject({ endpoint: 'sts', ok: false });
      expect(tokens.log.at(-1)!.detail).toContain('attribute condition');
    } finally {
      tokens.allowedRepository = 'octo-org/churn-model';
    }
  });

  it('service-account key file: the JWT-bearer grant is signed with the key and verified before a token is issued', async () => {
    const keyFile = join(dir, 'gha-creds-key.json');
    writeFileSync(keyFile, JSON.stringify(tokens.serviceAccountKeyFile()));
    // google-auth-library 11 posts a key's grant to https://oauth2.googleapis.com/token whatever
    // the file's token_uri says; the transporter sends that one request to the local endpoint.
    const redirect = async (a: GoogleAuth) => {
      const client = await a.getClient();
      client.transporter.interceptors.request.add({
        resolved: async (cfg) => {
          if (String(cfg.url) === 'https://oauth2.googleapis.com/token') cfg.url = new URL(`${tokens.url}/token`);
          return cfg;
        },
      });
      return a;
    };
    const auth = await redirect(new GoogleAuth({ keyFile, scopes: ['https://www.googleapis.com/auth/cloud-platform'] }));
    const before = tokens.log.length;
    const reader = new CloudMonitoringReader({ project: 'p1', service: 'churn-a', location: 'europe-west1', endpoint: front.url, token: async () => (await auth.getAccessToken())! });
    await reader.preflight();
    expect(tokens.log.slice(before)).toEqual([expect.objectContaining({ endpoint: 'jwt-bearer', ok: true, detail: 'scope https://www.googleapis.com/auth/cloud-platform' })]);

    // A key the service account does not have: the signature does not verify, no token.
    const other = { ...tokens.serviceAccountKeyFile() };
    const { generateKeyPairSync } = await import('node:crypto');
    other.private_key = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    const badFile = join(dir, 'gha-creds-bad.json');
    writeFileSync(badFile, JSON.stringify(other));
    const bad = await redirect(new GoogleAuth({ keyFile: badFile, scopes: ['https://www.googleapis.com/auth/cloud-platform'] }));
    await expect(bad.getAccessToken()).rejects.toThrow();
    expect(tokens.log.at(-1)).toMatchObject({ endpoint: 'jwt-bearer', ok: false, detail: 'assertion: signature does not verify' });
  });

  it('monitor reads the model\'s own live metrics through the same Cloud Monitoring Prometheus API, with ADC', async () => {
    const url = `${front.url}/v1/projects/p1/location/global/prometheus`;
    const seen: string[] = [];
    const fetchImpl = await cloudMonitoringFetch(url, (t) => seen.push(t));
    expect(fetchImpl).toBeDefined();
    expect(await cloudMonitoringFetch('http://prometheus:9090')).toBeUndefined(); // plain Prometheus: no token
    await sleep(1500); // two scrapes of the growing series
    const end = Date.now();
    const w = await readPrometheusWindow({ url, selector: 'namespace="churn-model"', window: { start: end - 60_000, end }, fetchImpl }, 'classification');
    expect(w.rows).toBeGreaterThan(0);
    expect(w.predictions!.counts.sun).toBeGreaterThan(w.predictions!.counts.rain);
    expect(w.features.map((f) => f.name)).toEqual(['temp_max']);
    expect(front.requests.some((r) => r.query?.includes('cd4ml_feature_bin_total{namespace="churn-model"}') && r.auth === 'valid' && r.status === 200)).toBe(true);
    expect(seen.length).toBeGreaterThanOrEqual(1);
    // Without roles/monitoring.viewer on the project: a usage error that names the role.
    const denied = `${front.url}/v1/projects/p2/location/global/prometheus`;
    await expect(readPrometheusWindow({ url: denied, window: { start: end - 60_000, end }, fetchImpl: await cloudMonitoringFetch(denied) }, 'classification')).rejects.toThrow(/roles\/monitoring\.viewer on project "p2"/);
  });

  describe('a rollout on the Cloud Run stand-in, analysed from Cloud Monitoring', () => {
    const short: DeployOverrides = { steps: '20,50,100', bake: '3s', interval: '1s', 'max-bake': '20s', 'min-requests': '10', 'ready-timeout': '5s' };

    async function rollout(service: string, image: string) {
      const s = settingsFor(service, short);
      const provider = await createRemoteProvider(s, () => undefined, {});
      const first = await runRollout({ kind: 'image', ref: `reg/${service}:v1` }, { provider, metrics: await createCloudMonitoringReader(s, {}), clock: systemClock }, s.rollout);
      expect(first).toMatchObject({ result: 'promoted', mode: 'first-deploy' });
      const reader = await createCloudMonitoringReader(s, {});
      const log: string[] = [];
      const report = await runRollout({ kind: 'image', ref: image }, { provider, metrics: reader, clock: systemClock, log: (m) => log.push(m) }, s.rollout);
      return { report, log, provider, stable: first.canary };
    }

    it('a healthy revision is promoted: every step passed on Cloud Run metrics', async () => {
      const { report } = await rollout('churn-ok', 'reg/churn-ok:v2');
      expect(report).toMatchObject({ result: 'promoted', mode: 'canary', verified: true });
      expect(report.finalWeights).toMatchObject({ stable: report.canary.id, stablePercent: 100 });
      const passed = report.analyses.filter((a) => a.verdict === 'pass');
      expect(new Set(passed.map((a) => a.weight))).toEqual(new Set([20, 50, 100]));
      expect(passed.every((a) => a.sample.canary.errors === 0 && a.sample.canary.requests >= 10)).toBe(true);
      expect(report.metricsSource).toMatch(/^cloud-monitoring projects\/p1 .*newest canary sample \d+ s old/);
      const svc = cloudRun.services.get('projects/p1/locations/europe-west1/services/churn-ok')!;
      expect((svc.traffic as { revision: string; percent: number }[]).map((t) => [t.revision, t.percent])).toEqual([[report.canary.id, 100]]);
    }, 90_000);

    it('no Cloud Run data for the canary: inconclusive, the bake is extended, then the rollout is aborted (never promoted blind)', async () => {
      const s = settingsFor('churn-quiet', { ...short, 'max-bake': '5s' });
      const provider = await createRemoteProvider(s, () => undefined, {});
      const first = await runRollout({ kind: 'image', ref: 'reg/churn-quiet:v1' }, { provider, metrics: await createCloudMonitoringReader(s, {}), clock: systemClock }, s.rollout);
      expect(first.result).toBe('promoted');
      exporter.pause(true); // Cloud Run's points stop arriving
      try {
        const log: string[] = [];
        const report = await runRollout({ kind: 'image', ref: 'reg/churn-quiet:v2' }, { provider, metrics: await createCloudMonitoringReader(s, {}), clock: systemClock, log: (m) => log.push(m) }, s.rollout);
        expect(report).toMatchObject({ result: 'aborted', verified: true });
        expect(report.reason).toMatch(/stayed inconclusive at 20% for \d+s \(max-bake 5s\)/);
        expect(report.analyses.length).toBeGreaterThanOrEqual(3);
        expect(report.analyses.every((a) => a.verdict === 'inconclusive' && a.checks[0].detail.includes('no data yet'))).toBe(true);
        expect(log.some((m) => m.includes('bake extended at 20%'))).toBe(true);
        expect(report.finalWeights).toMatchObject({ stable: first.canary.id, stablePercent: 100 });
      } finally {
        exporter.pause(false);
      }
    }, 90_000);

    it('a failing revision (20% 5xx) is rolled back at the first step, 100% on stable verified', async () => {
      const { report, stable } = await rollout('churn-bad', 'reg/churn-bad:bad');
      expect(report).toMatchObject({ result: 'rolled-back', verified: true });
      expect(report.reason).toMatch(/analysis failed at 20%.*error-rate/);
      expect(report.finalWeights).toMatchObject({ stable: stable.id, stablePercent: 100 });
      const failed = report.analyses.find((a) => a.verdict === 'fail')!;
      expect(failed.sample.canary.errors).toBeGreaterThan(0);
      expect(failed.sample.newestSampleAgeMs).toBeLessThan(5000);
      expect(report.analyses.some((a) => a.weight > 20)).toBe(false);
      const svc = cloudRun.services.get('projects/p1/locations/europe-west1/services/churn-bad')!;
      expect((svc.traffic as { revision: string; percent: number }[]).map((t) => [t.revision, t.percent])).toEqual([[stable.id, 100]]);
    }, 90_000);
  });
});
