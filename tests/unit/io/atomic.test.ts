/**
 * src/io/atomic.ts: every output goes through a temporary sibling renamed into place; I/O errors
 * are UsageErrors naming the path; a directory is replaced only when its owner says it may be.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isSameFile, openAtomicWriter, writeDirAtomic, writeFileAtomic } from '../../../src/io/atomic.js';
import { UsageError } from '../../../src/errors.js';

const work = mkdtempSync(join(tmpdir(), 'cd4ml-atomic-'));
const fresh = (name: string) => {
  const d = join(work, name);
  mkdirSync(d, { recursive: true });
  return d;
};

describe('writeFileAtomic / openAtomicWriter', () => {
  it('replaces a file only on commit, keeps its mode, and leaves no temporary file', async () => {
    const d = fresh('commit');
    const f = join(d, 'out.csv');
    writeFileSync(f, 'old\n');
    chmodSync(f, 0o600);
    const w = await openAtomicWriter(f);
    await w.write('a,b\n');
    expect(readFileSync(f, 'utf8')).toBe('old\n'); // not touched before commit
    expect(readdirSync(d)).toHaveLength(2); // the temporary sibling
    await w.write(new Uint8Array([49, 44, 50, 10]));
    await w.commit();
    expect(readFileSync(f, 'utf8')).toBe('a,b\n1,2\n');
    expect(statSync(f).mode & 0o777).toBe(0o600);
    expect(readdirSync(d)).toEqual(['out.csv']);
  });

  it('abort leaves the old file and removes the temporary one', async () => {
    const d = fresh('abort');
    const f = join(d, 'out.csv');
    writeFileSync(f, 'old\n');
    const w = await openAtomicWriter(f);
    await w.write('partial');
    await w.abort();
    expect(readFileSync(f, 'utf8')).toBe('old\n');
    expect(readdirSync(d)).toEqual(['out.csv']);
  });

  it.each([
    { name: 'a missing folder (mkdirs: false)', path: () => join(work, 'missing', 'x.json'), opts: { mkdirs: false }, message: 'no such file or folder' },
    { name: 'a directory', path: () => fresh('isdir'), opts: {}, message: 'it is a directory, not a file' },
    { name: 'a path through a file', path: () => {
      const f = join(work, 'plain.txt');
      writeFileSync(f, 'x');
      return join(f, 'inside.json');
    }, opts: {}, message: 'a part of the path is a file' },
    { name: '/dev/full (written in place, never renamed over)', path: () => '/dev/full', opts: {}, message: 'no space left on the device' },
  ])('refuses $name with a UsageError naming the path', async ({ path, opts, message }) => {
    const p = path();
    const err = await writeFileAtomic(p, 'x'.repeat(100_000), opts).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UsageError);
    expect((err as Error).message).toContain(`${p}: cannot`);
    expect((err as Error).message).toContain(message);
    expect(statSync('/dev/full').isCharacterDevice()).toBe(true);
  });

  it('creates missing folders by default, and writes /dev/null in place', async () => {
    const f = join(work, 'a', 'b', 'report.json');
    await writeFileAtomic(f, '{}\n');
    expect(readFileSync(f, 'utf8')).toBe('{}\n');
    await writeFileAtomic('/dev/null', 'discarded');
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  });
});

describe('isSameFile', () => {
  it.each([
    { name: 'same path', b: (f: string) => f, same: true },
    { name: './ and ../ detour', b: (f: string) => join(work, 'same', '..', 'same', '.', 'data.csv').replace('/same/', '/same/./'), same: true },
    { name: 'symlink', b: (f: string) => {
      const l = join(work, 'same', 'link.csv');
      symlinkSync(f, l);
      return l;
    }, same: true },
    { name: 'another file', b: () => join(work, 'same', 'other.csv'), same: false },
    { name: 'a file that does not exist yet', b: () => join(work, 'same', 'new.csv'), same: false },
  ])('$name', async ({ b, same }) => {
    const d = join(work, 'same');
    mkdirSync(d, { recursive: true });
    const f = join(d, 'data.csv');
    writeFileSync(f, '1\n');
    writeFileSync(join(d, 'other.csv'), '1\n');
    expect(await isSameFile(b(f), f)).toBe(same);
  });
});

describe('writeDirAtomic', () => {
  const onlyBundles = { replaceable: (entries: string[]) => (entries.includes('manifest.json') ? undefined : `not a bundle (${entries.join(', ')})`) };

  it('writes chunks one after the other and calls a function when its file\'s turn comes (after the files before it)', async () => {
    const target = join(fresh('lazy'), 'bundle');
    const order: string[] = [];
    function* chunks() {
      for (const part of ['ab', 'cd', 'é']) {
        order.push(`chunk ${part}`);
        yield Buffer.from(part, 'utf8');
      }
    }
    await writeDirAtomic(
      target,
      [
        ['big.txt', { [Symbol.iterator]: chunks }],
        ['manifest.json', () => (order.push('manifest'), JSON.stringify({ after: order.length }))],
        ['bytes.bin', () => Uint8Array.from([1, 2, 3])],
      ],
      onlyBundles,
    );
    expect(order).toEqual(['chunk ab', 'chunk cd', 'chunk é', 'manifest']);
    expect(readFileSync(join(target, 'big.txt'), 'utf8')).toBe('abcdé');
    expect(readFileSync(join(target, 'manifest.json'), 'utf8')).toBe('{"after":4}');
    expect([...readFileSync(join(target, 'bytes.bin'))]).toEqual([1, 2, 3]);
  });

  it('leaves no folder behind when a chunk producer fails half way', async () => {
    const parent = fresh('lazy-fail');
    const target = join(parent, 'bundle');
    function* failing() {
      yield Buffer.from('partial');
      throw new Error('encoder broke');
    }
    await expect(writeDirAtomic(target, [['big.txt', { [Symbol.iterator]: failing }]], onlyBundles)).rejects.toThrow(/encoder broke/);
    expect(readdirSync(parent)).toEqual([]);
  });

  it('writes a new folder, replaces an accepted one, refuses anything else and deletes nothing', async () => {
    const parent = fresh('dirs');
    const target = join(parent, 'bundle');
    await writeDirAtomic(target, [['manifest.json', '{}'], ['a.txt', 'A']], onlyBundles);
    expect(readdirSync(target).sort()).toEqual(['a.txt', 'manifest.json']);
    await writeDirAtomic(target, [['manifest.json', '{"v":2}'], ['b.txt', 'B']], onlyBundles);
    expect(readdirSync(target).sort()).toEqual(['b.txt', 'manifest.json']);
    expect(readFileSync(join(target, 'manifest.json'), 'utf8')).toBe('{"v":2}');
    const user = join(parent, 'user');
    mkdirSync(user);
    writeFileSync(join(user, 'data.csv'), 'precious');
    const err = await writeDirAtomic(user, [['manifest.json', '{}']], onlyBundles).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UsageError);
    expect((err as Error).message).toBe(`${user}: not a bundle (data.csv)`);
    expect(readFileSync(join(user, 'data.csv'), 'utf8')).toBe('precious');
    expect(readdirSync(parent).sort()).toEqual(['bundle', 'user']);
  });
});
