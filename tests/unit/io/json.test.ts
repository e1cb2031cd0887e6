/**
 * One canonical-JSON function (src/io/json.ts) replaces the two the model bundle and the OCI
 * image each had: the same bytes as both, so no bundle or image digest changes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canonicalJson, stableJson } from '../../../src/io/json.js';
import { stableJson as bundleStableJson } from '../../../src/model/bundle.js';
import { canonicalJson as ociCanonicalJson } from '../../../src/image/oci.js';
import { ROOT, vegaData } from '../../helpers/paths.js';

/** The two implementations this module replaced, verbatim (git 5f76981: src/model/bundle.ts, src/image/oci.ts). */
function oldStableJson(value: unknown): string {
  const sort = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sort);
    if (v && typeof v === 'object' && !(v instanceof Date)) {
      const o: Record<string, unknown> = {};
      for (const k of Object.keys(v as object).sort()) o[k] = sort((v as Record<string, unknown>)[k]);
      return o;
    }
    return v;
  };
  return JSON.stringify(sort(value), null, 2) + '\n';
}
function oldCanonicalJson(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      return Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    }
    return v;
  });
}

describe('canonicalJson', () => {
  it.each([
    { name: 'nested keys', value: { b: 1, a: { d: 2, c: [{ z: 1, y: 2 }] } }, compact: '{"a":{"c":[{"y":2,"z":1}],"d":2},"b":1}' },
    { name: 'integer-like keys (JS puts them first, in both old versions too)', value: { b: 1, 10: 2, 2: 3, a: 4 }, compact: '{"2":3,"10":2,"a":4,"b":1}' },
    { name: 'upper case sorts before lower (code units)', value: { a: 1, B: 2, _: 3 }, compact: '{"B":2,"_":3,"a":1}' },
    { name: 'dates and undefined', value: { t: new Date(0), u: undefined, n: null }, compact: '{"n":null,"t":"1970-01-01T00:00:00.000Z"}' },
  ])('$name', ({ value, compact }) => {
    expect(canonicalJson(value)).toBe(compact);
    expect(canonicalJson(value)).toBe(oldCanonicalJson(value));
    expect(stableJson(value)).toBe(oldStableJson(value));
    expect(stableJson(value)).toBe(JSON.stringify(JSON.parse(compact), null, 2) + '\n');
  });

  it('the bundle and the image modules use it (re-exports, not copies)', () => {
    expect(bundleStableJson).toBe(stableJson);
    expect(ociCanonicalJson).toBe(canonicalJson);
  });

  it('gives the same bytes as both old functions on arbitrary JSON values (fast-check, 500 runs)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        expect(canonicalJson(v)).toBe(oldCanonicalJson(v));
        expect(stableJson(v)).toBe(oldStableJson(v));
      }),
      { numRuns: 500, seed: 12 },
    );
  });

  it.each([
    { name: 'package.json', path: () => join(ROOT, 'package.json') },
    { name: 'vega-datasets penguins.json', path: () => vegaData('penguins.json') },
  ])('real JSON ($name) gives the same bytes as both old functions', ({ path }) => {
    const v: unknown = JSON.parse(readFileSync(path(), 'utf8'));
    expect(stableJson(v)).toBe(oldStableJson(v));
    expect(canonicalJson(v)).toBe(oldCanonicalJson(v));
    expect(canonicalJson(v).length).toBeGreaterThan(1000);
  });
});
