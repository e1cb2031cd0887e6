/** `cd4ml predict` flags (batch scoring), declared once (src/config/options.ts). */
import { declareStage, oneOf, text, type SettingsOf } from '../options.js';
import { formatOption, progressOption } from './common.js';

export const predictStage = declareStage(
  'predict',
  {
    bundle: { type: text({ arg: 'DIR', example: 'model' }), description: 'Model bundle written by "cd4ml train".', doors: ['cli'] },
    data: { type: text({ arg: 'FILE', example: 'rows.csv' }), description: 'Rows to score (.csv, .tsv, .jsonl, .json, .parquet).', doors: ['cli'] },
    format: { ...formatOption('--data'), doors: ['cli'] },
    out: { type: text({ arg: 'FILE', example: 'scored.jsonl' }), description: 'Output file: .jsonl for JSON Lines, else CSV.', defaultText: 'CSV on stdout', doors: ['cli'] },
    'output-format': {
      type: oneOf(['csv', 'jsonl']),
      arg: 'FORMAT',
      description: 'Format of the output: csv or jsonl (JSON Lines). Parquet output is not offered (its writer is not a runtime dependency).',
      defaultText: 'from the --out extension: .jsonl/.ndjson → jsonl, else csv',
      doors: ['cli'],
    },
    progress: { ...progressOption(), doors: ['cli'] },
  },
  { command: 'predict' },
);

export type PredictSettings = SettingsOf<typeof predictStage.options>;
