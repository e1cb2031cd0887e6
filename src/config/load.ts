/**
 * cd4ml.yml: one file, one section per stage. Parsed with `yaml` (keeping line numbers) and
 * validated with zod; an error names the file, the YAML path and the line.
 */
import { readFile } from 'node:fs/promises';
import { parseYamlWithSchema } from './yaml.js';
import { UsageError } from '../errors.js';
import { configSchema, DECLARED_SECTIONS, type Cd4mlConfig } from './schema.js';
import { configWhere, valueError } from './options.js';

export const DEFAULT_CONFIG_PATH = 'cd4ml.yml';

export interface LoadedConfig {
  /** Path the config was read from, or undefined when no file exists (defaults apply). */
  path: string | undefined;
  config: Cd4mlConfig;
}

/** Parse and validate config text. `file` is only used in messages. */
export function parseConfig(text: string, file: string): Cd4mlConfig {
  return parseYamlWithSchema(text, file, configSchema, {
    what: 'config',
    syntaxHint: '. Fix the syntax and run again.',
    spellingHint: '(keys are kebab-case)',
    explain: (path, value, { file: f, line }) => {
      if (path.length !== 2) return undefined;
      const decl = DECLARED_SECTIONS[String(path[0])]?.options[String(path[1])];
      return decl ? valueError(configWhere(f, line, `${path[0]}.${path[1]}`), decl, value).message : undefined;
    },
  });
}

/**
 * Load `path` (default cd4ml.yml). A missing file at the default path means "all defaults";
 * a missing file at an explicitly given path is an error.
 */
export async function loadConfig(path: string | undefined): Promise<LoadedConfig> {
  const explicit = path !== undefined && path !== '';
  const file = explicit ? path : DEFAULT_CONFIG_PATH;
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (!explicit && code === 'ENOENT') return { path: undefined, config: configSchema.parse({}) };
    throw new UsageError(`config file "${file}" cannot be read (${code ?? 'error'}); pass an existing file with --config / input "config"`);
  }
  return { path: file, config: parseConfig(text, file) };
}
