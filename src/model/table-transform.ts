/**
 * The fitted preprocessing applied to columns of the in-memory table (src/data/table.ts), for
 * batch scoring, the gate and monitor. Same results as transformColumns (src/model/preprocess.ts)
 * on the values readTable gave, without parsing a cell twice:
 *   - a TextColumn is transformed once per DICTIONARY entry (transformColumns on the dictionary
 *     itself, so every rule — trimming, missing tokens, date parsing, unseen categories — is the
 *     one place's), then gathered by code;
 *   - a NumberColumn of a numeric feature is used directly (missing → the fitted fill); only its
 *     sparse `other` texts (not numbers, or non-canonical number text) go through transformColumns.
 * Errors come out in transformColumns' order: column by column, rows ascending.
 */
import type { Column } from '../data/table.js';
import { transformColumns, type ColumnSpec, type PreprocessSpec } from './preprocess.js';

export interface TableTransformError {
  row: number;
  column: string;
  /** The cell as text (null for a missing cell). */
  value: string | null;
  expected: string;
}

export interface TableTransform {
  /** One Float64Array per model feature (spec.features order). */
  columns: Float64Array[];
  errors: TableTransformError[];
}

/** How many model features a raw column becomes. */
export function featureWidth(c: ColumnSpec): number {
  if (c.kind === 'categorical') return c.encoding === 'one-hot' ? c.categories!.length : 1;
  if (c.kind === 'datetime') return c.parts!.length;
  return 1;
}

/** Raw columns a transform reads as text (never NumberColumn): every non-numeric feature. */
export function textFeatureNames(spec: PreprocessSpec): string[] {
  return spec.columns.filter((c) => c.kind !== 'numeric').map((c) => c.name);
}

/** transformColumns on a list of values for one raw column (its own one-column spec). */
function transformValues(spec: PreprocessSpec, c: ColumnSpec, offset: number, values: (string | null)[]) {
  const sub: PreprocessSpec = { version: 1, columns: [c], features: spec.features.slice(offset, offset + featureWidth(c)) };
  const res = transformColumns(sub, [values], values.length);
  const bad = new Map<number, string>();
  for (const e of res.errors) bad.set(e.row, e.expected);
  return { columns: res.columns, bad };
}

/** The cell text of a NumberColumn row (its raw text when kept, else the number's canonical text). */
function numberText(values: Float64Array, other: Map<number, string>, r: number): string | null {
  const t = other.get(r);
  if (t !== undefined) return t;
  const x = values[r];
  return Number.isNaN(x) ? null : String(x);
}

/**
 * Transform `cols[j]` (the table column of raw feature spec.columns[j]) for `n` rows.
 */
export function transformTable(spec: PreprocessSpec, cols: Column[], n: number): TableTransform {
  const out = spec.features.map(() => new Float64Array(n));
  const errors: TableTransformError[] = [];
  let o = 0;
  spec.columns.forEach((c, j) => {
    const col = cols[j];
    const w = featureWidth(c);
    if (col.kind === 'text') {
      // Once per dictionary entry (+ one missing entry at the end), then gathered by code.
      const m = col.dict.length;
      const entries: (string | null)[] = col.dict.slice();
      entries.push(null);
      const t = transformValues(spec, c, o, entries);
      const codes = col.codes;
      if (c.kind === 'categorical' && c.encoding === 'one-hot') {
        // The one position set per entry (-1: none, an unseen category).
        const hot = new Int32Array(m + 1).fill(-1);
        for (let e = 0; e <= m; e++) for (let f = 0; f < w; f++) if (t.columns[f][e] === 1) hot[e] = f;
        for (let r = 0; r < n; r++) {
          const code = codes[r];
          const h = hot[code < 0 ? m : code];
          if (h >= 0) out[o + h][r] = 1;
        }
      } else {
        for (let f = 0; f < w; f++) {
          const src = t.columns[f];
          const dst = out[o + f];
          for (let r = 0; r < n; r++) {
            const code = codes[r];
            dst[r] = src[code < 0 ? m : code];
          }
        }
      }
      if (t.bad.size > 0) {
        for (let r = 0; r < n; r++) {
          const code = codes[r];
          const e = code < 0 ? m : code;
          const expected = t.bad.get(e);
          if (expected !== undefined) errors.push({ row: r, column: c.name, value: entries[e], expected });
        }
      }
    } else if (c.kind === 'numeric') {
      // The table parsed number text with the trainer's rule (parseNumeric: [+-]?digits[.digits][e±d],
      // trimmed), so a number cell is its value; only cells that are not numbers (NaN with text in
      // `other`) go through transformColumns, for its error.
      const { values, other } = col;
      const dst = out[o];
      const fill = c.fill as number;
      let bad: { rows: number[]; texts: string[] } | undefined;
      for (let r = 0; r < n; r++) {
        const x = values[r];
        if (x === x) dst[r] = x;
        else {
          const t = other.size > 0 ? other.get(r) : undefined;
          if (t === undefined) dst[r] = fill; // missing
          else {
            bad ??= { rows: [], texts: [] };
            bad.rows.push(r);
            bad.texts.push(t);
          }
        }
      }
      if (bad) {
        const t = transformValues(spec, c, o, bad.texts);
        bad.rows.forEach((r, i) => {
          const expected = t.bad.get(i);
          if (expected !== undefined) {
            errors.push({ row: r, column: c.name, value: bad!.texts[i], expected });
            dst[r] = Number.NaN;
          } else dst[r] = t.columns[0][i];
        });
      }
    } else {
      // A non-numeric feature read as numbers (a caller that did not ask for it as text): cell texts.
      const texts: (string | null)[] = new Array(n);
      for (let r = 0; r < n; r++) texts[r] = numberText(col.values, col.other, r);
      const t = transformValues(spec, c, o, texts);
      for (let f = 0; f < w; f++) out[o + f].set(t.columns[f]);
      for (let r = 0; r < n; r++) {
        const expected = t.bad.get(r);
        if (expected !== undefined) errors.push({ row: r, column: c.name, value: texts[r], expected });
      }
    }
    o += w;
  });
  return { columns: out, errors };
}
