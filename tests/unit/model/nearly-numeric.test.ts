/**
 * A float column with a few bad cells (issue 12, defect 12) was trained as a category with one
 * level per distinct value. Now, when ≥ 99% of a column's non-missing values are numbers, train and
 * `validate --infer` treat it as numeric and refuse the bad cells with file:line:column and value
 * (exit 2), unless train.categorical lists the column. Real data: scikit-learn's breast_cancer.csv
 * (569 rows, 30 float features) and wine_data.csv (178 rows) from Debian python3-sklearn, with a
 * few cells corrupted.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inferKind } from '../../../src/model/preprocess.js';
import { allRows, badNumericCellsOf } from '../../../src/model/columnar.js';
import type { ColumnTable } from '../../../src/data/table.js';
import { runCli } from '../../helpers/run-cli.js';
import { sklearnData } from '../../helpers/paths.js';

const work = mkdtempSync(join(tmpdir(), 'cd4ml-nearly-numeric-'));
const env = { SOURCE_DATE_EPOCH: '1767225600' };

/** sklearn.datasets.load_breast_cancer().feature_names, then the target. */
const CANCER = [
  'mean radius', 'mean texture', 'mean perimeter', 'mean area', 'mean smoothness', 'mean compactness', 'mean concavity', 'mean concave points', 'mean symmetry', 'mean fractal dimension',
  'radius error', 'texture error', 'perimeter error', 'area error', 'smoothness error', 'compactness error', 'concavity error', 'concave points error', 'symmetry error', 'fractal dimension error',
  'worst radius', 'worst texture', 'worst perimeter', 'worst area', 'worst smoothness', 'worst compactness', 'worst concavity', 'worst concave points', 'worst symmetry', 'worst fractal dimension',
  'target',
];

/**
 * sklearn's CSV with a named header (its first line is "569,30,malignant,benign") and cells replaced:
 * `bad` maps "row index,column index" to the new text. Row r is on file line r + 2.
 */
function sklearnCsv(file: string, names: string[], out: string, bad: Record<string, string> = {}): string[][] {
  const rows = readFileSync(sklearnData(file), 'utf8').trim().split('\n').slice(1).map((l) => l.split(','));
  for (const [at, text] of Object.entries(bad)) {
    const [r, c] = at.split(',').map(Number);
    rows[r][c] = text;
  }
  writeFileSync(out, [names.join(','), ...rows.map((r) => r.join(','))].join('\n') + '\n');
  return rows;
}

describe('inferKind', () => {
  const floats = (n: number) => Array.from({ length: n }, (_, i) => String(10 + i / 7));
  it.each([
    { name: 'all numbers', values: floats(200), kind: 'numeric' },
    { name: '1 bad cell in 200 (99.5%)', values: [...floats(199), '12.3x'], kind: 'numeric' },
    { name: '2 bad cells in 200 (99.0%)', values: [...floats(198), '12.3x', '?'], kind: 'numeric' },
    { name: '3 bad cells in 200 (98.5%)', values: [...floats(197), '12.3x', '?', 'n/a?'], kind: 'categorical' },
    { name: 'missing tokens do not count against it', values: [...floats(100), 'NA', '', 'null'], kind: 'numeric' },
    { name: 'labels', values: ['a', 'b', 'a', '1'], kind: 'categorical' },
    { name: 'booleans', values: ['true', 'false', 'TRUE'], kind: 'boolean' },
    { name: 'dates', values: ['2024-01-31', '2024-02-01'], kind: 'datetime' },
  ])('$name → $kind', ({ values, kind }) => {
    expect(inferKind(values)).toBe(kind);
  });

  it('badNumericCellsOf lists the bad cells with their lines and the column position', () => {
    // The table the reader makes of 150 numbers and one "oops" (values NaN, the text kept in `other`).
    const x = Float64Array.from([...floats(150).map(Number), Number.NaN]);
    const t: ColumnTable = {
      file: 'f.csv',
      format: 'csv',
      names: ['id', 'x'],
      columns: [
        { kind: 'number', values: Float64Array.from({ length: 151 }, (_, i) => i), other: new Map() },
        { kind: 'number', values: x, other: new Map([[150, 'oops']]) },
      ],
      n: 151,
      lines: Int32Array.from({ length: 151 }, (_, i) => i + 2),
      positions: [1, 2],
    };
    expect(badNumericCellsOf(allRows(t), ['x'])).toEqual([{ column: 'x', position: 2, numbers: 150, nonMissing: 151, bad: 1, cells: [{ line: 152, value: 'oops' }] }]);
    expect(badNumericCellsOf(allRows(t), ['id'])).toEqual([]);
  });
});

