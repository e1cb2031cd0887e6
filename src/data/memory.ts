/**
 * A garbage-collection hint for the streaming readers and profilers. They allocate little on the
 * JS heap but large typed arrays (page buffers, hashes, samples) outside it, so V8 — which sizes
 * its collections by heap allocation — can let tens of MB of dead buffers pile up. Calling this
 * where a large amount of memory has just died frees it now: a young-generation collection
 * ('minor', under 1 ms on flights-3m) for short-lived buffers, a full one ('major', ~10 ms) between phases.
 *
 * V8's `gc` is obtained once through a new vm context after setting `--expose-gc` at run time
 * (the main context's globals are untouched); where that is not possible this does nothing.
 */
import { createRequire } from 'node:module';

let gcFn: ((type: 'minor' | 'major') => void) | null | undefined;

export function collectGarbage(type: 'minor' | 'major'): void {
  if (gcFn === undefined) {
    gcFn = null;
    try {
      const require = createRequire(import.meta.url);
      const v8 = require('node:v8') as typeof import('node:v8');
      const vm = require('node:vm') as typeof import('node:vm');
      v8.setFlagsFromString('--expose-gc');
      const gc = vm.runInNewContext('gc') as ((opts?: { type: 'minor' | 'major' }) => void) | undefined;
      // gc() is a full collection; gc({ type: 'major' }) is only a scavenge on Node 20's V8.
      if (typeof gc === 'function') gcFn = (t) => (t === 'minor' ? gc({ type: 'minor' }) : gc());
    } catch {
      gcFn = null;
    }
  }
  gcFn?.(type);
}
