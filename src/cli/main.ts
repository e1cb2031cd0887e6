/**
 * `cd4ml` — the CLI. Subcommands mirror the actions and use the same option names.
 * Exit codes: 0 ok, 1 a check failed, 2 bad usage or bad input.
 */
import { parseArgs } from 'node:util';
import { COMMON_OPTIONS, type CliIo, type CommandSpec, type OptionSpec, type ParsedOptions } from './command.js';
import { UsageError, errorMessage, exitCodeOf } from '../errors.js';

type Loader = () => Promise<{ command: CommandSpec }>;

/** Subcommands, loaded on demand so each one starts with only what it needs. */
export const COMMANDS: Record<string, { summary: string; load: Loader }> = {
  validate: { summary: 'check a dataset against a data contract and for drift', load: () => import('./commands/validate.js') },
  train: { summary: 'train a CART model and write a model bundle', load: () => import('./commands/train.js') },
  predict: { summary: 'score a data file with a model bundle', load: () => import('./commands/predict.js') },
  gate: { summary: 'compare a candidate model with the baseline and pass or fail', load: () => import('./commands/gate.js') },
  'build-image': { summary: 'package a model bundle and the serving runtime into an OCI image', load: () => import('./commands/build-image.js') },
  deploy: { summary: 'roll a model out progressively with canary analysis', load: () => import('./commands/deploy.js') },
  serve: { summary: 'serve a model bundle over HTTP', load: () => import('./commands/serve.js') },
  monitor: { summary: 'compare production traffic with training and flag drift', load: () => import('./commands/monitor.js') },
  pipeline: { summary: 'run validate → train → gate → build-image → deploy from cd4ml.yml', load: () => import('./commands/pipeline.js') },
};

export function topHelp(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((k) => k.length));
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`);
  return [
    'Usage: cd4ml <command> [options]',
    '',
    'Commands:',
    ...lines,
    '',
    'Run "cd4ml <command> --help" for a command\'s options.',
    'Exit codes: 0 ok, 1 a check failed, 2 bad usage or bad input.',
    '',
  ].join('\n');
}

export function commandHelp(cmd: CommandSpec): string {
  const all: [string, OptionSpec][] = [...Object.entries(cmd.options), ...Object.entries(COMMON_OPTIONS)];
  const left = all.map(([name, o]) => `--${name}${o.type === 'string' ? ` ${o.arg ?? 'VALUE'}` : ''}`);
  const width = Math.max(...left.map((l) => l.length));
  const lines = all.map(([, o], i) => `  ${left[i].padEnd(width)}  ${o.description}`);
  return [`Usage: cd4ml ${cmd.name} [options]`, '', cmd.summary, '', 'Options:', ...lines, ...(cmd.details ? ['', cmd.details] : []), ''].join('\n');
}

/** Parse flags strictly against the command's options; unknown flags are usage errors. */
export function parseCommandArgs(cmd: CommandSpec, argv: string[]): ParsedOptions {
  const spec = { ...cmd.options, ...COMMON_OPTIONS };
  const options: Record<string, { type: 'string' | 'boolean'; multiple?: boolean }> = {};
  for (const [name, o] of Object.entries(spec)) options[name] = { type: o.type, ...(o.multiple ? { multiple: true } : {}) };
  try {
    const { values, positionals } = parseArgs({ args: argv, options, strict: true, allowPositionals: true });
    if (positionals.length > 0) {
      throw new UsageError(`unexpected argument "${positionals[0]}"; options are given as --name value (see cd4ml ${cmd.name} --help)`);
    }
    return values as ParsedOptions;
  } catch (err) {
    if (err instanceof UsageError) throw err;
    const msg = errorMessage(err).replace(/\. To specify a positional argument.*$/s, '');
    throw new UsageError(`${msg} (see cd4ml ${cmd.name} --help)`);
  }
}

/** Run the CLI; returns the exit code. Never throws. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(topHelp());
    return name === undefined ? 2 : 0;
  }
  if (name === '--version') {
    io.stdout(`${process.env.CD4ML_VERSION ?? 'cd4ml'}\n`);
    return 0;
  }
  const entry = COMMANDS[name];
  if (!entry) {
    io.stderr(`cd4ml: unknown command "${name}". Commands: ${Object.keys(COMMANDS).join(', ')}.\n`);
    return 2;
  }
  try {
    const { command } = await entry.load();
    const opts = parseCommandArgs(command, rest);
    if (opts.help === true) {
      io.stdout(commandHelp(command));
      return 0;
    }
    return await command.run(opts, io);
  } catch (err) {
    io.stderr(`cd4ml ${name}: ${errorMessage(err)}\n`);
    if (process.env.CD4ML_DEBUG && err instanceof Error && err.stack) io.stderr(err.stack + '\n');
    return exitCodeOf(err);
  }
}
