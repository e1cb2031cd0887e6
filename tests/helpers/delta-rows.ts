/** Every row of a Delta table (at its pin) as arrays, read the way the stages read it (readBatches). */
import { readBatches } from '../../src/data/read.js';

export async function readDeltaRows(text: string): Promise<{ columns: string[]; rows: unknown[][] }> {
  const { openDeltaTable, planColumns } = await import('../../src/data/delta/scan.js');
  let columns = planColumns(await openDeltaTable(text)).map((c) => c.name);
  const rows: unknown[][] = [];
  for await (const b of readBatches(text, { format: 'delta', batchSize: 65536, allowEmpty: true })) {
    columns = b.columns;
    for (const r of b.rows) rows.push(r);
  }
  return { columns, rows };
}
