import * as core from '@actions/core';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadConfig, mergeSection } from '../../src/config/load.js';
import { parseReference } from '../../src/image/reference.js';
import { revisionFromEvent } from '../../src/image/labels.js';
import { credentialLookup, loadBundleSummary, locateServerBundle, nodeExec } from '../../src/image/ports.js';
import { buildImage, requestFromSettings, summarizeBuild, type ImageSettings } from '../../src/image/run.js';
import { runAction, setOutputs, writeSummary } from '../shared/run.js';
import { getInputs } from './inputs.js';

await runAction('build-image', async () => {
  const inputs = getInputs();
  if (inputs.password) core.setSecret(inputs.password);
  const { config } = await loadConfig(inputs.config);
  const settings = mergeSection(config.image as ImageSettings | undefined, {
    bundle: inputs.bundle,
    image: inputs.image,
    tags: inputs.tags,
    'base-image': inputs.baseImage,
    push: inputs.push,
    output: inputs.output,
    builder: inputs.builder,
    platform: inputs.platform,
    port: inputs.port,
    user: inputs.user,
    created: inputs.created,
    version: inputs.version,
    labels: inputs.labels,
  });
  const env = process.env;
  const temp = join(env.RUNNER_TEMP ?? '.', 'cd4ml');
  await mkdir(temp, { recursive: true });
  const event = env.GITHUB_EVENT_PATH ? JSON.parse(await readFile(env.GITHUB_EVENT_PATH, 'utf8').catch(() => '{}')) : {};
  const req = requestFromSettings(settings, {
    serverDir: locateServerBundle(import.meta.url),
    workDir: join(temp, 'build-image'),
    defaultOutput: join(temp, 'image.tar'),
    source: env.GITHUB_REPOSITORY ? `${env.GITHUB_SERVER_URL ?? 'https://github.com'}/${env.GITHUB_REPOSITORY}` : undefined,
    revision: revisionFromEvent(env.GITHUB_EVENT_NAME, event, env.GITHUB_SHA),
    sourceDateEpoch: env.SOURCE_DATE_EPOCH,
    flag: (name) => `input "${name}"`,
  });
  if (inputs.password && !inputs.username) core.warning('input "password" is set without "username": it is ignored');
  const target = parseReference(req.image, 'input "image"').registry;
  const credentials = await credentialLookup(
    inputs.username && inputs.password ? { registry: target, credentials: { username: inputs.username, password: inputs.password } } : undefined,
    env.DOCKER_CONFIG,
  );
  const { outputs, result } = await buildImage(req, {
    loadBundle: loadBundleSummary,
    credentials,
    exec: nodeExec,
    now: () => new Date(),
    log: (m) => core.info(m),
  });
  setOutputs({ image: outputs.image, digest: outputs.digest, tags: outputs.tags.join('\n'), metadata: outputs.metadata });
  await writeSummary(summarizeBuild(outputs, result));
});
