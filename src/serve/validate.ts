/**
 * Request validation compiled once per bundle: one small function per feature that checks and
 * coerces a value, collecting per-field errors. This runs on every row of every request, so it is
 * a flat loop over precomputed specs rather than a generic schema walk (src/data's checker works
 * on whole datasets in columns and reports dataset-level rules — ranges with `mostly`, uniqueness,
 * row counts — that mean nothing for one request). Out-of-range values and unseen categories are
 * not rejected: the tree handles them and the metrics count them for drift monitoring.
 */
export type FeatureKind = 'number' | 'integer' | 'boolean' | 'category' | 'string' | 'datetime';

export interface FeatureSpec {
  name: string;
  kind: FeatureKind;
  /** May the value be null/absent? (Absent and null are the same for serving.) */
  nullable: boolean;
  /** Known categories (training), for metrics; not a closed set. */
  categories?: string[];
}

export interface FieldError {
  row: number;
  field: string;
  message: string;
}

export type Value = number | string | boolean | null;
export type InputRecord = Record<string, Value>;

import { isMissing } from '../model/preprocess.js';

function checkDate(text: string): Value | { error: string } {
  return Number.isFinite(Date.parse(text)) ? text : { error: `expected a date/time (ISO 8601), got "${text.length > 40 ? text.slice(0, 40) + '…' : text}"` };
}

/** Parse a CSV cell for a feature ("", NA, null… are missing, as in training). */
function fromText(spec: FeatureSpec, text: string): Value | { error: string } {
  if (isMissing(text)) return null;
  switch (spec.kind) {
    case 'number':
    case 'integer': {
      const n = Number(text.trim());
      if (!Number.isFinite(n) || text.trim() === '') return { error: `expected a number, got "${text.length > 40 ? text.slice(0, 40) + '…' : text}"` };
      if (spec.kind === 'integer' && !Number.isInteger(n)) return { error: `expected an integer, got ${text}` };
      return n;
    }
    case 'boolean': {
      const t = text.trim().toLowerCase();
      if (t === 'true' || t === '1') return true;
      if (t === 'false' || t === '0') return false;
      return { error: `expected true or false, got "${text}"` };
    }
    case 'datetime':
      return checkDate(text);
    default:
      return text;
  }
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'object') return 'an object';
  if (typeof v === 'string') return `the string ${JSON.stringify(v.length > 40 ? v.slice(0, 40) + '…' : v)}`;
  return `${typeof v} ${String(v)}`;
}

/** Check a JSON value for a feature. */
function fromJson(spec: FeatureSpec, v: unknown): Value | { error: string } {
  if (v === null || v === undefined) return null;
  switch (spec.kind) {
    case 'number':
      if (typeof v === 'number' && Number.isFinite(v)) return v;
      return { error: `expected a number, got ${describe(v)}` };
    case 'integer':
      if (typeof v === 'number' && Number.isInteger(v)) return v;
      return { error: `expected an integer, got ${describe(v)}` };
    case 'boolean':
      if (typeof v === 'boolean') return v;
      return { error: `expected true or false, got ${describe(v)}` };
    case 'datetime':
      if (typeof v === 'string') return checkDate(v);
      if (typeof v === 'number' && Number.isFinite(v)) return v;
      return { error: `expected a date/time (ISO 8601 string or epoch ms), got ${describe(v)}` };
    default:
      if (typeof v === 'string') return v;
      if (typeof v === 'number' || typeof v === 'boolean') return String(v);
      return { error: `expected a string, got ${describe(v)}` };
  }
}

export interface Validator {
  /**
   * Check records (JSON values or CSV strings); returns coerced records or the errors, at most
   * `limit` of them (default MAX_ERRORS; batch scoring passes Infinity to learn every bad row).
   */
  check(rows: unknown[], source: 'json' | 'csv', limit?: number): { records: InputRecord[]; errors: FieldError[] };
}

/** At most this many errors are reported per request. */
export const MAX_ERRORS = 50;

export function compileValidator(features: FeatureSpec[]): Validator {
  const specs = features.map((f) => ({ ...f }));
  return {
    check(rows, source, limit = MAX_ERRORS) {
      const records: InputRecord[] = new Array(rows.length);
      const errors: FieldError[] = [];
      for (let r = 0; r < rows.length; r++) {
        const row = rows[r];
        if (row === null || typeof row !== 'object' || Array.isArray(row)) {
          if (errors.length < limit) errors.push({ row: r, field: '', message: `expected an object of feature values, got ${describe(row)}` });
          continue;
        }
        const obj = row as Record<string, unknown>;
        const out: InputRecord = {};
        for (let i = 0; i < specs.length; i++) {
          const spec = specs[i];
          const raw = obj[spec.name];
          const v = source === 'csv' && typeof raw === 'string' ? fromText(spec, raw) : fromJson(spec, raw);
          if (v !== null && typeof v === 'object') {
            if (errors.length < limit) errors.push({ row: r, field: spec.name, message: v.error });
            continue;
          }
          if (v === null && !spec.nullable) {
            if (errors.length < limit) errors.push({ row: r, field: spec.name, message: raw === undefined ? 'missing: this feature is required' : 'null is not allowed: this feature is required' });
            continue;
          }
          out[spec.name] = v;
        }
        records[r] = out;
      }
      return { records, errors };
    },
  };
}
