/**
 * Batch scoring on the columnar table: each batch goes bytes → typed columns
 * (readColumnBatches, src/data/table.ts) → the bundle's preprocessing per column (dictionary
 * entries once, numbers as they are; src/model/table-transform.ts) → the compiled tree(s) →
 * output, with no row objects and no per-cell parsing. Memory is bounded by the batch, not the file.
 *
 * Output: the input's columns plus `prediction` (and `probability_<class>` for classification), as
 * CSV or JSON Lines. CSV input to CSV output echoes each record's bytes as read (then the
 * prediction); JSON Lines to JSON Lines echoes each object's text (then the prediction keys).
 *
 * Rows are checked as the serving runtime checks a request (the row validator, with types and
 * nullability from the bundle's schema.yml; src/model/table-check.ts applies it per column): rows
 * that fail it or the preprocessing (a value of the wrong type, a missing value the schema
 * requires) are not scored: they are reported with their line and left out of the output. As in
 * serving, values outside the training range and unseen categories are scored.
 */
import { detectFormat, type DataFormat } from '../data/read.js';
import { readColumnBatches, type Column, type ColumnTable } from '../data/table.js';
import type { DataSchema } from '../data/schema.js';
import type { ProgressFor } from '../report/progress.js';
import { UsageError } from '../errors.js';
import { compileValidator, featureSpecs } from './validate-record.js';
import { predictFeatureColumns, type ModelBundle } from './bundle.js';
import { leavesOfColumns } from './mlcart.js';
import { checkColumn, expectedOf, type CellCheck, type CheckSpec } from './table-check.js';
import { textFeatureNames, transformTable } from './table-transform.js';

export interface PredictReport {
  rows: number;
  scored: number;
  /** The first failures (at most maxReported; all are counted in rows − scored). */
  failed: { line: number; column: string; value: unknown; expected: string }[];
  output: string;
}

export const OUTPUT_FORMATS = ['csv', 'jsonl'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** Output format: the one asked for, else from the file name (.jsonl/.ndjson → JSON Lines, anything else CSV). */
export function outputFormatOf(path: string | undefined, asked?: OutputFormat): OutputFormat {
  if (asked) return asked;
  return path && /\.(jsonl|ndjson)$/i.test(path) ? 'jsonl' : 'csv';
}

type Batch = ColumnTable & { raw?: { bytes: Uint8Array; start: Int32Array; end: Int32Array }; header?: Uint8Array };

/** Papa.unparse's quoting of one CSV field (what today's output did). */
export function csvField(s: string): string {
  if (s === '') return s;
  let q = s.charCodeAt(0) === 32 || s.charCodeAt(s.length - 1) === 32;
  if (!q) {
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c === 44 || c === 34 || c === 10 || c === 13 || c === 0xfeff) {
        q = true;
        break;
      }
    }
  }
  return q ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The fields of one delimited record's text (quotes as RFC 4180: "a""b" → a"b). */
export function splitRecord(text: string, delimiter: string): string[] {
  const out: string[] = [];
  const d = delimiter.charCodeAt(0);
  let i = 0;
  const n = text.length;
  for (;;) {
    if (text.charCodeAt(i) === 34) {
      let v = '';
      let j = i + 1;
      for (;;) {
        const k = text.indexOf('"', j);
        if (k < 0) {
          v += text.slice(j);
          i = n;
          break;
        }
        v += text.slice(j, k);
        if (text.charCodeAt(k + 1) === 34) {
          v += '"';
          j = k + 2;
        } else {
          i = k + 1;
          break;
        }
      }
      // Anything between the closing quote and the delimiter is kept, as a lenient reader would.
      const e = text.indexOf(delimiter, i);
      const end = e < 0 ? n : e;
      v += text.slice(i, end);
      out.push(v);
      if (e < 0) return out;
      i = e + 1;
    } else {
      let e = i;
      while (e < n && text.charCodeAt(e) !== d) e++;
      out.push(text.slice(i, e));
      if (e >= n) return out;
      i = e + 1;
    }
  }
}

const utf8 = new TextDecoder('utf-8');
const enc = new TextEncoder();
const NL = enc.encode('\n');
const CLOSE = enc.encode('}\n');

function recordText(raw: NonNullable<Batch['raw']>, r: number): string {
  return utf8.decode(raw.bytes.subarray(raw.start[r], raw.end[r]));
}

/** One cell as the text/JSON value the row path held (for output and error messages; no raw bytes). */
function cellValue(c: Column | undefined, r: number, asText = false): string | number | null {
  if (!c) return null;
  if (c.kind === 'text') {
    const code = c.codes[r];
    return code < 0 ? (asText ? '' : null) : c.dict[code];
  }
  const x = c.values[r];
  if (asText) return c.other.get(r) ?? (Number.isNaN(x) ? '' : String(x));
  if (!Number.isNaN(x)) return x;
  return c.other.get(r) ?? null;
}

