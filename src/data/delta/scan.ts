/**
 * Reading a Delta snapshot's rows through the project's Parquet readers: the one hook every stage
 * goes through (src/data/read.ts `readBatches` for rows, `readDeltaColumns` for the columnar
 * profile path of validate-data). Per data file: its Parquet columns mapped to the table's
 * logical columns (column mapping `name` by physical name, `id` by Parquet field id), partition
 * values typed from the schema and added as columns, rows deleted by its deletion vector skipped.
 * Files are read one after another, so memory is bounded by the largest file's row group.
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { UsageError } from '../../errors.js';
import { collectGarbage } from '../../io/memory.js';
import type { ParquetColumnGroup, ParquetPage, RowBatch } from '../parquet-types.js';

/** src/data/read.ts's Parquet readers, passed in (read.ts dispatches Delta tables here). */
export interface ParquetReaders {
  readBatches(path: string, opts: { format: 'parquet'; batchSize: number; allowEmpty: boolean }): AsyncIterable<RowBatch>;
  readParquetColumns(path: string, format: 'parquet', allowEmpty: boolean): AsyncIterable<ParquetColumnGroup>;
}
import { decodeDvFileEntry, decodeRoaringBitmapArray, decodeZ85, decodeZ85Uuid } from './dv.js';
import { loadSnapshot, resolveDataPath, type DeletionVectorDescriptor, type DeltaField, type DeltaFile, type DeltaSnapshot, type DeltaType } from './log.js';
import { parseTableRef } from './table-ref.js';

/** Where the table's rows came from: what lineage records. */
export interface DeltaSource {
  table: string;
  tableId: string;
  version: number;
  /** ISO 8601, or null when the commit file was cleaned up. */
  commitTimestamp: string | null;
  operation: string | null;
  /** Live rows (from `add` stats minus deletion vectors), when every file has stats. */
  rows: number | null;
  files: number;
}

const snapshots = new Map<string, Promise<DeltaSnapshot>>();

/**
 * Open a table reference (`path`, `path@v12`, `path@<timestamp>`) as a snapshot. One command
 * replays a reference once: every later read of it (rows, schema inference, lineage, the gate's
 * label) sees the same version, even an unpinned "latest" while a writer commits.
 */
export async function openDeltaTable(text: string): Promise<DeltaSnapshot> {
  const key = resolve(text);
  let s = snapshots.get(key);
  if (!s) {
    s = loadSnapshot(parseTableRef(text));
    snapshots.set(key, s);
    s.catch(() => snapshots.delete(key));
  }
  return s;
}

/** The lineage record of a snapshot. */
export function describeSnapshot(s: DeltaSnapshot): DeltaSource {
  return {
    table: s.root,
    tableId: s.tableId,
    version: s.version,
    commitTimestamp: s.commit.timestamp === null ? null : new Date(s.commit.timestamp).toISOString(),
    operation: s.commit.operation,
    rows: countRows(s) ?? null,
    files: s.files.length,
  };
}

/**
 * Rows in the snapshot from the `add` actions' stats (numRecords − DV cardinality), without
 * reading data; undefined when a file has no stats.
 */
export function countRows(s: DeltaSnapshot): number | undefined {
  let n = 0;
  for (const f of s.files) {
    if (f.numRecords === undefined) return undefined;
    n += f.numRecords - (f.deletionVector?.cardinality ?? 0);
  }
  return n;
}

// ---------------------------------------------------------------------------------------------
// Columns

interface ColumnPlan {
  name: string;
  field: DeltaField;
  /** Physical name in the data files / partition values. */
  physical: string;
  fieldId?: number;
  partition: boolean;
  timestamp: boolean;
}

function physicalName(f: DeltaField, mode: DeltaSnapshot['columnMapping']): string {
  if (mode === 'none') return f.name;
  const p = f.metadata?.['delta.columnMapping.physicalName'];
  return typeof p === 'string' ? p : f.name;
}

export function planColumns(s: DeltaSnapshot): ColumnPlan[] {
  const parts = new Set(s.metadata.partitionColumns ?? []);
  if (!s.fields) throw new UsageError(`Delta table ${s.root} at version ${s.version}: metaData has no schemaString, so the columns are unknown; the log is corrupt`);
  return s.fields.map((f) => {
    const id = f.metadata?.['delta.columnMapping.id'];
    const t = typeof f.type === 'string' ? f.type : '';
    return {
      name: f.name,
      field: f,
      physical: physicalName(f, s.columnMapping),
      fieldId: s.columnMapping === 'id' && typeof id === 'number' ? id : undefined,
      partition: parts.has(f.name),
      timestamp: t === 'date' || t === 'timestamp' || t === 'timestamp_ntz',
    };
  });
}

