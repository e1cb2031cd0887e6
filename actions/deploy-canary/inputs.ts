import { getOptionalInput } from '../shared/run.js';
import { UsageError } from '../../src/errors.js';
import type { DeployOverrides } from '../../src/deploy/settings.js';
import type { MlflowOverrides } from '../../src/mlflow/settings.js';

/** Everything the deploy-canary action reads from its step's `with:` block. */
export interface DeployCanaryInputs {
  /** Setting overrides, kebab-case names as in cd4ml.yml's deploy: section; parsed strictly by resolveDeploySettings. */
  overrides: DeployOverrides;
  config?: string;
  githubToken?: string;
  bundleArtifact?: string;
  imageDigest?: string;
  /** MLflow: tracking-uri, registered-model, alias, model-version (docs/mlflow.md). */
  mlflow: MlflowOverrides & { 'model-version'?: string };
}

export function getInputs(): DeployCanaryInputs {
  const overrides: DeployOverrides = {
    image: getOptionalInput('image'),
    bundle: getOptionalInput('bundle'),
    provider: getOptionalInput('provider'),
    environment: getOptionalInput('environment'),
    steps: getOptionalInput('steps'),
    bake: getOptionalInput('bake'),
    interval: getOptionalInput('interval'),
    'max-bake': getOptionalInput('max-bake'),
    'ready-timeout': getOptionalInput('ready-timeout'),
    'min-requests': getOptionalInput('min-requests'),
    'failure-limit': getOptionalInput('failure-limit'),
    'max-error-rate': getOptionalInput('max-error-rate'),
    'max-p99-latency': getOptionalInput('max-p99-latency'),
    'max-error-rate-increase': getOptionalInput('max-error-rate-increase'),
    'max-latency-increase': getOptionalInput('max-latency-increase'),
    load: getOptionalInput('load'),
    'load-rate': getOptionalInput('load-rate'),
    'load-path': getOptionalInput('load-path'),
    'prometheus-url': getOptionalInput('prometheus-url'),
    'metrics-source': getOptionalInput('metrics-source'),
    'monitoring-endpoint': getOptionalInput('monitoring-endpoint'),
    'cloud-run-endpoint': getOptionalInput('cloud-run-endpoint'),
    port: getOptionalInput('port'),
    'container-port': getOptionalInput('container-port'),
    project: getOptionalInput('project'),
    region: getOptionalInput('region'),
    service: getOptionalInput('service'),
    namespace: getOptionalInput('namespace'),
    route: getOptionalInput('route'),
  };
  const imageDigest = getOptionalInput('image-digest');
  if (imageDigest !== undefined && !/^sha256:[0-9a-f]{64}$/.test(imageDigest)) {
    throw new UsageError(`input "image-digest" must be sha256:<64 hex digits>, got "${imageDigest}"`);
  }
  return {
    overrides,
    config: getOptionalInput('config'),
    githubToken: getOptionalInput('github-token'),
    bundleArtifact: getOptionalInput('bundle-artifact'),
    imageDigest,
    mlflow: {
      'tracking-uri': getOptionalInput('tracking-uri'),
      'registered-model': getOptionalInput('registered-model'),
      alias: getOptionalInput('alias'),
      'model-version': getOptionalInput('model-version'),
    },
  };
}
