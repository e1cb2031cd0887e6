/**
 * The Delta golden tables (../shared/specs/delta-lake/golden/, written by Spark + Delta Lake) read
 * through the same hook every stage uses (readBatches with format delta), compared with what
 * GoldenTables.scala wrote — each expected table is rebuilt here from the Scala program's logic,
 * with the line it comes from. Rows are compared as sorted multisets (a table has no row order).
 */
import { cpSync, mkdtempSync, rmSync, utimesSync, writeFileSync, chmodSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { UsageError } from '../../../../src/errors.js';
import { detectFormat } from '../../../../src/data/read.js';
import { readTable } from '../../../helpers/read-table.js';
import { loadSnapshot } from '../../../../src/data/delta/log.js';
import { countRows, describeSnapshot, openDeltaTable } from '../../../../src/data/delta/scan.js';
import { readDeltaRows } from '../../../helpers/delta-rows.js';
import { parseTableRef } from '../../../../src/data/delta/table-ref.js';

const G = '/work/shared/specs/delta-lake/golden/';
const range = (a: number, b: number) => Array.from({ length: b - a }, (_, i) => a + i);

function norm(v: unknown): unknown {
  if (v instanceof Date) return v.toISOString();
  if (typeof v === 'bigint') return Number(v);
  if (Array.isArray(v)) return v.map(norm);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, norm(x)]));
  return v;
}
const key = (r: unknown) => JSON.stringify(norm(r));
const sorted = (rows: unknown[][]) => rows.map(key).sort();

async function read(table: string): Promise<{ columns: string[]; rows: unknown[][] }> {
  return readDeltaRows(G + table);
}

const tmp: string[] = [];
afterAll(() => {
  for (const d of tmp) rmSync(d, { recursive: true, force: true });
});
/** A writable copy of a golden table (the originals are read-only). */
function copy(table: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'cd4ml-delta-golden-'));
  tmp.push(dir);
  const to = join(dir, table);
  cpSync(G + table, to, { recursive: true });
  const chmod = (p: string) => {
    chmodSync(p, 0o755);
    for (const e of readdirSync(p, { withFileTypes: true })) {
      if (e.isDirectory()) chmod(join(p, e.name));
      else chmodSync(join(p, e.name), 0o644);
    }
  };
  chmod(to);
  return to;
}

const data = (tag: number, n: number) => range(0, n).map((x) => [x, `data-${tag}-${x}`]);
const primitives = (i: number) => [i, i, i, i, i % 2 === 0, i, i, String(i), String.fromCharCode(i, i), i];