/** A partition value typed by its column's Delta type (PROTOCOL.md "Partition Value Serialization"). */
export function typedPartitionValue(s: DeltaSnapshot, col: string, type: DeltaType, raw: string | null | undefined, asMillis: boolean): unknown {
  if (raw === null || raw === undefined || raw === '') return null;
  const bad = (what: string) => new UsageError(`Delta table ${s.root} at version ${s.version}: partition value "${raw}" of column "${col}" is not ${what}`);
  const t = typeof type === 'string' ? type : 'struct';
  if (t === 'string' || t === 'binary') return raw;
  if (t === 'boolean') {
    if (raw !== 'true' && raw !== 'false') throw bad('"true" or "false"');
    return raw === 'true';
  }
  if (t === 'byte' || t === 'short' || t === 'integer' || t === 'long' || t === 'float' || t === 'double' || t.startsWith('decimal')) {
    const n = Number(raw);
    if (Number.isNaN(n) && raw !== 'NaN') throw bad('a number');
    return n;
  }
  if (t === 'date' || t === 'timestamp' || t === 'timestamp_ntz') {
    let iso = raw.trim();
    if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) iso += 'T00:00:00Z';
    else {
      iso = iso.replace(' ', 'T');
      // A timestamp without a zone: the writer's zone is not recorded; read as UTC.
      if (!/(Z|[+-]\d{2}:?\d{2})$/.test(iso)) iso += 'Z';
      iso = iso.replace(/\.(\d{3})\d+/, '.$1');
    }
    const ms = Date.parse(iso);
    if (Number.isNaN(ms)) throw bad(`a ${t}`);
    return asMillis ? ms : new Date(ms);
  }
  throw new UsageError(`Delta table ${s.root} at version ${s.version}: partition column "${col}" has type ${t}, which cd4ml cannot read as a partition value`);
}

/**
 * A nested value with logical names: struct keys renamed from physical names (column mapping),
 * and INT64 inside structs/arrays/maps as numbers, as top-level INT64 columns already are.
 */
function logicalValue(v: unknown, type: DeltaType, mode: DeltaSnapshot['columnMapping']): unknown {
  if (typeof v === 'bigint') return Number(v);
  if (v === null || v === undefined || typeof type === 'string') return v;
  if (type.type === 'struct' && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date)) {
    const o = v as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const f of type.fields) {
      const p = physicalName(f, mode);
      out[f.name] = logicalValue(p in o ? o[p] : (o[f.name] ?? null), f.type, mode);
    }
    return out;
  }
  if (type.type === 'array' && Array.isArray(v)) return v.map((x) => logicalValue(x, type.elementType, mode));
  if (type.type === 'map' && typeof v === 'object' && !Array.isArray(v)) {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) out[k] = logicalValue(x, type.valueType, mode);
    return out;
  }
  return v;
}

// ---------------------------------------------------------------------------------------------
// Deletion vectors

/** The sorted file row indexes a file's deletion vector removes (none: empty). */
export async function deletedRows(s: DeltaSnapshot, file: DeltaFile, cache: Map<string, Uint8Array> = new Map()): Promise<Float64Array> {
  const dv = file.deletionVector;
  if (!dv) return new Float64Array(0);
  const where = `Delta table ${s.root} at version ${s.version}: deletion vector of ${file.logPath}`;
  let rows: Float64Array;
  try {
    if (dv.storageType === 'i') rows = decodeRoaringBitmapArray(decodeZ85(dv.pathOrInlineDv).subarray(0, dv.sizeInBytes));
    else {
      const path = dvPath(s.root, dv);
      let bytes = cache.get(path);
      if (!bytes) {
        try {
          bytes = new Uint8Array(await readFile(path));
        } catch (err) {
          throw new Error(`cannot read ${path} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}); sync the table folder with its deletion vector files`);
        }
        cache.clear();
        cache.set(path, bytes);
      }
      rows = decodeDvFileEntry(bytes, dv.offset ?? 0, dv.sizeInBytes);
    }
  } catch (err) {
    throw new UsageError(`${where}: ${(err as Error).message}`);
  }
  if (rows.length !== dv.cardinality) throw new UsageError(`${where}: holds ${rows.length} rows, the log says ${dv.cardinality}; the DV file does not match the log`);
  return rows;
}

