/**
 * When to retry a GitHub call, and after how long. Pure: the clock is passed in.
 *
 * - Rate limits: 429, or 403 with `retry-after` or `x-ratelimit-remaining: 0` (GitHub's primary and
 *   secondary limits). Wait `retry-after` seconds, else until `x-ratelimit-reset`, else back off.
 * - Server errors 500/502/503/504: exponential backoff.
 * - Anything else (403 without rate-limit headers = no permission, 404, 422, …): no retry.
 * A wait longer than `maxWaitMs` is not slept through: the call fails and says how long to wait.
 */
export interface RetryPolicy {
  /** Retries after the first attempt (default 3). */
  maxRetries: number;
  /** First backoff step in ms (default 1000), doubled each retry. */
  baseDelayMs: number;
  /** Longest single wait accepted (default 60 s). */
  maxWaitMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxRetries: 3, baseDelayMs: 1000, maxWaitMs: 60_000 };

export type HeaderBag = Record<string, string | number | undefined>;

function header(headers: HeaderBag, name: string): string | undefined {
  const v = headers[name] ?? headers[name.toLowerCase()];
  return v === undefined ? undefined : String(v);
}

/** True for a rate-limit response (as opposed to a 403 for a missing permission). */
export function isRateLimited(status: number, headers: HeaderBag): boolean {
  if (status === 429) return true;
  if (status !== 403) return false;
  return header(headers, 'retry-after') !== undefined || header(headers, 'x-ratelimit-remaining') === '0';
}

export type RetryDecision =
  | { retry: true; waitMs: number }
  | { retry: false; reason: 'not-retryable' | 'attempts-exhausted' | 'wait-too-long'; waitMs?: number };

/**
 * Decide about a failed attempt. `attempt` counts retries already made (0 after the first failure).
 */
export function decideRetry(status: number, headers: HeaderBag, attempt: number, nowMs: number, policy: RetryPolicy = DEFAULT_RETRY_POLICY): RetryDecision {
  const rateLimited = isRateLimited(status, headers);
  const serverError = status === 500 || status === 502 || status === 503 || status === 504;
  if (!rateLimited && !serverError) return { retry: false, reason: 'not-retryable' };
  const backoff = policy.baseDelayMs * 2 ** attempt;
  let waitMs = backoff;
  if (rateLimited) {
    const retryAfter = header(headers, 'retry-after');
    const reset = header(headers, 'x-ratelimit-reset');
    if (retryAfter !== undefined && /^\d+(\.\d+)?$/.test(retryAfter.trim())) waitMs = Number(retryAfter) * 1000;
    else if (retryAfter !== undefined && !Number.isNaN(Date.parse(retryAfter))) waitMs = Math.max(0, Date.parse(retryAfter) - nowMs);
    else if (reset !== undefined && /^\d+$/.test(reset.trim())) waitMs = Math.max(0, Number(reset) * 1000 - nowMs);
  }
  if (attempt >= policy.maxRetries) return { retry: false, reason: 'attempts-exhausted', waitMs };
  if (waitMs > policy.maxWaitMs) return { retry: false, reason: 'wait-too-long', waitMs };
  return { retry: true, waitMs };
}
