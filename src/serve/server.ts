/**
 * The serving runtime: a node:http server around one verified model bundle.
 *
 *   POST /predict   JSON object, JSON array of objects, or CSV (text/csv, header row) → predictions
 *                   (+ class probabilities); 400 with per-field errors; X-Model-Version/-Digest headers
 *   GET  /healthz   alive
 *   GET  /readyz    bundle loaded and verified (503 while draining)
 *   GET  /metrics   Prometheus text (see metrics.ts for the names)
 *
 * and the Open Inference Protocol (KServe v2) REST API beside them (oip.ts: names, tensors):
 *
 *   GET  /v2, /v2/health/live, /v2/health/ready
 *   GET  /v2/models/{name}[/versions/{version}], …/ready
 *   POST /v2/models/{name}[/versions/{version}]/infer
 *
 * and, with `grpcPort`, the same protocol over gRPC on a second port (grpc.ts). Every protocol
 * scores through one path (scoring.ts): same validation, metrics and request sample.
 *
 * Every request is answered (4xx with a message for bad input, 500 if scoring itself fails); no
 * request can crash the process. close() stops accepting, drains in-flight requests, then resolves.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Papa from 'papaparse';
import { UsageError, errorMessage } from '../errors.js';
import { ServeMetrics } from './metrics.js';
import { loadServedModel, type ServedModel } from './model.js';
import { SampleLog, type SampleLogOptions } from './sample-log.js';
import { RequestError, createScoringPath, labelJson, predictionsJson, probabilitiesJson } from './scoring.js';
import { findModel, modelMetadata, oipModel, outputShape, parseRestInferRequest, rowsFromTensors, selectOutputs, type OipModel } from './oip.js';
import type { GrpcServer } from './grpc.js';

export interface ServerOptions {
  /** Bundle to load and verify (ignored when `model` is given). */
  bundleDir?: string;
  model?: ServedModel;
  port?: number;
  /** Default 127.0.0.1; the image sets HOST=0.0.0.0. */
  host?: string;
  /** Largest accepted request body (default 5 MiB). */
  maxBodyBytes?: number;
  /** Largest batch (default 10 000 rows). */
  maxRows?: number;
  /** A request (headers and body) must arrive within this time (default 30 s); slower clients get 408. */
  requestTimeoutMs?: number;
  /** close() waits this long for in-flight requests before cutting connections (default 10 s). */
  drainTimeoutMs?: number;
  log?: (line: string) => void;
  /** Request sample for `cd4ml monitor` (off by default): see sample-log.ts. */
  sampleLog?: SampleLogOptions;
  /** Open Inference Protocol model name (default: the bundle's name, else "model"). */
  modelName?: string;
  /** Serve OIP over gRPC on this port too (0 picks a free one; off when undefined). */
  grpcPort?: number;
  /** Server version for OIP server metadata (default: the build's version). */
  serverVersion?: string;
}

export interface RunningServer {
  url: string;
  port: number;
  server: Server;
  model: ServedModel;
  metrics: ServeMetrics;
  /** The OIP model name and version served. */
  oip: OipModel;
  /** The gRPC server, when `grpcPort` was given. */
  grpc?: GrpcServer;
  /** Stop accepting, finish in-flight requests, close. Idempotent. */
  close(): Promise<void>;
}

const ROUTES: Record<string, string> = { '/predict': '/predict', '/healthz': '/healthz', '/readyz': '/readyz', '/metrics': '/metrics' };
const ROUTE_LIST = 'POST /predict, GET /healthz, /readyz, /metrics; OIP: GET /v2, /v2/health/live, /v2/health/ready, /v2/models/{name}[/versions/{version}][/ready], POST /v2/models/{name}[/versions/{version}]/infer';

/** The media type of a Content-Type value, lower case ("application/json" as sent by most clients costs nothing). */
function mediaType(contentType: string): string {
  return contentType === 'application/json' ? contentType : contentType.split(';')[0].trim().toLowerCase();
}

/** True when every character of `text` is ASCII. */
function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

/**
 * Content-Length and Content-Type of a request in one pass over the raw header list, without
 * lower-casing the usual spellings; the first of each counts, as in `req.headers`.
 */
