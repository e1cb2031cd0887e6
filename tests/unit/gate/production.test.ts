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
  port = createGitHubPort({ token: 't', owner: gh.owner, repo: gh.repo, baseUrl: gh.url, sleep: async () => {} });
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
