/** The `mlflow:` section of cd4ml.yml: the shipped example parses; mistakes name the line and the key. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../../src/config/load.js';
import { ROOT } from '../../helpers/paths.js';
import { resolveMlflowSettings } from '../../../src/mlflow/settings.js';

describe('mlflow section', () => {
  it('examples/mlflow/cd4ml.yml parses and resolves', () => {
    const config = parseConfig(readFileSync(`${ROOT}/examples/mlflow/cd4ml.yml`, 'utf8'), 'examples/mlflow/cd4ml.yml');
    expect(config.mlflow).toEqual({ 'tracking-uri': 'https://mlflow.example.com', experiment: 'churn', 'registered-model': 'churn', alias: 'production', required: true });
    expect(config.gate?.baseline).toBe('mlflow:models:/churn@production');
    expect(resolveMlflowSettings(config.mlflow, {}, {}, (n) => n)).toMatchObject({ trackingUri: 'https://mlflow.example.com', registeredModel: 'churn', required: true, auth: { kind: 'none' } });
  });

  it.each([
    { name: 'an unknown key', yml: 'mlflow:\n  tracking-url: http://x\n', message: /cd4ml\.yml:2: config mlflow: unknown k.*tracking-url/s },
    { name: 'a URI that is not a URL', yml: 'mlflow:\n  tracking-uri: mlflow-server\n', message: /cd4ml\.yml.*mlflow\.tracking-uri/s },
    { name: 'required as a string', yml: 'mlflow:\n  required: "no"\n', message: /cd4ml\.yml.*mlflow\.required/s },
  ])('refuses $name, naming the file, line and key', ({ yml, message }) => {
    expect(() => parseConfig(yml, 'cd4ml.yml')).toThrow(message);
  });
});
