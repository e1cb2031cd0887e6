/**
 * The zod schema of cd4ml.yml. Each stage owns one section, defined in ./sections/<stage>.ts;
 * keys are kebab-case and identical to the stage's CLI flags and action inputs.
 */
import { z } from 'zod';
import { validateStage } from './sections/validate.js';
import { trainStage } from './sections/train.js';
import type { StageDecl } from './options.js';
import { gateStage } from './sections/gate.js';
import { imageStage } from './sections/image.js';
import { deployStage } from './sections/deploy.js';
import { monitorStage } from './sections/monitor.js';
import { mlflowStage } from './sections/mlflow.js';

export const configSchema = z
  .object({
    version: z.literal(1).optional(),
    validate: validateStage.section.optional(),
    train: trainStage.section.optional(),
    gate: gateStage.section.optional(),
    image: imageStage.section.optional(),
    deploy: deployStage.section.optional(),
    monitor: monitorStage.section.optional(),
    mlflow: mlflowStage.section.optional(),
  })
  .strict();

export type Cd4mlConfig = z.infer<typeof configSchema>;

/** The stages whose options live in cd4ml.yml, by their section name (errors name the option). */
export const DECLARED_SECTIONS = Object.fromEntries(
  [validateStage, trainStage, gateStage, imageStage, deployStage, monitorStage, mlflowStage].map((s) => [s.name, s as unknown as StageDecl]),
) as Record<string, StageDecl>;
