/**
 * The train stage: read data → choose target/features/task → seeded (stratified) holdout split →
 * fit preprocessing on the training split → grow the tree (or a bagged forest) → evaluate →
 * optional stratified k-fold CV → write the model bundle. No clock, environment or git access:
 * the adapters pass the timestamp, git SHAs and tool version in `TrainContext`.
 */
import { sha256File } from '../io/fs.js';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { checkDirReplaceable, writeDirAtomic, type DirFileData, type ReplaceDirOptions } from '../io/atomic.js';
import { parse as parseYaml } from 'yaml';
import { UsageError } from '../errors.js';
import { moveRows, readColumns, takeRows, type ColumnTable } from '../data/table.js';
import { inferSchemaYamlOf } from '../data/schema-infer.js';
import { formatBadNumericCells } from '../data/nearly-numeric.js';
import type { ProgressFor } from '../report/progress.js';
import { deltaLineage } from '../data/delta/lineage.js';
import { type Task } from './cart.js';
import { meanStd, type ClassificationMetrics, type RegressionMetrics } from './metrics.js';
import { badNumericCellsOf, codeCounts } from './columnar.js';
import { encodeHoldout, sha256, stableJson, type Manifest, type PreprocessFile, BUNDLE_FILES } from './bundle.js';
import { createRng } from './rng.js';
import { renderModelCard } from './card.js';
import { escapeCell } from '../report/markdown.js';
import { checkFolds, checkMetric, evaluateSearch, mergeShards, planSearch, recordSearch, SHARD_FILE, type SearchRecord, type ShardFile } from './search-run.js';
import { applyCandidate, inProcessRunner, type SearchJob, type SearchRunner } from './search-eval.js';
import { parseShard } from './search.js';
import { renderSearchMarkdown } from './search-report.js';
import { type TrainSettings, labelOf, numericTarget, sortClasses, type TrainRows, pickRows, targetOf, asText, presentTargetRows, encodeTargetColumn, holdoutSplitIndex, stratifiedFoldsIndex, fitModel, binTrainRows, growBinned, evaluate, mapRows, type FitOutput } from './fit.js';

export * from './fit.js';


export interface TrainContext {
  /** The bundle's one timestamp (ISO 8601), injected by the adapter. */
  timestamp: string;
  toolVersion: string;
  gitHead?: string;
  gitPrHead?: string;
  /** Clock (ms) for the search's fit times; without it they are null (reproducible bundles). */
  now?: () => number;
  /** Runs search candidates (worker threads in the adapters); default in-process. */
  searchRunner?: SearchRunner;
  /** Reading progress, per data file: pass `progress?.(file)` as readColumns' onProgress (src/report/progress.ts). */
  progress?: ProgressFor;
  /**
   * Called once the data table is out of reach, before the final tree grows: the adapters run a
   * full garbage collection there, so that the table's memory is returned rather than kept to the end.
   */
  releaseMemory?: () => void;
}

export interface TrainResult {
  dir: string;
  task: Task;
  headline: { name: string; value: number };
  metrics: Record<string, unknown>;
  files: string[];
  digest: string;
  /** Markdown for the job summary: metrics tables and the model card. */
  summary: string;
  /** The search record (metrics.json `search`), when there was a search. */
  search?: SearchRecord;
  /** A shard run: what it evaluated (no bundle; dir holds search-shard.json). */
  shard?: { index: number; count: number; evaluated: number; candidates: number };
}

interface Prepared {
  task: Task;
  classes?: string[];
  features: string[];
  table: ColumnTable;
  train: TrainRows;
  test: TrainRows;
  dropped: number;
}

/** Read a data file as columns (the target and train.categorical always as text). */
async function readTrainTable(path: string, s: TrainSettings, progress?: ProgressFor): Promise<ColumnTable> {
  return readColumns(path, { format: s.format, text: [...new Set([...(s.categorical ?? []), s.target])], onProgress: progress?.(path) });
}

