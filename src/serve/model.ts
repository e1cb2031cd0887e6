/**
 * The model as the server sees it: feature specs for validation and metrics, and a score function.
 * loadServedModel adapts a verified bundle from src/model (readBundle + scoreRecords): the server
 * never re-implements preprocessing or prediction.
 */
import type { MetricFeature } from './metrics.js';
import type { InputRecord } from './validate.js';

export interface Scored {
  /** Predicted labels (classification) or values (regression), one per record. */
  predictions: (string | number)[];
  /** Class index (classification) or value (regression) per record, for metrics. */
  index: ArrayLike<number>;
  /** Class probabilities per record, in `classes` order (classification). */
  probabilities?: number[][];
}

export interface ServedModel {
  task: 'classification' | 'regression';
  classes?: string[];
  features: MetricFeature[];
  version: string;
  digest: string;
  predictionBuckets?: number[];
  /** Headline metrics from training (for image labels). */
  metrics?: Record<string, number>;
  score(records: InputRecord[]): Scored;
}

export async function loadServedModel(bundleDir: string): Promise<ServedModel> {
  throw new Error(`loading bundle ${bundleDir}: model bundles are not available yet`);
}
