/**
 * Monitor test data from vega-datasets' penguins.json (real data): a model trained on the
 * penguins of Biscoe and Dream only, and production traffic with every penguin, Torgersen's
 * included: an island (a category) the training data never had.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { trainAndWriteBundle } from '../../../src/model/train.js';
import { resolveTrainSettings } from '../../../src/model/settings.js';
import { vegaData } from '../../helpers/paths.js';

type Penguin = Record<string, string | number | null>;

export interface PenguinsFixture {
  dir: string;
  bundle: string;
  /** JSON arrays of records. */
  training: string;
  production: string;
  /** The production rows. */
  rows: Penguin[];
}

/** Write the files and train the bundle (target Species) into `dir`. */
export async function makePenguinsFixture(dir: string): Promise<PenguinsFixture> {
  mkdirSync(dir, { recursive: true });
  const all = JSON.parse(readFileSync(vegaData('penguins.json'), 'utf8')) as Penguin[];
  const f: PenguinsFixture = { dir, bundle: join(dir, 'bundle'), training: join(dir, 'training.json'), production: join(dir, 'production.json'), rows: all };
  writeFileSync(f.training, JSON.stringify(all.filter((p) => p.Island !== 'Torgersen')));
  writeFileSync(f.production, JSON.stringify(all));
  await trainAndWriteBundle(resolveTrainSettings({ data: f.training, target: 'Species', out: f.bundle }), { timestamp: '2026-01-01T00:00:00.000Z', toolVersion: 'test' });
  return f;
}
