/**
 * Canonical JSON: object keys sorted at every level (by UTF-16 code units, as Array#sort), so the
 * same value always gives the same bytes — for digests (model bundle manifest, OCI config and
 * manifest) and reproducible files. Values go through JSON.stringify, toJSON methods included.
 *
 *   canonicalJson({ b: 1, a: { d: 2, c: 3 } })      → '{"a":{"c":3,"d":2},"b":1}'
 *   canonicalJson({ b: 1, a: [] }, 2)               → '{\n  "a": [],\n  "b": 1\n}'
 */
export function canonicalJson(value: unknown, indent?: number): string {
  return JSON.stringify(
    value,
    (_key, v: unknown) => {
      if (v && typeof v === 'object' && !Array.isArray(v)) {
        const o = v as Record<string, unknown>;
        const sorted: Record<string, unknown> = {};
        for (const k of Object.keys(o).sort()) sorted[k] = o[k];
        return sorted;
      }
      return v;
    },
    indent,
  );
}

/** canonicalJson, 2-space indented with a trailing newline: the model bundle's JSON files. */
export function stableJson(value: unknown): string {
  return canonicalJson(value, 2) + '\n';
}
