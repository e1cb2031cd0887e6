/**
 * Every input read in an action's code is declared in its action.yml with a description, every
 * declared input is read, and the same for outputs; every action runs on node24 from its bundle.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths.js';
import { ACTION_STAGES } from '../../src/config/stages.js';
import { optionsAt } from '../../src/config/options.js';

interface ActionYml {
  name: string;
  description: string;
  inputs?: Record<string, { description?: string }>;
  outputs?: Record<string, { description?: string }>;
  runs: { using: string; main?: string };
}

const actionNames = readdirSync(join(ROOT, 'actions'), { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(ROOT, 'actions', d.name, 'action.yml')))
  .map((d) => d.name);

/** Inputs read with the shared readers or core.getInput/getBooleanInput/getMultilineInput. */
export function inputsReadIn(code: string): Set<string> {
  const names = new Set<string>();
  for (const m of code.matchAll(/\bget[A-Za-z]*Input\(\s*'([^']+)'/g)) names.add(m[1]);
  return names;
}

/** Outputs written with core.setOutput('x', …) or inside setOutputs({ 'x': …, y: … }). */
export function outputsSetIn(code: string): Set<string> {
  const names = new Set<string>();
  for (const m of code.matchAll(/\bsetOutput\(\s*'([^']+)'/g)) names.add(m[1]);
  for (const m of code.matchAll(/\bsetOutputs\(\s*\{/g)) {
    let depth = 0;
    let i = m.index! + m[0].length - 1;
    const start = i;
    for (; i < code.length; i++) {
      if (code[i] === '{') depth++;
      else if (code[i] === '}' && --depth === 0) break;
    }
    const body = code.slice(start + 1, i);
    // top-level keys only
    let d = 0;
    let token = '';
    for (const ch of body) {
      if ('{[('.includes(ch)) d++;
      else if ('}])'.includes(ch)) d--;
      if (d === 0) token += ch;
      else if (ch === '{' || ch === '[' || ch === '(') token += ' ';
    }
    for (const k of token.matchAll(/(?:^|,)\s*'?([a-z][a-z0-9-]*)'?\s*(?=[:,]|$)/g)) names.add(k[1]);
  }
  return names;
}

function codeOf(dir: string, file: string): string {
  const p = join(dir, file);
  return existsSync(p) ? readFileSync(p, 'utf8') : '';
}

describe.each(actionNames.map((name) => ({ name })))('actions/$name/action.yml', ({ name }) => {
  const dir = join(ROOT, 'actions', name);
  const yml = parse(readFileSync(join(dir, 'action.yml'), 'utf8')) as ActionYml;
  const tsFiles = readdirSync(dir).filter((f) => f.endsWith('.ts'));
  const code = tsFiles.map((f) => codeOf(dir, f)).join('\n');
  // Inputs of a declared stage are read by the shared reader (actions/shared/inputs.ts) from the
  // declaration (src/config/sections/*); the others by name in inputs.ts.
  const stage = ACTION_STAGES[name];
  const declaredRead = new Set(stage ? optionsAt(stage, 'input').map(([k]) => k) : []);

  it('runs on node24 from its own bundle', () => {
    expect(yml.runs.using).toBe('node24');
    expect(yml.runs.main).toBe(`../../dist/${name}/index.js`);
    expect(existsSync(join(dir, yml.runs.main!))).toBe(true);
  });

  it('reads inputs only in inputs.ts', () => {
    for (const f of tsFiles.filter((f) => f !== 'inputs.ts')) expect(inputsReadIn(codeOf(dir, f)), `${f} reads inputs`).toEqual(new Set());
  });

  it('declares every input it reads, with a description, and reads every input it declares', () => {
    const declared = Object.keys(yml.inputs ?? {});
    for (const [k, v] of Object.entries(yml.inputs ?? {})) expect(v?.description?.trim(), `input ${k} has no description`).toBeTruthy();
    if (stage) expect(code, `actions/${name} reads its declared stage`).toMatch(/getStage(Inputs|Settings)\(/);
    expect([...new Set([...inputsReadIn(code), ...declaredRead])].sort()).toEqual(declared.sort());
  });

  it('declares every output it sets, with a description, and sets every output it declares', () => {
    const declared = Object.keys(yml.outputs ?? {});
    for (const [k, v] of Object.entries(yml.outputs ?? {})) expect(v?.description?.trim(), `output ${k} has no description`).toBeTruthy();
    expect([...outputsSetIn(code)].sort()).toEqual(declared.sort());
  });

  it('uses kebab-case names', () => {
    for (const k of [...Object.keys(yml.inputs ?? {}), ...Object.keys(yml.outputs ?? {})]) expect(k).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
  });
});

describe('the metadata scanners', () => {
  it.each([
    { name: 'shared reader', code: "getNumberInput('max-depth', { min: 1 })", expected: ['max-depth'] },
    { name: 'core reader', code: "core.getBooleanInput('push')", expected: ['push'] },
    { name: 'no inputs', code: 'const x = 1;', expected: [] },
  ])('finds inputs read: $name', ({ code, expected }) => {
    expect([...inputsReadIn(code)]).toEqual(expected);
  });

  it.each([
    { name: 'object keys', code: "setOutputs({ passed: ok, 'report-path': p, nested: { a: 1, b: 2 } })", expected: ['passed', 'report-path', 'nested'] },
    { name: 'shorthand', code: 'setOutputs({ passed, score: s })', expected: ['passed', 'score'] },
    { name: 'core', code: "core.setOutput('digest', d)", expected: ['digest'] },
  ])('finds outputs set: $name', ({ code, expected }) => {
    expect([...outputsSetIn(code)].sort()).toEqual(expected.sort());
  });
});
