/** `cd4ml gate` (the built CLI) on bundles trained by `cd4ml train` on breast cancer. */
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/run-cli.js';
import { trainFixtures, type GateFixtures } from './bundles.js';

let fx: GateFixtures;
beforeAll(async () => {
  fx = await trainFixtures();
}, 120_000);

const gate = (args: string[], cwd = fx.dir) => runCli(['gate', ...args], { cwd });

describe('cd4ml gate verdicts', () => {
  it('a degraded candidate (depth 1 against depth 6) fails with exit 1, naming metric, values and threshold', async () => {
    // All 569 rows: depth 6 is right on 0.968, depth 1 on 0.917; the whole CI of the drop is above 0.01.
    const r = await gate(['--candidate', fx.depth1, '--baseline', fx.depth6, '--data', fx.csv]);
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toMatch(/accuracy 0\.9684 → 0\.9174: the whole CI of the drop \[0\.0\d+, 0\.0\d+\] lies beyond max-drop 0\.01/);
    expect(r.stdout).toMatch(/^gate FAILED/);
  });

  it('an identical model passes with zero deltas', async () => {
    const r = await gate(['--candidate', fx.depth6, '--baseline', fx.depth6, '--json']);
    expect(r.exitCode).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.passed).toBe(true);
    for (const m of report.metrics) expect([m.delta, m.ci.lower, m.ci.upper]).toEqual([0, 0, 0]);
    expect(report.rulesFromDefaults).toBe(true);
  });

  it('a slightly worse model within tolerance passes (holdout: drop 0.0088 < 0.01, even without the CI)', async () => {
    writeFileSync(join(fx.dir, 'strict.yml'), 'gate:\n  metrics:\n    accuracy:\n      max-drop: 0.01\n');
    const r = await gate(['--candidate', fx.depth1, '--baseline', fx.depth6, '--config', 'strict.yml', '--json']);
    expect(r.exitCode).toBe(0);
    const acc = JSON.parse(r.stdout).metrics.find((m: { metric: string }) => m.metric === 'accuracy');
    expect(acc.delta).toBeLessThan(0);
    expect(-acc.delta).toBeLessThanOrEqual(0.01);
    expect(acc.status).toBe('pass');
  });

  it('a tighter tolerance makes the same drop fail', async () => {
    writeFileSync(join(fx.dir, 'tight.yml'), 'gate:\n  metrics:\n    accuracy:\n      max-drop: 0.005\n');
    const r = await gate(['--candidate', fx.depth1, '--baseline', fx.depth6, '--config', 'tight.yml']);
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toMatch(/exceeds max-drop 0\.005/);
  });

  it('per-slice disparity above the limit fails', async () => {
    writeFileSync(join(fx.dir, 'slices.yml'), 'gate:\n  slices: [clinic]\n  max-disparity: 0.01\n  min-slice-rows: 30\n');
    const r = await gate(['--candidate', fx.depth6, '--baseline', fx.depth6, '--data', fx.csv, '--config', 'slices.yml', '--report', 'out/report.json']);
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toMatch(/accuracy differs by 0\.0\d+ between slices of clinic .* above max-disparity 0\.01/);
    const report = JSON.parse(readFileSync(join(fx.dir, 'out/report.json'), 'utf8'));
    expect(report.slices[0].slices.map((s: { value: string; rows: number }) => [s.value, s.rows])).toEqual([['south', 379], ['north', 190]]);
  });
});

