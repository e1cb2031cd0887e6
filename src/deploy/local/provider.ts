/**
 * The `local` provider: stable and canary servers on this machine behind the weighted proxy
 * (./proxy.ts), state under `.cd4ml/local/<environment>/` so that a second deploy finds the
 * first as stable. Servers run the real serving runtime as separate processes (a crash is a real
 * crash) — from a bundle with `cd4ml serve`, or from an image with podman. Everything listens on
 * 127.0.0.1 only.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync, openSync, closeSync, unlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { UsageError } from '../../errors.js';
import type { Artifact, DeployProvider, Health, Revision, Traffic } from '../types.js';
import type { ProxyState, Routes } from './proxy.js';
import { freePort, isAlive, spawnDetached, stopProcess, tail, type Command } from './process.js';

export interface LocalRuntime {
  /** Command serving `artifact` on 127.0.0.1:`port` (with /healthz, /readyz, /metrics). */
  serveCommand(artifact: Artifact, port: number, revisionId: string): Command;
  /** Command running the proxy daemon for a state folder (see runProxyDaemon). */
  proxyCommand(stateDir: string): Command;
  /** The prometheus binary when installed: the provider then runs one scraping its proxy. */
  prometheusBinary?: string;
}

interface ProcessRecord extends Revision {
  pid: number;
  port: number;
  log: string;
  startedAt: string;
}

export interface LocalState {
  environment: string;
  proxy?: { pid: number; port: number; adminPort: number };
  prometheus?: { pid: number; port: number; scrapeMs?: number };
  stable?: ProcessRecord;
  canary?: ProcessRecord;
}

export interface LocalProviderOptions {
  /** Project folder; state goes to <root>/.cd4ml/local/<environment>/. */
  root: string;
  environment: string;
  runtime: LocalRuntime;
  /** Public port of the proxy on a first deployment (0 = any free port). Later deploys keep it. */
  port?: number;
  now?: () => number;
  log?: (m: string) => void;
  fetchImpl?: typeof fetch;
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export function stateDirOf(root: string, environment: string): string {
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(environment)) {
    throw new UsageError(`environment "${environment}" must be letters, digits, ".", "_" or "-" (it names the folder .cd4ml/local/<environment>)`);
  }
  return resolve(root, '.cd4ml', 'local', environment);
}

export class LocalProvider implements DeployProvider {
  readonly name = 'local';
  readonly dir: string;
  private readonly fetch: typeof fetch;

  constructor(readonly opts: LocalProviderOptions) {
    this.dir = stateDirOf(opts.root, opts.environment);
    this.fetch = opts.fetchImpl ?? fetch;
  }

  get statePath(): string {
    return join(this.dir, 'state.json');
  }

  readState(): LocalState {
    if (!existsSync(this.statePath)) return { environment: this.opts.environment };
    try {
      return JSON.parse(readFileSync(this.statePath, 'utf8')) as LocalState;
    } catch (e) {
      throw new UsageError(`${this.statePath} is not valid JSON (${(e as Error).message}); run "cd4ml deploy --provider local --environment ${this.opts.environment} --teardown" to reset it`);
    }
  }

  private writeState(s: LocalState): void {
    mkdirSync(this.dir, { recursive: true });
    const tmp = `${this.statePath}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(s, null, 2) + '\n');
    renameSync(tmp, this.statePath);
  }

  private update(f: (s: LocalState) => void): LocalState {
    const s = this.readState();
    f(s);
    this.writeState(s);
    return s;
  }

  // ---- one rollout at a time ----------------------------------------------------------------

  private get lockPath(): string {
    return join(this.dir, 'rollout.lock');
  }

  /** Take the environment's rollout lock; refuse clearly while another live rollout holds it. */
  lock(): void {
    mkdirSync(this.dir, { recursive: true });
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        const fd = openSync(this.lockPath, 'wx');
        writeFileSync(fd, JSON.stringify({ pid: process.pid, startedAt: new Date(this.now()).toISOString() }));
        closeSync(fd);
        return;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
        let holder: { pid?: number; startedAt?: string } = {};
        try {
          holder = JSON.parse(readFileSync(this.lockPath, 'utf8')) as typeof holder;
        } catch {
          /* half-written lock: treat as stale */
        }
        if (holder.pid !== undefined && isAlive(holder.pid)) {
          throw new UsageError(
            `another rollout to environment "${this.opts.environment}" is in progress (pid ${holder.pid}, started ${holder.startedAt ?? 'at an unknown time'}); wait for it to finish — only one rollout per environment runs at a time`,
          );
        }
        this.opts.log?.(`removing the stale rollout lock of pid ${holder.pid ?? '?'}`);
        rmSync(this.lockPath, { force: true });
      }
    }
    throw new UsageError(`could not take the rollout lock ${this.lockPath}`);
  }

  unlock(): void {
    try {
      unlinkSync(this.lockPath);
    } catch {
      /* already gone */
    }
  }

  private now(): number {
    return (this.opts.now ?? Date.now)();
  }

  // ---- proxy --------------------------------------------------------------------------------

  private adminUrl(s: LocalState): string {
    if (!s.proxy) throw new Error('the local proxy is not running');
    return `http://127.0.0.1:${s.proxy.adminPort}`;
  }

