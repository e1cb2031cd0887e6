/**
 * The model bundle: a directory that holds everything needed to score, gate and audit a model.
 *
 *   model.json       ml-cart JSON (DTClassifier / DTRegression), or {name: 'cd4ml-forest', trees: [...]}
 *   preprocess.json  fitted preprocessing (PreprocessSpec) + target, task, classes
 *   schema.yml       data contract inferred from the training data
 *   metrics.json     holdout metrics (+ cross-validation when configured), feature importances
 *   params.json      resolved training parameters
 *   lineage.json     sha256 of every data file, git SHAs, DVC md5, tool version
 *   holdout.jsonl    the evaluation rows (raw values, with the target), one JSON object a line
 *   MODEL_CARD.md    intended use, data, metrics, per-class table, importances chart
 *   manifest.json    sha256 of every other file + the one timestamp (`created`)
 *
 * The bundle's digest (its model version) is the sha256 of manifest.json.
 */
import { createHash } from 'node:crypto';
import { writeNumberText } from '../io/number-text.js';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { UsageError } from '../errors.js';
import { compileMlCart, leavesOfColumns, type CompiledTree, type MlCartModel } from './mlcart.js';
import { MissingColumnError, rawColumnsOf, transformColumns, type PreprocessSpec } from './preprocess.js';
import type { Task } from './cart.js';
import { checkBundleConsistency } from './consistency.js';
import { cellText, readColumns, type ColumnTable } from '../data/table.js';

export const BUNDLE_FILES = ['model.json', 'preprocess.json', 'schema.yml', 'metrics.json', 'params.json', 'lineage.json', 'holdout.jsonl', 'MODEL_CARD.md'] as const;

/** preprocess.json: the fitted transform plus what the model predicts. */
export interface PreprocessFile {
  task: Task;
  target: string;
  classes?: string[];
  preprocess: PreprocessSpec;
}

export interface Manifest {
  version: 1;
  /** The only field that differs between two trainings on the same data and config. */
  created: string;
  files: Record<string, string>;
}

export interface ForestModel {
  name: 'cd4ml-forest';
  trees: MlCartModel[];
}

export type ModelJson = MlCartModel | ForestModel;

/** A model compiled for scoring: one tree, or a forest whose probabilities/values are averaged. */
export interface CompiledModel {
  task: Task;
  nClasses: number;
  trees: CompiledTree[];
}

export interface ModelBundle {
  dir: string;
  task: Task;
  target: string;
  /** Raw input columns, in order. */
  features: string[];
  /** Label of each class index (classification). */
  classes?: string[];
  headlineMetric: string;
  metrics: Record<string, unknown>;
  /** sha256 of manifest.json: the model version. */
  digest: string;
  preprocess: PreprocessSpec;
  model: CompiledModel;
  params: Record<string, unknown>;
  manifest: Manifest;
}

