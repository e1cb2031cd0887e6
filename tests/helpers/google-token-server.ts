/**
 * Local stand-ins for the three Google/GitHub token endpoints that a GitHub workflow's
 * Application Default Credentials go through, each one checking what it receives:
 *
 * - GitHub's OIDC token endpoint (ACTIONS_ID_TOKEN_REQUEST_URL): GET with the request token as
 *   bearer and `audience=`; answers {value: JWT}, an RS256 JWT signed here with the "GitHub"
 *   key, claims iss/aud/sub/repository/iat/exp like GitHub's.
 * - Security Token Service (sts.googleapis.com/v1/token, RFC 8693 token exchange): verifies the
 *   subject token's RS256 signature with the GitHub key and its claims (issuer, audience = the
 *   workload identity provider, not expired, repository allowed by the provider's attribute
 *   condition) before issuing a federated token.
 * - IAM Credentials generateAccessToken (service account impersonation): needs the federated
 *   token as bearer, returns the access token the APIs accept.
 * - OAuth 2.0 JWT-bearer grant (oauth2.googleapis.com/token, RFC 7523), what a service-account
 *   key file uses: verifies the assertion's RS256 signature with the key's public half and its
 *   claims (iss = client_email, aud = the token URI, scope, iat/exp at most an hour apart).
 *
 * The two credential files google-github-actions/auth writes are produced by
 * `externalAccountFile()` (workload identity federation) and `serviceAccountKeyFile()`.
 * `isValid(token)` tells the API fronts whether an access token was issued here and not expired.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createPublicKey, generateKeyPairSync, randomBytes, sign, verify, type KeyObject } from 'node:crypto';

const b64url = (b: Buffer | string) => Buffer.from(b).toString('base64url');

export function signJwt(claims: Record<string, unknown>, key: KeyObject, kid = 'k1'): string {
  const head = b64url(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid }));
  const body = b64url(JSON.stringify(claims));
  const sig = sign('sha256', Buffer.from(`${head}.${body}`), key);
  return `${head}.${body}.${b64url(sig)}`;
}

/** Verify an RS256 JWT; returns its claims or a reason. */
export function verifyJwt(jwt: string, key: KeyObject): { claims?: Record<string, unknown>; error?: string } {
  const parts = jwt.split('.');
  if (parts.length !== 3) return { error: 'not a JWS compact serialization' };
  let header: { alg?: string };
  try {
    header = JSON.parse(Buffer.from(parts[0], 'base64url').toString('utf8')) as { alg?: string };
  } catch {
    return { error: 'header is not JSON' };
  }
  if (header.alg !== 'RS256') return { error: `alg ${header.alg} is not RS256` };
  const ok = verify('sha256', Buffer.from(`${parts[0]}.${parts[1]}`), key, Buffer.from(parts[2], 'base64url'));
  if (!ok) return { error: 'signature does not verify' };
  try {
    return { claims: JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8')) as Record<string, unknown> };
  } catch {
    return { error: 'claims are not JSON' };
  }
}

export interface GoogleTokenServer {
  url: string;
  /** Workload identity provider resource ("projects/NUM/locations/global/workloadIdentityPools/P/providers/X"). */
  provider: string;
  serviceAccount: string;
  /** What each endpoint accepted and refused, in order. */
  log: { endpoint: 'oidc' | 'sts' | 'iam' | 'jwt-bearer'; ok: boolean; detail: string }[];
  /** Access tokens issued (for the API fronts). */
  issued: Set<string>;
  isValid(token: string): boolean;
  /** The GitHub request token the OIDC endpoint wants (ACTIONS_ID_TOKEN_REQUEST_TOKEN). */
  requestToken: string;
  /** Repository allowed by the provider's attribute condition. */
  allowedRepository: string;
  /** Access token lifetime in seconds (short to exercise refreshes). */
  lifetimeSeconds: number;
  externalAccountFile(): Record<string, unknown>;
  serviceAccountKeyFile(): Record<string, unknown>;
  close(): Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function startGoogleTokenServer(o: { repository?: string; lifetimeSeconds?: number } = {}): Promise<GoogleTokenServer> {
  const github = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const saKey = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const saPublic = createPublicKey(saKey.privateKey);
  const provider = 'projects/123456789/locations/global/workloadIdentityPools/github/providers/churn-model';
  const serviceAccount = 'deployer@p1.iam.gserviceaccount.com';
  const requestToken = randomBytes(16).toString('hex');
  const federated = new Map<string, number>();
  const issued = new Map<string, number>();
  const log: GoogleTokenServer['log'] = [];
  const now = () => Math.floor(Date.now() / 1000);
  // The repository the workflow runs in (GitHub's claim) and the one the provider's attribute condition allows.
  const workflowRepository = o.repository ?? 'octo-org/churn-model';
  const state = { allowedRepository: workflowRepository, lifetimeSeconds: o.lifetimeSeconds ?? 3600 };
  let base = '';

  const issue = () => {
    const t = `ya29.test-${randomBytes(24).toString('base64url')}`;
    issued.set(t, now() + state.lifetimeSeconds);
    return t;
  };

  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    const send = (code: number, body: unknown) => {
      res.writeHead(code, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    const url = new URL(req.url ?? '/', base);
    const body = await readBody(req);
    const refuse = (endpoint: GoogleTokenServer['log'][number]['endpoint'], code: number, error: string, description: string) => {
      log.push({ endpoint, ok: false, detail: description });
      send(code, endpoint === 'iam' ? { error: { code, message: description, status: error } } : { error, error_description: description });
    };

    // GitHub's OIDC token endpoint.
    if (req.method === 'GET' && url.pathname === '/oidc/token') {
      if (req.headers.authorization !== `Bearer ${requestToken}`) return refuse('oidc', 401, 'unauthorized', 'bad ACTIONS_ID_TOKEN_REQUEST_TOKEN');
      const audience = url.searchParams.get('audience');
      if (!audience) return refuse('oidc', 400, 'invalid_request', 'audience missing');
      const iat = now();
      const value = signJwt(
        { iss: 'https://token.actions.githubusercontent.com', aud: audience, sub: `repo:${workflowRepository}:ref:refs/heads/main`, repository: workflowRepository, ref: 'refs/heads/main', iat, nbf: iat, exp: iat + 300, jti: randomBytes(8).toString('hex') },
        github.privateKey,
      );
      log.push({ endpoint: 'oidc', ok: true, detail: `audience ${audience}` });
      return send(200, { count: value.length, value });
    }

    // STS token exchange (RFC 8693).
    if (req.method === 'POST' && url.pathname === '/v1/token') {
      const f = new URLSearchParams(body);
      if (!String(req.headers['content-type']).startsWith('application/x-www-form-urlencoded')) return refuse('sts', 400, 'invalid_request', 'body must be form-encoded');
      if (f.get('grant_type') !== 'urn:ietf:params:oauth:grant-type:token-exchange') return refuse('sts', 400, 'unsupported_grant_type', `grant_type ${f.get('grant_type')}`);
      if (f.get('subject_token_type') !== 'urn:ietf:params:oauth:token-type:jwt') return refuse('sts', 400, 'invalid_request', `subject_token_type ${f.get('subject_token_type')}`);
      if (f.get('requested_token_type') !== 'urn:ietf:params:oauth:token-type:access_token') return refuse('sts', 400, 'invalid_request', `requested_token_type ${f.get('requested_token_type')}`);
      if (f.get('audience') !== `//iam.googleapis.com/${provider}`) return refuse('sts', 400, 'invalid_target', `audience ${f.get('audience')} is not the workload identity provider`);
      const v = verifyJwt(f.get('subject_token') ?? '', github.publicKey);
      if (!v.claims) return refuse('sts', 400, 'invalid_grant', `subject token: ${v.error}`);
      const c = v.claims;
      if (c.iss !== 'https://token.actions.githubusercontent.com') return refuse('sts', 400, 'invalid_grant', `issuer ${String(c.iss)}`);
      if (c.aud !== `https://iam.googleapis.com/${provider}`) return refuse('sts', 400, 'invalid_grant', `subject token audience ${String(c.aud)}`);
      if (typeof c.exp !== 'number' || c.exp < now()) return refuse('sts', 400, 'invalid_grant', 'subject token expired');
      if (c.repository !== state.allowedRepository) return refuse('sts', 403, 'unauthorized_client', `the attribute condition rejects repository ${String(c.repository)}`);
      const t = `sts-${randomBytes(16).toString('hex')}`;
      federated.set(t, now() + 3600);
      log.push({ endpoint: 'sts', ok: true, detail: `subject ${String(c.sub)}` });
      return send(200, { access_token: t, issued_token_type: 'urn:ietf:params:oauth:token-type:access_token', token_type: 'Bearer', expires_in: 3600 });
    }

    // IAM Credentials generateAccessToken.
    const iam = /^\/v1\/projects\/-\/serviceAccounts\/([^/:]+):generateAccessToken$/.exec(url.pathname);
    if (req.method === 'POST' && iam) {
      const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
      if (!bearer || !((federated.get(bearer) ?? 0) > now())) return refuse('iam', 401, 'UNAUTHENTICATED', 'no valid federated token');
      if (decodeURIComponent(iam[1]) !== serviceAccount) return refuse('iam', 403, 'PERMISSION_DENIED', `the pool may not impersonate ${iam[1]}`);
      let j: { scope?: string[]; lifetime?: string };
      try {
        j = JSON.parse(body) as typeof j;
      } catch {
        return refuse('iam', 400, 'INVALID_ARGUMENT', 'body is not JSON');
      }
      if (!Array.isArray(j.scope) || j.scope.length === 0) return refuse('iam', 400, 'INVALID_ARGUMENT', 'scope missing');
      const accessToken = issue();
      log.push({ endpoint: 'iam', ok: true, detail: `scopes ${j.scope.join(' ')}` });
      return send(200, { accessToken, expireTime: new Date((now() + state.lifetimeSeconds) * 1000).toISOString() });
    }

    // OAuth 2.0 JWT-bearer grant of a service-account key.
    if (req.method === 'POST' && url.pathname === '/token') {
      const f = new URLSearchParams(body);
      if (f.get('grant_type') !== 'urn:ietf:params:oauth:grant-type:jwt-bearer') return refuse('jwt-bearer', 400, 'unsupported_grant_type', `grant_type ${f.get('grant_type')}`);
      const v = verifyJwt(f.get('assertion') ?? '', saPublic);
      if (!v.claims) return refuse('jwt-bearer', 400, 'invalid_grant', `assertion: ${v.error}`);
      const c = v.claims;
      if (c.iss !== serviceAccount) return refuse('jwt-bearer', 400, 'invalid_grant', `iss ${String(c.iss)}`);
      if (c.aud !== 'https://oauth2.googleapis.com/token' && c.aud !== `${base}/token`) return refuse('jwt-bearer', 400, 'invalid_grant', `aud ${String(c.aud)}`);
      if (typeof c.scope !== 'string' || !c.scope) return refuse('jwt-bearer', 400, 'invalid_scope', 'no scope');
      if (typeof c.iat !== 'number' || typeof c.exp !== 'number' || c.exp - c.iat > 3600 || c.exp < now() || c.iat > now() + 60) return refuse('jwt-bearer', 400, 'invalid_grant', 'iat/exp invalid');
      log.push({ endpoint: 'jwt-bearer', ok: true, detail: `scope ${c.scope}` });
      return send(200, { access_token: issue(), token_type: 'Bearer', expires_in: state.lifetimeSeconds });
    }
    send(404, { error: 'not_found', error_description: `${req.method} ${url.pathname}` });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: base,
    provider,
    serviceAccount,
    log,
    get issued() {
      return new Set(issued.keys());
    },
    isValid: (t) => (issued.get(t) ?? 0) > now(),
    requestToken,
    get allowedRepository() {
      return state.allowedRepository;
    },
    set allowedRepository(v: string) {
      state.allowedRepository = v;
    },
    get lifetimeSeconds() {
      return state.lifetimeSeconds;
    },
    set lifetimeSeconds(v: number) {
      state.lifetimeSeconds = v;
    },
    externalAccountFile: () => ({
      // The shape google-github-actions/auth writes for workload identity federation.
      type: 'external_account',
      audience: `//iam.googleapis.com/${provider}`,
      subject_token_type: 'urn:ietf:params:oauth:token-type:jwt',
      token_url: `${base}/v1/token`,
      service_account_impersonation_url: `${base}/v1/projects/-/serviceAccounts/${serviceAccount}:generateAccessToken`,
      credential_source: {
        url: `${base}/oidc/token?api-version=2.0&audience=${encodeURIComponent(`https://iam.googleapis.com/${provider}`)}`,
        headers: { Authorization: `Bearer ${requestToken}` },
        format: { type: 'json', subject_token_field_name: 'value' },
      },
    }),
    serviceAccountKeyFile: () => ({
      type: 'service_account',
      project_id: 'p1',
      private_key_id: 'k1',
      private_key: saKey.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
      client_email: serviceAccount,
      client_id: '1234567890',
      auth_uri: 'https://accounts.google.com/o/oauth2/auth',
      token_uri: `${base}/token`,
      universe_domain: 'googleapis.com',
    }),
    close: () =>
      new Promise<void>((r) => {
        server.close(() => r());
        server.closeAllConnections();
      }),
  };
}
