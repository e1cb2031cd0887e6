import { getBoolInput, getEnumInput, getListInput, getNumberInput, getOptionalInput } from '../shared/run.js';

/** Everything the train action reads from its step's `with:` block (undefined = use cd4ml.yml / defaults). */
export interface TrainInputs {
  data?: string;
  testData?: string;
  format?: 'csv' | 'tsv' | 'jsonl' | 'json' | 'parquet' | 'delta';
  config?: string;
  target?: string;
  features?: string[];
  exclude?: string[];
  task?: 'classification' | 'regression';
  model?: 'tree' | 'forest';
  maxDepth?: number;
  splitSearch?: 'auto' | 'exact' | 'histogram';
  minNumSamples?: number;
  gainThreshold?: number;
  nTrees?: number;
  seed?: number;
  testSize?: number;
  cvFolds?: number;
  metric?: string;
  encoding?: 'one-hot' | 'ordinal';
  out?: string;
  artifactName?: string;
  upload: boolean;
}

export function getInputs(): TrainInputs {
  return {
    data: getOptionalInput('data'),
    testData: getOptionalInput('test-data'),
    format: getEnumInput('format', ['csv', 'tsv', 'jsonl', 'json', 'parquet', 'delta'] as const),
    config: getOptionalInput('config'),
    target: getOptionalInput('target'),
    features: getListInput('features'),
    exclude: getListInput('exclude'),
    task: getEnumInput('task', ['classification', 'regression'] as const),
    model: getEnumInput('model', ['tree', 'forest'] as const),
    maxDepth: getNumberInput('max-depth', { min: 1, max: 64, integer: true }),
    splitSearch: getEnumInput('split-search', ['auto', 'exact', 'histogram'] as const),
    minNumSamples: getNumberInput('min-num-samples', { min: 0, integer: true }),
    gainThreshold: getNumberInput('gain-threshold', { min: 0 }),
    nTrees: getNumberInput('n-trees', { min: 1, max: 1000, integer: true }),
    seed: getNumberInput('seed', { min: 0, max: 4294967295, integer: true }),
    testSize: getNumberInput('test-size', { min: 0.001, max: 0.999 }),
    cvFolds: getNumberInput('cv-folds', { min: 0, max: 50, integer: true }),
    metric: getOptionalInput('metric'),
    encoding: getEnumInput('encoding', ['one-hot', 'ordinal'] as const),
    out: getOptionalInput('out'),
    artifactName: getOptionalInput('artifact-name'),
    upload: getBoolInput('upload') ?? true,
  };
}
