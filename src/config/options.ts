/**
 * One declaration per option. Each stage declares its options once (src/config/sections/<stage>.ts):
 * name, value type (a zod schema with its range), default, one description, and the doors it
 * comes in by — `config` (the stage's section of cd4ml.yml), `cli` (a `cd4ml` flag), `input` (an
 * action input). Everything else is derived here:
 *
 * - the config section's zod schema (`stage.section`),
 * - the CLI flags and their `--help` lines (src/cli/args.ts),
 * - the action's input reader (actions/shared/inputs.ts injects `core.getInput`),
 * - action.yml's `inputs:` and the reference docs (scripts/gen-docs.mjs),
 * - the merged, typed settings: flag / input > cd4ml.yml > default.
 *
 * A value that does not fit reads alike whichever door it came by:
 *   input "max-depth" must be an integer in [1, 64], got "deep"; fix it in the step's `with:` block
 *   --max-depth must be an integer in [1, 64], got "deep"; see cd4ml train --help
 *   cd4ml.yml:12: config train.max-depth: must be an integer in [1, 64], got 100; fix it in cd4ml.yml
 *
 * No `@actions/*` here: the action door takes a `getInput(name) => string` function.
 */
import { z } from 'zod';
import { UsageError } from '../errors.js';

export type Door = 'config' | 'cli' | 'input';
export const ALL_DOORS: readonly Door[] = ['config', 'cli', 'input'];

/** Returned by `fromText` when the text cannot be read as the type at all. */
export const INVALID: unique symbol = Symbol('invalid');

/** A value type: the zod schema (type and range) and how a flag's or input's text becomes a value. */
export interface ValueType<T = unknown> {
  /** The value as cd4ml.yml holds it, with its range. */
  schema: z.ZodType<T>;
  /** What a valid value is, read after "must be": `an integer in [1, 64]`. */
  expected: string;
  /** Text of a flag or input → the value the schema checks, or INVALID. */
  fromText(text: string): unknown;
  /** CLI placeholder: FILE, N, … */
  arg: string;
  /** A valid text, and one the type refuses (the cross-door tests use them). */
  example: string;
  bad?: string;
  /** A CLI flag without a value (`--push`), given = true. */
  switch?: boolean;
}

export interface OptionDecl<T = unknown> {
  type: ValueType<T>;
  /** One description: `--help`, action.yml and the docs. Sentence case, ends with a full stop. */
  description: string;
  /** The default a missing value takes (filled into the merged settings). */
  default?: T;
  /** A default that is not one value (said in the description instead): "from the file extension". */
  defaultText?: string;
  /** Where the option comes in; default every door. */
  doors?: readonly Door[];
  /** CLI placeholder when the type's is not telling. */
  arg?: string;
  /** A valid example (text) when the type's is not one. */
  example?: string;
  /** action.yml only: `default:` of the input (for action-only options such as github-token). */
  inputDefault?: string;
  /** action.yml only: `required: true`. */
  required?: boolean;
  /** CLI only: the flag may be repeated; its values are joined by newlines (as a multi-line input). */
  multiple?: boolean;
}

export type OptionTable = Record<string, OptionDecl<any>>;

/** The typed settings of a stage: every option, by its kebab-case name. */
export type SettingsOf<O extends OptionTable> = { [K in keyof O]?: O[K]['type'] extends ValueType<infer T> ? T : never };

export interface StageDecl<O extends OptionTable = OptionTable> {
  /** Name of the section in cd4ml.yml (`train`, `image`, …) and of the stage in messages. */
  name: string;
  /** The CLI command (`cd4ml train`), when there is one. */
  command?: string;
  options: O;
  /** The zod schema of the stage's cd4ml.yml section (strict; config-door options only). */
  section: z.ZodType<SettingsOf<O>>;
}

export function doorsOf(o: OptionDecl): readonly Door[] {
  return o.doors ?? ALL_DOORS;
}

export function optionsAt<O extends OptionTable>(stage: StageDecl<O>, door: Door): [keyof O & string, OptionDecl][] {
  return Object.entries(stage.options).filter(([, o]) => doorsOf(o).includes(door)) as [keyof O & string, OptionDecl][];
}

