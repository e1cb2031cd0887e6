/**
 * Deletion vector decoding (PROTOCOL.md "Deletion Vector Format") and the columnar read path
 * (validate-data's profile) agreeing with the row path on DV + column-mapping + partition tables.
 */
import { describe, expect, it } from 'vitest';
import { crc32, decodeDvFileEntry, decodeRoaringBitmapArray, decodeZ85, decodeZ85Uuid } from '../../../../src/data/delta/dv.js';
import { profileDataset, summarizeColumn } from '../../../../src/data/profile.js';
import { readDeltaRows } from '../../../helpers/delta-rows.js';
import { isMissingText } from '../../../../src/data/missing.js';

const G = '/work/shared/specs/delta-lake/golden/';

/** A portable 64-bit RoaringBitmapArray, built by hand from the Roaring format spec. */
function portable(buckets: { key: number; containers: { key: number; kind: 'array' | 'bitmap' | 'run'; values: number[] }[] }[]): Uint8Array {
  const parts: number[] = [];
  const u16 = (v: number) => parts.push(v & 0xff, (v >>> 8) & 0xff);
  const u32 = (v: number) => parts.push(v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff, (v >>> 24) & 0xff);
  u32(1681511377);
  u32(buckets.length);
  u32(0);
  for (const b of buckets) {
    u32(b.key);
    const hasRun = b.containers.some((c) => c.kind === 'run');
    const n = b.containers.length;
    if (hasRun) {
      u32(12347 | ((n - 1) << 16));
      const bits = new Array((n + 7) >> 3).fill(0);
      b.containers.forEach((c, i) => (c.kind === 'run' ? (bits[i >> 3] |= 1 << (i & 7)) : 0));
      parts.push(...bits);
    } else {
      u32(12346);
      u32(n);
    }
    for (const c of b.containers) {
      u16(c.key);
      u16(c.values.length - 1);
    }
    if (!hasRun || n >= 4) for (let i = 0; i < n; i++) u32(0); // offsets (unused by a sequential reader)
    for (const c of b.containers) {
      if (c.kind === 'array') c.values.forEach(u16);
      else if (c.kind === 'bitmap') {
        const words = new Uint32Array(2048);
        for (const v of c.values) words[v >>> 5] |= 1 << (v & 31);
        words.forEach(u32);
      } else {
        // runs of consecutive values: (start, length - 1)
        const runs: [number, number][] = [];
        for (const v of c.values) {
          const last = runs[runs.length - 1];
          if (last && last[0] + last[1] + 1 === v) last[1]++;
          else runs.push([v, 0]);
        }
        u16(runs.length);
        for (const [s, l] of runs) {
          u16(s);
          u16(l);
        }
      }
    }
  }
  return Uint8Array.from(parts);
}

