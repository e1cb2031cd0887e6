/**
 * Safe outputs: every file the project writes (predictions, reports, schemas, bundles, OCI
 * archives) goes to a temporary sibling first and is renamed into place, so a failed or
 * interrupted write never leaves a truncated file, and never touches the old one before the new
 * one is complete. I/O failures become UsageErrors (exit 2) that name the path, say what went
 * wrong and what to do.
 *
 * Special files (character devices such as /dev/null or /dev/stdout, FIFOs) cannot be replaced by a
 * rename: they are written in place, and their errors (ENOSPC on /dev/full) are reported the same way.
 */
import { randomBytes } from 'node:crypto';
import { lstat, mkdir, open, readdir, readlink, realpath, rename, rm, stat, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { UsageError } from '../errors.js';

/** Human words for an errno code, and what the user can do about it. */
export function ioFailure(path: string, err: unknown, verb: string): UsageError {
  const code = (err as NodeJS.ErrnoException)?.code;
  const [why, fix] =
    code === 'ENOENT'
      ? ['no such file or folder', 'check the path, or create the folder first']
      : code === 'ENOTDIR'
        ? ['a part of the path is a file, not a folder', 'check the path']
        : code === 'EISDIR'
          ? ['it is a directory, not a file', 'pass a file path']
          : code === 'EACCES' || code === 'EPERM'
            ? ['permission denied', 'choose a path you can write, or fix its permissions']
            : code === 'ENOSPC' || code === 'EDQUOT'
              ? ['no space left on the device', 'free some space or write elsewhere']
              : code === 'EROFS'
                ? ['read-only file system', 'write to a writable location']
                : [code ?? String((err as Error)?.message ?? err), 'check the path'];
  return new UsageError(`${path}: cannot ${verb} (${why}); ${fix}`);
}

function tempSibling(target: string, kind: 'tmp' | 'old'): string {
  return join(dirname(target), `.${basename(target)}.${kind}-${process.pid}-${randomBytes(4).toString('hex')}`);
}

/** Where a write to `path` really lands: symlinks resolved, so the link keeps pointing at the new file. */
async function targetOf(path: string): Promise<{ target: string; special: boolean; mode?: number }> {
  const abs = resolve(path);
  let st;
  try {
    st = await stat(abs);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
      // A dangling symlink: write where it points.
      try {
        if ((await lstat(abs)).isSymbolicLink()) return { target: resolve(dirname(abs), await readlink(abs)), special: false };
      } catch {
        /* not a link */
      }
      return { target: abs, special: false };
    }
    throw ioFailure(path, err, 'write the file');
  }
  if (st.isDirectory()) throw ioFailure(path, Object.assign(new Error('dir'), { code: 'EISDIR' }), 'write the file');
  const target = await realpath(abs);
  return { target, special: !st.isFile(), mode: st.mode & 0o7777 };
}

export interface AtomicWriteOptions {
  /** Create missing parent folders (default true; false reports a missing folder as an error). */
  mkdirs?: boolean;
}

/** A file being written: chunks go to a temporary sibling; commit renames it into place. */
export interface AtomicWriter {
  readonly path: string;
  write(chunk: string | Uint8Array): Promise<void>;
  /** Flush, close and rename over the target. */
  commit(): Promise<void>;
  /** Close and delete the temporary file; the target is left as it was. */
  abort(): Promise<void>;
}

/**
 * Open `path` for writing through a temporary sibling. Nothing at `path` changes until commit().
 * Errors are UsageErrors naming `path`.
 */
export async function openAtomicWriter(path: string, opts: AtomicWriteOptions = {}): Promise<AtomicWriter> {
  const { target, special, mode } = await targetOf(path);
  if (opts.mkdirs ?? true) {
    try {
      await mkdir(dirname(target), { recursive: true });
    } catch (err) {
      throw ioFailure(path, err, 'create the folder of the file');
    }
  }
  const file = special ? target : tempSibling(target, 'tmp');
  let handle: FileHandle;
  try {
    handle = await open(file, special ? 'w' : 'wx', mode ?? 0o644);
  } catch (err) {
    throw ioFailure(path, err, 'write the file');
  }
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await handle.close();
  };
  const cleanup = async () => {
    await close().catch(() => undefined);
    if (!special) await unlink(file).catch(() => undefined);
  };
  return {
    path,
    async write(chunk) {
      try {
        await handle.write(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk);
      } catch (err) {
        await cleanup();
        throw ioFailure(path, err, 'write the file');
      }
    },
    async commit() {
      try {
        if (!special) await handle.sync();
        await close();
        if (!special) await rename(file, target);
      } catch (err) {
        await cleanup();
        throw ioFailure(path, err, 'write the file');
      }
    },
    abort: cleanup,
  };
}

/** Write a whole file through a temporary sibling and rename it into place. */
export async function writeFileAtomic(path: string, data: string | Uint8Array, opts: AtomicWriteOptions = {}): Promise<void> {
  const w = await openAtomicWriter(path, opts);
  await w.write(data);
  await w.commit();
}