function headerNames(header: Uint8Array, delimiter: string): string[] {
  let text = utf8.decode(header); // TextDecoder drops a BOM
  if (text.endsWith('\r')) text = text.slice(0, -1);
  return splitRecord(text, delimiter);
}

export async function predictFile(
  bundle: ModelBundle,
  data: string,
  write: (chunk: string | Uint8Array) => Promise<void> | void,
  opts: { format?: DataFormat; output: OutputFormat; maxReported?: number; outputName?: string; schema?: DataSchema; batchRows?: number; progress?: ProgressFor },
): Promise<PredictReport> {
  const format = detectFormat(data, opts.format);
  const delimited = format === 'csv' || format === 'tsv';
  const delimiter = format === 'tsv' ? '\t' : ',';
  const specs = featureSpecs(bundle, opts.schema, []);
  const checks: { spec: CheckSpec; cell: CellCheck }[] = specs.map((s) => {
    const v = compileValidator([s]);
    const name = s.name;
    return { spec: s as CheckSpec, cell: (t: string) => v.check([{ [name]: t }], 'csv', 1).errors[0]?.message };
  });
  const classes = bundle.classes ?? [];
  const k = bundle.model.nClasses;
  const classification = bundle.task === 'classification';
  const extra = classification ? ['prediction', ...classes.map((c) => `probability_${c}`)] : ['prediction'];
  const csvOut = opts.output === 'csv';
  const extraKeys = extra.map((e) => `,${JSON.stringify(e)}:`);
  // Suffix of a scored row: ",pred,p1,p2" (CSV) or ',"prediction":…}' (JSON Lines, before the closing brace).
  const suffixOf = (pred: number, probs: Float64Array | undefined, at: number): string => {
    const label: string | number = classification ? (classes[pred] ?? pred) : pred;
    let s: string;
    if (csvOut) {
      s = ',' + (typeof label === 'string' ? csvField(label) : String(label));
      if (probs) for (let c = 0; c < classes.length; c++) s += ',' + String(probs[at + c]);
    } else {
      s = extraKeys[0] + JSON.stringify(label);
      if (probs) for (let c = 0; c < classes.length; c++) s += extraKeys[1 + c] + JSON.stringify(probs[at + c]);
    }
    return s;
  };
  const single = bundle.model.trees.length === 1 ? bundle.model.trees[0] : undefined;
  const leafSuffix = new Map<number, Uint8Array>();

  let header: string[] | undefined;
  let rows = 0;
  let scored = 0;
  const failed: PredictReport['failed'] = [];
  const maxReported = opts.maxReported ?? 100;
  // Delimited input: only the model's columns become typed columns; the others are echoed from the record bytes.
  // (A reader that gives no record bytes: every column is read and rendered from the columns.)
  let echo = delimited;
  const batches = async function* (): AsyncGenerator<Batch> {
    const base = { format, batchRows: opts.batchRows ?? 16384, text: textFeatureNames(bundle.preprocess), onProgress: opts.progress?.(data) };
    if (echo) {
      // The header first, so a column the model needs and the file lacks is named as before.
      let names: string[] = [];
      for await (const b of readColumnBatches(data, { format, batchRows: 1 })) {
        names = b.names;
        break;
      }
      const missing = bundle.features.find((f) => !names.includes(f));
      if (missing !== undefined) throw new UsageError(`${data}: column "${missing}" is missing (the model needs it); columns present: ${names.join(', ')}`);
      let first = true;
      for await (const b of readColumnBatches(data, { ...base, columns: bundle.features }) as AsyncIterable<Batch>) {
        if (first && !b.raw) {
          echo = false;
          break;
        }
        first = false;
        yield b;
      }
      if (echo) return;
    }
    yield* readColumnBatches(data, base) as AsyncIterable<Batch>;
  };
  for await (const b of batches()) {
    const n = b.n;
    const at = new Map(b.names.map((name, i) => [name, i]));
    const cols = bundle.features.map((name) => {
      const i = at.get(name);
      if (i === undefined) throw new UsageError(`${data}: column "${name}" is missing (the model needs it); columns present: ${b.names.join(', ')}`);
      return b.columns[i];
    });
    // Output columns: the file's (delimited: from its header line).
    if (!header) {
      header = echo && b.header ? headerNames(b.header, delimiter) : b.names.slice();
      if (csvOut) await write(header.concat(extra).map(csvField).join(',') + '\n');
    } else if (!echo && b.names.some((name) => !header!.includes(name))) {
      throw new UsageError(`${data}: a column first appears after row ${rows}; every record needs the same keys to be scored to CSV/JSON Lines`);
    }

    // Preprocess + check, column by column.
    const tr = transformTable(bundle.preprocess, cols, n);
    const bad = new Uint8Array(n);
    const valueAt = (row: number, column: string, fallback: unknown): unknown => {
      if (echo) {
        const j = header!.indexOf(column);
        return j >= 0 ? (splitRecord(recordText(b.raw!, row), delimiter)[j] ?? null) : fallback;
      }
      return fallback;
    };
    const fail = (row: number, column: string, value: unknown, expected: string) => {
      if (!bad[row] && failed.length < maxReported) failed.push({ line: b.lines[row], column, value: valueAt(row, column, value), expected });
      bad[row] = 1;
    };
    // As the row path: preprocessing failures column by column, then the validator's row by row.
    for (const e of tr.errors) fail(e.row, e.column, e.value, e.expected);
    const checkErrors = checks.map((c, j) => checkColumn(c.spec, c.cell, cols[j], n));
    const failing = new Set<number>();
    for (const list of checkErrors) for (const e of list) failing.add(e.row);
    if (failing.size > 0) {
      const byRow = new Map<number, { j: number; message: string }[]>();
      checkErrors.forEach((list, j) => {
        for (const e of list) (byRow.get(e.row) ?? byRow.set(e.row, []).get(e.row)!).push({ j, message: e.message });
      });
      for (const row of [...failing].sort((x, y) => x - y)) {
        for (const e of byRow.get(row)!.sort((x, y) => x.j - y.j)) fail(row, specs[e.j].name, cellValue(cols[e.j], row, delimited), expectedOf(e.message));
      }
    }

    // Score.
    let leaves: Int32Array | undefined;
    let scores: { predictions: Float64Array; probabilities?: Float64Array } | undefined;
    if (single) leaves = leavesOfColumns(single, tr.columns, n);
    else scores = predictFeatureColumns(bundle.model, tr.columns, n);
    const suffix = (r: number): Uint8Array => {
      if (leaves) {
        const l = leaves[r];
        let s = leafSuffix.get(l);
        if (!s) {
          const pred = classification ? single!.leafClass[l] : single!.leafValue[l];
          s = enc.encode(suffixOf(pred, classification ? single!.leafProba : undefined, l * k));
          leafSuffix.set(l, s);
        }
        return s;
      }
      return enc.encode(suffixOf(scores!.predictions[r], scores!.probabilities, r * k));
    };

    // Write: record bytes (or the record rendered from columns) + the suffix.
    if (echo && csvOut && format === 'csv') {
      // The hot path: one buffer per batch, record bytes copied as read, no per-row objects.
      const raw = b.raw!;
      const src = Buffer.from(raw.bytes.buffer, raw.bytes.byteOffset, raw.bytes.byteLength);
      const sufs: Uint8Array[] = new Array(n);
      let size = 0;
      for (let r = 0; r < n; r++) {
        rows++;
        if (bad[r]) continue;
        scored++;
        const s = suffix(r);
        sufs[r] = s;
        size += raw.end[r] - raw.start[r] + s.length + 1;
      }
      if (size > 0) {
        const chunk = Buffer.allocUnsafe(size);
        let off = 0;
        for (let r = 0; r < n; r++) {
          if (bad[r]) continue;
          off += src.copy(chunk, off, raw.start[r], raw.end[r]);
          const s = sufs[r];
          chunk.set(s, off);
          off += s.length;
          chunk[off++] = 10;
        }
        await write(chunk);
      }
      continue;
    }
    const parts: Uint8Array[] = [];
    let size = 0;
    const push = (p: Uint8Array) => {
      parts.push(p);
      size += p.length;
    };
    for (let r = 0; r < n; r++) {
      rows++;
      if (bad[r]) continue;
      scored++;
      if (!csvOut && format === 'jsonl' && b.raw) {
        // The object's own text, its closing brace replaced by the prediction keys.
        const bytes = b.raw.bytes;
        let e = b.raw.end[r] - 1;
        while (e > b.raw.start[r] && bytes[e] !== 125) e--;
        let p = e - 1;
        while (p > b.raw.start[r] && (bytes[p] === 32 || bytes[p] === 9 || bytes[p] === 13 || bytes[p] === 10)) p--;
        const empty = bytes[p] === 123;
        push(bytes.subarray(b.raw.start[r], p + 1));
        const s = suffix(r);
        push(empty ? s.subarray(1) : s);
        push(CLOSE);
      } else {
        let values: unknown[];
        if (echo) values = splitRecord(recordText(b.raw!, r), delimiter);
        else values = header.map((name) => cellValue(b.columns[at.get(name) ?? -1], r, delimited));
        let line: string;
        if (csvOut) line = header.map((_, j) => (values[j] === null || values[j] === undefined ? '' : csvField(String(values[j])))).join(',');
        else line = '{' + header.map((name, j) => `${JSON.stringify(name)}:${JSON.stringify(values[j] ?? null)}`).join(',');
        push(enc.encode(line));
        const s = suffix(r);
        push(!csvOut && header.length === 0 ? s.subarray(1) : s);
        push(csvOut ? NL : CLOSE);
      }
    }
    if (size > 0) {
      const chunk = new Uint8Array(size);
      let off = 0;
      for (const p of parts) {
        chunk.set(p, off);
        off += p.length;
      }
      await write(chunk);
    }
  }
  if (!header) throw new UsageError(`${data}: no rows to score`);
  return { rows, scored, failed, output: opts.outputName ?? '-' };
}
