import { describe, expect, it } from 'vitest';
import { code, escapeCell, formatNumber, mermaidBarChart, mermaidLabel, table } from '../../../src/report/markdown.js';
import { annotations, renderMarkdown, renderText } from '../../../src/data/summary.js';
import { penguinsFile } from './penguins.js';
import { validateData } from '../../../src/data/validate.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

describe('escaping of data values', () => {
  it.each([
    { name: 'pipe ends no cell', text: 'a|b', expected: 'a\\|b' },
    { name: 'HTML is inert', text: '<img src=x onerror=alert(1)>', expected: '&lt;img src=x onerror=alert\\(1\\)&gt;' },
    { name: 'links are broken', text: '[click](http://evil)', expected: '\\[click\\]\\(http://evil\\)' },
    { name: 'mentions do not ping', text: 'ask @data-team', expected: 'ask &#64;data-team' },
    { name: 'emphasis and code', text: '*bold* _it_ `x`', expected: '\\*bold\\* \\_it\\_ \\`x\\`' },
    { name: 'newlines become spaces', text: 'a\nb\r\nc', expected: 'a b c' },
    { name: 'long values are cut', text: 'x'.repeat(300), expected: 'x'.repeat(119) + '…' },
  ])('escapeCell: $name', ({ text, expected }) => expect(escapeCell(text)).toBe(expected));

  it('code spans cannot be closed from inside', () => expect(code('a`b|c<d>')).toBe('`aˋb\\|c&lt;d&gt;`'));
  it('Mermaid labels cannot close the string or inject directives', () => {
    expect(mermaidLabel('x"] ; click A call alert()')).toBe('x#34;#93; #59; click A call alert#40;#41;');
  });
  it('a table has one row per line and aligned separators', () => {
    expect(table(['a', 'b'], [['1', '2']], ['left', 'right'])).toBe('| a | b |\n| --- | ---: |\n| 1 | 2 |\n');
  });
  it('a bar chart lists labels and values', () => {
    const chart = mermaidBarChart({ title: 'T', labels: ['p', 'q"'], values: [0.5, 2], yLabel: 'y' });
    expect(chart).toContain('x-axis ["p", "q#34;"]');
    expect(chart).toContain('bar [0.5, 2]');
    expect(chart.startsWith('```mermaid\nxychart-beta\n')).toBe(true);
  });
  it('a bar chart never shows NaN as its axis bound', () => {
    const chart = mermaidBarChart({ title: 'T', labels: ['p', 'q'], values: [Number.NaN, 2], yLabel: 'y', yMax: Number.NaN });
    expect(chart).not.toContain('NaN');
    expect(chart).toContain('y-axis "y" 0 --> 2\n');
    expect(chart).toContain('bar [0, 2]');
  });
  it.each([
    { x: 0.000123, s: '1.23e-4' },
    { x: 12.34567, s: '12.35' },
    { x: Number.NaN, s: '–' },
  ])('formatNumber($x) = $s', ({ x, s }) => expect(formatNumber(x)).toBe(s));
});

describe('the job summary of a hostile file', () => {
  it('column names and values from the data never reach the Markdown unescaped', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cd4ml-md-'));
    const data = join(dir, 'evil.csv');
    writeFileSync(data, 'id,"<script>x</script>|col"\n1,"[a](javascript:alert(1))"\n2,"*b*"\n');
    const schema = join(dir, 's.yml');
    writeFileSync(schema, 'columns:\n  id: { type: int }\n  "<script>x</script>|col": { categories: [ok] }\n');
    const report = await validateData({ data, schema });
    const md = renderMarkdown(report);
    expect(md).not.toContain('<script>');
    // outside code spans (where Markdown is inert) no link survives
    expect(md.replace(/`[^`]*`/g, '')).not.toContain('](javascript');
    expect(md).toContain('`[a](javascript:alert(1))`');
    expect(md).toContain('&lt;script&gt;');
    const ann = annotations(report, 10);
    expect(ann.map((a) => a.line)).toEqual([2, 3]);
    expect(ann[0].message).toContain('allowed categories check failed');
  });
});

describe('the job summary of a drift with a new category (penguins: the reference lacks Torgersen)', () => {
  it('names the new island with its share, shows a finite p and an axis bound that is a number', async () => {
    const report = await validateData({ data: penguinsFile('all'), reference: penguinsFile('biscoe-dream', (p) => p.Island !== 'Torgersen') });
    const island = report.drift!.columns.find((c) => c.column === 'Island')!;
    expect(island).toMatchObject({ drifted: true, test: 'chisquare' });
    const md = renderMarkdown(report);
    expect(md).not.toMatch(/NaN/);
    // p of scipy 1.10 chi2_contingency([[168,124,0],[168,124,52]], correction=False) = 3.645714258673997e-11
    expect(md).toMatch(/\| ⚠️ \| `Island` \| categorical \| chisquare \| 48\.07 \| p = 3\.65e-11 \| p &lt; 0\.05, or any category the reference never had \|/);
    expect(md).toContain('- `Island`: 1 category the reference never had, in 52 rows (15.12 %): `Torgersen` 52 (15.12 %)');
    const axis = /y-axis "score \/ threshold" 0 --> ([^\n]+)\n/.exec(md);
    expect(axis).not.toBeNull();
    expect(Number(axis![1])).toBe(10);
    const text = renderText(report);
    expect(text).toContain('DRIFT Island: chisquare p=3.65e-11');
    expect(text).toContain('1 new category in 52 rows (15.12 %): "Torgersen" 52 (15.12 %)');
  });
});
