import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/errors.js';
import { parseConfig } from '../../../src/config/load.js';
import { resolveMonitorSettings } from '../../../src/monitor/settings.js';
import { readPrometheusWindow } from '../../../src/monitor/sources.js';

const flag = (n: string) => `--${n}`;

describe('resolveMonitorSettings', () => {
  it('applies the defaults (validate-data drift share, 24h window and cool-down, issue on)', () => {
    const s = resolveMonitorSettings(undefined, { bundle: 'model', samples: 'samples' }, flag);
    expect(s).toMatchObject({
      target: { kind: 'bundle', dir: 'model' },
      source: { kind: 'samples', dir: 'samples' },
      windowMs: 86_400_000,
      options: { driftShare: 0.5, predictionDrift: true, maxMetricDrop: 0.05, minRows: 30 },
      issue: true,
      issueLabel: 'cd4ml-drift',
      coolDownMs: 86_400_000,
      failOnDrift: false,
    });
  });

  it('takes cd4ml.yml values, flags win', () => {
    const cfg = parseConfig('monitor:\n  environment: production\n  prometheus: http://127.0.0.1:9090\n  window: 7d\n  drift-share: 0.3\n  retrain-workflow: train.yml\n  cool-down: 0\n', 'cd4ml.yml');
    const s = resolveMonitorSettings(cfg.monitor, { window: '30m' }, flag);
    expect(s.target).toEqual({ kind: 'environment', name: 'production' });
    expect(s.windowMs).toBe(30 * 60_000);
    expect(s.options.driftShare).toBe(0.3);
    expect(s.retrainWorkflow).toBe('train.yml');
    expect(s.coolDownMs).toBe(0);
  });

  it('rejects an unknown key in cd4ml.yml with its line', () => {
    expect(() => parseConfig('monitor:\n  bundle: m\n  windw: 1h\n', 'cd4ml.yml')).toThrow(/cd4ml\.yml:3: config monitor: unknown key "windw"/);
  });

  it.each([
    { name: 'no model', o: { data: 'x.csv' }, message: /no model to monitor: give --bundle .* or --environment/ },
    { name: 'bundle and environment', o: { bundle: 'm', environment: 'production', data: 'x.csv' }, message: /either --bundle .* or --environment/ },
    { name: 'no source', o: { bundle: 'm' }, message: /no production data: give one of --data .* --samples .* --prometheus/ },
    { name: 'two sources', o: { bundle: 'm', data: 'x.csv', samples: 's' }, message: /one production source, not --data and --samples/ },
    { name: 'labels without data', o: { bundle: 'm', samples: 's', labels: 'y' }, message: /--labels names a column of --data/ },
    { name: 'a Prometheus that is not a URL', o: { bundle: 'm', prometheus: 'localhost:9090' }, message: /--prometheus must be an http\(s\) URL/ },
    { name: 'a selector with braces', o: { bundle: 'm', prometheus: 'http://p:9090', 'prometheus-selector': '{job="x"}' }, message: /without braces/ },
    { name: 'a drift share above 1', o: { bundle: 'm', data: 'x.csv', 'drift-share': '1.5' }, message: /--drift-share must be a number in \[0, 1\], got "1.5"/ },
    { name: 'a lenient boolean', o: { bundle: 'm', data: 'x.csv', issue: 'yes' }, message: /--issue must be true or false, got "yes"/ },
    { name: 'a bad window', o: { bundle: 'm', samples: 's', window: 'a week' }, message: /--window must be a duration/ },
    { name: 'both retrain ways', o: { bundle: 'm', data: 'x.csv', 'retrain-workflow': 't.yml', 'retrain-event': 'retrain' }, message: /both set; choose one/ },
    { name: 'a cool-down without the issue that records it', o: { bundle: 'm', data: 'x.csv', 'retrain-workflow': 't.yml', issue: 'false' }, message: /cool-down needs the drift issue/ },
  ])('refuses $name (UsageError)', ({ o, message }) => {
    expect(() => resolveMonitorSettings(undefined, o, flag)).toThrow(UsageError);
    expect(() => resolveMonitorSettings(undefined, o, flag)).toThrow(message);
  });
});

describe('readPrometheusWindow when the metrics source is down or wrong', () => {
  const window = { start: 0, end: 3_600_000 };
  it('an unreachable Prometheus is a UsageError saying monitoring did not run', async () => {
    // A port that was free a moment ago: connection refused.
    const s = createServer();
    await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
    const port = (s.address() as AddressInfo).port;
    await new Promise((r) => s.close(r));
    const p = readPrometheusWindow({ url: `http://127.0.0.1:${port}`, window }, 'classification');
    await expect(p).rejects.toThrow(UsageError);
    await expect(readPrometheusWindow({ url: `http://127.0.0.1:${port}`, window }, 'classification')).rejects.toThrow(/cannot be reached \(ECONNREFUSED\); monitoring did not run — this is not a "no drift" result/);
  });

  it.each([
    { name: 'not the Prometheus API', status: 200, body: '<html>login</html>', message: /not its JSON API/ },
    { name: 'a refused query', status: 400, body: JSON.stringify({ status: 'error', errorType: 'bad_data', error: 'parse error' }), message: /refused the query .* \(400: parse error\)/ },
  ])('$name is a UsageError', async ({ status, body, message }) => {
    const s = createServer((_, res) => {
      res.writeHead(status, { 'content-type': 'text/plain' });
      res.end(body);
    });
    await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
    try {
      await expect(readPrometheusWindow({ url: `http://127.0.0.1:${(s.address() as AddressInfo).port}`, window }, 'classification')).rejects.toThrow(message);
    } finally {
      s.closeAllConnections();
      await new Promise((r) => s.close(r));
    }
  });
});
