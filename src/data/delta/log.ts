/**
 * Delta log replay (PROTOCOL.md "Action Reconciliation", "Checkpoints", "Last Checkpoint File"):
 * a table folder and a pin become one snapshot — protocol, metadata, schema and the live data
 * files with their partition values, deletion vectors and stats — or a UsageError naming the
 * table, the version and what cannot be read.
 *
 * - Commits `NNNNNNNNNNNNNNNNNNNN.json`; checkpoints classic (`N.checkpoint.parquet`), multi-part
 *   (`N.checkpoint.o.p.parquet`) and v2 UUID-named (`N.checkpoint.<uuid>.json|parquet`, with
 *   sidecars in `_delta_log/_sidecars/`). The newest complete checkpoint at or below the version
 *   is the base; `_last_checkpoint` is only a hint (a corrupt one is ignored, as Delta does).
 * - Commit timestamps (for `@<timestamp>` pins and lineage): `commitInfo.inCommitTimestamp`
 *   when the table has in-commit timestamps, else the commit file's modification time (the
 *   protocol's rule), made strictly increasing as Delta does.
 * - Memory: the log's actions, never data rows.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';
import { UsageError } from '../../errors.js';
import type { TableRef } from './table-ref.js';

export interface DeletionVectorDescriptor {
  storageType: 'u' | 'i' | 'p';
  pathOrInlineDv: string;
  offset?: number;
  sizeInBytes: number;
  cardinality: number;
}

export interface DeltaFile {
  /** Absolute local path of the Parquet file. */
  path: string;
  /** As written in the log (relative URI). */
  logPath: string;
  /** Partition values by physical column name ('' and null: null). */
  partitionValues: Record<string, string | null>;
  size: number;
  /** `stats.numRecords` when the writer recorded it. */
  numRecords?: number;
  deletionVector?: DeletionVectorDescriptor;
}

export interface DeltaField {
  name: string;
  type: DeltaType;
  nullable: boolean;
  metadata: Record<string, unknown>;
}
export type DeltaType = string | { type: 'struct'; fields: DeltaField[] } | { type: 'array'; elementType: DeltaType; containsNull: boolean } | { type: 'map'; keyType: DeltaType; valueType: DeltaType; valueContainsNull: boolean };

export interface DeltaProtocol {
  minReaderVersion: number;
  minWriterVersion: number;
  readerFeatures?: string[];
  writerFeatures?: string[];
}

export interface DeltaMetadata {
  id: string;
  schemaString: string;
  partitionColumns: string[];
  configuration: Record<string, string>;
  createdTime?: number;
}

export interface DeltaSnapshot {
  /** The table folder and what the user wrote. */
  root: string;
  text: string;
  version: number;
  /** The latest version in the log (for messages). */
  latestVersion: number;
  tableId: string;
  protocol: DeltaProtocol;
  metadata: DeltaMetadata;
  /** The table schema's fields; undefined when metaData has no schemaString. */
  fields: DeltaField[] | undefined;
  columnMapping: 'none' | 'name' | 'id';
  /** Live files, sorted by log path (a stable order, whatever checkpoints exist). */
  files: DeltaFile[];
  /** The commit at `version`: epoch ms and operation (null when its commit file was cleaned up). */
  commit: { timestamp: number | null; operation: string | null };
}

/** Reader features this reader implements (PROTOCOL.md "Table Features"). */
export const SUPPORTED_READER_FEATURES = ['columnMapping', 'deletionVectors', 'timestampNtz', 'v2Checkpoint', 'vacuumProtocolCheck'] as const;

const COMMIT = /^(\d{20})\.json$/;
const CLASSIC = /^(\d{20})\.checkpoint\.parquet$/;
const MULTI = /^(\d{20})\.checkpoint\.(\d{10})\.(\d{10})\.parquet$/;
const UUID_NAMED = /^(\d{20})\.checkpoint\.[0-9a-fA-F-]{36}\.(json|parquet)$/;

interface Checkpoint {
  version: number;
  files: string[];
  kind: 'classic' | 'multi' | 'v2';
}

type Action = Record<string, unknown>;

