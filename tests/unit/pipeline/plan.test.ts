import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseStages, stageOptions, toArgv } from '../../../src/pipeline/plan.js';
import { parseOutputFile } from '../../../src/pipeline/outputs.js';
import { ROOT } from '../../helpers/paths.js';

describe('parseStages', () => {
  it.each([
    { name: 'CLI names, out of order', raw: 'gate, train,validate', expected: ['validate', 'train', 'gate'] },
    { name: 'action names as aliases', raw: 'validate-data evaluate-gate deploy-canary', expected: ['validate', 'gate', 'deploy'] },
    { name: 'duplicates once', raw: 'train,train', expected: ['train'] },
  ])('$name', ({ raw, expected }) => {
    expect(parseStages('--stages', raw)).toEqual(expected);
  });

  it.each([
    { name: 'unknown stage', raw: 'validate,tran', message: '--stages: unknown stage "tran"; stages are validate, train, gate, build-image, deploy' },
    { name: 'empty', raw: ' , ', message: '--stages names no stage' },
  ])('rejects $name', ({ raw, message }) => {
    expect(() => parseStages('--stages', raw)).toThrow(message);
  });
});

describe('stageOptions', () => {
  const results = { 'bundle-path': '/w/model', image: 'ghcr.io/o/m:1', digest: 'sha256:abc' };
  it.each([
    { name: 'train gets only the config', stage: 'train' as const, provider: 'local', expected: { config: 'cd4ml.yml' } },
    { name: 'gate judges the trained bundle', stage: 'gate' as const, provider: 'local', expected: { config: 'cd4ml.yml', candidate: '/w/model' } },
    { name: 'build-image packages it', stage: 'build-image' as const, provider: 'local', expected: { config: 'cd4ml.yml', bundle: '/w/model' } },
    { name: 'local deploy runs the bundle', stage: 'deploy' as const, provider: 'local', expected: { config: 'cd4ml.yml', bundle: '/w/model' } },
    { name: 'cloud deploy pins the image by digest', stage: 'deploy' as const, provider: 'cloud-run', expected: { config: 'cd4ml.yml', image: 'ghcr.io/o/m@sha256:abc' } },
  ])('$name', ({ stage, provider, expected }) => {
    expect(stageOptions(stage, { config: 'cd4ml.yml', provider, results })).toEqual(expected);
  });

  it('turns options into flags with the same names', () => {
    expect(toArgv({ config: 'c.yml', candidate: 'm' })).toEqual(['--config', 'c.yml', '--candidate', 'm']);
  });
});

describe('parseOutputFile', () => {
  it('reads heredoc blocks (multi-line values) and name=value lines', () => {
    const text = 'passed<<ghadelimiter_1\ntrue\nghadelimiter_1\nmetrics<<EOF\n{"a":1,\n"b":2}\nEOF\nscore=0.91\n';
    expect(parseOutputFile(text)).toEqual({ passed: 'true', metrics: '{"a":1,\n"b":2}', score: '0.91' });
  });
});

describe('root action.yml', () => {
  it('is actions/pipeline/action.yml with the bundle path seen from the repository root', () => {
    const root = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8'));
    const sub = parse(readFileSync(join(ROOT, 'actions/pipeline/action.yml'), 'utf8'));
    expect(root.runs.main).toBe('dist/pipeline/index.js');
    expect({ ...root, runs: { ...root.runs, main: sub.runs.main } }).toEqual(sub);
  });
});
