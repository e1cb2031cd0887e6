import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { stageSettings, type CommandSpec } from '../command.js';
import { UsageError } from '../../errors.js';
import { imageStage } from '../../config/sections/image.js';

/** `cd4ml build-image`: the same core as the build-image action. */
export const command: CommandSpec = {
  name: 'build-image',
  summary: 'package a model bundle and the serving runtime into an OCI image (Docker buildx or daemonless)',
  stage: imageStage,
  details: 'Exit codes: 0 built, 2 bad input (missing or tampered bundle, base without Node, registry refused or unreachable).',
  async run(opts, io) {
    const { settings: given } = await stageSettings(imageStage, opts, io);
    const { buildImage, requestFromSettings, summarizeBuild } = await import('../../image/run.js');
    const { credentialLookup, loadBundleSummary, locateServerBundle, nodeExec } = await import('../../image/ports.js');
    const { parseReference } = await import('../../image/reference.js');
    const abs = (p: string | undefined) => (p ? resolve(io.cwd, p) : undefined);
    const settings = { ...given, bundle: abs(given.bundle), output: abs(given.output) };
    const work = await mkdtemp(join(tmpdir(), 'cd4ml-build-image-'));
    try {
      const req = requestFromSettings(settings, {
        serverDir: locateServerBundle(import.meta.url, process.env.CD4ML_SERVE_BUNDLE),
        workDir: work,
        defaultOutput: resolve(io.cwd, 'image.tar'),
        sourceDateEpoch: process.env.SOURCE_DATE_EPOCH,
        flag: (name) => `--${name}`,
      });
      const username = settings.username;
      const password = settings.password ?? process.env.CD4ML_REGISTRY_PASSWORD;
      if (username && !password) throw new UsageError('--username needs --password (or CD4ML_REGISTRY_PASSWORD)');
      const target = parseReference(req.image, '--image').registry;
      const credentials = await credentialLookup(username && password ? { registry: target, credentials: { username, password } } : undefined, process.env.DOCKER_CONFIG);
      const { outputs, result } = await buildImage(req, { loadBundle: loadBundleSummary, credentials, exec: nodeExec, now: () => new Date(), log: (m) => io.stderr(`${m}\n`) });
      if (opts.json === true) io.stdout(JSON.stringify(outputs, null, 2) + '\n');
      else io.stdout(summarizeBuild(outputs, result) + '\n');
      return 0;
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  },
};
