/**
 * The flat, page-by-page Parquet reader (readParquetColumns().readPages) against hyparquet's own
 * row reader (parquetReadObjects) on real files: flights-3m.parquet (vega-datasets: ZSTD, v1
 * RLE_DICTIONARY pages, OPTIONAL columns), pandas' simple.parquet (Debian python3-pandas, written
 * by pyarrow: Snappy, PLAIN_DICTIONARY, nulls) and files written here with hyparquet-writer
 * (v2 pages, nulls, REQUIRED columns, dictionary and plain chunks of one column,
 * DELTA/BYTE_STREAM_SPLIT encodings, timestamps, booleans, a nested list column).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { asyncBufferFromFile, parquetMetadataAsync, parquetReadObjects } from 'hyparquet';
import { ByteWriter, parquetWriteFile } from 'hyparquet-writer';
import { writePageHeader } from 'hyparquet-writer/src/datapage.js';
import { writeRleBitPackedHybrid } from 'hyparquet-writer/src/encoding.js';
import { writeMetadata } from 'hyparquet-writer/src/metadata.js';
import { writePlain } from 'hyparquet-writer/src/plain.js';
import { describe, expect, it } from 'vitest';
import { profileDataset, summarizeColumn } from '../../../src/data/profile.js';
import { parquetCompressors, readParquetColumns, type ParquetPage } from '../../../src/data/read.js';
import { UsageError } from '../../../src/errors.js';
import { vegaData } from '../../helpers/paths.js';

const tmp = mkdtempSync(join(tmpdir(), 'cd4ml-pqflat-'));
const PANDAS_SIMPLE = '/usr/lib/python3/dist-packages/pandas/tests/io/data/parquet/simple.parquet';

/** The reference: hyparquet's row reader, timestamps as epoch ms (as our reader documents), INT64 as numbers. */
async function referenceColumns(path: string, rowStart: number, rowEnd: number): Promise<Record<string, unknown[]>> {
  const rows = (await parquetReadObjects({
    file: await asyncBufferFromFile(path),
    compressors: await parquetCompressors(),
    rowStart,
    rowEnd,
    parsers: {
      timestampFromMilliseconds: (v: bigint) => Number(v),
      timestampFromMicroseconds: (v: bigint) => Number(v) / 1000,
      timestampFromNanoseconds: (v: bigint) => Number(v) / 1e6,
      dateFromDays: (d: number) => d * 86_400_000,
    },
  })) as Record<string, unknown>[];
  const out: Record<string, unknown[]> = {};
  for (const r of rows) {
    for (const [k, v] of Object.entries(r)) (out[k] ??= []).push(normalize(v));
  }
  return out;
}

function normalize(v: unknown): unknown {
  if (typeof v === 'bigint') return Number(v);
  if (v === undefined) return null;
  if (Array.isArray(v)) return v.map(normalize);
  return v;
}

/** The first row where two columns differ (a short failure message instead of a diff of 272,727 values). */
function firstDifference(ours: unknown[], ref: unknown[]): { row: number; ours: unknown; ref: unknown } | undefined {
  for (let i = 0; i < Math.max(ours.length, ref.length); i++) {
    const a = ours[i];
    const b = ref[i];
    const same = Array.isArray(a) || Array.isArray(b) ? JSON.stringify(a) === JSON.stringify(b) : Object.is(a, b);
    if (!same) return { row: i, ours: a, ref: b };
  }
  return undefined;
}

