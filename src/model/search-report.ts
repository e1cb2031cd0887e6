/**
 * The search in Markdown (model card and train job summary): the chosen params, every candidate
 * of the final round, and a Mermaid validation curve — mean CV score and training score against
 * the main hyperparameter (best candidate per value). Data values go through src/report/markdown.ts.
 */
import { escapeCell, mermaidLabel } from '../report/markdown.js';
import type { SearchRecord } from './search-run.js';

const f4 = (x: number | null | undefined) => (x === null || x === undefined || !Number.isFinite(x) ? '—' : Number.isInteger(x) ? String(x) : x.toFixed(4));

/** At most this many rows in the table (best first); metrics.json holds every one. */
const MAX_ROWS = 50;

export function renderSearchMarkdown(r: SearchRecord, heading = '##'): string {
  const out: string[] = [];
  const names = Object.keys(r.space);
  const last = Math.max(...r.candidates.map((c) => c.iteration));
  const final = r.candidates.filter((c) => c.iteration === last).sort((a, b) => a.rank - b.rank);
  const what = r.method === 'halving' ? `successive halving (${r.rounds?.map((x) => `${x.candidates} candidates on ${x.resources} rows`).join(' → ')})` : r.method === 'random' ? `random search (${final.length} samples)` : `grid search (${final.length} candidates)`;
  out.push(`${heading} Model selection`, '');
  out.push(`${what}, ${r.cv_folds}-fold stratified cross-validation on the training split (the holdout took no part), scored on **${escapeCell(r.metric)}**${r.one_se ? ', one-standard-error rule' : ''}.`, '');
  out.push(`Chosen: ${names.map((n) => `**${escapeCell(n)} = ${escapeCell(String(r.best.params[n as keyof typeof r.best.params]))}**`).join(', ')} — CV ${escapeCell(r.metric)} ${f4(r.best.mean)} ± ${f4(r.best.std)}; refit on the whole training split.`, '');
  if (r.pinned) out.push(`Fixed by a value given alongside the search: ${Object.entries(r.pinned).map(([k, v]) => `${escapeCell(k)} = ${escapeCell(String(v))}`).join(', ')}.`, '');
  out.push(`| rank | ${names.map((n) => escapeCell(n)).join(' | ')} | CV mean ± std | train | nodes | fit ms |`, `|---:|${names.map(() => '---').join('|')}|---|---:|---:|---:|`);
  for (const c of final.slice(0, MAX_ROWS)) {
    const p = names.map((n) => escapeCell(String(c.params[n as keyof typeof c.params])));
    const mark = c.index === r.best.index ? ' ✅' : '';
    out.push(`| ${c.rank}${mark} | ${p.join(' | ')} | ${f4(c.mean)} ± ${f4(c.std)} | ${f4(c.train_mean)} | ${f4(Number(c.nodes.toFixed(1)))} | ${c.fit_time_ms ?? '—'} |`);
  }
  if (final.length > MAX_ROWS) out.push('', `${final.length - MAX_ROWS} more candidates in metrics.json (search.candidates).`);
  out.push('');
  const curve = validationCurve(r, final);
  if (curve) out.push(curve);
  return out.join('\n');
}

/** CV and training score against the main hyperparameter: for each value, the best candidate with it. */
function validationCurve(r: SearchRecord, final: SearchRecord['candidates']): string | undefined {
  const p = r.main_param;
  if (!p) return undefined;
  const byValue = new Map<number, SearchRecord['candidates'][number]>();
  for (const c of final) {
    const v = Number(c.params[p as keyof typeof c.params]);
    if (!Number.isFinite(v)) continue;
    const cur = byValue.get(v);
    if (!cur || c.rank < cur.rank) byValue.set(v, c);
  }
  if (byValue.size < 2) return undefined;
  const xs = [...byValue.keys()].sort((a, b) => a - b);
  const cv = xs.map((x) => byValue.get(x)!.mean);
  const tr = xs.map((x) => byValue.get(x)!.train_mean);
  const all = [...cv, ...tr].filter(Number.isFinite);
  const lo = Math.min(...all);
  const hi = Math.max(...all);
  const pad = (hi - lo) * 0.1 || 0.01;
  const num = (x: number) => (Number.isFinite(x) ? Number(x.toPrecision(4)) : 0);
  return [
    `Validation curve: ${escapeCell(r.metric)} against ${escapeCell(p)} (line 1: CV mean, line 2: training score; best candidate per value).`,
    '',
    '```mermaid',
    'xychart-beta',
    `  title "${mermaidLabel(`Validation curve (${r.metric})`, 80)}"`,
    `  x-axis "${mermaidLabel(p)}" [${xs.map((x) => `"${mermaidLabel(String(x))}"`).join(', ')}]`,
    `  y-axis "${mermaidLabel(r.metric)}" ${num(lo - pad)} --> ${num(hi + pad)}`,
    `  line [${cv.map(num).join(', ')}]`,
    `  line [${tr.map(num).join(', ')}]`,
    '```',
    '',
  ].join('\n');
}