async function prepare(s: TrainSettings, progress?: ProgressFor): Promise<Prepared> {
  const table = await readTrainTable(s.data, s, progress);
  const names = table.names;
  const ti = names.indexOf(s.target);
  if (ti < 0) throw new UsageError(`${s.data}: target column "${s.target}" not found; columns are: ${names.join(', ')}. Set train.target / --target to one of them`);
  const exclude = new Set(s.exclude ?? []);
  const features = s.features ?? names.filter((c) => c !== s.target && !exclude.has(c));
  for (const f of features) {
    if (f === s.target) throw new UsageError(`feature "${f}" is the target; remove it from train.features`);
    if (!names.includes(f)) throw new UsageError(`${s.data}: feature column "${f}" not found; columns are: ${names.join(', ')}`);
  }
  if (features.length === 0) throw new UsageError(`${s.data}: no feature columns left after excluding the target and train.exclude`);
  // Rows without a target cannot be used for training or evaluation: dropped and counted.
  const tcol = asText(table.columns[ti]);
  const keep = presentTargetRows(tcol);
  const dropped = table.n - keep.length;
  // Each distinct target text is judged once, weighted by its rows.
  const counts = codeCounts(tcol, { table, idx: keep });
  const nums = Float64Array.from(tcol.dict, (t) => numericTarget(t) ?? Number.NaN);
  let allNumeric = true;
  const distinct = new Set<number>();
  for (let k = 0; k < counts.length; k++) {
    if (counts[k] === 0) continue;
    if (Number.isNaN(nums[k])) allNumeric = false;
    else distinct.add(nums[k]);
  }
  let task = s.task;
  // Inferred: a numeric target with more than 20 distinct values is regression, anything else classification.
  if (!task) task = allNumeric && distinct.size > 20 ? 'regression' : 'classification';
  if (task === 'regression' && !allNumeric) {
    const bad = keep.find((r) => Number.isNaN(nums[tcol.codes[r]]))!;
    throw new UsageError(`${s.data}:${table.lines[bad]}: target "${s.target}" is ${JSON.stringify(tcol.dict[tcol.codes[bad]])}, not a number; regression needs a numeric target (use task: classification for labels)`);
  }
  let classes: string[] | undefined;
  if (task === 'classification') {
    const labels = new Set<string>();
    for (let k = 0; k < counts.length; k++) if (counts[k] > 0) labels.add(labelOf(tcol.dict[k]));
    classes = sortClasses([...labels]);
    if (classes.length < 2) throw new UsageError(`${s.data}: target "${s.target}" has a single class (${JSON.stringify(classes[0] ?? '')}); classification needs at least two classes`);
    if (classes.length > 1000) throw new UsageError(`${s.data}: target "${s.target}" has ${classes.length} classes; for a numeric target use task: regression`);
  }
  const target = encodeTargetColumn(task, classes, tcol);
  const all: TrainRows = { table, idx: keep, target, ...(classes ? { classes } : {}) };
  let train: TrainRows;
  let test: TrainRows;
  if (s.testData) {
    const t = await readTrainTable(s.testData, s, progress);
    const tti = t.names.indexOf(s.target);
    if (tti < 0) throw new UsageError(`${s.testData}: target column "${s.target}" not found; the test file needs the same columns as ${s.data}`);
    for (const f of features) if (!t.names.includes(f)) throw new UsageError(`${s.testData}: feature column "${f}" not found; the test file needs the same columns as ${s.data}`);
    const tt = asText(t.columns[tti]);
    train = all;
    test = { table: t, idx: presentTargetRows(tt), target: encodeTargetColumn(task, classes, tt), ...(classes ? { classes } : {}) };
  } else {
    const groups = classes ? mapRows(new Int32Array(keep.length), keep, (r) => target[r]) : null;
    const split = holdoutSplitIndex(groups, classes ?? [], keep.length, s.testSize, createRng(s.seed));
    if (split.test.length < 1 || split.train.length < 2) {
      throw new UsageError(`${s.data}: ${keep.length} rows with a target are too few for a holdout of test-size ${s.testSize}; add rows, change test-size, or pass test-data`);
    }
    train = pickRows(all, split.train);
    test = pickRows(all, split.test);
  }
  if (test.idx.length === 0) throw new UsageError(`${s.testData ?? s.data}: no evaluation rows with a target`);
  // A numeric column with a few bad cells is refused with every bad cell, not trained as a category.
  const categorical = new Set(s.categorical ?? []);
  for (const [file, t] of [[s.data, all], ...(s.testData ? [[s.testData, test]] : [])] as [string, TrainRows][]) {
    const bad = badNumericCellsOf(t, features.filter((f) => !categorical.has(f)));
    if (bad.length > 0) throw new UsageError(formatBadNumericCells(file, bad, 'list the column under train.categorical in cd4ml.yml if it really is a category'));
  }
  if (task === 'classification') {
    const seen = new Set<number>();
    for (let i = 0; i < train.idx.length && seen.size < 2; i++) seen.add(target[train.idx[i]]);
    if (seen.size < 2) throw new UsageError(`${s.data}: the training split has a single class; add rows of the other classes or lower test-size`);
  }
  return { task, classes, features, table, train, test, dropped };
}



