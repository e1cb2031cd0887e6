/**
 * Publishing the gate's result on GitHub: the PR comment (upserted by marker), the cd4ml/gate
 * commit status, and — when the token is read-only (a PR from a fork) — the report uploaded as an
 * artifact for the base repository's workflow_run reporter (examples/workflows/gate-report.yml).
 * A missing permission never fails the step; the verdict alone decides the exit code.
 */
import * as core from '@actions/core';
import { mkdir } from 'node:fs/promises';
import { writeText } from '../../src/io/fs.js';
import { join } from 'node:path';
import { isPermissionDenied, type GitHubPort } from '../../src/github/port.js';
import { errorMessage } from '../../src/errors.js';
import type { GateReport } from '../../src/gate/evaluate.js';

export interface PublishOptions {
  github: GitHubPort;
  report: GateReport;
  body: string;
  marker: string;
  runUrl: string;
  sha: string;
  prNumber: number | undefined;
  comment: boolean;
  reportPath: string;
  reportArtifact: string;
  temp: string;
}

export async function publishGateResult(o: PublishOptions): Promise<void> {
  let readOnly = false;
  if (o.prNumber !== undefined && o.comment) {
    try {
      const r = await o.github.upsertComment(o.prNumber, o.marker, o.body);
      core.info(`PR comment ${r.action}: ${r.url}`);
    } catch (err) {
      if (!isPermissionDenied(err)) throw err;
      readOnly = true;
      core.warning(`cannot comment on PR #${o.prNumber} with this token (read-only: a pull request from a fork?). The report is in the job summary and uploaded as artifact "${o.reportArtifact}" for the gate-report workflow; see docs/fork-prs.md`);
    }
  }
  const failed = o.report.failures[0];
  const description = o.report.passed ? `passed: ${o.report.headline} ${o.report.metrics.find((m) => m.metric === o.report.headline)?.candidate.toFixed(4) ?? ''}`.trim() : `failed: ${failed ?? 'see the report'}`;
  try {
    await o.github.setCommitStatus(o.sha, { context: 'cd4ml/gate', state: o.report.passed ? 'success' : 'failure', description, targetUrl: o.runUrl });
  } catch (err) {
    if (!isPermissionDenied(err)) throw err;
    readOnly = true;
    core.warning('cannot set the cd4ml/gate commit status with this token (read-only); the job\'s own check carries the verdict');
  }
  if (readOnly) await uploadForReporter(o);
}

async function uploadForReporter(o: PublishOptions): Promise<void> {
  const dir = join(o.temp, 'gate-report-artifact');
  await mkdir(dir, { recursive: true });
  const files = {
    'gate-report.json': JSON.stringify(o.report, null, 2) + '\n',
    'comment.md': o.body,
    'meta.json': JSON.stringify({ pr: o.prNumber ?? null, sha: o.sha, passed: o.report.passed, runUrl: o.runUrl }) + '\n',
  };
  for (const [name, text] of Object.entries(files)) await writeText(join(dir, name), text);
  try {
    const { DefaultArtifactClient } = await import('@actions/artifact');
    const res = await new DefaultArtifactClient().uploadArtifact(o.reportArtifact, Object.keys(files).map((f) => join(dir, f)), dir, { retentionDays: 7 });
    core.info(`uploaded the gate report as artifact "${o.reportArtifact}" (id ${res.id ?? '?'})`);
  } catch (err) {
    core.warning(`could not upload the gate report artifact "${o.reportArtifact}": ${errorMessage(err)}`);
  }
}
