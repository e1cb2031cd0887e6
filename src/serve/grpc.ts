/**
 * The Open Inference Protocol over gRPC: `inference.GRPCInferenceService` from the published
 * grpc_predict_v2.proto (embedded unchanged: proto/grpc-predict-v2.ts), all six RPCs, served by
 * @grpc/grpc-js on its own port (HTTP/2, plaintext: TLS ends at the platform's load balancer).
 *
 * ModelInfer takes typed `contents` or `raw_input_contents` (little-endian, row-major; BYTES
 * elements each prefixed by a 4-byte little-endian length, as Triton does) and answers in the same
 * form. It scores through the same path as POST /predict (validation, metrics, request sample).
 * Status codes: INVALID_ARGUMENT (bad tensors or values), NOT_FOUND (unknown model or version),
 * UNAVAILABLE (draining), RESOURCE_EXHAUSTED (too many rows), INTERNAL (scoring failed).
 * Metrics: cd4ml_http_requests_total / _duration_seconds with route = the RPC's path
 * (e.g. /inference.GRPCInferenceService/ModelInfer) and code = the gRPC status number.
 */
import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';
import protobuf from 'protobufjs';
import { errorMessage } from '../errors.js';
import type { ServeMetrics } from './metrics.js';
import { findModel, modelMetadata, outputShape, predictedLabels, numbersOf, rowsFromTensors, selectOutputs, type OipModel, type OipTensor } from './oip.js';
import { GRPC_PREDICT_V2_PROTO } from './proto/grpc-predict-v2.js';
import { RequestError, type ScoreRows } from './scoring.js';

export const SERVICE_PATH = '/inference.GRPCInferenceService/';

/** Options for loading the protocol: field names as in the .proto, int64 as numbers, defaults set. */
export const PROTO_OPTIONS: protoLoader.Options = { keepCase: true, longs: Number, enums: String, defaults: true, oneofs: true };

/** The package definition of the published .proto (for this server and for clients in tests). */
export function loadInferenceProto(text = GRPC_PREDICT_V2_PROTO): protoLoader.PackageDefinition {
  const root = protobuf.parse(text, { keepCase: true }).root;
  return protoLoader.fromJSON(root.toJSON(), PROTO_OPTIONS);
}

export interface GrpcServer {
  /** host:port the server listens on. */
  address: string;
  port: number;
  server: grpc.Server;
  /** Finish in-flight calls (at most drainMs), then stop. */
  close(drainMs?: number): Promise<void>;
}

export interface GrpcOptions {
  port: number;
  host: string;
  oip: OipModel;
  scoreRows: ScoreRows;
  metrics: ServeMetrics;
  maxRows: number;
  /** Largest accepted message (default 5 MiB, like the REST body limit). */
  maxMessageBytes?: number;
  serverVersion: string;
  isReady: () => boolean;
}

interface TensorContents {
  bool_contents: boolean[];
  int_contents: number[];
  int64_contents: number[];
  uint_contents: number[];
  uint64_contents: number[];
  fp32_contents: number[];
  fp64_contents: number[];
  bytes_contents: Buffer[];
}

interface InferInput {
  name: string;
  datatype: string;
  shape: number[];
  contents: Partial<TensorContents> | null;
}

interface InferRequest {
  model_name: string;
  model_version: string;
  id: string;
  inputs: InferInput[];
  outputs: { name: string }[];
  raw_input_contents: Buffer[];
}

const CONTENTS_FIELD: Record<string, keyof TensorContents> = {
  BOOL: 'bool_contents',
  INT8: 'int_contents',
  INT16: 'int_contents',
  INT32: 'int_contents',
  INT64: 'int64_contents',
  UINT8: 'uint_contents',
  UINT16: 'uint_contents',
  UINT32: 'uint_contents',
  UINT64: 'uint64_contents',
  FP32: 'fp32_contents',
  FP64: 'fp64_contents',
  BYTES: 'bytes_contents',
};

const RAW_SIZE: Record<string, number> = { BOOL: 1, INT8: 1, UINT8: 1, INT16: 2, UINT16: 2, INT32: 4, UINT32: 4, FP32: 4, INT64: 8, UINT64: 8, FP64: 8 };

class GrpcError extends Error {
  constructor(
    readonly code: grpc.status,
    message: string,
  ) {
    super(message);
  }
}