function bodyHeaders(req: IncomingMessage): { length: number; type: string } {
  const raw = req.rawHeaders;
  let length: string | undefined;
  let type: string | undefined;
  for (let i = 0; i < raw.length; i += 2) {
    const name = raw[i];
    if (name.length === 14) {
      if (length === undefined && (name === 'Content-Length' || name === 'content-length' || name.toLowerCase() === 'content-length')) length = raw[i + 1];
    } else if (name.length === 12) {
      if (type === undefined && (name === 'Content-Type' || name === 'content-type' || name.toLowerCase() === 'content-type')) type = raw[i + 1];
    }
  }
  return { length: Number(length), type: type ?? '' };
}

/** Answers a request whose whole body has arrived (synchronously; a throw is answered as a failure). */
type BodyAnswer = (req: IncomingMessage, res: ServerResponse, t0: number, route: string, contentType: string, body: Buffer) => void;
type BodyFailure = (req: IncomingMessage, res: ServerResponse, t0: number, route: string, oipStyle: boolean, err: unknown) => void;

/**
 * Read the whole body (at most `limit` bytes), then `answer` it, or answer `failed` once: a body
 * over the limit, a broken or aborted request (node:http emits "error" for an abort), or a throw
 * from `answer`. Three listeners and no promise: this is the hot path.
 */
function readBody(req: IncomingMessage, res: ServerResponse, t0: number, route: string, oipStyle: boolean, limit: number, answer: BodyAnswer, failed: BodyFailure): void {
  const { length: declared, type } = bodyHeaders(req);
  if (declared > limit) {
    failed(req, res, t0, route, oipStyle, new RequestError(413, `request body of ${declared} bytes is larger than the limit of ${limit} bytes; send smaller batches`));
    return;
  }
  let first: Buffer | undefined;
  let chunks: Buffer[] | undefined;
  let size = 0;
  let finished = false;
  req.on('data', (c: Buffer) => {
    if (finished) return;
    size += c.length;
    if (size > limit) {
      finished = true;
      failed(req, res, t0, route, oipStyle, new RequestError(413, `request body is larger than the limit of ${limit} bytes; send smaller batches`));
      return;
    }
    if (!first) first = c;
    else (chunks ??= [first]).push(c);
  });
  req.on('end', () => {
    if (finished) return;
    finished = true;
    try {
      answer(req, res, t0, route, type, chunks ? Buffer.concat(chunks, size) : (first ?? Buffer.alloc(0)));
    } catch (err) {
      failed(req, res, t0, route, oipStyle, err);
    }
  });
  req.on('error', (err) => {
    if (finished) return;
    finished = true;
    failed(req, res, t0, route, oipStyle, new RequestError(400, err.message === 'aborted' ? 'request aborted by the client' : `request body could not be read: ${err.message}`));
  });
}

