/**
 * How the local provider starts things: the serving runtime of this same cd4ml build
 * (`node <cli> serve --bundle DIR --port N --host 127.0.0.1`), an image with podman, and the
 * proxy daemon (`node <cli> deploy --internal-proxy DIR`).
 */
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { UsageError } from '../../errors.js';
import type { Artifact } from '../types.js';
import type { LocalRuntime } from './provider.js';

/** First executable called `name` on PATH. */
export function which(name: string, path = process.env.PATH ?? ''): string | undefined {
  for (const dir of path.split(delimiter)) {
    if (dir && existsSync(join(dir, name))) return join(dir, name);
  }
  return undefined;
}

export function defaultLocalRuntime(cliPath: string, containerPort: number, nodePath = process.execPath): LocalRuntime {
  return {
    prometheusBinary: which('prometheus'),
    serveCommand(artifact: Artifact, port: number, revisionId: string) {
      if (artifact.kind === 'bundle') {
        return { command: nodePath, args: [cliPath, 'serve', '--bundle', artifact.dir, '--port', String(port), '--host', '127.0.0.1'] };
      }
      const podman = which('podman');
      if (!podman) throw new UsageError(`the local provider runs images with podman, which is not installed; install podman or deploy the bundle with --bundle DIR`);
      return { command: podman, args: ['run', '--rm', '--init', '--name', `cd4ml-${revisionId}`, '-p', `127.0.0.1:${port}:${containerPort}`, artifact.ref] };
    },
    proxyCommand(stateDir: string) {
      return { command: nodePath, args: [cliPath, 'deploy', '--internal-proxy', stateDir] };
    },
  };
}
