/**
 * Drift engine, reusable by `monitor`: a dataset is reduced once to a serializable summary
 * (per column: exact category/value counts up to a cap, and a bounded seeded sample of numeric
 * values), and two summaries are compared column by column with the test Evidently would pick:
 *
 * - reference ≤ 1000 non-missing values: KS (numeric, > 5 distinct values), chi-square
 *   (categorical or numeric with 3–5 values), Z-test (2 values); drift when p < 0.05.
 * - reference > 1000: normalized Wasserstein (numeric, > 5 values; W1 / std(reference)) and
 *   Jensen–Shannon distance (base 2) otherwise; drift when distance ≥ 0.1.
 * - PSI (≥ 0.1) on request; any test and threshold can be set per column.
 * - Categories the reference never had are drift: a categorical column whose current data holds
 *   one is drifted whatever its score, and the report names them with their share. Evidently's
 *   chi-square goodness of fit is undefined there (expected count 0, χ² = ∞), so such a column is
 *   tested with Pearson's chi-square test of homogeneity on the 2 × k table of counts instead
 *   (scipy.stats.chi2_contingency, no correction), where an unseen category is a cell of its own.
 * Dataset drift when the share of drifted columns ≥ `share` (0.5).
 */
import type { DriftTest } from './schema.js';
import type { DatasetProfile } from './profile.js';
import { chiSquare, chiSquareHomogeneity, fillZeros, jensenShannon, ks2Sample, psi, sortedCopy, sturgesShares, wassersteinNormed, zTestProportions } from './stats.js';

export type ColumnKind = 'numeric' | 'categorical';

export interface ColumnSummary {
  name: string;
  kind: ColumnKind;
  /** Non-missing values. */
  count: number;
  missing: number;
  /** Exact counts of each value (as text) when the column has at most DISTINCT_CAP values. */
  counts?: Record<string, number>;
  /**
   * Numeric columns: a uniform sample (all values when `sampleExact`). From a profile it is a view
   * of the column's reservoir (no copy: 50,000 values × every column of two datasets add up).
   */
  sample?: readonly number[] | Float64Array;
  sampleExact?: boolean;
}

export interface DatasetSummary {
  kind: 'cd4ml.dataset-summary';
  version: 1;
  rows: number;
  sampleSize: number;
  seed: number;
  columns: ColumnSummary[];
}

export interface DriftColumnOptions {
  test?: DriftTest | 'none';
  threshold?: number;
}
export interface DriftOptions {
  /** Share of drifted columns at which the dataset counts as drifted (default 0.5). */
  share?: number;
  /** Test for every column instead of the automatic choice ('auto'). */
  test?: DriftTest | 'auto';
  columns?: Record<string, DriftColumnOptions>;
}

/** A value of the current data that the reference never had. */
export interface NewCategory {
  value: string;
  count: number;
  /** Share of the current data's non-missing values. */
  share: number;
}

/** Categories of the current data that the reference never had. */
export interface NewCategories {
  /** How many distinct new categories. */
  distinct: number;
  /** Rows holding one of them, and their share of the current data's non-missing values. */
  count: number;
  share: number;
  /** The most frequent ones (at most NEW_CATEGORIES_SHOWN), by count then value. */
  top: NewCategory[];
}

export const NEW_CATEGORIES_SHOWN = 20;

export interface ColumnDrift {
  column: string;
  kind: ColumnKind;
  test: DriftTest;
  /** The statistic of the test: D (ks), χ² (chisquare), z (z), or the distance. */
  statistic: number;
  /** p-value for ks/chisquare/z. */
  pValue?: number;
  /** Distance for wasserstein/jensenshannon/psi. */
  distance?: number;
  /** What is compared with the threshold: the p-value or the distance. */
  score: number;
  threshold: number;
  /** "p < threshold" or "distance ≥ threshold". */
  rule: string;
  drifted: boolean;
  referenceCount: number;
  currentCount: number;
  /** True when either side was compared through its bounded sample rather than every value. */
  sampled: boolean;
  /** Categorical columns: categories the reference never had (the column then counts as drifted). */
  newCategories?: NewCategories;
}

export interface DriftResult {
  columns: ColumnDrift[];
  skipped: { column: string; reason: string }[];
  driftedColumns: string[];
  share: number;
  shareThreshold: number;
  datasetDrift: boolean;
}

export const DEFAULT_THRESHOLDS: Record<DriftTest, number> = { ks: 0.05, chisquare: 0.05, z: 0.05, wasserstein: 0.1, jensenshannon: 0.1, psi: 0.1 };
const P_VALUE_TESTS = new Set<DriftTest>(['ks', 'chisquare', 'z']);