  private async proxyUp(s: LocalState): Promise<boolean> {
    if (!s.proxy || !isAlive(s.proxy.pid)) return false;
    try {
      const r = await this.fetch(`${this.adminUrl(s)}/healthz`, { signal: AbortSignal.timeout(2000) });
      return r.ok;
    } catch {
      return false;
    }
  }

  /**
   * The routes a (re)started proxy comes up with: the stable alone. The proxy daemon is a
   * supervisor that restarts its worker when it dies; a restarted worker reads these, so a proxy
   * crash mid-rollout falls back to the stable (and the rollout, seeing its canary unrouted, rolls
   * back).
   */
  private writeProxyConfig(s: LocalState, ports?: { port: number; adminPort: number }): void {
    mkdirSync(this.dir, { recursive: true });
    const config = { environment: this.opts.environment, port: ports?.port ?? s.proxy?.port ?? this.opts.port ?? 0, adminPort: ports?.adminPort ?? s.proxy?.adminPort ?? 0, routes: this.routesOf(s) };
    const file = join(this.dir, 'proxy-config.json');
    writeFileSync(`${file}.${process.pid}.tmp`, JSON.stringify(config, null, 2) + '\n');
    renameSync(`${file}.${process.pid}.tmp`, file);
  }

  /** Start the proxy daemon unless it runs; returns the state with its ports. */
  async ensureProxy(): Promise<LocalState> {
    let s = this.readState();
    if (await this.proxyUp(s)) return s;
    // Its supervisor may be restarting the worker right now: give it a moment before replacing it.
    if (s.proxy && isAlive(s.proxy.pid)) {
      for (let i = 0; i < 40 && !(await this.proxyUp(s)); i++) await sleep(50);
      if (await this.proxyUp(s)) return s;
      await stopProcess(s.proxy.pid, this.dir, 2000);
    }
    if (s.proxy) this.opts.log?.(`the local proxy (pid ${s.proxy.pid}) is not answering: restarting it on port ${s.proxy.port} with 100% on ${s.stable?.id ?? 'nothing'}`);
    mkdirSync(this.dir, { recursive: true });
    const portsFile = join(this.dir, 'proxy.json');
    rmSync(portsFile, { force: true });
    // The admin port is kept too (Prometheus scrapes it); a fresh one only on the first start.
    this.writeProxyConfig(s);
    const log = join(this.dir, 'proxy.log');
    const pid = spawnDetached(this.opts.runtime.proxyCommand(this.dir), log);
    const deadline = Date.now() + 15_000;
    while (!existsSync(portsFile)) {
      if (!isAlive(pid) || Date.now() > deadline) throw new Error(`the local proxy did not start: ${tail(log) || 'no output'}`);
      await sleep(50);
    }
    const ports = JSON.parse(readFileSync(portsFile, 'utf8')) as { port: number; adminPort: number };
    s = this.update((st) => {
      st.proxy = { pid, port: ports.port, adminPort: ports.adminPort };
    });
    this.writeProxyConfig(s, ports);
    // Prometheus file_sd target list: point a scrape job at <state dir>/prometheus-targets.json.
    writeFileSync(join(this.dir, 'prometheus-targets.json'), JSON.stringify([{ targets: [`127.0.0.1:${ports.adminPort}`], labels: { environment: this.opts.environment } }]) + '\n');
    this.opts.log?.(`local proxy on http://127.0.0.1:${ports.port} (admin ${ports.adminPort}, pid ${pid})`);
    return s;
  }

