/**
 * One `deploy`: pick the provider and the metrics source, take the environment's lock (GitHub
 * deployment record and, for local, a lock file), replay `--load` during the rollout, run the
 * controller, record the outcome. Called by the CLI and by the deploy-canary action.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../errors.js';
import { runRollout } from './controller.js';
import { DirectReader, PROXY_QUERIES, PrometheusReader, SERVE_QUERIES } from './metrics.js';
import { finishRecord, startRecord, type DeploymentPayload, type RecordContext } from './record.js';
import type { DeploySettings } from './settings.js';
import type { Clock, DeployProvider, MetricsReader, MetricsSample, Revision, RolloutReport } from './types.js';
import type { LocalRuntime } from './local/provider.js';
import type { LoadStats } from './load.js';
import type { GitHubPort } from '../github/port.js';

export const systemClock: Clock = { now: () => Date.now(), sleep: (ms) => new Promise((r) => setTimeout(r, ms)) };

export interface DeployContext {
  /** Project folder (local state lives in <root>/.cd4ml/). */
  root: string;
  log: (m: string) => void;
  localRuntime: LocalRuntime;
  clock?: Clock;
  /** Production record on GitHub (actions; the CLI when a token is given). */
  github?: { port: GitHubPort; sha: string; runId?: string; runUrl?: string; bundleArtifact?: string; imageDigest?: string };
  /** A ready provider (cloud-run / kubernetes adapters build theirs; tests inject). */
  provider?: DeployProvider;
  /** Aborted on SIGINT/SIGTERM by the adapter: the rollout returns all traffic to stable and reports "cancelled". */
  signal?: AbortSignal;
  /** A ready metrics reader (metrics-source cloud-monitoring: the adapter builds it with the runner's credentials). */
  metrics?: MetricsReader;
}

export interface DeployOutcome {
  report?: RolloutReport;
  /** True when this exact deployment had already succeeded: nothing was done. */
  noop: boolean;
  deploymentId?: number;
  load?: LoadStats;
  url: string;
}

/** A metrics reader whose target is known only once the provider is up (the local proxy's /metrics). */
class LazyDirectReader implements MetricsReader {
  private inner: DirectReader | undefined;
  constructor(private readonly urlOf: () => string) {}
  get source() {
    return this.inner?.source ?? 'direct /metrics of the local proxy';
  }
  async begin() {
    this.inner = new DirectReader(this.urlOf());
    await this.inner.begin();
  }
  async sample(c: Revision, s: Revision | undefined, w: number): Promise<MetricsSample> {
    if (!this.inner) await this.begin();
    return this.inner!.sample(c, s, w);
  }
}

function payloadOf(s: DeploySettings, ctx: DeployContext): DeploymentPayload {
  const p: DeploymentPayload = { kind: 'cd4ml-deploy' };
  if (s.artifact.kind === 'image') {
    p.image = s.artifact.ref;
    const at = s.artifact.ref.indexOf('@sha256:');
    p.imageDigest = ctx.github?.imageDigest ?? (at >= 0 ? s.artifact.ref.slice(at + 1) : undefined);
  }
  // The bundle deployed, or the one the image was built from: its metrics go into the record.
  const bundleDir = s.artifact.kind === 'bundle' ? s.artifact.dir : s.bundle;
  if (bundleDir !== undefined) {
    p.bundle = bundleDir;
    const metricsFile = join(bundleDir, 'metrics.json');
    if (existsSync(metricsFile)) {
      try {
        p.metrics = JSON.parse(readFileSync(metricsFile, 'utf8')) as Record<string, unknown>;
      } catch {
        /* not JSON: leave it out of the record */
      }
    }
  }
  // A bundle deploy may still name the image it was built into (input "image-digest").
  if (!p.imageDigest && ctx.github?.imageDigest) p.imageDigest = ctx.github.imageDigest;
  if (ctx.github?.bundleArtifact) p.bundleArtifact = ctx.github.bundleArtifact;
  if (ctx.github?.runId) p.runId = ctx.github.runId;
  if (ctx.github?.runUrl) p.runUrl = ctx.github.runUrl;
  return p;
}

