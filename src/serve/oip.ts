/**
 * The Open Inference Protocol (KServe predict protocol v2) over the served model, independent of
 * the transport: REST (server.ts) and gRPC (grpc.ts) both translate with these functions and score
 * through the one scoring path (scoring.ts), so validation, metrics and the request sample are the
 * same as for POST /predict.
 *
 *   model name     `name` from training (params.json), default "model"; `--model-name` overrides
 *   model version  the bundle digest (64 hex digits); the short version (12) and "sha256:…" match too
 *   inputs         one tensor per feature column, shape [n], datatype from schema.yml:
 *                  FP64 (float), INT64 (int), BOOL (bool), BYTES (category, string, datetime);
 *                  other numeric datatypes are accepted for numeric features. An all-numeric model
 *                  also takes one [n, k] tensor (any name) whose columns are the inputs in order.
 *   outputs        "predict" (BYTES labels [n], or FP64 values [n] for regression) and
 *                  "probabilities" (FP64 [n, classes], classification), both unless `outputs` asks
 *                  for fewer
 */
import type { Scored, ServedModel } from './model.js';
import { RequestError } from './scoring.js';
import type { FeatureKind, FeatureSpec } from '../model/validate-record.js';

export const OIP_PLATFORM = 'cd4ml_mlcart';
export const DEFAULT_MODEL_NAME = 'model';
/** Valid model names: they appear in URL paths. */
export const MODEL_NAME_RE = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/;

export const NUMERIC_DATATYPES = new Set(['FP16', 'FP32', 'FP64', 'BF16', 'INT8', 'INT16', 'INT32', 'INT64', 'UINT8', 'UINT16', 'UINT32', 'UINT64']);
const ALL_DATATYPES = new Set([...NUMERIC_DATATYPES, 'BOOL', 'BYTES']);

/** An input tensor with its contents flattened (row-major). */
export interface OipTensor {
  name: string;
  datatype: string;
  shape: number[];
  data: ArrayLike<unknown>;
}

export interface OipOutput {
  name: 'predict' | 'probabilities';
  datatype: 'BYTES' | 'FP64';
  shape: number[];
}

export interface OipModel {
  name: string;
  /** The bundle digest without "sha256:". */
  version: string;
  served: ServedModel;
}

export function oipModel(served: ServedModel, nameOverride?: string): OipModel {
  const name = nameOverride ?? served.name ?? DEFAULT_MODEL_NAME;
  return { name, version: served.digest.replace(/^sha256:/, ''), served };
}

/** Does `version` (any accepted spelling, or none) name the served version? */
export function versionMatches(m: OipModel, version: string | undefined): boolean {
  if (version === undefined || version === '') return true;
  const v = version.startsWith('sha256:') ? version.slice(7) : version;
  return v === m.version || v === m.served.version;
}

/** Undefined when name/version are served; else the 404 message. */
export function findModel(m: OipModel, name: string, version?: string): string | undefined {
  if (name !== m.name) return `unknown model "${name}": this server serves "${m.name}"`;
  if (!versionMatches(m, version)) return `unknown version "${version}" of model "${name}": this server serves version ${m.version}`;
  return undefined;
}

export function datatypeOf(kind: FeatureKind): string {
  switch (kind) {
    case 'number':
      return 'FP64';
    case 'integer':
      return 'INT64';
    case 'boolean':
      return 'BOOL';
    default:
      return 'BYTES';
  }
}

export function outputsOf(served: ServedModel): OipOutput[] {
  if (served.task === 'classification') {
    return [
      { name: 'predict', datatype: 'BYTES', shape: [-1] },
      { name: 'probabilities', datatype: 'FP64', shape: [-1, (served.classes ?? []).length] },
    ];
  }
  return [{ name: 'predict', datatype: 'FP64', shape: [-1] }];
}

export function modelMetadata(m: OipModel): { name: string; versions: string[]; platform: string; inputs: { name: string; datatype: string; shape: number[] }[]; outputs: OipOutput[] } {
  return {
    name: m.name,
    versions: [m.version],
    platform: OIP_PLATFORM,
    inputs: m.served.features.map((f) => ({ name: f.name, datatype: datatypeOf(f.kind), shape: [-1] })),
    outputs: outputsOf(m.served),
  };
}

const isNumericKind = (k: FeatureKind) => k === 'number' || k === 'integer';

function shapeText(shape: number[]): string {
  return `[${shape.join(', ')}]`;
}

