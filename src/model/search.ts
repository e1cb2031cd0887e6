/**
 * Model selection, the pure part: the search space (`train.search`, `--search name=values`, input
 * "search"), its candidates (grid, seeded random sampling, successive-halving rounds), shards, and
 * the choice (best mean CV score; ties and the one-standard-error rule go to the simpler model).
 * No I/O, no clock: scores come from search-eval.ts, run in-process or on worker threads.
 */
import { UsageError } from '../errors.js';
import { INVALID, type OptionDecl } from '../config/options.js';
import { trainStage } from '../config/sections/train.js';
import { createRng, shuffleInPlace } from './rng.js';

/** The trainer hyperparameters a search may vary (their value types are train's own declarations). */
export const SEARCHABLE = ['max-depth', 'min-num-samples', 'gain-threshold', 'model', 'n-trees', 'max-features', 'encoding', 'split-search'] as const;
export type SearchParam = (typeof SEARCHABLE)[number];
export type ParamValue = number | string;
export type Candidate = Partial<Record<SearchParam, ParamValue>>;

/** A grid larger than this needs method random. */
export const MAX_GRID = 10_000;

export type Dimension = { kind: 'list'; values: ParamValue[] } | { kind: 'int' | 'uniform' | 'log'; lo: number; hi: number };
export type SearchSpace = [SearchParam, Dimension][];

export const SEARCH_FIX = 'fix it in train.search (cd4ml.yml), --search or input "search"';

function declOf(name: SearchParam): OptionDecl {
  return trainStage.options[name] as OptionDecl;
}

/** One value of a hyperparameter, checked against the trainer's own declaration. */
function readValue(name: SearchParam, raw: ParamValue): ParamValue {
  const decl = declOf(name);
  const v = typeof raw === 'string' ? decl.type.fromText(raw) : raw;
  const ok = v !== INVALID && decl.type.schema.safeParse(v).success;
  if (!ok) throw new UsageError(`search "${name}": value ${JSON.stringify(raw)} is not valid, ${name} must be ${decl.type.expected}; ${SEARCH_FIX}`);
  return v as ParamValue;
}

const RANGE = /^\s*(int|uniform|log)\s+([^\s.][^\s]*?)\s*\.\.\s*(\S+)\s*$/;

/** One dimension from its config value (list, number, "a,b,c" or a range "int 2..16"). */
export function readDimension(name: string, raw: unknown): Dimension {
  if (!(SEARCHABLE as readonly string[]).includes(name)) {
    throw new UsageError(`search: unknown hyperparameter "${name}"; searchable are ${SEARCHABLE.join(', ')}; ${SEARCH_FIX}`);
  }
  const p = name as SearchParam;
  if (typeof raw === 'string' && /^\s*(int|uniform|log)\b/.test(raw)) {
    const m = RANGE.exec(raw);
    const lo = m ? Number(m[2]) : Number.NaN;
    const hi = m ? Number(m[3]) : Number.NaN;
    const kind = (m?.[1] ?? 'int') as 'int' | 'uniform' | 'log';
    const bad = (why: string) => new UsageError(`search "${name}": bad range ${JSON.stringify(raw)} (${why}); write "int 2..16", "uniform 0..0.1" or "log 0.0001..0.1"; ${SEARCH_FIX}`);
    if (!m || !Number.isFinite(lo) || !Number.isFinite(hi)) throw bad('expected KIND LOW..HIGH with two numbers');
    if (lo >= hi) throw bad(`low ${lo} is not below high ${hi}`);
    if (kind === 'int' && (!Number.isInteger(lo) || !Number.isInteger(hi))) throw bad('int bounds must be integers');
    if (kind === 'log' && lo <= 0) throw bad('log bounds must be above 0');
    readValue(p, lo);
    readValue(p, hi);
    if (kind !== 'int' && declOf(p).type.expected.startsWith('an integer')) throw bad(`${name} takes integers; write int ${lo}..${hi}`);
    return { kind, lo, hi };
  }
  const items: ParamValue[] = Array.isArray(raw)
    ? (raw as ParamValue[])
    : typeof raw === 'number'
      ? [raw]
      : typeof raw === 'string'
        ? raw.split(',').map((s) => s.trim()).filter((s) => s !== '')
        : [];
  if (items.length === 0) throw new UsageError(`search "${name}": empty list of values; give at least one value, e.g. ${name}=${declOf(p).example ?? declOf(p).type.example}; ${SEARCH_FIX}`);
  const values = items.map((v) => readValue(p, v));
  const seen = new Set<string>();
  for (const v of values) {
    if (seen.has(String(v))) throw new UsageError(`search "${name}": value ${JSON.stringify(v)} is listed twice; ${SEARCH_FIX}`);
    seen.add(String(v));
  }
  return { kind: 'list', values };
}

