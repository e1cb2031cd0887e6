export const id = 875;
export const ids = [875];
export const modules = {

/***/ 83875:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  LocalProvider: () => (/* binding */ LocalProvider)
});

// UNUSED EXPORTS: runProxyDaemon, runProxySupervisor, stateDirOf

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/errors.js
var errors = __webpack_require__(16986);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(77030);
;// CONCATENATED MODULE: ./src/deploy/local/process.js
/**
 * Long-lived local processes for the local provider: servers and the proxy outlive the
 * `cd4ml deploy` that started them (what it deployed keeps serving), so they are spawned
 * detached with their output in a log file, and found again later by pid from the state file.
 */



/** Start a detached process writing to `logFile`; returns its pid. */
function spawnDetached(cmd, logFile, cwd) {
    const fd = (0,external_node_fs_.openSync)(logFile, 'a');
    try {
        const child = (0,external_node_child_process_.spawn)(cmd.command, cmd.args, { cwd, detached: true, stdio: ['ignore', fd, fd], env: { ...process.env, ...cmd.env } });
        if (child.pid === undefined)
            throw new Error(`could not start ${cmd.command}`);
        child.on('error', () => undefined);
        child.unref();
        return child.pid;
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/** True when the pid runs (a zombie counts as dead). */
function isAlive(pid) {
    try {
        process.kill(pid, 0);
    }
    catch {
        return false;
    }
    try {
        const stat = (0,external_node_fs_.readFileSync)(`/proc/${pid}/stat`, 'utf8');
        return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
    }
    catch {
        return true; // no /proc: trust kill(0)
    }
}
/** The command line of a pid (Linux), to make sure a recorded pid was not reused by another program. */
function commandLine(pid) {
    try {
        return (0,external_node_fs_.readFileSync)(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');
    }
    catch {
        return undefined;
    }
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/**
 * Stop a process we started: SIGTERM, then SIGKILL after `graceMs`. `marker` must appear in its
 * command line (when readable) so that a recycled pid of another program is never signalled.
 */
async function stopProcess(pid, marker, graceMs = 5000) {
    if (!isAlive(pid))
        return;
    const cmdline = commandLine(pid);
    if (cmdline !== undefined && !cmdline.includes(marker))
        return;
    // Detached processes lead their own process group: signal the group (podman, wrappers' children).
    const signal = (s) => {
        try {
            process.kill(-pid, s);
        }
        catch {
            try {
                process.kill(pid, s);
            }
            catch {
                /* gone */
            }
        }
    };
    signal('SIGTERM');
    const deadline = Date.now() + graceMs;
    while (isAlive(pid) && Date.now() < deadline)
        await sleep(50);
    if (isAlive(pid))
        signal('SIGKILL');
    while (isAlive(pid) && Date.now() < deadline + 2000)
        await sleep(50);
}
/** A free TCP port on 127.0.0.1. */
function freePort() {
    return new Promise((resolve, reject) => {
        const s = (0,external_node_net_.createServer)();
        s.once('error', reject);
        s.listen(0, '127.0.0.1', () => {
            const { port } = s.address();
            s.close(() => resolve(port));
        });
    });
}
/** Last `n` lines of a log file (for error messages). */
function tail(file, n = 5) {
    try {
        return (0,external_node_fs_.readFileSync)(file, 'utf8').trimEnd().split('\n').slice(-n).join('\n');
    }
    catch {
        return '';
    }
}

;// CONCATENATED MODULE: ./src/deploy/local/provider.js
/**
 * The `local` provider: stable and canary servers on this machine behind the weighted proxy
 * (./proxy.ts), state under `.cd4ml/local/<environment>/` so that a second deploy finds the
 * first as stable. Servers run the real serving runtime as separate processes (a crash is a real
 * crash) \u2014 from a bundle with `cd4ml serve`, or from an image with podman. Everything listens on
 * 127.0.0.1 only.
 */




const provider_sleep = (ms) => new Promise((r) => setTimeout(r, ms));
function stateDirOf(root, environment) {
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(environment)) {
        throw new errors.UsageError(`environment "${environment}" must be letters, digits, ".", "_" or "-" (it names the folder .cd4ml/local/<environment>)`);
    }
    return (0,external_node_path_.resolve)(root, '.cd4ml', 'local', environment);
}
class LocalProvider {
    opts;
    name = 'local';
    dir;
    fetch;
    constructor(opts) {
        this.opts = opts;
        this.dir = stateDirOf(opts.root, opts.environment);
        this.fetch = opts.fetchImpl ?? fetch;
    }
    get statePath() {
        return (0,external_node_path_.join)(this.dir, 'state.json');
    }
    readState() {
        if (!(0,external_node_fs_.existsSync)(this.statePath))
            return { environment: this.opts.environment };
        try {
            return JSON.parse((0,external_node_fs_.readFileSync)(this.statePath, 'utf8'));
        }
        catch (e) {
            throw new errors.UsageError(`${this.statePath} is not valid JSON (${e.message}); run "cd4ml deploy --provider local --environment ${this.opts.environment} --teardown" to reset it`);
        }
    }
    writeState(s) {
        (0,external_node_fs_.mkdirSync)(this.dir, { recursive: true });
        const tmp = `${this.statePath}.${process.pid}.tmp`;
        (0,external_node_fs_.writeFileSync)(tmp, JSON.stringify(s, null, 2) + '\n');
        (0,external_node_fs_.renameSync)(tmp, this.statePath);
    }
    update(f) {
        const s = this.readState();
        f(s);
        this.writeState(s);
        return s;
    }
    // ---- one rollout at a time ----------------------------------------------------------------
    get lockPath() {
        return (0,external_node_path_.join)(this.dir, 'rollout.lock');
    }
    /** Take the environment's rollout lock; refuse clearly while another live rollout holds it. */
    lock() {
        (0,external_node_fs_.mkdirSync)(this.dir, { recursive: true });
        for (let attempt = 0; attempt < 2; attempt++) {
            try {
                const fd = (0,external_node_fs_.openSync)(this.lockPath, 'wx');
                (0,external_node_fs_.writeFileSync)(fd, JSON.stringify({ pid: process.pid, startedAt: new Date(this.now()).toISOString() }));
                (0,external_node_fs_.closeSync)(fd);
                return;
            }
            catch (e) {
                if (e.code !== 'EEXIST')
                    throw e;
                let holder = {};
                try {
                    holder = JSON.parse((0,external_node_fs_.readFileSync)(this.lockPath, 'utf8'));
                }
                catch {
                    /* half-written lock: treat as stale */
                }
                if (holder.pid !== undefined && isAlive(holder.pid)) {
                    throw new errors.UsageError(`another rollout to environment "${this.opts.environment}" is in progress (pid ${holder.pid}, started ${holder.startedAt ?? 'at an unknown time'}); wait for it to finish \u2014 only one rollout per environment runs at a time`);
                }
                this.opts.log?.(`removing the stale rollout lock of pid ${holder.pid ?? '?'}`);
                (0,external_node_fs_.rmSync)(this.lockPath, { force: true });
            }
        }
        throw new errors.UsageError(`could not take the rollout lock ${this.lockPath}`);
    }
    unlock() {
        try {
            (0,external_node_fs_.unlinkSync)(this.lockPath);
        }
        catch {
            /* already gone */
        }
    }
    now() {
        return (this.opts.now ?? Date.now)();
    }
    // ---- proxy --------------------------------------------------------------------------------
    adminUrl(s) {
        if (!s.proxy)
            throw new Error('the local proxy is not running');
        return `http://127.0.0.1:${s.proxy.adminPort}`;
    }
    async proxyUp(s) {
        if (!s.proxy || !isAlive(s.proxy.pid))
            return false;
        try {
            const r = await this.fetch(`${this.adminUrl(s)}/healthz`, { signal: AbortSignal.timeout(2000) });
            return r.ok;
        }
        catch {
            return false;
        }
    }
    /**
     * The routes a (re)started proxy comes up with: the stable alone. The proxy daemon is a
     * supervisor that restarts its worker when it dies; a restarted worker reads these, so a proxy
     * crash mid-rollout falls back to the stable (and the rollout, seeing its canary unrouted, rolls
     * back).
     */
    writeProxyConfig(s, ports) {
        (0,external_node_fs_.mkdirSync)(this.dir, { recursive: true });
        const config = { environment: this.opts.environment, port: ports?.port ?? s.proxy?.port ?? this.opts.port ?? 0, adminPort: ports?.adminPort ?? s.proxy?.adminPort ?? 0, routes: this.routesOf(s) };
        const file = (0,external_node_path_.join)(this.dir, 'proxy-config.json');
        (0,external_node_fs_.writeFileSync)(`${file}.${process.pid}.tmp`, JSON.stringify(config, null, 2) + '\n');
        (0,external_node_fs_.renameSync)(`${file}.${process.pid}.tmp`, file);
    }
    /** Start the proxy daemon unless it runs; returns the state with its ports. */
    async ensureProxy() {
        let s = this.readState();
        if (await this.proxyUp(s))
            return s;
        // Its supervisor may be restarting the worker right now: give it a moment before replacing it.
        if (s.proxy && isAlive(s.proxy.pid)) {
            for (let i = 0; i < 40 && !(await this.proxyUp(s)); i++)
                await provider_sleep(50);
            if (await this.proxyUp(s))
                return s;
            await stopProcess(s.proxy.pid, this.dir, 2000);
        }
        if (s.proxy)
            this.opts.log?.(`the local proxy (pid ${s.proxy.pid}) is not answering: restarting it on port ${s.proxy.port} with 100% on ${s.stable?.id ?? 'nothing'}`);
        (0,external_node_fs_.mkdirSync)(this.dir, { recursive: true });
        const portsFile = (0,external_node_path_.join)(this.dir, 'proxy.json');
        (0,external_node_fs_.rmSync)(portsFile, { force: true });
        // The admin port is kept too (Prometheus scrapes it); a fresh one only on the first start.
        this.writeProxyConfig(s);
        const log = (0,external_node_path_.join)(this.dir, 'proxy.log');
        const pid = spawnDetached(this.opts.runtime.proxyCommand(this.dir), log);
        const deadline = Date.now() + 15_000;
        while (!(0,external_node_fs_.existsSync)(portsFile)) {
            if (!isAlive(pid) || Date.now() > deadline)
                throw new Error(`the local proxy did not start: ${tail(log) || 'no output'}`);
            await provider_sleep(50);
        }
        const ports = JSON.parse((0,external_node_fs_.readFileSync)(portsFile, 'utf8'));
        s = this.update((st) => {
            st.proxy = { pid, port: ports.port, adminPort: ports.adminPort };
        });
        this.writeProxyConfig(s, ports);
        // Prometheus file_sd target list: point a scrape job at <state dir>/prometheus-targets.json.
        (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(this.dir, 'prometheus-targets.json'), JSON.stringify([{ targets: [`127.0.0.1:${ports.adminPort}`], labels: { environment: this.opts.environment } }]) + '\n');
        this.opts.log?.(`local proxy on http://127.0.0.1:${ports.port} (admin ${ports.adminPort}, pid ${pid})`);
        return s;
    }
    routesOf(s) {
        return { stable: s.stable ? { id: s.stable.id, url: `http://127.0.0.1:${s.stable.port}` } : undefined, canaryPercent: 0 };
    }
    /** Call the proxy's admin port; a proxy found dead is restarted (stable only) and the call retried once. */
    async admin(path, init = {}) {
        try {
            return await this.fetch(`${this.adminUrl(this.readState())}${path}`, { ...init, signal: AbortSignal.timeout(5000) });
        }
        catch (e) {
            if (await this.proxyUp(this.readState()))
                throw e;
            await this.ensureProxy();
            return this.fetch(`${this.adminUrl(this.readState())}${path}`, { ...init, signal: AbortSignal.timeout(5000) });
        }
    }
    async putRoutes(routes) {
        const res = await this.admin('/routes', { method: 'PUT', body: JSON.stringify(routes), headers: { 'content-type': 'application/json' } });
        const body = (await res.json());
        if (!res.ok)
            throw new Error(`the local proxy refused the routes: ${body.error ?? res.status}`);
        return body;
    }
    async proxyState() {
        const res = await this.admin('/state');
        if (!res.ok)
            throw new Error(`the local proxy answered ${res.status} on /state`);
        return (await res.json());
    }
    /** Wait until no request is in flight on `id` (a retired backend finishes what it has). */
    async drain(id, timeoutMs = 30_000) {
        const deadline = Date.now() + timeoutMs;
        while (Date.now() < deadline) {
            const st = await this.proxyState().catch(() => undefined);
            if (!st || (st.inflight[id] ?? 0) === 0)
                return;
            await provider_sleep(25);
        }
        this.opts.log?.(`${id} still had requests in flight after ${timeoutMs / 1000}s; stopping it anyway`);
    }
    /**
     * Prometheus for this environment, when installed: started once (detached, TSDB under the
     * state folder, scraping the proxy every `scrapeMs`), reused by later deploys. Returns its URL,
     * or undefined when no prometheus binary is available (the caller reads /metrics directly).
     */
    async ensurePrometheus(scrapeMs) {
        const bin = this.opts.runtime.prometheusBinary;
        if (!bin)
            return undefined;
        const s = await this.ensureProxy();
        const ready = async (port) => {
            try {
                return (await this.fetch(`http://127.0.0.1:${port}/-/ready`, { signal: AbortSignal.timeout(1000) })).ok;
            }
            catch {
                return false;
            }
        };
        const scrape = Math.max(250, Math.round(scrapeMs));
        if (s.prometheus && isAlive(s.prometheus.pid)) {
            // A Prometheus started for a longer analysis interval scrapes too rarely for this one: restart it.
            if ((s.prometheus.scrapeMs ?? Infinity) <= scrape && (await ready(s.prometheus.port)))
                return `http://127.0.0.1:${s.prometheus.port}`;
            await stopProcess(s.prometheus.pid, this.dir);
        }
        const dir = (0,external_node_path_.join)(this.dir, 'prometheus');
        (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
        const interval = `${scrape}ms`;
        const config = {
            global: { scrape_interval: interval, evaluation_interval: interval },
            scrape_configs: [{ job_name: 'cd4ml-local-proxy', scrape_interval: interval, scrape_timeout: interval, file_sd_configs: [{ files: [(0,external_node_path_.join)(this.dir, 'prometheus-targets.json')], refresh_interval: '1s' }] }],
        };
        (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(dir, 'prometheus.yml'), JSON.stringify(config, null, 2));
        const port = await freePort();
        const log = (0,external_node_path_.join)(dir, 'prometheus.log');
        const pid = spawnDetached({ command: bin, args: [`--config.file=${(0,external_node_path_.join)(dir, 'prometheus.yml')}`, `--storage.tsdb.path=${(0,external_node_path_.join)(dir, 'data')}`, '--storage.tsdb.retention.time=2d', `--web.listen-address=127.0.0.1:${port}`, '--log.level=warn'] }, log);
        const deadline = Date.now() + 20_000;
        while (!(await ready(port))) {
            if (!isAlive(pid) || Date.now() > deadline) {
                this.opts.log?.(`Prometheus did not start (${tail(log, 2) || 'no output'}); reading the proxy's /metrics directly`);
                return undefined;
            }
            await provider_sleep(100);
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
                const body = (await (await this.fetch(`http://127.0.0.1:${port}/api/v1/query?query=${query}`, { signal: AbortSignal.timeout(1000) })).json());
                if (Number(body.data?.result?.[0]?.value[1] ?? 0) >= 2)
                    break;
            }
            catch {
                // not answering yet
            }
            if (Date.now() > scraped) {
                this.opts.log?.(`Prometheus has not scraped the proxy twice in 15 s; the first analyses may be inconclusive`);
                break;
            }
            await provider_sleep(Math.min(250, scrape));
        }
        return `http://127.0.0.1:${port}`;
    }
    /** Direct URL of a revision's server (bypassing the proxy), e.g. for a warm-up. */
    revisionUrl(id) {
        const rec = this.record(id);
        return rec ? `http://127.0.0.1:${rec.port}` : undefined;
    }
    metricsUrl() {
        return `${this.adminUrl(this.readState())}/metrics`;
    }
    // ---- DeployProvider -----------------------------------------------------------------------
    async current() {
        const s = this.readState();
        if (s.canary) {
            // A canary left by a rollout that died: it never became stable; stop it.
            this.opts.log?.(`stopping ${s.canary.id}, a canary left behind by an interrupted rollout`);
            if (s.proxy && (await this.proxyUp(s)))
                await this.putRoutes(this.routesOf(s)).catch(() => undefined);
            await stopProcess(s.canary.pid, String(s.canary.port));
            this.update((st) => delete st.canary);
        }
        if (!s.stable)
            return undefined;
        // A stable whose process is gone is still returned: its health says so, and the controller
        // reports it and checks the new revision fully before it takes 100%.
        if (isAlive(s.stable.pid))
            await this.ensureProxy();
        else
            this.opts.log?.(`stable revision ${s.stable.id} is recorded in ${this.statePath} but its process ${s.stable.pid} is not running`);
        const { pid: _pid, port: _port, log: _log, startedAt: _s, ...rev } = s.stable;
        return rev;
    }
    async launch(artifact) {
        await this.ensureProxy();
        const port = await freePort();
        const id = `r${this.now().toString(36)}`;
        const log = (0,external_node_path_.join)(this.dir, `${id}.log`);
        const pid = spawnDetached(this.opts.runtime.serveCommand(artifact, port, id), log);
        const rec = { id, artifact: artifact.kind === 'image' ? artifact.ref : (0,external_node_path_.resolve)(artifact.dir), pid, port, log, startedAt: new Date(this.now()).toISOString() };
        this.update((s) => {
            s.canary = rec;
        });
        return { id, artifact: rec.artifact };
    }
    record(id) {
        const s = this.readState();
        return [s.stable, s.canary].find((r) => r?.id === id);
    }
    async health(rev) {
        const rec = this.record(rev.id);
        if (!rec)
            return { ok: false, detail: `${rev.id} is not in ${this.statePath}` };
        if (!isAlive(rec.pid))
            return { ok: false, fatal: true, detail: `process ${rec.pid} of ${rev.id} exited: ${tail(rec.log, 3) || 'no output'}` };
        if (this.canaryWeight > 0 && this.readState().canary?.id === rev.id) {
            // The canary was given traffic: the proxy must still route to it (a restarted proxy serves the stable only).
            const st = await this.proxyState().catch((e) => ({ error: e.message }));
            if ('error' in st)
                return { ok: false, detail: `the local proxy does not answer: ${st.error}` };
            if (st.routes.canary?.id !== rev.id || st.routes.canaryPercent !== this.canaryWeight) {
                return { ok: false, fatal: true, detail: `the local proxy restarted and no longer routes ${this.canaryWeight}% to ${rev.id} (it serves ${st.routes.stable?.id ?? 'nothing'} only)` };
            }
        }
        for (const path of ['/healthz', '/readyz']) {
            try {
                const r = await this.fetch(`http://127.0.0.1:${rec.port}${path}`, { signal: AbortSignal.timeout(2000) });
                await r.arrayBuffer();
                if (!r.ok)
                    return { ok: false, detail: `${path} answered ${r.status}` };
            }
            catch (e) {
                return { ok: false, detail: `${path}: ${e.cause ? String(e.cause.message) : e.message}` };
            }
        }
        return { ok: true, detail: 'healthz and readyz answer 200' };
    }
    /** Weight last given to the canary by this rollout (0 before the first step). */
    canaryWeight = 0;
    async setTraffic(stable, canary, canaryPercent) {
        const s = this.readState();
        this.canaryWeight = canaryPercent;
        const url = (id) => {
            const rec = [s.stable, s.canary].find((r) => r?.id === id);
            if (!rec)
                throw new Error(`${id} is not in ${this.statePath}`);
            return `http://127.0.0.1:${rec.port}`;
        };
        await this.putRoutes({ stable: { id: stable.id, url: url(stable.id) }, canary: { id: canary.id, url: url(canary.id) }, canaryPercent });
    }
    async readTraffic() {
        const { routes } = await this.proxyState();
        return {
            stable: routes.stable?.id,
            canary: routes.canary?.id,
            stablePercent: routes.stable ? 100 - routes.canaryPercent : 0,
            canaryPercent: routes.canary ? routes.canaryPercent : 0,
        };
    }
    async promote(canary, stable) {
        const s = this.readState();
        const rec = s.canary?.id === canary.id ? s.canary : undefined;
        if (!rec)
            throw new Error(`${canary.id} is not the canary in ${this.statePath}`);
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
    async rollback(stable, canary) {
        const s = this.readState();
        if (!s.stable || s.stable.id !== stable.id)
            throw new Error(`${stable.id} is not the stable revision in ${this.statePath}`);
        this.canaryWeight = 0;
        await this.putRoutes(this.routesOf(s));
        const rec = s.canary?.id === canary.id ? s.canary : undefined;
        this.update((st) => delete st.canary);
        if (rec) {
            await this.drain(rec.id);
            await stopProcess(rec.pid, String(rec.port));
        }
    }
    async discard(rev) {
        const s = this.readState();
        if (s.canary?.id === rev.id) {
            await stopProcess(s.canary.pid, String(s.canary.port));
            this.update((st) => delete st.canary);
        }
    }
    url() {
        const s = this.readState();
        return s.proxy ? `http://127.0.0.1:${s.proxy.port}` : '';
    }
    async post(rev, path, body) {
        const rec = this.record(rev.id);
        if (!rec)
            throw new Error(`${rev.id} is not in ${this.statePath}`);
        const res = await this.fetch(`http://127.0.0.1:${rec.port}${path}`, { method: 'POST', body, headers: { 'content-type': 'application/json' }, signal: AbortSignal.timeout(10_000) });
        return { status: res.status, body: await res.text() };
    }
    /** The public port answers /readyz from the stable (restarting a dead proxy first). */
    async serving() {
        if (!this.readState().stable)
            return { ok: true, detail: `nothing is deployed in "${this.opts.environment}": nothing to serve, as before` };
        const s = await this.ensureProxy();
        try {
            const res = await this.fetch(`http://127.0.0.1:${s.proxy.port}/readyz`, { signal: AbortSignal.timeout(5000) });
            await res.arrayBuffer();
            const by = res.headers.get('x-cd4ml-revision');
            return { ok: res.status === 200 && by === s.stable.id, detail: `GET http://127.0.0.1:${s.proxy.port}/readyz answered ${res.status} from ${by ?? 'no revision'}` };
        }
        catch (e) {
            return { ok: false, detail: `GET http://127.0.0.1:${s.proxy.port}/readyz: ${e.message}` };
        }
    }
    /** Stop everything of this environment and remove its state. Returns what was stopped. */
    async teardown() {
        const s = this.readState();
        const stopped = [];
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
        (0,external_node_fs_.rmSync)(this.dir, { recursive: true, force: true });
        return stopped;
    }
}
/**
 * The proxy daemon: a supervisor that runs the proxy as a child worker and starts it again when
 * it dies (a crash or kill -9), on the same ports, with the routes of <dir>/proxy-config.json (the
 * stable alone). SIGTERM/SIGINT stop the worker and the supervisor.
 */
async function runProxySupervisor(dir, worker, log = (m) => process.stderr.write(`${m}\n`)) {
    const { spawn } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 31421, 19));
    let stopping = false;
    let child;
    let quickDeaths = 0;
    const start = () => {
        const startedAt = Date.now();
        child = spawn(worker.command, worker.args, { stdio: 'inherit', env: { ...process.env, ...worker.env } });
        child.on('exit', (code, signal) => {
            if (stopping)
                return;
            quickDeaths = Date.now() - startedAt < 2000 ? quickDeaths + 1 : 0;
            const delay = Math.min(2000, 50 * 2 ** Math.min(quickDeaths, 6));
            log(`proxy worker ${child?.pid} exited (${signal ?? `code ${code}`}): restarting it in ${delay} ms`);
            // (re-checked when due: a group SIGTERM reaches the worker and the supervisor at once)
            setTimeout(() => {
                if (!stopping)
                    start();
            }, delay);
        });
    };
    start();
    await new Promise((resolveStop) => {
        const stop = () => resolveStop();
        process.once('SIGTERM', stop);
        process.once('SIGINT', stop);
    });
    stopping = true;
    if (child && child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((r) => child.once('exit', () => r()));
        child.kill('SIGTERM');
        await Promise.race([exited, provider_sleep(5000)]);
    }
}
/**
 * The proxy worker's body: read <dir>/proxy-config.json, listen, write <dir>/proxy.json with
 * the ports, serve until SIGTERM \u2014 or until its supervisor is gone (then the provider starts a
 * new daemon rather than find an orphan holding the ports).
 */
async function runProxyDaemon(dir) {
    const { startProxy } = await Promise.all(/* import() */[__webpack_require__.e(890), __webpack_require__.e(645)]).then(__webpack_require__.bind(__webpack_require__, 80645));
    const config = JSON.parse(readFileSync(join(dir, 'proxy-config.json'), 'utf8'));
    const proxy = await startProxy({ port: config.port, adminPort: config.adminPort, environment: config.environment, routes: config.routes });
    const tmp = join(dir, `proxy.json.${process.pid}.tmp`);
    writeFileSync(tmp, JSON.stringify({ pid: process.pid, port: proxy.port, adminPort: proxy.adminPort }) + '\n');
    renameSync(tmp, join(dir, 'proxy.json'));
    const parent = process.ppid;
    await new Promise((resolveStop) => {
        const stop = () => resolveStop();
        process.once('SIGTERM', stop);
        process.once('SIGINT', stop);
        const orphan = setInterval(() => {
            if (process.ppid !== parent)
                stop();
        }, 250);
        orphan.unref();
    });
    await proxy.close();
}


/***/ })

};
