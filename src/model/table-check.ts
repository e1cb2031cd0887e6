/**
 * The request checks of the serving runtime (types and nullability from schema.yml, the row
 * validator's rules) applied to columns of the in-memory table, for batch scoring: a TextColumn
 * is checked once per DICTIONARY entry, a NumberColumn by its numbers (only its sparse `other`
 * texts as text). Same verdicts as the row validator on the cells as text (a CSV request).
 *
 * The row validator itself is passed in (`compile`), so this module does not import serve.
 */
import type { Column } from '../data/table.js';

export type CheckKind = 'number' | 'integer' | 'boolean' | 'category' | 'string' | 'datetime';

export interface CheckSpec {
  name: string;
  kind: CheckKind;
  nullable: boolean;
}

/** The row validator's one-record check, reduced to "the error message of this cell text, if any". */
export type CellCheck = (text: string) => string | undefined;

export interface ColumnCheckError {
  row: number;
  /** The validator's message, e.g. "expected an integer, got 3.5". */
  message: string;
}

/** The message the validator gives a missing value of a non-nullable feature. */
export const NOT_NULLABLE = 'null is not allowed: this feature is required';

/**
 * Check `col` (n rows) against one feature. `cell` checks one non-missing cell text (the row
 * validator on a CSV cell). Returns the failing rows in ascending order.
 */
export function checkColumn(spec: CheckSpec, cell: CellCheck, col: Column, n: number): ColumnCheckError[] {
  const errors: ColumnCheckError[] = [];
  const missing = spec.nullable ? undefined : NOT_NULLABLE;
  if (col.kind === 'text') {
    const verdict: (string | undefined)[] = col.dict.map((t) => cell(t));
    let any = missing !== undefined;
    for (const v of verdict) if (v !== undefined) any = true;
    if (!any) return errors;
    const codes = col.codes;
    for (let r = 0; r < n; r++) {
      const code = codes[r];
      const m = code < 0 ? missing : verdict[code];
      if (m !== undefined) errors.push({ row: r, message: m });
    }
    return errors;
  }
  const { values, other } = col;
  const cache = new Map<string, string | undefined>();
  const ofText = (t: string) => {
    if (cache.has(t)) return cache.get(t);
    const m = cell(t);
    cache.set(t, m);
    return m;
  };
  const numeric = spec.kind === 'number' || spec.kind === 'integer';
  const integer = spec.kind === 'integer';
  for (let r = 0; r < n; r++) {
    const x = values[r];
    let m: string | undefined;
    if (x === x) {
      // A number cell: its text parses to x (the table's number rule), so a number feature needs no text.
      if (numeric && x - x === 0) m = integer && !Number.isInteger(x) ? ofText(other.get(r) ?? String(x)) : undefined;
      else m = ofText(other.get(r) ?? String(x));
    } else {
      const t = other.size > 0 ? other.get(r) : undefined;
      m = t !== undefined ? ofText(t) : missing;
    }
    if (m !== undefined) errors.push({ row: r, message: m });
  }
  return errors;
}

/** "expected an integer, got 3.5" → "an integer"; a missing required value → the schema's words. */
export function expectedOf(message: string): string {
  const m = /^expected (.*?)(, got .*)?$/.exec(message);
  return m ? m[1] : 'a value (schema.yml: this feature is not nullable)';
}