/** Our flat reader over the row groups whose index is in `groups` (all when undefined). */
async function flatColumns(path: string, groups?: number[]): Promise<{ columns: Record<string, unknown[]>; kinds: Record<string, Set<string>>; rowStart: number; rowEnd: number }> {
  const columns: Record<string, unknown[]> = {};
  const kinds: Record<string, Set<string>> = {};
  let k = 0;
  let rowStart = -1;
  let rowEnd = 0;
  for await (const g of readParquetColumns(path)) {
    if (groups && !groups.includes(k++)) continue;
    if (rowStart < 0) rowStart = g.rowStart;
    rowEnd = g.rowStart + g.rows;
    for (let c = 0; c < g.columns.length; c++) {
      const name = g.columns[c];
      const out = (columns[name] ??= []);
      let next = g.rowStart;
      await g.readPages(c, (p: ParquetPage) => {
        expect(p.rowStart).toBe(next); // pages come in row order, without gaps
        next += p.rows;
        (kinds[name] ??= new Set()).add(p.kind);
        for (let i = 0; i < p.rows; i++) {
          if (p.kind === 'numbers') out.push(p.nulls && p.nulls[i] === 1 ? null : p.values[i]);
          else if (p.kind === 'dict') out.push(p.indices[i] < 0 ? null : p.dictionary.texts[p.indices[i]]);
          else out.push(normalize(p.values[i]));
        }
      });
      expect(next).toBe(g.rowStart + g.rows);
    }
  }
  return { columns, kinds, rowStart, rowEnd };
}

// A file written here: 2,500 rows in row groups of 1,000 (the last 500), small pages (several per
// chunk), nulls in every optional column. `label` has 3 distinct texts in the first group
// (dictionary-encoded) and unique texts after it (plain: a dictionary would not halve the size).
const N = 2500;
const at = (i: number, every: number) => i % every === 3;
const mixed = join(tmp, 'mixed.parquet');
parquetWriteFile({
  filename: mixed,
  rowGroupSize: 1000,
  pageSize: 2048,
  columnData: [
    { name: 'i32', type: 'INT32', data: Array.from({ length: N }, (_, i) => (at(i, 7) ? null : ((i * 7919) % 2001) - 1000)) },
    { name: 'i64', type: 'INT64', data: Array.from({ length: N }, (_, i) => (at(i, 11) ? null : BigInt(i) * 3_000_000_007n - 5_000_000_000n)) },
    { name: 'delta', type: 'INT32', encoding: 'DELTA_BINARY_PACKED', data: Array.from({ length: N }, (_, i) => (at(i, 5) ? null : i * 3)) },
    { name: 'f64', type: 'DOUBLE', data: Array.from({ length: N }, (_, i) => (at(i, 13) ? null : i === 8 ? -0 : Math.sin(i) * 1e3)) },
    { name: 'split', type: 'DOUBLE', encoding: 'BYTE_STREAM_SPLIT', data: Array.from({ length: N }, (_, i) => (at(i, 9) ? null : i / 7)) },
    { name: 'label', type: 'STRING', data: Array.from({ length: N }, (_, i) => (at(i, 6) ? null : i < 1000 ? ['red', 'green', 'blue'][i % 3] : `item-${i}-${'x'.repeat(i % 17)}`)) },
    { name: 'flag', type: 'BOOLEAN', data: Array.from({ length: N }, (_, i) => (at(i, 4) ? null : i % 3 === 0)) },
    { name: 'ts', type: 'TIMESTAMP', data: Array.from({ length: N }, (_, i) => (at(i, 8) ? null : new Date(Date.UTC(2024, 0, 1) + i * 3_600_123))) },
    { name: 'tags', data: Array.from({ length: N }, (_, i) => (at(i, 10) ? null : [`t${i % 4}`, `u${i % 3}`])) },
    { name: 'req_int', type: 'INT64', nullable: false, data: Array.from({ length: N }, (_, i) => BigInt(i % 37)) },
    { name: 'req_text', type: 'STRING', nullable: false, data: Array.from({ length: N }, (_, i) => `k${i % 5}`) },
  ],
});

/**
 * A file with DATA_PAGE (v1) pages and nulls, as pyarrow and parquet-mr write by default (which
 * hyparquet-writer does not: it writes v2), built from hyparquet-writer's page/metadata writers,
 * uncompressed. Each OPTIONAL column chunk is a dictionary page, a dictionary-encoded page, then a
 * PLAIN page (the dictionary fallback of parquet-mr), with nulls in both data pages.
 */
