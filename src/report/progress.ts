/**
 * Progress of a long read, as text: a pure formatter and throttler. The readers (validate's
 * profileDataset, the columnar readColumns / readColumnBatches) report how far they are
 * ({ bytes, totalBytes, rows, done }); a tracker made here turns those reports into what to show,
 * and an adapter writes it: the CLI on a terminal redraws one bar on stderr, the CLI in a log
 * prints a plain line every few seconds, the actions put those lines inside a `::group::`
 * (src/cli/progress.ts, actions/shared/progress.ts). The clock is injected; nothing here writes.
 *
 * Example (lines, 5 s apart, on a 512 MB file):
 *
 *   train.csv: 1.0 MB of 512.0 MB (0.2%), 8,192 rows, 95.3 MB/s, 5 s left
 *   train.csv: 230.1 MB of 512.0 MB (44.9%), 1,887,436 rows, 46.0 MB/s, 6 s left
 *   train.csv: read 512.0 MB, 4,200,000 rows in 11.3 s (45.3 MB/s)
 */

/** What a reader reports: bytes read of totalBytes (0 when the size is unknown), rows so far, and whether it has finished. */
export interface ReadProgress {
  bytes: number;
  totalBytes: number;
  rows: number;
  done: boolean;
}

/** auto: show progress for files of PROGRESS_MIN_BYTES or more; always; never. */
export type ProgressMode = 'auto' | 'always' | 'never';
export const PROGRESS_MODES: readonly ProgressMode[] = ['auto', 'always', 'never'];

/** In mode auto, files at least this large (bytes) show progress; smaller ones print nothing extra. */
export const PROGRESS_MIN_BYTES = 50_000_000;

/** A terminal bar is redrawn at most this often (ms). */
export const BAR_INTERVAL_MS = 200;
/** A log gets a plain line at most this often (ms). */
export const LINE_INTERVAL_MS = 5000;

/**
 * What to show, in order:
 * - `begin`: progress starts (lines: open a group titled `title`);
 * - `line`: one plain line (lines style);
 * - `frame`: the bar's new text, to draw over the previous one (bar style);
 * - `end`: progress is over (bar: clear it; lines: close the group).
 */
export type ProgressOutput = { kind: 'begin'; title: string } | { kind: 'line'; text: string } | { kind: 'frame'; text: string } | { kind: 'end' };

export interface ProgressTrackerOptions {
  /** What is being read, as shown (usually the file's path). */
  label: string;
  /** `bar` for a terminal (redrawn in place), `lines` for a log. */
  style: 'bar' | 'lines';
  /** Milliseconds from any fixed origin (e.g. performance.now). */
  now: () => number;
  mode?: ProgressMode;
  /** Threshold of mode auto (default PROGRESS_MIN_BYTES). */
  minBytes?: number;
  /** Least time between two outputs (default BAR_INTERVAL_MS for a bar, LINE_INTERVAL_MS for lines). */
  intervalMs?: number;
  /** Terminal width: a bar frame is cut to width − 1 characters so that it never wraps (default 80). */
  width?: number;
}

/** Feed one report, get what to show now (often nothing). */
export type ProgressTracker = (p: ReadProgress) => ProgressOutput[];

const BAR_CELLS = 12;

/** "12 B", "850.0 kB", "512.0 MB", "1.93 GB" (decimal units, as `ls -h --si` and download tools show). */
export function formatBytes(n: number): string {
  if (n < 1000) return `${Math.round(n)} B`;
  if (n < 1e6) return `${(n / 1e3).toFixed(1)} kB`;
  if (n < 1e9) return `${(n / 1e6).toFixed(1)} MB`;
  return `${(n / 1e9).toFixed(2)} GB`;
}

/**
 * "1,234,567": what toLocaleString('en-US') prints for an integer, without calling into ICU (the
 * first ICU call maps ~6 MB of Node's locale data, which showed in train's peak RSS at 1M rows).
 */
