/**
 * A local MLflow stand-in that checks EVERY request and response against MLflow's own API
 * definitions: the .proto files vendored in tests/fixtures/mlflow-protos (service.proto,
 * model_registry.proto, mlflow_artifacts.proto, databricks.proto; see SOURCE.md).
 *
 * - Routes: each RPC's `(rpc)` option (databricks.proto `DatabricksRpcOptions.endpoints`) gives its
 *   HTTP method and path; the URL is `/api/<since.major>.<since.minor><path>`. An unknown path, or
 *   a known path with another method, is a violation (and answered 404 / 405 as MLflow does).
 * - Bodies: POST/PATCH/DELETE JSON bodies and GET query parameters are checked against the RPC's
 *   request message under proto3's JSON mapping (field names as in the .proto or lowerCamelCase;
 *   strings, booleans, integers (int64 as number or decimal string), doubles, enum names, nested
 *   messages, repeated fields as arrays); unknown fields, wrong types and missing
 *   `(validate_required)` fields are violations. Every response the stand-in sends is checked
 *   against the RPC's Response message the same way, so the stand-in cannot drift from MLflow.
 * - The artifact proxy (mlflow_artifacts.proto) is plain HTTP: PUT and GET carry the file bytes.
 *
 * Behaviour follows MLflow 2.x's tracking server for the RPCs cd4ml uses (experiments, runs,
 * log-batch limits and param immutability, registry, aliases, error codes); other RPCs of the
 * protos answer 501 and are recorded as violations too (cd4ml must not call them unknowingly).
 * Tests assert `violations` is empty and inspect `calls`.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import protobuf from 'protobufjs';
import { ROOT, fixture } from './paths.js';

type Json = Record<string, unknown>;

export interface Route {
  service: string;
  rpc: string;
  method: string;
  /** Full URL path pattern, e.g. /api/2.0/mlflow/runs/create. */
  pattern: string;
  regex: RegExp;
  request: protobuf.Type;
  response: protobuf.Type;
}

export interface RecordedCall {
  rpc: string;
  method: string;
  path: string;
  /** Parsed JSON body or query (GET); for artifact uploads the byte count. */
  body: Json;
  status: number;
  authorization?: string;
}

export interface Fault {
  /** RPC name (e.g. "createRun", "uploadArtifact") or "*" for every call. */
  rpc: string;
  status: number;
  /** How many calls fail (default 1). */
  times?: number;
  /** Retry-After header in seconds. */
  retryAfter?: number;
}

export interface MlflowStandInOptions {
  /** Require these credentials (401 otherwise). */
  auth?: { token: string } | { username: string; password: string };
}

const PROTO_DIR = () => fixture('mlflow-protos');

let cachedRoutes: Route[] | undefined;

