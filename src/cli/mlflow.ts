/**
 * MLflow for `cd4ml train|gate|deploy|monitor`: their MLflow flags are declared with the stages
 * (src/config/sections/mlflow.ts); this is the one place the CLI reads the MLflow environment
 * variables.
 */
import type { MlflowSection } from '../config/sections/mlflow.js';
import { mlflowOverridesOf, type MlflowSettings } from '../mlflow/settings.js';

/** The command's merged settings (its declared MLflow flags are among them, typed and checked). */
type Given = Parameters<typeof mlflowOverridesOf>[0];

/** The MLflow settings of a CLI run, or undefined when no tracking URI is configured. */
export async function mlflowSettingsFromCli(given: Given, section: MlflowSection | undefined): Promise<MlflowSettings | undefined> {
  const { resolveMlflowSettings } = await import('../mlflow/settings.js');
  return resolveMlflowSettings(section, mlflowOverridesOf(given), process.env, (name) => `--${name === 'required' ? 'mlflow-required' : name}`);
}

/** A client over the real network, clock and timers. */
export async function mlflowClientFromCli(settings: MlflowSettings, log: (m: string) => void) {
  const { connectMlflow } = await import('../mlflow/settings.js');
  return connectMlflow(settings, { fetch: globalThis.fetch, sleep: (ms) => new Promise((r) => setTimeout(r, ms)), now: Date.now, log });
}

/** train: log the bundle to MLflow when configured; returns the result (if logged) and the bundle's final digest. */
export async function trackTrainingFromCli(given: Given, section: MlflowSection | undefined, bundleDir: string, stderr: (t: string) => void) {
  const settings = await mlflowSettingsFromCli(given, section);
  if (!settings) return undefined;
  const { trackTraining, currentDigest } = await import('../mlflow/train.js');
  const client = await mlflowClientFromCli(settings, (m) => stderr(`cd4ml train: ${m}\n`));
  const { result, warning } = await trackTraining(client, bundleDir, settings, { now: Date.now, log: (m) => stderr(`cd4ml train: ${m}\n`) });
  if (warning) stderr(`cd4ml train: warning: ${warning}\n`);
  return { result, digest: await currentDigest(bundleDir) };
}

/** gate: resolve a `mlflow:models:/…` baseline into a verified bundle under .cd4ml/mlflow/models. */
export async function mlflowBaselineFromCli(given: Given, section: MlflowSection | undefined, reference: string, cwd: string, stderr: (t: string) => void) {
  const settings = await mlflowSettingsFromCli(given, section);
  const { resolveMlflowBaseline } = await import('../mlflow/gate.js');
  const { join } = await import('node:path');
  const client = settings ? await mlflowClientFromCli(settings, (m) => stderr(`cd4ml: ${m}\n`)) : undefined;
  return resolveMlflowBaseline(client, reference, join(cwd, '.cd4ml', 'mlflow', 'models'), '--baseline');
}

/** deploy: before the rollout, which MLflow version is deployed (downloading a mlflow:models:/ bundle). */
export async function mlflowDeployFromCli(given: Given, section: MlflowSection | undefined, bundle: string | undefined, cwd: string, stderr: (t: string) => void) {
  const { isMlflowRef } = await import('../mlflow/uri.js');
  const settings = await mlflowSettingsFromCli(given, section);
  if (!settings) {
    if (isMlflowRef(bundle)) {
      const { UsageError } = await import('../errors.js');
      throw new UsageError(`--bundle ${bundle} needs an MLflow tracking server: set --tracking-uri, mlflow.tracking-uri in cd4ml.yml or MLFLOW_TRACKING_URI`);
    }
    return undefined;
  }
  const { join, resolve } = await import('node:path');
  const { resolveDeployModel } = await import('../mlflow/deploy.js');
  const client = await mlflowClientFromCli(settings, (m) => stderr(`cd4ml deploy: ${m}\n`));
  const model = await resolveDeployModel(client, { bundle: isMlflowRef(bundle) || bundle === undefined ? bundle : resolve(cwd, bundle), modelVersion: mlflowOverridesOf(given)['model-version'], registeredModel: settings.registeredModel }, join(cwd, '.cd4ml', 'mlflow', 'models'));
  if (!model) stderr(`cd4ml deploy: MLflow: the deployed artifact names no registered model version (no mlflow entry in its lineage.json, no --model-version); the alias "${settings.alias}" is not touched\n`);
  return model ? { client, settings, model } : undefined;
}

/** monitor: append this run's figures to the production version's MLflow run, when configured. */
export async function trackMonitoringFromCli(given: Given, section: MlflowSection | undefined, report: import('../monitor/evaluate.js').MonitorReport, stderr: (t: string) => void) {
  const settings = await mlflowSettingsFromCli(given, section);
  if (!settings) return undefined;
  const { trackMonitoring } = await import('../mlflow/monitor.js');
  const client = await mlflowClientFromCli(settings, (m) => stderr(`cd4ml monitor: ${m}\n`));
  const tracked = await trackMonitoring(client, settings, report, Date.now());
  stderr(`cd4ml monitor: ${tracked.note}\n`);
  return tracked.result;
}
