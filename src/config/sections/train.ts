import { z } from 'zod';

const imputeStrategy = z.enum(['median', 'mean', 'most-frequent', 'constant']);
const datePart = z.enum(['year', 'month', 'day', 'dayofweek', 'dayofyear', 'hour', 'minute']);

/** `train:` in cd4ml.yml — same names as `cd4ml train` flags and the train action's inputs. */
export const trainSection = z
  .object({
    /** Training data file (CSV, TSV, JSON Lines, JSON, Parquet). */
    data: z.string().min(1).optional(),
    /** A separate evaluation file; without it a seeded holdout split of `data` is used. */
    'test-data': z.string().min(1).optional(),
    format: z.enum(['csv', 'tsv', 'jsonl', 'json', 'parquet', 'delta']).optional(),
    target: z.string().min(1).optional(),
    /** Raw input columns to use (default: every column but the target). */
    features: z.array(z.string().min(1)).min(1).optional(),
    exclude: z.array(z.string().min(1)).optional(),
    /** Inferred when absent: a numeric target with more than 20 distinct values is regression. */
    task: z.enum(['classification', 'regression']).optional(),
    model: z.enum(['tree', 'forest']).optional(),
    'max-depth': z.number().int().min(1).max(64).optional(),
    /** exact (ml-cart's candidates; presorted), histogram (≤ 256 quantile bins) or auto (exact up to 20,000 rows). */
    'split-search': z.enum(['auto', 'exact', 'histogram']).optional(),
    'min-num-samples': z.number().int().min(0).optional(),
    'gain-threshold': z.number().min(0).optional(),
    'n-trees': z.number().int().min(1).max(1000).optional(),
    /** Forest: features tried per tree ("sqrt", "all" or a fraction in (0, 1]). */
    'max-features': z.union([z.enum(['sqrt', 'all']), z.number().gt(0).max(1)]).optional(),
    seed: z.number().int().min(0).max(4294967295).optional(),
    'test-size': z.number().gt(0).lt(1).optional(),
    /** Stratified k-fold cross-validation on the training split (0 = off). */
    'cv-folds': z.number().int().min(0).max(50).optional(),
    /** Headline metric (default accuracy / rmse). */
    metric: z.string().min(1).optional(),
    impute: z
      .object({
        numeric: imputeStrategy.optional(),
        categorical: imputeStrategy.optional(),
        'fill-value': z.union([z.number(), z.string()]).optional(),
      })
      .strict()
      .optional(),
    encoding: z.enum(['one-hot', 'ordinal']).optional(),
    categorical: z.array(z.string().min(1)).optional(),
    'datetime-parts': z.array(datePart).min(1).optional(),
    /** Bundle directory. */
    out: z.string().min(1).optional(),
    'artifact-name': z.string().min(1).optional(),
    'intended-use': z.string().min(1).optional(),
  })
  .strict();

export type TrainSection = z.infer<typeof trainSection>;
