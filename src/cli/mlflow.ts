/**
 * The MLflow flags shared by `cd4ml train|gate|deploy|monitor` (same names as the `mlflow:` keys
 * of cd4ml.yml and the actions' inputs; `mlflow-required` is `mlflow.required`), and the one
 * place the CLI reads the MLflow environment variables.
 */
import type { OptionSpec, ParsedOptions } from './command.js';
import { stringOpt } from './command.js';
import { parseBoolean } from '../config/parse.js';
import type { MlflowSection } from '../config/sections/mlflow.js';
import type { MlflowSettings } from '../mlflow/settings.js';

export const MLFLOW_OPTIONS = {
  'tracking-uri': { type: 'string', arg: 'URL', description: 'MLflow tracking server (default: mlflow.tracking-uri, else MLFLOW_TRACKING_URI); credentials from MLFLOW_TRACKING_TOKEN or MLFLOW_TRACKING_USERNAME/PASSWORD' },
  experiment: { type: 'string', arg: 'NAME', description: 'MLflow experiment of the training runs (default cd4ml)' },
  'registered-model': { type: 'string', arg: 'NAME', description: 'MLflow registered model: train adds a version, deploy moves the alias, monitor logs to it' },
  alias: { type: 'string', arg: 'NAME', description: 'MLflow alias of the production version (default production)' },
  'mlflow-required': { type: 'string', arg: 'BOOL', description: 'false: train succeeds with a warning when MLflow is down or refuses (default true)' },
} satisfies Record<string, OptionSpec>;

/** The MLflow settings of a CLI run, or undefined when no tracking URI is configured. */
export async function mlflowSettingsFromCli(opts: ParsedOptions, section: MlflowSection | undefined): Promise<MlflowSettings | undefined> {
  const { resolveMlflowSettings } = await import('../mlflow/settings.js');
  const required = stringOpt(opts, 'mlflow-required');
  return resolveMlflowSettings(
    section,
    {
      'tracking-uri': stringOpt(opts, 'tracking-uri'),
      experiment: stringOpt(opts, 'experiment'),
      'registered-model': stringOpt(opts, 'registered-model'),
      alias: stringOpt(opts, 'alias'),
      required: required === undefined ? undefined : parseBoolean('--mlflow-required', required),
    },
    process.env,
    (name) => `--${name}`,
  );
}

/** A client over the real network, clock and timers. */
export async function mlflowClientFromCli(settings: MlflowSettings, log: (m: string) => void) {
  const { connectMlflow } = await import('../mlflow/settings.js');
  return connectMlflow(settings, { fetch: globalThis.fetch, sleep: (ms) => new Promise((r) => setTimeout(r, ms)), now: Date.now, log });
}
