/**
 * CSV/TSV into columns: validate's byte-level reader (readDelimitedParts) cuts the file at record
 * ends; records without quotes, and records whose quoted fields are well formed, are tokenized here
 * from bytes straight into the column builders (numbers parsed from bytes, text looked up in the
 * dictionary by its bytes: no string per cell); a piece with any other use of quotes comes parsed
 * by papaparse as strings (its errors and readings are readTable's).
 */
import { raggedRowError, readDelimitedParts } from './read.js';
import { readRange } from '../io/fs.js';
import type { Assembler } from './table-build.js';
import type { ColumnBatch } from './table.js';

/** Where the tokenizer is in the current part. */
interface Cursor {
  pos: number;
  line: number;
}

/**
 * Tokenize lines from cursor.pos until `end` or until the batch is full. The lines hold no
 * quote; each ends with "\n".
 */
function consumeBytes(a: Assembler, cur: Cursor, buf: Buffer, end: number, delim: number, path: string): void {
  const slots = a.slots;
  const nCols = slots.length;
  const raw = a.raw;
  const limit = a.batchRows;
  let pos = cur.pos;
  let line = cur.line;
  while (pos < end && a.n < limit) {
    const nl = buf.indexOf(10, pos);
    const next = nl + 1;
    let le = nl;
    if (le > pos && buf[le - 1] === 13) le--;
    if (le === pos && nCols > 1) {
      pos = next;
      line++;
      continue; // a blank line (with one column it is a row with one empty cell, as readTable reads it)
    }
    let s = pos;
    let c = 0;
    for (let i = pos; i < le; i++) {
      if (buf[i] === delim) {
        if (c < nCols) {
          const b = slots[c];
          if (b !== undefined) b.pushBytes(buf, s, i);
        }
        c++;
        s = i + 1;
      }
    }
    if (c < nCols) {
      const b = slots[c];
      if (b !== undefined) b.pushBytes(buf, s, le);
    }
    c++;
    if (c !== nCols) {
      cur.pos = pos;
      cur.line = line;
      const row = buf.toString('utf8', pos, le).split(String.fromCharCode(delim));
      throw raggedRowError(path, String.fromCharCode(delim), line, row, nCols);
    }
    if (raw !== undefined) raw.addBytes(buf, pos, le);
    a.endRow(line);
    pos = next;
    line++;
  }
  cur.pos = pos;
  cur.line = line;
}

/** Field bounds of one quoted record: which buffer (0: the part, 1: the unescape scratch), start, end. */
const F_WHICH: number[] = [];
const F_START: number[] = [];
const F_END: number[] = [];
let scratch: Buffer = Buffer.allocUnsafe(1 << 16);

/**
 * Tokenize well-quoted records (wellQuotedEnd said so) from cursor.pos until `end` or until the
 * batch is full: quoted fields unescaped ("" → ") into a scratch buffer, then every field pushed
 * from bytes as in consumeBytes. The last field loses one trailing "\r" (as readTable strips it).
 */
function consumeQuoted(a: Assembler, cur: Cursor, buf: Buffer, end: number, delim: number, path: string): void {
  const slots = a.slots;
  const nCols = slots.length;
  const raw = a.raw;
  const limit = a.batchRows;
  let pos = cur.pos;
  let line = cur.line;
  while (pos < end && a.n < limit) {
    const recLine = line;
    let i = pos;
    let k = 0;
    let used = 0;
    for (;;) {
      if (buf[i] === 34) {
        i++;
        const from = used;
        for (;;) {
          const c = buf[i];
          if (c === 34) {
            if (buf[i + 1] === 34) {
              if (used + 1 > scratch.length) scratch = growScratch(scratch, used + 1);
              scratch[used++] = 34;
              i += 2;
              continue;
            }
            i++;
            break;
          }
          if (c === 10) line++;
          if (used + 1 > scratch.length) scratch = growScratch(scratch, used + 1);
          scratch[used++] = c;
          i++;
        }
        F_WHICH[k] = 1;
        F_START[k] = from;
        F_END[k] = used;
      } else {
        const from = i;
        while (buf[i] !== delim && buf[i] !== 10) i++;
        F_WHICH[k] = 0;
        F_START[k] = from;
        F_END[k] = i;
      }
      k++;
      if (buf[i] === delim) {
        i++;
        continue;
      }
      break; // at "\n" or "\r\n" (wellQuotedEnd checked)
    }
    let recEnd = i;
    if (buf[i] === 13) i++;
    // i is at "\n"
    const next = i + 1;
    const lastBuf = F_WHICH[k - 1] === 1 ? scratch : buf;
    if (F_END[k - 1] > F_START[k - 1] && lastBuf[F_END[k - 1] - 1] === 13) {
      F_END[k - 1]--;
      if (F_WHICH[k - 1] === 0) recEnd = F_END[k - 1];
    }
    if (k === 1 && F_END[0] === F_START[0] && nCols > 1) {
      pos = next;
      line++;
      continue; // a blank line
    }
    if (k !== nCols) {
      const row: string[] = [];
      for (let f = 0; f < k; f++) row.push((F_WHICH[f] === 1 ? scratch : buf).toString('utf8', F_START[f], F_END[f]));
      cur.pos = pos;
      cur.line = recLine;
      throw raggedRowError(path, String.fromCharCode(delim), recLine, row, nCols);
    }
    for (let f = 0; f < k; f++) {
      const b = slots[f];
      if (b !== undefined) b.pushBytes(F_WHICH[f] === 1 ? scratch : buf, F_START[f], F_END[f]);
    }
    if (raw !== undefined) raw.addBytes(buf, pos, recEnd);
    a.endRow(recLine);
    pos = next;
    line++;
  }
  cur.pos = pos;
  cur.line = line;
}

