/**
 * The serving runtime: a node:http server around one verified model bundle.
 *
 *   POST /predict   JSON object, JSON array of objects, or CSV (text/csv, header row) → predictions
 *                   (+ class probabilities); 400 with per-field errors; X-Model-Version/-Digest headers
 *   GET  /healthz   alive
 *   GET  /readyz    bundle loaded and verified (503 while draining)
 *   GET  /metrics   Prometheus text (see metrics.ts for the names)
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
import { compileValidator, type Validator } from './validate.js';
import { SampleLog, type SampleLogOptions } from './sample-log.js';

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
}

export interface RunningServer {
  url: string;
  port: number;
  server: Server;
  model: ServedModel;
  metrics: ServeMetrics;
  /** Stop accepting, finish in-flight requests, close. Idempotent. */
  close(): Promise<void>;
}

const ROUTES: Record<string, string> = { '/predict': '/predict', '/healthz': '/healthz', '/readyz': '/readyz', '/metrics': '/metrics' };

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) {
      reject(new HttpError(413, `request body of ${declared} bytes is larger than the limit of ${limit} bytes; send smaller batches`));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    req.on('data', (c: Buffer) => {
      if (done) return;
      size += c.length;
      if (size > limit) {
        done = true;
        reject(new HttpError(413, `request body is larger than the limit of ${limit} bytes; send smaller batches`));
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => {
      if (!done) {
        done = true;
        resolve(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, size));
      }
    });
    req.on('error', (err) => {
      if (!done) {
        done = true;
        reject(new HttpError(400, `request body could not be read: ${err.message}`));
      }
    });
    req.on('aborted', () => {
      if (!done) {
        done = true;
        reject(new HttpError(400, 'request aborted by the client'));
      }
    });
  });
}

function parseRows(body: Buffer, contentType: string, maxRows: number): { rows: unknown[]; source: 'json' | 'csv'; single: boolean } {
  const type = contentType.split(';')[0].trim().toLowerCase();
  const text = body.toString('utf8');
  if (type === 'text/csv' || type === 'application/csv') {
    const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
    if (parsed.errors.length > 0) {
      const e = parsed.errors[0];
      throw new HttpError(400, `invalid CSV at row ${(e.row ?? 0) + 1}: ${e.message}`);
    }
    if (parsed.data.length === 0) throw new HttpError(400, 'CSV body has a header but no rows');
    if (parsed.data.length > maxRows) throw new HttpError(413, `${parsed.data.length} rows is more than the limit of ${maxRows} per request`);
    return { rows: parsed.data, source: 'csv', single: false };
  }
  if (type !== '' && type !== 'application/json' && !type.endsWith('+json')) {
    throw new HttpError(415, `unsupported content type "${type}"; send application/json (an object or an array of objects) or text/csv`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new HttpError(400, `invalid JSON: ${errorMessage(err)}`);
  }
  if (Array.isArray(value)) {
    if (value.length === 0) throw new HttpError(400, 'empty array: send at least one object of feature values');
    if (value.length > maxRows) throw new HttpError(413, `${value.length} rows is more than the limit of ${maxRows} per request`);
    return { rows: value, source: 'json', single: false };
  }
  if (value !== null && typeof value === 'object') return { rows: [value], source: 'json', single: true };
  throw new HttpError(400, `expected a JSON object of feature values or an array of them, got ${value === null ? 'null' : typeof value}`);
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
  const validator: Validator = compileValidator(served.features);
  const modelHeaders = { 'x-model-version': served.version, 'x-model-digest': served.digest };
  const modelInfo = JSON.stringify({ version: served.version, digest: served.digest });
  let ready = true;
  let inFlight = 0;
  const log = opts.log ?? (() => undefined);
  const sampler = opts.sampleLog && opts.sampleLog.rate > 0 ? new SampleLog({ log, ...opts.sampleLog }) : undefined;

  const send = (res: ServerResponse, route: string, t0: bigint, status: number, body: string, contentType = 'application/json; charset=utf-8', extra?: Record<string, string>) => {
    if (res.headersSent || res.destroyed) return;
    // While draining, finish this response and close its keep-alive connection.
    if (!ready) res.shouldKeepAlive = false;
    res.writeHead(status, { 'content-type': contentType, 'content-length': Buffer.byteLength(body), ...modelHeaders, ...extra });
    res.end(body);
    metrics.observeRequest(route, status, Number(process.hrtime.bigint() - t0) / 1e9);
  };
  const sendError = (res: ServerResponse, route: string, t0: bigint, status: number, message: string, details?: unknown) =>
    send(res, route, t0, status, JSON.stringify({ error: message, ...(details ? { errors: details } : {}) }), undefined, status === 413 ? { connection: 'close' } : undefined);

  const predict = async (req: IncomingMessage, res: ServerResponse, t0: bigint) => {
    const body = await readBody(req, maxBody);
    const { rows, source } = parseRows(body, req.headers['content-type'] ?? '', maxRows);
    const { records, errors } = validator.check(rows, source);
    if (errors.length > 0) throw new HttpError(400, `invalid input: ${errors.length}${errors.length >= 50 ? '+' : ''} field error(s), e.g. row ${errors[0].row} ${errors[0].field ? `"${errors[0].field}"` : ''}: ${errors[0].message}`, errors);
    const scored = served.score(records);
    metrics.observeRows(records);
    metrics.observePredictions(scored.index);
    sampler?.record(records, scored.predictions);
    let out = `{"model":${modelInfo},"predictions":${JSON.stringify(scored.predictions)}`;
    if (scored.probabilities) out += `,"probabilities":${JSON.stringify(scored.probabilities)}`;
    send(res, '/predict', t0, 200, out + '}');
  };

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const t0 = process.hrtime.bigint();
    const q = req.url!.indexOf('?');
    const path = q < 0 ? req.url! : req.url!.slice(0, q);
    const route = ROUTES[path] ?? 'other';
    inFlight++;
    res.on('close', () => inFlight--);
    try {
      if (route === '/predict') {
        if (req.method !== 'POST') return sendError(res, route, t0, 405, 'use POST /predict with a JSON or CSV body');
        predict(req, res, t0).catch((err: unknown) => {
          if (err instanceof HttpError) sendError(res, route, t0, err.status, err.message, err.details);
          else if (err instanceof UsageError) sendError(res, route, t0, 400, `invalid input: ${err.message}`);
          else {
            log(`predict failed: ${errorMessage(err)}`);
            sendError(res, route, t0, 500, `prediction failed: ${errorMessage(err)}`);
          }
          // Stop reading an oversized or broken body; the response above closes the connection.
          if (!req.complete) req.resume();
        });
        return;
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') return sendError(res, route, t0, 405, `use GET ${path}`);
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
      sendError(res, route, t0, 404, `no route ${path}; routes: POST /predict, GET /healthz, /readyz, /metrics`);
    } catch (err) {
      sendError(res, route, t0, 500, `internal error: ${errorMessage(err)}`);
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
  log(`serving model ${served.version} (${served.digest}) on ${url}`);

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
      server.close(() => {
        clearTimeout(timer);
        if (sampler) sampler.close().then(resolve, resolve);
        else resolve();
      });
      server.closeIdleConnections();
    }));
  return { url, port: addr.port, server, model: served, metrics, close };
}
