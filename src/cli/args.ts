/** Parsing and help of a subcommand's flags, derived from its CommandSpec (and its stage's declaration). */
import { parseArgs } from 'node:util';
import { commandOptions, type CommandSpec, type ParsedOptions } from './command.js';
import { UsageError, errorMessage } from '../errors.js';

export function commandHelp(cmd: CommandSpec): string {
  const all = Object.entries(commandOptions(cmd));
  const left = all.map(([name, o]) => `--${name}${o.type === 'string' ? ` ${o.arg ?? 'VALUE'}` : ''}`);
  const width = Math.max(...left.map((l) => l.length));
  const lines = all.map(([, o], i) => `  ${left[i].padEnd(width)}  ${o.description}`);
  return [`Usage: cd4ml ${cmd.name} [options]`, '', cmd.summary, '', 'Options:', ...lines, ...(cmd.details ? ['', cmd.details] : []), ''].join('\n');
}

/** Parse flags strictly against the command's options; unknown flags are usage errors. */
export function parseCommandArgs(cmd: CommandSpec, argv: string[]): ParsedOptions {
  const options: Record<string, { type: 'string' | 'boolean'; multiple?: boolean }> = {};
  for (const [name, o] of Object.entries(commandOptions(cmd))) options[name] = { type: o.type, ...(o.multiple ? { multiple: true } : {}) };
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
