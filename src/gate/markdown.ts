/**
 * The gate's Markdown: the PR comment (with its hidden marker) and the job summary. Every data
 * value and column name goes through escapeMarkdown / escapeCell, so a value such as
 * `<img src=x>`, `|`, `@team` or `[link](…)` shows as text and never breaks the table, pings
 * anyone or injects markup (the escaping itself is src/report/markdown.ts's, shared by every stage).
 */
import type { GateReport } from './evaluate.js';
import { describeSchemaDiff } from './evaluate.js';
import type { MetricVerdict } from './rules.js';
import { escapeMarkdown, escapeCell as escapeTableCell, mermaidLabel } from '../report/markdown.js';

export { escapeMarkdown };

/** A table cell: src/report's escapeCell with no length cap (the gate shows whole metric and column names). */
export function escapeCell(text: string): string {
  return escapeTableCell(text, Number.POSITIVE_INFINITY);
}

export function formatNumber(x: number | undefined, digits = 4): string {
  if (x === undefined) return '—';
  if (!Number.isFinite(x)) return Number.isNaN(x) ? 'n/a' : String(x);
  if (x !== 0 && Math.abs(x) < 1e-4) return x.toExponential(2);
  return Number(x.toFixed(digits)).toString();
}

function signed(x: number | undefined): string {
  if (x === undefined) return '—';
  const s = formatNumber(x);
  return x > 0 ? `+${s}` : s;
}

function ruleText(v: MetricVerdict): string {
  const r = v.rule;
  if (!r) return 'report only';
  const parts: string[] = [];
  if (r.min !== undefined) parts.push(`min ${formatNumber(r.min)}`);
  if (r.max !== undefined) parts.push(`max ${formatNumber(r.max)}`);
  if (r.maxDrop !== undefined) parts.push(`max-drop ${formatNumber(r.maxDrop)}`);
  if (r.maxDropRelative !== undefined) parts.push(`max-drop-relative ${formatNumber(r.maxDropRelative * 100)}%`);
  if (r.requireSignificance && (r.maxDrop !== undefined || r.maxDropRelative !== undefined)) parts.push('CI');
  return parts.join(', ') + (r.source === 'default' ? ' (default)' : '');
}

const STATUS = { pass: '✅ pass', fail: '❌ fail', 'report-only': '—' } as const;

function baselineLine(report: GateReport): string {
  const b = report.baseline;
  switch (b.kind) {
    case 'compared':
      return `Baseline: ${escapeMarkdown(b.source)}.`;
    case 'first-model':
      return `No baseline: **first model** (${escapeMarkdown(b.message)}). Only hard bounds (min/max) apply.`;
    case 'unavailable':
      return `Baseline **unavailable** (${escapeMarkdown(b.message)}): ${b.policy === 'fail' ? 'the gate fails (on-baseline-missing: fail)' : 'passing with a warning (on-baseline-missing: warn)'}.`;
    case 'schema-changed':
      return `Baseline ${escapeMarkdown(b.source)} **cannot be scored on these rows** — schema changed: ${escapeMarkdown(describeSchemaDiff(b.schema))}.`;
  }
}

function confusionTable(labels: string[], m: number[][]): string[] {
  const head = `| true \\ predicted | ${labels.map(escapeCell).join(' | ')} |`;
  const sep = `|---|${labels.map(() => '---:').join('|')}|`;
  return [head, sep, ...m.map((row, i) => `| **${escapeCell(labels[i])}** | ${row.map((x) => String(x)).join(' | ')} |`)];
}

function mermaidChart(report: GateReport): string[] {
  const ms = report.metrics.filter((m) => m.baseline !== undefined && Number.isFinite(m.baseline) && Number.isFinite(m.candidate));
  const family = report.task === 'classification' ? ms : ms.filter((m) => m.metric === 'rmse' || m.metric === 'mae');
  if (family.length === 0) return [];
  const values = family.flatMap((m) => [m.baseline!, m.candidate]);
  const lo = report.task === 'classification' ? Math.max(0, Math.floor((Math.min(...values) - 0.05) * 10) / 10) : 0;
  const hi = report.task === 'classification' ? 1 : Number((Math.max(...values) * 1.1).toPrecision(3));
  const q = (s: string) => `"${mermaidLabel(s, 80)}"`;
  return [
    '```mermaid',
    'xychart-beta',
    `  title ${q('Candidate vs production (first bar: production, second: candidate)')}`,
    `  x-axis [${family.map((m) => q(m.metric)).join(', ')}]`,
    `  y-axis ${q(report.task === 'classification' ? 'score' : 'error')} ${lo} --> ${hi}`,
    `  bar [${family.map((m) => formatNumber(m.baseline)).join(', ')}]`,
    `  bar [${family.map((m) => formatNumber(m.candidate)).join(', ')}]`,
    '```',
  ];
}

export interface RenderOptions {
  /** Hidden marker as the first line (PR comment); omitted for the job summary. */
  marker?: string;
  runUrl?: string;
}

