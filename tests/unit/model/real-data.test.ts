/**
 * Real datasets, same split and same features for both learners: holdout accuracy of this
 * trainer within 1 point of scikit-learn 1.2's DecisionTreeClassifier at the same depth (R² within
 * 0.01 for the flights regression). sklearn runs live: python3 with Debian python3-sklearn.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTable } from '../../helpers/read-table.js';
import { trainTree } from '../../../src/model/cart.js';
import { compileMlCart, leavesOfColumns, toMlCartModel } from '../../../src/model/mlcart.js';
import { computeClassificationMetrics, computeRegressionMetrics } from '../../../src/model/metrics.js';
import { fitPreprocess, transformColumns, rawColumnsOf } from '../../../src/model/preprocess.js';
import { encodeTarget, holdoutSplit, labelOf, sortClasses } from '../../../src/model/train.js';
import { createRng } from '../../../src/model/rng.js';
import { sklearnData, vegaData } from '../../helpers/paths.js';

const PYTHON = '/usr/bin/python3';
const dir = mkdtempSync(join(tmpdir(), 'cd4ml-real-'));

/** sklearn's bundled CSVs start with "n_samples,n_features,class names": give them a header. */
function sklearnCsv(name: string, nFeatures: number): string {
  const text = readFileSync(sklearnData(name), 'utf8').split('\n').slice(1).filter(Boolean);
  const header = [...Array.from({ length: nFeatures }, (_, i) => `x${i}`), 'target'].join(',');
  const out = join(dir, name);
  writeFileSync(out, [header, ...text].join('\n') + '\n');
  return out;
}

function sklearnScore(task: 'classification' | 'regression', depth: number, train: string, test: string): number {
  const code = [
    'import sys, numpy as np',
    'from sklearn.tree import DecisionTreeClassifier, DecisionTreeRegressor',
    'from sklearn.metrics import accuracy_score, r2_score',
    "tr = np.loadtxt(sys.argv[1], delimiter=','); te = np.loadtxt(sys.argv[2], delimiter=',')",
    task === 'classification'
      ? 'm = DecisionTreeClassifier(max_depth=int(sys.argv[3]), random_state=0).fit(tr[:, :-1], tr[:, -1]); print(accuracy_score(te[:, -1], m.predict(te[:, :-1])))'
      : 'm = DecisionTreeRegressor(max_depth=int(sys.argv[3]), random_state=0).fit(tr[:, :-1], tr[:, -1]); print(r2_score(te[:, -1], m.predict(te[:, :-1])))',
  ].join('\n');
  return Number(execFileSync(PYTHON, ['-c', code, train, test, String(depth)], { encoding: 'utf8', env: { ...process.env, OMP_NUM_THREADS: '1' } }).trim());
}

const cases = [
  { name: 'breast cancer (sklearn CSV)', file: () => sklearnCsv('breast_cancer.csv', 30), target: 'target', task: 'classification' as const, depth: 4, limit: 0 },
  { name: 'iris (sklearn CSV)', file: () => sklearnCsv('iris.csv', 4), target: 'target', task: 'classification' as const, depth: 3, limit: 0 },
  { name: 'penguins (vega-datasets; categorical + missing values)', file: () => vegaData('penguins.json'), target: 'Species', task: 'classification' as const, depth: 4, limit: 0 },
  { name: 'seattle-weather (vega-datasets; dates)', file: () => vegaData('seattle-weather.csv'), target: 'weather', task: 'classification' as const, depth: 5, limit: 0 },
  { name: 'flights-200k, first 20k rows (vega-datasets; regression)', file: () => vegaData('flights-200k.json'), target: 'delay', task: 'regression' as const, depth: 6, limit: 20000 },
];

describe.each(cases)('$name', ({ file, target, task, depth, limit }) => {
  it(`scores within ${task === 'classification' ? '1 accuracy point' : '0.01 R²'} of sklearn 1.2 at depth ${depth} on the same split`, async () => {
    const table = await readTable(file());
    if (limit) table.rows.length = limit;
    const ti = table.columns.indexOf(target);
    const labels = task === 'classification' ? table.rows.map((r) => labelOf(r[ti])) : null;
    const split = holdoutSplit(labels, table.rows.length, 0.25, createRng(42));
    const pick = (idx: number[]) => idx.map((i) => table.rows[i]);
    const trainRows = pick(split.train);
    const testRows = pick(split.test);
    const features = table.columns.filter((c) => c !== target);
    const spec = fitPreprocess(table.columns, trainRows, features, { numericImpute: 'median', categoricalImpute: 'most-frequent', encoding: 'one-hot' });
    const Xtr = transformColumns(spec, rawColumnsOf(spec, table.columns, trainRows), trainRows.length).columns;
    const Xte = transformColumns(spec, rawColumnsOf(spec, table.columns, testRows), testRows.length).columns;
    const classes = labels ? sortClasses([...new Set(labels)]) : undefined;
    const ytr = encodeTarget(task, classes, trainRows.map((r) => r[ti]));
    const yte = encodeTarget(task, classes, testRows.map((r) => r[ti]));
    const opts = { maxDepth: depth, minNumSamples: 1, gainThreshold: 0 };
    const tree = trainTree({ task, columns: Xtr, y: ytr, nClasses: classes?.length ?? 0 }, opts);
    const compiled = compileMlCart(toMlCartModel(tree, opts), classes?.length);
    const leaves = leavesOfColumns(compiled, Xte, testRows.length);
    const csv = (X: Float64Array[], y: ArrayLike<number>, n: number) => Array.from({ length: n }, (_, r) => [...X.map((c) => c[r]), y[r]].join(',')).join('\n') + '\n';
    const trainCsv = join(dir, `train-${target}.csv`);
    const testCsv = join(dir, `test-${target}.csv`);
    writeFileSync(trainCsv, csv(Xtr, ytr, trainRows.length));
    writeFileSync(testCsv, csv(Xte, yte, testRows.length));
    const reference = sklearnScore(task, depth, trainCsv, testCsv);
    if (task === 'classification') {
      const ours = computeClassificationMetrics({ yTrue: yte, yPred: Array.from(leaves, (l) => compiled.leafClass[l]), classes: classes! }).accuracy;
      expect(Math.abs(ours - reference), `ours ${ours}, sklearn ${reference}`).toBeLessThanOrEqual(0.01 + 1e-12);
    } else {
      const ours = computeRegressionMetrics(yte, Array.from(leaves, (l) => compiled.leafValue[l])).r2;
      expect(Math.abs(ours - reference), `ours ${ours}, sklearn ${reference}`).toBeLessThanOrEqual(0.01);
    }
  });
});
