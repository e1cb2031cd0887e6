/** Test doubles for the rollout controller: a virtual clock, a scripted provider and metrics. */
import type { Artifact, Clock, DeployProvider, Health, MetricsReader, MetricsSample, Revision, Traffic } from '../../../src/deploy/types.js';

export class FakeClock implements Clock {
  t = 1_000_000;
  now(): number {
    return this.t;
  }
  async sleep(ms: number): Promise<void> {
    this.t += ms;
  }
}

/** A provider that records calls; `stable` undefined = empty environment. */
export class FakeProvider implements DeployProvider {
  readonly name = 'fake';
  calls: string[] = [];
  traffic: Traffic;
  healthy: (rev: Revision, now: number) => boolean = () => true;
  /** When set, setTraffic/rollback are ignored this many times (a stuck control plane). */
  ignoreWrites = 0;
  constructor(
    public stable: Revision | undefined,
    readonly clock: FakeClock,
  ) {
    this.traffic = stable ? { stable: stable.id, stablePercent: 100, canaryPercent: 0 } : { stablePercent: 0, canaryPercent: 0 };
  }
  async current() {
    return this.stable;
  }
  async launch(a: Artifact): Promise<Revision> {
    this.calls.push('launch');
    return { id: 'canary-1', artifact: a.kind === 'image' ? a.ref : a.dir };
  }
  async health(rev: Revision): Promise<Health> {
    const ok = this.healthy(rev, this.clock.now());
    return { ok, detail: ok ? 'ready' : 'connection refused' };
  }
  async setTraffic(stable: Revision, canary: Revision, p: number) {
    this.calls.push(`traffic ${p}`);
    if (this.ignoreWrites > 0) {
      this.ignoreWrites--;
      return;
    }
    this.traffic = { stable: stable.id, canary: canary.id, stablePercent: 100 - p, canaryPercent: p };
  }
  async readTraffic() {
    return { ...this.traffic };
  }
  async promote(canary: Revision) {
    this.calls.push('promote');
    this.traffic = { stable: canary.id, stablePercent: 100, canaryPercent: 0 };
    this.stable = canary;
  }
  async rollback(stable: Revision, _canary?: Revision) {
    this.calls.push('rollback');
    if (this.ignoreWrites > 0) {
      this.ignoreWrites--;
      return;
    }
    this.traffic = { stable: stable.id, stablePercent: 100, canaryPercent: 0 };
  }
  async discard() {
    this.calls.push('discard');
  }
  url() {
    return 'http://127.0.0.1:1';
  }
  /** What a revision answers on POST (the smoke test); default 200 with no predictions checked by the fakes. */
  answer: (rev: Revision, path: string, body: string) => { status: number; body: string } = () => ({ status: 200, body: '{"predictions":[]}' });
  posts: string[] = [];
  async post(rev: Revision, path: string, body: string) {
    this.posts.push(`${rev.id} ${path}`);
    return this.answer(rev, path, body);
  }
}

/** Metrics from a script: f(now, canary weight) gives the sample for the window ending now. */
export class ScriptedMetrics implements MetricsReader {
  readonly source = 'scripted';
  queries: string[] = [];
  constructor(
    readonly clock: FakeClock,
    readonly provider: FakeProvider,
    readonly script: (now: number, weight: number) => MetricsSample,
    readonly queryValue?: (promql: string) => number | undefined,
  ) {}
  async sample(): Promise<MetricsSample> {
    return this.script(this.clock.now(), this.provider.traffic.canaryPercent);
  }
  get query() {
    const f = this.queryValue;
    if (!f) return undefined;
    return async (promql: string) => {
      this.queries.push(promql);
      return f(promql);
    };
  }
}

export const healthy = (requests: number, p99 = 20): MetricsSample => ({
  canary: { requests, errors: 0, p99Ms: p99 },
  stable: { requests: requests * 3, errors: 0, p99Ms: p99 },
});
