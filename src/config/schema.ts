/**
 * The zod schema of cd4ml.yml. Each stage owns one section, defined in ./sections/<stage>.ts;
 * keys are kebab-case and identical to the stage's CLI flags and action inputs.
 */
import { z } from 'zod';
import { validateSection } from './sections/validate.js';
import { trainSection } from './sections/train.js';
import { gateSection } from './sections/gate.js';
import { imageSection } from './sections/image.js';
import { deploySection } from './sections/deploy.js';
import { monitorSection } from './sections/monitor.js';
import { mlflowSection } from './sections/mlflow.js';

/** A section not yet specified by its stage: any mapping, kept as is. */
const openSection = z.record(z.string(), z.unknown());

export const configSchema = z
  .object({
    version: z.literal(1).optional(),
    validate: validateSection.optional(),
    train: trainSection.optional(),
    gate: gateSection.optional(),
    image: imageSection.optional(),
    deploy: deploySection.optional(),
    monitor: monitorSection.optional(),
    mlflow: mlflowSection.optional(),
  })
  .strict();

export type Cd4mlConfig = z.infer<typeof configSchema>;