/** Reduce a profile to the serializable summary used for drift. `kinds` overrides the inferred kind per column. */
export function summarizeDataset(profile: DatasetProfile, kinds: Record<string, ColumnKind | 'skip'> = {}): DatasetSummary {
  const columns: ColumnSummary[] = [];
  for (const p of profile.profilers) {
    const type = p.inferType();
    const kind = kinds[p.name] ?? (type === 'int' || type === 'float' ? 'numeric' : type === 'datetime' ? 'skip' : 'categorical');
    if (kind === 'skip') continue;
    const s: ColumnSummary = { name: p.name, kind, count: p.nonMissing, missing: p.missing };
    if (kind === 'numeric') {
      const vc = p.numCount === p.nonMissing ? p.valueCounts() : null;
      if (vc !== null) s.counts = Object.fromEntries(vc);
      if (p.reservoir) {
        s.sample = p.reservoir.values.subarray(0, p.reservoir.size);
        s.sampleExact = p.reservoir.exact && p.numCount === p.nonMissing;
      } else {
        s.sample = [];
        s.sampleExact = true;
      }
    } else {
      const vc = p.valueCounts();
      if (vc !== null) s.counts = Object.fromEntries(vc);
    }
    columns.push(s);
  }
  const summary: DatasetSummary = { kind: 'cd4ml.dataset-summary', version: 1, rows: profile.rows, sampleSize: profile.sampleSize, seed: profile.seed, columns };
  // Samples are typed-array views in memory; JSON gets plain arrays (the summary stays serializable).
  Object.defineProperty(summary, 'toJSON', {
    enumerable: false,
    value: () => ({ ...summary, columns: columns.map((c) => (c.sample instanceof Float64Array ? { ...c, sample: Array.from(c.sample) } : c)) }),
  });
  return summary;
}

function unionKeys(a: Record<string, number>, b: Record<string, number>, numeric: boolean): string[] {
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  return numeric ? keys.sort((x, y) => Number(x) - Number(y)) : keys.sort();
}

/** Distinct values over both sides, or Infinity when a side has more than the counted cap. */
function distinctUnion(r: ColumnSummary, c: ColumnSummary): number {
  if (!r.counts || !c.counts) return Number.POSITIVE_INFINITY;
  return new Set([...Object.keys(r.counts), ...Object.keys(c.counts)]).size;
}

/** Evidently's default test for a column. */
export function chooseTest(kind: ColumnKind, referenceCount: number, nValues: number): DriftTest {
  if (referenceCount <= 1000) {
    if (kind === 'numeric' && nValues > 5) return 'ks';
    return nValues > 2 ? 'chisquare' : 'z';
  }
  return kind === 'numeric' && nValues > 5 ? 'wasserstein' : 'jensenshannon';
}

/** Shares per bin for JS/PSI: by value when the reference has ≤ 20 values (or the column is categorical), else Sturges bins. */
function binnedShares(r: ColumnSummary, c: ColumnSummary): { ref: number[]; cur: number[] } | undefined {
  const refDistinct = r.counts ? Object.keys(r.counts).length : Number.POSITIVE_INFINITY;
  if (r.kind === 'numeric' && refDistinct > 20) {
    if (!r.sample || !c.sample || r.sample.length === 0 || c.sample.length === 0) return undefined;
    const h = sturgesShares(sortedCopy(r.sample), sortedCopy(c.sample));
    return { ref: h.ref, cur: h.cur };
  }
  if (!r.counts || !c.counts) return undefined;
  const keys = unionKeys(r.counts, c.counts, r.kind === 'numeric');
  return { ref: keys.map((k) => (r.counts![k] ?? 0) / r.count), cur: keys.map((k) => (c.counts![k] ?? 0) / c.count) };
}

/**
 * Categories of `c` that `r` never had (absent from its counts, or counted 0), or undefined when
 * there are none or either side has no value counts.
 */
export function findNewCategories(r: ColumnSummary, c: ColumnSummary): NewCategories | undefined {
  if (!r.counts || !c.counts || c.count === 0) return undefined;
  const found: NewCategory[] = [];
  let count = 0;
  for (const [value, n] of Object.entries(c.counts)) {
    if (n > 0 && !((r.counts[value] ?? 0) > 0)) {
      found.push({ value, count: n, share: n / c.count });
      count += n;
    }
  }
  if (found.length === 0) return undefined;
  found.sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
  return { distinct: found.length, count, share: count / c.count, top: found.slice(0, NEW_CATEGORIES_SHOWN) };
}

/** Appended to the rule of a column with new categories: they are why it counts as drifted. */
export const NEW_CATEGORY_RULE = 'or any category the reference never had';

