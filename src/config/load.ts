/**
 * cd4ml.yml: one file, one section per stage. Parsed with `yaml` (keeping line numbers) and
 * validated with zod; an error names the file, the YAML path and the line.
 */
import { readFile } from 'node:fs/promises';
import { LineCounter, parseDocument } from 'yaml';
import { yamlLineOf } from './yaml.js';
import { z } from 'zod';
import { UsageError } from '../errors.js';
import { configSchema, type Cd4mlConfig } from './schema.js';

export const DEFAULT_CONFIG_PATH = 'cd4ml.yml';

export interface LoadedConfig {
  /** Path the config was read from, or undefined when no file exists (defaults apply). */
  path: string | undefined;
  config: Cd4mlConfig;
}

function formatPath(path: (string | number | symbol)[]): string {
  return path.map((p) => (typeof p === 'number' ? `[${p}]` : String(p))).join('.').replace(/\.\[/g, '[') || '(root)';
}

/** Parse and validate config text. `file` is only used in messages. */
export function parseConfig(text: string, file: string): Cd4mlConfig {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: true });
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    const pos = e.linePos?.[0];
    const where = pos ? `${file}:${pos.line}:${pos.col}` : file;
    throw new UsageError(`${where}: invalid YAML: ${e.message.split('\n')[0]}. Fix the syntax and run again.`);
  }
  const raw = doc.toJS() ?? {};
  const parsed = configSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue.path as (string | number)[];
    // For an unknown key, point at the key itself rather than at its parent mapping.
    const linePath = issue.code === 'unrecognized_keys' ? [...path, issue.keys[0]] : path;
    const line = yamlLineOf(text, linePath);
    const where = line ? `${file}:${line}` : file;
    throw new UsageError(`${where}: config ${formatPath(path)}: ${describeIssue(issue)}`);
  }
  return parsed.data;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') {
    return `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}; check the spelling (keys are kebab-case)`;
  }
  return issue.message;
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

/**
 * Merge overrides (CLI flags or action inputs, same kebab-case names) over a config section.
 * Undefined overrides leave the config value in place.
 */
export function mergeSection<T extends Record<string, unknown>>(section: T | undefined, overrides: Partial<T>): T {
  const out: Record<string, unknown> = { ...(section ?? {}) };
  for (const [k, v] of Object.entries(overrides)) if (v !== undefined) out[k] = v;
  return out as T;
}
