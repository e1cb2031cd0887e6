/**
 * A fake Cloud Run Admin API v2 (REST) for tests, validated against the API's published
 * description as shipped in @google-cloud/run: build/protos/protos.json (the protobuf
 * descriptors of google.cloud.run.v2 with their google.api.http REST bindings and
 * google.api.field_behavior annotations, the same data the client library uses).
 *
 * Every request is matched to an RPC by its HTTP binding (method + path template); its path
 * variables, query parameters and JSON body are checked against the request message (proto3
 * JSON mapping: lowerCamelCase names, enums as names or numbers, 64-bit integers as strings,
 * Timestamp/Duration/FieldMask/Any); unknown fields and missing REQUIRED fields are violations.
 * Every response body is checked against the RPC's response message the same way. Violations
 * are answered 400 and recorded in `server.violations`; tests assert it stays empty.
 *
 * Semantics kept in memory: services with revisions (a new revision per template change,
 * named by template.revision), traffic validated like Cloud Run (percentages sum to 100,
 * revisions exist, tags unique), trafficStatuses, long-running operations that complete at once.
 * Faults: `faults.unreadyRevisions` (new revisions report Ready=CONDITION_FAILED),
 * `faults.ignoreTrafficUpdates` (the service accepts traffic updates but keeps serving the old split).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { ROOT } from './paths.js';

// ---------------------------------------------------------------------------------------------
// The description

interface ProtoField {
  type: string;
  id: number;
  rule?: 'repeated';
  keyType?: string;
  options?: Record<string, unknown>;
}
interface ProtoNode {
  fields?: Record<string, ProtoField>;
  values?: Record<string, number>;
  nested?: Record<string, ProtoNode>;
  methods?: Record<string, { requestType: string; responseType: string; options?: Record<string, string> }>;
  oneofs?: Record<string, { oneof: string[] }>;
}

const PROTOS_PATH = `${ROOT}/node_modules/@google-cloud/run/build/protos/protos.json`;
let root: ProtoNode | undefined;
function protoRoot(): ProtoNode {
  root ??= JSON.parse(readFileSync(PROTOS_PATH, 'utf8')) as ProtoNode;
  return root;
}

function lookup(fullName: string): ProtoNode | undefined {
  let node: ProtoNode | undefined = protoRoot();
  for (const part of fullName.split('.')) node = node?.nested?.[part];
  return node;
}

/** Resolve a type name as protobuf does: relative to the enclosing scopes, innermost first. */
function resolveType(name: string, scope: string): string {
  if (name.startsWith('.')) return name.slice(1);
  const parts = scope.split('.');
  for (let i = parts.length; i >= 0; i--) {
    const candidate = [...parts.slice(0, i), name].join('.');
    if (lookup(candidate)) return candidate;
  }
  return name;
}

const SCALARS = new Set(['double', 'float', 'int32', 'int64', 'uint32', 'uint64', 'sint32', 'sint64', 'fixed32', 'fixed64', 'sfixed32', 'sfixed64', 'bool', 'string', 'bytes']);

function checkScalar(type: string, v: unknown, path: string, errors: string[]): void {
  const bad = (want: string): void => void errors.push(`${path}: expected ${want} (${type}), got ${JSON.stringify(v)}`);
  switch (type) {
    case 'string':
      if (typeof v !== 'string') bad('a string');
      return;
    case 'bytes':
      if (typeof v !== 'string' || !/^[A-Za-z0-9+/_-]*=*$/.test(v)) bad('base64');
      return;
    case 'bool':
      if (typeof v !== 'boolean') bad('a boolean');
      return;
    case 'double':
    case 'float':
      if (typeof v !== 'number' && !['NaN', 'Infinity', '-Infinity'].includes(v as string) && !(typeof v === 'string' && v.trim() !== '' && !Number.isNaN(Number(v)))) bad('a number');
      return;
    default: {
      const n = typeof v === 'string' && /^-?\d+$/.test(v) ? Number(v) : v;
      if (typeof n !== 'number' || !Number.isInteger(n)) {
        bad('an integer');
        return;
      }
      if (type.startsWith('u') || type === 'fixed32' || type === 'fixed64') if (n < 0) bad('a non-negative integer');
      if (/32$/.test(type) && Math.abs(n) > 2 ** 32) bad('a 32-bit integer');
    }
  }
}

