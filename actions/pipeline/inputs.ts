import { getOptionalInput } from '../shared/run.js';
import { parseStages, type Stage } from '../../src/pipeline/plan.js';

/** Everything the pipeline action reads from its step's `with:` block. */
export interface PipelineInputs {
  config: string;
  /** Undefined: the default for the event. */
  stages?: Stage[];
  githubToken?: string;
  workingDirectory?: string;
}

export function getInputs(): PipelineInputs {
  const stages = getOptionalInput('stages');
  return {
    config: getOptionalInput('config') ?? 'cd4ml.yml',
    stages: stages === undefined ? undefined : parseStages('input "stages"', stages),
    githubToken: getOptionalInput('github-token'),
    workingDirectory: getOptionalInput('working-directory'),
  };
}