/** The space from the merged `search` setting (a mapping name → values), keys sorted (like sklearn's ParameterGrid). */
export function readSearchSpace(raw: Record<string, unknown>): SearchSpace {
  const names = Object.keys(raw).sort();
  if (names.length === 0) throw new UsageError(`search: no hyperparameter given; write name=values, e.g. max-depth=2,4,6; ${SEARCH_FIX}`);
  return names.map((n) => [n as SearchParam, readDimension(n, raw[n])]);
}

export { searchFromText } from '../config/search-text.js';

export function gridSize(space: SearchSpace): number {
  return space.reduce((n, [, d]) => n * (d.kind === 'list' ? d.values.length : Number.POSITIVE_INFINITY), 1);
}

export type SearchMethod = 'grid' | 'random' | 'halving';

/** Every candidate, in a fixed order: the grid (last name fastest) or `trials` seeded samples. */
export function enumerateCandidates(space: SearchSpace, method: SearchMethod, trials: number, seed: number): Candidate[] {
  const size = gridSize(space);
  if (method !== 'random') {
    const range = space.find(([, d]) => d.kind !== 'list');
    if (range) throw new UsageError(`search "${range[0]}": a range can only be sampled; set search-method to random (with search-trials) or give a list of values; ${SEARCH_FIX}`);
    if (size > MAX_GRID) throw new UsageError(`search: the grid has ${size} candidates, more than ${MAX_GRID}; set search-method to random with search-trials, or shorten the lists; ${SEARCH_FIX}`);
    return fullGrid(space);
  }
  const rng = createRng((seed ^ 0x5eed) >>> 0);
  if (size <= trials) return fullGrid(space);
  if (Number.isFinite(size)) {
    // All lists: sample grid points without replacement (like sklearn's ParameterSampler).
    const idx = shuffleInPlace(Int32Array.from({ length: size }, (_, i) => i), rng).slice(0, trials);
    return Array.from(idx, (i) => gridPoint(space, i));
  }
  const out: Candidate[] = [];
  for (let t = 0; t < trials; t++) {
    const c: Candidate = {};
    for (const [name, d] of space) {
      if (d.kind === 'list') c[name] = d.values[rng.int(d.values.length)];
      else if (d.kind === 'int') c[name] = d.lo + rng.int(d.hi - d.lo + 1);
      else if (d.kind === 'uniform') c[name] = round6(d.lo + rng.next() * (d.hi - d.lo));
      else c[name] = round6(Math.exp(Math.log(d.lo) + rng.next() * (Math.log(d.hi) - Math.log(d.lo))));
    }
    out.push(c);
  }
  return out;
}

const round6 = (x: number) => Number(x.toPrecision(6));

function gridPoint(space: SearchSpace, i: number): Candidate {
  const c: Candidate = {};
  for (let j = space.length - 1; j >= 0; j--) {
    const [name, d] = space[j];
    const vals = (d as { values: ParamValue[] }).values;
    c[name] = vals[i % vals.length];
    i = Math.floor(i / vals.length);
  }
  return Object.fromEntries(space.map(([n]) => [n, c[n]])) as Candidate;
}

function fullGrid(space: SearchSpace): Candidate[] {
  return Array.from({ length: gridSize(space) }, (_, i) => gridPoint(space, i));
}

/** Shard `s` of `n` (1-based): candidates i with i mod n = s − 1, a deterministic n-th of them. */
export function parseShard(text: string): { index: number; count: number } {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const index = m ? Number(m[1]) : 0;
  const count = m ? Number(m[2]) : 0;
  if (!m || count < 1 || index < 1 || index > count) throw new UsageError(`shard must be I/N with 1 <= I <= N (e.g. 2/8), got ${JSON.stringify(text)}; fix --shard / input "shard"`);
  return { index, count };
}

