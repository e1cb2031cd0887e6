/**
 * profileDataset's onProgress (validate-data's reading progress): reports while reading, bytes and
 * rows never going back, bytes within the file's size, and one final report with done: true,
 * the whole size and every row (the row counts the profile itself gives).
 */
import { statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { profileDataset } from '../../../src/data/profile.js';
import { vegaData } from '../../helpers/paths.js';

type Report = { bytes: number; totalBytes: number; rows: number; done: boolean };

describe('profileDataset onProgress', () => {
  it.each([
    { name: 'CSV (bytes handed over as lines)', file: 'seattle-weather.csv', chunkSize: 4096, least: 10 },
    { name: 'TSV', file: 'unemployment.tsv', chunkSize: 4096, least: 5 },
    { name: 'JSON array (parsed rows)', file: 'flights-20k.json', chunkSize: 65536, least: 2 },
    { name: 'Parquet (row groups)', file: 'flights-3m.parquet', chunkSize: undefined, least: 1 },
  ])('$name: growing reports, then one final report with every byte and row', async ({ file, chunkSize, least }) => {
    const path = vegaData(file);
    const size = statSync(path).size;
    const reports: Report[] = [];
    const profile = await profileDataset(path, { chunkSize, onProgress: (p) => reports.push({ ...p }) });
    const during = reports.slice(0, -1);
    expect(during.length).toBeGreaterThanOrEqual(least);
    expect(during.every((r) => !r.done && r.totalBytes === size)).toBe(true);
    for (let i = 1; i < during.length; i++) {
      expect(during[i].bytes).toBeGreaterThanOrEqual(during[i - 1].bytes);
      expect(during[i].rows).toBeGreaterThanOrEqual(during[i - 1].rows);
    }
    // A reader reads ahead of the rows it has handed over, never past the file (Parquet: metadata read twice at most).
    expect(during.every((r) => r.bytes <= (file.endsWith('.parquet') ? 2 * size : size) && r.rows <= profile.rows)).toBe(true);
    expect(reports.at(-1)).toEqual({ bytes: reports.at(-1)!.bytes, totalBytes: size, rows: profile.rows, done: true });
    expect(reports.at(-1)!.bytes).toBeGreaterThanOrEqual(size);
  }, 120_000);

  it('with a callback, a missing file keeps the reader\'s error', async () => {
    await expect(profileDataset('/nonexistent/x.csv', { onProgress: () => undefined })).rejects.toThrow(/x\.csv: cannot open the file \(no such file\)/);
  });
});
