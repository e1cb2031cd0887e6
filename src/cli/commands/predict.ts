/**
 * `cd4ml predict` — score a data file with a model bundle (batch scoring). Streams the input
 * through the bundle's preprocessing and compiled tree; writes CSV or JSON Lines.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { CommandSpec } from '../command.js';
import { boolOpt, stringOpt } from '../command.js';
import { UsageError } from '../../errors.js';
import { parseEnum } from '../../config/parse.js';

const FORMATS = ['csv', 'tsv', 'jsonl', 'json', 'parquet', 'delta'] as const;

export const command: CommandSpec = {
  name: 'predict',
  summary: 'score a data file with a model bundle',
  options: {
    bundle: { type: 'string', arg: 'DIR', description: 'model bundle written by "cd4ml train"' },
    data: { type: 'string', arg: 'FILE', description: 'rows to score (.csv, .tsv, .jsonl, .json, .parquet, or a Delta table folder, optionally path@v12)' },
    format: { type: 'string', arg: 'FORMAT', description: 'input format (default: from the extension)' },
    out: { type: 'string', arg: 'FILE', description: 'output file: .jsonl for JSON Lines, else CSV (default: CSV on stdout)' },
  },
  details: [
    'Output: the input columns plus "prediction" (and "probability_<class>" for classification).',
    'Rows are checked as the serving runtime checks a request (types and nullability from the',
    "bundle's schema.yml); rows that do not fit (e.g. text in a numeric column, a missing value the",
    'schema requires) are reported on stderr with their line and left out. Values outside the',
    'training range and unseen categories are scored, as in serving.',
    'Exit codes: 0 every row scored, 1 some rows failed, 2 bad usage or input.',
  ].join('\n'),
  async run(opts, io) {
    const bundleDir = stringOpt(opts, 'bundle');
    const data = stringOpt(opts, 'data');
    if (!bundleDir) throw new UsageError('pass --bundle DIR (the directory written by "cd4ml train")');
    if (!data) throw new UsageError('pass --data FILE, the rows to score');
    const fmt = stringOpt(opts, 'format');
    const format = fmt === undefined ? undefined : parseEnum('--format', fmt, FORMATS);
    const out = stringOpt(opts, 'out');
    const { readBundle } = await import('../../model/bundle.js');
    const { predictFile, outputFormatOf } = await import('../../model/predict.js');
    const { readBundleSchema } = await import('../../serve/model.js');
    const bundle = await readBundle(bundleDir);
    const schema = await readBundleSchema(bundle);
    const stream = out ? createWriteStream(out) : undefined;
    const write = async (chunk: string) => {
      if (!stream) return io.stdout(chunk);
      if (!stream.write(chunk)) await once(stream, 'drain');
    };
    const report = await predictFile(bundle, data, write, { format, output: outputFormatOf(out), outputName: out, schema });
    if (stream) {
      stream.end();
      await once(stream, 'finish');
    }
    const failedCount = report.rows - report.scored;
    for (const f of report.failed) io.stderr(`${data}:${f.line}: column "${f.column}" is ${JSON.stringify(f.value)}, expected ${f.expected}; row not scored\n`);
    if (boolOpt(opts, 'json')) io.stderr(JSON.stringify(report, null, 2) + '\n');
    else io.stderr(`scored ${report.scored} of ${report.rows} rows with model ${bundle.digest.slice(0, 12)}${out ? ` -> ${out}` : ''}${failedCount ? `; ${failedCount} rows failed` : ''}\n`);
    return failedCount > 0 ? 1 : 0;
  },
};
