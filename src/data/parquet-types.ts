/**
 * What the data readers hand out (row batches, Parquet column groups and pages) and the Parquet
 * decompressors, below both src/data/read.ts and the Delta reader (src/data/delta/), which reads a
 * table's Parquet files through read.ts's readers, passed in.
 */
export interface RowBatch {
  columns: string[];
  rows: unknown[][];
  lines: number[];
}

/**
 * One page of a flat Parquet column: rows [rowStart, rowStart + rows) of the file (0-based),
 * decoded to typed arrays. The arrays are valid only during the callback that receives the page.
 * - `numbers`: every value as a double (INT64 converted exactly as Number(bigint); timestamps
 *   and dates as epoch milliseconds); `nulls[i]` is 1 for a missing value (undefined: none).
 * - `dict`: dictionary-encoded text: `indices[i]` into `dictionary.texts`, -1 for missing. The
 *   same dictionary object is passed for every page of a column chunk.
 * - `values`: anything else (booleans, byte arrays, nested columns), as JS values (null = missing).
 */
export type ParquetPage =
  | { kind: 'numbers'; rowStart: number; rows: number; values: Float64Array; nulls: Uint8Array | undefined }
  | { kind: 'dict'; rowStart: number; rows: number; dictionary: ParquetTextDictionary; indices: Int32Array }
  | { kind: 'values'; rowStart: number; rows: number; values: ArrayLike<unknown> };

/** The distinct texts of a dictionary-encoded Parquet column chunk. */
export interface ParquetTextDictionary {
  texts: string[];
}

/** One row group of a Parquet file, read one column at a time. */
export interface ParquetColumnGroup {
  columns: string[];
  /** Whether each column is a timestamp/date (its values are then epoch milliseconds). */
  timestamps: boolean[];
  /**
   * Decode column `c` of this group page by page (flat columns; a nested column comes as one
   * `values` page), calling `onPage` for each in row order. Memory: one page, not the group.
   */
  readPages(c: number, onPage: (page: ParquetPage) => void): Promise<void>;
  /** 0-based index of the group's first row in the file. */
  rowStart: number;
  rows: number;
}

/**
 * Parquet codecs beyond hyparquet's built-in Snappy: hyparquet-compressors (pure JS), with
 * Node's native zlib for ZSTD, GZIP and BROTLI where this Node has it (zstd: Node >= 22.15).
 */
export async function parquetCompressors(): Promise<Record<string, (input: Uint8Array, outputLength: number) => Uint8Array>> {
  const { compressors } = await import('hyparquet-compressors');
  const zlib = await import('node:zlib');
  const out: Record<string, (input: Uint8Array, outputLength: number) => Uint8Array> = { ...(compressors as Record<string, (input: Uint8Array, outputLength: number) => Uint8Array>) };
  const native = zlib as unknown as Record<string, ((b: Uint8Array) => Buffer) | undefined>;
  const zstd = native.zstdDecompressSync;
  if (typeof zstd === 'function') out.ZSTD = (input) => zstd(input);
  out.GZIP = (input) => zlib.gunzipSync(input);
  out.BROTLI = (input) => zlib.brotliDecompressSync(input);
  return out;
}

