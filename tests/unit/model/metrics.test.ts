/** Every reference value was computed with python3 + scikit-learn 1.2.1 on the same arrays. */
import { describe, expect, it } from 'vitest';
import { binaryAuc, computeClassificationMetrics, computeRegressionMetrics } from '../../../src/model/metrics.js';
import fc from 'fast-check';
import { binaryAucReference } from '../../helpers/auc-reference.js';

const yt = [0, 1, 2, 2, 1, 0, 0, 1, 2, 2, 1, 0, 2, 1, 1, 0, 2, 2, 0, 1];
const yp = [0, 2, 2, 2, 1, 0, 1, 1, 2, 0, 1, 0, 2, 1, 0, 0, 2, 1, 0, 1];
// pr[i][c] = ((7i + 3c) % 5 + 1) normalised per row.
const pr = yt.flatMap((_, i) => {
  const raw = [0, 1, 2].map((c) => ((i * 7 + c * 3) % 5) + 1);
  const s = raw.reduce((a, b) => a + b, 0);
  return raw.map((x) => x / s);
});
const multi = computeClassificationMetrics({ yTrue: yt, yPred: yp, proba: pr, classes: ['a', 'b', 'c'] });

describe('computeClassificationMetrics (3 classes)', () => {
  it.each([
    { name: 'accuracy', key: 'accuracy', sklearn: 'accuracy_score(yt, yp)', value: 0.75 },
    { name: 'balanced accuracy', key: 'balanced_accuracy', sklearn: 'balanced_accuracy_score(yt, yp)', value: 0.753968253968254 },
    { name: 'macro precision', key: 'precision_macro', sklearn: "precision_score(yt, yp, average='macro')", value: 0.753968253968254 },
    { name: 'macro recall', key: 'recall_macro', sklearn: "recall_score(yt, yp, average='macro')", value: 0.753968253968254 },
    { name: 'macro F1', key: 'f1_macro', sklearn: "f1_score(yt, yp, average='macro')", value: 0.7509157509157509 },
    { name: 'weighted precision', key: 'precision_weighted', sklearn: "precision_score(yt, yp, average='weighted')", value: 0.7559523809523809 },
    { name: 'weighted recall', key: 'recall_weighted', sklearn: "recall_score(yt, yp, average='weighted')", value: 0.75 },
    { name: 'weighted F1', key: 'f1_weighted', sklearn: "f1_score(yt, yp, average='weighted')", value: 0.75 },
    { name: 'one-vs-rest ROC AUC', key: 'roc_auc', sklearn: "roc_auc_score(yt, pr, multi_class='ovr', average='macro')", value: 0.3473748473748473 },
    { name: 'log loss', key: 'log_loss', sklearn: 'log_loss(yt, pr, labels=[0, 1, 2])', value: 1.4717555911383413 },
  ])('$name equals sklearn 1.2 $sklearn', ({ key, value }) => {
    expect((multi as unknown as Record<string, number>)[key]).toBeCloseTo(value, 12);
  });

  it('per-class F1 and the confusion matrix equal sklearn 1.2 f1_score(average=None) / confusion_matrix', () => {
    expect(multi.per_class.map((p) => p.f1)).toEqual([0.7692307692307692, 0.7142857142857143, 0.7692307692307692].map((x) => expect.closeTo(x, 12)));
    expect(multi.confusion_matrix).toEqual([
      [5, 1, 0],
      [1, 5, 1],
      [1, 1, 5],
    ]);
    expect(multi.per_class.map((p) => p.support)).toEqual([6, 7, 7]);
  });
});

