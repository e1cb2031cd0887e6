/**
 * Gate rules: which metric may move how far. Direction inference, the defaults used when
 * `gate.metrics` is absent, and judging one metric's delta (with its confidence interval).
 */
import { UsageError } from '../errors.js';
import type { GateMetricRule, GateSection } from '../config/sections/gate.js';
import type { Interval, MetricDelta } from './bootstrap.js';

export type Direction = 'higher-is-better' | 'lower-is-better';
export type Task = 'classification' | 'regression';

const LOWER_IS_BETTER = new Set(['loss', 'error', 'mae', 'mse', 'rmse']);

/** loss, error, mae, mse, rmse (also as a suffix: log-loss, mean-error) are lower-is-better; everything else higher. */
export function inferDirection(metric: string): Direction {
  const last = metric.split(/[-_]/).at(-1) ?? metric;
  return LOWER_IS_BETTER.has(metric) || LOWER_IS_BETTER.has(last) ? 'lower-is-better' : 'higher-is-better';
}

export interface ResolvedRule {
  metric: string;
  direction: Direction;
  min?: number;
  max?: number;
  maxDrop?: number;
  maxDropRelative?: number;
  requireSignificance: boolean;
  /** "default": not written in cd4ml.yml (gate.metrics absent). */
  source: 'config' | 'default';
}

export const DEFAULT_MAX_DROP = 0.01;

export function defaultHeadline(task: Task): string {
  return task === 'classification' ? 'accuracy' : 'rmse';
}

/**
 * Rules from `gate.metrics`, or — when absent — the default: the headline metric may not drop
 * by more than 0.01 absolute, judged with its confidence interval. `known` lists the metrics this
 * task reports; a rule on any other metric is a usage error.
 */
export function resolveRules(section: Pick<GateSection, 'metrics'> | undefined, headline: string, known: readonly string[]): ResolvedRule[] {
  const metrics = section?.metrics;
  if (metrics === undefined) {
    if (!known.includes(headline)) throw new UsageError(`train.headline-metric "${headline}" is not a metric of this model; use one of ${known.join(', ')}`);
    return [{ metric: headline, direction: inferDirection(headline), maxDrop: DEFAULT_MAX_DROP, requireSignificance: true, source: 'default' }];
  }
  return Object.entries(metrics).map(([metric, r]: [string, GateMetricRule]) => {
    if (!known.includes(metric)) throw new UsageError(`cd4ml.yml gate.metrics.${metric}: unknown metric for this model; use one of ${known.join(', ')}`);
    if (r.min !== undefined && r.max !== undefined && r.min > r.max) throw new UsageError(`cd4ml.yml gate.metrics.${metric}: min ${r.min} is above max ${r.max}`);
    if (r.min === undefined && r.max === undefined && r['max-drop'] === undefined && r['max-drop-relative'] === undefined) {
      throw new UsageError(`cd4ml.yml gate.metrics.${metric}: no rule; give at least one of min, max, max-drop, max-drop-relative`);
    }
    return {
      metric,
      direction: r.direction ?? inferDirection(metric),
      ...(r.min !== undefined ? { min: r.min } : {}),
      ...(r.max !== undefined ? { max: r.max } : {}),
      ...(r['max-drop'] !== undefined ? { maxDrop: r['max-drop'] } : {}),
      ...(r['max-drop-relative'] !== undefined ? { maxDropRelative: r['max-drop-relative'] } : {}),
      requireSignificance: r['require-significance'] ?? false,
      source: 'config' as const,
    };
  });
}

export interface RuleCheck {
  kind: 'min' | 'max' | 'max-drop' | 'max-drop-relative';
  threshold: number;
  /** The value compared with the threshold (the drop's CI bound when significance is required). */
  judged: number;
  passed: boolean;
  /** One line naming metric, value and threshold. */
  message: string;
}

export interface MetricVerdict {
  metric: string;
  direction: Direction;
  baseline?: number;
  candidate: number;
  delta?: number;
  ci?: Interval;
  /** Positive = worse: baseline − candidate (higher-is-better) or candidate − baseline. */
  drop?: number;
  dropCi?: Interval;
  rule?: ResolvedRule;
  checks: RuleCheck[];
  status: 'pass' | 'fail' | 'report-only';
}

