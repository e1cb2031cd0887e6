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

export const configSchema = z
  .object({
    version: z.literal(1).optional(),
    validate: validateStage.section.optional(),
    train: trainStage.section.optional(),
    gate: gateStage.section.optional(),
    image: imageStage.section.optional(),
    deploy: deployStage.section.optional(),
    monitor: monitorStage.section.optional(),
  })
  .strict();

export type Cd4mlConfig = z.infer<typeof configSchema>;

/** The stages declared option by option (src/config/options.ts), by their section name. */
export const DECLARED_SECTIONS: Record<string, StageDecl> = {
  validate: validateStage as unknown as StageDecl,
  train: trainStage as unknown as StageDecl,
  gate: gateStage as unknown as StageDecl,
  image: imageStage as unknown as StageDecl,
  deploy: deployStage as unknown as StageDecl,
  monitor: monitorStage as unknown as StageDecl,
};
