/**
 * Resolve the deploy settings from cd4ml.yml's `deploy:` section and the CLI flags / action
 * inputs (same kebab-case names; flags and inputs win). Strings from flags and inputs are parsed
 * strictly; `label(name)` says how the caller names an option in messages ("--bake" or
 * 'input "bake"').
 */
import { UsageError } from '../errors.js';
import { parseDuration, parseEnum, parseList, parseNumber } from '../config/parse.js';
import type { DeploySection } from '../config/sections/deploy.js';
import { checkSteps, DEFAULT_STEPS, type RolloutOptions } from './controller.js';
import type { Artifact, CustomQuery } from './types.js';

export type ProviderName = 'local' | 'cloud-run' | 'kubernetes';
export const PROVIDERS: readonly ProviderName[] = ['local', 'cloud-run', 'kubernetes'];
/** Where canary metrics come from; unset for local = its own Prometheus when installed, else the proxy's /metrics. */
export type MetricsSourceName = 'prometheus' | 'cloud-monitoring';
export const METRICS_SOURCES: readonly MetricsSourceName[] = ['prometheus', 'cloud-monitoring'];

export interface DeploySettings {
  artifact: Artifact;
  /** With an image: the bundle it was built from (smoke test parity, load typing, the local record). */
  bundle?: string;
  provider: ProviderName;
  environment: string;
  rollout: RolloutOptions;
  load?: { file: string; rate: number; path: string };
  prometheusUrl?: string;
  metricsSource?: MetricsSourceName;
  /** Base URLs of the Google APIs (default https://monitoring.googleapis.com, https://run.googleapis.com). */
  monitoringEndpoint?: string;
  cloudRunEndpoint?: string;
  port?: number;
  containerPort: number;
  project?: string;
  region?: string;
  service?: string;
  namespace?: string;
  route?: string;
}

/** String overrides from flags or inputs (undefined = not given). */
export type DeployOverrides = Partial<Record<keyof DeploySection, string>>;

export const DEPLOY_DEFAULTS = {
  environment: 'production',
  steps: DEFAULT_STEPS,
  bakeMs: 60_000,
  intervalMs: 10_000,
  minRequests: 20,
  failureLimit: 0,
  maxErrorRate: 0.01,
  maxP99Ms: 500,
  maxErrorRateIncrease: 0.01,
  maxLatencyIncrease: 0.5,
  readyTimeoutMs: 60_000,
  loadRate: 20,
  containerPort: 8080,
};

/**
 * Timing defaults with metrics-source cloud-monitoring: Cloud Run samples its metrics each minute
 * and they appear up to 3 minutes later, so an analysis a minute (no sooner than new points can
 * arrive) and 5 minutes a step (the first fresh points of a step are visible after ~3).
 */
export const CLOUD_MONITORING_DEFAULTS = { bakeMs: 300_000, intervalMs: 60_000 };