/** Values of one raw tensor (little-endian, row-major). */
export function decodeRaw(t: { name: string; datatype: string }, buf: Buffer): unknown[] {
  if (t.datatype === 'BYTES') {
    const out: string[] = [];
    for (let o = 0; o < buf.length; ) {
      if (o + 4 > buf.length) throw new GrpcError(grpc.status.INVALID_ARGUMENT, `input "${t.name}": raw BYTES content ends inside a 4-byte length prefix`);
      const len = buf.readUInt32LE(o);
      o += 4;
      if (o + len > buf.length) throw new GrpcError(grpc.status.INVALID_ARGUMENT, `input "${t.name}": raw BYTES element of ${len} bytes runs past the end of the content`);
      out.push(buf.toString('utf8', o, o + len));
      o += len;
    }
    return out;
  }
  const size = RAW_SIZE[t.datatype];
  if (!size) throw new GrpcError(grpc.status.INVALID_ARGUMENT, `input "${t.name}": datatype ${t.datatype} is not supported in raw_input_contents; send FP64, FP32, INT8–INT64, UINT8–UINT64, BOOL or BYTES`);
  if (buf.length % size !== 0) throw new GrpcError(grpc.status.INVALID_ARGUMENT, `input "${t.name}": raw content of ${buf.length} bytes is not a whole number of ${size}-byte ${t.datatype} values`);
  const n = buf.length / size;
  const out: unknown[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const o = i * size;
    switch (t.datatype) {
      case 'FP64':
        out[i] = buf.readDoubleLE(o);
        break;
      case 'FP32':
        out[i] = buf.readFloatLE(o);
        break;
      case 'INT64':
        out[i] = Number(buf.readBigInt64LE(o));
        break;
      case 'UINT64':
        out[i] = Number(buf.readBigUInt64LE(o));
        break;
      case 'INT32':
        out[i] = buf.readInt32LE(o);
        break;
      case 'UINT32':
        out[i] = buf.readUInt32LE(o);
        break;
      case 'INT16':
        out[i] = buf.readInt16LE(o);
        break;
      case 'UINT16':
        out[i] = buf.readUInt16LE(o);
        break;
      case 'INT8':
        out[i] = buf.readInt8(o);
        break;
      case 'UINT8':
        out[i] = buf.readUInt8(o);
        break;
      default:
        out[i] = buf[o] !== 0; // BOOL
    }
  }
  return out;
}

function rawFp64(values: ArrayLike<number>, count: number): Buffer {
  const buf = Buffer.allocUnsafe(count * 8);
  for (let i = 0; i < count; i++) buf.writeDoubleLE(values[i], i * 8);
  return buf;
}

function rawBytes(values: string[]): Buffer {
  const parts: Buffer[] = [];
  for (const v of values) {
    const b = Buffer.from(v, 'utf8');
    const len = Buffer.allocUnsafe(4);
    len.writeUInt32LE(b.length, 0);
    parts.push(len, b);
  }
  return Buffer.concat(parts);
}

/** The request's input tensors with their values, from typed contents or raw_input_contents. */
export function tensorsOf(req: InferRequest): OipTensor[] {
  const raw = req.raw_input_contents ?? [];
  if (raw.length > 0) {
    if (raw.length !== req.inputs.length) throw new GrpcError(grpc.status.INVALID_ARGUMENT, `raw_input_contents has ${raw.length} entries for ${req.inputs.length} inputs; give one per input, in the same order`);
    return req.inputs.map((t, i) => {
      if (t.contents && Object.values(t.contents).some((v) => Array.isArray(v) && v.length > 0)) throw new GrpcError(grpc.status.INVALID_ARGUMENT, `input "${t.name}" has contents although raw_input_contents is used; use one or the other`);
      return { name: t.name, datatype: t.datatype, shape: t.shape.map(Number), data: decodeRaw(t, raw[i]) };
    });
  }
  return req.inputs.map((t) => {
    const field = CONTENTS_FIELD[t.datatype];
    if (!field) throw new GrpcError(grpc.status.INVALID_ARGUMENT, `input "${t.name}": datatype "${t.datatype}" has no typed contents field; use FP64, FP32, INT8–INT64, UINT8–UINT64, BOOL or BYTES`);
    const values = (t.contents?.[field] ?? []) as unknown[];
    const data = field === 'bytes_contents' ? (values as Buffer[]).map((b) => b.toString('utf8')) : values;
    return { name: t.name, datatype: t.datatype, shape: t.shape.map(Number), data };
  });
}

