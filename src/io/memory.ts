/**
 * Garbage collection at the moments a command has just let go of a lot of memory. V8 frees dead
 * typed arrays only at its next collection, which a short run may never reach; until then their
 * memory stays in the process's RSS.
 *
 * - collectGarbage(type): a hint for the streaming readers and profilers. It only uses a `gc` the
 *   process was started with (`node --expose-gc`, NODE_OPTIONS=--expose-gc) and otherwise does
 *   nothing: without the hints the validate benchmark's peak RSS stayed within noise
 *   (docs/benchmarks.md, "GC hints").
 * - releaseMemory(): a full collection, always. train calls it (through TrainContext) once its data
 *   table is out of reach, before the tree grows: at 200k × 20 rows that took train's peak RSS from
 *   ~134 MB to ~116 MB, because the table (35 MB) is no longer held to the end.
 *   V8 offers gc() only under --expose-gc, which `node dist/cli/index.js` does not pass. As jest's
 *   leak detector does (jest-leak-detector), the flag is set just while a new context picks the
 *   function up and cleared straight after: no other V8 setting changes, and no global `gc` appears.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

type Gc = (opts?: { type: 'minor' | 'major' }) => void;

export function collectGarbage(type: 'minor' | 'major'): void {
  const gc = (globalThis as { gc?: Gc }).gc;
  if (typeof gc !== 'function') return;
  // gc() is a full collection; gc({ type: 'major' }) is only a scavenge on Node 20's V8.
  if (type === 'minor') gc({ type: 'minor' });
  else gc();
}

let exposed: Gc | undefined;

export function releaseMemory(): void {
  if (!exposed) {
    const own = (globalThis as { gc?: Gc }).gc;
    if (typeof own === 'function') exposed = own;
    else {
      setFlagsFromString('--expose-gc');
      try {
        exposed = runInNewContext('gc') as Gc;
      } finally {
        setFlagsFromString('--no-expose-gc');
      }
    }
  }
  exposed();
  // V8 frees dead array buffers on a concurrent sweeper after the collection: the second one
  // waits for it, so the memory is back before the caller allocates again.
  exposed();
}
