/** The shape every `cd4ml` subcommand module exports as `command`, and the plumbing they share. */
import { loadConfig } from '../config/load.js';
import type { Cd4mlConfig } from '../config/schema.js';
import { describeOption, mergeSettings, optionsAt, readFlags, type OptionTable, type SettingsOf, type StageDecl } from '../config/options.js';

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
  /** Set when stderr is a terminal (reading progress is then a bar redrawn in place), with its width. */
  stderrTTY?: { columns?: number };
  /** Running in a GitHub Actions step (GITHUB_ACTIONS=true): progress lines go inside a ::group::. */
  githubActions?: boolean;
}

export type ParsedOptions = Record<string, string | boolean | string[] | undefined>;

export interface CommandSpec {
  name: string;
  summary: string;
  /** The stage whose declared options (src/config/sections/*) are this command's flags. */
  stage?: StageDecl<any>;
  /** Flags of this command alone (not settings of a stage), e.g. `--teardown`. */
  options?: Record<string, OptionSpec>;
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

/** A stage's CLI flags, derived from its declaration. */
export function stageFlags(stage: StageDecl | undefined): Record<string, OptionSpec> {
  const out: Record<string, OptionSpec> = {};
  for (const [name, o] of stage ? optionsAt(stage, 'cli') : []) {
    out[name] = o.type.switch ? { type: 'boolean', description: describeOption(o) } : { type: 'string', arg: o.arg ?? o.type.arg, description: describeOption(o), ...(o.multiple ? { multiple: true } : {}) };
  }
  return out;
}

/** Every flag of a command: the stage's, the command's own, the common ones. */
export function commandOptions(cmd: CommandSpec): Record<string, OptionSpec> {
  return { ...stageFlags(cmd.stage), ...(cmd.options ?? {}), ...COMMON_OPTIONS };
}

/**
 * The merged settings of a stage: flags > the stage's section of cd4ml.yml (--config, or
 * cd4ml.yml when present) > declared defaults.
 */
export async function stageSettings<O extends OptionTable>(
  stage: StageDecl<O>,
  opts: ParsedOptions,
  _io: CliIo,
  defaults?: SettingsOf<O>,
): Promise<{ config: Cd4mlConfig; settings: SettingsOf<O> }> {
  const given = readFlags(stage, opts);
  // A command without settings in cd4ml.yml (serve, predict, pipeline) does not read it here.
  if (optionsAt(stage, 'config').length === 0) return { config: {}, settings: mergeSettings(stage, undefined, given, defaults) };
  const { config } = await loadConfig(stringOpt(opts, 'config'));
  const section = (config as Record<string, unknown>)[stage.name] as SettingsOf<O> | undefined;
  return { config, settings: mergeSettings(stage, section, given, defaults) };
}

/** Read a string option; undefined when absent. */
export function stringOpt(opts: ParsedOptions, name: string): string | undefined {
  const v = opts[name];
  return typeof v === 'string' ? v : undefined;
}

export function boolOpt(opts: ParsedOptions, name: string): boolean {
  return opts[name] === true;
}
