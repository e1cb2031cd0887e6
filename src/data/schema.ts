/**
 * The data contract: a schema YAML (format documented in actions/validate-data/README.md),
 * parsed with `yaml` keeping line numbers and validated with zod. Errors name file:line.
 */
import { stringify } from 'yaml';
import { z } from 'zod';
import { UsageError } from '../errors.js';
import { parseYamlWithSchema } from '../config/yaml.js';

export const COLUMN_TYPES = ['int', 'float', 'bool', 'string', 'category', 'datetime'] as const;
export type ColumnType = (typeof COLUMN_TYPES)[number];
export const DRIFT_TESTS = ['ks', 'chisquare', 'z', 'wasserstein', 'jensenshannon', 'psi'] as const;
export type DriftTest = (typeof DRIFT_TESTS)[number];
export const SEVERITIES = ['error', 'warning'] as const;
export type Severity = (typeof SEVERITIES)[number];

const enumWithHint = <T extends readonly [string, ...string[]]>(values: T, what: string) =>
  z.enum(values, { error: (iss) => `unknown ${what} ${JSON.stringify(iss.input)}; use one of ${values.join(', ')}` });

const bound = z.union([z.number(), z.string()], { error: (iss) => `must be a number, or ISO 8601 text for a datetime column, got ${JSON.stringify(iss.input)}` });
const driftOverride = z
  .object({
    test: z.union([enumWithHint(DRIFT_TESTS, 'drift test'), z.literal('none')]).optional(),
    threshold: z.number().positive().optional(),
  })
  .strict();

export const columnRuleSchema = z
  .object({
    type: enumWithHint(COLUMN_TYPES, 'type').optional(),
    required: z.boolean().optional(),
    nullable: z.boolean().optional(),
    mostly: z.number().min(0).max(1).optional(),
    min: bound.optional(),
    max: bound.optional(),
    categories: z.array(z.union([z.string(), z.number(), z.boolean()])).min(1).optional(),
    regex: z
      .string()
      .refine(
        (s) => {
          try {
            new RegExp(s);
            return true;
          } catch {
            return false;
          }
        },
        { message: 'not a valid regular expression' },
      )
      .optional(),
    unique: z.boolean().optional(),
    severity: enumWithHint(SEVERITIES, 'severity').optional(),
    drift: driftOverride.optional(),
    /** Informational, written by --infer. */
    distinct: z.number().int().nonnegative().optional(),
  })
  .strict()
  .superRefine((rule, ctx) => {
    for (const message of boundProblems(rule)) ctx.addIssue({ code: 'custom', path: [message.key], message: message.text });
  });
export type ColumnRule = z.infer<typeof columnRuleSchema>;

const ISO_DATE_RE = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/** Epoch ms of an ISO 8601 date or date-time bound (UTC when no offset), undefined when it is not one. */
function isoDateMs(text: string): number | undefined {
  if (!ISO_DATE_RE.test(text)) return undefined;
  const iso = text.length === 10 ? `${text}T00:00:00Z` : /(Z|[+-]\d{2}:?\d{2})$/.test(text) ? text.replace(' ', 'T') : `${text.replace(' ', 'T')}Z`;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? undefined : ms;
}

/**
 * What is wrong with a column's min/max, if anything: a bound whose kind does not fit the column's
 * type (text on a number, a number on a datetime), a bound on a type that has no order (category,
 * bool), or min greater than max. Each problem names the key, what was expected and the fix.
 */
