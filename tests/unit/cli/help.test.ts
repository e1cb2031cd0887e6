/** `cd4ml <command> --help` is derived from the option declarations: every CLI option, its placeholder and its one description. */
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../src/cli/main.js';
import { commandHelp, parseCommandArgs } from '../../../src/cli/args.js';
import { describeOption, optionsAt } from '../../../src/config/options.js';

const names = Object.keys(COMMANDS);

describe.each(names.map((name) => ({ name })))('cd4ml $name --help', ({ name }) => {
  it('lists every declared CLI option with its description and default, and the common ones', async () => {
    const { command } = await COMMANDS[name].load();
    expect(command.stage, `${name} declares its options`).toBeDefined();
    const help = commandHelp(command);
    const declared = optionsAt(command.stage!, 'cli');
    expect(declared.length).toBeGreaterThan(0);
    for (const [opt, decl] of declared) {
      const line = help.split('\n').find((l) => l.trimStart().startsWith(`--${opt} `) || l.trim() === `--${opt}`);
      expect(line, `--${opt}`).toBeDefined();
      expect(line).toContain(describeOption(decl));
    }
    for (const common of ['--config FILE', '--json', '--help']) expect(help).toContain(common);
  });

  it('accepts no option its declaration does not give the CLI', async () => {
    const { command } = await COMMANDS[name].load();
    const notCli = Object.entries(command.stage!.options as Record<string, import('../../../src/config/options.js').OptionDecl>).filter(([, o]) => o.doors && !o.doors.includes('cli')).map(([k]) => k);
    for (const opt of notCli.filter((k) => k !== 'config')) expect(() => parseCommandArgs(command, [`--${opt}`, 'x']), `--${opt}`).toThrow(/Unknown option/);
  });
});