/** Load the vendored protos and derive the route table from the `(rpc)` options. */
export function loadMlflowRoutes(): Route[] {
  if (cachedRoutes) return cachedRoutes;
  const dir = PROTO_DIR();
  const root = new protobuf.Root();
  root.resolvePath = (_origin, target) => {
    if (target.startsWith('/')) return target;
    if (target.startsWith('google/protobuf/')) return join(ROOT, 'node_modules', 'protobufjs', target);
    return join(dir, target.replace(/^mlflow\/protos\//, ''));
  };
  root.loadSync(['service.proto', 'model_registry.proto', 'mlflow_artifacts.proto'].map((f) => join(dir, f)), { keepCase: true });
  root.resolveAll();
  const routes: Route[] = [];
  for (const name of ['mlflow.MlflowService', 'mlflow.ModelRegistryService', 'mlflow.artifacts.MlflowArtifactsService']) {
    const svc = root.lookupService(name);
    for (const m of Object.values(svc.methods)) {
      const opts = (m.parsedOptions ?? []).find((o) => '(rpc)' in o)?.['(rpc)'] as { endpoints?: { method?: string; path: string; since?: { major: number; minor: number } }[] } | undefined;
      if (!opts?.endpoints) throw new Error(`${name}.${m.name} has no (rpc) endpoints option`);
      for (const e of opts.endpoints) {
        const since = e.since ?? { major: 2, minor: 0 };
        const pattern = `/api/${since.major}.${since.minor}${e.path}`;
        const regex = new RegExp(
          '^' +
            pattern
              .split(/(<path:[a-z_]+>|\{[a-z_]+\})/)
              .map((part) => (part.startsWith('<path:') ? '(?<rest>.+)' : part.startsWith('{') ? '([^/]+)' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
              .join('') +
            '$',
        );
        routes.push({ service: name, rpc: m.name, method: e.method ?? 'POST', pattern, regex, request: root.lookupType(m.resolvedRequestType!.fullName), response: root.lookupType(m.resolvedResponseType!.fullName) });
      }
    }
  }
  cachedRoutes = routes;
  return routes;
}

const lowerCamel = (s: string) => s.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const INT32 = new Set(['int32', 'sint32', 'sfixed32', 'uint32', 'fixed32']);
const INT64 = new Set(['int64', 'sint64', 'sfixed64', 'uint64', 'fixed64']);

/**
 * Check a JSON value (or GET query, where every scalar is a string) against a message type under
 * proto3's JSON mapping. Violations are appended as "<where>: <problem>".
 */
export function validateMessage(type: protobuf.Type, value: unknown, where: string, out: string[], mode: { query?: boolean; request?: boolean } = {}): void {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    out.push(`${where}: expected a JSON object for ${type.fullName.slice(1)}, got ${JSON.stringify(value)?.slice(0, 60)}`);
    return;
  }
  const byName = new Map<string, protobuf.Field>();
  for (const f of type.fieldsArray) {
    byName.set(f.name, f);
    byName.set(lowerCamel(f.name), f);
  }
  const seen = new Set<string>();
  for (const [key, v] of Object.entries(value as Json)) {
    const f = byName.get(key);
    if (!f) {
      out.push(`${where}: unknown field "${key}" in ${type.fullName.slice(1)} (fields: ${type.fieldsArray.map((x) => x.name).join(', ')})`);
      continue;
    }
    if (seen.has(f.name)) out.push(`${where}: field "${f.name}" given twice (as "${f.name}" and "${lowerCamel(f.name)}")`);
    seen.add(f.name);
    if (v === null) continue; // proto3 JSON: null = default value
    const at = `${where}.${f.name}`;
    if (f.map) {
      if (typeof v !== 'object' || Array.isArray(v)) out.push(`${at}: expected a JSON object (map), got ${JSON.stringify(v)}`);
      continue;
    }
    if (f.repeated) {
      if (!Array.isArray(v)) {
        out.push(`${at}: repeated field must be a JSON array, got ${JSON.stringify(v)?.slice(0, 60)}`);
        continue;
      }
      v.forEach((x, i) => validateValue(f, x, `${at}[${i}]`, out, mode));
    } else validateValue(f, v, at, out, mode);
  }
  if (mode.request) {
    for (const f of type.fieldsArray) {
      const required = (f.options as Record<string, unknown> | undefined)?.['(validate_required)'] === true;
      if (required && !seen.has(f.name)) out.push(`${where}: required field "${f.name}" of ${type.fullName.slice(1)} is missing ((validate_required) = true)`);
    }
  }
}

function validateValue(f: protobuf.Field, v: unknown, at: string, out: string[], mode: { query?: boolean; request?: boolean }): void {
  const t = f.resolvedType;
  if (t instanceof protobuf.Type) {
    if (mode.query) out.push(`${at}: message field ${t.fullName.slice(1)} cannot be passed as a query parameter`);
    else validateMessage(t, v, at, out, { request: mode.request });
    return;
  }
  if (t instanceof protobuf.Enum) {
    const names = Object.keys(t.values);
    const ok = (typeof v === 'string' && (names.includes(v) || (mode.query && /^-?\d+$/.test(v) && Object.values(t.values).includes(Number(v))))) || (typeof v === 'number' && Object.values(t.values).includes(v));
    if (!ok) out.push(`${at}: expected a ${t.fullName.slice(1)} name (${names.join(', ')}), got ${JSON.stringify(v)}`);
    return;
  }
  const type = f.type;
  const isIntText = (s: string) => /^-?\d+$/.test(s);
  if (type === 'string') {
    if (typeof v !== 'string') out.push(`${at}: expected a string, got ${JSON.stringify(v)?.slice(0, 60)}`);
  } else if (type === 'bool') {
    if (!(typeof v === 'boolean' || (mode.query && (v === 'true' || v === 'false')))) out.push(`${at}: expected a boolean, got ${JSON.stringify(v)}`);
  } else if (INT32.has(type) || INT64.has(type)) {
    const ok = (typeof v === 'number' && Number.isInteger(v)) || (typeof v === 'string' && isIntText(v));
    const n = Number(v);
    const unsigned = type.startsWith('u') || type.startsWith('fixed');
    if (!ok) out.push(`${at}: expected an integer (${type}), got ${JSON.stringify(v)}`);
    else if (INT32.has(type) && (n > (unsigned ? 4294967295 : 2147483647) || n < (unsigned ? 0 : -2147483648))) out.push(`${at}: ${v} is out of the ${type} range`);
    else if (unsigned && n < 0) out.push(`${at}: ${v} is negative for ${type}`);
  } else if (type === 'double' || type === 'float') {
    const ok = (typeof v === 'number' && Number.isFinite(v)) || (typeof v === 'string' && (['NaN', 'Infinity', '-Infinity'].includes(v) || (v.trim() !== '' && Number.isFinite(Number(v)))));
    if (!ok) out.push(`${at}: expected a number (${type}), got ${JSON.stringify(v)}`);
  } else if (type === 'bytes') {
    if (typeof v !== 'string' || !/^[A-Za-z0-9+/_-]*=*$/.test(v)) out.push(`${at}: expected base64 bytes, got ${JSON.stringify(v)?.slice(0, 60)}`);
  } else out.push(`${at}: unhandled proto type ${type}`);
}

/** GET query → JSON-ish object: repeated keys become arrays when the field is repeated. */
function queryToJson(type: protobuf.Type, params: URLSearchParams): Json {
  const out: Json = {};
  for (const key of new Set(params.keys())) {
    const all = params.getAll(key);
    const f = type.fields[key] ?? type.fieldsArray.find((x) => lowerCamel(x.name) === key);
    out[key] = f?.repeated ? all : all.length === 1 ? all[0] : all;
  }
  return out;
}

class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

interface RunState {
  info: { run_id: string; run_uuid: string; run_name: string; experiment_id: string; user_id: string; status: string; start_time: number; end_time?: number; artifact_uri: string; lifecycle_stage: string };
  params: Map<string, string>;
  tags: Map<string, string>;
  metrics: { key: string; value: number; timestamp: number; step: number }[];
}

interface VersionState {
  name: string;
  version: string;
  creation_timestamp: number;
  last_updated_timestamp: number;
  current_stage: string;
  description: string;
  source: string;
  run_id: string;
  status: string;
  tags: Map<string, string>;
}

interface ModelState {
  name: string;
  creation_timestamp: number;
  last_updated_timestamp: number;
  description: string;
  tags: Map<string, string>;
  aliases: Map<string, string>;
  versions: VersionState[];
}

export interface MlflowStandIn {
  url: string;
  routes: Route[];
  calls: RecordedCall[];
  /** Every mismatch with the protos (requests and responses), unknown routes and methods. */
  violations: string[];
  experiments: Map<string, { experiment_id: string; name: string; artifact_location: string; lifecycle_stage: string; creation_time: number; last_update_time: number }>;
  runs: Map<string, RunState>;
  models: Map<string, ModelState>;
  artifacts: Map<string, Buffer>;
  /** Make the next matching calls fail with this status (retry tests). */
  fault(f: Fault): void;
  /** Calls of one RPC. */
  callsOf(rpc: string): RecordedCall[];
  close(): Promise<void>;
}

const nowMs = () => Date.now();
const kv = (m: Map<string, string>) => [...m].map(([key, value]) => ({ key, value }));

export async function startMlflowServer(opts: MlflowStandInOptions = {}): Promise<MlflowStandIn> {
  const routes = loadMlflowRoutes();
  const calls: RecordedCall[] = [];
  const violations: string[] = [];
  const experiments: MlflowStandIn['experiments'] = new Map([['0', { experiment_id: '0', name: 'Default', artifact_location: 'mlflow-artifacts:/0', lifecycle_stage: 'active', creation_time: nowMs(), last_update_time: nowMs() }]]);
  const runs = new Map<string, RunState>();
  const models = new Map<string, ModelState>();
  const artifacts = new Map<string, Buffer>();
  const faults: (Fault & { left: number })[] = [];

  const runJson = (r: RunState) => {
    const latest = new Map<string, RunState['metrics'][number]>();
    for (const m of r.metrics) {
      const cur = latest.get(m.key);
      if (!cur || m.step > cur.step || (m.step === cur.step && m.timestamp >= cur.timestamp)) latest.set(m.key, m);
    }
    return { info: { ...r.info }, data: { metrics: [...latest.values()], params: kv(r.params), tags: kv(r.tags) }, inputs: {} };
  };
  const versionJson = (v: VersionState, m: ModelState) => ({
    name: v.name,
    version: v.version,
    creation_timestamp: v.creation_timestamp,
    last_updated_timestamp: v.last_updated_timestamp,
    current_stage: v.current_stage,
    description: v.description,
    source: v.source,
    run_id: v.run_id,
    status: v.status,
    tags: kv(v.tags),
    aliases: [...m.aliases].filter(([, ver]) => ver === v.version).map(([a]) => a),
  });
  const modelJson = (m: ModelState) => ({
    name: m.name,
    creation_timestamp: m.creation_timestamp,
    last_updated_timestamp: m.last_updated_timestamp,
    description: m.description,
    tags: kv(m.tags),
    aliases: [...m.aliases].map(([alias, version]) => ({ alias, version })),
  });
  const needRun = (id: unknown) => {
    const r = runs.get(String(id));
    if (!r) throw new ApiError(404, 'RESOURCE_DOES_NOT_EXIST', `Run with id=${String(id)} not found`);
    return r;
  };
  const needModel = (name: unknown) => {
    const m = models.get(String(name));
    if (!m) throw new ApiError(404, 'RESOURCE_DOES_NOT_EXIST', `Registered Model with name=${String(name)} not found`);
    return m;
  };
  const needVersion = (m: ModelState, version: unknown) => {
    const v = m.versions.find((x) => x.version === String(version));
    if (!v) throw new ApiError(404, 'RESOURCE_DOES_NOT_EXIST', `Model Version (name=${m.name}, version=${String(version)}) not found`);
    return v;
  };

  const handlers: Record<string, (b: Json) => Json> = {
    getExperimentByName(b) {
      const e = [...experiments.values()].find((x) => x.name === b.experiment_name);
      if (!e) throw new ApiError(404, 'RESOURCE_DOES_NOT_EXIST', `Could not find experiment with name '${String(b.experiment_name)}'`);
      return { experiment: { ...e, tags: [] } };
    },
    createExperiment(b) {
      if ([...experiments.values()].some((x) => x.name === b.name)) throw new ApiError(400, 'RESOURCE_ALREADY_EXISTS', `Experiment '${String(b.name)}' already exists.`);
      const id = String(experiments.size + 100);
      experiments.set(id, { experiment_id: id, name: String(b.name), artifact_location: `mlflow-artifacts:/${id}`, lifecycle_stage: 'active', creation_time: nowMs(), last_update_time: nowMs() });
      return { experiment_id: id };
    },
    createRun(b) {
      const exp = experiments.get(String(b.experiment_id ?? '0'));
      if (!exp) throw new ApiError(404, 'RESOURCE_DOES_NOT_EXIST', `No Experiment with id=${String(b.experiment_id)} exists`);
      const id = randomBytes(16).toString('hex');
      const tags = new Map<string, string>(((b.tags ?? []) as { key: string; value: string }[]).map((t) => [t.key, t.value]));
      const name = String(b.run_name ?? `run-${runs.size + 1}`);
      tags.set('mlflow.runName', name);
      const r: RunState = {
        info: { run_id: id, run_uuid: id, run_name: name, experiment_id: exp.experiment_id, user_id: '', status: 'RUNNING', start_time: Number(b.start_time ?? nowMs()), artifact_uri: `${exp.artifact_location}/${id}/artifacts`, lifecycle_stage: 'active' },
        params: new Map(),
        tags,
        metrics: [],
      };
      runs.set(id, r);
      return { run: runJson(r) };
    },
    getRun(b) {
      return { run: runJson(needRun(b.run_id ?? b.run_uuid)) };
    },
    updateRun(b) {
      const r = needRun(b.run_id ?? b.run_uuid);
      if (b.status) r.info.status = String(b.status);
      if (b.end_time !== undefined) r.info.end_time = Number(b.end_time);
      if (b.run_name) r.info.run_name = String(b.run_name);
      return { run_info: { ...r.info } };
    },
    logBatch(b) {
      const r = needRun(b.run_id);
      const params = (b.params ?? []) as { key: string; value: string }[];
      const metrics = (b.metrics ?? []) as { key: string; value: number; timestamp: number; step?: number }[];
      const tags = (b.tags ?? []) as { key: string; value: string }[];
      // MLflow's documented request limits (service.proto, logBatch).
      if (params.length > 100 || tags.length > 100 || metrics.length > 1000 || params.length + tags.length + metrics.length > 1000) {
        throw new ApiError(400, 'INVALID_PARAMETER_VALUE', `A batch logging request can contain at most 1000 metrics, 100 params and 100 tags, and at most 1000 in total; got ${metrics.length}, ${params.length}, ${tags.length}`);
      }
      for (const p of params) {
        if (p.key.length > 250) throw new ApiError(400, 'INVALID_PARAMETER_VALUE', `Param key '${p.key.slice(0, 20)}…' exceeds 250 characters`);
        if (p.value.length > 6000) throw new ApiError(400, 'INVALID_PARAMETER_VALUE', `Param value of '${p.key}' exceeds 6000 characters`);
        const old = r.params.get(p.key);
        if (old !== undefined && old !== p.value) throw new ApiError(400, 'INVALID_PARAMETER_VALUE', `Changing param values is not allowed. Param with key='${p.key}' was already logged with value='${old}' for run ID='${r.info.run_id}'. Attempted logging new value '${p.value}'.`);
        r.params.set(p.key, p.value);
      }
      for (const m of metrics) {
        if (!/^[A-Za-z0-9_\-. /]+$/.test(m.key)) throw new ApiError(400, 'INVALID_PARAMETER_VALUE', `Invalid metric name: '${m.key}'`);
        r.metrics.push({ key: m.key, value: Number(m.value), timestamp: Number(m.timestamp), step: Number(m.step ?? 0) });
      }
      for (const t of tags) r.tags.set(t.key, t.value);
      return {};
    },
    setTag(b) {
      needRun(b.run_id ?? b.run_uuid).tags.set(String(b.key), String(b.value));
      return {};
    },
    getMetricHistory(b) {
      const r = needRun(b.run_id ?? b.run_uuid);
      return { metrics: r.metrics.filter((m) => m.key === b.metric_key) };
    },
    createRegisteredModel(b) {
      if (models.has(String(b.name))) throw new ApiError(400, 'RESOURCE_ALREADY_EXISTS', `Registered Model (name=${String(b.name)}) already exists.`);
      const m: ModelState = { name: String(b.name), creation_timestamp: nowMs(), last_updated_timestamp: nowMs(), description: String(b.description ?? ''), tags: new Map(), aliases: new Map(), versions: [] };
      models.set(m.name, m);
      return { registered_model: modelJson(m) };
    },
    getRegisteredModel(b) {
      return { registered_model: modelJson(needModel(b.name)) };
    },
    setRegisteredModelTag(b) {
      needModel(b.name).tags.set(String(b.key), String(b.value));
      return {};
    },
    createModelVersion(b) {
      const m = needModel(b.name);
      const source = String(b.source);
      if (b.run_id && !runs.has(String(b.run_id))) throw new ApiError(404, 'RESOURCE_DOES_NOT_EXIST', `Run with id=${String(b.run_id)} not found`);
      const v: VersionState = { name: m.name, version: String(m.versions.length + 1), creation_timestamp: nowMs(), last_updated_timestamp: nowMs(), current_stage: 'None', description: String(b.description ?? ''), source, run_id: String(b.run_id ?? ''), status: 'READY', tags: new Map(((b.tags ?? []) as { key: string; value: string }[]).map((t) => [t.key, t.value])) };
      m.versions.push(v);
      return { model_version: versionJson(v, m) };
    },
    getModelVersion(b) {
      const m = needModel(b.name);
      return { model_version: versionJson(needVersion(m, b.version), m) };
    },
    searchModelVersions(b) {
      const f = String(b.filter ?? '');
      const eq = /^\s*(name|run_id)\s*=\s*'([^']*)'\s*$/.exec(f);
      if (f !== '' && !eq) throw new ApiError(400, 'INVALID_PARAMETER_VALUE', `Unsupported filter in the stand-in: ${f}`);
      const out = [];
      for (const m of models.values()) for (const v of m.versions) if (!eq || (eq[1] === 'name' ? v.name : v.run_id) === eq[2]) out.push(versionJson(v, m));
      return { model_versions: out };
    },
    setModelVersionTag(b) {
      const m = needModel(b.name);
      needVersion(m, b.version).tags.set(String(b.key), String(b.value));
      return {};
    },
    setRegisteredModelAlias(b) {
      const m = needModel(b.name);
      needVersion(m, b.version);
      m.aliases.set(String(b.alias), String(b.version));
      return {};
    },
    getModelVersionByAlias(b) {
      const m = needModel(b.name);
      const version = m.aliases.get(String(b.alias));
      // MLflow 2.x: INVALID_PARAMETER_VALUE "Registered model alias <alias> not found."
      if (version === undefined) throw new ApiError(400, 'INVALID_PARAMETER_VALUE', `Registered model alias ${String(b.alias)} not found.`);
      return { model_version: versionJson(needVersion(m, version), m) };
    },
  };

  const sendJson = (res: ServerResponse, route: Route | undefined, status: number, body: Json, rec: RecordedCall) => {
    rec.status = status;
    if (route && status === 200) validateMessage(route.response, body, `response of ${route.rpc}`, violations);
    if (status !== 200) {
      // MLflow's error body: {error_code, message} (a DatabricksServiceException in JSON).
      if (typeof body.error_code !== 'string' || typeof body.message !== 'string') violations.push(`stand-in: malformed error body ${JSON.stringify(body)}`);
    }
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://x');
      const method = req.method ?? 'GET';
      const raw = Buffer.concat(chunks);
      const rec: RecordedCall = { rpc: '?', method, path: url.pathname, body: {}, status: 0, authorization: req.headers.authorization };
      calls.push(rec);
      const onPath = routes.filter((r) => r.regex.test(url.pathname));
      if (onPath.length === 0) {
        violations.push(`${method} ${url.pathname}: no such endpoint in MLflow's protos`);
        return sendJson(res, undefined, 404, { error_code: 'ENDPOINT_NOT_FOUND', message: `No endpoint ${url.pathname}` }, rec);
      }
      const route = onPath.find((r) => r.method === method);
      if (!route) {
        violations.push(`${method} ${url.pathname}: method not allowed (the protos define ${onPath.map((r) => r.method).join(', ')})`);
        return sendJson(res, undefined, 405, { error_code: 'ENDPOINT_NOT_FOUND', message: `Method ${method} not allowed` }, rec);
      }
      rec.rpc = route.rpc;
      if (opts.auth) {
        const want = 'token' in opts.auth ? `Bearer ${opts.auth.token}` : `Basic ${Buffer.from(`${opts.auth.username}:${opts.auth.password}`).toString('base64')}`;
        if (req.headers.authorization !== want) {
          rec.status = 401;
          res.writeHead(401, { 'content-type': 'text/plain', 'www-authenticate': 'Basic realm="mlflow"' });
          return res.end('You are not authenticated. Please see https://www.mlflow.org/docs/latest/auth/index.html#authenticating-to-mlflow on how to authenticate.');
        }
      }
      const fault = faults.find((f) => f.left > 0 && (f.rpc === '*' || f.rpc === route.rpc));
      if (fault) {
        fault.left--;
        rec.status = fault.status;
        res.writeHead(fault.status, { 'content-type': 'application/json', ...(fault.retryAfter !== undefined ? { 'retry-after': String(fault.retryAfter) } : {}) });
        return res.end(JSON.stringify({ error_code: fault.status === 429 ? 'REQUEST_LIMIT_EXCEEDED' : 'TEMPORARILY_UNAVAILABLE', message: `injected ${fault.status}` }));
      }
      // The artifact proxy: file bytes, not JSON.
      if (route.service === 'mlflow.artifacts.MlflowArtifactsService' && route.rpc !== 'listArtifacts') {
        const path = decodeURIComponent(route.regex.exec(url.pathname)?.groups?.rest ?? '');
        rec.body = { path, bytes: raw.length };
        if (path.split('/').some((s) => s === '..' || s === '')) {
          violations.push(`${method} ${url.pathname}: artifact path "${path}" is not a clean relative path`);
          return sendJson(res, route, 400, { error_code: 'INVALID_PARAMETER_VALUE', message: `Invalid path ${path}` }, rec);
        }
        if (url.search) violations.push(`${method} ${url.pathname}: the artifact endpoints take no query parameters (got ${url.search})`);
        if (route.rpc === 'uploadArtifact') {
          artifacts.set(path, raw);
          return sendJson(res, route, 200, {}, rec);
        }
        if (route.rpc === 'downloadArtifact') {
          const file = artifacts.get(path);
          if (!file) return sendJson(res, route, 404, { error_code: 'RESOURCE_DOES_NOT_EXIST', message: `File ${path} not found` }, rec);
          rec.status = 200;
          res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String(file.length) });
          return res.end(file);
        }
      }
      let body: Json;
      if (method === 'GET') {
        body = queryToJson(route.request, url.searchParams);
        validateMessage(route.request, body, `${route.rpc} query`, violations, { query: true, request: true });
      } else {
        if (raw.length > 0 && !String(req.headers['content-type'] ?? '').includes('application/json')) violations.push(`${method} ${url.pathname}: JSON body sent with content-type "${String(req.headers['content-type'])}"`);
        try {
          body = raw.length === 0 ? {} : (JSON.parse(raw.toString('utf8')) as Json);
        } catch {
          violations.push(`${method} ${url.pathname}: body is not JSON`);
          return sendJson(res, route, 400, { error_code: 'MALFORMED_REQUEST', message: 'body is not JSON' }, rec);
        }
        validateMessage(route.request, body, `${route.rpc} body`, violations, { request: true });
      }
      rec.body = body;
      const handler = handlers[route.rpc];
      if (!handler) {
        violations.push(`${method} ${url.pathname}: RPC ${route.rpc} is valid MLflow but not expected from cd4ml (the stand-in does not implement it)`);
        return sendJson(res, route, 501, { error_code: 'NOT_IMPLEMENTED', message: `${route.rpc} not implemented in the stand-in` }, rec);
      }
      try {
        return sendJson(res, route, 200, handler(body), rec);
      } catch (err) {
        if (err instanceof ApiError) return sendJson(res, route, err.status, { error_code: err.code, message: err.message }, rec);
        violations.push(`stand-in crashed on ${route.rpc}: ${(err as Error).message}`);
        return sendJson(res, route, 500, { error_code: 'INTERNAL_ERROR', message: (err as Error).message }, rec);
      }
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    routes,
    calls,
    violations,
    experiments,
    runs,
    models,
    artifacts,
    fault: (f) => faults.push({ ...f, left: f.times ?? 1 }),
    callsOf: (rpc) => calls.filter((c) => c.rpc === rpc),
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
