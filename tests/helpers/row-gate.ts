/** REFERENCE ONLY (tests): the row path before issue 13, copied verbatim from src/gate/run.ts, to check the columnar one against. */
/**
 * The gate on model bundles: read the candidate (and the baseline, when there is one), pick the
 * evaluation rows (the candidate's holdout or a data file), re-score both models on the same rows
 * and evaluate. Used by `cd4ml gate` and the evaluate-gate action; baseline lookup (production
 * deployment, artifact download) happens in the adapters and arrives here as a BaselineSource.
 */
import { readBundle, readHoldout, scoreColumns, type ModelBundle } from '../../src/model/bundle.js';
import { readBatches, type DataFormat } from '../../src/data/read.js';
import { deltaLineage, describeDeltaLineage } from '../../src/data/delta/lineage.js';
import { UsageError, errorMessage } from '../../src/errors.js';
import type { GateSection } from '../../src/config/sections/gate.js';
import { evaluateGate, describeSchemaDiff, metricsOf, type BaselineState, type GateReport, type SchemaDiff } from '../../src/gate/evaluate.js';
import { defaultHeadline, resolveRules } from '../../src/gate/rules.js';

/** Where the baseline comes from, as the adapter found it. */
export type BaselineSource =
  | { kind: 'dir'; dir: string; label: string }
  /**
   * No baseline model. `knownEnvironments`: other environments that do hold one (the named one has
   * no record at all) — likely a misspelt environment, refused unless on-baseline-missing is warn.
   */
  | { kind: 'none'; message: string; environment?: string; knownEnvironments?: string[] }
  | { kind: 'unavailable'; message: string; label?: string };

export interface GateRunOptions {
  candidateDir: string;
  baseline: BaselineSource;
  data?: string;
  format?: DataFormat;
  /** The merged `gate:` section (config + flags/inputs). */
  gate: GateSection;
  /** The headline metric from cd4ml.yml (train.headline-metric, or train.metric), if set. */
  headlineMetric?: string;
}

export const GATE_DEFAULTS = { resamples: 2000, confidence: 0.95, seed: 42, minSliceRows: 30, onBaselineMissing: 'fail', onSchemaChange: 'fail' } as const;

/** The evaluation rows, column by column (values as read; numeric model inputs converted once). */
interface EvalColumns {
  columns: string[];
  data: unknown[][];
  n: number;
  source: string;
}

async function evaluationRows(candidate: ModelBundle, data: string | undefined, format: DataFormat | undefined): Promise<EvalColumns> {
  const columns: string[] = [];
  const at = new Map<string, number>();
  const cols: unknown[][] = [];
  let n = 0;
  const column = (name: string) => {
    let j = at.get(name);
    if (j === undefined) {
      j = columns.length;
      at.set(name, j);
      columns.push(name);
      cols.push(new Array(n).fill(null));
    }
    return j;
  };
  if (data) {
    for await (const b of readBatches(data, { ...(format ? { format } : {}), batchSize: 65536 })) {
      const idx = b.columns.map(column);
      const absent = cols.filter((_, j) => !idx.includes(j));
      for (const row of b.rows) {
        for (let k = 0; k < idx.length; k++) cols[idx[k]].push(row[k] ?? null);
        for (const c of absent) c.push(null);
        n++;
      }
    }
    if (n === 0) throw new UsageError(`${data}: no rows to evaluate on`);
    const delta = await deltaLineage(data, format); // the gate comment names the table version compared on
    return { columns, data: cols, n, source: delta ? describeDeltaLineage(data, delta.delta) : data };
  }
  let records: Record<string, unknown>[];
  try {
    records = (await readHoldout(candidate)).records;
  } catch (err) {
    if (err instanceof UsageError) throw err;
    throw new UsageError(`model bundle ${candidate.dir}: cannot read holdout.jsonl (${errorMessage(err)}); pass the evaluation rows with --data / input "data"`);
  }
  if (records.length === 0) throw new UsageError(`model bundle ${candidate.dir}: holdout.jsonl has no rows; pass the evaluation rows with --data / input "data"`);
  for (const r of records) for (const k of Object.keys(r)) column(k);
  for (const r of records) {
    for (let j = 0; j < columns.length; j++) cols[j].push(r[columns[j]] ?? null);
    n++;
  }
  return { columns, data: cols, n, source: 'candidate holdout' };
}