/** md5 of a DVC-tracked file from its `<file>.dvc` pointer, when there is one. */
export async function dvcMd5(path: string): Promise<string | undefined> {
  let text: string;
  try {
    text = await readFile(`${path}.dvc`, 'utf8');
  } catch {
    return undefined;
  }
  const doc = parseYaml(text) as { outs?: { md5?: string; path?: string }[] } | null;
  return doc?.outs?.[0]?.md5;
}

export const HIGHER_IS_BETTER = new Set(['accuracy', 'balanced_accuracy', 'precision_macro', 'recall_macro', 'f1_macro', 'precision_weighted', 'recall_weighted', 'f1_weighted', 'roc_auc', 'r2']);

/**
 * What `--out DIR` may replace: nothing but an empty directory or a cd4ml bundle (manifest.json and
 * only bundle files). Anything else is the user's and is never deleted.
 */
export const BUNDLE_OUT: ReplaceDirOptions = {
  replaceable(entries) {
    const known = new Set<string>([...BUNDLE_FILES, 'manifest.json']);
    if (!entries.includes('manifest.json')) {
      const shown = entries.slice(0, 5).join(', ') + (entries.length > 5 ? `, … (${entries.length} entries)` : '');
      return `the bundle directory is not empty and is not a cd4ml model bundle (no manifest.json; it holds ${shown}); nothing was deleted. Pass a new or empty directory to --out / train.out`;
    }
    const foreign = entries.filter((e) => !known.has(e));
    if (foreign.length > 0) return `the model bundle there also holds files that are not part of a bundle (${foreign.slice(0, 5).join(', ')}); nothing was deleted. Move them away or pass another directory to --out / train.out`;
    return undefined;
  },
};

/** What a shard run may replace: an empty folder or one holding only a shard file. */
const SHARD_OUT: ReplaceDirOptions = {
  replaceable(entries) {
    const foreign = entries.filter((e) => e !== SHARD_FILE);
    if (foreign.length > 0) return `the shard folder holds files other than ${SHARD_FILE} (${foreign.slice(0, 5).join(', ')}); nothing was deleted. Pass a new or empty directory to --out / input "out"`;
    return undefined;
  },
};

/** The identity of a search run: data hashes and every setting that changes a score (not out, shard, jobs). */
async function searchFingerprint(s: TrainSettings): Promise<string> {
  const { out: _o, shard: _s, mergeSearch: _m, jobs: _j, intendedUse: _i, ...rest } = s;
  const files = await Promise.all([s.data, ...(s.testData ? [s.testData] : [])].map(sha256File));
  return sha256(stableJson({ settings: rest, files }));
}

/** Shard files from each DIR: DIR/search-shard.json, or search-shard.json in the subfolders of DIR (a folder of downloaded artifacts). */
async function readShardFiles(dirs: string[]): Promise<{ path: string; shard: ShardFile }[]> {
  const exists = (p: string) => readFile(p).then(() => true, () => false);
  const paths: string[] = [];
  for (const dir of dirs) {
    const direct = join(dir, SHARD_FILE);
    if (await exists(direct)) {
      paths.push(direct);
      continue;
    }
    const subs = await readdir(dir, { withFileTypes: true }).catch(() => undefined);
    if (!subs) throw new UsageError(`merge-search: folder ${dir} not found; pass folders written by cd4ml train --shard I/N (or a folder holding them)`);
    const found: string[] = [];
    for (const d of subs.filter((e) => e.isDirectory()).map((e) => e.name).sort()) {
      const p = join(dir, d, SHARD_FILE);
      if (await exists(p)) found.push(p);
    }
    if (found.length === 0) throw new UsageError(`merge-search: no ${SHARD_FILE} in ${dir} or its subfolders; pass folders written by cd4ml train --shard I/N`);
    paths.push(...found);
  }
  const out: { path: string; shard: ShardFile }[] = [];
  for (const path of paths) {
    const text = await readFile(path, 'utf8');
    let shard: ShardFile;
    try {
      shard = JSON.parse(text) as ShardFile;
    } catch {
      throw new UsageError(`merge-search: ${path} is not JSON; pass folders written by cd4ml train --shard I/N`);
    }
    if (shard?.cd4ml !== 'search-shard' || shard.version !== 1 || !Array.isArray(shard.results)) throw new UsageError(`merge-search: ${path} is not a cd4ml search shard (version 1); re-run the shard with this version`);
    out.push({ path, shard });
  }
  return out;
}