function parseRows(body: Buffer, contentType: string, maxRows: number): { rows: unknown[]; source: 'json' | 'csv'; single: boolean } {
  const type = mediaType(contentType);
  const text = body.toString('utf8');
  if (type === 'text/csv' || type === 'application/csv') {
    const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
    if (parsed.errors.length > 0) {
      const e = parsed.errors[0];
      throw new RequestError(400, `invalid CSV at row ${(e.row ?? 0) + 1}: ${e.message}`);
    }
    if (parsed.data.length === 0) throw new RequestError(400, 'CSV body has a header but no rows');
    if (parsed.data.length > maxRows) throw new RequestError(413, `${parsed.data.length} rows is more than the limit of ${maxRows} per request`);
    return { rows: parsed.data, source: 'csv', single: false };
  }
  if (type !== '' && type !== 'application/json' && !type.endsWith('+json')) {
    throw new RequestError(415, `unsupported content type "${type}"; send application/json (an object or an array of objects) or text/csv`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new RequestError(400, `invalid JSON: ${errorMessage(err)}`);
  }
  if (Array.isArray(value)) {
    if (value.length === 0) throw new RequestError(400, 'empty array: send at least one object of feature values');
    if (value.length > maxRows) throw new RequestError(413, `${value.length} rows is more than the limit of ${maxRows} per request`);
    return { rows: value, source: 'json', single: false };
  }
  if (value !== null && typeof value === 'object') return { rows: [value], source: 'json', single: true };
  throw new RequestError(400, `expected a JSON object of feature values or an array of them, got ${value === null ? 'null' : typeof value}`);
}

export async function startServer(opts: ServerOptions): Promise<RunningServer> {
  let model = opts.model;
  if (!model) {
    if (!opts.bundleDir) throw new Error('startServer needs bundleDir or model');
    model = await loadServedModel(opts.bundleDir);
  }
  const served = model;
  const maxBody = opts.maxBodyBytes ?? 5 * 1024 * 1024;
  const maxRows = opts.maxRows ?? 10_000;
  const metrics = new ServeMetrics({ features: served.features, task: served.task, classes: served.classes, version: served.version, digest: served.digest, predictionBuckets: served.predictionBuckets });
  const modelInfo = JSON.stringify({ version: served.version, digest: served.digest });
  const oip = oipModel(served, opts.modelName);
  const serverVersion = opts.serverVersion ?? '__CD4ML_VERSION__';
  let ready = true;
  let inFlight = 0;
  const log = opts.log ?? (() => undefined);
  const sampler = opts.sampleLog && opts.sampleLog.rate > 0 ? new SampleLog({ log, ...opts.sampleLog }) : undefined;
  const scoreRows = createScoringPath(served, metrics, sampler);
  const classification = served.task === 'classification';
  const labels = labelJson(served);
  const k = (served.classes ?? []).length;
  const JSON_TYPE = 'application/json; charset=utf-8';
  // A /predict answer holds JSON numbers, brackets, the model's hex version and digest and the
  // class labels' JSON: when the labels are ASCII, so is every answer, and then its length in
  // bytes is its length in characters and node:http copies it as latin1 instead of encoding UTF-8.
  const asciiPredictions = labels.every(isAscii) && isAscii(modelInfo);

  /** Answer (`ascii`: the caller knows `body` is ASCII). One writeHead with a flat header list, one end: one write. */
  const send = (res: ServerResponse, route: string, t0: number, status: number, body: string, contentType = JSON_TYPE, extra?: Record<string, string>, ascii = false) => {
    inFlight--;
    if (res.headersSent || res.destroyed) return;
    // While draining, finish this response and close its keep-alive connection.
    if (!ready) res.shouldKeepAlive = false;
    // A flat [name, value, …] list: node:http takes it as is, without copying an object.
    const headers = ['content-type', contentType, 'content-length', String(ascii ? body.length : Buffer.byteLength(body)), 'x-model-version', served.version, 'x-model-digest', served.digest];
    if (extra) for (const k in extra) headers.push(k, extra[k]);
    res.writeHead(status, headers);
    res.end(body, ascii ? 'latin1' : 'utf8');
    metrics.observeRequest(route, status, (performance.now() - t0) / 1e3);
  };
  const sendError = (res: ServerResponse, route: string, t0: number, status: number, message: string, details?: unknown) =>
    send(res, route, t0, status, JSON.stringify({ error: message, ...(details ? { errors: details } : {}) }), undefined, status === 413 ? { connection: 'close' } : undefined);
  /** OIP health answers: a status and an empty body (required_api.md: "The HTTP response body should be empty"). */
  const sendEmpty = (res: ServerResponse, route: string, t0: number, status: number) => send(res, route, t0, status, '', 'text/plain; charset=utf-8');

  const predictPrefix = `{"model":${modelInfo},"predictions":`;
  const predict: BodyAnswer = (req, res, t0, route, contentType, body) => {
    const { rows, source } = parseRows(body, contentType, maxRows);
    const { scored } = scoreRows(rows, source);
    let out = predictPrefix + predictionsJson(scored, labels, classification);
    if (classification && scored.probabilities) out += `,"probabilities":${probabilitiesJson(scored, k, true)}`;
    send(res, route, t0, 200, out + '}', JSON_TYPE, undefined, asciiPredictions);
  };

  const infer: BodyAnswer = (req, res, t0, route, contentType, body) => {
    const type = mediaType(contentType);
    if (type !== '' && type !== 'application/json' && !type.endsWith('+json')) throw new RequestError(415, `unsupported content type "${type}"; send an application/json inference request`);
    let value: unknown;
    try {
      value = JSON.parse(body.toString('utf8'));
    } catch (err) {
      throw new RequestError(400, `invalid JSON: ${errorMessage(err)}`);
    }
    const request = parseRestInferRequest(value);
    const rows = rowsFromTensors(request.inputs, served.features, maxRows);
    const outputs = selectOutputs(served, request.outputs);
    const { scored } = scoreRows(rows, 'json');
    let out = `{"model_name":${JSON.stringify(oip.name)},"model_version":"${oip.version}"`;
    if (request.id !== undefined) out += `,"id":${JSON.stringify(request.id)}`;
    out += ',"outputs":[';
    outputs.forEach((o, i) => {
      if (i > 0) out += ',';
      const data = o.name === 'probabilities' ? probabilitiesJson(scored, k, false) : predictionsJson(scored, labels, classification);
      out += `{"name":"${o.name}","datatype":"${o.datatype}","shape":${JSON.stringify(outputShape(o, scored.n))},"data":${data}}`;
    });
    send(res, route, t0, 200, out + ']}');
  };

  /** Answer a failed POST: 4xx for the client's mistakes, 500 when scoring itself failed. */
  const failed: BodyFailure = (req, res, t0, route, oipStyle, err) => {
    if (err instanceof RequestError) sendError(res, route, t0, err.status, err.message, oipStyle ? undefined : err.details);
    else if (err instanceof UsageError) sendError(res, route, t0, 400, `invalid input: ${err.message}`);
    else {
      log(`${route} failed: ${errorMessage(err)}`);
      sendError(res, route, t0, 500, `prediction failed: ${errorMessage(err)}`);
    }
    // Stop reading an oversized or broken body; the response above closes the connection.
    if (!req.complete) req.resume();
  };


  /** The OIP REST routes (path starts with /v2). */
  const handleV2 = (req: IncomingMessage, res: ServerResponse, t0: number, path: string) => {
    const get = req.method === 'GET' || req.method === 'HEAD';
    if (path === '/v2' || path === '/v2/') {
      if (!get) return sendError(res, '/v2', t0, 405, `use GET ${path}`);
      return send(res, '/v2', t0, 200, JSON.stringify({ name: 'cd4ml', version: serverVersion, extensions: [] }));
    }
    if (path === '/v2/health/live' || path === '/v2/health/ready') {
      if (!get) return sendError(res, path, t0, 405, `use GET ${path}`);
      return sendEmpty(res, path, t0, path === '/v2/health/live' || ready ? 200 : 400);
    }
    const m = /^\/v2\/models\/([^/]+)(?:\/versions\/([^/]+))?(\/ready|\/infer)?\/?$/.exec(path);
    if (!m) {
      req.resume();
      return sendError(res, 'other', t0, 404, `no route ${path}; routes: ${ROUTE_LIST}`);
    }
    const action = m[3] ?? '';
    const route = `/v2/models/{name}${action}`;
    let name: string;
    let version: string | undefined;
    try {
      name = decodeURIComponent(m[1]);
      version = m[2] === undefined ? undefined : decodeURIComponent(m[2]);
    } catch {
      req.resume();
      return sendError(res, route, t0, 400, `bad percent-encoding in ${path}`);
    }
    const missing = findModel(oip, name, version);
    if (action === '/infer') {
      if (req.method !== 'POST') return sendError(res, route, t0, 405, `use POST ${path} with an inference request`);
      if (missing) {
        req.resume();
        return sendError(res, route, t0, 404, missing);
      }
      return readBody(req, res, t0, route, true, maxBody, infer, failed);
    }
    if (!get) return sendError(res, route, t0, 405, `use GET ${path}`);
    if (missing) return sendError(res, route, t0, 404, missing);
    if (action === '/ready') return sendEmpty(res, route, t0, ready ? 200 : 400);
    return send(res, route, t0, 200, JSON.stringify(modelMetadata(oip)));
  };

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const t0 = performance.now();
    const url = req.url!;
    const q = url.indexOf('?');
    const path = q < 0 ? url : url.slice(0, q);
    inFlight++;
    const route = ROUTES[path];
    try {
      if (route === '/predict') {
        if (req.method !== 'POST') return sendError(res, route, t0, 405, 'use POST /predict with a JSON or CSV body');
        return readBody(req, res, t0, route, false, maxBody, predict, failed);
      }
      if (route === undefined && path.startsWith('/v2')) return handleV2(req, res, t0, path);
      if (req.method !== 'GET' && req.method !== 'HEAD') return sendError(res, route ?? 'other', t0, 405, `use GET ${path}`);
      if (route === '/healthz') return send(res, route, t0, 200, '{"status":"ok"}');
      if (route === '/readyz') return ready ? send(res, route, t0, 200, `{"status":"ready","model":${modelInfo}}`) : sendError(res, route, t0, 503, 'draining: shutting down');
      if (route === '/metrics') {
        metrics.text().then(
          (text) => send(res, route, t0, 200, text, metrics.contentType),
          (err: unknown) => sendError(res, route, t0, 500, `metrics failed: ${errorMessage(err)}`),
        );
        return;
      }
      req.resume();
      sendError(res, 'other', t0, 404, `no route ${path}; routes: ${ROUTE_LIST}`);
    } catch (err) {
      sendError(res, route ?? 'other', t0, 500, `internal error: ${errorMessage(err)}`);
    }
  };

  const timeout = opts.requestTimeoutMs ?? 30_000;
  const server = createServer(
    { requestTimeout: timeout, headersTimeout: Math.min(timeout, 20_000), connectionsCheckingInterval: Math.max(100, Math.min(timeout / 4, 5_000)), keepAliveTimeout: 5_000, maxHeaderSize: 16 * 1024 },
    handle,
  );
  server.on('clientError', (err: NodeJS.ErrnoException, socket) => {
    // Malformed HTTP, header overflow, timeouts: answer when the socket still can, never crash.
    if (socket.writable && !(socket as { _httpMessage?: { headersSent?: boolean } })._httpMessage?.headersSent) {
      const status = err.code === 'HPE_HEADER_OVERFLOW' ? 431 : err.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
      const body = JSON.stringify({ error: status === 408 ? 'request timed out: the body did not arrive in time' : `bad request: ${err.code ?? err.message}` });
      socket.end(`HTTP/1.1 ${status} ${status === 408 ? 'Request Timeout' : status === 431 ? 'Request Header Fields Too Large' : 'Bad Request'}\r\nconnection: close\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    } else socket.destroy();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 8080, opts.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const addr = server.address() as AddressInfo;
  const host = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address;
  const url = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${addr.port}`;
  log(`serving model ${served.version} (${served.digest}) on ${url} (OIP model "${oip.name}")`);
  let grpc: GrpcServer | undefined;
  if (opts.grpcPort !== undefined) {
    const { startGrpcServer } = await import('./grpc.js');
    try {
      grpc = await startGrpcServer({ port: opts.grpcPort, host: opts.host ?? '127.0.0.1', oip, scoreRows, metrics, maxRows, serverVersion, isReady: () => ready });
    } catch (err) {
      server.close();
      throw err;
    }
    log(`serving OIP gRPC (inference.GRPCInferenceService) on ${grpc.address}`);
  }

  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= new Promise<void>((resolve) => {
      ready = false;
      const drainMs = opts.drainTimeoutMs ?? 10_000;
      const timer = setTimeout(() => {
        log(`drain timeout: closing ${inFlight} connection(s) still busy`);
        server.closeAllConnections();
      }, drainMs);
      timer.unref();
      const httpClosed = new Promise<void>((done) =>
        server.close(() => {
          clearTimeout(timer);
          done();
        }),
      );
      server.closeIdleConnections();
      Promise.all([httpClosed, grpc?.close(drainMs)]).then(() => {
        if (sampler) sampler.close().then(resolve, resolve);
        else resolve();
      }, resolve);
    }));
  return { url, port: addr.port, server, model: served, metrics, oip, grpc, close };
}
