/**
 * JSON Lines and JSON arrays into columns. JSON Lines: the file is cut at line-end bytes, checked
 * as UTF-8 a piece at a time, each line parsed with JSON.parse and its values put straight into
 * the column builders (a key first seen later adds a column, missing before); each record's bytes
 * are kept for batches. JSON arrays: readBatches' records. Errors are readTable's.
 */
import { isUtf8 } from 'node:buffer';
import { openReader } from '../io/fs.js';
import { UsageError } from '../errors.js';
import { emptyError, parseJsonLine, readBatches, utf8Error } from './read.js';
import type { Assembler } from './table-build.js';
import { estimateRows } from './table-csv.js';
import type { ColumnBatch } from './table.js';

/** Put one record's values into the builders (columns it lacks: missing). */
function putRecord(a: Assembler, obj: Record<string, unknown>, index: Map<string, number>): void {
  const n = a.n;
  for (const key in obj) {
    let i = index.get(key);
    if (i === undefined) {
      i = a.fileColumns.length;
      index.set(key, i);
      a.setColumns([...a.fileColumns, key], false);
    }
    const b = a.slots[i];
    if (b !== undefined && b.n === n) b.pushValue(obj[key]);
  }
  const slots = a.slots;
  for (let c = 0; c < slots.length; c++) {
    const b = slots[c];
    if (b !== undefined && b.n === n) b.pushMissing();
  }
}

export async function* readJsonLinesColumns(path: string, a: Assembler, onBytes: (bytes: number) => void, totalBytes: number): AsyncGenerator<ColumnBatch> {
  let estimated = Number.isFinite(a.batchRows);
  const index = new Map<string, number>();
  const chunkSize = 1 << 20;
  let buf = Buffer.allocUnsafe(2 * chunkSize);
  let carry = 0;
  let line = 1;
  let bytesRead = 0;
  let any = false;
  let first = true;
  const reader = await openReader(path);
  /** Lines [s, e) of buf (e is just after a "\n", or the end of the file). */
  function* take(s: number, e: number, last: boolean): Generator<ColumnBatch> {
    let pos = s;
    while (pos < e) {
      let nl = buf.indexOf(10, pos);
      if (nl === -1 || nl >= e) {
        if (!last) break;
        nl = e;
      }
      let le = nl;
      if (le > pos && buf[le - 1] === 13) le--;
      const text = buf.toString('utf8', pos, le);
      if (text.trim() !== '') {
        putRecord(a, parseJsonLine(path, text, line), index);
        if (a.raw) a.raw.addBytes(buf, pos, le);
        a.endRow(line);
        if (a.n >= a.batchRows) yield a.flush();
      }
      line++;
      pos = nl + 1;
    }
  }
  try {
    for (;;) {
      if (buf.length - carry < chunkSize) {
        const bigger = Buffer.allocUnsafe(buf.length * 2);
        buf.copy(bigger, 0, 0, carry);
        buf = bigger;
      }
      const got = await reader.read(buf, carry, chunkSize);
      if (got === 0) break;
      any = true;
      bytesRead += got;
      onBytes(bytesRead);
      let len = carry + got;
      if (first) {
        if (len >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
          buf.copy(buf, 0, 3, len);
          len -= 3;
        }
        first = false;
      }
      const last = buf.lastIndexOf(10, len - 1);
      if (last === -1) {
        carry = len;
        continue;
      }
      if (!isUtf8(buf.subarray(0, last + 1))) throw await utf8Error(path);
      const before = a.total;
      yield* take(0, last + 1, false);
      if (!estimated && a.total - before >= 100) {
        a.reserve(estimateRows(totalBytes, a.total - before, last + 1));
        estimated = true;
      }
      buf.copy(buf, 0, last + 1, len);
      carry = len - last - 1;
    }
    if (!any) throw emptyError(path);
    if (carry > 0) {
      if (!isUtf8(buf.subarray(0, carry))) throw await utf8Error(path);
      yield* take(0, carry, true);
    }
  } finally {
    await reader.close();
  }
  if (a.total === 0) throw new UsageError(`${path}:1:1: no records; a JSON Lines file holds one JSON object per line`);
}

/** JSON arrays (record numbers as lines) through readBatches' records. */
export async function* readJsonArrayColumns(path: string, a: Assembler, onBytes: (bytes: number) => void): AsyncGenerator<ColumnBatch> {
  for await (const b of readBatches(path, { format: 'json', batchSize: 8192, onBytes })) {
    if (b.columns.length > a.fileColumns.length) a.setColumns(b.columns, false);
    const slots = a.slots;
    for (let r = 0; r < b.rows.length; r++) {
      const row = b.rows[r];
      for (let c = 0; c < slots.length; c++) slots[c]?.pushValue(c < row.length ? row[c] : null);
      a.endRow(b.lines[r]);
      if (a.n >= a.batchRows) yield a.flush();
    }
  }
}
