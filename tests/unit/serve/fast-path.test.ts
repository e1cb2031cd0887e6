/**
 * The shortcuts that make /predict fast must not change what it does (issue 15):
 *   - the JSON validation compiled per bundle gives the general check's records, in the same key
 *     order, and accepts exactly the requests the general check passes (fast-check, random specs
 *     and rows of every JSON type);
 *   - the generated field reader the metrics use reads what a loop over the names reads;
 *   - answers carry Content-Length in bytes (non-ASCII class labels included), the model headers,
 *     a current Date; header names in any case are found; an aborted body is survived;
 *   - metrics count every row and value through these paths (sums, bins, missing; date/time text
 *     as epoch ms, so a scrape never fails on it).
 */
import { connect } from 'node:net';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../../src/serve/server.js';
import type { ServedModel } from '../../../src/serve/model.js';
import { checkRows, compileFieldReader, compileJsonFastPath, compileValidator, type FeatureKind, type FeatureSpec, type Value } from '../../../src/model/validate-record.js';

const KINDS: FeatureKind[] = ['number', 'integer', 'boolean', 'category', 'string', 'datetime'];

/** Values of every JSON type, biased towards what each kind accepts. */
const jsonValue = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer({ min: -1000, max: 1000 }),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom('2024-01-31', '2024-01-31T12:00:00Z', 'not a date', '', 'red', 'sí', '42'),
  fc.string({ maxLength: 6 }),
  fc.constant([1, 2]),
  fc.constant({ a: 1 }),
);

const specsArb = fc.uniqueArray(
  fc.record({ name: fc.constantFrom('a', 'b', 'x y', 'ünï', '"q"', 'constructor', '0', 'toString', 'n\\m'), kind: fc.constantFrom(...KINDS), nullable: fc.boolean() }),
  { minLength: 1, maxLength: 6, selector: (s) => s.name },
);

describe('the compiled JSON check', () => {
  it('gives the general check\'s records (values and key order) and accepts exactly what it passes', () => {
    let accepted = 0;
    let refused = 0;
    fc.assert(
      fc.property(specsArb, fc.array(fc.dictionary(fc.constantFrom('a', 'b', 'x y', 'ünï', '"q"', 'constructor', '0', 'toString', 'n\\m', 'extra'), jsonValue), { minLength: 1, maxLength: 4 }), (specs: FeatureSpec[], rows) => {
        const fast = compileJsonFastPath(specs)!;
        const general = checkRows(specs, rows, 'json', Number.POSITIVE_INFINITY);
        const got = fast(rows);
        if (general.errors.length === 0) {
          accepted++;
          expect(got).toBeDefined();
          expect(JSON.stringify(got)).toBe(JSON.stringify(general.records));
          expect(got!.map((r) => Object.keys(r))).toEqual(general.records.map((r) => Object.keys(r)));
        } else {
          refused++;
          expect(got).toBeUndefined();
        }
        // Through compileValidator: the same records, or the general path's errors.
        const both = compileValidator(specs).check(rows, 'json', Number.POSITIVE_INFINITY);
        expect(both.errors).toEqual(general.errors);
        if (general.errors.length === 0) expect(JSON.stringify(both.records)).toBe(JSON.stringify(general.records));
      }),
      { numRuns: 400, seed: 15 },
    );
    // Both outcomes were exercised, not just one.
    expect(accepted).toBeGreaterThan(20);
    expect(refused).toBeGreaterThan(20);
  });

  it.each([
    { name: 'a number as text for a string feature', kind: 'string' as const, value: 7, expected: '7' },
    { name: 'a boolean for a category', kind: 'category' as const, value: true, expected: 'true' },
    { name: 'an ISO date', kind: 'datetime' as const, value: '2024-01-31', expected: '2024-01-31' },
    { name: 'epoch ms for a date', kind: 'datetime' as const, value: 1700000000000, expected: 1700000000000 },
    { name: 'absent, nullable', kind: 'number' as const, value: undefined, expected: null },
  ])('coerces $name as the general check does', ({ kind, value, expected }) => {
    const specs = [{ name: 'f', kind, nullable: true }];
    const row = value === undefined ? {} : { f: value };
    expect(compileJsonFastPath(specs)!([row])).toEqual([{ f: expected }]);
    expect(checkRows(specs, [row], 'json').records).toEqual([{ f: expected }]);
  });

  it('refuses, for the general path to word it: a 2.5 integer, a missing required value, an array row', () => {
    const fast = compileJsonFastPath([{ name: 'n', kind: 'integer', nullable: false }])!;
    expect(fast([{ n: 2.5 }])).toBeUndefined();
    expect(fast([{}])).toBeUndefined();
    expect(fast([[1]])).toBeUndefined();
    expect(fast([{ n: 3 }])).toEqual([{ n: 3 }]);
  });
});