  private routesOf(s: LocalState): Routes {
    return { stable: s.stable ? { id: s.stable.id, url: `http://127.0.0.1:${s.stable.port}` } : undefined, canaryPercent: 0 };
  }

  /** Call the proxy's admin port; a proxy found dead is restarted (stable only) and the call retried once. */
  private async admin(path: string, init: RequestInit = {}): Promise<Response> {
    try {
      return await this.fetch(`${this.adminUrl(this.readState())}${path}`, { ...init, signal: AbortSignal.timeout(5000) });
    } catch (e) {
      if (await this.proxyUp(this.readState())) throw e;
      await this.ensureProxy();
      return this.fetch(`${this.adminUrl(this.readState())}${path}`, { ...init, signal: AbortSignal.timeout(5000) });
    }
  }

  private async putRoutes(routes: Routes): Promise<ProxyState> {
    const res = await this.admin('/routes', { method: 'PUT', body: JSON.stringify(routes), headers: { 'content-type': 'application/json' } });
    const body = (await res.json()) as ProxyState & { error?: string };
    if (!res.ok) throw new Error(`the local proxy refused the routes: ${body.error ?? res.status}`);
    return body;
  }

  async proxyState(): Promise<ProxyState> {
    const res = await this.admin('/state');
    if (!res.ok) throw new Error(`the local proxy answered ${res.status} on /state`);
    return (await res.json()) as ProxyState;
  }

