import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  createProgressTracker,
  formatBytes,
  formatCount,
  formatDuration,
  formatProgressBar,
  formatProgressLine,
  formatProgressSummary,
  progressFigures,
  PROGRESS_MIN_BYTES,
  type ProgressOutput,
  type ReadProgress,
} from '../../../src/report/progress.js';

const MB = 1e6;
const at = (bytes: number, rows: number, totalBytes = 512 * MB, done = false): ReadProgress => ({ bytes, totalBytes, rows, done });

/** A clock the test moves by hand (ms). */
function manualClock(t = 1000) {
  return { now: () => t, set: (ms: number) => (t = ms) };
}

describe('progress figures (computed by hand: percent = bytes/total, rate = bytes/elapsed, left = (total − bytes)/rate)', () => {
  it.each([
    { name: 'a quarter in 2 s', p: at(128 * MB, 1000, 512 * MB), ms: 2000, percent: 25, rate: 64 * MB, left: 6 },
    { name: 'half in 10 s', p: at(256 * MB, 1000, 512 * MB), ms: 10_000, percent: 50, rate: 25.6 * MB, left: 10 },
    { name: 'bytes past the total are capped (a reader counting re-reads)', p: at(600 * MB, 1000, 512 * MB), ms: 4000, percent: 100, rate: 128 * MB, left: 0 },
    { name: 'nothing read yet: no rate, no time left', p: at(0, 0, 512 * MB), ms: 0, percent: 0, rate: undefined, left: undefined },
  ])('$name', ({ p, ms, percent, rate, left }) => {
    const f = progressFigures(p, ms);
    expect(f.percent).toBeCloseTo(percent, 10);
    if (rate === undefined) expect(f.rate).toBeUndefined();
    else expect(f.rate).toBeCloseTo(rate, 6);
    if (left === undefined) expect(f.secondsLeft).toBeUndefined();
    else expect(f.secondsLeft).toBeCloseTo(left, 10);
  });

  it('an unknown size (a Delta table) gives rows per second and neither percent nor time left', () => {
    const f = progressFigures({ bytes: 0, totalBytes: 0, rows: 300_000, done: false }, 2000);
    expect(f).toEqual({ rateUnit: 'rows', rate: 150_000 });
  });
});

describe('progress text', () => {
  it.each([
    { name: 'bytes', fn: formatBytes, value: 999, expected: '999 B' },
    { name: 'kilobytes', fn: formatBytes, value: 850_000, expected: '850.0 kB' },
    { name: 'megabytes', fn: formatBytes, value: 230_149_000, expected: '230.1 MB' },
    { name: 'gigabytes', fn: formatBytes, value: 1_934_000_000, expected: '1.93 GB' },
    { name: 'under a second', fn: formatDuration, value: 0.42, expected: '0.4 s' },
    { name: 'seconds', fn: formatDuration, value: 6.125, expected: '6 s' },
    { name: 'minutes', fn: formatDuration, value: 65, expected: '1 min 05 s' },
    { name: 'hours', fn: formatDuration, value: 7380, expected: '2 h 03 min' },
  ])('$name: $value → $expected', ({ fn, value, expected }) => expect(fn(value)).toBe(expected));

  it('a line names the file, bytes of total, percent, rows, rate and time left', () => {
    // 230.1 MB of 512 MB in 5 s: 44.94%, 46.02 MB/s, (512 − 230.1) / 46.02 = 6.13 s left.
    expect(formatProgressLine('data.csv', at(230.1 * MB, 1_887_436), 5000)).toBe('data.csv: 230.1 MB of 512.0 MB (44.9%), 1,887,436 rows, 46.0 MB/s, 6 s left');
  });

  it('the summary says what was read and how fast', () => {
    expect(formatProgressSummary('data.csv', at(512 * MB, 4_200_000, 512 * MB, true), 11_300)).toBe('data.csv: read 512.0 MB, 4,200,000 rows in 11 s (45.3 MB/s)');
  });

  it('a bar frame fills in proportion and never reaches the terminal edge', () => {
    const frame = formatProgressBar('data.csv', at(256 * MB, 2_000_000), 10_000, 120);
    expect(frame).toBe('data.csv [██████······] 50.0% 256.0/512.0 MB, 2,000,000 rows, 25.6 MB/s, 10 s left');
    const narrow = formatProgressBar('data.csv', at(256 * MB, 2_000_000), 10_000, 40);
    expect(narrow.length).toBe(39);
    expect(narrow.endsWith('…')).toBe(true);
    // A long path gives way to the figures: its end (the file name) is kept.
    const deep = formatProgressBar('/very/long/path/to/the/datasets/of/this/project/data.csv', at(256 * MB, 2_000_000), 10_000, 100);
    expect(deep).toBe('…of/this/project/data.csv [██████······] 50.0% 256.0/512.0 MB, 2,000,000 rows, 25.6 MB/s, 10 s left');
    expect(deep.length).toBe(99);
  });
});

