import { getBoolInput, getEnumInput, getNumberInput, getOptionalInput } from '../shared/run.js';

/** The data formats of src/data/read.ts (listed here so the action starts without loading the readers). */
const DATA_FORMATS = ['csv', 'tsv', 'jsonl', 'json', 'parquet', 'delta'] as const;
type DataFormat = (typeof DATA_FORMATS)[number];

/** Everything the evaluate-gate action reads from its step's `with:` block. */
export interface EvaluateGateInputs {
  candidate?: string;
  baseline?: string;
  environment?: string;
  data?: string;
  format?: DataFormat;
  config?: string;
  report?: string;
  resamples?: number;
  seed?: number;
  onBaselineMissing?: 'fail' | 'warn';
  githubToken?: string;
  comment: boolean;
  reportArtifact: string;
}

export function getInputs(): EvaluateGateInputs {
  return {
    candidate: getOptionalInput('candidate'),
    baseline: getOptionalInput('baseline'),
    environment: getOptionalInput('environment'),
    data: getOptionalInput('data'),
    format: getEnumInput('format', DATA_FORMATS),
    config: getOptionalInput('config'),
    report: getOptionalInput('report'),
    resamples: getNumberInput('resamples', { min: 100, max: 100_000, integer: true }),
    seed: getNumberInput('seed', { min: 0, integer: true }),
    onBaselineMissing: getEnumInput('on-baseline-missing', ['fail', 'warn'] as const),
    githubToken: getOptionalInput('github-token'),
    comment: getBoolInput('comment') ?? true,
    reportArtifact: getOptionalInput('report-artifact') ?? 'cd4ml-gate-report',
  };
}