describe('baseline states', () => {
  it('no production model in the local registry: first model, passes', async () => {
    const r = await gate(['--candidate', fx.depth1]);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toMatch(/first model: no production model in the local registry/);
  });

  it('a misspelt --environment with a production model registered: exit 2 naming the known environments, no pass', async () => {
    const cwd = join(fx.dir, 'typo');
    cpSync(fx.depth6, join(cwd, '.cd4ml/registry/production'), { recursive: true });
    const typo = await gate(['--candidate', fx.depth1, '--environment', 'prodution', '--data', fx.csv, '--report', 'report.json'], cwd);
    expect(typo.exitCode).toBe(2);
    expect(typo.stderr).toMatch(/no prodution model in the local registry \.cd4ml\/registry\/prodution, but environment "production" has one: is environment "prodution" misspelt\?/);
    expect(typo.stderr).not.toMatch(/\n\s+at /);
    expect(typo.stdout).not.toMatch(/PASSED/);
    // The right name compares with production and fails the worse model (exit 1).
    const right = await gate(['--candidate', fx.depth1, '--environment', 'production', '--data', fx.csv], cwd);
    expect(right.exitCode).toBe(1);
    expect(right.stdout).toMatch(/baseline: production model in \.cd4ml\/registry\/production/);
    // A new environment on purpose: on-baseline-missing warn passes its first model, with a warning.
    const warn = await gate(['--candidate', fx.depth1, '--environment', 'prodution', '--on-baseline-missing', 'warn', '--json'], cwd);
    expect(warn.exitCode).toBe(0);
    const report = JSON.parse(warn.stdout);
    expect(report.baseline.kind).toBe('first-model');
    expect(report.warnings).toContain('no prodution model in the local registry .cd4ml/registry/prodution, but environment "production" has one; judged as the first model of "prodution" because on-baseline-missing is warn');
  });

  it('a local registry directory: <registry>/<environment>/ is the baseline', async () => {
    mkdirSync(join(fx.dir, 'registry'), { recursive: true });
    cpSync(fx.depth6, join(fx.dir, 'registry', 'staging'), { recursive: true });
    const r = await gate(['--candidate', fx.depth1, '--baseline', 'registry', '--environment', 'staging', '--data', fx.csv]);
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toMatch(/baseline: staging model in registry registry/);
  });

  it.each([
    { policy: 'fail', exit: 1 },
    { policy: 'warn', exit: 0 },
  ])('an unreadable baseline with on-baseline-missing $policy → exit $exit', async ({ policy, exit }) => {
    const broken = join(fx.dir, `broken-${policy}`);
    cpSync(fx.depth6, broken, { recursive: true });
    writeFileSync(join(broken, 'model.json'), '{"tampered": true}');
    const r = await gate(['--candidate', fx.depth1, '--baseline', broken, '--on-baseline-missing', policy]);
    expect(r.exitCode).toBe(exit);
    expect(r.stdout + r.stderr).toMatch(/does not match its sha256/);
  });
});

describe('bad usage exits 2 with a clear message', () => {
  it.each([
    { name: 'no candidate', args: [], msg: /--candidate DIR is required/ },
    { name: 'bad resamples', args: ['--candidate', 'x', '--resamples', '10'], msg: /--resamples must be an integer in \[100, 100000\], got "10"/ },
    { name: 'missing candidate dir', args: ['--candidate', 'nope'], msg: /nope/ },
  ])('$name', async ({ args, msg }) => {
    const r = await gate(args);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(msg);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('an unknown metric in gate.metrics names the file and line', async () => {
    writeFileSync(join(fx.dir, 'bad.yml'), 'gate:\n  metrics:\n    auc:\n      min: 0.9\n');
    const r = await gate(['--candidate', fx.depth6, '--config', 'bad.yml']);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/gate\.metrics\.auc: unknown metric for this model; use one of accuracy, balanced-accuracy/);
  });

  it('a typo in a rule key names the line', async () => {
    writeFileSync(join(fx.dir, 'typo.yml'), 'gate:\n  metrics:\n    accuracy:\n      max_drop: 0.1\n');
    const r = await gate(['--candidate', fx.depth6, '--config', 'typo.yml']);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/typo\.yml:4: config gate\.metrics\.accuracy: unknown key "max_drop"/);
  });
});

describe('regression', () => {
  it('RMSE is the headline (lower is better): depth 1 fails against depth 6, identical passes', async () => {
    // y = 3·x0 + sin(x1)·2 + small noise, 2,000 rows; deterministic generator.
    const rows = ['x0,x1,y'];
    let s = 7;
    const rnd = () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let i = 0; i < 2000; i++) {
      const x0 = rnd() * 10;
      const x1 = rnd() * 6;
      rows.push(`${x0.toFixed(3)},${x1.toFixed(3)},${(3 * x0 + 2 * Math.sin(x1) + (rnd() - 0.5) * 0.2).toFixed(3)}`);
    }
    const csv = join(fx.dir, 'reg.csv');
    writeFileSync(csv, rows.join('\n') + '\n');
    const train = (d: number) => runCli(['train', '--data', csv, '--target', 'y', '--max-depth', String(d), '--out', join(fx.dir, `reg${d}`)], { cwd: fx.dir });
    expect((await train(6)).exitCode).toBe(0);
    expect((await train(1)).exitCode).toBe(0);
    const worse = await gate(['--candidate', join(fx.dir, 'reg1'), '--baseline', join(fx.dir, 'reg6'), '--json']);
    expect(worse.exitCode).toBe(1);
    const report = JSON.parse(worse.stdout);
    expect(report.headline).toBe('rmse');
    const rmse = report.metrics.find((m: { metric: string }) => m.metric === 'rmse');
    expect(rmse.direction).toBe('lower-is-better');
    expect(rmse.delta).toBeGreaterThan(1);
    expect(rmse.ci.lower).toBeGreaterThan(0.01);
    expect(rmse.status).toBe('fail');
    const same = await gate(['--candidate', join(fx.dir, 'reg6'), '--baseline', join(fx.dir, 'reg6')]);
    expect(same.exitCode).toBe(0);
  });
});
