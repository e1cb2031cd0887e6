/**
 * Every Markdown the project writes, fed hostile data end to end (issue 12, defect 9): a column
 * name and category values such as `<img src=x onerror=alert(1)>`, `@octocat`,
 * `[x](javascript:alert(1))`, `a|b` and `line1\nline2` must show as text — no raw HTML, no
 * mention, no live link, no broken table row, no Mermaid label breaking out of its quotes.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { trainAndWriteBundle, type TrainResult } from '../../../src/model/train.js';
import { resolveTrainSettings } from '../../../src/model/settings.js';
import { readBundle, type ModelBundle } from '../../../src/model/bundle.js';
import { validateData } from '../../../src/data/validate.js';
import { renderMarkdown } from '../../../src/data/summary.js';
import { loadReference } from '../../../src/monitor/reference.js';
import { readDataWindow } from '../../../src/monitor/sources.js';
import { evaluateMonitor } from '../../../src/monitor/evaluate.js';
import { renderMonitorMarkdown } from '../../../src/monitor/markdown.js';
import { evaluateGate } from '../../../src/gate/evaluate.js';
import { renderGateMarkdown } from '../../../src/gate/markdown.js';
import { resolveRules } from '../../../src/gate/rules.js';
import { CLASSIFICATION_METRICS } from '../../../src/gate/bootstrap.js';
import { markerFor } from '../../../src/github/port.js';
import { formatReportMarkdown } from '../../../src/deploy/summary.js';
import { summarizeBuild } from '../../../src/image/run.js';
import type { RolloutReport } from '../../../src/deploy/types.js';
import { code, escapeCell, escapeMarkdown, mermaidBarChart, mermaidLabel } from '../../../src/report/markdown.js';
import { HOSTILE, HOSTILE_CLASSES, HOSTILE_COLUMN, HOSTILE_TAGS, markdownProblems, outsideCode, writeHostileIris } from './hostile.js';

const ALL = Object.values(HOSTILE);

describe('the escapers of src/report/markdown.ts', () => {
  it.each([
    { name: 'HTML', raw: HOSTILE.html, cell: '&lt;img src=x onerror=alert\\(1\\)&gt;', label: '#60;img src=x onerror=alert#40;1#41;#62;', span: '`&lt;img src=x onerror=alert(1)&gt;`' },
    { name: 'mention', raw: HOSTILE.mention, cell: '&#64;octocat', label: '@octocat', span: '`@octocat`' },
    { name: 'javascript: link', raw: HOSTILE.link, cell: '\\[x\\]\\(javascript:alert\\(1\\)\\)', label: '#91;x#93;#40;javascript#58;alert#40;1#41;#41;', span: '`[x](javascript:alert(1))`' },
    { name: 'pipe', raw: HOSTILE.pipe, cell: 'a\\|b', label: 'a|b', span: '`a\\|b`' },
    { name: 'newline', raw: HOSTILE.newline, cell: 'line1 line2', label: 'line1 line2', span: '`line1 line2`' },
    { name: 'quote and brackets in a Mermaid label', raw: 'x"] ; y', cell: 'x&quot;\\] ; y', label: 'x#34;#93; #59; y', span: '`x"] ; y`' },
  ])('$name: cell, Mermaid label and code span', ({ raw, cell, label, span }) => {
    expect(escapeCell(raw)).toBe(cell);
    expect(escapeMarkdown(raw)).toBe(cell);
    expect(mermaidLabel(raw)).toBe(label);
    expect(code(raw)).toBe(span);
  });

  it('a Mermaid chart of hostile labels passes the checker, and the checker catches a raw one', () => {
    expect(markdownProblems(mermaidBarChart({ title: HOSTILE.link, labels: ALL, values: [1, 2, 3, 4, 5], yLabel: HOSTILE.newline }))).toEqual([]);
    // The checker itself fails on what it must catch (so the tests below can fail).
    expect(markdownProblems(['| a | b |', '|---|---|', `| ${HOSTILE.pipe} | 1 |`, HOSTILE.html, `hi ${HOSTILE.mention} ${HOSTILE.link}`, HOSTILE.newline, '```mermaid', `  x-axis ["${HOSTILE.link}"]`, '```'].join('\n'))).toEqual([
      'raw <img> tag',
      'live @mention',
      'live javascript: link',
      'a value split over two lines',
      'table row 3 has 3 cells, its header 2: | a|b | 1 |',
      'Mermaid x-axis labels break out:   x-axis ["[x](javascript:alert(1))"]',
    ]);
  });
});

describe('hostile iris, end to end', () => {
  let dir: string;
  let train: TrainResult;
  let bundle: ModelBundle;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cd4ml-hostile-'));
    writeHostileIris(join(dir, 'iris.csv'));
    // Production: the link is a tag value training never had (a new category in the reports).
    writeHostileIris(join(dir, 'production.csv'), { tags: [...HOSTILE_TAGS, HOSTILE.link] });
    train = await trainAndWriteBundle(resolveTrainSettings({ data: join(dir, 'iris.csv'), target: 'species', out: join(dir, 'bundle') }), {
      timestamp: '2026-01-01T00:00:00.000Z',
      toolVersion: 'test',
    });
    bundle = await readBundle(train.dir);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('train: the job summary shows the classes escaped, tables intact', () => {
    expect(markdownProblems(train.summary)).toEqual([]);
    expect(train.summary).toContain('| &#64;octocat | 1 | 1 | 1 | 10 |');
    expect(train.summary).toContain('| \\[x\\]\\(javascript:alert\\(1\\)\\) |');
    expect(train.summary).toContain('| | &#64;octocat | \\[x\\]\\(javascript:alert\\(1\\)\\) | a\\|b |');
  });

  it('train: MODEL_CARD.md shows column names and classes as text, its chart labels quoted', () => {
    const card = readFileSync(join(train.dir, 'MODEL_CARD.md'), 'utf8');
    expect(markdownProblems(card)).toEqual([]);
    expect(card).toContain('- Input columns: `sepal_length`, `&lt;img src=x onerror=alert(1)&gt;`, `petal_length`, `petal_width`, `tag`');
    expect(card).toContain('- Classes: `@octocat`, `[x](javascript:alert(1))`, `a\\|b`');
    expect(card).toContain('"tag=line1 line2"');
    expect(card).toContain('"#60;img src=x onerror=alert#40;1#41;#62;"');
    // every data value is in the card (escaped), none was dropped
    for (const c of HOSTILE_CLASSES) expect(card).toContain(escapeCell(c));
  });

  it('validate-data: checks, drift, new categories and statistics', async () => {
    const report = await validateData({ data: join(dir, 'production.csv'), reference: join(dir, 'iris.csv') });
    const md = renderMarkdown(report);
    expect(markdownProblems(md)).toEqual([]);
    const tag = report.drift!.columns.find((c) => c.column === 'tag')!;
    expect(tag.newCategories?.top.map((t) => t.value)).toEqual([HOSTILE.link]);
    expect(md).toContain('- `tag`: 1 category the reference never had, in 30 rows (20 %): `[x](javascript:alert(1))` 30 (20 %)');
    expect(md).toContain('`&lt;img src=x onerror=alert(1)&gt;`');
  });

  it('monitor: feature table, new categories, chart and the issue body', async () => {
    const { reference } = await loadReference(bundle);
    const r = evaluateMonitor(reference, await readDataWindow(bundle, join(dir, 'production.csv')), { bundle: { dir: bundle.dir, digest: bundle.digest }, referenceSource: 'holdout.jsonl' });
    const md = renderMonitorMarkdown(r, {
      issue: { action: 'updated', number: 7, url: 'https://github.com/o/r/issues/7', detail: `updated #7 ${HOSTILE.mention}` },
      retrain: { action: 'off', detail: HOSTILE.link },
    });
    expect(markdownProblems(md)).toEqual([]);
    expect(r.columns.find((c) => c.column === 'tag')!.newCategories?.top[0].value).toBe(HOSTILE.link);
    expect(md).toContain('| &lt;img src=x onerror=alert\\(1\\)&gt; | numeric |');
    expect(outsideCode(md)).toContain('&#64;octocat');
  });

  it('evaluate-gate: the PR comment with hostile classes, slice column and slice values', () => {
    const truth = Array.from({ length: 60 }, (_, i) => i % 3);
    const report = evaluateGate({
      task: 'classification',
      classes: [...HOSTILE_CLASSES],
      truth: Int32Array.from(truth),
      baseline: Int32Array.from(truth),
      candidate: Int32Array.from(truth.map((y, i) => (i < 6 ? (y + 1) % 3 : y))),
      baselineState: { kind: 'compared', source: `production ${HOSTILE.link}` },
      candidateSource: HOSTILE.html,
      evaluationSource: HOSTILE.newline,
      headline: 'accuracy',
      rules: resolveRules({ metrics: { accuracy: { 'max-drop': 0.01 } } }, 'accuracy', CLASSIFICATION_METRICS),
      slices: { [HOSTILE_COLUMN]: truth.map((_, i) => HOSTILE_TAGS[i % HOSTILE_TAGS.length]) },
      maxDisparity: 0.1,
      minSliceRows: 5,
      resamples: 100,
      confidence: 0.95,
      seed: 1,
    });
    const md = renderGateMarkdown(report, { marker: markerFor('gate') });
    expect(markdownProblems(md.replace(markerFor('gate'), ''))).toEqual([]);
    expect(md).toContain('**Slices by &lt;img src=x onerror=alert\\(1\\)&gt;**');
    expect(md).toContain('| line1 line2 |');
  });

  it('deploy-canary: the rollout summary', () => {
    const report: RolloutReport = {
      result: 'rolled-back',
      mode: 'canary',
      reason: `canary failed ${HOSTILE.html} ${HOSTILE.mention}\n${HOSTILE.link}`,
      environment: HOSTILE.pipe,
      provider: 'local',
      url: 'http://127.0.0.1:1',
      canary: { id: HOSTILE.mention, artifact: join(dir, HOSTILE.html) },
      stable: { id: 'r1', artifact: 'x' },
      finalWeights: { stable: 'r1', stablePercent: 100, canaryPercent: 0 },
      verified: true,
      analyses: [{ at: 0, step: 0, weight: 5, verdict: 'fail', sample: { canary: { requests: 10, errors: 5 } }, checks: [{ name: 'error-rate', status: 'fail', detail: `${HOSTILE.pipe} ${HOSTILE.newline} ${HOSTILE.link}` }] }],
      events: [],
      startedAt: 0,
      endedAt: 1000,
      metricsSource: HOSTILE.mention,
    };
    const md = formatReportMarkdown(report);
    expect(markdownProblems(md)).toEqual([]);
    expect(md).toContain('| environment | a\\|b (local) |');
  });

  it('build-image: the build summary with an output path holding hostile names', () => {
    const out = join(dir, `${HOSTILE.html}|${HOSTILE.mention}`, 'image.tar');
    const md = summarizeBuild(
      { image: 'localhost:5000/iris@sha256:' + 'a'.repeat(64), digest: 'sha256:' + 'a'.repeat(64), tags: ['localhost:5000/iris:1'], metadata: { base: 'node:24-slim' } },
      { builder: 'daemonless', image: 'localhost:5000/iris@sha256:' + 'a'.repeat(64), digest: 'sha256:' + 'a'.repeat(64), tags: ['localhost:5000/iris:1'], baseSize: 1, addedSize: 2, layers: [{ name: HOSTILE.link, digest: 'sha256:' + 'b'.repeat(64), size: 3, entries: 1 }], output: out },
    );
    expect(markdownProblems(md)).toEqual([]);
    expect(md).toContain('| layer \\[x\\]\\(javascript:alert\\(1\\)\\) |');
  });
});
