/**
 * The deploy stage's options: `deploy:` in cd4ml.yml, `cd4ml deploy` flags and the deploy-canary
 * action's inputs, all derived from this one table (src/config/options.ts). The settings are
 * resolved (durations to milliseconds, provider checks) by src/deploy/settings.ts.
 */
import { z } from 'zod';
import { declareStage, int, nested, num, oneOf, text, type SettingsOf, type ValueType } from '../options.js';
import { configInput, githubToken } from './common.js';

/** A duration: "30s", "2m", "500ms", or (in cd4ml.yml) a number of seconds. */
const duration: ValueType<string | number> = {
  schema: z.union([z.number().positive(), z.string().regex(/^\s*\d+(\.\d+)?\s*(ms|s|m|h)?\s*$/, 'must be a duration like "30s", "2m" or "500ms"')]),
  expected: 'a duration like "30s", "2m" or "500ms"',
  fromText: (t) => t,
  arg: 'DURATION',
  example: '90s',
  bad: 'soon',
};

/** Canary weights: "5,25,50,100", or (in cd4ml.yml) a list of integers; checked by src/deploy/settings.ts. */
const weights: ValueType<string | number[]> = {
  schema: z.union([z.string(), z.array(z.number().int().min(1).max(100))]),
  expected: 'increasing weights in percent ending at 100, e.g. "5,25,50,100"',
  fromText: (t) => t,
  arg: 'LIST',
  example: '10,50,100',
};

const share = num({ min: 0, max: 1 });
const query = z
  .object({ name: z.string().regex(/^[a-z][a-z0-9-]*$/, 'must be kebab-case'), query: z.string().min(1), min: z.number().optional(), max: z.number().optional() })
  .strict()
  .refine((q) => q.min !== undefined || q.max !== undefined, 'needs min or max (the success condition)');

export const deployStage = declareStage(
  'deploy',
  {
    image: { type: text({ arg: 'REF', example: 'registry/model@sha256:abc' }), description: 'Image reference to deploy (cloud-run and kubernetes need one; prefer a digest reference, registry/model@sha256:…).' },
    bundle: { type: text({ arg: 'DIR', example: 'model' }), description: 'Model bundle folder to deploy (local provider).' },
    provider: { type: oneOf(['local', 'cloud-run', 'kubernetes']), description: 'Where to deploy: local (servers on the runner behind a weighted proxy), cloud-run or kubernetes.', default: 'local' },
    environment: { type: text({ arg: 'NAME', example: 'staging' }), description: 'Environment name; also the GitHub Deployment environment.', default: 'production' },
    steps: { type: weights, description: 'Canary weights in percent, increasing, ending at 100.', default: [5, 25, 50, 100] },
    bake: { type: duration, description: 'Minimum time at each step, e.g. 60s.', default: '60s' },
    interval: { type: duration, description: 'Time between analyses, also the analysis window.', defaultText: '10s (at most bake)' },
    'max-bake': { type: duration, description: 'Longest a step is extended while analyses are inconclusive (too little traffic); then the rollout is aborted and rolled back.', defaultText: '3 x bake' },
    'ready-timeout': { type: duration, description: 'How long a new revision may take to answer /healthz and /readyz.', default: '60s' },
    'min-requests': { type: int({ min: 0, max: 1e9 }), description: 'Canary requests an analysis needs to be conclusive.', default: 20 },
    'failure-limit': { type: int({ min: 0, max: 100 }), description: 'Failed analyses tolerated; one more rolls back.', default: 0 },
    'max-error-rate': { type: share, arg: 'SHARE', description: 'Highest canary 5xx share, 0-1.', default: 0.01 },
    'max-p99-latency': { type: duration, description: 'Highest canary p99 latency.', default: '500ms' },
    'max-error-rate-increase': { type: share, arg: 'SHARE', description: 'Canary 5xx share may exceed stable\'s by at most this, 0-1.', default: 0.01 },
    'max-latency-increase': { type: num({ min: 0, max: 100 }), arg: 'RATIO', description: 'Canary p99 may exceed stable\'s by at most this ratio (0.5 = 50% slower).', default: 0.5 },
    queries: { type: nested(z.array(query), 'a list of {name, query, min, max}'), description: 'Extra PromQL checks of each analysis: name, query, and min and/or max.', doors: ['config'] },
    load: { type: text({ arg: 'FILE', example: 'rows.csv' }), description: 'Replay the rows of this data file against the service during the rollout (smoke tests; production uses real traffic).' },
    'load-rate': { type: num({ min: 0.1, max: 10_000 }), description: 'Requests per second for load.', default: 20 },
    'load-path': { type: text({ startsWith: '/', what: 'a path starting with "/"', arg: 'PATH', example: '/v2/predict' }), description: 'Path the load rows are posted to.', default: '/predict' },
    'prometheus-url': {
      type: text({ pattern: /^https?:\/\/[^\s/]+/, what: 'an http(s) URL such as http://127.0.0.1:9090', arg: 'URL', example: 'http://127.0.0.1:9090' }),
      description: 'Prometheus to read canary metrics from (required for cloud-run and kubernetes).',
      defaultText: 'local provider: a Prometheus of its own when installed, else the proxy\'s /metrics',
    },
    port: { type: int({ min: 0, max: 65535 }), arg: 'PORT', description: 'Local provider: public port of the proxy on a first deployment.', defaultText: 'a free port' },
    'container-port': { type: int({ min: 1, max: 65535 }), arg: 'PORT', description: 'Local provider with an image: the port the image serves on.', default: 8080 },
    project: { type: text({ arg: 'ID', example: 'my-project' }), description: 'cloud-run: Google Cloud project id.' },
    region: { type: text({ arg: 'NAME', example: 'europe-west1' }), description: 'cloud-run: region, e.g. europe-west1.' },
    service: {
      type: text({ pattern: /^[a-z]([-a-z0-9]*[a-z0-9])?$/, what: 'a lower-case DNS label', arg: 'NAME', example: 'churn-model' }),
      description: 'cloud-run: service name; kubernetes: base name of the stable/canary Deployments and Services.',
    },
    namespace: { type: text({ arg: 'NAME', example: 'ml' }), description: 'kubernetes: namespace.', defaultText: 'default' },
    route: { type: text({ arg: 'NAME', example: 'churn-route' }), description: 'kubernetes: the Gateway API HTTPRoute that carries the traffic split.' },
    config: configInput('deploy'),
    'github-token': githubToken('Token to write the GitHub Deployment record (needs deployments: write). Empty: no record.'),
    'bundle-artifact': { type: text({ example: 'model' }), description: 'Name of the workflow artifact holding the bundle, stored in the deployment payload for evaluate-gate.', doors: ['input'] },
    'image-digest': {
      type: text({ pattern: /^sha256:[0-9a-f]{64}$/, what: 'sha256:<64 hex digits>', example: `sha256:${'a'.repeat(64)}` }),
      description: 'Digest of the image (sha256:…) for the deployment payload, e.g. build-image\'s digest output.',
      doors: ['input'],
    },
  },
  { command: 'deploy' },
);

export const deploySection = deployStage.section;
export type DeploySection = SettingsOf<typeof deployStage.options>;
