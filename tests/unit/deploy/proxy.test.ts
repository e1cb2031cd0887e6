import { afterEach, describe, expect, it } from 'vitest';
import { parseRoutes, startProxy, type RunningProxy } from '../../../src/deploy/local/proxy.js';
import { DirectReader } from '../../../src/deploy/metrics.js';
import { startLoad } from '../../../src/deploy/load.js';
import { startBackend, type TestBackend } from './backends.js';

const open: { close(): Promise<void> }[] = [];
afterEach(async () => {
  while (open.length) await open.pop()!.close();
});

async function setup(stableOpts = {}, canaryOpts = {}) {
  const stable = await startBackend('stable', stableOpts);
  const canary = await startBackend('canary', canaryOpts);
  const proxy = await startProxy({ port: 0, adminPort: 0, environment: 'test', routes: { stable: { id: 's1', url: stable.url }, canaryPercent: 0 } });
  open.push(stable, canary, proxy);
  return { stable, canary, proxy };
}

async function get(proxy: RunningProxy, n: number): Promise<{ status: number; revision: string | null }[]> {
  const out = [];
  for (let i = 0; i < n; i++) {
    const r = await fetch(`http://127.0.0.1:${proxy.port}/predict`, { method: 'POST', body: '{}' });
    await r.text();
    out.push({ status: r.status, revision: r.headers.get('x-cd4ml-revision') });
  }
  return out;
}

describe('weighted proxy', () => {
  it.each([
    { percent: 5, n: 200, canary: 10 },
    { percent: 25, n: 100, canary: 25 },
    { percent: 50, n: 10, canary: 5 },
    { percent: 100, n: 7, canary: 7 },
    { percent: 0, n: 7, canary: 0 },
  ])('sends exactly $percent% of $n requests to the canary', async ({ percent, n, canary }) => {
    const { stable, canary: c, proxy } = await setup();
    proxy.setRoutes({ stable: { id: 's1', url: stable.url }, canary: { id: 'c1', url: c.url }, canaryPercent: percent });
    const res = await get(proxy, n);
    expect(res.every((r) => r.status === 200)).toBe(true);
    expect(res.filter((r) => r.revision === 'c1')).toHaveLength(canary);
    expect(c.hits).toBe(canary);
  });

  it('loses no request while weights change under load; in-flight requests finish on their backend', async () => {
    const { stable, canary, proxy } = await setup({ delayMs: 30 }, { delayMs: 30 });
    const load = startLoad({ url: `http://127.0.0.1:${proxy.port}`, bodies: ['{}'], rate: 400 });
    for (const p of [5, 25, 50, 100]) {
      await new Promise((r) => setTimeout(r, 150));
      proxy.setRoutes({ stable: { id: 's1', url: stable.url }, canary: { id: 'c1', url: canary.url }, canaryPercent: p });
    }
    // promote: the canary becomes the only backend while stable still has requests in flight
    proxy.setRoutes({ stable: { id: 'c1', url: canary.url }, canaryPercent: 0 });
    const inflightAtSwitch = proxy.state().inflight.s1 ?? 0;
    await new Promise((r) => setTimeout(r, 150));
    const stats = await load.stop();
    expect(stats.sent).toBeGreaterThan(100);
    expect(stats.failed).toBe(0);
    expect(stats.ok).toBe(stats.sent);
    expect(proxy.state().inflight.s1).toBe(0);
    // stable was still serving when it was retired, and every one of those requests succeeded
    expect(inflightAtSwitch + stats.byRevision.s1.ok).toBeGreaterThan(0);
    expect(stats.byRevision.c1.ok).toBeGreaterThan(0);
  });

  it('answers 502 naming the revision when a backend is down, and counts it as an error', async () => {
    const { stable, canary, proxy } = await setup();
    await canary.close();
    proxy.setRoutes({ stable: { id: 's1', url: stable.url }, canary: { id: 'c1', url: canary.url }, canaryPercent: 50 });
    const reader = new DirectReader(`http://127.0.0.1:${proxy.adminPort}/metrics`);
    await reader.begin();
    const res = await get(proxy, 10);
    expect(res.filter((r) => r.status === 502).map((r) => r.revision)).toEqual(Array(5).fill('c1'));
    const s = await reader.sample({ id: 'c1', artifact: '' }, { id: 's1', artifact: '' });
    expect(s.canary).toMatchObject({ requests: 5, errors: 5 });
    expect(s.stable).toMatchObject({ requests: 5, errors: 0 });
  });

  it('serves 503 with a clear body when nothing is deployed', async () => {
    const proxy = await startProxy({ port: 0, adminPort: 0, environment: 'test' });
    open.push(proxy);
    const r = await fetch(`http://127.0.0.1:${proxy.port}/`);
    expect(r.status).toBe(503);
    expect(await r.text()).toContain('no revision is deployed');
  });

  it('admin API: PUT /routes validates, GET /state reads back', async () => {
    const { stable, canary, proxy } = await setup();
    const admin = `http://127.0.0.1:${proxy.adminPort}`;
    const bad = await fetch(`${admin}/routes`, { method: 'PUT', body: JSON.stringify({ canaryPercent: 30, stable: { id: 's1', url: stable.url } }) });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('needs a canary');
    const ok = await fetch(`${admin}/routes`, { method: 'PUT', body: JSON.stringify({ canaryPercent: 30, stable: { id: 's1', url: stable.url }, canary: { id: 'c1', url: canary.url } }) });
    expect(ok.status).toBe(200);
    const state = (await (await fetch(`${admin}/state`)).json()) as { routes: { canaryPercent: number } };
    expect(state.routes.canaryPercent).toBe(30);
  });

  it.each([
    { name: 'non-loopback url', raw: { canaryPercent: 0, stable: { id: 'a', url: 'http://10.0.0.1:80' } }, error: '127.0.0.1' },
    { name: 'fractional percent', raw: { canaryPercent: 2.5, stable: { id: 'a', url: 'http://127.0.0.1:1' }, canary: { id: 'b', url: 'http://127.0.0.1:2' } }, error: 'integer' },
    { name: 'no stable below 100', raw: { canaryPercent: 50, canary: { id: 'b', url: 'http://127.0.0.1:2' } }, error: 'needs a stable' },
  ])('parseRoutes rejects $name', ({ raw, error }) => {
    expect(() => parseRoutes(raw)).toThrow(error);
  });
});
