/**
 * The Open Inference Protocol over gRPC, called by a client nobody here wrote: @grpc/grpc-js with
 * a stub built by @grpc/proto-loader's loadSync from the .proto file (the project's copy, checked
 * byte for byte against the published one's sha256) — not from the server's embedded text. All six
 * RPCs, typed contents and raw_input_contents, and the status codes of the failures.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBundle, readHoldout, scoreRecords } from '../../../src/model/bundle.js';
import { GRPC_PREDICT_V2_PROTO } from '../../../src/serve/proto/grpc-predict-v2.js';
import { startServer, type RunningServer } from '../../../src/serve/server.js';
import { ROOT } from '../../helpers/paths.js';
import { WINE_FEATURES, churnBundle, wineBundle } from './bundle-fixture.js';

const PROTO_FILE = join(ROOT, 'src/serve/proto/grpc_predict_v2.proto');
/** sha256 of kserve's docs/predict-api/v2/grpc_predict_v2.proto at aaac4e29 (tests/fixtures/oip/SOURCE.md). */
const PUBLISHED_SHA256 = '408092a3cfb737c1be17e47211fd6b072211839f61d133af6512e64d4efcca04';

type Client = grpc.Client & Record<string, (req: unknown, cb: (err: grpc.ServiceError | null, res: never) => void) => void>;

function client(address: string): Client {
  const def = protoLoader.loadSync(PROTO_FILE, { keepCase: true, longs: Number, defaults: true });
  const pkg = grpc.loadPackageDefinition(def) as unknown as { inference: { GRPCInferenceService: new (addr: string, creds: grpc.ChannelCredentials) => Client } };
  return new pkg.inference.GRPCInferenceService(address, grpc.credentials.createInsecure());
}

function rpc<T = Record<string, unknown>>(c: Client, method: string, req: unknown): Promise<T> {
  return new Promise((resolve, reject) => c[method](req, (err, res) => (err ? reject(err) : resolve(res as T))));
}

async function rpcError(c: Client, method: string, req: unknown): Promise<grpc.ServiceError> {
  try {
    await rpc(c, method, req);
  } catch (err) {
    return err as grpc.ServiceError;
  }
  throw new Error(`${method} succeeded, expected an error`);
}

interface OutTensor {
  name: string;
  datatype: string;
  shape: number[];
  contents: { bytes_contents: Buffer[]; fp64_contents: number[] } | null;
}
interface InferResponse {
  model_name: string;
  model_version: string;
  id: string;
  outputs: OutTensor[];
  raw_output_contents: Buffer[];
}

describe('the .proto', () => {
  it('is the published file, unchanged, and the server embeds exactly that text', () => {
    const text = readFileSync(PROTO_FILE, 'utf8');
    expect(createHash('sha256').update(readFileSync(PROTO_FILE)).digest('hex')).toBe(PUBLISHED_SHA256);
    expect(GRPC_PREDICT_V2_PROTO).toBe(text);
  });
});

const NUMERIC = new Set(['senior_citizen', 'tenure', 'monthly_charges', 'total_charges']);
const INTS = new Set(['senior_citizen', 'tenure']);

