/**
 * Error kinds shared by the CLI and the actions.
 *
 * - `UsageError`: the user's mistake in flags, inputs, config or data files (exit 2).
 * - `CheckFailedError`: a deliberate failure: validation, gate or rollback said no (exit 1).
 * Anything else is an internal failure (exit 2 from the CLI, with its message, never a stack trace
 * unless CD4ML_DEBUG is set).
 */
export class UsageError extends Error {
  readonly exitCode = 2 as const;
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export class CheckFailedError extends Error {
  readonly exitCode = 1 as const;
  constructor(message: string) {
    super(message);
    this.name = 'CheckFailedError';
  }
}

/** Exit codes used everywhere: 0 ok, 1 a check failed, 2 bad usage or bad input. */
export const EXIT = { ok: 0, checkFailed: 1, usage: 2 } as const;

/** The message of any thrown value, including non-Error throws. */
export function errorMessage(err: unknown): string {
  if (err instanceof Error) return err.message;
  if (typeof err === 'string') return err;
  try {
    return JSON.stringify(err);
  } catch {
    return String(err);
  }
}

/** Exit code for a thrown value: UsageError 2, CheckFailedError 1, anything else 2. */
export function exitCodeOf(err: unknown): number {
  if (err instanceof CheckFailedError) return EXIT.checkFailed;
  return EXIT.usage;
}
