import { writeText } from '../../io/fs.js';
import { resolve } from 'node:path';
import { boolOpt, stageSettings, type CommandSpec } from '../command.js';
import { CheckFailedError, UsageError } from '../../errors.js';
import { monitorStage } from '../../config/sections/monitor.js';
import { trackMonitoringFromCli } from '../mlflow.js';

export const command: CommandSpec = {
  name: 'monitor',
  summary: 'compare production traffic with training and flag drift',
  stage: monitorStage,
  details: [
    'Exit 0 when judged (drifted or not; 1 with --fail-on-drift true and drift), 2 when it cannot judge:',
    'no deployment, an empty window, an unreachable Prometheus, bad options.',
    'With GITHUB_TOKEN and GITHUB_REPOSITORY (GITHUB_API_URL optional) a drifted window opens or',
    'updates the drift issue and dispatches --retrain-workflow / --retrain-event (with --cool-down).',
  ].join('\n'),
  async run(opts, io) {
    const { config, settings: merged } = await stageSettings(monitorStage, opts, io);
    const { resolveMonitorSettings } = await import('../../monitor/settings.js');
    const settings = resolveMonitorSettings(merged, {}, (name) => `--${name}`);
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
    await trackMonitoringFromCli(merged, config.mlflow, run.report, io.stderr);
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