/** The comment / summary body. */
export function renderGateMarkdown(report: GateReport, opts: RenderOptions = {}): string {
  const lines: string[] = [];
  if (opts.marker) lines.push(opts.marker);
  const pct = `${Math.round(report.bootstrap.confidence * 100)}%`;
  lines.push(`## ${report.passed ? '✅' : '❌'} cd4ml gate: ${report.passed ? 'passed' : 'failed'}`, '');
  lines.push(`Candidate ${escapeMarkdown(report.candidate)} on **${report.rows}** evaluation rows (${escapeMarkdown(report.evaluation)}). ${baselineLine(report)}`, '');
  if (report.failures.length) {
    lines.push('**Failed checks**', '', ...report.failures.map((f) => `- ${escapeMarkdown(f)}`), '');
  }
  if (report.warnings.length) lines.push(...report.warnings.map((w) => `> [!WARNING]\n> ${escapeMarkdown(w)}`), '');
  if (report.notes.length) lines.push(...report.notes.map((w) => `- ${escapeMarkdown(w)}`), '');

  const hasBase = report.metrics.some((m) => m.baseline !== undefined);
  lines.push(
    hasBase ? `| metric | production | candidate | delta | ${pct} CI of delta | rule | result |` : '| metric | candidate | rule | result |',
    hasBase ? '|---|---:|---:|---:|---|---|---|' : '|---|---:|---|---|',
  );
  for (const m of report.metrics) {
    const name = m.metric === report.headline ? `**${escapeCell(m.metric)}**` : escapeCell(m.metric);
    const ci = m.ci ? `[${signed(m.ci.lower)}, ${signed(m.ci.upper)}]` : '—';
    lines.push(
      hasBase
        ? `| ${name} | ${formatNumber(m.baseline)} | ${formatNumber(m.candidate)} | ${signed(m.delta)} | ${ci} | ${ruleText(m)} | ${STATUS[m.status]} |`
        : `| ${name} | ${formatNumber(m.candidate)} | ${ruleText(m)} | ${STATUS[m.status]} |`,
    );
  }
  lines.push('');
  if (report.rulesFromDefaults) {
    lines.push(`Rules marked *(default)* apply because \`gate.metrics\` is not set in cd4ml.yml: the headline metric may not drop by more than 0.01, judged with its ${pct} confidence interval; other metrics are reported only.`, '');
  }
  if (report.mcnemar) {
    const m = report.mcnemar;
    lines.push(`McNemar exact test: production right / candidate wrong on ${m.baselineOnly} rows, the reverse on ${m.candidateOnly}; p = ${formatNumber(m.pValue)}.`, '');
  }
  if (report.params?.length) {
    const show = (v: unknown) => (v === undefined || v === null ? '—' : escapeCell(String(v)));
    lines.push('**Chosen hyperparameters** (model selection)', '', hasBase ? '| parameter | production | candidate |' : '| parameter | candidate |', hasBase ? '|---|---|---|' : '|---|---|');
    for (const p of report.params) lines.push(hasBase ? `| ${escapeCell(p.name)} | ${show(p.production)} | ${show(p.candidate)} |` : `| ${escapeCell(p.name)} | ${show(p.candidate)} |`);
    lines.push('');
  }
  lines.push(...mermaidChart(report), '');
  if (report.confusion) {
    const c = report.confusion;
    lines.push('<details><summary>Confusion matrices</summary>', '');
    if (c.baseline) lines.push('**Production**', '', ...confusionTable(c.labels, c.baseline), '');
    lines.push('**Candidate**', '', ...confusionTable(c.labels, c.candidate), '', '</details>', '');
  }
  for (const s of report.slices) {
    const limit = s.maxDisparity !== undefined ? `, max-disparity ${formatNumber(s.maxDisparity)}` : '';
    lines.push(
      `**Slices by ${escapeMarkdown(s.column)}** — ${escapeMarkdown(s.metric)}; disparity ${formatNumber(s.disparity)}${limit} ${s.maxDisparity === undefined ? '' : s.passed ? '✅' : '❌'}`,
      '',
      hasBase ? '| slice | rows | production | candidate | judged |' : '| slice | rows | candidate | judged |',
      hasBase ? '|---|---:|---:|---:|---|' : '|---|---:|---:|---|',
    );
    for (const v of s.slices.slice(0, 50)) {
      const judged = v.judged ? 'yes' : 'too few rows';
      lines.push(hasBase ? `| ${escapeCell(v.value)} | ${v.rows} | ${formatNumber(v.baseline)} | ${formatNumber(v.candidate)} | ${judged} |` : `| ${escapeCell(v.value)} | ${v.rows} | ${formatNumber(v.candidate)} | ${judged} |`);
    }
    if (s.slices.length > 50) lines.push(`| … ${s.slices.length - 50} more slices in the JSON report | | | | |`);
    lines.push('');
  }
  const b = report.bootstrap;
  const footer = [`${b.resamples} bootstrap resamples, seed ${b.seed}`];
  if (opts.runUrl) footer.push(`[workflow run](${encodeURI(opts.runUrl).replace(/[()]/g, (c) => (c === '(' ? '%28' : '%29'))})`);
  lines.push(`<sub>${footer.join(' · ')}</sub>`);
  return lines.join('\n') + '\n';
}
