/**
 * dist/ is what workflows run: it must be exactly a fresh `npm run build` of the sources.
 * global-setup builds into CD4ML_DIST; this compares that with the committed dist/.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, it } from 'vitest';
import { ROOT, distDir } from '../helpers/paths.js';

function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d)) {
      const p = join(d, e);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(dir, p));
    }
  };
  walk(dir);
  return out.sort();
}

it('committed dist/ equals a fresh build (run "npm run build" and commit dist/ if this fails)', () => {
  const fresh = distDir();
  const committed = join(ROOT, 'dist');
  expect(fresh).not.toBe(committed);
  expect(listFiles(committed)).toEqual(listFiles(fresh));
  const stale = listFiles(fresh).filter((f) => !readFileSync(join(fresh, f)).equals(readFileSync(join(committed, f))));
  expect(stale, `stale files in dist/: ${stale.join(', ')}`).toEqual([]);
});
