/**
 * Search candidates on worker threads. The worker is the same bundle file as the caller (entry
 * URL injected by the adapter): its entry checks `isSearchWorker()` and runs `runSearchWorker()`
 * instead of the command, so this works inside a single-file ncc bundle.
 *
 * Work is handed out one piece at a time to whichever thread is free, and results are stored by
 * position, so they do not depend on the number of threads. Two kinds of work:
 * - prepare: one fold of a round on a numeric table (prepareFold: gather and bin its rows from the
 *   table parsed once and shared), into shared memory; the threads never see the table's text.
 *   A table that needs preprocessing per fold is prepared on the main thread (prepareRound).
 * - evaluate: one fold of a group of candidates sharing one grown tree (evaluateUnit).
 * A free thread takes an evaluation when one is ready, else a fold to prepare; when the round has
 * nothing left for it, it prepares the folds of the next halving round (their rows do not depend
 * on which candidates survive), so a round's last evaluations do not leave a thread idle.
 */
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { performance } from 'node:perf_hooks';
import { UsageError, errorMessage } from '../errors.js';
import { combineUnits, evaluateUnit, groupEncoding, groupTasks, inProcessRunner, needsCovered, numericTableOf, prepareFold, prepareRound, roundBins, scoringJobOf, sortRoundColumn, type FoldData, type SortedColumn, type FoldScore, type NumericTable, type RoundData, type RoundNeeds, type ScoringJob, type SearchJob, type SearchRunner, type SearchTask } from './search-eval.js';

interface WorkerInit {
  cd4mlSearchWorker: true;
  job: ScoringJob;
  clock: boolean;
}

type Work = { sort: { numeric: NonNullable<RoundData['numeric']>; c: number } } | { prepare: { numeric: NonNullable<RoundData['numeric']>; needs: RoundNeeds; f: number; sorted?: SortedColumn[] } } | { evaluate: { data: FoldData; tasks: SearchTask[] } };
type Request = { i: number } & Work;
type Reply = { i: number; sorted: SortedColumn } | { i: number; fold: FoldData } | { i: number; scores: FoldScore[] } | { i: number; error: string; usage: boolean };

/** True in a thread started by workerRunner. */
export function isSearchWorker(): boolean {
  return !isMainThread && (workerData as Partial<WorkerInit> | null)?.cd4mlSearchWorker === true;
}

/** The worker's side: prepare or evaluate each piece of work it is sent. */
export function runSearchWorker(): void {
  const init = workerData as WorkerInit;
  const now = init.clock ? () => performance.now() : undefined;
  let table: NumericTable | undefined;
  parentPort!.on('message', (m: Request | { table: NumericTable }) => {
    if ('table' in m) {
      table = m.table;
      return;
    }
    let reply: Reply;
    try {
      if ('sort' in m || 'prepare' in m) {
        if (!table) throw new Error('search worker: work on the table arrived before the table');
        if ('sort' in m) reply = { i: m.i, sorted: sortRoundColumn(table, m.sort.numeric, m.sort.c) };
        else reply = { i: m.i, fold: prepareFold(table, m.prepare.numeric, m.prepare.needs, m.prepare.f, m.prepare.sorted) };
      } else reply = { i: m.i, scores: evaluateUnit(init.job, m.evaluate.data, m.evaluate.tasks, now) };
    } catch (err) {
      reply = { i: m.i, error: errorMessage(err), usage: err instanceof UsageError };
    }
    parentPort!.postMessage(reply);
  });
}

interface Pending {
  work: Work;
  /** The round's rows: an earlier round's work goes first (a next round's is prepared ahead). */
  round: number;
  resolve: (v: unknown) => void;
  reject: (err: Error) => void;
}

interface Pool {
  job: SearchJob;
  slots: { w: Worker; busy?: Pending & { i: number } }[];
  queue: Pending[];
  next: number;
  failed?: Error;
  closing?: boolean;
  /** Folds prepared (or being prepared) per round, by the round's rows. */
  prepared: Map<number, { needs: RoundNeeds; folds: Promise<FoldData>[] }>;
}

/**
 * Run tasks on `jobs` threads (in-process when 1). `entry` is the bundle file to start as a worker.
 * The threads are started once per job and kept for every round of a halving search; `close()`
 * stops them.
 */
