/**
 * The validate-data stage: profile the data (one streaming pass) with the schema's rules, check
 * the contract, compare with a reference for drift, optionally infer a schema; returns the JSON
 * report. The CLI and the action call `validateData` and only differ in how they present it.
 */
import { readText, writeText } from '../io/fs.js';
import { refuseOverwritingInputs } from '../io/atomic.js';
import { formatBadNumericCells, type BadNumericColumn } from './nearly-numeric.js';
import { UsageError } from '../errors.js';
import { evaluateChecks, type CheckResult } from './checks.js';
import { collectGarbage } from '../io/memory.js';
import { compareDrift, summarizeDataset, type ColumnKind, type DriftOptions, type DriftResult } from './drift.js';
import { profileDataset, summarizeColumn, type ColumnProfile, type DatasetProfile } from './profile.js';
import type { DataFormat } from './read.js';
import { parseDataSchema, stringifyDataSchema, type ColumnRule, type DataSchema } from './schema.js';
import type { ProgressFor } from '../report/progress.js';

export type FailOn = 'error' | 'warning' | 'never';

export interface ValidateOptions {
  data: string;
  format?: DataFormat;
  schema?: string;
  reference?: string;
  infer?: string;
  failOn?: FailOn;
  /** Bad values kept per check (default 20). */
  maxExamples?: number;
  /** Reading progress of the data and the reference (the adapter's, src/report/progress.ts). */
  progress?: ProgressFor;
}

export interface ValidationReport {
  kind: 'cd4ml.validate-report';
  version: 1;
  data: { path: string; format: DataFormat; rows: number; columns: string[]; linesAreRecords: boolean };
  schema?: string;
  reference?: { path: string; rows: number };
  inferredSchema?: string;
  failOn: FailOn;
  passed: boolean;
  errors: number;
  warnings: number;
  checks: CheckResult[];
  columns: ColumnProfile[];
  drift?: DriftResult;
  sampling: { sampleSize: number; seed: number; note: string };
}

/** Build a schema from a profile: types, nullability, ranges, categories (≤ 50), uniqueness. */
export function inferSchema(profile: DatasetProfile): DataSchema {
  const columns: Record<string, ColumnRule> = {};
  for (const p of profile.profilers) {
    const s = summarizeColumn(p, 1000);
    const rule: ColumnRule = { type: s.inferredType, nullable: s.missing > 0 };
    if (s.numeric && (s.inferredType === 'int' || s.inferredType === 'float')) {
      rule.min = s.numeric.min;
      rule.max = s.numeric.max;
    }
    if (s.datetime) {
      rule.min = s.datetime.min;
      rule.max = s.datetime.max;
    }
    if (s.inferredType === 'category' && s.top) rule.categories = s.top.map((t) => t.value).sort();
    if (s.unique && s.inferredType !== 'float' && s.inferredType !== 'bool' && (s.rows - s.missing) > 1) rule.unique = true;
    if (s.distinct !== undefined) rule.distinct = s.distinct;
    columns[p.name] = rule;
  }
  return { version: 1, rows: { min: 1 }, 'unexpected-columns': 'error', columns };
}

/** Columns inferred numeric (≥ NEARLY_NUMERIC_SHARE numbers) that still hold cells that are not numbers. */
export function nearlyNumericColumns(profile: DatasetProfile): BadNumericColumn[] {
  const out: BadNumericColumn[] = [];
  profile.profilers.forEach((p, i) => {
    const t = p.inferType();
    if ((t === 'int' || t === 'float') && p.numCount < p.nonMissing) {
      out.push({ column: p.name, position: i + 1, numbers: p.numCount, nonMissing: p.nonMissing, bad: p.nonMissing - p.numCount, cells: p.nonNumeric });
    }
  });
  return out;
}

function driftKinds(schema: DataSchema | undefined): Record<string, ColumnKind | 'skip'> {
  const kinds: Record<string, ColumnKind | 'skip'> = {};
  for (const [name, rule] of Object.entries(schema?.columns ?? {})) {
    const t = rule?.type;
    if (t === 'int' || t === 'float') kinds[name] = 'numeric';
    else if (t === 'datetime' || t === 'string') kinds[name] = t === 'string' ? 'categorical' : 'skip';
    else if (t) kinds[name] = 'categorical';
  }
  return kinds;
}