describe('Z85 and RoaringBitmapArray', () => {
  it('Z85: the RFC 32 test vector "HelloWorld"', () => {
    expect(Array.from(decodeZ85('HelloWorld'))).toEqual([0x86, 0x4f, 0xd2, 0x6f, 0xb5, 0x59, 0xf7, 0x5b]);
  });
  it('Z85: a DV UUID (PROTOCOL.md example 1: "ab^-aqEH.-t@S}K{vb[*k^" → d2c639aa-8816-431a-aaf6-d3fe2512ff61)', () => {
    const s = 'ab^-aqEH.-t@S}K{vb[*k^';
    expect(decodeZ85Uuid(s.slice(s.length - 20))).toBe('d2c639aa-8816-431a-aaf6-d3fe2512ff61');
  });
  it('the inline DV of PROTOCOL.md example 3 holds rows 3, 4, 7, 11, 18, 29', () => {
    const bytes = decodeZ85('wi5b=000010000siXQKl0rr91000f55c8Xg0@@D72lkbi5=-{L').subarray(0, 40);
    expect(Array.from(decodeRoaringBitmapArray(bytes))).toEqual([3, 4, 7, 11, 18, 29]);
  });
  it.each([
    { name: 'array container', buckets: [{ key: 0, containers: [{ key: 0, kind: 'array' as const, values: [0, 5, 65535] }] }], expected: [0, 5, 65535] },
    {
      name: 'bitmap container (> 4096 values) and a second container key',
      buckets: [{ key: 0, containers: [{ key: 0, kind: 'bitmap' as const, values: Array.from({ length: 5000 }, (_, i) => i * 13) }, { key: 2, kind: 'array' as const, values: [1] }] }],
      expected: [...Array.from({ length: 5000 }, (_, i) => i * 13), 2 * 65536 + 1],
    },
    {
      name: 'run containers, 4 containers (offsets present)',
      buckets: [{ key: 0, containers: [0, 1, 2, 3].map((k) => ({ key: k, kind: 'run' as const, values: [10, 11, 12, 100, 101] })) }],
      expected: [0, 1, 2, 3].flatMap((k) => [10, 11, 12, 100, 101].map((v) => k * 65536 + v)),
    },
    { name: 'a high 32-bit bucket key', buckets: [{ key: 1, containers: [{ key: 0, kind: 'array' as const, values: [7] }] }], expected: [4294967296 + 7] },
  ])('$name', ({ buckets, expected }) => {
    expect(Array.from(decodeRoaringBitmapArray(portable(buckets)))).toEqual(expected);
  });
  it('refuses a wrong magic number and a truncated bitmap', () => {
    const b = portable([{ key: 0, containers: [{ key: 0, kind: 'array', values: [1, 2] }] }]);
    const bad = b.slice();
    bad[0] ^= 1;
    expect(() => decodeRoaringBitmapArray(bad)).toThrow(/not a RoaringBitmapArray/);
    expect(() => decodeRoaringBitmapArray(b.subarray(0, b.length - 1))).toThrow(/truncated/);
  });
  it('a DV file entry is checked against its size and CRC-32 (zlib crc32("123456789") = cbf43926)', () => {
    expect(crc32(new TextEncoder().encode('123456789')).toString(16)).toBe('cbf43926');
    const bitmap = portable([{ key: 0, containers: [{ key: 0, kind: 'array', values: [4, 9] }] }]);
    const file = new Uint8Array(1 + 4 + bitmap.length + 4);
    const view = new DataView(file.buffer);
    file[0] = 1;
    view.setInt32(1, bitmap.length, false);
    file.set(bitmap, 5);
    view.setUint32(5 + bitmap.length, crc32(bitmap), false);
    expect(Array.from(decodeDvFileEntry(file, 1, bitmap.length))).toEqual([4, 9]);
    file[6] ^= 0xff;
    expect(() => decodeDvFileEntry(file, 1, bitmap.length)).toThrow(/CRC-32/);
  });
});

describe('the columnar profile path (validate-data) reads the same rows as the row path', () => {
  it.each([
    { name: 'dv-with-columnmapping: DVs + name mapping + partition column (GoldenTables.scala:1023)', table: 'dv-with-columnmapping', rows: 35 },
    { name: 'log-replay-dv-key-cases: on-disk DVs (l.1520)', table: 'log-replay-dv-key-cases', rows: 47 },
    { name: 'data-reader-partition-values: typed and null partitions (l.568)', table: 'data-reader-partition-values', rows: 3 },
    { name: 'kernel-timestamp-TIMESTAMP_MICROS: timestamp partition (l.1040)', table: 'kernel-timestamp-TIMESTAMP_MICROS', rows: 5 },
  ])('$name', async ({ table, rows }) => {
    const profile = await profileDataset(G + table);
    const { columns, rows: data } = await readDeltaRows(G + table);
    expect(profile.format).toBe('delta');
    expect(profile.rows).toBe(rows);
    expect(profile.columns).toEqual(columns);
    for (let c = 0; c < columns.length; c++) {
      const s = summarizeColumn(profile.profilers[c]);
      // The profile also counts missing-value tokens (e.g. the literal string "null") as missing.
      const missing = data.filter((r) => r[c] === null || (typeof r[c] === 'string' && isMissingText(r[c] as string))).length;
      expect({ column: columns[c], missing: s.missing }).toEqual({ column: columns[c], missing });
      const nums = data.map((r) => r[c]).filter((v): v is number => typeof v === 'number');
      if (nums.length === data.length - missing && nums.length > 0 && s.numeric) {
        expect(s.numeric.min).toBe(Math.min(...nums));
        expect(s.numeric.max).toBe(Math.max(...nums));
      }
    }
  });
});
