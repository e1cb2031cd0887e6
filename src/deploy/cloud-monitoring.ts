/**
 * Canary metrics from Google Cloud Monitoring: the per-revision metrics Cloud Run records by
 * itself, read through Cloud Monitoring's Prometheus-compatible query API, so a Cloud Run user
 * needs no Prometheus of their own. Implements the same MetricsReader port as PrometheusReader
 * (./metrics.ts); the analysis (./analysis.ts) runs unchanged on top.
 *
 * What the names and the API are (checked with the docs search, December 2026):
 * - Query API: GET https://monitoring.googleapis.com/v1/projects/{project}/location/global/prometheus/api/v1/query
 *   speaks Prometheus's HTTP API (https://cloud.google.com/stackdriver/docs/managed-prometheus/promql).
 * - Metric names in PromQL: the first "/" becomes ":" and every other special character "_"
 *   ("Mapping Cloud Monitoring metrics to PromQL", https://cloud.google.com/monitoring/promql/promql-mapping):
 *   run.googleapis.com/request_count → run_googleapis_com:request_count. Distribution-valued metrics
 *   are queried like Prometheus histograms with _bucket/_count/_sum (same page):
 *   run.googleapis.com/request_latencies → run_googleapis_com:request_latencies_bucket{le=…}.
 * - Cloud Run's built-in metrics (https://cloud.google.com/run/docs/monitoring, "Request count",
 *   "Request latencies"; the run.googleapis.com entries of Google Cloud's metrics list):
 *   request_count (DELTA, INT64; metric labels response_code, response_code_class "2xx"…"5xx",
 *   route) and request_latencies (DELTA distribution in **milliseconds**), on the monitored
 *   resource cloud_run_revision (labels project_id, service_name, revision_name, location,
 *   configuration_name). Both are "sampled every 60 seconds; after sampling, data is not visible
 *   for up to 180 seconds" — hence the wider query range (`delayMs`) and the long defaults
 *   (settings.ts: CLOUD_MONITORING_DEFAULTS).
 *
 * Honest about the delay: each sample also reports how old the newest Cloud Run point for the
 * canary was (`newestSampleAgeMs`); a canary without any point yet is "no data yet", which the
 * analysis treats as inconclusive (the bake is extended, then the rollout is aborted).
 *
 * Auth is a port (`TokenSource`): the adapter builds it from Application Default Credentials
 * (google-auth-library; see ./providers.ts). Every new token is handed to `onToken` first so the
 * action can mask it; no message here ever contains a token or a request header.
 */
import { UsageError } from '../errors.js';
import { authorizedFetch, cloudMonitoringPrometheusUrl, type TokenSource } from '../cloud/google.js';
import { promDuration } from './analysis.js';
import { PrometheusClient, type Fetch } from './metrics.js';

export { authorizedFetch, cloudMonitoringPrometheusUrl, CLOUD_MONITORING_ENDPOINT, MONITORING_ROLE, type TokenSource } from '../cloud/google.js';
import type { MetricsReader, MetricsSample, Revision, RevisionSample } from './types.js';


/** Cloud Run metrics arrive up to 180 s after they were sampled (see above). */
export const CLOUD_RUN_METRICS_DELAY_MS = 180_000;

/**
 * Cloud Run's metrics in PromQL. {{service}}, {{revision}}, {{location}} and {{window}} are
 * substituted. Latencies are in milliseconds (request_latencies' unit), so p99 is divided by 1000
 * to give the seconds the QueryTemplates contract of ./metrics.ts uses.
 */
export const CLOUD_RUN_QUERIES = {
  requests: 'sum(increase(run_googleapis_com:request_count{service_name="{{service}}",revision_name="{{revision}}",location="{{location}}"}[{{window}}]))',
  errors: 'sum(increase(run_googleapis_com:request_count{service_name="{{service}}",revision_name="{{revision}}",location="{{location}}",response_code_class="5xx"}[{{window}}]))',
  p99Seconds:
    'histogram_quantile(0.99, sum by (le) (rate(run_googleapis_com:request_latencies_bucket{service_name="{{service}}",revision_name="{{revision}}",location="{{location}}"}[{{window}}]))) / 1000',
  /** Unix seconds of the newest request_count point of the revision (instant selector: within the 5-minute lookback). */
  newest: 'max(timestamp(run_googleapis_com:request_count{service_name="{{service}}",revision_name="{{revision}}",location="{{location}}"}))',
};

