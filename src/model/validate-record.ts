/**
 * The row validator shared by serving (src/serve: each request) and batch scoring
 * (src/model/predict.ts: each row of a file): a record is checked against the bundle's schema.yml
 * (types and nullability; the data contract inferred at training), falling back to the fitted
 * preprocessing where the bundle has no schema. It lives below both so that serve and model do not
 * import each other.
 *
 * Validation is compiled once per bundle: one small function per feature that checks and coerces
 * a value, collecting per-field errors. This runs on every row of every request, so it is a flat
 * loop over precomputed specs rather than a generic schema walk (src/data's checker works on whole
 * datasets in columns and reports dataset-level rules — ranges with `mostly`, uniqueness, row
 * counts — that mean nothing for one request). Out-of-range values and unseen categories are not
 * rejected: the tree handles them and the serving metrics count them for drift monitoring.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseDataSchema, type DataSchema } from '../data/schema.js';
import type { ModelBundle } from './bundle.js';
import { isMissing } from './preprocess.js';

export type FeatureKind = 'number' | 'integer' | 'boolean' | 'category' | 'string' | 'datetime';

export interface FeatureSpec {
  name: string;
  kind: FeatureKind;
  /** May the value be null/absent? (Absent and null are the same for serving.) */
  nullable: boolean;
  /** Known categories (training), for metrics; not a closed set. */
  categories?: string[];
  /** Ascending inner edges of numeric bins (e.g. training deciles) for the serving metrics; value v goes in the first bin with v <= edge. The validator ignores them. */
  edges?: number[];
}

export interface FieldError {
  row: number;
  field: string;
  message: string;
}

export type Value = number | string | boolean | null;
export type InputRecord = Record<string, Value>;

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

/**
 * The general check: every row and field, coercing CSV text and JSON values, collecting at most
 * `limit` errors. compileValidator runs it when the compiled JSON path does not accept a request.
 */
export function checkRows(specs: readonly FeatureSpec[], rows: unknown[], source: 'json' | 'csv', limit: number = MAX_ERRORS): { records: InputRecord[]; errors: FieldError[] } {
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
}

export function compileValidator(features: FeatureSpec[]): Validator {
  const specs = features.map((f) => ({ ...f }));
  const fast = compileJsonFastPath(specs);
  return {
    check(rows, source, limit = MAX_ERRORS) {
      // JSON rows that are all valid (the common case) take the compiled path; any row it does
      // not accept sends the whole request through the general one, which words the errors.
      if (source === 'json' && fast) {
        const records = fast(rows);
        if (records) return { records, errors: [] };
      }
      return checkRows(specs, rows, source, limit);
    },
  };
}

const SCHEMA_KIND: Record<string, FeatureKind> = { int: 'integer', float: 'number', bool: 'boolean', category: 'category', string: 'string', datetime: 'datetime' };
const PREPROCESS_KIND: Record<string, FeatureKind> = { numeric: 'number', boolean: 'boolean', categorical: 'category', datetime: 'datetime' };

/** Deciles (9 inner edges) of the numeric values, deduplicated. */
export function decileEdges(values: number[]): number[] {
  if (values.length < 10) return [];
  const v = Float64Array.from(values).sort();
  const edges: number[] = [];
  for (let q = 1; q < 10; q++) {
    const e = v[Math.min(v.length - 1, Math.floor((q * v.length) / 10))];
    if (edges.length === 0 || e > edges[edges.length - 1]) edges.push(e);
  }
  return edges;
}

/** The bundle's schema.yml (the data contract inferred at training), if it has one. */
export async function readBundleSchema(bundle: ModelBundle): Promise<DataSchema | undefined> {
  if (!('schema.yml' in bundle.manifest.files)) return undefined;
  const text = await readFile(join(bundle.dir, 'schema.yml'), 'utf8');
  if (!/^\s*columns:/m.test(text)) return undefined; // "# schema inference unavailable"
  return parseDataSchema(text, join(bundle.dir, 'schema.yml'));
}