export type Direction = 'request' | 'response';

/** Check a proto3-JSON value against message type `typeName`; pushes messages into `errors`. */
export function checkMessage(typeName: string, value: unknown, path: string, dir: Direction, errors: string[]): void {
  switch (typeName) {
    case 'google.protobuf.Timestamp':
      if (typeof value !== 'string' || !/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,9})?(Z|[+-]\d\d:\d\d)$/.test(value)) errors.push(`${path}: expected an RFC 3339 timestamp, got ${JSON.stringify(value)}`);
      return;
    case 'google.protobuf.Duration':
      if (typeof value !== 'string' || !/^-?\d+(\.\d{1,9})?s$/.test(value)) errors.push(`${path}: expected a duration like "3.5s", got ${JSON.stringify(value)}`);
      return;
    case 'google.protobuf.FieldMask':
      if (typeof value !== 'string') errors.push(`${path}: expected a comma-separated field mask string`);
      return;
    case 'google.protobuf.Empty':
      if (typeof value !== 'object' || value === null || Object.keys(value).length > 0) errors.push(`${path}: expected {}`);
      return;
    case 'google.protobuf.Any': {
      const t = (value as { '@type'?: unknown } | null)?.['@type'];
      if (typeof t !== 'string' || !t.startsWith('type.googleapis.com/')) {
        errors.push(`${path}: an Any needs "@type": "type.googleapis.com/<message>"`);
        return;
      }
      const inner = t.slice('type.googleapis.com/'.length);
      if (!lookup(inner)) errors.push(`${path}: unknown Any type ${inner}`);
      else {
        const { '@type': _t, ...rest } = value as Record<string, unknown>;
        checkMessage(inner, rest, path, dir, errors);
      }
      return;
    }
  }
  const node = lookup(typeName);
  if (!node) {
    errors.push(`${path}: unknown type ${typeName}`);
    return;
  }
  if (node.values) {
    const ok = (typeof value === 'string' && value in node.values) || (typeof value === 'number' && Object.values(node.values).includes(value));
    if (!ok) errors.push(`${path}: ${JSON.stringify(value)} is not a value of enum ${typeName} (${Object.keys(node.values).join(', ')})`);
    return;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    errors.push(`${path}: expected a ${typeName} object, got ${JSON.stringify(value)}`);
    return;
  }
  const fields = node.fields ?? {};
  const obj = value as Record<string, unknown>;
  for (const [k, v] of Object.entries(obj)) {
    const f = fields[k];
    if (!f) {
      errors.push(`${path}.${k}: no field "${k}" in ${typeName}`);
      continue;
    }
    if (v === null) continue;
    checkField(f, v, `${path}.${k}`, typeName, dir, errors);
  }
  if (dir === 'request') {
    for (const [k, f] of Object.entries(fields)) {
      if (f.options?.['(google.api.field_behavior)'] === 'REQUIRED' && (obj[k] === undefined || obj[k] === null || obj[k] === '')) {
        errors.push(`${path}.${k}: REQUIRED field of ${typeName} is missing`);
      }
    }
  }
  for (const [name, o] of Object.entries(node.oneofs ?? {})) {
    const set = o.oneof.filter((k) => obj[k] !== undefined && obj[k] !== null);
    if (set.length > 1) errors.push(`${path}: oneof ${name} has several members set (${set.join(', ')})`);
  }
}

function checkField(f: ProtoField, v: unknown, path: string, scope: string, dir: Direction, errors: string[]): void {
  if (f.keyType) {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return void errors.push(`${path}: expected a map object`);
    for (const [k, x] of Object.entries(v)) checkValue(f.type, x, `${path}["${k}"]`, scope, dir, errors);
    return;
  }
  if (f.rule === 'repeated') {
    if (!Array.isArray(v)) return void errors.push(`${path}: expected an array`);
    v.forEach((x, i) => checkValue(f.type, x, `${path}[${i}]`, scope, dir, errors));
    return;
  }
  checkValue(f.type, v, path, scope, dir, errors);
}