describe('golden tables read exactly (rows, values, nulls)', () => {
  it.each([
    { name: 'snapshot-data0: one append (GoldenTables.scala:149)', table: 'snapshot-data0', columns: ['col1', 'col2'], rows: data(0, 10) },
    { name: 'snapshot-data1: two appends (l.153)', table: 'snapshot-data1', columns: ['col1', 'col2'], rows: [...data(0, 10), ...data(1, 10)] },
    { name: 'snapshot-data2: overwrite removes earlier files (l.158)', table: 'snapshot-data2', columns: ['col1', 'col2'], rows: data(2, 10) },
    { name: 'snapshot-data3: append after overwrite (l.163)', table: 'snapshot-data3', columns: ['col1', 'col2'], rows: [...data(2, 10), ...data(3, 20)] },
    { name: "snapshot-data2-deleted: DELETE col2 like 'data-2-%' (l.168)", table: 'snapshot-data2-deleted', columns: ['col1', 'col2'], rows: data(3, 20) },
    { name: 'snapshot-repartitioned: dataChange=false rewrite (l.173)', table: 'snapshot-repartitioned', columns: ['col1', 'col2'], rows: data(3, 20) },
    { name: 'snapshot-vacuumed: removed files vacuumed (l.186)', table: 'snapshot-vacuumed', columns: ['col1', 'col2'], rows: data(3, 20) },
    {
      name: 'basic-with-inserts-updates: UPDATE id < 50 (l.1538)',
      table: 'basic-with-inserts-updates',
      columns: ['id', 'str'],
      rows: range(0, 100).map((x) => [x, x < 50 ? 'N/A' : `val=${x}`]),
    },
    {
      name: 'basic-with-inserts-merge: MERGE update/insert/delete-by-source (l.1544)',
      table: 'basic-with-inserts-merge',
      columns: ['id', 'str'],
      rows: [...range(10, 50).map((x) => [x, `val=${x}`]), ...range(50, 100).map((x) => [x, 'N/A']), ...range(100, 150).map((x) => [x, 'EXT'])],
    },
    { name: 'basic-with-inserts-overwrite-restore: RESTORE to v1, with a checkpoint (l.1562)', table: 'basic-with-inserts-overwrite-restore', columns: ['id'], rows: range(0, 200).map((x) => [x]) },
    {
      name: 'basic-with-vacuum-protocol-check-feature: reader feature vacuumProtocolCheck (l.1529)',
      table: 'basic-with-vacuum-protocol-check-feature',
      columns: ['id', 'str'],
      rows: range(0, 100).map((x) => [x, `val=${x}`]),
    },
    {
      name: 'log-replay-dv-key-cases: deletion vectors on disk, re-written per DELETE (l.1520)',
      table: 'log-replay-dv-key-cases',
      columns: ['id'],
      rows: range(0, 50)
        .filter((x) => x !== 0 && x !== 7 && x !== 14)
        .map((x) => [x]),
    },
    {
      name: 'dv-with-columnmapping: deletion vectors + column mapping name + partitions (l.1023)',
      table: 'dv-with-columnmapping',
      columns: ['part', 'col1', 'col2'],
      rows: range(0, 50)
        .filter((x) => !(x % 2 === 0 && x < 30))
        .map((x) => [x % 10, x, `foo${x % 5}`]),
    },
    {
      name: 'data-reader-primitives: every primitive, and a row of nulls (l.541)',
      table: 'data-reader-primitives',
      columns: ['as_int', 'as_long', 'as_byte', 'as_short', 'as_boolean', 'as_float', 'as_double', 'as_string', 'as_binary', 'as_big_decimal'],
      rows: [...range(0, 10).map(primitives), new Array(10).fill(null)],
    },
    {
      name: 'data-reader-partition-values: typed partition values and null partitions (l.568)',
      table: 'data-reader-partition-values',
      columns: ['as_int', 'as_long', 'as_byte', 'as_short', 'as_boolean', 'as_float', 'as_double', 'as_string', 'as_string_lit_null', 'as_date', 'as_timestamp', 'as_big_decimal', 'as_list_of_records', 'as_nested_struct', 'value'],
      rows: [
        ...[0, 1].map((i) => [
          i,
          i,
          i,
          i,
          i % 2 === 0,
          i,
          i,
          String(i),
          'null',
          new Date('2021-09-08T00:00:00Z'),
          new Date('2021-09-08T11:11:11Z'),
          i,
          [{ val: i }, { val: i }, { val: i }],
          { aa: String(i), ab: String(i), ac: { aca: i, acb: i } },
          String(i),
        ]),
        [...new Array(12).fill(null), [{ val: 2 }, { val: 2 }, { val: 2 }], { aa: '2', ab: '2', ac: { aca: 2, acb: 2 } }, '2'],
      ],
    },
    {
      name: 'data-reader-nested-struct: struct in struct (l.869)',
      table: 'data-reader-nested-struct',
      columns: ['a', 'b'],
      rows: range(0, 10).map((i) => [{ aa: String(i), ab: String(i), ac: { aca: i, acb: i } }, i]),
    },
    {
      name: 'data-reader-escaped-chars: escaped characters in partition paths (l.896)',
      table: 'data-reader-escaped-chars',
      columns: ['_1', '_2'],
      rows: [
        ['foo1', 'bar+%21'],
        ['foo2', 'bar+%22'],
        ['foo3', 'bar+%23'],
      ],
    },
    ...['INT96', 'TIMESTAMP_MICROS', 'TIMESTAMP_MILLIS'].map((t) => ({
      name: `kernel-timestamp-${t}: timestamp partition and column, UTC writer (l.1040)`,
      table: `kernel-timestamp-${t}`,
      columns: ['id', 'part', 'time'],
      rows: [
        [0, new Date('2020-01-01T08:09:10.001Z'), new Date('2020-02-01T08:09:10Z')],
        [1, new Date('2021-10-01T08:09:20Z'), new Date('1999-01-01T09:00:00Z')],
        [2, new Date('2021-10-01T08:09:20Z'), new Date('2000-01-01T09:00:00Z')],
        [3, new Date('1969-01-01T00:00:00Z'), new Date('1969-01-01T00:00:00Z')],
        [4, null, null],
      ],
    })),
    {
      // Written with the JVM in PST (l.1068): data columns hold UTC instants (PST + 8 h); a partition
      // value holds the writer's wall-clock time without a zone, which cd4ml reads as UTC (documented
      // in docs/data-sources.md; the writer's zone is not recorded in the log).
      name: 'kernel-timestamp-PST: data column as UTC instants, zone-less partition values as UTC (l.1068)',
      table: 'kernel-timestamp-PST',
      columns: ['id', 'part', 'time'],
      rows: [
        [0, new Date('2020-01-01T08:09:10.001Z'), new Date('2020-02-01T16:09:10Z')],
        [1, new Date('2021-10-01T08:09:20Z'), new Date('1999-01-01T17:00:00Z')],
        [2, new Date('2021-10-01T08:09:20Z'), new Date('2000-01-01T17:00:00Z')],
        [3, new Date('1969-01-01T00:00:00Z'), new Date('1969-01-01T08:00:00Z')],
        [4, null, null],
      ],
    },
    ...['data-reader-timestamp_ntz', 'data-reader-timestamp_ntz-id-mode', 'data-reader-timestamp_ntz-name-mode'].map((table) => {
      const a = new Date('2021-11-18T02:30:00.123Z');
      const b = new Date('2013-07-05T17:01:00.123Z');
      return {
        name: `${table}: timestamp_ntz column and partition, microseconds to ms (l.1390${table.endsWith('mode') ? ', column mapping l.1417' : ''})`,
        table,
        columns: ['id', 'tsNtz', 'tsNtzPartition'],
        rows: [
          [0, a, a],
          [1, b, a],
          [2, null, a],
          [3, a, b],
          [4, b, b],
          [5, null, b],
          [6, a, null],
          [7, b, null],
          [8, null, null],
        ],
      };
    }),
    { name: 'v2-checkpoint-parquet: v2 checkpoint with Parquet sidecars (l.1458)', table: 'v2-checkpoint-parquet', columns: ['id'], rows: range(0, 10).map((x) => [x]) },
    { name: 'v2-checkpoint-json: v2 checkpoint in JSON with sidecars (l.1458)', table: 'v2-checkpoint-json', columns: ['id'], rows: range(0, 10).map((x) => [x]) },
    {
      name: 'only-checkpoint-files: checkpoints every commit, DELETE between appends (l.1490)',
      table: 'only-checkpoint-files',
      columns: ['id'],
      rows: [...range(5, 10), ...range(0, 20)].map((x) => [x]),
    },
    {
      name: 'log-replay-latest-metadata-protocol: schema grown by mergeSchema, latest metadata wins (l.1480)',
      table: 'log-replay-latest-metadata-protocol',
      columns: ['col1', 'col2'],
      rows: [...range(0, 20).map((x) => [x, null]), ...range(0, 20).map((x) => [x, x % 2])],
    },
    { name: 'time-travel-schema-changes-b: old files lack the new column (l.506)', table: 'time-travel-schema-changes-b', columns: ['id', 'part'], rows: [...range(0, 10).map((x) => [x, null]), ...range(10, 20).map((x) => [x, x])] },
    { name: 'time-travel-partition-changes-b: overwriteSchema to a new partition column (l.520)', table: 'time-travel-partition-changes-b', columns: ['id', 'part2'], rows: range(10, 20).map((x) => [x, x % 2]) },
  ])('$name', async ({ table, columns, rows }) => {
    const got = await read(table);
    expect(got.columns).toEqual(columns);
    expect(got.rows.length).toBe(rows.length);
    expect(sorted(got.rows)).toEqual(sorted(rows));
  });

  it.each(['basic-decimal-table', 'basic-decimal-table-legacy'])('%s: decimal partition, INT32/INT64/FIXED_LEN_BYTE_ARRAY decimals (l.1237-1266)', async (table) => {
    // Spark rounds each value to its column's scale: DecimalType(12,5) partition, (5,2), (10,5), (20,10).
    const expected = [
      ['234', '1', '2', '3'],
      ['2342222.23454', '111.11', '22222.22222', '3333333333.3333333333'],
      ['0.00004', '0.00', '0.00000', '0.0000000000'],
      ['-2342342.23423', '-999.99', '-99999.99999', '-9999999999.9999999999'],
    ].map((r) => r.map(Number));
    const got = await read(table);
    expect(got.columns).toEqual(['part', 'col1', 'col2', 'col3']);
    const byPart = new Map(got.rows.map((r) => [r[0], r]));
    expect(byPart.size).toBe(4);
    for (const e of expected) {
      const r = byPart.get(e[0])!;
      expect(r.slice(0, 3)).toEqual(e.slice(0, 3));
      // 20 digits do not fit a double: hyparquet's unscaled / 10^scale is within one rounding of Number(text).
      expect(Math.abs((r[3] as number) - e[3])).toBeLessThanOrEqual(Math.abs(e[3]) * 4e-16);
    }
  });

  it.each([
    { name: 'log-replay-dv-key-cases (l.1520)', table: 'log-replay-dv-key-cases', rows: 47 },
    { name: 'dv-with-columnmapping (l.1023)', table: 'dv-with-columnmapping', rows: 35 },
    { name: 'basic-with-inserts-merge (l.1544)', table: 'basic-with-inserts-merge', rows: 140 },
  ])('row count from add stats minus DV cardinality, without reading data: $name', async ({ table, rows }) => {
    expect(countRows(await openDeltaTable(G + table))).toBe(rows);
  });

  it('row count is unknown (not guessed) when the writer recorded no stats (snapshot-data0, 2020 writer)', async () => {
    expect(countRows(await openDeltaTable(G + 'snapshot-data0'))).toBeUndefined();
  });

  it('table-with-columnmapping-mode-name and -id: logical names, nested struct fields renamed (l.624, l.641)', async () => {
    const name = await read('table-with-columnmapping-mode-name');
    const id = await read('table-with-columnmapping-mode-id');
    expect(name.columns).toContain('nested_struct');
    expect(id.columns).toEqual(name.columns);
    expect(id.rows.length).toBe(name.rows.length);
    expect(name.rows.length).toBeGreaterThan(0);
    expect(sorted(id.rows)).toEqual(sorted(name.rows));
    // No physical column names (col-<uuid>) leak into values, at any depth.
    expect(JSON.stringify(norm(name.rows))).not.toMatch(/col-[0-9a-f]{8}-/);
  });

  it('data-skipping-basic-stats-all-types in none, name and id column mapping and from a checkpoint read the same row (l.1574-1610)', async () => {
    const expected = [[0, 0, 0, 0, 0, 0, '0', new Date('2000-01-01T00:00:00Z'), new Date('2000-01-01T00:00:00Z'), 0]];
    for (const t of ['data-skipping-basic-stats-all-types', 'data-skipping-basic-stats-all-types-checkpoint', 'data-skipping-basic-stats-all-types-columnmapping-name', 'data-skipping-basic-stats-all-types-columnmapping-id']) {
      const got = await read(t);
      expect(got.columns[7]).toBe('as_date');
      // The timestamp was written by a JVM in its local zone (Timestamp.valueOf): compare the date and the rest.
      expect(norm(got.rows.map((r) => [...r.slice(0, 8), null, r[9]]))).toEqual(norm(expected.map((r) => [...r.slice(0, 8), null, r[9]])));
    }
  });
});

