/**
 * The Open Inference Protocol's published REST description (tests/fixtures/oip/rest_predict_v2.yaml,
 * copied unchanged from kserve: see SOURCE.md) loaded with openapi-backend, to validate every request
 * we send and every response our server returns. One normalisation, in memory only: the file writes
 * path parameters shell-style (`/v2/models/${MODEL_NAME}`), which OpenAPI reads as a literal "$"
 * before `{MODEL_NAME}`; it is read as the template `/v2/models/{MODEL_NAME}` that required_api.md
 * describes. Requests are matched to operations by path (the file lists only the versioned model
 * paths; the unversioned forms of required_api.md use the same operation and schemas).
 */
import { readFileSync } from 'node:fs';
import { OpenAPIBackend, type Document } from 'openapi-backend';
import { parse } from 'yaml';
import { fixture } from './paths.js';

export const OIP_SPEC = fixture('oip', 'rest_predict_v2.yaml');
export const OIP_DOC = fixture('oip', 'required_api.md');

let apiPromise: Promise<OpenAPIBackend> | undefined;

export function loadOipApi(): Promise<OpenAPIBackend> {
  apiPromise ??= (async () => {
    const doc = parse(readFileSync(OIP_SPEC, 'utf8')) as Document;
    doc.paths = Object.fromEntries(Object.entries(doc.paths ?? {}).map(([p, v]) => [p.replace(/\$\{/g, '{'), v]));
    const api = new OpenAPIBackend({ definition: doc, quick: false, validate: true, ajvOpts: { logger: false, strict: false } });
    await api.init();
    return api;
  })();
  return apiPromise;
}

/** The operation id for one of our OIP requests (method + path), or undefined when the spec has none. */
export function oipOperation(method: string, path: string): string | undefined {
  if (method !== 'GET' && method !== 'POST') return undefined;
  if (method === 'GET' && (path === '/v2' || path === '/v2/')) return 'get-v2';
  if (method === 'GET' && path === '/v2/health/live') return 'get-v2-health-live';
  if (method === 'GET' && path === '/v2/health/ready') return 'get-v2-health-ready';
  const m = /^\/v2\/models\/[^/]+(?:\/versions\/[^/]+)?(\/ready|\/infer)?$/.exec(path);
  if (!m) return undefined;
  if (m[1] === '/infer') return method === 'POST' ? 'post-v2-models-$-MODEL_NAME-versions-$-MODEL_VERSION-infer' : undefined;
  if (method !== 'GET') return undefined;
  return m[1] === '/ready' ? 'get-v2-models-$-modelName-versions-$-modelVersion-ready' : 'get-v2-models-$-modelName-versions-$-modelVersion';
}

export interface Exchange {
  method: string;
  path: string;
  status: number;
  /** Parsed JSON body, or the raw text when the body is not JSON. */
  body: unknown;
  text: string;
}

/** Every problem the spec finds with an exchange: [] when the request and the response conform. */
export async function specViolations(ex: { method: string; path: string; requestBody?: unknown; status: number; body: unknown; text: string }): Promise<string[]> {
  const api = await loadOipApi();
  const op = oipOperation(ex.method, ex.path);
  if (!op) return [`no operation in rest_predict_v2.yaml for ${ex.method} ${ex.path}`];
  const out: string[] = [];
  if (ex.requestBody !== undefined) {
    // The unversioned form (required_api.md) checked as the versioned path the file describes.
    const path = ex.path.replace(/^(\/v2\/models\/[^/]+)(\/ready|\/infer)?$/, '$1/versions/unversioned$2');
    const v = api.validateRequest({ method: ex.method.toLowerCase(), path, headers: { 'content-type': 'application/json' }, body: ex.requestBody }, op);
    if (!v.valid) out.push(`request: ${JSON.stringify(v.errors)}`);
  }
  const operation = api.getOperation(op)!;
  const declared = Object.keys(operation.responses ?? {});
  if (ex.status >= 400) {
    // Every error body of the protocol is {"error": string}; the operations that list an error
    // response (400) give it that schema: check against the operation's own, else the infer one.
    const errOp = declared.includes('400') ? op : 'post-v2-models-$-MODEL_NAME-versions-$-MODEL_VERSION-infer';
    const v = api.validateResponse(ex.body, errOp, 400);
    if (!v.valid) out.push(`error response: ${JSON.stringify(v.errors)}`);
    if (!ex.body || typeof ex.body !== 'object' || typeof (ex.body as { error?: unknown }).error !== 'string' || Object.keys(ex.body).length !== 1) out.push(`error response is not {"error": string}: ${ex.text}`);
    return out;
  }
  if (!declared.includes(String(ex.status))) out.push(`status ${ex.status} is not declared for ${op} (declared: ${declared.join(', ')})`);
  const schema = (operation.responses?.[String(ex.status)] as { content?: Record<string, unknown> } | undefined)?.content;
  if (schema) {
    const v = api.validateResponse(ex.body, op, ex.status);
    if (!v.valid) out.push(`response: ${JSON.stringify(v.errors)}`);
  } else if (ex.text !== '') out.push(`${op} answers with no content, got ${JSON.stringify(ex.text.slice(0, 80))}`);
  return out;
}

/** The JSON examples of required_api.md's "Inference Request Examples" (request and response bodies). */
export function requiredApiExamples(): { request: { path: string; body: string }; response: { status: number; body: string } } {
  const md = readFileSync(OIP_DOC, 'utf8');
  const section = md.slice(md.indexOf('#### Inference Request Examples'), md.indexOf('### Parameters'));
  const blocks = [...section.matchAll(/\n((?: {4}.*\n|\s*\n)+)/g)].map((m) => m[1].replace(/^ {4}/gm, '').trim()).filter((b) => b.length > 0);
  const req = blocks.find((b) => b.startsWith('POST '))!;
  const res = blocks.find((b) => b.startsWith('HTTP/1.1 200'))!;
  return {
    request: { path: /^POST (\S+)/.exec(req)![1], body: req.slice(req.indexOf('{')) },
    response: { status: 200, body: res.slice(res.indexOf('{')) },
  };
}
