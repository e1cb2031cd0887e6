// Replace (or append) the body of one `## <title>` section of a Markdown file, keeping the
// other sections: each benchmark script owns one section of docs/benchmarks.md.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

export function replaceSection(file, title, body) {
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
  const heading = `## ${title}`;
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.trim() === heading);
  if (start === -1) {
    writeFileSync(file, text.replace(/\n*$/, '\n\n') + `${heading}\n\n${body.trim()}\n`);
    return;
  }
  let end = lines.findIndex((l, i) => i > start && l.startsWith('## '));
  if (end === -1) end = lines.length;
  const out = [...lines.slice(0, start + 1), '', body.trim(), '', ...lines.slice(end)];
  writeFileSync(file, out.join('\n').replace(/\n{3,}/g, '\n\n').replace(/\n*$/, '\n'));
}
