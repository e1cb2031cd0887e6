/**
 * A small test-only Delta Lake writer (never shipped): Parquet data files through
 * hyparquet-writer, JSON commits with protocol / metaData / commitInfo / add (with numRecords
 * stats) / remove, inline deletion vectors (Z85 RoaringBitmapArray), and v2 JSON checkpoints.
 * Commit file modification times are set to the commit timestamps so `@<timestamp>` pins work.
 * Enough to build tables the golden set lacks (inline DVs, many files, a 3M-row table for the
 * benchmark), following PROTOCOL.md.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export type DeltaColumnType = 'long' | 'double' | 'string' | 'boolean' | 'timestamp';
export interface DeltaColumn {
  name: string;
  type: DeltaColumnType;
}

/** Parquet column types for hyparquet-writer, per Delta type. */
const PARQUET_TYPE: Record<DeltaColumnType, string> = { long: 'INT64', double: 'DOUBLE', string: 'STRING', boolean: 'BOOLEAN', timestamp: 'TIMESTAMP' };

export interface DataFileSpec {
  /** Column arrays in schema order (data columns only). */
  columns: ArrayLike<unknown>[];
  /** Partition values by column name. */
  partitionValues?: Record<string, string | null>;
  /** Row indexes deleted by an inline deletion vector. */
  deleted?: number[];
}

export interface WrittenFile {
  path: string;
  rows: number;
  size: number;
  partitionValues: Record<string, string | null>;
  deletionVector?: Record<string, unknown>;
}

const Z85 = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-:+=^!/*?&<>()[]{}@%$#';

/** Z85-encode bytes, padding to a multiple of 4 with zeros (as Delta does). */
export function encodeZ85(bytes: Uint8Array): string {
  const padded = new Uint8Array(Math.ceil(bytes.length / 4) * 4);
  padded.set(bytes);
  let out = '';
  for (let i = 0; i < padded.length; i += 4) {
    let v = ((padded[i] << 24) | (padded[i + 1] << 16) | (padded[i + 2] << 8) | padded[i + 3]) >>> 0;
    const chunk: string[] = [];
    for (let k = 0; k < 5; k++) {
      chunk.unshift(Z85[v % 85]);
      v = Math.floor(v / 85);
    }
    out += chunk.join('');
  }
  return out;
}

/** A portable RoaringBitmapArray of row indexes < 2^32 (array containers only; ≤ 4096 per 65536 block). */
export function encodeRoaringBitmapArray(rows: number[]): Uint8Array {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const blocks = new Map<number, number[]>();
  for (const r of sorted) {
    const k = Math.floor(r / 65536);
    if (!blocks.has(k)) blocks.set(k, []);
    blocks.get(k)!.push(r % 65536);
  }
  const b: number[] = [];
  const u16 = (v: number) => b.push(v & 0xff, (v >>> 8) & 0xff);
  const u32 = (v: number) => b.push(v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff, (v >>> 24) & 0xff);
  u32(1681511377);
  u32(sorted.length ? 1 : 0);
  u32(0);
  if (sorted.length) {
    u32(0); // bucket key (high 32 bits)
    u32(12346);
    u32(blocks.size);
    for (const [k, v] of blocks) {
      if (v.length > 4096) throw new Error('encodeRoaringBitmapArray: more than 4096 rows in one block (test writer limit)');
      u16(k);
      u16(v.length - 1);
    }
    // Container offsets from the start of the 32-bit bitmap (cookie + size + headers + offsets).
    let offset = 8 + 4 * blocks.size + 4 * blocks.size;
    for (const v of blocks.values()) {
      u32(offset);
      offset += 2 * v.length;
    }
    for (const v of blocks.values()) v.forEach(u16);
  }
  return Uint8Array.from(b);
}

export interface DeltaWriterOptions {
  partitionBy?: string[];
  codec?: 'SNAPPY' | 'UNCOMPRESSED' | 'ZSTD';
  rowGroupSize?: number;
  id?: string;
  deletionVectors?: boolean;
  v2Checkpoint?: boolean;
}

export class DeltaTableWriter {
  readonly id: string;
  version = -1;
  private files = new Map<string, WrittenFile>();
  private written = 0;
  private protocol: Record<string, unknown>;
  private metadata: Record<string, unknown>;

  readonly dir: string;
  readonly schema: DeltaColumn[];
  readonly opts: DeltaWriterOptions;

  // No parameter properties: bench/delta/run.mjs loads this file with Node's type stripping.
  constructor(dir: string, schema: DeltaColumn[], opts: DeltaWriterOptions = {}) {
    this.dir = dir;
    this.schema = schema;
    this.opts = opts;
    this.id = opts.id ?? randomUUID();
    mkdirSync(join(dir, '_delta_log'), { recursive: true });
    const features = [...(opts.deletionVectors ? ['deletionVectors'] : []), ...(opts.v2Checkpoint ? ['v2Checkpoint'] : [])];
    this.protocol = features.length ? { minReaderVersion: 3, minWriterVersion: 7, readerFeatures: features, writerFeatures: features } : { minReaderVersion: 1, minWriterVersion: 2 };
    this.metadata = {
      id: this.id,
      format: { provider: 'parquet', options: {} },
      schemaString: JSON.stringify({ type: 'struct', fields: schema.map((c) => ({ name: c.name, type: c.type, nullable: true, metadata: {} })) }),
      partitionColumns: opts.partitionBy ?? [],
      configuration: opts.deletionVectors ? { 'delta.enableDeletionVectors': 'true' } : {},
      createdTime: 0,
    };
  }

