/**
 * Score a model bundle on columns of the in-memory table (src/data/table.ts): the bundle's
 * preprocessing per column (src/model/table-transform.ts), then the compiled tree(s). The gate,
 * monitor and batch scoring use it; results equal scoreColumns on the same values read as rows.
 */
import type { Column } from '../data/table.js';
import { MissingColumnError } from './preprocess.js';
import { predictFeatureColumns, type ModelBundle, type ScoredColumns } from './bundle.js';
import { transformTable } from './table-transform.js';

/** The columns of a table a bundle reads, by name; a missing one is a MissingColumnError. */
export function featureColumnsOf(bundle: ModelBundle, t: { names: string[]; columns: Column[] }): Column[] {
  return bundle.features.map((name) => {
    const i = t.names.indexOf(name);
    if (i < 0) throw new MissingColumnError(name, t.names);
    return t.columns[i];
  });
}

/**
 * Score `n` rows given as the table's columns of `bundle.features` (in that order). Rows that fail
 * preprocessing are listed in `errors` (column by column, rows ascending, as scoreColumns lists
 * them) and get prediction NaN (and NaN probabilities).
 */
export function scoreFeatureTable(bundle: ModelBundle, cols: Column[], n: number): ScoredColumns {
  const { columns, errors } = transformTable(bundle.preprocess, cols, n);
  const out = predictFeatureColumns(bundle.model, columns, n);
  const k = bundle.model.nClasses;
  for (const e of errors) {
    out.predictions[e.row] = Number.NaN;
    if (out.probabilities) out.probabilities.fill(Number.NaN, e.row * k, e.row * k + k);
  }
  return { ...out, errors };
}