/** Declare a stage: its options and the derived config section schema. */
export function declareStage<O extends OptionTable>(name: string, options: O, extra: { command?: string } = {}): StageDecl<O> {
  const shape: Record<string, z.ZodType> = {};
  for (const [k, o] of Object.entries(options)) if (doorsOf(o).includes('config')) shape[k] = o.type.schema.optional();
  return { name, command: extra.command, options, section: z.object(shape).strict() as unknown as z.ZodType<SettingsOf<O>> };
}

// ---------------------------------------------------------------------------------------------
// Value types

function rangeText(r: NumberRange, integer: boolean): string {
  const kind = integer ? 'an integer' : 'a number';
  const lo = r.gt !== undefined ? `(${r.gt}` : r.min !== undefined ? `[${r.min}` : undefined;
  const hi = r.lt !== undefined ? `${r.lt})` : r.max !== undefined ? `${r.max}]` : undefined;
  if (lo && hi) return `${kind} in ${lo}, ${hi}`;
  if (r.min !== undefined) return `${kind} >= ${r.min}`;
  if (r.gt !== undefined) return `${kind} > ${r.gt}`;
  if (r.max !== undefined) return `${kind} <= ${r.max}`;
  if (r.lt !== undefined) return `${kind} < ${r.lt}`;
  return kind;
}

export interface NumberRange {
  min?: number;
  max?: number;
  /** Exclusive bounds. */
  gt?: number;
  lt?: number;
}

/** Text → number, strictly: "0.9x", "" and "NaN" are not numbers. */
export function numberFromText(text: string): number | typeof INVALID {
  const t = text.trim();
  const v = t === '' ? Number.NaN : Number(t);
  return Number.isFinite(v) ? v : INVALID;
}

function numberType(r: NumberRange, integer: boolean): ValueType<number> {
  let s = z.number();
  if (integer) s = s.int();
  if (r.min !== undefined) s = s.min(r.min);
  if (r.max !== undefined) s = s.max(r.max);
  if (r.gt !== undefined) s = s.gt(r.gt);
  if (r.lt !== undefined) s = s.lt(r.lt);
  const lo = r.min ?? (r.gt !== undefined ? r.gt + (integer ? 1 : 0.5 * Math.min(1, (r.lt ?? r.gt + 2) - r.gt)) : undefined);
  const example = lo ?? r.max ?? 1;
  return {
    schema: s,
    expected: rangeText(r, integer),
    fromText: numberFromText,
    arg: integer ? 'N' : 'X',
    example: String(example),
    bad: integer ? '2.5x' : '0.9x',
  };
}

/** An integer, optionally in a range. */
export const int = (r: NumberRange = {}): ValueType<number> => numberType(r, true);
/** A number, optionally in a range (min/max inclusive, gt/lt exclusive). */
export const num = (r: NumberRange = {}): ValueType<number> => numberType(r, false);

/** A non-empty text, optionally matching a pattern (`what` says what the pattern means). */
export function text(opts: { pattern?: RegExp; what?: string; example?: string; arg?: string; startsWith?: string } = {}): ValueType<string> {
  let s = z.string().min(1);
  if (opts.pattern) s = s.regex(opts.pattern, opts.what);
  if (opts.startsWith) s = s.startsWith(opts.startsWith);
  return {
    schema: s,
    expected: opts.what ?? 'a non-empty text',
    fromText: (t) => t,
    arg: opts.arg ?? 'VALUE',
    example: opts.example ?? 'x',
    bad: opts.pattern || opts.startsWith ? 'not valid' : undefined,
  };
}

/** One of a fixed set of words. */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T): ValueType<T[number]> {
  return {
    schema: z.enum(values),
    expected: `one of ${values.map((v) => `"${v}"`).join(', ')}`,
    fromText: (t) => t.trim(),
    arg: values.length <= 3 ? values.join('|').toUpperCase().length <= 16 ? values.join('|') : 'NAME' : 'NAME',
    example: values[values.length - 1],
    bad: 'bogus',
  };
}

