/**
 * The train stage's options: `train:` in cd4ml.yml, `cd4ml train` flags and the train action's
 * inputs are all derived from this one table (src/config/options.ts).
 */
import { z } from 'zod';
import { bool, declareStage, either, int, list, nested, num, oneOf, text, type SettingsOf } from '../options.js';
import { configInput, formatOption } from './common.js';

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
    model: { type: oneOf(['tree', 'forest']), description: 'tree or forest (bagged trees).', default: 'tree' },
    'max-depth': { type: int({ min: 1, max: 64 }), description: 'Maximum tree depth.', default: 6 },
    'split-search': {
      type: oneOf(['auto', 'exact', 'histogram']),
      arg: 'MODE',
      description: 'exact (the candidate thresholds ml-cart uses; identical trees), histogram (256 quantile bins; for large data) or auto (exact up to 20,000 training rows).',
      default: 'auto',
    },
    'min-num-samples': { type: int({ min: 0 }), description: 'A node with this many rows or fewer becomes a leaf (3 is ml-cart\'s).', default: 3 },
    'gain-threshold': { type: num({ min: 0 }), description: 'Minimum gain of a split.', defaultText: 'like ml-cart: 0.01 for classification, 0 for regression' },
    'n-trees': { type: int({ min: 1, max: 1000 }), description: 'Number of trees of a forest.', default: 50 },
    'max-features': { type: either(oneOf(['sqrt', 'all']), num({ gt: 0, max: 1 })), description: 'Forest: features tried per tree ("sqrt", "all" or a fraction in (0, 1]).', default: 'sqrt', doors: ['config'] },
    seed: { type: int({ min: 0, max: 4294967295 }), description: 'Seed of the holdout split, folds and forest.', default: 42 },
    'test-size': { type: num({ gt: 0, lt: 1 }), description: 'Holdout fraction.', default: 0.2 },
    'cv-folds': { type: int({ min: 0, max: 50 }), arg: 'K', description: 'Stratified k-fold cross-validation on the training split, reported as mean ± std (0: off).', default: 0 },
    metric: { type: text({ arg: 'NAME', example: 'f1_macro' }), description: 'Headline metric (the action\'s "score" output).', defaultText: 'accuracy for classification, rmse for regression' },
    impute: {
      type: nested(z.object({ numeric: imputeStrategy.optional(), categorical: imputeStrategy.optional(), 'fill-value': z.union([z.number(), z.string()]).optional() }).strict(), 'a mapping of numeric, categorical and fill-value'),
      description: 'Missing-value imputation: numeric and categorical strategy (median, mean, most-frequent, constant) and fill-value.',
      doors: ['config'],
    },
    encoding: { type: oneOf(['one-hot', 'ordinal']), arg: 'ENC', description: 'Categorical encoding: one-hot or ordinal.', default: 'one-hot' },
    categorical: { type: list(), description: 'Columns to treat as categorical whatever their values.', doors: ['config'] },
    'datetime-parts': { type: list({ nonEmpty: true, item: datePart }), description: 'Parts of date-time columns to use as features.', doors: ['config'] },
    out: { type: text({ arg: 'DIR', example: 'bundle' }), description: 'Bundle directory.', default: 'model', defaultText: './model ($RUNNER_TEMP/cd4ml/model in the action)' },
    'artifact-name': { type: text({ arg: 'NAME', example: 'churn-model' }), description: 'Name of the uploaded artifact.', default: 'model', doors: ['config', 'input'] },
    'intended-use': { type: text(), description: 'Intended use, written into the model card.', doors: ['config'] },
    upload: { type: bool(), description: 'Upload the bundle as a workflow artifact.', default: true, doors: ['input'] },
  },
  { command: 'train' },
);

export const trainSection = trainStage.section;
export type TrainSection = SettingsOf<typeof trainStage.options>;