function writeV1File(path: string): void {
  const rows = 600;
  const half = 300;
  const w = new ByteWriter();
  w.appendUint32(0x31524150); // PAR1
  type Col = { name: string; type: 'INT64' | 'BYTE_ARRAY'; converted?: 'UTF8'; values: (bigint | string | null)[]; dictionary: (bigint | string)[] };
  const cols: Col[] = [
    { name: 'n', type: 'INT64', values: Array.from({ length: rows }, (_, i) => (i % 7 === 2 ? null : BigInt(i < half ? (i % 5) * 1000 - 2000 : i * 12345 - 3_000_000))), dictionary: [-2000n, -1000n, 0n, 1000n, 2000n] },
    { name: 's', type: 'BYTE_ARRAY', converted: 'UTF8', values: Array.from({ length: rows }, (_, i) => (i % 9 === 4 ? null : i < half ? ['alpha', 'beta', 'gamma'][i % 3] : `free-${i}`)), dictionary: ['alpha', 'beta', 'gamma'] },
  ];
  const chunks = [];
  for (const c of cols) {
    const start = w.offset;
    const page = (values: (bigint | string | null)[], dict: boolean) => {
      const body = new ByteWriter();
      const defs = new ByteWriter();
      writeRleBitPackedHybrid(defs, values.map((v) => (v === null ? 0 : 1)), 1);
      body.appendUint32(defs.offset);
      body.appendBytes(defs.getBytes());
      const nonNull = values.filter((v) => v !== null) as (bigint | string)[];
      if (dict) {
        body.appendUint8(2); // bit width of indices < 4
        writeRleBitPackedHybrid(body, nonNull.map((v) => c.dictionary.indexOf(v)), 2);
      } else writePlain(body, nonNull, c.type, undefined);
      writePageHeader(w, {
        type: 'DATA_PAGE',
        uncompressed_page_size: body.offset,
        compressed_page_size: body.offset,
        data_page_header: { num_values: values.length, encoding: dict ? 'RLE_DICTIONARY' : 'PLAIN', definition_level_encoding: 'RLE', repetition_level_encoding: 'RLE' },
      });
      w.appendBytes(body.getBytes());
    };
    const dictBody = new ByteWriter();
    writePlain(dictBody, c.dictionary, c.type, undefined);
    writePageHeader(w, { type: 'DICTIONARY_PAGE', uncompressed_page_size: dictBody.offset, compressed_page_size: dictBody.offset, dictionary_page_header: { num_values: c.dictionary.length, encoding: 'PLAIN' } });
    w.appendBytes(dictBody.getBytes());
    const dataStart = w.offset;
    page(c.values.slice(0, half), true);
    page(c.values.slice(half), false);
    const size = w.offset - start;
    chunks.push({
      file_offset: BigInt(start),
      meta_data: {
        type: c.type,
        encodings: ['PLAIN', 'RLE', 'RLE_DICTIONARY'],
        path_in_schema: [c.name],
        codec: 'UNCOMPRESSED',
        num_values: BigInt(rows),
        total_uncompressed_size: BigInt(size),
        total_compressed_size: BigInt(size),
        data_page_offset: BigInt(dataStart),
        dictionary_page_offset: BigInt(start),
      },
    });
  }
  writeMetadata(w, {
    version: 1,
    schema: [{ name: 'root', num_children: cols.length }, ...cols.map((c) => ({ name: c.name, type: c.type, repetition_type: 'OPTIONAL', ...(c.converted ? { converted_type: c.converted } : {}) }))],
    num_rows: BigInt(rows),
    row_groups: [{ columns: chunks, total_byte_size: BigInt(w.offset), num_rows: BigInt(rows) }],
  } as never);
  w.appendUint32(0x31524150);
  writeFileSync(path, new Uint8Array(w.getBuffer()));
}
const v1 = join(tmp, 'v1.parquet');
writeV1File(v1);

