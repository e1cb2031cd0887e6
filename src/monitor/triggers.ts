/**
 * What monitor does on GitHub when a window drifted (nothing at all when it did not):
 *
 * 1. opens or updates the one drift issue (hidden marker `<!-- cd4ml:monitor-drift -->`, label
 *    `cd4ml-drift` by default) with this run's numbers — never a second issue;
 * 2. triggers retraining with a workflow_dispatch of the training workflow (or a
 *    repository_dispatch), passing the window that drifted — unless the last trigger is younger
 *    than the cool-down. The last trigger is read from GitHub: a marked comment on the drift issue
 *    (`<!-- cd4ml:monitor-retrain -->`, rewritten at each trigger with its time), so every runner
 *    sees the same state and no local file is trusted.
 */
import { UsageError } from '../errors.js';
import { markerFor, type GitHubPort } from '../github/port.js';
import type { MonitorReport } from './evaluate.js';
import { renderMonitorMarkdown } from './markdown.js';
import { escapeInline } from '../report/markdown.js';
import type { TriggerResult } from './trigger-result.js';

export const DRIFT_ISSUE_MARKER = markerFor('monitor-drift');
export const RETRAIN_MARKER = markerFor('monitor-retrain');
export const DEFAULT_ISSUE_LABEL = 'cd4ml-drift';
/** Default cool-down between two retraining triggers. */
export const DEFAULT_COOL_DOWN_MS = 24 * 3_600_000;

export interface TriggerOptions {
  /** Open/update the drift issue (default true). */
  issue: boolean;
  label: string;
  /** Workflow file name or id for workflow_dispatch. */
  retrainWorkflow?: string;
  /** Event type for repository_dispatch. */
  retrainEvent?: string;
  /** Ref the workflow_dispatch runs on (e.g. main). */
  ref: string;
  coolDownMs: number;
  now: () => number;
  runUrl?: string;
}

export type { TriggerResult } from './trigger-result.js';

/** Refuse combinations that cannot work before any data is read. */
export function checkTriggerOptions(o: Pick<TriggerOptions, 'issue' | 'retrainWorkflow' | 'retrainEvent' | 'coolDownMs'>): void {
  if (o.retrainWorkflow && o.retrainEvent) {
    throw new UsageError('retrain-workflow and retrain-event are both set; choose one way to trigger retraining (workflow_dispatch or repository_dispatch)');
  }
  if ((o.retrainWorkflow || o.retrainEvent) && o.coolDownMs > 0 && !o.issue) {
    throw new UsageError('a retraining cool-down needs the drift issue (its comment records the last trigger on GitHub); set issue: true, or cool-down: 0 to retrain on every drifted run');
  }
}

/** The time written in the retrain comment, or undefined. */
export function parseLastTrigger(body: string | undefined): number | undefined {
  if (!body) return undefined;
  const m = /retrain-triggered-at:\s*(\d{4}-\d{2}-\d{2}T[\d:.]+Z)/.exec(body);
  if (!m) return undefined;
  const t = Date.parse(m[1]);
  return Number.isFinite(t) ? t : undefined;
}

function windowText(report: MonitorReport): string {
  const s = report.source;
  return s.start && s.end ? `${s.start}/${s.end}` : s.location;
}

function formatDuration(ms: number): string {
  if (ms >= 3_600_000) return `${Number((ms / 3_600_000).toPrecision(3))} h`;
  if (ms >= 60_000) return `${Number((ms / 60_000).toPrecision(3))} min`;
  return `${Math.round(ms / 1000)} s`;
}

export function issueTitle(report: MonitorReport): string {
  const parts: string[] = [];
  if (report['drifted-columns'].length > 0) parts.push(`${report['drifted-columns'].length} of ${report.columns.length} features drifted`);
  const decayed = report['live-metrics'].filter((m) => m.decayed).map((m) => m.metric);
  if (decayed.length > 0) parts.push(`${decayed.join(', ')} decayed`);
  if ('drifted' in report.prediction && report.prediction.drifted) parts.push('predictions drifted');
  return `Model drift in production: ${parts.join('; ') || 'drift detected'}`;
}

export async function applyTriggers(github: GitHubPort, report: MonitorReport, o: TriggerOptions): Promise<TriggerResult> {
  checkTriggerOptions(o);
  const retrainOn = Boolean(o.retrainWorkflow || o.retrainEvent);
  if (!report.drifted) {
    return {
      issue: { action: o.issue ? 'not-needed' : 'off', detail: o.issue ? 'no drift: the issue is left as it is' : 'off' },
      retrain: { action: retrainOn ? 'not-needed' : 'off', detail: retrainOn ? 'no drift: nothing triggered' : 'off (set retrain-workflow or retrain-event)' },
    };
  }
  const result: TriggerResult = { issue: { action: 'off', detail: 'off' }, retrain: { action: 'off', detail: 'off (set retrain-workflow or retrain-event)' } };
  if (o.issue) {
    const body = renderMonitorMarkdown(report, undefined, { heading: '## cd4ml monitor', runUrl: o.runUrl });
    const ref = await github.upsertIssue({ marker: DRIFT_ISSUE_MARKER, title: issueTitle(report), body, labels: [o.label] });
    result.issue = { action: ref.action, number: ref.number, url: ref.url, detail: `${ref.action} #${ref.number} (${ref.url})` };
  }
  if (!retrainOn) return result;
  const now = o.now();
  if (o.coolDownMs > 0 && result.issue.number !== undefined) {
    const comment = await github.findComment(result.issue.number, RETRAIN_MARKER);
    const last = parseLastTrigger(comment?.body);
    if (last !== undefined && now - last < o.coolDownMs) {
      const lastIso = new Date(last).toISOString();
      result.retrain = {
        action: 'cool-down',
        lastTrigger: lastIso,
        detail: `not triggered: retraining was triggered at ${lastIso}, ${formatDuration(now - last)} ago, within the cool-down of ${formatDuration(o.coolDownMs)}`,
      };
      return result;
    }
  }
  const window = windowText(report);
  const reason = report.reasons.join('; ').slice(0, 1000);
  const inputs = { 'drift-window': window, 'drift-reason': reason };
  if (o.retrainWorkflow) {
    await github.dispatchWorkflow(o.retrainWorkflow, o.ref, inputs);
  } else {
    await github.dispatchRepositoryEvent(o.retrainEvent!, {
      window: { source: report.source.kind, location: report.source.location, start: report.source.start ?? null, end: report.source.end ?? null },
      'drift-share': report['drift-share'],
      'drifted-columns': report['drifted-columns'],
      reasons: report.reasons,
      digest: report.bundle.digest,
      ...(result.issue.url ? { issue: result.issue.url } : {}),
    });
  }
  const nowIso = new Date(now).toISOString();
  const how = o.retrainWorkflow ? `workflow_dispatch of ${o.retrainWorkflow} on ${o.ref}` : `repository_dispatch "${o.retrainEvent}"`;
  if (result.issue.number !== undefined) {
    await github.upsertComment(
      result.issue.number,
      RETRAIN_MARKER,
      [`Retraining triggered (${escapeInline(how)}) for the window ${escapeInline(window)}.`, '', `<!-- retrain-triggered-at: ${nowIso} -->`, `Reasons: ${escapeInline(reason, 1000)}`, ...(o.runUrl ? ['', `Run: ${o.runUrl}`] : [])].join('\n'),
    );
  }
  result.retrain = { action: 'dispatched', lastTrigger: nowIso, inputs, detail: `triggered at ${nowIso}: ${how}` };
  return result;
}
