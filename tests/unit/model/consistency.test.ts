/**
 * A bundle edited after training and re-hashed into its manifest (issue 12, defect 13): every
 * load (readBundle: predict, serve, gate, monitor, registry) checks that preprocess.json,
 * params.json and model.json agree, and refuses with "model bundle DIR is inconsistent: …" (exit 2)
 * instead of a TypeError in predict, silently shifted features, or a server that says ready and
 * answers 500. Bundles trained on vega-datasets penguins (one-hot Island/Sex, numeric columns,
 * 3 classes): a tree and a forest.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readBundle } from '../../../src/model/bundle.js';
import { trainAndWriteBundle } from '../../../src/model/train.js';
import { resolveTrainSettings } from '../../../src/model/settings.js';
import { loadServedModel } from '../../../src/serve/model.js';
import { UsageError } from '../../../src/errors.js';
import { runCli } from '../../helpers/run-cli.js';
import { vegaData } from '../../helpers/paths.js';

const work = mkdtempSync(join(tmpdir(), 'cd4ml-consistency-'));
const penguins = vegaData('penguins.json');
let good: string;
let forest: string;

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const readJson = (dir: string, f: string): Json => JSON.parse(readFileSync(join(dir, f), 'utf8'));

/** Copy the bundle, let `edit` change its JSON files, and re-hash the manifest as a tamperer would. */
function tampered(src: string, edit: (files: { pre: Json; model: Json; params: Json }) => void): string {
  const dir = mkdtempSync(join(work, 'tampered-'));
  cpSync(src, dir, { recursive: true });
  const files = { pre: readJson(dir, 'preprocess.json'), model: readJson(dir, 'model.json'), params: readJson(dir, 'params.json') };
  edit(files);
  const manifest = readJson(dir, 'manifest.json');
  for (const [name, value] of [['preprocess.json', files.pre], ['model.json', files.model], ['params.json', files.params]] as const) {
    const text = JSON.stringify(value, null, 2) + '\n';
    writeFileSync(join(dir, name), text);
    manifest.files[name] = createHash('sha256').update(text).digest('hex');
  }
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  return dir;
}

/** Every split node of an ml-cart tree. */
function splits(node: Json, out: Json[] = []): Json[] {
  if (node.splitColumn !== undefined) {
    out.push(node);
    splits(node.left, out);
    splits(node.right, out);
  }
  return out;
}
function leaves(node: Json, out: Json[] = []): Json[] {
  if (node.distribution !== undefined) out.push(node);
  else {
    leaves(node.left, out);
    leaves(node.right, out);
  }
  return out;
}

beforeAll(async () => {
  const ctx = { timestamp: '2026-01-01T00:00:00.000Z', toolVersion: 'test' };
  good = join(work, 'good');
  await trainAndWriteBundle(resolveTrainSettings({ data: penguins, target: 'Species', 'max-depth': 5, out: good }), ctx);
  forest = join(work, 'forest');
  await trainAndWriteBundle(resolveTrainSettings({ data: penguins, target: 'Species', model: 'forest', 'n-trees': 5, out: forest }), ctx);
}, 120_000);

/** Drop the Island column from preprocess.json (columns and features): the tree's feature indexes now point at other columns. */
function dropIsland({ pre }: { pre: Json }): void {
  const island = pre.preprocess.columns.find((c: Json) => c.name === 'Island');
  pre.preprocess.columns = pre.preprocess.columns.filter((c: Json) => c.name !== 'Island');
  pre.preprocess.features = pre.preprocess.features.filter((f: string) => !f.startsWith('Island='));
  expect(island.categories.length).toBe(3);
}

