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

const bound = z.union([z.number(), z.string()]);
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
  .strict();
export type ColumnRule = z.infer<typeof columnRuleSchema>;

const policy = z.enum(['error', 'warning', 'ignore'], { error: (iss) => `must be error, warning or ignore, got ${JSON.stringify(iss.input)}` });

export const dataSchemaSchema = z
  .object({
    version: z.literal(1).optional(),
    rows: z
      .object({ min: z.number().int().nonnegative().optional(), max: z.number().int().nonnegative().optional() })
      .strict()
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