function dvPath(root: string, dv: DeletionVectorDescriptor): string {
  if (dv.storageType === 'p') return resolveDataPath(root, dv.pathOrInlineDv);
  if (dv.storageType !== 'u') throw new Error(`storage type "${dv.storageType}" is not one of u, i, p`);
  const s = dv.pathOrInlineDv;
  if (s.length < 20) throw new Error(`"${s}" is too short for a UUID-named DV`);
  return join(root, s.slice(0, s.length - 20), `deletion_vector_${decodeZ85Uuid(s.slice(s.length - 20))}.bin`);
}

/** Count of deleted indexes below `r` (deleted is sorted). */
function deletedBelow(deleted: Float64Array, r: number): number {
  let lo = 0;
  let hi = deleted.length;
  while (lo < hi) {
    const m = (lo + hi) >> 1;
    if (deleted[m] < r) lo = m + 1;
    else hi = m;
  }
  return lo;
}

// ---------------------------------------------------------------------------------------------
// Files

function checkLocal(s: DeltaSnapshot, f: DeltaFile): void {
  if (/^[a-zA-Z][a-zA-Z0-9+.-]*:\/\//.test(f.path)) {
    throw new UsageError(`Delta table ${s.root} at version ${s.version}: data file ${f.logPath} is not a local path; sync the table to a local folder first (see docs/data-sources.md)`);
  }
}

/** Parquet top-level column name for each planned column in one file (undefined: not in the file). */
async function fileColumnNames(s: DeltaSnapshot, plan: ColumnPlan[], f: DeltaFile): Promise<(string | undefined)[]> {
  if (s.columnMapping !== 'id') return plan.map((c) => (c.partition ? undefined : c.physical));
  const { parquetMetadataAsync } = await import('hyparquet');
  const { fileSize, readRange } = await import('../../io/fs.js');
  const size = await fileSize(f.path);
  const meta = await parquetMetadataAsync({ byteLength: size, slice: (a: number, b?: number) => readRange(f.path, a, b ?? size) });
  const byId = new Map<number, string>();
  // Top-level children of the root: walk the flat schema list.
  const schema = meta.schema;
  let i = 1;
  const skip = (k: number): number => {
    let n = schema[k].num_children ?? 0;
    let j = k + 1;
    while (n-- > 0) j = skip(j);
    return j;
  };
  while (i < schema.length) {
    const el = schema[i] as { name: string; field_id?: number };
    if (el.field_id !== undefined) byId.set(el.field_id, el.name);
    i = skip(i);
  }
  return plan.map((c) => (c.partition ? undefined : c.fieldId !== undefined ? byId.get(c.fieldId) : c.physical));
}

async function openFile(s: DeltaSnapshot, f: DeltaFile): Promise<void> {
  checkLocal(s, f);
  const { fileSize } = await import('../../io/fs.js');
  try {
    await fileSize(f.path);
  } catch {
    throw new UsageError(`Delta table ${s.root} at version ${s.version}: data file ${f.logPath} is missing (${f.path}); the folder does not hold the files of this version (re-sync it, or was it vacuumed?)`);
  }
}

/** Stream the snapshot's rows in batches (logical columns in schema order). */
export async function* readDeltaBatches(text: string, batchSize: number, allowEmpty: boolean, readers: ParquetReaders): AsyncGenerator<RowBatch> {
  const s = await openDeltaTable(text);
  const plan = planColumns(s);
  const columns = plan.map((c) => c.name);
  const { readBatches } = readers;
  const cache = new Map<string, Uint8Array>();
  let out = 0;
  let any = false;
  for (const f of s.files) {
    await openFile(s, f);
    const deleted = await deletedRows(s, f, cache);
    const names = await fileColumnNames(s, plan, f);
    const constants = plan.map((c) => (c.partition ? typedPartitionValue(s, c.name, c.field.type, f.partitionValues[c.physical], false) : null));
    let fileRow = 0;
    let d = 0;
    for await (const b of readBatches(f.path, { format: 'parquet', batchSize, allowEmpty: true })) {
      const idx = names.map((n) => (n === undefined ? -1 : b.columns.indexOf(n)));
      const rows: unknown[][] = [];
      const lines: number[] = [];
      for (const r of b.rows) {
        const at = fileRow++;
        if (d < deleted.length && deleted[d] === at) {
          d++;
          continue;
        }
        const row = new Array<unknown>(plan.length);
        for (let c = 0; c < plan.length; c++) {
          const k = idx[c];
          row[c] = k < 0 ? constants[c] : logicalValue(r[k] ?? null, plan[c].field.type, s.columnMapping);
        }
        rows.push(row);
        lines.push(++out);
      }
      if (rows.length > 0) {
        any = true;
        yield { columns, rows, lines };
      }
    }
  }
  if (!any && !allowEmpty) throw new UsageError(`Delta table ${s.root} at version ${s.version}: the table has no rows`);
}

