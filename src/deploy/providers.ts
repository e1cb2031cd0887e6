/**
 * The cloud providers' clients, built from the runner's credentials: Application Default
 * Credentials for Cloud Run (e.g. after google-github-actions/auth), the kubeconfig
 * (KUBECONFIG or ~/.kube/config, e.g. after azure/k8s-set-context) for Kubernetes.
 * Loaded on demand so that the local provider never loads either client.
 */
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
    });
  }
  throw new Error(`no remote provider "${s.provider}"`);
}
