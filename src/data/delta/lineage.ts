/**
 * What lineage records for a Delta table: its id, the version read, that commit's timestamp and
 * operation, the live row count (from stats) and a digest of the snapshot's file list (path,
 * size, deletion vector), so "which data trained this model" is answered exactly and replayable
 * with `path@v<version>`.
 */
import { createHash } from 'node:crypto';
import type { DataFormat } from '../read.js';
import { hasDeltaPin, isDeltaTable } from './table-ref.js';

export interface DeltaLineage {
  'table-id': string;
  version: number;
  /** ISO 8601; null when the commit file was cleaned up. */
  'commit-timestamp': string | null;
  operation: string | null;
  rows: number | null;
  files: number;
}

/** Whether a data path is read as a Delta table. */
export function isDeltaSource(path: string, format?: DataFormat): boolean {
  return format === 'delta' || (format === undefined && (hasDeltaPin(path) || isDeltaTable(path)));
}

/**
 * Lineage of a Delta data path (undefined when the path is not a Delta table): the record and a
 * sha256 over the snapshot's version and sorted (path, size, deletion vector) list.
 */
export async function deltaLineage(path: string, format?: DataFormat): Promise<{ delta: DeltaLineage; sha256: string } | undefined> {
  if (!isDeltaSource(path, format)) return undefined;
  const { openDeltaTable, describeSnapshot } = await import('./scan.js');
  const s = await openDeltaTable(path);
  const d = describeSnapshot(s);
  const h = createHash('sha256');
  h.update(`delta ${s.tableId} v${s.version}\n`);
  for (const f of s.files) {
    const dv = f.deletionVector;
    h.update(`${f.logPath}\t${f.size}\t${dv ? `${dv.storageType}${dv.pathOrInlineDv}@${dv.offset ?? ''}` : ''}\n`);
  }
  return {
    delta: { 'table-id': d.tableId, version: d.version, 'commit-timestamp': d.commitTimestamp, operation: d.operation, rows: d.rows, files: d.files },
    sha256: h.digest('hex'),
  };
}

/** One line naming a Delta source, e.g. for the gate comment. */
export function describeDeltaLineage(path: string, d: DeltaLineage): string {
  return `${path}: Delta table ${d['table-id']} version ${d.version}${d['commit-timestamp'] ? `, committed ${d['commit-timestamp']}` : ''}${d.operation ? ` by ${d.operation}` : ''}`;
}
