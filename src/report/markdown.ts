/**
 * Markdown helpers shared by every stage's job summary. Anything that came from data (values,
 * column names, file names) goes through `escapeCell`/`escapeInline` or `mermaidLabel`, so a
 * dataset cannot inject Markdown, HTML, links or Mermaid directives into a summary.
 */

// Entity-escaped: HTML, quotes, and @ (so a value such as "@team" never pings anyone in a PR
// comment or issue). Backslash-escaped: every other Markdown punctuation character, # ! ( )
// included, so text is inert wherever it lands (table cells, headings, links, images).
// One pass, so an entity's own & and # are never escaped again.
const HTML_ENTITIES: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&#39;', '@': '&#64;' };
const SPECIAL = /[\\`*_{}[\]()#|~!$<>&"'@]/g;

/**
 * Escape data for Markdown and HTML, wherever it is shown (summaries, PR comments, issues):
 * newlines become spaces, other control characters are dropped, Markdown punctuation is
 * backslash-escaped and <>&"'@ become entities.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n\t]+/g, ' ')
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .replace(SPECIAL, (ch) => HTML_ENTITIES[ch] ?? `\\${ch}`);
}

/** escapeMarkdown, cut to `maxLength` characters of the original text (with an ellipsis). */
export function escapeInline(text: string, maxLength = 200): string {
  const t = text.length > maxLength ? text.slice(0, maxLength - 1) + '…' : text;
  return escapeMarkdown(t);
}

/** Escape text for a table cell: like escapeInline (`|` is escaped), and never empty. */
export function escapeCell(text: string, maxLength = 120): string {
  const t = escapeInline(text, maxLength);
  return t === '' ? ' ' : t;
}

/** Format a value in code style safely: backticks inside are replaced. */
export function code(text: string, maxLength = 120): string {
  let t = text.replace(/[\r\n\t]+/g, ' ').replace(/[\u0000-\u001f\u007f]/g, '');
  if (t.length > maxLength) t = t.slice(0, maxLength - 1) + '…';
  t = t.replace(/`/g, 'ˋ').replace(/[<>&]/g, (ch) => HTML_ENTITIES[ch]);
  // In a table a pipe ends the cell even inside code spans.
  t = t.replace(/\|/g, '\\|');
  return `\`${t === '' ? ' ' : t}\``;
}

export type Align = 'left' | 'right' | 'center';

/**
 * A GitHub-flavoured Markdown table. Cells are used as given: escape data with escapeCell first
 * (this lets callers put deliberate formatting such as ✅ or **bold** in cells they build).
 */
export function table(headers: string[], rows: string[][], align: Align[] = []): string {
  const sep = headers.map((_, i) => (align[i] === 'right' ? '---:' : align[i] === 'center' ? ':---:' : '---'));
  const line = (cells: string[]) => `| ${cells.map((c) => c.replace(/\n/g, ' ')).join(' | ')} |`;
  return [line(headers), line(sep), ...rows.map((r) => line(headers.map((_, i) => r[i] ?? '')))].join('\n') + '\n';
}

/** A label for a Mermaid chart: quotes, brackets, semicolons and HTML become entity codes; at most 40 chars. */
export function mermaidLabel(text: string, maxLength = 40): string {
  let t = text.replace(/[\r\n\t]+/g, ' ').replace(/[\u0000-\u001f\u007f]/g, '');
  if (t.length > maxLength) t = t.slice(0, maxLength - 1) + '…';
  return t.replace(/["#;:<>&`[\]{}()%]/g, (ch) => `#${ch.charCodeAt(0)};`);
}

/** A Mermaid xychart bar chart in a fenced block. Values must be finite numbers. */
export function mermaidBarChart(opts: { title: string; labels: string[]; values: number[]; yLabel: string; yMax?: number }): string {
  const labels = opts.labels.map((l) => `"${mermaidLabel(l)}"`).join(', ');
  const values = opts.values.map((v) => (Number.isFinite(v) ? Number(v.toPrecision(4)) : 0)).join(', ');
  // A bound that is not a finite number (NaN from a missing score) would render as "NaN".
  const top = opts.yMax !== undefined && Number.isFinite(opts.yMax) ? opts.yMax : Math.max(1, ...opts.values.filter(Number.isFinite));
  return [
    '```mermaid',
    'xychart-beta',
    `  title "${mermaidLabel(opts.title, 80)}"`,
    `  x-axis [${labels}]`,
    `  y-axis "${mermaidLabel(opts.yLabel, 60)}" 0 --> ${Number(top.toPrecision(3))}`,
    `  bar [${values}]`,
    '```',
    '',
  ].join('\n');
}

/** Format a number compactly for tables: up to 4 significant digits, exponent for tiny values. */
export function formatNumber(x: number | undefined): string {
  if (x === undefined || Number.isNaN(x)) return '–';
  if (!Number.isFinite(x)) return x > 0 ? '∞' : '−∞';
  if (x === 0) return '0';
  const a = Math.abs(x);
  if (a < 1e-3 || a >= 1e7) return x.toExponential(2);
  return String(Number(x.toPrecision(4)));
}
