import { writeText } from '../../io/fs.js';
import { resolve } from 'node:path';
import { boolOpt, stringOpt, type CommandSpec, type OptionSpec } from '../command.js';
import { loadConfig } from '../../config/load.js';
import { CheckFailedError, UsageError } from '../../errors.js';
import type { MonitorSection } from '../../config/sections/monitor.js';
import { mlflowOptions, trackMonitoringFromCli } from '../mlflow.js';

const o = (description: string, arg = 'VALUE'): OptionSpec => ({ type: 'string', arg, description });

/** Flags that map 1:1 to `monitor:` keys in cd4ml.yml and to the monitor action's inputs. */
const SETTING_FLAGS = {
  bundle: o('model bundle folder in production', 'DIR'),
  environment: o('monitor what is deployed to this environment (.cd4ml/local/NAME, else GitHub deployments)', 'NAME'),
  data: o('production data file (CSV, TSV, JSON Lines, JSON, Parquet), scored with the bundle', 'FILE'),
  samples: o('request-sample folder written by "cd4ml serve --sample-dir"', 'DIR'),
  prometheus: o('Prometheus scraping the server\'s /metrics (per-feature bins)', 'URL'),
  'prometheus-selector': o('label matchers for the Prometheus queries, e.g. job="churn"', 'MATCHERS'),
  labels: o('column of --data with the true outcomes (live metrics, concept drift)', 'COLUMN'),
  window: o('window ending now for --samples/--prometheus (default 24h; e.g. 30m, 7d)', 'DURATION'),
  'min-rows': o('fewest production rows to judge (default 30)', 'N'),
  'drift-share': o('share of drifted features for dataset drift (default 0.5)', 'SHARE'),
  'prediction-drift': o('prediction drift alone counts as drift (default true)', 'BOOL'),
  'max-metric-drop': o('relative drop of a live metric that counts as decay (default 0.05)', 'SHARE'),
  issue: o('open/update the drift issue when drifted (default true; needs GITHUB_TOKEN)', 'BOOL'),
  'issue-label': o('label of the drift issue (default cd4ml-drift)', 'NAME'),
  'retrain-workflow': o('workflow to dispatch when drifted, e.g. train.yml', 'FILE'),
  'retrain-event': o('repository_dispatch event type to send when drifted (instead of a workflow)', 'TYPE'),
  'retrain-ref': o('ref the retraining workflow runs on (default main)', 'REF'),
  'cool-down': o('least time between two retraining triggers (default 24h; 0 = none)', 'DURATION'),
  'fail-on-drift': o('exit 1 when drift is detected (default false)', 'BOOL'),
  report: o('write the JSON report to this file', 'FILE'),
} satisfies Record<keyof MonitorSection, OptionSpec>;

export const command: CommandSpec = {
  name: 'monitor',
  summary: 'compare production traffic with training and flag drift',
  options: { ...SETTING_FLAGS, ...mlflowOptions('tracking-uri', 'registered-model', 'alias', 'mlflow-required') },
  details: [
    'Exit 0 when judged (drifted or not; 1 with --fail-on-drift true and drift), 2 when it cannot judge:',
    'no deployment, an empty window, an unreachable Prometheus, bad options.',
    'With GITHUB_TOKEN and GITHUB_REPOSITORY (GITHUB_API_URL optional) a drifted window opens or',
    'updates the drift issue and dispatches --retrain-workflow / --retrain-event (with --cool-down).',
  ].join('\n'),
  async run(opts, io) {
    const { config } = await loadConfig(stringOpt(opts, 'config'));
    const overrides: Record<string, string | undefined> = {};
    for (const k of Object.keys(SETTING_FLAGS)) overrides[k] = stringOpt(opts, k);
    const { resolveMonitorSettings } = await import('../../monitor/settings.js');
    const settings = resolveMonitorSettings(config.monitor, overrides, (name) => `--${name}`);
    const { runMonitor } = await import('../../monitor/monitor.js');
    const token = process.env.GITHUB_TOKEN;
    const repository = process.env.GITHUB_REPOSITORY;
    let github;
    if (token && repository) {
      const [owner, repo] = repository.split('/');
      if (!owner || !repo) throw new UsageError(`GITHUB_REPOSITORY must be owner/name, got "${repository}"`);
      const { createGitHubPort } = await import('../../github/octokit.js');
      github = createGitHubPort({ token, owner, repo, baseUrl: process.env.GITHUB_API_URL, onRetry: (m) => io.stderr(`cd4ml monitor: ${m}\n`) });
    }
    // --prometheus pointing at Cloud Monitoring's Prometheus API: Application Default Credentials.
    const fetchImpl = settings.source.kind === 'prometheus' ? await (await import('../../cloud/google.js')).cloudMonitoringFetch(settings.source.url) : undefined;
    const run = await runMonitor(settings, {
      fetchImpl,
      now: Date.now,
      github,
      localRoot: '.',
      cwd: io.cwd,
      defaultRef: process.env.GITHUB_REF_NAME,
    });
    // MLflow (when configured): one step of time series on the production version's run.
    await trackMonitoringFromCli(opts, config.mlflow, run.report, io.stderr);
    if (settings.report) {
      const path = resolve(io.cwd, settings.report);
      await writeText(path, JSON.stringify(run.report, null, 2) + '\n');
    }
    if (boolOpt(opts, 'json')) io.stdout(JSON.stringify({ ...run.report, actions: run.trigger ?? null }, null, 2) + '\n');
    else io.stdout(run.markdown);
    if (run.triggerSkipped && boolOpt(opts, 'json')) io.stderr(`cd4ml monitor: ${run.triggerSkipped}\n`);
    if (run.report.drifted && settings.failOnDrift) throw new CheckFailedError(`drift detected: ${run.report.reasons.join('; ')}`);
    return 0;
  },
};
