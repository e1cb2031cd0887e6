/** A generated CSV just over a size (for the progress tests: files of 50 MB and more show progress). */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

/**
 * Write `path`: header `id,x,y,cat,label` and rows until the file holds at least `minBytes`.
 * Returns the exact size and row count written (what the reader must report at the end).
 */
export async function writeBigCsv(path: string, minBytes: number): Promise<{ bytes: number; rows: number }> {
  const out = createWriteStream(path);
  let bytes = 0;
  let rows = 0;
  let chunk = 'id,x,y,cat,label\n';
  // ASCII only: a string's length is its size in bytes.
  while (bytes + chunk.length < minBytes) {
    const i = rows++;
    chunk += `${i},${(i * 0.37) % 100},${((i * 7919) % 1000) / 7},${'abcde'[i % 5]},${i % 2}\n`;
    if (chunk.length > 1 << 20) {
      bytes += chunk.length;
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  bytes += chunk.length;
  out.end(chunk);
  await once(out, 'close');
  return { bytes, rows };
}
