import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateQuery, evaluateSample, histogramQuantile, renderQuery, verdictOf } from '../../../src/deploy/analysis.js';
import { DirectReader, parsePromText, PrometheusClient, PrometheusReader } from '../../../src/deploy/metrics.js';
import { startProxy, type RunningProxy } from '../../../src/deploy/local/proxy.js';
import { startLoad } from '../../../src/deploy/load.js';
import { startPrometheus, type RunningPrometheus } from '../../helpers/prometheus.js';
import { startBackend, type TestBackend } from './backends.js';

describe('histogramQuantile', () => {
  // Values worked by hand with Prometheus's bucketQuantile (promql/quantile.go): linear
  // interpolation inside the bucket holding rank q*total; the +Inf bucket gives the highest finite bound.
  it.each([
    { name: 'all in the first bucket', q: 0.99, buckets: [[0.005, 100], [0.01, 100], [Infinity, 100]], expected: 0.00495 },
    { name: 'interpolated in (0.1, 0.25]', q: 0.99, buckets: [[0.05, 50], [0.1, 90], [0.25, 100], [Infinity, 100]], expected: 0.1 + 0.15 * (9 / 10) },
    { name: 'rank in +Inf', q: 0.99, buckets: [[0.1, 10], [0.5, 50], [Infinity, 100]], expected: 0.5 },
    { name: 'median', q: 0.5, buckets: [[1, 20], [2, 60], [Infinity, 60]], expected: 1 + (30 - 20) / 40 },
    { name: 'no observations', q: 0.99, buckets: [[0.1, 0], [Infinity, 0]], expected: undefined },
  ])('$name', ({ q, buckets, expected }) => {
    const got = histogramQuantile(q, buckets as [number, number][]);
    if (expected === undefined) expect(got).toBeUndefined();
    else expect(got).toBeCloseTo(expected, 9);
  });
});

describe('parsePromText', () => {
  it('reads counters and histogram buckets with escaped labels and +Inf', () => {
    const text = [
      '# HELP x_total a counter',
      '# TYPE x_total counter',
      'x_total{revision="r1",outcome="error"} 3',
      'x_total{revision="r\\"2",outcome="success"} 4.5',
      'h_bucket{le="+Inf",revision="r1"} 7',
      'plain 1e3',
    ].join('\n');
    expect(parsePromText(text)).toEqual([
      { name: 'x_total', labels: { revision: 'r1', outcome: 'error' }, value: 3 },
      { name: 'x_total', labels: { revision: 'r"2', outcome: 'success' }, value: 4.5 },
      { name: 'h_bucket', labels: { le: '+Inf', revision: 'r1' }, value: 7 },
      { name: 'plain', labels: {}, value: 1000 },
    ]);
  });
});

describe('evaluateSample / evaluateQuery', () => {
  const t = { minRequests: 10, maxErrorRate: 0.01, maxP99Ms: 500, maxErrorRateIncrease: 0.01, maxLatencyIncrease: 0.5 };
  it.each([
    { name: 'healthy', sample: { canary: { requests: 100, errors: 0, p99Ms: 50 }, stable: { requests: 100, errors: 0, p99Ms: 50 } }, verdict: 'pass' },
    { name: 'exactly at max-error-rate passes', sample: { canary: { requests: 100, errors: 1, p99Ms: 50 } }, verdict: 'pass' },
    { name: 'just over max-error-rate fails', sample: { canary: { requests: 100, errors: 2, p99Ms: 50 } }, verdict: 'fail' },
    { name: 'too few requests', sample: { canary: { requests: 9, errors: 0, p99Ms: 50 } }, verdict: 'inconclusive' },
    { name: 'no histogram', sample: { canary: { requests: 100, errors: 0 } }, verdict: 'inconclusive' },
    { name: 'stable too quiet to compare: absolute checks only', sample: { canary: { requests: 100, errors: 0, p99Ms: 400 }, stable: { requests: 2, errors: 0, p99Ms: 10 } }, verdict: 'pass' },
    { name: '4 ms slower on a 2 ms stable is bucket noise', sample: { canary: { requests: 100, errors: 0, p99Ms: 6 }, stable: { requests: 100, errors: 0, p99Ms: 2 } }, verdict: 'pass' },
    { name: '45 ms vs 28 ms (seen on a cold 2-core run) is under the 50 ms slack', sample: { canary: { requests: 100, errors: 0, p99Ms: 45 }, stable: { requests: 100, errors: 0, p99Ms: 28 } }, verdict: 'pass' },
    { name: '+60 ms and 2x stable is a regression', sample: { canary: { requests: 100, errors: 0, p99Ms: 120 }, stable: { requests: 100, errors: 0, p99Ms: 60 } }, verdict: 'fail' },
    { name: 'unavailable', sample: { canary: { requests: 0, errors: 0 }, unavailable: 'down' }, verdict: 'inconclusive' },
  ])('$name → $verdict', ({ sample, verdict }) => {
    expect(verdictOf(evaluateSample(sample, t))).toBe(verdict);
  });

  it.each([
    { value: 5, status: 'pass' },
    { value: 11, status: 'fail' },
    { value: 0.5, status: 'fail' },
    { value: undefined, status: 'inconclusive' },
    { value: Number.NaN, status: 'inconclusive' },
    { value: new Error('bad_data'), status: 'inconclusive' },
  ])('custom query value $value → $status', ({ value, status }) => {
    expect(evaluateQuery({ name: 'q', query: 'x', min: 1, max: 10 }, value).status).toBe(status);
  });

  it('renders placeholders', () => {
    expect(renderQuery('a{r="{{ canary }}",s="{{stable}}"}[{{window}}] {{environment}} {{other}}', { canary: 'c', stable: 's', window: '10s', environment: 'prod' })).toBe('a{r="c",s="s"}[10s] prod {{other}}');
  });
});

