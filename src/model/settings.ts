/**
 * Resolve the `train:` section (config merged with flags / inputs) into TrainSettings with defaults,
 * and the schema inference used for schema.yml (validate-data's inference on the training data).
 */
import { UsageError } from '../errors.js';
import type { TrainSection } from '../config/sections/train.js';
import type { TrainSettings } from './fit.js';
import { SEARCHABLE } from './search.js';

/** Defaults of the train stage (kept here, away from the trainer, so a usage error loads nothing heavy). */
export const TRAIN_DEFAULTS = {
  model: 'tree' as const,
  maxDepth: 6,
  minNumSamples: 3,
  nTrees: 50,
  maxFeatures: 'sqrt' as const,
  splitSearch: 'auto' as const,
  seed: 42,
  testSize: 0.2,
  cvFolds: 0,
  numericImpute: 'median' as const,
  categoricalImpute: 'most-frequent' as const,
  encoding: 'one-hot' as const,
};

export function resolveTrainSettings(t: TrainSection, where = 'train'): TrainSettings {
  if (!t.data) throw new UsageError(`no training data: pass --data FILE / input "data" or set ${where}.data in cd4ml.yml`);
  if (!t.target) throw new UsageError(`no target column: pass --target COL / input "target" or set ${where}.target in cd4ml.yml`);
  return {
    data: t.data,
    testData: t['test-data'],
    format: t.format,
    target: t.target,
    features: t.features,
    exclude: t.exclude,
    task: t.task,
    model: t.model ?? TRAIN_DEFAULTS.model,
    maxDepth: t['max-depth'] ?? TRAIN_DEFAULTS.maxDepth,
    splitSearch: t['split-search'] ?? TRAIN_DEFAULTS.splitSearch,
    minNumSamples: t['min-num-samples'] ?? TRAIN_DEFAULTS.minNumSamples,
    gainThreshold: t['gain-threshold'],
    nTrees: t['n-trees'] ?? TRAIN_DEFAULTS.nTrees,
    maxFeatures: t['max-features'] ?? TRAIN_DEFAULTS.maxFeatures,
    seed: t.seed ?? TRAIN_DEFAULTS.seed,
    testSize: t['test-size'] ?? TRAIN_DEFAULTS.testSize,
    cvFolds: t['cv-folds'] ?? (t.search !== undefined || t['merge-search'] ? 5 : TRAIN_DEFAULTS.cvFolds),
    metric: t.metric,
    numericImpute: t.impute?.numeric ?? TRAIN_DEFAULTS.numericImpute,
    categoricalImpute: t.impute?.categorical ?? TRAIN_DEFAULTS.categoricalImpute,
    fillValue: t.impute?.['fill-value'],
    encoding: t.encoding ?? TRAIN_DEFAULTS.encoding,
    categorical: t.categorical,
    datetimeParts: t['datetime-parts'],
    out: t.out ?? 'model',
    intendedUse: t['intended-use'],
    name: t.name,
    search: t.search,
    searchMethod: t['search-method'] ?? 'grid',
    searchTrials: t['search-trials'] ?? 10,
    oneSe: t['one-se'] ?? false,
    jobs: t.jobs,
    shard: t.shard,
    mergeSearch: t['merge-search'],
    pinned: Object.fromEntries(SEARCHABLE.filter((n) => t[n] !== undefined).map((n) => [n, t[n] as number | string])),
  };
}
