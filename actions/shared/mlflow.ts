/**
 * MLflow for the actions (their declared inputs tracking-uri etc. arrive through mlflowOverridesOf): the MLflow environment
 * variables (read here, the adapter layer), secrets masked before any output, a client over the
 * runner's network, and the per-action steps (train, deploy-canary, monitor).
 */
import * as core from '@actions/core';
import type { MlflowSection } from '../../src/config/sections/mlflow.js';
import type { MlflowOverrides, MlflowSettings } from '../../src/mlflow/settings.js';
export { mlflowOverridesOf } from '../../src/mlflow/settings.js';

/** Resolve the settings (undefined when no tracking URI is configured) and mask the credentials. */
export async function resolveActionMlflow(section: MlflowSection | undefined, overrides: MlflowOverrides): Promise<MlflowSettings | undefined> {
  const { resolveMlflowSettings, secretsOf } = await import('../../src/mlflow/settings.js');
  const env = process.env;
  // Mask first: even a configuration error below must not print a credential.
  for (const s of [env.MLFLOW_TRACKING_TOKEN, env.MLFLOW_TRACKING_PASSWORD]) if (s) core.setSecret(s);
  const settings = resolveMlflowSettings(section, overrides, env, (name) => `input "${name === 'required' ? 'mlflow-required' : name}"`);
  if (settings) for (const s of secretsOf(settings.auth)) core.setSecret(s);
  return settings;
}

export async function actionMlflowClient(settings: MlflowSettings) {
  const { connectMlflow } = await import('../../src/mlflow/settings.js');
  return connectMlflow(settings, { fetch: globalThis.fetch, sleep: (ms) => new Promise((r) => setTimeout(r, ms)), now: Date.now, log: (m) => core.info(m) });
}

/** train: log the bundle to MLflow when configured; returns outputs and the bundle's final digest. */
export async function trackTrainingInAction(section: MlflowSection | undefined, overrides: MlflowOverrides, bundleDir: string, runName: string | undefined) {
  const settings = await resolveActionMlflow(section, overrides);
  if (!settings) return undefined;
  const { trackTraining, currentDigest } = await import('../../src/mlflow/train.js');
  const client = await actionMlflowClient(settings);
  const { result, warning } = await trackTraining(client, bundleDir, settings, { now: Date.now, runName, log: (m) => core.info(m) });
  if (warning) core.warning(warning);
  return { result, digest: await currentDigest(bundleDir) };
}

/** deploy-canary: before the rollout, which MLflow version is deployed (downloading a mlflow:models:/ bundle). */
export async function mlflowDeployInAction(section: MlflowSection | undefined, overrides: MlflowOverrides & { 'model-version'?: string }, bundle: string | undefined, workspace: string) {
  const { isMlflowRef } = await import('../../src/mlflow/uri.js');
  const settings = await resolveActionMlflow(section, overrides);
  if (!settings) {
    if (isMlflowRef(bundle)) {
      const { UsageError } = await import('../../src/errors.js');
      throw new UsageError(`input "bundle" ${bundle} needs an MLflow tracking server: set input "tracking-uri", mlflow.tracking-uri in cd4ml.yml or MLFLOW_TRACKING_URI`);
    }
    return undefined;
  }
  const { join, resolve } = await import('node:path');
  const { resolveDeployModel } = await import('../../src/mlflow/deploy.js');
  const client = await actionMlflowClient(settings);
  const model = await resolveDeployModel(client, { bundle: isMlflowRef(bundle) || bundle === undefined ? bundle : resolve(workspace, bundle), modelVersion: overrides['model-version'], registeredModel: settings.registeredModel }, join(workspace, '.cd4ml', 'mlflow', 'models'));
  if (!model) core.info(`MLflow: the deployed artifact names no registered model version (no mlflow entry in its lineage.json, no input "model-version"); the alias "${settings.alias}" is not touched`);
  return model ? { client, settings, model } : undefined;
}

/** monitor: append this run's figures to the production version's MLflow run, when configured. */
export async function trackMonitoringInAction(section: MlflowSection | undefined, overrides: MlflowOverrides, report: import('../../src/monitor/evaluate.js').MonitorReport) {
  const settings = await resolveActionMlflow(section, overrides);
  if (!settings) return undefined;
  const { trackMonitoring } = await import('../../src/mlflow/monitor.js');
  const tracked = await trackMonitoring(await actionMlflowClient(settings), settings, report, Date.now());
  if (tracked.result) core.info(tracked.note);
  else core.warning(tracked.note);
  return tracked.result;
}
