/**
 * `cd4ml train` and `cd4ml predict` through the built CLI: a verified, reproducible bundle on real
 * data, ml-cart loading model.json, batch scoring equal to ml-cart, and exit 2 with a helpful
 * message on bad input.
 */
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DecisionTreeClassifier } from 'ml-cart';
import { runCli } from '../../helpers/run-cli.js';
import { ROOT, vegaData } from '../../helpers/paths.js';
import { readBundle, readHoldout, scoreRecords } from '../../../src/model/bundle.js';

const work = mkdtempSync(join(tmpdir(), 'cd4ml-train-cli-'));
const penguins = vegaData('penguins.json');
const env = { SOURCE_DATE_EPOCH: '1767225600' };

describe('cd4ml train', () => {
  it('writes a complete bundle that verifies, and the same data + config gives byte-identical files', async () => {
    const a = join(work, 'a');
    const b = join(work, 'b');
    const r1 = await runCli(['train', '--data', penguins, '--target', 'Species', '--max-depth', '4', '--cv-folds', '3', '--out', a, '--json'], { env });
    expect(r1.stderr).toBe('');
    expect(r1.exitCode).toBe(0);
    const report = JSON.parse(r1.stdout);
    expect(report.task).toBe('classification');
    expect(report.headline.name).toBe('accuracy');
    expect(report.headline.value).toBeGreaterThan(0.9);
    const r2 = await runCli(['train', '--data', penguins, '--target', 'Species', '--max-depth', '4', '--cv-folds', '3', '--out', b], { env: { SOURCE_DATE_EPOCH: '1767312000' } });
    expect(r2.exitCode).toBe(0);
    const files = readdirSync(a).sort();
    expect(files).toEqual(['MODEL_CARD.md', 'holdout.jsonl', 'lineage.json', 'manifest.json', 'metrics.json', 'model.json', 'params.json', 'preprocess.json', 'schema.yml']);
    for (const f of files.filter((f) => f !== 'manifest.json')) expect(readFileSync(join(b, f)).equals(readFileSync(join(a, f))), f).toBe(true);
    const ma = JSON.parse(readFileSync(join(a, 'manifest.json'), 'utf8'));
    const mb = JSON.parse(readFileSync(join(b, 'manifest.json'), 'utf8'));
    expect(ma.created).toBe('2026-01-01T00:00:00.000Z');
    expect({ ...mb, created: ma.created }).toEqual(ma);

    const bundle = await readBundle(a);
    expect(bundle.features).toEqual(['Island', 'Beak Length (mm)', 'Beak Depth (mm)', 'Flipper Length (mm)', 'Body Mass (g)', 'Sex']);
    expect(bundle.classes).toEqual(['Adelie', 'Chinstrap', 'Gentoo']);
    const metrics = JSON.parse(readFileSync(join(a, 'metrics.json'), 'utf8'));
    expect(metrics.cross_validation.folds).toBe(3);
    expect(metrics.cross_validation.accuracy.folds).toHaveLength(3);
    expect(metrics.holdout.confusion_matrix).toHaveLength(3);
    const card = readFileSync(join(a, 'MODEL_CARD.md'), 'utf8');
    expect(card).toContain('```mermaid');
    expect(card).toContain('| Gentoo |');
    expect(readFileSync(join(a, 'schema.yml'), 'utf8')).toMatch(/Species:\s*\n\s+type: (category|string)/);
    const lineage = JSON.parse(readFileSync(join(a, 'lineage.json'), 'utf8'));
    expect(lineage.data[0].sha256).toMatch(/^[0-9a-f]{64}$/);

    // ml-cart loads model.json; scoring the holdout through the bundle equals ml-cart on the same features.
    const model = DecisionTreeClassifier.load(JSON.parse(readFileSync(join(a, 'model.json'), 'utf8')));
    const { records } = await readHoldout(bundle);
    expect(records).toHaveLength(metrics.holdout.n);
    const scored = scoreRecords(bundle, records);
    const { transformColumns } = await import('../../../src/model/preprocess.js');
    const X = transformColumns(bundle.preprocess, bundle.features.map((f) => records.map((r) => r[f])), records.length).columns;
    const rows = records.map((_, i) => X.map((c) => c[i]));
    expect(scored.predictions).toEqual(model.predict(rows).map((c) => bundle.classes![c]));
    const acc = scored.predictions.filter((p, i) => p === records[i].Species).length / records.length;
    expect(acc).toBeCloseTo(metrics.holdout.accuracy, 12);
  });

  it('refuses a tampered bundle, naming the file', async () => {
    const dir = join(work, 'tamper');
    expect((await runCli(['train', '--data', penguins, '--target', 'Species', '--out', dir])).exitCode).toBe(0);
    const p = join(dir, 'model.json');
    const model = readFileSync(p);
    writeFileSync(p, readFileSync(p, 'utf8').replace(/"splitValue":([0-9.]+)/, '"splitValue":1$1'));
    await expect(readBundle(dir)).rejects.toThrow(/model\.json does not match its sha256/);
    const r = await runCli(['predict', '--bundle', dir, '--data', penguins]);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain('model.json does not match');
    // A missing file is named too; without verification the files scoring needs still load.
    const { rmSync } = await import('node:fs');
    writeFileSync(p, model);
    rmSync(join(dir, 'schema.yml'));
    await expect(readBundle(dir)).rejects.toThrow(/schema\.yml cannot be read \(ENOENT\)/);
    await expect(readBundle(dir, { verify: false })).resolves.toMatchObject({ task: 'classification', target: 'Species' });
  });

  it('trains a regression with dates on seattle-weather and a forest on iris-like data', async () => {
    const dir = join(work, 'reg');
    const r = await runCli(['train', '--data', vegaData('seattle-weather.csv'), '--target', 'temp_max', '--exclude', 'weather', '--out', dir, '--json']);
    expect(r.exitCode).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.task).toBe('regression');
    expect(out.headline.name).toBe('rmse');
    const params = JSON.parse(readFileSync(join(dir, 'params.json'), 'utf8'));
    expect(params['model-features']).toContain('date.month');
    expect(out.metrics.holdout.r2).toBeGreaterThan(0.7);
    const f = join(work, 'forest');
    const rf = await runCli(['train', '--data', penguins, '--target', 'Species', '--model', 'forest', '--n-trees', '15', '--out', f, '--json']);
    expect(rf.exitCode).toBe(0);
    expect(JSON.parse(rf.stdout).metrics.model.trees).toBe(15);
    const bundle = await readBundle(f);
    expect(bundle.model.trees).toHaveLength(15);
  });

  it.each([
    { name: 'target missing', args: ['--target', 'Nope'], text: 'target column "Nope" not found; columns are: Species, Island' },
    { name: 'regression on a text target', args: ['--target', 'Species', '--task', 'regression'], text: 'not a number; regression needs a numeric target' },
    { name: 'unknown headline metric', args: ['--target', 'Species', '--metric', 'rmse'], text: 'metric "rmse" is not available for classification; choose one of accuracy' },
    { name: 'bad flag value', args: ['--target', 'Species', '--max-depth', 'deep'], text: '--max-depth must be an integer in [1, 64], got "deep"' },
  ])('exits 2 on bad input: $name', async ({ args, text }) => {
    const r = await runCli(['train', '--data', penguins, '--out', join(work, 'bad'), ...args]);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain(text);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it.each([
    { name: 'a single class', csv: 'x,y\n1,a\n2,a\n3,a\n4,a\n', args: ['--target', 'y'], text: 'has a single class ("a"); classification needs at least two classes' },
    { name: 'a text target for regression', csv: 'x,y\n1,a\n2,3\n', args: ['--target', 'y', '--task', 'regression'], text: ':2: target "y" is "a", not a number' },
    { name: 'too few rows for the split', csv: 'x,y\n1,a\n2,b\n', args: ['--target', 'y'], text: '2 rows with a target are too few for a holdout of test-size 0.2' },
    { name: 'too few rows for cross-validation', csv: 'x,y\n1,a\n2,b\n3,a\n4,b\n5,a\n6,b\n7,a\n8,b\n', args: ['--target', 'y', '--cv-folds', '5'], text: '6 training rows are too few for 5-fold cross-validation; lower cv-folds' },
    { name: 'Infinity in a feature', csv: 'x,y\n1,a\nInfinity,b\n3,a\n4,b\n5,a\n6,b\n', args: ['--target', 'y'], text: 'column "x" is "Infinity", expected a finite number' },
  ])('exits 2 on bad data: $name', async ({ csv, args, text }) => {
    const file = join(work, `bad-${args.join('')}-${csv.length}.csv`);
    writeFileSync(file, csv);
    const r = await runCli(['train', '--data', file, '--out', join(work, 'bad2'), ...args]);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain(text);
  });

  it('takes settings from cd4ml.yml, flags winning', async () => {
    const cfg = join(work, 'cd4ml.yml');
    writeFileSync(cfg, `train:\n  data: ${penguins}\n  target: Species\n  max-depth: 2\n  encoding: ordinal\n  out: ${join(work, 'cfg')}\n`);
    const r = await runCli(['train', '--config', cfg, '--max-depth', '3', '--json']);
    expect(r.exitCode).toBe(0);
    const params = JSON.parse(readFileSync(join(work, 'cfg', 'params.json'), 'utf8'));
    expect(params['max-depth']).toBe(3);
    expect(params.encoding).toBe('ordinal');
    expect(JSON.parse(r.stdout).metrics.model.depth).toBeLessThanOrEqual(3);
    writeFileSync(cfg, 'train:\n  max-dept: 2\n');
    const bad = await runCli(['train', '--config', cfg]);
    expect(bad.exitCode).toBe(2);
    expect(bad.stderr).toContain('unknown key "max-dept"');
  });

  it('lets the data table go before the tree grows (a full GC through a flag set only while a context picks up gc): same bundle on Node 20 and 24, with or without --expose-gc', async () => {
    const node24 = join(ROOT, 'node_modules/node/bin/node');
    const runs: { name: string; node: string; env: Record<string, string> }[] = [
      { name: 'node20', node: process.execPath, env: {} },
      { name: 'node24', node: node24, env: {} },
      { name: 'node20-exposed', node: process.execPath, env: { NODE_OPTIONS: '--expose-gc' } },
    ];
    const dirs: string[] = [];
    for (const r of runs) {
      const out = join(work, `release-${r.name}`);
      // histogram: the path that bins the training rows, moves the holdout out and drops the table
      const res = await runCli(['train', '--data', penguins, '--target', 'Species', '--split-search', 'histogram', '--max-depth', '4', '--out', out], { env: { ...env, ...r.env }, node: r.node });
      expect(res.stderr, r.name).toBe('');
      expect(res.exitCode, r.name).toBe(0);
      dirs.push(out);
    }
    const files = readdirSync(dirs[0]).sort();
    expect(files).toHaveLength(9);
    for (const d of dirs.slice(1)) for (const f of files) expect(readFileSync(join(d, f)).equals(readFileSync(join(dirs[0], f))), `${d}/${f}`).toBe(true);
    const holdout = readFileSync(join(dirs[0], 'holdout.jsonl'), 'utf8').trim().split('\n');
    const metrics = JSON.parse(readFileSync(join(dirs[0], 'metrics.json'), 'utf8'));
    expect(holdout).toHaveLength(metrics.holdout.n);
    expect(metrics.holdout_reference.lines).toHaveLength(metrics.holdout.n);
    expect(JSON.parse(readFileSync(join(dirs[0], 'params.json'), 'utf8'))['split-search']).toBe('histogram');
  }, 120_000);
});

describe('cd4ml predict', () => {
  it('streams rows through the bundle to CSV and JSON Lines, and reports rows that do not fit', async () => {
    const dir = join(work, 'pred');
    expect((await runCli(['train', '--data', penguins, '--target', 'Species', '--out', dir])).exitCode).toBe(0);
    const csv = await runCli(['predict', '--bundle', dir, '--data', penguins]);
    expect(csv.exitCode).toBe(0);
    const lines = csv.stdout.trim().split('\n');
    expect(lines[0]).toBe('Species,Island,Beak Length (mm),Beak Depth (mm),Flipper Length (mm),Body Mass (g),Sex,prediction,probability_Adelie,probability_Chinstrap,probability_Gentoo');
    expect(lines).toHaveLength(345);
    const outFile = join(work, 'pred.jsonl');
    const jl = await runCli(['predict', '--bundle', dir, '--data', penguins, '--out', outFile]);
    expect(jl.exitCode).toBe(0);
    const recs = readFileSync(outFile, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(recs).toHaveLength(344);
    const bundle = await readBundle(dir);
    const direct = scoreRecords(bundle, recs.slice(0, 50));
    expect(recs.slice(0, 50).map((r) => r.prediction)).toEqual(direct.predictions);
    // A text value in a numeric column: reported with its line, not scored.
    const bad = join(work, 'bad-rows.csv');
    writeFileSync(bad, 'Island,Beak Length (mm),Beak Depth (mm),Flipper Length (mm),Body Mass (g),Sex\nDream,39,18,190,3700,MALE\nDream,long,18,190,3700,MALE\n');
    const r = await runCli(['predict', '--bundle', dir, '--data', bad]);
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain(`${bad}:3: column "Beak Length (mm)" is "long", expected a finite number; row not scored`);
    expect(r.stdout.trim().split('\n')).toHaveLength(2);
    // Checked as serving checks a request, from the bundle's schema.yml: Island had no missing
    // value in training (not nullable), Body Mass (g) was all integers (type int).
    const schema = readFileSync(join(dir, 'schema.yml'), 'utf8');
    expect(schema).toMatch(/Island:\n(?:\s+\w+: .*\n)*?\s+nullable: false/);
    const contract = join(work, 'contract-rows.csv');
    writeFileSync(contract, 'Island,Beak Length (mm),Beak Depth (mm),Flipper Length (mm),Body Mass (g),Sex\nDream,39,18,190,3700,MALE\n,39,18,190,3700,MALE\nDream,39,18,190,3700.5,MALE\nDream,,18,190,3700,\n');
    const c = await runCli(['predict', '--bundle', dir, '--data', contract]);
    expect(c.exitCode).toBe(1);
    expect(c.stderr).toContain(`${contract}:3: column "Island" is "", expected a value (schema.yml: this feature is not nullable); row not scored`);
    expect(c.stderr).toContain(`${contract}:4: column "Body Mass (g)" is "3700.5", expected an integer; row not scored`);
    // Missing values in columns that had them in training are imputed and scored.
    const scoredLines = c.stdout.trim().split('\n');
    expect(scoredLines).toHaveLength(3);
    expect(scoredLines[2]).toMatch(/^Dream,,18,190,3700,,/);
  });
});
