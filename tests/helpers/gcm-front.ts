/**
 * Test stand-ins for Cloud Monitoring with Cloud Run's built-in metrics, on a REAL Prometheus:
 *
 * - `startCloudRunMetricsExporter`: a /metrics endpoint that serves the series Cloud Run records,
 *   under their Cloud Monitoring PromQL names and labels (run_googleapis_com:request_count with
 *   response_code/response_code_class/route; run_googleapis_com:request_latencies_bucket with le,
 *   in milliseconds; resource labels project_id, location, service_name, revision_name,
 *   configuration_name). Requests follow the traffic split that the Cloud Run stand-in
 *   (cloud-run-server.ts) really serves: each revision gets `ratePerSecond × percent` requests;
 *   how it answers depends on its image (`behaviour`). Prometheus scrapes it, so the PromQL runs.
 * - `startGcmFront`: the Cloud Monitoring Prometheus API URL layout,
 *   /v1/projects/{project}/location/global/prometheus/api/v1/{query,query_range,…}; checks the
 *   project, the path and the bearer token (one issued by google-token-server.ts), answers
 *   Google's JSON errors (401 UNAUTHENTICATED, 403 PERMISSION_DENIED, 404 NOT_FOUND) otherwise,
 *   and proxies accepted queries to the real Prometheus. Records every request.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CloudRunServer } from './cloud-run-server.js';

export interface RevisionBehaviour {
  /** Share of requests answered 5xx. */
  errorShare: number;
  /** Latency every request takes, ms. */
  latencyMs: number;
}

/** Healthy unless the image says otherwise: ":bad" answers 20% 5xx, ":slow" takes 900 ms. */
export function behaviourOfImage(image: string): RevisionBehaviour {
  if (image.includes(':bad')) return { errorShare: 0.2, latencyMs: 20 };
  if (image.includes(':slow')) return { errorShare: 0, latencyMs: 900 };
  return { errorShare: 0, latencyMs: 20 };
}

/** request_latencies bucket bounds, ms (an exponential distribution like Cloud Monitoring's). */
export const LATENCY_BOUNDS = [5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000];

export interface CloudRunMetricsExporter {
  url: string;
  /** host:port for Prometheus's static target. */
  target: string;
  /** Requests counted so far per revision. */
  counts(): Map<string, { ok: number; errors: number }>;
  /** Stop producing new requests (metrics stay, frozen). */
  pause(paused: boolean): void;
  close(): Promise<void>;
}