export async function startGrpcServer(opts: GrpcOptions): Promise<GrpcServer> {
  const { oip, metrics } = opts;
  const served = oip.served;
  const maxMessage = opts.maxMessageBytes ?? 5 * 1024 * 1024;
  const proto = grpc.loadPackageDefinition(loadInferenceProto()) as unknown as { inference: { GRPCInferenceService: grpc.ServiceClientConstructor } };
  const server = new grpc.Server({ 'grpc.max_receive_message_length': maxMessage, 'grpc.max_send_message_length': -1 });

  /** Wrap a handler: one answer per call, a status code for every failure, metrics per RPC. */
  const unary = <Req, Res>(method: string, fn: (req: Req) => Res) => {
    const route = SERVICE_PATH + method;
    return (call: grpc.ServerUnaryCall<Req, Res>, callback: grpc.sendUnaryData<Res>) => {
      const t0 = performance.now();
      let code: grpc.status = grpc.status.OK;
      try {
        callback(null, fn(call.request));
      } catch (err) {
        let message = errorMessage(err);
        if (err instanceof GrpcError) code = err.code;
        else if (err instanceof RequestError) code = err.status === 404 ? grpc.status.NOT_FOUND : err.status === 413 ? grpc.status.RESOURCE_EXHAUSTED : grpc.status.INVALID_ARGUMENT;
        else {
          code = grpc.status.INTERNAL;
          message = `prediction failed: ${message}`;
        }
        callback({ code, details: message });
      } finally {
        metrics.observeRequest(route, code, (performance.now() - t0) / 1e3);
      }
    };
  };
  const model = (name: string, version: string) => {
    const missing = findModel(oip, name, version);
    if (missing) throw new GrpcError(grpc.status.NOT_FOUND, missing);
  };

  server.addService(proto.inference.GRPCInferenceService.service, {
    ServerLive: unary('ServerLive', () => ({ live: true })),
    ServerReady: unary('ServerReady', () => ({ ready: opts.isReady() })),
    ModelReady: unary('ModelReady', (req: { name: string; version: string }) => {
      model(req.name, req.version);
      return { ready: opts.isReady() };
    }),
    ServerMetadata: unary('ServerMetadata', () => ({ name: 'cd4ml', version: opts.serverVersion, extensions: [] })),
    ModelMetadata: unary('ModelMetadata', (req: { name: string; version: string }) => {
      model(req.name, req.version);
      return modelMetadata(oip);
    }),
    ModelInfer: unary('ModelInfer', (req: InferRequest) => {
      model(req.model_name, req.model_version);
      if (!opts.isReady()) throw new GrpcError(grpc.status.UNAVAILABLE, 'draining: shutting down; retry on another replica');
      const rows = rowsFromTensors(tensorsOf(req), served.features, opts.maxRows);
      const outputs = selectOutputs(served, (req.outputs ?? []).map((o) => o.name));
      const { scored } = opts.scoreRows(rows, 'json');
      const raw = (req.raw_input_contents ?? []).length > 0;
      const k = (served.classes ?? []).length;
      const rawOut: Buffer[] = [];
      const tensors = outputs.map((o) => {
        const shape = outputShape(o, scored.n);
        const t: Record<string, unknown> = { name: o.name, datatype: o.datatype, shape };
        if (o.name === 'probabilities') {
          if (raw) rawOut.push(rawFp64(scored.probabilities!, scored.n * k));
          else t.contents = { fp64_contents: numbersOf(scored.probabilities!, scored.n * k) };
        } else if (o.datatype === 'BYTES') {
          const labels = predictedLabels(served, scored);
          if (raw) rawOut.push(rawBytes(labels));
          else t.contents = { bytes_contents: labels.map((l) => Buffer.from(l, 'utf8')) };
        } else if (raw) rawOut.push(rawFp64(scored.index, scored.n));
        else t.contents = { fp64_contents: numbersOf(scored.index, scored.n) };
        return t;
      });
      return { model_name: oip.name, model_version: oip.version, id: req.id, outputs: tensors, raw_output_contents: rawOut };
    }),
  });

  const port = await new Promise<number>((resolve, reject) =>
    server.bindAsync(`${opts.host.includes(':') ? `[${opts.host}]` : opts.host}:${opts.port}`, grpc.ServerCredentials.createInsecure(), (err, p) => (err ? reject(new Error(`gRPC port ${opts.port}: ${err.message}`)) : resolve(p))),
  );
  const host = opts.host === '0.0.0.0' ? '127.0.0.1' : opts.host;
  return {
    address: `${host.includes(':') ? `[${host}]` : host}:${port}`,
    port,
    server,
    close: (drainMs = 10_000) =>
      new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          server.forceShutdown();
          resolve();
        }, drainMs);
        timer.unref();
        server.tryShutdown(() => {
          clearTimeout(timer);
          resolve();
        });
      }),
  };
}
