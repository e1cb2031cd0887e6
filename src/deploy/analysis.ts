/**
 * One canary analysis: turn a metrics sample (and custom query values) into named checks and a
 * verdict. Too little traffic or a metrics source that returns nothing is *inconclusive*, never
 * a pass and never a crash (the complaint behind Flagger #1035 and Argo Rollouts #1466/#1905).
 */
import type { CheckResult, CheckStatus, CustomQuery, MetricsSample, Thresholds } from './types.js';

/** Smallest p99 difference (ms) that the comparison against stable treats as a regression. */
export const LATENCY_SLACK_MS = 50;

const pct = (x: number) => `${(x * 100).toFixed(2)}%`;
const ms = (x: number) => `${Math.round(x)} ms`;

export function errorRate(s: { requests: number; errors: number }): number {
  return s.requests === 0 ? 0 : s.errors / s.requests;
}

/** Checks on the canary and against stable. */
export function evaluateSample(sample: MetricsSample, t: Thresholds): CheckResult[] {
  if (sample.unavailable) {
    return [{ name: 'metrics', status: 'inconclusive', detail: `metrics unavailable: ${sample.unavailable}` }];
  }
  const { canary, stable } = sample;
  const checks: CheckResult[] = [];
  if (canary.requests < t.minRequests) {
    checks.push({
      name: 'request-count',
      status: 'inconclusive',
      value: canary.requests,
      threshold: `>= ${t.minRequests}`,
      detail: `canary served ${canary.requests} requests, fewer than min-requests ${t.minRequests}: too little traffic to judge`,
    });
    // A burst of errors is conclusive even on little traffic: more errors than the whole
    // allowance of min-requests at max-error-rate fails now instead of waiting for more victims.
    if (canary.errors > 0 && canary.errors >= Math.max(1, Math.ceil(t.minRequests * t.maxErrorRate)) && errorRate(canary) > t.maxErrorRate) {
      checks.push({
        name: 'error-rate',
        status: 'fail',
        value: errorRate(canary),
        threshold: `<= ${pct(t.maxErrorRate)}`,
        detail: `canary answered ${canary.errors} of ${canary.requests} requests with 5xx (${pct(errorRate(canary))})`,
      });
    }
    return checks;
  }
  checks.push({ name: 'request-count', status: 'pass', value: canary.requests, threshold: `>= ${t.minRequests}`, detail: `${canary.requests} canary requests` });
  const rate = errorRate(canary);
  checks.push({
    name: 'error-rate',
    status: rate <= t.maxErrorRate ? 'pass' : 'fail',
    value: rate,
    threshold: `<= ${pct(t.maxErrorRate)}`,
    detail: `canary 5xx share ${pct(rate)} (${canary.errors}/${canary.requests})`,
  });
  if (canary.p99Ms === undefined) {
    checks.push({ name: 'latency-p99', status: 'inconclusive', threshold: `<= ${ms(t.maxP99Ms)}`, detail: 'no latency histogram for the canary' });
  } else {
    checks.push({
      name: 'latency-p99',
      status: canary.p99Ms <= t.maxP99Ms ? 'pass' : 'fail',
      value: canary.p99Ms,
      threshold: `<= ${ms(t.maxP99Ms)}`,
      detail: `canary p99 ${ms(canary.p99Ms)}`,
    });
  }
  // Against stable: only when stable had enough traffic of its own to compare with.
  if (stable && stable.requests >= t.minRequests) {
    const sRate = errorRate(stable);
    checks.push({
      name: 'error-rate-vs-stable',
      status: rate - sRate <= t.maxErrorRateIncrease ? 'pass' : 'fail',
      value: rate - sRate,
      threshold: `<= +${pct(t.maxErrorRateIncrease)}`,
      detail: `canary ${pct(rate)} vs stable ${pct(sRate)}`,
    });
    if (canary.p99Ms !== undefined && stable.p99Ms !== undefined) {
      const limit = stable.p99Ms * (1 + t.maxLatencyIncrease);
      // p99 from histogram buckets over a short window is coarse (buckets 10/25/50 ms, a few
      // requests decide it): differences under LATENCY_SLACK_MS are noise, not a regression.
      const ok = canary.p99Ms <= limit || canary.p99Ms - stable.p99Ms <= LATENCY_SLACK_MS;
      checks.push({
        name: 'latency-vs-stable',
        status: ok ? 'pass' : 'fail',
        value: canary.p99Ms / Math.max(stable.p99Ms, 1e-9),
        threshold: `<= ${(1 + t.maxLatencyIncrease).toFixed(2)}x stable or +${LATENCY_SLACK_MS} ms`,
        detail: `canary p99 ${ms(canary.p99Ms)} vs stable ${ms(stable.p99Ms)}`,
      });
    }
  }
  return checks;
}

/** A custom query's check; `value` undefined means the query returned no series. */
export function evaluateQuery(q: CustomQuery, value: number | undefined | Error): CheckResult {
  const bounds = [q.min !== undefined ? `>= ${q.min}` : '', q.max !== undefined ? `<= ${q.max}` : ''].filter(Boolean).join(' and ');
  if (value instanceof Error) return { name: q.name, status: 'inconclusive', threshold: bounds, detail: `query failed: ${value.message}` };
  if (value === undefined || Number.isNaN(value)) {
    return { name: q.name, status: 'inconclusive', threshold: bounds, detail: 'no values found for the query (treated as inconclusive)' };
  }
  const ok = (q.min === undefined || value >= q.min) && (q.max === undefined || value <= q.max);
  return { name: q.name, status: ok ? 'pass' : 'fail', value, threshold: bounds, detail: `${q.name} = ${value}` };
}

/** Any failed check fails; otherwise any inconclusive check makes the whole analysis inconclusive. */
export function verdictOf(checks: CheckResult[]): CheckStatus {
  if (checks.some((c) => c.status === 'fail')) return 'fail';
  if (checks.some((c) => c.status === 'inconclusive')) return 'inconclusive';
  return 'pass';
}

/** Substitute {{canary}}, {{stable}}, {{window}}, {{environment}} in a custom PromQL query. */
export function renderQuery(query: string, vars: { canary: string; stable: string; window: string; environment: string }): string {
  return query.replace(/\{\{\s*(canary|stable|window|environment)\s*\}\}/g, (_, k: keyof typeof vars) => vars[k]);
}

/** Prometheus range duration for a window in ms, at least 1s, e.g. "10s". */
export function promDuration(windowMs: number): string {
  return `${Math.max(1, Math.round(windowMs / 1000))}s`;
}

/**
 * p99 (or any quantile) from cumulative histogram buckets, interpolated linearly inside the
 * bucket the way Prometheus's histogram_quantile does. `buckets` are [upperBound, cumulativeCount]
 * sorted by bound, the last being +Inf. Returns undefined without observations.
 */
export function histogramQuantile(q: number, buckets: [number, number][]): number | undefined {
  if (buckets.length === 0) return undefined;
  const sorted = [...buckets].sort((a, b) => a[0] - b[0]);
  const total = sorted[sorted.length - 1][1];
  if (!(total > 0)) return undefined;
  const rank = q * total;
  let prevBound = 0;
  let prevCount = 0;
  for (const [bound, count] of sorted) {
    if (count >= rank) {
      if (bound === Infinity) return prevBound; // like Prometheus: the highest finite bound
      if (count === prevCount) return bound;
      return prevBound + ((bound - prevBound) * (rank - prevCount)) / (count - prevCount);
    }
    prevBound = bound;
    prevCount = count;
  }
  return prevBound;
}
