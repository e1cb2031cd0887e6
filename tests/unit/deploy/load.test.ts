/**
 * The replayed load and the smoke test against the real serving runtime (src/serve, in process)
 * with a bundle trained on vega-datasets' seattle-weather.csv (tests/unit/monitor/seattle.ts).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../../src/serve/server.js';
import { loadBodies, preflightLoad, rowTyperOf, startLoad } from '../../../src/deploy/load.js';
import { planSmoke, runSmoke } from '../../../src/deploy/smoke.js';
import { makeSeattleFixture, type SeattleFixture } from '../monitor/seattle.js';
import { sklearnData } from '../../helpers/paths.js';
import type { DeployProvider } from '../../../src/deploy/types.js';

let fx: SeattleFixture;
let server: RunningServer;
beforeAll(async () => {
  fx = await makeSeattleFixture(mkdtempSync(join(tmpdir(), 'cd4ml-load-')));
  server = await startServer({ bundleDir: fx.bundle, port: 0 });
}, 60_000);
afterAll(() => server?.close());

describe('replayed load', () => {
  it('types CSV rows from the bundle schema.yml: features only, numbers as JSON numbers', async () => {
    const { bodies, rows, skippedRows } = await loadBodies(fx.unshifted, { typer: await rowTyperOf(fx.bundle) });
    expect(skippedRows).toBe(0);
    expect(bodies).toHaveLength(rows);
    const first = JSON.parse(bodies[0]) as Record<string, unknown>;
    expect(Object.keys(first).sort()).toEqual(['precipitation', 'temp_max', 'temp_min', 'wind']);
    // seattle-weather.csv line 2: 2012-01-01,0.0,12.8,5.0,4.7,drizzle
    expect(first).toEqual({ precipitation: 0, temp_max: 12.8, temp_min: 5, wind: 4.7 });
  });

  it('typed rows are all answered 2xx; rows as strings (the old replay) are answered 4xx and counted as failed, by class', async () => {
    const { bodies } = await loadBodies(fx.unshifted, { typer: await rowTyperOf(fx.bundle) });
    const typed = startLoad({ url: server.url, bodies, rate: 200 });
    await new Promise((r) => setTimeout(r, 500));
    const ok = await typed.stop();
    expect(ok.sent).toBeGreaterThan(20);
    expect(ok.codes).toEqual({ '2xx': ok.sent, '4xx': 0, '5xx': 0, none: 0 });
    expect(ok.failed).toBe(0);
    const strings = bodies.map((b) => JSON.stringify(Object.fromEntries(Object.entries(JSON.parse(b) as Record<string, unknown>).map(([k, v]) => [k, String(v)]))));
    const bad = startLoad({ url: server.url, bodies: strings, rate: 200 });
    await new Promise((r) => setTimeout(r, 300));
    const st = await bad.stop();
    expect(st.sent).toBeGreaterThan(10);
    expect(st.codes).toEqual({ '2xx': 0, '4xx': st.sent, '5xx': 0, none: 0 });
    expect(st.failed).toBe(st.sent);
    expect(st.failures[0]).toMatchObject({ status: 400 });
  });

  it('preflight: a stable rejecting the rows stops the deploy with exit 2 naming the load file and the stable\'s error', async () => {
    const err = await preflightLoad(server.url, '/predict', ['{"precipitation":"0.0","temp_max":"12.8","temp_min":"5","wind":"4.7"}'], '/data/next.csv', 'the stable revision r1').catch((e: unknown) => e as Error & { exitCode?: number });
    expect(err).toBeInstanceOf(Error);
    expect(err!.exitCode).toBe(2);
    expect(err!.message).toContain('--load /data/next.csv: the stable revision r1 rejected a replayed row with 400');
    expect(err!.message).toContain('expected a number, got the string "0.0"');
    await expect(preflightLoad(server.url, '/predict', ['{"precipitation":0,"temp_max":12.8,"temp_min":5,"wind":4.7}'], 'f', 'stable')).resolves.toBeUndefined();
  });

  it('a load file without the model\'s columns is refused, naming them', async () => {
    await expect(loadBodies(sklearnData('iris.csv'), { typer: await rowTyperOf(fx.bundle) })).rejects.toThrow(/columns "precipitation", "temp_max", "temp_min", "wind" of the model are missing/);
  });
});

describe('smoke test', () => {
  const via = (answer: (body: string) => Promise<{ status: number; body: string }>) => ({ post: (_rev: unknown, _path: string, body: string) => answer(body) }) as unknown as DeployProvider;
  const real = async (body: string) => {
    const res = await fetch(`${server.url}/predict`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    return { status: res.status, body: await res.text() };
  };
  const rev = { id: 'r1', artifact: 'b' };

  it('passes on the serving runtime of the same bundle: 200, same digest, same predictions as offline', async () => {
    const plan = await planSmoke(fx.bundle);
    expect(plan.rows).toBe(20);
    const r = await runSmoke(via(real), rev, plan);
    expect(r).toMatchObject({ ok: true, rows: 20 });
  });

  it.each([
    { name: 'a 500', answer: async () => ({ status: 500, body: '{"error":"prediction failed"}' }), detail: 'answered 500' },
    { name: 'another model', answer: async (b: string) => { const r = await real(b); return { ...r, body: r.body.replace(/"digest":"sha256:[0-9a-f]+"/, '"digest":"sha256:' + '0'.repeat(64) + '"') }; }, detail: 'serves model sha256:0000' },
    { name: 'different predictions', answer: async (b: string) => { const r = await real(b); const j = JSON.parse(r.body) as { predictions: string[] }; j.predictions[3] = j.predictions[3] === 'sun' ? 'rain' : 'sun'; return { status: 200, body: JSON.stringify(j) }; }, detail: 'training–serving parity broken: 1 of 20' },
    { name: 'no answer', answer: async () => { throw new Error('ECONNREFUSED'); }, detail: 'got no answer: ECONNREFUSED' },
  ])('fails on $name', async ({ answer, detail }) => {
    const r = await runSmoke(via(answer), rev, await planSmoke(fx.bundle));
    expect(r.ok).toBe(false);
    expect(r.detail).toContain(detail);
  });
});