/** What the bundle needs of the data once the model is ready to grow: the data table is not kept. */
interface ReadyToGrow {
  /** The settings with the search's choice applied. */
  s: TrainSettings;
  task: Task;
  classes?: string[];
  features: string[];
  headlineName: string;
  dropped: number;
  trainRows: number;
  /** The holdout rows in a table of their own (copied out of the data table, or the test-data file). */
  test: TrainRows;
  schemaYaml: string;
  search?: SearchRecord;
  cv?: Record<string, unknown>;
  /** Grows the final model; holds its bins (or the fitted model), not the table. */
  grow: () => FitOutput;
}

/** Run the whole stage and write the bundle to `settings.out` (through a temporary sibling renamed into place). */
export async function trainAndWriteBundle(settings: TrainSettings, ctx: TrainContext): Promise<TrainResult> {
  const ready = await readyToGrow(settings, ctx);
  if ('shard' in ready) return ready.shard;
  // The data table is out of reach from here: what it held can go before the tree grows.
  ctx.releaseMemory?.();
  const { s, task, classes, features, headlineName, search, cv } = ready;
  const fit = ready.grow();
  const holdout = evaluate(task, classes, fit, ready.test, s.target, s.testData ?? s.data);
  const holdoutRecord = holdout as unknown as Record<string, unknown>;
  const value = holdoutRecord[headlineName];
  if (typeof value !== 'number') {
    const names = Object.entries(holdoutRecord).filter(([, v]) => typeof v === 'number' && true).map(([k]) => k).filter((k) => k !== 'n');
    throw new UsageError(`metric "${headlineName}" is not available for ${task}; choose one of ${names.join(', ')}`);
  }

  const importances = fit.spec.features.map((name, i) => ({ feature: name, importance: fit.importances[i] }));
  const metrics: Record<string, unknown> = {
    task,
    headline_metric: headlineName,
    headline_value: value,
    higher_is_better: HIGHER_IS_BETTER.has(headlineName),
    holdout,
    ...(cv ? { cross_validation: cv } : {}),
    ...(search ? { search } : {}),
    feature_importances: importances,
    model: { nodes: fit.nodes, depth: fit.depth, trees: s.model === 'forest' ? s.nTrees : 1 },
  };
  const gainThreshold = s.gainThreshold ?? (task === 'classification' ? 0.01 : 0);
  const params = {
    data: s.data,
    'test-data': s.testData ?? null,
    target: s.target,
    task,
    features,
    'model-features': fit.spec.features,
    model: s.model,
    'max-depth': s.maxDepth,
    'split-search': fit.splitSearch,
    'min-num-samples': s.minNumSamples,
    'gain-threshold': gainThreshold,
    ...(s.model === 'forest' ? { 'n-trees': s.nTrees, 'max-features': s.maxFeatures } : {}),
    seed: s.seed,
    'test-size': s.testData ? null : s.testSize,
    'cv-folds': s.cvFolds,
    metric: headlineName,
    impute: { numeric: s.numericImpute, categorical: s.categoricalImpute, 'fill-value': s.fillValue ?? null },
    encoding: s.encoding,
    rows: { train: ready.trainRows, test: ready.test.idx.length, 'dropped-missing-target': ready.dropped },
    classes: classes ?? null,
    ...(s.name ? { name: s.name } : {}),
    ...(search
      ? {
          search: {
            method: search.method,
            space: search.space,
            ...(search.method === 'random' ? { trials: s.searchTrials } : {}),
            'one-se': s.oneSe,
            chosen: search.best.params,
            candidates: search.candidates.map((c) => ({ index: c.index, iteration: c.iteration, params: c.params, mean: c.mean, std: c.std, 'fold-scores': c.fold_scores, 'fit-time-ms': c.fit_time_ms, nodes: c.nodes })),
          },
        }
      : {}),
  };
  const dataFiles = [s.data, ...(s.testData ? [s.testData] : [])];
  const lineage = {
    data: await Promise.all(
      dataFiles.map(async (f) => {
        const delta = await deltaLineage(f, s.format); // a Delta table: its id, version, commit time, operation
        return delta ? { path: f, sha256: delta.sha256, 'dvc-md5': null, delta: delta.delta } : { path: f, sha256: await sha256File(f), 'dvc-md5': (await dvcMd5(f)) ?? null };
      }),
    ),
    git: { head: ctx.gitHead ?? null, 'pr-head': ctx.gitPrHead ?? null },
    tool: { name: 'cd4ml', version: ctx.toolVersion },
  };
  const preprocessFile: PreprocessFile = { task, target: s.target, ...(classes ? { classes } : {}), preprocess: fit.spec };
  const { test, schemaYaml } = ready;
  const holdoutFile = encodeHoldout(test.table, test.idx);
  const card = renderModelCard({ settings: s, task, classes, features, metrics: holdout, cv, importances, params, lineage, headline: { name: headlineName, value }, rows: params.rows, ...(search ? { search: renderSearchMarkdown(search) } : {}) });

  // holdout.jsonl is written first, encoded as it goes; metrics.json names its hash and the
  // manifest every file's, so both are made when their turn comes.
  const texts: Record<string, string> = {
    'model.json': JSON.stringify(sortKeys(fit.model)) + '\n',
    'preprocess.json': stableJson(preprocessFile),
    'schema.yml': schemaYaml,
    'params.json': stableJson(params),
    'lineage.json': stableJson(lineage),
    'MODEL_CARD.md': card,
  };
  const metricsText = () => {
    const holdoutRef = { path: holdoutFile.name, rows: test.idx.length, sha256: holdoutFile.sha256(), source: s.testData ?? s.data, lines: Array.from(test.idx, (r) => test.table.lines[r]) };
    return (texts['metrics.json'] = stableJson({ ...metrics, holdout_reference: holdoutRef }));
  };
  let manifestText = '';
  const manifestOf = () => {
    const files = Object.fromEntries(BUNDLE_FILES.map((name) => [name, name === holdoutFile.name ? holdoutFile.sha256() : sha256(texts[name])]));
    const manifest: Manifest = { version: 1, created: ctx.timestamp, files };
    return (manifestText = stableJson(manifest));
  };
  const entries: [string, DirFileData][] = [[holdoutFile.name, holdoutFile.data], ['metrics.json', metricsText], ...Object.entries(texts), ['manifest.json', manifestOf]];
  await writeDirAtomic(s.out, entries, BUNDLE_OUT);
  const summary = [renderMetricsMarkdown(task, holdout, headlineName, value, cv), '', card].join('\n');
  return { dir: s.out, task, headline: { name: headlineName, value }, metrics, files: [...BUNDLE_FILES, 'manifest.json'], digest: sha256(manifestText), summary, ...(search ? { search } : {}) };
}

