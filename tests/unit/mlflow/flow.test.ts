/**
 * The MLflow core flows against the proto-checking stand-in: train logs a run and registers a
 * version (bundle as run artifacts, run id and version in lineage.json), the registry download
 * verifies digests, deploy moves the alias only on promotion, monitor appends time series, and
 * the gate resolves mlflow:models:/ baselines. Bundles are trained in-process on sklearn's breast
 * cancer data (Debian python3-sklearn).
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startMlflowServer, type MlflowStandIn } from '../../helpers/mlflow-server.js';
import { writeBreastCancerCsv } from '../gate/bundles.js';
import { MlflowClient } from '../../../src/mlflow/client.js';
import { logTrainingRun, flattenParams, metricsOf, TAGS } from '../../../src/mlflow/train.js';
import { downloadVersionBundle, resolveModelVersion } from '../../../src/mlflow/registry.js';
import { recordPromotion, bundleModelVersion } from '../../../src/mlflow/deploy.js';
import { logMonitorRun, monitorMetrics } from '../../../src/mlflow/monitor.js';
import { resolveMlflowBaseline } from '../../../src/mlflow/gate.js';
import { resolveMlflowSettings } from '../../../src/mlflow/settings.js';
import { parseModelRef } from '../../../src/mlflow/uri.js';
import { readBundle } from '../../../src/model/bundle.js';
import { resolveTrainSettings } from '../../../src/model/settings.js';
import { trainAndWriteBundle } from '../../../src/model/train.js';
import type { MonitorReport } from '../../../src/monitor/evaluate.js';

let server: MlflowStandIn;
let dir: string;
let csv: string;
let clock = 1_767_225_600_000;
const now = () => (clock += 1000);
const client = () => new MlflowClient({ trackingUri: server.url, fetch, sleep: async () => {}, now });

async function train(name: string, depth: number): Promise<string> {
  const out = join(dir, name);
  const settings = resolveTrainSettings({ data: csv, target: 'diagnosis', exclude: ['clinic'], 'max-depth': depth, out });
  await trainAndWriteBundle(settings, { timestamp: '2026-01-01T00:00:00.000Z', toolVersion: '0.1.0-test', gitHead: 'a'.repeat(40), gitPrHead: 'b'.repeat(40) });
  return out;
}

beforeAll(async () => {
  server = await startMlflowServer();
  dir = mkdtempSync(join(tmpdir(), 'cd4ml-mlflow-unit-'));
  csv = join(dir, 'breast_cancer.csv');
  writeBreastCancerCsv(csv);
  writeFileSync(`${csv}.dvc`, 'outs:\n- md5: 0123456789abcdef0123456789abcdef\n  path: breast_cancer.csv\n');
});
afterAll(async () => server.close());
afterEach(() => expect(server.violations).toEqual([]));

describe('settings and references', () => {
  const env = { MLFLOW_TRACKING_URI: 'http://env.example:5000/' };
  it.each([
    { name: 'nothing configured: off', section: undefined, over: {}, env: {}, expected: undefined },
    { name: 'MLFLOW_TRACKING_URI alone turns it on with defaults', section: undefined, over: {}, env, expected: { trackingUri: 'http://env.example:5000', uriSource: 'MLFLOW_TRACKING_URI', experiment: 'cd4ml', alias: 'production', required: true } },
    { name: 'cd4ml.yml beats the environment', section: { 'tracking-uri': 'https://yml.example', experiment: 'churn', required: false }, over: {}, env, expected: { trackingUri: 'https://yml.example', uriSource: 'mlflow.tracking-uri in cd4ml.yml', experiment: 'churn', required: false } },
    { name: 'a flag beats cd4ml.yml', section: { 'tracking-uri': 'https://yml.example' }, over: { 'tracking-uri': 'http://flag.example', 'registered-model': 'churn', alias: 'live' }, env, expected: { trackingUri: 'http://flag.example', uriSource: '--tracking-uri', registeredModel: 'churn', alias: 'live' } },
  ])('$name', ({ section, over, env: e, expected }) => {
    const s = resolveMlflowSettings(section, over, e, (n) => `--${n}`);
    if (expected === undefined) expect(s).toBeUndefined();
    else expect(s).toMatchObject(expected);
  });

  it.each([
    { name: 'token → bearer', env: { MLFLOW_TRACKING_TOKEN: 'dapi123' }, auth: { kind: 'token', token: 'dapi123' } },
    { name: 'username + password → basic', env: { MLFLOW_TRACKING_USERNAME: 'u', MLFLOW_TRACKING_PASSWORD: 'p' }, auth: { kind: 'basic', username: 'u', password: 'p' } },
    { name: 'neither → none', env: {}, auth: { kind: 'none' } },
  ])('auth: $name', ({ env: e, auth }) => {
    expect(resolveMlflowSettings(undefined, { 'tracking-uri': 'http://x' }, e, (n) => n)!.auth).toEqual(auth);
  });

  it.each([
    { name: 'a username without password', env: { MLFLOW_TRACKING_USERNAME: 'u' }, over: { 'tracking-uri': 'http://x' }, message: 'MLFLOW_TRACKING_USERNAME is set without MLFLOW_TRACKING_PASSWORD' },
    { name: 'a file store URI', env: {}, over: { 'tracking-uri': 'file:///tmp/mlruns' }, message: '--tracking-uri must be an http(s) URL of an MLflow tracking server, got "file:///tmp/mlruns"' },
    { name: 'credentials in the URI', env: {}, over: { 'tracking-uri': 'http://u:p@x' }, message: 'must not contain credentials' },
    { name: 'a reserved alias', env: {}, over: { 'tracking-uri': 'http://x', alias: 'v3' }, message: '--alias "v3" is reserved by MLflow' },
  ])('refuses $name', ({ env: e, over, message }) => {
    expect(() => resolveMlflowSettings(undefined, over, e, (n) => `--${n}`)).toThrow(message);
  });

  it.each([
    { name: 'alias', text: 'mlflow:models:/churn@production', ref: { name: 'churn', alias: 'production' } },
    { name: 'version', text: 'mlflow:models:/churn/12', ref: { name: 'churn', version: '12' } },
    { name: 'a name with dots and dashes', text: 'mlflow:models:/team.churn-model@champion', ref: { name: 'team.churn-model', alias: 'champion' } },
  ])('parses $name', ({ text, ref }) => expect(parseModelRef(text, 'input "baseline"')).toEqual(ref));

  it.each([
    { name: 'no alias or version', text: 'mlflow:models:/churn', message: 'names no alias or version' },
    { name: 'version 0', text: 'mlflow:models:/churn/0', message: 'the version must be a positive whole number, got "0"' },
    { name: 'runs:/ URIs', text: 'mlflow:runs:/abc/model', message: 'is not an MLflow model reference' },
  ])('refuses $name', ({ text, message }) => expect(() => parseModelRef(text, 'input "baseline"')).toThrow(message));
});

describe('train → run, artifacts, model version, lineage', () => {
  let bundle: string;
  let result: Awaited<ReturnType<typeof logTrainingRun>>;
  beforeAll(async () => {
    bundle = await train('v1', 4);
    result = await logTrainingRun(client(), bundle, { experiment: 'churn-unit', registeredModel: 'bc-unit', runName: 'train-1', now });
  });

  it('logs params, holdout and CV metrics and lineage tags on one FINISHED run', () => {
    const run = server.runs.get(result.runId)!;
    const metrics = JSON.parse(readFileSync(join(bundle, 'metrics.json'), 'utf8')) as { holdout: { accuracy: number } };
    expect(run.info.status).toBe('FINISHED');
    expect(run.info.run_name).toBe('train-1');
    expect(run.params.get('max-depth')).toBe('4');
    expect(run.params.get('target')).toBe('diagnosis');
    expect(run.params.get('impute.numeric')).toBe('median');
    expect(run.metrics.find((m) => m.key === 'holdout.accuracy')!.value).toBe(metrics.holdout.accuracy);
    const lineage = JSON.parse(readFileSync(join(bundle, 'lineage.json'), 'utf8')) as { data: { sha256: string }[] };
    expect(Object.fromEntries(run.tags)).toMatchObject({
      'mlflow.source.git.commit': 'a'.repeat(40),
      [TAGS.prHead]: 'b'.repeat(40),
      [TAGS.dataSha256]: lineage.data[0].sha256,
      [TAGS.dataDvcMd5]: '0123456789abcdef0123456789abcdef',
      [TAGS.toolVersion]: '0.1.0-test',
      [TAGS.digest]: result.digest,
    });
    expect(lineage.data[0].sha256).toBe(createHash('sha256').update(readFileSync(csv)).digest('hex'));
  });

  it('uploads the bundle as the run artifacts under model/ and registers a version whose source is that folder', () => {
    const prefix = `${result.experimentId}/${result.runId}/artifacts/model/`;
    const uploaded = [...server.artifacts.keys()].filter((k) => k.startsWith(prefix)).map((k) => k.slice(prefix.length)).sort();
    expect(uploaded).toEqual(['MODEL_CARD.md', 'holdout.jsonl', 'lineage.json', 'manifest.json', 'metrics.json', 'model.json', 'params.json', 'preprocess.json', 'schema.yml']);
    for (const f of uploaded) expect(server.artifacts.get(prefix + f)).toEqual(readFileSync(join(bundle, f)));
    const v = server.models.get('bc-unit')!.versions[0];
    expect(v).toMatchObject({ version: '1', run_id: result.runId, source: `mlflow-artifacts:/${result.experimentId}/${result.runId}/artifacts/model`, status: 'READY' });
    expect(v.tags.get(TAGS.digest)).toBe(result.digest);
  });

  it('writes the run id and version into lineage.json; the bundle still verifies with the new digest', async () => {
    const lineage = JSON.parse(readFileSync(join(bundle, 'lineage.json'), 'utf8')) as { mlflow: Record<string, unknown> };
    expect(lineage.mlflow).toEqual({
      'tracking-uri': server.url,
      'experiment-id': result.experimentId,
      'run-id': result.runId,
      'run-url': `${server.url}/#/experiments/${result.experimentId}/runs/${result.runId}`,
      'artifact-uri': `mlflow-artifacts:/${result.experimentId}/${result.runId}/artifacts/model`,
      'registered-model': 'bc-unit',
      'model-version': '1',
    });
    expect((await readBundle(bundle)).digest).toBe(result.digest);
    expect(await bundleModelVersion(bundle)).toEqual({ name: 'bc-unit', version: '1' });
  });

  it('logs each model-selection candidate as a child run (hook: metrics.json search.candidates)', async () => {
    const b = await train('search', 3);
    const metricsPath = join(b, 'metrics.json');
    const m = JSON.parse(readFileSync(metricsPath, 'utf8')) as Record<string, unknown>;
    m.search = { candidates: [{ name: 'depth-2', params: { 'max-depth': 2 }, metrics: { 'cv.accuracy': 0.91 } }, { name: 'depth-3', params: { 'max-depth': 3 }, metrics: { 'cv.accuracy': 0.93 } }] };
    const text = JSON.stringify(m);
    writeFileSync(metricsPath, text);
    const manifest = JSON.parse(readFileSync(join(b, 'manifest.json'), 'utf8')) as { files: Record<string, string> };
    manifest.files['metrics.json'] = createHash('sha256').update(text).digest('hex');
    writeFileSync(join(b, 'manifest.json'), JSON.stringify(manifest));
    const r = await logTrainingRun(client(), b, { experiment: 'churn-unit', now });
    const children = [...server.runs.values()].filter((x) => x.tags.get('mlflow.parentRunId') === r.runId);
    expect(children.map((c) => [c.info.run_name, c.params.get('max-depth'), c.metrics[0].value, c.info.status])).toEqual([
      ['depth-2', '2', 0.91, 'FINISHED'],
      ['depth-3', '3', 0.93, 'FINISHED'],
    ]);
    expect(r.version).toBeUndefined();
    expect(r.counts.childRuns).toBe(2);
  });

  it('marks the run FAILED when a step fails after it was created, and rethrows', async () => {
    const b = await train('fails', 2);
    server.fault({ rpc: 'uploadArtifact', status: 400 });
    const before = new Set(server.runs.keys());
    await expect(logTrainingRun(client(), b, { experiment: 'churn-unit', now })).rejects.toThrow(/uploading artifact .*HTTP 400/);
    const created = [...server.runs.values()].filter((r) => !before.has(r.info.run_id));
    expect(created.map((r) => r.info.status)).toEqual(['FAILED']);
  });

  it('flattens params and turns metrics into keys MLflow accepts', () => {
    expect(flattenParams({ a: { b: 1, c: null }, list: ['x', 'y'], 'odd:key': true })).toEqual([
      { key: 'a.b', value: '1' },
      { key: 'list', value: '["x","y"]' },
      { key: 'odd_key', value: 'true' },
    ]);
    const ms = metricsOf({ holdout: { accuracy: 0.9, per_class: [{ class: 'a+b', f1: 0.5 }] }, cross_validation: { folds: 2, accuracy: { mean: 0.8, std: 0.1, folds: [0.7, 0.9] } } }, 5);
    expect(ms.map((m) => [m.key, m.value, m.step])).toEqual([
      ['holdout.accuracy', 0.9, 0],
      ['holdout.class.a_b.f1', 0.5, 0],
      ['cv.accuracy.mean', 0.8, 0],
      ['cv.accuracy.std', 0.1, 0],
      ['cv.accuracy', 0.7, 0],
      ['cv.accuracy', 0.9, 1],
    ]);
  });
});

describe('registry: download, verify, promote, monitor', () => {
  let v1: string;
  let v2: string;
  beforeAll(async () => {
    v1 = await train('reg-v1', 5);
    await logTrainingRun(client(), v1, { experiment: 'reg', registeredModel: 'reg-model', now });
    v2 = await train('reg-v2', 2);
    await logTrainingRun(client(), v2, { experiment: 'reg', registeredModel: 'reg-model', now });
  });

  it('downloads a version into a verified bundle folder', async () => {
    const found = await resolveModelVersion(client(), { name: 'reg-model', version: '2' });
    if (found.kind !== 'found') throw new Error(`expected version 2, got ${found.kind}`);
    const got = await downloadVersionBundle(client(), found.version, join(dir, 'dl', 'reg-model-v2'));
    expect(got.digest).toBe((await readBundle(v2)).digest);
    expect(readFileSync(join(got.dir, 'model.json'))).toEqual(readFileSync(join(v2, 'model.json')));
  });

  it('refuses a version whose artifacts were changed after training', async () => {
    const mv = server.models.get('reg-model')!.versions[0];
    const key = `${mv.source.replace('mlflow-artifacts:/', '')}/model.json`;
    const original = server.artifacts.get(key)!;
    server.artifacts.set(key, Buffer.from(original.toString().replace(/"/, ' "')));
    try {
      const found = await resolveModelVersion(client(), { name: 'reg-model', version: '1' });
      if (found.kind !== 'found') throw new Error(`expected version 1, got ${found.kind}`);
      await expect(downloadVersionBundle(client(), found.version, join(dir, 'dl', 'tampered'))).rejects.toThrow(/failed verification: .*model\.json does not match its sha256/);
    } finally {
      server.artifacts.set(key, original);
    }
  });

  it('a missing model or version is an error naming the URI; a missing alias is "no-alias"', async () => {
    await expect(resolveModelVersion(client(), { name: 'nope', alias: 'production' })).rejects.toThrow(`MLflow ${server.url}: registered model "nope" does not exist`);
    await expect(resolveModelVersion(client(), { name: 'reg-model', version: '9' })).rejects.toThrow(`MLflow ${server.url}: registered model "reg-model" has no version 9`);
    expect(await resolveModelVersion(client(), { name: 'reg-model', alias: 'production' })).toEqual({ kind: 'no-alias', message: expect.stringContaining('has no alias "production" yet (it has no aliases)') });
  });

  it('the gate baseline: no alias = first model, then the aliased version, unreachable = unavailable', async () => {
    const none = await resolveMlflowBaseline(client(), 'mlflow:models:/reg-model@production', join(dir, 'gate'), 'input "baseline"');
    expect(none.source.kind).toBe('none');
    await client().setAlias('reg-model', 'production', '1');
    const found = await resolveMlflowBaseline(client(), 'mlflow:models:/reg-model@production', join(dir, 'gate'), 'input "baseline"');
    expect(found.source).toMatchObject({ kind: 'dir', dir: join(dir, 'gate', 'reg-model-v1'), label: expect.stringContaining('models:/reg-model@production (version 1, run ') });
    expect(found.runUrl).toBe(JSON.parse(readFileSync(join(v1, 'lineage.json'), 'utf8')).mlflow['run-url']);
    const dead = new MlflowClient({ trackingUri: 'http://127.0.0.1:9', fetch, sleep: async () => {}, now, attempts: 1 });
    const down = await resolveMlflowBaseline(dead, 'mlflow:models:/reg-model@production', join(dir, 'gate'), 'input "baseline"');
    expect(down.source).toMatchObject({ kind: 'unavailable', message: expect.stringContaining('MLflow tracking server http://127.0.0.1:9 cannot be reached') });
  });

  it('promotion moves the alias and records the previous version; a rollback leaves it', async () => {
    await client().setAlias('reg-model', 'production', '1');
    const rolledBack = await recordPromotion(client(), { registeredModel: 'reg-model', version: '2', alias: 'production', result: 'rolled-back' });
    expect(rolledBack).toMatchObject({ action: 'unchanged', version: '1' });
    expect(server.models.get('reg-model')!.aliases.get('production')).toBe('1');
    const promoted = await recordPromotion(client(), { registeredModel: 'reg-model', version: '2', alias: 'production', result: 'promoted' });
    expect(promoted).toEqual({ action: 'alias-set', alias: 'production', version: '2', previous: '1', rollbackCommand: 'cd4ml deploy --bundle mlflow:models:/reg-model/1' });
    const m = server.models.get('reg-model')!;
    expect(m.aliases.get('production')).toBe('2');
    expect(m.versions[1].tags.get(TAGS.previousVersion)).toBe('1');
    expect(m.tags.get('cd4ml.production.previous-version')).toBe('1');
  });

  it('monitor appends one step per run to the production version\'s training run', async () => {
    await client().setAlias('reg-model', 'production', '2');
    const report = {
      rows: 120,
      'drift-share': 0.25,
      drifted: false,
      'live-metrics': [{ metric: 'accuracy', live: 0.87 }],
      columns: [{ column: 'f0', score: 0.42 }, { column: 'f1', score: 0.01 }],
      prediction: { column: 'prediction', score: 0.3 },
    } as unknown as MonitorReport;
    const first = await logMonitorRun(client(), { registeredModel: 'reg-model', alias: 'production', report, now: 1000 });
    const second = await logMonitorRun(client(), { registeredModel: 'reg-model', alias: 'production', report: { ...report, rows: 80, drifted: true }, now: 2000 });
    const runId = server.models.get('reg-model')!.versions[1].run_id;
    expect([first, second]).toEqual([
      { runId, version: '2', step: 0, metrics: 7 },
      { runId, version: '2', step: 1, metrics: 7 },
    ]);
    const series = (key: string) => server.runs.get(runId)!.metrics.filter((m) => m.key === key).map((m) => [m.step, m.value, m.timestamp]);
    expect(series('monitor.rows')).toEqual([[0, 120, 1000], [1, 80, 2000]]);
    expect(series('monitor.drifted')).toEqual([[0, 0, 1000], [1, 1, 2000]]);
    expect(series('monitor.drift.f0')).toEqual([[0, 0.42, 1000], [1, 0.42, 2000]]);
    expect(monitorMetrics(report, 1, 0).map((m) => m.key)).toEqual(['monitor.rows', 'monitor.drift_share', 'monitor.drifted', 'monitor.live.accuracy', 'monitor.drift.f0', 'monitor.drift.f1', 'monitor.prediction_drift']);
  });
});
