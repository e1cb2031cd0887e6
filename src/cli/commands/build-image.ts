import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { boolOpt, stringOpt, type CommandSpec } from '../command.js';
import { UsageError } from '../../errors.js';
import { loadConfig, mergeSection } from '../../config/load.js';
import { parseEnum, parseList, parseNumber } from '../../config/parse.js';

/** `cd4ml build-image`: the same core as the build-image action. */
export const command: CommandSpec = {
  name: 'build-image',
  summary: 'package a model bundle and the serving runtime into an OCI image (Docker buildx or daemonless)',
  options: {
    bundle: { type: 'string', arg: 'DIR', description: 'model bundle directory written by cd4ml train' },
    image: { type: 'string', arg: 'REF', description: 'image reference with its first tag, e.g. ghcr.io/o/model:1.0' },
    tags: { type: 'string', arg: 'LIST', description: 'more tags, comma-separated' },
    'base-image': { type: 'string', arg: 'REF', description: 'base image with Node >= 20 (default node:24-slim)' },
    push: { type: 'boolean', description: 'push to the registry (default: write an OCI archive to --output)' },
    output: { type: 'string', arg: 'PATH', description: 'without --push: a .tar (OCI archive) or a directory (OCI layout); default image.tar' },
    builder: { type: 'string', arg: 'NAME', description: 'auto (default), docker or daemonless' },
    platform: { type: 'string', arg: 'OS/ARCH', description: 'platform of the base image (default linux/amd64)' },
    port: { type: 'string', arg: 'N', description: 'port the server listens on in the image (default 8080)' },
    user: { type: 'string', arg: 'UID[:GID]', description: 'non-root user the server runs as (default 65532:65532)' },
    created: { type: 'string', arg: 'WHEN', description: '"fixed" (default; SOURCE_DATE_EPOCH or 1970-01-01), "now" or an ISO time' },
    version: { type: 'string', arg: 'V', description: 'org.opencontainers.image.version label (default: the tag)' },
    labels: { type: 'string', arg: 'K=V,...', description: 'extra labels' },
    username: { type: 'string', arg: 'USER', description: 'registry user for the target registry (else the Docker config is used)' },
    password: { type: 'string', arg: 'TOKEN', description: 'registry password or token (prefer the Docker config or CD4ML_REGISTRY_PASSWORD)' },
  },
  details: 'Exit codes: 0 built, 2 bad input (missing or tampered bundle, base without Node, registry refused or unreachable).',
  async run(opts, io) {
    const { config } = await loadConfig(stringOpt(opts, 'config') ? resolve(io.cwd, stringOpt(opts, 'config')!) : undefined);
    const labelItems = stringOpt(opts, 'labels') ? parseList(stringOpt(opts, 'labels')!) : undefined;
    let labels: Record<string, string> | undefined;
    if (labelItems) {
      labels = {};
      for (const item of labelItems) {
        const at = item.indexOf('=');
        if (at <= 0) throw new UsageError(`--labels: "${item}" is not key=value`);
        labels[item.slice(0, at)] = item.slice(at + 1);
      }
    }
    const { buildImage, requestFromSettings, summarizeBuild } = await import('../../image/run.js');
    const { credentialLookup, loadBundleSummary, locateServerBundle, nodeExec } = await import('../../image/ports.js');
    const { parseReference } = await import('../../image/reference.js');
    const abs = (p: string | undefined) => (p ? resolve(io.cwd, p) : undefined);
    const section = config.image;
    const settings = mergeSection(section, {
      bundle: abs(stringOpt(opts, 'bundle')) ?? abs(section?.bundle),
      image: stringOpt(opts, 'image'),
      tags: stringOpt(opts, 'tags'),
      'base-image': stringOpt(opts, 'base-image'),
      push: boolOpt(opts, 'push') ? true : undefined,
      output: abs(stringOpt(opts, 'output')) ?? abs(section?.output),
      builder: stringOpt(opts, 'builder') ? parseEnum('--builder', stringOpt(opts, 'builder')!, ['auto', 'docker', 'daemonless'] as const) : undefined,
      platform: stringOpt(opts, 'platform'),
      port: stringOpt(opts, 'port') ? parseNumber('--port', stringOpt(opts, 'port')!, { min: 1, max: 65535, integer: true }) : undefined,
      user: stringOpt(opts, 'user'),
      created: stringOpt(opts, 'created'),
      version: stringOpt(opts, 'version'),
      labels,
    });
    const work = await mkdtemp(join(tmpdir(), 'cd4ml-build-image-'));
    try {
      const req = requestFromSettings(settings, {
        serverDir: locateServerBundle(import.meta.url, process.env.CD4ML_SERVE_BUNDLE),
        workDir: work,
        defaultOutput: resolve(io.cwd, 'image.tar'),
        sourceDateEpoch: process.env.SOURCE_DATE_EPOCH,
        flag: (name) => `--${name}`,
      });
      const username = stringOpt(opts, 'username');
      const password = stringOpt(opts, 'password') ?? process.env.CD4ML_REGISTRY_PASSWORD;
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
