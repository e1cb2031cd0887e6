/**
 * Reading progress of `cd4ml validate` through the built CLI bundle, its stderr a pipe (not a
 * terminal): plain lines for a file over 50 MB, a ::group:: under GITHUB_ACTIONS, nothing for a
 * small file or with --progress never; stdout (the report) is the same either way.
 */
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeBigCsv } from '../../helpers/big-csv.js';
import { vegaData } from '../../helpers/paths.js';
import { runCli } from '../../helpers/run-cli.js';
import { PROGRESS_MIN_BYTES } from '../../../src/report/progress.js';

const tmp = mkdtempSync(join(tmpdir(), 'cd4ml-cli-progress-'));
const big = join(tmp, 'big.csv');
let written: { bytes: number; rows: number };
// Not in a GitHub Actions step unless a case says so (the suite itself may run in one).
const noActions = { GITHUB_ACTIONS: '' };

/** "big.csv: 12.6 MB of 60.0 MB (21.0%), 280,000 rows, 9.8 MB/s, 5 s left" */
const LINE = /^(.*big\.csv): (\d+\.\d) MB of (\d+\.\d) MB \((\d+\.\d)%\), ([\d,]+) rows, (\d+\.\d) MB\/s, (.+) left$/;

beforeAll(async () => {
  written = await writeBigCsv(big, 60_000_000);
  expect(statSync(big).size).toBe(written.bytes);
  expect(written.bytes).toBeGreaterThan(PROGRESS_MIN_BYTES);
}, 120_000);

describe('cd4ml validate: reading progress', () => {
  it('a file over 50 MB, stderr not a terminal: plain progress lines, then the summary with every row', async () => {
    const r = await runCli(['validate', '--data', big, '--json'], { env: noActions, timeoutMs: 300_000 });
    expect(r.exitCode).toBe(0);
    expect(JSON.parse(r.stdout).data.rows).toBe(written.rows);
    expect(r.stderr).not.toContain('\r');
    expect(r.stderr).not.toContain('::group::');
    const lines = r.stderr.trimEnd().split('\n');
    const size = (written.bytes / 1e6).toFixed(1);
    const progress = lines.slice(0, -1).map((l) => LINE.exec(l));
    expect(progress.length).toBeGreaterThanOrEqual(1);
    let lastPercent = -1;
    for (const m of progress) {
      expect(m, `not a progress line: ${lines[progress.indexOf(m)]}`).not.toBeNull();
      expect(m![1]).toBe(big);
      expect(m![3]).toBe(size);
      const percent = Number(m![4]);
      // Percent is bytes / size, and grows from line to line.
      expect(percent).toBeCloseTo((100 * Number(m![2])) / Number(m![3]), 0);
      expect(percent).toBeGreaterThan(lastPercent);
      lastPercent = percent;
      expect(Number(m![5].replace(/,/g, ''))).toBeLessThan(written.rows);
    }
    expect(lines.at(-1)).toMatch(new RegExp(`^${big.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: read ${size} MB, ${written.rows.toLocaleString('en-US')} rows in .+ \\(\\d+\\.\\d MB/s\\)$`));
  }, 300_000);

  it('in a GitHub Actions step the lines are inside ::group:: … ::endgroup::; --progress never prints nothing and the report is the same', async () => {
    const a = await runCli(['validate', '--data', big], { env: { GITHUB_ACTIONS: 'true' }, timeoutMs: 300_000 });
    const b = await runCli(['validate', '--data', big, '--progress', 'never'], { env: { GITHUB_ACTIONS: 'true' }, timeoutMs: 300_000 });
    expect([a.exitCode, b.exitCode]).toEqual([0, 0]);
    const lines = a.stderr.trimEnd().split('\n');
    expect(lines[0]).toBe(`::group::Reading ${big} (${(written.bytes / 1e6).toFixed(1)} MB)`);
    expect(lines.at(-1)).toBe('::endgroup::');
    expect(lines.length).toBeGreaterThanOrEqual(4);
    expect(lines.slice(1, -2).every((l) => LINE.test(l))).toBe(true);
    expect(lines.at(-2)).toContain(`: read ${(written.bytes / 1e6).toFixed(1)} MB, ${written.rows.toLocaleString('en-US')} rows in `);
    expect(b.stderr).toBe('');
    expect(a.stdout).toBe(b.stdout);
  }, 300_000);

  it.each([
    { name: 'a small file prints nothing extra', args: [] as string[], lines: 0 },
    { name: 'a small file with --progress always shows the first line and the summary', args: ['--progress', 'always'], lines: 2 },
  ])('$name', async ({ args, lines }) => {
    const r = await runCli(['validate', '--data', vegaData('seattle-weather.csv'), ...args], { env: noActions });
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toMatch(/^PASSED: .*seattle-weather\.csv \(csv, 1461 rows × 6 columns\)/);
    const got = r.stderr === '' ? [] : r.stderr.trimEnd().split('\n');
    expect(got.length).toBe(lines);
    if (lines) expect(got[1]).toMatch(/seattle-weather\.csv: read 48\.2 kB, 1,461 rows in /);
  });

  it('a bad value is refused as every option is', async () => {
    const r = await runCli(['validate', '--data', vegaData('seattle-weather.csv'), '--progress', 'sometimes'], { env: noActions });
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain('--progress must be one of "auto", "always", "never", got "sometimes"');
  });
});
