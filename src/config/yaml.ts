/**
 * YAML helpers shared by every file the project reads as YAML (cd4ml.yml, data contracts):
 * parse, validate with zod, and name file:line in every error.
 */
import { LineCounter, parseDocument, isMap, isSeq, type Node } from 'yaml';
import type { z } from 'zod';
import { UsageError } from '../errors.js';

/**
 * Line (1-based) of the YAML node at `path` (e.g. ['train', 'max-depth']); for the last step the
 * key itself, where a reader looks. Undefined when the text has no such node at all.
 */
export function yamlLineOf(text: string, path: (string | number)[]): number | undefined {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter });
  let node: unknown = doc.contents;
  let offset: number | undefined = (node as Node | null)?.range?.[0];
  for (const [i, key] of path.entries()) {
    if (isMap(node)) {
      const pair = node.items.find((p) => String((p.key as { value?: unknown } | null)?.value) === String(key));
      if (!pair) break;
      const last = i === path.length - 1;
      offset = (last ? (pair.key as Node | null)?.range?.[0] : ((pair.value as Node | null)?.range?.[0] ?? (pair.key as Node | null)?.range?.[0])) ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number') {
      node = node.items[key];
      offset = (node as Node | null)?.range?.[0] ?? offset;
    } else break;
  }
  return offset === undefined ? undefined : counter.linePos(offset).line;
}

/** `train.max-depth`, `columns.price.categories[0]`, or `(root)`. */
export function formatYamlPath(path: (string | number | symbol)[]): string {
  return path.map((p) => (typeof p === 'number' ? `[${p}]` : String(p))).join('.').replace(/\.\[/g, '[') || '(root)';
}

export interface YamlSchemaMessages {
  /** What the document is called in messages: "config", "schema". */
  what: string;
  /** Appended to a YAML syntax error, e.g. ". Fix the syntax and run again." */
  syntaxHint: string;
  /** Appended to "check the spelling" for unknown keys, e.g. "(keys are kebab-case)". */
  spellingHint: string;
  /** Extra check of the parsed value before the schema (throw UsageError to refuse). */
  checkRaw?: (raw: unknown) => void;
  /**
   * A message of the caller's own for a value that does not fit (options declared in
   * src/config/options.ts read alike whichever door); undefined keeps zod's.
   */
  explain?: (path: (string | number)[], value: unknown, where: { file: string; line: number | undefined }) => string | undefined;
}

function valueAt(raw: unknown, path: (string | number)[]): unknown {
  let v = raw;
  for (const k of path) v = v !== null && typeof v === 'object' ? (v as Record<string | number, unknown>)[k] : undefined;
  return v;
}

/**
 * Parse YAML text and validate it with a zod schema. Errors are UsageErrors that name
 * `file:line:column` for syntax, and `file:line` plus the YAML path for schema problems (an
 * unknown key points at the key itself).
 */
export function parseYamlWithSchema<S extends z.ZodType>(text: string, file: string, schema: S, messages: YamlSchemaMessages): z.infer<S> {
  const doc = parseDocument(text, { lineCounter: new LineCounter(), prettyErrors: true });
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    const pos = e.linePos?.[0];
    const where = pos ? `${file}:${pos.line}:${pos.col}` : file;
    throw new UsageError(`${where}: invalid YAML: ${e.message.split('\n')[0]}${messages.syntaxHint}`);
  }
  const raw: unknown = doc.toJS() ?? {};
  messages.checkRaw?.(raw);
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const path = issue.path as (string | number)[];
  const linePath = issue.code === 'unrecognized_keys' ? [...path, issue.keys[0]] : path;
  const line = yamlLineOf(text, linePath);
  if (issue.code !== 'unrecognized_keys') {
    const own = messages.explain?.(path, valueAt(raw, path), { file, line });
    if (own !== undefined) throw new UsageError(own);
  }
  const where = line ? `${file}:${line}` : file;
  const detail =
    issue.code === 'unrecognized_keys'
      ? `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}; check the spelling ${messages.spellingHint}`
      : issue.message;
  throw new UsageError(`${where}: ${messages.what} ${formatYamlPath(path)}: ${detail}`);
}
