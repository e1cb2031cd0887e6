/**
 * A schema's min/max must fit the column (issue 12, defect 11): text on a number, a bound on a
 * category, min > max were accepted and their checks then passed. Now each is a UsageError naming
 * file:line (from the YAML parser's positions), what was expected and the fix; `cd4ml validate`
 * exits 2 on them instead of passing the data.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDataSchema } from '../../../src/data/schema.js';
import { UsageError } from '../../../src/errors.js';
import { runCli } from '../../helpers/run-cli.js';
import { sklearnData } from '../../helpers/paths.js';

const schemaOf = (column: string) => `version: 1\ncolumns:\n  name:\n    type: string\n${column}`;

describe('min/max in a schema', () => {
  it.each([
    { name: 'text min on a float', col: '  price:\n    type: float\n    min: low\n', line: 7, has: ['columns.price.min', 'min must be a number for a float column, got "low"', 'write a number (e.g. min: 0)'] },
    { name: 'text max on an int', col: '  age:\n    type: int\n    min: 0\n    max: "120 years"\n', line: 8, has: ['columns.age.max', 'max must be a number for an int column, got "120 years"'] },
    { name: 'min on a category', col: '  plan:\n    type: category\n    categories: [free, pro]\n    min: free\n', line: 8, has: ['columns.plan.min', 'min does not apply to a category column', 'list the allowed values under "categories"'] },
    { name: 'max on a bool', col: '  active:\n    type: bool\n    max: 1\n', line: 7, has: ['columns.active.max: max does not apply to a bool column'] },
    { name: 'a bound that is neither number nor text', col: '  active:\n    type: float\n    max: true\n', line: 7, has: ['columns.active.max: must be a number, or ISO 8601 text for a datetime column, got true'] },
    { name: 'min > max on a float', col: '  price:\n    type: float\n    min: 10\n    max: 5\n', line: 7, has: ['columns.price.min', 'min 10 is greater than max 5, so no value could pass; swap them'] },
    { name: 'min > max on a datetime', col: "  signup:\n    type: datetime\n    min: '2025-01-01'\n    max: '2024-12-31T23:59:59Z'\n", line: 7, has: ['min "2025-01-01" is greater than max "2024-12-31T23:59:59Z"'] },
    { name: 'a number on a datetime', col: '  signup:\n    type: datetime\n    min: 2020\n', line: 7, has: ['min must be an ISO 8601 date or date-time for a datetime column', 'got 2020'] },
    { name: 'not a date on a datetime', col: "  signup:\n    type: datetime\n    max: 'next year'\n", line: 7, has: ['max must be an ISO 8601 date', 'got "next year"'] },
    { name: 'a number on a string column', col: '  code:\n    type: string\n    min: 100\n', line: 7, has: ["quote it (min: '100')"] },
    { name: 'mixed kinds without a type', col: "  x:\n    min: 1\n    max: '2024-01-01'\n", line: 7, has: ['columns.x.max', 'not of the same kind'] },
    { name: 'text that is no date without a type', col: '  x:\n    min: low\n', line: 6, has: ['min "low" is neither a number nor an ISO 8601 date'] },
  ])('refuses $name, naming file:line and the fix', ({ col, line, has }) => {
    const text = schemaOf(col);
    let err: unknown;
    try {
      parseDataSchema(text, 'contract.yml');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(UsageError);
    const message = (err as Error).message;
    expect(message.startsWith(`contract.yml:${line}: schema columns.`), message).toBe(true);
    for (const h of has) expect(message).toContain(h);
  });

  it('refuses rows.min > rows.max', () => {
    expect(() => parseDataSchema('rows: { min: 10, max: 2 }\ncolumns: {}\n', 's.yml')).toThrow('s.yml:1: schema rows.min: min is greater than max');
  });

  it.each([
    { name: 'numbers on a float', col: '  price:\n    type: float\n    min: -1.5\n    max: 1e6\n' },
    { name: 'equal bounds on an int', col: '  n:\n    type: int\n    min: 3\n    max: 3\n' },
    { name: 'dates on a datetime', col: "  signup:\n    type: datetime\n    min: 2020-01-01\n    max: '2024-01-31T12:00:00+02:00'\n" },
    { name: 'text on a string', col: "  code:\n    type: string\n    min: 'A'\n    max: 'Z'\n" },
    { name: 'numbers without a type', col: '  x:\n    min: 0\n    max: 9\n' },
  ])('accepts $name', ({ col }) => {
    expect(() => parseDataSchema(schemaOf(col), 'ok.yml')).not.toThrow();
  });

  it('cd4ml validate exits 2 on such a schema instead of passing the data (sklearn wine)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cd4ml-schema-bounds-'));
    const lines = readFileSync(sklearnData('wine_data.csv'), 'utf8').trim().split('\n').slice(1);
    const header = ['alcohol', 'malic_acid', 'ash', 'alcalinity_of_ash', 'magnesium', 'total_phenols', 'flavanoids', 'nonflavanoid_phenols', 'proanthocyanins', 'color_intensity', 'hue', 'od280', 'proline', 'class'];
    const data = join(dir, 'wine.csv');
    writeFileSync(data, [header.join(','), ...lines].join('\n') + '\n');
    const schema = join(dir, 'wine.schema.yml');
    writeFileSync(schema, 'version: 1\nunexpected-columns: ignore\ncolumns:\n  alcohol:\n    type: float\n    min: low\n  class:\n    type: category\n    min: 0\n');
    const r = await runCli(['validate', '--data', data, '--schema', schema]);
    expect(r.stdout).toBe('');
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain(`${schema}:6: schema columns.alcohol.min: min must be a number for a float column, got "low"`);
    // A correct contract on the same data passes: the refusal is about the schema, not the data.
    writeFileSync(schema, 'version: 1\nunexpected-columns: ignore\ncolumns:\n  alcohol:\n    type: float\n    min: 11\n    max: 15\n');
    const ok = await runCli(['validate', '--data', data, '--schema', schema]);
    expect(ok.exitCode, ok.stdout + ok.stderr).toBe(0);
  });
});