export function resolveDeploySettings(section: DeploySection | undefined, o: DeployOverrides, label: (name: string) => string): DeploySettings {
  const c = section ?? {};
  const str = (k: keyof DeploySection): string | undefined => o[k] ?? (typeof c[k] === 'string' ? (c[k] as string) : undefined);
  const num = (k: keyof DeploySection, range: Parameters<typeof parseNumber>[2]): number | undefined => {
    if (o[k] !== undefined) return parseNumber(label(k), o[k]!, range);
    const v = c[k];
    return typeof v === 'number' ? v : undefined;
  };
  const dur = (k: keyof DeploySection): number | undefined => {
    if (o[k] !== undefined) return parseDuration(label(k), o[k]!);
    const v = c[k];
    if (typeof v === 'number') return v * 1000;
    if (typeof v === 'string') return parseDuration(`deploy.${k} in cd4ml.yml`, v);
    return undefined;
  };

  const image = str('image');
  const bundle = str('bundle');
  if (!image && !bundle) throw new UsageError(`nothing to deploy: give ${label('image')} (an image reference) or ${label('bundle')} (a model bundle folder)`);
  const artifact: Artifact = image ? { kind: 'image', ref: image } : { kind: 'bundle', dir: bundle! };

  const provider = o.provider !== undefined ? parseEnum(label('provider'), o.provider, PROVIDERS) : (c.provider ?? 'local');
  const environment = str('environment') ?? DEPLOY_DEFAULTS.environment;
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/.test(environment)) throw new UsageError(`${label('environment')} must be letters, digits, ".", "_" or "-", got "${environment}"`);

  let steps = DEPLOY_DEFAULTS.steps;
  const rawSteps = o.steps ?? c.steps;
  if (typeof rawSteps === 'string') steps = parseList(rawSteps).map((s) => parseNumber(`${label('steps')} weight`, s, { min: 1, max: 100, integer: true }));
  else if (Array.isArray(rawSteps)) steps = rawSteps;
  const stepsProblem = checkSteps(steps);
  if (stepsProblem) throw new UsageError(`${label('steps')}: ${stepsProblem}; e.g. "5,25,50,100"`);

  const prometheusUrl = str('prometheus-url');
  const givenSource = o['metrics-source'] !== undefined ? parseEnum(label('metrics-source'), o['metrics-source'], METRICS_SOURCES) : c['metrics-source'];
  // cloud-run without a Prometheus: Cloud Run's own metrics in Cloud Monitoring.
  const metricsSource: MetricsSourceName | undefined = givenSource ?? (prometheusUrl ? 'prometheus' : provider === 'cloud-run' ? 'cloud-monitoring' : undefined);
  const timing = metricsSource === 'cloud-monitoring' ? CLOUD_MONITORING_DEFAULTS : DEPLOY_DEFAULTS;
  const bakeMs = dur('bake') ?? timing.bakeMs;
  const intervalMs = dur('interval') ?? Math.min(timing.intervalMs, bakeMs);
  if (intervalMs < 1000) throw new UsageError(`${label('interval')} must be at least 1s (the analysis window), got ${intervalMs} ms`);
  if (intervalMs > bakeMs) throw new UsageError(`${label('interval')} (${intervalMs / 1000}s) must not exceed ${label('bake')} (${bakeMs / 1000}s): each step needs at least one analysis`);
  const maxBakeMs = dur('max-bake') ?? bakeMs * 3;
  if (maxBakeMs < bakeMs) throw new UsageError(`${label('max-bake')} (${maxBakeMs / 1000}s) must be at least ${label('bake')} (${bakeMs / 1000}s)`);

  const queries: CustomQuery[] = (c.queries ?? []).map((q) => ({ name: q.name, query: q.query, min: q.min, max: q.max }));

  const loadFile = str('load');
  const loadRate = num('load-rate', { min: 0.1, max: 10_000 }) ?? DEPLOY_DEFAULTS.loadRate;
  const settings: DeploySettings = {
    artifact,
    ...(image && bundle ? { bundle } : {}),
    provider,
    environment,
    rollout: {
      environment,
      steps,
      bakeMs,
      intervalMs,
      maxBakeMs,
      failureLimit: num('failure-limit', { min: 0, max: 100, integer: true }) ?? DEPLOY_DEFAULTS.failureLimit,
      thresholds: {
        minRequests: num('min-requests', { min: 0, max: 1e9, integer: true }) ?? DEPLOY_DEFAULTS.minRequests,
        maxErrorRate: num('max-error-rate', { min: 0, max: 1 }) ?? DEPLOY_DEFAULTS.maxErrorRate,
        maxP99Ms: dur('max-p99-latency') ?? DEPLOY_DEFAULTS.maxP99Ms,
        maxErrorRateIncrease: num('max-error-rate-increase', { min: 0, max: 1 }) ?? DEPLOY_DEFAULTS.maxErrorRateIncrease,
        maxLatencyIncrease: num('max-latency-increase', { min: 0, max: 100 }) ?? DEPLOY_DEFAULTS.maxLatencyIncrease,
      },
      queries,
      readyTimeoutMs: dur('ready-timeout') ?? DEPLOY_DEFAULTS.readyTimeoutMs,
    },
    load: loadFile ? { file: loadFile, rate: loadRate, path: str('load-path') ?? '/predict' } : undefined,
    prometheusUrl,
    metricsSource,
    monitoringEndpoint: str('monitoring-endpoint'),
    cloudRunEndpoint: str('cloud-run-endpoint'),
    port: num('port', { min: 0, max: 65535, integer: true }),
    containerPort: num('container-port', { min: 1, max: 65535, integer: true }) ?? DEPLOY_DEFAULTS.containerPort,
    project: str('project'),
    region: str('region'),
    service: str('service'),
    namespace: str('namespace'),
    route: str('route'),
  };
  if (settings.prometheusUrl !== undefined && !/^https?:\/\/[^\s/]+/.test(settings.prometheusUrl)) {
    throw new UsageError(`${label('prometheus-url')} must be an http(s) URL such as http://127.0.0.1:9090, got "${settings.prometheusUrl}"`);
  }
  for (const k of ['monitoring-endpoint', 'cloud-run-endpoint'] as const) {
    const v = str(k);
    if (v !== undefined && !/^https?:\/\/[^\s/]+\/?$/.test(v)) throw new UsageError(`${label(k)} must be the API's base URL such as https://${k === 'cloud-run-endpoint' ? 'run' : 'monitoring'}.googleapis.com, got "${v}"`);
  }
  if (metricsSource === 'cloud-monitoring') {
    if (provider !== 'cloud-run') throw new UsageError(`${label('metrics-source')} cloud-monitoring reads Cloud Run's built-in metrics: use it with the cloud-run provider (the ${provider} provider reads Prometheus: give ${label('prometheus-url')})`);
    if (prometheusUrl) throw new UsageError(`give either ${label('prometheus-url')} or ${label('metrics-source')} cloud-monitoring, not both`);
  }
  if (metricsSource === 'prometheus' && !prometheusUrl) throw new UsageError(`${label('metrics-source')} prometheus needs ${label('prometheus-url')}`);
  if (provider === 'cloud-run') {
    for (const k of ['project', 'region', 'service'] as const) if (!settings[k]) throw new UsageError(`the cloud-run provider needs ${label(k)}`);
    if (artifact.kind !== 'image') throw new UsageError(`the cloud-run provider deploys images: give ${label('image')} (build one with cd4ml build-image)`);
  }
  if (provider === 'kubernetes') {
    for (const k of ['service', 'route'] as const) if (!settings[k]) throw new UsageError(`the kubernetes provider needs ${label(k)} (${k === 'route' ? 'the Gateway API HTTPRoute to split traffic on' : 'the base name of the Deployments and Services'})`);
    if (artifact.kind !== 'image') throw new UsageError(`the kubernetes provider deploys images: give ${label('image')} (build one with cd4ml build-image)`);
    settings.namespace ??= 'default';
  }
  if (provider === 'kubernetes' && !settings.prometheusUrl) {
    throw new UsageError(`the ${provider} provider reads canary metrics from Prometheus: give ${label('prometheus-url')}`);
  }
  return settings;
}