export function shardOf(n: number, shard: { index: number; count: number }): number[] {
  const out: number[] = [];
  for (let i = shard.index - 1; i < n; i += shard.count) out.push(i);
  return out;
}

/** floor(log_factor(x)) for x ≥ 1, in integers (no floating-point edge at exact powers). */
function floorLog(x: number, factor: number): number {
  let n = 0;
  for (let p = factor; p <= x; p *= factor) n++;
  return n;
}

/**
 * Successive halving on rows, as sklearn 1.2's HalvingGridSearchCV(factor=3, min_resources="exhaust"):
 * rounds needed 1 + ⌊log₃ candidates⌋, first round's rows max(smallest, ⌊n / 3^(rounds−1)⌋), rows
 * ×3 and candidates ÷3 (rounded up) per round.
 */
export function halvingSchedule(nCandidates: number, nRows: number, minResources: number, factor = 3): { resources: number; keep: number }[] {
  const required = 1 + floorLog(nCandidates, factor);
  const r0 = Math.max(minResources, Math.floor(nRows / factor ** (required - 1)));
  const possible = 1 + floorLog(Math.floor(nRows / r0), factor);
  const n = Math.max(1, Math.min(required, possible));
  const out: { resources: number; keep: number }[] = [];
  let c = nCandidates;
  for (let i = 0; i < n; i++) {
    out.push({ resources: Math.min(nRows, r0 * factor ** i), keep: c });
    c = Math.max(1, Math.ceil(c / factor));
  }
  return out;
}

/** The scores of one candidate (on one round's rows, for halving). */
export interface CandidateResult {
  index: number;
  params: Candidate;
  /** Halving round (0 for grid and random) and rows it used. */
  iteration: number;
  resources: number;
  fold_scores: number[];
  mean: number;
  std: number;
  train_mean: number;
  /** Mean over folds of the fitted trees' nodes and depth. */
  nodes: number;
  depth: number;
  /** Wall-clock of the candidate's fits (ms); null when no clock was given (reproducible builds). */
  fit_time_ms: number | null;
}

/** Order candidates best first: higher (or lower) mean, then shallower, fewer nodes, earlier index. */
export function compareResults(higherIsBetter: boolean): (a: CandidateResult, b: CandidateResult) => number {
  const sign = higherIsBetter ? 1 : -1;
  return (a, b) => sign * (b.mean - a.mean) || simpler(a, b);
}

function simpler(a: CandidateResult, b: CandidateResult): number {
  return a.depth - b.depth || a.nodes - b.nodes || a.index - b.index;
}

/**
 * The winner among the final round's results. one-se: the simplest candidate whose mean is within
 * one standard error (std / √folds) of the best mean.
 */
export function selectBest(results: CandidateResult[], higherIsBetter: boolean, oneSe: boolean): CandidateResult {
  const ranked = [...results].sort(compareResults(higherIsBetter));
  const best = ranked[0];
  if (!oneSe) return best;
  const se = best.std / Math.sqrt(best.fold_scores.length);
  const within = ranked.filter((r) => (higherIsBetter ? r.mean >= best.mean - se : r.mean <= best.mean + se));
  return within.sort(simpler)[0];
}

/** mean and population std (numpy's default, as sklearn's cv_results_ std_test_score). */
export function meanAndStd(xs: number[]): { mean: number; std: number } {
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  const std = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / xs.length);
  return { mean, std };
}

/** The hyperparameter the validation curve is drawn against: the searched numeric one with most values, max-depth first. */
export function mainParam(space: SearchSpace): SearchParam | undefined {
  const numeric = space.filter(([, d]) => d.kind !== 'list' || d.values.every((v) => typeof v === 'number'));
  if (numeric.some(([n]) => n === 'max-depth')) return 'max-depth';
  return [...numeric].sort((a, b) => count(b[1]) - count(a[1]))[0]?.[0];
}

function count(d: Dimension): number {
  return d.kind === 'list' ? d.values.length : Number.POSITIVE_INFINITY;
}
