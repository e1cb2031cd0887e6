/**
 * Every action bundle starts and ends cleanly on both Node versions we support — Node 24 (what
 * `runs.using: node24` gets on GitHub; npm's `node@24` here) and Node 20 (this machine's system
 * node) — when run with no inputs: it reports a usage error or succeeds, never crashes.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAction } from '../helpers/run-action.js';
import { ROOT } from '../helpers/paths.js';

const actions = readdirSync(join(ROOT, 'actions')).filter((n) => existsSync(join(ROOT, 'actions', n, 'main.ts')));
const nodes = [
  { label: 'node 24 (npm node@24)', bin: join(ROOT, 'node_modules/node/bin/node'), major: 'v24' },
  { label: 'node 20 (system)', bin: '/usr/bin/node', major: 'v20' },
];

describe.each(nodes)('$label', ({ bin, major }) => {
  it('is the expected Node version', () => {
    expect(execFileSync(bin, ['--version'], { encoding: 'utf8' }).trim()).toMatch(new RegExp(`^${major}\\.`));
  });

  it.each(actions.map((name) => ({ name })))('dist/$name starts and exits cleanly with no inputs', async ({ name }) => {
    const r = await runAction(name, { node: bin, cwd: ROOT });
    expect([0, 2], `exit ${r.exitCode}: ${r.stdout}${r.stderr}`).toContain(r.exitCode);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stdout).not.toContain('internal error');
  });
});
