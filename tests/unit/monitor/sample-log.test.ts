import { appendFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SampleLog } from '../../../src/serve/sample-log.js';
import { readSamplesWindow } from '../../../src/monitor/sources.js';
import { UsageError } from '../../../src/errors.js';

const dirs: string[] = [];
const temp = () => {
  const d = mkdtempSync(join(tmpdir(), 'cd4ml-sample-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const rows = (n: number, from = 0) => Array.from({ length: n }, (_, i) => ({ x: from + i, c: i % 2 === 0 ? 'a' : 'b' }));
const preds = (n: number) => Array.from({ length: n }, (_, i) => (i % 3 === 0 ? 'yes' : 'no'));
const lines = (file: string) => readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { t: string; input: { x: number }; prediction: string });

describe('SampleLog', () => {
  it('keeps every row at rate 1, with the time, the input and the prediction, and flushes on close', async () => {
    const dir = join(temp(), 'samples');
    const log = new SampleLog({ dir, rate: 1, now: () => Date.parse('2026-01-05T10:00:00Z') });
    log.record(rows(5), preds(5));
    await log.close();
    const got = lines(join(dir, 'requests.jsonl'));
    expect(got).toHaveLength(5);
    expect(got[0]).toEqual({ t: '2026-01-05T10:00:00.000Z', input: { x: 0, c: 'a' }, prediction: 'yes' });
    expect(got.map((l) => l.input.x)).toEqual([0, 1, 2, 3, 4]);
  });

  it('samples with the injected random source: the same rows for the same seed, about rate × rows', async () => {
    const run = async (seed: number) => {
      const dir = temp();
      const log = new SampleLog({ dir, rate: 0.1, seed });
      log.record(rows(5000), preds(5000));
      await log.close();
      return lines(join(dir, 'requests.jsonl')).map((l) => l.input.x);
    };
    const a = await run(7);
    expect(await run(7)).toEqual(a);
    expect(await run(8)).not.toEqual(a);
    // Binomial(5000, 0.1): mean 500, sd 21.2 — within 5 sd.
    expect(Math.abs(a.length - 500)).toBeLessThan(106);
  });

  it('is off at rate 0: nothing is written, no folder is created', async () => {
    const dir = join(temp(), 'never');
    const log = new SampleLog({ dir, rate: 0 });
    log.record(rows(100), preds(100));
    await log.close();
    expect(() => readdirSync(dir)).toThrow();
    expect(log.seen).toBe(100);
    expect(log.kept).toBe(0);
  });

  it('rotates at the size cap and keeps at most maxFiles files (oldest deleted)', async () => {
    const dir = temp();
    const log = new SampleLog({ dir, rate: 1, maxFileBytes: 2000, maxFiles: 3 });
    for (let b = 0; b < 20; b++) {
      log.record(rows(10, b * 10), preds(10));
      await log.flush();
    }
    await log.close();
    const files = readdirSync(dir).sort();
    expect(files).toEqual(['requests.1.jsonl', 'requests.2.jsonl', 'requests.jsonl']);
    for (const f of files) expect(statSync(join(dir, f)).size).toBeLessThanOrEqual(2000);
    // The newest rows are in requests.jsonl, older ones in .1 then .2; the oldest were dropped.
    const newest = lines(join(dir, 'requests.jsonl')).map((l) => l.input.x);
    const older = lines(join(dir, 'requests.1.jsonl')).map((l) => l.input.x);
    expect(newest.at(-1)).toBe(199);
    expect(Math.max(...older)).toBeLessThan(Math.min(...newest));
    expect(lines(join(dir, 'requests.2.jsonl'))[0].input.x).toBeGreaterThan(0);
  });

  it('rejects a rate outside [0, 1]', () => {
    expect(() => new SampleLog({ dir: temp(), rate: 1.5 })).toThrow(/sample rate must be in \[0, 1\]/);
  });
});

describe('readSamplesWindow', () => {
  const write = (dir: string, name: string, entries: { t: string; x: number }[]) =>
    writeFileSync(join(dir, name), entries.map((e) => JSON.stringify({ t: e.t, input: { x: e.x }, prediction: 'no' })).join('\n') + '\n');
  const window = { start: Date.parse('2026-01-05T00:00:00Z'), end: Date.parse('2026-01-06T00:00:00Z') };

  it('reads rotated and active files, keeping only rows inside the window', async () => {
    const dir = temp();
    write(dir, 'requests.1.jsonl', [
      { t: '2026-01-04T23:59:59Z', x: 1 },
      { t: '2026-01-05T01:00:00Z', x: 2 },
    ]);
    write(dir, 'requests.jsonl', [
      { t: '2026-01-05T12:00:00Z', x: 3 },
      { t: '2026-01-06T00:00:01Z', x: 4 },
    ]);
    writeFileSync(join(dir, 'other.txt'), 'ignored');
    const w = await readSamplesWindow(dir, window);
    expect(w.records).toEqual([{ x: 2 }, { x: 3 }]);
    expect(w.predictions).toEqual(['no', 'no']);
    expect(w.outside).toBe(2);
    expect(w.source).toMatchObject({ kind: 'samples', start: '2026-01-05T00:00:00.000Z', end: '2026-01-06T00:00:00.000Z' });
  });

  it('skips a last line cut by a crash, but names file and line of damage elsewhere', async () => {
    const dir = temp();
    write(dir, 'requests.jsonl', [{ t: '2026-01-05T12:00:00Z', x: 3 }]);
    appendFileSync(join(dir, 'requests.jsonl'), '{"t":"2026-01-05T12:00:01Z","inp');
    expect((await readSamplesWindow(dir, window)).records).toHaveLength(1);
    const bad = temp();
    writeFileSync(join(bad, 'requests.jsonl'), 'not json\n{"t":"2026-01-05T12:00:00Z","input":{},"prediction":1}\n');
    await expect(readSamplesWindow(bad, window)).rejects.toThrow(/requests\.jsonl:1: not a JSON line/);
  });

  it.each([
    { name: 'a missing folder', setup: (d: string) => join(d, 'nope'), message: /samples directory .* cannot be read \(ENOENT\)/ },
    { name: 'a folder without samples', setup: (d: string) => (mkdirSync(join(d, 'empty')), join(d, 'empty')), message: /holds no request sample .* --sample-dir/ },
  ])('refuses $name with a UsageError', async ({ setup, message }) => {
    const p = readSamplesWindow(setup(temp()), window);
    await expect(p).rejects.toThrow(UsageError);
    await expect(readSamplesWindow(setup(temp()), window)).rejects.toThrow(message);
  });
});
