import { describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/run-cli.js';

describe('cd4ml (built bundle)', () => {
  it('lists every subcommand in its help', async () => {
    const r = await runCli(['--help']);
    expect(r.exitCode).toBe(0);
    for (const c of ['validate', 'train', 'predict', 'gate', 'build-image', 'deploy', 'serve', 'pipeline']) expect(r.stdout).toContain(`  ${c} `);
  });

  it.each([
    { name: 'no command', args: [], code: 2, stream: 'stdout' as const, text: 'Usage: cd4ml <command>' },
    { name: 'unknown command', args: ['trian'], code: 2, stream: 'stderr' as const, text: 'unknown command "trian"' },
    { name: 'unknown flag', args: ['validate', '--bogus'], code: 2, stream: 'stderr' as const, text: "Unknown option '--bogus'" },
    { name: 'stray argument', args: ['validate', 'data.csv'], code: 2, stream: 'stderr' as const, text: 'unexpected argument "data.csv"' },
  ])('exits 2 on bad usage: $name', async ({ args, code, stream, text }) => {
    const r = await runCli(args);
    expect(r.exitCode).toBe(code);
    expect(r[stream]).toContain(text);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('prints per-command help with the common options', async () => {
    const r = await runCli(['validate', '--help']);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain('Usage: cd4ml validate');
    expect(r.stdout).toContain('--config FILE');
    expect(r.stdout).toContain('--json');
  });
});
