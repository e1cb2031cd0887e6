/**
 * `cd4ml validate` — check a dataset against a data contract and for drift. Same option names as
 * the validate-data action's inputs and the `validate:` section of cd4ml.yml (flags win).
 */
import type { CommandSpec } from '../command.js';
import { boolOpt, stringOpt } from '../command.js';
import { UsageError } from '../../errors.js';
import { loadConfig, mergeSection } from '../../config/load.js';
import { parseEnum } from '../../config/parse.js';
import type { ValidateSection } from '../../config/sections/validate.js';

const FORMATS = ['csv', 'tsv', 'jsonl', 'json', 'parquet', 'delta'] as const;
const FAIL_ON = ['error', 'warning', 'never'] as const;

export const command: CommandSpec = {
  name: 'validate',
  summary: 'check a dataset against a data contract and for drift',
  options: {
    data: { type: 'string', arg: 'FILE', description: 'dataset to check (.csv, .tsv, .jsonl, .json, .parquet, or a Delta table folder, optionally path@v12 or path@<timestamp>)' },
    format: { type: 'string', arg: 'FORMAT', description: 'csv, tsv, jsonl, json, parquet or delta (default: from the extension; delta for a folder with _delta_log/)' },
    schema: { type: 'string', arg: 'FILE', description: 'data contract (schema YAML) to check against' },
    reference: { type: 'string', arg: 'FILE', description: 'reference dataset to test drift against' },
    infer: { type: 'string', arg: 'OUT.yml', description: 'write a schema inferred from the data to this file' },
    report: { type: 'string', arg: 'OUT.json', description: 'write the JSON report to this file' },
    'fail-on': { type: 'string', arg: 'LEVEL', description: 'exit 1 on "error" (default), on "warning", or "never"' },
  },
  details: [
    'Exit codes: 0 all checks passed at the --fail-on level, 1 a check failed, 2 bad usage or bad input',
    '(unreadable or empty file, wrong delimiter, ragged rows, bad quoting, invalid UTF-8, bad schema).',
    'Schema format: see actions/validate-data/README.md.',
  ].join('\n'),
  async run(opts, io) {
    const { config } = await loadConfig(stringOpt(opts, 'config'));
    const format = stringOpt(opts, 'format');
    const failOn = stringOpt(opts, 'fail-on');
    const merged = mergeSection<ValidateSection>(config.validate, {
      data: stringOpt(opts, 'data'),
      format: format === undefined ? undefined : parseEnum('--format', format, FORMATS),
      schema: stringOpt(opts, 'schema'),
      reference: stringOpt(opts, 'reference'),
      infer: stringOpt(opts, 'infer'),
      report: stringOpt(opts, 'report'),
      'fail-on': failOn === undefined ? undefined : parseEnum('--fail-on', failOn, FAIL_ON),
    });
    if (!merged.data) throw new UsageError('no data file: pass --data FILE or set validate.data in cd4ml.yml');
    const { validateData } = await import('../../data/validate.js');
    const { renderText } = await import('../../data/summary.js');
    const report = await validateData({
      data: merged.data,
      format: merged.format,
      schema: merged.schema,
      reference: merged.reference,
      infer: merged.infer,
      failOn: merged['fail-on'],
    });
    if (merged.report) {
      const { writeText } = await import('../../io/fs.js');
      await writeText(merged.report, JSON.stringify(report, null, 2) + '\n');
    }
    if (boolOpt(opts, 'json')) io.stdout(JSON.stringify(report, null, 2) + '\n');
    else io.stdout(renderText(report));
    return report.passed ? 0 : 1;
  },
};
