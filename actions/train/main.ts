import * as core from '@actions/core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';
import { isMainThread } from 'node:worker_threads';
import { runAction, setOutputs, writeSummary } from '../shared/run.js';
import { getInputs } from './inputs.js';
import { actionProgress } from '../shared/progress.js';
import { UsageError } from '../../src/errors.js';
import { releaseMemory } from '../../src/io/memory.js';

/** Head SHA of the pull request from the event payload, when the run is for a PR. */
function prHeadSha(): string | undefined {
  const path = process.env.GITHUB_EVENT_PATH;
  if (!path) return undefined;
  try {
    const event = JSON.parse(readFileSync(path, 'utf8')) as { pull_request?: { head?: { sha?: string } } };
    return event.pull_request?.head?.sha;
  } catch {
    return undefined;
  }
}

async function trainMain(): Promise<void> {
await runAction('train', async () => {
  const { config, settings: section } = await getInputs();
  const { resolveTrainSettings } = await import('../../src/model/settings.js');
  const { trainAndWriteBundle } = await import('../../src/model/train.js');
  const settings = resolveTrainSettings(section);
  const epoch = process.env.SOURCE_DATE_EPOCH;
  const { workerRunner } = await import('../../src/model/search-pool.js');
  // SOURCE_DATE_EPOCH asks for a reproducible bundle: no wall-clock fit times in it.
  const now = epoch ? undefined : () => performance.now();
  const result = await trainAndWriteBundle(settings, {
    now,
    // This bundle file is also the search workers' entry (the check at the bottom).
    searchRunner: workerRunner(new URL(import.meta.url), settings.jobs ?? availableParallelism(), now, (line) => core.info(line)),
    timestamp: epoch ? new Date(Number(epoch) * 1000).toISOString() : new Date().toISOString(),
    toolVersion: '__CD4ML_VERSION__',
    gitHead: process.env.GITHUB_SHA,
    gitPrHead: prHeadSha(),
    progress: actionProgress(section.progress),
    releaseMemory,
  });
  if (result.shard) {
    const r = result.shard;
    core.info(`search shard ${r.index}/${r.count}: ${r.evaluated} of ${r.candidates} candidates evaluated → ${result.dir}`);
  } else core.info(`trained ${result.task} model: ${result.headline.name} = ${result.headline.value} (holdout); bundle ${result.dir}`);
  // MLflow (when configured): run + model version, written into lineage.json before the upload (not for a shard).
  const { trackTrainingInAction, mlflowOverridesOf } = await import('../shared/mlflow.js');
  const tracked = result.shard ? undefined : await trackTrainingInAction(config.mlflow, mlflowOverridesOf(section), result.dir, process.env.GITHUB_SHA ? `cd4ml train ${process.env.GITHUB_SHA.slice(0, 7)}` : undefined);
  let artifactId: number | undefined;
  if (section.upload) {
    const name = section['artifact-name']!;
    if (!process.env.ACTIONS_RUNTIME_TOKEN) throw new UsageError('cannot upload the bundle: ACTIONS_RUNTIME_TOKEN is not set (not running on a GitHub runner); set input "upload" to false');
    // Loaded only when uploading: keeps the action's start-up fast.
    const { DefaultArtifactClient } = await import('@actions/artifact');
    const uploaded = await new DefaultArtifactClient().uploadArtifact(name, result.files.map((f) => join(result.dir, f)), result.dir);
    artifactId = uploaded.id;
    core.info(`uploaded artifact "${name}" (id ${artifactId}, ${uploaded.size} bytes)`);
  }
  setOutputs({
    'bundle-path': result.dir,
    'artifact-id': artifactId === undefined ? '' : String(artifactId),
    metrics: (result.metrics.holdout ?? {}) as object,
    score: result.shard ? '' : result.headline.value,
    digest: tracked?.digest ?? result.digest,
    'mlflow-run-id': tracked?.result?.runId ?? '',
    'mlflow-model-version': tracked?.result?.version ?? '',
    'mlflow-run-url': tracked?.result?.runUrl ?? '',
  });
  const mlflowLine = tracked?.result ? `MLflow: [run ${tracked.result.runId}](${tracked.result.runUrl})${tracked.result.version ? `, registered model "${tracked.result.registeredModel}" version ${tracked.result.version}` : ''}\n\n` : '';
  await writeSummary(`## cd4ml train\n\n${mlflowLine}${result.summary}`);
});
}

// A search worker thread runs this same bundle file (src/model/search-pool.ts).
const search = isMainThread ? undefined : await import('../../src/model/search-pool.js');
if (search?.isSearchWorker()) search.runSearchWorker();
else await trainMain();