/** Run the whole stage. Throws UsageError on bad input; returns the report otherwise. */
export async function validateData(opts: ValidateOptions): Promise<ValidationReport> {
  const failOn = opts.failOn ?? 'error';
  const inputs: [string, string | undefined][] = [['data', opts.data], ['schema', opts.schema], ['reference', opts.reference]];
  await refuseOverwritingInputs(['infer', opts.infer], inputs);
  const schema = opts.schema ? parseDataSchema(await readText(opts.schema), opts.schema) : undefined;
  const sampleSize = schema?.drift?.['sample-size'] ?? 50_000;
  const seed = schema?.drift?.seed ?? 1;
  const maxExamples = opts.maxExamples ?? 20;
  let profile: DatasetProfile | undefined = await profileDataset(opts.data, {
    format: opts.format,
    rules: schema?.columns,
    sampleSize,
    seed,
    duplicateRows: !!schema && (schema['duplicate-rows'] ?? 'ignore') !== 'ignore',
    inferUnique: !!opts.infer,
    maxExamples,
    onProgress: opts.progress?.(opts.data),
  });
  const checks = evaluateChecks(profile, schema);
  const columns = profile.profilers.map((p) => summarizeColumn(p));
  const kinds = driftKinds(schema);
  const currentSummary = opts.reference ? summarizeDataset(profile, kinds) : undefined;
  if (opts.infer) {
    // Numeric columns with a few bad cells: the contract would say float, so the cells are errors.
    const bad = nearlyNumericColumns(profile).filter((c) => !schema?.columns[c.column]?.type);
    if (bad.length > 0) throw new UsageError(formatBadNumericCells(opts.data, bad, 'declare the column\'s type in a schema passed with --schema (e.g. type: category) if it really is text'));
  }
  const inferred = opts.infer ? inferSchema(profile) : undefined;
  const data = { path: opts.data, format: profile.format, rows: profile.rows, columns: profile.columns, linesAreRecords: profile.linesAreRecords };
  const anySampled = profile.profilers.some((p) => p.reservoir && !p.reservoir.exact);
  // Nothing below needs the profile itself: its hashes and dictionaries can go before the reference is read.
  profile = undefined;
  if (opts.reference) collectGarbage('major');

  let drift: DriftResult | undefined;
  let reference: ValidationReport['reference'];
  if (opts.reference && currentSummary) {
    const refProfile = await profileDataset(opts.reference, { format: opts.format, sampleSize, seed, onProgress: opts.progress?.(opts.reference) });
    reference = { path: opts.reference, rows: refProfile.rows };
    const refSummary = summarizeDataset(refProfile, kinds);
    const driftOpts: DriftOptions = { share: schema?.drift?.share, test: schema?.drift?.test, columns: {} };
    for (const [name, rule] of Object.entries(schema?.columns ?? {})) if (rule?.drift) driftOpts.columns![name] = rule.drift;
    drift = compareDrift(refSummary, currentSummary, driftOpts);
    checks.push({
      check: 'dataset-drift',
      severity: schema?.drift?.severity ?? 'warning',
      passed: !drift.datasetDrift,
      observed: `${drift.driftedColumns.length} of ${drift.columns.length} columns drifted (${(100 * drift.share).toFixed(0)}%)`,
      expected: `< ${(100 * drift.shareThreshold).toFixed(0)}% of columns drifted`,
    });
  }

  let inferredSchema: string | undefined;
  if (opts.infer && inferred) {
    await writeText(
      opts.infer,
      stringifyDataSchema(inferred, [
        `Data contract inferred by cd4ml validate from ${opts.data} (${data.rows} rows).`,
        'Review it: tighten min/max, mark optional columns with "required: false", set "mostly" for acceptable missing shares.',
      ]),
    );
    inferredSchema = opts.infer;
  }

  const failed = checks.filter((c) => !c.passed);
  const errors = failed.filter((c) => c.severity === 'error').length;
  const warnings = failed.filter((c) => c.severity === 'warning').length;
  const passed = failOn === 'never' || (failOn === 'error' ? errors === 0 : errors + warnings === 0);
  return {
    kind: 'cd4ml.validate-report',
    version: 1,
    data,
    ...(opts.schema ? { schema: opts.schema } : {}),
    ...(reference ? { reference } : {}),
    ...(inferredSchema ? { inferredSchema } : {}),
    failOn,
    passed,
    errors,
    warnings,
    checks,
    columns,
    ...(drift ? { drift } : {}),
    sampling: {
      sampleSize,
      seed,
      note: anySampled
        ? `numeric columns with more than ${sampleSize} values are summarized by a seeded uniform sample of ${sampleSize}: quantiles within ±${(300 * Math.sqrt(0.25 / sampleSize)).toFixed(2)}% rank (3σ); drift tests on those columns use the samples`
        : 'every value was used: quantiles and drift statistics are exact',
    },
  };
}