export function formatCount(n: number): string {
  const r = Math.round(n);
  const digits = String(Math.abs(r));
  if (!/^\d+$/.test(digits)) return r.toLocaleString('en-US'); // 1e21 and beyond, NaN, Infinity
  let out = '';
  for (let end = digits.length; end > 0; end -= 3) out = (end > 3 ? ',' : '') + digits.slice(Math.max(0, end - 3), end) + out;
  return (r < 0 || Object.is(r, -0) ? '-' : '') + out;
}

/** A duration in seconds: "0.4 s", "8 s", "1 min 05 s", "2 h 03 min". */
export function formatDuration(seconds: number): string {
  if (seconds < 0.95) return `${Math.max(0, seconds).toFixed(1)} s`;
  const s = Math.round(seconds);
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
  return `${Math.floor(s / 3600)} h ${String(Math.floor((s % 3600) / 60)).padStart(2, '0')} min`;
}

/** Figures of one report, `elapsedMs` after the read started. */
export interface ProgressFigures {
  /** 0–100, when the total is known. */
  percent?: number;
  /** Bytes per second (or rows per second when the size is unknown). */
  rate?: number;
  rateUnit: 'bytes' | 'rows';
  /** Seconds left at the average rate so far, when the total is known. */
  secondsLeft?: number;
}

/** Percent, average rate and time left of a report. */
export function progressFigures(p: ReadProgress, elapsedMs: number): ProgressFigures {
  const sized = p.totalBytes > 0;
  const bytes = sized ? Math.min(p.bytes, p.totalBytes) : p.bytes;
  const seconds = elapsedMs / 1000;
  const rateUnit = sized && bytes > 0 ? 'bytes' : 'rows';
  const amount = rateUnit === 'bytes' ? bytes : p.rows;
  const rate = seconds > 0 && amount > 0 ? amount / seconds : undefined;
  const out: ProgressFigures = { rateUnit };
  if (sized) out.percent = (100 * bytes) / p.totalBytes;
  if (rate !== undefined) out.rate = rate;
  if (sized && rate !== undefined && rateUnit === 'bytes') out.secondsLeft = (p.totalBytes - bytes) / rate;
  return out;
}

function rateText(f: ProgressFigures): string | undefined {
  if (f.rate === undefined) return undefined;
  return f.rateUnit === 'bytes' ? `${formatBytes(f.rate)}/s` : `${formatCount(f.rate)} rows/s`;
}

/** One plain line: "data.csv: 230.1 MB of 512.0 MB (44.9%), 1,887,436 rows, 46.0 MB/s, 6 s left". */
export function formatProgressLine(label: string, p: ReadProgress, elapsedMs: number): string {
  const f = progressFigures(p, elapsedMs);
  const parts: string[] = [];
  if (p.totalBytes > 0) parts.push(`${formatBytes(Math.min(p.bytes, p.totalBytes))} of ${formatBytes(p.totalBytes)} (${f.percent!.toFixed(1)}%)`);
  else if (p.bytes > 0) parts.push(formatBytes(p.bytes));
  parts.push(`${formatCount(p.rows)} rows`);
  const rate = rateText(f);
  if (rate) parts.push(rate);
  if (f.secondsLeft !== undefined) parts.push(`${formatDuration(f.secondsLeft)} left`);
  return `${label}: ${parts.join(', ')}`;
}

/** The closing line: "data.csv: read 512.0 MB, 4,200,000 rows in 11.3 s (45.3 MB/s)". */
export function formatProgressSummary(label: string, p: ReadProgress, elapsedMs: number): string {
  const f = progressFigures(p, elapsedMs);
  const size = p.totalBytes > 0 ? formatBytes(p.totalBytes) : p.bytes > 0 ? formatBytes(p.bytes) : undefined;
  const rate = rateText(f);
  return `${label}: read ${size ? `${size}, ` : ''}${formatCount(p.rows)} rows in ${formatDuration(elapsedMs / 1000)}${rate ? ` (${rate})` : ''}`;
}