export function workerRunner(entry: URL, jobs: number, now?: () => number, log?: (line: string) => void): SearchRunner {
  let pool: Pool | undefined;
  let logged = false;

  const fail = (p: Pool, err: Error) => {
    if (p.closing) return;
    p.failed ??= err;
    const pending = [...p.queue, ...p.slots.flatMap((s) => (s.busy ? [s.busy] : []))];
    p.queue = [];
    for (const s of p.slots) s.busy = undefined;
    for (const w of pending) w.reject(p.failed);
  };

  /** Give every free thread a piece of work: this round's before the next's, an evaluation before preparing, else in queue order. */
  const dispatch = (p: Pool) => {
    for (const slot of p.slots) {
      if (slot.busy || p.queue.length === 0) continue;
      let k = 0;
      for (let j = 1; j < p.queue.length; j++) {
        const a = p.queue[j];
        const b = p.queue[k];
        if (a.round < b.round || (a.round === b.round && 'evaluate' in a.work && !('evaluate' in b.work))) k = j;
      }
      const [work] = p.queue.splice(k, 1);
      const i = p.next++;
      slot.busy = { ...work, i };
      slot.w.postMessage({ i, ...work.work } satisfies Request);
    }
  };

  const submit = <T>(p: Pool, round: number, work: Work): Promise<T> => {
    if (p.failed) return Promise.reject(p.failed);
    const done = new Promise<T>((resolve, reject) => p.queue.push({ work, round, resolve: resolve as Pending['resolve'], reject }));
    dispatch(p);
    return done;
  };

  const start = (job: SearchJob, n: number, table: NumericTable | undefined): Pool => {
    const p: Pool = { job, slots: [], queue: [], next: 0, prepared: new Map() };
    for (let k = 0; k < n; k++) {
      const w = new Worker(entry, { workerData: { cd4mlSearchWorker: true, job: scoringJobOf(job), clock: now !== undefined } satisfies WorkerInit });
      const slot: Pool['slots'][number] = { w };
      w.on('message', (r: Reply) => {
        const b = slot.busy;
        if (!b || b.i !== r.i) return;
        slot.busy = undefined;
        if ('error' in r) return fail(p, r.usage ? new UsageError(r.error) : new Error(r.error));
        b.resolve('sorted' in r ? r.sorted : 'fold' in r ? r.fold : r.scores);
        dispatch(p);
      });
      w.on('error', (err) => fail(p, err));
      w.on('exit', (code) => fail(p, new Error(`search worker exited with code ${code}`)));
      // The parsed table, once per thread (shared memory: not copied).
      if (table) w.postMessage({ table });
      p.slots.push(slot);
    }
    pool = p;
    return p;
  };

  /** The folds of a numeric round, prepared on the threads (or already prepared for it). */
  const foldsOf = (p: Pool, round: RoundData): Promise<FoldData>[] => {
    const have = p.prepared.get(round.resources);
    if (have && needsCovered(have.needs, round.needs)) return have.folds;
    // Binned folds read the round's sorted columns: sorted first, a column per piece of work.
    const sorted = roundBins(round) ? Promise.all(numericTableOf(p.job)!.X.map((_, c) => submit<SortedColumn>(p, round.resources, { sort: { numeric: round.numeric!, c } }))) : undefined;
    const folds = Array.from({ length: round.folds }, (_, f) => {
      const data = (sorted ?? Promise.resolve(undefined)).then((s) => submit<FoldData>(p, round.resources, { prepare: { numeric: round.numeric!, needs: round.needs, f, ...(s ? { sorted: s } : {}) } }));
      // A next round's folds may never be read (an error ends the search first).
      data.catch(() => undefined);
      return data;
    });
    p.prepared.set(round.resources, { needs: round.needs, folds });
    return folds;
  };

  const runner: SearchRunner = async (job, tasks, next) => {
    if (jobs <= 1 || (tasks.length <= 1 && !pool)) {
      log?.(`search: ${tasks.length} candidates in-process`);
      return inProcessRunner(now)(job, tasks);
    }
    const scoring = scoringJobOf(job);
    const groups = groupTasks(scoring, tasks);
    const table = numericTableOf(job);
    const p = pool?.job === job ? pool : (await runner.close?.(), start(job, Math.min(jobs, groups.length * job.folds), table));
    if (!logged) log?.(`search: ${tasks.length} candidates on ${p.slots.length} worker threads`);
    logged = true;
    const round = prepareRound(job, tasks);
    const folds = round.numeric ? foldsOf(p, round) : undefined;
    const evaluations = Array.from({ length: round.folds }, async (_, f) => {
      const data = folds ? await folds[f] : undefined;
      return Promise.all(groups.map((g) => submit<FoldScore[]>(p, round.resources, { evaluate: { data: data ?? round.byEncoding![groupEncoding(scoring, g)][f], tasks: g } })));
    });
    // The next halving round's folds, prepared when a thread has nothing else to do.
    if (next && table && next.resources !== round.resources) foldsOf(p, prepareRound(job, tasks.map((t) => ({ ...t, resources: next.resources }))));
    try {
      const scores = await Promise.all(evaluations);
      p.prepared.delete(round.resources);
      return combineUnits(round, tasks, groups, scores, now !== undefined);
    } catch (err) {
      await runner.close?.();
      throw err;
    }
  };
  runner.close = async () => {
    const p = pool;
    pool = undefined;
    if (!p) return;
    p.closing = true;
    await Promise.all(p.slots.map((s) => s.w.terminate()));
  };
  return runner;
}
