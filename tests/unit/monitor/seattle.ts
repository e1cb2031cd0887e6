/**
 * Monitor test data from vega-datasets' seattle-weather.csv (real data): a model trained on the
 * 2012–2013 rows, "unshifted" production traffic (every third 2012–2013 row) and "shifted"
 * traffic (the summer of 2015, a later year: hotter and drier than the whole-year training data).
 * Shared by the unit, action and e2e tests of monitor.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { trainAndWriteBundle } from '../../../src/model/train.js';
import { resolveTrainSettings } from '../../../src/model/settings.js';
import { vegaData } from '../../helpers/paths.js';

export const FEATURES = ['precipitation', 'temp_max', 'temp_min', 'wind'] as const;

export interface SeattleFixture {
  dir: string;
  bundle: string;
  /** CSV paths (with the weather column). */
  early: string;
  unshifted: string;
  shifted: string;
  /** Records (features only, numbers) for sending to a server. */
  unshiftedRows: Record<string, number>[];
  shiftedRows: Record<string, number>[];
}

function parse(): { header: string[]; rows: string[][] } {
  const lines = readFileSync(vegaData('seattle-weather.csv'), 'utf8').trim().split('\n');
  return { header: lines[0].split(','), rows: lines.slice(1).map((l) => l.split(',')) };
}

const toCsv = (header: string[], rows: string[][]) => [header.join(','), ...rows.map((r) => r.join(','))].join('\n') + '\n';

function records(header: string[], rows: string[][]): Record<string, number>[] {
  return rows.map((r) => Object.fromEntries(FEATURES.map((f) => [f, Number(r[header.indexOf(f)])])));
}

/** Write the CSVs and train the bundle (≈0.3 s) into `dir`. */
export async function makeSeattleFixture(dir: string): Promise<SeattleFixture> {
  mkdirSync(dir, { recursive: true });
  const { header, rows } = parse();
  const early = rows.filter((r) => r[0] < '2014');
  const unshifted = early.filter((_, i) => i % 3 === 0);
  const shifted = rows.filter((r) => r[0] >= '2015-06-01' && r[0] <= '2015-08-31');
  const f = {
    dir,
    bundle: join(dir, 'bundle'),
    early: join(dir, 'early.csv'),
    unshifted: join(dir, 'unshifted.csv'),
    shifted: join(dir, 'shifted.csv'),
    unshiftedRows: records(header, unshifted),
    shiftedRows: records(header, shifted),
  };
  writeFileSync(f.early, toCsv(header, early));
  writeFileSync(f.unshifted, toCsv(header, unshifted));
  writeFileSync(f.shifted, toCsv(header, shifted));
  await trainAndWriteBundle(
    resolveTrainSettings({ data: f.early, target: 'weather', exclude: ['date'], out: f.bundle }),
    { timestamp: '2026-01-01T00:00:00.000Z', toolVersion: 'test' },
  );
  return f;
}