describe('log replay without data files (log-only golden tables)', () => {
  it.each([
    { name: 'checkpoint: 15 commits, checkpoint at 10, each removes the previous file (l.125)', table: 'checkpoint', files: ['15'] },
    { name: 'canonicalized-paths-normal-a: remove as file:/… cancels the add (l.228)', table: 'canonicalized-paths-normal-a', files: [] },
    { name: 'canonicalized-paths-normal-b: remove as file://… cancels the add (l.242)', table: 'canonicalized-paths-normal-b', files: [] },
    { name: 'canonicalized-paths-special-a: escaped characters, file: scheme (l.228)', table: 'canonicalized-paths-special-a', files: [] },
    { name: 'canonicalized-paths-special-b: escaped characters, file:// scheme (l.228)', table: 'canonicalized-paths-special-b', files: [] },
    { name: 'log-replay-special-characters-a: add then remove of "special p@#h" (l.1498)', table: 'log-replay-special-characters-a', files: [] },
    { name: 'log-replay-special-characters-b: the add stays, its path decoded (l.1510)', table: 'log-replay-special-characters-b', files: ['special p@#h'] },
    { name: 'delete-re-add-same-file-different-transactions: re-added file survives (l.250)', table: 'delete-re-add-same-file-different-transactions', files: ['bar', 'foo'] },
    { name: 'corrupted-last-checkpoint: 11 commits, checkpoint at 10 (l.203)', table: 'corrupted-last-checkpoint', files: range(0, 11).map(String).sort() },
  ])('$name', async ({ table, files }) => {
    const s = await loadSnapshot(parseTableRef(G + table));
    expect(s.files.map((f) => f.path.slice(s.root.length + 1)).sort()).toEqual(files);
  });

  it('a corrupt _last_checkpoint is ignored: the listing finds the checkpoint (DeltaLogSuite "handle corrupted _last_checkpoint", l.203)', async () => {
    const t = copy('corrupted-last-checkpoint');
    writeFileSync(join(t, '_delta_log', '_last_checkpoint'), '{"version":10,"size":');
    const s = await loadSnapshot(parseTableRef(t));
    expect(s.version).toBe(10);
    expect(s.files.length).toBe(11);
  });
});