describe('binary classification', () => {
  const bt = [0, 1, 1, 0, 1, 0, 1, 1, 0, 0, 1, 0];
  const bs = [0.1, 0.9, 0.8, 0.3, 0.3, 0.5, 0.7, 0.5, 0.2, 0.6, 0.95, 0.05];
  const bp = bs.map((s) => (s >= 0.5 ? 1 : 0));
  const m = computeClassificationMetrics({ yTrue: bt, yPred: bp, proba: bs.flatMap((s) => [1 - s, s]), classes: ['no', 'yes'] });
  it.each([
    { name: 'ROC AUC with tied scores', sklearn: 'roc_auc_score(bt, bs)', got: m.roc_auc, value: 0.8888888888888888 },
    { name: 'log loss', sklearn: 'log_loss(bt, [[1-s, s] for s in bs])', got: m.log_loss, value: 0.4149585423263849 },
    { name: 'F1 of the positive class', sklearn: 'f1_score(bt, bp)', got: m.per_class[1].f1, value: 0.7692307692307692 },
    { name: 'balanced accuracy', sklearn: 'balanced_accuracy_score(bt, bp)', got: m.balanced_accuracy, value: 0.75 },
  ])('$name equals sklearn 1.2 $sklearn', ({ got, value }) => {
    expect(got).toBeCloseTo(value, 12);
  });

  it('has no AUC when only one class is present', () => {
    expect(binaryAuc([1, 1, 1], [0.1, 0.2, 0.3])).toBeNull();
  });

  it('clips probabilities 0 and 1 like sklearn 1.2 log_loss (eps="auto", float64 epsilon)', () => {
    // sklearn 1.2.1: log_loss([0, 1], [[0, 1], [0, 1]]) = 18.021826694558577
    const r = computeClassificationMetrics({ yTrue: [0, 1], yPred: [1, 1], proba: [0, 1, 0, 1], classes: ['0', '1'] });
    expect(r.log_loss).toBeCloseTo(18.021826694558577, 9);
  });
});

describe('computeRegressionMetrics', () => {
  const rt = [3.0, -0.5, 2.0, 7.0, 1.5, 0.0, 4.2, 9.9, -3.3, 5.5];
  const rp = [2.5, 0.0, 2.0, 8.0, 1.0, 0.3, 4.0, 9.0, -2.0, 6.0];
  const r = computeRegressionMetrics(rt, rp);
  it.each([
    { name: 'MAE', key: 'mae', sklearn: 'mean_absolute_error', value: 0.5700000000000001 },
    { name: 'MSE', key: 'mse', sklearn: 'mean_squared_error', value: 0.46299999999999997 },
    { name: 'RMSE', key: 'rmse', sklearn: 'mean_squared_error(squared=False)', value: 0.68044103344816 },
    { name: 'R²', key: 'r2', sklearn: 'r2_score', value: 0.9658153734836571 },
  ])('$name equals sklearn 1.2 $sklearn', ({ key, value }) => {
    expect((r as unknown as Record<string, number>)[key]).toBeCloseTo(value, 12);
  });

  it('MAPE divides by max(|y|, machine epsilon) like sklearn 1.2 mean_absolute_percentage_error (1.351e14 with a zero target)', () => {
    expect(r.mape / 135107988821115.1).toBeCloseTo(1, 12);
  });

  it('R² of a constant target is 1 when predicted exactly and 0 otherwise (sklearn 1.2 r2_score force_finite)', () => {
    expect(computeRegressionMetrics([2, 2], [2, 2]).r2).toBe(1);
    expect(computeRegressionMetrics([2, 2], [2, 3]).r2).toBe(0);
  });
});

describe('binaryAuc', () => {
  it('equals the rank-sum over an index sort (tests/helpers/auc-reference.ts) exactly, ties and -0 included', () => {
    let defined = 0;
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), fc.oneof(fc.constantFrom(0, -0, 0.5, 1), fc.integer({ min: 0, max: 20 }).map((k) => k / 20), fc.double({ min: 0, max: 1, noNaN: true }))), { maxLength: 400 }), (cells) => {
        const pos = cells.map(([p]) => p);
        const score = Float64Array.from(cells, ([, s]) => s);
        const want = binaryAucReference(pos, score);
        if (want !== null) defined++;
        expect(binaryAuc(pos, score)).toBe(want);
      }),
      { numRuns: 1000 },
    );
    expect(defined).toBeGreaterThan(500);
  });
});
