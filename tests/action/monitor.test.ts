/**
 * The built monitor action (dist/monitor/index.js) run as the runner runs it, against the
 * OpenAPI-validated fake GitHub: outputs, step summary, exit codes.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runAction } from '../helpers/run-action.js';
import { startGitHubServer, type GitHubServer } from '../helpers/github-server.js';
import { makeSeattleFixture, type SeattleFixture } from '../unit/monitor/seattle.js';

let fx: SeattleFixture;
let gh: GitHubServer;

beforeAll(async () => {
  [fx, gh] = await Promise.all([makeSeattleFixture(mkdtempSync(join(tmpdir(), 'cd4ml-monitor-action-'))), startGitHubServer()]);
});
beforeEach(() => gh.reset());
afterEach(() => expect(gh.violations).toEqual([]));
afterAll(async () => {
  await gh.close();
  rmSync(fx.dir, { recursive: true, force: true });
});

const run = (inputs: Record<string, string | undefined>) =>
  runAction('monitor', { inputs: { 'github-token': 'test-token', ...inputs }, env: { GITHUB_API_URL: gh.url, GITHUB_REF: 'refs/heads/main' }, cwd: fx.dir, eventName: 'schedule' });

describe('monitor action', () => {
  it('labelled production data that drifted: outputs, summary, issue and workflow_dispatch', async () => {
    const r = await run({ bundle: 'bundle', data: 'shifted.csv', labels: 'weather', 'retrain-workflow': 'train.yml' });
    expect(r.stderr).toBe('');
    expect(r.exitCode).toBe(0);
    expect(r.outputs.drifted).toBe('true');
    expect(Number(r.outputs['drift-share'])).toBe(1);
    expect(JSON.parse(r.outputs['drifted-columns'])).toEqual(['precipitation', 'temp_max', 'temp_min', 'wind']);
    const live = JSON.parse(r.outputs['live-metrics']);
    expect(Object.keys(live)).toContain('accuracy');
    expect(live.accuracy).toBeGreaterThan(0);
    expect(r.outputs.retrain).toBe('dispatched');
    expect(r.outputs['issue-number']).toBe(String(gh.state.issues[0].number));
    expect(r.summary).toContain('drift detected');
    expect(r.summary).toContain('### Live metrics');
    expect(r.summary).toContain('```mermaid');
    expect(r.commands.some((c) => c.command === 'warning' && /drift detected/.test(c.message))).toBe(true);
    expect(gh.state.workflowDispatches).toEqual([{ workflowId: 'train.yml', ref: 'main', inputs: expect.objectContaining({ 'drift-window': join(fx.dir, 'shifted.csv') }) }]);
    const report = JSON.parse(readFileSync(r.outputs['report-path'], 'utf8'));
    expect(report.drifted).toBe(true);
    expect(report.actions.retrain.action).toBe('dispatched');
  });

  it('data like training: drifted false, no GitHub call', async () => {
    const r = await run({ bundle: 'bundle', data: 'unshifted.csv', 'retrain-workflow': 'train.yml' });
    expect(r.exitCode).toBe(0);
    expect(r.outputs.drifted).toBe('false');
    expect(r.outputs.retrain).toBe('not-needed');
    expect(r.summary).toContain('no drift');
    expect(gh.requests).toEqual([]);
  });

  it('fail-on-drift: a drifted window fails the step with exit 1', async () => {
    const r = await run({ bundle: 'bundle', data: 'shifted.csv', issue: 'false', 'fail-on-drift': 'true' });
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toMatch(/::error::monitor: drift detected: feature drift/);
    expect(r.outputs.drifted).toBe('true');
  });

  it.each([
    { name: 'no production deployment yet', inputs: { environment: 'production', data: 'shifted.csv' }, message: /no production deployment yet: no successful deployment to environment "production" yet/ },
    { name: 'Prometheus down', inputs: { bundle: 'bundle', prometheus: 'http://127.0.0.1:1' }, message: /Prometheus at http:\/\/127\.0\.0\.1:1 cannot be reached .* not a "no drift" result/ },
    { name: 'an empty samples folder', inputs: { bundle: 'bundle', samples: '.' }, message: /holds no request sample/ },
    { name: 'a strict-parse mistake', inputs: { bundle: 'bundle', data: 'shifted.csv', 'drift-share': '50%' }, message: /input "drift-share" must be a number in \[0, 1\], got "50%"/ },
  ])('$name: exit 2 with a clear message, no output claiming no drift', async ({ inputs, message }) => {
    const r = await run(inputs);
    expect(r.exitCode).toBe(2);
    const error = r.commands.find((c) => c.command === 'error');
    expect(error?.message).toMatch(message);
    expect(r.outputs.drifted).toBeUndefined();
    expect(gh.calls('issues/create')).toEqual([]);
  });
});
