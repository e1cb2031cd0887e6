/** Value types and options several stages share (declared once, used by each stage's table). */
import { oneOf, text, type OptionDecl } from '../options.js';

type DataFormat = 'csv' | 'tsv' | 'jsonl' | 'json' | 'parquet';

/** The data formats the readers know (src/data/read.ts). */
export const dataFormat = oneOf(['csv', 'tsv', 'jsonl', 'json', 'parquet']);

/** The `format` option of a stage that reads a data file. */
export const formatOption = (of: string): OptionDecl<DataFormat> & { type: typeof dataFormat } => ({
  type: dataFormat,
  arg: 'FORMAT',
  description: `Format of ${of}: csv, tsv, jsonl, json or parquet.`,
  defaultText: 'from the file extension',
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
