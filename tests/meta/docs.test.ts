/** The per-action reference pages are generated from action.yml; this fails when they drift. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths.js';
// @ts-expect-error plain JavaScript module without types
import { expectedDocs, renderActionDoc } from '../../scripts/gen-docs.mjs';

describe('docs/actions', () => {
  const docs = (expectedDocs as () => Record<string, string>)();

  it.each(Object.keys(docs).map((path) => ({ path })))('$path is up to date (run node scripts/gen-docs.mjs)', ({ path }) => {
    const full = join(ROOT, path);
    expect(existsSync(full), `${path} is missing`).toBe(true);
    expect(readFileSync(full, 'utf8')).toBe(docs[path]);
  });

  it('renders every input and output with its description, escaping table pipes', () => {
    const text = (renderActionDoc as (...a: unknown[]) => string)(
      'x',
      { name: 'X', description: 'does x', inputs: { 'max-drop': { description: 'a | b', required: true } }, outputs: { passed: { description: 'ok' } }, runs: { using: 'node24' } },
      '',
      'actions/x',
    );
    expect(text).toContain('| `max-drop` | yes |  | a \\| b |');
    expect(text).toContain('| `passed` | ok |');
    expect(text).toContain('    max-drop: …');
  });
});
