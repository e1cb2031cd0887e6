/**
 * The MLflow workflow end to end: the BUILT action bundles and the built CLI against the local
 * MLflow stand-in, which checks every request and response against MLflow's own .proto files
 * (tests/helpers/mlflow-server.ts). Real data (vega-datasets' seattle-weather.csv), the real
 * serving runtime behind the local provider's proxy.
 *
 *   train (action, v1) → deploy mlflow:models:/weather/1 (CLI, first deployment: alias → 1)
 *   → train (CLI, v2) → evaluate-gate baseline mlflow:models:/weather@production (action)
 *   → deploy-canary v2 (action, promoted: alias → 2, previous 1 recorded)
 *   → a canary that fails its analysis (CLI, rolled back: alias stays 2)
 *   → rollback, the documented one command: cd4ml deploy --bundle mlflow:models:/weather/1 (alias → 1)
 *   → monitor (action, then CLI): steps 0 and 1 of time series on version 1's training run.
 *
 * The stand-in requires a bearer token (MLFLOW_TRACKING_TOKEN), which the actions mask.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMlflowServer, type MlflowStandIn } from '../helpers/mlflow-server.js';
import { runAction } from '../helpers/run-action.js';
import { runCli } from '../helpers/run-cli.js';
import { ROOT, vegaData } from '../helpers/paths.js';

const DATA = vegaData('seattle-weather.csv');
const NODE24 = join(ROOT, 'node_modules/.bin/node');
const TOKEN = 'mlflow-e2e-secret-token';
const ENV = 'mlflow-e2e';
let server: MlflowStandIn;
let project: string;
const auth = () => ({ MLFLOW_TRACKING_TOKEN: TOKEN, GITHUB_TOKEN: '' });
const rollout = ['--environment', ENV, '--steps', '50,100', '--bake', '2s', '--interval', '2s', '--max-bake', '4s', '--min-requests', '10', '--load', DATA, '--load-rate', '40'];
const model = () => server.models.get('weather')!;
const lineageOf = (dir: string) => JSON.parse(readFileSync(join(dir, 'lineage.json'), 'utf8')) as { mlflow: Record<string, string> };

beforeAll(async () => {
  server = await startMlflowServer({ auth: { token: TOKEN } });
  project = mkdtempSync(join(tmpdir(), 'cd4ml-mlflow-e2e-'));
  writeFileSync(
    join(project, 'cd4ml.yml'),
    [
      'version: 1',
      'train:',
      `  data: ${DATA}`,
      '  target: weather',
      '  exclude: [date]',
      'mlflow:',
      `  tracking-uri: ${server.url}`,
      '  experiment: seattle-weather',
      '  registered-model: weather',
      '',
    ].join('\n'),
  );
});

afterAll(async () => {
  if (project) {
    await runCli(['deploy', '--provider', 'local', '--environment', ENV, '--teardown'], { cwd: project, env: auth() });
    rmSync(project, { recursive: true, force: true });
  }
  await server?.close();
});

describe('MLflow: train → gate → deploy → rollback → monitor', () => {
  let v1Run: string;

  it('train (action): a run with params, metrics, tags and the bundle as artifacts; version 1 whose source is that run', async () => {
    const r = await runAction('train', { node: NODE24, cwd: project, inputs: { 'max-depth': 6, out: 'model-v1', upload: false }, env: auth() });
    expect(r.exitCode, r.stdout + r.stderr).toBe(0);
    expect(r.outputs['mlflow-model-version']).toBe('1');
    v1Run = r.outputs['mlflow-run-id'];
    expect(v1Run).toMatch(/^[0-9a-f]{32}$/);
    // the token is masked before anything is printed, and never printed in clear
    expect(r.commands.filter((c) => c.command === 'add-mask').map((c) => c.message)).toContain(TOKEN);
    expect(r.stdout.replaceAll(`::add-mask::${TOKEN}`, '')).not.toContain(TOKEN);
    const run = server.runs.get(v1Run)!;
    expect(run.info.status).toBe('FINISHED');
    expect(server.experiments.get(run.info.experiment_id)!.name).toBe('seattle-weather');
    expect(run.params.get('max-depth')).toBe('6');
    expect(run.tags.get('mlflow.source.git.commit')).toBe('0123456789abcdef0123456789abcdef01234567');
    expect(run.tags.get('cd4ml.bundle-digest')).toBe(r.outputs.digest);
    expect(run.metrics.find((m) => m.key === 'holdout.accuracy')!.value).toBe(JSON.parse(r.outputs.metrics).accuracy);
    expect(model().versions[0]).toMatchObject({ version: '1', run_id: v1Run, source: `mlflow-artifacts:/${run.info.experiment_id}/${v1Run}/artifacts/model` });
    expect(lineageOf(join(project, 'model-v1')).mlflow).toMatchObject({ 'run-id': v1Run, 'model-version': '1', 'registered-model': 'weather' });
    expect(r.summary).toContain(`[run ${v1Run}]`);
    // every call carried the token
    expect(server.calls.every((c) => c.authorization === `Bearer ${TOKEN}`)).toBe(true);
  }, 120_000);

  it('deploy (CLI) of mlflow:models:/weather/1: downloaded, verified, deployed; first deployment sets alias production → 1', async () => {
    const r = await runCli(['deploy', '--bundle', 'mlflow:models:/weather/1', '--environment', ENV, '--json'], { cwd: project, env: auth() });
    expect(r.exitCode, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ result: 'promoted', mode: 'first-deploy' });
    expect(model().aliases.get('production')).toBe('1');
    expect(r.stderr).toContain('MLflow: alias "production" of "weather" → version 1');
    const state = JSON.parse(readFileSync(join(project, '.cd4ml/local', ENV, 'state.json'), 'utf8')) as { stable: { artifact: string } };
    expect(state.stable.artifact).toBe(join(project, '.cd4ml/mlflow/models/weather-v1'));
    expect(readFileSync(join(state.stable.artifact, 'model.json'))).toEqual(readFileSync(join(project, 'model-v1', 'model.json')));
  }, 120_000);

  it('train (CLI): version 2', async () => {
    const r = await runCli(['train', '--max-depth', '4', '--out', 'model-v2', '--json'], { cwd: project, env: auth() });
    expect(r.exitCode, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as { digest: string; mlflow: { 'model-version': string; 'run-id': string } };
    expect(out.mlflow['model-version']).toBe('2');
    expect(model().versions[1].tags.get('cd4ml.bundle-digest')).toBe(out.digest);
  }, 120_000);

  it('evaluate-gate (action) with baseline mlflow:models:/weather@production compares v2 with version 1 and links both runs', async () => {
    const r = await runAction('evaluate-gate', { node: NODE24, cwd: project, inputs: { candidate: 'model-v2', baseline: 'mlflow:models:/weather@production', comment: false }, env: auth() });
    expect([0, 1]).toContain(r.exitCode);
    const report = JSON.parse(readFileSync(r.outputs['report-path'], 'utf8')) as { passed: boolean; baseline: { kind: string; source: string }; metrics: { metric: string; baseline?: number }[] };
    expect(r.exitCode).toBe(report.passed ? 0 : 1);
    expect(report.baseline.kind).toBe('compared');
    expect(report.baseline.source).toContain(`models:/weather@production (version 1, run ${v1Run}) from ${server.url}`);
    expect(report.metrics.find((m) => m.metric === 'accuracy')!.baseline).toBeGreaterThan(0.5);
    expect(r.summary).toContain(`[training run](${server.url}/#/experiments/`);
    expect(r.summary).toContain(`/runs/${v1Run})`);
    expect(r.summary).toContain(`/runs/${lineageOf(join(project, 'model-v2')).mlflow['run-id']})`);
  }, 120_000);

  it('deploy-canary (action) of v2: promoted, alias → 2, version 1 recorded as previous', async () => {
    const r = await runAction('deploy-canary', {
      node: NODE24,
      cwd: project,
      inputs: { bundle: 'model-v2', environment: ENV, steps: '50,100', bake: '2s', interval: '2s', 'max-bake': '4s', 'min-requests': '10', load: DATA, 'load-rate': '40' },
      env: auth(),
      timeoutMs: 90_000,
    });
    expect(r.exitCode, r.stdout + r.stderr).toBe(0);
    expect(r.outputs).toMatchObject({ result: 'promoted', mode: 'canary', 'mlflow-model-version': '2', 'mlflow-previous-version': '1' });
    expect(model().aliases.get('production')).toBe('2');
    expect(model().versions[1].tags.get('cd4ml.previous-version')).toBe('1');
    expect(model().tags.get('cd4ml.production.previous-version')).toBe('1');
    expect(r.summary).toContain('roll back with: cd4ml deploy --bundle mlflow:models:/weather/1');
  }, 120_000);

  it('a canary that fails its analysis is rolled back and the alias stays on 2', async () => {
    const r = await runCli(['deploy', '--bundle', 'mlflow:models:/weather/1', ...rollout, '--max-p99-latency', '1ms', '--json'], { cwd: project, env: auth() });
    expect(r.exitCode, r.stderr).toBe(1);
    expect(JSON.parse(r.stdout)).toMatchObject({ result: 'rolled-back' });
    expect(r.stderr).toContain('MLflow: the rollout rolled-back: alias "production" of "weather" stays on version 2');
    expect(model().aliases.get('production')).toBe('2');
  }, 120_000);

  it('rollback to the previous version is one command: cd4ml deploy --bundle mlflow:models:/weather/1', async () => {
    const previous = model().tags.get('cd4ml.production.previous-version');
    const r = await runCli(['deploy', '--bundle', `mlflow:models:/weather/${previous}`, ...rollout, '--json'], { cwd: project, env: auth() });
    expect(r.exitCode, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ result: 'promoted', mode: 'canary' });
    expect(model().aliases.get('production')).toBe('1');
    expect(model().versions[0].tags.get('cd4ml.previous-version')).toBe('2');
  }, 120_000);

  it('monitor (action, then CLI) appends one step per run to the production version\'s training run', async () => {
    const prod = join(project, '.cd4ml/mlflow/models/weather-v1');
    const a = await runAction('monitor', { node: NODE24, cwd: project, inputs: { bundle: prod, data: DATA, labels: 'weather', issue: false }, env: auth() });
    expect(a.exitCode, a.stdout + a.stderr).toBe(0);
    expect(a.outputs['mlflow-run-id']).toBe(v1Run);
    const c = await runCli(['monitor', '--environment', ENV, '--data', DATA, '--labels', 'weather', '--issue', 'false'], { cwd: project, env: auth() });
    expect(c.exitCode, c.stderr).toBe(0);
    expect(c.stderr).toContain(`at step 1 to run ${v1Run} (version 1 of "weather", alias "production")`);
    const series = (key: string) => server.runs.get(v1Run)!.metrics.filter((m) => m.key === key).map((m) => m.step);
    expect(series('monitor.rows')).toEqual([0, 1]);
    expect(series('monitor.live.accuracy')).toEqual([0, 1]);
    expect(series('monitor.drift.temp_max')).toEqual([0, 1]);
    const rows = server.runs.get(v1Run)!.metrics.filter((m) => m.key === 'monitor.rows').map((m) => m.value);
    expect(rows).toEqual([1461, 1461]);
  }, 120_000);

  it('every request and response matched MLflow\'s API definitions, and every RPC of the workflow was exercised', () => {
    expect(server.violations).toEqual([]);
    const used = new Set(server.calls.map((c) => c.rpc));
    for (const rpc of ['getExperimentByName', 'createExperiment', 'createRun', 'logBatch', 'setTag', 'updateRun', 'getMetricHistory', 'createRegisteredModel', 'getRegisteredModel', 'createModelVersion', 'getModelVersion', 'setModelVersionTag', 'setRegisteredModelTag', 'setRegisteredModelAlias', 'getModelVersionByAlias', 'uploadArtifact', 'downloadArtifact']) {
      expect(used, rpc).toContain(rpc);
    }
    expect(server.calls.filter((c) => c.status >= 400 && c.status !== 404 && c.status !== 400)).toEqual([]);
    expect(existsSync(join(project, '.cd4ml/mlflow/models/weather-v2'))).toBe(false);
  });
});

describe('MLflow down: required decides', () => {
  let down: string;
  beforeAll(async () => {
    // A port that was just listening and is closed now: connection refused.
    const gone = await startMlflowServer();
    down = gone.url;
    await gone.close();
  });
  it.each([
    { name: 'mlflow-required false: training succeeds with a warning, no MLflow outputs', required: 'false', exitCode: 0 },
    { name: 'required (default): the step fails with exit 2, naming the URI and what to check', required: '', exitCode: 2 },
  ])('$name', async ({ required, exitCode }) => {
    const r = await runAction('train', { node: NODE24, cwd: project, inputs: { 'tracking-uri': down, 'mlflow-required': required, out: `model-down-${exitCode}`, upload: false }, env: { ...auth(), MLFLOW_TRACKING_URI: undefined } });
    expect(r.exitCode, r.stdout + r.stderr).toBe(exitCode);
    const message = `MLflow tracking server ${down} cannot be reached (ECONNREFUSED)`;
    if (exitCode === 0) {
      expect(r.commands.find((c) => c.command === 'warning')?.message).toContain(message);
      expect(r.outputs['mlflow-run-id']).toBe('');
      expect(r.outputs.digest).toMatch(/^[0-9a-f]{64}$/);
    } else {
      expect(r.commands.find((c) => c.command === 'error')?.message).toContain(`train: ${message}`);
      expect(r.commands.find((c) => c.command === 'error')?.message).toContain('check tracking-uri (or MLFLOW_TRACKING_URI)');
    }
  }, 120_000);
});
