/**
 * The monitor stage's options: `monitor:` in cd4ml.yml, `cd4ml monitor` flags and the monitor
 * action's inputs, all derived from this one table (src/config/options.ts). The settings are
 * resolved (durations to milliseconds, source checks) by src/monitor/settings.ts.
 */
import { z } from 'zod';
import { bool, declareStage, int, num, text, type SettingsOf, type ValueType } from '../options.js';
import { configInput, githubToken } from './common.js';

/** "30m", "24h", "7d", or (in cd4ml.yml) a number of seconds. */
const duration: ValueType<string | number> = {
  schema: z.union([z.string().regex(/^\s*\d+(?:\.\d+)?\s*(ms|s|m|h|d)?\s*$/, 'a duration such as "30m", "24h" or "7d"'), z.number().min(0)]),
  expected: 'a duration such as "30m", "24h" or "7d"',
  fromText: (t) => t,
  arg: 'DURATION',
  example: '30m',
  bad: 'a week',
};

export const monitorStage = declareStage(
  'monitor',
  {
    bundle: { type: text({ arg: 'DIR', example: 'model' }), description: 'Model bundle folder in production (its reference is rebuilt from holdout.jsonl or read from reference.json). Give this or "environment".' },
    environment: {
      type: text({ arg: 'NAME', example: 'production' }),
      description: 'Monitor what is deployed to this environment: locally .cd4ml/local/NAME, else the bundle path in its newest successful GitHub Deployment (the bundle must be on the runner).',
    },
    data: { type: text({ arg: 'FILE', example: 'prod.csv' }), description: 'Production data file (CSV, TSV, JSON Lines, JSON or Parquet), e.g. last month\'s scored customers; scored with the bundle. One of data, samples, prometheus.' },
    samples: { type: text({ arg: 'DIR', example: 'samples' }), description: 'Folder of the serving runtime\'s request sample (requests*.jsonl, written with "cd4ml serve --sample-dir").' },
    prometheus: { type: text({ arg: 'URL', example: 'http://127.0.0.1:9090' }), description: 'URL of a Prometheus that scrapes the server\'s /metrics (per-feature bins are read with its HTTP API).' },
    'prometheus-selector': { type: text({ arg: 'MATCHERS', example: 'job="churn"' }), description: 'Label matchers added to every Prometheus query, without braces, e.g. job="churn-model".' },
    labels: { type: text({ arg: 'COLUMN', example: 'churned' }), description: 'Column of "data" holding the true outcomes: live metrics are compared with the training metrics (concept drift).' },
    window: { type: duration, description: 'Length of the window ending now, for samples and prometheus (e.g. 30m, 7d).', default: '24h' },
    'min-rows': { type: int({ min: 1 }), description: 'Fewest production rows needed to judge; fewer fails with exit code 2, never a silent "no drift".', default: 30 },
    'drift-share': { type: num({ min: 0, max: 1 }), arg: 'SHARE', description: 'Share of drifted features at which the data counts as drifted (as validate-data).', default: 0.5 },
    'prediction-drift': { type: bool(), description: 'Whether drift of the predictions alone counts as drift.', default: true },
    'max-metric-drop': { type: num({ min: 0 }), arg: 'SHARE', description: 'Relative drop of a live metric against training that counts as decay (0.05 = 5 %).', default: 0.05 },
    issue: { type: bool(), description: 'Open or update the one drift issue when drifted (needs a token with issues: write).', default: true },
    'issue-label': { type: text({ arg: 'NAME', example: 'drift' }), description: 'Label of the drift issue.', default: 'cd4ml-drift' },
    'retrain-workflow': {
      type: text({ arg: 'FILE', example: 'train.yml' }),
      description: 'Workflow file (e.g. train.yml) to start with workflow_dispatch when drifted; it receives inputs drift-window and drift-reason (needs actions: write).',
    },
    'retrain-event': { type: text({ arg: 'TYPE', example: 'retrain' }), description: 'Instead of retrain-workflow: repository_dispatch event type to send when drifted (needs contents: write).' },
    'retrain-ref': { type: text({ arg: 'REF', example: 'main' }), description: 'Branch or tag the retraining workflow runs on.', defaultText: 'the ref of this run' },
    'cool-down': { type: duration, description: 'Least time between two retraining triggers, read from the drift issue (0 = no cool-down).', default: '24h' },
    'fail-on-drift': { type: bool(), description: 'Fail (exit 1) when drift is detected.', default: false },
    report: { type: text({ arg: 'FILE', example: 'monitor.json' }), description: 'Where to write the JSON report.', defaultText: 'none on the CLI; $RUNNER_TEMP/cd4ml/monitor-report.json in the action' },
    config: configInput('monitor'),
    'github-token': githubToken('Token for deployments (read), the drift issue and the dispatch. Empty: report only.'),
  },
  { command: 'monitor' },
);

export const monitorSection = monitorStage.section;
export type MonitorSection = SettingsOf<typeof monitorStage.options>;
