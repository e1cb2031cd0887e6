/**
 * A misspelt environment must not turn the gate into a "first model" pass (issue 12, defect 10):
 * when the named environment has no model but others do, the gate stops (UsageError, exit 2) and
 * names them; a true first model (no environment has one) still passes as a first model.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/errors.js';
import { listRegistryEnvironments, resolveLocalBaseline } from '../../../src/gate/local-baseline.js';
import { checkUnknownEnvironment, runGate, type BaselineSource } from '../../../src/gate/run.js';

/** A working directory whose local registry holds (fake) bundles for `environments`. */
function registry(environments: string[], extra: (root: string) => void = () => {}): string {
  const cwd = mkdtempSync(join(tmpdir(), 'cd4ml-gate-env-'));
  for (const e of environments) {
    mkdirSync(join(cwd, '.cd4ml/registry', e), { recursive: true });
    writeFileSync(join(cwd, '.cd4ml/registry', e, 'manifest.json'), '{}');
  }
  extra(cwd);
  return cwd;
}

describe('local registry (cd4ml gate --baseline production)', () => {
  it.each([
    { name: 'typo of production', envs: ['production'], ask: 'prodution', known: ['production'] },
    { name: 'two others', envs: ['production', 'staging'], ask: 'qa', known: ['production', 'staging'] },
  ])('$name: no record, others exist → knownEnvironments', ({ envs, ask, known }) => {
    const src = resolveLocalBaseline('production', ask, registry(envs));
    expect(src).toEqual({ kind: 'none', message: `no ${ask} model in the local registry .cd4ml/registry/${ask}`, environment: ask, knownEnvironments: known });
  });

  it('a true first model: the registry holds nothing (or only leftovers of an interrupted copy)', () => {
    const cwd = registry([], (root) => {
      mkdirSync(join(root, '.cd4ml/registry/production.tmp-123'), { recursive: true });
      writeFileSync(join(root, '.cd4ml/registry/production.tmp-123/manifest.json'), '{}');
      mkdirSync(join(root, '.cd4ml/registry/empty'), { recursive: true });
    });
    expect(listRegistryEnvironments(join(cwd, '.cd4ml/registry'))).toEqual([]);
    expect(resolveLocalBaseline('production', 'production', cwd)).toEqual({ kind: 'none', message: 'no production model in the local registry .cd4ml/registry/production (the registry holds no model yet)' });
    expect(resolveLocalBaseline('production', 'production', mkdtempSync(join(tmpdir(), 'cd4ml-gate-env-')))).toMatchObject({ kind: 'none' });
  });

  it('the named environment exists: it is the baseline', () => {
    const cwd = registry(['production', 'staging']);
    expect(resolveLocalBaseline('production', 'staging', cwd)).toEqual({ kind: 'dir', dir: join(cwd, '.cd4ml/registry/staging'), label: 'staging model in .cd4ml/registry/staging' });
  });

  it('a registry directory given with --baseline DIR', () => {
    const cwd = registry([], (root) => {
      mkdirSync(join(root, 'reg/production'), { recursive: true });
      writeFileSync(join(root, 'reg/production/manifest.json'), '{}');
    });
    expect(resolveLocalBaseline('reg', 'prod', cwd)).toEqual({ kind: 'none', message: 'registry reg has no prod model yet', environment: 'prod', knownEnvironments: ['production'] });
  });
});

describe('checkUnknownEnvironment / runGate', () => {
  const typo: BaselineSource = { kind: 'none', message: 'no cd4ml deployment to environment "prodution"', environment: 'prodution', knownEnvironments: ['production', 'staging'] };

  it('on-baseline-missing fail (default): a UsageError naming the known environments and the way out', () => {
    expect(() => checkUnknownEnvironment(typo, 'fail')).toThrow(UsageError);
    expect(() => checkUnknownEnvironment(typo, 'fail')).toThrow(
      'no cd4ml deployment to environment "prodution", but environments "production" and "staging" have one: is environment "prodution" misspelt? Name one of the known environments (gate.environment, --environment or input "environment"); for a new environment, set on-baseline-missing to warn to pass its first model with a warning',
    );
  });

  it('on-baseline-missing warn: a warning, not an error', () => {
    expect(checkUnknownEnvironment(typo, 'warn')).toBe('no cd4ml deployment to environment "prodution", but environments "production" and "staging" have one; judged as the first model of "prodution" because on-baseline-missing is warn');
  });

  it.each([
    { name: 'true first model', src: { kind: 'none', message: 'm' } as BaselineSource },
    { name: 'a baseline', src: { kind: 'dir', dir: '/x', label: 'x' } as BaselineSource },
    { name: 'unavailable', src: { kind: 'unavailable', message: 'm' } as BaselineSource },
  ])('$name: nothing to say', ({ src }) => expect(checkUnknownEnvironment(src, 'fail')).toBeUndefined());

  it('runGate refuses before reading anything (the candidate directory does not even exist)', async () => {
    await expect(runGate({ candidateDir: '/nonexistent/candidate', baseline: typo, gate: {} })).rejects.toThrow(/is environment "prodution" misspelt\?/);
    // without the typo the same call fails on the candidate instead
    await expect(runGate({ candidateDir: '/nonexistent/candidate', baseline: { kind: 'none', message: 'm' }, gate: {} })).rejects.not.toThrow(/misspelt/);
  });
});
