/**
 * Shared adapter code for every action: the one catch per run and output helpers. Inputs are
 * read by ./inputs.ts from the option declarations (src/config/sections/*).
 */
import * as core from '@actions/core';
import { CheckFailedError, UsageError, errorMessage, exitCodeOf } from '../../src/errors.js';

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
