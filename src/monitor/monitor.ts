/**
 * One monitoring run: resolve the production bundle, load its training reference, read the
 * production window, judge it (./evaluate.ts), and — when it drifted and GitHub is available —
 * open/update the drift issue and trigger retraining (./triggers.ts). Clock, GitHub port and
 * fetch are injected; the CLI and the action are thin adapters over this.
 */
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { UsageError } from '../errors.js';
import type { GitHubPort } from '../github/port.js';
import { resolveProductionBaseline, type DownloadArtifact } from '../gate/production.js';
import { readBundle } from '../model/bundle.js';
import { evaluateMonitor, type MonitorReport, type ProductionWindow } from './evaluate.js';
import { renderMonitorMarkdown } from './markdown.js';
import { loadReference } from './reference.js';
import type { MonitorSettings } from './settings.js';
import { readDataWindow, readPrometheusWindow, readSamplesWindow } from './sources.js';
import { applyTriggers, type TriggerResult } from './triggers.js';

export interface MonitorDeps {
  now: () => number;
  /** GitHub, for --environment (deployments) and the issue/dispatch actions. */
  github?: GitHubPort;
  /** Folder holding .cd4ml/local/<environment>/ (the CLI's local provider state). */
  localRoot?: string;
  /** Base folder for relative paths (default process working directory). */
  cwd?: string;
  fetchImpl?: typeof fetch;
  /** Link to this run (issue body, retrain comment). */
  runUrl?: string;
  /** Ref the workflow_dispatch runs on when retrain-ref is not set. */
  defaultRef?: string;
  log?: (line: string) => void;
  /** Download the bundle artifact a deployment names (the action: @actions/artifact across runs). */
  download?: DownloadArtifact;
}

export interface MonitorRun {
  report: MonitorReport;
  trigger?: TriggerResult;
  /** Why the GitHub actions did not run (no token in the CLI). */
  triggerSkipped?: string;
  markdown: string;
  bundleFrom: string;
}

/** Bundle folder of what runs in an environment: the local provider's state, else GitHub's newest successful deployment. */
export async function resolveProductionBundle(environment: string, deps: MonitorDeps): Promise<{ dir: string; from: string }> {
  const cwd = deps.cwd ?? process.cwd();
  if (deps.localRoot !== undefined) {
    const statePath = join(resolve(cwd, deps.localRoot), '.cd4ml', 'local', environment, 'state.json');
    if (existsSync(statePath)) {
      let state: { stable?: { artifact?: string } };
      try {
        state = JSON.parse(readFileSync(statePath, 'utf8')) as typeof state;
      } catch (err) {
        throw new UsageError(`${statePath} is not valid JSON (${(err as Error).message})`);
      }
      const artifact = state.stable?.artifact;
      if (!artifact) throw new UsageError(`no production deployment yet in environment "${environment}" (${statePath} has no stable revision); deploy with "cd4ml deploy" first — there is nothing to monitor`);
      if (!existsSync(join(artifact, 'manifest.json'))) {
        throw new UsageError(`environment "${environment}" runs ${artifact}, which is not a model bundle folder on this machine (an image?); pass --bundle DIR with the bundle it was built from`);
      }
      return { dir: artifact, from: `local deployment state ${statePath}` };
    }
  }
  if (!deps.github) {
    throw new UsageError(`no production deployment found for environment "${environment}": no local state under .cd4ml/local/${environment}/ and no GitHub access (set GITHUB_TOKEN and GITHUB_REPOSITORY); pass --bundle DIR instead`);
  }
  if (deps.download) {
    // The evaluate-gate lookup: newest successful deployment → its bundle artifact → download.
    const base = await resolveProductionBaseline(deps.github, environment, deps.download);
    if (base.kind === 'dir') return { dir: base.dir, from: base.label };
    if (base.kind === 'none') throw new UsageError(`no production deployment yet: ${base.message} — there is nothing to monitor; deploy with deploy-canary first`);
    throw new UsageError(`the production model cannot be loaded: ${base.message}`);
  }
  const d = await deps.github.findLatestSuccessfulDeployment(environment);
  if (!d) throw new UsageError(`no production deployment yet in environment "${environment}" (no successful GitHub deployment): there is nothing to monitor; deploy with deploy-canary first`);
  const p = d.payload;
  const bundle = typeof p.bundle === 'string' ? p.bundle : undefined;
  if (bundle) {
    const dir = isAbsolute(bundle) ? bundle : resolve(cwd, bundle);
    if (existsSync(join(dir, 'manifest.json'))) return { dir, from: `GitHub deployment ${d.id} of ${d.sha.slice(0, 7)} to ${environment}` };
  }
  const what = [p.bundleArtifact ? `bundle artifact "${String(p.bundleArtifact)}"` : '', p.image ? `image ${String(p.image)}` : '', bundle ? `bundle path ${bundle}` : ''].filter(Boolean).join(', ');
  throw new UsageError(
    `environment "${environment}" runs GitHub deployment ${d.id} (${what || 'no bundle recorded in its payload'}), but that bundle is not on this runner; download it (actions/download-artifact) and pass its folder as bundle`,
  );
}