describe('the flat Parquet page reader agrees with hyparquet parquetReadObjects', () => {
  it.each([
    {
      name: 'flights-3m.parquet, first row group (ZSTD, v1 RLE_DICTIONARY pages: INT64 timestamps/numbers, UTF8 text)',
      path: vegaData('flights-3m.parquet'),
      groups: [0],
      kinds: { date: ['numbers'], delay: ['numbers'], distance: ['numbers'], origin: ['dict'], destination: ['dict'] },
    },
    {
      name: 'flights-3m.parquet, last row group',
      path: vegaData('flights-3m.parquet'),
      groups: [10],
      kinds: { date: ['numbers'], delay: ['numbers'], distance: ['numbers'], origin: ['dict'], destination: ['dict'] },
    },
    {
      name: "pandas' simple.parquet (pyarrow: Snappy, PLAIN_DICTIONARY v1 pages)",
      path: PANDAS_SIMPLE,
      groups: undefined,
      kinds: { A: ['numbers'], B: ['dict'] },
    },
    {
      name: 'v1 pages with nulls: dictionary page, RLE_DICTIONARY page, then a PLAIN page in one chunk (INT64, UTF8)',
      path: v1,
      groups: undefined,
      kinds: { n: ['numbers'], s: ['dict', 'values'] },
    },
    {
      name: 'hyparquet-writer file: v2 pages, nulls everywhere, a dictionary chunk then plain chunks, DELTA/BYTE_STREAM_SPLIT, bool, timestamp, list',
      path: mixed,
      groups: undefined,
      kinds: {
        i32: ['numbers'],
        i64: ['numbers'],
        delta: ['numbers'],
        f64: ['numbers'],
        split: ['numbers'],
        label: ['dict', 'values'],
        flag: ['values'],
        ts: ['numbers'],
        tags: ['values'],
        req_int: ['numbers'],
        req_text: ['dict'],
      },
    },
  ])('$name', async ({ path, groups, kinds }) => {
    const ours = await flatColumns(path, groups);
    const ref = await referenceColumns(path, ours.rowStart, ours.rowEnd);
    expect(Object.keys(ours.columns)).toEqual(Object.keys(ref));
    for (const name of Object.keys(ref)) {
      expect(ours.columns[name].length, name).toBe(ours.rowEnd - ours.rowStart);
      expect(firstDifference(ours.columns[name], ref[name]), name).toBeUndefined();
    }
    const seen = Object.fromEntries(Object.entries(ours.kinds).map(([k, v]) => [k, [...v].sort()]));
    expect(seen).toEqual(Object.fromEntries(Object.entries(kinds).map(([k, v]) => [k, [...v].sort()])));
  });

  it('the written file really has the nulls, pages and encodings the cases above claim', async () => {
    const meta = await parquetMetadataAsync(await asyncBufferFromFile(mixed));
    expect(meta.row_groups.map((g) => Number(g.num_rows))).toEqual([1000, 1000, 500]);
    const label = meta.row_groups.map((g) => g.columns.find((c) => c.meta_data?.path_in_schema[0] === 'label')!.meta_data!);
    expect(label[0].dictionary_page_offset).toBeDefined();
    expect(label[1].dictionary_page_offset).toBeUndefined();
    const { parquetSchema } = await import('hyparquet');
    const repetition = Object.fromEntries(parquetSchema(meta).children.map((c) => [c.element.name, c.element.repetition_type]));
    expect(repetition).toMatchObject({ i32: 'OPTIONAL', req_int: 'REQUIRED', req_text: 'REQUIRED' });
    const ref = await referenceColumns(mixed, 0, N);
    for (const name of ['i32', 'i64', 'delta', 'f64', 'split', 'label', 'flag', 'ts', 'tags']) expect(ref[name].filter((v) => v === null).length, name).toBeGreaterThan(0);
    const refV1 = await referenceColumns(v1, 0, 600);
    expect(refV1.n.filter((v) => v === null).length).toBe(86); // i % 7 === 2 for i < 600
    expect(refV1.s.filter((v) => v === null).length).toBe(67); // i % 9 === 4 for i < 600
    expect(refV1.s.slice(298, 302)).toEqual(['beta', 'gamma', 'free-300', null]); // the dictionary page ends at row 300
  });
});

