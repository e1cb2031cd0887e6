import { z } from 'zod';

/**
 * `mlflow:` in cd4ml.yml — MLflow as tracking and registry backend (docs/mlflow.md). The same
 * names are flags of `cd4ml train|gate|deploy|monitor` and inputs of their actions (`required` is
 * `mlflow-required` there). Credentials never go here: MLFLOW_TRACKING_TOKEN or
 * MLFLOW_TRACKING_USERNAME / MLFLOW_TRACKING_PASSWORD in the environment.
 */
export const mlflowSection = z
  .object({
    /** http(s) URL of the tracking server (default: the MLFLOW_TRACKING_URI environment variable). */
    'tracking-uri': z.string().url().optional(),
    /** Experiment that train logs its runs to (created when missing; default "cd4ml"). */
    experiment: z.string().min(1).max(500).optional(),
    /** Registered model that train adds a version to, deploy sets the alias on, monitor logs to. */
    'registered-model': z.string().min(1).max(256).optional(),
    /** Alias of the production version (default "production"); MLflow 2.x aliases, not stages. */
    alias: z.string().regex(/^[A-Za-z_][A-Za-z0-9_-]*$/, 'must be letters, digits, "_" or "-", not starting with a digit').max(255).optional(),
    /** false: train succeeds with a warning when MLflow is unreachable or refuses (default true). */
    required: z.boolean().optional(),
  })
  .strict();

export type MlflowSection = z.infer<typeof mlflowSection>;
