/**
 * The build-image stage's options: `image:` in cd4ml.yml, `cd4ml build-image` flags and the
 * build-image action's inputs, all derived from this one table (src/config/options.ts).
 */
import { z } from 'zod';
import { bool, declareStage, int, keyValues, listFromText, oneOf, text, type SettingsOf, type ValueType } from '../options.js';
import { configInput } from './common.js';

/** Tags: a list, or (in cd4ml.yml) one comma-separated text. */
const tagList: ValueType<string | string[]> = {
  schema: z.union([z.string(), z.array(z.string().min(1))]),
  expected: 'a comma-separated list of tags',
  fromText: listFromText,
  arg: 'LIST',
  example: 'latest,sha-abc1234',
};

export const imageStage = declareStage(
  'image',
  {
    bundle: { type: text({ arg: 'DIR', example: 'model' }), description: 'Model bundle directory written by train.' },
    image: { type: text({ arg: 'REF', example: 'ghcr.io/octo-org/churn-model:1.4.0' }), description: 'Image reference to build, with its first tag, e.g. ghcr.io/octo-org/churn-model:1.4.0.' },
    tags: { type: tagList, description: 'More tags for the same image (comma- or newline-separated), e.g. "latest, sha-abc1234".' },
    'base-image': { type: text({ arg: 'REF', example: 'node:24-alpine' }), description: 'Base image; must contain Node.js >= 20.', default: 'node:24-slim' },
    push: { type: bool({ switch: true }), example: 'true', description: 'Push to the registry (true) or write an OCI archive/layout to "output" (false).', default: false },
    output: { type: text({ arg: 'PATH', example: 'out.tar' }), description: 'Without push: a .tar path (OCI archive) or a directory (OCI layout).', defaultText: 'image.tar ($RUNNER_TEMP/cd4ml/image.tar in the action)' },
    builder: { type: oneOf(['auto', 'docker', 'daemonless']), description: '"auto" (Docker buildx when a daemon is reachable, else daemonless), "docker" or "daemonless".', default: 'auto' },
    platform: { type: text({ pattern: /^[a-z0-9]+\/[a-z0-9_]+(\/[a-z0-9]+)?$/, what: 'an os/arch[/variant] such as linux/amd64', arg: 'OS/ARCH', example: 'linux/arm64' }), description: 'Platform of the base image to use, os/arch[/variant].', default: 'linux/amd64' },
    port: { type: int({ min: 1, max: 65535 }), description: 'Port the server listens on inside the image ($PORT).', default: 8080 },
    user: { type: text({ pattern: /^\d+(:\d+)?$/, what: 'a numeric uid[:gid], e.g. 65532:65532', arg: 'UID[:GID]', example: '1000:1000' }), description: 'Numeric uid[:gid] the server runs as (never root).', default: '65532:65532' },
    created: { type: text({ arg: 'WHEN', example: 'now' }), description: '"fixed" (SOURCE_DATE_EPOCH or 1970-01-01, so the same inputs give the same digest), "now", or an ISO 8601 time.', defaultText: 'fixed' },
    version: { type: text({ arg: 'V', example: '1.4.0' }), description: 'org.opencontainers.image.version label.', defaultText: 'the image tag (unless "latest"), else the bundle version' },
    labels: { type: keyValues(), description: 'Extra labels, key=value, one per line or comma-separated (a mapping in cd4ml.yml).' },
    username: { type: text({ arg: 'USER', example: 'octocat' }), description: 'User name for the target registry (e.g. github.actor for ghcr.io). Without it, credentials come from the Docker config (docker/login-action) or anonymous access.', doors: ['cli', 'input'] },
    password: { type: text({ arg: 'TOKEN', example: 'secret' }), description: 'Password or token for the target registry (e.g. secrets.GITHUB_TOKEN with packages: write; on the CLI prefer CD4ML_REGISTRY_PASSWORD).', doors: ['cli', 'input'] },
    config: configInput('image'),
  },
  { command: 'build-image' },
);

export const imageSection = imageStage.section;
export type ImageSection = SettingsOf<typeof imageStage.options>;