export function boundProblems(rule: { type?: ColumnType; min?: number | string; max?: number | string }): { key: 'min' | 'max'; text: string }[] {
  const out: { key: 'min' | 'max'; text: string }[] = [];
  const t = rule.type;
  const keys = (['min', 'max'] as const).filter((k) => rule[k] !== undefined);
  if (keys.length === 0) return out;
  const show = (v: unknown) => JSON.stringify(v);
  if (t === 'category' || t === 'bool') {
    for (const k of keys) out.push({ key: k, text: `${k} does not apply to a ${t} column (its values have no order); remove it${t === 'category' ? ', list the allowed values under "categories"' : ''}, or change the type to int, float, datetime or string` });
    return out;
  }
  const values: Partial<Record<'min' | 'max', number>> = {};
  for (const k of keys) {
    const v = rule[k]!;
    if (t === 'int' || t === 'float') {
      if (typeof v !== 'number') {
        out.push({ key: k, text: `${k} must be a number for a${t === 'int' ? 'n' : ''} ${t} column, got ${show(v)}; write a number (e.g. ${k}: 0) or change the type` });
        continue;
      }
      values[k] = v;
    } else if (t === 'datetime') {
      const ms = typeof v === 'string' ? isoDateMs(v) : undefined;
      if (ms === undefined) {
        out.push({ key: k, text: `${k} must be an ISO 8601 date or date-time for a datetime column (e.g. ${k}: '2024-01-31' or '2024-01-31T12:00:00Z'), got ${show(v)}` });
        continue;
      }
      values[k] = ms;
    } else if (t === 'string') {
      if (typeof v !== 'string') {
        out.push({ key: k, text: `${k} of a string column is compared as text and must be quoted text, got the number ${show(v)}; quote it (${k}: '${v}') or change the type to int or float` });
        continue;
      }
    } else if (typeof v === 'string' && isoDateMs(v) === undefined) {
      out.push({ key: k, text: `${k} ${show(v)} is neither a number nor an ISO 8601 date; write a number, a date like '2024-01-31', or set the column's type` });
      continue;
    } else if (typeof v === 'number') values[k] = v;
    else values[k] = isoDateMs(v as string);
  }
  if (out.length > 0 || keys.length < 2) return out;
  const [lo, hi] = [rule.min!, rule.max!];
  if (typeof lo !== typeof hi) {
    out.push({ key: 'max', text: `min ${show(lo)} and max ${show(hi)} are not of the same kind (one a number, one text); write both as numbers or both as dates` });
    return out;
  }
  const greater = values.min !== undefined && values.max !== undefined ? values.min > values.max : (lo as string) > (hi as string);
  if (greater) out.push({ key: 'min', text: `min ${show(lo)} is greater than max ${show(hi)}, so no value could pass; swap them or fix the bound` });
  return out;
}

const policy = z.enum(['error', 'warning', 'ignore'], { error: (iss) => `must be error, warning or ignore, got ${JSON.stringify(iss.input)}` });

export const dataSchemaSchema = z
  .object({
    version: z.literal(1).optional(),
    rows: z
      .object({ min: z.number().int().nonnegative().optional(), max: z.number().int().nonnegative().optional() })
      .strict()
      .refine((r) => r.min === undefined || r.max === undefined || r.min <= r.max, { path: ['min'], message: 'min is greater than max, so no dataset could pass; swap them' })
      .optional(),
    'duplicate-rows': policy.optional(),
    'unexpected-columns': policy.optional(),
    drift: z
      .object({
        share: z.number().gt(0).max(1).optional(),
        'sample-size': z.number().int().min(100).max(10_000_000).optional(),
        seed: z.number().int().optional(),
        test: z.union([z.literal('auto'), enumWithHint(DRIFT_TESTS, 'drift test')]).optional(),
        /** Severity of the dataset-drift check (default warning). */
        severity: enumWithHint(SEVERITIES, 'severity').optional(),
      })
      .strict()
      .optional(),
    columns: z.record(z.string(), columnRuleSchema.nullable()).default({}),
  })
  .strict();
export type DataSchema = z.infer<typeof dataSchemaSchema>;

/** Parse and validate schema text; `file` names it in messages. */
export function parseDataSchema(text: string, file: string): DataSchema {
  return parseYamlWithSchema(text, file, dataSchemaSchema, {
    what: 'schema',
    syntaxHint: '; fix the syntax of the schema',
    spellingHint: '(see the validate-data README for the schema format)',
    checkRaw: (raw) => {
      if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new UsageError(`${file}:1: a schema is a mapping with "columns:" (see the validate-data README)`);
    },
  });
}

/** Serialize a schema as YAML with a short header comment. */
export function stringifyDataSchema(schema: DataSchema, header: string[] = []): string {
  const head = header.map((h) => `# ${h}\n`).join('');
  return head + stringify(schema, { lineWidth: 0 });
}
