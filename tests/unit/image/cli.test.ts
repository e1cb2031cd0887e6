/** `cd4ml build-image` (the built CLI) with its settings from cd4ml.yml's image: section, pushing to docker-registry. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { runCli } from '../../helpers/run-cli.js';
import { pushBaseImage } from '../../helpers/base-image.js';
import { skopeoInspect, startRegistry, type TestRegistry } from '../../helpers/registry.js';
import { churnBundle } from '../serve/bundle-fixture.js';

let reg: TestRegistry;
beforeAll(async () => {
  reg = await startRegistry();
  pushBaseImage(reg, 'base/node:24');
});
afterAll(() => reg?.stop());

it('reads image: from cd4ml.yml, flags win, and prints the outputs as JSON', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cd4ml-cli-image-'));
  const bundle = churnBundle();
  writeFileSync(
    join(dir, 'cd4ml.yml'),
    `version: 1\nimage:\n  bundle: ${bundle}\n  image: ${reg.host}/octo-org/from-config:0.9\n  base-image: ${reg.host}/base/node:24\n  push: true\n  port: 9000\n  labels:\n    team: churn\n`,
  );
  const run = await runCli(['build-image', '--image', `${reg.host}/octo-org/from-flag:1.1`, '--json'], { cwd: dir });
  expect(run.stderr).toMatch(/builder: daemonless/);
  expect(run.exitCode).toBe(0);
  const out = JSON.parse(run.stdout) as { digest: string; tags: string[] };
  expect(out.tags).toEqual([`${reg.host}/octo-org/from-flag:1.1`]);
  const cfg = skopeoInspect(reg, 'octo-org/from-flag:1.1', 'config') as { config: { ExposedPorts: object; Env: string[]; Labels: Record<string, string> } };
  expect(cfg.config.ExposedPorts).toEqual({ '9000/tcp': {}, '9001/tcp': {} });
  expect(cfg.config.Env).toContain('PORT=9000');
  expect(cfg.config.Labels).toMatchObject({ team: 'churn', 'org.opencontainers.image.version': '1.1' });
  expect(skopeoInspect(reg, 'octo-org/from-flag:1.1').Digest).toBe(out.digest);
});

it.each([
  { name: 'no bundle', args: ['--image', 'x/y:1'], message: /--bundle is required/ },
  { name: 'an unknown builder', args: ['--bundle', '.', '--image', 'x/y:1', '--builder', 'kaniko'], message: /--builder must be one of "auto", "docker", "daemonless"/ },
  { name: 'a bad config key', args: [], config: 'image:\n  base_image: node:24\n', message: /cd4ml\.yml:2: config image: unknown key "base_image"/ },
])('exits 2 with a clear message on $name', async ({ args, config, message }) => {
  const dir = mkdtempSync(join(tmpdir(), 'cd4ml-cli-image-'));
  if (config) writeFileSync(join(dir, 'cd4ml.yml'), config);
  const run = await runCli(['build-image', ...args], { cwd: dir });
  expect(run.exitCode).toBe(2);
  expect(run.stderr).toMatch(message);
  expect(run.stderr).not.toMatch(/\n\s+at /);
});