/**
 * The snapshot as column groups (one per row group of each file), for the columnar profile path:
 * pages keep their typed arrays; rows deleted by a DV are dropped from each page; partition
 * columns come as constant pages; `rowStart` counts rows of the table, not of the file.
 */
export async function* readDeltaColumns(text: string, readers: ParquetReaders): AsyncGenerator<ParquetColumnGroup> {
  const s = await openDeltaTable(text);
  const plan = planColumns(s);
  const columns = plan.map((c) => c.name);
  const timestamps = plan.map((c) => c.timestamp);
  const { readParquetColumns } = readers;
  const cache = new Map<string, Uint8Array>();
  let fileOffset = 0;
  for (const f of s.files) {
    await openFile(s, f);
    const deleted = await deletedRows(s, f, cache);
    const names = await fileColumnNames(s, plan, f);
    const constants = plan.map((c) => (c.partition ? typedPartitionValue(s, c.name, c.field.type, f.partitionValues[c.physical], true) : null));
    const kept = (r: number) => r - deletedBelow(deleted, r);
    let fileRows = 0;
    for await (const g of readParquetColumns(f.path, 'parquet', true)) {
      const idx = names.map((n) => (n === undefined ? -1 : g.columns.indexOf(n)));
      const gStart = fileOffset + kept(g.rowStart);
      const gRows = kept(g.rowStart + g.rows) - kept(g.rowStart);
      fileRows = g.rowStart + g.rows;
      if (gRows === 0) continue;
      const readPages = async (c: number, onPage: (page: ParquetPage) => void): Promise<void> => {
        const k = idx[c];
        if (k < 0) {
          const v = constants[c];
          if (typeof v === 'number') onPage({ kind: 'numbers', rowStart: gStart, rows: gRows, values: new Float64Array(gRows).fill(v), nulls: undefined });
          else onPage({ kind: 'values', rowStart: gStart, rows: gRows, values: new Array<unknown>(gRows).fill(v) });
          return;
        }
        const type = plan[c].field.type;
        const rename = typeof type !== 'string';
        await g.readPages(k, (page) => {
          const rs = page.rowStart;
          const lo = deletedBelow(deleted, rs);
          const hi = deletedBelow(deleted, rs + page.rows);
          const start = fileOffset + rs - lo;
          if (lo === hi && !rename) {
            // No deleted rows here: the page as decoded (a fresh object per page), renumbered in place.
            page.rowStart = start;
            onPage(page);
            return;
          }
          const n = page.rows - (hi - lo);
          const keep = (i: number, j: number) => j >= hi || deleted[j] !== rs + i;
          if (page.kind === 'numbers') {
            const values = new Float64Array(n);
            const nulls = page.nulls ? new Uint8Array(n) : undefined;
            for (let i = 0, j = lo, o = 0; i < page.rows; i++) {
              if (!keep(i, j)) {
                j++;
                continue;
              }
              values[o] = page.values[i];
              if (nulls) nulls[o] = page.nulls![i];
              o++;
            }
            onPage({ kind: 'numbers', rowStart: start, rows: n, values, nulls });
          } else if (page.kind === 'dict') {
            const indices = new Int32Array(n);
            for (let i = 0, j = lo, o = 0; i < page.rows; i++) {
              if (!keep(i, j)) {
                j++;
                continue;
              }
              indices[o++] = page.indices[i];
            }
            onPage({ kind: 'dict', rowStart: start, rows: n, dictionary: page.dictionary, indices });
          } else {
            const values = new Array<unknown>(n);
            for (let i = 0, j = lo, o = 0; i < page.rows; i++) {
              if (!keep(i, j)) {
                j++;
                continue;
              }
              values[o++] = rename ? logicalValue(page.values[i], type, s.columnMapping) : page.values[i];
            }
            onPage({ kind: 'values', rowStart: start, rows: n, values });
          }
        });
      };
      yield { columns, timestamps, readPages, rowStart: gStart, rows: gRows };
    }
    fileOffset += kept(fileRows);
  }
  if (fileOffset === 0) throw new UsageError(`Delta table ${s.root} at version ${s.version}: the table has no rows`);
  collectGarbage('major'); // once for the table (each file's reader skips its own)
}

