/**
 * The cloud providers' clients, built from the runner's credentials: Application Default
 * Credentials for Cloud Run (e.g. after google-github-actions/auth), the kubeconfig
 * (KUBECONFIG or ~/.kube/config, e.g. after azure/k8s-set-context) for Kubernetes.
 * Loaded on demand so that the local provider never loads either client.
 */
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest, type RequestOptions } from 'node:https';
import type { DeploySettings } from './settings.js';
import type { DeployProvider } from './types.js';

export async function createRemoteProvider(s: DeploySettings, log: (m: string) => void): Promise<DeployProvider> {
  if (s.provider === 'cloud-run') {
    const { ServicesClient, RevisionsClient } = await import('@google-cloud/run');
    const { CloudRunProvider } = await import('./cloud-run.js');
    // REST transport: one HTTPS API, no gRPC channel to keep open on a runner.
    return new CloudRunProvider({ project: s.project!, region: s.region!, service: s.service!, services: new ServicesClient({ fallback: true }), revisions: new RevisionsClient({ fallback: true }), log });
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
