/**
 * The training reference monitor compares production with: summaries of the bundle's features and
 * of the model's predictions on its evaluation rows, plus the training metrics. It is computed
 * once (serializable JSON, `reference.json` in the bundle when the bundle carries it) and
 * otherwise rebuilt from the bundle's holdout rows (`holdout.jsonl`).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { UsageError } from '../errors.js';
import { readHoldout, scoreRecords, sha256, type ModelBundle } from '../model/bundle.js';
import type { ColumnSummary, DatasetSummary } from '../data/drift.js';
import { featureKinds, summarizeRecords } from './summary.js';

/** Name of the prediction column in prediction summaries. */
export const PREDICTION_COLUMN = 'prediction';

export interface MonitorReference {
  kind: 'cd4ml.monitor-reference';
  version: 1;
  /** Bundle digest the reference belongs to. */
  digest: string;
  task: 'classification' | 'regression';
  target: string;
  classes?: string[];
  /** Rows the reference was computed from. */
  rows: number;
  features: DatasetSummary;
  /** The model's predictions on those rows (one column named "prediction"). */
  predictions: ColumnSummary;
  /** Training metrics (metrics.json of the bundle): flat numeric ones only. */
  metrics: Record<string, number>;
  headlineMetric: string;
}

export type ReferenceSource = 'reference.json' | 'holdout.jsonl';

/** Flat numeric metrics of metrics.json (holdout metrics; nested objects such as cv are left out). */
export function numericMetrics(metrics: Record<string, unknown>): Record<string, number> {
  const out: Record<string, number> = {};
  const holdout = (metrics.holdout && typeof metrics.holdout === 'object' ? metrics.holdout : metrics) as Record<string, unknown>;
  for (const [k, v] of Object.entries(holdout)) if (typeof v === 'number' && Number.isFinite(v) && k !== 'n') out[k] = v;
  return out;
}

/** Build the reference from records with the target (the holdout rows). */
export function buildReference(bundle: ModelBundle, records: Record<string, unknown>[]): MonitorReference {
  if (records.length === 0) throw new UsageError(`model bundle ${bundle.dir}: holdout.jsonl has no rows, so there is no training reference to compare production with; retrain with a holdout split`);
  const kinds = featureKinds(bundle);
  const features = summarizeRecords(records, bundle.features, kinds);
  const scored = scoreRecords(bundle, records);
  const predRecords = scored.predictions.map((p) => ({ [PREDICTION_COLUMN]: p }));
  const predictions = summarizeRecords(predRecords, [PREDICTION_COLUMN], { [PREDICTION_COLUMN]: bundle.task === 'classification' ? 'categorical' : 'numeric' }).columns[0];
  return {
    kind: 'cd4ml.monitor-reference',
    version: 1,
    digest: bundle.digest,
    task: bundle.task,
    target: bundle.target,
    ...(bundle.classes ? { classes: bundle.classes } : {}),
    rows: records.length,
    features,
    predictions,
    metrics: numericMetrics(bundle.metrics),
    headlineMetric: bundle.headlineMetric,
  };
}

function checkReference(dir: string, value: unknown): MonitorReference {
  const r = value as Partial<MonitorReference> | null;
  if (!r || r.kind !== 'cd4ml.monitor-reference' || r.version !== 1 || !r.features || !r.predictions) {
    throw new UsageError(`model bundle ${dir}: reference.json is not a cd4ml monitor reference (kind "cd4ml.monitor-reference", version 1); retrain with this version of cd4ml`);
  }
  return r as MonitorReference;
}

/**
 * The reference of a bundle: reference.json when the manifest lists it (checked against its
 * sha256), else computed from holdout.jsonl.
 */
export async function loadReference(bundle: ModelBundle): Promise<{ reference: MonitorReference; source: ReferenceSource }> {
  const expected = bundle.manifest.files['reference.json'];
  if (expected) {
    const buf = await readFile(join(bundle.dir, 'reference.json')).catch((err: NodeJS.ErrnoException) => {
      throw new UsageError(`model bundle ${bundle.dir}: reference.json cannot be read (${err.code ?? 'error'}) although manifest.json lists it`);
    });
    if (sha256(buf) !== expected) throw new UsageError(`model bundle ${bundle.dir}: reference.json does not match its sha256 in manifest.json (modified after training); retrain or restore the file`);
    let parsed: unknown;
    try {
      parsed = JSON.parse(buf.toString('utf8'));
    } catch (err) {
      throw new UsageError(`model bundle ${bundle.dir}: reference.json is not valid JSON (${(err as Error).message})`);
    }
    return { reference: checkReference(bundle.dir, parsed), source: 'reference.json' };
  }
  const { records } = await readHoldout(bundle);
  return { reference: buildReference(bundle, records), source: 'holdout.jsonl' };
}
