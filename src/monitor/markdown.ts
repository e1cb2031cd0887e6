/**
 * The monitor report as Markdown: the job summary and the body of the drift issue. Everything
 * that came from data (column names, classes, paths) is escaped (src/report/markdown.ts).
 */
import { code, escapeCell, formatNumber, mermaidBarChart, table } from '../report/markdown.js';
import type { MonitorReport } from './evaluate.js';
import { describeSource } from './evaluate.js';
import type { TriggerResult } from './trigger-result.js';

function score(c: { pValue?: number; distance?: number; score: number }): string {
  return c.pValue !== undefined ? `p = ${formatNumber(c.pValue)}` : `${formatNumber(c.distance)}`;
}

export function renderMonitorMarkdown(report: MonitorReport, trigger?: TriggerResult, opts: { heading?: string; runUrl?: string } = {}): string {
  const out: string[] = [];
  const verdict = report.drifted ? '⚠️ drift detected' : '✅ no drift';
  out.push(`${opts.heading ?? '## cd4ml monitor'}: ${verdict}`, '');
  out.push(
    `Production: ${escapeCell(describeSource(report.source), 300)} — **${report.rows}** rows. Model ${code(report.bundle.digest.slice(0, 12))}, reference from ${code(report.reference.source)} (${report.reference.rows} rows).`,
    '',
  );
  out.push(`Drift share: **${formatNumber(report['drift-share'])}** (${report['drifted-columns'].length} of ${report.columns.length} features drifted; dataset drift at ≥ ${formatNumber(report['drift-share-threshold'])}).`, '');
  if (report.reasons.length > 0) {
    out.push('Why:', '');
    for (const r of report.reasons) out.push(`- ${escapeCell(r, 400)}`);
    out.push('');
  }
  out.push('### Feature drift', '');
  out.push(
    table(
      ['feature', 'kind', 'test', 'score', 'rule', 'reference rows', 'production rows', 'drifted'],
      report.columns.map((c) => [escapeCell(c.column), c.kind, c.test, score(c), escapeCell(c.rule), String(c.referenceCount), String(c.currentCount), c.drifted ? '⚠️ yes' : 'no']),
      ['left', 'left', 'left', 'right', 'left', 'right', 'right', 'left'],
    ),
  );
  if (report.skipped.length > 0) {
    out.push('Not compared:', '');
    for (const s of report.skipped) out.push(`- ${escapeCell(s.column)}: ${escapeCell(s.reason, 300)}`);
    out.push('');
  }
  const distances = report.columns.filter((c) => c.distance !== undefined);
  const pvalues = report.columns.filter((c) => c.pValue !== undefined);
  if (pvalues.length > 0) {
    out.push(mermaidBarChart({ title: 'Drift per feature: 1 − p-value (drift when p < threshold)', labels: pvalues.map((c) => c.column), values: pvalues.map((c) => 1 - (c.pValue ?? 1)), yLabel: '1 − p', yMax: 1 }));
  }
  if (distances.length > 0) {
    out.push(mermaidBarChart({ title: 'Drift per feature: distance', labels: distances.map((c) => c.column), values: distances.map((c) => c.distance ?? 0), yLabel: 'distance' }));
  }
  out.push('### Prediction drift', '');
  const p = report.prediction;
  if ('skipped' in p) out.push(`Not compared: ${escapeCell(p.skipped, 300)}`, '');
  else out.push(`${p.test}: ${score(p)} (${escapeCell(p.rule)}) on ${p.currentCount} predictions — ${p.drifted ? '⚠️ drifted' : 'no drift'}.`, '');
  if (report['live-metrics'].length > 0) {
    out.push(`### Live metrics (${report.labelled} labelled rows)`, '');
    out.push(
      table(
        ['metric', 'training', 'live', 'worse by', 'allowed', 'decayed'],
        report['live-metrics'].map((m) => [m.metric, formatNumber(m.training), formatNumber(m.live), `${formatNumber(m.drop * 100)} %`, `${formatNumber(m.threshold * 100)} %`, m.decayed ? '⚠️ yes' : 'no']),
        ['left', 'right', 'right', 'right', 'right', 'left'],
      ),
    );
  }
  if (report.warnings.length > 0) {
    out.push('Warnings:', '');
    for (const w of report.warnings) out.push(`- ${escapeCell(w, 400)}`);
    out.push('');
  }
  if (trigger) {
    out.push('### Actions', '');
    out.push(`- Issue: ${escapeCell(trigger.issue.detail, 300)}`);
    out.push(`- Retraining: ${escapeCell(trigger.retrain.detail, 300)}`);
    out.push('');
  }
  if (opts.runUrl) out.push(`[Monitoring run](${encodeURI(opts.runUrl)})`, '');
  return out.join('\n');
}