describe('OIP gRPC on the churn bundle', () => {
  let srv: RunningServer;
  let c: Client;
  let holdout: Record<string, unknown>[];
  let features: string[];
  let digest: string;
  let expected: ReturnType<typeof scoreRecords>;
  beforeAll(async () => {
    const dir = churnBundle();
    srv = await startServer({ bundleDir: dir, port: 0, grpcPort: 0, serverVersion: '9.9.9' });
    c = client(srv.grpc!.address);
    const bundle = await readBundle(dir);
    features = bundle.features;
    digest = bundle.digest;
    // Rows without missing values: typed contents cannot carry a null.
    holdout = (await readHoldout(bundle)).records.filter((r) => features.every((f) => r[f] !== '' && r[f] !== null)).slice(0, 150);
    expected = scoreRecords(bundle, holdout);
  });
  afterAll(async () => {
    c?.close();
    await srv?.close();
  });

  /** Typed contents, one [n] tensor per feature. */
  const typedInputs = (rows: Record<string, unknown>[]) =>
    features.map((f) => {
      const datatype = INTS.has(f) ? 'INT64' : NUMERIC.has(f) ? 'FP64' : 'BYTES';
      const values = rows.map((r) => r[f]);
      const contents = datatype === 'INT64' ? { int64_contents: values.map(Number) } : datatype === 'FP64' ? { fp64_contents: values.map(Number) } : { bytes_contents: values.map((v) => Buffer.from(String(v))) };
      return { name: f, datatype, shape: [rows.length], contents };
    });

  it('ServerLive, ServerReady, ServerMetadata', async () => {
    expect(await rpc(c, 'ServerLive', {})).toEqual({ live: true });
    expect(await rpc(c, 'ServerReady', {})).toEqual({ ready: true });
    expect(await rpc(c, 'ServerMetadata', {})).toEqual({ name: 'cd4ml', version: '9.9.9', extensions: [] });
  });

  it('ModelReady and ModelMetadata: name "model", version = digest; NOT_FOUND for another name or version', async () => {
    expect(await rpc(c, 'ModelReady', { name: 'model', version: '' })).toEqual({ ready: true });
    expect(await rpc(c, 'ModelReady', { name: 'model', version: digest })).toEqual({ ready: true });
    const meta = await rpc<{ name: string; versions: string[]; platform: string; inputs: { name: string; datatype: string; shape: number[] }[]; outputs: unknown[] }>(c, 'ModelMetadata', { name: 'model' });
    expect(meta.name).toBe('model');
    expect(meta.versions).toEqual([digest]);
    expect(meta.platform).toBe('cd4ml_mlcart');
    expect(meta.inputs.map((i) => i.name)).toEqual(features);
    expect(meta.inputs.find((i) => i.name === 'tenure')).toEqual({ name: 'tenure', datatype: 'INT64', shape: [-1] });
    expect(meta.outputs).toEqual([
      { name: 'predict', datatype: 'BYTES', shape: [-1] },
      { name: 'probabilities', datatype: 'FP64', shape: [-1, 2] },
    ]);
    for (const [method, req] of [
      ['ModelReady', { name: 'other' }],
      ['ModelMetadata', { name: 'other' }],
      ['ModelMetadata', { name: 'model', version: 'abc' }],
      ['ModelInfer', { model_name: 'other', inputs: [] }],
    ] as const) {
      const err = await rpcError(c, method, req);
      expect(err.code).toBe(grpc.status.NOT_FOUND);
      expect(err.details).toMatch(/unknown (model "other"|version "abc")/);
    }
  });

  it('ModelInfer with typed contents: 150 rows give exactly scoreRecords’ labels and probabilities', async () => {
    const res = await rpc<InferResponse>(c, 'ModelInfer', { model_name: 'model', id: 'g-1', inputs: typedInputs(holdout) });
    expect(res.model_name).toBe('model');
    expect(res.model_version).toBe(digest);
    expect(res.id).toBe('g-1');
    expect(res.raw_output_contents).toEqual([]);
    expect(res.outputs.map((o) => [o.name, o.datatype, o.shape])).toEqual([
      ['predict', 'BYTES', [150]],
      ['probabilities', 'FP64', [150, 2]],
    ]);
    expect(res.outputs[0].contents!.bytes_contents.map((b) => b.toString())).toEqual(expected.predictions);
    expect(res.outputs[1].contents!.fp64_contents).toEqual(expected.probabilities!.flat());
  });

  it('ModelInfer with raw_input_contents answers with raw_output_contents holding the same values', async () => {
    const rows = holdout.slice(0, 40);
    const raw: Buffer[] = [];
    const inputs = features.map((f) => {
      const values = rows.map((r) => r[f]);
      if (INTS.has(f)) {
        const b = Buffer.alloc(8 * values.length);
        values.forEach((v, i) => b.writeBigInt64LE(BigInt(Number(v)), i * 8));
        raw.push(b);
        return { name: f, datatype: 'INT64', shape: [rows.length] };
      }
      if (NUMERIC.has(f)) {
        raw.push(Buffer.from(new Float64Array(values.map(Number)).buffer));
        return { name: f, datatype: 'FP64', shape: [rows.length] };
      }
      raw.push(Buffer.concat(values.flatMap((v) => [Buffer.from(new Uint32Array([Buffer.byteLength(String(v))]).buffer), Buffer.from(String(v))])));
      return { name: f, datatype: 'BYTES', shape: [rows.length] };
    });
    const res = await rpc<InferResponse>(c, 'ModelInfer', { model_name: 'model', inputs, raw_input_contents: raw });
    expect(res.outputs.map((o) => o.contents)).toEqual([null, null]);
    expect(res.raw_output_contents.length).toBe(2);
    const labels: string[] = [];
    const b = res.raw_output_contents[0];
    for (let o = 0; o < b.length; ) {
      const len = b.readUInt32LE(o);
      labels.push(b.toString('utf8', o + 4, o + 4 + len));
      o += 4 + len;
    }
    expect(labels).toEqual(expected.predictions.slice(0, 40));
    const p = res.raw_output_contents[1];
    expect(Array.from({ length: p.length / 8 }, (_, i) => p.readDoubleLE(i * 8))).toEqual(expected.probabilities!.slice(0, 40).flat());
  });

  it('requested outputs only; same metrics path as /predict (rows and the route counted)', async () => {
    const count = (text: string, re: RegExp) => Number(re.exec(text)?.[1] ?? 0);
    const before = await srv.metrics.text();
    const res = await rpc<InferResponse>(c, 'ModelInfer', { model_name: 'model', inputs: typedInputs(holdout.slice(0, 9)), outputs: [{ name: 'probabilities' }] });
    expect(res.outputs.map((o) => o.name)).toEqual(['probabilities']);
    const after = await srv.metrics.text();
    expect(count(after, /cd4ml_rows_total (\d+)/) - count(before, /cd4ml_rows_total (\d+)/)).toBe(9);
    expect(count(after, /cd4ml_feature_observations_total\{feature="contract"\} (\d+)/) - count(before, /cd4ml_feature_observations_total\{feature="contract"\} (\d+)/)).toBe(9);
    const route = /cd4ml_http_requests_total\{route="\/inference\.GRPCInferenceService\/ModelInfer",code="0"\} (\d+)/;
    expect(count(after, route) - count(before, route)).toBe(1);
  });

  it.each([
    { name: 'a value the schema refuses (tenure 2.5 as FP64)', mutate: (t: ReturnType<typeof typedInputs>) => t.map((x) => (x.name === 'tenure' ? { ...x, datatype: 'FP64', contents: { fp64_contents: [2.5, 3] } } : x)), error: /row 0 "tenure": expected an integer, got number 2.5/ },
    { name: 'a numeric feature as BYTES', mutate: (t: ReturnType<typeof typedInputs>) => t.map((x) => (x.name === 'monthly_charges' ? { ...x, datatype: 'BYTES', contents: { bytes_contents: [Buffer.from('1'), Buffer.from('2')] } } : x)), error: /input "monthly_charges": datatype BYTES; this feature is number: send FP64/ },
    { name: 'contents shorter than the shape', mutate: (t: ReturnType<typeof typedInputs>) => t.map((x) => (x.name === 'tenure' ? { ...x, contents: { int64_contents: [1] } } : x)), error: /input "tenure": shape \[2\] holds 2 value\(s\), but the data has 1/ },
    { name: 'an unknown input', mutate: (t: ReturnType<typeof typedInputs>) => [...t, { name: 'zzz', datatype: 'FP64', shape: [2], contents: { fp64_contents: [1, 2] } }], error: /unknown input "zzz"/ },
    { name: 'FP16 typed (no contents field)', mutate: (t: ReturnType<typeof typedInputs>) => t.map((x) => (x.name === 'tenure' ? { ...x, datatype: 'FP16' } : x)), error: /datatype "FP16" has no typed contents field/ },
  ])('INVALID_ARGUMENT for $name', async ({ mutate, error }) => {
    const err = await rpcError(c, 'ModelInfer', { model_name: 'model', inputs: mutate(typedInputs(holdout.slice(0, 2))) });
    expect(err.code).toBe(grpc.status.INVALID_ARGUMENT);
    expect(err.details).toMatch(error);
  });

  it('INVALID_ARGUMENT when raw_input_contents does not match the inputs', async () => {
    const err = await rpcError(c, 'ModelInfer', { model_name: 'model', inputs: typedInputs(holdout.slice(0, 2)).map(({ contents: _c, ...t }) => t), raw_input_contents: [Buffer.alloc(16)] });
    expect(err.code).toBe(grpc.status.INVALID_ARGUMENT);
    expect(err.details).toMatch(/raw_input_contents has 1 entries for 13 inputs/);
  });

  it('RESOURCE_EXHAUSTED above the row limit', async () => {
    const small = await startServer({ bundleDir: churnBundle(), port: 0, grpcPort: 0, maxRows: 3 });
    const c2 = client(small.grpc!.address);
    try {
      const err = await rpcError(c2, 'ModelInfer', { model_name: 'model', inputs: typedInputs(holdout.slice(0, 4)) });
      expect(err.code).toBe(grpc.status.RESOURCE_EXHAUSTED);
      expect(err.details).toMatch(/4 rows is more than the limit of 3/);
    } finally {
      c2.close();
      await small.close();
    }
  });
});

