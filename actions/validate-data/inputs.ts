import { getEnumInput, getNumberInput, getOptionalInput } from '../shared/run.js';

/** Everything the validate-data action reads from its step's `with:` block (and the runner's environment). */
export interface ValidateDataInputs {
  data?: string;
  format?: 'csv' | 'tsv' | 'jsonl' | 'json' | 'parquet' | 'delta';
  schema?: string;
  reference?: string;
  infer?: string;
  report?: string;
  failOn?: 'error' | 'warning' | 'never';
  config?: string;
  maxAnnotations: number;
  /** Where the default report goes ($RUNNER_TEMP), and what annotation paths are relative to. */
  runnerTemp?: string;
  workspace?: string;
}

export function getInputs(): ValidateDataInputs {
  return {
    data: getOptionalInput('data'),
    format: getEnumInput('format', ['csv', 'tsv', 'jsonl', 'json', 'parquet', 'delta'] as const),
    schema: getOptionalInput('schema'),
    reference: getOptionalInput('reference'),
    infer: getOptionalInput('infer'),
    report: getOptionalInput('report'),
    failOn: getEnumInput('fail-on', ['error', 'warning', 'never'] as const),
    config: getOptionalInput('config'),
    maxAnnotations: getNumberInput('max-annotations', { min: 0, max: 1000, integer: true }) ?? 10,
    runnerTemp: process.env.RUNNER_TEMP || undefined,
    workspace: process.env.GITHUB_WORKSPACE || undefined,
  };
}
