/**
 * Issue 13 (memory): train lets its data table go before the final tree grows. The table read for
 * training is watched through WeakRefs (readColumns wrapped), the releaseMemory calls run real full
 * collections (src/io/memory.ts), and when the tree starts growing (growBinned wrapped) every column
 * of the table must be gone. The WeakRefs are read only there: a live target read earlier would be
 * kept alive until the microtask queue drains. A run that fits on the table (exact split search,
 * holdout copied, table kept) writes the same holdout.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { vegaData } from '../../helpers/paths.js';

const watched: { table: WeakRef<object>; columns: WeakRef<object>[] }[] = [];
/** Which watched columns were still alive when growBinned started (1 = alive). */
const atGrow: number[][] = [];

vi.mock('../../../src/model/fit.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/model/fit.js')>();
  return {
    ...real,
    growBinned: (...args: Parameters<typeof real.growBinned>) => {
      atGrow.push(watched.flatMap((w) => w.columns.map((c) => (c.deref() === undefined ? 0 : 1))));
      return real.growBinned(...args);
    },
  };
});

vi.mock('../../../src/data/table.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/data/table.js')>();
  return {
    ...real,
    readColumns: async (...args: Parameters<typeof real.readColumns>) => {
      const t = await real.readColumns(...args);
      watched.push({ table: new WeakRef(t), columns: t.columns.map((c) => new WeakRef(c.kind === 'number' ? c.values : c.codes)) });
      // A new WeakRef keeps its target alive until the microtask queue drains (the spec's
      // KeepDuringJob): let it drain once, as reading from a file would, before train goes on.
      await new Promise((resolve) => setImmediate(resolve));
      return t;
    },
  };
});

const { trainAndWriteBundle } = await import('../../../src/model/train.js');
const { resolveTrainSettings } = await import('../../../src/model/settings.js');
const { releaseMemory } = await import('../../../src/io/memory.js');

const work = mkdtempSync(join(tmpdir(), 'cd4ml-train-release-'));
const ctx = { timestamp: '2026-01-01T00:00:00.000Z', toolVersion: 'test' };

describe('train releases its data table before the tree grows', () => {
  it('histogram tree (seattle-weather, 1461 rows × 6): no column of the table is alive when the tree starts growing', async () => {
    watched.length = 0;
    atGrow.length = 0;
    let releases = 0;
    const out = join(work, 'hist');
    const r = await trainAndWriteBundle(resolveTrainSettings({ data: vegaData('seattle-weather.csv'), target: 'weather', 'split-search': 'histogram', 'max-depth': 4, out }), {
      ...ctx,
      releaseMemory: () => {
        releases++;
        releaseMemory();
      },
    });
    expect(watched).toHaveLength(1);
    expect(watched[0].columns).toHaveLength(6);
    // after reading, after binning, once while the holdout moves out (after 4 of 6 columns), before growing
    expect(releases).toBe(4);
    expect(atGrow).toEqual([[0, 0, 0, 0, 0, 0]]);
    expect(watched[0].table.deref()).toBeUndefined();
    const metrics = JSON.parse(readFileSync(join(out, 'metrics.json'), 'utf8'));
    expect(metrics.holdout.n).toBe(292); // stratified 20% of 1461 (per class, rounded)
    expect(readFileSync(join(out, 'holdout.jsonl'), 'utf8').trim().split('\n')).toHaveLength(292);
    expect(r.headline.value).toBeGreaterThan(0.6);
  });

  it('without releaseMemory (no GC) the table is still alive when the tree grows: the check above can fail', async () => {
    watched.length = 0;
    atGrow.length = 0;
    await trainAndWriteBundle(resolveTrainSettings({ data: vegaData('seattle-weather.csv'), target: 'weather', 'split-search': 'histogram', 'max-depth': 4, out: join(work, 'kept') }), ctx);
    expect(atGrow).toHaveLength(1);
    expect(atGrow[0].filter((a) => a === 1).length).toBeGreaterThan(0);
  });

  it('exact split search (fitted on the table, holdout copied): the same holdout file and lines as the histogram run', async () => {
    watched.length = 0;
    const out = join(work, 'exact');
    await trainAndWriteBundle(resolveTrainSettings({ data: vegaData('seattle-weather.csv'), target: 'weather', 'split-search': 'exact', 'max-depth': 4, out }), { ...ctx, releaseMemory });
    expect(readFileSync(join(out, 'holdout.jsonl')).equals(readFileSync(join(work, 'hist', 'holdout.jsonl')))).toBe(true);
    const lines = (d: string) => JSON.parse(readFileSync(join(work, d, 'metrics.json'), 'utf8')).holdout_reference.lines;
    expect(lines('exact')).toEqual(lines('hist'));
    expect(lines('exact')).toHaveLength(292);
  });
});
