/**
 * Run a built action the way the GitHub runner does: `node <dist>/<name>/index.js` with
 * INPUT_* variables (name upper-cased, spaces to "_", hyphens kept), temp GITHUB_OUTPUT,
 * GITHUB_STEP_SUMMARY, GITHUB_EVENT_PATH and RUNNER_TEMP files, then parse what it wrote.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { distDir } from './paths.js';
import { parseOutputFile } from '../../src/pipeline/outputs.js';

export { parseOutputFile };

export interface ActionRun {
  exitCode: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** Workflow commands printed on stdout, e.g. { command: 'error', properties: { file, line }, message }. */
  commands: { command: string; properties: Record<string, string>; message: string }[];
  runnerTemp: string;
}

export interface RunActionOptions {
  inputs?: Record<string, string | number | boolean | undefined>;
  env?: Record<string, string | undefined>;
  /** Event payload written to GITHUB_EVENT_PATH. */
  event?: unknown;
  eventName?: string;
  cwd?: string;
  /** Node binary (e.g. node_modules/.bin/node for Node 24). */
  node?: string;
  timeoutMs?: number;
}

/** Environment variable name for an input, as the runner spells it. */
export function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

function unescapeData(s: string): string {
  return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}
function unescapeProp(s: string): string {
  return unescapeData(s).replace(/%3A/g, ':').replace(/%2C/g, ',');
}

/** Parse `::command key=value,key=value::message` lines. */
export function parseCommands(stdout: string): ActionRun['commands'] {
  const cmds: ActionRun['commands'] = [];
  for (const line of stdout.split('\n')) {
    const m = /^::([a-z-]+)( [^:]*)?::(.*)$/.exec(line);
    if (!m) continue;
    const properties: Record<string, string> = {};
    for (const kv of (m[2] ?? '').trim().split(',').filter(Boolean)) {
      const at = kv.indexOf('=');
      properties[kv.slice(0, at)] = unescapeProp(kv.slice(at + 1));
    }
    cmds.push({ command: m[1], properties, message: unescapeData(m[3]) });
  }
  return cmds;
}

export async function runAction(name: string, opts: RunActionOptions = {}): Promise<ActionRun> {
  const dir = mkdtempSync(join(tmpdir(), `cd4ml-run-${name}-`));
  const outputFile = join(dir, 'output');
  const summaryFile = join(dir, 'summary');
  const eventFile = join(dir, 'event.json');
  const runnerTemp = join(dir, 'runner-temp');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  writeFileSync(eventFile, JSON.stringify(opts.event ?? {}));
  const env: Record<string, string> = {};
  // Start from a clean environment: nothing of this machine's GITHUB_*/INPUT_* leaks in.
  for (const [k, v] of Object.entries(process.env)) {
    if (v !== undefined && !k.startsWith('INPUT_') && !k.startsWith('GITHUB_') && !k.startsWith('ACTIONS_') && !k.startsWith('RUNNER_')) env[k] = v;
  }
  Object.assign(env, {
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_EVENT_NAME: opts.eventName ?? 'push',
    GITHUB_WORKSPACE: opts.cwd ?? process.cwd(),
    GITHUB_REPOSITORY: 'octo-org/churn-model',
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    GITHUB_RUN_ID: '4242',
    GITHUB_ACTIONS: 'true',
    RUNNER_TEMP: runnerTemp,
  });
  for (const [k, v] of Object.entries(opts.inputs ?? {})) if (v !== undefined) env[inputEnvName(k)] = String(v);
  for (const [k, v] of Object.entries(opts.env ?? {})) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }
  const child = spawn(opts.node ?? process.execPath, [join(distDir(), name, 'index.js')], { cwd: opts.cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const timeout = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 120_000);
  const exitCode: number = await new Promise((resolveExit) => child.on('close', (code) => resolveExit(code ?? -1)));
  clearTimeout(timeout);
  return {
    exitCode,
    stdout,
    stderr,
    outputs: parseOutputFile(readFileSync(outputFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8'),
    commands: parseCommands(stdout),
    runnerTemp,
  };
}
