/**
 * The gate stage's options: `gate:` in cd4ml.yml, `cd4ml gate` flags and the evaluate-gate
 * action's inputs, all derived from this one table (src/config/options.ts).
 */
import { z } from 'zod';
import { bool, declareStage, int, list, nested, num, oneOf, text, type SettingsOf } from '../options.js';
import { configInput, formatOption, githubToken } from './common.js';

/** One metric's rule under `gate.metrics`. */
export const gateMetricRule = z
  .object({
    /** Hard lower bound on the candidate's value. */
    min: z.number().optional(),
    /** Hard upper bound on the candidate's value. */
    max: z.number().optional(),
    /** Largest allowed drop against the baseline, absolute (in the metric's units). */
    'max-drop': z.number().min(0).optional(),
    /** Largest allowed drop against the baseline, relative to the baseline's value (0.05 = 5%). */
    'max-drop-relative': z.number().min(0).optional(),
    /** Default inferred: loss, error, mae, mse, rmse are lower-is-better, anything else higher. */
    direction: z.enum(['higher-is-better', 'lower-is-better']).optional(),
    /** Fail a drop rule only when the whole confidence interval of the drop lies beyond the tolerance. */
    'require-significance': z.boolean().optional(),
  })
  .strict();

const failOrWarn = oneOf(['fail', 'warn']);

export const gateStage = declareStage(
  'gate',
  {
    candidate: { type: text({ arg: 'DIR', example: 'model' }), description: 'Directory of the candidate model bundle (from cd4ml train; the train action\'s bundle-path output).' },
    baseline: {
      type: text({ arg: 'DIR|production', example: 'baseline' }),
      description: '"production": in the action, the bundle of the latest successful GitHub deployment to "environment", downloaded from the run that produced it; on the CLI, the local registry .cd4ml/registry/<environment>. Or a bundle directory (or a local registry directory DIR/<environment>/).',
      default: 'production',
    },
    environment: { type: text({ arg: 'NAME', example: 'staging' }), description: 'Environment whose latest successful deployment is the production model.', default: 'production' },
    data: { type: text({ arg: 'FILE', example: 'eval.csv' }), description: 'Evaluation rows (CSV, TSV, JSON Lines, JSON or Parquet).', defaultText: 'the candidate bundle\'s holdout rows' },
    format: { ...formatOption('"data"'), doors: ['cli', 'input'] },
    config: { ...configInput('gate'), description: 'Path of cd4ml.yml; its "gate:" section holds the rules and supplies defaults for these inputs.' },
    report: { type: text({ arg: 'OUT.json', example: 'gate.json' }), description: 'Where to write the JSON report.', defaultText: 'none on the CLI; $RUNNER_TEMP/cd4ml/gate-report.json in the action' },
    resamples: { type: int({ min: 100, max: 100_000 }), description: 'Bootstrap resamples for the confidence intervals.', default: 2000 },
    confidence: { type: num({ gt: 0.5, lt: 1 }), description: 'Confidence level of the intervals.', default: 0.95, doors: ['config'] },
    seed: { type: int({ min: 0 }), description: 'Seed of the bootstrap, so a rerun gives the same intervals.', default: 42 },
    'on-baseline-missing': { type: failOrWarn, arg: 'fail|warn', description: 'When the baseline (the production artifact) is missing or unreadable: "fail", or "warn" (pass with a warning).', default: 'fail' },
    'on-schema-change': { type: failOrWarn, description: 'When the baseline cannot be scored on the evaluation rows (its columns are gone): "fail", or "warn" (pass with a warning).', default: 'fail', doors: ['config'] },
    metrics: {
      type: nested(z.record(z.string().regex(/^[a-z][a-z0-9-]*$/, 'metric names are kebab-case, e.g. accuracy, balanced-accuracy, rmse'), gateMetricRule), 'a mapping of metric name to its rule'),
      description: 'Rules by metric: min, max, max-drop, max-drop-relative, direction, require-significance.',
      defaultText: 'the headline metric may not drop by more than 0.01, judged with its confidence interval',
      doors: ['config'],
    },
    slices: { type: list(), description: 'Columns to slice the evaluation rows by (fairness across groups).', doors: ['config'] },
    'slice-metric': { type: text(), description: 'Metric compared across slices.', doors: ['config'] },
    'max-disparity': { type: num({ min: 0 }), description: 'Largest allowed gap of the slice metric between slices.', doors: ['config'] },
    'min-slice-rows': { type: int({ min: 1 }), description: 'Fewest rows a slice needs to be judged.', default: 30, doors: ['config'] },
    'github-token': githubToken('Token for deployments, artifacts, the PR comment and the commit status. A fork PR\'s read-only token is handled: see docs/fork-prs.md.'),
    comment: { type: bool(), description: 'Post (or update in place) the report as a PR comment.', default: true, doors: ['input'] },
    'report-artifact': {
      type: text({ example: 'gate-report' }),
      description: 'Name of the artifact the report is uploaded as when the comment cannot be posted (fork PRs); the gate-report workflow posts it.',
      default: 'cd4ml-gate-report',
      doors: ['input'],
    },
  },
  { command: 'gate' },
);

export const gateSection = gateStage.section;
export type GateSection = SettingsOf<typeof gateStage.options>;
export type GateMetricRule = z.infer<typeof gateMetricRule>;
