/**
 * Every declared stage, by the action that reads it (actions/<name>/action.yml; `.` is the root
 * action.yml). scripts/gen-docs.mjs writes each action.yml's `inputs:` from these declarations.
 */
import { actionInputs, type ActionInput, type StageDecl } from './options.js';
import { trainStage } from './sections/train.js';
import { validateStage } from './sections/validate.js';
import { gateStage } from './sections/gate.js';
import { imageStage } from './sections/image.js';
import { deployStage } from './sections/deploy.js';
import { monitorStage } from './sections/monitor.js';
import { pipelineStage } from './sections/pipeline.js';
import { predictStage } from './sections/predict.js';
import { serveStage } from './sections/serve.js';

export const ACTION_STAGES: Record<string, StageDecl> = {
  'validate-data': validateStage as unknown as StageDecl,
  train: trainStage as unknown as StageDecl,
  'evaluate-gate': gateStage as unknown as StageDecl,
  'build-image': imageStage as unknown as StageDecl,
  'deploy-canary': deployStage as unknown as StageDecl,
  monitor: monitorStage as unknown as StageDecl,
  pipeline: pipelineStage as unknown as StageDecl,
  '.': pipelineStage as unknown as StageDecl,
};

/** Every declared stage by its section name (CLI-only stages such as serve included). */
export const DECLARED_STAGES: Record<string, StageDecl> = {
  validate: validateStage as unknown as StageDecl,
  train: trainStage as unknown as StageDecl,
  gate: gateStage as unknown as StageDecl,
  image: imageStage as unknown as StageDecl,
  deploy: deployStage as unknown as StageDecl,
  monitor: monitorStage as unknown as StageDecl,
  predict: predictStage as unknown as StageDecl,
  serve: serveStage as unknown as StageDecl,
  pipeline: pipelineStage as unknown as StageDecl,
};

/** action.yml `inputs:` of every declared action. */
export function allActionInputs(): Record<string, Record<string, ActionInput>> {
  return Object.fromEntries(Object.entries(ACTION_STAGES).map(([action, stage]) => [action, actionInputs(stage)]));
}
