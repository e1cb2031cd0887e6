import { UsageError } from '../../src/errors.js';
import { getBoolInput, getEnumInput, getListInput, getNumberInput, getOptionalInput } from '../shared/run.js';

/** Everything the build-image action reads from its step's `with:` block. */
export interface BuildImageInputs {
  bundle?: string;
  image?: string;
  tags?: string[];
  baseImage?: string;
  push?: boolean;
  output?: string;
  builder?: 'auto' | 'docker' | 'daemonless';
  platform?: string;
  port?: number;
  user?: string;
  created?: string;
  version?: string;
  labels?: Record<string, string>;
  username?: string;
  password?: string;
  config?: string;
}

/** Parse `key=value` items; a key without "=" is an error naming the input. */
export function parseLabels(items: string[] | undefined, label: string): Record<string, string> | undefined {
  if (!items) return undefined;
  const out: Record<string, string> = {};
  for (const item of items) {
    const at = item.indexOf('=');
    if (at <= 0) throw new UsageError(`${label}: "${item}" is not key=value`);
    out[item.slice(0, at).trim()] = item.slice(at + 1).trim();
  }
  return out;
}

export function getInputs(): BuildImageInputs {
  return {
    bundle: getOptionalInput('bundle'),
    image: getOptionalInput('image'),
    tags: getListInput('tags'),
    baseImage: getOptionalInput('base-image'),
    push: getBoolInput('push'),
    output: getOptionalInput('output'),
    builder: getEnumInput('builder', ['auto', 'docker', 'daemonless'] as const),
    platform: getOptionalInput('platform'),
    port: getNumberInput('port', { min: 1, max: 65535, integer: true }),
    user: getOptionalInput('user'),
    created: getOptionalInput('created'),
    version: getOptionalInput('version'),
    labels: parseLabels(getListInput('labels'), 'input "labels"'),
    username: getOptionalInput('username'),
    password: getOptionalInput('password'),
    config: getOptionalInput('config'),
  };
}
