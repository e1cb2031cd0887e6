/**
 * Turn a profile and a declared schema into check results: required and unexpected columns,
 * type, nulls (`nullable`, `mostly`), min/max, categories, regex, unique, row-count bounds and
 * duplicate rows. Every declared check appears in the result, passed or not (a required column
 * appears only when it is missing).
 */
import type { BadValue, DatasetProfile } from './profile.js';
import type { DataSchema, Severity } from './schema.js';

export interface CheckResult {
  /** Machine name: required-column, unexpected-column, type, nulls, min, max, categories, regex, unique, row-count, duplicate-rows, dataset-drift. */
  check: string;
  column?: string;
  severity: Severity;
  passed: boolean;
  observed: string;
  expected: string;
  /** Number of bad values or rows, when the check is per value. */
  failures?: number;
  /** The first bad values with their line (record number for JSON arrays/Parquet). */
  examples?: BadValue[];
}

const pct = (x: number) => `${(100 * x).toFixed(x > 0 && x < 0.001 ? 3 : 1)}%`;

export function evaluateChecks(profile: DatasetProfile, schema: DataSchema | undefined): CheckResult[] {
  const out: CheckResult[] = [];
  const present = new Set(profile.columns);
  const byName = new Map(profile.profilers.map((p) => [p.name, p]));
  if (!schema) return out;
  const declared = schema.columns ?? {};
  for (const [name, ruleOrNull] of Object.entries(declared)) {
    const rule = ruleOrNull ?? {};
    const severity = rule.severity ?? 'error';
    if (!present.has(name)) {
      if (rule.required !== false) out.push({ check: 'required-column', column: name, severity, passed: false, observed: 'missing', expected: 'present' });
      continue;
    }
    const p = byName.get(name)!;
    const v = p.violations;
    const nonMissing = p.nonMissing;
    if (rule.type) {
      out.push({
        check: 'type',
        column: name,
        severity,
        passed: v.type === 0,
        observed: v.type === 0 ? rule.type : `${v.type} value${v.type > 1 ? 's' : ''} not ${rule.type}`,
        expected: rule.type,
        failures: v.type,
        examples: v.examples.type,
      });
    }
    if (rule.nullable === false) {
      out.push({ check: 'nulls', column: name, severity, passed: p.missing === 0, observed: `${p.missing} missing`, expected: 'no missing values', failures: p.missing, examples: v.examples.nulls });
    }
    if (rule.mostly !== undefined) {
      const share = p.rows === 0 ? 1 : nonMissing / p.rows;
      out.push({ check: 'nulls', column: name, severity, passed: share >= rule.mostly, observed: `${pct(share)} present`, expected: `≥ ${pct(rule.mostly)} present` });
    }
    for (const k of ['min', 'max'] as const) {
      if (rule[k] === undefined) continue;
      out.push({
        check: k,
        column: name,
        severity,
        passed: v[k] === 0,
        observed: v[k] === 0 ? (k === 'min' ? `min ${fmtMin(p)}` : `max ${fmtMax(p)}`) : `${v[k]} value${v[k] > 1 ? 's' : ''} ${k === 'min' ? 'below' : 'above'}`,
        expected: `${k === 'min' ? '≥' : '≤'} ${rule[k]}`,
        failures: v[k],
        examples: v.examples[k],
      });
    }
    if (rule.categories) {
      out.push({
        check: 'categories',
        column: name,
        severity,
        passed: v.categories === 0,
        observed: v.categories === 0 ? 'all allowed' : `${v.categories} value${v.categories > 1 ? 's' : ''} not allowed`,
        expected: `one of ${rule.categories.length} categories`,
        failures: v.categories,
        examples: v.examples.categories,
      });
    }
    if (rule.regex) {
      out.push({
        check: 'regex',
        column: name,
        severity,
        passed: v.regex === 0,
        observed: v.regex === 0 ? 'all match' : `${v.regex} value${v.regex > 1 ? 's' : ''} do not match`,
        expected: `matches /${rule.regex}/`,
        failures: v.regex,
        examples: v.examples.regex,
      });
    }
    if (rule.unique && p.uniq) {
      const d = p.uniq.duplicates(20);
      out.push({
        check: 'unique',
        column: name,
        severity,
        passed: d.count === 0,
        observed: d.count === 0 ? 'unique' : `${d.count} repeated value${d.count > 1 ? 's' : ''}`,
        expected: 'unique values',
        failures: d.count,
        examples: d.examples.map((e) => ({ line: e.line, value: `same value as ${profile.linesAreRecords ? 'record' : 'line'} ${e.firstLine}` })),
      });
    }
  }
  const unexpectedPolicy = schema['unexpected-columns'] ?? 'error';
  if (unexpectedPolicy !== 'ignore') {
    for (const c of profile.columns) {
      if (!(c in declared)) out.push({ check: 'unexpected-column', column: c, severity: unexpectedPolicy, passed: false, observed: 'present', expected: 'declared in the schema' });
    }
  }
  if (schema.rows) {
    const { min, max } = schema.rows;
    const ok = (min === undefined || profile.rows >= min) && (max === undefined || profile.rows <= max);
    const expected = [min !== undefined ? `≥ ${min}` : '', max !== undefined ? `≤ ${max}` : ''].filter(Boolean).join(' and ');
    out.push({ check: 'row-count', severity: 'error', passed: ok, observed: String(profile.rows), expected });
  }
  const dupPolicy = schema['duplicate-rows'] ?? 'ignore';
  if (dupPolicy !== 'ignore' && profile.duplicateRows) {
    const d = profile.duplicateRows;
    out.push({
      check: 'duplicate-rows',
      severity: dupPolicy,
      passed: d.count === 0,
      observed: `${d.count} duplicate row${d.count === 1 ? '' : 's'}`,
      expected: 'no duplicate rows',
      failures: d.count,
      examples: d.examples.map((e) => ({ line: e.line, value: `same row as ${profile.linesAreRecords ? 'record' : 'line'} ${e.firstLine}` })),
    });
  }
  return out;
}

function fmtMin(p: { numCount: number; min: number; minStr?: string }): string {
  return p.numCount > 0 ? String(p.min) : (p.minStr ?? '–');
}
function fmtMax(p: { numCount: number; max: number; maxStr?: string }): string {
  return p.numCount > 0 ? String(p.max) : (p.maxStr ?? '–');
}
