import { describe, expect, it } from 'vitest';
import { evaluateGate, type GateInput } from '../../../src/gate/evaluate.js';
import { resolveRules } from '../../../src/gate/rules.js';
import { evaluateSlices } from '../../../src/gate/slices.js';
import { CLASSIFICATION_METRICS } from '../../../src/gate/bootstrap.js';

function classification(truth: number[], baseline: number[] | undefined, candidate: number[], extra: Partial<GateInput> = {}): GateInput {
  return {
    task: 'classification',
    classes: ['no', 'yes'],
    truth: Int32Array.from(truth),
    candidate: Int32Array.from(candidate),
    ...(baseline ? { baseline: Int32Array.from(baseline) } : {}),
    baselineState: baseline ? { kind: 'compared', source: 'production' } : { kind: 'first-model', message: 'no successful deployment to production yet' },
    candidateSource: 'models/candidate',
    evaluationSource: 'candidate holdout',
    headline: 'accuracy',
    rules: resolveRules(undefined, 'accuracy', CLASSIFICATION_METRICS),
    resamples: 2000,
    confidence: 0.95,
    seed: 42,
    ...extra,
  };
}

describe('require-significance on a tiny noisy evaluation set', () => {
  // 40 rows; the candidate gets 2 more rows wrong than production (accuracy 0.85 → 0.80): a 0.05
  // drop, above the 0.01 tolerance, but the CI of the drop easily covers 0.
  const truth = Array.from({ length: 40 }, (_, i) => i % 2);
  const base = truth.map((y, i) => (i % 7 === 0 ? 1 - y : y)); // 6 wrong
  const cand = truth.map((y, i) => (i % 7 === 0 || i === 3 || i === 5 ? 1 - y : y)); // 8 wrong
  it('passes with require-significance (the default rule)', () => {
    const r = evaluateGate(classification(truth, base, cand));
    const acc = r.metrics.find((m) => m.metric === 'accuracy')!;
    expect(acc.delta).toBeCloseTo(-0.05, 12);
    expect(acc.dropCi!.lower).toBeLessThanOrEqual(0.01);
    expect(r.passed).toBe(true);
    expect(r.rulesFromDefaults).toBe(true);
  });
  it('fails without it', () => {
    const rules = resolveRules({ metrics: { accuracy: { 'max-drop': 0.01 } } }, 'accuracy', CLASSIFICATION_METRICS);
    const r = evaluateGate(classification(truth, base, cand, { rules }));
    expect(r.passed).toBe(false);
    expect(r.failures).toEqual(['accuracy 0.85 → 0.8: drop 0.05 exceeds max-drop 0.01']);
    expect(r.rulesFromDefaults).toBe(false);
  });
  it('reports McNemar on the discordant rows (2 vs 0: scipy 1.10 binomtest(0, 2, 0.5).pvalue = 0.5)', () => {
    const r = evaluateGate(classification(truth, base, cand));
    expect(r.mcnemar).toEqual({ baselineOnly: 2, candidateOnly: 0, pValue: 0.5 });
    expect(r.confusion?.baseline).toEqual([[17, 3], [3, 17]]);
  });
});

describe('baseline states', () => {
  const truth = [0, 1, 0, 1];
  it('first model passes and says so; min/max still apply', () => {
    const ok = evaluateGate(classification(truth, undefined, [0, 1, 0, 0]));
    expect(ok.passed).toBe(true);
    expect(ok.notes.join()).toMatch(/first model/);
    const rules = resolveRules({ metrics: { accuracy: { min: 0.9 } } }, 'accuracy', CLASSIFICATION_METRICS);
    expect(evaluateGate(classification(truth, undefined, [0, 1, 0, 0], { rules })).passed).toBe(false);
  });
  it.each([
    { policy: 'fail' as const, passed: false },
    { policy: 'warn' as const, passed: true },
  ])('unavailable baseline with on-baseline-missing: $policy → passed=$passed', ({ policy, passed }) => {
    const r = evaluateGate(classification(truth, undefined, [0, 1, 0, 1], { baselineState: { kind: 'unavailable', message: 'artifact model-bundle of run 77 has expired', policy } }));
    expect(r.passed).toBe(passed);
    expect([...r.failures, ...r.warnings].join()).toMatch(/has expired/);
  });
  it('schema change is listed', () => {
    const r = evaluateGate(
      classification(truth, undefined, [0, 1, 0, 1], { baselineState: { kind: 'schema-changed', source: 'production', schema: { added: ['tenure'], removed: ['age'], changed: [] }, message: 'its column age is not in the evaluation rows', policy: 'warn' } }),
    );
    expect(r.passed).toBe(true);
    expect(r.warnings[0]).toMatch(/age is not in the evaluation rows/);
  });
});

describe('slices', () => {
  // Group "a": candidate all right; group "b": candidate right on 6 of 10.
  const truth = Array.from({ length: 20 }, (_, i) => i % 2);
  const cand = truth.map((y, i) => (i >= 10 && i < 14 ? 1 - y : y));
  const groups = truth.map((_, i) => (i < 10 ? 'a' : 'b'));
  it.each([
    { limit: 0.3, passed: false },
    { limit: 0.5, passed: true },
  ])('disparity 0.4 vs max-disparity $limit → passed=$passed', ({ limit, passed }) => {
    const r = evaluateGate(classification(truth, truth, cand, { slices: { region: groups }, maxDisparity: limit, minSliceRows: 5 }));
    expect(r.slices[0].disparity).toBeCloseTo(0.4, 12);
    expect(r.slices[0].passed).toBe(passed);
    if (!passed) expect(r.failures.at(-1)).toMatch(/accuracy differs by 0.400 between slices of region \("a" 1.00 vs "b" 0.600\), above max-disparity 0.3/);
  });
  it('slices below min-slice-rows are shown but not judged', () => {
    const s = evaluateSlices({ kind: 'classification', k: 2, truth: Int32Array.from(truth), candidate: Int32Array.from(cand) }, { region: groups.map((g, i) => (i === 0 ? 'tiny' : g)) }, { metric: 'accuracy', minRows: 5, maxDisparity: 0.1 });
    expect(s[0].slices.find((x) => x.value === 'tiny')).toMatchObject({ rows: 1, judged: false });
  });
  it('regression slices use RMSE', () => {
    const s = evaluateSlices({ kind: 'regression', truth: Float64Array.from([1, 2, 3, 4]), candidate: Float64Array.from([1, 2, 5, 6]) }, { g: ['x', 'x', 'y', 'y'] }, { metric: 'rmse', minRows: 1 });
    expect(s[0].slices.map((x) => [x.value, x.candidate])).toEqual([['x', 0], ['y', 2]]);
    expect(s[0].disparity).toBe(2);
  });
});
