import * as core from '@actions/core';
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runAction, setOutputs, writeSummary } from '../shared/run.js';
import { getInputs } from './inputs.js';
import { CheckFailedError } from '../../src/errors.js';
import { writeText } from '../../src/io/fs.js';
import { resolveMonitorSettings } from '../../src/monitor/settings.js';

await runAction('monitor', async () => {
  const { settings: merged } = await getInputs();
  const settings = resolveMonitorSettings(merged, {}, (name) => `input "${name}"`);
  const githubToken = merged['github-token'];
  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
  const { runMonitor } = await import('../../src/monitor/monitor.js');
  // Loaded after the settings are checked: a misconfigured step fails fast without the GitHub client.
  const { context } = await import('@actions/github');

  let github;
  const { owner, repo } = context.repo;
  const runUrl = `${context.serverUrl}/${owner}/${repo}/actions/runs/${context.runId}`;
  if (githubToken) {
    const { createGitHubPort } = await import('../../src/github/octokit.js');
    github = createGitHubPort({ owner, repo, token: githubToken, baseUrl: context.apiUrl, onRetry: (m) => core.warning(m) });
  } else core.info('no github-token: the drift issue and retraining are off');

  const token = githubToken;
  const download = token
    ? async (a: { artifactId: number; runId: number }) => {
        const { DefaultArtifactClient } = await import('@actions/artifact');
        const path = join(process.env.RUNNER_TEMP ?? workspace, 'cd4ml', 'production', String(a.artifactId));
        await new DefaultArtifactClient().downloadArtifact(a.artifactId, { path, findBy: { token, workflowRunId: a.runId, repositoryOwner: owner, repositoryName: repo } });
        // The bundle is the artifact's root or its only sub-folder holding manifest.json.
        if (existsSync(join(path, 'manifest.json'))) return path;
        const subs = readdirSync(path, { withFileTypes: true }).filter((d) => d.isDirectory() && existsSync(join(path, d.name, 'manifest.json')));
        return subs.length === 1 ? join(path, subs[0].name) : path;
      }
    : undefined;
  const run = await runMonitor(settings, { now: Date.now, github, cwd: workspace, runUrl, defaultRef: context.ref ? context.ref.replace(/^refs\/(heads|tags)\//, '') : undefined, log: (m) => core.info(m), download });
  const report = run.report;
  const reportPath = settings.report ? resolve(workspace, settings.report) : join(process.env.RUNNER_TEMP ?? workspace, 'cd4ml', 'monitor-report.json');
  await writeText(reportPath, JSON.stringify({ ...report, actions: run.trigger ?? null }, null, 2) + '\n');
  setOutputs({
    drifted: report.drifted,
    'drift-share': report['drift-share'],
    'drifted-columns': report['drifted-columns'],
    'live-metrics': Object.fromEntries(report['live-metrics'].map((m) => [m.metric, m.live])),
    'issue-number': run.trigger?.issue.number,
    retrain: run.trigger?.retrain.action ?? 'off',
    'report-path': reportPath,
  });
  await writeSummary(run.markdown);
  for (const w of report.warnings) core.warning(w);
  if (report.drifted) core.warning(`drift detected: ${report.reasons.join('; ')}`);
  else core.info(`no drift: ${report['drifted-columns'].length} of ${report.columns.length} features drifted (share ${report['drift-share']}), ${report.rows} rows`);
  if (report.drifted && settings.failOnDrift) throw new CheckFailedError(`drift detected: ${report.reasons.join('; ')}`);
});
