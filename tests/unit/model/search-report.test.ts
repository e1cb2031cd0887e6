/**
 * The search in Markdown: model card / job summary table, chosen params and the Mermaid validation
 * curve (renderSearchMarkdown), and the gate's PR comment showing the chosen params beside production's.
 */
import { describe, expect, it } from 'vitest';
import { renderSearchMarkdown } from '../../../src/model/search-report.js';
import type { SearchRecord } from '../../../src/model/search-run.js';
import { renderGateMarkdown } from '../../../src/gate/markdown.js';
import { evaluateGate } from '../../../src/gate/evaluate.js';
import { resolveRules } from '../../../src/gate/rules.js';
import { CLASSIFICATION_METRICS } from '../../../src/gate/bootstrap.js';

function cand(index: number, depth: number, enc: string, mean: number, train: number, rank: number) {
  return { index, params: { 'max-depth': depth, encoding: enc }, iteration: 0, resources: 120, fold_scores: [mean, mean], mean, std: 0.01, train_mean: train, nodes: 2 ** depth - 1, depth, fit_time_ms: 3, rank };
}

const record: SearchRecord = {
  method: 'grid',
  metric: 'accuracy',
  higher_is_better: true,
  cv_folds: 5,
  one_se: false,
  seed: 42,
  space: { encoding: ['one-hot', 'ordinal'], 'max-depth': [2, 4, 8] },
  main_param: 'max-depth',
  candidates: [cand(0, 2, 'one-hot', 0.81, 0.82, 5), cand(1, 2, 'ordinal', 0.8, 0.8, 6), cand(2, 4, 'one-hot', 0.9, 0.93, 1), cand(3, 4, 'ordinal', 0.88, 0.9, 3), cand(4, 8, 'one-hot', 0.89, 1, 2), cand(5, 8, 'ordinal', 0.85, 1, 4)],
  best: { index: 2, params: { 'max-depth': 4, encoding: 'one-hot' }, mean: 0.9, std: 0.01 },
};

describe('renderSearchMarkdown', () => {
  const md = renderSearchMarkdown(record);
  it('names the method, folds, metric and the chosen params', () => {
    expect(md).toContain('grid search (6 candidates), 5-fold stratified cross-validation on the training split (the holdout took no part), scored on **accuracy**');
    expect(md).toContain('Chosen: **encoding = one-hot**, **max-depth = 4** — CV accuracy 0.9000 ± 0.0100');
  });
  it('lists every candidate best first, the winner marked', () => {
    const rows = md.split('\n').filter((l) => /^\| \d/.test(l));
    expect(rows).toHaveLength(6);
    expect(rows[0]).toBe('| 1 ✅ | one-hot | 4 | 0.9000 ± 0.0100 | 0.9300 | 15 | 3 |');
    expect(rows[5]).toMatch(/^\| 6 \| ordinal \| 2 \|/);
  });
  it('draws CV and training score against max-depth (best candidate per value)', () => {
    expect(md).toContain('  x-axis "max-depth" ["2", "4", "8"]');
    expect(md).toContain('  line [0.81, 0.9, 0.89]');
    expect(md).toContain('  line [0.82, 0.93, 1]');
  });
  it('escapes data values (a metric name is data here)', () => {
    const hostile = renderSearchMarkdown({ ...record, metric: '<img src=x>|@team' });
    expect(hostile).not.toContain('<img');
    expect(hostile).toContain('&lt;img src=x&gt;\\|&#64;team');
  });
});

describe('the gate comment shows the chosen params beside production', () => {
  const truth = Array.from({ length: 30 }, (_, i) => i % 2);
  const report = evaluateGate({
    task: 'classification',
    classes: ['no', 'yes'],
    truth: Int32Array.from(truth),
    baseline: Int32Array.from(truth),
    candidate: Int32Array.from(truth),
    baselineState: { kind: 'compared', source: 'production' },
    candidateSource: 'models/candidate',
    evaluationSource: 'candidate holdout',
    headline: 'accuracy',
    rules: resolveRules({}, 'accuracy', CLASSIFICATION_METRICS),
    resamples: 50,
    confidence: 0.95,
    seed: 1,
  });
  it('renders a production | candidate table of the searched params', () => {
    const md = renderGateMarkdown({ ...report, params: [{ name: 'max-depth', production: 6, candidate: 4 }, { name: 'min-num-samples', production: 3, candidate: '<b>5</b>' }] });
    expect(md).toContain('| parameter | production | candidate |\n|---|---|---|\n| max-depth | 6 | 4 |\n| min-num-samples | 3 | &lt;b&gt;5&lt;/b&gt; |');
  });
  it('shows nothing when the candidate was not searched', () => {
    expect(renderGateMarkdown(report)).not.toContain('Chosen hyperparameters');
  });
});