describe('metrics readers against the proxy and a real Prometheus', () => {
  let prom: RunningPrometheus;
  let proxy: RunningProxy;
  let stable: TestBackend;
  let canary: TestBackend;
  beforeAll(async () => {
    stable = await startBackend('stable');
    canary = await startBackend('canary', { failEvery: 5, delayMs: 20 });
    proxy = await startProxy({ port: 0, adminPort: 0, environment: 'test', routes: { stable: { id: 's1', url: stable.url }, canary: { id: 'c1', url: canary.url }, canaryPercent: 50 } });
    prom = await startPrometheus({ targets: [`127.0.0.1:${proxy.adminPort}`] });
  }, 60_000);
  afterAll(async () => {
    await prom?.stop();
    await proxy?.close();
    await stable?.close();
    await canary?.close();
  });

  it('reads requests, 5xx share and p99 per revision; no series is zero requests, not an error', async () => {
    expect(await prom.waitForTargets(1)).toBe(1);
    const load = startLoad({ url: `http://127.0.0.1:${proxy.port}`, bodies: ['{}'], rate: 100 });
    await new Promise((r) => setTimeout(r, 4500));
    const reader = new PrometheusReader(prom.url);
    const s = await reader.sample({ id: 'c1', artifact: '' }, { id: 's1', artifact: '' }, 3000);
    const stats = await load.stop();
    expect(s.unavailable).toBeUndefined();
    expect(s.canary.requests).toBeGreaterThan(80);
    expect(s.canary.errors / s.canary.requests).toBeGreaterThan(0.12);
    expect(s.canary.errors / s.canary.requests).toBeLessThan(0.28);
    expect(s.stable!.errors).toBe(0);
    // canary answers after 20 ms: its p99 is above the 10 ms bucket (the upper end depends on
    // how busy the shared 2-core machine is)
    expect(s.canary.p99Ms).toBeGreaterThan(10);
    expect(s.canary.p99Ms).toBeLessThanOrEqual(2500);
    expect(s.stable!.p99Ms).toBeGreaterThan(0);
    expect(stats.byRevision.c1.failed).toBeGreaterThan(0);
    const none = await reader.sample({ id: 'never-deployed', artifact: '' }, undefined, 3000);
    expect(none).toEqual({ canary: { requests: 0, errors: 0, p99Ms: undefined }, stable: undefined });
    expect(await reader.query('sum(cd4ml_proxy_requests_total{revision="nope"})')).toBeUndefined();
  });

  it('a query returning several series is an error that names the fix', async () => {
    await expect(new PrometheusClient(prom.url).query('cd4ml_proxy_requests_total')).rejects.toThrow('aggregate it with sum');
  });

  it('an unreachable Prometheus makes the sample unavailable (inconclusive), not a crash', async () => {
    const s = await new PrometheusReader('http://127.0.0.1:1').sample({ id: 'c1', artifact: '' }, undefined, 3000);
    expect(s.unavailable).toBeTruthy();
  });

  it('the direct reader analyses the difference between two scrapes', async () => {
    const reader = new DirectReader(`http://127.0.0.1:${proxy.adminPort}/metrics`);
    await reader.begin();
    for (let i = 0; i < 20; i++) await (await fetch(`http://127.0.0.1:${proxy.port}/`)).text();
    const s = await reader.sample({ id: 'c1', artifact: '' }, { id: 's1', artifact: '' });
    expect(s.canary.requests).toBe(10);
    expect(s.stable!.requests).toBe(10);
    expect(s.canary.errors).toBe(2);
    expect(s.canary.p99Ms).toBeGreaterThan(10);
  });
});
