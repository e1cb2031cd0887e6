import * as core from '@actions/core';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runAction, setOutputs, writeSummary } from '../shared/run.js';
import { getInputs } from './inputs.js';
import { CheckFailedError } from '../../src/errors.js';
import { writeText } from '../../src/io/fs.js';
import { resolveDeploySettings } from '../../src/deploy/settings.js';

await runAction('deploy-canary', async () => {
  const { settings: merged } = await getInputs();
  const settings = resolveDeploySettings(merged, {}, (name) => `input "${name}"`);
  const githubToken = merged['github-token'];
  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
  if (settings.artifact.kind === 'bundle') settings.artifact = { kind: 'bundle', dir: resolve(workspace, settings.artifact.dir) };
  if (settings.load) settings.load.file = resolve(workspace, settings.load.file);

  const { deploy } = await import('../../src/deploy/deploy.js');
  const { defaultLocalRuntime } = await import('../../src/deploy/local/runtime.js');
  const { createRemoteProvider } = await import('../../src/deploy/providers.js');
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

  const outcome = await deploy(settings, {
    root: workspace,
    log: (m) => core.info(m),
    localRuntime: defaultLocalRuntime(cliPath, settings.containerPort),
    github,
    provider: settings.provider === 'local' ? undefined : await createRemoteProvider(settings, (m) => core.info(m)),
  });
  if (outcome.noop) {
    setOutputs({ result: 'promoted', mode: 'canary', 'deployment-id': outcome.deploymentId, url: outcome.url, 'final-weights': '', 'report-path': '' });
    await writeSummary(`### deploy-canary: nothing to do\n\nDeployment ${outcome.deploymentId} of this commit and artifact already succeeded in "${settings.environment}".\n`);
    return;
  }
  const { formatReportMarkdown, formatWeights } = await import('../../src/deploy/summary.js');
  const report = outcome.report!;
  const reportPath = join(process.env.RUNNER_TEMP ?? workspace, 'cd4ml', 'deploy-report.json');
  await writeText(reportPath, JSON.stringify({ ...report, load: outcome.load }, null, 2) + '\n');
  setOutputs({
    result: report.result,
    mode: report.mode,
    'final-weights': formatWeights(report.finalWeights),
    url: report.url,
    'deployment-id': outcome.deploymentId,
    'report-path': reportPath,
  });
  await writeSummary(formatReportMarkdown(report, outcome.load));
  if (report.result !== 'promoted') throw new CheckFailedError(`${report.result}: ${report.reason}`);
  if (!report.verified) throw new CheckFailedError(`the end state could not be verified on the provider`);
  core.info(`${report.result}${report.mode === 'first-deploy' ? ' (first-deploy)' : ''}: ${report.reason}`);
});