function checkValue(type: string, v: unknown, path: string, scope: string, dir: Direction, errors: string[]): void {
  if (SCALARS.has(type)) checkScalar(type, v, path, errors);
  else checkMessage(resolveType(type, scope), v, path, dir, errors);
}

// ---------------------------------------------------------------------------------------------
// HTTP bindings

interface Binding {
  rpc: string;
  method: string;
  template: string;
  regex: RegExp;
  vars: string[];
  body?: string;
  requestType: string;
  responseType: string;
  /** For long-running RPCs: the type in Operation.response. */
  lroResponse?: string;
}

function compileTemplate(template: string): { regex: RegExp; vars: string[] } {
  const vars: string[] = [];
  let re = '';
  let i = 0;
  while (i < template.length) {
    if (template[i] === '{') {
      const end = template.indexOf('}', i);
      const [name, pattern = '*'] = template.slice(i + 1, end).split('=');
      vars.push(name);
      re += '(' + pattern.split('/').map((seg) => (seg === '**' ? '.+' : seg === '*' ? '[^/]+' : seg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('/') + ')';
      i = end + 1;
    } else {
      re += template[i].replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      i++;
    }
  }
  return { regex: new RegExp(`^${re}$`), vars };
}

function bindings(): Binding[] {
  const v2 = 'google.cloud.run.v2';
  const out: Binding[] = [];
  for (const svc of ['Services', 'Revisions']) {
    for (const [rpc, m] of Object.entries(lookup(`${v2}.${svc}`)!.methods!)) {
      const o = m.options ?? {};
      for (const verb of ['get', 'post', 'patch', 'delete', 'put']) {
        const tpl = o[`(google.api.http).${verb}`];
        if (!tpl) continue;
        const lro = o['(google.longrunning.operation_info).response_type'];
        out.push({
          rpc: `${svc}.${rpc}`,
          method: verb.toUpperCase(),
          template: tpl,
          ...compileTemplate(tpl),
          body: o['(google.api.http).body'],
          requestType: resolveType(m.requestType, v2),
          responseType: resolveType(m.responseType, v2),
          lroResponse: lro ? resolveType(lro, v2) : undefined,
        });
      }
    }
  }
  // The operations binding the client library configures for run.googleapis.com (services_client.js httpRules).
  const tpl = '/v2/{name=projects/*/locations/*/operations/*}';
  out.push({ rpc: 'Operations.GetOperation', method: 'GET', template: tpl, ...compileTemplate(tpl), requestType: 'google.longrunning.GetOperationRequest', responseType: 'google.longrunning.Operation' });
  return out;
}

// ---------------------------------------------------------------------------------------------
// The fake

type Json = Record<string, unknown>;

export interface CloudRunServer {
  url: string;
  port: number;
  /** Schema violations seen (requests and responses). */
  violations: string[];
  /** Every RPC called, e.g. "Services.UpdateService". */
  calls: string[];
  services: Map<string, Json>;
  revisions: Map<string, Json>;
  faults: { unreadyRevisions: boolean; ignoreTrafficUpdates: boolean };
  close(): Promise<void>;
}

function stripDefaults(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(stripDefaults);
  if (typeof v !== 'object' || v === null) return v;
  const out: Json = {};
  for (const [k, x] of Object.entries(v)) {
    const y = stripDefaults(x);
    if (y === '' || y === 0 || y === false || y === null || y === undefined || (Array.isArray(y) && y.length === 0) || (typeof y === 'object' && y !== null && Object.keys(y).length === 0)) continue;
    out[k] = y;
  }
  return out;
}

const status = (code: number, name: string, message: string) => ({ error: { code, message, status: name } });

export async function startCloudRunServer(): Promise<CloudRunServer> {
  const binds = bindings();
  const services = new Map<string, Json>();
  const revisions = new Map<string, Json>();
  const operations = new Map<string, Json>();
  const violations: string[] = [];
  const calls: string[] = [];
  const faults = { unreadyRevisions: false, ignoreTrafficUpdates: false };
  let counter = 0;

  const now = () => new Date().toISOString();

  const makeRevision = (svcName: string, template: Json): Json => {
    const short = (template.revision as string | undefined) || `${svcName.split('/').pop()}-${String(++counter).padStart(5, '0')}-abc`;
    const name = `${svcName}/revisions/${short}`;
    const ready = !faults.unreadyRevisions;
    const rev: Json = {
      name,
      uid: randomUUID(),
      generation: '1',
      createTime: now(),
      service: svcName,
      containers: template.containers ?? [],
      conditions: [{ type: 'Ready', state: ready ? 'CONDITION_SUCCEEDED' : 'CONDITION_FAILED', message: ready ? '' : 'The user-provided container failed to start and listen on the port defined by PORT=8080', lastTransitionTime: now() }],
      reconciling: false,
    };
    revisions.set(name, rev);
    return rev;
  };

  /** Validate traffic like Cloud Run: revisions exist, percentages sum to 100, tags unique. */
  const trafficProblem = (svc: Json, traffic: Json[]): string | undefined => {
    let sum = 0;
    const tags = new Set<string>();
    for (const t of traffic) {
      const type = t.type === 'TRAFFIC_TARGET_ALLOCATION_TYPE_LATEST' || t.type === 1 ? 'LATEST' : 'REVISION';
      if (type === 'REVISION') {
        if (!t.revision) return 'a REVISION traffic target needs a revision name';
        if (!revisions.has(`${svc.name as string}/revisions/${t.revision as string}`)) return `Revision named '${t.revision as string}' does not exist`;
      }
      sum += Number(t.percent ?? 0);
      if (t.tag) {
        if (tags.has(t.tag as string)) return `tag '${t.tag as string}' is used twice`;
        tags.add(t.tag as string);
      }
    }
    if (sum !== 100 && traffic.length > 0) return `traffic percentages must add up to 100, got ${sum}`;
    return undefined;
  };

  const statusesOf = (svc: Json): Json[] =>
    ((svc.traffic as Json[] | undefined) ?? [{ type: 'TRAFFIC_TARGET_ALLOCATION_TYPE_LATEST', percent: 100 }]).map((t) => {
      const s: Json = { type: t.type ?? 'TRAFFIC_TARGET_ALLOCATION_TYPE_REVISION', percent: t.percent ?? 0 };
      if (t.revision) s.revision = t.revision;
      if (t.tag) {
        s.tag = t.tag;
        s.uri = `https://${t.tag as string}---${(svc.name as string).split('/').pop()}-xyz-ew.a.run.app`;
      }
      return s;
    });

  const operation = (response: Json, type: string): Json => {
    const name = `projects/p/locations/l/operations/${randomUUID()}`;
    const op = { name, done: true, response: { '@type': `type.googleapis.com/${type}`, ...response }, metadata: { '@type': `type.googleapis.com/${type}`, ...response } };
    operations.set(name, op);
    return op;
  };

  const applyTemplate = (svc: Json, template: Json | undefined): string | undefined => {
    if (!template) return undefined;
    const latest = svc.latestCreatedRevision as string | undefined;
    const prev = latest ? revisions.get(latest) : undefined;
    // proto3 JSON: default values (0, "", false, [], {}) are the same as absent.
    const same = prev && JSON.stringify(stripDefaults(prev.containers)) === JSON.stringify(stripDefaults(template.containers ?? [])) && (!template.revision || latest!.endsWith(`/${template.revision as string}`));
    if (same) return undefined;
    if (template.revision && revisions.has(`${svc.name as string}/revisions/${template.revision as string}`)) return `Revision named '${template.revision as string}' already exists`;
    const rev = makeRevision(svc.name as string, template);
    svc.template = template;
    svc.latestCreatedRevision = rev.name;
    if (!faults.unreadyRevisions) svc.latestReadyRevision = rev.name;
    return undefined;
  };

  const handle = (b: Binding, vars: Record<string, string>, query: URLSearchParams, body: Json | undefined): { status: number; body: Json; type?: string } => {
    const name = vars.name ?? vars['service.name'];
    switch (b.rpc) {
      case 'Services.GetService': {
        const s = services.get(name);
        return s ? { status: 200, body: { ...s, trafficStatuses: statusesOf(s) } } : { status: 404, body: status(404, 'NOT_FOUND', `Resource '${name}' of kind 'SERVICE' does not exist.`), type: 'error' };
      }
      case 'Services.CreateService': {
        const id = query.get('serviceId')!;
        const full = `${vars.parent}/services/${id}`;
        if (services.has(full)) return { status: 409, body: status(409, 'ALREADY_EXISTS', `Resource '${id}' already exists.`), type: 'error' };
        const svc: Json = { ...(body ?? {}), name: full, uid: randomUUID(), generation: '1', createTime: now(), updateTime: now(), uri: `https://${id}-xyz-ew.a.run.app`, etag: `"${++counter}"` };
        const problem = applyTemplate(svc, svc.template as Json);
        if (problem) return { status: 409, body: status(409, 'ALREADY_EXISTS', problem), type: 'error' };
        const tp = trafficProblem(svc, (svc.traffic as Json[]) ?? []);
        if (tp) {
          revisions.delete(svc.latestCreatedRevision as string);
          return { status: 400, body: status(400, 'INVALID_ARGUMENT', tp), type: 'error' };
        }
        services.set(full, svc);
        return { status: 200, body: operation({ ...svc, trafficStatuses: statusesOf(svc) }, 'google.cloud.run.v2.Service') };
      }
      case 'Services.UpdateService': {
        const svc = services.get(name);
        if (!svc) return { status: 404, body: status(404, 'NOT_FOUND', `Resource '${name}' of kind 'SERVICE' does not exist.`), type: 'error' };
        if (body?.etag && body.etag !== svc.etag) return { status: 409, body: status(409, 'ABORTED', 'etag mismatch: the service changed since it was read'), type: 'error' };
        const next: Json = { ...svc };
        const problem = applyTemplate(next, body?.template as Json);
        if (problem) return { status: 409, body: status(409, 'ALREADY_EXISTS', problem), type: 'error' };
        if (body?.traffic) {
          const tp = trafficProblem(next, body.traffic as Json[]);
          if (tp) return { status: 400, body: status(400, 'INVALID_ARGUMENT', tp), type: 'error' };
          if (!faults.ignoreTrafficUpdates) next.traffic = body.traffic;
        }
        next.generation = String(Number(svc.generation) + 1);
        next.updateTime = now();
        next.etag = `"${++counter}"`;
        services.set(name, next);
        return { status: 200, body: operation({ ...next, trafficStatuses: statusesOf(next) }, 'google.cloud.run.v2.Service') };
      }
      case 'Services.DeleteService': {
        const svc = services.get(name);
        if (!svc) return { status: 404, body: status(404, 'NOT_FOUND', `Resource '${name}' does not exist.`), type: 'error' };
        services.delete(name);
        return { status: 200, body: operation({ ...svc, trafficStatuses: statusesOf(svc) }, 'google.cloud.run.v2.Service') };
      }
      case 'Revisions.GetRevision': {
        const r = revisions.get(name);
        return r ? { status: 200, body: r } : { status: 404, body: status(404, 'NOT_FOUND', `Resource '${name}' of kind 'REVISION' does not exist.`), type: 'error' };
      }
      case 'Operations.GetOperation': {
        const op = operations.get(name);
        return op ? { status: 200, body: op } : { status: 404, body: status(404, 'NOT_FOUND', `operation ${name} not found`), type: 'error' };
      }
      default:
        return { status: 501, body: status(501, 'UNIMPLEMENTED', `${b.rpc} is not implemented by the fake`), type: 'error' };
    }
  };

  /** With $alt=json;enum-encoding=int the client wants enums as numbers. */
  const numericEnums = (typeName: string, v: unknown): unknown => {
    if (Array.isArray(v)) return v.map((x) => numericEnums(typeName, x));
    if (typeof v !== 'object' || v === null) return v;
    const node = lookup(typeName);
    const out: Json = {};
    let t = typeName;
    let obj = v as Json;
    if (typeName === 'google.protobuf.Any') {
      t = (obj['@type'] as string).slice('type.googleapis.com/'.length);
      out['@type'] = obj['@type'];
      const { '@type': _x, ...rest } = obj;
      obj = rest;
    }
    const n = typeName === 'google.protobuf.Any' ? lookup(t) : node;
    for (const [k, x] of Object.entries(obj)) {
      const f = n?.fields?.[k];
      if (!f || SCALARS.has(f.type)) {
        out[k] = x;
        continue;
      }
      const ft = resolveType(f.type, t);
      const fnode = lookup(ft);
      if (fnode?.values) {
        const conv = (e: unknown) => (typeof e === 'string' ? fnode.values![e] : e);
        out[k] = Array.isArray(x) ? x.map(conv) : conv(x);
      } else if (f.keyType) out[k] = x;
      else out[k] = numericEnums(ft, x);
    }
    return out;
  };

  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    const send = (code: number, body: unknown) => {
      res.writeHead(code, { 'content-type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify(body));
    };
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const url = new URL(req.url ?? '/', 'http://x');
    const path = decodeURIComponent(url.pathname);
    const b = binds.find((x) => x.method === req.method && x.regex.test(path));
    if (!b) {
      violations.push(`${req.method} ${path}: no RPC of the Cloud Run v2 description has this HTTP binding`);
      return send(404, status(404, 'NOT_FOUND', 'no such method'));
    }
    calls.push(b.rpc);
    const m = b.regex.exec(path)!;
    const vars: Record<string, string> = Object.fromEntries(b.vars.map((v, i) => [v, m[i + 1]]));
    const errors: string[] = [];
    let body: Json | undefined;
    if (chunks.length) {
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Json;
      } catch {
        errors.push('body is not JSON');
      }
    }
    // The request message: path variables + body (the field named by the binding, or "*") + query parameters.
    const requestMsg: Json = {};
    const setPath = (obj: Json, dotted: string, value: unknown) => {
      const parts = dotted.split('.');
      let o = obj;
      for (const p of parts.slice(0, -1)) o = (o[p] ??= {}) as Json;
      o[parts[parts.length - 1]] = value;
    };
    if (b.body === '*') Object.assign(requestMsg, body ?? {});
    else if (b.body) requestMsg[b.body] = body ?? {};
    else if (body && Object.keys(body).length) errors.push(`${b.rpc} takes no request body`);
    for (const [k, v] of Object.entries(vars)) setPath(requestMsg, k, v);
    let enumInt = false;
    for (const [k, v] of url.searchParams) {
      if (k === '$alt') {
        if (!/^json(;enum-encoding=int)?$/.test(v)) errors.push(`$alt=${v}: expected json or json;enum-encoding=int`);
        enumInt = v.includes('enum-encoding=int');
        continue;
      }
      const top = lookup(b.requestType)?.fields?.[k.split('.')[0]];
      if (!top) {
        errors.push(`query parameter ${k}: no field "${k}" in ${b.requestType}`);
        continue;
      }
      setPath(requestMsg, k, top.type === 'bool' ? v === 'true' ? true : v === 'false' ? false : v : SCALARS.has(top.type) && top.type !== 'string' && /^-?\d+$/.test(v) ? Number(v) : v);
    }
    checkMessage(b.requestType, requestMsg, b.requestType, 'request', errors);
    if (errors.length) {
      violations.push(...errors.map((e) => `${b.rpc} request: ${e}`));
      return send(400, status(400, 'INVALID_ARGUMENT', errors.join('; ')));
    }
    const out = handle(b, vars, url.searchParams, b.body === '*' ? requestMsg : (requestMsg[b.body ?? ''] as Json | undefined));
    if (out.type !== 'error') {
      const rerrors: string[] = [];
      checkMessage(b.responseType, out.body, b.responseType, 'response', rerrors);
      if (b.lroResponse && (out.body as { response?: { '@type'?: string } }).response?.['@type'] !== `type.googleapis.com/${b.lroResponse}`) rerrors.push(`Operation.response must be a ${b.lroResponse}`);
      if (rerrors.length) violations.push(...rerrors.map((e) => `${b.rpc} response: ${e}`));
    } else {
      // Errors use Google's JSON error payload {error: {code, message, status}} (google.rpc.Status + the code's name).
      const e = (out.body as { error: Json }).error;
      if (typeof e.code !== 'number' || typeof e.message !== 'string' || typeof e.status !== 'string') violations.push(`${b.rpc} error response is not {error: {code, message, status}}`);
    }
    send(out.status, enumInt && out.type !== 'error' ? numericEnums(b.responseType, out.body) : out.body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    violations,
    calls,
    services,
    revisions,
    faults,
    close: () =>
      new Promise<void>((r) => {
        server.close(() => r());
        server.closeAllConnections();
      }),
  };
}
