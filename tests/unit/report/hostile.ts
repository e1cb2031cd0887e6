/**
 * Hostile data for the escaping tests: sklearn's iris (Debian python3-sklearn) with a column name
 * and class / category values that try to inject HTML, mentions, links, table pipes and line
 * breaks into every Markdown the project writes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { sklearnData } from '../../helpers/paths.js';

export const HOSTILE = {
  html: '<img src=x onerror=alert(1)>',
  mention: '@octocat',
  link: '[x](javascript:alert(1))',
  pipe: 'a|b',
  newline: 'line1\nline2',
} as const;

/** The hostile column name (a feature) and the three classes of the target. */
export const HOSTILE_COLUMN = HOSTILE.html;
export const HOSTILE_CLASSES = [HOSTILE.mention, HOSTILE.link, HOSTILE.pipe] as const;
/** Values of the categorical feature "tag" (one per row, cycling). */
export const HOSTILE_TAGS = [HOSTILE.html, HOSTILE.mention, HOSTILE.newline, HOSTILE.pipe] as const;

const csvCell = (s: string) => (/[",\n|]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/**
 * Iris as CSV: sepal_length, `<img …>` (sepal width), petal_length, petal_width, tag, species.
 * `keepClass` filters rows by class index; `tags` picks the tag values in use.
 */
export function writeHostileIris(path: string, opts: { tags?: readonly string[]; rows?: (i: number) => boolean } = {}): void {
  const lines = readFileSync(sklearnData('iris.csv'), 'utf8').trim().split('\n').slice(1);
  const tags = opts.tags ?? HOSTILE_TAGS;
  const out = [['sepal_length', HOSTILE_COLUMN, 'petal_length', 'petal_width', 'tag', 'species'].map(csvCell).join(',')];
  lines.forEach((line, i) => {
    if (opts.rows && !opts.rows(i)) return;
    const v = line.split(',');
    out.push([...v.slice(0, 4), csvCell(tags[i % tags.length]), csvCell(HOSTILE_CLASSES[Number(v[4])])].join(','));
  });
  writeFileSync(path, out.join('\n') + '\n');
}

/** Text outside code spans and fenced code blocks (where GitHub renders nothing as Markdown). */
export function outsideCode(md: string): string {
  return md
    .replace(/```[\s\S]*?```/g, '')
    .replace(/`[^`\n]*`/g, '');
}

/**
 * Problems that let data act as Markdown/HTML in `md` (empty when it is inert):
 * raw tags, mentions and links outside code, a line that starts with data cut by a newline, table
 * rows whose cell count differs from their header, Mermaid labels that break out of their quotes.
 */
export function markdownProblems(md: string): string[] {
  const problems: string[] = [];
  const text = outsideCode(md);
  if (/<img/i.test(md)) problems.push('raw <img> tag');
  if (/(^|[^\w&#])@octocat/.test(text)) problems.push('live @mention');
  if (/\]\(javascript:/i.test(text)) problems.push('live javascript: link');
  if (/^line2/m.test(md)) problems.push('a value split over two lines');
  // Tables: every row has as many cells as its header.
  const cells = (line: string) => line.replace(/\\\|/g, '').split('|').length;
  const lines = md.split('\n');
  let inFence = false;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].startsWith('```')) inFence = !inFence;
    if (inFence || !lines[i].startsWith('|')) continue;
    if (i > 0 && lines[i - 1].startsWith('|')) continue;
    const want = cells(lines[i]);
    for (let j = i + 1; j < lines.length && lines[j].startsWith('|'); j++) {
      if (cells(lines[j]) !== want) problems.push(`table row ${j + 1} has ${cells(lines[j]) - 2} cells, its header ${want - 2}: ${lines[j]}`);
    }
  }
  // Mermaid: a label is one quoted string per item, with no quote, bracket or newline inside.
  for (const block of md.match(/```mermaid\n[\s\S]*?```/g) ?? []) {
    for (const line of block.split('\n')) {
      const axis = /^\s*x-axis \[(.*)\]$/.exec(line);
      if (axis && !/^("[^"[\]\n]*")(, "[^"[\]\n]*")*$/.test(axis[1])) problems.push(`Mermaid x-axis labels break out: ${line}`);
      const title = /^\s*(title|y-axis) (.*)$/.exec(line);
      if (title && !/^"[^"[\]\n]*"( -?[\d.]+ --> -?[\d.]+)?$/.test(title[2])) problems.push(`Mermaid ${title[1]} breaks out: ${line}`);
    }
  }
  return problems;
}
