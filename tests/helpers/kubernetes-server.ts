/**
 * A fake Kubernetes API server for the kubernetes provider's tests: apps/v1 Deployments,
 * v1 Services and gateway.networking.k8s.io/v1 HTTPRoutes in memory, with every request and
 * response body validated against published schemas:
 * - `kubernetes-models` / `@kubernetes-models/gateway-api`: validators generated from the
 *   Kubernetes OpenAPI document and the Gateway API CRDs' openAPIV3Schema (types, required
 *   fields, enums, bounds such as HTTPRoute backendRef weight 0..1000000);
 * - `@kubernetes/client-node`'s generated models (attributeTypeMap, generated from the same
 *   OpenAPI document): unknown fields in Deployments and Services, which the API server
 *   rejects under strict field validation;
 * - metav1.Status for error bodies.
 * Violations answer 400/422 and are recorded in `violations`; tests assert it stays empty.
 *
 * Semantics: resourceVersion and generation, 409 on a stale resourceVersion, 404 Status bodies,
 * Deployments become ready at once unless their image is in `faults.unreadyImages` (pods pending)
 * or `faults.crashLoopImages` (pods in CrashLoopBackOff); `faults.ignoreRouteUpdates` accepts
 * HTTPRoute writes without applying them. Pods are listed (GET pods?labelSelector=app=NAME, each
 * validated as a v1 Pod) from the Deployments. The service proxy
 * (POST /api/v1/namespaces/NS/services/NAME:PORT/proxy/PATH) forwards to `backends.get(image)`
 * of the Deployment the Service selects: a stand-in for the pods' containers.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Deployment } from 'kubernetes-models/apps/v1/Deployment';
import { Service } from 'kubernetes-models/v1/Service';
import { Status } from '@kubernetes-models/apimachinery/apis/meta/v1/Status';
import { HTTPRoute } from '@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/HTTPRoute';
import { Pod } from 'kubernetes-models/v1/Pod';

type Json = Record<string, unknown>;

interface AttributeType {
  baseName: string;
  type: string;
}
type ModelClass = { getAttributeTypeMap(): AttributeType[] };
let models: Record<string, ModelClass> | undefined;

async function loadModels(): Promise<Record<string, ModelClass>> {
  // The generated models only (the package root pulls in undici 8, which needs Node >= 22).
  models ??= (await import('@kubernetes/client-node/dist/gen/models/all.js' as string)) as Record<string, ModelClass>;
  return models;
}

/** Unknown fields against client-node's generated model of `type` (e.g. "V1Deployment"). */
export function unknownFields(type: string, value: unknown, path: string, out: string[]): void {
  if (value === null || value === undefined || !models) return;
  const arr = /^Array<(.+)>$/.exec(type);
  if (arr) {
    if (Array.isArray(value)) value.forEach((v, i) => unknownFields(arr[1], v, `${path}[${i}]`, out));
    return;
  }
  const map = /^\{ \[key: string\]: (.+); \}$/.exec(type);
  if (map) {
    if (typeof value === 'object') for (const [k, v] of Object.entries(value as Json)) unknownFields(map[1], v, `${path}.${k}`, out);
    return;
  }
  const cls = models[type];
  if (!cls || typeof value !== 'object') return; // scalars, IntOrString, Date, any
  const attrs = new Map(cls.getAttributeTypeMap().map((a) => [a.baseName, a.type]));
  for (const [k, v] of Object.entries(value as Json)) {
    const t = attrs.get(k);
    if (t === undefined) out.push(`${path}.${k}: unknown field "${k}" in ${type}`);
    else unknownFields(t, v, `${path}.${k}`, out);
  }
}

type Kind = 'Deployment' | 'Service' | 'HTTPRoute';
const KINDS: Record<Kind, { apiVersion: string; model: string | undefined; validate: (o: Json) => void }> = {
  Deployment: { apiVersion: 'apps/v1', model: 'V1Deployment', validate: (o) => new Deployment(o as never).validate() },
  Service: { apiVersion: 'v1', model: 'V1Service', validate: (o) => new Service(o as never).validate() },
  HTTPRoute: { apiVersion: 'gateway.networking.k8s.io/v1', model: undefined, validate: (o) => new HTTPRoute(o as never).validate() },
};

