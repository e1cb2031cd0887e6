/**
 * `cd4ml train` — train a CART model (ml-cart format) and write a model bundle. Same option names
 * as the train action's inputs and the `train:` section of cd4ml.yml (flags win).
 */
import { execFile } from 'node:child_process';
import { boolOpt, stageSettings, type CommandSpec } from '../command.js';
import { parseNumber } from '../../config/parse.js';
import { trainStage } from '../../config/sections/train.js';

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
  stage: trainStage,
  details: [
    'Writes DIR/{model.json, preprocess.json, schema.yml, metrics.json, params.json, lineage.json,',
    'holdout.jsonl, MODEL_CARD.md, manifest.json}. SOURCE_DATE_EPOCH fixes the bundle timestamp.',
    'Exit codes: 0 trained, 2 bad usage or bad input (missing target, single class, too few rows, …).',
  ].join('\n'),
  async run(opts, io) {
    const { settings: section } = await stageSettings(trainStage, opts, io);
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