/**
 * Rows of feature values from the input tensors, for the scoring path (which validates each value
 * as for POST /predict). Throws RequestError 400 on tensors that do not fit the model (unknown or
 * duplicate names, wrong datatype, shape or length, different row counts) and 413 on too many rows.
 */
export function rowsFromTensors(inputs: OipTensor[], features: FeatureSpec[], maxRows: number): Record<string, unknown>[] {
  if (inputs.length === 0) throw new RequestError(400, `no input tensors: send one per feature (${features.map((f) => f.name).join(', ')})`);
  for (const t of inputs) {
    if (!ALL_DATATYPES.has(t.datatype)) throw new RequestError(400, `input "${t.name}": unknown datatype "${t.datatype}"; expected one of ${[...ALL_DATATYPES].join(', ')}`);
    const count = t.shape.reduce((a, b) => a * b, 1);
    if (count !== t.data.length) throw new RequestError(400, `input "${t.name}": shape ${shapeText(t.shape)} holds ${count} value(s), but the data has ${t.data.length}`);
  }
  const byName = new Map(features.map((f) => [f.name, f]));
  const first = inputs[0];
  // One [n, k] tensor for an all-numeric model: its columns are the inputs in metadata order.
  if (inputs.length === 1 && first.shape.length === 2 && !(byName.has(first.name) && first.shape[1] === 1 && features.length !== 1)) {
    if (!features.every((f) => isNumericKind(f.kind))) {
      throw new RequestError(400, `input "${first.name}": a [n, k] tensor is accepted only for all-numeric models; this model has non-numeric inputs (${features.filter((f) => !isNumericKind(f.kind)).map((f) => f.name).join(', ')}): send one [n] tensor per feature`);
    }
    const [n, k] = first.shape;
    if (k !== features.length) throw new RequestError(400, `input "${first.name}": shape ${shapeText(first.shape)} has ${k} column(s); this model has ${features.length} inputs (${features.map((f) => f.name).join(', ')})`);
    if (!NUMERIC_DATATYPES.has(first.datatype)) throw new RequestError(400, `input "${first.name}": datatype ${first.datatype}; a [n, k] tensor must be numeric (FP64)`);
    checkRows(n, maxRows);
    const rows: Record<string, unknown>[] = new Array(n);
    for (let r = 0; r < n; r++) {
      const row: Record<string, unknown> = {};
      for (let j = 0; j < k; j++) row[features[j].name] = first.data[r * k + j];
      rows[r] = row;
    }
    return rows;
  }
  let n = -1;
  const seen = new Set<string>();
  for (const t of inputs) {
    const f = byName.get(t.name);
    if (!f) throw new RequestError(400, `unknown input "${t.name}"; this model's inputs are ${features.map((x) => x.name).join(', ')} (GET the model metadata for their datatypes)`);
    if (seen.has(t.name)) throw new RequestError(400, `input "${t.name}" is given twice`);
    seen.add(t.name);
    if (t.shape.length === 0 || t.shape.length > 2 || (t.shape.length === 2 && t.shape[1] !== 1)) throw new RequestError(400, `input "${t.name}": shape ${shapeText(t.shape)}; expected [n] (one value per row)`);
    if (n >= 0 && t.shape[0] !== n) throw new RequestError(400, `input "${t.name}" has ${t.shape[0]} row(s), but "${inputs[0].name}" has ${n}; every input needs the same number of rows`);
    n = t.shape[0];
    const expected = datatypeOf(f.kind);
    const ok = isNumericKind(f.kind) ? NUMERIC_DATATYPES.has(t.datatype) : f.kind === 'boolean' ? t.datatype === 'BOOL' : true;
    if (!ok) throw new RequestError(400, `input "${t.name}": datatype ${t.datatype}; this feature is ${f.kind}: send ${expected}`);
  }
  checkRows(n, maxRows);
  const rows: Record<string, unknown>[] = new Array(n);
  for (let r = 0; r < n; r++) rows[r] = {};
  for (const t of inputs) {
    const name = t.name;
    const data = t.data;
    for (let r = 0; r < n; r++) rows[r][name] = data[r];
  }
  return rows;
}

function checkRows(n: number, maxRows: number): void {
  if (n < 1) throw new RequestError(400, 'the input tensors hold no rows: send at least one');
  if (n > maxRows) throw new RequestError(413, `${n} rows is more than the limit of ${maxRows} per request`);
}