/** Schema problems of a full object of `kind` (empty when valid). */
export function objectProblems(kind: Kind, obj: unknown): string[] {
  const out: string[] = [];
  const o = obj as Json;
  if (typeof o !== 'object' || o === null) return [`${kind}: not an object`];
  if (o.apiVersion !== KINDS[kind].apiVersion || o.kind !== kind) out.push(`${kind}: apiVersion/kind must be ${KINDS[kind].apiVersion} ${kind}, got ${String(o.apiVersion)} ${String(o.kind)}`);
  try {
    KINDS[kind].validate(o);
  } catch (e) {
    out.push(`${kind}: ${(e as Error).message}`);
  }
  if (KINDS[kind].model) unknownFields(KINDS[kind].model!, o, kind, out);
  return out;
}

export interface KubernetesServer {
  url: string;
  violations: string[];
  /** "VERB kind/name" of every call. */
  calls: string[];
  objects: Map<string, Json>;
  faults: { unreadyImages: Set<string>; crashLoopImages: Set<string>; ignoreRouteUpdates: boolean };
  /** image → http://127.0.0.1:PORT serving it (what the service proxy reaches); `proxied` logs "NAME PATH". */
  backends: Map<string, string>;
  proxied: string[];
  /** Put an object in the store directly (e.g. the user's HTTPRoute). */
  seed(kind: Kind, obj: Json): void;
  get(kind: Kind, namespace: string, name: string): Json | undefined;
  /** A kubeconfig (YAML) pointing at this server. */
  kubeconfig(): string;
  close(): Promise<void>;
}

const ROUTES: { re: RegExp; kind: Kind }[] = [
  { re: /^\/apis\/apps\/v1\/namespaces\/([^/]+)\/deployments(?:\/([^/]+))?$/, kind: 'Deployment' },
  { re: /^\/api\/v1\/namespaces\/([^/]+)\/services(?:\/([^/]+))?$/, kind: 'Service' },
  { re: /^\/apis\/gateway\.networking\.k8s\.io\/v1\/namespaces\/([^/]+)\/httproutes(?:\/([^/]+))?$/, kind: 'HTTPRoute' },
];