describe('bundle consistency at load', () => {
  it('the untouched bundles load', async () => {
    expect((await readBundle(good)).features).toEqual(['Island', 'Beak Length (mm)', 'Beak Depth (mm)', 'Flipper Length (mm)', 'Body Mass (g)', 'Sex']);
    expect((await readBundle(forest)).model.trees).toHaveLength(5);
  });

  it.each([
    {
      name: 'a category removed from a one-hot column (features not)',
      bundle: () => good,
      edit: ({ pre }: { pre: Json }) => {
        const sex = pre.preprocess.columns.find((c: Json) => c.name === 'Sex');
        sex.categories = sex.categories.filter((c: string) => c !== sex.fill).slice(0, 1).concat(sex.fill);
      },
      message: "preprocess.json's columns encode",
    },
    {
      name: 'a whole column removed from preprocess.json (the tree would read shifted features)',
      bundle: () => good,
      edit: dropIsland,
      message: 'params.json trained on the input columns ["Island","Beak Length (mm)"',
    },
    {
      name: 'a feature renamed',
      bundle: () => good,
      edit: ({ pre }: { pre: Json }) => {
        pre.preprocess.features[3] = 'Beak Length (cm)';
      },
      message: 'model feature 3 is "Beak Length (cm)" in preprocess.json\'s "features", but its columns encode "Beak Length (mm)" there',
    },
    {
      name: 'a class label dropped while leaves give 3 probabilities',
      bundle: () => good,
      edit: ({ pre, params }: { pre: Json; params: Json }) => {
        pre.classes = pre.classes.slice(0, 2);
        params.classes = pre.classes;
      },
      message: 'gives 3 class probabilities but the bundle has 2 classes',
    },
    {
      name: 'the tree turned into a regression tree',
      bundle: () => good,
      edit: ({ model }: { model: Json }) => {
        model.name = 'DTRegression';
      },
      message: 'model.json is a regression tree (DTRegression) but preprocess.json says the task is classification',
    },
    {
      name: 'a split on a feature index past the end',
      bundle: () => good,
      edit: ({ model }: { model: Json }) => {
        splits(model.root)[0].splitColumn = 10;
      },
      message: 'model.json node root splits on feature 10, but the model has 10 features (0–9',
    },
    {
      name: 'a negative split index',
      bundle: () => good,
      edit: ({ model }: { model: Json }) => {
        splits(model.root).at(-1)!.splitColumn = -1;
      },
      message: 'splits on feature -1',
    },
    {
      name: 'a leaf without a distribution array',
      bundle: () => good,
      edit: ({ model }: { model: Json }) => {
        leaves(model.root)[0].distribution = 'Adelie';
      },
      message: 'has distribution "Adelie"; expected [[p0, p1, …]]',
    },
    {
      name: 'a column of an unknown kind',
      bundle: () => good,
      edit: ({ pre }: { pre: Json }) => {
        pre.preprocess.columns[1].kind = 'text';
      },
      message: 'has kind "text"; expected numeric, boolean, categorical or datetime',
    },
    {
      name: 'a categorical fill that is not a category',
      bundle: () => good,
      edit: ({ pre }: { pre: Json }) => {
        pre.preprocess.columns[0].fill = 'Atlantis';
      },
      message: 'column "Island": its fill value "Atlantis" is not one of its categories',
    },
    {
      name: 'params.json disagreeing with preprocess.json on the model features',
      bundle: () => good,
      edit: ({ params }: { params: Json }) => {
        params['model-features'] = [...params['model-features']].reverse();
      },
      message: 'params.json grew the tree on 10 model features, preprocess.json encodes 10; they differ at feature 0',
    },
    {
      name: 'one tree of a forest splitting past the end',
      bundle: () => forest,
      edit: ({ model }: { model: Json }) => {
        splits(model.trees[3].root)[0].splitColumn = 99;
      },
      message: 'model.json tree 4 node root splits on feature 99',
    },
  ])('refuses $name', async ({ bundle, edit, message }) => {
    const dir = tampered(bundle(), edit as (f: { pre: Json; model: Json; params: Json }) => void);
    const err = await readBundle(dir).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UsageError);
    expect((err as Error).message).toContain(`model bundle ${dir} is inconsistent: `);
    expect((err as Error).message).toContain(message);
    expect((err as Error).message).toContain('retrain it with "cd4ml train" or restore the original files');
    // The serving runtime refuses it at start-up rather than answering 500 later.
    await expect(loadServedModel(dir)).rejects.toThrow(`model bundle ${dir} is inconsistent`);
  });

  it('predict and gate exit 2 naming the bundle, with no TypeError (built CLI)', async () => {
    const dir = tampered(good, dropIsland);
    const p = await runCli(['predict', '--bundle', dir, '--data', penguins]);
    expect(p.exitCode).toBe(2);
    expect(p.stdout).toBe('');
    expect(p.stderr).toContain(`model bundle ${dir} is inconsistent: `);
    expect(p.stderr).not.toContain('TypeError');
    const g = await runCli(['gate', '--candidate', dir, '--baseline', good], { cwd: work });
    expect(g.exitCode).toBe(2);
    expect(g.stderr).toContain(`model bundle ${dir} is inconsistent: `);
  });
});
