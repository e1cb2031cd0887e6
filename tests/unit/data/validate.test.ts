import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDataSchema } from '../../../src/data/schema.js';
import { validateData } from '../../../src/data/validate.js';
import { UsageError } from '../../../src/errors.js';
import { fixture, sklearnData, vegaData } from '../../helpers/paths.js';
import { seattleYears } from './seattle.js';

const tmp = mkdtempSync(join(tmpdir(), 'cd4ml-validate-'));

describe('schema parsing: errors name file:line', () => {
  it.each([
    { name: 'unknown type', file: 'unknown-type.yml', message: /unknown-type\.yml:6: schema columns\.price\.type: unknown type "money"; use one of int, float, bool, string, category, datetime/ },
    { name: 'bad YAML', file: 'bad-yaml.yml', message: /bad-yaml\.yml:5:\d+: invalid YAML/ },
    { name: 'unknown key', file: 'unknown-key.yml', message: /unknown-key\.yml:5: schema columns\.id: unknown key "nulable"/ },
  ])('$name', ({ file, message }) => {
    const path = fixture('data', 'schemas', file);
    const err = (() => {
      try {
        parseDataSchema(readFileSync(path, 'utf8'), path);
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(UsageError);
    expect((err as Error).message).toMatch(message);
  });
  it('an invalid regex is refused', () => {
    expect(() => parseDataSchema('columns:\n  a:\n    regex: "(["\n', 's.yml')).toThrow(/s\.yml:3: .*not a valid regular expression/);
  });
});

describe('schema checks on a crafted file (tests/fixtures/data/customers.csv)', async () => {
  const report = await validateData({ data: fixture('data', 'customers.csv'), schema: fixture('data', 'customers.schema.yml') });
  const find = (check: string, column?: string) => report.checks.filter((c) => c.check === check && c.column === column);

  it.each([
    { name: 'unique id: 3 and 1 repeat', check: 'unique', column: 'id', failures: 2, lines: [7, 9] },
    { name: 'age not null', check: 'nulls', column: 'age', failures: 1, lines: [4] },
    { name: 'age is int (41.5)', check: 'type', column: 'age', failures: 1, lines: [8] },
    { name: 'age ≤ 120 (230)', check: 'max', column: 'age', failures: 1, lines: [6] },
    { name: 'plan in categories (gold)', check: 'categories', column: 'plan', failures: 1, lines: [5] },
    { name: 'email pattern (warning)', check: 'regex', column: 'email', failures: 1, lines: [5] },
    { name: 'signup is a datetime', check: 'type', column: 'signup', failures: 1, lines: [5] },
    { name: 'churned is a bool', check: 'type', column: 'churned', failures: 1, lines: [5] },
    { name: 'duplicate rows (line 9 = line 2)', check: 'duplicate-rows', column: undefined, failures: 1, lines: [9] },
  ])('$name', ({ check, column, failures, lines }) => {
    const [c] = find(check, column);
    expect(c.passed).toBe(false);
    expect(c.failures).toBe(failures);
    expect(c.examples!.map((e) => e.line)).toEqual(lines);
  });

  it('a missing required column fails; passing checks are listed too', () => {
    expect(find('required-column', 'country')[0]).toMatchObject({ passed: false, severity: 'error' });
    expect(find('min', 'age')[0].passed).toBe(true);
    expect(report.checks.find((c) => c.check === 'row-count')).toMatchObject({ passed: true, observed: '8' });
  });

  it('counts errors and warnings and fails at fail-on error', () => {
    expect(report.warnings).toBe(1); // the email pattern
    expect(report.errors).toBe(9);
    expect(report.passed).toBe(false);
  });

  it('fail-on never passes the same data; fail-on warning fails on a warning alone', async () => {
    expect((await validateData({ data: fixture('data', 'customers.csv'), schema: fixture('data', 'customers.schema.yml'), failOn: 'never' })).passed).toBe(true);
    const schema = join(tmp, 'warn.yml');
    writeFileSync(schema, "columns:\n  email:\n    regex: '^[^@]+@[^@]+\\.[a-z]+$'\n    severity: warning\nunexpected-columns: ignore\n");
    const warnOnly = await validateData({ data: fixture('data', 'customers.csv'), schema, failOn: 'warning' });
    expect([warnOnly.errors, warnOnly.warnings, warnOnly.passed]).toEqual([0, 1, false]);
    expect((await validateData({ data: fixture('data', 'customers.csv'), schema, failOn: 'error' })).passed).toBe(true);
  });

  it('unexpected columns and row-count bounds', async () => {
    const schema = join(tmp, 'few.yml');
    writeFileSync(schema, 'rows: { max: 3 }\ncolumns:\n  id: { type: int }\n');
    const r = await validateData({ data: fixture('data', 'customers.csv'), schema });
    expect(r.checks.filter((c) => c.check === 'unexpected-column').map((c) => c.column)).toEqual(['age', 'plan', 'email', 'signup', 'churned']);
    expect(r.checks.find((c) => c.check === 'row-count')).toMatchObject({ passed: false, observed: '8', expected: '≤ 3' });
  });
});

describe('infer then validate on real data', () => {
  it.each([
    { name: 'penguins.json (vega-datasets)', data: vegaData('penguins.json') },
    { name: 'seattle-weather.csv (vega-datasets)', data: vegaData('seattle-weather.csv') },
  ])('$name: the inferred schema accepts the data it came from', async ({ data }) => {
    const out = join(tmp, `inferred-${Math.random()}.yml`);
    await validateData({ data, infer: out });
    const again = await validateData({ data, schema: out });
    expect(again.errors).toBe(0);
    expect(again.checks.length).toBeGreaterThan(10);
  });

  it('penguins.json: inferred types, nullability and capped categories', async () => {
    const out = join(tmp, 'penguins.yml');
    await validateData({ data: vegaData('penguins.json'), infer: out });
    const s = parseDataSchema(readFileSync(out, 'utf8'), out);
    expect(s.columns.Species).toMatchObject({ type: 'category', nullable: false, categories: ['Adelie', 'Chinstrap', 'Gentoo'] });
    expect(s.columns['Beak Length (mm)']).toMatchObject({ type: 'float', nullable: true, min: 32.1, max: 59.6 });
    expect(s.columns['Flipper Length (mm)']).toMatchObject({ type: 'int', min: 172, max: 231 });
    expect(s.columns.Sex).toMatchObject({ type: 'category', nullable: true, categories: ['.', 'FEMALE', 'MALE'] });
  });

  it("sklearn's breast_cancer.csv (with a header line instead of sklearn's counts line): 31 numeric columns, target in {0, 1}", async () => {
    const lines = readFileSync(sklearnData('breast_cancer.csv'), 'utf8').trim().split('\n');
    const data = join(tmp, 'breast_cancer.csv');
    writeFileSync(data, [[...Array.from({ length: 30 }, (_, i) => `f${i}`), 'target'].join(','), ...lines.slice(1)].join('\n') + '\n');
    const out = join(tmp, 'bc.yml');
    const r = await validateData({ data, infer: out });
    expect(r.data.rows).toBe(569);
    const s = parseDataSchema(readFileSync(out, 'utf8'), out);
    expect(s.columns.f0).toMatchObject({ type: 'float', min: 6.981, max: 28.11 }); // numpy min/max of column 0
    expect(s.columns.target).toMatchObject({ type: 'int', min: 0, max: 1, distinct: 2 });
    // numpy: bc[:,0].mean() = 14.127291739894552
    expect(r.columns[0].numeric!.mean).toBeCloseTo(14.127291739894552, 10);
  });
});

describe('drift in the report', () => {
  it('seattle-weather 2015 against 2012: KS/chi-square with p < 0.05, dataset drift 3/5 (scipy values in stats.test.ts)', async () => {
    const r = await validateData({ data: seattleYears('2015'), reference: seattleYears('2012') });
    const d = r.drift!;
    expect(d.columns.map((c) => [c.column, c.test, c.drifted])).toEqual([
      ['precipitation', 'ks', false],
      ['temp_max', 'ks', true],
      ['temp_min', 'ks', true],
      ['wind', 'ks', false],
      ['weather', 'chisquare', true],
    ]);
    expect(d.skipped).toEqual([]); // date is a datetime: not a drift feature, not listed
    expect(d.datasetDrift).toBe(true);
    expect(r.checks.find((c) => c.check === 'dataset-drift')).toMatchObject({ passed: false, severity: 'warning' });
    expect(r.passed).toBe(true); // drift is a warning by default
    expect(r.warnings).toBe(1);
  });

  it('a per-column override and dataset share from the schema', async () => {
    const schema = join(tmp, 'drift.yml');
    writeFileSync(
      schema,
      'unexpected-columns: ignore\ndrift: { share: 0.9, severity: error }\ncolumns:\n  weather:\n    drift: { test: psi, threshold: 0.9 }\n  wind:\n    drift: { test: none }\n',
    );
    const r = await validateData({ data: seattleYears('2015'), reference: seattleYears('2012'), schema });
    const weather = r.drift!.columns.find((c) => c.column === 'weather')!;
    // numpy PSI with Evidently's zero filling = 0.8375807528826245 < 0.9
    expect(weather).toMatchObject({ test: 'psi', threshold: 0.9, drifted: false });
    expect(weather.distance).toBeCloseTo(0.8375807528826245, 12);
    expect(r.drift!.skipped).toEqual([{ column: 'wind', reason: 'drift test turned off for this column' }]);
    expect(r.drift!.datasetDrift).toBe(false); // 2 of 4 < 0.9
  });
});

describe('bad input exits 2 (UsageError) naming the file', () => {
  it.each([
    { name: 'ragged data', data: fixture('data', 'bad', 'ragged.csv'), message: /ragged\.csv:3:/ },
    { name: 'missing schema file', data: vegaData('seattle-weather.csv'), schema: join(tmp, 'nope.yml'), message: /nope\.yml: cannot read the file \(no such file\)/ },
    { name: 'bad reference', data: vegaData('seattle-weather.csv'), reference: fixture('data', 'bad', 'latin1.csv'), message: /latin1\.csv:2:6: invalid UTF-8/ },
  ])('$name', async ({ data, schema, reference, message }) => {
    const err = await validateData({ data, schema, reference }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UsageError);
    expect((err as Error).message).toMatch(message);
  });
});
