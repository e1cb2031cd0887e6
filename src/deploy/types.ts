/**
 * The deploy core's vocabulary: what a provider (local, cloud-run, kubernetes) must do, what a
 * metrics reader returns, and what a rollout reports. Everything here is plain data; the
 * controller (./controller.ts) drives a provider and a metrics reader through these interfaces
 * with an injected clock, so the whole rollout logic runs under test without servers.
 */

/** What is being deployed: an OCI image reference or a model bundle folder. */
export type Artifact = { kind: 'image'; ref: string } | { kind: 'bundle'; dir: string };

/** One deployed version of the service. */
export interface Revision {
  /** Provider-side name (local: "r-<time>", Cloud Run: the revision name, Kubernetes: the Deployment). */
  id: string;
  /** Image reference or bundle folder it runs. */
  artifact: string;
  /** Image digest when known (sha256:…). */
  digest?: string;
}

/** Traffic split as read back from the provider. Percentages are integers 0–100. */
export interface Traffic {
  stable?: string;
  canary?: string;
  stablePercent: number;
  canaryPercent: number;
}

export interface Health {
  ok: boolean;
  detail: string;
  /** The revision cannot become healthy by waiting (process exited, revision failed, pod crash-looping). */
  fatal?: boolean;
}

/** A deployment target behind one interface. Implementations: local, cloud-run, kubernetes. */
export interface DeployProvider {
  readonly name: string;
  /** The revision serving production now, or undefined when nothing is deployed yet. */
  current(): Promise<Revision | undefined>;
  /** Start the new revision beside the stable one, receiving no traffic. */
  launch(artifact: Artifact): Promise<Revision>;
  /** Health and readiness of one revision. */
  health(rev: Revision): Promise<Health>;
  /** Send `canaryPercent` of the traffic to the canary, the rest to stable. */
  setTraffic(stable: Revision, canary: Revision, canaryPercent: number): Promise<void>;
  /** Read the provider's traffic state back (what it really does, not what was asked). */
  readTraffic(): Promise<Traffic>;
  /**
   * Make `canary` the stable revision with 100% of the traffic and retire `stable` (when any),
   * letting its in-flight requests finish. Used for a first deployment too (stable undefined).
   */
  promote(canary: Revision, stable: Revision | undefined): Promise<void>;
  /** Move 100% back to `stable` and retire `canary`. */
  rollback(stable: Revision, canary: Revision): Promise<void>;
  /** Remove a revision that never received traffic (first deployment that failed its checks). */
  discard(rev: Revision): Promise<void>;
  /** The public URL of the service. */
  url(): string;
  /** POST a JSON body to `path` on this revision only, bypassing the traffic split (the smoke test). */
  post(rev: Revision, path: string, body: string): Promise<{ status: number; body: string }>;
  /** Does the public URL answer now (read at the end of every rollout)? Providers that cannot tell omit it. */
  serving?(): Promise<Health>;
}

/** Request counts and latency of one revision over an analysis window. */
export interface RevisionSample {
  requests: number;
  /** 5xx answers and connection failures. */
  errors: number;
  /** 99th percentile latency in milliseconds; undefined without requests. */
  p99Ms?: number;
}

/** What a metrics reader measured over one window. */
export interface MetricsSample {
  canary: RevisionSample;
  stable?: RevisionSample;
  /** Set when the metrics source could not answer (e.g. Prometheus down): the analysis is inconclusive. */
  unavailable?: string;
  /** How old the newest canary data point was when read (sources that arrive late: Cloud Monitoring). */
  newestSampleAgeMs?: number;
}

/** A user-defined check: a PromQL query whose value must be within [min, max]. */
export interface CustomQuery {
  name: string;
  /** PromQL; {{canary}}, {{stable}}, {{window}} and {{environment}} are substituted. */
  query: string;
  min?: number;
  max?: number;
}

export interface MetricsReader {
  /** Sample both revisions over the last `windowMs`. Never throws: failures set `unavailable`. */
  sample(canary: Revision, stable: Revision | undefined, windowMs: number): Promise<MetricsSample>;
  /** Evaluate a custom PromQL query; undefined when it returns no value ("no values found"). */
  query?(promql: string): Promise<number | undefined>;
  /** Called once the canary is launched, before the first step (e.g. a baseline scrape). */
  begin?(): Promise<void>;
  readonly source: string;
}

export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export interface Thresholds {
  /** Analyses with fewer canary requests than this are inconclusive. */
  minRequests: number;
  /** Highest canary 5xx share, 0–1. */
  maxErrorRate: number;
  /** Highest canary p99 latency in ms. */
  maxP99Ms: number;
  /** Canary error rate may exceed stable's by at most this (absolute share, 0–1). */
  maxErrorRateIncrease: number;
  /** Canary p99 may exceed stable's by at most this ratio (0.5 = 50% slower). */
  maxLatencyIncrease: number;
}

export type CheckStatus = 'pass' | 'fail' | 'inconclusive';

export interface CheckResult {
  name: string;
  status: CheckStatus;
  value?: number;
  threshold?: string;
  detail: string;
}

export interface Analysis {
  at: number;
  step: number;
  weight: number;
  verdict: CheckStatus;
  checks: CheckResult[];
  sample: MetricsSample;
}

export type RolloutResult = 'promoted' | 'rolled-back' | 'aborted' | 'cancelled';

export interface RolloutEvent {
  at: number;
  message: string;
}

export interface RolloutReport {
  result: RolloutResult;
  /** first-deploy: nothing was in production; canary: progressive rollout against a stable revision. */
  mode: 'first-deploy' | 'canary';
  reason: string;
  environment: string;
  provider: string;
  url: string;
  stable?: Revision;
  canary: Revision;
  /** Traffic as read back from the provider at the end. */
  finalWeights: Traffic;
  /** Whether the end state read back from the provider matches what the controller set. */
  verified: boolean;
  analyses: Analysis[];
  events: RolloutEvent[];
  startedAt: number;
  endedAt: number;
  /** When the first failing analysis was seen and when 100% on stable was verified (rollbacks). */
  firstFailureAt?: number;
  stableRestoredAt?: number;
  metricsSource: string;
  /** The smoke test of the new revision before any traffic (holdout rows, parity with the bundle). */
  smoke?: { ok: boolean; detail: string; rows: number };
  /** The recorded stable revision, when it was found not serving (the rollout then replaces it). */
  deadStable?: Revision;
  /** Whether the public URL answered at the end (providers that can tell). */
  serving?: Health;
}
