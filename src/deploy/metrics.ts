/**
 * Metrics readers for the analysis:
 * - PrometheusReader: Prometheus's HTTP API (GET /api/v1/query). An empty result ("no values
 *   found") is zero requests → inconclusive, never an error; an unreachable Prometheus makes the
 *   analysis inconclusive with the reason.
 * - DirectReader: reads a Prometheus text endpoint (the local proxy's /metrics) itself, keeps the
 *   previous scrape and analyses the difference, for machines without Prometheus.
 * Both read the same series: cd4ml_proxy_requests_total{revision,outcome} and
 * cd4ml_proxy_request_duration_seconds_bucket{revision,le} (see ./local/proxy.ts). Other
 * metric names are given as query templates.
 */
import { histogramQuantile, promDuration } from './analysis.js';
import type { MetricsReader, MetricsSample, Revision, RevisionSample } from './types.js';

export interface QueryTemplates {
  /** Requests in the window; {{revision}} and {{window}} are substituted. */
  requests: string;
  /** 5xx answers in the window. */
  errors: string;
  /** p99 latency in seconds. */
  p99Seconds: string;
}

export const PROXY_QUERIES: QueryTemplates = {
  requests: 'sum(increase(cd4ml_proxy_requests_total{revision="{{revision}}"}[{{window}}]))',
  errors: 'sum(increase(cd4ml_proxy_requests_total{revision="{{revision}}",outcome="error"}[{{window}}]))',
  p99Seconds: 'histogram_quantile(0.99, sum by (le) (rate(cd4ml_proxy_request_duration_seconds_bucket{revision="{{revision}}"}[{{window}}])))',
};

/**
 * The inference routes of the serving runtime (src/serve/): `/predict`, the Open Inference
 * Protocol REST infer (`/v2/models/{name}[/versions/{version}]/infer`, one route label) and the
 * gRPC ModelInfer RPC. A PromQL regex (RE2, fully anchored); braces as classes so RE2 takes them
 * literally.
 */
export const INFERENCE_ROUTES = '/predict|/v2/models/[{]name[}]/infer|/inference[.]GRPCInferenceService/ModelInfer';

/**
 * Server-side failures: HTTP 5xx, and the gRPC status codes of the same meaning (2 UNKNOWN,
 * 4 DEADLINE_EXCEEDED, 13 INTERNAL, 14 UNAVAILABLE, 15 DATA_LOSS). Client errors (4xx,
 * INVALID_ARGUMENT, NOT_FOUND) are the caller's and do not fail a canary.
 */
export const SERVER_ERROR_CODES = '5..|2|4|13|14|15';

/**
 * The serving runtime's own metrics (src/serve/metrics.ts), for cloud-run and kubernetes: the
 * Prometheus scrape config must attach the revision as a `revision` label (Kubernetes: relabel
 * the pod label cd4ml.dev-revision that the provider sets; Cloud Run: the revision name).
 * Every inference route counts: REST /predict, OIP REST and gRPC.
 */
export const SERVE_QUERIES: QueryTemplates = {
  requests: `sum(increase(cd4ml_http_requests_total{route=~"${INFERENCE_ROUTES}",revision="{{revision}}"}[{{window}}]))`,
  errors: `sum(increase(cd4ml_http_requests_total{route=~"${INFERENCE_ROUTES}",revision="{{revision}}",code=~"${SERVER_ERROR_CODES}"}[{{window}}]))`,
  p99Seconds: `histogram_quantile(0.99, sum by (le) (rate(cd4ml_http_request_duration_seconds_bucket{route=~"${INFERENCE_ROUTES}",revision="{{revision}}"}[{{window}}])))`,
};

export type Fetch = typeof fetch;

const fill = (t: string, revision: string, windowMs: number) => t.replaceAll('{{revision}}', revision).replaceAll('{{window}}', promDuration(windowMs));

/** Prometheus instant-query client. */
export class PrometheusClient {
  constructor(
    readonly baseUrl: string,
    readonly fetchImpl: Fetch = fetch,
    readonly timeoutMs = 5000,
  ) {}

  /** The value of a scalar or one-element vector; undefined for an empty vector or NaN. */
  async query(promql: string): Promise<number | undefined> {
    const url = `${this.baseUrl.replace(/\/$/, '')}/api/v1/query?query=${encodeURIComponent(promql)}`;
    const res = await this.fetchImpl(url, { signal: AbortSignal.timeout(this.timeoutMs) });
    const body = (await res.json().catch(() => undefined)) as
      | { status?: string; error?: string; data?: { resultType: string; result: unknown } }
      | undefined;
    if (!res.ok || body?.status !== 'success' || !body.data) {
      throw new Error(`Prometheus answered ${res.status}${body?.error ? `: ${body.error}` : ''} for ${promql}`);
    }
    const { resultType, result } = body.data;
    let raw: string | undefined;
    if (resultType === 'scalar') raw = (result as [number, string])[1];
    else if (resultType === 'vector') {
      const v = result as { value: [number, string] }[];
      if (v.length > 1) throw new Error(`query returned ${v.length} series, expected one (aggregate it with sum(...)): ${promql}`);
      raw = v[0]?.value[1];
    } else throw new Error(`query returned a ${resultType}, expected a scalar or a vector: ${promql}`);
    if (raw === undefined) return undefined;
    const n = Number(raw);
    return Number.isNaN(n) ? undefined : n;
  }
}