/**
 * Read, split, search and cross-validate, infer the schema, copy the holdout rows out and bin the
 * training rows: everything that needs the data table. Returns what the rest of the stage needs,
 * so that the table can be let go before the final tree grows (a shard run returns its result).
 */
async function readyToGrow(settings: TrainSettings, ctx: TrainContext): Promise<ReadyToGrow | { shard: TrainResult }> {
  let s = settings;
  const searching = s.search !== undefined || (s.mergeSearch?.length ?? 0) > 0;
  if (!searching && s.shard) throw new UsageError('shard: there is no search to shard; set train.search / --search / input "search"');
  const plan = searching ? planSearch(s) : undefined;
  const shard = s.shard ? parseShard(s.shard) : undefined;
  if (shard && s.mergeSearch?.length) throw new UsageError('shard and merge-search exclude each other: shards write partial results, the merge reads them; pass one');
  await checkDirReplaceable(s.out, shard ? SHARD_OUT : BUNDLE_OUT);
  const p = await prepare(s, ctx.progress);
  ctx.releaseMemory?.();
  const { task, classes, features } = p;
  const headlineName = s.metric ?? (task === 'classification' ? 'accuracy' : 'rmse');
  let search: SearchRecord | undefined;
  if (plan) {
    checkMetric(task, headlineName);
    checkFolds(s, task, p.train);
    const job: SearchJob = { settings: s, task, classes, features, train: p.train, folds: s.cvFolds, metric: headlineName };
    const fingerprint = await searchFingerprint(s);
    const runner = ctx.searchRunner ?? inProcessRunner(ctx.now);
    if (shard) {
      const { results } = await evaluateSearch(s, job, plan.candidates, runner, shard).finally(() => runner.close?.());
      const file: ShardFile = { cd4ml: 'search-shard', version: 1, fingerprint, shard, candidates: plan.candidates.length, results };
      const text = stableJson(file);
      await writeDirAtomic(s.out, [[SHARD_FILE, text]], SHARD_OUT);
      const best = results.length ? [...results].sort((a, b) => (HIGHER_IS_BETTER.has(headlineName) ? b.mean - a.mean : a.mean - b.mean) || a.index - b.index)[0] : undefined;
      return { shard: {
        dir: s.out,
        task,
        headline: { name: headlineName, value: best?.mean ?? Number.NaN },
        metrics: {},
        files: [SHARD_FILE],
        digest: sha256(text),
        summary: `### Search shard ${shard.index}/${shard.count}\n\n${results.length} of ${plan.candidates.length} candidates evaluated on ${s.cvFolds} folds; merge the shards with \`cd4ml train --merge-search DIR…\`.\n`,
        shard: { ...shard, evaluated: results.length, candidates: plan.candidates.length },
      } };
    }
    let results;
    let rounds;
    if (s.mergeSearch?.length) results = mergeShards(await readShardFiles(s.mergeSearch), fingerprint, plan.candidates.length);
    else ({ results, rounds } = await evaluateSearch(s, job, plan.candidates, runner).finally(() => runner.close?.()));
    search = recordSearch(s, plan.space, headlineName, results, rounds, plan.pinned);
    s = applyCandidate(s, search.best.params);
  }
  if (!search && s.cvFolds > 0) checkMetric(task, headlineName);
  const cv = crossValidate(s, p, headlineName, search);
  const schemaYaml = inferSchemaYamlOf(p.table, s.data, s.categorical ?? []);
  // The holdout rows of the data file are copied into a table of their own (a fifth of it by default).
  const binned = binTrainRows(s, features, p.train, s.data);
  ctx.releaseMemory?.();
  const base = { s, task, classes, features, headlineName, dropped: p.dropped, trainRows: p.train.idx.length, schemaYaml, ...(search ? { search } : {}), ...(cv ? { cv } : {}) };
  if (binned) {
    // The tree grows on the bins: the holdout rows are moved out of the table, which goes as they do.
    const test = s.testData ? p.test : holdoutOf(p.test, (t, idx) => moveRows(t, idx, () => ctx.releaseMemory?.(), 4));
    return { ...base, test, grow: () => growBinned(s, task, classes, binned) };
  }
  const fit = fitModel(s, task, classes, features, p.train, s.data);
  const test = s.testData ? p.test : holdoutOf(p.test, takeRows);
  return { ...base, test, grow: () => fit };
}