  /** Wait until no request is in flight on `id` (a retired backend finishes what it has). */
  private async drain(id: string, timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const st = await this.proxyState().catch(() => undefined);
      if (!st || (st.inflight[id] ?? 0) === 0) return;
      await sleep(25);
    }
    this.opts.log?.(`${id} still had requests in flight after ${timeoutMs / 1000}s; stopping it anyway`);
  }

  /**
   * Prometheus for this environment, when installed: started once (detached, TSDB under the
   * state folder, scraping the proxy every `scrapeMs`), reused by later deploys. Returns its URL,
   * or undefined when no prometheus binary is available (the caller reads /metrics directly).
   */
  async ensurePrometheus(scrapeMs: number): Promise<string | undefined> {
    const bin = this.opts.runtime.prometheusBinary;
    if (!bin) return undefined;
    const s = await this.ensureProxy();
    const ready = async (port: number) => {
      try {
        return (await this.fetch(`http://127.0.0.1:${port}/-/ready`, { signal: AbortSignal.timeout(1000) })).ok;
      } catch {
        return false;
      }
    };
    const scrape = Math.max(250, Math.round(scrapeMs));
    if (s.prometheus && isAlive(s.prometheus.pid)) {
      // A Prometheus started for a longer analysis interval scrapes too rarely for this one: restart it.
      if ((s.prometheus.scrapeMs ?? Infinity) <= scrape && (await ready(s.prometheus.port))) return `http://127.0.0.1:${s.prometheus.port}`;
      await stopProcess(s.prometheus.pid, this.dir);
    }
    const dir = join(this.dir, 'prometheus');
    mkdirSync(dir, { recursive: true });
    const interval = `${scrape}ms`;
    const config = {
      global: { scrape_interval: interval, evaluation_interval: interval },
      scrape_configs: [{ job_name: 'cd4ml-local-proxy', scrape_interval: interval, scrape_timeout: interval, file_sd_configs: [{ files: [join(this.dir, 'prometheus-targets.json')], refresh_interval: '1s' }] }],
    };
    writeFileSync(join(dir, 'prometheus.yml'), JSON.stringify(config, null, 2));
    const port = await freePort();
    const log = join(dir, 'prometheus.log');
    const pid = spawnDetached(
      { command: bin, args: [`--config.file=${join(dir, 'prometheus.yml')}`, `--storage.tsdb.path=${join(dir, 'data')}`, '--storage.tsdb.retention.time=2d', `--web.listen-address=127.0.0.1:${port}`, '--log.level=warn'] },
      log,
    );
    const deadline = Date.now() + 20_000;
    while (!(await ready(port))) {
      if (!isAlive(pid) || Date.now() > deadline) {
        this.opts.log?.(`Prometheus did not start (${tail(log, 2) || 'no output'}); reading the proxy's /metrics directly`);
        return undefined;
      }
      await sleep(100);
    }
    this.update((st) => {
      st.prometheus = { pid, port, scrapeMs: scrape };
    });
    this.opts.log?.(`Prometheus on http://127.0.0.1:${port} scraping the proxy every ${interval} (pid ${pid})`);
    // Ready is not scraped: a Prometheus that has not yet taken two samples of the proxy makes every
    // analysis of a short interval "inconclusive, no requests" (the file_sd refresh and the first
    // scrapes take a few seconds). Wait for two samples before the rollout starts.
    const window = `${Math.ceil((4 * scrape) / 1000) + 1}s`;
    const query = encodeURIComponent(`count_over_time(up{job="cd4ml-local-proxy"}[${window}])`);
    const scraped = Date.now() + 15_000;
    for (;;) {
      try {
        const body = (await (await this.fetch(`http://127.0.0.1:${port}/api/v1/query?query=${query}`, { signal: AbortSignal.timeout(1000) })).json()) as { data?: { result?: { value: [number, string] }[] } };
        if (Number(body.data?.result?.[0]?.value[1] ?? 0) >= 2) break;
      } catch {
        // not answering yet
      }
      if (Date.now() > scraped) {
        this.opts.log?.(`Prometheus has not scraped the proxy twice in 15 s; the first analyses may be inconclusive`);
        break;
      }
      await sleep(Math.min(250, scrape));
    }
    return `http://127.0.0.1:${port}`;
  }

  /** Direct URL of a revision's server (bypassing the proxy), e.g. for a warm-up. */
  revisionUrl(id: string): string | undefined {
    const rec = this.record(id);
    return rec ? `http://127.0.0.1:${rec.port}` : undefined;
  }

  metricsUrl(): string {
    return `${this.adminUrl(this.readState())}/metrics`;
  }

  // ---- DeployProvider -----------------------------------------------------------------------

  async current(): Promise<Revision | undefined> {
    const s = this.readState();
    if (s.canary) {
      // A canary left by a rollout that died: it never became stable; stop it.
      this.opts.log?.(`stopping ${s.canary.id}, a canary left behind by an interrupted rollout`);
      if (s.proxy && (await this.proxyUp(s))) await this.putRoutes(this.routesOf(s)).catch(() => undefined);
      await stopProcess(s.canary.pid, String(s.canary.port));
      this.update((st) => delete st.canary);
    }
    if (!s.stable) return undefined;
    // A stable whose process is gone is still returned: its health says so, and the controller
    // reports it and checks the new revision fully before it takes 100%.
    if (isAlive(s.stable.pid)) await this.ensureProxy();
    else this.opts.log?.(`stable revision ${s.stable.id} is recorded in ${this.statePath} but its process ${s.stable.pid} is not running`);
    const { pid: _pid, port: _port, log: _log, startedAt: _s, ...rev } = s.stable;
    return rev;
  }

  async launch(artifact: Artifact): Promise<Revision> {
    await this.ensureProxy();
    const port = await freePort();
    const id = `r${this.now().toString(36)}`;
    const log = join(this.dir, `${id}.log`);
    const pid = spawnDetached(this.opts.runtime.serveCommand(artifact, port, id), log);
    const rec: ProcessRecord = { id, artifact: artifact.kind === 'image' ? artifact.ref : resolve(artifact.dir), pid, port, log, startedAt: new Date(this.now()).toISOString() };
    this.update((s) => {
      s.canary = rec;
    });
    return { id, artifact: rec.artifact };
  }

  private record(id: string): ProcessRecord | undefined {
    const s = this.readState();
    return [s.stable, s.canary].find((r) => r?.id === id);
  }

  async health(rev: Revision): Promise<Health> {
    const rec = this.record(rev.id);
    if (!rec) return { ok: false, detail: `${rev.id} is not in ${this.statePath}` };
    if (!isAlive(rec.pid)) return { ok: false, fatal: true, detail: `process ${rec.pid} of ${rev.id} exited: ${tail(rec.log, 3) || 'no output'}` };
    if (this.canaryWeight > 0 && this.readState().canary?.id === rev.id) {
      // The canary was given traffic: the proxy must still route to it (a restarted proxy serves the stable only).
      const st = await this.proxyState().catch((e: unknown) => ({ error: (e as Error).message }) as const);
      if ('error' in st) return { ok: false, detail: `the local proxy does not answer: ${st.error}` };
      if (st.routes.canary?.id !== rev.id || st.routes.canaryPercent !== this.canaryWeight) {
        return { ok: false, fatal: true, detail: `the local proxy restarted and no longer routes ${this.canaryWeight}% to ${rev.id} (it serves ${st.routes.stable?.id ?? 'nothing'} only)` };
      }
    }
    for (const path of ['/healthz', '/readyz']) {
      try {
        const r = await this.fetch(`http://127.0.0.1:${rec.port}${path}`, { signal: AbortSignal.timeout(2000) });
        await r.arrayBuffer();
        if (!r.ok) return { ok: false, detail: `${path} answered ${r.status}` };
      } catch (e) {
        return { ok: false, detail: `${path}: ${(e as Error).cause ? String(((e as Error).cause as Error).message) : (e as Error).message}` };
      }
    }
    return { ok: true, detail: 'healthz and readyz answer 200' };
  }

  /** Weight last given to the canary by this rollout (0 before the first step). */
  private canaryWeight = 0;

  async setTraffic(stable: Revision, canary: Revision, canaryPercent: number): Promise<void> {
    const s = this.readState();
    this.canaryWeight = canaryPercent;
    const url = (id: string) => {
      const rec = [s.stable, s.canary].find((r) => r?.id === id);
      if (!rec) throw new Error(`${id} is not in ${this.statePath}`);
      return `http://127.0.0.1:${rec.port}`;
    };
    await this.putRoutes({ stable: { id: stable.id, url: url(stable.id) }, canary: { id: canary.id, url: url(canary.id) }, canaryPercent });
  }

  async readTraffic(): Promise<Traffic> {
    const { routes } = await this.proxyState();
    return {
      stable: routes.stable?.id,
      canary: routes.canary?.id,
      stablePercent: routes.stable ? 100 - routes.canaryPercent : 0,
      canaryPercent: routes.canary ? routes.canaryPercent : 0,
    };
  }

  async promote(canary: Revision, stable: Revision | undefined): Promise<void> {
    const s = this.readState();
    const rec = s.canary?.id === canary.id ? s.canary : undefined;
    if (!rec) throw new Error(`${canary.id} is not the canary in ${this.statePath}`);
    await this.putRoutes({ stable: { id: rec.id, url: `http://127.0.0.1:${rec.port}` }, canaryPercent: 0 });
    const old = s.stable;
    this.canaryWeight = 0;
    const next = this.update((st) => {
      st.stable = rec;
      delete st.canary;
    });
    this.writeProxyConfig(next);
    if (old && stable && old.id === stable.id) {
      await this.drain(old.id);
      await stopProcess(old.pid, String(old.port));
    }
  }

  async rollback(stable: Revision, canary: Revision): Promise<void> {
    const s = this.readState();
    if (!s.stable || s.stable.id !== stable.id) throw new Error(`${stable.id} is not the stable revision in ${this.statePath}`);
    this.canaryWeight = 0;
    await this.putRoutes(this.routesOf(s));
    const rec = s.canary?.id === canary.id ? s.canary : undefined;
    this.update((st) => delete st.canary);
    if (rec) {
      await this.drain(rec.id);
      await stopProcess(rec.pid, String(rec.port));
    }
  }

  async discard(rev: Revision): Promise<void> {
    const s = this.readState();
    if (s.canary?.id === rev.id) {
      await stopProcess(s.canary.pid, String(s.canary.port));
      this.update((st) => delete st.canary);
    }
  }

  url(): string {
    const s = this.readState();
    return s.proxy ? `http://127.0.0.1:${s.proxy.port}` : '';
  }

  async post(rev: Revision, path: string, body: string): Promise<{ status: number; body: string }> {
    const rec = this.record(rev.id);
    if (!rec) throw new Error(`${rev.id} is not in ${this.statePath}`);
    const res = await this.fetch(`http://127.0.0.1:${rec.port}${path}`, { method: 'POST', body, headers: { 'content-type': 'application/json' }, signal: AbortSignal.timeout(10_000) });
    return { status: res.status, body: await res.text() };
  }

  /** The public port answers /readyz from the stable (restarting a dead proxy first). */
  async serving(): Promise<Health> {
    if (!this.readState().stable) return { ok: true, detail: `nothing is deployed in "${this.opts.environment}": nothing to serve, as before` };
    const s = await this.ensureProxy();
    try {
      const res = await this.fetch(`http://127.0.0.1:${s.proxy!.port}/readyz`, { signal: AbortSignal.timeout(5000) });
      await res.arrayBuffer();
      const by = res.headers.get('x-cd4ml-revision');
      return { ok: res.status === 200 && by === s.stable!.id, detail: `GET http://127.0.0.1:${s.proxy!.port}/readyz answered ${res.status} from ${by ?? 'no revision'}` };
    } catch (e) {
      return { ok: false, detail: `GET http://127.0.0.1:${s.proxy!.port}/readyz: ${(e as Error).message}` };
    }
  }

  /** Stop everything of this environment and remove its state. Returns what was stopped. */
  async teardown(): Promise<string[]> {
    const s = this.readState();
    const stopped: string[] = [];
    for (const r of [s.canary, s.stable]) {
      if (r && isAlive(r.pid)) {
        await stopProcess(r.pid, String(r.port));
        stopped.push(`${r.id} (pid ${r.pid})`);
      }
    }
    if (s.proxy && isAlive(s.proxy.pid)) {
      await stopProcess(s.proxy.pid, this.dir);
      stopped.push(`proxy (pid ${s.proxy.pid})`);
    }
    if (s.prometheus && isAlive(s.prometheus.pid)) {
      await stopProcess(s.prometheus.pid, this.dir);
      stopped.push(`prometheus (pid ${s.prometheus.pid})`);
    }
    rmSync(this.dir, { recursive: true, force: true });
    return stopped;
  }
}

