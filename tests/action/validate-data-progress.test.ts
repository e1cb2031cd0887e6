/**
 * Reading progress in the validate-data action's log (the built bundle, as the runner runs it): a
 * file over 50 MB gets plain lines inside ::group:: … ::endgroup::; a small file gets none.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeBigCsv } from '../helpers/big-csv.js';
import { runAction } from '../helpers/run-action.js';
import { seattleYears } from '../unit/data/seattle.js';

const tmp = mkdtempSync(join(tmpdir(), 'cd4ml-action-progress-'));
const big = join(tmp, 'big.csv');
let written: { bytes: number; rows: number };

beforeAll(async () => {
  written = await writeBigCsv(big, 55_000_000);
}, 120_000);

describe('validate-data action: reading progress', () => {
  it('a file over 50 MB: progress lines inside one group, closed before the result line', async () => {
    const r = await runAction('validate-data', { inputs: { data: big }, timeoutMs: 300_000 });
    expect(r.exitCode).toBe(0);
    expect(r.outputs).toMatchObject({ passed: 'true', errors: '0' });
    const lines = r.stdout.split('\n');
    const open = lines.indexOf(`::group::Reading ${big} (${(written.bytes / 1e6).toFixed(1)} MB)`);
    const close = lines.indexOf('::endgroup::');
    expect(open).toBeGreaterThanOrEqual(0);
    expect(close).toBeGreaterThan(open + 1);
    expect(lines.filter((l) => l.startsWith('::group::'))).toHaveLength(1);
    const inside = lines.slice(open + 1, close);
    // The first report at once, then one line per 5 s, then the summary.
    expect(inside.length).toBeGreaterThanOrEqual(2);
    for (const l of inside.slice(0, -1)) expect(l).toMatch(/^.*big\.csv: \d+\.\d MB of \d+\.\d MB \(\d+\.\d%\), [\d,]+ rows, \d+\.\d MB\/s, .+ left$/);
    expect(inside.at(-1)).toMatch(new RegExp(`big\\.csv: read ${(written.bytes / 1e6).toFixed(1)} MB, ${written.rows.toLocaleString('en-US')} rows in .+ \\(\\d+\\.\\d MB/s\\)$`));
    // The stage's own result line comes after the group.
    expect(lines.findIndex((l) => l.startsWith('passed: 0 error(s)'))).toBeGreaterThan(close);
  }, 300_000);

  it.each([
    { name: 'a small file: no group, no progress line', inputs: {}, groups: 0 },
    { name: 'a small file with progress: always: one group', inputs: { progress: 'always' }, groups: 1 },
  ])('$name', async ({ inputs, groups }) => {
    const r = await runAction('validate-data', { inputs: { data: seattleYears('2015'), ...inputs } });
    expect(r.exitCode).toBe(0);
    expect(r.stdout.split('\n').filter((l) => l.startsWith('::group::Reading '))).toHaveLength(groups);
    expect(r.stdout.split('\n').filter((l) => l === '::endgroup::')).toHaveLength(groups);
    expect(r.stdout.includes(': read ')).toBe(groups > 0);
  });
});