/** The outputs to return: all of the model's unless `requested` names some; unknown names are 400. */
export function selectOutputs(served: ServedModel, requested: string[] | undefined): OipOutput[] {
  const all = outputsOf(served);
  if (!requested || requested.length === 0) return all;
  return requested.map((name) => {
    const o = all.find((x) => x.name === name);
    if (!o) throw new RequestError(400, `unknown output "${name}"; this model's outputs are ${all.map((x) => x.name).join(', ')}`);
    return o;
  });
}

/** Output tensor shape for n rows. */
export function outputShape(o: OipOutput, n: number): number[] {
  return o.name === 'probabilities' ? [n, o.shape[1]] : [n];
}

/** The label of each predicted row (classification), as text. */
export function predictedLabels(served: ServedModel, scored: Scored): string[] {
  const classes = served.classes ?? [];
  const out: string[] = new Array(scored.n);
  for (let r = 0; r < scored.n; r++) out[r] = classes[scored.index[r]] ?? String(scored.index[r]);
  return out;
}

/** The first n predictions (regression) or n × k probabilities as a plain array. */
export function numbersOf(data: ArrayLike<number>, count: number): number[] {
  const out: number[] = new Array(count);
  for (let i = 0; i < count; i++) out[i] = data[i];
  return out;
}

// ---- REST (JSON) ------------------------------------------------------------------------------

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  return typeof v === 'object' ? 'an object' : `${typeof v} ${JSON.stringify(v)}`;
}

function flatten(data: unknown[], out: unknown[]): void {
  for (const v of data) {
    if (Array.isArray(v)) flatten(v, out);
    else out.push(v);
  }
}

export interface RestInferRequest {
  id?: string;
  inputs: OipTensor[];
  outputs?: string[];
}

/** Check the shape of a REST inference request ($inference_request) and flatten its tensor data. */
export function parseRestInferRequest(body: unknown): RestInferRequest {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) throw new RequestError(400, `expected an inference request object {"inputs": [...]}, got ${describe(body)}`);
  const o = body as Record<string, unknown>;
  if (o.id !== undefined && typeof o.id !== 'string') throw new RequestError(400, `"id" must be a string, got ${describe(o.id)}`);
  if (o.parameters !== undefined && (o.parameters === null || typeof o.parameters !== 'object' || Array.isArray(o.parameters))) throw new RequestError(400, `"parameters" must be an object, got ${describe(o.parameters)}`);
  if (!Array.isArray(o.inputs)) throw new RequestError(400, `"inputs" must be an array of tensors {"name", "shape", "datatype", "data"}, got ${o.inputs === undefined ? 'nothing' : describe(o.inputs)}`);
  const inputs = o.inputs.map((t: unknown, i: number): OipTensor => {
    if (t === null || typeof t !== 'object' || Array.isArray(t)) throw new RequestError(400, `inputs[${i}] must be an object {"name", "shape", "datatype", "data"}, got ${describe(t)}`);
    const x = t as Record<string, unknown>;
    if (typeof x.name !== 'string') throw new RequestError(400, `inputs[${i}].name must be a string, got ${x.name === undefined ? 'nothing' : describe(x.name)}`);
    const where = `input "${x.name}"`;
    if (typeof x.datatype !== 'string') throw new RequestError(400, `${where}: "datatype" must be a string such as FP64, INT64, BOOL or BYTES, got ${x.datatype === undefined ? 'nothing' : describe(x.datatype)}`);
    if (!Array.isArray(x.shape) || !x.shape.every((d) => Number.isInteger(d) && (d as number) >= 0)) throw new RequestError(400, `${where}: "shape" must be an array of non-negative integers, got ${x.shape === undefined ? 'nothing' : JSON.stringify(x.shape)}`);
    if (!Array.isArray(x.data)) throw new RequestError(400, `${where}: "data" must be an array, got ${x.data === undefined ? 'nothing' : describe(x.data)}`);
    let data = x.data as unknown[];
    if (data.some(Array.isArray)) {
      const flat: unknown[] = [];
      flatten(data, flat);
      data = flat;
    }
    return { name: x.name, datatype: x.datatype, shape: x.shape as number[], data };
  });
  let outputs: string[] | undefined;
  if (o.outputs !== undefined) {
    if (!Array.isArray(o.outputs)) throw new RequestError(400, `"outputs" must be an array of {"name"}, got ${describe(o.outputs)}`);
    outputs = o.outputs.map((x: unknown, i: number) => {
      const name = x !== null && typeof x === 'object' ? (x as Record<string, unknown>).name : undefined;
      if (typeof name !== 'string') throw new RequestError(400, `outputs[${i}].name must be a string`);
      return name;
    });
  }
  return { id: o.id as string | undefined, inputs, outputs };
}
