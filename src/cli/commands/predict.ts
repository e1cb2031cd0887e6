/**
 * `cd4ml predict` — score a data file with a model bundle (batch scoring). Streams the input
 * through the bundle's preprocessing and compiled tree; writes CSV or JSON Lines.
 */
import { boolOpt, stageSettings, type CommandSpec } from '../command.js';
import { UsageError } from '../../errors.js';
import { predictStage } from '../../config/sections/predict.js';
import { cliProgress } from '../progress.js';

export const command: CommandSpec = {
  name: 'predict',
  summary: 'score a data file with a model bundle',
  stage: predictStage,
  details: [
    'Output: the input columns plus "prediction" (and "probability_<class>" for classification),',
    'as CSV or JSON Lines (--output-format, else from the --out extension). CSV input to CSV output',
    'echoes each record as read; memory stays flat however large the file.',
    'Rows are checked as the serving runtime checks a request (types and nullability from the',
    "bundle's schema.yml); rows that do not fit (e.g. text in a numeric column, a missing value the",
    'schema requires) are reported on stderr with their line and left out. Values outside the',
    'training range and unseen categories are scored, as in serving.',
    'Exit codes: 0 every row scored, 1 some rows failed, 2 bad usage or input.',
  ].join('\n'),
  async run(opts, io) {
    const { settings } = await stageSettings(predictStage, opts, io);
    const bundleDir = settings.bundle;
    const data = settings.data;
    if (!bundleDir) throw new UsageError('pass --bundle DIR (the directory written by "cd4ml train")');
    if (!data) throw new UsageError('pass --data FILE, the rows to score');
    const format = settings.format;
    const out = settings.out;
    const { readBundle } = await import('../../model/bundle.js');
    const { predictFile, outputFormatOf } = await import('../../model/predict.js');
    const { readBundleSchema } = await import('../../model/validate-record.js');
    const { refuseOverwritingInputs, openAtomicWriter } = await import('../../io/atomic.js');
    await refuseOverwritingInputs(['--out', out], [['--data', data]]);
    const bundle = await readBundle(bundleDir);
    const schema = await readBundleSchema(bundle);
    // The output goes to a temporary sibling, renamed into place only once every row is written.
    const writer = out ? await openAtomicWriter(out, { mkdirs: false }) : undefined;
    const write = async (chunk: string | Uint8Array) => {
      if (!writer) return io.stdout(typeof chunk === 'string' ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength).toString('utf8'));
      await writer.write(chunk);
    };
    let report;
    try {
      report = await predictFile(bundle, data, write, { format, output: outputFormatOf(out, settings['output-format']), outputName: out, schema, progress: cliProgress(io, settings.progress) });
    } catch (err) {
      await writer?.abort();
      throw err;
    }
    await writer?.commit();
    const failedCount = report.rows - report.scored;
    for (const f of report.failed) io.stderr(`${data}:${f.line}: column "${f.column}" is ${JSON.stringify(f.value)}, expected ${f.expected}; row not scored\n`);
    if (boolOpt(opts, 'json')) io.stderr(JSON.stringify(report, null, 2) + '\n');
    else io.stderr(`scored ${report.scored} of ${report.rows} rows with model ${bundle.digest.slice(0, 12)}${out ? ` -> ${out}` : ''}${failedCount ? `; ${failedCount} rows failed` : ''}\n`);
    return failedCount > 0 ? 1 : 0;
  },
};