describe('the generated field reader', () => {
  it('reads each name of a record, quoted names and absent ones included', () => {
    const names = ['a', 'x y', '"q"', 'n\\m', 'absent', 'ünï'];
    const out: Value[] = [];
    compileFieldReader(names)({ a: 1, 'x y': 'two', '"q"': true, 'n\\m': null, ünï: 3.5 }, out);
    expect(out).toEqual([1, 'two', true, null, undefined, 3.5]);
  });
});

/** Classes with non-ASCII labels: the answer is not ASCII and its Content-Length must count bytes. */
const unicodeModel: ServedModel = {
  task: 'classification',
  classes: ['não', '日本', 'plain'],
  version: 'v-1',
  digest: 'sha256:' + 'cd'.repeat(32),
  features: [
    { name: 'x', kind: 'number', nullable: false, edges: [0, 10] },
    { name: 'when', kind: 'datetime', nullable: true },
    { name: 'colour', kind: 'category', nullable: true, categories: ['red'] },
  ],
  score(records) {
    const index = records.map((r) => ((r.x as number) > 5 ? 1 : (r.x as number) < 0 ? 2 : 0));
    return { n: records.length, index, probabilities: index.flatMap((i) => [0, 1, 2].map((c) => (c === i ? 0.8 : 0.1))) };
  },
};
const asciiModel: ServedModel = { ...unicodeModel, classes: ['no', 'yes', 'maybe'] };

let uni: RunningServer;
let ascii: RunningServer;
const logs: string[] = [];
beforeAll(async () => {
  uni = await startServer({ model: unicodeModel, port: 0, log: (l) => logs.push(l), maxBodyBytes: 4096 });
  ascii = await startServer({ model: asciiModel, port: 0 });
});
afterAll(async () => {
  await uni?.close();
  await ascii?.close();
});

/** One raw HTTP exchange on a fresh connection: status line, headers (lower-case names) and body bytes. */
function exchange(port: number, request: string, opts: { abortAfterMs?: number } = {}): Promise<{ status: number; headers: Record<string, string>; body: Buffer; raw: Buffer }> {
  return new Promise((resolve, reject) => {
    const sock = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    sock.on('data', (d) => chunks.push(d));
    sock.on('error', reject);
    sock.on('connect', () => {
      sock.write(request);
      if (opts.abortAfterMs !== undefined) setTimeout(() => sock.destroy(), opts.abortAfterMs);
    });
    sock.on('close', () => {
      const raw = Buffer.concat(chunks);
      const split = raw.indexOf('\r\n\r\n');
      const head = raw.subarray(0, split < 0 ? raw.length : split).toString('latin1').split('\r\n');
      const headers: Record<string, string> = {};
      for (const line of head.slice(1)) {
        const i = line.indexOf(':');
        headers[line.slice(0, i).toLowerCase()] = line.slice(i + 1).trim();
      }
      resolve({ status: Number(head[0].split(' ')[1] ?? 0), headers, body: split < 0 ? Buffer.alloc(0) : raw.subarray(split + 4), raw });
    });
  });
}

