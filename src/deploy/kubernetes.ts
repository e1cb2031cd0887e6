/**
 * The `kubernetes` provider over @kubernetes/client-node, Flagger-style:
 * - `<service>-primary` Deployment + Service serve stable, `<service>-canary` Deployment +
 *   Service serve the canary; each Deployment carries the revision id in the annotation
 *   `cd4ml.dev/revision`;
 * - the weights are the backendRefs of the first rule of a Gateway API HTTPRoute (which the
 *   user creates once, attached to their Gateway);
 * - promotion copies the canary's pod template into primary, waits for primary's rollout
 *   (traffic is on the canary meanwhile), routes 100% to primary and deletes the canary;
 *   rollback routes 100% to primary and deletes the canary.
 */
import type { AppsV1Api, CoreV1Api, CustomObjectsApi, V1Deployment, V1Service } from '@kubernetes/client-node';
import { UsageError } from '../errors.js';
import type { Artifact, DeployProvider, Health, Revision, Traffic } from './types.js';

export const REVISION_ANNOTATION = 'cd4ml.dev/revision';
const GATEWAY = { group: 'gateway.networking.k8s.io', version: 'v1', plural: 'httproutes' };

export interface KubernetesOptions {
  namespace: string;
  /** Base name: <service>-primary, <service>-canary. */
  service: string;
  /** The HTTPRoute whose first rule carries the split. */
  route: string;
  apps: AppsV1Api;
  core: CoreV1Api;
  custom: CustomObjectsApi;
  /** Container port of the serving image (default 8080). */
  containerPort?: number;
  replicas?: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  /** How long primary may take to roll out on promotion (default 5 min). */
  rolloutTimeoutMs?: number;
  log?: (m: string) => void;
  /** POST through the API server (its service proxy), authenticated as the kubeconfig says; the smoke test uses it. */
  apiPost?: (path: string, body: string) => Promise<{ status: number; body: string }>;
}

/** Container states in which a pod will not become ready by waiting. */
const STUCK = new Set(['CrashLoopBackOff', 'ImagePullBackOff', 'ErrImagePull', 'InvalidImageName', 'CreateContainerConfigError', 'CreateContainerError', 'RunContainerError']);

interface BackendRef {
  group?: string;
  kind?: string;
  name: string;
  namespace?: string;
  port?: number;
  weight?: number;
}
interface HTTPRoute {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; resourceVersion?: string; [k: string]: unknown };
  spec: { hostnames?: string[]; rules?: { backendRefs?: BackendRef[]; [k: string]: unknown }[]; [k: string]: unknown };
}

function statusCode(e: unknown): number | undefined {
  const c = (e as { code?: unknown }).code;
  return typeof c === 'number' ? c : undefined;
}

export class KubernetesProvider implements DeployProvider {
  readonly name = 'kubernetes';
  private host = '';
  constructor(readonly opts: KubernetesOptions) {}

  private get ns() {
    return this.opts.namespace;
  }
  private get primary() {
    return `${this.opts.service}-primary`;
  }
  private get canaryName() {
    return `${this.opts.service}-canary`;
  }
  private get port() {
    return this.opts.containerPort ?? 8080;
  }
  private sleep(ms: number) {
    return (this.opts.sleep ?? ((m: number) => new Promise<void>((r) => setTimeout(r, m))))(ms);
  }

  private async readDeployment(name: string): Promise<V1Deployment | undefined> {
    try {
      return await this.opts.apps.readNamespacedDeployment({ name, namespace: this.ns });
    } catch (e) {
      if (statusCode(e) === 404) return undefined;
      throw e;
    }
  }