describe('cd4ml train / validate --infer on corrupted sklearn data', () => {
  const corrupted = join(work, 'breast_cancer.csv');
  // 3 bad cells in "mean radius" (column 1: 566/569 = 99.5% numbers), 1 in "worst area" (column 24).
  const bad = { '4,0': '20.29x', '57,0': '?', '300,0': '14;2', '120,23': 'n/a?' };

  it('train exits 2 listing every bad cell as file:line:column: value, and writes no bundle', async () => {
    sklearnCsv('breast_cancer.csv', CANCER, corrupted, bad);
    const out = join(work, 'model-bad');
    const r = await runCli(['train', '--data', corrupted, '--target', 'target', '--out', out], { env });
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain('column "mean radius" is numeric (566 of its 569 values are numbers, 99.5% ≥ 99%) but 3 cells are not a number:');
    expect(r.stderr).toContain(`${corrupted}:6:1: "20.29x"`);
    expect(r.stderr).toContain(`${corrupted}:59:1: "?"`);
    expect(r.stderr).toContain(`${corrupted}:302:1: "14;2"`);
    expect(r.stderr).toContain('column "worst area" is numeric (568 of its 569 values are numbers, 99.8% ≥ 99%) but 1 cell is not a number:');
    expect(r.stderr).toContain(`${corrupted}:122:24: "n/a?"`);
    expect(r.stderr).toContain('or list the column under train.categorical in cd4ml.yml if it really is a category');
    expect(existsSync(out)).toBe(false);
  });

  it('the clean file trains "mean radius" as numeric, and train.categorical takes the column as a category', async () => {
    const clean = join(work, 'breast_cancer_clean.csv');
    sklearnCsv('breast_cancer.csv', CANCER, clean);
    const a = join(work, 'model-clean');
    const r = await runCli(['train', '--data', clean, '--target', 'target', '--out', a], { env });
    expect(r.exitCode, r.stderr).toBe(0);
    const pre = JSON.parse(readFileSync(join(a, 'preprocess.json'), 'utf8'));
    expect(pre.preprocess.columns.find((c: { name: string }) => c.name === 'mean radius').kind).toBe('numeric');

    // Listed as categorical: trained as one, and the contract in the bundle accepts its text values.
    const single = join(work, 'one-bad.csv');
    sklearnCsv('breast_cancer.csv', CANCER, single, { '4,0': '20.29x' });
    writeFileSync(join(work, 'cd4ml.yml'), `train:\n  data: ${single}\n  target: target\n  categorical: [mean radius]\n  out: ${join(work, 'model-cat')}\n`);
    const c = await runCli(['train', '--config', join(work, 'cd4ml.yml')], { env, cwd: work });
    expect(c.exitCode, c.stderr).toBe(0);
    const preCat = JSON.parse(readFileSync(join(work, 'model-cat', 'preprocess.json'), 'utf8'));
    const col = preCat.preprocess.columns.find((x: { name: string }) => x.name === 'mean radius');
    expect(col.kind).toBe('categorical');
    expect(col.categories).toContain('20.29x');
    expect(readFileSync(join(work, 'model-cat', 'schema.yml'), 'utf8')).toMatch(/mean radius:\n\s+type: string/);
  });

  it('a bad cell in --test-data is reported against the test file', async () => {
    const train = join(work, 'wine-train.csv');
    const test = join(work, 'wine-test.csv');
    const names = ['alcohol', 'malic_acid', 'ash', 'alcalinity_of_ash', 'magnesium', 'total_phenols', 'flavanoids', 'nonflavanoid_phenols', 'proanthocyanins', 'color_intensity', 'hue', 'od280', 'proline', 'class'];
    sklearnCsv('wine_data.csv', names, train);
    sklearnCsv('wine_data.csv', names, test, { '10,4': '1O1' }); // letter O for zero: 177/178 = 99.4%
    const r = await runCli(['train', '--data', train, '--test-data', test, '--target', 'class', '--out', join(work, 'wine-model')], { env });
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain('column "magnesium" is numeric (177 of its 178 values are numbers, 99.4% ≥ 99%) but 1 cell is not a number:');
    expect(r.stderr).toContain(`${test}:12:5: "1O1"`);
  });

  it('validate --infer exits 2 listing the cells and writes no contract; on the clean file it infers float', async () => {
    sklearnCsv('breast_cancer.csv', CANCER, corrupted, bad);
    const schema = join(work, 'inferred.yml');
    const r = await runCli(['validate', '--data', corrupted, '--infer', schema]);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain('column "mean radius" is numeric (566 of its 569 values are numbers, 99.5% ≥ 99%) but 3 cells are not a number:');
    expect(r.stderr).toContain(`${corrupted}:6:1: "20.29x"`);
    expect(r.stderr).toContain(`${corrupted}:122:24: "n/a?"`);
    expect(r.stderr).toContain("declare the column's type in a schema passed with --schema");
    expect(existsSync(schema)).toBe(false);

    // The contract may settle it: with "mean radius" declared a category, only "worst area" is left.
    const contract = join(work, 'contract.yml');
    writeFileSync(contract, 'version: 1\nunexpected-columns: ignore\ncolumns:\n  mean radius:\n    type: category\n    categories: [x]\n    severity: warning\n');
    const r2 = await runCli(['validate', '--data', corrupted, '--schema', contract, '--infer', schema]);
    expect(r2.exitCode).toBe(2);
    expect(r2.stderr).not.toContain('"mean radius"');
    expect(r2.stderr).toContain('column "worst area" is numeric');

    const clean = join(work, 'breast_cancer_clean2.csv');
    sklearnCsv('breast_cancer.csv', CANCER, clean);
    const ok = await runCli(['validate', '--data', clean, '--infer', schema]);
    expect(ok.exitCode, ok.stderr).toBe(0);
    expect(readFileSync(schema, 'utf8')).toMatch(/mean radius:\n\s+type: float/);
  });
});
