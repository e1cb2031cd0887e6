/** REFERENCE ONLY (tests): the row path before issue 13, copied verbatim from src/monitor/sources.ts, to check the columnar one against. */
/**
 * Where production data comes from:
 *   (a) the serving runtime's request sample (src/serve/sample-log.ts), filtered to the window;
 *   (b) the per-feature bins the server exports on /metrics, read through the Prometheus HTTP API;
 *   (c) a data file (e.g. last month's scored customers), scored here with the bundle, with labels
 *       when a label column is named.
 * A source that cannot answer is a UsageError that says monitoring did not run — never an empty
 * "no drift" result.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { UsageError, errorMessage } from '../../src/errors.js';
import type { DataFormat } from '../../src/data/read.js';
import { readTable } from './read-table.js';
import { scoreTable, type ModelBundle } from '../../src/model/bundle.js';
import { SAMPLE_FILE_RE } from '../../src/serve/sample-log.js';
import type { BinnedCounts, BinnedWindow, RecordsWindow } from '../../src/monitor/evaluate.js';

export interface TimeWindow {
  /** Epoch ms, inclusive. */
  start: number;
  /** Epoch ms, inclusive. */
  end: number;
}

const iso = (ms: number) => new Date(ms).toISOString();

/** (a) Rows of the request sample whose time is in the window. Malformed lines are errors naming file and line. */
export async function readSamplesWindow(dir: string, window: TimeWindow): Promise<RecordsWindow & { outside: number; files: string[] }> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => SAMPLE_FILE_RE.test(n));
  } catch (err) {
    throw new UsageError(`samples directory "${dir}" cannot be read (${(err as NodeJS.ErrnoException).code ?? errorMessage(err)}); pass the folder given to "cd4ml serve --sample-dir"`);
  }
  if (names.length === 0) {
    throw new UsageError(`samples directory "${dir}" holds no request sample (requests*.jsonl): the server has not sampled any request yet — start it with --sample-dir and --sample-rate above 0; drift cannot be judged without data`);
  }
  // Oldest first: requests.N.jsonl … requests.1.jsonl, requests.jsonl.
  const order = (n: string) => Number(SAMPLE_FILE_RE.exec(n)![1] ?? 0);
  names.sort((a, b) => order(b) - order(a));
  const records: Record<string, unknown>[] = [];
  const predictions: (string | number | null)[] = [];
  let outside = 0;
  for (const name of names) {
    const file = join(dir, name);
    const text = await readFile(file, 'utf8');
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i];
      if (line === '') continue;
      let row: { t?: unknown; input?: unknown; prediction?: unknown };
      try {
        row = JSON.parse(line) as typeof row;
      } catch (err) {
        // The last line of the active file may be cut by a crash: skip only that one.
        if (i === lines.length - 1 || (i === lines.length - 2 && lines[lines.length - 1] === '')) continue;
        throw new UsageError(`${file}:${i + 1}: not a JSON line (${errorMessage(err)}); the request sample is damaged — move the file away and run again`);
      }
      const t = typeof row.t === 'string' ? Date.parse(row.t) : Number.NaN;
      if (!Number.isFinite(t) || typeof row.input !== 'object' || row.input === null) {
        throw new UsageError(`${file}:${i + 1}: expected {"t": ISO time, "input": {...}, "prediction": ...}, got ${line.slice(0, 80)}`);
      }
      if (t < window.start || t > window.end) {
        outside++;
        continue;
      }
      records.push(row.input as Record<string, unknown>);
      predictions.push(typeof row.prediction === 'string' || typeof row.prediction === 'number' ? row.prediction : null);
    }
  }
  return { kind: 'records', source: { kind: 'samples', location: dir, start: iso(window.start), end: iso(window.end) }, records, predictions, outside, files: names };
}

/** (c) A data file scored with the bundle; `labels` names the column with the true outcomes. */
export async function readDataWindow(bundle: ModelBundle, path: string, opts: { labels?: string; format?: DataFormat } = {}): Promise<RecordsWindow> {
  const table = await readTable(path, { format: opts.format });
  let labelIdx = -1;
  if (opts.labels !== undefined) {
    labelIdx = table.columns.indexOf(opts.labels);
    if (labelIdx < 0) throw new UsageError(`${path}: no column "${opts.labels}" for --labels / input "labels"; columns are ${table.columns.join(', ')}`);
  }
  const scored = table.rows.length === 0 ? undefined : scoreTable(bundle, table);
  const k = bundle.model.nClasses;
  const records: Record<string, unknown>[] = [];
  const predictions: (string | number | null)[] = [];
  const probabilities: (number[] | null)[] = [];
  for (let r = 0; r < table.rows.length; r++) {
    const row = table.rows[r];
    const rec: Record<string, unknown> = {};
    for (const f of bundle.features) {
      const c = table.columns.indexOf(f);
      if (c >= 0) rec[f] = row[c];
    }
    records.push(rec);
    const p = scored!.predictions[r];
    if (!Number.isFinite(p)) {
      predictions.push(null);
      probabilities.push(null);
    } else if (bundle.task === 'classification') {
      predictions.push(bundle.classes?.[p] ?? p);
      probabilities.push(Array.from(scored!.probabilities!.subarray(r * k, r * k + k)));
    } else {
      predictions.push(p);
      probabilities.push(null);
    }
  }
  return {
    kind: 'records',
    source: { kind: 'data', location: path },
    records,
    predictions,
    ...(bundle.task === 'classification' ? { probabilities } : {}),
    ...(labelIdx >= 0 ? { labels: table.rows.map((r) => r[labelIdx]), labelColumn: opts.labels } : {}),
  };
}

// ---------------------------------------------------------------------------------------------
// (b) Prometheus

