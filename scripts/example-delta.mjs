// `npm run example -- --delta`: the churn example reads its customers from a Delta Lake table.
// data/customers.csv becomes the Delta table data/customers (two commits: the first 6,000 rows,
// then the rest), written with the test-only writer tests/helpers/delta-writer.ts (loaded by
// Node's type stripping), and cd4ml.yml's validate/train `data:` pin its latest version, @v1 —
// so lineage.json, the model card and the gate comment record the table id and version.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';

export async function convertExampleToDelta(root, dir) {
  const { DeltaTableWriter } = await import(join(root, 'tests/helpers/delta-writer.ts'));
  const csv = join(dir, 'data', 'customers.csv');
  const { data, meta } = Papa.parse(readFileSync(csv, 'utf8'), { header: true, skipEmptyLines: true });
  const names = meta.fields;
  const isNum = (v) => v !== '' && Number.isFinite(Number(v));
  const schema = names.map((name) => {
    const vals = data.map((r) => r[name]).filter((v) => v !== '');
    const type = vals.every(isNum) ? (vals.every((v) => Number.isInteger(Number(v))) ? 'long' : 'double') : 'string';
    return { name, type };
  });
  const columns = (rows) => schema.map((c) => rows.map((r) => (r[c.name] === '' ? null : c.type === 'long' ? BigInt(r[c.name]) : c.type === 'double' ? Number(r[c.name]) : r[c.name])));
  const table = join(dir, 'data', 'customers');
  rmSync(table, { recursive: true, force: true });
  const w = new DeltaTableWriter(table, schema, { codec: 'SNAPPY' });
  const t0 = Date.parse('2026-11-01T00:00:00Z');
  w.commit({ add: [await w.writeDataFile({ columns: columns(data.slice(0, 6000)) })], operation: 'CREATE TABLE AS SELECT', timestamp: t0 });
  w.commit({ add: [await w.writeDataFile({ columns: columns(data.slice(6000)) })], operation: 'WRITE', timestamp: t0 + 86_400_000 });
  rmSync(csv);
  const config = join(dir, 'cd4ml.yml');
  writeFileSync(config, readFileSync(config, 'utf8').replaceAll('data: data/customers.csv', 'data: data/customers@v1'));
  return { table: 'data/customers@v1', rows: data.length, id: w.id };
}