/** "12", "-0.5", "1e-3" → number; anything else (missing markers, text, hex, " 5") unchanged. */
function numericOrSelf(v: unknown): unknown {
  if (typeof v !== 'string' || v.length === 0) return v;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    // 0-9 + - . e E
    if (!((c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46 || c === 101 || c === 69)) return v;
  }
  const x = Number(v);
  return Number.isFinite(x) ? x : v;
}

/**
 * Parse the numeric model inputs once for both models (each would otherwise parse every cell):
 * only columns that every model reading them treats as numeric.
 */
function convertNumericInputs(t: EvalColumns, bundles: ModelBundle[], keepRaw: Set<string>): Map<string, unknown[]> {
  const kinds = new Map<string, Set<string>>();
  for (const b of bundles) for (const c of b.preprocess.columns) (kinds.get(c.name) ?? kinds.set(c.name, new Set()).get(c.name)!).add(c.kind);
  const raw = new Map<string, unknown[]>();
  t.columns.forEach((name, j) => {
    const k = kinds.get(name);
    if (!k || k.size !== 1 || !k.has('numeric')) return;
    if (keepRaw.has(name)) raw.set(name, t.data[j].slice());
    const col = t.data[j];
    for (let i = 0; i < col.length; i++) col[i] = numericOrSelf(col[i]);
  });
  return raw;
}

/** Score a bundle on the columnar rows; a column the model needs and the rows lack is a usage error. */
function scoreOn(bundle: ModelBundle, t: EvalColumns, role: string) {
  const raw = bundle.features.map((f) => {
    const j = t.columns.indexOf(f);
    if (j < 0) throw new UsageError(`${t.source}: column "${f}" is missing (the ${role} model needs it); columns present: ${t.columns.join(', ')}`);
    return t.data[j];
  });
  return scoreColumns(bundle, raw, t.n);
}

export function schemaDiff(baseline: ModelBundle, candidate: ModelBundle): SchemaDiff {
  const kinds = (b: ModelBundle) => new Map(b.preprocess.columns.map((c) => [c.name, c.kind]));
  const a = kinds(baseline);
  const c = kinds(candidate);
  return {
    added: [...c.keys()].filter((k) => !a.has(k)),
    removed: [...a.keys()].filter((k) => !c.has(k)),
    changed: [...c.keys()].filter((k) => a.has(k) && a.get(k) !== c.get(k)).map((k) => `${k}: ${a.get(k)} → ${c.get(k)}`),
  };
}

function normaliseMetric(name: string): string {
  return name.trim().toLowerCase().replace(/_/g, '-');
}

/** "a", "a and b", "a, b and c" (quoted). */
function quotedList(names: string[]): string {
  const q = names.map((n) => `"${n}"`);
  return q.length <= 1 ? q.join('') : `${q.slice(0, -1).join(', ')} and ${q[q.length - 1]}`;
}

/**
 * An environment with no record while others have one is most likely misspelt: passing the
 * candidate as a "first model" would let any model through. Refused (UsageError, exit 2) naming
 * the known environments, unless on-baseline-missing is warn; then the warning it returns says so.
 */
export function checkUnknownEnvironment(src: BaselineSource, onMissing: 'fail' | 'warn'): string | undefined {
  if (src.kind !== 'none' || !src.knownEnvironments || src.knownEnvironments.length === 0) return undefined;
  const known = src.knownEnvironments;
  const text = `${src.message}, but ${known.length === 1 ? 'environment' : 'environments'} ${quotedList(known)} ${known.length === 1 ? 'has' : 'have'} one`;
  if (onMissing === 'fail') {
    throw new UsageError(
      `${text}: is environment "${src.environment ?? '?'}" misspelt? Name one of the known environments (gate.environment, --environment or input "environment"); for a new environment, set on-baseline-missing to warn to pass its first model with a warning`,
    );
  }
  return `${text}; judged as the first model of "${src.environment ?? '?'}" because on-baseline-missing is warn`;
}

