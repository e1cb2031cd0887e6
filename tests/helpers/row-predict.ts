/**
 * REFERENCE ONLY (tests): batch scoring as it was before issue 13 — the row path over readBatches,
 * copied from src/model/predict.ts at that time (one change: rows end in "\n"; Papa's default
 * joined a batch's rows with "\r\n" and ended it with "\n", mixed line ends), so the columnar predict can be checked
 * against it on random tables. Batch scoring: stream any input format through the bundle's preprocessing and the compiled
 * tree(s), writing the input's rows plus `prediction` (and `probability_<class>` for
 * classification) as CSV or JSON Lines. Rows are checked as the serving runtime checks a request
 * (src/model/validate-record.ts, then src/serve/validate.ts, with types and nullability from the bundle's schema.yml): rows that fail
 * it or the preprocessing (a value of the wrong type, a missing value the schema requires) are not
 * scored: they are reported with their line and left out of the output. As in serving, values
 * outside the training range and unseen categories are scored (the tree handles them).
 */
import Papa from 'papaparse';
import { detectFormat, readBatches, type DataFormat } from '../../src/data/read.js';
import type { DataSchema } from '../../src/data/schema.js';
import { UsageError } from '../../src/errors.js';
import { featureSpecs } from '../../src/model/validate-record.js';
import { compileValidator } from '../../src/model/validate-record.js';
import { scoreColumns, type ModelBundle } from '../../src/model/bundle.js';

export interface PredictReport {
  rows: number;
  scored: number;
  failed: { line: number; column: string; value: unknown; expected: string }[];
  /** How many failures were kept in `failed` (all are counted in rows − scored). */
  output: string;
}

type OutputFormat = 'csv' | 'jsonl';


export async function predictFileRows(
  bundle: ModelBundle,
  data: string,
  write: (chunk: string) => Promise<void> | void,
  opts: { format?: DataFormat; output: OutputFormat; maxReported?: number; outputName?: string; schema?: DataSchema },
): Promise<PredictReport> {
  const validator = compileValidator(featureSpecs(bundle, opts.schema, []));
  const format = detectFormat(data, opts.format);
  const source = format === 'csv' || format === 'tsv' ? 'csv' : 'json';
  const classes = bundle.classes ?? [];
  const k = bundle.model.nClasses;
  const extra = bundle.task === 'classification' ? ['prediction', ...classes.map((c) => `probability_${c}`)] : ['prediction'];
  let header: string[] | undefined;
  let rows = 0;
  let scored = 0;
  const failed: PredictReport['failed'] = [];
  const maxReported = opts.maxReported ?? 100;
  for await (const batch of readBatches(data, { format: opts.format, batchSize: 16384 })) {
    const raw = bundle.features.map((name) => {
      const ci = batch.columns.indexOf(name);
      if (ci < 0) throw new UsageError(`${data}: column "${name}" is missing (the model needs it); columns present: ${batch.columns.join(', ')}`);
      return batch.rows.map((r) => r[ci]);
    });
    const n = batch.rows.length;
    const out = scoreColumns(bundle, raw, n);
    const bad = new Uint8Array(n);
    const fail = (row: number, column: string, value: unknown, expected: string) => {
      if (!bad[row] && failed.length < maxReported) failed.push({ line: batch.lines[row], column, value, expected });
      bad[row] = 1;
    };
    const records = new Array<Record<string, unknown>>(n);
    for (let r = 0; r < n; r++) {
      const o: Record<string, unknown> = {};
      bundle.features.forEach((name, j) => {
        const v = raw[j][r];
        o[name] = v instanceof Date ? v.toISOString() : typeof v === 'bigint' ? Number(v) : v;
      });
      records[r] = o;
    }
    for (const e of out.errors) fail(e.row, e.column, e.value, e.expected);
    for (const e of validator.check(records, source, Number.POSITIVE_INFINITY).errors) {
      const m = /^expected (.*?)(, got .*)?$/.exec(e.message);
      fail(e.row, e.field, records[e.row]?.[e.field] ?? null, m ? m[1] : 'a value (schema.yml: this feature is not nullable)');
    }
    if (!header) {
      header = [...batch.columns, ...extra];
      if (opts.output === 'csv') await write(Papa.unparse([header]) + '\n');
    } else if (batch.columns.length > header.length - extra.length) {
      throw new UsageError(`${data}: a column first appears after row ${rows}; every record needs the same keys to be scored to CSV/JSON Lines`);
    }
    const cols = header.slice(0, header.length - extra.length);
    const lines: unknown[][] = [];
    const objs: string[] = [];
    for (let r = 0; r < n; r++) {
      rows++;
      if (bad[r]) continue;
      scored++;
      const p = out.predictions[r];
      const pred = bundle.task === 'classification' ? (classes[p] ?? p) : p;
      const probs = bundle.task === 'classification' ? Array.from(out.probabilities!.subarray(r * k, r * k + classes.length)) : [];
      const row = batch.rows[r].map((v) => (v instanceof Date ? v.toISOString() : v));
      while (row.length < cols.length) row.push(null);
      if (opts.output === 'csv') lines.push([...row, pred, ...probs]);
      else {
        const o: Record<string, unknown> = {};
        cols.forEach((c, j) => (o[c] = row[j] ?? null));
        o.prediction = pred;
        classes.forEach((c, j) => (o[`probability_${c}`] = probs[j]));
        objs.push(JSON.stringify(o));
      }
    }
    if (opts.output === 'csv') {
      if (lines.length > 0) await write(Papa.unparse(lines, { header: false, newline: '\n' }) + '\n');
    } else if (objs.length > 0) await write(objs.join('\n') + '\n');
  }
  if (!header) throw new UsageError(`${data}: no rows to score`);
  return { rows, scored, failed, output: opts.outputName ?? '-' };
}
