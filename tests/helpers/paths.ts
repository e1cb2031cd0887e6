import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repository root. */
export const ROOT = resolve(fileURLToPath(import.meta.url), '../../..');

/** Folder of the bundles under test: the fresh build made by global-setup (or CD4ML_DIST). */
export function distDir(): string {
  return process.env.CD4ML_DIST ?? resolve(ROOT, 'dist');
}

/** Path of a file under tests/fixtures. */
export function fixture(...parts: string[]): string {
  return resolve(ROOT, 'tests/fixtures', ...parts);
}

/** Path of a file in the vega-datasets npm package. */
export function vegaData(name: string): string {
  return resolve(ROOT, 'node_modules/vega-datasets/data', name);
}

/** Path of one of sklearn's bundled CSVs (Debian python3-sklearn). */
export function sklearnData(name: string): string {
  return `/usr/lib/python3/dist-packages/sklearn/datasets/data/${name}`;
}
