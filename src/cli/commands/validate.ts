/**
 * `cd4ml validate` — check a dataset against a data contract and for drift. Same option names as
 * the validate-data action's inputs and the `validate:` section of cd4ml.yml (flags win).
 */
import { boolOpt, stageSettings, type CommandSpec } from '../command.js';
import { UsageError } from '../../errors.js';
import { validateStage } from '../../config/sections/validate.js';
import { cliProgress } from '../progress.js';

export const command: CommandSpec = {
  name: 'validate',
  summary: 'check a dataset against a data contract and for drift',
  stage: validateStage,
  details: [
    'Exit codes: 0 all checks passed at the --fail-on level, 1 a check failed, 2 bad usage or bad input',
    '(unreadable or empty file, wrong delimiter, ragged rows, bad quoting, invalid UTF-8, bad schema).',
    'Schema format: see actions/validate-data/README.md.',
  ].join('\n'),
  async run(opts, io) {
    const { settings: merged } = await stageSettings(validateStage, opts, io);
    if (!merged.data) throw new UsageError('no data file: pass --data FILE or set validate.data in cd4ml.yml');
    const { refuseOverwritingInputs } = await import('../../io/atomic.js');
    await refuseOverwritingInputs(['report', merged.report], [['data', merged.data], ['schema', merged.schema], ['reference', merged.reference]]);
    const { validateData } = await import('../../data/validate.js');
    const { renderText } = await import('../../data/summary.js');
    const report = await validateData({
      data: merged.data,
      format: merged.format,
      schema: merged.schema,
      reference: merged.reference,
      infer: merged.infer,
      failOn: merged['fail-on'],
      progress: cliProgress(io, merged.progress),
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