export async function runGate(opts: GateRunOptions): Promise<GateReport> {
  const g = opts.gate;
  const unknownEnvironment = checkUnknownEnvironment(opts.baseline, g['on-baseline-missing'] ?? GATE_DEFAULTS.onBaselineMissing);
  const candidate = await readBundle(opts.candidateDir);
  const task = candidate.task;
  const known = metricsOf(task);
  const notes: string[] = [];

  // Headline: train.headline-metric, else the bundle's, else accuracy / rmse.
  let headline = normaliseMetric(opts.headlineMetric ?? candidate.headlineMetric ?? defaultHeadline(task));
  if (!known.includes(headline)) {
    notes.push(`the headline metric "${opts.headlineMetric ?? candidate.headlineMetric}" is not one the gate re-scores (${known.join(', ')}); the gate uses ${defaultHeadline(task)} as its headline`);
    headline = defaultHeadline(task);
  }
  const rules = resolveRules(g, headline, known);

  const evalRows = await evaluationRows(candidate, opts.data, opts.format);
  const targetAt = evalRows.columns.indexOf(candidate.target);
  const targetCol = evalRows.data[targetAt];
  if (targetAt < 0) throw new UsageError(`${evalRows.source}: the target column "${candidate.target}" is missing; columns present: ${evalRows.columns.join(', ')}`);
  for (const s of g.slices ?? []) {
    if (!evalRows.columns.includes(s)) throw new UsageError(`gate.slices: column "${s}" is not in the evaluation rows (${evalRows.source}); columns present: ${evalRows.columns.join(', ')}`);
  }

  // Baseline.
  const onMissing = g['on-baseline-missing'] ?? GATE_DEFAULTS.onBaselineMissing;
  const onSchema = g['on-schema-change'] ?? GATE_DEFAULTS.onSchemaChange;
  let baseline: ModelBundle | undefined;
  let state: BaselineState;
  const src = opts.baseline;
  if (src.kind === 'none') state = { kind: 'first-model', message: src.message };
  else if (src.kind === 'unavailable') state = { kind: 'unavailable', message: src.message, policy: onMissing, ...(src.label ? { source: src.label } : {}) };
  else {
    try {
      baseline = await readBundle(src.dir);
      state = { kind: 'compared', source: src.label };
    } catch (err) {
      state = { kind: 'unavailable', source: src.label, message: `${src.label} cannot be read: ${errorMessage(err)}`, policy: onMissing };
    }
  }
  if (baseline) {
    const diff = schemaDiff(baseline, candidate);
    const label = (state as { source: string }).source;
    if (baseline.task !== task || baseline.target !== candidate.target) {
      state = { kind: 'schema-changed', source: label, schema: diff, message: `the baseline predicts ${baseline.target} (${baseline.task}), the candidate ${candidate.target} (${task})`, policy: onSchema };
      baseline = undefined;
    } else {
      const missing = baseline.features.filter((f) => !evalRows.columns.includes(f));
      if (missing.length > 0) {
        state = { kind: 'schema-changed', source: label, schema: diff, message: `the baseline needs column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}, not in the evaluation rows (${describeSchemaDiff(diff)})`, policy: onSchema };
        baseline = undefined;
      } else {
        state = { kind: 'compared', source: label, schema: diff };
      }
    }
  }

  // Score both models on the same rows.
  const rawSlices = convertNumericInputs(evalRows, baseline ? [candidate, baseline] : [candidate], new Set([...(g.slices ?? []), candidate.target]));
  const candScore = scoreOn(candidate, evalRows, 'candidate');
  const baseScore = baseline ? scoreOn(baseline, evalRows, 'baseline') : undefined;
  const n = evalRows.n;
  const warnings: string[] = unknownEnvironment ? [unknownEnvironment] : [];
  let truthArr: Int32Array | Float64Array;
  let candArr: Int32Array | Float64Array;
  let baseArr: Int32Array | Float64Array | undefined;
  let classes: string[] | undefined;

  if (task === 'classification') {
    classes = [...(candidate.classes ?? [])];
    const indexOf = new Map(classes.map((c, i) => [c, i]));
    const idx = (label: string) => {
      let i = indexOf.get(label);
      if (i === undefined) {
        i = classes!.length;
        classes!.push(label);
        indexOf.set(label, i);
      }
      return i;
    };
    truthArr = new Int32Array(n);
    for (let r = 0; r < n; r++) {
      const y = (rawSlices.get(candidate.target) ?? targetCol)[r];
      if (y === null || y === undefined || y === '') throw new UsageError(`${evalRows.source}: row ${r + 1} has no value in the target column "${candidate.target}"`);
      truthArr[r] = idx(String(y));
    }
    const toIdx = (bundle: ModelBundle, preds: Float64Array) => {
      const out = new Int32Array(n);
      for (let r = 0; r < n; r++) out[r] = Number.isNaN(preds[r]) ? idx('(not scored)') : idx(bundle.classes?.[preds[r]] ?? String(preds[r]));
      return out;
    };
    candArr = toIdx(candidate, candScore.predictions);
    if (baseline && baseScore) baseArr = toIdx(baseline, baseScore.predictions);
  } else {
    const keep: number[] = [];
    for (let r = 0; r < n; r++) {
      const y = Number(targetCol[r]);
      const ok = targetCol[r] !== null && targetCol[r] !== '' && Number.isFinite(y) && !Number.isNaN(candScore.predictions[r]) && (!baseScore || !Number.isNaN(baseScore.predictions[r]));
      if (ok) keep.push(r);
    }
    if (keep.length === 0) throw new UsageError(`${evalRows.source}: no row has a numeric target "${candidate.target}" that both models can score`);
    truthArr = Float64Array.from(keep, (r) => Number(targetCol[r]));
    candArr = Float64Array.from(keep, (r) => candScore.predictions[r]);
    if (baseScore) baseArr = Float64Array.from(keep, (r) => baseScore.predictions[r]);
    if (keep.length < n) warnings.push(`${n - keep.length} of ${n} rows left out: missing/non-numeric target or a value a model cannot preprocess`);
  }
  const notScored = candScore.errors.length + (baseScore?.errors.length ?? 0);
  if (task === 'classification' && notScored > 0) warnings.push(`${notScored} predictions could not be made (a value the model cannot preprocess) and count as wrong; first: row ${(candScore.errors[0] ?? baseScore!.errors[0]).row + 1}`);

  let sliceCols: Record<string, string[]> | undefined;
  if (g.slices && g.slices.length > 0) {
    sliceCols = {};
    for (const s of g.slices) {
      const col = rawSlices.get(s) ?? evalRows.data[evalRows.columns.indexOf(s)];
      const vals = Array.from(col, (v) => (v === null || v === undefined || v === '' ? '(missing)' : String(v)));
      sliceCols[s] = vals;
    }
    if (task === 'regression' && truthArr.length < n) throw new UsageError('gate.slices with rows left out of a regression evaluation is not supported; clean the evaluation data');
  }

  if (g['slice-metric'] && !known.includes(normaliseMetric(g['slice-metric']))) throw new UsageError(`gate.slice-metric "${g['slice-metric']}" is not a metric of this model; use one of ${known.join(', ')}`);
  const report = evaluateGate({
    task,
    ...(classes ? { classes } : {}),
    truth: truthArr,
    candidate: candArr,
    ...(baseArr ? { baseline: baseArr } : {}),
    baselineState: state,
    candidateSource: `${opts.candidateDir} (${candidate.digest.slice(0, 12)})`,
    evaluationSource: evalRows.source,
    headline,
    rules,
    ...(sliceCols ? { slices: sliceCols } : {}),
    ...(g['slice-metric'] ? { sliceMetric: normaliseMetric(g['slice-metric']) } : {}),
    ...(g['max-disparity'] !== undefined ? { maxDisparity: g['max-disparity'] } : {}),
    minSliceRows: g['min-slice-rows'] ?? GATE_DEFAULTS.minSliceRows,
    resamples: g.resamples ?? GATE_DEFAULTS.resamples,
    confidence: g.confidence ?? GATE_DEFAULTS.confidence,
    seed: g.seed ?? GATE_DEFAULTS.seed,
  });
  report.warnings.push(...warnings);
  report.notes.push(...notes);
  // A searched candidate: its chosen hyperparameters beside production's.
  const searched = (candidate.params.search as { space?: Record<string, unknown> } | undefined)?.space;
  if (searched) report.params = Object.keys(searched).map((name) => ({ name, candidate: candidate.params[name], ...(baseline ? { production: baseline.params[name] } : {}) }));
  return report;
}
