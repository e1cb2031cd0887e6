/**
 * The validate stage's options: `validate:` in cd4ml.yml, `cd4ml validate` flags and the
 * validate-data action's inputs, all derived from this one table (src/config/options.ts).
 */
import { declareStage, int, oneOf, text, type SettingsOf } from '../options.js';
import { configInput, formatOption, progressOption } from './common.js';

export const validateStage = declareStage(
  'validate',
  {
    data: { type: text({ arg: 'FILE', example: 'data.csv' }), description: 'Path of the dataset to check (CSV, TSV, JSON Lines, JSON or Parquet).' },
    format: formatOption('the dataset'),
    schema: { type: text({ arg: 'FILE', example: 'schema.yml' }), description: 'Path of the data contract (schema YAML, format in actions/validate-data/README.md). Without it only statistics and drift.' },
    reference: { type: text({ arg: 'FILE', example: 'reference.csv' }), description: 'Path of a reference dataset to test drift against.' },
    infer: { type: text({ arg: 'OUT.yml', example: 'inferred.yml' }), description: 'Write a schema YAML inferred from the data to this path.' },
    report: { type: text({ arg: 'OUT.json', example: 'report.json' }), description: 'Where to write the JSON report.', defaultText: 'none on the CLI; $RUNNER_TEMP/cd4ml/validate-report.json in the action' },
    'fail-on': { type: oneOf(['error', 'warning', 'never']), arg: 'LEVEL', description: 'Fail (exit 1) on "error", on "warning", or "never".', default: 'error' },
    config: configInput('validate'),
    'max-annotations': { type: int({ min: 0, max: 1000 }), description: 'How many bad rows to annotate on the data file, first by line.', default: 10, doors: ['input'] },
    progress: progressOption(),
  },
  { command: 'validate' },
);

export const validateSection = validateStage.section;
export type ValidateSection = SettingsOf<typeof validateStage.options>;
