/**
 * MODEL_CARD.md: intended use, data, training parameters, metrics, per-class table and the
 * feature importances as a Mermaid bar chart. Deterministic text (no timestamp). Everything that
 * came from data or settings (column names, classes, paths) goes through src/report/markdown.ts's
 * escapers, so a value cannot inject HTML, mentions, links or Mermaid directives.
 */
import { code, escapeCell, escapeMarkdown, mermaidBarChart } from '../report/markdown.js';
import type { Task } from './cart.js';
import type { ClassificationMetrics, RegressionMetrics } from './metrics.js';
import type { DeltaLineage } from '../data/delta/lineage.js';

export interface CardInput {
  settings: { target: string; data: string; testData?: string; model: string; maxDepth: number; intendedUse?: string };
  task: Task;
  classes?: string[];
  features: string[];
  metrics: ClassificationMetrics | RegressionMetrics;
  cv?: Record<string, unknown>;
  importances: { feature: string; importance: number }[];
  params: Record<string, unknown>;
  lineage: { data: { path: string; sha256: string; 'dvc-md5': string | null; delta?: DeltaLineage }[]; git: { head: string | null; 'pr-head': string | null }; tool: { version: string } };
  headline: { name: string; value: number };
  rows: { train: number; test: number; 'dropped-missing-target': number };
  /** Model selection, already rendered (src/model/search-report.ts). */
  search?: string;
}

const f4 = (x: number | null | undefined) => (x === null || x === undefined ? '—' : Number.isInteger(x) ? String(x) : x.toFixed(4));
/** User text (intended use) as inert text, its line breaks kept. */
const escapeLines = (s: string) => s.split(/\r?\n/).map(escapeMarkdown).join('\n');

export function renderModelCard(c: CardInput): string {
  const s = c.settings;
  const out: string[] = [];
  out.push(`# Model card: ${escapeMarkdown(s.target)} (${c.task})`, '');
  out.push('## Intended use', '', s.intendedUse !== undefined ? escapeLines(s.intendedUse) : `Predict ${code(s.target)} from ${c.features.length} input columns of tabular data like the training data. Not validated for data outside the training ranges (see schema.yml) or for decisions without human review.`, '');
  out.push('## Model', '', `- ${s.model === 'forest' ? 'Random forest of CART trees' : 'CART decision tree'} in ml-cart JSON format (model.json), max depth ${s.maxDepth}`);
  out.push(`- Headline metric: **${c.headline.name} = ${f4(c.headline.value)}** on the holdout`, `- Trained by cd4ml ${escapeMarkdown(c.lineage.tool.version)}${c.lineage.git.head ? ` at commit ${code(c.lineage.git.head)}` : ''}`, '');
  out.push('## Data', '', `- Training rows: ${c.rows.train}; evaluation rows: ${c.rows.test}${c.rows['dropped-missing-target'] ? `; rows without a target dropped: ${c.rows['dropped-missing-target']}` : ''}`);
  for (const d of c.lineage.data) out.push(`- ${code(d.path, 300)} sha256 ${code(d.sha256)}${d['dvc-md5'] ? ` (DVC md5 ${code(d['dvc-md5'])})` : ''}`);
  for (const d of c.lineage.data) if (d.delta) out.push(`- ${code(d.path, 300)} is Delta table ${code(d.delta['table-id'])} at version ${d.delta.version}${d.delta['commit-timestamp'] ? ` (committed ${escapeMarkdown(d.delta['commit-timestamp'])}${d.delta.operation ? ` by ${escapeMarkdown(d.delta.operation)}` : ''})` : ''}; replay with ${code(`@v${d.delta.version}`)}`);
  out.push(`- Input columns: ${c.features.map((f) => code(f)).join(', ')}`);
  if (c.classes) out.push(`- Classes: ${c.classes.map((x) => code(x)).join(', ')}`);
  out.push('', '## Metrics (holdout)', '', '| metric | value |', '|---|---|');
  const names = c.task === 'classification' ? ['accuracy', 'balanced_accuracy', 'f1_macro', 'f1_weighted', 'roc_auc', 'log_loss'] : ['mae', 'rmse', 'r2', 'mape'];
  for (const n of names) out.push(`| ${n} | ${f4((c.metrics as unknown as Record<string, number | null>)[n])} |`);
  if (c.cv) {
    out.push('', `Cross-validation (${c.cv.folds} folds, mean ± std): ` + Object.entries(c.cv).filter(([k]) => k !== 'folds').map(([k, v]) => `${k} ${f4((v as { mean: number }).mean)} ± ${f4((v as { std: number }).std)}`).join('; '));
  }
  if (c.task === 'classification') {
    const m = c.metrics as ClassificationMetrics;
    out.push('', '### Per class', '', '| class | precision | recall | f1 | support |', '|---|---|---|---|---|');
    for (const p of m.per_class) out.push(`| ${escapeCell(p.class)} | ${f4(p.precision)} | ${f4(p.recall)} | ${f4(p.f1)} | ${p.support} |`);
  }
  if (c.search) out.push('', c.search.trimEnd());
  const top = [...c.importances].sort((a, b) => b.importance - a.importance || (a.feature < b.feature ? -1 : 1)).slice(0, 10);
  out.push('', '## Feature importance', '', 'Impurity-based (like sklearn `feature_importances_`), top 10:', '');
  out.push(mermaidBarChart({ title: 'Feature importance', labels: top.map((t) => t.feature), values: top.map((t) => t.importance), yLabel: 'importance', yMax: 1 }));
  out.push('## Limitations', '', '- A single tree is sensitive to the training sample; compare candidates with the evaluate-gate on the same holdout rows (holdout.jsonl).', '- Unknown categories at serving time are encoded as "none of the known categories".', '');
  return out.join('\n');
}
