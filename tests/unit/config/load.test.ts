import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../../src/config/load.js';
import { mergeSettings } from '../../../src/config/options.js';
import { validateStage } from '../../../src/config/sections/validate.js';
import { parseBoolean, parseDuration, parseEnum, parseList, parseNumber } from '../../../src/config/parse.js';

describe('parseConfig', () => {
  it('accepts an empty file as all defaults', () => {
    expect(parseConfig('', 'cd4ml.yml')).toEqual({});
  });

  it.each([
    { name: 'unknown top-level key', text: 'validate: {}\ntrian:\n  target: y\n', expected: /cd4ml\.yml:2: config \(root\): unknown key "trian"/ },
    { name: 'bad enum with its line', text: 'validate:\n  data: a.csv\n  fail-on: sometimes\n', expected: /cd4ml\.yml:3: config validate\.fail-on: .*"error"/ },
    { name: 'unknown key inside a section', text: 'validate:\n  data: a.csv\n  failon: error\n', expected: /cd4ml\.yml:3: config validate: unknown key "failon"/ },
    { name: 'YAML syntax error with line and column', text: 'validate:\n  data: [a.csv\n', expected: /cd4ml\.yml:\d+:\d+: invalid YAML/ },
  ])('names the file, path and line: $name', ({ text, expected }) => {
    expect(() => parseConfig(text, 'cd4ml.yml')).toThrow(expected);
  });
});

describe('mergeSettings (was mergeSection)', () => {
  it('lets defined overrides win, keeps the rest, and fills declared defaults last', () => {
    expect(mergeSettings(validateStage, { data: 'a.csv', 'fail-on': 'error' }, { data: undefined, 'fail-on': 'never' })).toEqual({ data: 'a.csv', 'fail-on': 'never', 'max-annotations': 10 });
  });
});

describe('strict scalar parsing', () => {
  it.each([
    { name: 'trailing junk', run: () => parseNumber('input "max-drop"', '0.9x', { min: 0, max: 1 }), message: 'input "max-drop" must be a number in [0, 1], got "0.9x"' },
    { name: 'empty', run: () => parseNumber('--seed', '', { integer: true }), message: '--seed must be an integer, got ""' },
    { name: 'not an integer', run: () => parseNumber('--max-depth', '2.5', { integer: true, min: 1 }), message: '--max-depth must be an integer >= 1, got "2.5"' },
    { name: 'lenient boolean', run: () => parseBoolean('input "push"', 'yes'), message: 'input "push" must be true or false, got "yes"' },
    { name: 'enum', run: () => parseEnum('--fail-on', 'warn', ['error', 'warning', 'never']), message: '--fail-on must be one of "error", "warning", "never", got "warn"' },
    { name: 'duration', run: () => parseDuration('--bake', '10 minutes'), message: '--bake must be a duration like "30s", "2m" or "500ms", got "10 minutes"' },
  ])('rejects $name', ({ run, message }) => {
    expect(run).toThrow(message);
  });

  it.each([
    { name: 'number', got: parseNumber('x', ' 0.25 ', { min: 0, max: 1 }), expected: 0.25 },
    { name: 'boolean', got: parseBoolean('x', 'True'), expected: true },
    { name: 'list', got: parseList('a, b,\nc,,'), expected: ['a', 'b', 'c'] },
    { name: 'seconds', got: parseDuration('x', '90s'), expected: 90_000 },
    { name: 'minutes', got: parseDuration('x', '2m'), expected: 120_000 },
    { name: 'milliseconds', got: parseDuration('x', '500ms'), expected: 500 },
  ])('parses $name', ({ got, expected }) => {
    expect(got).toEqual(expected);
  });
});
