/** The built validate-data bundle run as the runner runs it (INPUT_* env, GITHUB_OUTPUT, step summary). */
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, fixture, vegaData } from '../helpers/paths.js';
import { runAction } from '../helpers/run-action.js';
import { seattleYears } from '../unit/data/seattle.js';

describe('validate-data action', () => {
  it('passes on the example data with drift: outputs, JSON report, summary with tables and a Mermaid chart', async () => {
    const r = await runAction('validate-data', { inputs: { data: seattleYears('2015'), reference: seattleYears('2012') } });
    expect(r.exitCode).toBe(0);
    expect(r.outputs).toMatchObject({ passed: 'true', errors: '0', warnings: '1' });
    expect(JSON.parse(r.outputs['drifted-columns'])).toEqual(['temp_max', 'temp_min', 'weather']);
    expect(r.outputs['report-path']).toBe(join(r.runnerTemp, 'cd4ml', 'validate-report.json'));
    const report = JSON.parse(readFileSync(r.outputs['report-path'], 'utf8'));
    expect(report.drift.columns.find((c: { column: string }) => c.column === 'temp_max')).toMatchObject({ test: 'ks', threshold: 0.05, drifted: true });
    expect(r.summary).toContain('## cd4ml validate-data: ✅ passed');
    expect(r.summary).toMatch(/\| ⚠️ \| `temp_max` \| numeric \| ks \| 0\.1525 \| p = 3\.16e-4 \| p &lt; 0\.05 \| 366 \/ 365 \|/);
    expect(r.summary).toContain('```mermaid\nxychart-beta');
    expect(r.summary).toContain('### Checks');
  });

  it('fails with exit 1 on failed checks and annotates the bad rows at their lines', async () => {
    const data = relative(ROOT, fixture('data', 'customers.csv'));
    const r = await runAction('validate-data', {
      cwd: ROOT,
      env: { GITHUB_WORKSPACE: ROOT },
      inputs: { data, schema: fixture('data', 'customers.schema.yml'), 'max-annotations': 3 },
    });
    expect(r.exitCode).toBe(1);
    expect(r.outputs).toMatchObject({ passed: 'false', errors: '9', warnings: '1', 'drifted-columns': '[]' });
    const notes = r.commands.filter((c) => (c.command === 'error' || c.command === 'warning') && c.properties.file);
    expect(notes.map((e) => [e.command, e.properties.file, e.properties.line])).toEqual([
      ['error', data, '4'],
      ['error', data, '5'],
      ['warning', data, '5'],
    ]);
    expect(notes[0].message).toBe('column "age" missing values check failed: missing value (expected no missing values)');
    expect(notes[2].message).toBe('column "email" pattern check failed: value "dave@example" (expected matches /^[^@]+@[^@]+\\.[a-z]+$/)');
    expect(r.stdout).toContain('::error::validate-data: 9 check(s) failed at fail-on "error": unique [id]: 2 repeated values');
    expect(r.summary).toContain('❌ failed');
  });

  it('runs the same on Node 24 (the runtime of node24 actions)', async () => {
    const r = await runAction('validate-data', { node: join(ROOT, 'node_modules/.bin/node'), inputs: { data: seattleYears('2015'), reference: seattleYears('2012') } });
    expect(r.exitCode).toBe(0);
    expect(JSON.parse(r.outputs['drifted-columns'])).toEqual(['temp_max', 'temp_min', 'weather']);
  });

  it('fail-on never passes the same data', async () => {
    const r = await runAction('validate-data', { inputs: { data: fixture('data', 'customers.csv'), schema: fixture('data', 'customers.schema.yml'), 'fail-on': 'never' } });
    expect(r.exitCode).toBe(0);
    expect(r.outputs.passed).toBe('true');
  });

  it('takes its inputs from cd4ml.yml when the step gives none', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cd4ml-vd-cfg-'));
    writeFileSync(join(dir, 'cd4ml.yml'), `validate:\n  data: ${vegaData('penguins.json')}\n  report: out/report.json\n`);
    const r = await runAction('validate-data', { cwd: dir });
    expect(r.exitCode).toBe(0);
    expect(r.outputs['report-path']).toBe('out/report.json');
    expect(JSON.parse(readFileSync(join(dir, 'out', 'report.json'), 'utf8')).data.rows).toBe(344);
  });

  it.each([
    { name: 'no data input', inputs: {}, message: 'validate-data: input "data" is required' },
    { name: 'bad fail-on', inputs: { data: 'x.csv', 'fail-on': 'maybe' }, message: 'input "fail-on" must be one of' },
    { name: 'ragged file', inputs: { data: fixture('data', 'bad', 'ragged.csv') }, message: 'ragged.csv:3:' },
    { name: 'schema with unknown type', inputs: { data: vegaData('seattle-weather.csv'), schema: fixture('data', 'schemas', 'unknown-type.yml') }, message: 'unknown-type.yml:6:' },
  ])('bad input exits 2: $name', async ({ inputs, message }) => {
    const r = await runAction('validate-data', { inputs });
    expect(r.exitCode).toBe(2);
    expect(r.commands.find((c) => c.command === 'error')?.message).toContain(message);
  });
});