describe('checkpoints as the base of the replay', () => {
  // basic-with-inserts-overwrite-restore (GoldenTables.scala:1562): range(100), append range(100, 200),
  // overwrite range(500, 1000), RESTORE to v1 = 0..199, with a classic checkpoint at v3.
  const restored = range(0, 200).map((x) => [x]);
  function withoutEarlyCommits(): string {
    const t = copy('basic-with-inserts-overwrite-restore');
    for (let v = 0; v <= 2; v++) rmSync(join(t, '_delta_log', `${String(v).padStart(20, '0')}.json`));
    return t;
  }

  it('a classic checkpoint replaces the commits before it (commits 0-2 cleaned up)', async () => {
    const t = withoutEarlyCommits();
    const got = await readDeltaRows(t);
    expect(sorted(got.rows)).toEqual(sorted(restored));
  });

  it('a multi-part checkpoint (2 parts) is read as one', async () => {
    const t = withoutEarlyCommits();
    const log = join(t, '_delta_log');
    const classic = join(log, '00000000000000000003.checkpoint.parquet');
    // Duplicated actions across parts reconcile to the same snapshot (same keys).
    cpSync(classic, join(log, '00000000000000000003.checkpoint.0000000001.0000000002.parquet'));
    cpSync(classic, join(log, '00000000000000000003.checkpoint.0000000002.0000000002.parquet'));
    rmSync(classic);
    const got = await readDeltaRows(t);
    expect(sorted(got.rows)).toEqual(sorted(restored));
  });

  it('an incomplete multi-part checkpoint (1 of 2 parts) is not used: the replay refuses, naming the missing commit', async () => {
    const t = withoutEarlyCommits();
    const log = join(t, '_delta_log');
    cpSync(join(log, '00000000000000000003.checkpoint.parquet'), join(log, '00000000000000000003.checkpoint.0000000001.0000000002.parquet'));
    rmSync(join(log, '00000000000000000003.checkpoint.parquet'));
    await expect(readDeltaRows(t)).rejects.toThrow(/at version 3: the log is missing commit 00000000000000000000.json and no checkpoint covers it/);
  });

  it('a version older than the cleaned-up log is refused as no longer in the log', async () => {
    const t = withoutEarlyCommits();
    await expect(readDeltaRows(t + '@v1')).rejects.toThrow(/at version 1: version 1 is no longer in the log \(its commits were cleaned up; the earliest readable version is 3\)/);
  });

  it('a corrupt commit line is refused with file and line', async () => {
    const t = copy('snapshot-data1');
    writeFileSync(join(t, '_delta_log', '00000000000000000001.json'), '{"commitInfo":{}}\n{"add":{"path":\n');
    await expect(readDeltaRows(t)).rejects.toThrow(/at version 1: corrupt log file .*00000000000000000001.json:2: /);
  });
});

