/**
 * A garbage-collection hint for the streaming readers and profilers. They allocate little on the
 * JS heap but large typed arrays (page buffers, hashes, samples) outside it; calling this where a
 * large amount of memory has just died asks V8 to free it now: a young-generation collection
 * ('minor') for short-lived buffers, a full one ('major') between phases.
 *
 * It only uses a `gc` the process was started with (`node --expose-gc`, or
 * NODE_OPTIONS=--expose-gc) and otherwise does nothing. It never sets V8 flags at run time: Node
 * documents `v8.setFlagsFromString` after start-up as undefined behaviour. Without the hints the
 * validate benchmark's peak RSS stayed within noise (docs/benchmarks.md, "GC hints").
 */
type Gc = (opts?: { type: 'minor' | 'major' }) => void;

export function collectGarbage(type: 'minor' | 'major'): void {
  const gc = (globalThis as { gc?: Gc }).gc;
  if (typeof gc !== 'function') return;
  // gc() is a full collection; gc({ type: 'major' }) is only a scavenge on Node 20's V8.
  if (type === 'minor') gc({ type: 'minor' });
  else gc();
}
