/** A real model bundle for serve and build-image tests: `cd4ml train` (the built CLI) on the churn example. */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, distDir, sklearnData } from '../../helpers/paths.js';

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

/** sklearn's wine data (Debian python3-sklearn): 178 rows, 13 numeric features, 3 classes. */
export const WINE_FEATURES = [
  'alcohol', 'malic_acid', 'ash', 'alcalinity_of_ash', 'magnesium', 'total_phenols', 'flavanoids',
  'nonflavanoid_phenols', 'proanthocyanins', 'color_intensity', 'hue', 'od280_od315_of_diluted_wines', 'proline',
];

let wineCached: string | undefined;

/**
 * A bundle trained on the wine data from a cd4ml.yml that names the model ("wine", `train.name`),
 * depth 6. Returns the bundle directory (shared: do not modify it).
 */
export function wineBundle(): string {
  if (!wineCached) {
    const work = mkdtempSync(join(tmpdir(), 'cd4ml-wine-'));
    const lines = readFileSync(sklearnData('wine_data.csv'), 'utf8').trim().split('\n').slice(1);
    const csv = [[...WINE_FEATURES, 'class'].join(','), ...lines.map((l) => {
      const v = l.split(',');
      return [...v.slice(0, 13), `class_${v[13].trim()}`].join(',');
    })].join('\n');
    writeFileSync(join(work, 'wine.csv'), csv + '\n');
    writeFileSync(join(work, 'cd4ml.yml'), 'version: 1\ntrain:\n  data: wine.csv\n  target: class\n  max-depth: 6\n  name: wine\n  out: bundle\n');
    execFileSync(process.execPath, [join(distDir(), 'cli', 'index.js'), 'train', '--config', join(work, 'cd4ml.yml')], {
      cwd: work,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, SOURCE_DATE_EPOCH: '1700000000' },
    });
    wineCached = join(work, 'bundle');
  }
  return wineCached;
}
