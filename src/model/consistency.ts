/**
 * A bundle's internal consistency, checked at every load (readBundle: predict, serve, gate, monitor,
 * the registry and deploy): manifest digests prove the files are the ones listed, not that they
 * agree with each other. A bundle edited and re-hashed must be refused here with a message naming
 * the bundle and the disagreement, not crash later in scoring (a TypeError in predict, a 500 on
 * every request in serve).
 *
 * Checked, in this order (the first problem is reported):
 *   - preprocess.json: task, target, column specs (kind, fill, categories, encoding, parts);
 *   - its model feature list against the columns' encoded widths and names (`col`, `col=cat`, `col.part`);
 *   - classes (classification: ≥ 2 distinct labels; regression: none);
 *   - params.json's input columns, model features and target (what the tree was grown on) against preprocess.json;
 *   - model.json: an ml-cart tree or a forest of them, of the same task; every split's feature
 *     index within the model features, thresholds finite, every leaf's distribution fitting the
 *     classes (or a finite value for regression).
 * O(nodes + features).
 */
import { UsageError } from '../errors.js';
import { DATE_PARTS, type ColumnSpec } from './preprocess.js';
import type { MlCartModel, MlCartNode } from './mlcart.js';

const KINDS = new Set(['numeric', 'boolean', 'categorical', 'datetime']);
const IMPUTES = new Set(['median', 'mean', 'most-frequent', 'constant']);
const PARTS = new Set<string>(DATE_PARTS);

type Json = Record<string, unknown>;
/** One disagreement between the bundle's files (becomes the UsageError's detail). */
class Inconsistent extends Error {}
const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const show = (v: unknown) => {
  const s = JSON.stringify(v);
  return s === undefined ? String(v) : s.length > 60 ? `${s.slice(0, 57)}…` : s;
};

/** Model feature names a column spec encodes to, in order; throws Inconsistent on a bad spec. */
function encodedNames(c: Json, where: string): string[] {
  if (typeof c.name !== 'string' || c.name === '') throw new Inconsistent(`${where} has no "name"`);
  const name = c.name;
  if (typeof c.kind !== 'string' || !KINDS.has(c.kind)) throw new Inconsistent(`${where} ("${name}") has kind ${show(c.kind)}; expected numeric, boolean, categorical or datetime`);
  if (typeof c.impute !== 'string' || !IMPUTES.has(c.impute)) throw new Inconsistent(`${where} ("${name}") has impute ${show(c.impute)}; expected median, mean, most-frequent or constant`);
  if (c.kind === 'categorical') {
    const cats = c.categories;
    if (!Array.isArray(cats) || cats.length === 0 || !cats.every((x) => typeof x === 'string')) throw new Inconsistent(`column "${name}" is categorical but its "categories" is ${show(cats)}; expected a non-empty list of text`);
    if (new Set(cats).size !== cats.length) throw new Inconsistent(`column "${name}" lists a category twice`);
    if (typeof c.fill !== 'string' || !cats.includes(c.fill)) throw new Inconsistent(`column "${name}": its fill value ${show(c.fill)} is not one of its categories`);
    if (c.encoding === 'one-hot') return (cats as string[]).map((x) => `${name}=${x}`);
    if (c.encoding === 'ordinal') return [name];
    throw new Inconsistent(`column "${name}" has encoding ${show(c.encoding)}; expected one-hot or ordinal`);
  }
  if (typeof c.fill !== 'number' || !Number.isFinite(c.fill)) throw new Inconsistent(`column "${name}" (${c.kind}) has fill ${show(c.fill)}; expected a finite number`);
  if (c.kind === 'datetime') {
    const parts = c.parts;
    if (!Array.isArray(parts) || parts.length === 0 || !parts.every((p) => typeof p === 'string' && PARTS.has(p))) throw new Inconsistent(`column "${name}" is a datetime but its "parts" is ${show(parts)}; expected a list of ${DATE_PARTS.join(', ')}`);
    return (parts as string[]).map((p) => `${name}.${p}`);
  }
  return [name];
}

function checkPreprocess(pre: Json): { task: 'classification' | 'regression'; features: string[]; nClasses: number } {
  if (pre.task !== 'classification' && pre.task !== 'regression') throw new Inconsistent(`preprocess.json has task ${show(pre.task)}; expected classification or regression`);
  if (typeof pre.target !== 'string' || pre.target === '') throw new Inconsistent('preprocess.json has no "target"');
  const spec = pre.preprocess;
  if (!isObj(spec) || !Array.isArray(spec.columns) || !Array.isArray(spec.features)) throw new Inconsistent('preprocess.json has no "preprocess" with "columns" and "features"');
  if (spec.columns.length === 0) throw new Inconsistent('preprocess.json lists no input columns');
  const expected: string[] = [];
  const seen = new Set<string>();
  spec.columns.forEach((c: unknown, i: number) => {
    if (!isObj(c)) throw new Inconsistent(`preprocess.json column ${i + 1} is not an object`);
    const names = encodedNames(c, `preprocess.json column ${i + 1}`);
    const name = (c as unknown as ColumnSpec).name;
    if (seen.has(name)) throw new Inconsistent(`preprocess.json lists column "${name}" twice`);
    if (name === pre.target) throw new Inconsistent(`the target "${name}" is also an input column`);
    seen.add(name);
    expected.push(...names);
  });
  const features = spec.features as unknown[];
  if (features.length !== expected.length) {
    throw new Inconsistent(`preprocess.json's columns encode ${expected.length} model features but its "features" lists ${features.length}`);
  }
  for (let i = 0; i < expected.length; i++) {
    if (features[i] !== expected[i]) throw new Inconsistent(`model feature ${i} is ${show(features[i])} in preprocess.json's "features", but its columns encode ${show(expected[i])} there`);
  }
  let nClasses = 0;
  if (pre.task === 'classification') {
    const classes = pre.classes;
    if (!Array.isArray(classes) || classes.length < 2 || !classes.every((c) => typeof c === 'string')) throw new Inconsistent(`a classification bundle needs at least two class labels in preprocess.json "classes", found ${show(classes)}`);
    if (new Set(classes).size !== classes.length) throw new Inconsistent('preprocess.json "classes" lists a class twice');
    nClasses = classes.length;
  } else if (pre.classes !== undefined) throw new Inconsistent('a regression bundle has "classes" in preprocess.json');
  return { task: pre.task, features: expected, nClasses };
}

