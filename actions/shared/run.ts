/**
 * Shared adapter code for every action: the one catch per run, strict input readers, and
 * output helpers. Only the actions' inputs.ts files call the input readers.
 */
import * as core from '@actions/core';
import { CheckFailedError, UsageError, errorMessage, exitCodeOf } from '../../src/errors.js';
import { parseBoolean, parseDuration, parseEnum, parseList, parseNumber, type NumberRange } from '../../src/config/parse.js';

/**
 * Run an action body with the single catch: any throw (Error or not) becomes
 * `core.setFailed("<action>: <message>")`. A CheckFailedError is a deliberate failure (a gate said
 * no); a UsageError is a configuration mistake; anything else is reported as an internal error.
 */
export async function runAction(action: string, body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (err) {
    const message = errorMessage(err);
    if (err instanceof CheckFailedError || err instanceof UsageError) {
      core.setFailed(`${action}: ${message}`);
    } else {
      core.setFailed(`${action}: internal error: ${message}`);
      if (err instanceof Error && err.stack) core.debug(err.stack);
    }
    // setFailed sets 1; the project's convention is 1 only for a failed check, 2 for bad usage/input.
    process.exitCode = exitCodeOf(err);
  }
}

const label = (name: string) => `input "${name}"`;

/** Optional string input: undefined when empty. */
export function getOptionalInput(name: string): string | undefined {
  const v = core.getInput(name);
  return v === '' ? undefined : v;
}

export function getRequiredInput(name: string): string {
  const v = core.getInput(name);
  if (v === '') throw new UsageError(`${label(name)} is required; set it in the step's "with:" block`);
  return v;
}

export function getNumberInput(name: string, range: NumberRange = {}): number | undefined {
  const v = core.getInput(name);
  return v === '' ? undefined : parseNumber(label(name), v, range);
}

export function getEnumInput<T extends string>(name: string, allowed: readonly T[]): T | undefined {
  const v = core.getInput(name);
  return v === '' ? undefined : parseEnum(label(name), v, allowed);
}

export function getBoolInput(name: string): boolean | undefined {
  const v = core.getInput(name);
  return v === '' ? undefined : parseBoolean(label(name), v);
}

export function getListInput(name: string): string[] | undefined {
  const v = core.getInput(name);
  return v === '' ? undefined : parseList(v);
}

export function getDurationInput(name: string): number | undefined {
  const v = core.getInput(name);
  return v === '' ? undefined : parseDuration(label(name), v);
}

/** Set several outputs at once; objects are written as JSON, undefined values are skipped. */
export function setOutputs(outputs: Record<string, string | number | boolean | object | undefined>): void {
  for (const [k, v] of Object.entries(outputs)) {
    if (v === undefined) continue;
    core.setOutput(k, typeof v === 'object' ? JSON.stringify(v) : String(v));
  }
}

/** Append Markdown to the job summary when the runner provides one. */
export async function writeSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  await core.summary.addRaw(markdown, true).write();
}
