/** OCI labels and annotations of a model image (org.opencontainers.image.* plus io.cd4ml.*). */
import { UsageError } from '../errors.js';

export interface LabelInputs {
  /** Repository URL, e.g. https://github.com/octo-org/churn-model. */
  source?: string;
  /** Commit the image was built from: the PR head SHA on pull requests, not the merge SHA. */
  revision?: string;
  created: string;
  version?: string;
  title?: string;
  modelDigest: string;
  modelTask?: string;
  /** Headline metrics, e.g. { f1: 0.91 }. */
  metrics?: Record<string, number>;
  extra?: Record<string, string>;
}

export function computeLabels(i: LabelInputs): Record<string, string> {
  const labels: Record<string, string> = { 'org.opencontainers.image.created': i.created, 'io.cd4ml.model.digest': i.modelDigest };
  if (i.source) labels['org.opencontainers.image.source'] = i.source;
  if (i.revision) labels['org.opencontainers.image.revision'] = i.revision;
  if (i.version) labels['org.opencontainers.image.version'] = i.version;
  if (i.title) labels['org.opencontainers.image.title'] = i.title;
  if (i.modelTask) labels['io.cd4ml.model.task'] = i.modelTask;
  for (const [k, v] of Object.entries(i.metrics ?? {}).sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (Number.isFinite(v)) labels[`io.cd4ml.model.metric.${k.toLowerCase().replace(/[^a-z0-9_.-]/g, '_')}`] = String(v);
  }
  return { ...labels, ...(i.extra ?? {}) };
}

/** The revision to record: on pull_request events the PR head SHA (GITHUB_SHA is the merge commit). */
export function revisionFromEvent(eventName: string | undefined, event: unknown, sha: string | undefined): string | undefined {
  if (eventName === 'pull_request' || eventName === 'pull_request_target') {
    const head = (event as { pull_request?: { head?: { sha?: unknown } } } | undefined)?.pull_request?.head?.sha;
    if (typeof head === 'string' && head !== '') return head;
  }
  return sha;
}

/** `created` timestamp: fixed (SOURCE_DATE_EPOCH, else the Unix epoch) unless asked for "now" or a given time. */
export function resolveCreated(spec: string | undefined, sourceDateEpoch: string | undefined, now: () => Date): { created: string; mtime: number } {
  if (spec === 'now') {
    const d = now();
    return { created: d.toISOString().replace(/\.\d{3}Z$/, 'Z'), mtime: Math.floor(d.getTime() / 1000) };
  }
  if (spec && spec !== 'fixed') {
    const t = Date.parse(spec);
    if (!Number.isFinite(t)) throw new UsageError(`created "${spec}" is not "fixed", "now" or an ISO 8601 time`);
    return { created: new Date(t).toISOString().replace(/\.\d{3}Z$/, 'Z'), mtime: Math.floor(t / 1000) };
  }
  const epoch = sourceDateEpoch && /^\d+$/.test(sourceDateEpoch) ? Number(sourceDateEpoch) : 0;
  return { created: new Date(epoch * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z'), mtime: epoch };
}
