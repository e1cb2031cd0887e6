/**
 * The pipeline: which stages run, in which order, and how each stage's results feed the next.
 * Shared by `cd4ml pipeline` (stages run in-process as CLI commands) and the root action
 * (stages run as their own action bundles). Option, input and output names are the same
 * kebab-case names everywhere, so one wiring table serves both.
 */
import { UsageError } from '../errors.js';

export const STAGES = ['validate', 'train', 'gate', 'build-image', 'deploy'] as const;
export type Stage = (typeof STAGES)[number];

/** The action that implements each stage. */
export const STAGE_ACTION: Record<Stage, string> = {
  validate: 'validate-data',
  train: 'train',
  gate: 'evaluate-gate',
  'build-image': 'build-image',
  deploy: 'deploy-canary',
};

/** Default stages: a pull request checks the change; anything else also ships it. */
export const PR_STAGES: Stage[] = ['validate', 'train', 'gate'];
export const ALL_STAGES: Stage[] = [...STAGES];

/**
 * Parse a stage list such as "validate,train,gate" (action names are accepted too). Stages always
 * run in pipeline order, each at most once.
 */
export function parseStages(label: string, raw: string): Stage[] {
  const byName = new Map<string, Stage>();
  for (const s of STAGES) {
    byName.set(s, s);
    byName.set(STAGE_ACTION[s], s);
  }
  const items = raw
    .split(/[,\s]+/)
    .map((s) => s.trim())
    .filter(Boolean);
  if (items.length === 0) throw new UsageError(`${label} names no stage; use some of ${STAGES.join(', ')}`);
  const chosen = new Set<Stage>();
  for (const item of items) {
    const stage = byName.get(item);
    if (!stage) throw new UsageError(`${label}: unknown stage "${item}"; stages are ${STAGES.join(', ')}`);
    chosen.add(stage);
  }
  return STAGES.filter((s) => chosen.has(s));
}

/** What earlier stages produced, by output name. */
export interface StageResults {
  /** train: the bundle directory. */
  'bundle-path'?: string;
  /** build-image: the image reference and digest. */
  image?: string;
  digest?: string;
}

export interface WiringContext {
  /** Path of cd4ml.yml, passed to every stage. */
  config?: string;
  /** Deploy provider from the config (local deploys bundles; cloud providers deploy images). */
  provider?: string;
  results: StageResults;
}

/**
 * Options (CLI) / inputs (action) for a stage, given what earlier stages produced. Everything
 * else comes from the stage's own section of cd4ml.yml.
 */
export function stageOptions(stage: Stage, ctx: WiringContext): Record<string, string> {
  const out: Record<string, string> = {};
  if (ctx.config) out.config = ctx.config;
  const bundle = ctx.results['bundle-path'];
  switch (stage) {
    case 'validate':
    case 'train':
      break;
    case 'gate':
      if (bundle) out.candidate = bundle;
      break;
    case 'build-image':
      if (bundle) out.bundle = bundle;
      break;
    case 'deploy':
      if ((ctx.provider ?? 'local') !== 'local' && ctx.results.image) {
        out.image = ctx.results.digest && !ctx.results.image.includes('@') ? `${ctx.results.image.replace(/:[^:/]+$/, '')}@${ctx.results.digest}` : ctx.results.image;
      } else if (bundle) out.bundle = bundle;
      break;
  }
  return out;
}

/** Turn options into CLI arguments: { config: 'x' } → ['--config', 'x']. */
export function toArgv(options: Record<string, string>): string[] {
  return Object.entries(options).flatMap(([k, v]) => [`--${k}`, v]);
}
