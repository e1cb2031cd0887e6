import { pipelineStage } from '../../src/config/sections/pipeline.js';
import { parseStages, type Stage } from '../../src/pipeline/plan.js';
import { getStageInputs } from '../shared/inputs.js';

/** The pipeline step's inputs, declared in src/config/sections/pipeline.ts; stages parsed (undefined: the event's default). */
export function getInputs(): { config: string; stages?: Stage[]; githubToken?: string; workingDirectory?: string } {
  const i = getStageInputs(pipelineStage);
  return { config: i.config ?? 'cd4ml.yml', stages: i.stages === undefined ? undefined : parseStages('input "stages"', i.stages), githubToken: i['github-token'], workingDirectory: i['working-directory'] };
}
