/**
 * evaluate-gate with `baseline: mlflow:models:/<name>@<alias>` (or `/<version>`): the baseline is
 * the registry's version, downloaded and verified, then compared exactly like a bundle folder.
 * Every outcome is a BaselineSource (never a crash), like the GitHub production lookup: no alias
 * yet = first model; an unreachable server, refused credentials, a missing model or version, or a
 * bundle failing verification = unavailable (on-baseline-missing decides), with the reason.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { errorMessage } from '../errors.js';
import type { BaselineSource } from '../gate/run.js';
import type { MlflowClient } from './client.js';
import { downloadVersionBundle, resolveModelVersion } from './registry.js';
import { formatModelRef, parseModelRef } from './uri.js';

export interface MlflowBaseline {
  source: BaselineSource;
  /** The baseline's training run in the MLflow UI, when found. */
  runUrl?: string;
  version?: string;
}

/** Resolve `mlflow:models:/…` into a verified bundle folder under `destRoot` (a cd4ml-owned temp folder). */
export async function resolveMlflowBaseline(client: MlflowClient | undefined, reference: string, destRoot: string, optionLabel: string): Promise<MlflowBaseline> {
  const ref = parseModelRef(reference, optionLabel);
  const text = formatModelRef(ref);
  if (!client) {
    return { source: { kind: 'unavailable', label: text, message: `${optionLabel} is ${reference} but no MLflow tracking server is configured: set tracking-uri (flag/input, mlflow.tracking-uri in cd4ml.yml) or MLFLOW_TRACKING_URI` } };
  }
  try {
    const found = await resolveModelVersion(client, ref);
    if (found.kind === 'no-alias') return { source: { kind: 'none', message: found.message } };
    const mv = found.version;
    const dest = join(destRoot, `${ref.name.replace(/[^A-Za-z0-9._-]/g, '_')}-v${mv.version}`);
    const got = await downloadVersionBundle(client, mv, dest);
    let runUrl: string | undefined;
    if (mv.run_id) {
      try {
        const lineage = JSON.parse(await readFile(join(got.dir, 'lineage.json'), 'utf8')) as { mlflow?: { 'run-url'?: string } };
        runUrl = lineage.mlflow?.['run-url'];
      } catch {
        /* lineage is verified above; a missing mlflow entry just means no link */
      }
      if (!runUrl) {
        const run = await client.getRun(mv.run_id);
        runUrl = client.runUrl(run.info.experiment_id, mv.run_id);
      }
    }
    return { source: { kind: 'dir', dir: got.dir, label: `${text} (version ${mv.version}${mv.run_id ? `, run ${mv.run_id}` : ''}) from ${client.trackingUri}` }, runUrl, version: mv.version };
  } catch (err) {
    return { source: { kind: 'unavailable', label: text, message: errorMessage(err) } };
  }
}

/** The MLflow run of a bundle, from its lineage.json `mlflow` entry (written by train). */
export async function bundleRunUrl(bundleDir: string): Promise<string | undefined> {
  try {
    const lineage = JSON.parse(await readFile(join(bundleDir, 'lineage.json'), 'utf8')) as { mlflow?: { 'run-url'?: string } };
    return lineage.mlflow?.['run-url'] ?? undefined;
  } catch {
    return undefined;
  }
}

/** One Markdown line for the PR comment: the MLflow run of each side. */
export function renderMlflowLinks(links: { candidate?: string; baseline?: string; baselineLabel?: string }): string {
  const parts: string[] = [];
  if (links.candidate) parts.push(`candidate: [training run](${links.candidate})`);
  if (links.baseline) parts.push(`${links.baselineLabel ?? 'baseline'}: [training run](${links.baseline})`);
  return parts.length ? `**MLflow** — ${parts.join(' · ')}\n` : '';
}
