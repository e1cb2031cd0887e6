/**
 * Dataset summaries of in-memory records (production samples, a scored file, the bundle's
 * holdout rows) built with validate-data's streaming column profiler, so that monitor compares
 * exactly what validate-data compares (src/data/drift.ts: summarizeDataset / compareDrift).
 */
import { ColumnProfiler, type DatasetProfile } from '../data/profile.js';
import { summarizeDataset, type ColumnKind, type ColumnSummary, type DatasetSummary } from '../data/drift.js';
import type { ModelBundle } from '../model/bundle.js';

/** Sample size and seed of the numeric reservoirs (validate-data's defaults). */
export const SUMMARY_SAMPLE_SIZE = 50_000;
export const SUMMARY_SEED = 1;

/** How each raw feature of a bundle is compared: numeric, categorical, or skipped (datetime). */
export function featureKinds(bundle: Pick<ModelBundle, 'preprocess'>): Record<string, ColumnKind | 'skip'> {
  const kinds: Record<string, ColumnKind | 'skip'> = {};
  for (const c of bundle.preprocess.columns) kinds[c.name] = c.kind === 'numeric' ? 'numeric' : c.kind === 'datetime' ? 'skip' : 'categorical';
  return kinds;
}

/** The kinds the reference summary fixed for each feature (so a window is read the same way). */
export function featureKindsOf(reference: { features: DatasetSummary }): Record<string, ColumnKind> {
  return Object.fromEntries(reference.features.columns.map((c) => [c.name, c.kind]));
}

/** Summarize `columns` of `records` (objects keyed by column name); values go through the profiler exactly as JSON values. */
export function summarizeRecords(records: readonly Record<string, unknown>[], columns: readonly string[], kinds: Record<string, ColumnKind | 'skip'>): DatasetSummary {
  const profilers = columns.map((name) => new ColumnProfiler(name, undefined, SUMMARY_SAMPLE_SIZE, SUMMARY_SEED, 0, false));
  for (let r = 0; r < records.length; r++) {
    const rec = records[r];
    for (let c = 0; c < profilers.length; c++) profilers[c].addValue(rec[columns[c]], r + 1);
  }
  const profile: DatasetProfile = {
    path: '(records)',
    format: 'jsonl',
    linesAreRecords: true,
    rows: records.length,
    columns: [...columns],
    profilers,
    sampleSize: SUMMARY_SAMPLE_SIZE,
    seed: SUMMARY_SEED,
  };
  // A column whose kind the bundle fixes keeps it even if this window's values look otherwise.
  const fixed: Record<string, ColumnKind | 'skip'> = {};
  for (const name of columns) if (kinds[name] !== undefined) fixed[name] = kinds[name];
  const summary = summarizeDataset(profile, fixed);
  return summary;
}

/** One column's summary by name. */
export function columnOf(summary: DatasetSummary, name: string): ColumnSummary | undefined {
  return summary.columns.find((c) => c.name === name);
}
