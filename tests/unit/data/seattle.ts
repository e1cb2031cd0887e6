/** Year slices of vega-datasets' seattle-weather.csv written to a temp folder, for drift tests. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { vegaData } from '../../helpers/paths.js';

export function seattleYears(...years: string[]): string {
  const lines = readFileSync(vegaData('seattle-weather.csv'), 'utf8').trim().split('\n');
  const dir = mkdtempSync(join(tmpdir(), 'cd4ml-seattle-'));
  const file = join(dir, `seattle-${years.join('-')}.csv`);
  writeFileSync(file, [lines[0], ...lines.filter((l) => years.some((y) => l.startsWith(y)))].join('\n') + '\n');
  return file;
}

/** One numeric column of the slice, as numbers. */
export function seattleColumn(years: string[], column: string): number[] {
  const lines = readFileSync(vegaData('seattle-weather.csv'), 'utf8').trim().split('\n');
  const idx = lines[0].split(',').indexOf(column);
  return lines
    .slice(1)
    .filter((l) => years.some((y) => l.startsWith(y)))
    .map((l) => Number(l.split(',')[idx]));
}
