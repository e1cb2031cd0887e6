/** Preprocessing fitted on training rows and applied identically later. */
import { describe, expect, it } from 'vitest';
import { fitPreprocess, inferKind, transformColumns } from '../../../src/model/preprocess.js';

const columns = ['x', 'color', 'when', 'flag'];
const rows = [
  ['1', 'red', '2024-02-29', 'true'],
  ['', 'blue', '2023-12-31T18:30:00', 'false'],
  ['4', 'red', '', 'true'],
  ['4', '', '2024-01-01', 'TRUE'],
  ['10', 'green', '2024-06-15', 'false'],
];
const base = { numericImpute: 'median' as const, categoricalImpute: 'most-frequent' as const, encoding: 'one-hot' as const };

describe('fitPreprocess', () => {
  it.each([
    { strategy: 'median' as const, fill: 4, ref: "sklearn 1.2 SimpleImputer(strategy='median') → 4.0" },
    { strategy: 'mean' as const, fill: 4.75, ref: "sklearn 1.2 SimpleImputer(strategy='mean') → 4.75" },
    { strategy: 'most-frequent' as const, fill: 4, ref: "sklearn 1.2 SimpleImputer(strategy='most_frequent') → 4.0" },
    { strategy: 'constant' as const, fill: -1, ref: 'fill-value -1' },
  ])('imputes numeric values with $strategy ($ref)', ({ strategy, fill }) => {
    const spec = fitPreprocess(columns, rows, ['x'], { ...base, numericImpute: strategy, fillValue: -1 });
    expect(spec.columns[0].fill).toBe(fill);
    const out = transformColumns(spec, [['', null, '7']], 3);
    expect(Array.from(out.columns[0])).toEqual([fill, fill, 7]);
  });

  it('infers kinds: numeric, categorical, datetime, boolean', () => {
    expect(columns.map((_, j) => inferKind(rows.map((r) => r[j])))).toEqual(['numeric', 'categorical', 'datetime', 'boolean']);
    expect(inferKind([1, 2, null])).toBe('numeric');
    expect(inferKind([true, false])).toBe('boolean');
  });

  it('one-hot encodes with sorted categories, fills missing with the most frequent, unknown → all zeros', () => {
    const spec = fitPreprocess(columns, rows, ['color'], base);
    expect(spec.features).toEqual(['color=blue', 'color=green', 'color=red']);
    const out = transformColumns(spec, [['green', '', 'purple']], 3).columns.map((c) => Array.from(c));
    // Rows: green, missing (→ red, the most frequent), purple (unknown). One array per feature.
    expect(out).toEqual([
      [0, 0, 0], // color=blue
      [1, 0, 0], // color=green
      [0, 1, 0], // color=red
    ]);
  });

  it('ordinal encodes with unknown → −1', () => {
    const spec = fitPreprocess(columns, rows, ['color'], { ...base, encoding: 'ordinal' });
    expect(Array.from(transformColumns(spec, [['blue', 'red', 'purple', null]], 4).columns[0])).toEqual([0, 2, -1, 2]);
  });

  it('splits datetimes into parts like pandas 1.5 .dt (dayofweek Monday=0, dayofyear), hour when times are present', () => {
    const spec = fitPreprocess(columns, rows, ['when'], base);
    expect(spec.features).toEqual(['when.year', 'when.month', 'when.day', 'when.dayofweek', 'when.hour']);
    const parts = fitPreprocess(columns, rows, ['when'], { ...base, datetimeParts: ['dayofweek', 'dayofyear', 'hour'] });
    const out = transformColumns(parts, [['2024-02-29', '2023-12-31T18:30:00']], 2).columns.map((c) => Array.from(c));
    // pandas 1.5: to_datetime(['2024-02-29', '2023-12-31T18:30:00']).dt.dayofweek → [3, 6], .dayofyear → [60, 365], .hour → [0, 18]
    expect(out).toEqual([
      [3, 6],
      [60, 365],
      [0, 18],
    ]);
  });

  it('reports values of the wrong type with their row instead of scoring them', () => {
    const spec = fitPreprocess(columns, rows, ['x', 'flag', 'when'], base);
    const out = transformColumns(spec, [['3', 'abc'], ['yes', 'false'], ['2024-01-01', 'soon']], 2);
    expect(out.errors).toEqual([
      { row: 1, column: 'x', value: 'abc', expected: 'a finite number' },
      { row: 0, column: 'flag', value: 'yes', expected: 'true or false' },
      { row: 1, column: 'when', value: 'soon', expected: 'a date like 2024-01-31 or 2024-01-31T12:00:00Z' },
    ]);
  });
});
