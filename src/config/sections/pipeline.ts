/**
 * The pipeline's options: `cd4ml pipeline` flags and the pipeline action's inputs (root action.yml
 * and actions/pipeline/action.yml), derived from this one table (src/config/options.ts). No
 * section of its own in cd4ml.yml: every stage reads its own.
 */
import { declareStage, text, type SettingsOf } from '../options.js';
import { githubToken } from './common.js';

export const pipelineStage = declareStage(
  'pipeline',
  {
    config: { type: text({ arg: 'FILE', example: 'ci/cd4ml.yml' }), description: 'Path of cd4ml.yml; every stage reads its own section.', doors: ['input'], inputDefault: 'cd4ml.yml' },
    stages: {
      type: text({ arg: 'LIST', example: 'validate,train' }),
      description: 'Stages to run, comma-separated, in pipeline order: validate, train, gate, build-image, deploy.',
      defaultText: 'validate,train,gate on pull requests (the action), all five otherwise',
      doors: ['cli', 'input'],
    },
    'github-token': githubToken('Token for the gate (PR comment, commit status, production lookup) and deploy (deployment record) stages.'),
    'working-directory': { type: text({ arg: 'DIR', example: 'ml' }), description: 'Directory the stages run in (relative paths in cd4ml.yml are relative to it).', doors: ['input'] },
  },
  { command: 'pipeline' },
);

export type PipelineSettings = SettingsOf<typeof pipelineStage.options>;
