/**
 * Build every bundle once, into a temp folder, before any test runs. Action tests run these
 * fresh bundles exactly as the runner runs dist/ (`node <dist>/<name>/index.js`); the check-dist
 * test compares them with the committed dist/. CD4ML_DIST=<dir> reuses an existing build.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export default function setup(): (() => void) | undefined {
  if (process.env.CD4ML_DIST) return undefined;
  const root = resolve(fileURLToPath(import.meta.url), '../../..');
  const out = mkdtempSync(join(tmpdir(), 'cd4ml-dist-'));
  execFileSync(process.execPath, ['scripts/build.mjs', '--out', out], { cwd: root, stdio: 'inherit' });
  process.env.CD4ML_DIST = out;
  return () => rmSync(out, { recursive: true, force: true });
}
