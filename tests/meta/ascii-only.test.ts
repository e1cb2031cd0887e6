/**
 * scripts/ascii-only.mjs: the bundles are written as ASCII (a non-ASCII character makes V8 hold a
 * module's whole source as a two-byte string). Each escaped snippet must evaluate to what the
 * original does; the places where an escape would change the meaning are refused; and every
 * committed dist/ file is ASCII.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths.js';
// @ts-expect-error: a plain .mjs build script without type declarations
import { asciiOnly } from '../../scripts/ascii-only.mjs';

const escape = asciiOnly as (code: string, file: string) => string;

describe('asciiOnly', () => {
  it.each([
    { name: 'a string', code: '"→ 3 × 4 … ok"' },
    { name: 'a template', code: '`a — ${1 + 1} ≤ b`' },
    { name: 'a regular expression with the u flag', code: '/^[–—]+é$/u.test("–—é")' },
    { name: 'a regular expression without it', code: '"x–y".split(/–/).join("+")' },
    { name: 'an astral character (surrogate pair)', code: '["😀".length, "😀".codePointAt(0), /^😀$/u.test("😀")]' },
    { name: 'an identifier', code: '(() => { const café = 2; return café * 3; })()' },
    { name: 'an escaped character (odd backslashes)', code: '"\\é"' },
    { name: 'a backslash before it (even backslashes)', code: '"\\\\é"' },
    { name: 'three backslashes', code: '"\\\\\\é"' },
    { name: 'a comment', code: '1 + /* naïve → */ 2 // après\n' },
    { name: 'JSON text', code: 'JSON.parse(\'{"k":"ü→"}\').k' },
    { name: 'a no-break space between tokens (a plain space)', code: '(() => { const o = null; return o ||\u00a0{ v: 1 }; })().v' },
    { name: 'a no-break space in a string, template and regular expression (kept, escaped)', code: '["a\u00a0b", `c\u00a0d`, /e\u00a0f/.test("e\u00a0f"), "x\u00a0".length, `${1}\u00a0${2}\u00a0${3}`]' },
  ])('$name: ASCII, and the same value', ({ code }) => {
    const out = escape(code, 'test.js');
    expect(/^[\x00-\x7f]*$/.test(out), out).toBe(true);
    expect(runInNewContext(out)).toEqual(runInNewContext(code));
    if (/[^\x00-\x7f]/.test(code)) expect(out).not.toBe(code);
  });

  it('refuses String.raw (its raw text would change) and U+2028 (a line terminator in a comment)', () => {
    expect(() => escape('const r = String.raw`é`;', 'dist/x/1.index.js')).toThrow(/dist\/x\/1\.index\.js: U\+E9 cannot be escaped safely here: const r = String\.raw/);
    expect(() => escape('// a\u2028b = 1', 'f.js')).toThrow(/f\.js: U\+2028/);
    expect(escape('const r = String.raw`a\\b`;', 'f.js')).toBe('const r = String.raw`a\\b`;');
  });

  it('every committed dist/ .js file is ASCII', () => {
    const dist = join(ROOT, 'dist');
    const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js'));
    expect(files.length).toBeGreaterThan(50);
    const bad = files.filter((f) => /[^\x00-\x7f]/.test(readFileSync(join(dist, f), 'utf8')));
    expect(bad).toEqual([]);
  });
});
