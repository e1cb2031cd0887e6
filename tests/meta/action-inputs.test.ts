/**
 * action.yml inputs are generated from the option declarations (src/config/sections/*): this fails
 * when one is stale, naming the input and the field (description, default, required).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths.js';
import { allActionInputs } from '../../src/config/stages.js';
// @ts-expect-error plain JavaScript module without types
import { actionYmlPath, expectedActionYmls, replaceInputs } from '../../scripts/gen-docs.mjs';

type Input = { description?: string; required?: boolean; default?: string };
const declared = allActionInputs();

describe.each(Object.keys(declared).map((action) => ({ action, path: (actionYmlPath as (a: string) => string)(action) })))('$path', ({ action, path }) => {
  const yml = parse(readFileSync(join(ROOT, path), 'utf8')) as { inputs?: Record<string, Input> };
  const want = declared[action];

  it('has exactly the declared inputs, in order', () => {
    expect(Object.keys(yml.inputs ?? {})).toEqual(Object.keys(want));
  });

  it.each(Object.keys(want).map((input) => ({ input })))('input $input: description, default and required as declared', ({ input }) => {
    const got = yml.inputs?.[input];
    expect(got?.description, 'description').toBe(want[input].description);
    expect(got?.required ?? false, 'required').toBe(want[input].required);
    expect(got?.default, 'default').toBe(want[input].default);
  });

  it('is byte-identical to the generated file (run node scripts/gen-docs.mjs)', () => {
    expect(readFileSync(join(ROOT, path), 'utf8')).toBe((expectedActionYmls as (d: unknown) => Record<string, string>)(declared)[path]);
  });
});

describe('replaceInputs', () => {
  it('replaces the inputs block and keeps the rest, quoting YAML strings', () => {
    const text = "name: x\ninputs:\n  old:\n    description: 'o'\n\noutputs:\n  y:\n    description: 'y'\n";
    const out = (replaceInputs as (t: string, i: unknown) => string)(text, { 'max-drop': { description: "it's", required: true, default: '0.1' } });
    expect(out).toBe("name: x\ninputs:\n  max-drop:\n    description: 'it''s'\n    required: true\n    default: '0.1'\noutputs:\n  y:\n    description: 'y'\n");
    expect(parse(out).inputs['max-drop']).toEqual({ description: "it's", required: true, default: '0.1' });
  });
});
