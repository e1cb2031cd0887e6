#!/usr/bin/env node
// The set-up `npm test` needs on a fresh machine: the Debian packages the tests use as real
// components and reference values. This is the one list (CI, .github/workflows/ci.yml and a
// developer's `npm test` all go through it). Packages already installed are skipped, so a
// second run costs one `dpkg-query`.
//   python3-sklearn/-scipy/-pandas: reference values and benchmark anchors
//   docker-registry, skopeo, umoci: a real OCI registry and image tools
//   apache2-utils (htpasswd), binutils (strip): test registry auth and the test base image
//   python3-fastapi/-uvicorn/-uvloop/-httptools, buildah, wrk: build-image and serve anchors
//   prometheus, haproxy: canary analysis and traffic splitting
import { execFileSync, spawnSync } from 'node:child_process';

export const DEBIAN_PACKAGES = [
  'python3-sklearn', 'python3-scipy', 'python3-pandas',
  'docker-registry', 'skopeo', 'umoci', 'prometheus', 'haproxy',
  'apache2-utils', 'binutils',
  'python3-fastapi', 'python3-uvicorn', 'python3-uvloop', 'python3-httptools', 'buildah', 'wrk',
];

function missing() {
  const r = spawnSync('dpkg-query', ['-W', '-f=${Package} ${db:Status-Status}\n', ...DEBIAN_PACKAGES], { encoding: 'utf8' });
  if (r.error) return null; // not a Debian machine
  const installed = new Set(r.stdout.split('\n').filter((l) => l.endsWith(' installed')).map((l) => l.split(' ')[0]));
  return DEBIAN_PACKAGES.filter((p) => !installed.has(p));
}

const need = missing();
if (need === null) {
  console.error('test-setup: dpkg-query not found; install these packages by hand: ' + DEBIAN_PACKAGES.join(' '));
} else if (need.length > 0) {
  const root = process.getuid?.() === 0;
  const sudo = root ? [] : ['sudo'];
  console.error(`test-setup: installing Debian packages: ${need.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  try {
    execFileSync(sudo[0] ?? 'apt-get', [...sudo.slice(1), ...(root ? [] : ['apt-get']), 'update', '-qq'], { stdio: 'inherit', env });
    execFileSync(sudo[0] ?? 'apt-get', [...(root ? [] : ['apt-get']), 'install', '-y', '-qq', '--no-install-recommends', ...need], { stdio: ['ignore', 'ignore', 'inherit'], env });
  } catch (e) {
    console.error(`test-setup: could not install ${need.join(' ')} (${e.message}); install them with apt-get and run npm test again`);
    process.exit(2);
  }
}
