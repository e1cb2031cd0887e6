/**
 * The request sample: a bounded, sampled log of the inputs the server scored and the predictions
 * it returned, for the monitor stage (JSON Lines, one row a line):
 *
 *   {"t":"2026-01-05T10:00:00.000Z","input":{"temp_max":12.2,…},"prediction":"rain"}
 *
 * Off by default. Each scored row is kept with probability `rate` (a seeded PRNG unless another
 * random source is injected). Lines are buffered and appended to `<dir>/requests.jsonl` at most
 * every `flushMs` (or when the buffer passes 64 KiB); when that file reaches `maxFileBytes` it is
 * rotated to `requests.1.jsonl` (older ones shift up to `requests.<maxFiles-1>.jsonl`, the oldest
 * is deleted), so the log never holds more than about maxFileBytes × maxFiles bytes. Writing never
 * slows or fails a request: errors are counted and reported through `log`.
 */
import { appendFile, mkdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { seededRandom } from '../data/sample.js';

export const SAMPLE_FILE = 'requests.jsonl';
/** Active file first, then rotated files from newest to oldest. */
export function sampleFileName(index: number): string {
  return index === 0 ? SAMPLE_FILE : `requests.${index}.jsonl`;
}
/** Every name the log can use: requests.jsonl, requests.N.jsonl. */
export const SAMPLE_FILE_RE = /^requests(?:\.(\d+))?\.jsonl$/;

export interface SampleLine {
  /** ISO time the row was scored. */
  t: string;
  input: Record<string, unknown>;
  prediction: string | number;
}

export interface SampleLogOptions {
  dir: string;
  /** Share of rows kept, in [0, 1]. */
  rate: number;
  /** Rotate the active file at this size (default 8 MiB). */
  maxFileBytes?: number;
  /** Files kept including the active one (default 4). */
  maxFiles?: number;
  /** Buffered lines are written at least this often (default 1000 ms). */
  flushMs?: number;
  /** Seed of the default PRNG (default 1). */
  seed?: number;
  /** Injected random source in [0, 1) (overrides seed). */
  random?: () => number;
  now?: () => number;
  log?: (line: string) => void;
}

const BUFFER_LIMIT = 64 * 1024;

export class SampleLog {
  readonly dir: string;
  readonly rate: number;
  private readonly maxFileBytes: number;
  private readonly maxFiles: number;
  private readonly random: () => number;
  private readonly now: () => number;
  private readonly log: (line: string) => void;
  private buffer: string[] = [];
  private bufferBytes = 0;
  private fileBytes = -1;
  private chain: Promise<void> = Promise.resolve();
  private readonly timer: NodeJS.Timeout;
  private closed = false;
  /** Rows kept, rows seen, write errors. */
  kept = 0;
  seen = 0;
  errors = 0;

  constructor(opts: SampleLogOptions) {
    if (!(opts.rate >= 0 && opts.rate <= 1)) throw new RangeError(`sample rate must be in [0, 1], got ${opts.rate}`);
    this.dir = opts.dir;
    this.rate = opts.rate;
    this.maxFileBytes = opts.maxFileBytes ?? 8 * 1024 * 1024;
    this.maxFiles = Math.max(1, opts.maxFiles ?? 4);
    this.random = opts.random ?? seededRandom(opts.seed ?? 1);
    this.now = opts.now ?? Date.now;
    this.log = opts.log ?? (() => undefined);
    this.timer = setInterval(() => void this.flush(), opts.flushMs ?? 1000);
    this.timer.unref();
  }

  /** Keep each row with probability `rate`. Cheap: no I/O on the caller's path. */
  record(inputs: readonly Record<string, unknown>[], predictions: readonly (string | number)[] | ((row: number) => string | number)): void {
    if (this.closed || this.rate === 0) {
      this.seen += inputs.length;
      return;
    }
    let t: string | undefined;
    for (let i = 0; i < inputs.length; i++) {
      this.seen++;
      if (this.rate < 1 && this.random() >= this.rate) continue;
      t ??= this.isoNow();
      const line = JSON.stringify({ t, input: inputs[i], prediction: typeof predictions === 'function' ? predictions(i) : predictions[i] }) + '\n';
      this.buffer.push(line);
      this.bufferBytes += Buffer.byteLength(line);
      this.kept++;
    }
    if (this.bufferBytes >= BUFFER_LIMIT) void this.flush();
  }

  private lastMs = Number.NaN;
  private lastIso = '';
  /** The time as ISO text, formatted once per millisecond. */
  private isoNow(): string {
    const ms = this.now();
    if (ms !== this.lastMs) {
      this.lastMs = ms;
      this.lastIso = new Date(ms).toISOString();
    }
    return this.lastIso;
  }

  /** Write what is buffered (serialized: one flush at a time). */
  flush(): Promise<void> {
    if (this.buffer.length === 0) return this.chain;
    const lines = this.buffer;
    this.buffer = [];
    this.bufferBytes = 0;
    this.chain = this.chain.then(() => this.write(lines)).catch((err: unknown) => {
      this.errors++;
      this.log(`request sample: write failed (${(err as Error).message}); ${lines.length} sampled row(s) dropped`);
    });
    return this.chain;
  }

  private async write(lines: string[]): Promise<void> {
    if (this.fileBytes < 0) {
      await mkdir(this.dir, { recursive: true });
      this.fileBytes = await stat(join(this.dir, SAMPLE_FILE)).then(
        (s) => s.size,
        () => 0,
      );
    }
    // Fill the active file up to the cap, rotate, continue: one line is never split.
    let chunk: string[] = [];
    let chunkBytes = 0;
    for (const line of lines) {
      const n = Buffer.byteLength(line);
      if (this.fileBytes + chunkBytes + n > this.maxFileBytes && this.fileBytes + chunkBytes > 0) {
        if (chunk.length > 0) await appendFile(join(this.dir, SAMPLE_FILE), chunk.join(''));
        await this.rotate();
        chunk = [];
        chunkBytes = 0;
      }
      chunk.push(line);
      chunkBytes += n;
    }
    if (chunk.length > 0) {
      await appendFile(join(this.dir, SAMPLE_FILE), chunk.join(''));
      this.fileBytes += chunkBytes;
    }
  }

  private async rotate(): Promise<void> {
    await rm(join(this.dir, sampleFileName(this.maxFiles - 1)), { force: true });
    for (let i = this.maxFiles - 2; i >= 0; i--) {
      await rename(join(this.dir, sampleFileName(i)), join(this.dir, sampleFileName(i + 1))).catch((err: NodeJS.ErrnoException) => {
        if (err.code !== 'ENOENT') throw err;
      });
    }
    this.fileBytes = 0;
  }

  /** Flush and stop the timer. */
  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.timer);
    await this.flush();
  }
}
