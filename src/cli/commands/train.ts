/**
 * `cd4ml train` — train a CART model (ml-cart format) and write a model bundle. Same option names
 * as the train action's inputs and the `train:` section of cd4ml.yml (flags win).
 */
import { execFile } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { boolOpt, stageSettings, type CommandSpec } from '../command.js';
import { parseNumber } from '../../config/parse.js';
import { trainStage } from '../../config/sections/train.js';
import { trackTrainingFromCli } from '../mlflow.js';
import { cliProgress } from '../progress.js';
import { releaseMemory } from '../../io/memory.js';

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

/** The file this process runs (the CLI bundle): search workers start it again. */
function cliEntry(): string {
  return pathToFileURL(process.argv[1] ?? '').href;
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
    const { resolveTrainSettings } = await import('../../model/settings.js');
    const { trainAndWriteBundle } = await import('../../model/train.js');
    const settings = resolveTrainSettings(section);
    const { workerRunner } = await import('../../model/search-pool.js');
    const { availableParallelism } = await import('node:os');
    const { performance } = await import('node:perf_hooks');
    // SOURCE_DATE_EPOCH asks for a reproducible bundle: no wall-clock fit times in it.
    const now = process.env.SOURCE_DATE_EPOCH ? undefined : () => performance.now();
    const result = await trainAndWriteBundle(settings, {
      now,
      // The CLI bundle's own file is the worker's entry (src/cli/index.ts checks for it).
      searchRunner: workerRunner(new URL(cliEntry()), settings.jobs ?? availableParallelism(), now),
      timestamp: bundleTimestamp(),
      toolVersion: process.env.CD4ML_VERSION ?? '__CD4ML_VERSION__',
      gitHead: await gitHead(io.cwd),
      progress: cliProgress(io, section.progress),
      releaseMemory,
    });
    if (result.shard) {
      const r = result.shard;
      const line = `search shard ${r.index}/${r.count}: ${r.evaluated} of ${r.candidates} candidates evaluated on ${settings.cvFolds} folds → ${result.dir}/${result.files[0]}\n`;
      io.stdout(boolOpt(opts, 'json') ? JSON.stringify({ shard: r, dir: result.dir, file: result.files[0], digest: result.digest }, null, 2) + '\n' : line);
      return 0;
    }
    // MLflow (when configured): run + model version, recorded in lineage.json (the digest changes).
    const tracked = await trackTrainingFromCli(section, config.mlflow, result.dir, io.stderr);
    const digest = tracked?.digest ?? result.digest;
    const mlflow = tracked?.result ? { 'run-id': tracked.result.runId, 'run-url': tracked.result.runUrl, 'registered-model': tracked.result.registeredModel ?? null, 'model-version': tracked.result.version ?? null } : undefined;
    if (boolOpt(opts, 'json')) {
      io.stdout(JSON.stringify({ bundle: result.dir, digest, task: result.task, headline: result.headline, metrics: result.metrics, files: result.files, ...(mlflow ? { mlflow } : {}) }, null, 2) + '\n');
    } else {
      const line = mlflow ? `mlflow run ${mlflow['run-id']} (${mlflow['run-url']})${mlflow['model-version'] ? `, registered model "${mlflow['registered-model']}" version ${mlflow['model-version']}` : ''}\n` : '';
      const chosen = result.search ? `search (${result.search.method}, ${result.search.candidates.length} evaluations, ${result.search.cv_folds} folds): chose ${Object.entries(result.search.best.params).map(([k, v]) => `${k}=${v}`).join(' ')} (CV ${result.search.metric} ${result.search.best.mean.toFixed(4)} ± ${result.search.best.std.toFixed(4)})\n` : '';
      io.stdout(`${chosen}trained ${result.task} model: ${result.headline.name} = ${result.headline.value.toFixed(4)} (holdout)\nbundle ${result.dir} (sha256 of manifest ${digest})\n  ${result.files.join('\n  ')}\n${line}`);
    }
    return 0;
  },
};
