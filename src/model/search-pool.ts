/**
 * Search candidates on worker threads. The worker is the same bundle file as the caller (entry
 * URL injected by the adapter): its entry checks `isSearchWorker()` and runs `runSearchWorker()`
 * instead of the command, so this works inside a single-file ncc bundle. Tasks are handed out one
 * at a time and results stored by task position, so they do not depend on the number of threads.
 */
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { performance } from 'node:perf_hooks';
import { UsageError, errorMessage } from '../errors.js';
import { createEvaluator, inProcessRunner, type SearchJob, type SearchRunner, type SearchTask } from './search-eval.js';
import type { CandidateResult } from './search.js';

interface WorkerInit {
  cd4mlSearchWorker: true;
  job: SearchJob;
  clock: boolean;
}

type Reply = { i: number; ok: CandidateResult } | { i: number; error: string; usage: boolean };

/** True in a thread started by workerRunner. */
export function isSearchWorker(): boolean {
  return !isMainThread && (workerData as Partial<WorkerInit> | null)?.cd4mlSearchWorker === true;
}

/** The worker's side: evaluate each task it is sent. */
export function runSearchWorker(): void {
  const init = workerData as WorkerInit;
  const evaluate = createEvaluator(init.job, init.clock ? () => performance.now() : undefined);
  parentPort!.on('message', (m: { i: number; task: SearchTask }) => {
    let reply: Reply;
    try {
      reply = { i: m.i, ok: evaluate(m.task) };
    } catch (err) {
      reply = { i: m.i, error: errorMessage(err), usage: err instanceof UsageError };
    }
    parentPort!.postMessage(reply);
  });
}

/** Run tasks on `jobs` threads (in-process when 1). `entry` is the bundle file to start as a worker. */
export function workerRunner(entry: URL, jobs: number, now?: () => number, log?: (line: string) => void): SearchRunner {
  return async (job, tasks) => {
    if (jobs <= 1 || tasks.length <= 1) {
      log?.(`search: ${tasks.length} candidates in-process`);
      return inProcessRunner(now)(job, tasks);
    }
    const n = Math.min(jobs, tasks.length);
    log?.(`search: ${tasks.length} candidates on ${n} worker threads`);
    const results: CandidateResult[] = new Array(tasks.length);
    let next = 0;
    const workers: Worker[] = [];
    try {
      await Promise.all(
        Array.from({ length: n }, () =>
          new Promise<void>((resolve, reject) => {
            const w = new Worker(entry, { workerData: { cd4mlSearchWorker: true, job, clock: now !== undefined } satisfies WorkerInit });
            workers.push(w);
            const send = () => {
              if (next >= tasks.length) return resolve();
              const i = next++;
              w.postMessage({ i, task: tasks[i] });
            };
            w.on('message', (r: Reply) => {
              if ('error' in r) return reject(r.usage ? new UsageError(r.error) : new Error(r.error));
              results[r.i] = r.ok;
              send();
            });
            w.on('error', reject);
            w.on('exit', (code) => (next < tasks.length || code !== 0 ? reject(new Error(`search worker exited with code ${code}`)) : resolve()));
            w.once('online', send);
          }),
        ),
      );
    } finally {
      await Promise.all(workers.map((w) => w.terminate()));
    }
    return results;
  };
}
