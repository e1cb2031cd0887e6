/**
 * The train stage's options: `train:` in cd4ml.yml, `cd4ml train` flags and the train action's
 * inputs are all derived from this one table (src/config/options.ts).
 */
import { z } from 'zod';
import { bool, declareStage, either, int, list, nested, num, oneOf, text, type SettingsOf, type ValueType } from '../options.js';
import { searchFromText } from '../search-text.js';
import { configInput, formatOption, progressOption } from './common.js';
import { mlflowOptions } from './mlflow.js';

/** train.search: NAME → values; as text, NAME=VALUES lines (the flag repeated, the multi-line input). */
const searchSpaceType: ValueType<Record<string, unknown>> = {
  schema: z.record(z.string(), z.union([z.array(z.union([z.number(), z.string()])), z.string(), z.number()])),
  expected: 'NAME=VALUES lines, e.g. max-depth=2,4,6',
  fromText: (t) => searchFromText(t.replace(/,(?=\s*[a-z-]+\s*=)/g, '\n')),
  arg: 'NAME=VALUES',
  example: 'max-depth=2,4,6',
  bad: 'max-depth',
};

// The searchable hyperparameters (max-depth, min-num-samples, gain-threshold, model, n-trees,
// max-features, encoding, split-search) say their defaults in words (src/model/settings.ts fills
// them): a value given anywhere is then known, and pins that hyperparameter in a search.

const imputeStrategy = z.enum(['median', 'mean', 'most-frequent', 'constant']);
const datePart = oneOf(['year', 'month', 'day', 'dayofweek', 'dayofyear', 'hour', 'minute']);