/**
 * One bar frame: "data.csv [█████·······] 44.9% 230.1/512.0 MB, 1,887,436 rows, 46.0 MB/s, 6 s left",
 * at most width − 1 characters (a long path is shortened from the left, then the figures cut).
 */
export function formatProgressBar(label: string, p: ReadProgress, elapsedMs: number, width = 80): string {
  const f = progressFigures(p, elapsedMs);
  const parts: string[] = [];
  let bar = '';
  if (f.percent !== undefined) {
    const filled = Math.min(BAR_CELLS, Math.floor((f.percent / 100) * BAR_CELLS));
    bar = ` [${'█'.repeat(filled)}${'·'.repeat(BAR_CELLS - filled)}] ${f.percent.toFixed(1)}%`;
    parts.push(`${formatBytes(Math.min(p.bytes, p.totalBytes)).replace(/ [kMG]?B$/, '')}/${formatBytes(p.totalBytes)}`);
  } else if (p.bytes > 0) parts.push(formatBytes(p.bytes));
  parts.push(`${formatCount(p.rows)} rows`);
  const rate = rateText(f);
  if (rate) parts.push(rate);
  if (f.secondsLeft !== undefined) parts.push(`${formatDuration(f.secondsLeft)} left`);
  const tail = `${bar} ${parts.join(', ')}`;
  const max = Math.max(10, width - 1);
  // A long path gives way first (its end is kept: the file name), then the figures are cut.
  if (label.length + tail.length > max && max - tail.length >= 12) label = '…' + label.slice(label.length - (max - tail.length - 1));
  const text = label + tail;
  return text.length > max ? text.slice(0, max - 1) + '…' : text;
}

/**
 * A tracker for one read. The first report decides whether anything is shown (mode, and in mode
 * auto the file's size against `minBytes`); from then on it shows the first report at once, one
 * report per interval after that, and the end. Reports after the end are ignored.
 *
 * Lines: begin (group title), a line at the first report and then every interval, the summary
 * line at the end, end. Bar: a frame at the first report and then every interval, end (clear).
 */
export function createProgressTracker(o: ProgressTrackerOptions): ProgressTracker {
  const start = o.now();
  const interval = o.intervalMs ?? (o.style === 'bar' ? BAR_INTERVAL_MS : LINE_INTERVAL_MS);
  const mode = o.mode ?? 'auto';
  const minBytes = o.minBytes ?? PROGRESS_MIN_BYTES;
  let decided = false;
  let active = false;
  let finished = false;
  let last = Number.NEGATIVE_INFINITY;
  return (p) => {
    if (finished) return [];
    const t = o.now();
    const out: ProgressOutput[] = [];
    if (!decided) {
      decided = true;
      active = mode === 'always' || (mode === 'auto' && p.totalBytes >= minBytes);
      if (active && o.style === 'lines') out.push({ kind: 'begin', title: `Reading ${o.label}${p.totalBytes > 0 ? ` (${formatBytes(p.totalBytes)})` : ''}` });
    }
    if (p.done) finished = true;
    if (!active) return out;
    const elapsed = t - start;
    if (p.done) {
      if (o.style === 'lines') out.push({ kind: 'line', text: formatProgressSummary(o.label, p, elapsed) });
      out.push({ kind: 'end' });
      return out;
    }
    if (t - last >= interval) {
      last = t;
      out.push(o.style === 'lines' ? { kind: 'line', text: formatProgressLine(o.label, p, elapsed) } : { kind: 'frame', text: formatProgressBar(o.label, p, elapsed, o.width) });
    }
    return out;
  };
}

/**
 * What a stage is given to report reading progress: for each file it reads, the callback to pass
 * as the reader's `onProgress` (undefined: no progress). The adapters make it
 * (src/cli/progress.ts, actions/shared/progress.ts), one tracker per file.
 */
export type ProgressFor = (file: string) => ((p: ReadProgress) => void) | undefined;
