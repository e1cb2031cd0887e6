/**
 * `cd4ml pipeline` — run validate → train → gate → build-image → deploy from cd4ml.yml, each
 * stage as its own subcommand in this process, stopping at the first stage that does not pass.
 */
import { resolve } from 'node:path';
import { stageSettings, stringOpt, type CommandSpec } from '../command.js';
import { pipelineStage } from '../../config/sections/pipeline.js';
import { parseCommandArgs } from '../args.js';
import { STAGE_COMMANDS } from '../stage-commands.js';
import { loadConfig } from '../../config/load.js';
import { ALL_STAGES, parseStages, stageOptions, toArgv, type Stage, type StageResults } from '../../pipeline/plan.js';

const VERDICT: Record<number, string> = { 0: 'ok', 1: 'FAILED (a check said no)', 2: 'FAILED (bad usage or input)' };

export const command: CommandSpec = {
  name: 'pipeline',
  summary: 'run validate → train → gate → build-image → deploy from cd4ml.yml',
  stage: pipelineStage,
  details: 'Each stage reads its own section of the config; the bundle trained by "train" is the candidate of "gate"\nand what "build-image" and "deploy" ship. Stops at the first stage that exits non-zero and exits with its code.',
  async run(opts, io) {
    const configPath = stringOpt(opts, 'config');
    const { config, path } = await loadConfig(configPath);
    const stages = parseStages('--stages', (await stageSettings(pipelineStage, opts, io)).settings.stages ?? ALL_STAGES.join(','));
    const results: StageResults = {};
    const done: { stage: Stage; code: number; seconds: number }[] = [];
    for (const stage of stages) {
      const options = stageOptions(stage, { config: path, provider: config.deploy?.provider, results });
      const { command } = await STAGE_COMMANDS[stage].load();
      io.stdout(`\n▶ ${stage}: cd4ml ${stage} ${toArgv(options).join(' ')}\n`);
      const started = Date.now();
      const code = await command.run(parseCommandArgs(command, toArgv(options)), io);
      const seconds = (Date.now() - started) / 1000;
      done.push({ stage, code, seconds });
      io.stdout(`◀ ${stage}: ${VERDICT[code] ?? `exit ${code}`} (${seconds.toFixed(1)} s)\n`);
      if (stage === 'train') results['bundle-path'] = resolve(io.cwd, config.train?.out ?? 'model');
      if (code !== 0) break;
    }
    io.stdout(`\npipeline: ${done.map((d) => `${d.stage} ${d.code === 0 ? 'ok' : 'failed'}`).join(' → ')}\n`);
    const failed = done.find((d) => d.code !== 0);
    return failed ? failed.code : 0;
  },
};