/** The holdout rows in a table of their own, with an index and targets to match. */
function holdoutOf(test: TrainRows, take: (t: ColumnTable, idx: Int32Array) => ColumnTable): TrainRows {
  const target = targetOf(test);
  const idx = new Int32Array(test.idx.length);
  for (let i = 0; i < idx.length; i++) idx[i] = i;
  return { ...test, table: take(test.table, test.idx), idx, target };
}

/** k-fold cross-validation on the training split (the search's folds when it searched). */
function crossValidate(s: TrainSettings, p: Prepared, headlineName: string, search: SearchRecord | undefined): Record<string, unknown> | undefined {
  const { task, classes, features } = p;
  let cv: Record<string, unknown> | undefined;
  if (search) {
    const won = search.candidates.find((c) => c.index === search!.best.index && c.rank > 0)!;
    cv = { folds: s.cvFolds, [headlineName]: { mean: won.mean, std: won.std, folds: won.fold_scores } };
  } else if (s.cvFolds > 0) {
    const k = s.cvFolds;
    if (k < 2) throw new UsageError(`cv-folds must be 0 (off) or at least 2, got ${k}`);
    const n = p.train.idx.length;
    if (n < 2 * k) throw new UsageError(`${s.data}: ${n} training rows are too few for ${k}-fold cross-validation; lower cv-folds`);
    const groups = classes ? targetOf(p.train) as Int32Array : new Int32Array(n);
    if (classes) {
      const counts = new Int32Array(classes.length);
      for (let i = 0; i < n; i++) counts[groups[i]]++;
      // Reported in the order the row path met the classes (first appearance in the training rows).
      const seen: number[] = [];
      const met = new Uint8Array(classes.length);
      for (let i = 0; i < n; i++) if (met[groups[i]] === 0) { met[groups[i]] = 1; seen.push(groups[i]); }
      for (const c of seen) if (counts[c] < k) throw new UsageError(`${s.data}: class "${classes[c]}" has ${counts[c]} training rows, fewer than cv-folds ${k}; lower cv-folds or add rows`);
    }
    const fold = stratifiedFoldsIndex(groups, classes ?? ['0'], k, createRng(s.seed + 1));
    const names = task === 'classification' ? ['accuracy', 'balanced_accuracy', 'f1_macro'] : ['rmse', 'mae', 'r2'];
    if (!names.includes(headlineName)) names.push(headlineName);
    const scores: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
    for (let f = 0; f < k; f++) {
      const tr: number[] = [];
      const te: number[] = [];
      fold.forEach((g, i) => (g === f ? te : tr).push(i));
      const foldFit = fitModel(s, task, classes, features, pickRows(p.train, tr), s.data);
      const m = evaluate(task, classes, foldFit, pickRows(p.train, te), s.target, s.data) as unknown as Record<string, number>;
      for (const n of names) scores[n].push(m[n]);
    }
    cv = { folds: k, ...Object.fromEntries(names.map((n) => [n, { ...meanStd(scores[n]), folds: scores[n] }])) };
  }
  return cv;
}

