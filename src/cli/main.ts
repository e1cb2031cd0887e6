/**
 * `cd4ml` — the CLI. Subcommands mirror the actions and use the same option names.
 * Exit codes: 0 ok, 1 a check failed, 2 bad usage or bad input.
 */
import type { CliIo } from './command.js';
import { commandHelp, parseCommandArgs } from './args.js';
import { STAGE_COMMANDS, type Loader } from './stage-commands.js';
import { errorMessage, exitCodeOf } from '../errors.js';

/** Subcommands, loaded on demand so each one starts with only what it needs (in help order). */
export const COMMANDS: Record<string, { summary: string; load: Loader }> = {
  validate: STAGE_COMMANDS.validate,
  train: STAGE_COMMANDS.train,
  predict: { summary: 'score a data file with a model bundle', load: () => import('./commands/predict.js') },
  gate: STAGE_COMMANDS.gate,
  'build-image': STAGE_COMMANDS['build-image'],
  deploy: STAGE_COMMANDS.deploy,
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
