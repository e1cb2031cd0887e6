/**
 * The serving runtime on a real bundle (trained by `cd4ml train` on the churn example): predictions
 * over HTTP equal src/model's scoreRecords on the same rows (JSON and CSV), a tampered bundle is
 * refused, and the built runtime (dist/serve) and `cd4ml serve` start, answer and drain on SIGTERM.
 */
import { spawn } from 'node:child_process';
import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBundle, readHoldout, scoreRecords } from '../../../src/model/bundle.js';
import { startServer, type RunningServer } from '../../../src/serve/server.js';
import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';
import { ROOT, distDir } from '../../helpers/paths.js';
import { freePort } from '../../helpers/registry.js';
import { churnBundle } from './bundle-fixture.js';

let dir: string;
let srv: RunningServer;
let holdout: Record<string, unknown>[];
let features: string[];

beforeAll(async () => {
  dir = churnBundle();
  srv = await startServer({ bundleDir: dir, port: 0 });
  const bundle = await readBundle(dir);
  features = bundle.features;
  holdout = (await readHoldout(bundle)).records.slice(0, 200);
});
afterAll(() => srv?.close());

describe('predictions on the churn bundle', () => {
  it('CSV rows get exactly the predictions and probabilities of src/model scoreRecords', async () => {
    const bundle = await readBundle(dir);
    const expected = scoreRecords(bundle, holdout);
    const csv = [features.join(','), ...holdout.map((r) => features.map((f) => JSON.stringify(String(r[f] ?? ''))).join(','))].join('\n');
    const res = await fetch(`${srv.url}/predict`, { method: 'POST', headers: { 'content-type': 'text/csv' }, body: csv });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { predictions: unknown[]; probabilities: number[][]; model: { digest: string } };
    expect(body.predictions).toEqual(expected.predictions);
    expect(body.probabilities).toEqual(expected.probabilities);
    expect(body.model.digest).toBe(`sha256:${bundle.digest}`);
    expect(new Set(body.predictions)).toEqual(new Set(['No', 'Yes']));
  });

  it('typed JSON rows score the same as the CSV strings', async () => {
    const bundle = await readBundle(dir);
    const typed = holdout.slice(0, 50).map((r) => Object.fromEntries(features.map((f) => [f, /^-?\d+(\.\d+)?$/.test(String(r[f])) ? Number(r[f]) : r[f]])));
    const res = await fetch(`${srv.url}/predict`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(typed) });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { predictions: unknown[] }).predictions).toEqual(scoreRecords(bundle, holdout.slice(0, 50)).predictions);
  });

  it('checks requests against schema.yml: an integer column refuses 2.5, a required column refuses null', async () => {
    const row = Object.fromEntries(features.map((f) => [f, holdout[0][f]]));
    const res = await fetch(`${srv.url}/predict`, { method: 'POST', body: JSON.stringify([{ ...row, tenure: 2.5 }, { ...row, contract: null }]), headers: { 'content-type': 'application/json' } });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: { row: number; field: string; message: string }[] };
    expect(body.errors).toEqual(
      expect.arrayContaining([
        { row: 0, field: 'tenure', message: expect.stringMatching(/expected an integer/) },
        { row: 1, field: 'contract', message: 'null is not allowed: this feature is required' },
      ]),
    );
  });

  it('feeds drift metrics: numeric features in training-decile bins', async () => {
    const text = await (await fetch(`${srv.url}/metrics`)).text();
    expect(text).toMatch(/cd4ml_feature_bin_upper\{feature="tenure",bin="0"\} \d+/);
    const bins = [...text.matchAll(/cd4ml_feature_bin_total\{feature="tenure",bin="(\d+)"\} (\d+)/g)];
    expect(bins.length).toBeGreaterThanOrEqual(5);
    expect(bins.reduce((s, m) => s + Number(m[2]), 0)).toBeGreaterThan(0);
  });
});

