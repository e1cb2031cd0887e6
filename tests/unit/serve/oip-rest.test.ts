/**
 * The Open Inference Protocol over REST, checked with a description nobody here wrote: every request
 * we send and every response the server returns is validated against KServe's rest_predict_v2.yaml
 * (openapi-backend), and the request/response example of required_api.md is replayed. Predictions
 * are compared with src/model's scoreRecords on the same rows, and the shared scoring path is shown
 * by what the metrics and the request sample count.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readBundle, readHoldout, scoreRecords } from '../../../src/model/bundle.js';
import type { ServedModel } from '../../../src/serve/model.js';
import { startServer, type RunningServer } from '../../../src/serve/server.js';
import { requiredApiExamples, specViolations } from '../../helpers/oip-spec.js';
import { WINE_FEATURES, churnBundle, wineBundle } from './bundle-fixture.js';

const violations: string[] = [];
afterEach(() => {
  const found = violations.splice(0);
  expect(found).toEqual([]);
});

/** One exchange, checked against the spec; returns status and parsed body. */
async function call(base: string, method: 'GET' | 'POST', path: string, body?: unknown, opts: { raw?: string; check?: boolean } = {}) {
  const res = await fetch(base + path, { method, headers: method === 'POST' ? { 'content-type': 'application/json' } : {}, body: opts.raw ?? (body === undefined ? undefined : JSON.stringify(body)) });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = text === '' ? '' : JSON.parse(text);
  } catch {
    /* not JSON */
  }
  if (opts.check !== false) for (const v of await specViolations({ method, path, requestBody: opts.raw === undefined ? body : undefined, status: res.status, body: parsed, text })) violations.push(`${method} ${path}: ${v}`);
  return { status: res.status, body: parsed as Record<string, unknown>, text };
}

type Tensor = { name: string; shape: number[]; datatype: string; data: unknown[] };
type InferResponse = { model_name: string; model_version: string; id?: string; outputs: Tensor[] };

const NUMERIC = new Set(['senior_citizen', 'tenure', 'monthly_charges', 'total_charges']);
const INTS = new Set(['senior_citizen', 'tenure']);

/** Per-feature tensors for churn rows (holdout values are CSV strings; "" is missing). */
function churnTensors(rows: Record<string, unknown>[], features: string[]): Tensor[] {
  return features.map((f) => ({
    name: f,
    shape: [rows.length],
    datatype: INTS.has(f) ? 'INT64' : NUMERIC.has(f) ? 'FP64' : 'BYTES',
    data: rows.map((r) => (NUMERIC.has(f) ? (r[f] === '' || r[f] === null ? null : Number(r[f])) : r[f])),
  }));
}