const fmt = (x: number) => (Number.isFinite(x) ? Number(x.toPrecision(4)).toString() : String(x));

/** Judge one metric. Without a baseline (`d.baseline` undefined) only min/max apply. */
export function judgeMetric(d: { metric: string; candidate: number; baseline?: number; delta?: number; ci?: Interval }, rule: ResolvedRule | undefined): MetricVerdict {
  const direction = rule?.direction ?? inferDirection(d.metric);
  const out: MetricVerdict = { metric: d.metric, direction, candidate: d.candidate, checks: [], status: 'report-only' };
  if (d.baseline !== undefined && d.delta !== undefined) {
    out.baseline = d.baseline;
    out.delta = d.delta;
    out.drop = direction === 'higher-is-better' ? -d.delta : d.delta;
    if (d.ci) {
      out.ci = d.ci;
      out.dropCi = direction === 'higher-is-better' ? { lower: -d.ci.upper, upper: -d.ci.lower } : { lower: d.ci.lower, upper: d.ci.upper };
    }
  }
  if (!rule) return out;
  out.rule = rule;
  const m = d.metric;
  if (rule.min !== undefined) {
    const passed = d.candidate >= rule.min;
    out.checks.push({ kind: 'min', threshold: rule.min, judged: d.candidate, passed, message: `${m} ${fmt(d.candidate)} ${passed ? '≥' : 'is below the minimum'} ${fmt(rule.min)}` });
  }
  if (rule.max !== undefined) {
    const passed = d.candidate <= rule.max;
    out.checks.push({ kind: 'max', threshold: rule.max, judged: d.candidate, passed, message: `${m} ${fmt(d.candidate)} ${passed ? '≤' : 'is above the maximum'} ${fmt(rule.max)}` });
  }
  if (out.drop !== undefined && out.baseline !== undefined) {
    const sig = rule.requireSignificance && out.dropCi !== undefined;
    const judgedDrop = sig ? out.dropCi!.lower : out.drop;
    const how = sig ? `the whole ${'CI'} of the drop [${fmt(out.dropCi!.lower)}, ${fmt(out.dropCi!.upper)}]` : `drop ${fmt(out.drop)}`;
    if (rule.maxDrop !== undefined) {
      const passed = judgedDrop <= rule.maxDrop;
      out.checks.push({
        kind: 'max-drop',
        threshold: rule.maxDrop,
        judged: judgedDrop,
        passed,
        message: `${m} ${fmt(out.baseline)} → ${fmt(d.candidate)}: ${how} ${passed ? 'within' : sig ? 'lies beyond' : 'exceeds'} max-drop ${fmt(rule.maxDrop)}`,
      });
    }
    if (rule.maxDropRelative !== undefined) {
      const scale = Math.abs(out.baseline);
      if (scale > 0) {
        const rel = judgedDrop / scale;
        const passed = rel <= rule.maxDropRelative;
        out.checks.push({
          kind: 'max-drop-relative',
          threshold: rule.maxDropRelative,
          judged: rel,
          passed,
          message: `${m} ${fmt(out.baseline)} → ${fmt(d.candidate)}: relative ${sig ? 'drop (CI lower bound)' : 'drop'} ${fmt(rel * 100)}% ${passed ? 'within' : 'exceeds'} max-drop-relative ${fmt(rule.maxDropRelative * 100)}%`,
        });
      }
    }
  }
  out.status = out.checks.every((c) => c.passed) ? 'pass' : 'fail';
  return out;
}

/** Judge every reported metric (those without a rule are report-only). */
export function judgeMetrics(deltas: { metric: string; candidate: number; baseline?: number; delta?: number; ci?: Interval }[], rules: ResolvedRule[]): MetricVerdict[] {
  const byMetric = new Map(rules.map((r) => [r.metric, r]));
  return deltas.map((d) => judgeMetric(d, byMetric.get(d.metric)));
}

export type { MetricDelta };