describe('bundle verification and the built runtime', () => {
  it('refuses to serve a tampered bundle', async () => {
    const bad = churnBundle();
    appendFileSync(join(bad, 'model.json'), ' ');
    await expect(startServer({ bundleDir: bad, port: 0 })).rejects.toThrow(/model\.json does not match its sha256 in manifest\.json/);
  });

  function run(args: string[], env: Record<string, string> = {}) {
    const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    const exit = new Promise<number>((r) => child.on('close', (c) => r(c ?? -1)));
    return { child, exit, output: () => out };
  }

  async function waitReady(url: string) {
    for (let i = 0; i < 100; i++) {
      try {
        if ((await fetch(`${url}/readyz`)).status === 200) return;
      } catch {
        /* not yet */
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`${url} not ready`);
  }

  it('dist/serve exits 2 with the reason on a tampered bundle', async () => {
    const bad = churnBundle();
    appendFileSync(join(bad, 'preprocess.json'), '\n');
    const p = run([join(distDir(), 'serve', 'index.js'), '--bundle', bad, '--port', '0']);
    expect(await p.exit).toBe(2);
    expect(p.output()).toMatch(/preprocess\.json does not match its sha256/);
  });

  it.each([
    { name: 'dist/serve with PORT from the environment', args: () => [join(distDir(), 'serve', 'index.js'), '--bundle', dir], env: true },
    { name: 'cd4ml serve --bundle --port', args: () => [join(distDir(), 'cli', 'index.js'), 'serve', '--bundle', dir], env: false },
  ])('$name answers /predict and exits 0 on SIGTERM', async ({ args, env }) => {
    const port = await freePort();
    const p = run(env ? args() : [...args(), '--port', String(port)], env ? { PORT: String(port) } : {});
    const url = `http://127.0.0.1:${port}`;
    await waitReady(url);
    const row = Object.fromEntries(features.map((f) => [f, holdout[0][f]]));
    const res = await fetch(`${url}/predict`, { method: 'POST', headers: { 'content-type': 'text/csv' }, body: `${features.join(',')}\n${features.map((f) => JSON.stringify(String(row[f]))).join(',')}\n` });
    expect(res.status).toBe(200);
    p.child.kill('SIGTERM');
    expect(await p.exit).toBe(0);
    expect(p.output()).toMatch(/draining/);
  });

  /** ServerLive and ModelMetadata over gRPC, with a client from the published .proto. */
  async function grpcModelName(address: string): Promise<string> {
    const def = protoLoader.loadSync(join(ROOT, 'src/serve/proto/grpc_predict_v2.proto'), { keepCase: true, defaults: true });
    const { inference } = grpc.loadPackageDefinition(def) as unknown as { inference: { GRPCInferenceService: new (a: string, c: grpc.ChannelCredentials) => grpc.Client & Record<string, (r: unknown, cb: (e: Error | null, v: { name: string }) => void) => void> } };
    const c = new inference.GRPCInferenceService(address, grpc.credentials.createInsecure());
    try {
      return await new Promise((resolve, reject) => c.ModelMetadata({ name: 'churn' }, (e, v) => (e ? reject(e) : resolve(v.name))));
    } finally {
      c.close();
    }
  }

  it.each([
    { name: 'dist/serve with MODEL_NAME and GRPC_PORT from the environment', cli: false },
    { name: 'cd4ml serve --model-name --grpc-port', cli: true },
  ])('$name serves OIP REST and gRPC under that name', async ({ cli }) => {
    const [port, grpcPort] = [await freePort(), await freePort()];
    const p = cli
      ? run([join(distDir(), 'cli', 'index.js'), 'serve', '--bundle', dir, '--port', String(port), '--model-name', 'churn', '--grpc-port', String(grpcPort)])
      : run([join(distDir(), 'serve', 'index.js'), '--bundle', dir], { PORT: String(port), MODEL_NAME: 'churn', GRPC_PORT: String(grpcPort) });
    const url = `http://127.0.0.1:${port}`;
    await waitReady(url);
    expect(((await (await fetch(`${url}/v2/models/churn`)).json()) as { name: string }).name).toBe('churn');
    expect(await grpcModelName(`127.0.0.1:${grpcPort}`)).toBe('churn');
    p.child.kill('SIGTERM');
    expect(await p.exit).toBe(0);
    if (cli) expect(p.output()).toContain(`grpc://127.0.0.1:${grpcPort}`);
  });

  it('dist/serve with GRPC_PORT equal to PORT (Cloud Run --use-http2): gRPC takes the port', async () => {
    const port = await freePort();
    const p = run([join(distDir(), 'serve', 'index.js'), '--bundle', dir], { PORT: String(port), GRPC_PORT: String(port), MODEL_NAME: 'churn' });
    for (let i = 0; i < 100 && !/serving OIP gRPC/.test(p.output()); i++) await new Promise((r) => setTimeout(r, 50));
    expect(p.output()).toMatch(new RegExp(`PORT and GRPC_PORT are both ${port}: gRPC takes it`));
    expect(await grpcModelName(`127.0.0.1:${port}`)).toBe('churn');
    p.child.kill('SIGTERM');
    expect(await p.exit).toBe(0);
  });

  it.each([
    { name: 'a model name with a slash', env: { MODEL_NAME: 'a/b' } as Record<string, string>, error: /MODEL_NAME must start with a letter or digit/ },
    { name: 'a gRPC port out of range', env: { GRPC_PORT: '70000' } as Record<string, string>, error: /GRPC_PORT/ },
  ])('dist/serve exits 2 on $name', async ({ env, error }) => {
    const p = run([join(distDir(), 'serve', 'index.js'), '--bundle', dir, '--port', '0'], env);
    expect(await p.exit).toBe(2);
    expect(p.output()).toMatch(error);
  });
});

it('the runtime bundle imports nothing of the actions toolkit', () => {
  const code = readFileSync(join(distDir(), 'serve', 'index.js'), 'utf8');
  expect(code).not.toMatch(/@actions\/(core|github|artifact)|GITHUB_OUTPUT|ACTIONS_RUNTIME_TOKEN/);
});
