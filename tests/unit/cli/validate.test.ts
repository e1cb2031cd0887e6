/** `cd4ml validate` through the built CLI bundle: exit codes 0/1/2, --json, config + flags. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, vegaData } from '../../helpers/paths.js';
import { runCli } from '../../helpers/run-cli.js';
import { seattleYears } from '../data/seattle.js';

const tmp = mkdtempSync(join(tmpdir(), 'cd4ml-cli-validate-'));

describe('cd4ml validate', () => {
  it('validates the example data and prints a summary (exit 0)', async () => {
    const r = await runCli(['validate', '--data', vegaData('seattle-weather.csv')]);
    expect(r.stderr).toBe('');
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toMatch(/^PASSED: .*seattle-weather\.csv \(csv, 1461 rows × 6 columns\)/);
  });

  it('--infer writes a schema that the same data then passes; --json prints the report', async () => {
    const schema = join(tmp, 'penguins.yml');
    const a = await runCli(['validate', '--data', vegaData('penguins.json'), '--infer', schema]);
    expect(a.exitCode).toBe(0);
    expect(readFileSync(schema, 'utf8')).toContain('type: category');
    const b = await runCli(['validate', '--data', vegaData('penguins.json'), '--schema', schema, '--json']);
    expect(b.exitCode).toBe(0);
    const report = JSON.parse(b.stdout);
    expect(report).toMatchObject({ kind: 'cd4ml.validate-report', passed: true, errors: 0, data: { format: 'json', rows: 344 } });
  });

  it('a failed check exits 1 and names column, value and line', async () => {
    const r = await runCli(['validate', '--data', fixture('data', 'customers.csv'), '--schema', fixture('data', 'customers.schema.yml')]);
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toContain('ERROR maximum [age]: 1 value above (expected ≤ 120) — line 6: "230"');
    expect(r.stdout).toContain('ERROR required column [country]: missing');
  });

  it('drift with --reference and --report; --fail-on warning turns dataset drift into exit 1', async () => {
    const out = join(tmp, 'report.json');
    const args = ['validate', '--data', seattleYears('2015'), '--reference', seattleYears('2012'), '--report', out];
    const ok = await runCli(args);
    expect(ok.exitCode).toBe(0);
    expect(ok.stdout).toMatch(/DRIFT temp_max: ks p=3\.16e-4 \(drift when p < 0\.05\)/);
    expect(JSON.parse(readFileSync(out, 'utf8')).drift.driftedColumns).toEqual(['temp_max', 'temp_min', 'weather']);
    const strict = await runCli([...args, '--fail-on', 'warning']);
    expect(strict.exitCode).toBe(1);
  });

  it('reads defaults from cd4ml.yml; flags override them', async () => {
    const cfg = join(tmp, 'cd4ml.yml');
    writeFileSync(cfg, `validate:\n  data: ${fixture('data', 'customers.csv')}\n  schema: ${fixture('data', 'customers.schema.yml')}\n  fail-on: never\n`);
    expect((await runCli(['validate', '--config', cfg])).exitCode).toBe(0);
    expect((await runCli(['validate', '--config', cfg, '--fail-on', 'error'])).exitCode).toBe(1);
  });

  it.each([
    { name: 'no data', args: [], message: /no data file: pass --data FILE/ },
    { name: 'bad --fail-on', args: ['--data', 'x.csv', '--fail-on', 'sometimes'], message: /--fail-on must be one of "error", "warning", "never", got "sometimes"/ },
    { name: 'ragged rows', args: ['--data', fixture('data', 'bad', 'ragged.csv')], message: /ragged\.csv:3:\d+: ragged row/ },
    { name: 'wrong delimiter', args: ['--data', fixture('data', 'bad', 'semicolon.csv')], message: /semicolon\.csv:1:1: wrong delimiter/ },
    { name: 'bad quoting', args: ['--data', fixture('data', 'bad', 'unterminated-quote.csv')], message: /unterminated-quote\.csv:2:\d+: bad quoting/ },
    { name: 'invalid UTF-8', args: ['--data', fixture('data', 'bad', 'latin1.csv')], message: /latin1\.csv:2:6: invalid UTF-8/ },
    { name: 'empty file', args: ['--data', fixture('data', 'bad', 'empty.csv')], message: /empty\.csv:1:1: the file is empty/ },
    { name: 'unknown type in the schema', args: ['--data', vegaData('seattle-weather.csv'), '--schema', fixture('data', 'schemas', 'unknown-type.yml')], message: /unknown-type\.yml:6: .*unknown type "money"/ },
    { name: 'bad YAML schema', args: ['--data', vegaData('seattle-weather.csv'), '--schema', fixture('data', 'schemas', 'bad-yaml.yml')], message: /bad-yaml\.yml:5:\d+: invalid YAML/ },
    { name: 'missing file', args: ['--data', join(tmp, 'none.csv')], message: /none\.csv: cannot open the file \(no such file\)/ },
  ])('bad input exits 2: $name', async ({ args, message }) => {
    const r = await runCli(['validate', ...args], { cwd: mkdtempSync(join(tmpdir(), 'cd4ml-cli-empty-')) });
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });
});
