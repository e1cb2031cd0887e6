/** A real model bundle for serve and build-image tests: `cd4ml train` (the built CLI) on the churn example. */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, distDir } from '../../helpers/paths.js';

export const CHURN_CSV = join(ROOT, 'examples/churn/data/customers.csv');

let cached: string | undefined;

/** Train once per test file; returns a fresh copy each call so tests may tamper with it. */
export function churnBundle(): string {
  if (!cached) {
    cached = join(mkdtempSync(join(tmpdir(), 'cd4ml-bundle-')), 'bundle');
    execFileSync(process.execPath, [join(distDir(), 'cli', 'index.js'), 'train', '--data', CHURN_CSV, '--target', 'churn', '--exclude', 'customer_id', '--out', cached], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, SOURCE_DATE_EPOCH: '1700000000' },
    });
  }
  const copy = join(mkdtempSync(join(tmpdir(), 'cd4ml-bundle-copy-')), 'bundle');
  cpSync(cached, copy, { recursive: true });
  return copy;
}
