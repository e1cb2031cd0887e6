/**
 * Strict parsing of scalar option values shared by the CLI (flags) and the actions (inputs).
 * `label` is how the caller names the value in messages, e.g. `--max-depth` or `input "max-depth"`.
 */
import { UsageError } from '../errors.js';

export interface NumberRange {
  min?: number;
  max?: number;
  integer?: boolean;
}

function rangeText(r: NumberRange): string {
  const kind = r.integer ? 'an integer' : 'a number';
  if (r.min !== undefined && r.max !== undefined) return `${kind} in [${r.min}, ${r.max}]`;
  if (r.min !== undefined) return `${kind} >= ${r.min}`;
  if (r.max !== undefined) return `${kind} <= ${r.max}`;
  return kind;
}

/** Parse a number strictly: "0.9x", "", "NaN" and out-of-range values are errors. */
export function parseNumber(label: string, raw: string, range: NumberRange = {}): number {
  const text = raw.trim();
  const value = text === '' ? Number.NaN : Number(text);
  const ok =
    Number.isFinite(value) &&
    (!range.integer || Number.isInteger(value)) &&
    (range.min === undefined || value >= range.min) &&
    (range.max === undefined || value <= range.max);
  if (!ok) throw new UsageError(`${label} must be ${rangeText(range)}, got "${raw}"`);
  return value;
}

/** Parse one of a fixed set of values. */
export function parseEnum<T extends string>(label: string, raw: string, allowed: readonly T[]): T {
  const text = raw.trim();
  if ((allowed as readonly string[]).includes(text)) return text as T;
  throw new UsageError(`${label} must be one of ${allowed.map((a) => `"${a}"`).join(', ')}, got "${raw}"`);
}

/** Parse a YAML-1.2 core boolean the way the Actions toolkit's getBooleanInput does. */
export function parseBoolean(label: string, raw: string): boolean {
  const text = raw.trim();
  if (['true', 'True', 'TRUE'].includes(text)) return true;
  if (['false', 'False', 'FALSE'].includes(text)) return false;
  throw new UsageError(`${label} must be true or false, got "${raw}"`);
}

/** Parse a comma- or newline-separated list; empty items are dropped. */
export function parseList(raw: string): string[] {
  return raw
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** Parse a duration such as "90s", "2m", "500ms" or a bare number of seconds, into milliseconds. */
export function parseDuration(label: string, raw: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h)?\s*$/.exec(raw);
  if (!m) throw new UsageError(`${label} must be a duration like "30s", "2m" or "500ms", got "${raw}"`);
  const n = Number(m[1]);
  const unit = m[2] ?? 's';
  const factor = unit === 'ms' ? 1 : unit === 's' ? 1000 : unit === 'm' ? 60_000 : 3_600_000;
  return n * factor;
}
