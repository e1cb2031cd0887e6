/**
 * A real Prometheus (Debian package `prometheus`) as a child of the test: generated config with
 * a short scrape interval, a temp TSDB, a free 127.0.0.1 port; `start` waits for /-/ready.
 *
 *   const prom = await startPrometheus({ fileSd: [join(stateDir, 'prometheus-targets.json')] });
 *   ... prom.url ...
 *   await prom.stop();
 *
 * Targets come from static `targets` ("127.0.0.1:PORT") or from file_sd files (JSON lists of
 * {targets, labels}), which Prometheus watches, so a test can point it at a file that a
 * provider writes later. First samples arrive ~1–6 s after start (discovery), rate() needs two.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const PROMETHEUS_BIN = '/usr/bin/prometheus';

export function prometheusInstalled(): boolean {
  return existsSync(PROMETHEUS_BIN);
}

export interface PrometheusOptions {
  targets?: string[];
  fileSd?: string[];
  scrapeIntervalSeconds?: number;
  metricsPath?: string;
}

export interface RunningPrometheus {
  url: string;
  port: number;
  logs(): string;
  /** Instant query; returns the raw JSON body. */
  query(promql: string): Promise<{ status: string; data: { resultType: string; result: unknown[] } }>;
  /** Wait until `up` is 1 for every target (or `timeoutMs` passes); returns how many are up. */
  waitForTargets(count: number, timeoutMs?: number): Promise<number>;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function startPrometheus(opts: PrometheusOptions = {}): Promise<RunningPrometheus> {
  if (!prometheusInstalled()) throw new Error(`${PROMETHEUS_BIN} not found: install the Debian package "prometheus" (.ci/run does)`);
  const dir = mkdtempSync(join(tmpdir(), 'cd4ml-prom-'));
  const interval = `${Math.round((opts.scrapeIntervalSeconds ?? 1) * 1000)}ms`;
  const job: Record<string, unknown> = { job_name: 'cd4ml', scrape_interval: interval, scrape_timeout: interval, metrics_path: opts.metricsPath ?? '/metrics' };
  if (opts.targets?.length) job.static_configs = [{ targets: opts.targets }];
  if (opts.fileSd?.length) job.file_sd_configs = [{ files: opts.fileSd, refresh_interval: '1s' }];
  const config = { global: { scrape_interval: interval, evaluation_interval: interval }, scrape_configs: [job] };
  // JSON is valid YAML.
  writeFileSync(join(dir, 'prometheus.yml'), JSON.stringify(config, null, 2));
  const port = await freePort();
  const child: ChildProcess = spawn(
    PROMETHEUS_BIN,
    [`--config.file=${join(dir, 'prometheus.yml')}`, `--storage.tsdb.path=${join(dir, 'data')}`, `--web.listen-address=127.0.0.1:${port}`, '--web.enable-lifecycle', '--log.level=warn'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let logs = '';
  child.stdout!.on('data', (d) => (logs += d));
  child.stderr!.on('data', (d) => (logs += d));
  let exited = false;
  const exit = new Promise<void>((r) => child.on('exit', () => ((exited = true), r())));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (exited) throw new Error(`prometheus exited during start:\n${logs}`);
    try {
      const r = await fetch(`${url}/-/ready`);
      if (r.ok) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`prometheus not ready after 20 s:\n${logs}`);
    }
    await sleep(100);
  }
  const query = async (promql: string) => {
    const r = await fetch(`${url}/api/v1/query?query=${encodeURIComponent(promql)}`);
    return (await r.json()) as { status: string; data: { resultType: string; result: unknown[] } };
  };
  return {
    url,
    port,
    logs: () => logs,
    query,
    async waitForTargets(count, timeoutMs = 15_000) {
      const end = Date.now() + timeoutMs;
      let up = 0;
      while (Date.now() < end) {
        const q = await query('sum(up)');
        const v = q.data.result[0] as { value: [number, string] } | undefined;
        up = v ? Number(v.value[1]) : 0;
        if (up >= count) return up;
        await sleep(250);
      }
      return up;
    },
    async stop() {
      if (!exited) child.kill('SIGTERM');
      const t = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exit;
      clearTimeout(t);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
