/**
 * A real OCI registry for tests: Debian's `docker-registry` (distribution 2.8) on a free
 * 127.0.0.1 port with its own config and storage, optionally with htpasswd (Basic) auth or with
 * the registry's own token auth (Bearer, as GHCR and Docker Hub do it): then a small token
 * service on loopback issues RS256 JWTs signed with a throw-away key whose self-signed
 * certificate (openssl) is the registry's rootcertbundle; anonymous callers get pull only.
 * Started as a child of the test process; ready when /v2/ answers.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TestRegistry {
  /** host:port, e.g. 127.0.0.1:41234 */
  host: string;
  url: string;
  dir: string;
  auth?: { username: string; password: string };
  /** Token requests seen by the token service (token mode): scopes and whether credentials came. */
  tokenRequests?: { scopes: string[]; user?: string }[];
  stop(): Promise<void>;
}

/**
 * The token service runs in its own Node process: the tests call skopeo synchronously, and the
 * registry asks the token service while skopeo waits, so it must not share the test's event loop.
 */
const TOKEN_SERVICE = `
import { createPrivateKey, randomUUID, sign } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
const { KEY, CRT, SERVICE, ISSUER, USER, PASS, PORT } = process.env;
const key = createPrivateKey(readFileSync(KEY));
const der = readFileSync(CRT, 'utf8').replace(/-----[^-]+-----/g, '').replace(/\\s+/g, '');
const b64url = (b) => Buffer.from(b).toString('base64url');
createServer((req, res) => {
  const url = new URL(req.url, 'http://x');
  const scopes = url.searchParams.getAll('scope');
  const header = req.headers.authorization ?? '';
  let user;
  if (header.startsWith('Basic ')) {
    const [u, p] = Buffer.from(header.slice(6), 'base64').toString().split(':');
    if (u !== USER || p !== PASS) {
      res.writeHead(401, { 'content-type': 'application/json' }).end('{"details":"incorrect username or password"}');
      return;
    }
    user = u;
  }
  process.stdout.write(JSON.stringify({ scopes, user }) + '\\n');
  const now = Math.floor(Date.now() / 1000);
  const access = scopes.map((s) => {
    const [type, ...rest] = s.split(':');
    const actions = rest.pop().split(',');
    return { type, name: rest.join(':'), actions: user ? actions : actions.filter((a) => a === 'pull') };
  });
  const head = b64url(JSON.stringify({ typ: 'JWT', alg: 'RS256', x5c: [der] }));
  const claims = b64url(JSON.stringify({ iss: ISSUER, sub: user ?? '', aud: SERVICE, exp: now + 300, nbf: now - 10, iat: now, jti: randomUUID(), access }));
  const token = head + '.' + claims + '.' + b64url(sign('sha256', Buffer.from(head + '.' + claims), key));
  res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ token, access_token: token, expires_in: 300, issued_at: new Date().toISOString() }));
}).listen(Number(PORT), '127.0.0.1', () => process.stdout.write('ready\\n'));
`;

/** A token service for distribution's `auth.token`; returns its realm URL and a stop function. */
async function startTokenService(dir: string, service: string, issuer: string, auth: { username: string; password: string }, seen: { scopes: string[]; user?: string }[]) {
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', join(dir, 'token.key'), '-out', join(dir, 'token.crt'), '-days', '1', '-subj', '/CN=cd4ml-test-token'], { stdio: 'ignore' });
  const port = await freePort();
  const child = spawn(process.execPath, ['--input-type=module', '-e', TOKEN_SERVICE], {
    env: { ...process.env, KEY: join(dir, 'token.key'), CRT: join(dir, 'token.crt'), SERVICE: service, ISSUER: issuer, USER: auth.username, PASS: auth.password, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let buf = '';
  const ready = new Promise<void>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`token service exited with ${code}`)));
    child.stdout!.on('data', (d) => {
      buf += d;
      let nl: number;
      while ((nl = buf.indexOf('\n')) >= 0) {
        const line = buf.slice(0, nl);
        buf = buf.slice(nl + 1);
        if (line === 'ready') resolve();
        else if (line) seen.push(JSON.parse(line) as { scopes: string[]; user?: string });
      }
    });
  });
  await ready;
  return {
    realm: `http://127.0.0.1:${port}/token`,
    stop: () =>
      new Promise<void>((r) => {
        if (child.exitCode !== null) return r();
        child.once('exit', () => r());
        child.kill('SIGTERM');
      }),
  };
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

