/** The value types of src/config/options.ts: the words a message uses and how text is read. */
import { describe, expect, it } from 'vitest';
import { bool, either, int, INVALID, keyValues, list, num, oneOf, text, valueFromText, inputWhere, flagWhere } from '../../../src/config/options.js';

describe('value types', () => {
  it.each([
    { name: 'closed integer range', type: int({ min: 1, max: 64 }), expected: 'an integer in [1, 64]' },
    { name: 'open number range', type: num({ gt: 0, lt: 1 }), expected: 'a number in (0, 1)' },
    { name: 'half-open', type: num({ gt: 0, max: 1 }), expected: 'a number in (0, 1]' },
    { name: 'lower bound only', type: int({ min: 0 }), expected: 'an integer >= 0' },
    { name: 'enum', type: oneOf(['fail', 'warn']), expected: 'one of "fail", "warn"' },
    { name: 'boolean', type: bool(), expected: 'true or false' },
    { name: 'either', type: either(oneOf(['sqrt', 'all']), num({ gt: 0, max: 1 })), expected: 'one of "sqrt", "all", or a number in (0, 1]' },
  ])('says what it expects: $name', ({ type, expected }) => {
    expect(type.expected).toBe(expected);
  });

  it.each([
    { name: 'number with junk', type: num(), text: '0.9x', value: INVALID },
    { name: 'empty number', type: int(), text: ' ', value: INVALID },
    { name: 'number with spaces', type: num(), text: ' 0.25 ', value: 0.25 },
    { name: 'YAML core boolean', type: bool(), text: 'True', value: true },
    { name: 'lenient boolean refused', type: bool(), text: 'yes', value: INVALID },
    { name: 'list drops empty items', type: list(), text: 'a, b,\nc,,', value: ['a', 'b', 'c'] },
    { name: 'key=value pairs', type: keyValues(), text: 'team=ml, tier = gold', value: { team: 'ml', tier: 'gold' } },
    { name: 'key without value refused', type: keyValues(), text: 'team', value: INVALID },
    { name: 'either reads the number', type: either(oneOf(['sqrt', 'all']), num({ gt: 0, max: 1 })), text: '0.5', value: 0.5 },
    { name: 'either reads the word', type: either(oneOf(['sqrt', 'all']), num({ gt: 0, max: 1 })), text: 'sqrt', value: 'sqrt' },
  ])('reads text: $name', ({ type, text: t, value }) => {
    expect(type.fromText(t)).toEqual(value);
  });

  it.each([
    { name: 'out of range at the action door', where: inputWhere('max-depth'), raw: '0', message: 'input "max-depth" must be an integer in [1, 64], got "0"; fix "max-depth" in the step\'s with: block' },
    { name: 'not a number at the CLI door', where: flagWhere('max-depth', 'train'), raw: 'deep', message: '--max-depth must be an integer in [1, 64], got "deep"; see cd4ml train --help' },
  ])('one message shape: $name', ({ where, raw, message }) => {
    expect(() => valueFromText({ type: int({ min: 1, max: 64 }), description: 'd.' }, raw, where)).toThrow(message);
  });

  it('checks a pattern with its own words', () => {
    expect(() => valueFromText({ type: text({ pattern: /^\d+$/, what: 'digits' }), description: 'd.' }, 'x1', inputWhere('user'))).toThrow('input "user" must be digits, got "x1"');
  });
});
