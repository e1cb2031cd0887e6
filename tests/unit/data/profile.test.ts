import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ColumnProfiler, DATE_RE, DISTINCT_CAP, NumberCounts, isDateBytes, parseNumberBytes, parseNumberText, profileDataset, summarizeColumn } from '../../../src/data/profile.js';
import { readTable } from '../../helpers/read-table.js';
import { vegaData } from '../../helpers/paths.js';

const tmp = mkdtempSync(join(tmpdir(), 'cd4ml-profile-'));
let n = 0;
function write(content: string, ext = 'csv'): string {
  const p = join(tmp, `f${n++}.${ext}`);
  writeFileSync(p, content);
  return p;
}

describe('number parsing', () => {
  it('gives exactly Number(text) for decimal renderings of doubles', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer({ min: 0, max: 8 }), (x, digits) => {
        for (const text of [String(x), x.toFixed(digits)]) {
          if (/e/i.test(text) && !/^-?\d/.test(text)) continue;
          expect(parseNumberText(text)).toBe(Number(text));
          expect(parseNumberBytes(Buffer.from(text), 0, text.length)).toBe(Number(text));
        }
      }),
      { numRuns: 2000 },
    );
  });
  it.each([
    { name: 'integer', text: '42', expected: 42 },
    { name: 'negative decimal', text: '-3.25', expected: -3.25 },
    { name: 'plus sign', text: '+7', expected: 7 },
    { name: 'leading dot', text: '.5', expected: 0.5 },
    { name: 'exponent', text: '1.5e3', expected: 1500 },
    { name: 'hex is text', text: '0x10', expected: Number.NaN },
    { name: 'Infinity is text', text: 'Infinity', expected: Number.NaN },
    { name: 'spaces are text', text: ' 1', expected: Number.NaN },
    { name: 'lone minus', text: '-', expected: Number.NaN },
    { name: 'trailing letters', text: '12kg', expected: Number.NaN },
    { name: '17 significant digits', text: '0.30000000000000004', expected: 0.30000000000000004 },
  ])('$name: "$text"', ({ text, expected }) => {
    expect(parseNumberText(text)).toBe(expected);
    expect(parseNumberBytes(Buffer.from(text), 0, text.length)).toBe(expected);
  });
});