async function waitForRegistry(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`docker-registry exited with ${child.exitCode}: ${log()}`);
    try {
      const res = await fetch(`${url}/v2/`);
      await res.body?.cancel();
      if (res.status === 200 || res.status === 401) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`docker-registry did not answer on ${url} within 10 s: ${log()}`);
}

export async function startRegistry(opts: { auth?: { username: string; password: string }; mode?: 'htpasswd' | 'token' } = {}): Promise<TestRegistry> {
  const dir = mkdtempSync(join(tmpdir(), 'cd4ml-registry-'));
  const port = await freePort();
  const host = `127.0.0.1:${port}`;
  let auth = '';
  let tokenService: { realm: string; stop(): Promise<void> } | undefined;
  const tokenRequests: { scopes: string[]; user?: string }[] = [];
  if (opts.auth && opts.mode === 'token') {
    tokenService = await startTokenService(dir, 'cd4ml-test-registry', 'cd4ml-test-issuer', opts.auth, tokenRequests);
    auth = `auth:\n  token:\n    realm: ${tokenService.realm}\n    service: cd4ml-test-registry\n    issuer: cd4ml-test-issuer\n    rootcertbundle: ${join(dir, 'token.crt')}\n`;
  } else if (opts.auth) {
    // bcrypt entry from apache2-utils' htpasswd (distribution accepts only bcrypt).
    const line = execFileSync('htpasswd', ['-Bbn', opts.auth.username, opts.auth.password], { encoding: 'utf8' }).trim();
    writeFileSync(join(dir, 'htpasswd'), line + '\n');
    auth = `auth:\n  htpasswd:\n    realm: cd4ml-test\n    path: ${join(dir, 'htpasswd')}\n`;
  }
  const config = join(dir, 'config.yml');
  writeFileSync(
    config,
    `version: 0.1\nlog:\n  level: error\n  accesslog:\n    disabled: true\nstorage:\n  filesystem:\n    rootdirectory: ${join(dir, 'data')}\n  delete:\n    enabled: true\nhttp:\n  addr: ${host}\n${auth}`,
  );
  const child = spawn('docker-registry', ['serve', config], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (d) => (output = (output + d).slice(-4000)));
  child.stderr!.on('data', (d) => (output = (output + d).slice(-4000)));
  const url = `http://${host}`;
  try {
    await waitForRegistry(url, child, () => output);
  } catch (err) {
    child.kill('SIGKILL');
    await tokenService?.stop();
    throw err;
  }
  return {
    host,
    url,
    dir,
    auth: opts.auth,
    tokenRequests: tokenService ? tokenRequests : undefined,
    async stop() {
      await tokenService?.stop();
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 3000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** `skopeo inspect` (manifest summary, --raw manifest or --config) of an image in a test registry. */
export function skopeoInspect(reg: TestRegistry, ref: string, mode: 'summary' | 'raw' | 'config' = 'summary'): Record<string, unknown> {
  const args = ['inspect', '--tls-verify=false'];
  if (reg.auth) args.push('--creds', `${reg.auth.username}:${reg.auth.password}`);
  if (mode === 'raw') args.push('--raw');
  if (mode === 'config') args.push('--config');
  args.push(`docker://${reg.host}/${ref}`);
  return JSON.parse(execFileSync('skopeo', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })) as Record<string, unknown>;
}
