/**
 * A tiny seeded pseudo-random generator, so that every random choice in training (holdout split,
 * folds, bootstrap samples, feature subsets) is reproducible from `seed` alone.
 *
 * mulberry32 (Tommy Ettinger, public domain): 32-bit state, period 2^32, passes gjrand/PractRand
 * far enough for sampling rows. Not for cryptography. The generator itself is src/data/sample.ts's
 * seededRandom, shared by every stage.
 */
import { seededRandom } from '../data/sample.js';

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [0, n). */
  int(n: number): number;
}

export function createRng(seed: number): Rng {
  const next = seededRandom(seed);
  return { next, int: (n: number) => Math.floor(next() * n) };
}

/** Fisher–Yates shuffle in place, driven by `rng`. Returns `arr`. */
export function shuffleInPlace<T extends { length: number; [i: number]: number }>(arr: T, rng: Rng): T {
  for (let i = arr.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    const t = arr[i];
    arr[i] = arr[j];
    arr[j] = t;
  }
  return arr;
}
