/**
 * Reading progress in the CLI, on stderr (stdout keeps the report): on a terminal a bar redrawn in
 * place and cleared at the end; otherwise (a log, a pipe) a plain line every few seconds, inside
 * `::group::` … `::endgroup::` when the CLI runs in a GitHub Actions step. What to show and when
 * is decided by src/report/progress.ts; this only picks the style and writes.
 */
import { performance } from 'node:perf_hooks';
import { createProgressTracker, type ProgressFor, type ProgressMode } from '../report/progress.js';
import type { CliIo } from './command.js';

export function cliProgress(io: CliIo, mode: ProgressMode = 'auto'): ProgressFor {
  const tty = io.stderrTTY !== undefined;
  return (file) => {
    if (mode === 'never') return undefined;
    const track = createProgressTracker({ label: file, style: tty ? 'bar' : 'lines', now: () => performance.now(), mode, width: io.stderrTTY?.columns || undefined });
    return (p) => {
      for (const o of track(p)) {
        if (o.kind === 'frame') io.stderr(`\r${o.text}\x1b[K`);
        else if (o.kind === 'line') io.stderr(`${o.text}\n`);
        else if (o.kind === 'begin') {
          if (io.githubActions) io.stderr(`::group::${o.title}\n`);
        } else if (tty) io.stderr('\r\x1b[K');
        else if (io.githubActions) io.stderr('::endgroup::\n');
      }
    };
  };
}