/** The same file? Real paths compared, so symlinks, `./` and `..` detours are seen through. */
export async function isSameFile(a: string, b: string): Promise<boolean> {
  const real = async (p: string) => {
    try {
      return await realpath(p);
    } catch {
      // Not there (yet): compare the real folder plus the name.
      try {
        return join(await realpath(dirname(resolve(p))), basename(p));
      } catch {
        return resolve(p);
      }
    }
  };
  const [ra, rb] = await Promise.all([real(a), real(b)]);
  if (ra === rb) return true;
  try {
    const [sa, sb] = await Promise.all([stat(a), stat(b)]);
    return sa.dev === sb.dev && sa.ino === sb.ino; // hard links
  } catch {
    return false;
  }
}

export interface ReplaceDirOptions {
  /**
   * Decide whether an existing, non-empty directory may be replaced, from its entry names.
   * Return undefined to allow, or the reason to refuse (it ends the UsageError's message).
   */
  replaceable(entries: string[]): string | undefined;
}

/** Refuse early (before any work) what writeDirAtomic would refuse: a non-directory, or contents `replaceable` rejects. */
export async function checkDirReplaceable(dir: string, opts: ReplaceDirOptions): Promise<{ target: string; existing: string[] | undefined }> {
  let target = resolve(dir);
  let existing: string[] | undefined;
  try {
    const st = await stat(target);
    if (!st.isDirectory()) throw new UsageError(`${dir}: exists and is not a directory; pass a new or empty directory`);
    target = await realpath(target);
    existing = await readdir(target);
  } catch (err) {
    if (err instanceof UsageError) throw err;
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw ioFailure(dir, err, 'use the directory');
  }
  if (existing && existing.length > 0) {
    const refusal = opts.replaceable(existing);
    if (refusal !== undefined) throw new UsageError(`${dir}: ${refusal}`);
  }
  return { target, existing };
}

/**
 * Write a folder of files atomically: into a temporary sibling, then renamed into place. An
 * existing `dir` is replaced only when it is empty or `replaceable` accepts its contents; anything
 * else is a UsageError naming `dir` (nothing is deleted). Returns the absolute path written.
 */
/**
 * A file's contents for writeDirAtomic: text, bytes, chunks written one after the other (a large
 * file produced a piece at a time is never held whole), or a function called when the file's turn
 * comes (its contents may depend on files written before it, e.g. a manifest of their hashes).
 */
export type DirFileData = string | Uint8Array | Iterable<Uint8Array> | (() => string | Uint8Array);

export async function writeDirAtomic(dir: string, files: [name: string, data: DirFileData][], opts: ReplaceDirOptions): Promise<string> {
  const { target, existing } = await checkDirReplaceable(dir, opts);
  const parent = dirname(target);
  if (parent === target) throw new UsageError(`${dir}: cannot replace the root directory; pass a new or empty directory`);
  try {
    await mkdir(parent, { recursive: true });
  } catch (err) {
    throw ioFailure(dir, err, 'create the parent folder');
  }
  const tmp = tempSibling(target, 'tmp');
  try {
    await mkdir(tmp);
  } catch (err) {
    throw ioFailure(dir, err, 'create a temporary folder beside the directory');
  }
  try {
    for (const [name, given] of files) {
      const h = await open(join(tmp, name), 'wx', 0o644);
      try {
        const data = typeof given === 'function' ? given() : given;
        // A large file may come as chunks (train's holdout): written one after the other, never joined.
        if (typeof data === 'string') await h.write(Buffer.from(data, 'utf8'));
        else if (data instanceof Uint8Array) await h.write(data);
        else for (const part of data) await h.write(part);
        await h.sync();
      } finally {
        await h.close();
      }
    }
    if (existing === undefined || existing.length === 0) {
      // rename(2) replaces an empty directory.
      await rename(tmp, target);
    } else {
      const old = tempSibling(target, 'old');
      await rename(target, old);
      try {
        await rename(tmp, target);
      } catch (err) {
        await rename(old, target).catch(() => undefined);
        throw err;
      }
      // The old contents were a bundle this tool wrote (replaceable() said so).
      await rm(old, { recursive: true, force: true });
    }
  } catch (err) {
    await rm(tmp, { recursive: true, force: true }).catch(() => undefined);
    throw err instanceof UsageError ? err : ioFailure(dir, err, 'write the directory');
  }
  return target;
}

/**
 * Refuse an output that is one of the inputs (compared by real path): writing it would destroy
 * what is being read. `output` and each input are [what the user called it, path].
 */
export async function refuseOverwritingInputs(output: [label: string, path: string | undefined], inputs: [label: string, path: string | undefined][]): Promise<void> {
  const [outLabel, outPath] = output;
  if (outPath === undefined) return;
  for (const [label, path] of inputs) {
    if (path !== undefined && (await isSameFile(outPath, path))) {
      throw new UsageError(`${outLabel} ${outPath} is the input file ${label} ${path}; writing there would destroy it. Pass another output file`);
    }
  }
}