export const trainStage = declareStage(
  'train',
  {
    data: { type: text({ arg: 'FILE', example: 'train.csv' }), description: 'Training data file (CSV, TSV, JSON Lines, JSON or Parquet).' },
    'test-data': { type: text({ arg: 'FILE', example: 'test.csv' }), description: 'Separate evaluation data file.', defaultText: 'a seeded holdout split of "data" (stratified for classification)' },
    format: formatOption('the data files'),
    config: configInput('train'),
    target: { type: text({ arg: 'COL', example: 'species' }), description: 'Column to predict.' },
    features: { type: list({ nonEmpty: true }), description: 'Input columns, comma- or newline-separated.', defaultText: 'every column but the target' },
    exclude: { type: list(), description: 'Columns not to use, comma- or newline-separated.' },
    task: { type: oneOf(['classification', 'regression']), description: 'classification or regression.', defaultText: 'inferred (a numeric target with more than 20 distinct values is regression)' },
    model: { type: oneOf(['tree', 'forest']), description: 'tree or forest (bagged trees).', defaultText: 'tree' },
    'max-depth': { type: int({ min: 1, max: 64 }), description: 'Maximum tree depth.', defaultText: '6' },
    'split-search': {
      type: oneOf(['auto', 'exact', 'histogram']),
      arg: 'MODE',
      description: 'exact (the candidate thresholds ml-cart uses; identical trees), histogram (256 quantile bins; for large data) or auto (exact up to 20,000 training rows).',
      defaultText: 'auto',
    },
    'min-num-samples': { type: int({ min: 0 }), description: 'A node with this many rows or fewer becomes a leaf (3 is ml-cart\'s).', defaultText: '3' },
    'gain-threshold': { type: num({ min: 0 }), description: 'Minimum gain of a split.', defaultText: 'like ml-cart: 0.01 for classification, 0 for regression' },
    'n-trees': { type: int({ min: 1, max: 1000 }), description: 'Number of trees of a forest.', defaultText: '50' },
    'max-features': { type: either(oneOf(['sqrt', 'all']), num({ gt: 0, max: 1 })), description: 'Forest: features tried per tree ("sqrt", "all" or a fraction in (0, 1]).', defaultText: 'sqrt', doors: ['config'] },
    seed: { type: int({ min: 0, max: 4294967295 }), description: 'Seed of the holdout split, folds and forest.', default: 42 },
    'test-size': { type: num({ gt: 0, lt: 1 }), description: 'Holdout fraction.', default: 0.2 },
    'cv-folds': { type: int({ min: 0, max: 50 }), arg: 'K', description: 'Stratified k-fold cross-validation on the training split, reported as mean ± std (0: off); a search selects on these folds.', defaultText: '0 (off); 5 with a search' },
    metric: { type: text({ arg: 'NAME', example: 'f1_macro' }), description: 'Headline metric (the action\'s "score" output).', defaultText: 'accuracy for classification, rmse for regression' },
    impute: {
      type: nested(z.object({ numeric: imputeStrategy.optional(), categorical: imputeStrategy.optional(), 'fill-value': z.union([z.number(), z.string()]).optional() }).strict(), 'a mapping of numeric, categorical and fill-value'),
      description: 'Missing-value imputation: numeric and categorical strategy (median, mean, most-frequent, constant) and fill-value.',
      doors: ['config'],
    },
    encoding: { type: oneOf(['one-hot', 'ordinal']), arg: 'ENC', description: 'Categorical encoding: one-hot or ordinal.', defaultText: 'one-hot' },
    categorical: { type: list(), description: 'Columns to treat as categorical whatever their values.', doors: ['config'] },
    'datetime-parts': { type: list({ nonEmpty: true, item: datePart }), description: 'Parts of date-time columns to use as features.', doors: ['config'] },
    out: { type: text({ arg: 'DIR', example: 'bundle' }), description: 'Bundle directory.', default: 'model', defaultText: './model ($RUNNER_TEMP/cd4ml/model in the action)' },
    'artifact-name': { type: text({ arg: 'NAME', example: 'churn-model' }), description: 'Name of the uploaded artifact.', default: 'model', doors: ['config', 'input'] },
    'intended-use': { type: text(), description: 'Intended use, written into the model card.', doors: ['config'] },
    search: {
      type: searchSpaceType,
      multiple: true,
      arg: 'NAME=VALUES',
      description: 'Hyperparameter search: NAME=VALUES per line (flag repeatable), NAME one of max-depth, min-num-samples, gain-threshold, model, n-trees, max-features, encoding, split-search; VALUES a comma-separated list or, for search-method random, a range "int 2..16", "uniform 0..0.1" or "log 0.0001..0.1". In cd4ml.yml a mapping NAME: [values] or NAME: "int 2..16".',
    },
    'search-method': { type: oneOf(['grid', 'random', 'halving']), arg: 'METHOD', description: 'grid (every combination), random (search-trials seeded samples) or halving (successive halving on rows, factor 3, like HalvingGridSearchCV).', default: 'grid' },
    'search-trials': { type: int({ min: 1, max: 10000 }), description: 'Candidates sampled by search-method random.', default: 10 },
    'one-se': { type: bool(), description: 'Choose the simplest candidate within one standard error of the best mean CV score.', default: false },
    jobs: { type: int({ min: 1, max: 256 }), description: 'Worker threads evaluating search candidates (results are identical for any number).', defaultText: 'the number of cores' },
    shard: { type: text({ pattern: /^\d+\/\d+$/, what: 'I/N, e.g. 2/8', arg: 'I/N', example: '2/8' }), description: 'Evaluate shard I of N of the search candidates and write DIR/search-shard.json instead of a bundle (merge with merge-search).', doors: ['cli', 'input'] },
    'merge-search': { type: list({ nonEmpty: true }), multiple: true, arg: 'DIR', description: 'Folders holding search-shard.json files of every shard: merge them, choose and refit (flag repeatable or comma-separated).', doors: ['cli', 'input'] },
    upload: { type: bool(), description: 'Upload the bundle as a workflow artifact.', default: true, doors: ['input'] },
    name: {
      type: text({ pattern: /^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/, what: 'a name that starts with a letter or digit and holds only letters, digits, "_", "." or "-" (at most 128)', arg: 'NAME', example: 'churn' }),
      description: 'Model name the server answers to (Open Inference Protocol /v2/models/<name>).',
      defaultText: 'model',
      doors: ['config'],
    },
    progress: progressOption(),
    ...mlflowOptions('tracking-uri', 'experiment', 'registered-model', 'mlflow-required'),
  },
  { command: 'train' },
);

export const trainSection = trainStage.section;
export type TrainSection = SettingsOf<typeof trainStage.options>;