export class PrometheusReader implements MetricsReader {
  readonly source: string;
  private readonly client: PrometheusClient;
  constructor(
    baseUrl: string,
    readonly templates: QueryTemplates = PROXY_QUERIES,
    fetchImpl: Fetch = fetch,
  ) {
    this.client = new PrometheusClient(baseUrl, fetchImpl);
    this.source = `prometheus ${baseUrl}`;
  }

  private async revision(id: string, windowMs: number): Promise<RevisionSample> {
    const [requests, errors, p99] = await Promise.all([
      this.client.query(fill(this.templates.requests, id, windowMs)),
      this.client.query(fill(this.templates.errors, id, windowMs)),
      this.client.query(fill(this.templates.p99Seconds, id, windowMs)),
    ]);
    // increase() extrapolates to the window's edges: round to whole requests.
    return { requests: Math.round(requests ?? 0), errors: Math.round(errors ?? 0), p99Ms: p99 === undefined ? undefined : p99 * 1000 };
  }

  async sample(canary: Revision, stable: Revision | undefined, windowMs: number): Promise<MetricsSample> {
    try {
      const [c, s] = await Promise.all([this.revision(canary.id, windowMs), stable ? this.revision(stable.id, windowMs) : undefined]);
      return { canary: c, stable: s };
    } catch (e) {
      return { canary: { requests: 0, errors: 0 }, unavailable: (e as Error).message };
    }
  }

  query(promql: string): Promise<number | undefined> {
    return this.client.query(promql);
  }
}

// ---------------------------------------------------------------------------------------------
// Prometheus text format (exposition format 0.0.4), enough for counters and histograms.

export interface PromSample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

export function parsePromText(text: string): PromSample[] {
  const out: PromSample[] = [];
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})?\s+(\S+)/.exec(line);
    if (!m) continue;
    const labels: Record<string, string> = {};
    for (const l of (m[2] ?? '').matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g)) labels[l[1]] = l[2].replace(/\\(.)/g, (_, c: string) => (c === 'n' ? '\n' : c));
    const value = m[3] === '+Inf' ? Infinity : m[3] === '-Inf' ? -Infinity : Number(m[3]);
    out.push({ name: m[1], labels, value });
  }
  return out;
}

interface Snapshot {
  requests: Map<string, { total: number; errors: number }>;
  buckets: Map<string, Map<number, number>>;
}

function snapshotOf(samples: PromSample[]): Snapshot {
  const requests = new Map<string, { total: number; errors: number }>();
  const buckets = new Map<string, Map<number, number>>();
  for (const s of samples) {
    const rev = s.labels.revision;
    if (rev === undefined) continue;
    if (s.name === 'cd4ml_proxy_requests_total') {
      const r = requests.get(rev) ?? { total: 0, errors: 0 };
      r.total += s.value;
      if (s.labels.outcome === 'error') r.errors += s.value;
      requests.set(rev, r);
    } else if (s.name === 'cd4ml_proxy_request_duration_seconds_bucket') {
      const le = s.labels.le === '+Inf' ? Infinity : Number(s.labels.le);
      const b = buckets.get(rev) ?? new Map<number, number>();
      b.set(le, (b.get(le) ?? 0) + s.value);
      buckets.set(rev, b);
    }
  }
  return { requests, buckets };
}

/** The change of one revision's series between two snapshots. */
export function diffRevision(before: Snapshot | undefined, after: Snapshot, id: string): RevisionSample {
  const a = after.requests.get(id) ?? { total: 0, errors: 0 };
  const b = before?.requests.get(id) ?? { total: 0, errors: 0 };
  const ab = after.buckets.get(id) ?? new Map<number, number>();
  const bb = before?.buckets.get(id) ?? new Map<number, number>();
  const buckets: [number, number][] = [...ab].map(([le, n]) => [le, n - (bb.get(le) ?? 0)]);
  const p99 = histogramQuantile(0.99, buckets);
  return { requests: a.total - b.total, errors: a.errors - b.errors, p99Ms: p99 === undefined ? undefined : p99 * 1000 };
}

/** Reads a /metrics endpoint directly and analyses the difference since the previous read. */
export class DirectReader implements MetricsReader {
  readonly source: string;
  private last: Snapshot | undefined;
  constructor(
    readonly metricsUrl: string,
    readonly fetchImpl: Fetch = fetch,
  ) {
    this.source = `direct ${metricsUrl}`;
  }

  private async scrape(): Promise<Snapshot> {
    const res = await this.fetchImpl(this.metricsUrl, { signal: AbortSignal.timeout(5000) });
    if (!res.ok) throw new Error(`${this.metricsUrl} answered ${res.status}`);
    return snapshotOf(parsePromText(await res.text()));
  }

  /** Take the baseline scrape (called when the canary is launched). */
  async begin(): Promise<void> {
    this.last = await this.scrape().catch(() => undefined);
  }

  /** The window is the time since the previous read (the controller reads once per interval). */
  async sample(canary: Revision, stable: Revision | undefined, _windowMs?: number): Promise<MetricsSample> {
    let now: Snapshot;
    try {
      now = await this.scrape();
    } catch (e) {
      return { canary: { requests: 0, errors: 0 }, unavailable: (e as Error).message };
    }
    const before = this.last;
    this.last = now;
    return { canary: diffRevision(before, now, canary.id), stable: stable ? diffRevision(before, now, stable.id) : undefined };
  }
}
