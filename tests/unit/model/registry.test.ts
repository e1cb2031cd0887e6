/**
 * The local model registry (.cd4ml/registry/<environment>/): what `cd4ml deploy --provider local`
 * writes when it promotes a bundle and what `cd4ml gate --baseline production` reads.
 */
import { appendFileSync, existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { registerBundle, registryEntryDir } from '../../../src/model/registry.js';
import { resolveLocalBaseline } from '../../../src/gate/local-baseline.js';
import { trainFixtures, type GateFixtures } from '../gate/bundles.js';
import { runCli } from '../../helpers/run-cli.js';

let fx: GateFixtures;
beforeAll(async () => {
  fx = await trainFixtures();
}, 60_000);

describe('local model registry', () => {
  it('registers a bundle, replaces it, and the gate finds it as production', async () => {
    const root = mkdtempSync(join(tmpdir(), 'cd4ml-registry-'));
    expect(resolveLocalBaseline('production', 'staging', root).kind).toBe('none');
    const first = await registerBundle(root, 'staging', fx.depth1);
    expect(first.dir).toBe(registryEntryDir(root, 'staging'));
    expect(readFileSync(join(first.dir, 'manifest.json'), 'utf8')).toBe(readFileSync(join(fx.depth1, 'manifest.json'), 'utf8'));
    const second = await registerBundle(root, 'staging', fx.depth6);
    expect(second.digest).not.toBe(first.digest);
    expect(readFileSync(join(second.dir, 'manifest.json'), 'utf8')).toBe(readFileSync(join(fx.depth6, 'manifest.json'), 'utf8'));
    // No temporary folders left beside the entry.
    expect(readdirSync(join(root, '.cd4ml/registry'))).toEqual(['staging']);
    const found = resolveLocalBaseline('production', 'staging', root);
    expect(found).toMatchObject({ kind: 'dir', dir: second.dir });
    // Through the CLI: the gate compares against the registered model (not "first model").
    const r = await runCli(['gate', '--candidate', fx.depth1, '--environment', 'staging'], { cwd: root });
    expect([0, 1], r.stderr).toContain(r.exitCode);
    expect(r.stdout).toMatch(/baseline: staging model in \.cd4ml\/registry\/staging/);
    expect(r.stdout).toMatch(/accuracy\s+baseline 0\.\d+/);
  });

  it('refuses a tampered bundle and keeps the previous entry', async () => {
    const root = mkdtempSync(join(tmpdir(), 'cd4ml-registry-'));
    await registerBundle(root, 'production', fx.depth6);
    const bad = mkdtempSync(join(tmpdir(), 'cd4ml-tampered-'));
    const { cpSync } = await import('node:fs');
    cpSync(fx.depth1, bad, { recursive: true });
    appendFileSync(join(bad, 'metrics.json'), ' ');
    await expect(registerBundle(root, 'production', bad)).rejects.toThrow(/metrics\.json does not match its sha256/);
    expect(readFileSync(join(registryEntryDir(root, 'production'), 'manifest.json'), 'utf8')).toBe(readFileSync(join(fx.depth6, 'manifest.json'), 'utf8'));
  });

  it.each([{ name: 'parent folder', env: '..' }, { name: 'slash', env: 'a/b' }, { name: 'empty', env: '' }])('refuses environment name: $name', ({ env }) => {
    expect(() => registryEntryDir('/tmp', env)).toThrow(/must be letters, digits/);
    expect(existsSync('/tmp/.cd4ml/registry/a')).toBe(false);
  });
});