/** true or false; as text, the YAML 1.2 core booleans (as the Actions toolkit's getBooleanInput). */
export function bool(opts: { switch?: boolean } = {}): ValueType<boolean> {
  return {
    schema: z.boolean(),
    expected: 'true or false',
    fromText: (t) => {
      const v = t.trim();
      if (['true', 'True', 'TRUE'].includes(v)) return true;
      if (['false', 'False', 'FALSE'].includes(v)) return false;
      return INVALID;
    },
    arg: 'BOOL',
    example: 'false',
    bad: 'yes',
    switch: opts.switch,
  };
}

/** Split a comma- or newline-separated text; empty items are dropped. */
export function listFromText(t: string): string[] {
  return t
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** A list of names; as text, comma- or newline-separated. */
export function list<T extends string = string>(opts: { nonEmpty?: boolean; item?: ValueType<T> } = {}): ValueType<T[]> {
  const item = opts.item?.schema ?? z.string().min(1);
  const s = opts.nonEmpty ? z.array(item).min(1) : z.array(item);
  return {
    schema: s as unknown as z.ZodType<T[]>,
    expected: opts.item ? `a comma-separated list of ${opts.item.expected.replace(/^one of/, 'values among')}` : `a comma-separated list${opts.nonEmpty ? ' of at least one name' : ''}`,
    fromText: listFromText,
    arg: 'A,B',
    example: opts.item ? opts.item.example : 'a,b',
    bad: opts.item ? 'bogus' : undefined,
  };
}

/** Either of two types (the first that reads the text wins). */
export function either<A, B>(a: ValueType<A>, b: ValueType<B>, extra: { arg?: string; example?: string } = {}): ValueType<A | B> {
  return {
    schema: z.union([a.schema, b.schema]) as z.ZodType<A | B>,
    expected: `${a.expected}, or ${b.expected}`,
    fromText: (t) => {
      for (const x of [a, b]) {
        const v = x.fromText(t);
        if (v !== INVALID && x.schema.safeParse(v).success) return v;
      }
      return INVALID;
    },
    arg: extra.arg ?? a.arg,
    example: extra.example ?? a.example,
    bad: a.bad ?? b.bad,
  };
}

/** A mapping kept only in cd4ml.yml (nested rules, queries): no text form. */
export function nested<T>(schema: z.ZodType<T>, expected: string): ValueType<T> {
  return { schema, expected, fromText: () => INVALID, arg: 'YAML', example: '' };
}

/** `key=value` pairs; as text, comma- or newline-separated. */
export function keyValues(): ValueType<Record<string, string>> {
  return {
    schema: z.record(z.string(), z.string()),
    expected: 'key=value pairs, comma-separated',
    fromText: (t) => {
      const out: Record<string, string> = {};
      for (const item of listFromText(t)) {
        const at = item.indexOf('=');
        if (at <= 0) return INVALID;
        out[item.slice(0, at).trim()] = item.slice(at + 1).trim();
      }
      return out;
    },
    arg: 'K=V,...',
    example: 'team=ml,tier=gold',
    bad: 'team',
  };
}

// ---------------------------------------------------------------------------------------------
// Doors

/** How each door names an option in messages, and how the message ends (how to fix it). */
export interface Where {
  label: string;
  fix: string;
}

export const inputWhere = (name: string): Where => ({ label: `input "${name}"`, fix: `fix "${name}" in the step's with: block` });
export const flagWhere = (name: string, command?: string): Where => ({ label: `--${name}`, fix: `see cd4ml ${command ?? ''} --help`.replace('  ', ' ') });
export const configWhere = (file: string, line: number | undefined, path: string): Where => ({ label: `${file}${line ? `:${line}` : ''}: config ${path}:`, fix: `fix ${path} in ${file}` });

function show(v: unknown): string {
  return typeof v === 'string' ? `"${v}"` : JSON.stringify(v);
}

/** The one message for a value that does not fit, whichever door it came by. */
export function valueError(where: Where, decl: OptionDecl, got: unknown): UsageError {
  return new UsageError(`${where.label} must be ${decl.type.expected}, got ${show(got)}; ${where.fix}`);
}

/** Check one text value (flag or input) against its declaration; returns the typed value. */
export function valueFromText(decl: OptionDecl, raw: string, where: Where): unknown {
  const v = decl.type.fromText(raw);
  if (v === INVALID) throw valueError(where, decl, raw);
  const parsed = decl.type.schema.safeParse(v);
  if (!parsed.success) throw valueError(where, decl, raw);
  return parsed.data;
}

/**
 * Read the options a door gives: `read(name)` is the raw text ('' or undefined = not given), or
 * `true` for a CLI switch. Returns only what was given, typed and checked.
 */
export function readDoor<O extends OptionTable>(
  stage: StageDecl<O>,
  door: 'cli' | 'input',
  read: (name: string) => string | boolean | undefined,
): SettingsOf<O> {
  const out: Record<string, unknown> = {};
  for (const [name, decl] of optionsAt(stage, door)) {
    const raw = read(name);
    if (raw === undefined || raw === '' || raw === false) continue;
    if (raw === true) {
      out[name] = true;
      continue;
    }
    out[name] = valueFromText(decl, raw, door === 'input' ? inputWhere(name) : flagWhere(name, stage.command));
  }
  return out as SettingsOf<O>;
}

/** The action door: `getInput` is `core.getInput` (injected: the core knows nothing of @actions). */
export function readInputs<O extends OptionTable>(stage: StageDecl<O>, getInput: (name: string) => string): SettingsOf<O> {
  return readDoor(stage, 'input', (name) => getInput(name));
}

/** The CLI door: `values` from node:util parseArgs. */
export function readFlags<O extends OptionTable>(stage: StageDecl<O>, values: Record<string, unknown>): SettingsOf<O> {
  return readDoor(stage, 'cli', (name) => {
    const v = values[name];
    if (Array.isArray(v)) return v.length > 0 ? v.join('\n') : undefined;
    return typeof v === 'string' || typeof v === 'boolean' ? v : undefined;
  });
}

/**
 * Merge: given (flag or input) > cd4ml.yml section > default. `defaults` replaces declared
 * defaults where a door has its own (the train action's bundle goes to $RUNNER_TEMP).
 */
export function mergeSettings<O extends OptionTable>(stage: StageDecl<O>, section: SettingsOf<O> | undefined, given: SettingsOf<O>, defaults: SettingsOf<O> = {}): SettingsOf<O> {
  const out: Record<string, unknown> = {};
  const sec = (section ?? {}) as Record<string, unknown>;
  const giv = given as Record<string, unknown>;
  const def = defaults as Record<string, unknown>;
  for (const [name, decl] of Object.entries(stage.options)) {
    const v = giv[name] ?? sec[name] ?? def[name] ?? decl.default;
    if (v !== undefined) out[name] = v;
  }
  // Keys of the section this declaration does not list (a config written for a newer version)
  // cannot occur: the section schema is strict.
  return out as SettingsOf<O>;
}

/** The default said in words, for help and docs; undefined when there is none. */
export function defaultWords(o: OptionDecl): string | undefined {
  if (o.defaultText !== undefined) return o.defaultText;
  if (o.default === undefined) return undefined;
  if (Array.isArray(o.default)) return o.default.join(',');
  if (typeof o.default === 'object' && o.default !== null) return JSON.stringify(o.default);
  return String(o.default);
}

/** The description with its default, as help, action.yml and the docs show it. */
export function describeOption(o: OptionDecl): string {
  const d = defaultWords(o);
  return d === undefined ? o.description : `${o.description} Default: ${d}.`;
}

/** One input of action.yml, as generated from a declaration. */
export interface ActionInput {
  description: string;
  required: boolean;
  default?: string;
}

/** A stage's action.yml `inputs:`, in declaration order. */
export function actionInputs(stage: StageDecl): Record<string, ActionInput> {
  const out: Record<string, ActionInput> = {};
  for (const [name, o] of optionsAt(stage, 'input')) {
    out[name] = { description: describeOption(o), required: o.required ?? false, ...(o.inputDefault !== undefined ? { default: o.inputDefault } : {}) };
  }
  return out;
}