function fail(ref: TableRef, version: number | string | undefined, what: string): UsageError {
  const at = version === undefined ? '' : ` at version ${version}`;
  return new UsageError(`Delta table ${ref.root}${at}: ${what}`);
}

/** List the log: commits (version → mtime) and complete checkpoints. */
async function listLog(ref: TableRef): Promise<{ logDir: string; commits: Map<number, number>; checkpoints: Checkpoint[] }> {
  const logDir = join(ref.root, '_delta_log');
  let names: string[];
  try {
    names = await readdir(logDir);
  } catch {
    throw fail(ref, undefined, `no _delta_log folder at ${logDir}; expected a Delta table folder (sync the whole table folder, _delta_log included)`);
  }
  const commits = new Map<number, number>();
  const multi = new Map<string, { version: number; parts: number; have: Map<number, string> }>();
  const checkpoints: Checkpoint[] = [];
  for (const name of names) {
    let m: RegExpExecArray | null;
    if ((m = COMMIT.exec(name))) commits.set(Number(m[1]), 0);
    else if ((m = CLASSIC.exec(name))) checkpoints.push({ version: Number(m[1]), files: [name], kind: 'classic' });
    else if ((m = UUID_NAMED.exec(name))) checkpoints.push({ version: Number(m[1]), files: [name], kind: 'v2' });
    else if ((m = MULTI.exec(name))) {
      const key = `${m[1]}/${m[3]}`;
      const e = multi.get(key) ?? { version: Number(m[1]), parts: Number(m[3]), have: new Map() };
      e.have.set(Number(m[2]), name);
      multi.set(key, e);
    }
  }
  for (const e of multi.values()) {
    if (e.have.size === e.parts) checkpoints.push({ version: e.version, files: [...e.have.entries()].sort((a, b) => a[0] - b[0]).map((x) => x[1]), kind: 'multi' });
  }
  // Classic before multi-part before v2 at one version: prefer the simplest complete one.
  const rank = { classic: 0, multi: 1, v2: 2 };
  checkpoints.sort((a, b) => b.version - a.version || rank[a.kind] - rank[b.kind]);
  await Promise.all(
    [...commits.keys()].map(async (v) => {
      const s = await stat(join(logDir, commitName(v)));
      commits.set(v, Math.floor(s.mtimeMs));
    }),
  );
  return { logDir, commits, checkpoints };
}

function commitName(v: number): string {
  return `${String(v).padStart(20, '0')}.json`;
}

/** Parse a newline-delimited JSON log file; a bad line is a UsageError naming file and line. */
function parseActions(ref: TableRef, version: number | undefined, file: string, text: string): Action[] {
  const out: Action[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line) continue;
    try {
      const a = JSON.parse(line) as unknown;
      if (a === null || typeof a !== 'object' || Array.isArray(a)) throw new Error('not a JSON object');
      out.push(a as Action);
    } catch (err) {
      throw fail(ref, version, `corrupt log file ${file}:${i + 1}: ${(err as Error).message}; the log must hold one JSON action per line (re-sync the table folder)`);
    }
  }
  return out;
}

async function readParquetActions(ref: TableRef, version: number, path: string): Promise<Action[]> {
  const { parquetMetadataAsync, parquetReadObjects, parquetSchema } = await import('hyparquet');
  const { parquetCompressors } = await import('../parquet-types.js');
  let buf: Buffer;
  try {
    buf = await readFile(path);
  } catch (err) {
    throw fail(ref, version, `cannot read checkpoint ${path} (${(err as Error).message})`);
  }
  const file = buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer;
  try {
    const metadata = await parquetMetadataAsync(file);
    const wanted = ['add', 'remove', 'metaData', 'protocol', 'checkpointMetadata', 'sidecar'];
    const columns = parquetSchema(metadata).children.map((c) => c.element.name).filter((n) => wanted.includes(n));
    const rows = (await parquetReadObjects({ file, metadata, columns, compressors: await parquetCompressors() })) as Action[];
    return rows;
  } catch (err) {
    throw fail(ref, version, `corrupt checkpoint ${path} (${(err as Error).message}); re-sync the table folder`);
  }
}

