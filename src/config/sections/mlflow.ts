/**
 * `mlflow:` in cd4ml.yml — MLflow as tracking and registry backend (docs/mlflow.md), declared once
 * (src/config/options.ts). The same names are flags of `cd4ml train|gate|deploy|monitor` and inputs
 * of their actions: each of those stages spreads `mlflowOptions(...)` into its own table (doors cli
 * and input; in cd4ml.yml they live in this section). `required` is `mlflow-required` there, since a
 * bare `--required` would not say what is required. Credentials never go here: MLFLOW_TRACKING_TOKEN
 * or MLFLOW_TRACKING_USERNAME / MLFLOW_TRACKING_PASSWORD in the environment.
 */
import { bool, declareStage, int, text, type OptionDecl, type SettingsOf } from '../options.js';

const trackingUri = {
  type: text({ pattern: /^https?:\/\/[^\s/@]+/, what: 'an http(s) URL without credentials, e.g. https://mlflow.example.com', arg: 'URL', example: 'http://127.0.0.1:5000' }),
  description: 'MLflow tracking server; credentials come from MLFLOW_TRACKING_TOKEN, or MLFLOW_TRACKING_USERNAME and MLFLOW_TRACKING_PASSWORD (masked).',
  defaultText: 'the MLFLOW_TRACKING_URI environment variable; MLflow is off without either',
} satisfies OptionDecl<string>;
const experiment = {
  type: text({ arg: 'NAME', example: 'churn' }),
  description: 'MLflow experiment that train logs its runs to (created when missing).',
  defaultText: 'cd4ml',
} satisfies OptionDecl<string>;
const registeredModel = {
  type: text({ arg: 'NAME', example: 'churn' }),
  description: 'MLflow registered model: train adds a version, deploy moves the alias, monitor logs to it.',
  defaultText: "the one in the bundle's lineage.json",
} satisfies OptionDecl<string>;
const alias = {
  type: text({ pattern: /^[A-Za-z_][A-Za-z0-9_-]{0,254}$/, what: 'letters, digits, "_" or "-", not starting with a digit', arg: 'NAME', example: 'production' }),
  description: 'MLflow alias that marks the production version (MLflow 2.x aliases; stages are not used).',
  defaultText: 'production',
} satisfies OptionDecl<string>;
const required = {
  type: bool(),
  description: 'false: train and monitor succeed with a warning when MLflow is unreachable or refuses.',
  defaultText: 'true',
} satisfies OptionDecl<boolean>;

/** The `mlflow:` section of cd4ml.yml. */
export const mlflowStage = declareStage('mlflow', {
  'tracking-uri': { ...trackingUri, doors: ['config'] },
  experiment: { ...experiment, doors: ['config'] },
  'registered-model': { ...registeredModel, doors: ['config'] },
  alias: { ...alias, doors: ['config'] },
  required: { ...required, doors: ['config'] },
});

export const mlflowSection = mlflowStage.section;
export type MlflowSection = SettingsOf<typeof mlflowStage.options>;

const FLAGS = {
  'tracking-uri': trackingUri,
  experiment,
  'registered-model': registeredModel,
  alias,
  'mlflow-required': required,
  'model-version': {
    type: int({ min: 1 }),
    description: 'MLflow registered model version being deployed, e.g. the train output mlflow-model-version (needed for an image; a bundle names its version in lineage.json, and bundle may itself be mlflow:models:/NAME/VERSION or mlflow:models:/NAME@ALIAS).',
  } satisfies OptionDecl<number>,
} as const;

/** The MLflow flags/inputs of a stage that uses MLflow (their cd4ml.yml home is the `mlflow:` section). */
export function mlflowOptions<const K extends keyof typeof FLAGS>(...names: K[]): { [N in K]: (typeof FLAGS)[N] & { doors: ['cli', 'input'] } } {
  return Object.fromEntries(names.map((n) => [n, { ...FLAGS[n], doors: ['cli', 'input'] }])) as never;
}
