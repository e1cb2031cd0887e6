/**
 * The root action: runs each stage's own action bundle (dist/<action>/index.js) as a child
 * process, exactly as a separate `uses:` step would run it — same INPUT_* variables, the same
 * GITHUB_* environment and job summary — and feeds each stage's outputs to the next.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as core from '@actions/core';
import { runAction, setOutputs } from '../shared/run.js';
import { getInputs } from './inputs.js';
import { loadConfig } from '../../src/config/load.js';
import { ALL_STAGES, PR_STAGES, STAGE_ACTION, stageOptions, type StageResults } from '../../src/pipeline/plan.js';
import { parseOutputFile } from '../../src/pipeline/outputs.js';
import { CheckFailedError, UsageError } from '../../src/errors.js';

function runStage(bundle: string, env: NodeJS.ProcessEnv, cwd: string): Promise<number> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [bundle], { env, cwd, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', fail);
    child.on('close', (code) => done(code ?? 1));
  });
}

await runAction('pipeline', async () => {
  const inputs = getInputs();
  const cwd = resolve(inputs.workingDirectory ?? '.');
  const { config, path } = await loadConfig(resolve(cwd, inputs.config));
  const stages = inputs.stages ?? (process.env.GITHUB_EVENT_NAME?.startsWith('pull_request') ? PR_STAGES : ALL_STAGES);
  const here = dirname(fileURLToPath(import.meta.url));
  const tmpRoot = process.env.RUNNER_TEMP ?? tmpdir();
  mkdirSync(tmpRoot, { recursive: true });
  const tmp = mkdtempSync(join(tmpRoot, 'cd4ml-pipeline-'));
  const results: StageResults = {};
  const ran: { stage: string; action: string; 'exit-code': number; outputs: Record<string, string> }[] = [];
  let failed: { stage: string; code: number } | undefined;
  for (const stage of stages) {
    const action = STAGE_ACTION[stage];
    const options = stageOptions(stage, { config: path, provider: config.deploy?.provider, results });
    if ((stage === 'gate' || stage === 'deploy') && inputs.githubToken) options['github-token'] = inputs.githubToken;
    const outputFile = join(tmp, `${action}.out`);
    writeFileSync(outputFile, '');
    const env: NodeJS.ProcessEnv = { ...process.env, GITHUB_OUTPUT: outputFile };
    for (const key of Object.keys(env)) if (key.startsWith('INPUT_')) delete env[key];
    for (const [k, v] of Object.entries(options)) env[`INPUT_${k.toUpperCase()}`] = v;
    core.startGroup(`${stage} (${action})`);
    const code = await runStage(join(here, '..', action, 'index.js'), env, cwd);
    core.endGroup();
    const outputs = parseOutputFile(readFileSync(outputFile, 'utf8'));
    ran.push({ stage, action, 'exit-code': code, outputs });
    if (outputs['bundle-path']) results['bundle-path'] = resolve(cwd, outputs['bundle-path']);
    if (outputs.image) results.image = outputs.image;
    if (outputs.digest) results.digest = outputs.digest;
    core.info(`${stage}: ${code === 0 ? 'ok' : `failed (exit ${code})`}`);
    if (code !== 0) {
      failed = { stage, code };
      break;
    }
  }
  setOutputs({
    result: failed ? 'failed' : 'passed',
    'failed-stage': failed?.stage ?? '',
    stages: ran,
    'bundle-path': results['bundle-path'],
    image: results.image,
  });
  if (failed) {
    const message = `stage "${failed.stage}" failed (exit ${failed.code}); its own messages and summary are above`;
    throw failed.code === 1 ? new CheckFailedError(message) : new UsageError(message);
  }
});
