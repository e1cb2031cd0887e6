/**
 * HTTP behaviour of the serving runtime with a small in-test model (the real bundle end to end is
 * in bundle.test.ts): routes, JSON/CSV input, per-field errors, limits, slow clients, metrics and
 * graceful shutdown. Raw sockets send what well-behaved clients never would.
 */
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../../src/serve/server.js';
import type { ServedModel } from '../../../src/serve/model.js';

/** Classify by a threshold on "x" and the colour; probabilities from a fixed table. */
const model: ServedModel = {
  task: 'classification',
  classes: ['no', 'yes'],
  version: '1.2.3',
  digest: 'sha256:' + 'ab'.repeat(32),
  features: [
    { name: 'x', kind: 'number', nullable: false, edges: [0, 10] },
    { name: 'n', kind: 'integer', nullable: true },
    { name: 'colour', kind: 'category', nullable: false, categories: ['red', 'blue'] },
  ],
  score(records) {
    const index = records.map((r) => ((r.x as number) > 5 || r.colour === 'red' ? 1 : 0));
    return { n: records.length, index, probabilities: index.flatMap((i) => (i ? [0.25, 0.75] : [0.9, 0.1])) };
  },
};

let srv: RunningServer;
beforeAll(async () => {
  srv = await startServer({ model, port: 0, maxBodyBytes: 64 * 1024, requestTimeoutMs: 1500 });
});
afterAll(() => srv.close());

const post = (body: string, type = 'application/json') => fetch(`${srv.url}/predict`, { method: 'POST', headers: { 'content-type': type }, body });

/** Send raw bytes on a fresh connection; resolves with everything the server answered. */
function raw(chunks: (string | Buffer)[], opts: { gapMs?: number; endAfter?: boolean } = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const sock = connect(srv.port, '127.0.0.1');
    let out = '';
    sock.on('data', (d) => (out += d));
    sock.on('close', () => resolve(out));
    sock.on('error', (e) => (out ? resolve(out) : reject(e)));
    sock.on('connect', async () => {
      for (const c of chunks) {
        if (sock.destroyed) break;
        sock.write(c);
        if (opts.gapMs) await new Promise((r) => setTimeout(r, opts.gapMs));
      }
      if (opts.endAfter) sock.end();
    });
  });
}

describe('POST /predict', () => {
  it('scores one JSON object: prediction, probabilities, model version and digest in headers and body', async () => {
    const res = await post('{"x": 7, "n": 2, "colour": "blue"}');
    expect(res.status).toBe(200);
    expect(res.headers.get('x-model-version')).toBe('1.2.3');
    expect(res.headers.get('x-model-digest')).toBe(model.digest);
    expect(await res.json()).toEqual({ model: { version: '1.2.3', digest: model.digest }, predictions: ['yes'], probabilities: [[0.25, 0.75]] });
  });

  it('scores an array of objects and a CSV body the same way', async () => {
    const json = (await (await post('[{"x":1,"colour":"blue"},{"x":1,"colour":"red","n":null}]')).json()) as { predictions: string[] };
    expect(json.predictions).toEqual(['no', 'yes']);
    const csv = (await (await post('x,n,colour\n1,,blue\n1,3,red\n', 'text/csv')).json()) as { predictions: string[] };
    expect(csv.predictions).toEqual(['no', 'yes']);
  });

  it.each([
    { name: 'invalid JSON', body: '{"x": 1,', status: 400, message: /^invalid JSON: / },
    { name: 'a JSON string', body: '"hello"', status: 400, message: /expected a JSON object of feature values or an array of them, got string/ },
    { name: 'an empty array', body: '[]', status: 400, message: /empty array/ },
    { name: 'a wrong content type', body: 'x=1', status: 415, type: 'application/x-www-form-urlencoded', message: /unsupported content type/ },
    { name: 'a CSV cell that is not a number', body: 'x,colour\nabc,red\n', status: 400, type: 'text/csv', message: /row 0 "x": expected a number, got "abc"/ },
  ])('answers $name with $status and a clear message', async ({ body, status, type, message }) => {
    const res = await post(body, type);
    expect(res.status).toBe(status);
    expect(((await res.json()) as { error: string }).error).toMatch(message);
  });

  it('lists per-field errors: wrong types and missing fields, by row', async () => {
    const res = await post('[{"x":"7","colour":"red"},{"colour":3},{"x":1.5,"n":2.5,"colour":null}]');
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: unknown[] };
    expect(body.errors).toEqual([
      { row: 0, field: 'x', message: 'expected a number, got the string "7"' },
      { row: 1, field: 'x', message: 'missing: this feature is required' },
      { row: 2, field: 'n', message: 'expected an integer, got number 2.5' },
      { row: 2, field: 'colour', message: 'null is not allowed: this feature is required' },
    ]);
  });

  it('refuses a 100 MB body from its Content-Length without reading it, and keeps serving', async () => {
    const answer = await raw([`POST /predict HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ncontent-length: ${100 * 1024 * 1024}\r\n\r\n[`]);
    expect(answer).toMatch(/^HTTP\/1\.1 413 /);
    expect(answer).toContain('larger than the limit of 65536 bytes');
    expect((await post('{"x":9,"colour":"blue"}')).status).toBe(200);
  });

  it('stops a chunked body once it passes the limit', async () => {
    const chunk = Buffer.alloc(16 * 1024, 0x20);
    const head = `POST /predict HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\n\r\n`;
    const parts: (string | Buffer)[] = [head];
    for (let i = 0; i < 8; i++) parts.push(`${chunk.length.toString(16)}\r\n`, chunk, '\r\n');
    const answer = await raw(parts, { gapMs: 5 });
    expect(answer).toMatch(/^HTTP\/1\.1 413 /);
  });

  it('times out a slow client with 408 while others are served', async () => {
    const slow = raw(['POST /predict HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ncontent-length: 40\r\n\r\n{"x":'], {});
    const t0 = Date.now();
    const fast = await post('{"x":9,"colour":"blue"}');
    expect(fast.status).toBe(200);
    expect(Date.now() - t0).toBeLessThan(1000);
    const answer = await slow;
    expect(answer).toMatch(/^HTTP\/1\.1 408 /);
  });

  it('answers malformed HTTP with 400 and does not crash', async () => {
    expect(await raw(['GARBAGE\r\n\r\n'])).toMatch(/^HTTP\/1\.1 400 /);
    expect((await fetch(`${srv.url}/healthz`)).status).toBe(200);
  });
});

