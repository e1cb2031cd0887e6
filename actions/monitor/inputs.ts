import { getBoolInput, getOptionalInput } from '../shared/run.js';
import type { MonitorOverrides } from '../../src/monitor/settings.js';
import type { MlflowOverrides } from '../../src/mlflow/settings.js';

/** Everything the monitor action reads from its step's `with:` block. */
export interface MonitorInputs {
  /** Setting overrides, kebab-case names as in cd4ml.yml's monitor: section; parsed strictly by resolveMonitorSettings. */
  overrides: MonitorOverrides;
  config?: string;
  githubToken?: string;
  /** MLflow: tracking-uri, registered-model, alias, mlflow-required (docs/mlflow.md). */
  mlflow: MlflowOverrides;
}

export function getInputs(): MonitorInputs {
  const overrides: MonitorOverrides = {
    bundle: getOptionalInput('bundle'),
    environment: getOptionalInput('environment'),
    data: getOptionalInput('data'),
    samples: getOptionalInput('samples'),
    prometheus: getOptionalInput('prometheus'),
    'prometheus-selector': getOptionalInput('prometheus-selector'),
    labels: getOptionalInput('labels'),
    window: getOptionalInput('window'),
    'min-rows': getOptionalInput('min-rows'),
    'drift-share': getOptionalInput('drift-share'),
    'prediction-drift': getOptionalInput('prediction-drift'),
    'max-metric-drop': getOptionalInput('max-metric-drop'),
    issue: getOptionalInput('issue'),
    'issue-label': getOptionalInput('issue-label'),
    'retrain-workflow': getOptionalInput('retrain-workflow'),
    'retrain-event': getOptionalInput('retrain-event'),
    'retrain-ref': getOptionalInput('retrain-ref'),
    'cool-down': getOptionalInput('cool-down'),
    'fail-on-drift': getOptionalInput('fail-on-drift'),
    report: getOptionalInput('report'),
  };
  const mlflow: MlflowOverrides = {
    'tracking-uri': getOptionalInput('tracking-uri'),
    'registered-model': getOptionalInput('registered-model'),
    alias: getOptionalInput('alias'),
    required: getBoolInput('mlflow-required'),
  };
  return { overrides, config: getOptionalInput('config'), githubToken: getOptionalInput('github-token'), mlflow };
}
