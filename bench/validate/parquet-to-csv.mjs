#!/usr/bin/env node
// Write a Parquet file's rows as CSV (all rows to OUT_ALL, the first N to OUT_HEAD) with hyparquet;
// timestamps as ISO text without zone.
// Usage: node bench/validate/parquet-to-csv.mjs IN.parquet OUT_ALL.csv OUT_HEAD.csv N
import { createWriteStream } from 'node:fs';
import { parquetMetadataAsync, parquetRead, parquetSchema, asyncBufferFromFile } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';

const [input, all, head, nText] = process.argv.slice(2);
const n = Number(nText);
const file = await asyncBufferFromFile(input);
const metadata = await parquetMetadataAsync(file);
const columns = parquetSchema(metadata).children.map((c) => c.element.name);
const outAll = createWriteStream(all);
const outHead = createWriteStream(head);
outAll.write(columns.join(',') + '\n');
outHead.write(columns.join(',') + '\n');
const cell = (v) => (v === null || v === undefined ? '' : v instanceof Date ? v.toISOString().slice(0, 19) : typeof v === 'bigint' ? v.toString() : String(v));
let start = 0;
for (const g of metadata.row_groups) {
  const end = start + Number(g.num_rows);
  let rows = [];
  await parquetRead({ file, metadata, columns, compressors, rowStart: start, rowEnd: end, onComplete: (r) => (rows = r) });
  let text = '';
  let headText = '';
  for (let i = 0; i < rows.length; i++) {
    const line = rows[i].map(cell).join(',') + '\n';
    text += line;
    if (start + i < n) headText += line;
    if (text.length > 1 << 20) {
      if (!outAll.write(text)) await new Promise((r) => outAll.once('drain', r));
      text = '';
    }
  }
  outAll.write(text);
  if (headText) outHead.write(headText);
  start = end;
}
await Promise.all([new Promise((r) => outAll.end(r)), new Promise((r) => outHead.end(r))]);
console.log(`wrote ${all} (${start} rows) and ${head} (${Math.min(n, start)} rows)`);
