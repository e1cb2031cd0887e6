/**
 * One declaration, three doors. Generated from the declarations (src/config/sections/*): for every
 * stage and every option, the same value given as an action input (real INPUT_* variables through
 * the action's reader and @actions/core), as a CLI flag (parsed by the CLI's own parser) and as a
 * key of cd4ml.yml (a real file, loaded as the commands load it) yields the same settings; a bad
 * value yields the same message shape at each door; and with nothing given the defaults agree.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { doorsOf, INVALID, type OptionDecl, type StageDecl } from '../../../src/config/options.js';
import { DECLARED_STAGES } from '../../../src/config/stages.js';
import { COMMANDS } from '../../../src/cli/main.js';
import { parseCommandArgs } from '../../../src/cli/args.js';
import { stageSettings, type CommandSpec } from '../../../src/cli/command.js';
import { getStageSettings } from '../../../actions/shared/inputs.js';

const work = mkdtempSync(join(tmpdir(), 'cd4ml-doors-'));
let n = 0;
function configFile(text: string): string {
  const file = join(work, `cd4ml-${++n}.yml`);
  writeFileSync(file, text);
  return file;
}
const EMPTY = configFile('');

const inputVars: string[] = [];
function setInputs(inputs: Record<string, string>): void {
  for (const [k, v] of Object.entries(inputs)) {
    const key = `INPUT_${k.replace(/ /g, '_').toUpperCase()}`;
    process.env[key] = v;
    inputVars.push(key);
  }
}
afterEach(() => {
  for (const k of inputVars.splice(0)) delete process.env[k];
});

const io = { stdout: () => {}, stderr: () => {}, cwd: process.cwd() };

async function commandOf(stage: StageDecl): Promise<CommandSpec | undefined> {
  return stage.command ? (await COMMANDS[stage.command].load()).command : undefined;
}

async function viaInput(stage: StageDecl, inputs: Record<string, string>): Promise<unknown> {
  setInputs({ config: EMPTY, ...inputs });
  const { settings } = await getStageSettings(stage);
  const { config: _c, ...rest } = settings as Record<string, unknown>;
  return rest;
}

async function viaFlag(stage: StageDecl, argv: string[]): Promise<unknown> {
  const cmd = (await commandOf(stage))!;
  const opts = parseCommandArgs(cmd, [...argv, '--config', EMPTY]);
  return (await stageSettings(stage, opts, io)).settings;
}

async function viaConfig(stage: StageDecl, key: string, value: unknown): Promise<unknown> {
  return viaConfigSection(stage, { [key]: value });
}

async function viaConfigSection(stage: StageDecl, section: Record<string, unknown>): Promise<unknown> {
  const file = configFile(stringify({ [stage.name]: section }));
  const cmd = await commandOf(stage);
  if (cmd) return (await stageSettings(stage, parseCommandArgs(cmd, ['--config', file]), io)).settings;
  setInputs({ config: file });
  const { settings } = await getStageSettings(stage);
  const { config: _c, ...rest } = settings as Record<string, unknown>;
  return rest;
}

/** Drop what only one door can carry (action-only and CLI-only options) before comparing. */
function shared(stage: StageDecl, s: unknown, doors: string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(s as Record<string, unknown>).filter(([k]) => k !== 'config' && doors.every((d) => doorsOf(stage.options[k]).includes(d as never))));
}

function exampleOf(o: OptionDecl): string {
  return o.example ?? o.type.example;
}

const cases = Object.entries(DECLARED_STAGES).flatMap(([, stage]) =>
  Object.entries(stage.options)
    .filter(([name]) => name !== 'config')
    .map(([name, decl]) => ({ stage: stage.name, name, stageDecl: stage, decl, doors: [...doorsOf(decl)] })),
);

describe('every declared option', () => {
  it('is declared for at least one door, with a description, and its example is valid', () => {
    expect(cases.length).toBeGreaterThan(20);
    for (const c of cases) {
      expect(c.doors.length, `${c.stage}.${c.name}`).toBeGreaterThan(0);
      expect(c.decl.description, `${c.stage}.${c.name}`).toMatch(/\.$/);
      if (c.doors.some((d) => d !== 'config')) {
        const v = c.decl.type.fromText(exampleOf(c.decl));
        expect(v, `${c.stage}.${c.name} example "${exampleOf(c.decl)}"`).not.toBe(INVALID);
        expect(c.decl.type.schema.safeParse(v).success, `${c.stage}.${c.name} example "${exampleOf(c.decl)}"`).toBe(true);
      }
    }
  });
});

describe.each(cases.filter((c) => c.doors.length > 1).map((c) => ({ ...c, label: `${c.stage}.${c.name} (${c.doors.join(', ')})` })))('$label', ({ stageDecl, name, decl, doors }) => {
  const example = exampleOf(decl);
  const typed = decl.type.fromText(example);

  it(`the same value gives the same settings at every door`, async () => {
    const results: Record<string, unknown> = {};
    if (doors.includes('input')) results.input = shared(stageDecl, await viaInput(stageDecl, { [name]: example }), doors);
    if (doors.includes('cli')) results.cli = shared(stageDecl, await viaFlag(stageDecl, decl.type.switch ? [`--${name}`] : [`--${name}`, example]), doors);
    if (doors.includes('config')) results.config = shared(stageDecl, await viaConfig(stageDecl, name, typed), doors);
    const values = Object.values(results);
    expect(values.length).toBe(doors.length);
    for (const v of values) expect(v).toEqual(values[0]);
    expect((values[0] as Record<string, unknown>)[name]).toEqual(decl.type.switch ? true : typed);
  });

  it('with nothing given, every door gives the declared default', async () => {
    const results: unknown[] = [];
    if (doors.includes('input')) results.push(shared(stageDecl, await viaInput(stageDecl, {}), doors));
    if (doors.includes('cli')) results.push(shared(stageDecl, await viaFlag(stageDecl, []), doors));
    if (doors.includes('config')) results.push(shared(stageDecl, await viaConfigSection(stageDecl, {}), doors));
    expect(results.length).toBe(doors.length);
    for (const r of results) expect((r as Record<string, unknown>)[name]).toEqual(decl.default);
  });

});

const badCases = cases.filter((c) => c.doors.length > 1 && c.decl.type.bad !== undefined && !c.decl.type.switch);

describe.each(badCases.map((c) => ({ ...c, label: `${c.stage}.${c.name}` })))('$label', ({ stageDecl, name, decl, doors }) => {
  it('a bad value reads alike at every door: where, what was expected, what came, how to fix it', async () => {
    expect.assertions(doors.length);
    const bad = decl.type.bad!;
    const expected = decl.type.expected.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const tail = `must be ${expected}, got "${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"; `;
    if (doors.includes('input')) await expect(viaInput(stageDecl, { [name]: bad })).rejects.toThrow(new RegExp(`^input "${name}" ${tail}fix "${name}" in the step's with: block$`));
    if (doors.includes('cli')) await expect(viaFlag(stageDecl, [`--${name}`, bad])).rejects.toThrow(new RegExp(`^--${name} ${tail}see cd4ml \\S+ --help$`));
    if (doors.includes('config')) await expect(viaConfig(stageDecl, name, bad)).rejects.toThrow(new RegExp(`^\\S+\\.yml:2: config ${stageDecl.name}\\.${name}: ${tail}fix ${stageDecl.name}\\.${name} in \\S+\\.yml$`));
  });
});
