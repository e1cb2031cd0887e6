import * as core from '@actions/core';
import { writeText } from '../../src/io/fs.js';
import { join, resolve } from 'node:path';
import { runAction, setOutputs, writeSummary } from '../shared/run.js';
import { getInputs } from './inputs.js';
import { CheckFailedError, UsageError } from '../../src/errors.js';
import { markerFor, type GitHubPort } from '../../src/github/port.js';
import { existsSync, readdirSync } from 'node:fs';

/** The bundle inside a downloaded artifact: its root, or its only sub-folder holding manifest.json. */
function findBundleDir(path: string): string {
  if (existsSync(join(path, 'manifest.json'))) return path;
  const subs = readdirSync(path, { withFileTypes: true }).filter((d) => d.isDirectory() && existsSync(join(path, d.name, 'manifest.json')));
  return subs.length === 1 ? join(path, subs[0].name) : path;
}

await runAction('evaluate-gate', async () => {
  const { config, settings: gate } = await getInputs();
  const githubToken = gate['github-token'];
  if (!gate.candidate) throw new UsageError('input "candidate" is required (or set gate.candidate in cd4ml.yml)');
  const environment = gate.environment ?? 'production';
  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
  const temp = join(process.env.RUNNER_TEMP ?? workspace, 'cd4ml');

  const { context } = await import('@actions/github');
  const { repo } = context;
  const runUrl = `${context.serverUrl}/${repo.owner}/${repo.repo}/actions/runs/${context.runId}`;
  let github: GitHubPort | undefined;
  if (githubToken) {
    const { createGitHubPort } = await import('../../src/github/octokit.js');
    github = createGitHubPort({ token: githubToken, ...repo, baseUrl: context.apiUrl, onRetry: (m) => core.info(m) });
  }

  const { runGate } = await import('../../src/gate/run.js');
  let baseline: import('../../src/gate/run.js').BaselineSource;
  if ((gate.baseline ?? 'production') === 'production') {
    if (!github) throw new UsageError('input "github-token" is required to find the production model (baseline: production); pass a token or a baseline directory');
    const { resolveProductionBaseline } = await import('../../src/gate/production.js');
    const token = githubToken!;
    baseline = await resolveProductionBaseline(github, environment, async (a) => {
      const { DefaultArtifactClient } = await import('@actions/artifact');
      const path = join(temp, 'production', String(a.artifactId));
      await new DefaultArtifactClient().downloadArtifact(a.artifactId, { path, findBy: { token, workflowRunId: a.runId, repositoryOwner: repo.owner, repositoryName: repo.repo } });
      return findBundleDir(path);
    });
    core.info(baseline.kind === 'dir' ? `baseline: ${baseline.label}` : `baseline: ${baseline.message}`);
  } else {
    baseline = { kind: 'dir', dir: resolve(workspace, gate.baseline!), label: gate.baseline! };
  }

  const train = config.train as { 'headline-metric'?: unknown; metric?: unknown } | undefined;
  const headline = train?.['headline-metric'] ?? train?.metric;
  const report = await runGate({
    candidateDir: resolve(workspace, gate.candidate),
    baseline,
    ...(gate.data ? { data: resolve(workspace, gate.data) } : {}),
    ...(gate.format ? { format: gate.format } : {}),
    gate,
    ...(typeof headline === 'string' ? { headlineMetric: headline } : {}),
  });

  const reportPath = resolve(workspace, gate.report ?? join(temp, 'gate-report.json'));
  await writeText(reportPath, JSON.stringify(report, null, 2) + '\n');
  const { renderGateMarkdown } = await import('../../src/gate/markdown.js');
  const marker = markerFor('gate');
  const body = renderGateMarkdown(report, { marker, runUrl });
  await writeSummary(renderGateMarkdown(report, { runUrl }));
  for (const w of report.warnings) core.warning(w);

  const pr = context.payload.pull_request as { number: number; head: { sha: string } } | undefined;
  const sha = pr?.head.sha ?? context.sha;
  if (github) {
    const { publishGateResult } = await import('./publish.js');
    await publishGateResult({ github, report, body, marker, runUrl, sha, prNumber: pr?.number, comment: gate.comment!, reportPath, reportArtifact: gate['report-artifact']!, temp });
  } else core.notice('no github-token: the PR comment and the cd4ml/gate commit status are skipped');

  setOutputs({
    passed: report.passed,
    'report-path': reportPath,
    'summary-json': {
      passed: report.passed,
      headline: report.headline,
      baseline: report.baseline.kind,
      failures: report.failures,
      metrics: Object.fromEntries(report.metrics.map((m) => [m.metric, { baseline: m.baseline ?? null, candidate: m.candidate, delta: m.delta ?? null, ci: m.ci ? [m.ci.lower, m.ci.upper] : null, status: m.status }])),
    },
  });
  if (!report.passed) throw new CheckFailedError(`the candidate regresses: ${report.failures.join('; ')}`);
});