export async function startKubernetesServer(): Promise<KubernetesServer> {
  await loadModels();
  const objects = new Map<string, Json>();
  const violations: string[] = [];
  const calls: string[] = [];
  const faults = { unreadyImages: new Set<string>(), crashLoopImages: new Set<string>(), ignoreRouteUpdates: false };
  const backends = new Map<string, string>();
  const proxied: string[] = [];
  let rv = 100;
  const key = (kind: Kind, ns: string, name: string) => `${kind}/${ns}/${name}`;

  const status = (code: number, reason: string, message: string): Json => ({ kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message, reason, code });

  const withStatus = (kind: Kind, o: Json): Json => {
    if (kind !== 'Deployment') return o;
    const spec = o.spec as { replicas?: number; template?: { spec?: { containers?: { image?: string }[] } } };
    const want = spec.replicas ?? 1;
    const image = spec.template?.spec?.containers?.[0]?.image ?? '';
    const ready = faults.unreadyImages.has(image) || faults.crashLoopImages.has(image) ? 0 : want;
    const gen = (o.metadata as { generation?: number }).generation ?? 1;
    return { ...o, status: { observedGeneration: gen, replicas: want, updatedReplicas: want, readyReplicas: ready, availableReplicas: ready, conditions: [{ type: 'Available', status: ready >= want ? 'True' : 'False', reason: ready >= want ? 'MinimumReplicasAvailable' : 'MinimumReplicasUnavailable' }] } };
  };

  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    const send = (code: number, body: Json, kind?: Kind) => {
      const problems = code < 300 && kind ? objectProblems(kind, body) : [];
      if (code >= 300) {
        try {
          new Status(body as never).validate();
        } catch (e) {
          problems.push(`Status: ${(e as Error).message}`);
        }
      }
      if (problems.length) violations.push(...problems.map((p) => `response ${req.method} ${req.url}: ${p}`));
      res.writeHead(code, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const url = new URL(req.url ?? '/', 'http://x');
    const pods = /^\/api\/v1\/namespaces\/([^/]+)\/pods$/.exec(url.pathname);
    if (pods && req.method === 'GET') {
      calls.push('LIST Pod');
      const sel = /^app=([^,]+)$/.exec(url.searchParams.get('labelSelector') ?? '');
      if (!sel) {
        violations.push(`GET pods: labelSelector "${url.searchParams.get('labelSelector')}" is not app=NAME`);
        return send(400, status(400, 'BadRequest', 'unexpected labelSelector'));
      }
      const d = objects.get(key('Deployment', pods[1], sel[1])) as { metadata: Json; spec: { replicas?: number; template: { metadata: { labels: Record<string, string> }; spec: { containers: { name: string; image: string }[] } } } } | undefined;
      const items: Json[] = [];
      for (let i = 0; d && i < (d.spec.replicas ?? 1); i++) {
        const c = d.spec.template.spec.containers[0];
        const crash = faults.crashLoopImages.has(c.image);
        const pending = faults.unreadyImages.has(c.image);
        const pod: Json = {
          apiVersion: 'v1',
          kind: 'Pod',
          metadata: { name: `${sel[1]}-${String(d.metadata.generation)}-${i}`, namespace: pods[1], labels: d.spec.template.metadata.labels },
          spec: { containers: [{ name: c.name, image: c.image }] },
          status: {
            phase: pending ? 'Pending' : 'Running',
            containerStatuses: [
              {
                name: c.name,
                image: c.image,
                imageID: '',
                ready: !crash && !pending,
                restartCount: crash ? 4 : 0,
                state: crash ? { waiting: { reason: 'CrashLoopBackOff', message: `back-off 40s restarting failed container=${c.name}` } } : pending ? { waiting: { reason: 'ContainerCreating' } } : { running: { startedAt: new Date().toISOString().replace(/\.\d+Z$/, 'Z') } },
              },
            ],
          },
        };
        try {
          new Pod(pod as never).validate();
        } catch (e) {
          violations.push(`Pod response: ${(e as Error).message}`);
        }
        items.push(pod);
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      return res.end(JSON.stringify({ apiVersion: 'v1', kind: 'PodList', metadata: { resourceVersion: String(rv) }, items }));
    }
    const proxy = /^\/api\/v1\/namespaces\/([^/]+)\/services\/([^/:]+):([^/]+)\/proxy(\/.*)$/.exec(url.pathname);
    if (proxy) {
      const [, ns, svcName, port, rest] = proxy;
      calls.push(`PROXY Service/${svcName}`);
      proxied.push(`${svcName} ${rest}`);
      const svc = objects.get(key('Service', ns, svcName)) as { spec: { selector: Record<string, string>; ports: { name: string }[] } } | undefined;
      if (!svc) return send(404, status(404, 'NotFound', `services "${svcName}" not found`));
      if (!svc.spec.ports.some((p) => p.name === port)) violations.push(`service proxy: Service ${svcName} has no port named "${port}"`);
      const d = objects.get(key('Deployment', ns, svc.spec.selector.app)) as { spec: { template: { spec: { containers: { image: string }[] } } } } | undefined;
      const target = d && backends.get(d.spec.template.spec.containers[0].image);
      if (!target || faults.crashLoopImages.has(d.spec.template.spec.containers[0].image)) return send(503, status(503, 'ServiceUnavailable', `no endpoints available for service "${svcName}"`));
      try {
        const up = await fetch(`${target}${rest}${url.search}`, { method: req.method, headers: { 'content-type': String(req.headers['content-type'] ?? 'application/json') }, body: req.method === 'POST' ? Buffer.concat(chunks) : undefined });
        res.writeHead(up.status, { 'content-type': up.headers.get('content-type') ?? 'application/json' });
        return res.end(Buffer.from(await up.arrayBuffer()));
      } catch (e) {
        return send(503, status(503, 'ServiceUnavailable', `error trying to reach service: ${(e as Error).message}`));
      }
    }
    const route = ROUTES.map((r) => ({ ...r, m: r.re.exec(url.pathname) })).find((r) => r.m);
    if (!route) {
      violations.push(`${req.method} ${url.pathname}: not a path this fake (or the provider) should use`);
      return send(404, status(404, 'NotFound', `the server could not find the requested resource`));
    }
    const { kind } = route;
    const ns = route.m![1];
    const name = route.m![2] ? decodeURIComponent(route.m![2]) : undefined;
    calls.push(`${req.method} ${kind}/${name ?? ''}`);
    let body: Json | undefined;
    if (chunks.length) {
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Json;
      } catch {
        violations.push(`${req.method} ${url.pathname}: body is not JSON`);
        return send(400, status(400, 'BadRequest', 'body is not JSON'));
      }
    }
    const k = name ? key(kind, ns, name) : undefined;
    const existing = k ? objects.get(k) : undefined;

    if (req.method === 'GET' && name) {
      return existing ? send(200, withStatus(kind, existing), kind) : send(404, status(404, 'NotFound', `${kind.toLowerCase()}s "${name}" not found`));
    }
    if (req.method === 'DELETE' && name) {
      if (!existing) return send(404, status(404, 'NotFound', `${kind.toLowerCase()}s "${name}" not found`));
      objects.delete(k!);
      return send(200, { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Success', details: { name, kind: `${kind.toLowerCase()}s` } } as Json);
    }
    if ((req.method === 'POST' && !name) || (req.method === 'PUT' && name)) {
      const problems = objectProblems(kind, body);
      const meta = (body?.metadata ?? {}) as { name?: string; namespace?: string; resourceVersion?: string };
      if (meta.namespace !== undefined && meta.namespace !== ns) problems.push(`metadata.namespace "${meta.namespace}" does not match the path's namespace "${ns}"`);
      if (name && meta.name !== name) problems.push(`metadata.name "${String(meta.name)}" does not match the path's name "${name}"`);
      if (body && 'status' in body && kind === 'Deployment' && req.method === 'POST') problems.push('status must not be set on create');
      if (problems.length) {
        violations.push(...problems.map((p) => `request ${req.method} ${url.pathname}: ${p}`));
        return send(422, status(422, 'Invalid', problems.join('; ')));
      }
      const objKey = key(kind, ns, meta.name!);
      const current = objects.get(objKey);
      if (req.method === 'POST' && current) return send(409, status(409, 'AlreadyExists', `${kind.toLowerCase()}s "${meta.name}" already exists`));
      if (req.method === 'PUT' && !current) return send(404, status(404, 'NotFound', `${kind.toLowerCase()}s "${name}" not found`));
      const curMeta = (current?.metadata ?? {}) as { resourceVersion?: string; generation?: number; uid?: string; creationTimestamp?: string };
      if (req.method === 'PUT' && meta.resourceVersion !== undefined && meta.resourceVersion !== curMeta.resourceVersion) {
        return send(409, status(409, 'Conflict', `Operation cannot be fulfilled on ${kind.toLowerCase()}s "${name}": the object has been modified; please apply your changes to the latest version and try again`));
      }
      if (kind === 'HTTPRoute' && req.method === 'PUT' && faults.ignoreRouteUpdates) return send(200, current!, kind);
      const specChanged = JSON.stringify((current as { spec?: unknown } | undefined)?.spec) !== JSON.stringify(body!.spec);
      const { status: _s, ...rest } = body!;
      const stored: Json = {
        ...rest,
        metadata: {
          ...(rest.metadata as Json),
          namespace: ns,
          uid: curMeta.uid ?? `uid-${++rv}`,
          creationTimestamp: curMeta.creationTimestamp ?? new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
          resourceVersion: String(++rv),
          generation: (curMeta.generation ?? 0) + (specChanged || !current ? 1 : 0),
        },
      };
      objects.set(objKey, stored);
      return send(req.method === 'POST' ? 201 : 200, withStatus(kind, stored), kind);
    }
    violations.push(`${req.method} ${url.pathname}: method not supported for ${kind}`);
    return send(405, status(405, 'MethodNotAllowed', `${req.method} is not supported here`));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    violations,
    calls,
    objects,
    faults,
    backends,
    proxied,
    seed(kind, obj) {
      const meta = obj.metadata as { name: string; namespace?: string };
      const problems = objectProblems(kind, obj);
      if (problems.length) throw new Error(`seed ${kind}: ${problems.join('; ')}`);
      objects.set(key(kind, meta.namespace ?? 'default', meta.name), { ...obj, metadata: { ...meta, namespace: meta.namespace ?? 'default', resourceVersion: String(++rv), generation: 1 } });
    },
    get: (kind, namespace, name) => objects.get(key(kind, namespace, name)),
    kubeconfig: () =>
      [
        'apiVersion: v1',
        'kind: Config',
        'clusters:',
        `- name: fake\n  cluster:\n    server: ${url}\n    insecure-skip-tls-verify: true`,
        'users:',
        '- name: ci\n  user:\n    token: fake-token',
        'contexts:',
        '- name: fake\n  context:\n    cluster: fake\n    user: ci',
        'current-context: fake',
        '',
      ].join('\n'),
    close: () =>
      new Promise<void>((r) => {
        server.close(() => r());
        server.closeAllConnections();
      }),
  };
}