export interface CloudMonitoringOptions {
  /** The project whose metrics scope holds the service's metrics (the Cloud Run project). */
  project: string;
  /** Cloud Run service name and region (the `location` label). */
  service: string;
  location: string;
  token: TokenSource;
  /** Called with every new token before it is used (the action masks it). */
  onToken?: (token: string) => void;
  /** Base URL of the Cloud Monitoring API (default https://monitoring.googleapis.com). */
  endpoint?: string;
  /** Added to each analysis window to cover the ingestion delay (default 180 s). */
  delayMs?: number;
  now?: () => number;
  fetchImpl?: Fetch;
  timeoutMs?: number;
}

const fill = (t: string, v: { service: string; revision: string; location: string; window: string }) =>
  t.replaceAll('{{service}}', v.service).replaceAll('{{revision}}', v.revision).replaceAll('{{location}}', v.location).replaceAll('{{window}}', v.window);

export class CloudMonitoringReader implements MetricsReader {
  private readonly client: PrometheusClient;
  private readonly delayMs: number;
  private readonly now: () => number;
  /** Age of the newest canary point at each analysis, ms (undefined: no point yet). */
  readonly ages: (number | undefined)[] = [];

  constructor(readonly opts: CloudMonitoringOptions) {
    this.client = new PrometheusClient(cloudMonitoringPrometheusUrl(opts.project, opts.endpoint), authorizedFetch(opts), opts.timeoutMs ?? 15_000);
    this.delayMs = opts.delayMs ?? CLOUD_RUN_METRICS_DELAY_MS;
    this.now = opts.now ?? Date.now;
  }

  get source(): string {
    const known = this.ages.filter((a): a is number => a !== undefined);
    const ages = known.length ? `; newest canary sample ${Math.round(known[known.length - 1] / 1000)} s old at the last analysis (oldest seen ${Math.round(Math.max(...known) / 1000)} s)` : '';
    return `cloud-monitoring projects/${this.opts.project} (Cloud Run run_googleapis_com:request_count / request_latencies of service ${this.opts.service} in ${this.opts.location})${ages}`;
  }

  /**
   * One cheap query before anything is launched: a missing role or a wrong project stops the
   * deploy as a configuration error (exit 2) instead of an inconclusive rollout.
   */
  async preflight(): Promise<void> {
    try {
      await this.client.query('vector(1)');
    } catch (e) {
      throw new UsageError((e as Error).message);
    }
  }

  private async revision(id: string, window: string): Promise<RevisionSample & { newest?: number }> {
    const v = { service: this.opts.service, revision: id, location: this.opts.location, window };
    const [requests, errors, p99, newest] = await Promise.all(
      [CLOUD_RUN_QUERIES.requests, CLOUD_RUN_QUERIES.errors, CLOUD_RUN_QUERIES.p99Seconds, CLOUD_RUN_QUERIES.newest].map((t) => this.client.query(fill(t, v))),
    );
    return { requests: Math.round(requests ?? 0), errors: Math.round(errors ?? 0), p99Ms: p99 === undefined ? undefined : p99 * 1000, newest };
  }

  async sample(canary: Revision, stable: Revision | undefined, windowMs: number): Promise<MetricsSample> {
    // The window the controller asks for, shifted back by the ingestion delay: points of the
    // last `delayMs` may not be visible yet, so the range reaches that much further back.
    const window = promDuration(Math.max(windowMs, 1000) + this.delayMs);
    try {
      const [c, s] = await Promise.all([this.revision(canary.id, window), stable ? this.revision(stable.id, window) : undefined]);
      const age = c.newest === undefined ? undefined : Math.max(0, this.now() - c.newest * 1000);
      this.ages.push(age);
      const strip = ({ newest: _n, ...r }: RevisionSample & { newest?: number }): RevisionSample => r;
      const sample: MetricsSample = { canary: strip(c), stable: s ? strip(s) : undefined };
      if (age !== undefined) sample.newestSampleAgeMs = age;
      if (c.newest === undefined) {
        sample.unavailable = `no data yet: Cloud Monitoring has no run_googleapis_com:request_count point for revision ${canary.id} in the last 5 minutes (Cloud Run samples each minute and its points appear up to 3 minutes later)`;
      }
      return sample;
    } catch (e) {
      this.ages.push(undefined);
      return { canary: { requests: 0, errors: 0 }, unavailable: (e as Error).message };
    }
  }

  /** Custom queries (deploy.queries) run through the same API, so they may use any Cloud Monitoring metric. */
  query(promql: string): Promise<number | undefined> {
    return this.client.query(promql);
  }
}