function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v && typeof v === 'object') {
    const o: Record<string, unknown> = {};
    for (const k of Object.keys(v as object).sort()) o[k] = sortKeys((v as Record<string, unknown>)[k]);
    return o;
  }
  return v;
}

const fmt = (x: number | null | undefined) => (x === null || x === undefined ? '—' : Number.isInteger(x) ? String(x) : x.toFixed(4));

/** Metrics tables in Markdown (job summary, CLI report). */
export function renderMetricsMarkdown(task: Task, m: ClassificationMetrics | RegressionMetrics, headline: string, value: number, cv?: Record<string, unknown>): string {
  const lines = [`### Holdout metrics (${m.n} rows)`, '', `Headline: **${headline} = ${fmt(value)}**`, '', '| metric | value |', '|---|---|'];
  const names = task === 'classification' ? ['accuracy', 'balanced_accuracy', 'precision_macro', 'recall_macro', 'f1_macro', 'f1_weighted', 'roc_auc', 'log_loss'] : ['mae', 'mse', 'rmse', 'r2', 'mape'];
  for (const n of names) lines.push(`| ${n} | ${fmt((m as unknown as Record<string, number | null>)[n])} |`);
  if (task === 'classification') {
    const c = m as ClassificationMetrics;
    lines.push('', '| class | precision | recall | f1 | support |', '|---|---|---|---|---|');
    // Class names are data: escaped (src/report/markdown.ts) so they cannot inject markup or break the table.
    for (const p of c.per_class) lines.push(`| ${escapeCell(p.class)} | ${fmt(p.precision)} | ${fmt(p.recall)} | ${fmt(p.f1)} | ${p.support} |`);
    lines.push('', 'Confusion matrix (rows: true, columns: predicted)', '', `| | ${c.per_class.map((p) => escapeCell(p.class)).join(' | ')} |`, `|---|${c.per_class.map(() => '---').join('|')}|`);
    c.confusion_matrix.forEach((row, i) => lines.push(`| **${escapeCell(c.per_class[i].class)}** | ${row.join(' | ')} |`));
  }
  if (cv) {
    lines.push('', `### ${cv.folds}-fold cross-validation`, '', '| metric | mean ± std |', '|---|---|');
    for (const [k, v] of Object.entries(cv)) if (k !== 'folds') lines.push(`| ${k} | ${fmt((v as { mean: number }).mean)} ± ${fmt((v as { std: number }).std)} |`);
  }
  return lines.join('\n') + '\n';
}

