/**
 * monitor → MLflow: each monitoring run appends one point to time series on the training run of
 * the production version (the version the alias points to), so MLflow's charts of that run show
 * decay over time. Keys: `monitor.rows`, `monitor.drift_share`, `monitor.drifted` (0/1),
 * `monitor.live.<metric>` (live metric on labelled rows), `monitor.drift.<column>` (the drift
 * score: p-value or distance, as judged) and `monitor.prediction_drift`. The step is one more than
 * the last step of `monitor.rows`, the timestamp is the monitoring time.
 */
import { UsageError } from '../errors.js';
import type { MonitorReport } from '../monitor/evaluate.js';
import type { Metric, MlflowClient } from './client.js';
import { sanitizeKey } from './train.js';

export const STEP_KEY = 'monitor.rows';

export function monitorMetrics(report: MonitorReport, timestamp: number, step: number): Metric[] {
  const out: Metric[] = [];
  const push = (key: string, value: number | undefined) => {
    if (typeof value === 'number' && Number.isFinite(value)) out.push({ key: sanitizeKey(key), value, timestamp, step });
  };
  push(STEP_KEY, report.rows);
  push('monitor.drift_share', report['drift-share']);
  push('monitor.drifted', report.drifted ? 1 : 0);
  for (const m of report['live-metrics']) push(`monitor.live.${m.metric}`, m.live);
  for (const c of report.columns) push(`monitor.drift.${c.column}`, c.score);
  if ('score' in report.prediction) push('monitor.prediction_drift', report.prediction.score);
  return out;
}

export interface MonitorLogResult {
  runId: string;
  version: string;
  step: number;
  metrics: number;
}

/** Append this monitoring run's figures to the production version's training run. */
export async function logMonitorRun(client: MlflowClient, p: { registeredModel: string; alias: string; report: MonitorReport; now: number }): Promise<MonitorLogResult> {
  const mv = await client.getVersionByAlias(p.registeredModel, p.alias);
  if (!mv) {
    throw new UsageError(`MLflow ${client.trackingUri}: registered model "${p.registeredModel}" has no alias "${p.alias}", so there is no production version to log monitoring to; deploy a version with deploy-canary (it sets the alias) or set mlflow.alias`);
  }
  if (!mv.run_id) throw new UsageError(`MLflow ${client.trackingUri}: version ${mv.version} of "${p.registeredModel}" has no run_id (not registered by cd4ml train), so monitoring has no run to log to`);
  const history = await client.getMetricHistory(mv.run_id, STEP_KEY);
  const step = history.reduce((max, m) => Math.max(max, (m.step ?? 0) + 1), 0);
  const metrics = monitorMetrics(p.report, p.now, step);
  await client.logBatch(mv.run_id, { metrics });
  return { runId: mv.run_id, version: mv.version, step, metrics: metrics.length };
}

/**
 * The adapters' entry: log when MLflow and a registered model are known (setting, else the
 * monitored bundle's lineage.json); MLflow failures are errors unless `required` is false.
 */
export async function trackMonitoring(
  client: MlflowClient,
  settings: { registeredModel?: string; alias: string; required: boolean },
  report: MonitorReport,
  now: number,
): Promise<{ result?: MonitorLogResult; note: string }> {
  const { bundleModelVersion } = await import('./deploy.js');
  const name = settings.registeredModel ?? (await bundleModelVersion(report.bundle.dir))?.name;
  if (!name) return { note: 'MLflow: no registered model (set mlflow.registered-model); monitoring is not logged' };
  try {
    const result = await logMonitorRun(client, { registeredModel: name, alias: settings.alias, report, now });
    return { result, note: `MLflow: logged ${result.metrics} monitoring metrics at step ${result.step} to run ${result.runId} (version ${result.version} of "${name}", alias "${settings.alias}")` };
  } catch (err) {
    if (settings.required) throw err;
    return { note: `MLflow logging failed; monitoring goes on (mlflow.required is false): ${(err as Error).message}` };
  }
}
