import { describe, expect, it } from 'vitest';
import { createRng } from '../../../src/model/rng.js';
import { bootstrapClassification, bootstrapRegression, countTriples, confusionFromTriples, metricsFromConfusion } from '../../../src/gate/bootstrap.js';

const n = 200;
const idx = Array.from({ length: n }, (_, i) => i);
// Binary: truth i%2, baseline wrong on i%5==0, candidate wrong on i%7==0.
const y2 = Int32Array.from(idx, (i) => i % 2);
const a2 = Int32Array.from(idx, (i) => (i % 5 === 0 ? 1 - (i % 2) : i % 2));
const b2 = Int32Array.from(idx, (i) => (i % 7 === 0 ? 1 - (i % 2) : i % 2));
// Three classes.
const y3 = Int32Array.from(idx, (i) => i % 3);
const a3 = Int32Array.from(idx, (i) => (i % 4 === 0 ? ((i % 3) + 1) % 3 : i % 3));
const b3 = Int32Array.from(idx, (i) => (i % 10 === 1 ? 0 : i % 6 === 0 ? ((i % 3) + 2) % 3 : i % 3));

describe('metricsFromConfusion', () => {
  // sklearn 1.2.1: accuracy_score, balanced_accuracy_score, precision/recall/f1_score(average='macro' | binary)
  it.each([
    { name: 'macro, 3 classes, baseline', truth: y3, pred: a3, positive: undefined, expected: { accuracy: 0.75, 'balanced-accuracy': 0.7500376903361978, 'precision-macro': 0.7500376903361978, 'recall-macro': 0.7500376903361978, 'f1-macro': 0.7500093517375528 } },
    { name: 'macro, 3 classes, candidate', truth: y3, pred: b3, positive: undefined, expected: { accuracy: 0.76, 'balanced-accuracy': 0.760666365143977, 'precision-macro': 0.778845420575002, 'recall-macro': 0.760666365143977, 'f1-macro': 0.7553225409882355 } },
    { name: 'binary, positive 1', truth: y2, pred: b2, positive: 1, expected: { 'precision-macro': 0.8514851485148515, 'recall-macro': 0.86, 'f1-macro': 0.8557213930348259 } },
  ])('$name', ({ truth, pred, positive, expected }) => {
    const tc = countTriples({ k: 3, truth, baseline: pred, candidate: pred });
    const m = metricsFromConfusion(confusionFromTriples(tc, 'baseline'), 3, positive);
    for (const [k, v] of Object.entries(expected)) expect(m[k as keyof typeof m], k).toBeCloseTo(v, 12);
  });
});

describe('bootstrapClassification', () => {
  it('accuracy delta and its 95% CI agree with an index-resampling bootstrap', () => {
    // numpy 1.24: 20,000 paired index resamples (default_rng(0)) of the same rows:
    // delta 0.055, percentile CI [-0.02, 0.13]. Monte Carlo error of a 2.5% quantile with 4,000 resamples ≈ 0.006.
    const { deltas } = bootstrapClassification({ k: 2, truth: y2, baseline: a2, candidate: b2 }, { resamples: 4000, confidence: 0.95, rng: createRng(1) });
    const acc = deltas.find((d) => d.metric === 'accuracy')!;
    expect(acc.delta).toBeCloseTo(0.055, 12);
    expect(acc.ci.lower).toBeGreaterThan(-0.02 - 0.015);
    expect(acc.ci.lower).toBeLessThan(-0.02 + 0.015);
    expect(acc.ci.upper).toBeGreaterThan(0.13 - 0.015);
    expect(acc.ci.upper).toBeLessThan(0.13 + 0.015);
  });

  it('is reproducible from the seed and changes with it', () => {
    const run = (seed: number) => bootstrapClassification({ k: 3, truth: y3, baseline: a3, candidate: b3 }, { resamples: 500, confidence: 0.95, rng: createRng(seed) }).deltas.map((d) => d.ci);
    expect(run(42)).toEqual(run(42));
    expect(run(42)).not.toEqual(run(43));
  });

  it('identical models: every delta and CI is exactly 0', () => {
    const { deltas } = bootstrapClassification({ k: 3, truth: y3, baseline: a3, candidate: a3 }, { resamples: 300, confidence: 0.95, rng: createRng(1) });
    for (const d of deltas) expect([d.delta, d.ci.lower, d.ci.upper]).toEqual([0, 0, 0]);
  });
});

describe('bootstrapRegression', () => {
  const yr = Float64Array.from(idx, (i) => Math.sin(i / 10) * 10 + i * 0.05);
  const ra = Float64Array.from(idx, (i) => yr[i] + (i % 3 === 0 ? 1.5 : -0.5));
  const rb = Float64Array.from(idx, (i) => yr[i] + Math.cos(i) * 1.2);
  it('observed metrics match sklearn and the RMSE-delta CI matches an index bootstrap', () => {
    const { deltas } = bootstrapRegression({ truth: yr, baseline: ra, candidate: rb }, { resamples: 4000, confidence: 0.95, rng: createRng(5) });
    const by = Object.fromEntries(deltas.map((d) => [d.metric, d]));
    // sklearn 1.2.1 mean_squared_error(...)**0.5, mean_absolute_error, r2_score
    expect(by.rmse.baseline).toBeCloseTo(0.9591663046625439, 10);
    expect(by.rmse.candidate).toBeCloseTo(0.8495658121310632, 10);
    expect(by.mae.baseline).toBeCloseTo(0.835, 10);
    expect(by.mae.candidate).toBeCloseTo(0.7650414075536455, 10);
    expect(by.r2.baseline).toBeCloseTo(0.9817205434325595, 10);
    expect(by.r2.candidate).toBeCloseTo(0.9856593278316244, 10);
    // numpy 1.24, 20,000 paired index resamples: CI [-0.18814044, -0.0293923]
    expect(Math.abs(by.rmse.ci.lower - -0.18814044)).toBeLessThan(0.012);
    expect(Math.abs(by.rmse.ci.upper - -0.0293923)).toBeLessThan(0.012);
  });
});