describe('profiles from the page reader', () => {
  it('equal the profile of the same rows as a JSON array (the boxed path), nulls and duplicate rows included', async () => {
    // Rows 0-1199 of the written file's plain columns, with rows 1100-1199 repeating 1000-1099.
    const ref = await referenceColumns(mixed, 0, 1100);
    const names = ['i32', 'i64', 'delta', 'f64', 'split', 'label', 'flag'];
    const rows: Record<string, unknown>[] = [];
    for (let i = 0; i < 1100; i++) rows.push(Object.fromEntries(names.map((n) => [n, ref[n][i] === -0 && Object.is(ref[n][i], -0) ? 0 : ref[n][i]])));
    for (let i = 1000; i < 1100; i++) rows.push(rows[i]);
    const json = join(tmp, 'same.json');
    writeFileSync(json, JSON.stringify(rows));
    const pq = join(tmp, 'same.parquet');
    parquetWriteFile({
      filename: pq,
      rowGroupSize: 700,
      pageSize: 1024,
      columnData: names.map((n) => ({
        name: n,
        type: ({ i32: 'INT32', i64: 'INT64', delta: 'INT32', f64: 'DOUBLE', split: 'DOUBLE', label: 'STRING', flag: 'BOOLEAN' } as const)[n as 'i32'],
        data: rows.map((r) => (n === 'i64' && r[n] !== null ? BigInt(r[n] as number) : r[n])) as never,
      })),
    });
    const rules = { i32: { type: 'int' as const, min: -900, max: 900 }, label: { type: 'category' as const, categories: ['red', 'green'] }, f64: { type: 'float' as const, nullable: false } };
    const a = await profileDataset(pq, { rules, duplicateRows: true, sampleSize: 500 });
    const b = await profileDataset(json, { rules, duplicateRows: true, sampleSize: 500 });
    expect(a.rows).toBe(1200);
    expect(a.profilers.map((p) => summarizeColumn(p))).toEqual(b.profilers.map((p) => summarizeColumn(p)));
    expect(a.profilers.map((p) => p.violations)).toEqual(b.profilers.map((p) => p.violations));
    expect(a.profilers[0].violations.min).toBeGreaterThan(0); // the rules did find something
    expect(a.profilers[5].violations.categories).toBeGreaterThan(0);
    expect(a.duplicateRows).toEqual(b.duplicateRows);
    expect(a.duplicateRows!.count).toBe(100);
    expect(a.duplicateRows!.examples[0]).toEqual({ line: 1101, firstLine: 1001 });
  });

  it('flights-3m.parquet: timestamps stay epoch ms (min/max as ISO), text columns are counted per dictionary entry', async () => {
    const p = await profileDataset(vegaData('flights-3m.parquet'), { sampleSize: 1000 });
    const s = p.profilers.map((x) => summarizeColumn(x));
    expect(p.rows).toBe(3_000_000);
    // pandas 1.5 on the same rows as CSV (bench/out/flights-3m.csv): date min 2001-01-01 00:01:00,
    // max 2001-07-01 00:00:00; origin nunique 229.
    expect(s[0].datetime).toEqual({ min: '2001-01-01T00:01:00.000Z', max: '2001-07-01T00:00:00.000Z' });
    expect(s[3].inferredType).toBe('string');
    expect(s[3].distinct).toBe(229);
    expect(s[3].top!.reduce((t, x) => t + x.count, 0)).toBeLessThanOrEqual(3_000_000);
  }, 30_000);
});

describe('corrupt Parquet', () => {
  it('garbage in a column chunk is a UsageError naming the file, column and rows', async () => {
    const bytes = readFileSync(mixed);
    const meta = await parquetMetadataAsync(await asyncBufferFromFile(mixed));
    const chunk = meta.row_groups[1].columns[0].meta_data!;
    const bad = Buffer.from(bytes);
    const from = Number(chunk.data_page_offset);
    bad.fill(0xff, from, from + Number(chunk.total_compressed_size));
    const path = join(tmp, 'corrupt.parquet');
    writeFileSync(path, bad);
    const err = await profileDataset(path).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UsageError);
    expect((err as Error).message).toMatch(/corrupt\.parquet: cannot decode Parquet column "i32" rows 1001-2000/);
  });
});
