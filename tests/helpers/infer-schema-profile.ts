/**
 * schema.yml inferred from a file by validate's profile (`cd4ml validate --infer`): the reference
 * that train's inference over its in-memory table (src/data/schema-infer.ts) is checked against.
 */
import type { DataFormat } from '../../src/data/read.js';

export async function inferSchemaYaml(path: string, format?: DataFormat, categorical: string[] = []): Promise<string> {
  const { profileDataset } = await import('../../src/data/profile.js');
  const { inferSchema, nearlyNumericColumns } = await import('../../src/data/validate.js');
  const { stringifyDataSchema } = await import('../../src/data/schema.js');
  const profile = await profileDataset(path, { format, inferUnique: true });
  const schema = inferSchema(profile);
  // A column listed under train.categorical whose values are mostly numbers is text to the model:
  // the contract must accept its text values too (serving validates requests against it).
  for (const c of nearlyNumericColumns(profile)) {
    const rule = schema.columns[c.column];
    if (categorical.includes(c.column) && rule) schema.columns[c.column] = { type: 'string', nullable: rule.nullable, ...(rule.distinct !== undefined ? { distinct: rule.distinct } : {}) };
  }
  return stringifyDataSchema(schema, [`inferred by cd4ml train from ${path}`]);
}
