/**
 * Filesystem port: the only place the data/report code touches node:fs. Every failure becomes a
 * UsageError that names the file and says what to do.
 */
import { createHash } from 'node:crypto';
import { open, readFile, stat } from 'node:fs/promises';
import { UsageError } from '../errors.js';
import { writeFileAtomic } from './atomic.js';

function fsMessage(path: string, err: unknown, verb: string): string {
  const code = (err as NodeJS.ErrnoException).code;
  const why =
    code === 'ENOENT'
      ? 'no such file'
      : code === 'EISDIR'
        ? 'it is a directory, not a file'
        : code === 'EACCES' || code === 'EPERM'
          ? 'permission denied'
          : (code ?? String((err as Error).message ?? err));
  return `${path}: cannot ${verb} (${why}); check the path`;
}

/** Size of a file in bytes; UsageError when it cannot be read. */
export async function fileSize(path: string): Promise<number> {
  try {
    const s = await stat(path);
    if (s.isDirectory()) throw Object.assign(new Error('dir'), { code: 'EISDIR' });
    return s.size;
  } catch (err) {
    throw new UsageError(fsMessage(path, err, 'read the file'));
  }
}

/**
 * Read a file as a sequence of byte chunks of at most `chunkSize` bytes. Memory is bounded by
 * the chunk size: each yielded buffer is fresh (callers may keep it).
 */
export async function* readChunks(path: string, chunkSize = 1 << 20): AsyncGenerator<Uint8Array> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (err) {
    throw new UsageError(fsMessage(path, err, 'open the file'));
  }
  try {
    for (;;) {
      const buf = Buffer.allocUnsafe(chunkSize);
      let n: number;
      try {
        ({ bytesRead: n } = await handle.read(buf, 0, chunkSize, null));
      } catch (err) {
        throw new UsageError(fsMessage(path, err, 'read the file'));
      }
      if (n === 0) return;
      yield n === chunkSize ? buf : buf.subarray(0, n);
    }
  } finally {
    await handle.close();
  }
}

/** A file opened for sequential reads into caller-owned buffers (no allocation per read). */
export interface SequentialReader {
  /** Read up to `length` bytes into `buf` at `offset`; 0 at the end of the file. */
  read(buf: Uint8Array, offset: number, length: number): Promise<number>;
  close(): Promise<void>;
}

export async function openReader(path: string): Promise<SequentialReader> {
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(path, 'r');
  } catch (err) {
    throw new UsageError(fsMessage(path, err, 'open the file'));
  }
  return {
    async read(buf, offset, length) {
      try {
        return (await handle.read(buf, offset, length, null)).bytesRead;
      } catch (err) {
        throw new UsageError(fsMessage(path, err, 'read the file'));
      }
    },
    close: () => handle.close(),
  };
}

/**
 * sha256 (hex) of a file's bytes, read through one reused 1 MiB buffer (a read stream makes a
 * fresh 64 KiB buffer per read: 3,000 of them for a 190 MB file, all garbage until V8's next GC).
 */
export async function sha256File(path: string): Promise<string> {
  const reader = await openReader(path);
  const hash = createHash('sha256');
  const buf = Buffer.allocUnsafe(1 << 20);
  try {
    for (;;) {
      const n = await reader.read(buf, 0, buf.length);
      if (n === 0) break;
      hash.update(buf.subarray(0, n));
    }
  } finally {
    await reader.close();
  }
  return hash.digest('hex');
}

/** Read `length` bytes at `position` (for random access formats such as Parquet). */
export async function readRange(path: string, start: number, end: number): Promise<ArrayBuffer> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (err) {
    throw new UsageError(fsMessage(path, err, 'open the file'));
  }
  try {
    const out = new Uint8Array(end - start);
    let off = 0;
    while (off < out.length) {
      const { bytesRead } = await handle.read(out, off, out.length - off, start + off);
      if (bytesRead === 0) break;
      off += bytesRead;
    }
    return out.buffer;
  } finally {
    await handle.close();
  }
}

/** A whole text file (UTF-8). */
export async function readText(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (err) {
    throw new UsageError(fsMessage(path, err, 'read the file'));
  }
}

/** Write a text file, creating its folder: through a temporary sibling renamed into place (src/io/atomic.ts). */
export async function writeText(path: string, text: string): Promise<void> {
  await writeFileAtomic(path, text);
}