export async function startCloudRunMetricsExporter(o: {
  cloudRun: CloudRunServer;
  ratePerSecond?: number;
  behaviour?: (image: string) => RevisionBehaviour;
  /** More exposition text per scrape (e.g. the serving runtime's own series, as a sidecar would forward them). */
  extra?: () => string;
}): Promise<CloudRunMetricsExporter> {
  const rate = o.ratePerSecond ?? 100;
  const behaviour = o.behaviour ?? behaviourOfImage;
  // Per "service|revision": fractional request accumulators.
  const acc = new Map<string, { svc: string; project: string; location: string; service: string; revision: string; ok: number; errors: number; latencyMs: number; errLatencyMs: number }>();
  let last = Date.now();
  let paused = false;

  const advance = () => {
    const t = Date.now();
    const dt = (t - last) / 1000;
    last = t;
    if (paused) return;
    for (const [name, svc] of o.cloudRun.services) {
      const [, project, , location, , service] = name.split('/');
      // What Cloud Run really serves: the trafficStatuses, i.e. the applied traffic.
      for (const tt of (svc.traffic as { revision?: string; percent?: number }[] | undefined) ?? []) {
        if (!tt.revision || !tt.percent) continue;
        const rev = o.cloudRun.revisions.get(`${name}/revisions/${tt.revision}`);
        const image = (rev?.containers as { image?: string }[] | undefined)?.[0]?.image ?? '';
        const b = behaviour(image);
        const key = `${name}|${tt.revision}`;
        const a = acc.get(key) ?? { svc: name, project, location, service, revision: tt.revision, ok: 0, errors: 0, latencyMs: b.latencyMs, errLatencyMs: Math.min(b.latencyMs, 20) };
        const n = rate * dt * (tt.percent / 100);
        a.errors += n * b.errorShare;
        a.ok += n * (1 - b.errorShare);
        acc.set(key, a);
      }
    }
  };

  const render = (): string => {
    advance();
    const lines = ['# TYPE run_googleapis_com:request_count counter'];
    const hist = ['# TYPE run_googleapis_com:request_latencies histogram'];
    for (const a of acc.values()) {
      const base = `project_id="${a.project}",location="${a.location}",service_name="${a.service}",revision_name="${a.revision}",configuration_name="${a.service}",route=""`;
      const classes: [string, string, number, number][] = [
        ['200', '2xx', Math.floor(a.ok), a.latencyMs],
        ['500', '5xx', Math.floor(a.errors), a.errLatencyMs],
      ];
      for (const [code, cls, n, lat] of classes) {
        if (cls === '5xx' && a.errors === 0) continue; // a revision that never failed has no 5xx series
        const labels = `${base},response_code="${code}",response_code_class="${cls}"`;
        lines.push(`run_googleapis_com:request_count{${labels}} ${n}`);
        for (const le of LATENCY_BOUNDS) hist.push(`run_googleapis_com:request_latencies_bucket{${labels},le="${le}"} ${lat <= le ? n : 0}`);
        hist.push(`run_googleapis_com:request_latencies_bucket{${labels},le="+Inf"} ${n}`);
        hist.push(`run_googleapis_com:request_latencies_count{${labels}} ${n}`);
        hist.push(`run_googleapis_com:request_latencies_sum{${labels}} ${n * lat}`);
      }
    }
    return [...lines, ...hist, o.extra?.() ?? ''].join('\n');
  };

  const server = createServer((req, res) => {
    if (req.url !== '/metrics') {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/plain; version=0.0.4' });
    res.end(render());
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/metrics`,
    target: `127.0.0.1:${port}`,
    counts: () => {
      advance();
      return new Map([...acc.values()].map((a) => [a.revision, { ok: Math.floor(a.ok), errors: Math.floor(a.errors) }]));
    },
    pause: (p) => {
      advance();
      paused = p;
    },
    close: () =>
      new Promise<void>((r) => {
        server.close(() => r());
        server.closeAllConnections();
      }),
  };
}

// ---------------------------------------------------------------------------------------------

export interface GcmRequest {
  method: string;
  project: string;
  api: string;
  /** The PromQL of query/query_range. */
  query?: string;
  status: number;
  /** Which token was presented: "valid", "invalid" or "none" (the token itself is not kept). */
  auth: 'valid' | 'invalid' | 'none';
}

export interface GcmFront {
  /** Base URL standing in for https://monitoring.googleapis.com. */
  url: string;
  requests: GcmRequest[];
  /** Requests that did not match the Cloud Monitoring Prometheus API layout. */
  violations: string[];
  /** Projects whose metrics the caller may read (others: 403 PERMISSION_DENIED). */
  readable: Set<string>;
  close(): Promise<void>;
}

const googleError = (res: ServerResponse, code: number, status: string, message: string) => {
  res.writeHead(code, { 'content-type': 'application/json; charset=UTF-8' });
  res.end(JSON.stringify({ error: { code, message, status } }));
};

const API = /^\/v1\/projects\/([^/]+)\/location\/global\/prometheus\/api\/v1\/(query|query_range|series|labels|label\/[^/]+\/values|metadata)$/;

export async function startGcmFront(o: { prometheusUrl: string; project: string; isValidToken: (t: string) => boolean }): Promise<GcmFront> {
  const requests: GcmRequest[] = [];
  const violations: string[] = [];
  const readable = new Set([o.project]);
  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://x');
    const m = API.exec(url.pathname);
    if (!m || (req.method !== 'GET' && req.method !== 'POST')) {
      violations.push(`${req.method} ${url.pathname}: not a Cloud Monitoring Prometheus API path`);
      return googleError(res, 404, 'NOT_FOUND', `The requested URL ${url.pathname} was not found on this server.`);
    }
    const [, project, api] = m;
    const params = req.method === 'POST' ? new URLSearchParams(body) : url.searchParams;
    const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    const auth: GcmRequest['auth'] = bearer === undefined ? 'none' : o.isValidToken(bearer) ? 'valid' : 'invalid';
    const record = (status: number) => requests.push({ method: req.method!, project: decodeURIComponent(project), api, query: params.get('query') ?? undefined, status, auth });
    if (auth !== 'valid') {
      record(401);
      return googleError(res, 401, 'UNAUTHENTICATED', 'Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential.');
    }
    if (!readable.has(decodeURIComponent(project))) {
      record(403);
      return googleError(res, 403, 'PERMISSION_DENIED', `Permission monitoring.timeSeries.list denied (or the resource may not exist).`);
    }
    if ((api === 'query' || api === 'query_range') && !params.get('query')) {
      record(400);
      res.writeHead(400, { 'content-type': 'application/json' });
      return res.end(JSON.stringify({ status: 'error', errorType: 'bad_data', error: 'query parameter is required' }));
    }
    const upstream = await fetch(`${o.prometheusUrl}/api/v1/${api}?${params.toString()}`);
    record(upstream.status);
    res.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? 'application/json' });
    res.end(Buffer.from(await upstream.arrayBuffer()));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    violations,
    readable,
    close: () =>
      new Promise<void>((r) => {
        server.close(() => r());
        server.closeAllConnections();
      }),
  };
}
