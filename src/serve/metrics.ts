/**
 * Prometheus metrics of the serving runtime (prom-client, own registry). Names (stable; the
 * deploy-canary and monitor stages read them):
 *
 *   cd4ml_http_requests_total{route,code}              counter    requests by route and status code
 *   cd4ml_http_request_duration_seconds{route}         histogram  latency (buckets 0.5 ms … 2.5 s)
 *   cd4ml_predictions_total{class}                     counter    predicted classes (classification)
 *   cd4ml_prediction_value                             histogram  predicted values (regression)
 *   cd4ml_rows_total                                   counter    rows scored
 *   cd4ml_feature_observations_total{feature}          counter    non-missing values seen per feature
 *   cd4ml_feature_missing_total{feature}               counter    missing (null/absent) values per feature
 *   cd4ml_feature_sum{feature}                         gauge      sum of numeric values (mean = sum / observations)
 *   cd4ml_feature_bin_total{feature,bin}               counter    numeric values per training-decile bin
 *                                                                 ("0" … "9"; edges in cd4ml_feature_bin_upper),
 *                                                                 categories per value ("__other__" for unseen)
 *   cd4ml_feature_bin_upper{feature,bin}               gauge      upper edge of each numeric bin (+Inf last)
 *   cd4ml_model_info{version,digest,task}              gauge      1, identifies the served bundle
 *   plus prom-client's default process metrics (process_resident_memory_bytes, nodejs_eventloop_lag_seconds, …)
 *
 * Per-row and per-request counts are kept in plain arrays on the hot path and handed to prom-client
 * at scrape time (the request counter and latency histogram as metrics registered with the same
 * names, types and labels prom-client's own Counter and Histogram would give them).
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics, type Metric } from 'prom-client';
import { compileFieldReader, type FeatureSpec, type InputRecord, type Value } from '../model/validate-record.js';

export interface MetricsOptions {
  features: FeatureSpec[];
  task: 'classification' | 'regression';
  classes?: string[];
  version: string;
  digest: string;
  /** Buckets for regression predictions. */
  predictionBuckets?: number[];
  defaultMetrics?: boolean;
}

export const LATENCY_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5];

/** Requests of one route: counts by status code, latency bucket counts (le, not cumulative), sum. */
interface RouteStats {
  codes: Map<number, number>;
  buckets: Float64Array;
  sum: number;
  count: number;
}

interface FeatureCounts {
  spec: FeatureSpec;
  observations: number;
  missing: number;
  sum: number;
  bins: number[];
  binNames: string[];
  catIndex?: Map<string, number>;
}

export class ServeMetrics {
  readonly registry = new Registry();
  private readonly routes = new Map<string, RouteStats>();
  private readonly classCounts: number[];
  private readonly predictionHist?: Histogram;
  private rows = 0;
  private readonly features: FeatureCounts[];
  /** One record's feature values (reused), read by a function generated for these feature names. */
  private readonly row: Value[];
  private readonly readFields: (record: InputRecord, out: Value[]) => void;