describe('refusals name the table, the version and the feature', () => {
  it.each([
    { name: 'reader version 99 (deltalog-invalid-protocol-version, l.361)', table: 'deltalog-invalid-protocol-version', message: /deltalog-invalid-protocol-version at version 0: reader version 99 is not supported/ },
    { name: 'unknown reader feature variantType-preview', table: 'spark-variant-checkpoint', message: /spark-variant-checkpoint at version 2: reader feature "variantType-preview" is not supported/ },
    { name: 'unknown reader feature typeWidening-preview', table: 'type-widening', message: /type-widening at version \d+: reader feature "typeWidening-preview" is not supported/ },
    { name: 'no _delta_log folder (no-delta-log-folder, l.1476)', table: 'no-delta-log-folder', message: /no-delta-log-folder: no _delta_log folder/ },
    { name: 'a commit missing from the log (versions-not-contiguous, l.270)', table: 'versions-not-contiguous', message: /versions-not-contiguous at version 2: the log is missing commit 00000000000000000001.json/ },
    { name: 'no protocol action (deltalog-state-reconstruction-without-protocol, l.288)', table: 'deltalog-state-reconstruction-without-protocol', message: /without-protocol at version \d+: the log has no protocol action/ },
    { name: 'no metaData action (deltalog-state-reconstruction-without-metadata, l.288)', table: 'deltalog-state-reconstruction-without-metadata', message: /without-metadata at version \d+: the log has no metaData action/ },
    { name: 'checkpoint without protocol (…-from-checkpoint-missing-protocol, l.313)', table: 'deltalog-state-reconstruction-from-checkpoint-missing-protocol', message: /missing-protocol at version \d+: the log has no protocol action/ },
    { name: 'checkpoint without metaData (…-from-checkpoint-missing-metadata, l.313)', table: 'deltalog-state-reconstruction-from-checkpoint-missing-metadata', message: /missing-metadata at version \d+: the log has no metaData action/ },
    { name: 'a version that does not exist', table: 'snapshot-data0@v7', message: /snapshot-data0 at version 7: version 7 does not exist \(the latest version is 0\)/ },
    { name: 'data files missing from the folder', table: 'checkpoint', message: /checkpoint at version 14: data file 15 is missing/ },
    { name: 'a bad pin', table: 'snapshot-data0@yesterday', message: /cannot read the pin "yesterday"/ },
  ])('$name', async ({ table, message }) => {
    const err = await readDeltaRows(G + table).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(UsageError);
    expect((err as Error).message).toMatch(message);
  });

  it('the readers every stage uses detect a Delta folder and refuse the same way', async () => {
    expect(detectFormat(G + 'snapshot-data0')).toBe('delta');
    expect(detectFormat(G + 'snapshot-data0@v0')).toBe('delta');
    await expect(readTable(G + 'deltalog-invalid-protocol-version')).rejects.toThrow(/reader version 99 is not supported/);
  });
});

