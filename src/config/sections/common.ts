/** Value types and options several stages share (declared once, used by each stage's table). */
import { oneOf, text, type OptionDecl } from '../options.js';

type DataFormat = 'csv' | 'tsv' | 'jsonl' | 'json' | 'parquet' | 'delta';

/** The data formats the readers know (src/data/read.ts). */
export const dataFormat = oneOf(['csv', 'tsv', 'jsonl', 'json', 'parquet', 'delta']);

/** The `format` option of a stage that reads a data file. */
export const formatOption = (of: string): OptionDecl<DataFormat> & { type: typeof dataFormat } => ({
  type: dataFormat,
  arg: 'FORMAT',
  description: `Format of ${of}: csv, tsv, jsonl, json, parquet or delta (a Delta Lake table folder; pin a version with path@v12 or path@<timestamp>).`,
  defaultText: 'from the file extension; delta for a folder with _delta_log/',
});

/** When to show reading progress (src/report/progress.ts ProgressMode). */
export const progressWhen = oneOf(['auto', 'always', 'never']);

/** The `progress` option of a stage that reads data files (src/report/progress.ts). */
export const progressOption = (): OptionDecl<'auto' | 'always' | 'never'> & { type: typeof progressWhen } => ({
  type: progressWhen,
  arg: 'WHEN',
  description: 'Show progress while reading data files: auto (files of 50 MB or more), always or never. On a terminal a bar on stderr; in logs a line every 5 s (inside a group in GitHub Actions).',
  defaultText: 'auto',
});

/** The action's `config` input (the CLI has --config for every command, src/cli/command.ts). */
export const configInput = (section: string): OptionDecl<string> => ({
  type: text({ arg: 'FILE', example: 'cd4ml.yml' }),
  description: `Path of cd4ml.yml; its "${section}:" section supplies defaults for these inputs.`,
  doors: ['input'],
});

/** The action's `github-token` input. */
export const githubToken = (description: string): OptionDecl<string> => ({
  type: text({ example: 'ghs_x' }),
  description,
  doors: ['input'],
  inputDefault: '${{ github.token }}',
});