export async function deploy(s: DeploySettings, ctx: DeployContext): Promise<DeployOutcome> {
  const bundleDir = s.artifact.kind === 'bundle' ? s.artifact.dir : s.bundle;
  if (bundleDir !== undefined && !existsSync(bundleDir)) {
    throw new UsageError(`bundle folder "${bundleDir}" does not exist; train one with "cd4ml train --out DIR"${s.artifact.kind === 'bundle' ? ' or pass --image' : ''}`);
  }
  if (s.load && !existsSync(s.load.file)) throw new UsageError(`--load file "${s.load.file}" does not exist`);
  const clock = ctx.clock ?? systemClock;
  // Before anything is launched: the bundle's files must match its manifest (a bundle changed
  // after training would only fail later, on the canary), and the smoke test is planned from it.
  let smokePlan: import('./smoke.js').SmokePlan | undefined;
  if (bundleDir !== undefined) {
    const { planSmoke } = await import('./smoke.js');
    smokePlan = await planSmoke(bundleDir);
  } else ctx.log(`no --bundle given with the image: the smoke test cannot compare predictions; pass --bundle DIR (the bundle the image was built from) to check training–serving parity`);

  let record: RecordContext | undefined;
  let deploymentId: number | undefined;
  if (ctx.github) {
    record = { github: ctx.github.port, sha: ctx.github.sha, payload: payloadOf(s, ctx), logUrl: ctx.github.runUrl, log: ctx.log };
    const started = await startRecord(record, s.environment);
    if (started.kind === 'noop') {
      ctx.log(`deployment ${started.deployment.id} of ${ctx.github.sha.slice(0, 7)} with this artifact already succeeded in "${s.environment}": nothing to do`);
      return { noop: true, deploymentId: started.deployment.id, url: '' };
    }
    deploymentId = started.deployment.id;
    ctx.log(`GitHub deployment ${deploymentId} in "${s.environment}": in_progress`);
  }

  let local: import('./local/provider.js').LocalProvider | undefined;
  let stopLoad: (() => Promise<LoadStats>) | undefined;
  try {
    let provider: DeployProvider | undefined = ctx.provider;
    if (!provider) {
      if (s.provider !== 'local') throw new UsageError(`the ${s.provider} provider needs its client configuration (the adapter builds it)`);
      const { LocalProvider } = await import('./local/provider.js');
      const candidate = new LocalProvider({ root: ctx.root, environment: s.environment, runtime: ctx.localRuntime, port: s.port, log: ctx.log, now: () => clock.now() });
      candidate.lock(); // throws while another rollout holds it — and then its lock must stay
      local = candidate;
      provider = local;
    }
    let prometheusUrl = s.prometheusUrl;
    // Local without --prometheus-url: a Prometheus of its own when installed (scraping 4x per interval).
    if (!prometheusUrl && local) prometheusUrl = await local.ensurePrometheus(Math.min(5000, s.rollout.intervalMs / 4));
    const metrics: MetricsReader | undefined = ctx.metrics ? ctx.metrics : prometheusUrl ? new PrometheusReader(prometheusUrl, local ? PROXY_QUERIES : SERVE_QUERIES) : local ? new LazyDirectReader(() => local!.metricsUrl()) : undefined;
    if (!metrics) throw new UsageError(`the ${s.provider} provider needs --prometheus-url`);

    let warmUp: ((c: Revision) => Promise<string>) | undefined;
    if (s.load) {
      const found = await provider.current();
      const stableHealth = found ? await provider.health(found).catch((e: unknown) => ({ ok: false, detail: (e as Error).message })) : undefined;
      const stable = stableHealth?.ok ? found : undefined;
      if (found && !stable) ctx.log(`no load replayed: the stable revision ${found.id} does not answer (${stableHealth!.detail})`);
      if (stable) {
        if (local) await local.ensureProxy();
        const { loadBodies, preflightLoad, rowTyperOf, startLoad } = await import('./load.js');
        // Rows typed from the deployed bundle's schema.yml, as /predict takes them.
        const typer = bundleDir !== undefined ? await rowTyperOf(bundleDir) : undefined;
        const loaded = await loadBodies(s.load.file, { typer });
        const { bodies } = loaded;
        if (loaded.skippedRows > 0) ctx.log(`--load ${s.load.file}: ${loaded.skippedRows} of ${loaded.rows} rows do not match the model's input types and are not replayed (first: ${loaded.firstProblem})`);
        // Before any traffic moves: the stable must take these rows, or the analysis would judge a canary that scored nothing.
        const stableUrl = (local && local.revisionUrl(stable.id)) || provider.url();
        await preflightLoad(stableUrl, s.load.path, bodies, s.load.file, `the stable revision ${stable.id}`);
        const load = startLoad({ url: provider.url(), path: s.load.path, bodies, rate: s.load.rate });
        stopLoad = () => load.stop();
        const path = s.load.path;
        if (local) {
          warmUp = async (c) => {
            const url = local!.revisionUrl(c.id);
            if (!url) return 'skipped (no direct address)';
            const n = Math.min(50, bodies.length);
            // Straight to the canary (not through the proxy, not in the analysed metrics).
            const w = startLoad({ url, path, bodies: bodies.slice(0, n), rate: 200 });
            await new Promise((r) => setTimeout(r, Math.ceil((n / 200) * 1000) + 50));
            const st = await w.stop();
            return `${st.sent} rows sent to ${c.id} directly, ${st.failed} failed`;
          };
        }
        ctx.log(`replaying ${bodies.length} rows of ${s.load.file} at ${s.load.rate}/s against ${provider.url()}${s.load.path} (the stable answered the first rows 200)`);
      } else if (!found) ctx.log('first deployment: no load replayed (nothing serves yet)');
    }

    const smoke = smokePlan ? async (rev: Revision) => (await import('./smoke.js')).runSmoke(provider!, rev, smokePlan!) : undefined;
    const report = await runRollout(s.artifact, { provider, metrics, clock, log: ctx.log, warmUp, smoke, signal: ctx.signal }, s.rollout);
    const loadStats = stopLoad ? await stopLoad() : undefined;
    stopLoad = undefined;
    if (local && report.result === 'promoted' && bundleDir !== undefined) {
      // The local production record: the gate's `--baseline production` reads this entry.
      const { registerBundle, registryEntryLabel } = await import('../model/registry.js');
      const reg = await registerBundle(ctx.root, s.environment, bundleDir);
      ctx.log(`registered the promoted bundle (${reg.digest.slice(0, 19)}) as the "${s.environment}" model in ${registryEntryLabel(s.environment)}`);
    }
    if (record && deploymentId !== undefined) await finishRecord(record, deploymentId, report);
    return { report, noop: false, deploymentId, load: loadStats, url: report.url };
  } catch (e) {
    if (record && deploymentId !== undefined) await finishRecord(record, deploymentId, { error: (e as Error).message }).catch(() => undefined);
    throw e;
  } finally {
    if (stopLoad) await stopLoad().catch(() => undefined);
    local?.unlock();
  }
}
