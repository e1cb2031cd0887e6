#!/usr/bin/env node
// Build every action bundle and the CLI:
//   1. tsc emits JavaScript for src/ and actions/ into build/ (no type check: `npm run typecheck` does that);
//   2. ncc bundles build/actions/<name>/main.js into dist/<name>/index.js (ESM, with a
//      dist/<name>/package.json of {"type":"module"}) and build/src/cli/index.js into dist/cli/.
// Usage: node scripts/build.mjs [--out DIR] [name ...]   (names: action folders or "cli")
import { execFile, execFileSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { promisify } from 'node:util';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, renameSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { mkdtempSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { asciiOnly } from './ascii-only.mjs';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const args = process.argv.slice(2);
let out = join(root, 'dist');
const names = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--out') out = resolve(args[++i]);
  else names.push(args[i]);
}
// tsc output goes to a fresh temp folder so that concurrent builds never share files.
// It stays under the repository so that package.json's "type": "module" and node_modules apply.
mkdirSync(join(root, 'build'), { recursive: true });
const buildDir = mkdtempSync(join(root, 'build', 'tsc-'));

const actions = readdirSync(join(root, 'actions'), { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(root, 'actions', d.name, 'main.ts')))
  .map((d) => d.name)
  .sort();
const entries = [
  ...actions.map((name) => ({ name, file: join(buildDir, 'actions', name, 'main.js') })),
  { name: 'cli', file: join(buildDir, 'src', 'cli', 'index.js') },
  // The serving runtime that build-image puts into the image (dist/serve/index.js).
  { name: 'serve', file: join(buildDir, 'src', 'serve', 'main.js') },
].filter((e) => names.length === 0 || names.includes(e.name));
if (entries.length === 0) {
  console.error(`build: nothing matches ${names.join(', ')}; known: ${[...actions, 'cli', 'serve'].join(', ')}`);
  process.exit(2);
}

const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
execFileSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json'), '--noCheck', '--outDir', buildDir], { stdio: 'inherit' });

const ncc = join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;

/**
 * CommonJS dependencies bundled into an ESM output keep their free `__dirname` (google-gax reads
 * it at load: "ReferenceError: __dirname is not defined" in the cloud-run provider). Declare it
 * (and `__filename`) for each ESM file that uses it without declaring it.
 */
function withDirname(code) {
  const text = code.replace(/^\s*\/\/.*$/gm, ''); // line comments do not count
  const uses = (name) => new RegExp(`\\b${name}\\b`).test(text) && !new RegExp(`\\b(const|let|var)\\s+${name}\\b`).test(text);
  const shim = [];
  if (uses('__dirname') || uses('__filename')) shim.push("import { fileURLToPath as __cd4mlFileURLToPath } from 'node:url';");
  if (uses('__filename')) shim.push('const __filename = __cd4mlFileURLToPath(import.meta.url);');
  if (uses('__dirname')) shim.push("import { dirname as __cd4mlDirname } from 'node:path';", 'const __dirname = __cd4mlDirname(__cd4mlFileURLToPath(import.meta.url));');
  return shim.length ? `${shim.join('\n')}\n${code}` : code;
}

async function bundle({ name, file }) {
  const target = join(out, name);
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  // --no-cache: every build compiles from a fresh temp folder, so ncc's cache (~/.cache/ncc) never
  // hits and only grows (57 GB after a day of test runs filled this machine's disk).
  await promisify(execFile)(process.execPath, [ncc, 'build', file, '-o', target, '--no-source-map-register', '--quiet', '--no-cache', '--target', 'es2022'], {
    maxBuffer: 64 * 1024 * 1024,
    // Module ids are hashed from paths relative to the working directory: run from the
    // (randomly named) tsc folder so the same sources always give the same bundle.
    cwd: buildDir,
    env: { ...process.env, NODE_OPTIONS: '' },
  });
  // ncc names an ESM entry index.mjs; the runner and `bin` want index.js beside {"type":"module"}.
  if (existsSync(join(target, 'index.mjs'))) renameSync(join(target, 'index.mjs'), join(target, 'index.js'));
  writeFileSync(join(target, 'package.json'), JSON.stringify({ type: 'module' }, null, 2) + '\n');
  // The version placeholder may sit in split chunks (lazy imports) as well as in index.js.
  for (const chunk of readdirSync(target).filter((f) => f.endsWith('.js') && f !== 'index.js')) {
    const text = readFileSync(join(target, chunk), 'utf8');
    const fixed = asciiOnly(withDirname(text.replaceAll('__CD4ML_VERSION__', version)), join(name, chunk));
    if (fixed !== text) writeFileSync(join(target, chunk), fixed);
  }
  let code = readFileSync(join(target, 'index.js'), 'utf8');
  code = asciiOnly(withDirname(code.replace(/^#!.*\n/, '').replaceAll('__CD4ML_VERSION__', version)), join(name, 'index.js'));
  if (name === 'cli') code = '#!/usr/bin/env node\n' + code;
  writeFileSync(join(target, 'index.js'), code, { mode: name === 'cli' ? 0o755 : 0o644 });
}

// ncc is mostly single-threaded: bundle on every core, biggest bundles first.
const slow = ['deploy-canary', 'cli', 'train', 'evaluate-gate', 'monitor'];
const rank = (n) => (slow.includes(n) ? slow.indexOf(n) : slow.length);
const queue = [...entries].sort((a, b) => rank(a.name) - rank(b.name));
const workers = Array.from({ length: Math.min(availableParallelism(), queue.length) }, async () => {
  for (let e = queue.shift(); e; e = queue.shift()) await bundle(e);
});
try {
  await Promise.all(workers);
} finally {
  rmSync(buildDir, { recursive: true, force: true });
}
console.log(`build: ${entries.map((e) => e.name).join(', ')} -> ${out}`);