/**
 * The proxy daemon: a supervisor that runs the proxy as a child worker and starts it again when
 * it dies (a crash or kill -9), on the same ports, with the routes of <dir>/proxy-config.json (the
 * stable alone). SIGTERM/SIGINT stop the worker and the supervisor.
 */
export async function runProxySupervisor(dir: string, worker: Command, log: (m: string) => void = (m) => process.stderr.write(`${m}\n`)): Promise<void> {
  const { spawn } = await import('node:child_process');
  let stopping = false;
  let child: import('node:child_process').ChildProcess | undefined;
  let quickDeaths = 0;
  const start = () => {
    const startedAt = Date.now();
    child = spawn(worker.command, worker.args, { stdio: 'inherit', env: { ...process.env, ...worker.env } });
    child.on('exit', (code, signal) => {
      if (stopping) return;
      quickDeaths = Date.now() - startedAt < 2000 ? quickDeaths + 1 : 0;
      const delay = Math.min(2000, 50 * 2 ** Math.min(quickDeaths, 6));
      log(`proxy worker ${child?.pid} exited (${signal ?? `code ${code}`}): restarting it in ${delay} ms`);
      // (re-checked when due: a group SIGTERM reaches the worker and the supervisor at once)
      setTimeout(() => {
        if (!stopping) start();
      }, delay);
    });
  };
  start();
  await new Promise<void>((resolveStop) => {
    const stop = () => resolveStop();
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
  });
  stopping = true;
  if (child && child.exitCode === null && child.signalCode === null) {
    const exited = new Promise<void>((r) => child!.once('exit', () => r()));
    child.kill('SIGTERM');
    await Promise.race([exited, sleep(5000)]);
  }
}

/**
 * The proxy worker's body: read <dir>/proxy-config.json, listen, write <dir>/proxy.json with
 * the ports, serve until SIGTERM — or until its supervisor is gone (then the provider starts a
 * new daemon rather than find an orphan holding the ports).
 */
export async function runProxyDaemon(dir: string): Promise<void> {
  const { startProxy } = await import('./proxy.js');
  const config = JSON.parse(readFileSync(join(dir, 'proxy-config.json'), 'utf8')) as { environment: string; port: number; adminPort: number; routes?: Routes };
  const proxy = await startProxy({ port: config.port, adminPort: config.adminPort, environment: config.environment, routes: config.routes });
  const tmp = join(dir, `proxy.json.${process.pid}.tmp`);
  writeFileSync(tmp, JSON.stringify({ pid: process.pid, port: proxy.port, adminPort: proxy.adminPort }) + '\n');
  renameSync(tmp, join(dir, 'proxy.json'));
  const parent = process.ppid;
  await new Promise<void>((resolveStop) => {
    const stop = () => resolveStop();
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
    const orphan = setInterval(() => {
      if (process.ppid !== parent) stop();
    }, 250);
    orphan.unref();
  });
  await proxy.close();
}
