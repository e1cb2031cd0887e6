/**
 * `cd4ml train` — train a CART model (ml-cart format) and write a model bundle. Same option names
 * as the train action's inputs and the `train:` section of cd4ml.yml (flags win).
 */
import { execFile } from 'node:child_process';
import type { CommandSpec } from '../command.js';
import { boolOpt, stringOpt } from '../command.js';
import { loadConfig, mergeSection } from '../../config/load.js';
import { parseEnum, parseList, parseNumber } from '../../config/parse.js';
import type { TrainSection } from '../../config/sections/train.js';

const FORMATS = ['csv', 'tsv', 'jsonl', 'json', 'parquet', 'delta'] as const;

function gitHead(cwd: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    execFile('git', ['rev-parse', 'HEAD'], { cwd }, (err, stdout) => resolve(err ? undefined : stdout.trim() || undefined));
  });
}

/** The bundle's one timestamp: SOURCE_DATE_EPOCH (reproducible builds) or now. */
export function bundleTimestamp(env: NodeJS.ProcessEnv = process.env): string {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && epoch !== '') return new Date(parseNumber('SOURCE_DATE_EPOCH', epoch, { min: 0, integer: true }) * 1000).toISOString();
  return new Date().toISOString();
}

export const command: CommandSpec = {
  name: 'train',
  summary: 'train a CART model and write a model bundle',
  options: {
    data: { type: 'string', arg: 'FILE', description: 'training data (.csv, .tsv, .jsonl, .json, .parquet)' },
    'test-data': { type: 'string', arg: 'FILE', description: 'separate evaluation data (default: a seeded holdout of --data)' },
    format: { type: 'string', arg: 'FORMAT', description: 'csv, tsv, jsonl, json, parquet or delta (default: from the extension; delta for a folder with _delta_log/)' },
    target: { type: 'string', arg: 'COL', description: 'column to predict' },
    features: { type: 'string', arg: 'A,B', description: 'input columns (default: all but the target)' },
    exclude: { type: 'string', arg: 'A,B', description: 'columns not to use' },
    task: { type: 'string', arg: 'TASK', description: 'classification or regression (default: inferred from the target)' },
    model: { type: 'string', arg: 'MODEL', description: 'tree (default) or forest' },
    'max-depth': { type: 'string', arg: 'N', description: 'maximum tree depth (default 6)' },
    'split-search': { type: 'string', arg: 'MODE', description: 'exact (ml-cart candidates), histogram (256 bins) or auto (default: exact up to 20,000 rows)' },
    'min-num-samples': { type: 'string', arg: 'N', description: 'a node with this many rows or fewer is a leaf (default 3, like ml-cart)' },
    'gain-threshold': { type: 'string', arg: 'X', description: 'minimum gain of a split (default ml-cart: 0.01 classification, 0 regression)' },
    'n-trees': { type: 'string', arg: 'N', description: 'trees in a forest (default 50)' },
    seed: { type: 'string', arg: 'N', description: 'seed of the split, folds and forest (default 42)' },
    'test-size': { type: 'string', arg: 'X', description: 'holdout fraction (default 0.2)' },
    'cv-folds': { type: 'string', arg: 'K', description: 'stratified k-fold cross-validation on the training split (default 0: off)' },
    metric: { type: 'string', arg: 'NAME', description: 'headline metric (default accuracy / rmse)' },
    encoding: { type: 'string', arg: 'ENC', description: 'categorical encoding: one-hot (default) or ordinal' },
    out: { type: 'string', arg: 'DIR', description: 'bundle directory (default ./model)' },
  },
  details: [
    'Writes DIR/{model.json, preprocess.json, schema.yml, metrics.json, params.json, lineage.json,',
    'holdout.jsonl, MODEL_CARD.md, manifest.json}. SOURCE_DATE_EPOCH fixes the bundle timestamp.',
    'Exit codes: 0 trained, 2 bad usage or bad input (missing target, single class, too few rows, …).',
  ].join('\n'),
  async run(opts, io) {
    const { config } = await loadConfig(stringOpt(opts, 'config'));
    const num = (name: string, range: Parameters<typeof parseNumber>[2]) => {
      const v = stringOpt(opts, name);
      return v === undefined ? undefined : parseNumber(`--${name}`, v, range);
    };
    const enumOpt = <T extends string>(name: string, allowed: readonly T[]) => {
      const v = stringOpt(opts, name);
      return v === undefined ? undefined : parseEnum(`--${name}`, v, allowed);
    };
    const list = (name: string) => {
      const v = stringOpt(opts, name);
      return v === undefined ? undefined : parseList(v);
    };
    const section = mergeSection<TrainSection>(config.train, {
      data: stringOpt(opts, 'data'),
      'test-data': stringOpt(opts, 'test-data'),
      format: enumOpt('format', FORMATS),
      target: stringOpt(opts, 'target'),
      features: list('features'),
      exclude: list('exclude'),
      task: enumOpt('task', ['classification', 'regression'] as const),
      model: enumOpt('model', ['tree', 'forest'] as const),
      'max-depth': num('max-depth', { min: 1, max: 64, integer: true }),
      'min-num-samples': num('min-num-samples', { min: 0, integer: true }),
      'split-search': enumOpt('split-search', ['auto', 'exact', 'histogram'] as const),
      'gain-threshold': num('gain-threshold', { min: 0 }),
      'n-trees': num('n-trees', { min: 1, max: 1000, integer: true }),
      seed: num('seed', { min: 0, max: 4294967295, integer: true }),
      'test-size': num('test-size', { min: 0.001, max: 0.999 }),
      'cv-folds': num('cv-folds', { min: 0, max: 50, integer: true }),
      metric: stringOpt(opts, 'metric'),
      encoding: enumOpt('encoding', ['one-hot', 'ordinal'] as const),
      out: stringOpt(opts, 'out'),
    });
    const { resolveTrainSettings, inferSchemaYaml } = await import('../../model/settings.js');
    const { trainAndWriteBundle } = await import('../../model/train.js');
    const settings = resolveTrainSettings(section);
    const result = await trainAndWriteBundle(settings, {
      timestamp: bundleTimestamp(),
      toolVersion: process.env.CD4ML_VERSION ?? '__CD4ML_VERSION__',
      gitHead: await gitHead(io.cwd),
      inferSchemaYaml,
    });
    if (boolOpt(opts, 'json')) {
      io.stdout(JSON.stringify({ bundle: result.dir, digest: result.digest, task: result.task, headline: result.headline, metrics: result.metrics, files: result.files }, null, 2) + '\n');
    } else {
      io.stdout(`trained ${result.task} model: ${result.headline.name} = ${result.headline.value.toFixed(4)} (holdout)\nbundle ${result.dir} (sha256 of manifest ${result.digest})\n  ${result.files.join('\n  ')}\n`);
    }
    return 0;
  },
};