describe('tracker: what is shown when (injected clock)', () => {
  const texts = (out: ProgressOutput[]) => out.map((o) => (o.kind === 'line' || o.kind === 'frame' ? `${o.kind}:${o.text}` : o.kind === 'begin' ? `begin:${o.title}` : 'end'));

  it('lines: a group, the first report at once, then one line per 5 s however many reports, the summary and the end', () => {
    const clock = manualClock(0);
    const track = createProgressTracker({ label: 'big.csv', style: 'lines', now: clock.now });
    const shown: string[] = [];
    // 100 reports, one every 100 ms: 10 s of reading 512 MB at 51.2 MB/s.
    for (let i = 1; i <= 100; i++) {
      clock.set(i * 100);
      shown.push(...texts(track(at((512 * MB * i) / 100, i * 10_000, 512 * MB, i === 100))));
    }
    expect(shown).toEqual([
      'begin:Reading big.csv (512.0 MB)',
      'line:big.csv: 5.1 MB of 512.0 MB (1.0%), 10,000 rows, 51.2 MB/s, 10 s left',
      'line:big.csv: 261.1 MB of 512.0 MB (51.0%), 510,000 rows, 51.2 MB/s, 5 s left',
      'line:big.csv: read 512.0 MB, 1,000,000 rows in 10 s (51.2 MB/s)',
      'end',
    ]);
  });

  it('bar: frames at most every 200 ms, cleared at the end with no summary', () => {
    const clock = manualClock(0);
    const track = createProgressTracker({ label: 'big.csv', style: 'bar', now: clock.now, width: 200 });
    const kinds: string[] = [];
    for (let i = 1; i <= 20; i++) {
      clock.set(i * 50);
      for (const o of track(at(i * 10 * MB, i * 1000, 512 * MB))) kinds.push(o.kind);
    }
    clock.set(1100);
    for (const o of track(at(512 * MB, 60_000, 512 * MB, true))) kinds.push(o.kind);
    // First report (50 ms), then 250, 450, 650, 850 ms: 5 frames in 1 s of reports every 50 ms.
    expect(kinds).toEqual(['frame', 'frame', 'frame', 'frame', 'frame', 'end']);
  });

  it.each([
    { name: 'auto, a file under the threshold: nothing', mode: 'auto' as const, total: PROGRESS_MIN_BYTES - 1, shown: 0 },
    { name: 'auto, a file at the threshold: shown', mode: 'auto' as const, total: PROGRESS_MIN_BYTES, shown: 4 },
    { name: 'always, a small file: shown', mode: 'always' as const, total: 1000, shown: 4 },
    { name: 'never, a big file: nothing', mode: 'never' as const, total: 10 * PROGRESS_MIN_BYTES, shown: 0 },
  ])('mode $name', ({ mode, total, shown }) => {
    const clock = manualClock(0);
    const track = createProgressTracker({ label: 'f.csv', style: 'lines', now: clock.now, mode });
    clock.set(100);
    const out = [...track(at(total / 2, 10, total)), ...track(at(total, 20, total, true))];
    // Shown: begin, first line, summary, end.
    expect(out.length).toBe(shown);
  });

  it('reports after the end are ignored', () => {
    const clock = manualClock(0);
    const track = createProgressTracker({ label: 'f.csv', style: 'lines', now: clock.now, mode: 'always' });
    clock.set(10_000);
    expect(track(at(100, 1, 100, true)).map((o) => o.kind)).toEqual(['begin', 'line', 'end']);
    clock.set(20_000);
    expect(track(at(100, 1, 100, true))).toEqual([]);
    expect(track(at(100, 1, 100, false))).toEqual([]);
  });
});

describe('formatCount', () => {
  it('prints what toLocaleString("en-US") prints for the rounded number (the reference), on named and random values', () => {
    for (const n of [0, -0, -0.4, 0.5, 7, 999, 1000, 1234567, -1234, 999_999.6, 2 ** 53, 1e21, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(formatCount(n)).toBe(Math.round(n).toLocaleString('en-US'));
    }
    fc.assert(
      fc.property(fc.double({ min: -1e16, max: 1e16, noNaN: true }), (n) => {
        expect(formatCount(n)).toBe(Math.round(n).toLocaleString('en-US'));
      }),
      { numRuns: 3000 },
    );
  });
});
