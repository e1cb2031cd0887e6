/**
 * The MLflow client against the local stand-in, which checks every request and response against
 * MLflow's own .proto files (tests/fixtures/mlflow-protos). Each test asserts the stand-in saw no
 * violation and what it actually received.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadMlflowRoutes, startMlflowServer, validateMessage, type MlflowStandIn } from '../../helpers/mlflow-server.js';
import { MlflowClient, MlflowError, proxyPathOf, type MlflowAuth } from '../../../src/mlflow/client.js';

let server: MlflowStandIn;
const sleeps: number[] = [];

function client(over: { auth?: MlflowAuth; uri?: string; attempts?: number } = {}): MlflowClient {
  return new MlflowClient({ trackingUri: over.uri ?? server.url, auth: over.auth, fetch: globalThis.fetch, sleep: async (ms) => void sleeps.push(ms), now: () => 1_767_225_600_000, attempts: over.attempts });
}

beforeAll(async () => {
  server = await startMlflowServer();
});
afterAll(async () => server.close());
afterEach(() => {
  expect(server.violations).toEqual([]);
  sleeps.length = 0;
});

describe('routes from the protos', () => {
  it.each([
    { name: 'create run', rpc: 'createRun', method: 'POST', pattern: '/api/2.0/mlflow/runs/create' },
    { name: 'log batch', rpc: 'logBatch', method: 'POST', pattern: '/api/2.0/mlflow/runs/log-batch' },
    { name: 'experiment by name', rpc: 'getExperimentByName', method: 'GET', pattern: '/api/2.0/mlflow/experiments/get-by-name' },
    { name: 'set alias', rpc: 'setRegisteredModelAlias', method: 'POST', pattern: '/api/2.0/mlflow/registered-models/alias' },
    { name: 'get by alias', rpc: 'getModelVersionByAlias', method: 'GET', pattern: '/api/2.0/mlflow/registered-models/alias' },
    { name: 'update model version (PATCH)', rpc: 'updateModelVersion', method: 'PATCH', pattern: '/api/2.0/mlflow/model-versions/update' },
    { name: 'artifact upload', rpc: 'uploadArtifact', method: 'PUT', pattern: '/api/2.0/mlflow-artifacts/artifacts/<path:artifact_path>' },
    { name: 'bulk interval (since 2.11)', rpc: 'getMetricHistoryBulkInterval', method: 'GET', pattern: '/api/2.11/mlflow/metrics/get-history-bulk-interval' },
  ])('$name: $method $pattern', ({ rpc, method, pattern }) => {
    const routes = loadMlflowRoutes().filter((r) => r.rpc === rpc);
    expect(routes.map((r) => [r.method, r.pattern])).toContainEqual([method, pattern]);
  });

  it('reads every RPC of the three services (a table, not a hand-written list)', () => {
    const routes = loadMlflowRoutes();
    // Counted by hand in the vendored files: service.proto 31 RPCs / 32 endpoints (searchExperiments
    // has POST and GET), model_registry.proto 21 / 22 (getLatestVersions too), mlflow_artifacts.proto 7 / 7.
    expect(routes.filter((r) => r.service === 'mlflow.MlflowService')).toHaveLength(32);
    expect(routes.filter((r) => r.service === 'mlflow.ModelRegistryService')).toHaveLength(22);
    expect(routes.filter((r) => r.service === 'mlflow.artifacts.MlflowArtifactsService')).toHaveLength(7);
  });
});

describe('the validator fails wrong calls (proto3 JSON mapping)', () => {
  const createRun = () => loadMlflowRoutes().find((r) => r.rpc === 'createRun')!.request;
  const logBatch = () => loadMlflowRoutes().find((r) => r.rpc === 'logBatch')!.request;
  const updateRun = () => loadMlflowRoutes().find((r) => r.rpc === 'updateRun')!.request;
  it.each([
    { name: 'a valid body', type: createRun, body: { experiment_id: '1', start_time: 5, tags: [{ key: 'a', value: 'b' }] }, problems: [] as string[] },
    { name: 'lowerCamelCase names are accepted', type: createRun, body: { experimentId: '1', startTime: '5' }, problems: [] },
    { name: 'an unknown field', type: createRun, body: { experiment_id: '1', experiment: 'x' }, problems: ['unknown field "experiment"'] },
    { name: 'a number for a string', type: createRun, body: { experiment_id: 1 }, problems: ['expected a string'] },
    { name: 'a fraction for int64', type: createRun, body: { start_time: 1.5 }, problems: ['expected an integer (int64)'] },
    { name: 'a non-array repeated field', type: createRun, body: { tags: { key: 'a' } }, problems: ['repeated field must be a JSON array'] },
    { name: 'an unknown field in a nested message', type: logBatch, body: { run_id: 'r', metrics: [{ key: 'a', value: 1, timestamp: 1, stepp: 0 }] }, problems: ['unknown field "stepp" in mlflow.Metric'] },
    { name: 'a string for a double', type: logBatch, body: { run_id: 'r', metrics: [{ key: 'a', value: 'high', timestamp: 1 }] }, problems: ['expected a number (double)'] },
    { name: 'an enum value MLflow does not have', type: updateRun, body: { run_id: 'r', status: 'DONE' }, problems: ['expected a mlflow.RunStatus name'] },
  ])('$name', ({ type, body, problems }) => {
    const out: string[] = [];
    validateMessage(type(), body, 'body', out, { request: true });
    expect(out).toHaveLength(problems.length);
    problems.forEach((p, i) => expect(out[i]).toContain(p));
  });

  it('a missing (validate_required) field', () => {
    const out: string[] = [];
    validateMessage(loadMlflowRoutes().find((r) => r.rpc === 'setRegisteredModelAlias')!.request, { name: 'm', alias: 'production' }, 'body', out, { request: true });
    expect(out).toEqual(['body: required field "version" of mlflow.SetRegisteredModelAlias is missing ((validate_required) = true)']);
  });

  it('records unknown routes and wrong methods as violations', async () => {
    const before = server.violations.length;
    const a = await fetch(`${server.url}/api/2.0/mlflow/runs/start`, { method: 'POST', body: '{}' });
    const b = await fetch(`${server.url}/api/2.0/mlflow/runs/create`, { method: 'GET' });
    expect([a.status, b.status]).toEqual([404, 405]);
    const got = server.violations.splice(before);
    expect(got).toEqual(['POST /api/2.0/mlflow/runs/start: no such endpoint in MLflow\'s protos', 'GET /api/2.0/mlflow/runs/create: method not allowed (the protos define POST)']);
  });
});

describe('tracking and registry calls', () => {
  it('creates an experiment once and finds it after', async () => {
    const c = client();
    const id = await c.ensureExperiment('unit-exp');
    expect(await c.ensureExperiment('unit-exp')).toBe(id);
    expect(server.callsOf('createExperiment').filter((x) => x.body.name === 'unit-exp')).toHaveLength(1);
    expect(server.callsOf('getExperimentByName').at(-1)!.body).toEqual({ experiment_name: 'unit-exp' });
  });

  it('splits log-batch within MLflow limits and keeps params immutable', async () => {
    const c = client();
    const exp = await c.ensureExperiment('unit-batch');
    const run = await c.createRun({ experimentId: exp, runName: 'r', startTime: 1 });
    expect(run.artifact_uri).toBe(`mlflow-artifacts:/${exp}/${run.run_id}/artifacts`);
    const params = Array.from({ length: 250 }, (_, i) => ({ key: `p${i}`, value: String(i) }));
    const metrics = Array.from({ length: 1200 }, (_, i) => ({ key: 'loss', value: 1 / (i + 1), timestamp: 10, step: i }));
    const before = server.callsOf('logBatch').length;
    const requests = await c.logBatch(run.run_id, { params, metrics });
    const sent = server.callsOf('logBatch').slice(before);
    expect(requests).toBe(sent.length);
    for (const s of sent) {
      const n = (k: string) => ((s.body[k] as unknown[]) ?? []).length;
      expect(n('params')).toBeLessThanOrEqual(100);
      expect(n('params') + n('metrics') + n('tags')).toBeLessThanOrEqual(1000);
    }
    expect(sent.reduce((a, s) => a + (s.body.params as unknown[]).length, 0)).toBe(250);
    expect(server.runs.get(run.run_id)!.metrics).toHaveLength(1200);
    const history = await c.getMetricHistory(run.run_id, 'loss');
    expect(history.map((m) => m.step)).toEqual(Array.from({ length: 1200 }, (_, i) => i));
    const err = await c.logBatch(run.run_id, { params: [{ key: 'p1', value: 'other' }] }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MlflowError);
    expect((err as Error).message).toContain('Changing param values is not allowed');
    expect((err as Error).message).toContain(server.url);
  });

  it('sets an alias and reads it back; a missing alias or model is undefined', async () => {
    const c = client();
    await c.ensureRegisteredModel('unit-model');
    await c.ensureRegisteredModel('unit-model');
    expect(server.callsOf('createRegisteredModel').filter((x) => x.body.name === 'unit-model')).toHaveLength(1);
    const exp = await c.ensureExperiment('unit-reg');
    const run = await c.createRun({ experimentId: exp, startTime: 1 });
    const v1 = await c.createModelVersion({ name: 'unit-model', source: `${run.artifact_uri}/model`, runId: run.run_id });
    expect(v1.version).toBe('1');
    expect(await c.getVersionByAlias('unit-model', 'production')).toBeUndefined();
    await c.setAlias('unit-model', 'production', '1');
    const got = await c.getVersionByAlias('unit-model', 'production');
    expect(got).toMatchObject({ version: '1', run_id: run.run_id, aliases: ['production'] });
    expect(await c.getVersionByAlias('no-such-model', 'production')).toBeUndefined();
    expect(await c.getRegisteredModel('no-such-model')).toBeUndefined();
    expect(server.callsOf('getModelVersionByAlias').at(-1)!.body).toEqual({ name: 'no-such-model', alias: 'production' });
  });

  it('uploads and downloads artifact bytes through the proxy', async () => {
    const c = client();
    const bytes = Buffer.from('{"a": 1}\n');
    await c.uploadArtifact('1/abc/artifacts/model/metrics.json', bytes);
    expect(server.artifacts.get('1/abc/artifacts/model/metrics.json')).toEqual(bytes);
    expect(await c.downloadArtifact('1/abc/artifacts/model/metrics.json')).toEqual(bytes);
    const call = server.callsOf('uploadArtifact').at(-1)!;
    expect(call).toMatchObject({ method: 'PUT', path: '/api/2.0/mlflow-artifacts/artifacts/1/abc/artifacts/model/metrics.json', status: 200 });
    const missing = await c.downloadArtifact('1/abc/artifacts/model/nope.json').catch((e: unknown) => e);
    expect((missing as MlflowError).status).toBe(404);
  });
});

describe('failures: retries and clear errors', () => {
  it('retries 503 with exponential backoff, then succeeds', async () => {
    server.fault({ rpc: 'getExperimentByName', status: 503, times: 2 });
    const before = server.callsOf('getExperimentByName').length;
    expect(await client().findExperimentId('Default')).toBe('0');
    expect(server.callsOf('getExperimentByName').slice(before).map((c) => c.status)).toEqual([503, 503, 200]);
    expect(sleeps).toEqual([500, 1000]);
  });

  it('honours Retry-After on 429', async () => {
    server.fault({ rpc: 'getExperimentByName', status: 429, retryAfter: 3 });
    expect(await client().findExperimentId('Default')).toBe('0');
    expect(sleeps).toEqual([3000]);
  });

  it('gives up after the attempts, naming the URI and the status', async () => {
    server.fault({ rpc: 'createRun', status: 500, times: 3 });
    const err = (await client({ attempts: 3 }).createRun({ experimentId: '0', startTime: 1 }).catch((e: unknown) => e)) as MlflowError;
    expect(err).toBeInstanceOf(MlflowError);
    expect(err.message).toBe(`MLflow ${server.url} (POST /api/2.0/mlflow/runs/create) failed for creating a run in experiment 0: HTTP 500 TEMPORARILY_UNAVAILABLE after 3 attempt(s): injected 500`);
    expect(sleeps).toEqual([500, 1000]);
  });

  it('an unreachable server names the URI and what to check', async () => {
    const dead = await startMlflowServer();
    const url = dead.url;
    await dead.close();
    const err = (await client({ uri: url, attempts: 2 }).findExperimentId('x').catch((e: unknown) => e)) as MlflowError;
    expect(err.message).toContain(`MLflow tracking server ${url} cannot be reached (ECONNREFUSED)`);
    expect(err.message).toContain('check tracking-uri (or MLFLOW_TRACKING_URI)');
    expect(err.exitCode).toBe(2);
  });

  it.each([
    { name: 'bearer token', serverAuth: { token: 's3cret-token' }, good: { kind: 'token', token: 's3cret-token' } as MlflowAuth, bad: { kind: 'token', token: 'wrong-token' } as MlflowAuth, header: 'Bearer s3cret-token' },
    { name: 'basic auth', serverAuth: { username: 'ci', password: 'pa55' }, good: { kind: 'basic', username: 'ci', password: 'pa55' } as MlflowAuth, bad: { kind: 'none' } as MlflowAuth, header: `Basic ${Buffer.from('ci:pa55').toString('base64')}` },
  ])('$name: sent when right, 401 explained when wrong', async ({ serverAuth, good, bad, header }) => {
    const locked = await startMlflowServer({ auth: serverAuth });
    try {
      const ok = new MlflowClient({ trackingUri: locked.url, auth: good, fetch, sleep: async () => {}, now: Date.now });
      expect(await ok.findExperimentId('Default')).toBe('0');
      expect(locked.calls[0].authorization).toBe(header);
      const no = new MlflowClient({ trackingUri: locked.url, auth: bad, fetch, sleep: async () => {}, now: Date.now });
      const err = (await no.findExperimentId('Default').catch((e: unknown) => e)) as MlflowError;
      expect(err.status).toBe(401);
      expect(err.message).toContain(`MLflow ${locked.url} (GET /api/2.0/mlflow/experiments/get-by-name) refused the credentials (401 Unauthorized)`);
      expect(err.message).toContain('MLFLOW_TRACKING_TOKEN');
      expect(err.message).not.toContain('wrong-token');
      expect(locked.violations).toEqual([]);
    } finally {
      await locked.close();
    }
  });
});

describe('proxyPathOf', () => {
  it.each([
    { name: 'proxied, no host', uri: 'mlflow-artifacts:/3/abc/artifacts', path: '3/abc/artifacts' },
    { name: 'proxied, with host', uri: 'mlflow-artifacts://mlflow.local:5000/3/abc/artifacts/model', path: '3/abc/artifacts/model' },
  ])('$name', ({ uri, path }) => expect(proxyPathOf(uri, 'x')).toBe(path));
  it('refuses a store the proxy cannot reach, saying how to fix it', () => {
    expect(() => proxyPathOf('s3://bucket/1/abc/artifacts', 'the artifact store of experiment "e"')).toThrow(/s3:\/\/bucket.*--serve-artifacts/);
  });
});
