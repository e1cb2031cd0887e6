import { writeText } from '../../io/fs.js';
import { resolve } from 'node:path';
import { boolOpt, stageSettings, stringOpt, type CommandSpec, type OptionSpec } from '../command.js';
import { UsageError } from '../../errors.js';
import { deployStage } from '../../config/sections/deploy.js';
import { mlflowDeployFromCli } from '../mlflow.js';

const o = (description: string, arg = 'VALUE'): OptionSpec => ({ type: 'string', arg, description });

export const command: CommandSpec = {
  name: 'deploy',
  summary: 'roll a model out progressively with canary analysis',
  stage: deployStage,
  options: {
    teardown: { type: 'boolean', description: 'local provider: stop everything of --environment and remove its state' },
    report: o('write the JSON rollout report to this file', 'FILE'),
    'internal-proxy': o('internal: run the local provider\'s proxy daemon for a state folder (started by deploy itself)', 'DIR'),
    'internal-proxy-worker': o('internal: the proxy worker the proxy daemon supervises', 'DIR'),
  },
  details: [
    'Returns when the rollout ends: exit 0 promoted (or first-deploy), 1 rolled back, aborted or cancelled, 2 bad usage.',
    'SIGINT or SIGTERM cancels the rollout: 100% back to the stable revision, verified, reported "cancelled" (exit 1).',
    'With GITHUB_TOKEN, GITHUB_REPOSITORY and GITHUB_SHA set (a workflow step), the rollout is recorded as a GitHub Deployment.',
    'The local provider keeps serving after deploy returns, state in .cd4ml/local/<environment>/;',
    'stop it with: cd4ml deploy --provider local --environment NAME --teardown',
  ].join('\n'),
  async run(opts, io) {
    const workerDir = stringOpt(opts, 'internal-proxy-worker');
    if (workerDir !== undefined) {
      const { runProxyDaemon } = await import('../../deploy/local/provider.js');
      await runProxyDaemon(workerDir);
      return 0;
    }
    const proxyDir = stringOpt(opts, 'internal-proxy');
    if (proxyDir !== undefined) {
      const { runProxySupervisor } = await import('../../deploy/local/provider.js');
      await runProxySupervisor(proxyDir, { command: process.execPath, args: [...process.execArgv, process.argv[1], 'deploy', '--internal-proxy-worker', proxyDir] });
      return 0;
    }
    const { config, settings: merged } = await stageSettings(deployStage, opts, io);
    if (boolOpt(opts, 'teardown')) {
      const provider = merged.provider;
      if (provider !== 'local') throw new UsageError(`--teardown is for the local provider only (got --provider ${provider})`);
      const { LocalProvider } = await import('../../deploy/local/provider.js');
      const { defaultLocalRuntime } = await import('../../deploy/local/runtime.js');
      const environment = merged.environment!;
      const local = new LocalProvider({ root: io.cwd, environment, runtime: defaultLocalRuntime(process.argv[1], 8080) });
      const stopped = await local.teardown();
      io.stdout(stopped.length ? `stopped ${stopped.join(', ')} in "${environment}"\n` : `nothing was running in "${environment}"\n`);
      return 0;
    }
    const { resolveDeploySettings } = await import('../../deploy/settings.js');
    const settings = resolveDeploySettings(merged, {}, (name) => `--${name}`);
    // MLflow: which registered model version this is (a mlflow:models:/ bundle is downloaded here).
    const mlflow = await mlflowDeployFromCli(merged, config.mlflow, settings.artifact.kind === 'bundle' ? settings.artifact.dir : undefined, io.cwd, io.stderr);
    if (mlflow?.model.dir) settings.artifact = { kind: 'bundle', dir: mlflow.model.dir };
    if (settings.artifact.kind === 'bundle') settings.artifact = { kind: 'bundle', dir: resolve(io.cwd, settings.artifact.dir) };
    if (settings.bundle) settings.bundle = resolve(io.cwd, settings.bundle);
    if (settings.load) settings.load.file = resolve(io.cwd, settings.load.file);
    if (settings.provider !== 'local') {
      throw new UsageError(`--provider ${settings.provider} runs from the deploy-canary action, which builds the cloud client from the runner's credentials; from the CLI use --provider local`);
    }
    const { deploy } = await import('../../deploy/deploy.js');
    const { defaultLocalRuntime } = await import('../../deploy/local/runtime.js');
    const json = boolOpt(opts, 'json');
    // In a workflow (`run: cd4ml deploy …` with GITHUB_TOKEN in env) the rollout is recorded as a
    // GitHub Deployment, like the action does.
    const env = process.env;
    let github;
    if (env.GITHUB_TOKEN && env.GITHUB_REPOSITORY && env.GITHUB_SHA) {
      const [owner, repo] = env.GITHUB_REPOSITORY.split('/');
      const { createGitHubPort } = await import('../../github/octokit.js');
      github = {
        port: createGitHubPort({ owner, repo, token: env.GITHUB_TOKEN, baseUrl: env.GITHUB_API_URL ?? 'https://api.github.com' }),
        sha: env.GITHUB_SHA,
        runId: env.GITHUB_RUN_ID,
        runUrl: env.GITHUB_RUN_ID ? `${env.GITHUB_SERVER_URL ?? 'https://github.com'}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}` : undefined,
      };
    }
    // Cancellation (Ctrl-C; a cancelled GitHub job sends SIGINT, then SIGTERM ~7.5 s later, then
    // kills): the rollout returns 100% to stable, verifies it, records "cancelled" and exits 1.
    const cancel = new AbortController();
    const onSignal = (sig: NodeJS.Signals) => {
      io.stderr(cancel.signal.aborted ? `${sig} again: still returning traffic to the stable revision\n` : `${sig}: cancelling the rollout\n`);
      cancel.abort();
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    let outcome;
    try {
      outcome = await deploy(settings, {
        root: io.cwd,
        log: (m) => io.stderr(`${m}\n`),
        localRuntime: defaultLocalRuntime(process.argv[1], settings.containerPort),
        github,
        signal: cancel.signal,
      });
    } finally {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    }
    if (outcome.noop) {
      io.stdout(`nothing to do: deployment ${outcome.deploymentId} of this commit and artifact already succeeded in "${settings.environment}"\n`);
      return 0;
    }
    const { formatReportText, formatWeights } = await import('../../deploy/summary.js');
    const report = outcome.report!;
    if (mlflow) {
      // Promotion moves the alias (recording the previous version); a rollback leaves it.
      const { recordPromotion, describePromotion } = await import('../../mlflow/deploy.js');
      const rec = await recordPromotion(mlflow.client, { registeredModel: mlflow.model.name, version: mlflow.model.version, alias: mlflow.settings.alias, result: report.result });
      io.stderr(`${describePromotion(rec, mlflow.model.name)}\n`);
    }
    const reportFile = stringOpt(opts, 'report');
    const doc = { ...report, 'final-weights': formatWeights(report.finalWeights), load: outcome.load };
    if (reportFile) await writeText(resolve(io.cwd, reportFile), JSON.stringify(doc, null, 2) + '\n');
    if (json) io.stdout(JSON.stringify(doc, null, 2) + '\n');
    else io.stdout(formatReportText(report, outcome.load));
    return report.result === 'promoted' ? 0 : 1;
  },
};