/** Plain JSON-like values: bigint → number, null fields dropped. */
function plain(v: unknown): unknown {
  if (typeof v === 'bigint') return Number(v);
  if (Array.isArray(v)) return v.map(plain);
  if (v && typeof v === 'object' && !(v instanceof Date) && !(v instanceof Uint8Array)) {
    const o: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) if (x !== null && x !== undefined) o[k] = plain(x);
    return o;
  }
  return v;
}

/** Resolve an add/remove path (a URI relative to the table, or absolute) to a local path. */
export function resolveDataPath(root: string, uri: string): string {
  let p = uri;
  if (p.startsWith('file://')) p = p.slice(7);
  else if (p.startsWith('file:')) p = p.slice(5);
  else if (/^[a-zA-Z][a-zA-Z0-9+.-]*:\/\//.test(p)) return p; // another scheme: refused when read
  try {
    p = decodeURIComponent(p);
  } catch {
    /* keep as written */
  }
  return isAbsolute(p) ? p : resolve(root, p);
}

function dvUniqueId(dv: DeletionVectorDescriptor | undefined): string {
  if (!dv) return '';
  return dv.offset === undefined || dv.offset === null ? `${dv.storageType}${dv.pathOrInlineDv}` : `${dv.storageType}${dv.pathOrInlineDv}@${dv.offset}`;
}

function numRecordsOf(stats: unknown): number | undefined {
  if (typeof stats !== 'string') return undefined;
  try {
    const n = (JSON.parse(stats) as { numRecords?: unknown }).numRecords;
    return typeof n === 'number' && Number.isFinite(n) ? n : undefined;
  } catch {
    return undefined;
  }
}

interface Replay {
  protocol?: DeltaProtocol;
  metadata?: DeltaMetadata;
  files: Map<string, DeltaFile>;
  inCommitTimestamp?: number;
  operation?: string;
}

function applyActions(root: string, state: Replay, actions: Action[], fromCheckpoint: boolean): void {
  for (const raw of actions) {
    if (raw.protocol) state.protocol = plain(raw.protocol) as DeltaProtocol;
    if (raw.metaData) state.metadata = plain(raw.metaData) as DeltaMetadata;
    if (raw.remove && !fromCheckpoint) {
      const r = plain(raw.remove) as { path: string; deletionVector?: DeletionVectorDescriptor };
      state.files.delete(`${resolveDataPath(root, r.path)}\u0000${dvUniqueId(r.deletionVector)}`);
    }
    if (raw.add) {
      const a = plain(raw.add) as { path: string; partitionValues?: Record<string, string | null>; size?: number; stats?: string; deletionVector?: DeletionVectorDescriptor };
      const path = resolveDataPath(root, a.path);
      state.files.set(`${path}\u0000${dvUniqueId(a.deletionVector)}`, {
        path,
        logPath: a.path,
        partitionValues: a.partitionValues ?? {},
        size: a.size ?? 0,
        numRecords: numRecordsOf(a.stats),
        deletionVector: a.deletionVector,
      });
    }
  }
}

async function readCheckpoint(ref: TableRef, logDir: string, cp: Checkpoint): Promise<Action[]> {
  const actions: Action[] = [];
  for (const name of cp.files) {
    const path = join(logDir, name);
    if (name.endsWith('.json')) actions.push(...parseActions(ref, cp.version, path, await readFile(path, 'utf8')));
    else actions.push(...(await readParquetActions(ref, cp.version, path)));
  }
  const sidecars = actions.filter((a) => a.sidecar).map((a) => plain(a.sidecar) as { path: string });
  for (const s of sidecars) {
    const path = isAbsolute(s.path) ? s.path : join(logDir, '_sidecars', s.path);
    actions.push(...(await readParquetActions(ref, cp.version, path)));
  }
  return actions;
}

function parseSchema(ref: TableRef, version: number, schemaString: string): DeltaField[] {
  try {
    const s = JSON.parse(schemaString) as { type?: string; fields?: DeltaField[] };
    if (s.type !== 'struct' || !Array.isArray(s.fields)) throw new Error('not a struct type');
    return s.fields;
  } catch (err) {
    throw fail(ref, version, `the table schema (metaData.schemaString) cannot be read (${(err as Error).message})`);
  }
}

/** Refuse protocol versions and reader features this reader does not implement. */
export function checkProtocol(ref: TableRef, version: number, p: DeltaProtocol): void {
  const v = p.minReaderVersion;
  if (!Number.isInteger(v) || v < 1 || v > 3) {
    throw fail(ref, version, `reader version ${v} is not supported (cd4ml reads Delta reader versions 1 to 3); read the table at an older version or rewrite it with a supported protocol`);
  }
  if (v === 3) {
    const unknown = (p.readerFeatures ?? []).filter((f) => !(SUPPORTED_READER_FEATURES as readonly string[]).includes(f));
    if (unknown.length > 0) {
      throw fail(
        ref,
        version,
        `reader feature${unknown.length > 1 ? 's' : ''} ${unknown.map((f) => `"${f}"`).join(', ')} ${unknown.length > 1 ? 'are' : 'is'} not supported (supported: ${SUPPORTED_READER_FEATURES.join(', ')}); reading it could return wrong rows, so cd4ml refuses`,
      );
    }
  }
}

/**
 * The snapshot of a table at its pin (latest without one). Throws UsageError for a missing or
 * corrupt log, an unsupported protocol or reader feature, a version that does not exist or was
 * cleaned up, and a timestamp before the first commit or after the last.
 */
export async function loadSnapshot(ref: TableRef): Promise<DeltaSnapshot> {
  const { logDir, commits, checkpoints } = await listLog(ref);
  const versions = [...commits.keys()];
  const latest = Math.max(-1, ...versions, ...checkpoints.map((c) => c.version));
  if (latest < 0) throw fail(ref, undefined, `${logDir} holds no commits or checkpoints; expected files like 00000000000000000000.json`);
  const earliestCommit = versions.length ? Math.min(...versions) : undefined;

  let version = latest;
  if (ref.version !== undefined) {
    version = ref.version;
    if (version > latest) throw fail(ref, version, `version ${version} does not exist (the latest version is ${latest}); pin @v0 to @v${latest}`);
  } else if (ref.timestamp) {
    version = await versionAt(ref, logDir, commits);
  }

  // The base: the newest checkpoint at or below the version whose later commits are all there.
  const state: Replay = { files: new Map() };
  let from = 0;
  let base: Checkpoint | undefined;
  for (const cp of checkpoints) {
    if (cp.version > version) continue;
    let ok = true;
    for (let v = cp.version + 1; v <= version && ok; v++) ok = commits.has(v);
    if (ok) {
      base = cp;
      break;
    }
  }
  if (base) {
    applyActions(ref.root, state, await readCheckpoint(ref, logDir, base), true);
    from = base.version + 1;
  } else {
    for (let v = 0; v <= version; v++) {
      if (!commits.has(v)) {
        const earliest = earliestReadable(commits, checkpoints);
        throw fail(
          ref,
          version,
          earliest !== undefined && earliest > version
            ? `version ${version} is no longer in the log (its commits were cleaned up; the earliest readable version is ${earliest})`
            : `the log is missing commit ${commitName(v)} and no checkpoint covers it; the log is incomplete (re-sync the table folder)`,
        );
      }
    }
  }
  let lastActions: Action[] = [];
  for (let v = from; v <= version; v++) {
    const file = join(logDir, commitName(v));
    const actions = parseActions(ref, v, file, await readFile(file, 'utf8'));
    applyActions(ref.root, state, actions, false);
    if (v === version) lastActions = actions;
  }
  if (!state.protocol) throw fail(ref, version, 'the log has no protocol action; the log is corrupt or incomplete (re-sync the table folder)');
  if (!state.metadata) throw fail(ref, version, 'the log has no metaData action; the log is corrupt or incomplete (re-sync the table folder)');
  checkProtocol(ref, version, state.protocol);
  const meta = state.metadata;
  // A log without a schema still lists files (log-only tables); reading rows then refuses.
  const fields = typeof meta.schemaString === 'string' ? parseSchema(ref, version, meta.schemaString) : undefined;
  const cfg = meta.configuration ?? {};
  const mode = cfg['delta.columnMapping.mode'] ?? 'none';
  if (mode !== 'none' && mode !== 'name' && mode !== 'id') throw fail(ref, version, `column mapping mode "${mode}" is not supported (expected none, name or id)`);
  if (mode !== 'none' && state.protocol.minReaderVersion < 2) throw fail(ref, version, `column mapping mode "${mode}" needs reader version 2 or 3, the protocol says ${state.protocol.minReaderVersion}`);

  let commitInfo: { timestamp?: number; inCommitTimestamp?: number; operation?: string } | undefined;
  if (version >= from) commitInfo = lastActions.find((a) => a.commitInfo)?.commitInfo as typeof commitInfo;
  else if (commits.has(version)) {
    const file = join(logDir, commitName(version));
    commitInfo = parseActions(ref, version, file, await readFile(file, 'utf8')).find((a) => a.commitInfo)?.commitInfo as typeof commitInfo;
  }
  const ict = cfg['delta.enableInCommitTimestamps'] === 'true' && typeof commitInfo?.inCommitTimestamp === 'number' ? commitInfo.inCommitTimestamp : undefined;
  const timestamp = ict ?? (commits.has(version) ? monotonicTimestamps(commits).get(version)! : null);
  void earliestCommit;

  const files = [...state.files.values()].sort((a, b) => (a.logPath < b.logPath ? -1 : a.logPath > b.logPath ? 1 : dvUniqueId(a.deletionVector) < dvUniqueId(b.deletionVector) ? -1 : 1));
  return {
    root: ref.root,
    text: ref.text,
    version,
    latestVersion: latest,
    tableId: meta.id,
    protocol: state.protocol,
    metadata: meta,
    fields,
    columnMapping: mode,
    files,
    commit: { timestamp, operation: commitInfo?.operation ?? null },
  };
}

function earliestReadable(commits: Map<number, number>, checkpoints: Checkpoint[]): number | undefined {
  const cps = checkpoints.map((c) => c.version);
  if (commits.has(0)) return 0;
  return cps.length ? Math.min(...cps) : undefined;
}

/** Commit file times made strictly increasing (Delta: a time not after the previous one is previous + 1 ms). */
function monotonicTimestamps(commits: Map<number, number>): Map<number, number> {
  const out = new Map<number, number>();
  let prev = -Infinity;
  for (const v of [...commits.keys()].sort((a, b) => a - b)) {
    const t = Math.max(commits.get(v)!, prev + 1);
    out.set(v, t);
    prev = t;
  }
  return out;
}

/** The newest version whose commit time is at or before the pinned timestamp. */
async function versionAt(ref: TableRef, logDir: string, commits: Map<number, number>): Promise<number> {
  const ts = ref.timestamp!;
  const times = monotonicTimestamps(commits);
  // In-commit timestamps win over file times where the table enabled them.
  for (const v of times.keys()) {
    const text = await readFile(join(logDir, commitName(v)), 'utf8');
    const first = text.slice(0, text.indexOf('\n') >= 0 ? text.indexOf('\n') : text.length);
    if (!first.includes('inCommitTimestamp')) continue;
    try {
      const ict = (JSON.parse(first) as { commitInfo?: { inCommitTimestamp?: number } }).commitInfo?.inCommitTimestamp;
      if (typeof ict === 'number') times.set(v, ict);
    } catch {
      /* the replay reports a corrupt commit */
    }
  }
  const ordered = [...times.entries()].sort((a, b) => a[0] - b[0]);
  if (ordered.length === 0) throw fail(ref, ts.text, 'the log holds no commit files to match a timestamp against; pin a version (@v<N>) instead');
  const [firstV, firstT] = ordered[0];
  const [lastV, lastT] = ordered[ordered.length - 1];
  if (ts.ms < firstT) {
    throw fail(ref, ts.text, `the timestamp is before the first available commit (version ${firstV} at ${new Date(firstT).toISOString()}); pin a later timestamp or a version`);
  }
  if (ts.ms > lastT) {
    throw fail(ref, ts.text, `the timestamp is after the latest commit (version ${lastV} at ${new Date(lastT).toISOString()}); pin a timestamp at or before it, or omit the pin to read the latest version`);
  }
  let version = firstV;
  for (const [v, t] of ordered) if (t <= ts.ms) version = v;
  return version;
}
