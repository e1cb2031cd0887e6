/**
 * The subcommands that are pipeline stages, loaded on demand. src/cli/main.ts lists them with the
 * others; `cd4ml pipeline` runs them in turn (kept apart so that neither imports the other).
 */
import type { CommandSpec } from './command.js';
import type { Stage } from '../pipeline/plan.js';

export type Loader = () => Promise<{ command: CommandSpec }>;

export const STAGE_COMMANDS: Record<Stage, { summary: string; load: Loader }> = {
  validate: { summary: 'check a dataset against a data contract and for drift', load: () => import('./commands/validate.js') },
  train: { summary: 'train a CART model and write a model bundle', load: () => import('./commands/train.js') },
  gate: { summary: 'compare a candidate model with the baseline and pass or fail', load: () => import('./commands/gate.js') },
  'build-image': { summary: 'package a model bundle and the serving runtime into an OCI image', load: () => import('./commands/build-image.js') },
  deploy: { summary: 'roll a model out progressively with canary analysis', load: () => import('./commands/deploy.js') },
};
