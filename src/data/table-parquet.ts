/**
 * Parquet and Delta into columns through validate's page reader (readParquetColumns): number
 * pages go straight into the Float64Array chunks, dictionary pages into codes (each dictionary
 * entry classified once), other pages value by value. Timestamps and dates become ISO 8601 text
 * (what readTable's Date values print as). Lines are 1-based record numbers.
 */
import { readRange } from '../io/fs.js';
import { readParquetColumns, type DataFormat, type ParquetPage } from './read.js';
import type { Assembler, ColumnBuilder } from './table-build.js';
import { sliceTable, type ColumnBatch } from './table.js';

function isoOf(ms: number): string | undefined {
  const d = new Date(ms);
  const t = d.getTime();
  return t === t ? d.toISOString() : undefined;
}

function pushPage(b: ColumnBuilder, page: ParquetPage, timestamp: boolean): void {
  if (page.kind === 'numbers') {
    if (!timestamp) return b.pushDoubles(page.values, page.nulls, page.rows);
    for (let i = 0; i < page.rows; i++) {
      const iso = page.nulls && page.nulls[i] ? undefined : isoOf(page.values[i]);
      if (iso === undefined) b.pushMissing();
      else b.pushText(iso);
    }
  } else if (page.kind === 'dict') {
    b.pushDictPage(page.dictionary.texts, page.indices, page.rows);
  } else {
    for (let i = 0; i < page.rows; i++) {
      const v = page.values[i];
      if (timestamp && typeof v === 'number') {
        const iso = isoOf(v);
        if (iso === undefined) b.pushMissing();
        else b.pushText(iso);
      } else b.pushValue(v);
    }
  }
}

/** Rows of the file (its footer) or the Delta snapshot (its add stats); 0 when unknown. */
async function countRows(path: string, format: DataFormat, totalBytes: number): Promise<number> {
  try {
    if (format === 'delta') {
      const scan = await import('./delta/scan.js');
      return scan.countRows(await scan.openDeltaTable(path)) ?? 0;
    }
    const { parquetMetadataAsync } = await import('hyparquet');
    const meta = await parquetMetadataAsync({ byteLength: totalBytes, slice: (s: number, e?: number) => readRange(path, s, e ?? totalBytes) });
    return Number(meta.num_rows);
  } catch {
    return 0; // the reader reports what is wrong with the file
  }
}

export async function* readParquetTableColumns(path: string, format: DataFormat, a: Assembler, onBytes: (bytes: number) => void, totalBytes: number): AsyncGenerator<ColumnBatch> {
  let started = false;
  let rowsSeen = 0;
  const totalRows = await countRows(path, format, totalBytes);
  let reserved = Number.isFinite(a.batchRows);
  for await (const g of readParquetColumns(path, format)) {
    if (!started) {
      a.setColumns(g.columns, true);
      started = true;
      if (!reserved && totalRows > 0) a.reserve(totalRows);
      reserved = true;
    }
    for (let c = 0; c < a.slots.length; c++) {
      const b = a.slots[c];
      if (b === undefined) continue;
      const ts = g.timestamps[c];
      await g.readPages(c, (page) => pushPage(b, page, ts));
      b.padTo(a.n + g.rows);
    }
    for (let i = 0; i < g.rows; i++) a.endRow(g.rowStart + i + 1);
    rowsSeen += g.rows;
    // Bytes as the share of the rows read (row groups are read whole, one column at a time).
    if (totalRows > 0) onBytes(Math.round((totalBytes * Math.min(rowsSeen, totalRows)) / totalRows));
    if (Number.isFinite(a.batchRows) && a.n >= a.batchRows) {
      const t = a.flush();
      for (let s = 0; s < t.n; s += a.batchRows) yield sliceTable(t, s, Math.min(t.n, s + a.batchRows));
    }
  }
}