describe('OIP REST on the churn bundle (mixed types)', () => {
  let srv: RunningServer;
  let dir: string;
  let holdout: Record<string, unknown>[];
  let features: string[];
  let digest: string;
  let sampleDir: string;
  beforeAll(async () => {
    dir = churnBundle();
    sampleDir = mkdtempSync(join(tmpdir(), 'cd4ml-oip-sample-'));
    srv = await startServer({ bundleDir: dir, port: 0, sampleLog: { dir: sampleDir, rate: 1, flushMs: 50 }, serverVersion: '9.9.9' });
    const bundle = await readBundle(dir);
    features = bundle.features;
    digest = bundle.digest;
    holdout = (await readHoldout(bundle)).records.slice(0, 200);
  });
  afterAll(() => srv?.close());

  it('server metadata and health: GET /v2, /v2/health/live, /v2/health/ready', async () => {
    const meta = await call(srv.url, 'GET', '/v2');
    expect(meta).toMatchObject({ status: 200, body: { name: 'cd4ml', version: '9.9.9', extensions: [] } });
    expect(await call(srv.url, 'GET', '/v2/health/live')).toMatchObject({ status: 200, text: '' });
    expect(await call(srv.url, 'GET', '/v2/health/ready')).toMatchObject({ status: 200, text: '' });
  });

  it('model metadata: default name "model", version = bundle digest, one input per feature with its schema datatype', async () => {
    const res = await call(srv.url, 'GET', '/v2/models/model');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ name: 'model', versions: [digest], platform: 'cd4ml_mlcart' });
    const inputs = res.body.inputs as { name: string; datatype: string; shape: number[] }[];
    expect(inputs.map((i) => i.name)).toEqual(features);
    expect(Object.fromEntries(inputs.map((i) => [i.name, i.datatype]))).toMatchObject({ tenure: 'INT64', senior_citizen: 'INT64', monthly_charges: 'FP64', contract: 'BYTES', gender: 'BYTES' });
    expect(inputs.every((i) => JSON.stringify(i.shape) === '[-1]')).toBe(true);
    expect(res.body.outputs).toEqual([
      { name: 'predict', datatype: 'BYTES', shape: [-1] },
      { name: 'probabilities', datatype: 'FP64', shape: [-1, 2] },
    ]);
  });

  it.each([
    { name: 'full digest', version: () => digest },
    { name: 'sha256: prefix', version: () => `sha256:${digest}` },
    { name: 'short version', version: () => digest.slice(0, 12) },
  ])('versioned paths accept the $name', async ({ version }) => {
    const v = encodeURIComponent(version());
    expect((await call(srv.url, 'GET', `/v2/models/model/versions/${v}`)).status).toBe(200);
    expect(await call(srv.url, 'GET', `/v2/models/model/versions/${v}/ready`)).toMatchObject({ status: 200, text: '' });
  });

  it.each([
    { name: 'unknown model metadata', method: 'GET' as const, path: '/v2/models/other', error: /unknown model "other": this server serves "model"/ },
    { name: 'unknown model ready', method: 'GET' as const, path: '/v2/models/other/ready', error: /unknown model "other"/ },
    { name: 'unknown version', method: 'GET' as const, path: '/v2/models/model/versions/123abc', error: /unknown version "123abc" of model "model"/ },
    { name: 'infer on an unknown model', method: 'POST' as const, path: '/v2/models/other/infer', error: /unknown model "other"/ },
  ])('404 {"error"} for $name', async ({ method, path, error }) => {
    const res = await call(srv.url, method, path, method === 'POST' ? { inputs: [] } : undefined);
    expect(res.status).toBe(404);
    expect(res.body.error).toMatch(error);
  });

  it('infer: 200 rows as one [n] tensor per feature give exactly scoreRecords’ labels and probabilities', async () => {
    const bundle = await readBundle(dir);
    const expected = scoreRecords(bundle, holdout);
    const res = await call(srv.url, 'POST', '/v2/models/model/infer', { id: 'batch-1', inputs: churnTensors(holdout, features) });
    expect(res.status).toBe(200);
    const body = res.body as unknown as InferResponse;
    expect(body.model_name).toBe('model');
    expect(body.model_version).toBe(digest);
    expect(body.id).toBe('batch-1');
    expect(body.outputs.map((o) => [o.name, o.datatype, o.shape])).toEqual([
      ['predict', 'BYTES', [200]],
      ['probabilities', 'FP64', [200, 2]],
    ]);
    expect(body.outputs[0].data).toEqual(expected.predictions);
    expect(body.outputs[1].data).toEqual(expected.probabilities!.flat());
    expect(new Set(body.outputs[0].data)).toEqual(new Set(['No', 'Yes']));
  });

  it('infer with a version and a requested output returns only that output; no id when none was sent', async () => {
    const res = await call(srv.url, 'POST', `/v2/models/model/versions/${digest}/infer`, { inputs: churnTensors(holdout.slice(0, 3), features), outputs: [{ name: 'predict' }] });
    expect(res.status).toBe(200);
    const body = res.body as unknown as InferResponse;
    expect(body.outputs.map((o) => o.name)).toEqual(['predict']);
    expect(body.outputs[0].shape).toEqual([3]);
    expect('id' in body).toBe(false);
  });

  it('shares /predict’s path: rows and classes counted, the request sample gets every OIP row, the route is counted', async () => {
    const before = await (await fetch(`${srv.url}/metrics`)).text();
    const count = (text: string, re: RegExp) => Number(re.exec(text)?.[1] ?? 0);
    const rows = holdout.slice(0, 7);
    const res = await call(srv.url, 'POST', '/v2/models/model/infer', { inputs: churnTensors(rows, features) });
    expect(res.status).toBe(200);
    const bad = await call(srv.url, 'POST', '/v2/models/model/infer', { inputs: churnTensors(rows, features).map((t) => (t.name === 'tenure' ? { ...t, data: t.data.map(() => 2.5) } : t)) });
    expect(bad.status).toBe(400);
    await srv.close();
    const after = await srv.metrics.text();
    expect(count(after, /cd4ml_rows_total (\d+)/) - count(before, /cd4ml_rows_total (\d+)/)).toBe(7);
    const predicted = (res.body as unknown as InferResponse).outputs[0].data as string[];
    const yes = predicted.filter((p) => p === 'Yes').length;
    expect(count(after, /cd4ml_predictions_total\{class="Yes"\} (\d+)/) - count(before, /cd4ml_predictions_total\{class="Yes"\} (\d+)/)).toBe(yes);
    expect(count(after, /cd4ml_feature_observations_total\{feature="tenure"\} (\d+)/) - count(before, /cd4ml_feature_observations_total\{feature="tenure"\} (\d+)/)).toBe(7);
    expect(count(after, /cd4ml_http_requests_total\{route="\/v2\/models\/\{name\}\/infer",code="200"\} (\d+)/)).toBeGreaterThanOrEqual(1);
    expect(count(after, /cd4ml_http_requests_total\{route="\/v2\/models\/\{name\}\/infer",code="400"\} (\d+)/)).toBe(1);
    // Every scored row of every request so far (rate 1): the two earlier infers (200 + 3 rows) and this one.
    const lines = readFileSync(join(sampleDir, 'requests.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { input: Record<string, unknown>; prediction: string });
    expect(lines.length).toBe(200 + 3 + 7);
    expect(lines.slice(-7).map((l) => l.prediction)).toEqual(predicted);
    expect(lines.at(-1)!.input.contract).toBe(rows[6].contract);
  });
});