describe('isDateBytes is DATE_RE.test on bytes', () => {
  it.each([
    { name: 'date', text: '2024-01-31', expected: true },
    { name: 'date and time', text: '2024-01-31T10:20', expected: true },
    { name: 'space separator, seconds', text: '2024-01-31 10:20:30', expected: true },
    { name: 'nine fraction digits and Z', text: '2024-01-31T10:20:30.123456789Z', expected: true },
    { name: 'ten fraction digits', text: '2024-01-31T10:20:30.1234567890', expected: false },
    { name: 'offset without colon, no seconds', text: '2024-01-31T10:20+0530', expected: true },
    { name: 'offset with colon', text: '2024-01-31T10:20:30-05:00', expected: true },
    { name: 'fraction without seconds', text: '2024-01-31T10:20.5', expected: false },
    { name: 'empty fraction', text: '2024-01-31T10:20:30.', expected: false },
    { name: 'one-digit seconds', text: '2024-01-31T10:20:3', expected: false },
    { name: 'offset on a bare date', text: '2024-01-31Z', expected: false },
    { name: 'trailing text', text: '2024-01-31x', expected: false },
    { name: 'slashes', text: '2024/01/31', expected: false },
    { name: 'short year', text: '24-01-31', expected: false },
  ])('$name: "$text"', ({ text, expected }) => {
    expect(DATE_RE.test(text)).toBe(expected);
    const buf = Buffer.from(`,${text},`);
    expect(isDateBytes(buf, 1, buf.length - 1)).toBe(expected);
  });
  it('agrees with DATE_RE on random mutations of date-times', () => {
    const base = fc.constantFrom('2024-01-31', '2024-01-31T10:20', '2024-01-31 10:20:30.5', '2024-01-31T10:20:30.123Z', '2024-01-31T10:20:30+05:30', '2024-01-31T10:20-0130');
    const mutated = fc.tuple(base, fc.nat(40), fc.constantFrom('', '0', ':', '.', 'Z', '+', '-', 'T', ' ', 'x', '12'), fc.nat(3)).map(([t, at, ins, del]) => {
      const k = at % (t.length + 1);
      return t.slice(0, k) + ins + t.slice(k + (del % 2));
    });
    fc.assert(
      fc.property(mutated, (text) => {
        const buf = Buffer.from(text);
        expect(isDateBytes(buf, 0, buf.length)).toBe(DATE_RE.test(text));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('NumberCounts counts like a Map<number, number>', () => {
  it('on random numbers (with -0, repeats and growth), up to a cap', () => {
    const value = fc.oneof(fc.integer({ min: -50, max: 50 }), fc.constant(-0), fc.double({ noNaN: true }), fc.constantFrom(1e300, -1e-300, 0.1, 0.30000000000000004));
    fc.assert(
      fc.property(fc.array(value, { maxLength: 400 }), fc.integer({ min: 1, max: 300 }), (xs, cap) => {
        const nc = new NumberCounts();
        const ref = new Map<number, number>();
        for (const x of xs) {
          const before = ref.get(x) ?? 0;
          const expected = before > 0 ? before : ref.size >= cap ? -1 : 0;
          expect(nc.add(x, cap)).toBe(expected);
          if (expected >= 0) ref.set(x, before + 1);
        }
        expect(nc.size).toBe(ref.size);
        const got = new Map<number, number>();
        nc.forEach((k, v) => got.set(k, v));
        expect(got).toEqual(ref);
      }),
      { numRuns: 300 },
    );
  });
});

/** Profile rows through the string path (papaparse rows, one cell at a time). */
async function profileViaRows(path: string) {
  const t = await readTable(path);
  const ps = t.columns.map((c) => new ColumnProfiler(c, undefined, 1000, 1, 5, false));
  for (let r = 0; r < t.rows.length; r++) for (let c = 0; c < ps.length; c++) ps[c].addString(t.rows[r][c] as string, t.lines[r]);
  return ps.map((p) => summarizeColumn(p));
}

describe('the byte fast path and the papaparse path agree', () => {
  const cell = fc.oneof(
    fc.constant(''),
    fc.integer({ min: -1000, max: 1000 }).map(String),
    fc.double({ min: -1e6, max: 1e6, noNaN: true }).map((x) => x.toFixed(3)),
    fc.constantFrom('true', 'FALSE', 'red', 'green', 'blüe', '2024-01-31', 'x y'),
  );
  it('on random quote-free CSVs, read in tiny chunks', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(cell, cell, cell), { minLength: 1, maxLength: 60 }), async (rows) => {
        const path = write(['a,b,c', ...rows.map((r) => r.join(','))].join('\n') + '\n');
        const fast = (await profileDataset(path, { chunkSize: 16, sampleSize: 1000 })).profilers.map((p) => summarizeColumn(p));
        const slow = await profileViaRows(path);
        expect(fast).toEqual(slow);
      }),
      { numRuns: 60 },
    );
  });
  it('with a BOM, CRLF line ends and a header longer than a read chunk', async () => {
    const header = 'a_rather_long_column_name,b\r\n';
    const body = Array.from({ length: 40 }, (_, i) => `${i % 7},${i % 3 === 0 ? '' : 'x' + (i % 4)}\r\n`).join('');
    const path = write('\ufeff' + header + body);
    const fast = await profileDataset(path, { chunkSize: 8, sampleSize: 1000 });
    expect(fast.columns).toEqual(['a_rather_long_column_name', 'b']);
    expect(fast.profilers.map((p) => summarizeColumn(p))).toEqual(await profileViaRows(path));
    expect(summarizeColumn(fast.profilers[1]).top!.map((t) => t.value)).not.toContain('x1\r');
  });

  it.each([
    { name: 'date-times, then a text that is not one', last: 'not a date', dates: true },
    { name: 'date-times only (min/max from the bytes)', last: '2030-12-31T23:59:59Z', dates: true },
    { name: 'codes', last: 'zz', dates: false },
  ])('beyond DISTINCT_CAP distinct texts ($name)', async ({ last, dates }) => {
    const lines = ['t,n'];
    const count = DISTINCT_CAP + 500;
    for (let i = 0; i < count; i++) {
      const d = new Date(Date.UTC(2021, 0, 1) + ((i * 7919) % count) * 61_000).toISOString();
      lines.push(`${dates ? d.slice(0, 19) : `code-${i}`},${i % 5}`);
    }
    lines.push(`${last},1`);
    const path = write(lines.join('\n') + '\n');
    const fast = await profileDataset(path, { chunkSize: 4096, sampleSize: 1000 });
    const slow = await profileViaRows(path);
    expect(fast.profilers.map((p) => summarizeColumn(p))).toEqual(slow);
    expect(fast.profilers[0].dict).toBeNull(); // the byte path without strings was taken
    expect(fast.profilers[0].maybeDate).toBe(dates && last !== 'not a date');
  });

  it('on a file that switches between quoted and plain pieces', async () => {
    const lines = ['id,name,score'];
    for (let i = 0; i < 300; i++) lines.push(i % 50 === 7 ? `${i},"multi\nline, ""quoted""",${i / 4}` : `${i},plain${i % 3},${i / 4}`);
    const path = write(lines.join('\n') + '\n');
    const fast = await profileDataset(path, { chunkSize: 64, sampleSize: 1000 });
    const slow = await profileViaRows(path);
    expect(fast.profilers.map((p) => summarizeColumn(p))).toEqual(slow);
    expect(fast.rows).toBe(300);
  });
});

describe('profileDataset on real data', () => {
  it('seattle-weather.csv (vega-datasets): types, missing, distinct and exact statistics', async () => {
    const p = await profileDataset(vegaData('seattle-weather.csv'));
    const s = Object.fromEntries(p.profilers.map((x) => [x.name, summarizeColumn(x)]));
    expect(Object.fromEntries(Object.entries(s).map(([k, v]) => [k, v.inferredType]))).toEqual({
      date: 'datetime',
      precipitation: 'float',
      temp_max: 'float',
      temp_min: 'float',
      wind: 'float',
      weather: 'category',
    });
    // pandas 1.5 read_csv(...).temp_max: mean 16.439082819986314, std(ddof=0) 7.3467...; min -1.6, max 35.6; median 15.6
    expect(s.temp_max.numeric!.mean).toBeCloseTo(16.439082819986314, 10);
    expect(s.temp_max.numeric!.min).toBe(-1.6);
    expect(s.temp_max.numeric!.max).toBe(35.6);
    expect(s.temp_max.numeric!.quantiles.p50).toBe(15.6);
    expect(s.temp_max.numeric!.exact).toBe(true);
    expect(s.weather.distinct).toBe(5);
    expect(s.weather.top![0]).toEqual({ value: 'rain', count: 641 }); // pandas value_counts: rain 641
    expect(s.date.datetime).toEqual({ min: '2012-01-01', max: '2015-12-31' });
  });

  it('penguins.json (vega-datasets): JSON numbers, nulls and text categories', async () => {
    const p = await profileDataset(vegaData('penguins.json'));
    const s = Object.fromEntries(p.profilers.map((x) => [x.name, summarizeColumn(x)]));
    expect(s.Species.inferredType).toBe('category');
    expect(s['Flipper Length (mm)'].inferredType).toBe('int');
    expect(s['Beak Length (mm)'].inferredType).toBe('float');
    expect(s['Beak Length (mm)'].missing).toBe(2); // pandas isna().sum() = 2
    expect(s.Sex.missing).toBe(10); // pandas: 10 None (plus one ".")
    // pandas 1.5 read_json(...)["Body Mass (g)"].mean() = 4201.754385964912
    expect(s['Body Mass (g)'].numeric!.mean).toBeCloseTo(4201.754385964912, 9);
  });

  it('a sample is seeded: the same seed gives the same quantiles, and the rank error is stated', async () => {
    const rows = ['x'];
    for (let i = 0; i < 5000; i++) rows.push(String((i * 7919) % 5000));
    const path = write(rows.join('\n') + '\n');
    const a = summarizeColumn((await profileDataset(path, { sampleSize: 500, seed: 3 })).profilers[0]);
    const b = summarizeColumn((await profileDataset(path, { sampleSize: 500, seed: 3 })).profilers[0]);
    expect(a.numeric).toEqual(b.numeric);
    expect(a.numeric!.exact).toBe(false);
    expect(a.numeric!.rankError).toBeCloseTo(3 * Math.sqrt(0.25 / 500), 12);
    // a permutation of 0..4999: the true median is 2499.5; within the stated rank error
    expect(Math.abs(a.numeric!.quantiles.p50 - 2499.5) / 5000).toBeLessThan(a.numeric!.rankError);
  });
});
