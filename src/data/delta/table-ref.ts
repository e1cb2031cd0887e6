/**
 * A Delta table reference as the user writes it: `data/customers`, `data/customers@v12` (a
 * version) or `data/customers@2026-11-30T00:00:00Z` (a timestamp), as Databricks SQL writes
 * `table@v12`. Pure text parsing; `isDeltaTable` is the one filesystem check (the folder holds
 * `_delta_log/`).
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../../errors.js';

export interface TableRef {
  /** The table's folder. */
  root: string;
  /** A pinned version (`@v12`). */
  version?: number;
  /** A pinned timestamp (`@2026-11-30T00:00:00Z`) as epoch milliseconds, and its text. */
  timestamp?: { ms: number; text: string };
  /** What the user wrote. */
  text: string;
}

const VERSION_PIN = /^(.+)@v(\d+)$/;
const TIMESTAMP_PIN = /^(.+)@(\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?)?(?:Z|[+-]\d{2}:?\d{2})?)$/;

/** Split `path@v12` / `path@<ISO timestamp>` into the folder and the pin (none: the latest). */
export function parseTableRef(text: string): TableRef {
  const v = VERSION_PIN.exec(text);
  if (v) {
    const version = Number(v[2]);
    if (!Number.isSafeInteger(version)) throw new UsageError(`Delta table "${text}": version "${v[2]}" is too large; expected @v<commit number>, e.g. @v12`);
    return { root: v[1], version, text };
  }
  const t = TIMESTAMP_PIN.exec(text);
  if (t) {
    let iso = t[2];
    if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) iso += 'T00:00:00Z';
    else if (!/(Z|[+-]\d{2}:?\d{2})$/.test(iso)) iso += 'Z';
    const ms = Date.parse(iso.replace(' ', 'T'));
    if (Number.isNaN(ms)) throw new UsageError(`Delta table "${text}": "${t[2]}" is not a valid timestamp; expected ISO 8601, e.g. @2026-11-30T00:00:00Z`);
    return { root: t[1], timestamp: { ms, text: t[2] }, text };
  }
  const at = text.lastIndexOf('@');
  if (at > 0 && !existsSync(text) && existsSync(join(text.slice(0, at), '_delta_log'))) {
    throw new UsageError(
      `Delta table "${text}": cannot read the pin "${text.slice(at + 1)}"; expected @v<version> (e.g. @v12) or @<ISO 8601 timestamp> (e.g. @2026-11-30T00:00:00Z)`,
    );
  }
  return { root: text, text };
}

/** Whether `path` (with or without a pin) names a folder holding a Delta log. */
export function isDeltaTable(path: string): boolean {
  let root = path;
  try {
    root = parseTableRef(path).root;
  } catch {
    return true; // a bad pin on a Delta folder: the Delta reader says what is wrong
  }
  try {
    return statSync(root).isDirectory() && existsSync(join(root, '_delta_log'));
  } catch {
    return false;
  }
}

/** Whether the text carries a Delta pin (`@v12` or `@<timestamp>`). */
export function hasDeltaPin(path: string): boolean {
  return VERSION_PIN.test(path) || TIMESTAMP_PIN.test(path);
}