describe('OIP REST errors (400 with {"error"})', () => {
  let srv: RunningServer;
  let features: string[];
  let rows: Record<string, unknown>[];
  beforeAll(async () => {
    const dir = churnBundle();
    srv = await startServer({ bundleDir: dir, port: 0 });
    const bundle = await readBundle(dir);
    features = bundle.features;
    rows = (await readHoldout(bundle)).records.slice(0, 2);
  });
  afterAll(() => srv?.close());

  const tensors = () => churnTensors(rows, features);
  it.each([
    { name: 'a value of the wrong type (schema.yml: tenure is int)', body: () => ({ inputs: tensors().map((t) => (t.name === 'tenure' ? { ...t, data: ['ten', 3] } : t)) }), error: /row 0 "tenure": expected an integer, got the string "ten"/ },
    { name: 'a numeric feature sent as BYTES', body: () => ({ inputs: tensors().map((t) => (t.name === 'tenure' ? { ...t, datatype: 'BYTES' } : t)) }), error: /input "tenure": datatype BYTES; this feature is integer: send INT64/ },
    { name: 'an unknown input', body: () => ({ inputs: [...tensors(), { name: 'colour', shape: [2], datatype: 'BYTES', data: ['a', 'b'] }] }), error: /unknown input "colour"; this model's inputs are gender, senior_citizen/ },
    { name: 'shape and data disagree', body: () => ({ inputs: tensors().map((t) => (t.name === 'gender' ? { ...t, shape: [3] } : t)) }), error: /input "gender": shape \[3\] holds 3 value\(s\), but the data has 2/ },
    { name: 'inputs with different row counts', body: () => ({ inputs: tensors().map((t) => (t.name === 'contract' ? { ...t, shape: [1], data: t.data.slice(0, 1) } : t)) }), error: /input "contract" has 1 row\(s\), but "gender" has 2/ },
    { name: 'a required feature left out', body: () => ({ inputs: tensors().filter((t) => t.name !== 'contract') }), error: /"contract": missing: this feature is required/ },
    { name: 'an unknown output', body: () => ({ inputs: tensors(), outputs: [{ name: 'output0' }] }), error: /unknown output "output0"; this model's outputs are predict, probabilities/ },
    { name: 'a [n, k] tensor on a model with categorical inputs', body: () => ({ inputs: [{ name: 'x', shape: [1, 13], datatype: 'FP64', data: new Array(13).fill(1) }] }), error: /a \[n, k\] tensor is accepted only for all-numeric models/ },
    { name: 'an unknown datatype', body: () => ({ inputs: tensors().map((t) => (t.name === 'gender' ? { ...t, datatype: 'STRING' } : t)) }), error: /input "gender": unknown datatype "STRING"/ },
    { name: 'no inputs', body: () => ({ inputs: [] }), error: /no input tensors: send one per feature/ },
  ])('$name', async ({ body, error }) => {
    const res = await call(srv.url, 'POST', '/v2/models/model/infer', body());
    expect(res.status).toBe(400);
    expect(res.body.error).toMatch(error);
  });

  it.each([
    { name: 'invalid JSON', raw: '{"inputs": [', error: /^invalid JSON/ },
    { name: 'inputs missing', raw: '{"id": "1"}', error: /"inputs" must be an array of tensors/ },
    { name: 'a tensor without data', raw: '{"inputs": [{"name": "tenure", "shape": [1], "datatype": "INT64"}]}', error: /input "tenure": "data" must be an array, got nothing/ },
  ])('malformed request ($name): 400 {"error"}', async ({ raw, error }) => {
    const res = await call(srv.url, 'POST', '/v2/models/model/infer', undefined, { raw });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatch(error);
  });
});

describe('OIP REST on the wine bundle (all numeric, named in cd4ml.yml)', () => {
  let srv: RunningServer;
  let dir: string;
  let rows: Record<string, number>[];
  beforeAll(async () => {
    dir = wineBundle();
    srv = await startServer({ bundleDir: dir, port: 0 });
    rows = (await readHoldout(await readBundle(dir))).records.slice(0, 20).map((r) => Object.fromEntries(WINE_FEATURES.map((f) => [f, Number(r[f])])));
  });
  afterAll(() => srv?.close());

  it('the name from train.name in cd4ml.yml is the OIP model name; "model" is then unknown', async () => {
    expect((await call(srv.url, 'GET', '/v2/models/wine')).body.name).toBe('wine');
    expect((await call(srv.url, 'GET', '/v2/models/model')).status).toBe(404);
  });

  it('one [n, 13] FP64 tensor, nested or flat (required_api.md "Tensor Data"), scores as 13 [n] tensors', async () => {
    const expected = scoreRecords(await readBundle(dir), rows);
    const nested = { inputs: [{ name: 'input-0', shape: [20, 13], datatype: 'FP64', data: rows.map((r) => WINE_FEATURES.map((f) => r[f])) }] };
    const flat = { inputs: [{ name: 'input-0', shape: [20, 13], datatype: 'FP64', data: rows.flatMap((r) => WINE_FEATURES.map((f) => r[f])) }] };
    const columns = { inputs: WINE_FEATURES.map((f) => ({ name: f, shape: [20], datatype: f === 'magnesium' || f === 'proline' ? 'INT64' : 'FP64', data: rows.map((r) => r[f]) })) };
    const answers = [];
    for (const body of [nested, flat, columns]) {
      const res = await call(srv.url, 'POST', '/v2/models/wine/infer', body);
      expect(res.status).toBe(200);
      answers.push((res.body as unknown as InferResponse).outputs);
    }
    expect(answers[0][0].data).toEqual(expected.predictions);
    expect(answers[0][1].data).toEqual(expected.probabilities!.flat());
    expect(answers[0][1].shape).toEqual([20, 3]);
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[2]).toEqual(answers[0]);
    expect(new Set(expected.predictions).size).toBeGreaterThanOrEqual(2);
  });

  it('a [n, k] tensor with the wrong k is refused, naming the inputs', async () => {
    const res = await call(srv.url, 'POST', '/v2/models/wine/infer', { inputs: [{ name: 'x', shape: [1, 12], datatype: 'FP64', data: new Array(12).fill(1) }] });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatch(/shape \[1, 12\] has 12 column\(s\); this model has 13 inputs \(alcohol, malic_acid/);
  });

  it('--model-name overrides the bundle’s name', async () => {
    const other = await startServer({ bundleDir: dir, port: 0, modelName: 'vinho' });
    try {
      expect((await call(other.url, 'GET', '/v2/models/vinho')).body.name).toBe('vinho');
      expect((await call(other.url, 'GET', '/v2/models/wine')).status).toBe(404);
    } finally {
      await other.close();
    }
  });
});

describe('required_api.md "Inference Request Examples", replayed', () => {
  /** A model with the example's input names: input0 (UINT32 → an integer feature) and input1 (BOOL). */
  const model: ServedModel = {
    task: 'classification',
    classes: ['off', 'on'],
    version: 'c0ffee000000',
    digest: 'sha256:' + 'c0ffee'.padEnd(64, '0'),
    features: [
      { name: 'input0', kind: 'integer', nullable: false },
      { name: 'input1', kind: 'boolean', nullable: false },
    ],
    score(records) {
      const index = records.map((r) => ((r.input1 as boolean) && (r.input0 as number) > 1 ? 1 : 0));
      return { n: records.length, index, probabilities: index.flatMap((i) => (i ? [0.1, 0.9] : [0.8, 0.2])) };
    },
  };
  let srv: RunningServer;
  beforeAll(async () => {
    srv = await startServer({ model, port: 0, modelName: 'mymodel' });
  });
  afterAll(() => srv?.close());

  it('the example request as published: valid per the OpenAPI file, answered 400 because its input1 has shape [3] and 1 value', async () => {
    const ex = requiredApiExamples();
    expect(ex.request.path).toBe('/v2/models/mymodel/infer');
    const body = JSON.parse(ex.request.body) as { id: string; inputs: Tensor[] };
    const res = await call(srv.url, 'POST', ex.request.path, body);
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ error: 'input "input1": shape [3] holds 3 value(s), but the data has 1' });
  });

  it('the example made consistent (3 rows, output "probabilities"): answered in the form of the example response', async () => {
    const ex = requiredApiExamples();
    const request = { id: '42', inputs: [{ name: 'input0', shape: [3], datatype: 'UINT32', data: [1, 2, 3] }, { name: 'input1', shape: [3], datatype: 'BOOL', data: [true, true, false] }], outputs: [{ name: 'probabilities' }] };
    const res = await call(srv.url, 'POST', ex.request.path, request);
    expect(res.status).toBe(200);
    // The published response (it lacks a comma after "id" and the model_name the OpenAPI file requires).
    const published = JSON.parse(ex.response.body.replace('"42"\n', '"42",\n')) as { id: string; outputs: Tensor[] };
    expect(published.outputs[0].shape).toEqual([3, 2]);
    const ours = res.body as unknown as InferResponse;
    expect(ours.id).toBe(published.id);
    expect(ours.outputs.map((o) => Object.keys(o).sort())).toEqual(published.outputs.map((o) => Object.keys(o).sort()));
    expect(ours.outputs).toEqual([{ name: 'probabilities', shape: [3, 2], datatype: 'FP64', data: [0.8, 0.2, 0.1, 0.9, 0.8, 0.2] }]);
    expect(ours.model_name).toBe('mymodel');
  });
});