export function sha256(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

/**
 * The bundle's holdout file from rows `idx` of a table: holdout.jsonl, one JSON object a line with
 * every column's raw value as readTable gave it (CSV/TSV text as strings, JSON/Parquet numbers as
 * numbers, missing as null). The one place the holdout is encoded (predict-cols owns the format).
 * `data` yields the file about 1 MiB at a time, encoded as it is written into one reused buffer:
 * each chunk is valid until the next is asked for (writeDirAtomic writes it before asking). At 1M
 * rows the file is 70 MB that train no longer holds, and no string is built per row.
 * `sha256()` is the file's hash once `data` has been read through.
 */
export function encodeHoldout(table: ColumnTable, idx: Int32Array): { name: 'holdout.jsonl'; data: Iterable<Uint8Array>; sha256: () => string } {
  const textual = table.format === 'csv' || table.format === 'tsv';
  const utf8 = (t: string) => Buffer.from(t, 'utf8');
  const keys = table.names.map((n, j) => utf8((j === 0 ? '{' : ',') + JSON.stringify(n) + ':'));
  const cols = table.columns;
  // Each dictionary entry encoded once (up to 65,536 entries a column; past that, per cell).
  const dictJson = cols.map((c) => (c.kind === 'text' && c.dict.length <= 65536 ? new Array<Uint8Array | undefined>(c.dict.length) : undefined));
  const NULL = utf8('null');
  const END = utf8(keys.length ? '}\n' : '{}\n');
  const FLUSH = 1 << 20;
  let buf = Buffer.allocUnsafe(FLUSH + (1 << 16));
  let pos = 0;
  const room = (k: number) => {
    if (pos + k <= buf.length) return;
    const bigger = Buffer.allocUnsafe(Math.max(buf.length * 2, pos + k));
    buf.copy(bigger, 0, 0, pos);
    buf = bigger;
  };
  const putBytes = (b: Uint8Array) => {
    room(b.length);
    for (let i = 0; i < b.length; i++) buf[pos++] = b[i];
  };
  const putAscii = (t: string) => {
    room(t.length);
    for (let i = 0; i < t.length; i++) buf[pos++] = t.charCodeAt(i);
  };
  const putText = (t: string) => {
    room(t.length * 3);
    pos += buf.write(t, pos, 'utf8');
  };
  const QUOTE = 0x22;
  // String(x) for a finite x, written without making the string when writeNumberText can.
  const putNumber = (x: number) => {
    const end = writeNumberText(x, buf, pos);
    if (end >= 0) pos = end;
    else putAscii(String(x));
  };
  const putCell = (j: number, r: number): void => {
    const c = cols[j];
    if (c.kind === 'text') {
      const k = c.codes[r];
      if (k < 0) return putBytes(NULL);
      const cache = dictJson[j];
      if (!cache) return putText(JSON.stringify(c.dict[k]));
      return putBytes((cache[k] ??= utf8(JSON.stringify(c.dict[k]))));
    }
    const x = c.values[r];
    const t = c.other.size > 0 ? c.other.get(r) : undefined;
    if (t !== undefined) return putText(JSON.stringify(t));
    if (x !== x) return putBytes(NULL);
    if (textual) {
      room(20);
      buf[pos++] = QUOTE;
      putNumber(x);
      room(1);
      buf[pos++] = QUOTE;
      return;
    }
    if (Number.isFinite(x)) {
      room(18);
      return putNumber(x);
    }
    return putText(JSON.stringify(cellText(c, r)));
  };
  const hash = createHash('sha256');
  let digest: string | undefined;
  let read = false;
  function* chunks(): Generator<Uint8Array> {
    if (read) throw new Error('encodeHoldout: the data can be read once');
    read = true;
    for (let i = 0; i < idx.length; i++) {
      const r = idx[i];
      for (let j = 0; j < keys.length; j++) {
        putBytes(keys[j]);
        putCell(j, r);
      }
      putBytes(END);
      if (pos >= FLUSH) {
        const out = buf.subarray(0, pos);
        hash.update(out);
        yield out;
        pos = 0;
      }
    }
    if (idx.length === 0) putAscii('\n');
    if (pos > 0) {
      const out = buf.subarray(0, pos);
      hash.update(out);
      yield out;
    }
    digest = hash.digest('hex');
  }
  return {
    name: 'holdout.jsonl',
    data: { [Symbol.iterator]: chunks },
    sha256() {
      if (digest === undefined) throw new Error('encodeHoldout: sha256() before the data was written');
      return digest;
    },
  };
}

/** JSON with object keys sorted at every level, 2-space indented, trailing newline (src/io/json.ts). */
import { stableJson } from '../io/json.js';
export { stableJson };

/** Compile model.json (single ml-cart tree or a forest of them). */
export function compileModel(json: ModelJson, nClasses?: number): CompiledModel {
  if (json.name === 'cd4ml-forest') {
    const trees = json.trees.map((t) => compileMlCart(t, nClasses));
    return { task: trees[0].task, nClasses: trees[0].nClasses, trees };
  }
  const t = compileMlCart(json, nClasses);
  return { task: t.task, nClasses: t.nClasses, trees: [t] };
}

async function readText(dir: string, name: string): Promise<Buffer> {
  try {
    return await readFile(join(dir, name));
  } catch (err) {
    throw new UsageError(`model bundle ${dir}: ${name} cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'}); pass the directory written by "cd4ml train"`);
  }
}

function parseJson<T>(dir: string, name: string, buf: Buffer): T {
  try {
    return JSON.parse(buf.toString('utf8')) as T;
  } catch (err) {
    throw new UsageError(`model bundle ${dir}: ${name} is not valid JSON (${(err as Error).message})`);
  }
}

/**
 * Read a bundle. With verify (default) every file listed in manifest.json must exist and match its
 * sha256; a tampered or missing file is a UsageError naming it.
 */
export async function readBundle(dir: string, opts: { verify?: boolean } = {}): Promise<ModelBundle> {
  const verify = opts.verify ?? true;
  const manifestBuf = await readText(dir, 'manifest.json');
  const manifest = parseJson<Manifest>(dir, 'manifest.json', manifestBuf);
  if (!manifest || typeof manifest.files !== 'object') throw new UsageError(`model bundle ${dir}: manifest.json has no "files" map`);
  const bufs = new Map<string, Buffer>();
  for (const name of ['model.json', 'preprocess.json', 'metrics.json', 'params.json']) {
    if (!(name in manifest.files)) throw new UsageError(`model bundle ${dir}: manifest.json does not list ${name}`);
  }
  for (const [name, hash] of Object.entries(manifest.files)) {
    if (!verify && !['model.json', 'preprocess.json', 'metrics.json', 'params.json'].includes(name)) continue;
    const buf = await readText(dir, name);
    if (verify && sha256(buf) !== hash) {
      throw new UsageError(`model bundle ${dir}: ${name} does not match its sha256 in manifest.json (the file was modified after training); retrain or restore the file`);
    }
    bufs.set(name, buf);
  }
  const pre = parseJson<PreprocessFile>(dir, 'preprocess.json', bufs.get('preprocess.json')!);
  const modelJson = parseJson<ModelJson>(dir, 'model.json', bufs.get('model.json')!);
  // Files that match the manifest can still disagree with each other (edited, then re-hashed).
  checkBundleConsistency(dir, pre, modelJson, parseJson<unknown>(dir, 'params.json', bufs.get('params.json')!));
  let model: CompiledModel;
  try {
    model = compileModel(modelJson, pre.classes?.length);
  } catch (err) {
    throw new UsageError(`model bundle ${dir}: model.json is not an ml-cart model (${(err as Error).message})`);
  }
  const metrics = parseJson<Record<string, unknown>>(dir, 'metrics.json', bufs.get('metrics.json')!);
  const params = parseJson<Record<string, unknown>>(dir, 'params.json', bufs.get('params.json')!);
  return {
    dir,
    task: pre.task,
    target: pre.target,
    features: pre.preprocess.columns.map((c) => c.name),
    classes: pre.classes,
    headlineMetric: String(metrics.headline_metric ?? (pre.task === 'classification' ? 'accuracy' : 'rmse')),
    metrics,
    digest: sha256(manifestBuf),
    preprocess: pre.preprocess,
    model,
    params,
    manifest,
  };
}

export interface ScoredColumns {
  /** Class index (classification) or value (regression) per row; NaN/-1 for rows with errors. */
  predictions: Float64Array;
  /** Row-major class probabilities (n × classes.length), classification only. */
  probabilities?: Float64Array;
  /** Rows that failed preprocessing (bad type, unparsable date). */
  errors: { row: number; column: string; value: unknown; expected: string }[];
}

/**
 * Score already-transformed feature columns (`features[f][r]`, model feature order).
 * Single trees return the leaf's ml-cart prediction; forests average probabilities (or values).
 */
export function predictFeatureColumns(model: CompiledModel, features: ArrayLike<number>[], n: number): { predictions: Float64Array; probabilities?: Float64Array } {
  const k = model.nClasses;
  const predictions = new Float64Array(n);
  const leaves = new Int32Array(n);
  if (model.task === 'regression') {
    for (const t of model.trees) {
      leavesOfColumnsInto(t, features, n, leaves);
      for (let r = 0; r < n; r++) predictions[r] += t.leafValue[leaves[r]];
    }
    if (model.trees.length > 1) for (let r = 0; r < n; r++) predictions[r] /= model.trees.length;
    return { predictions };
  }
  const probabilities = new Float64Array(n * k);
  if (model.trees.length === 1) {
    const t = model.trees[0];
    leavesOfColumnsInto(t, features, n, leaves);
    for (let r = 0; r < n; r++) {
      const l = leaves[r];
      predictions[r] = t.leafClass[l];
      for (let c = 0; c < k; c++) probabilities[r * k + c] = t.leafProba[l * k + c];
    }
    return { predictions, probabilities };
  }
  for (const t of model.trees) {
    leavesOfColumnsInto(t, features, n, leaves);
    for (let r = 0; r < n; r++) for (let c = 0; c < k; c++) probabilities[r * k + c] += t.leafProba[leaves[r] * k + c];
  }
  const T = model.trees.length;
  for (let r = 0; r < n; r++) {
    let best = 0;
    for (let c = 0; c < k; c++) {
      probabilities[r * k + c] /= T;
      if (probabilities[r * k + c] > probabilities[r * k + best]) best = c;
    }
    predictions[r] = best;
  }
  return { predictions, probabilities };
}

function leavesOfColumnsInto(t: CompiledTree, columns: ArrayLike<number>[], n: number, out: Int32Array): void {
  leavesOfColumns(t, columns, n, out);
}

/**
 * Columnar fast path for scoring many rows (the gate re-scores 1M rows with it): `raw[j]` holds the
 * values of raw input column `bundle.features[j]` for `n` rows, as read (CSV strings, JSON values).
 * Preprocesses column by column into Float64Arrays and walks the compiled tree(s) once per row.
 * Rows that fail preprocessing are listed in `errors` and get prediction NaN (no probabilities).
 */
export function scoreColumns(bundle: ModelBundle, raw: ArrayLike<unknown>[], n: number): ScoredColumns {
  const { columns, errors } = transformColumns(bundle.preprocess, raw, n);
  const out = predictFeatureColumns(bundle.model, columns, n);
  for (const e of errors) {
    out.predictions[e.row] = Number.NaN;
    if (out.probabilities) for (let c = 0; c < bundle.model.nClasses; c++) out.probabilities[e.row * bundle.model.nClasses + c] = Number.NaN;
  }
  return { ...out, errors };
}

/** Score a table (`columns` + `rows` as arrays, e.g. from readTable): picks the bundle's columns by name. */
export function scoreTable(bundle: ModelBundle, table: { columns: string[]; rows: unknown[][] }): ScoredColumns {
  let raw: unknown[][];
  try {
    raw = rawColumnsOf(bundle.preprocess, table.columns, table.rows);
  } catch (err) {
    if (err instanceof MissingColumnError) throw new UsageError(err.message);
    throw err;
  }
  return scoreColumns(bundle, raw, table.rows.length);
}

/**
 * Score raw records (objects keyed by column name): preprocessing → compiled tree(s).
 * Predictions are class labels (classification) or numbers; a row that fails preprocessing
 * throws a UsageError naming the row, column and value.
 */
export function scoreRecords(bundle: ModelBundle, records: Record<string, unknown>[]): { predictions: (string | number)[]; probabilities?: number[][] } {
  const n = records.length;
  const raw = bundle.features.map((name) => records.map((r) => r[name]));
  const scored = scoreColumns(bundle, raw, n);
  if (scored.errors.length > 0) {
    const e = scored.errors[0];
    throw new UsageError(`record ${e.row + 1}: column "${e.column}" is ${JSON.stringify(e.value)}, expected ${e.expected}`);
  }
  const k = bundle.model.nClasses;
  if (bundle.task === 'regression') return { predictions: Array.from(scored.predictions) };
  const predictions = Array.from(scored.predictions, (c) => bundle.classes?.[c] ?? c);
  const probabilities: number[][] = [];
  for (let r = 0; r < n; r++) probabilities.push(Array.from(scored.probabilities!.subarray(r * k, r * k + k)));
  return { predictions, probabilities };
}

/**
 * Add one entry to lineage.json after training (e.g. `mlflow`: the run and model version the
 * bundle was logged as) and re-seal manifest.json; `created` is kept. Each file is written to a
 * temp file and renamed. Returns the new digest.
 */
export async function amendLineage(dir: string, key: string, value: unknown): Promise<string> {
  const manifest = parseJson<Manifest>(dir, 'manifest.json', await readText(dir, 'manifest.json'));
  const lineageBuf = await readText(dir, 'lineage.json');
  if (manifest.files['lineage.json'] !== sha256(lineageBuf)) throw new UsageError(`model bundle ${dir}: lineage.json does not match its sha256 in manifest.json; retrain or restore the file`);
  const lineage = { ...parseJson<Record<string, unknown>>(dir, 'lineage.json', lineageBuf), [key]: value };
  const text = stableJson(lineage);
  const manifestText = stableJson({ ...manifest, files: { ...manifest.files, 'lineage.json': sha256(text) } });
  const swap = async (name: string, content: string) => {
    const tmp = join(dir, `.${name}.tmp-${process.pid}`);
    await writeFile(tmp, content);
    await rename(tmp, join(dir, name));
  };
  await swap('lineage.json', text);
  await swap('manifest.json', manifestText);
  return sha256(manifestText);
}

/** holdout.jsonl's bytes, checked against manifest.json. */
async function holdoutBytes(bundle: ModelBundle): Promise<Buffer> {
  const buf = await readText(bundle.dir, 'holdout.jsonl');
  const expected = bundle.manifest.files['holdout.jsonl'];
  if (expected && sha256(buf) !== expected) throw new UsageError(`model bundle ${bundle.dir}: holdout.jsonl does not match its sha256 in manifest.json`);
  return buf;
}

/**
 * The evaluation rows saved at training as the in-memory columnar table (the byte-level JSON
 * Lines reader of src/data/table.ts; the format is unchanged, so bundles written by any version
 * read the same). `text`: columns to keep as text (the non-numeric features, the target of a
 * classifier, slice columns). Rows: `n` (0 for an empty holdout).
 */
export async function readHoldoutTable(bundle: ModelBundle, opts: { text?: string[] } = {}): Promise<ColumnTable> {
  const buf = await holdoutBytes(bundle);
  const path = join(bundle.dir, 'holdout.jsonl');
  if (buf.toString('utf8').trim() === '') return { file: path, format: 'jsonl', names: [], columns: [], n: 0, lines: new Int32Array(0), positions: [] };
  return readColumns(path, { format: 'jsonl', ...(opts.text ? { text: opts.text } : {}) });
}

/** The evaluation rows saved at training (raw values, with the target), from holdout.jsonl. */
export async function readHoldout(bundle: ModelBundle): Promise<{ records: Record<string, unknown>[] }> {
  const buf = await holdoutBytes(bundle);
  const records = buf
    .toString('utf8')
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  return { records };
}
