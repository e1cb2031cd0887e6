import { describe, expect, it } from 'vitest';
import { resolveDeploySettings } from '../../../src/deploy/settings.js';
import { parseConfig } from '../../../src/config/load.js';

const flag = (n: string) => `--${n}`;

describe('resolveDeploySettings', () => {
  it('applies the defaults: 5,25,50,100, bake 60s, interval 10s, max-bake 3x bake, production', () => {
    const s = resolveDeploySettings(undefined, { bundle: 'b' }, flag);
    expect(s).toMatchObject({ provider: 'local', environment: 'production', artifact: { kind: 'bundle', dir: 'b' } });
    expect(s.rollout).toMatchObject({ steps: [5, 25, 50, 100], bakeMs: 60_000, intervalMs: 10_000, maxBakeMs: 180_000, failureLimit: 0 });
    expect(s.rollout.thresholds).toEqual({ minRequests: 20, maxErrorRate: 0.01, maxP99Ms: 500, maxErrorRateIncrease: 0.01, maxLatencyIncrease: 0.5 });
  });

  it('takes cd4ml.yml values and lets flags win', () => {
    const config = parseConfig(
      [
        'deploy:',
        '  bundle: model',
        '  steps: [10, 100]',
        '  bake: 30s',
        '  interval: 5',
        '  max-error-rate: 0.05',
        '  queries:',
        '    - name: class-share',
        '      query: sum(rate(cd4ml_predictions_total{class="rain"}[{{window}}]))',
        '      max: 0.5',
      ].join('\n'),
      'cd4ml.yml',
    );
    const s = resolveDeploySettings(config.deploy, { bake: '20s', 'max-error-rate': undefined }, flag);
    expect(s.rollout).toMatchObject({ steps: [10, 100], bakeMs: 20_000, intervalMs: 5_000 });
    expect(s.rollout.thresholds.maxErrorRate).toBe(0.05);
    expect(s.rollout.queries).toEqual([{ name: 'class-share', query: 'sum(rate(cd4ml_predictions_total{class="rain"}[{{window}}]))', min: undefined, max: 0.5 }]);
  });

  it('an image with --bundle deploys the image and keeps the bundle it was built from (smoke test parity)', () => {
    const s = resolveDeploySettings(undefined, { image: 'reg/m@sha256:' + 'a'.repeat(64), bundle: 'models/v2' }, flag);
    expect(s.artifact).toEqual({ kind: 'image', ref: 'reg/m@sha256:' + 'a'.repeat(64) });
    expect(s.bundle).toBe('models/v2');
    expect(resolveDeploySettings(undefined, { bundle: 'models/v2' }, flag).bundle).toBeUndefined();
  });

  it.each([
    { name: 'nothing to deploy', o: {}, error: 'nothing to deploy: give --image' },
    { name: 'steps not increasing', o: { bundle: 'b', steps: '50,25,100' }, error: '--steps: weights must increase' },
    { name: 'a step that is not a number', o: { bundle: 'b', steps: '5,x,100' }, error: '--steps weight must be an integer in [1, 100], got "x"' },
    { name: 'interval longer than bake', o: { bundle: 'b', bake: '5s', interval: '10s' }, error: 'must not exceed --bake' },
    { name: 'interval under 1s', o: { bundle: 'b', interval: '500ms' }, error: 'at least 1s' },
    { name: 'max-bake shorter than bake', o: { bundle: 'b', 'max-bake': '10s' }, error: '--max-bake (10s) must be at least --bake (60s)' },
    { name: 'error rate over 1', o: { bundle: 'b', 'max-error-rate': '5' }, error: '--max-error-rate must be a number in [0, 1], got "5"' },
    { name: 'unknown provider', o: { bundle: 'b', provider: 'heroku' }, error: '--provider must be one of "local", "cloud-run", "kubernetes"' },
    { name: 'cloud-run without project', o: { image: 'i', provider: 'cloud-run', region: 'r', service: 's', 'prometheus-url': 'http://p:9090' }, error: 'cloud-run provider needs --project' },
    { name: 'kubernetes without route', o: { image: 'i', provider: 'kubernetes', service: 's', 'prometheus-url': 'http://p:9090' }, error: 'needs --route' },
    { name: 'kubernetes without Prometheus', o: { image: 'i', provider: 'kubernetes', service: 's', route: 'r' }, error: 'give --prometheus-url' },
    { name: 'bad environment name', o: { bundle: 'b', environment: '../prod' }, error: '--environment must be letters' },
  ])('refuses $name', ({ o, error }) => {
    expect(() => resolveDeploySettings(undefined, o, flag)).toThrow(error);
  });

  it.each([
    { name: 'unknown key', yaml: 'deploy:\n  bundel: x\n', error: 'cd4ml.yml:2: config deploy: unknown key "bundel"' },
    { name: 'query without a success condition', yaml: 'deploy:\n  queries:\n    - name: q\n      query: up\n', error: 'needs min or max' },
    { name: 'bad duration', yaml: 'deploy:\n  bake: soon\n', error: 'must be a duration' },
  ])('cd4ml.yml: $name', ({ yaml, error }) => {
    expect(() => parseConfig(yaml, 'cd4ml.yml')).toThrow(error);
  });
});