describe('time travel', () => {
  // GoldenTables.scala:470-497: commit v0 at `start`, v1 at start + 20 min, v2 at start + 40 min,
  // set as the commit files' modification times (lost when the tables were copied; set again here).
  const start = 1540415658000; // l.483
  function timeTravelTable(): string {
    const t = copy('time-travel-start-start20-start40');
    [start, start + 20 * 60_000, start + 40 * 60_000].forEach((ms, v) => utimesSync(join(t, '_delta_log', `${String(v).padStart(20, '0')}.json`), ms / 1000, ms / 1000));
    return t;
  }
  const iso = (ms: number) => new Date(ms).toISOString();

  it.each([
    { name: '@v0: the first append, ids 0-9', pin: '@v0', version: 0, ids: range(0, 10) },
    { name: '@v1: two appends', pin: '@v1', version: 1, ids: range(0, 20) },
    { name: 'no pin: the latest (v2)', pin: '', version: 2, ids: range(0, 30) },
    { name: 'the exact time of v0', pin: `@${iso(start)}`, version: 0, ids: range(0, 10) },
    { name: '10 minutes after start: still v0', pin: `@${iso(start + 10 * 60_000)}`, version: 0, ids: range(0, 10) },
    { name: 'the exact time of v1', pin: `@${iso(start + 20 * 60_000)}`, version: 1, ids: range(0, 20) },
    { name: '39 minutes after start: v1', pin: `@${iso(start + 39 * 60_000)}`, version: 1, ids: range(0, 20) },
    { name: 'the exact time of v2', pin: `@${iso(start + 40 * 60_000)}`, version: 2, ids: range(0, 30) },
  ])('$name', async ({ pin, version, ids }) => {
    const t = timeTravelTable();
    const s = await openDeltaTable(t + pin);
    expect(s.version).toBe(version);
    const got = await readDeltaRows(t + pin);
    expect(got.rows.map((r) => r[0]).sort((a, b) => (a as number) - (b as number))).toEqual(ids);
    expect(s.files.length).toBe(ids.length / 5); // Spark wrote 2 files of 5 rows per append (l.476)
  });

  it('refuses a timestamp before the first commit, naming it', async () => {
    const t = timeTravelTable();
    await expect(readDeltaRows(`${t}@${iso(start - 1000)}`)).rejects.toThrow(/at version 2018-10-24T21:14:17.000Z: the timestamp is before the first available commit \(version 0 at 2018-10-24T21:14:18.000Z\)/);
  });

  it('refuses a timestamp after the latest commit, naming it', async () => {
    const t = timeTravelTable();
    await expect(readDeltaRows(`${t}@${iso(start + 41 * 60_000)}`)).rejects.toThrow(/the timestamp is after the latest commit \(version 2 at 2018-10-24T21:54:18.000Z\)/);
  });

  it('time-travel-schema-changes and -partition-changes: an old version has the old schema (l.502-529)', async () => {
    const t = copy('time-travel-schema-changes-b');
    const v0 = await readDeltaRows(t + '@v0');
    expect(v0.columns).toEqual(['id']);
    expect(sorted(v0.rows)).toEqual(sorted(range(0, 10).map((x) => [x])));
    const p = copy('time-travel-partition-changes-b');
    const p0 = await readDeltaRows(p + '@v0');
    expect(p0.columns).toEqual(['id', 'part5']);
    expect(sorted(p0.rows)).toEqual(sorted(range(0, 10).map((x) => [x, x % 5])));
  });

  it('lineage: table id, version, commit time and operation of the pinned version', async () => {
    const t = timeTravelTable();
    const d = describeSnapshot(await openDeltaTable(t + '@v1'));
    expect(d).toMatchObject({ version: 1, commitTimestamp: iso(start + 20 * 60_000), operation: 'WRITE', rows: null, files: 4 });
    expect(d.tableId).toMatch(/^[0-9a-f-]{36}$/);
  });
});