const postRaw = (body: string, headers: string[] = ['Content-Type: application/json']) =>
  `POST /predict HTTP/1.1\r\nHost: x\r\nConnection: close\r\n${headers.join('\r\n')}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;

describe('answers of /predict', () => {
  it.each([
    { name: 'non-ASCII labels', server: () => uni, label: '日本', version: 'v-1' },
    { name: 'ASCII labels', server: () => ascii, label: 'yes', version: 'v-1' },
  ])('with $name: Content-Length is the body\'s bytes, the model headers and a current Date are there', async ({ server, label, version }) => {
    const before = Date.now();
    const res = await exchange(server().port, postRaw('[{"x":7},{"x":8,"colour":"red"}]'));
    expect(res.status).toBe(200);
    expect(Number(res.headers['content-length'])).toBe(res.body.length);
    const body = JSON.parse(res.body.toString('utf8')) as { predictions: string[]; probabilities: number[][]; model: { version: string; digest: string } };
    expect(body.predictions).toEqual([label, label]);
    expect(body.probabilities).toEqual([[0.1, 0.8, 0.1], [0.1, 0.8, 0.1]]);
    expect(body.model).toEqual({ version, digest: unicodeModel.digest });
    expect(res.headers['x-model-version']).toBe(version);
    expect(res.headers['x-model-digest']).toBe(unicodeModel.digest);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    const date = Date.parse(res.headers.date);
    expect(date).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000 - 1000);
    expect(date).toBeLessThanOrEqual(Date.now() + 1000);
  });

  it('error answers that echo non-ASCII input count bytes too', async () => {
    const res = await exchange(uni.port, postRaw('{"x":"日本語"}'));
    expect(res.status).toBe(400);
    expect(Number(res.headers['content-length'])).toBe(res.body.length);
    expect(JSON.parse(res.body.toString('utf8')).errors[0]).toEqual({ row: 0, field: 'x', message: 'expected a number, got the string "日本語"' });
  });

  it.each([
    { name: 'upper case', type: 'CONTENT-TYPE: text/csv', length: 'CONTENT-LENGTH' },
    { name: 'lower case', type: 'content-type: text/csv', length: 'content-length' },
    { name: 'mixed case', type: 'Content-type: Text/CSV; charset=utf-8', length: 'Content-length' },
  ])('finds Content-Type and Content-Length in $name', async ({ type, length }) => {
    const csv = 'x,colour\n9,red\n-1,\n';
    const res = await exchange(uni.port, `POST /predict HTTP/1.1\r\nHost: x\r\nConnection: close\r\n${type}\r\n${length}: ${csv.length}\r\n\r\n${csv}`);
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body.toString('utf8')).predictions).toEqual(['日本', 'plain']);
    const big = await exchange(uni.port, `POST /predict HTTP/1.1\r\nHost: x\r\n${type}\r\n${length}: 100000\r\n\r\n{`);
    expect(big.status).toBe(413);
  });

  it('takes the first of two Content-Type headers, as req.headers does', async () => {
    const csv = 'x,colour\n9,red\n';
    const res = await exchange(uni.port, `POST /predict HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Type: text/csv\r\ncontent-type: application/json\r\nContent-Length: ${csv.length}\r\n\r\n${csv}`);
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body.toString('utf8')).predictions).toEqual(['日本']);
  });

  it('survives a client that aborts mid-body, and keeps serving', async () => {
    const before = logs.length;
    const res = await exchange(uni.port, 'POST /predict HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 50\r\n\r\n{"x":', { abortAfterMs: 50 });
    expect(res.raw.length).toBe(0);
    const next = await exchange(uni.port, postRaw('{"x":1}'));
    expect(next.status).toBe(200);
    expect(logs.slice(before).filter((l) => /failed/.test(l))).toEqual([]);
  });
});

describe('metrics through the fast paths', () => {
  it('count rows, values, bins, missing values and date/time text (as epoch ms), and still scrape', async () => {
    const s = await startServer({ model: asciiModel, port: 0 });
    try {
      const rows = [
        { x: -1, when: '2024-01-31T00:00:00Z', colour: 'red' },
        { x: 5, when: 1700000000000 },
        { x: 20, when: null, colour: 'blue' },
      ];
      for (let i = 0; i < 4; i++) expect((await fetch(`${s.url}/predict`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(i % 2 ? rows : rows[0]) })).status).toBe(200);
      const res = await fetch(`${s.url}/metrics`);
      expect(res.status).toBe(200);
      const text = await res.text();
      const value = (re: RegExp) => Number(re.exec(text)?.[1]);
      // Requests 0 and 2 send rows[0]; 1 and 3 send all three rows: 8 rows.
      expect(value(/^cd4ml_rows_total (\S+)$/m)).toBe(8);
      expect(value(/^cd4ml_http_requests_total\{route="\/predict",code="200"\} (\S+)$/m)).toBe(4);
      expect(value(/^cd4ml_feature_observations_total\{feature="x"\} (\S+)$/m)).toBe(8);
      expect(value(/^cd4ml_feature_sum\{feature="x"\} (\S+)$/m)).toBe(4 * -1 + 2 * (5 + 20));
      expect(value(/^cd4ml_feature_bin_total\{feature="x",bin="0"\} (\S+)$/m)).toBe(4);
      expect(value(/^cd4ml_feature_bin_total\{feature="x",bin="1"\} (\S+)$/m)).toBe(2);
      expect(value(/^cd4ml_feature_bin_total\{feature="x",bin="2"\} (\S+)$/m)).toBe(2);
      expect(value(/^cd4ml_feature_missing_total\{feature="when"\} (\S+)$/m)).toBe(2);
      expect(value(/^cd4ml_feature_observations_total\{feature="when"\} (\S+)$/m)).toBe(6);
      expect(value(/^cd4ml_feature_sum\{feature="when"\} (\S+)$/m)).toBe(4 * Date.parse('2024-01-31T00:00:00Z') + 2 * 1700000000000);
      expect(value(/^cd4ml_feature_bin_total\{feature="colour",bin="red"\} (\S+)$/m)).toBe(4);
      expect(value(/^cd4ml_feature_bin_total\{feature="colour",bin="__other__"\} (\S+)$/m)).toBe(2);
      expect(value(/^cd4ml_feature_missing_total\{feature="colour"\} (\S+)$/m)).toBe(2);
      expect(value(/^cd4ml_predictions_total\{class="no"\} (\S+)$/m)).toBe(2);
      expect(value(/^cd4ml_predictions_total\{class="yes"\} (\S+)$/m)).toBe(2);
      expect(value(/^cd4ml_predictions_total\{class="maybe"\} (\S+)$/m)).toBe(4);
    } finally {
      await s.close();
    }
  });
});