function checkTree(tree: unknown, where: string, task: 'classification' | 'regression', nFeatures: number, features: string[], nClasses: number): void {
  if (!isObj(tree)) throw new Inconsistent(`${where} is not an ml-cart model`);
  const name = tree.name;
  const treeTask = name === 'DTClassifier' ? 'classification' : name === 'DTRegression' ? 'regression' : undefined;
  if (!treeTask) throw new Inconsistent(`${where} has name ${show(name)}; expected DTClassifier or DTRegression`);
  if (treeTask !== task) throw new Inconsistent(`${where} is a ${treeTask} tree (${name}) but preprocess.json says the task is ${task}`);
  const stack: [unknown, string][] = [[(tree as unknown as MlCartModel).root, 'root']];
  let nodes = 0;
  while (stack.length > 0) {
    const [nd, path] = stack.pop()!;
    if (++nodes > 10_000_000) throw new Inconsistent(`${where} has more than 10 million nodes`);
    if (!isObj(nd)) throw new Inconsistent(`${where} node ${path} is not an object`);
    const n = nd as MlCartNode;
    if (n.distribution !== undefined) {
      if (task === 'classification') {
        const d = n.distribution;
        if (!Array.isArray(d) || !Array.isArray(d[0]) || d[0].length === 0 || !d[0].every((x) => typeof x === 'number' && Number.isFinite(x))) throw new Inconsistent(`${where} leaf ${path} has distribution ${show(d)}; expected [[p0, p1, …]]`);
        if (d[0].length > nClasses) throw new Inconsistent(`${where} leaf ${path} gives ${d[0].length} class probabilities but the bundle has ${nClasses} classes`);
      } else if (typeof n.distribution !== 'number' || !Number.isFinite(n.distribution)) throw new Inconsistent(`${where} leaf ${path} has value ${show(n.distribution)}; expected a finite number`);
      continue;
    }
    const f = n.splitColumn;
    if (typeof f !== 'number' || !Number.isInteger(f) || f < 0 || f >= nFeatures) {
      throw new Inconsistent(`${where} node ${path} splits on feature ${show(f)}, but the model has ${nFeatures} features (0–${nFeatures - 1}: ${features.slice(0, 5).join(', ')}${nFeatures > 5 ? ', …' : ''})`);
    }
    if (typeof n.splitValue !== 'number' || !Number.isFinite(n.splitValue)) throw new Inconsistent(`${where} node ${path} has threshold ${show(n.splitValue)}; expected a finite number`);
    stack.push([n.right, `${path}.right`], [n.left, `${path}.left`]);
  }
}

/** params.json records the raw input columns and model features the tree was grown on: they must be preprocess.json's. */
function checkParams(params: Json, pre: Json, features: string[]): void {
  const columns = ((pre.preprocess as Json).columns as ColumnSpec[]).map((c) => c.name);
  const same = (a: unknown, b: string[]) => Array.isArray(a) && a.length === b.length && a.every((x, i) => x === b[i]);
  const raw = params.features;
  if (raw !== undefined && !same(raw, columns)) throw new Inconsistent(`params.json trained on the input columns ${show(raw)}, but preprocess.json has ${show(columns)}`);
  const mf = params['model-features'];
  if (mf !== undefined && !same(mf, features)) {
    const list = Array.isArray(mf) ? mf : [];
    let at = 0;
    while (at < list.length && at < features.length && list[at] === features[at]) at++;
    throw new Inconsistent(`params.json grew the tree on ${list.length} model features, preprocess.json encodes ${features.length}; they differ at feature ${at} (${show(list[at])} vs ${show(features[at])})`);
  }
  if (params.target !== undefined && params.target !== pre.target) throw new Inconsistent(`params.json's target is ${show(params.target)} but preprocess.json's is ${show(pre.target)}`);
}

/**
 * Check that preprocess.json, params.json and model.json agree (see the file comment). Throws a UsageError
 * "model bundle DIR is inconsistent: …" on the first disagreement.
 */
export function checkBundleConsistency(dir: string, preprocess: unknown, model: unknown, params?: unknown): void {
  try {
    if (!isObj(preprocess)) throw new Inconsistent('preprocess.json is not an object');
    const { task, features, nClasses } = checkPreprocess(preprocess);
    if (isObj(params)) checkParams(params, preprocess, features);
    if (isObj(model) && model.name === 'cd4ml-forest') {
      if (!Array.isArray(model.trees) || model.trees.length === 0) throw new Inconsistent('model.json is a forest without trees');
      model.trees.forEach((t: unknown, i: number) => checkTree(t, `model.json tree ${i + 1}`, task, features.length, features, nClasses));
    } else checkTree(model, 'model.json', task, features.length, features, nClasses);
  } catch (problem) {
    if (!(problem instanceof Inconsistent)) throw problem;
    throw new UsageError(`model bundle ${dir} is inconsistent: ${problem.message}. Its files disagree with each other (edited after training?); retrain it with "cd4ml train" or restore the original files`);
  }
}
