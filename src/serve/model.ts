/**
 * The model as the server sees it: feature specs for validation and metrics, and a score function.
 * loadServedModel adapts a bundle verified by src/model (readBundle checks every sha256 in
 * manifest.json) and scores with src/model's own preprocessing and tree walk (scoreRecords), so
 * serving applies exactly what training fitted. Request types come from the bundle's schema.yml
 * (the data contract inferred at training); drift bins from the deciles of its holdout rows.
 */
import { readBundle, readHoldout } from '../model/bundle.js';
import { compileRecordScorer } from '../model/record-scorer.js';
import { decileEdges, featureSpecs, readBundleSchema, type FeatureSpec, type InputRecord } from '../model/validate-record.js';

/**
 * What scoring a request returns: class indexes (classification, into `classes`) or values
 * (regression), and row-major probabilities. The arrays may be longer than n and may be reused by
 * the next call: only the first n entries (n × classes for probabilities) are this call's.
 */
export interface Scored {
  n: number;
  /** Class index (classification) or value (regression) of record r at [r]. */
  index: ArrayLike<number>;
  /** Probability of class c for record r at [r × classes.length + c] (classification). */
  probabilities?: ArrayLike<number>;
}

export interface ServedModel {
  task: 'classification' | 'regression';
  classes?: string[];
  features: FeatureSpec[];
  /** Short model version (first 12 hex digits of the digest). */
  version: string;
  /** sha256:… of the bundle's manifest.json. */
  digest: string;
  predictionBuckets?: number[];
  /** Headline metrics from training (for image labels). */
  metrics?: Record<string, number>;
  /** Model name for the Open Inference Protocol (`name` in params.json; default "model"). */
  name?: string;
  score(records: InputRecord[]): Scored;
}

export async function loadServedModel(bundleDir: string): Promise<ServedModel> {
  const bundle = await readBundle(bundleDir, { verify: true });
  const schema = await readBundleSchema(bundle);
  const holdout = 'holdout.jsonl' in bundle.manifest.files ? (await readHoldout(bundle)).records : [];
  const features = featureSpecs(bundle, schema, holdout);
  const task = bundle.task;
  const metrics: Record<string, number> = {};
  const holdoutMetrics = (bundle.metrics.holdout ?? {}) as Record<string, unknown>;
  const headline = holdoutMetrics[bundle.headlineMetric] ?? bundle.metrics.headline_value;
  if (typeof headline === 'number') metrics[bundle.headlineMetric] = headline;
  for (const k of ['accuracy', 'f1_macro', 'roc_auc', 'rmse', 'mae', 'r2']) if (typeof holdoutMetrics[k] === 'number') metrics[k] = holdoutMetrics[k] as number;
  let predictionBuckets: number[] | undefined;
  if (task === 'regression') {
    const ys = holdout.map((r) => Number(r[bundle.target])).filter(Number.isFinite);
    const edges = decileEdges(ys);
    predictionBuckets = edges.length > 0 ? edges : undefined;
  }
  const digest = `sha256:${bundle.digest}`;
  const scorer = compileRecordScorer(bundle);
  return {
    task,
    classes: bundle.classes,
    features,
    version: bundle.digest.slice(0, 12),
    digest,
    predictionBuckets,
    metrics,
    name: typeof bundle.params.name === 'string' ? bundle.params.name : undefined,
    score(records) {
      const out = scorer(records);
      return { n: out.n, index: out.predictions, probabilities: out.probabilities };
    },
  };
}