function growScratch(b: Buffer, need: number): Buffer {
  const bigger = Buffer.allocUnsafe(Math.max(need, b.length * 2));
  b.copy(bigger, 0, 0, b.length);
  return bigger;
}

/** A CSV record for fields (quoted where needed). */
function recordText(row: string[], delimiter: string): string {
  let out = '';
  for (let i = 0; i < row.length; i++) {
    const f = row[i];
    if (i > 0) out += delimiter;
    out += f.includes('"') || f.includes(delimiter) || f.includes('\n') || f.includes('\r') ? `"${f.replace(/"/g, '""')}"` : f;
  }
  return out;
}

/** The header line's bytes (no BOM, no terminator) when it holds no quote; else the names joined. */
async function headerBytes(path: string, columns: string[], delimiter: string): Promise<Uint8Array> {
  const head = Buffer.from(await readRange(path, 0, 1 << 16));
  let s = head.length >= 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  const nl = head.indexOf(10, s);
  const q = head.indexOf(34, s);
  if (nl !== -1 && (q === -1 || q > nl)) {
    const e = nl > s && head[nl - 1] === 13 ? nl - 1 : nl;
    return new Uint8Array(head.subarray(s, e));
  }
  s = 0;
  return Buffer.from(recordText(columns, delimiter));
}

/** Rows a file of `totalBytes` likely holds, from `rows` rows in `bytes` bytes, 3% over (storage is reserved for them). */
export function estimateRows(totalBytes: number, rows: number, bytes: number): number {
  return Math.ceil(((totalBytes * rows) / bytes) * 1.03) + 1024;
}

export async function* readDelimitedColumns(
  path: string,
  delimiter: string,
  a: Assembler,
  onBytes: (bytes: number) => void,
  totalBytes: number,
): AsyncGenerator<ColumnBatch> {
  let estimated = Number.isFinite(a.batchRows);
  const delim = delimiter.charCodeAt(0);
  const cur: Cursor = { pos: 0, line: 0 };
  let started = false;
  let bytesRead = 0;
  const seeBytes = (b: number) => {
    bytesRead = b;
    onBytes(b);
  };
  for await (const part of readDelimitedParts(path, delimiter, 65536, 1 << 20, seeBytes, true)) {
    const columns = part.kind === 'bytes' ? part.columns : part.batch.columns;
    if (!started) {
      a.setColumns(columns, true);
      if (a.withRaw) a.header = await headerBytes(path, columns, delimiter);
      started = true;
    }
    if (part.kind === 'bytes') {
      cur.pos = part.start;
      cur.line = part.firstLine;
      const buf = part.buf as Buffer;
      const before = a.total;
      const consume = part.quoted ? consumeQuoted : consumeBytes;
      while (cur.pos < part.end) {
        consume(a, cur, buf, part.end, delim, path);
        if (a.n >= a.batchRows) yield a.flush();
      }
      if (!estimated && a.total - before >= 100) {
        a.reserve(estimateRows(totalBytes, a.total - before, part.end - part.start));
        estimated = true;
      }
    } else {
      const { rows, lines } = part.batch;
      const slots = a.slots;
      for (let r = 0; r < rows.length; r++) {
        const row = rows[r] as string[];
        for (let c = 0; c < slots.length; c++) slots[c]?.pushString(row[c]);
        if (a.raw) a.raw.addText(recordText(row, delimiter));
        a.endRow(lines[r]);
        if (a.n >= a.batchRows) yield a.flush();
      }
      if (!estimated && a.total >= 1000 && bytesRead > 0) {
        // rows parsed so far in the bytes read so far (a part of a line may be unparsed: a small overestimate)
        a.reserve(estimateRows(totalBytes, a.total, bytesRead));
        estimated = true;
      }
    }
  }
}