/** Compare one column; undefined with a reason when the test cannot run. */
export function compareColumn(r: ColumnSummary, c: ColumnSummary, opts: DriftColumnOptions & { defaultTest?: DriftTest | 'auto' } = {}): ColumnDrift | string {
  if (r.kind !== c.kind) return `the column is ${r.kind} in the reference and ${c.kind} in the current data`;
  if (r.count === 0 || c.count === 0) return `no non-missing values in the ${r.count === 0 ? 'reference' : 'current data'}`;
  const nValues = distinctUnion(r, c);
  const auto = opts.defaultTest && opts.defaultTest !== 'auto' ? opts.defaultTest : chooseTest(r.kind, r.count, nValues);
  const test = (opts.test && opts.test !== 'none' ? opts.test : auto) as DriftTest;
  const threshold = opts.threshold ?? DEFAULT_THRESHOLDS[test];
  const sampledNum = r.kind === 'numeric' && (!r.sampleExact || !c.sampleExact);
  let statistic: number;
  let pValue: number | undefined;
  let distance: number | undefined;
  let sampled = false;
  switch (test) {
    case 'ks':
    case 'wasserstein': {
      if (r.kind !== 'numeric' || !r.sample || !c.sample) return `${test} needs a numeric column`;
      const a = sortedCopy(r.sample);
      const b = sortedCopy(c.sample);
      sampled = sampledNum;
      if (test === 'ks') ({ statistic, pValue } = ks2Sample(a, b));
      else statistic = distance = wassersteinNormed(a, b);
      break;
    }
    case 'chisquare':
    case 'z': {
      if (!r.counts || !c.counts) return `${test} needs at most 1000 distinct values; use wasserstein or jensenshannon for this column`;
      const keys = unionKeys(r.counts, c.counts, r.kind === 'numeric');
      const unseen = keys.some((key) => (c.counts![key] ?? 0) > 0 && !((r.counts![key] ?? 0) > 0));
      if (test === 'chisquare' && unseen) {
        // Goodness of fit would divide by an expected 0: test homogeneity of the two samples instead.
        ({ statistic, pValue } = chiSquareHomogeneity(
          keys.map((key) => r.counts![key] ?? 0),
          keys.map((key) => c.counts![key] ?? 0),
        ));
      } else if (test === 'chisquare') {
        const k = c.count / r.count;
        ({ statistic, pValue } = chiSquare(
          keys.map((key) => c.counts![key] ?? 0),
          keys.map((key) => (r.counts![key] ?? 0) * k),
        ));
      } else {
        if (keys.length === 1) {
          statistic = 0;
          pValue = 1;
        } else {
          const first = keys[0];
          // Evidently codes the first sorted value as 0 and everything else as 1.
          ({ statistic, pValue } = zTestProportions(r.count - (r.counts[first] ?? 0), r.count, c.count - (c.counts[first] ?? 0), c.count));
        }
      }
      break;
    }
    case 'jensenshannon':
    case 'psi': {
      const shares = binnedShares(r, c);
      if (!shares) return `${test} needs value counts or samples on both sides`;
      sampled = r.kind === 'numeric' && sampledNum && !(r.counts && Object.keys(r.counts).length <= 20);
      statistic = distance = test === 'jensenshannon' ? jensenShannon(shares.ref, shares.cur, 2) : psi(fillZeros(shares.ref), fillZeros(shares.cur));
      break;
    }
  }
  const isP = P_VALUE_TESTS.has(test);
  const score = isP ? pValue! : distance!;
  const newCategories = r.kind === 'categorical' ? findNewCategories(r, c) : undefined;
  const rule = isP ? `p < ${threshold}` : `distance ≥ ${threshold}`;
  return {
    column: r.name,
    kind: r.kind,
    test,
    statistic: statistic!,
    ...(isP ? { pValue } : { distance }),
    score,
    threshold,
    rule: newCategories ? `${rule}, ${NEW_CATEGORY_RULE}` : rule,
    drifted: (isP ? score < threshold : score >= threshold) || newCategories !== undefined,
    referenceCount: r.count,
    currentCount: c.count,
    sampled,
    ...(newCategories ? { newCategories } : {}),
  };
}

/** Compare every column present in both summaries. */
export function compareDrift(reference: DatasetSummary, current: DatasetSummary, opts: DriftOptions = {}): DriftResult {
  const curByName = new Map(current.columns.map((c) => [c.name, c]));
  const columns: ColumnDrift[] = [];
  const skipped: { column: string; reason: string }[] = [];
  for (const r of reference.columns) {
    const c = curByName.get(r.name);
    const o = opts.columns?.[r.name] ?? {};
    if (o.test === 'none') {
      skipped.push({ column: r.name, reason: 'drift test turned off for this column' });
      continue;
    }
    if (!c) {
      skipped.push({ column: r.name, reason: 'not in the current data' });
      continue;
    }
    const res = compareColumn(r, c, { ...o, defaultTest: opts.test });
    if (typeof res === 'string') skipped.push({ column: r.name, reason: res });
    else columns.push(res);
  }
  const driftedColumns = columns.filter((c) => c.drifted).map((c) => c.column);
  const shareThreshold = opts.share ?? 0.5;
  const share = columns.length === 0 ? 0 : driftedColumns.length / columns.length;
  return { columns, skipped, driftedColumns, share, shareThreshold, datasetDrift: columns.length > 0 && share >= shareThreshold };
}