  private deploymentBody(name: string, image: string, revision: string): V1Deployment {
    const labels = { app: name, 'app.kubernetes.io/managed-by': 'cd4ml' };
    return {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name, namespace: this.ns, labels, annotations: { [REVISION_ANNOTATION]: revision } },
      spec: {
        replicas: this.opts.replicas ?? 1,
        selector: { matchLabels: { app: name } },
        template: {
          metadata: { labels: { ...labels, [REVISION_ANNOTATION.replace('/', '-')]: revision } },
          spec: {
            containers: [
              {
                name: 'model',
                image,
                ports: [{ name: 'http', containerPort: this.port }],
                readinessProbe: { httpGet: { path: '/readyz', port: 'http' }, periodSeconds: 2 },
                livenessProbe: { httpGet: { path: '/healthz', port: 'http' }, periodSeconds: 10 },
              },
            ],
          },
        },
      },
    };
  }

  private async ensureService(name: string): Promise<void> {
    try {
      await this.opts.core.readNamespacedService({ name, namespace: this.ns });
    } catch (e) {
      if (statusCode(e) !== 404) throw e;
      const body: V1Service = {
        apiVersion: 'v1',
        kind: 'Service',
        metadata: { name, namespace: this.ns, labels: { 'app.kubernetes.io/managed-by': 'cd4ml' } },
        spec: { selector: { app: name }, ports: [{ name: 'http', port: 80, targetPort: 'http' }] },
      };
      await this.opts.core.createNamespacedService({ namespace: this.ns, body });
    }
  }

  private async upsertDeployment(name: string, image: string, revision: string): Promise<void> {
    const existing = await this.readDeployment(name);
    const body = this.deploymentBody(name, image, revision);
    if (!existing) await this.opts.apps.createNamespacedDeployment({ namespace: this.ns, body });
    else {
      body.metadata!.resourceVersion = existing.metadata?.resourceVersion;
      await this.opts.apps.replaceNamespacedDeployment({ name, namespace: this.ns, body });
    }
  }

  private async readRoute(): Promise<HTTPRoute> {
    try {
      const r = (await this.opts.custom.getNamespacedCustomObject({ ...GATEWAY, namespace: this.ns, name: this.opts.route })) as HTTPRoute;
      this.host = r.spec.hostnames?.[0] ?? this.host;
      return r;
    } catch (e) {
      if (statusCode(e) === 404) {
        throw new UsageError(`HTTPRoute "${this.opts.route}" not found in namespace "${this.ns}": create it once, attached to your Gateway (parentRefs), and cd4ml will manage its backendRefs`);
      }
      throw e;
    }
  }

  private async writeWeights(primaryWeight: number, canaryWeight: number): Promise<void> {
    const route = await this.readRoute();
    const rules = route.spec.rules && route.spec.rules.length > 0 ? route.spec.rules : [{}];
    const refs: BackendRef[] = [{ name: this.primary, port: 80, weight: primaryWeight }];
    if (canaryWeight > 0 || (await this.readDeployment(this.canaryName))) refs.push({ name: this.canaryName, port: 80, weight: canaryWeight });
    rules[0] = { ...rules[0], backendRefs: refs };
    const body: HTTPRoute = { ...route, spec: { ...route.spec, rules } };
    await this.opts.custom.replaceNamespacedCustomObject({ ...GATEWAY, namespace: this.ns, name: this.opts.route, body });
  }

  private revisionOf(d: V1Deployment | undefined): Revision | undefined {
    const id = d?.metadata?.annotations?.[REVISION_ANNOTATION];
    if (!d || !id) return undefined;
    return { id, artifact: d.spec?.template.spec?.containers[0]?.image ?? '' };
  }

  async current(): Promise<Revision | undefined> {
    await this.readRoute(); // fail early and clearly when the route is missing
    return this.revisionOf(await this.readDeployment(this.primary));
  }

  async launch(artifact: Artifact): Promise<Revision> {
    if (artifact.kind !== 'image') throw new UsageError('the kubernetes provider deploys images');
    const id = `r${(this.opts.now ?? Date.now)().toString(36)}`;
    const primary = await this.readDeployment(this.primary);
    const target = primary ? this.canaryName : this.primary;
    await this.upsertDeployment(target, artifact.ref, id);
    await this.ensureService(target);
    if (primary) await this.writeWeights(100, 0);
    return { id, artifact: artifact.ref };
  }

  private async deploymentOf(rev: Revision): Promise<V1Deployment | undefined> {
    for (const name of [this.canaryName, this.primary]) {
      const d = await this.readDeployment(name);
      if (d?.metadata?.annotations?.[REVISION_ANNOTATION] === rev.id) return d;
    }
    return undefined;
  }

  private static rolledOut(d: V1Deployment): { ok: boolean; detail: string } {
    const want = d.spec?.replicas ?? 1;
    const st = d.status ?? {};
    const ready = st.readyReplicas ?? 0;
    const updated = st.updatedReplicas ?? 0;
    const observed = (st.observedGeneration ?? 0) >= (d.metadata?.generation ?? 0);
    const ok = observed && ready >= want && updated >= want;
    return { ok, detail: `${d.metadata?.name}: ${ready}/${want} ready, ${updated} updated${observed ? '' : ', not yet observed'}` };
  }

  async health(rev: Revision): Promise<Health> {
    const d = await this.deploymentOf(rev);
    if (!d) return { ok: false, detail: `no Deployment carries revision ${rev.id}` };
    const r = KubernetesProvider.rolledOut(d);
    if (r.ok) return r;
    // Not ready yet, or never will be: a crash-looping or unpullable pod fails now, not at the ready timeout.
    const pods = await this.opts.core.listNamespacedPod({ namespace: this.ns, labelSelector: `app=${d.metadata!.name}` }).catch(() => undefined);
    for (const pod of pods?.items ?? []) {
      if (pod.metadata?.labels?.[REVISION_ANNOTATION.replace('/', '-')] !== rev.id) continue;
      for (const c of pod.status?.containerStatuses ?? []) {
        const reason = c.state?.waiting?.reason;
        if (reason && STUCK.has(reason)) {
          return { ok: false, fatal: true, detail: `pod ${pod.metadata?.name} of ${rev.id}: container ${c.name} ${reason} (${c.restartCount} restarts)${c.state?.waiting?.message ? `: ${c.state.waiting.message}` : ''}` };
        }
      }
    }
    return r;
  }

  async setTraffic(_stable: Revision, _canary: Revision, canaryPercent: number): Promise<void> {
    await this.writeWeights(100 - canaryPercent, canaryPercent);
  }

  async readTraffic(): Promise<Traffic> {
    const route = await this.readRoute();
    const refs = route.spec.rules?.[0]?.backendRefs ?? [];
    // Gateway API: weight defaults to 1; shares are weight / sum of weights.
    const total = refs.reduce((s, r) => s + (r.weight ?? 1), 0);
    const share = (name: string) => {
      const w = refs.filter((r) => r.name === name).reduce((s, r) => s + (r.weight ?? 1), 0);
      return total === 0 ? 0 : Math.round((w * 100) / total);
    };
    const stable = this.revisionOf(await this.readDeployment(this.primary));
    const canary = this.revisionOf(await this.readDeployment(this.canaryName));
    return { stable: stable?.id, canary: canary?.id, stablePercent: share(this.primary), canaryPercent: canary ? share(this.canaryName) : 0 };
  }

  async promote(canary: Revision, stable: Revision | undefined): Promise<void> {
    if (!stable) {
      await this.writeWeights(100, 0);
      return;
    }
    // Primary takes the canary's template while the canary serves 100%; then traffic returns to primary.
    await this.upsertDeployment(this.primary, canary.artifact, canary.id);
    const deadline = (this.opts.now ?? Date.now)() + (this.opts.rolloutTimeoutMs ?? 300_000);
    for (;;) {
      const d = await this.readDeployment(this.primary);
      const r = d ? KubernetesProvider.rolledOut(d) : { ok: false, detail: 'primary Deployment missing' };
      if (r.ok) break;
      if ((this.opts.now ?? Date.now)() > deadline) throw new Error(`primary did not roll out to ${canary.id}: ${r.detail}`);
      await this.sleep(1000);
    }
    await this.writeWeights(100, 0);
    await this.deleteCanary();
    await this.writeWeights(100, 0);
  }

  private async deleteCanary(): Promise<void> {
    try {
      await this.opts.apps.deleteNamespacedDeployment({ name: this.canaryName, namespace: this.ns });
    } catch (e) {
      if (statusCode(e) !== 404) throw e;
    }
  }

  async rollback(): Promise<void> {
    await this.writeWeights(100, 0);
    await this.deleteCanary();
    await this.writeWeights(100, 0);
  }

  async discard(rev: Revision): Promise<void> {
    const d = await this.deploymentOf(rev);
    if (d?.metadata?.name) await this.opts.apps.deleteNamespacedDeployment({ name: d.metadata.name, namespace: this.ns });
  }

  url(): string {
    return this.host ? `http://${this.host}` : '';
  }

  /** POST to the revision's own Service through the API server's service proxy. */
  async post(rev: Revision, path: string, body: string): Promise<{ status: number; body: string }> {
    const d = await this.deploymentOf(rev);
    if (!d?.metadata?.name) throw new Error(`no Deployment carries revision ${rev.id}`);
    if (!this.opts.apiPost) throw new Error('no API server client to reach the revision');
    return this.opts.apiPost(`/api/v1/namespaces/${encodeURIComponent(this.ns)}/services/${encodeURIComponent(d.metadata.name)}:http/proxy${path}`, body);
  }
}
