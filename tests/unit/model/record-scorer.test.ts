/**
 * The serving runtime's per-request scorer (compileRowTransform + compileRecordScorer) must give
 * exactly what the columnar path (transformColumns, scoreRecords) gives: checked on random records
 * of every column kind and both encodings (fast-check), on a forest, and on the churn bundle.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileModel, scoreRecords, type ModelBundle } from '../../../src/model/bundle.js';
import { trainTree } from '../../../src/model/cart.js';
import { toMlCartModel } from '../../../src/model/mlcart.js';
import { compileRowTransform, fitPreprocess, transformColumns, type Encoding } from '../../../src/model/preprocess.js';
import { compileRecordScorer } from '../../../src/model/record-scorer.js';
import { UsageError } from '../../../src/errors.js';

const COLUMNS = ['num', 'flag', 'cat', 'day'];
/** Raw values a client may send: numbers, numeric text, missing markers, unseen categories, bad values. */
const value = fc.oneof(
  fc.double({ noNaN: false }),
  fc.integer({ min: -5, max: 5 }),
  fc.constantFrom('', 'NA', 'null', 'nan', ' 3 ', '1e3', 'x', 'red', 'blue', 'green', 'true', 'false', '2024-02-29', '2024-01-31T12:30:00Z', 'not a date', null, undefined, true, false),
);
const record = fc.record({ num: value, flag: value, cat: value, day: value });

function fitted(encoding: Encoding) {
  const rows = [
    [1.5, 'true', 'red', '2024-01-01'],
    [2, 'false', 'blue', '2024-03-05T10:00:00Z'],
    ['', 'true', 'red', ''],
    [7, '', 'green', '2023-12-31'],
  ];
  return fitPreprocess(COLUMNS, rows, COLUMNS, { numericImpute: 'median', categoricalImpute: 'most-frequent', encoding });
}

describe('compileRowTransform', () => {
  it.each([{ encoding: 'one-hot' as const }, { encoding: 'ordinal' as const }])('writes the same features and errors as transformColumns ($encoding)', ({ encoding }) => {
    const spec = fitted(encoding);
    const transform = compileRowTransform(spec);
    const width = spec.features.length;
    // The buffer is reused across records, dirty from the previous one, as in serving.
    const X = new Float64Array(width * 2).fill(42);
    fc.assert(
      fc.property(record, (rec) => {
        const cols = transformColumns(
          spec,
          COLUMNS.map((c) => [rec[c as keyof typeof rec]]),
          1,
        );
        const err = transform(rec, X, width);
        const row = Array.from(X.subarray(width, 2 * width));
        expect(row).toEqual(cols.columns.map((c) => c[0]));
        expect(err ? [{ row: 0, ...err }] : []).toEqual(cols.errors.slice(0, 1));
      }),
      { numRuns: 2000, seed: 15 },
    );
  });
});

describe('compileRecordScorer', () => {
  function bundleOf(nTrees: number, task: 'classification' | 'regression'): ModelBundle {
    const spec = fitted('one-hot');
    const rows = Array.from({ length: 60 }, (_, i) => [i % 7, i % 2 ? 'true' : 'false', ['red', 'blue', 'green'][i % 3], `2024-01-${String((i % 28) + 1).padStart(2, '0')}`]);
    const cols = transformColumns(spec, COLUMNS.map((_, j) => rows.map((r) => r[j])), rows.length);
    const y = rows.map((r, i) => (task === 'classification' ? ((r[0] as number) > 3 === (i % 5 === 0) ? 1 : 0) : (r[0] as number) * 2 + (i % 3)));
    const opts = { maxDepth: 4, minNumSamples: 2, gainThreshold: 0 };
    const trees = Array.from({ length: nTrees }, (_, t) => {
      const idx = rows.map((_, i) => i).filter((i) => (i + t) % (nTrees + 1) !== 0);
      const columns = cols.columns.map((c) => Float64Array.from(idx, (i) => c[i]));
      const target = task === 'classification' ? Int32Array.from(idx, (i) => y[i]) : Float64Array.from(idx, (i) => y[i]);
      return toMlCartModel(trainTree({ task, columns, y: target, nClasses: task === 'classification' ? 2 : undefined }, opts), opts);
    });
    const model = compileModel(nTrees === 1 ? trees[0] : { name: 'cd4ml-forest', trees }, task === 'classification' ? 2 : undefined);
    return { task, features: COLUMNS, classes: task === 'classification' ? ['no', 'yes'] : undefined, preprocess: spec, model } as unknown as ModelBundle;
  }

  it.each([
    { name: 'one tree, classification', trees: 1, task: 'classification' as const },
    { name: 'forest of 5, classification', trees: 5, task: 'classification' as const },
    { name: 'forest of 3, regression', trees: 3, task: 'regression' as const },
  ])('$name: same predictions and probabilities as scoreRecords, batch after batch', ({ trees, task }) => {
    const bundle = bundleOf(trees, task);
    const score = compileRecordScorer(bundle);
    const good = fc.record({ num: fc.oneof(fc.double({ min: -10, max: 10, noNaN: true }), fc.constant(null)), flag: fc.constantFrom('true', 'false', '', true, false), cat: fc.constantFrom('red', 'blue', 'green', 'purple', ''), day: fc.constantFrom('2024-01-03', '2024-01-20T08:00:00Z', '') });
    fc.assert(
      fc.property(fc.array(good, { minLength: 1, maxLength: 40 }), (recs) => {
        const ref = scoreRecords(bundle, recs);
        const out = score(recs);
        expect(out.n).toBe(recs.length);
        const preds = Array.from(out.predictions.subarray(0, out.n), (p) => (task === 'classification' ? bundle.classes![p] : p));
        expect(preds).toEqual(ref.predictions);
        if (task === 'classification') expect(Array.from(out.probabilities!.subarray(0, out.n * 2))).toEqual(ref.probabilities!.flat());
      }),
      { numRuns: 300, seed: 15 },
    );
  });

  it('a record that fails preprocessing throws the same UsageError as scoreRecords', () => {
    const bundle = bundleOf(1, 'classification');
    const recs = [{ num: 1, flag: 'true', cat: 'red', day: '2024-01-01' }, { num: 'abc', flag: 'true', cat: 'red', day: '2024-01-01' }];
    const expected = (() => {
      try {
        scoreRecords(bundle, recs);
      } catch (err) {
        return (err as Error).message;
      }
    })();
    expect(expected).toBe('record 2: column "num" is "abc", expected a finite number');
    expect(() => compileRecordScorer(bundle)(recs)).toThrow(new UsageError(expected!));
  });
});
