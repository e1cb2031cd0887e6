/**
 * Search candidates on worker threads. The worker is the same bundle file as the caller (entry
 * URL injected by the adapter): its entry checks `isSearchWorker()` and runs `runSearchWorker()`
 * instead of the command, so this works inside a single-file ncc bundle. Tasks are handed out one
 * at a time (one fold of one candidate each, so a round's last few candidates still keep every
 * thread busy) and results stored by position, so they do not depend on the number of threads.
 *
 * The threads never see the table: the main thread prepares each round's fold data once
 * (prepareRound, in SharedArrayBuffers) and posts it to every thread, which reads it in place.
 */
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { performance } from 'node:perf_hooks';
import { UsageError, errorMessage } from '../errors.js';
import { combineFolds, evaluateFold, foldCount, inProcessRunner, prepareRound, scoringJobOf, type FoldScore, type RoundData, type ScoringJob, type SearchJob, type SearchRunner, type SearchTask } from './search-eval.js';

interface WorkerInit {
  cd4mlSearchWorker: true;
  job: ScoringJob;
  clock: boolean;
}

type Reply = { i: number; ok: FoldScore } | { i: number; error: string; usage: boolean };

/** True in a thread started by workerRunner. */
export function isSearchWorker(): boolean {
  return !isMainThread && (workerData as Partial<WorkerInit> | null)?.cd4mlSearchWorker === true;
}

/** The worker's side: evaluate each task it is sent. */
export function runSearchWorker(): void {
  const init = workerData as WorkerInit;
  const now = init.clock ? () => performance.now() : undefined;
  let round: RoundData | undefined;
  parentPort!.on('message', (m: { i: number; task: SearchTask; fold: number } | { round: RoundData }) => {
    if ('round' in m) {
      round = m.round;
      return;
    }
    let reply: Reply;
    try {
      if (!round) throw new Error('search worker: a task arrived before its round data');
      reply = { i: m.i, ok: evaluateFold(init.job, round, m.task, m.fold, now) };
    } catch (err) {
      reply = { i: m.i, error: errorMessage(err), usage: err instanceof UsageError };
    }
    parentPort!.postMessage(reply);
  });
}

/**
 * Run tasks on `jobs` threads (in-process when 1). `entry` is the bundle file to start as a worker.
 * The threads are started once per job and kept for every round of a halving search; each round's
 * fold data is made once here and shared with them; `close()` stops them.
 */
export function workerRunner(entry: URL, jobs: number, now?: () => number, log?: (line: string) => void): SearchRunner {
  let pool: { job: SearchJob; workers: Worker[]; failed?: Error } | undefined;
  let logged = false;
  const start = (job: SearchJob, n: number) => {
    const workers = Array.from({ length: n }, () => new Worker(entry, { workerData: { cd4mlSearchWorker: true, job: scoringJobOf(job), clock: now !== undefined } satisfies WorkerInit }));
    const created: { job: SearchJob; workers: Worker[]; failed?: Error } = { job, workers };
    for (const w of workers) {
      w.on('error', (err) => (created.failed ??= err));
      w.on('exit', (code) => {
        if (code !== 0) created.failed ??= new Error(`search worker exited with code ${code}`);
      });
    }
    pool = created;
    return created;
  };
  const runner: SearchRunner = async (job, tasks) => {
    if (jobs <= 1 || (tasks.length <= 1 && !pool)) {
      log?.(`search: ${tasks.length} candidates in-process`);
      return inProcessRunner(now)(job, tasks);
    }
    const p = pool?.job === job ? pool : (await runner.close?.(), start(job, Math.min(jobs, tasks.length * job.folds)));
    if (!logged) log?.(`search: ${tasks.length} candidates on ${p.workers.length} worker threads`);
    logged = true;
    const round = prepareRound(job, tasks);
    for (const w of p.workers) w.postMessage({ round });
    // Units of work: one fold of one candidate, candidate-major (results stored by position).
    const k = foldCount(round);
    const units = tasks.length * k;
    const folds: FoldScore[] = new Array(units);
    let next = 0;
    await Promise.all(
      p.workers.map(
        (w) =>
          new Promise<void>((resolve, reject) => {
            const onMessage = (r: Reply) => {
              if ('error' in r) return done(r.usage ? new UsageError(r.error) : new Error(r.error));
              folds[r.i] = r.ok;
              send();
            };
            const onExit = () => done(p.failed ?? new Error('search worker stopped'));
            const done = (err?: Error) => {
              w.off('message', onMessage);
              w.off('exit', onExit);
              if (err) reject(err);
              else resolve();
            };
            const send = () => {
              if (p.failed) return done(p.failed);
              if (next >= units) return done();
              const i = next++;
              w.postMessage({ i, task: tasks[Math.floor(i / k)], fold: i % k });
            };
            w.on('message', onMessage);
            w.once('exit', onExit);
            send();
          }),
      ),
    ).catch(async (err) => {
      await runner.close?.();
      throw err;
    });
    return tasks.map((t, j) => combineFolds(round, t, folds.slice(j * k, j * k + k), now !== undefined));
  };
  runner.close = async () => {
    const p = pool;
    pool = undefined;
    if (p) await Promise.all(p.workers.map((w) => w.terminate()));
  };
  return runner;
}
