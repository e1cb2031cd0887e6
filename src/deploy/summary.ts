/** Human-readable forms of a rollout report: a few lines for the terminal, Markdown for the job summary. */
import type { LoadStats } from './load.js';
import { code, escapeCell, escapeMarkdown } from '../report/markdown.js';
import type { RolloutReport, Traffic } from './types.js';

export function formatWeights(t: Traffic): string {
  const parts = [];
  if (t.stable) parts.push(`${t.stable}=${t.stablePercent}`);
  if (t.canary) parts.push(`${t.canary}=${t.canaryPercent}`);
  return parts.join(',') || 'none';
}

const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** "N requests: a 2xx, b 4xx, c 5xx, d no answer; f failed" (older reports without codes: sent and failed). */
export function formatLoad(load: LoadStats): string {
  if (!load.codes) return `${load.sent} requests, ${load.failed} failed`;
  const c = load.codes;
  return `${load.sent} requests: ${c['2xx']} 2xx, ${c['4xx']} 4xx, ${c['5xx']} 5xx${c.none ? `, ${c.none} no answer` : ''}; ${load.failed} failed`;
}

export function formatReportText(r: RolloutReport, load?: LoadStats): string {
  const lines = [
    `${r.result}${r.mode === 'first-deploy' ? ' (first-deploy)' : ''}: ${r.reason}`,
    `environment ${r.environment} on ${r.provider}, url ${r.url || '-'}`,
    `final weights ${formatWeights(r.finalWeights)}${r.verified ? ' (read back from the provider)' : ' (NOT VERIFIED)'}`,
    `took ${secs(r.endedAt - r.startedAt)}, ${r.analyses.length} analyses from ${r.metricsSource}`,
  ];
  if (r.firstFailureAt !== undefined && r.stableRestoredAt !== undefined) lines.push(`first failed analysis to 100% on stable: ${secs(r.stableRestoredAt - r.firstFailureAt)}`);
  if (r.smoke) lines.push(`smoke test: ${r.smoke.ok ? 'passed' : 'FAILED'}: ${r.smoke.detail}`);
  if (r.serving) lines.push(`serving at the end: ${r.serving.ok ? 'yes' : 'NO'}: ${r.serving.detail}`);
  if (load) lines.push(`load: ${formatLoad(load)} (${Object.entries(load.byRevision).map(([k, v]) => `${k}: ${v.ok} ok/${v.failed} failed`).join(', ')})`);
  return lines.join('\n') + '\n';
}

export function formatReportMarkdown(r: RolloutReport, load?: LoadStats): string {
  const icon = r.result === 'promoted' ? '✅' : '❌';
  const out = [
    `### ${icon} deploy-canary: ${r.result}${r.mode === 'first-deploy' ? ' (first-deploy)' : ''}`,
    '',
    escapeMarkdown(r.reason),
    '',
    `| | |`,
    `|---|---|`,
    `| environment | ${escapeCell(r.environment)} (${escapeCell(r.provider)}) |`,
    `| revision | ${escapeCell(r.canary.id)} — ${code(r.canary.artifact, 300)} |`,
    `| final weights | ${escapeCell(formatWeights(r.finalWeights), 300)} ${r.verified ? '(verified)' : '**NOT VERIFIED**'} |`,
    `| metrics | ${escapeCell(r.metricsSource, 300)} |`,
    `| duration | ${secs(r.endedAt - r.startedAt)} |`,
  ];
  if (r.smoke) out.push(`| smoke test | ${r.smoke.ok ? 'passed' : '**failed**'}: ${r.smoke.detail.replace(/\|/g, '\\|').replace(/\n/g, ' ')} |`);
  if (load) out.push(`| load replayed | ${formatLoad(load)} |`);
  if (r.analyses.length > 0) {
    out.push('', '| step | weight | verdict | canary requests | canary 5xx | canary p99 | failed checks |', '|---|---|---|---|---|---|---|');
    for (const a of r.analyses) {
      const c = a.sample.canary;
      const bad = a.checks.filter((x) => x.status !== 'pass').map((x) => `${x.name}: ${x.detail}`).join('; ');
      out.push(`| ${a.step + 1} | ${a.weight}% | ${a.verdict} | ${c.requests} | ${c.errors} | ${c.p99Ms === undefined ? '-' : `${Math.round(c.p99Ms)} ms`} | ${escapeCell(bad, 1000)} |`);
    }
  }
  return out.join('\n') + '\n';
}
