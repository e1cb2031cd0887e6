import { writeText } from '../../io/fs.js';
import { resolve } from 'node:path';
import { boolOpt, stringOpt, type CommandSpec, type OptionSpec } from '../command.js';
import { loadConfig } from '../../config/load.js';
import { UsageError } from '../../errors.js';
import type { DeploySection } from '../../config/sections/deploy.js';
import { mlflowDeployFromCli, mlflowOptions } from '../mlflow.js';

const o = (description: string, arg = 'VALUE'): OptionSpec => ({ type: 'string', arg, description });

/** Flags that map 1:1 to `deploy:` keys in cd4ml.yml and to deploy-canary inputs. */
const SETTING_FLAGS = {
  image: o('image reference to deploy (e.g. registry/model@sha256:…)', 'REF'),
  bundle: o('model bundle folder to deploy (local provider); with --image, the bundle the image was built from (smoke test parity)', 'DIR'),
  provider: o('local (default), cloud-run or kubernetes', 'NAME'),
  environment: o('environment name (default production)', 'NAME'),
  steps: o('canary weights in percent (default 5,25,50,100)', 'LIST'),
  bake: o('minimum time at each step (default 60s)', 'DURATION'),
  interval: o('time between analyses, also the analysis window (default 10s)', 'DURATION'),
  'max-bake': o('longest a step is extended while analyses are inconclusive (default 3 x bake)', 'DURATION'),
  'ready-timeout': o('how long a new revision may take to be healthy and ready (default 60s)', 'DURATION'),
  'min-requests': o('canary requests an analysis needs to be conclusive (default 20)', 'N'),
  'failure-limit': o('failed analyses tolerated before rolling back (default 0)', 'N'),
  'max-error-rate': o('highest canary 5xx share, 0-1 (default 0.01)', 'SHARE'),
  'max-p99-latency': o('highest canary p99 latency (default 500ms)', 'DURATION'),
  'max-error-rate-increase': o('canary 5xx share may exceed stable by at most this (default 0.01)', 'SHARE'),
  'max-latency-increase': o('canary p99 may exceed stable by at most this ratio (default 0.5)', 'RATIO'),
  load: o('replay the rows of this data file against the service during the rollout', 'FILE'),
  'load-rate': o('requests per second for --load (default 20)', 'N'),
  'load-path': o('path --load posts rows to (default /predict)', 'PATH'),
  'prometheus-url': o('Prometheus to read canary metrics from (local default: one of its own when prometheus is installed, else the proxy /metrics)', 'URL'),
  'metrics-source': o('prometheus or cloud-monitoring (cloud-run default without --prometheus-url: Cloud Run\'s own metrics in Cloud Monitoring; then bake 5m, interval 60s)', 'NAME'),
  'monitoring-endpoint': o('cloud-monitoring: base URL of the Cloud Monitoring API (default https://monitoring.googleapis.com)', 'URL'),
  'cloud-run-endpoint': o('cloud-run: base URL of the Cloud Run Admin API (default https://run.googleapis.com)', 'URL'),
  port: o('local provider: public port of the proxy on a first deployment (default: a free port)', 'PORT'),
  'container-port': o('local provider with --image: port the image serves on (default 8080)', 'PORT'),
  project: o('cloud-run: Google Cloud project', 'ID'),
  region: o('cloud-run: region', 'NAME'),
  service: o('cloud-run: service name; kubernetes: base name of the Deployments and Services', 'NAME'),
  namespace: o('kubernetes: namespace (default default)', 'NAME'),
  route: o('kubernetes: Gateway API HTTPRoute carrying the traffic split', 'NAME'),
} satisfies Partial<Record<keyof DeploySection, OptionSpec>>;

export const command: CommandSpec = {
  name: 'deploy',
  summary: 'roll a model out progressively with canary analysis',
  options: {
    ...SETTING_FLAGS,
    teardown: { type: 'boolean', description: 'local provider: stop everything of --environment and remove its state' },
    report: o('write the JSON rollout report to this file', 'FILE'),
    'internal-proxy': o('internal: run the local provider\'s proxy daemon for a state folder (started by deploy itself)', 'DIR'),
    'internal-proxy-worker': o('internal: the proxy worker the proxy daemon supervises', 'DIR'),
    ...mlflowOptions('tracking-uri', 'registered-model', 'alias'),
    'model-version': o('MLflow: the registered model version being deployed (default: from --bundle mlflow:models:/NAME/VERSION or the bundle\'s lineage.json)', 'N'),
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
    const { config } = await loadConfig(stringOpt(opts, 'config'));
    const section = config.deploy;
    if (boolOpt(opts, 'teardown')) {
      const provider = stringOpt(opts, 'provider') ?? section?.provider ?? 'local';
      if (provider !== 'local') throw new UsageError(`--teardown is for the local provider only (got --provider ${provider})`);
      const { LocalProvider } = await import('../../deploy/local/provider.js');
      const { defaultLocalRuntime } = await import('../../deploy/local/runtime.js');
      const environment = stringOpt(opts, 'environment') ?? section?.environment ?? 'production';
      const local = new LocalProvider({ root: io.cwd, environment, runtime: defaultLocalRuntime(process.argv[1], 8080) });
      const stopped = await local.teardown();
      io.stdout(stopped.length ? `stopped ${stopped.join(', ')} in "${environment}"\n` : `nothing was running in "${environment}"\n`);
      return 0;
    }
    const overrides: Record<string, string | undefined> = {};
    for (const k of Object.keys(SETTING_FLAGS)) overrides[k] = stringOpt(opts, k);
    const { resolveDeploySettings } = await import('../../deploy/settings.js');
    const settings = resolveDeploySettings(section, overrides, (name) => `--${name}`);
    // MLflow: which registered model version this is (a mlflow:models:/ bundle is downloaded here).
    const mlflow = await mlflowDeployFromCli(opts, config.mlflow, settings.artifact.kind === 'bundle' ? settings.artifact.dir : undefined, io.cwd, io.stderr);
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
