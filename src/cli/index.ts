import { isMainThread } from 'node:worker_threads';
import { runCli } from './main.js';

// A search worker thread runs this same file (src/model/search-pool.ts): it evaluates candidates instead.
const search = isMainThread ? undefined : await import('../model/search-pool.js');
if (search?.isSearchWorker()) search.runSearchWorker();
else {
  const code = await runCli(process.argv.slice(2), {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    cwd: process.cwd(),
    ...(process.stderr.isTTY ? { stderrTTY: { columns: process.stderr.columns } } : {}),
    githubActions: process.env.GITHUB_ACTIONS === 'true',
  });
  process.exitCode = code;
}
