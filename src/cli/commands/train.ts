/**
 * `cd4ml train` — train a CART model (ml-cart format) and write a model bundle. Same option names
 * as the train action's inputs and the `train:` section of cd4ml.yml (flags win).
 */
import { execFile } from 'node:child_process';
import { boolOpt, stageSettings, type CommandSpec } from '../command.js';
import { parseNumber } from '../../config/parse.js';
import { trainStage } from '../../config/sections/train.js';
import { trackTrainingFromCli } from '../mlflow.js';

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
    const { config, settings: section } = await stageSettings(trainStage, opts, io);
    const { resolveTrainSettings, inferSchemaYaml } = await import('../../model/settings.js');
    const { trainAndWriteBundle } = await import('../../model/train.js');
    const settings = resolveTrainSettings(section);
    const result = await trainAndWriteBundle(settings, {
      timestamp: bundleTimestamp(),
      toolVersion: process.env.CD4ML_VERSION ?? '__CD4ML_VERSION__',
      gitHead: await gitHead(io.cwd),
      inferSchemaYaml,
    });
    // MLflow (when configured): run + model version, recorded in lineage.json (the digest changes).
    const tracked = await trackTrainingFromCli(opts, config.mlflow, result.dir, io.stderr);
    const digest = tracked?.digest ?? result.digest;
    const mlflow = tracked?.result ? { 'run-id': tracked.result.runId, 'run-url': tracked.result.runUrl, 'registered-model': tracked.result.registeredModel ?? null, 'model-version': tracked.result.version ?? null } : undefined;
    if (boolOpt(opts, 'json')) {
      io.stdout(JSON.stringify({ bundle: result.dir, digest, task: result.task, headline: result.headline, metrics: result.metrics, files: result.files, ...(mlflow ? { mlflow } : {}) }, null, 2) + '\n');
    } else {
      const line = mlflow ? `mlflow run ${mlflow['run-id']} (${mlflow['run-url']})${mlflow['model-version'] ? `, registered model "${mlflow['registered-model']}" version ${mlflow['model-version']}` : ''}\n` : '';
      io.stdout(`trained ${result.task} model: ${result.headline.name} = ${result.headline.value.toFixed(4)} (holdout)\nbundle ${result.dir} (sha256 of manifest ${digest})\n  ${result.files.join('\n  ')}\n${line}`);
    }
    return 0;
  },
};