export interface PrometheusSourceOptions {
  url: string;
  /** Label matchers added to every query, e.g. `job="churn"` (no braces). */
  selector?: string;
  window: TimeWindow;
  fetchImpl?: typeof fetch;
  /** Per-request timeout (default 10 s). */
  timeoutMs?: number;
}

interface PromVector {
  metric: Record<string, string>;
  value: [number, string];
}

/** Run an instant query; every failure is a UsageError naming the server and the query. */
async function instantQuery(opts: PrometheusSourceOptions, promql: string): Promise<PromVector[]> {
  const f = opts.fetchImpl ?? fetch;
  const base = opts.url.replace(/\/+$/, '');
  const url = `${base}/api/v1/query?query=${encodeURIComponent(promql)}&time=${(opts.window.end / 1000).toFixed(3)}`;
  let res: Response;
  try {
    res = await f(url, { signal: AbortSignal.timeout(opts.timeoutMs ?? 10_000) });
  } catch (err) {
    const cause = (err as { cause?: { code?: string } }).cause?.code ?? errorMessage(err);
    throw new UsageError(`Prometheus at ${base} cannot be reached (${cause}); monitoring did not run — this is not a "no drift" result. Check --prometheus / input "prometheus"`);
  }
  const text = await res.text();
  let body: { status?: string; error?: string; data?: { resultType?: string; result?: unknown } };
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    throw new UsageError(`Prometheus at ${base} answered ${res.status} with something that is not its JSON API (${text.slice(0, 80)}); is --prometheus the server's root URL?`);
  }
  if (!res.ok || body.status !== 'success') {
    throw new UsageError(`Prometheus at ${base} refused the query ${promql} (${res.status}: ${body.error ?? 'no error message'}); check prometheus-selector`);
  }
  if (body.data?.resultType !== 'vector' || !Array.isArray(body.data.result)) throw new UsageError(`Prometheus at ${base}: expected a vector for ${promql}`);
  return body.data.result as PromVector[];
}

/** PromQL duration of a window in whole seconds. */
function range(w: TimeWindow): string {
  return `${Math.max(1, Math.round((w.end - w.start) / 1000))}s`;
}

/** `name{sel}` with the user's selector. */
function sel(name: string, selector: string | undefined, extra = ''): string {
  const parts = [selector?.trim(), extra].filter((s) => s !== undefined && s !== '');
  return `${name}{${parts.join(',')}}`;
}

const num = (v: PromVector) => (v.value[1] === '+Inf' ? Infinity : Number(v.value[1]));

/**
 * Per-feature bin counts over the window: increase() of cd4ml_feature_bin_total summed over every
 * served instance, the bin edges from cd4ml_feature_bin_upper, the predictions from
 * cd4ml_predictions_total (classification) or the cd4ml_prediction_value histogram (regression).
 */
export async function readPrometheusWindow(opts: PrometheusSourceOptions, task: 'classification' | 'regression'): Promise<BinnedWindow> {
  const w = range(opts.window);
  const s = opts.selector;
  const [bins, uppers, missing, info] = await Promise.all([
    instantQuery(opts, `sum by (feature, bin) (increase(${sel('cd4ml_feature_bin_total', s)}[${w}]))`),
    instantQuery(opts, `max by (feature, bin) (${sel('cd4ml_feature_bin_upper', s)})`),
    instantQuery(opts, `sum by (feature) (increase(${sel('cd4ml_feature_missing_total', s)}[${w}]))`),
    instantQuery(opts, `max by (digest) (${sel('cd4ml_model_info', s)})`),
  ]);
  const preds =
    task === 'classification'
      ? await instantQuery(opts, `sum by (class) (increase(${sel('cd4ml_predictions_total', s)}[${w}]))`)
      : await instantQuery(opts, `sum by (le) (increase(${sel('cd4ml_prediction_value_bucket', s)}[${w}]))`);
  const features = new Map<string, BinnedCounts>();
  const get = (name: string) => {
    let f = features.get(name);
    if (!f) features.set(name, (f = { name, counts: {} }));
    return f;
  };
  for (const v of bins) get(v.metric.feature).counts[v.metric.bin] = Math.round(num(v));
  for (const v of uppers) {
    const f = get(v.metric.feature);
    (f.upper ??= {})[v.metric.bin] = num(v);
  }
  for (const v of missing) get(v.metric.feature).missing = Math.round(num(v));
  let predictions: BinnedCounts | undefined;
  if (task === 'classification') {
    predictions = { name: 'prediction', counts: Object.fromEntries(preds.map((v) => [v.metric.class, Math.round(num(v))])) };
  } else if (preds.length > 0) {
    // Cumulative buckets → per-bucket counts with upper edges.
    const sorted = preds.map((v) => ({ le: v.metric.le === '+Inf' ? Infinity : Number(v.metric.le), n: num(v) })).sort((a, b) => a.le - b.le);
    const counts: Record<string, number> = {};
    const upper: Record<string, number> = {};
    let prev = 0;
    sorted.forEach((b, i) => {
      counts[String(i)] = Math.max(0, Math.round(b.n - prev));
      upper[String(i)] = b.le;
      prev = b.n;
    });
    predictions = { name: 'prediction', counts, upper };
  }
  const list = [...features.values()];
  const rows = list.length === 0 ? 0 : Math.max(...list.map((f) => Object.values(f.counts).reduce((a, b) => a + b, 0) + (f.missing ?? 0)));
  return {
    kind: 'binned',
    source: { kind: 'prometheus', location: opts.url, start: iso(opts.window.start), end: iso(opts.window.end) },
    rows,
    features: list,
    ...(predictions ? { predictions } : {}),
    servedDigests: info.map((v) => v.metric.digest).filter((d) => d !== undefined),
  };
}
