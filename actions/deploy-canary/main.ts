import * as core from '@actions/core';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runAction, setOutputs, writeSummary } from '../shared/run.js';
import { getInputs } from './inputs.js';
import { CheckFailedError } from '../../src/errors.js';
import { writeText } from '../../src/io/fs.js';
import { resolveDeploySettings } from '../../src/deploy/settings.js';
import { code } from '../../src/report/markdown.js';

await runAction('deploy-canary', async () => {
  const { config, settings: merged } = await getInputs();
  const settings = resolveDeploySettings(merged, {}, (name) => `input "${name}"`);
  const githubToken = merged['github-token'];
  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
  // MLflow: which registered model version this is (a mlflow:models:/ bundle is downloaded here).
  const { mlflowDeployInAction, mlflowOverridesOf } = await import('../shared/mlflow.js');
  const mlflow = await mlflowDeployInAction(config.mlflow, mlflowOverridesOf(merged), settings.artifact.kind === 'bundle' ? settings.artifact.dir : undefined, workspace);
  if (mlflow?.model.dir) settings.artifact = { kind: 'bundle', dir: mlflow.model.dir };
  if (settings.artifact.kind === 'bundle') settings.artifact = { kind: 'bundle', dir: resolve(workspace, settings.artifact.dir) };
  if (settings.bundle) settings.bundle = resolve(workspace, settings.bundle);
  if (settings.load) settings.load.file = resolve(workspace, settings.load.file);

  const { deploy } = await import('../../src/deploy/deploy.js');
  const { defaultLocalRuntime } = await import('../../src/deploy/local/runtime.js');
  const { createRemoteProvider, createCloudMonitoringReader } = await import('../../src/deploy/providers.js');
  // Google access tokens are masked in the log before they are first used.
  const remote = { onToken: (t: string) => core.setSecret(t) };
  let metrics;
  if (settings.metricsSource === 'cloud-monitoring') {
    const reader = await createCloudMonitoringReader(settings, remote);
    await reader.preflight(); // a missing roles/monitoring.viewer stops here, before anything is launched
    core.info(`canary metrics: ${reader.source}; analysis every ${settings.rollout.intervalMs / 1000}s, ${settings.rollout.bakeMs / 1000}s a step`);
    if (settings.rollout.intervalMs < 60_000) core.warning(`interval ${settings.rollout.intervalMs / 1000}s is shorter than Cloud Run's 60 s metric sampling: analyses will re-read the same points (default 60s)`);
    metrics = reader;
  }
  // The local provider runs this build's own CLI (serve, proxy daemon): dist/cli beside dist/deploy-canary.
  const cliPath = join(dirname(fileURLToPath(import.meta.url)), '..', 'cli', 'index.js');

  let github;
  if (githubToken) {
    const { createGitHubPort } = await import('../../src/github/octokit.js');
    const { context } = await import('@actions/github');
    const { owner, repo } = context.repo;
    github = {
      port: createGitHubPort({ owner, repo, token: githubToken, baseUrl: context.apiUrl, onRetry: (m) => core.warning(m) }),
      sha: context.sha,
      runId: String(context.runId),
      runUrl: `${context.serverUrl}/${owner}/${repo}/actions/runs/${context.runId}`,
      bundleArtifact: merged['bundle-artifact'],
      imageDigest: merged['image-digest'],
    };
  } else core.info('no github-token: the rollout is not recorded as a GitHub Deployment');

  // A cancelled job: the runner sends SIGINT, then SIGTERM ~7.5 s later, then kills. Either one
  // returns 100% to stable (verified) and records the rollout as cancelled.
  const cancel = new AbortController();
  const onSignal = (sig: NodeJS.Signals) => {
    core.warning(`${sig}: cancelling the rollout, returning all traffic to the stable revision`);
    cancel.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const outcome = await deploy(settings, {
    root: workspace,
    log: (m) => core.info(m),
    localRuntime: defaultLocalRuntime(cliPath, settings.containerPort),
    github,
    provider: settings.provider === 'local' ? undefined : await createRemoteProvider(settings, (m) => core.info(m), remote),
    metrics,
    signal: cancel.signal,
  }).finally(() => {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  });
  if (outcome.noop) {
    setOutputs({ result: 'promoted', mode: 'canary', 'deployment-id': outcome.deploymentId, url: outcome.url, 'final-weights': '', 'report-path': '' });
    await writeSummary(`### deploy-canary: nothing to do\n\nDeployment ${outcome.deploymentId} of this commit and artifact already succeeded in ${code(settings.environment)}.\n`);
    return;
  }
  const { formatReportMarkdown, formatWeights } = await import('../../src/deploy/summary.js');
  const report = outcome.report!;
  let promotion: import('../../src/mlflow/deploy.js').PromotionRecord | undefined;
  if (mlflow) {
    // Promotion moves the alias (recording the previous version); a rollback leaves it.
    const { recordPromotion, describePromotion } = await import('../../src/mlflow/deploy.js');
    promotion = await recordPromotion(mlflow.client, { registeredModel: mlflow.model.name, version: mlflow.model.version, alias: mlflow.settings.alias, result: report.result });
    core.info(describePromotion(promotion, mlflow.model.name));
  }
  const reportPath = join(process.env.RUNNER_TEMP ?? workspace, 'cd4ml', 'deploy-report.json');
  await writeText(reportPath, JSON.stringify({ ...report, load: outcome.load }, null, 2) + '\n');
  setOutputs({
    result: report.result,
    mode: report.mode,
    'final-weights': formatWeights(report.finalWeights),
    url: report.url,
    'deployment-id': outcome.deploymentId,
    'report-path': reportPath,
    'mlflow-model-version': mlflow?.model.version ?? '',
    'mlflow-previous-version': promotion?.action === 'alias-set' ? (promotion.previous ?? '') : '',
  });
  const mlflowLine = promotion && mlflow ? `\n${(await import('../../src/mlflow/deploy.js')).describePromotion(promotion, mlflow.model.name)}\n` : '';
  await writeSummary(formatReportMarkdown(report, outcome.load) + mlflowLine);
  if (report.result !== 'promoted') throw new CheckFailedError(`${report.result}: ${report.reason}`);
  if (!report.verified) throw new CheckFailedError(`the end state could not be verified on the provider`);
  core.info(`${report.result}${report.mode === 'first-deploy' ? ' (first-deploy)' : ''}: ${report.reason}`);
});
