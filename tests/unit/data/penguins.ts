/** Slices of vega-datasets' penguins.json written to a temp folder, for drift tests with categories one side lacks. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { vegaData } from '../../helpers/paths.js';

export type Penguin = Record<string, string | number | null>;

export function penguins(): Penguin[] {
  return JSON.parse(readFileSync(vegaData('penguins.json'), 'utf8')) as Penguin[];
}

/** The rows that pass `keep`, as a JSON array file. */
export function penguinsFile(name: string, keep: (p: Penguin) => boolean = () => true): string {
  const dir = mkdtempSync(join(tmpdir(), 'cd4ml-penguins-'));
  const file = join(dir, `${name}.json`);
  writeFileSync(file, JSON.stringify(penguins().filter(keep)));
  return file;
}
