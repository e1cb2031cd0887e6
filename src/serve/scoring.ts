/**
 * The one scoring path of every protocol (POST /predict, OIP REST infer, OIP gRPC ModelInfer):
 * per-field validation against the bundle's schema → the bundle's preprocessing and tree(s) →
 * metrics (rows, per-feature bins, predicted classes or values) → the request sample. Protocols
 * only translate their request into rows of feature values and the Scored result into their answer.
 */
import { UsageError } from '../errors.js';
import type { ServeMetrics } from './metrics.js';
import type { Scored, ServedModel } from './model.js';
import type { SampleLog } from './sample-log.js';
import { compileValidator, type FieldError, type InputRecord } from '../model/validate-record.js';

/** A request the client must fix (4xx), with per-field details when there are any. */
export class RequestError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly details?: FieldError[],
  ) {
    super(message);
  }
}

export interface ScoredRequest {
  records: InputRecord[];
  scored: Scored;
}

export type ScoreRows = (rows: unknown[], source: 'json' | 'csv') => ScoredRequest;

export function createScoringPath(served: ServedModel, metrics: ServeMetrics, sampler?: SampleLog): ScoreRows {
  const validator = compileValidator(served.features);
  const label = labelOf(served);
  return (rows, source) => {
    const { records, errors } = validator.check(rows, source);
    if (errors.length > 0) {
      const e = errors[0];
      throw new RequestError(400, `invalid input: ${errors.length}${errors.length >= 50 ? '+' : ''} field error(s), e.g. row ${e.row} ${e.field ? `"${e.field}"` : ''}: ${e.message}`, errors);
    }
    let scored: Scored;
    try {
      scored = served.score(records);
    } catch (err) {
      if (err instanceof UsageError) throw new RequestError(400, `invalid input: ${err.message}`);
      throw err;
    }
    metrics.observeRows(records);
    metrics.observePredictions(scored.index, scored.n);
    if (sampler) {
      const index = scored.index;
      sampler.record(records, (r) => label(index[r]));
    }
    return { records, scored };
  };
}

/** The label of a class index (classification) or the value itself (regression). */
export function labelOf(served: Pick<ServedModel, 'task' | 'classes'>): (index: number) => string | number {
  const classes = served.classes;
  return served.task === 'classification' && classes ? (i) => classes[i] ?? i : (v) => v;
}

/** JSON text of each class label, computed once: responses are built as strings. */
export function labelJson(served: Pick<ServedModel, 'task' | 'classes'>): string[] {
  return served.task === 'classification' ? (served.classes ?? []).map((c) => JSON.stringify(c)) : [];
}

/** `["a","b"]` or `[1.5,2]` for the first n predictions. */
export function predictionsJson(scored: Scored, labels: string[], classification: boolean): string {
  const idx = scored.index;
  let out = '[';
  for (let r = 0; r < scored.n; r++) {
    if (r > 0) out += ',';
    out += classification ? (labels[idx[r]] ?? String(idx[r])) : numberJson(idx[r]);
  }
  return out + ']';
}

/** Probabilities as nested (`[[p0,p1],…]`) or flat (`[p0,p1,…]`) JSON. */
export function probabilitiesJson(scored: Scored, k: number, nested: boolean): string {
  const p = scored.probabilities!;
  let out = '[';
  for (let r = 0; r < scored.n; r++) {
    if (r > 0) out += ',';
    if (nested) out += '[';
    for (let c = 0; c < k; c++) {
      if (c > 0) out += ',';
      out += numberJson(p[r * k + c]);
    }
    if (nested) out += ']';
  }
  return out + ']';
}

/** A number as JSON.stringify writes it (null for NaN and ±Infinity). */
function numberJson(x: number): string {
  return Number.isFinite(x) ? String(x) : 'null';
}
