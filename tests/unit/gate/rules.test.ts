import { describe, expect, it } from 'vitest';
import { inferDirection, judgeMetric, resolveRules, type ResolvedRule } from '../../../src/gate/rules.js';
import { UsageError } from '../../../src/errors.js';
import type { GateSection } from '../../../src/config/sections/gate.js';

const KNOWN = ['accuracy', 'f1', 'rmse', 'mae', 'log-loss'];

describe('inferDirection', () => {
  it.each([
    { metric: 'accuracy', d: 'higher-is-better' },
    { metric: 'f1', d: 'higher-is-better' },
    { metric: 'r2', d: 'higher-is-better' },
    { metric: 'rmse', d: 'lower-is-better' },
    { metric: 'mae', d: 'lower-is-better' },
    { metric: 'mse', d: 'lower-is-better' },
    { metric: 'loss', d: 'lower-is-better' },
    { metric: 'log-loss', d: 'lower-is-better' },
    { metric: 'error', d: 'lower-is-better' },
  ])('$metric → $d', ({ metric, d }) => expect(inferDirection(metric)).toBe(d));
});

describe('resolveRules', () => {
  it('defaults: headline may drop ≤ 0.01, judged with the CI, marked default', () => {
    expect(resolveRules(undefined, 'accuracy', KNOWN)).toEqual([{ metric: 'accuracy', direction: 'higher-is-better', maxDrop: 0.01, requireSignificance: true, source: 'default' }]);
    expect(resolveRules({}, 'rmse', KNOWN)[0]).toMatchObject({ metric: 'rmse', direction: 'lower-is-better', source: 'default' });
  });

  it('config rules: names kept, direction inferred unless given, significance off unless asked', () => {
    const rules = resolveRules({ metrics: { f1: { min: 0.8, 'max-drop-relative': 0.05 }, rmse: { 'max-drop': 0.5, 'require-significance': true, direction: 'lower-is-better' } } }, 'accuracy', KNOWN);
    expect(rules).toEqual([
      { metric: 'f1', direction: 'higher-is-better', min: 0.8, maxDropRelative: 0.05, requireSignificance: false, source: 'config' },
      { metric: 'rmse', direction: 'lower-is-better', maxDrop: 0.5, requireSignificance: true, source: 'config' },
    ]);
  });

  it.each([
    { name: 'unknown metric', metrics: { auc: { min: 0.5 } }, msg: /gate\.metrics\.auc: unknown metric .*accuracy, f1/ },
    { name: 'min above max', metrics: { f1: { min: 0.9, max: 0.8 } }, msg: /min 0.9 is above max 0.8/ },
    { name: 'no rule', metrics: { f1: { direction: 'higher-is-better' as const } }, msg: /no rule; give at least one of/ },
  ] as { name: string; metrics: GateSection['metrics']; msg: RegExp }[])('rejects $name', ({ metrics, msg }) => {
    expect(() => resolveRules({ metrics }, 'accuracy', KNOWN)).toThrow(UsageError);
    expect(() => resolveRules({ metrics }, 'accuracy', KNOWN)).toThrow(msg);
  });
});

describe('judgeMetric', () => {
  const drop = (extra: Partial<ResolvedRule>): ResolvedRule => ({ metric: 'accuracy', direction: 'higher-is-better', requireSignificance: false, source: 'config', ...extra });
  it.each([
    { name: 'drop within max-drop', d: { baseline: 0.9, candidate: 0.895, delta: -0.005, ci: { lower: -0.02, upper: 0.01 } }, rule: drop({ maxDrop: 0.01 }), status: 'pass' },
    { name: 'drop beyond max-drop', d: { baseline: 0.9, candidate: 0.85, delta: -0.05, ci: { lower: -0.08, upper: -0.02 } }, rule: drop({ maxDrop: 0.01 }), status: 'fail' },
    { name: 'same drop, CI crosses tolerance, significance required', d: { baseline: 0.9, candidate: 0.85, delta: -0.05, ci: { lower: -0.12, upper: 0.0 } }, rule: drop({ maxDrop: 0.01, requireSignificance: true }), status: 'pass' },
    { name: 'whole CI beyond tolerance, significance required', d: { baseline: 0.9, candidate: 0.8, delta: -0.1, ci: { lower: -0.15, upper: -0.05 } }, rule: drop({ maxDrop: 0.01, requireSignificance: true }), status: 'fail' },
    { name: 'relative drop 5.6% > 5%', d: { baseline: 0.9, candidate: 0.85, delta: -0.05, ci: { lower: -0.08, upper: -0.02 } }, rule: drop({ maxDropRelative: 0.05 }), status: 'fail' },
    { name: 'relative drop 1.1% ≤ 5%', d: { baseline: 0.9, candidate: 0.89, delta: -0.01, ci: { lower: -0.03, upper: 0.01 } }, rule: drop({ maxDropRelative: 0.05 }), status: 'pass' },
    { name: 'below min', d: { candidate: 0.7 }, rule: drop({ min: 0.8 }), status: 'fail' },
    { name: 'above max', d: { candidate: 0.7 }, rule: drop({ max: 0.5 }), status: 'fail' },
    { name: 'no baseline: drop rules skipped', d: { candidate: 0.7 }, rule: drop({ maxDrop: 0.0 }), status: 'pass' },
  ])('$name → $status', ({ d, rule, status }) => {
    expect(judgeMetric({ metric: 'accuracy', ...d }, rule).status).toBe(status);
  });

  it('lower-is-better: an RMSE increase is a drop', () => {
    const rule: ResolvedRule = { metric: 'rmse', direction: 'lower-is-better', maxDrop: 0.1, requireSignificance: false, source: 'config' };
    const worse = judgeMetric({ metric: 'rmse', baseline: 1.0, candidate: 1.2, delta: 0.2, ci: { lower: 0.1, upper: 0.3 } }, rule);
    expect(worse.status).toBe('fail');
    expect(worse.drop).toBeCloseTo(0.2, 12);
    expect(worse.checks[0].message).toBe('rmse 1 → 1.2: drop 0.2 exceeds max-drop 0.1');
    const better = judgeMetric({ metric: 'rmse', baseline: 1.0, candidate: 0.8, delta: -0.2, ci: { lower: -0.3, upper: -0.1 } }, rule);
    expect(better.status).toBe('pass');
    expect(better.dropCi).toEqual({ lower: -0.3, upper: -0.1 });
  });

  it('no rule → report only', () => {
    expect(judgeMetric({ metric: 'f1', baseline: 0.9, candidate: 0.1, delta: -0.8 }, undefined).status).toBe('report-only');
  });
});
