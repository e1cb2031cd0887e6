// The wine data set as shipped with scikit-learn (Debian python3-sklearn:
// sklearn/datasets/data/wine_data.csv, 178 rows, 13 numeric features, 3 classes), written as a
// CSV with the feature names of sklearn.datasets.load_wine ("/" replaced by "_") and a "class"
// column class_0 … class_2.
import { readFileSync, writeFileSync } from 'node:fs';

export const WINE_SOURCE = '/usr/lib/python3/dist-packages/sklearn/datasets/data/wine_data.csv';
export const WINE_FEATURES = [
  'alcohol', 'malic_acid', 'ash', 'alcalinity_of_ash', 'magnesium', 'total_phenols', 'flavanoids',
  'nonflavanoid_phenols', 'proanthocyanins', 'color_intensity', 'hue', 'od280_od315_of_diluted_wines', 'proline',
];

/** Write the CSV to `path`; returns the rows as typed objects (features and class). */
export function writeWineCsv(path) {
  const lines = readFileSync(WINE_SOURCE, 'utf8').trim().split('\n').slice(1);
  const rows = lines.map((l) => {
    const v = l.split(',');
    const o = Object.fromEntries(WINE_FEATURES.map((f, i) => [f, Number(v[i])]));
    o.class = `class_${v[13].trim()}`;
    return o;
  });
  writeFileSync(path, [[...WINE_FEATURES, 'class'].join(','), ...rows.map((r) => [...WINE_FEATURES.map((f) => r[f]), r.class].join(','))].join('\n') + '\n');
  return rows;
}
