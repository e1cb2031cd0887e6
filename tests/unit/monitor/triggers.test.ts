/**
 * The drift issue and the retraining dispatch against the OpenAPI-validated fake GitHub
 * (tests/helpers/github-server.ts): every request and response is checked against GitHub's
 * description, so a wrong call fails here.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startGitHubServer, type GitHubServer } from '../../helpers/github-server.js';
import { createGitHubPort } from '../../../src/github/octokit.js';
import type { GitHubPort } from '../../../src/github/port.js';
import { readBundle } from '../../../src/model/bundle.js';
import { evaluateMonitor, type MonitorReport } from '../../../src/monitor/evaluate.js';
import { loadReference } from '../../../src/monitor/reference.js';
import { readDataWindow } from '../../../src/monitor/sources.js';
import { applyTriggers, DRIFT_ISSUE_MARKER, parseLastTrigger, type TriggerOptions } from '../../../src/monitor/triggers.js';
import { makeSeattleFixture, type SeattleFixture } from './seattle.js';
import { runMonitor } from '../../../src/monitor/monitor.js';
import { resolveMonitorSettings } from '../../../src/monitor/settings.js';

let gh: GitHubServer;
let fx: SeattleFixture;
let drifted: MonitorReport;
let calm: MonitorReport;
let port: GitHubPort;

const HOUR = 3_600_000;
const T0 = Date.parse('2026-02-01T06:00:00Z');

beforeAll(async () => {
  gh = await startGitHubServer();
  fx = await makeSeattleFixture(mkdtempSync(join(tmpdir(), 'cd4ml-monitor-triggers-')));
  const bundle = await readBundle(fx.bundle);
  const { reference } = await loadReference(bundle);
  const ctx = { bundle: { dir: bundle.dir, digest: bundle.digest }, referenceSource: 'holdout.jsonl' };
  drifted = evaluateMonitor(reference, await readDataWindow(bundle, fx.shifted), ctx);
  calm = evaluateMonitor(reference, await readDataWindow(bundle, fx.unshifted), ctx);
  port = createGitHubPort({ token: 'test-token', owner: gh.owner, repo: gh.repo, baseUrl: gh.url, retry: { timeUnitMs: 10 } });
});
beforeEach(() => gh.reset());
afterEach(() => expect(gh.violations).toEqual([]));
afterAll(async () => {
  await gh.close();
  rmSync(fx.dir, { recursive: true, force: true });
});

const opts = (over: Partial<TriggerOptions> = {}): TriggerOptions => ({ issue: true, label: 'cd4ml-drift', retrainWorkflow: 'train.yml', ref: 'main', coolDownMs: 24 * HOUR, now: () => T0, ...over });

describe('applyTriggers', () => {
  it('a window without drift touches nothing on GitHub', async () => {
    expect(calm.drifted).toBe(false);
    const r = await applyTriggers(port, calm, opts());
    expect(r.issue.action).toBe('not-needed');
    expect(r.retrain.action).toBe('not-needed');
    expect(gh.requests).toEqual([]);
  });

  it('drift opens one labelled issue and dispatches the training workflow with the window', async () => {
    const r = await applyTriggers(port, drifted, opts());
    expect(r.issue.action).toBe('created');
    expect(gh.state.issues).toHaveLength(1);
    const issue = gh.state.issues[0];
    expect(issue.labels).toEqual(['cd4ml-drift']);
    expect(issue.body!.startsWith(DRIFT_ISSUE_MARKER)).toBe(true);
    expect(issue.title).toMatch(/Model drift in production: 4 of 4 features drifted; predictions drifted/);
    expect(issue.body).toContain('| temp\\_max | numeric | ks |');
    expect(gh.state.workflowDispatches).toEqual([{ workflowId: 'train.yml', ref: 'main', inputs: { 'drift-window': fx.shifted, 'drift-reason': expect.stringContaining('feature drift: 4 of 4 features drifted') } }]);
    expect(r.retrain).toMatchObject({ action: 'dispatched', lastTrigger: '2026-02-01T06:00:00.000Z' });
    // The trigger time is recorded on GitHub (a marked comment on the issue).
    expect(gh.state.comments).toHaveLength(1);
    expect(parseLastTrigger(gh.state.comments[0].body)).toBe(T0);
  });

  it('a second drifted run updates the same issue and the cool-down (read from GitHub) holds back a retrain storm', async () => {
    await applyTriggers(port, drifted, opts());
    const again = await applyTriggers(port, { ...drifted, rows: 93 }, opts({ now: () => T0 + 2 * HOUR }));
    expect(again.issue.action).toBe('updated');
    expect(gh.state.issues).toHaveLength(1);
    expect(gh.state.issues[0].body).toContain('**93** rows');
    expect(again.retrain.action).toBe('cool-down');
    expect(again.retrain.detail).toMatch(/triggered at 2026-02-01T06:00:00.000Z, 2 h ago, within the cool-down of 24 h/);
    expect(gh.state.workflowDispatches).toHaveLength(1);
    // After the cool-down: dispatched again, the one comment rewritten with the new time.
    const later = await applyTriggers(port, drifted, opts({ now: () => T0 + 25 * HOUR }));
    expect(later.retrain.action).toBe('dispatched');
    expect(gh.state.workflowDispatches).toHaveLength(2);
    expect(gh.state.comments).toHaveLength(1);
    expect(parseLastTrigger(gh.state.comments[0].body)).toBe(T0 + 25 * HOUR);
  });

  it('does not take an unrelated open issue for the drift issue', async () => {
    gh.seedIssue({ title: 'Model drift?', body: 'someone asks', labels: ['cd4ml-drift'] });
    await applyTriggers(port, drifted, opts());
    expect(gh.state.issues).toHaveLength(2);
  });

  it('repository_dispatch instead of a workflow: the payload carries the window and the drifted columns', async () => {
    const r = await applyTriggers(port, drifted, opts({ retrainWorkflow: undefined, retrainEvent: 'cd4ml-retrain' }));
    expect(r.retrain.action).toBe('dispatched');
    expect(gh.state.workflowDispatches).toEqual([]);
    expect(gh.state.repositoryDispatches).toEqual([
      {
        eventType: 'cd4ml-retrain',
        clientPayload: expect.objectContaining({ window: { source: 'data', location: fx.shifted, start: null, end: null }, 'drifted-columns': ['precipitation', 'temp_max', 'temp_min', 'wind'] }),
      },
    ]);
  });

  it('issue off and no cool-down: dispatches without any issue call', async () => {
    const r = await applyTriggers(port, drifted, opts({ issue: false, coolDownMs: 0 }));
    expect(r.issue.action).toBe('off');
    expect(r.retrain.action).toBe('dispatched');
    expect(gh.calls('issues/create')).toHaveLength(0);
    expect(gh.calls('issues/list-for-repo')).toHaveLength(0);
  });

  it('a token that may not write fails loudly (permission named), nothing half-done is reported as done', async () => {
    gh.faults.readOnlyToken();
    await expect(applyTriggers(port, drifted, opts())).rejects.toThrow(/upsert issue failed: 403 .*lacks the permission/);
    expect(gh.state.workflowDispatches).toEqual([]);
  });
});

describe('runMonitor: which bundle is in production', () => {
  const settings = (o: Record<string, string>) => resolveMonitorSettings(undefined, { data: 'shifted.csv', ...o }, (n) => `--${n}`);

  it('--environment reads the local provider state (.cd4ml/local/<env>/state.json)', async () => {
    const root = join(fx.dir, 'project');
    mkdirSync(join(root, '.cd4ml', 'local', 'staging'), { recursive: true });
    writeFileSync(join(root, '.cd4ml', 'local', 'staging', 'state.json'), JSON.stringify({ environment: 'staging', stable: { id: 'r-1', artifact: fx.bundle, pid: 1, port: 1 } }));
    const run = await runMonitor(settings({ environment: 'staging', data: fx.shifted, issue: 'false' }), { now: () => T0, localRoot: root, cwd: fx.dir });
    expect(run.bundleFrom).toMatch(/local deployment state .*staging.*state\.json/);
    expect(run.report.drifted).toBe(true);
    expect(run.triggerSkipped).toBeUndefined();
  });

  it('--environment with a local image deployment asks for the bundle', async () => {
    const root = join(fx.dir, 'project-image');
    mkdirSync(join(root, '.cd4ml', 'local', 'production'), { recursive: true });
    writeFileSync(join(root, '.cd4ml', 'local', 'production', 'state.json'), JSON.stringify({ environment: 'production', stable: { id: 'r-1', artifact: 'registry/model@sha256:ab', pid: 1, port: 1 } }));
    await expect(runMonitor(settings({ environment: 'production' }), { now: () => T0, localRoot: root, cwd: fx.dir })).rejects.toThrow(/runs registry\/model@sha256:ab, which is not a model bundle folder .* pass --bundle DIR/);
  });

  it('--environment through GitHub: the bundle path of the newest successful deployment', async () => {
    gh.seedDeployment({ environment: 'production', payload: { kind: 'cd4ml-deploy', bundle: fx.bundle }, statuses: ['in_progress', 'success'] });
    const run = await runMonitor(settings({ environment: 'production', issue: 'false' }), { now: () => T0, github: port, cwd: fx.dir });
    expect(run.bundleFrom).toMatch(/GitHub deployment \d+ of .* to production/);
    expect(run.report.drifted).toBe(true);
  });

  it('--environment through GitHub with only a failed deployment: no production deployment yet', async () => {
    gh.seedDeployment({ environment: 'production', payload: { kind: 'cd4ml-deploy', bundle: fx.bundle }, statuses: ['in_progress', 'failure'] });
    await expect(runMonitor(settings({ environment: 'production' }), { now: () => T0, github: port, cwd: fx.dir })).rejects.toThrow(/no production deployment yet in environment "production"/);
  });

  it('without GitHub a drifted run says the issue and retrain were not triggered', async () => {
    const run = await runMonitor(settings({ bundle: fx.bundle, data: fx.shifted, 'retrain-workflow': 'train.yml' }), { now: () => T0, cwd: fx.dir });
    expect(run.report.drifted).toBe(true);
    expect(run.trigger).toBeUndefined();
    expect(run.triggerSkipped).toMatch(/no GitHub access .* not triggered/);
    expect(run.markdown).toContain('not triggered');
  });
});
