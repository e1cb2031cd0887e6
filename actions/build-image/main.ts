import * as core from '@actions/core';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseReference } from '../../src/image/reference.js';
import { revisionFromEvent } from '../../src/image/labels.js';
import { credentialLookup, loadBundleSummary, locateServerBundle, nodeExec } from '../../src/image/ports.js';
import { buildImage, requestFromSettings, summarizeBuild } from '../../src/image/run.js';
import { runAction, setOutputs, writeSummary } from '../shared/run.js';
import { getInputs } from './inputs.js';

await runAction('build-image', async () => {
  const { settings } = await getInputs();
  const { username, password } = settings;
  if (password) core.setSecret(password);
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
  if (password && !username) core.warning('input "password" is set without "username": it is ignored');
  const target = parseReference(req.image, 'input "image"').registry;
  const credentials = await credentialLookup(
    username && password ? { registry: target, credentials: { username, password } } : undefined,
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
