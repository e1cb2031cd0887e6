import { describe, expect, it } from 'vitest';
import { escapeMarkdown, renderGateMarkdown } from '../../../src/gate/markdown.js';
import { evaluateGate } from '../../../src/gate/evaluate.js';
import { resolveRules } from '../../../src/gate/rules.js';
import { CLASSIFICATION_METRICS } from '../../../src/gate/bootstrap.js';
import { markerFor } from '../../../src/github/port.js';

describe('escapeMarkdown', () => {
  it.each([
    { raw: '<img src=x onerror=alert(1)>', out: '&lt;img src=x onerror=alert\\(1\\)&gt;' },
    { raw: 'a|b', out: 'a\\|b' },
    { raw: '@octo-org/admins', out: '&#64;octo-org/admins' },
    { raw: '[click](http://x)', out: '\\[click\\]\\(http://x\\)' },
    { raw: 'line1\nline2', out: 'line1 line2' },
    { raw: '<!-- cd4ml:gate -->', out: '&lt;\\!-- cd4ml:gate --&gt;' },
    { raw: '**bold** `code`', out: '\\*\\*bold\\*\\* \\`code\\`' },
  ])('$raw', ({ raw, out }) => expect(escapeMarkdown(raw)).toBe(out));
});

describe('renderGateMarkdown', () => {
  const truth = Array.from({ length: 30 }, (_, i) => i % 2);
  const hostile = '<script>|@here';
  const report = evaluateGate({
    task: 'classification',
    classes: ['<b>no</b>', 'yes|maybe'],
    truth: Int32Array.from(truth),
    baseline: Int32Array.from(truth),
    candidate: Int32Array.from(truth.map((y, i) => (i < 5 ? 1 - y : y))),
    baselineState: { kind: 'compared', source: 'production deployment 1001 (run 77)' },
    candidateSource: 'models/candidate',
    evaluationSource: 'candidate holdout',
    headline: 'accuracy',
    rules: resolveRules({ metrics: { accuracy: { 'max-drop': 0.01 } } }, 'accuracy', CLASSIFICATION_METRICS),
    slices: { [hostile]: truth.map((_, i) => (i < 15 ? '[x](y)' : 'z')) },
    maxDisparity: 0.1,
    minSliceRows: 5,
    resamples: 200,
    confidence: 0.95,
    seed: 1,
  });
  const md = renderGateMarkdown(report, { marker: markerFor('gate'), runUrl: 'https://github.com/octo-org/churn-model/actions/runs/4242' });

  it('starts with the marker and the verdict', () => {
    expect(md.startsWith('<!-- cd4ml:gate -->\n## ❌ cd4ml gate: failed')).toBe(true);
  });
  it('has the metric table with rule and result, the chart, confusion matrices, slices and the run link', () => {
    expect(md).toMatch(/\| \*\*accuracy\*\* \| 1 \| 0\.8333 \| -0\.1667 \| \[-0\.\d+, -0\.\d+\] \| max-drop 0\.01 \| ❌ fail \|/);
    expect(md).toMatch(/\| f1-macro \| .* \| report only \| — \|/);
    expect(md).toContain('```mermaid\nxychart-beta');
    expect(md).toContain('<details><summary>Confusion matrices</summary>');
    expect(md).toContain('[workflow run](https://github.com/octo-org/churn-model/actions/runs/4242)');
  });
  it('escapes every data value and column name', () => {
    expect(md).not.toContain('<script>');
    expect(md).not.toContain('<b>');
    expect(md).not.toContain('@here');
    expect(md).not.toContain('[x](y)');
    expect(md).toContain('&lt;script&gt;\\|&#64;here');
    expect(md).toContain('yes\\|maybe');
    // every table row keeps its column count despite the "|" in values
    for (const row of md.split('\n').filter((l) => l.startsWith('| **&lt;b&gt;') || l.startsWith('| **yes'))) {
      expect(row.replace(/\\\|/g, '').split('|').length).toBe(5);
    }
  });
  it('says when rules are defaults', () => {
    const r2 = { ...report, rulesFromDefaults: true };
    expect(renderGateMarkdown(r2)).toMatch(/\*\(default\)\* apply because `gate.metrics` is not set/);
  });
});