/**
 * Feature specs: types and nullability from schema.yml, else from the fitted preprocessing;
 * numeric bin edges from the deciles of `holdout` (none when it is empty).
 */
export function featureSpecs(bundle: ModelBundle, schema: DataSchema | undefined, holdout: Record<string, unknown>[] = []): FeatureSpec[] {
  return bundle.preprocess.columns.map((col) => {
    const rule = schema?.columns[col.name] ?? undefined;
    const kind = (rule?.type && SCHEMA_KIND[rule.type]) || PREPROCESS_KIND[col.kind] || 'string';
    // Without a rule saying otherwise, missing values are imputed as in training.
    const nullable = rule ? rule.nullable !== false && rule.required !== true : true;
    const spec: FeatureSpec = { name: col.name, kind, nullable };
    if (col.categories) spec.categories = col.categories;
    if (col.kind === 'numeric' && kind !== 'category' && kind !== 'string') {
      const vals: number[] = [];
      for (const r of holdout) {
        const v = r[col.name];
        if (!isMissing(v)) {
          const x = typeof v === 'number' ? v : Number(v);
          if (Number.isFinite(x)) vals.push(x);
        }
      }
      spec.edges = decileEdges(vals);
    }
    return spec;
  });
}

type FastPath = (rows: unknown[]) => InputRecord[] | undefined;

/**
 * The JSON path for valid rows, generated once per bundle as one function that reads each
 * feature by its (quoted) name and builds each record as one object literal, in feature order:
 * the same records fromJson gives, at a tenth of the cost (no per-name lookups in a generic loop).
 * It returns undefined at the first value it does not accept as is; the general path then checks
 * the request and reports the errors. Undefined when the runtime forbids code generation.
 */
export function compileJsonFastPath(specs: readonly FeatureSpec[]): FastPath | undefined {
  const lines: string[] = ['const n = rows.length;', 'const records = new Array(n);', 'for (let r = 0; r < n; r++) {', '  const o = rows[r];', "  if (o === null || typeof o !== 'object' || Array.isArray(o)) return undefined;"];
  specs.forEach((spec, i) => {
    const v = `v${i}`;
    const missing = spec.nullable ? `${v} = null;` : 'return undefined;';
    lines.push(`  let ${v} = o[${JSON.stringify(spec.name)}];`);
    let accept: string;
    switch (spec.kind) {
      case 'number':
        accept = `typeof ${v} === 'number' && Number.isFinite(${v})`;
        break;
      case 'integer':
        accept = `Number.isInteger(${v})`;
        break;
      case 'boolean':
        accept = `typeof ${v} === 'boolean'`;
        break;
      case 'datetime':
        accept = `(typeof ${v} === 'string' && Number.isFinite(Date.parse(${v}))) || (typeof ${v} === 'number' && Number.isFinite(${v}))`;
        break;
      default:
        accept = `typeof ${v} === 'string' || ((typeof ${v} === 'number' || typeof ${v} === 'boolean') && ((${v} = String(${v})), true))`;
    }
    lines.push(`  if (!(${accept})) { if (${v} === null || ${v} === undefined) { ${missing} } else return undefined; }`);
  });
  lines.push(`  records[r] = { ${specs.map((s, i) => `${JSON.stringify(s.name)}: v${i}`).join(', ')} };`, '}', 'return records;');
  try {
    return new Function('rows', lines.join('\n')) as FastPath;
  } catch {
    return undefined; // e.g. node --disallow-code-generation-from-strings
  }
}

/**
 * A function that copies a record's feature values into `out` (feature order), generated once so
 * that every read is of a fixed property name; a plain loop when code generation is forbidden.
 */
export function compileFieldReader(names: string[]): (record: InputRecord, out: Value[]) => void {
  try {
    return new Function('rec', 'out', names.map((name, i) => `out[${i}] = rec[${JSON.stringify(name)}];`).join('\n')) as (record: InputRecord, out: Value[]) => void;
  } catch {
    return (record, out) => {
      for (let i = 0; i < names.length; i++) out[i] = record[names[i]];
    };
  }
}
