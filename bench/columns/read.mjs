// One readColumns of a file, as a whole process (the bench's "ours" side): prints rows, columns,
// kinds and a checksum so the work cannot be skipped. Usage: node read.mjs BUILD_DIR FILE
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [build, file] = process.argv.slice(2);
const { readColumns } = await import(pathToFileURL(join(resolve(build), 'src/data/table.js')).href);
const t = await readColumns(file);
let sum = 0;
for (const c of t.columns) {
  if (c.kind === 'number') {
    const v = c.values;
    for (let i = 0; i < v.length; i += 997) if (v[i] === v[i]) sum += v[i];
  } else sum += c.dict.length;
}
console.log(JSON.stringify({ rows: t.n, columns: t.names.length, kinds: t.columns.map((c) => c.kind[0]).join(''), sum: Math.round(sum) }));
