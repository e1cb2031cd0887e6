/**
 * resolveProductionBaseline: "production" found through the Deployments API (GitHub port against
 * the OpenAPI-validated fake). Every outcome is a BaselineSource, never a throw.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startGitHubServer, type GitHubServer } from '../../helpers/github-server.js';
import { createGitHubPort } from '../../../src/github/octokit.js';
import { resolveProductionBaseline, type ProductionArtifact } from '../../../src/gate/production.js';
import type { GitHubPort } from '../../../src/github/port.js';

let gh: GitHubServer;
let port: GitHubPort;
let downloads: ProductionArtifact[];
const download = async (a: ProductionArtifact) => {
  downloads.push(a);
  return `/tmp/prod-${a.artifactId}`;
};

beforeAll(async () => {
  gh = await startGitHubServer();
});
beforeEach(() => {
  gh.reset();
  downloads = [];
  port = createGitHubPort({ token: 't', owner: gh.owner, repo: gh.repo, baseUrl: gh.url, retry: { timeUnitMs: 10 } });
});
afterEach(() => expect(gh.violations).toEqual([]));
afterAll(() => gh?.close());

describe('resolveProductionBaseline', () => {
  it('downloads the artifact named by the newest successful deployment (deploy-canary payload)', async () => {
    gh.seedArtifact({ name: 'model-bundle', runId: 70 });
    const want = gh.seedArtifact({ name: 'model-bundle', runId: 77 });
    gh.seedDeployment({ environment: 'production', payload: { kind: 'cd4ml-deploy', bundleArtifact: 'model-bundle', runId: '70' }, statuses: ['success', 'inactive'] });
    const d = gh.seedDeployment({ environment: 'production', payload: { kind: 'cd4ml-deploy', bundleArtifact: 'model-bundle', runId: '77' }, statuses: ['success'] });
    const src = await resolveProductionBaseline(port, 'production', download);
    expect(src).toMatchObject({ kind: 'dir', dir: `/tmp/prod-${want.id}` });
    expect(downloads).toEqual([{ artifactId: want.id, artifactName: 'model-bundle', runId: 77, deploymentId: d.id }]);
  });

  it.each([
    { name: 'no deployment yet', seed: () => {}, kind: 'none', msg: /no successful deployment to environment "production" yet/ },
    { name: 'only a failed deployment', seed: () => gh.seedDeployment({ environment: 'production', payload: {}, statuses: ['failure'] }), kind: 'none', msg: /no successful deployment/ },
    { name: 'payload without artifact', seed: () => gh.seedDeployment({ environment: 'production', payload: { image: 'x' }, statuses: ['success'] }), kind: 'unavailable', msg: /payload does not name the model artifact and run/ },
    {
      name: 'artifact deleted',
      seed: () => gh.seedDeployment({ environment: 'production', payload: { bundleArtifact: 'model-bundle', runId: 5 }, statuses: ['success'] }),
      kind: 'unavailable',
      msg: /artifact "model-bundle" of run 5 does not exist/,
    },
    {
      name: 'GitHub error while listing deployments',
      seed: () => gh.faults.inject({ status: 500, count: 10, operationId: 'repos/list-deployments' }),
      kind: 'unavailable',
      msg: /cannot look up deployments of environment "production": GitHub find latest successful deployment failed: 500/,
    },
  ])('$name → $kind', async ({ seed, kind, msg }) => {
    seed();
    const src = await resolveProductionBaseline(port, 'production', download);
    expect(src.kind).toBe(kind);
    expect('message' in src ? src.message : '').toMatch(msg);
    expect(downloads).toEqual([]);
  });

  it('a misspelt environment: no record there, production has one → knownEnvironments, nothing downloaded', async () => {
    gh.seedArtifact({ name: 'model-bundle', runId: 77 });
    gh.seedDeployment({ environment: 'production', payload: { kind: 'cd4ml-deploy', bundleArtifact: 'model-bundle', runId: '77' }, statuses: ['success'] });
    gh.seedDeployment({ environment: 'staging', payload: { kind: 'cd4ml-deploy', bundleArtifact: 'model-bundle', runId: '77' }, statuses: ['failure'] });
    // Another tool's deployments (GitHub Pages) are not model environments.
    gh.seedDeployment({ environment: 'github-pages', payload: {}, statuses: ['success'] });
    const src = await resolveProductionBaseline(port, 'prodution', download);
    expect(src).toEqual({ kind: 'none', message: 'no cd4ml deployment to environment "prodution"', environment: 'prodution', knownEnvironments: ['production', 'staging'] });
    expect(downloads).toEqual([]);
    // What the server received: the environment's own deployments, then the repository's (no filter).
    expect(gh.calls('repos/list-deployments').map((c) => c.query.environment ?? '(all)')).toEqual(['prodution', '(all)']);
  });

  it.each([
    { name: 'no deployment anywhere: a true first model', seed: () => {}, message: 'no successful deployment to environment "production" yet; no environment of this repository has a cd4ml deployment' },
    { name: 'only other tools deployed', seed: () => gh.seedDeployment({ environment: 'github-pages', payload: {}, statuses: ['success'] }), message: 'no successful deployment to environment "production" yet; no environment of this repository has a cd4ml deployment' },
    {
      name: 'the environment has cd4ml rollouts, none succeeded (others did)',
      seed: () => {
        gh.seedDeployment({ environment: 'production', payload: { kind: 'cd4ml-deploy' }, statuses: ['failure'] });
        gh.seedDeployment({ environment: 'staging', payload: { kind: 'cd4ml-deploy', bundleArtifact: 'm', runId: '1' }, statuses: ['success'] });
      },
      message: 'no successful deployment to environment "production" yet',
    },
  ])('$name → first model', async ({ seed, message }) => {
    seed();
    expect(await resolveProductionBaseline(port, 'production', download)).toEqual({ kind: 'none', message });
  });

  it('the repository deployments cannot be listed → unavailable (the on-baseline-missing policy decides), never a silent first model', async () => {
    // The environment's deployments are read from the fake; the repository-wide listing fails.
    const failing: GitHubPort = {
      ...port,
      listDeploymentEnvironments: async () => {
        throw new Error('boom');
      },
    };
    const src = await resolveProductionBaseline(failing, 'production', download);
    expect(src.kind).toBe('unavailable');
    expect('message' in src ? src.message : '').toMatch(/cannot be listed to tell a first model from a misspelt environment: boom/);
    expect(gh.calls('repos/list-deployments')).toHaveLength(1);
  });

  it('a failed download is unavailable, not a crash', async () => {
    gh.seedArtifact({ name: 'model-bundle', runId: 77 });
    gh.seedDeployment({ environment: 'production', payload: { bundleArtifact: 'model-bundle', runId: 77 }, statuses: ['success'] });
    const src = await resolveProductionBaseline(port, 'production', async () => {
      throw new Error('Unexpected HTTP response from blob storage: 403');
    });
    expect(src).toMatchObject({ kind: 'unavailable' });
    expect((src as { message: string }).message).toMatch(/download failed: Unexpected HTTP response from blob storage: 403/);
  });
});
