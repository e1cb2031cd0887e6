/**
 * The cloud providers' clients, built from the runner's credentials: Application Default
 * Credentials for Cloud Run (e.g. after google-github-actions/auth), the kubeconfig
 * (KUBECONFIG or ~/.kube/config, e.g. after azure/k8s-set-context) for Kubernetes.
 * Loaded on demand so that the local provider never loads either client.
 */
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest, type RequestOptions } from 'node:https';
import type { GoogleAuth } from 'google-auth-library';
import { createGoogleAuth, tokenSourceOf } from '../cloud/google.js';
import type { CloudMonitoringReader } from './cloud-monitoring.js';
import type { DeploySettings } from './settings.js';
import type { DeployProvider } from './types.js';

export interface RemoteOptions {
  /** Called with every Google access token obtained (the action masks it with core.setSecret). */
  onToken?: (token: string) => void;
}

const googleAuths = new WeakMap<RemoteOptions, Promise<GoogleAuth>>();

/** One GoogleAuth per deploy (per hooks object), shared by the Cloud Run and Cloud Monitoring clients. */
function googleAuth(o: RemoteOptions, projectId: string | undefined): Promise<GoogleAuth> {
  let p = googleAuths.get(o);
  if (!p) {
    p = createGoogleAuth(projectId, o.onToken);
    googleAuths.set(o, p);
  }
  return p;
}

/** gax client options for a base URL such as https://run.googleapis.com or http://127.0.0.1:8080. */
function endpointOptions(base: string | undefined): Record<string, unknown> {
  if (!base) return {};
  const u = new URL(base);
  const https = u.protocol === 'https:';
  return { apiEndpoint: u.hostname, port: u.port ? Number(u.port) : https ? 443 : 80, protocol: https ? 'https' : 'http' };
}

/** The Cloud Monitoring reader of metrics-source cloud-monitoring, authenticated like the Cloud Run client. */
export async function createCloudMonitoringReader(s: DeploySettings, o: RemoteOptions = {}): Promise<CloudMonitoringReader> {
  const { CloudMonitoringReader } = await import('./cloud-monitoring.js');
  const auth = await googleAuth(o, s.project);
  return new CloudMonitoringReader({
    project: s.project!,
    service: s.service!,
    location: s.region!,
    endpoint: s.monitoringEndpoint,
    onToken: o.onToken,
    token: tokenSourceOf(auth),
  });
}

export async function createRemoteProvider(s: DeploySettings, log: (m: string) => void, o: RemoteOptions = {}): Promise<DeployProvider> {
  if (s.provider === 'cloud-run') {
    const { ServicesClient, RevisionsClient } = await import('@google-cloud/run');
    const { CloudRunProvider } = await import('./cloud-run.js');
    // REST transport: one HTTPS API, no gRPC channel to keep open on a runner.
    // gax bundles its own google-auth-library and wants an auth client whose fetch answers every
    // status (it decodes Google's error body itself): headers from the shared credentials, fetch native.
    const client = await (await googleAuth(o, s.project)).getClient();
    const authClient = {
      universeDomain: 'googleapis.com',
      getRequestHeaders: (url?: string) => client.getRequestHeaders(url),
      fetch: async (url: string, init: RequestInit) => {
        const headers = new Headers(init.headers);
        (await client.getRequestHeaders(url)).forEach((v, k) => headers.set(k, v));
        return fetch(url, { ...init, headers });
      },
    };
    const opts = { fallback: true, authClient, ...endpointOptions(s.cloudRunEndpoint) } as unknown as ConstructorParameters<typeof ServicesClient>[0];
    return new CloudRunProvider({ project: s.project!, region: s.region!, service: s.service!, services: new ServicesClient(opts), revisions: new RevisionsClient(opts), log });
  }
  if (s.provider === 'kubernetes') {
    const k8s = await import('@kubernetes/client-node');
    const { KubernetesProvider } = await import('./kubernetes.js');
    const kc = new k8s.KubeConfig();
    kc.loadFromDefault();
    return new KubernetesProvider({
      namespace: s.namespace ?? 'default',
      service: s.service!,
      route: s.route!,
      apps: kc.makeApiClient(k8s.AppsV1Api),
      core: kc.makeApiClient(k8s.CoreV1Api),
      custom: kc.makeApiClient(k8s.CustomObjectsApi),
      containerPort: s.containerPort,
      log,
      apiPost: async (path, body) => {
        const server = kc.getCurrentCluster()?.server;
        if (!server) throw new Error('the kubeconfig has no current cluster');
        const url = new URL(path, server);
        // (static imports: the bundler must see both modules)
        const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
        const opts: RequestOptions = { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }, timeout: 30_000 };
        await kc.applyToHTTPSOptions(opts);
        return new Promise((resolvePost, reject) => {
          const req = request(url, opts, (res: IncomingMessage) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('end', () => resolvePost({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
            res.on('error', reject);
          });
          req.on('timeout', () => req.destroy(new Error('timeout after 30 s')));
          req.on('error', reject);
          req.end(body);
        });
      },
    });
  }
  throw new Error(`no remote provider "${s.provider}"`);
}
