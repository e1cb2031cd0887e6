/**
 * Base images for tests, assembled from local files with no internet: the Node 24 binary of the
 * `node` npm package (stripped) plus the shared libraries `ldd` lists, laid out by `umoci` (an
 * independent OCI tool) and pushed with `skopeo copy`. Also a base without Node, to be refused.
 * The OCI layout is built once per machine and cached under the temp dir (keyed by the binary).
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ROOT } from './paths.js';
import type { TestRegistry } from './registry.js';

export const NODE24 = join(ROOT, 'node_modules', 'node', 'bin', 'node');
export const BASE_PATH = '/usr/local/bin:/usr/bin:/bin';

function run(cmd: string, args: string[]): string {
  return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

function stageNodeRoot(root: string): void {
  mkdirSync(join(root, 'usr/local/bin'), { recursive: true });
  run('strip', ['-o', join(root, 'usr/local/bin/node'), NODE24]);
  for (const lib of run('ldd', [NODE24]).matchAll(/(\/\S+)\s+\(0x/g)) {
    const src = lib[1];
    mkdirSync(join(root, dirname(src)), { recursive: true });
    copyFileSync(src, join(root, src));
  }
  mkdirSync(join(root, 'etc'), { recursive: true });
  mkdirSync(join(root, 'tmp'), { recursive: true, mode: 0o1777 });
  writeFileSync(join(root, 'etc/passwd'), 'root:x:0:0:root:/root:/bin/false\nnonroot:x:65532:65532:nonroot:/home/nonroot:/bin/false\n');
  writeFileSync(join(root, 'etc/group'), 'root:x:0:\nnonroot:x:65532:\n');
}

/** The cached OCI layout with tags "node24", "node24-plain" and "nonode"; built on first use. */
export function baseLayout(): string {
  const st = statSync(NODE24);
  const dir = join(tmpdir(), `cd4ml-test-base-v2-${st.size}-${Math.floor(st.mtimeMs)}`);
  if (existsSync(join(dir, 'index.json'))) return dir;
  const work = mkdtempSync(join(tmpdir(), 'cd4ml-base-build-'));
  try {
    const layout = join(work, 'layout');
    const nodeRoot = join(work, 'node-root');
    stageNodeRoot(nodeRoot);
    const bareRoot = join(work, 'bare-root');
    mkdirSync(join(bareRoot, 'etc'), { recursive: true });
    writeFileSync(join(bareRoot, 'etc/os-release'), 'NAME="cd4ml test base without node"\n');
    run('umoci', ['init', '--layout', layout]);
    for (const [tag, root] of [
      ['node24', nodeRoot],
      ['nonode', bareRoot],
    ] as const) {
      run('umoci', ['new', '--image', `${layout}:${tag}`]);
      run('umoci', ['insert', '--rootless', '--image', `${layout}:${tag}`, root, '/']);
      run('umoci', ['config', '--image', `${layout}:${tag}`, '--os', 'linux', '--architecture', 'amd64', `--config.env=PATH=${BASE_PATH}`]);
    }
    // Like the official node images, "node24" declares NODE_VERSION; "node24-plain" (same layers)
    // does not, so the builder has to find node by scanning the layers.
    const version = run(NODE24, ['--version']).trim().replace(/^v/, '');
    run('umoci', ['config', '--image', `${layout}:node24`, '--tag', 'node24-plain', `--config.env=PATH=${BASE_PATH}`]);
    run('umoci', ['config', '--image', `${layout}:node24`, `--config.env=NODE_VERSION=${version}`]);
    run('umoci', ['gc', '--layout', layout]);
    try {
      renameSync(layout, dir);
    } catch {
      /* another worker finished first: use theirs */
    }
    return dir;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Push the test base ("node24" or "nonode") to `reg` as `ref` (e.g. base/node:24). */
export function pushBaseImage(reg: TestRegistry, ref: string, which: 'node24' | 'node24-plain' | 'nonode' = 'node24'): string {
  const args = ['copy', '--quiet', '--dest-tls-verify=false'];
  if (reg.auth) args.push('--dest-creds', `${reg.auth.username}:${reg.auth.password}`);
  args.push(`oci:${baseLayout()}:${which}`, `docker://${reg.host}/${ref}`);
  run('skopeo', args);
  return `${reg.host}/${ref}`;
}