  private dataColumns(): DeltaColumn[] {
    const parts = new Set(this.opts.partitionBy ?? []);
    return this.schema.filter((c) => !parts.has(c.name));
  }

  /** Write one Parquet data file (not yet committed). */
  async writeDataFile(spec: DataFileSpec): Promise<WrittenFile> {
    const { parquetWriteBuffer } = await import('hyparquet-writer');
    const cols = this.dataColumns();
    const rows = spec.columns[0]?.length ?? 0;
    const compressors: Record<string, (b: Uint8Array) => Uint8Array> = {};
    if (this.opts.codec === 'ZSTD') {
      const zlib = (await import('node:zlib')) as unknown as { zstdCompressSync: (b: Uint8Array) => Buffer };
      compressors.ZSTD = (b) => new Uint8Array(zlib.zstdCompressSync(b));
    }
    const buf = parquetWriteBuffer({
      columnData: cols.map((c, j) => ({ name: c.name, data: spec.columns[j] as unknown[], type: PARQUET_TYPE[c.type] as 'STRING', nullable: true })),
      codec: this.opts.codec ?? 'SNAPPY',
      compressors,
      rowGroupSize: this.opts.rowGroupSize ?? 100_000,
    } as Parameters<typeof parquetWriteBuffer>[0]);
    const pv = spec.partitionValues ?? {};
    const sub = Object.entries(pv)
      .map(([k, v]) => `${encodeURIComponent(k)}=${v === null ? '__HIVE_DEFAULT_PARTITION__' : encodeURIComponent(v)}`)
      .join('/');
    const name = `${sub ? sub + '/' : ''}part-${String(this.written++).padStart(5, '0')}-${randomUUID()}-c000.snappy.parquet`;
    mkdirSync(join(this.dir, sub), { recursive: true });
    writeFileSync(join(this.dir, name), new Uint8Array(buf));
    const file: WrittenFile = { path: name, rows, size: buf.byteLength, partitionValues: pv };
    if (spec.deleted?.length) {
      const bytes = encodeRoaringBitmapArray(spec.deleted);
      file.deletionVector = { storageType: 'i', pathOrInlineDv: encodeZ85(bytes), sizeInBytes: bytes.length, cardinality: new Set(spec.deleted).size };
    }
    return file;
  }

  private addAction(f: WrittenFile): Record<string, unknown> {
    const path = f.path.split('/').map((p) => encodeURIComponent(decodeURIComponent(p))).join('/');
    return {
      add: {
        path,
        partitionValues: f.partitionValues,
        size: f.size,
        modificationTime: 0,
        dataChange: true,
        stats: JSON.stringify({ numRecords: f.rows }),
        ...(f.deletionVector ? { deletionVector: f.deletionVector } : {}),
      },
    };
  }

  /** Commit the next version: files added and removed, with an operation and commit time. */
  commit(opts: { add?: WrittenFile[]; remove?: WrittenFile[]; operation?: string; timestamp: number }): number {
    const v = ++this.version;
    const actions: Record<string, unknown>[] = [{ commitInfo: { timestamp: opts.timestamp, operation: opts.operation ?? 'WRITE', operationParameters: {}, isBlindAppend: !opts.remove?.length } }];
    if (v === 0) actions.push({ protocol: this.protocol }, { metaData: this.metadata });
    for (const f of opts.remove ?? []) {
      actions.push({ remove: { path: (this.addAction(f).add as { path: string }).path, deletionTimestamp: opts.timestamp, dataChange: true, ...(f.deletionVector ? { deletionVector: f.deletionVector } : {}) } });
      this.files.delete(f.path + JSON.stringify(f.deletionVector ?? null));
    }
    for (const f of opts.add ?? []) {
      actions.push(this.addAction(f));
      this.files.set(f.path + JSON.stringify(f.deletionVector ?? null), f);
    }
    const file = join(this.dir, '_delta_log', `${String(v).padStart(20, '0')}.json`);
    writeFileSync(file, actions.map((a) => JSON.stringify(a)).join('\n') + '\n');
    utimesSync(file, opts.timestamp / 1000, opts.timestamp / 1000);
    return v;
  }

  /** A v2 UUID-named JSON checkpoint of the current version (needs the v2Checkpoint feature), and _last_checkpoint. */
  checkpoint(): string {
    if (!this.opts.v2Checkpoint) throw new Error('checkpoint(): create the writer with v2Checkpoint: true');
    const v = this.version;
    const name = `${String(v).padStart(20, '0')}.checkpoint.${randomUUID()}.json`;
    const actions = [{ checkpointMetadata: { version: v } }, { protocol: this.protocol }, { metaData: this.metadata }, ...[...this.files.values()].map((f) => this.addAction(f))];
    writeFileSync(join(this.dir, '_delta_log', name), actions.map((a) => JSON.stringify(a)).join('\n') + '\n');
    writeFileSync(join(this.dir, '_delta_log', '_last_checkpoint'), JSON.stringify({ version: v, size: actions.length }));
    return name;
  }
}
