/**
 * `--load FILE`: replay the rows of a data file against the service at a steady rate during the
 * rollout, so that local runs and smoke tests have traffic to analyse. Production rollouts use
 * real traffic and no load. Every request is counted by outcome and by the revision that served
 * it (the local proxy's x-cd4ml-revision header), so the numbers double as a zero-loss check.
 */
import { request, Agent } from 'node:http';
import { UsageError } from '../errors.js';

export interface LoadStats {
  sent: number;
  ok: number;
  failed: number;
  /** Requests not sent because `maxInFlight` were already waiting (the service is too slow). */
  skipped: number;
  byRevision: Record<string, { ok: number; failed: number }>;
  /** First failures (at most 50): status 0 = no answer. */
  failures: { at: number; status: number; revision: string; detail: string }[];
}

export interface LoadOptions {
  /** Base URL of the service, e.g. http://127.0.0.1:8080 */
  url: string;
  /** Path requests go to (default /predict). */
  path?: string;
  /** Request bodies, replayed round-robin. */
  bodies: string[];
  /** Requests per second. */
  rate: number;
  maxInFlight?: number;
  now?: () => number;
}

export interface RunningLoad {
  stats: LoadStats;
  /** Stop sending, wait for the requests in flight, return the counts. */
  stop(): Promise<LoadStats>;
}

/** One JSON body per row: {column: value, ...} — one record, as the serving runtime's POST /predict takes it. */
export function bodiesFromTable(columns: string[], rows: unknown[][], limit = 10_000): string[] {
  return rows.slice(0, limit).map((r) => JSON.stringify(Object.fromEntries(columns.map((c, i) => [c, r[i] ?? null]))));
}

/** Read a data file into request bodies (CSV, TSV, JSON Lines, JSON, Parquet), leaving out `drop` columns (e.g. the target). */
export async function loadBodies(file: string, drop: string[] = []): Promise<string[]> {
  const { readTable } = await import('../data/read.js');
  const t = await readTable(file);
  if (t.rows.length === 0) throw new UsageError(`--load ${file}: the file has no rows to replay`);
  const keep = t.columns.map((c, i) => [c, i] as const).filter(([c]) => !drop.includes(c));
  return bodiesFromTable(
    keep.map(([c]) => c),
    t.rows.map((r) => keep.map(([, i]) => r[i])),
  );
}

export function startLoad(opts: LoadOptions): RunningLoad {
  if (opts.bodies.length === 0) throw new UsageError('load: no request bodies');
  if (!(opts.rate > 0)) throw new UsageError(`load rate must be > 0 requests per second, got ${opts.rate}`);
  const now = opts.now ?? Date.now;
  const target = new URL(opts.path ?? '/predict', opts.url);
  const agent = new Agent({ keepAlive: true, maxSockets: opts.maxInFlight ?? 64 });
  const maxInFlight = opts.maxInFlight ?? 64;
  const stats: LoadStats = { sent: 0, ok: 0, failed: 0, skipped: 0, byRevision: {}, failures: [] };
  let inFlight = 0;
  let next = 0;
  const pending = new Set<Promise<void>>();

  const count = (revision: string, ok: boolean, status: number, detail: string) => {
    const r = (stats.byRevision[revision] ??= { ok: 0, failed: 0 });
    if (ok) {
      stats.ok++;
      r.ok++;
    } else {
      stats.failed++;
      r.failed++;
      if (stats.failures.length < 50) stats.failures.push({ at: now(), status, revision, detail });
    }
  };

  const fire = () => {
    if (inFlight >= maxInFlight) {
      stats.skipped++;
      return;
    }
    const body = opts.bodies[next++ % opts.bodies.length];
    inFlight++;
    stats.sent++;
    const p = new Promise<void>((resolveDone) => {
      const req = request(
        { host: target.hostname, port: target.port, path: target.pathname + target.search, method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            const status = res.statusCode ?? 0;
            const revision = String(res.headers['x-cd4ml-revision'] ?? 'unknown');
            count(revision, status < 500, status, status < 500 ? '' : Buffer.concat(chunks).toString('utf8').slice(0, 200));
            resolveDone();
          });
          res.on('error', (e) => {
            count(String(res.headers['x-cd4ml-revision'] ?? 'unknown'), false, 0, e.message);
            resolveDone();
          });
        },
      );
      req.on('error', (e: NodeJS.ErrnoException) => {
        count('unknown', false, 0, e.code ?? e.message);
        resolveDone();
      });
      req.setTimeout(30_000, () => req.destroy(new Error('timeout after 30 s')));
      req.end(body);
    }).finally(() => {
      inFlight--;
      pending.delete(p);
    });
    pending.add(p);
  };

  // Steady rate: a 10 ms tick sends however many requests are due, so any rate up to ~10k/s works.
  const start = now();
  let due = 0;
  const timer = setInterval(() => {
    const should = Math.floor(((now() - start) / 1000) * opts.rate);
    while (due < should) {
      due++;
      fire();
    }
  }, 10);

  return {
    stats,
    async stop() {
      clearInterval(timer);
      await Promise.all([...pending]);
      agent.destroy();
      return stats;
    },
  };
}