export async function runMonitor(settings: MonitorSettings, deps: MonitorDeps): Promise<MonitorRun> {
  const cwd = deps.cwd ?? process.cwd();
  const now = deps.now();
  const { dir, from } = settings.target.kind === 'bundle' ? { dir: resolve(cwd, settings.target.dir), from: 'bundle folder' } : await resolveProductionBundle(settings.target.name, deps);
  const bundle = await readBundle(dir);
  const { reference, source: referenceSource } = await loadReference(bundle);
  const windowRange = { start: now - settings.windowMs, end: now };
  let window: ProductionWindow;
  const src = settings.source;
  if (src.kind === 'data') window = await readDataWindow(bundle, resolve(cwd, src.path), { labels: src.labels });
  else if (src.kind === 'samples') {
    const w = await readSamplesWindow(resolve(cwd, src.dir), windowRange);
    if (w.records.length === 0 && w.outside > 0) {
      throw new UsageError(
        `no request sample in the window ${w.source.start} – ${w.source.end} (${w.outside} sampled row(s) in ${w.files.join(', ')} are outside it): the window is empty, so drift cannot be judged — this is not a "no drift" result; widen window or check that the server still receives traffic`,
      );
    }
    window = w;
  } else window = await readPrometheusWindow({ url: src.url, selector: src.selector, window: windowRange, fetchImpl: deps.fetchImpl }, reference.task);
  const report = evaluateMonitor(reference, window, { bundle: { dir, digest: bundle.digest }, referenceSource }, settings.options);
  let trigger: TriggerResult | undefined;
  let triggerSkipped: string | undefined;
  const wantsGitHub = settings.issue || settings.retrainWorkflow !== undefined || settings.retrainEvent !== undefined;
  if (wantsGitHub && deps.github) {
    trigger = await applyTriggers(deps.github, report, {
      issue: settings.issue,
      label: settings.issueLabel,
      retrainWorkflow: settings.retrainWorkflow,
      retrainEvent: settings.retrainEvent,
      ref: settings.retrainRef ?? deps.defaultRef ?? 'main',
      coolDownMs: settings.coolDownMs,
      now: deps.now,
      runUrl: deps.runUrl,
    });
  } else if (wantsGitHub && report.drifted) triggerSkipped = 'no GitHub access (GITHUB_TOKEN and GITHUB_REPOSITORY not set): the drift issue and retraining were not triggered';
  const markdown = renderMonitorMarkdown(report, trigger, { runUrl: deps.runUrl }) + (triggerSkipped ? `\n${triggerSkipped}\n` : '');
  return { report, trigger, triggerSkipped, markdown, bundleFrom: from };
}
