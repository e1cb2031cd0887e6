import { describe, expect, it } from 'vitest';
import { decideRetry, isRateLimited, DEFAULT_RETRY_POLICY } from '../../../src/github/retry.js';

const NOW = Date.parse('2026-01-05T10:00:00Z');

describe('isRateLimited', () => {
  it.each([
    { name: '429', status: 429, headers: {}, expected: true },
    { name: '403 with retry-after (secondary limit)', status: 403, headers: { 'retry-after': '30' }, expected: true },
    { name: '403 with x-ratelimit-remaining 0 (primary limit)', status: 403, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1' }, expected: true },
    { name: '403 without rate headers (no permission)', status: 403, headers: { 'x-ratelimit-remaining': '4999' }, expected: false },
    { name: '404', status: 404, headers: { 'retry-after': '3' }, expected: false },
  ])('$name → $expected', ({ status, headers, expected }) => {
    expect(isRateLimited(status, headers)).toBe(expected);
  });
});

describe('decideRetry', () => {
  it.each([
    { name: 'retry-after seconds', status: 429, headers: { 'retry-after': '7' }, attempt: 0, expected: { retry: true, waitMs: 7000 } },
    { name: 'retry-after HTTP date', status: 403, headers: { 'retry-after': new Date(NOW + 5000).toUTCString() }, attempt: 0, expected: { retry: true, waitMs: 5000 } },
    { name: 'x-ratelimit-reset epoch', status: 403, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(NOW / 1000 + 12) }, attempt: 1, expected: { retry: true, waitMs: 12000 } },
    { name: '429 without headers backs off exponentially', status: 429, headers: {}, attempt: 2, expected: { retry: true, waitMs: 4000 } },
    { name: '502 backs off', status: 502, headers: {}, attempt: 0, expected: { retry: true, waitMs: 1000 } },
    { name: 'permission 403 is final', status: 403, headers: {}, attempt: 0, expected: { retry: false, reason: 'not-retryable' } },
    { name: '422 is final', status: 422, headers: {}, attempt: 0, expected: { retry: false, reason: 'not-retryable' } },
    { name: 'attempts exhausted', status: 429, headers: { 'retry-after': '1' }, attempt: 3, expected: { retry: false, reason: 'attempts-exhausted', waitMs: 1000 } },
    { name: 'wait longer than the cap', status: 429, headers: { 'retry-after': '3600' }, attempt: 0, expected: { retry: false, reason: 'wait-too-long', waitMs: 3_600_000 } },
  ])('$name', ({ status, headers, attempt, expected }) => {
    expect(decideRetry(status, headers, attempt, NOW, DEFAULT_RETRY_POLICY)).toEqual(expected);
  });
});