describe('other routes', () => {
  it.each([
    { name: 'healthz', path: '/healthz', method: 'GET', status: 200 },
    { name: 'readyz', path: '/readyz', method: 'GET', status: 200 },
    { name: 'unknown path', path: '/nope', method: 'GET', status: 404 },
    { name: 'GET predict', path: '/predict', method: 'GET', status: 405 },
    { name: 'POST healthz', path: '/healthz', method: 'POST', status: 405 },
  ])('$name → $status', async ({ path, method, status }) => {
    expect((await fetch(`${srv.url}${path}`, { method })).status).toBe(status);
  });

  it('exposes request, latency, prediction and feature metrics', async () => {
    const before = await (await fetch(`${srv.url}/metrics`)).text();
    const count = (text: string, re: RegExp) => Number(re.exec(text)?.[1] ?? 0);
    await post('[{"x":-1,"colour":"red"},{"x":20,"colour":"green","n":4},{"x":3,"colour":"blue"}]');
    const text = await (await fetch(`${srv.url}/metrics`)).text();
    expect(count(text, /cd4ml_http_requests_total\{route="\/predict",code="200"\} (\d+)/) - count(before, /cd4ml_http_requests_total\{route="\/predict",code="200"\} (\d+)/)).toBe(1);
    expect(text).toMatch(/cd4ml_http_request_duration_seconds_bucket\{le="0.0005",route="\/predict"\} \d+/);
    expect(count(text, /cd4ml_predictions_total\{class="yes"\} (\d+)/) - count(before, /cd4ml_predictions_total\{class="yes"\} (\d+)/)).toBe(2);
    expect(count(text, /cd4ml_feature_bin_total\{feature="x",bin="0"\} (\d+)/) - count(before, /cd4ml_feature_bin_total\{feature="x",bin="0"\} (\d+)/)).toBe(1);
    expect(count(text, /cd4ml_feature_bin_total\{feature="x",bin="2"\} (\d+)/) - count(before, /cd4ml_feature_bin_total\{feature="x",bin="2"\} (\d+)/)).toBe(1);
    expect(count(text, /cd4ml_feature_bin_total\{feature="colour",bin="__other__"\} (\d+)/) - count(before, /cd4ml_feature_bin_total\{feature="colour",bin="__other__"\} (\d+)/)).toBe(1);
    expect(text).toMatch(/cd4ml_feature_missing_total\{feature="n"\} \d+/);
    expect(text).toMatch(/cd4ml_model_info\{version="1.2.3",digest="sha256:abab/);
    expect(text).toMatch(/process_resident_memory_bytes \d+/);
  });
});

describe('graceful shutdown', () => {
  it('stops accepting, finishes the request in flight, then closes', async () => {
    const s = await startServer({ model, port: 0 });
    const body = '{"x":9,"colour":"blue"}';
    const sock = connect(s.port, '127.0.0.1');
    let answer = '';
    const closed = new Promise<void>((r) => sock.on('close', () => r()));
    sock.on('data', (d) => (answer += d));
    await new Promise<void>((r) => sock.on('connect', () => r()));
    sock.write(`POST /predict HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ncontent-length: ${body.length}\r\n\r\n${body.slice(0, 5)}`);
    await new Promise((r) => setTimeout(r, 100));
    let stopped = false;
    const closing = s.close().then(() => (stopped = true));
    await new Promise((r) => setTimeout(r, 100));
    expect(stopped).toBe(false);
    await expect(fetch(`${s.url}/healthz`)).rejects.toThrow();
    sock.write(body.slice(5));
    await closing;
    await closed;
    expect(answer).toMatch(/^HTTP\/1\.1 200 /);
    expect(answer).toContain('"predictions":["yes"]');
  });
});
