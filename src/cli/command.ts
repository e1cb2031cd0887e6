/** The shape every `cd4ml` subcommand module exports as `command`. */
export interface OptionSpec {
  type: 'string' | 'boolean';
  description: string;
  /** Placeholder shown in help, e.g. FILE. */
  arg?: string;
  multiple?: boolean;
}

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
}

export type ParsedOptions = Record<string, string | boolean | string[] | undefined>;

export interface CommandSpec {
  name: string;
  summary: string;
  /** kebab-case flags; identical to the action's input names and the config section's keys. */
  options: Record<string, OptionSpec>;
  /** Extra help text printed after the options. */
  details?: string;
  /** Returns the exit code: 0 ok, 1 a check failed. Throws UsageError for exit 2. */
  run(opts: ParsedOptions, io: CliIo): Promise<number>;
}

/** Options every subcommand accepts. */
export const COMMON_OPTIONS: Record<string, OptionSpec> = {
  config: { type: 'string', arg: 'FILE', description: 'config file (default: cd4ml.yml when present)' },
  json: { type: 'boolean', description: 'print the machine-readable report as JSON on stdout' },
  help: { type: 'boolean', description: 'show this help' },
};

/** Read a string option; undefined when absent. */
export function stringOpt(opts: ParsedOptions, name: string): string | undefined {
  const v = opts[name];
  return typeof v === 'string' ? v : undefined;
}

export function boolOpt(opts: ParsedOptions, name: string): boolean {
  return opts[name] === true;
}