  constructor(private readonly opts: MetricsOptions) {
    const registers = [this.registry];
    if (opts.defaultMetrics !== false) collectDefaultMetrics({ register: this.registry });
    const routes = this.routes;
    this.registry.registerMetric({
      name: 'cd4ml_http_requests_total',
      help: 'HTTP requests by route and status code',
      type: 'counter',
      get: () => {
        const values: { labels: Record<string, string>; value: number }[] = [];
        for (const [route, r] of routes) r.codes.forEach((value, code) => values.push({ labels: { route, code: String(code) }, value }));
        return { name: 'cd4ml_http_requests_total', help: 'HTTP requests by route and status code', type: 'counter', values, aggregator: 'sum' };
      },
    } as unknown as Metric);
    this.registry.registerMetric({
      name: 'cd4ml_http_request_duration_seconds',
      help: 'HTTP request latency',
      type: 'histogram',
      get: () => {
        const name = 'cd4ml_http_request_duration_seconds';
        const values: { labels: Record<string, string | number>; sharedLabels: Record<string, string>; value: number; metricName: string }[] = [];
        for (const [route, r] of routes) {
          let acc = 0;
          LATENCY_BUCKETS.forEach((le, i) => {
            acc += r.buckets[i];
            values.push({ labels: { le }, sharedLabels: { route }, value: acc, metricName: `${name}_bucket` });
          });
          values.push({ labels: { le: '+Inf' }, sharedLabels: { route }, value: r.count, metricName: `${name}_bucket` });
          values.push({ labels: {}, sharedLabels: { route }, value: r.sum, metricName: `${name}_sum` });
          values.push({ labels: {}, sharedLabels: { route }, value: r.count, metricName: `${name}_count` });
        }
        return { name, help: 'HTTP request latency', type: 'histogram', values, aggregator: 'sum' };
      },
    } as unknown as Metric);
    this.classCounts = new Array((opts.classes ?? []).length).fill(0);
    const self = this;
    if (opts.task === 'classification') {
      new Counter({
        name: 'cd4ml_predictions_total',
        help: 'Predicted classes',
        labelNames: ['class'],
        registers,
        collect() {
          this.reset();
          self.classCounts.forEach((n, i) => this.inc({ class: opts.classes![i] }, n));
        },
      });
    } else {
      this.predictionHist = new Histogram({ name: 'cd4ml_prediction_value', help: 'Predicted values', buckets: opts.predictionBuckets ?? [0, 1, 10, 100, 1000, 10000], registers });
    }
    this.features = opts.features.map((spec) => {
      if (spec.kind === 'category' || spec.kind === 'string' || spec.kind === 'boolean') {
        const cats = spec.kind === 'boolean' ? ['false', 'true'] : (spec.categories ?? []);
        return { spec, observations: 0, missing: 0, sum: 0, bins: new Array(cats.length + 1).fill(0), binNames: [...cats, '__other__'], catIndex: new Map(cats.map((c, i) => [c, i])) };
      }
      const edges = spec.edges ?? [];
      return { spec, observations: 0, missing: 0, sum: 0, bins: new Array(edges.length + 1).fill(0), binNames: Array.from({ length: edges.length + 1 }, (_, i) => String(i)) };
    });
    this.row = new Array<Value>(opts.features.length).fill(null);
    this.readFields = compileFieldReader(opts.features.map((f) => f.name));
    new Counter({ name: 'cd4ml_rows_total', help: 'Rows scored', registers, collect() { this.reset(); this.inc(self.rows); } });
    new Counter({
      name: 'cd4ml_feature_observations_total',
      help: 'Non-missing values seen per feature',
      labelNames: ['feature'],
      registers,
      collect() {
        this.reset();
        for (const f of self.features) this.inc({ feature: f.spec.name }, f.observations);
      },
    });
    new Counter({
      name: 'cd4ml_feature_missing_total',
      help: 'Missing (null or absent) values per feature',
      labelNames: ['feature'],
      registers,
      collect() {
        this.reset();
        for (const f of self.features) this.inc({ feature: f.spec.name }, f.missing);
      },
    });
    new Gauge({
      name: 'cd4ml_feature_sum',
      help: 'Sum of numeric feature values (mean = sum / observations)',
      labelNames: ['feature'],
      registers,
      collect() {
        for (const f of self.features) if (!f.catIndex) this.set({ feature: f.spec.name }, f.sum);
      },
    });
    new Counter({
      name: 'cd4ml_feature_bin_total',
      help: 'Values per bin: numeric features by training-decile bin, categorical by value (__other__ for unseen)',
      labelNames: ['feature', 'bin'],
      registers,
      collect() {
        this.reset();
        for (const f of self.features) f.bins.forEach((n, i) => this.inc({ feature: f.spec.name, bin: f.binNames[i] }, n));
      },
    });
    new Gauge({
      name: 'cd4ml_feature_bin_upper',
      help: 'Upper edge of each numeric feature bin',
      labelNames: ['feature', 'bin'],
      registers,
      collect() {
        for (const f of self.features) {
          if (f.catIndex) continue;
          const edges = f.spec.edges ?? [];
          f.binNames.forEach((b, i) => this.set({ feature: f.spec.name, bin: b }, i < edges.length ? edges[i] : Infinity));
        }
      },
    });
    new Gauge({ name: 'cd4ml_model_info', help: 'The served model bundle', labelNames: ['version', 'digest', 'task'], registers }).set({ version: opts.version, digest: opts.digest, task: opts.task }, 1);
  }

  observeRequest(route: string, code: number, seconds: number): void {
    let r = this.routes.get(route);
    if (!r) this.routes.set(route, (r = { codes: new Map(), buckets: new Float64Array(LATENCY_BUCKETS.length + 1), sum: 0, count: 0 }));
    r.codes.set(code, (r.codes.get(code) ?? 0) + 1);
    let b = 0;
    while (b < LATENCY_BUCKETS.length && seconds > LATENCY_BUCKETS[b]) b++;
    r.buckets[b]++;
    r.sum += seconds;
    r.count++;
  }

  observeRows(records: InputRecord[]): void {
    this.rows += records.length;
    const features = this.features;
    const row = this.row;
    for (let r = 0; r < records.length; r++) {
      this.readFields(records[r], row);
      for (let i = 0; i < features.length; i++) {
        const f = features[i];
        const v = row[i];
        if (v === null || v === undefined) {
          f.missing++;
          continue;
        }
        f.observations++;
        if (f.catIndex) {
          const c = f.catIndex.get(typeof v === 'string' ? v : String(v));
          f.bins[c === undefined ? f.bins.length - 1 : c]++;
          continue;
        }
        // Numbers; a date/time sent as ISO text counts as its epoch milliseconds.
        const x = typeof v === 'number' ? v : Date.parse(String(v));
        if (!Number.isFinite(x)) continue;
        f.sum += x;
        const edges = f.spec.edges;
        let b = 0;
        if (edges) while (b < edges.length && x > edges[b]) b++;
        f.bins[b]++;
      }
    }
  }

  /** Class indexes (classification) or values (regression) of the first n entries. */
  observePredictions(predictions: ArrayLike<number>, n = predictions.length): void {
    if (this.predictionHist) for (let i = 0; i < n; i++) this.predictionHist.observe(predictions[i]);
    else for (let i = 0; i < n; i++) this.classCounts[predictions[i]]++;
  }

  get contentType(): string {
    return this.registry.contentType;
  }

  text(): Promise<string> {
    return this.registry.metrics();
  }
}