describe('OIP gRPC on the wine bundle: one [n, 13] tensor, draining', () => {
  it('scores a [n, 13] FP64 tensor (typed and raw); while draining ServerReady is false and calls end', async () => {
    const dir = wineBundle();
    const srv = await startServer({ bundleDir: dir, port: 0, grpcPort: 0 });
    const c = client(srv.grpc!.address);
    try {
      const rows = (await readHoldout(await readBundle(dir))).records.slice(0, 10);
      const expected = scoreRecords(await readBundle(dir), rows);
      const flat = rows.flatMap((r) => WINE_FEATURES.map((f) => Number(r[f])));
      const typed = await rpc<InferResponse>(c, 'ModelInfer', { model_name: 'wine', inputs: [{ name: 'x', datatype: 'FP64', shape: [10, 13], contents: { fp64_contents: flat } }] });
      expect(typed.outputs[0].contents!.bytes_contents.map(String)).toEqual(expected.predictions);
      const raw = await rpc<InferResponse>(c, 'ModelInfer', { model_name: 'wine', inputs: [{ name: 'x', datatype: 'FP64', shape: [10, 13] }], raw_input_contents: [Buffer.from(new Float64Array(flat).buffer)] });
      const p = raw.raw_output_contents[1];
      expect(Array.from({ length: p.length / 8 }, (_, i) => p.readDoubleLE(i * 8))).toEqual(expected.probabilities!.flat());
      const closing = srv.close();
      const after = await rpc(c, 'ServerReady', {}).then(
        (r) => r,
        (e: grpc.ServiceError) => e.code,
      );
      // Either the call got in before the listener closed (ready false) or the channel was refused.
      expect([JSON.stringify({ ready: false }), String(grpc.status.UNAVAILABLE)]).toContain(typeof after === 'number' ? String(after) : JSON.stringify(after));
      await closing;
    } finally {
      c.close();
      await srv.close();
    }
  });
});
