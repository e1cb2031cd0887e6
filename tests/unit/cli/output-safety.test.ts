/**
 * Never harm the user's data (issue 12, defects 2 and 3), through the built CLI on scikit-learn's
 * iris (Debian python3-sklearn):
 *   - `train --out DIR` replaces DIR only when it is empty or a cd4ml bundle; anything else is exit 2
 *     naming DIR, with every file left byte-identical;
 *   - `predict --out` equal to `--data` (however spelled) is refused before anything is opened;
 *   - write failures (missing folder, a directory, /dev/full) are exit 2 naming the path, never a crash;
 *   - outputs go through a temporary sibling: a failed run leaves the previous output intact and
 *     no temporary file behind.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/run-cli.js';
import { sklearnData } from '../../helpers/paths.js';

const work = mkdtempSync(join(tmpdir(), 'cd4ml-output-safety-'));
const env = { SOURCE_DATE_EPOCH: '1767225600' };

/** sklearn's iris.csv with a header naming the columns (its first line is "150,4,setosa,…"). */
function writeIris(path: string): void {
  const lines = readFileSync(sklearnData('iris.csv'), 'utf8').trim().split('\n').slice(1);
  writeFileSync(path, ['sepal_length,sepal_width,petal_length,petal_width,species', ...lines].join('\n') + '\n');
}

/** sha256 of every file under `dir` (relative path → digest): what "nothing changed" is checked against. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out[relative(dir, p)] = createHash('sha256').update(readFileSync(p)).digest('hex');
    }
  };
  walk(dir);
  return out;
}

/** A folder holding the user's data and notes, as a user's project folder does. */
function userFolder(name: string): string {
  const dir = join(work, name);
  mkdirSync(dir, { recursive: true });
  writeIris(join(dir, 'iris.csv'));
  writeFileSync(join(dir, 'notes.md'), '# my notes\n');
  mkdirSync(join(dir, 'src'));
  writeFileSync(join(dir, 'src', 'analysis.py'), 'print(1)\n');
  return dir;
}

const iris = join(work, 'iris.csv');
let bundle: string;

beforeAll(async () => {
  writeIris(iris);
  bundle = join(work, 'bundle');
  const r = await runCli(['train', '--data', iris, '--target', 'species', '--max-depth', '3', '--out', bundle], { env });
  expect(r.exitCode, r.stderr).toBe(0);
}, 120_000);

describe('train --out (defect 2)', () => {
  it.each([
    { name: '--out "$PWD" (the user\'s project folder)', out: (d: string) => d, cwd: true },
    { name: '--out . from inside the folder', out: () => '.', cwd: true },
    { name: '--out naming the folder by absolute path', out: (d: string) => d, cwd: false },
    { name: '--out the src/ subfolder', out: (d: string) => join(d, 'src'), cwd: false },
  ])('refuses $name with exit 2 naming it, and changes no file', async ({ out, cwd }) => {
    const dir = userFolder(`user-${Math.random().toString(36).slice(2)}`);
    const before = snapshot(dir);
    const target = out(dir);
    const r = await runCli(['train', '--data', join(dir, 'iris.csv'), '--target', 'species', '--out', target], { env, cwd: cwd ? dir : work });
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain(`${target}: the bundle directory is not empty and is not a cd4ml model bundle`);
    expect(r.stderr).toContain('nothing was deleted');
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(snapshot(dir)).toEqual(before);
    expect(readdirSync(join(dir, '..')).filter((n) => n.includes('.tmp-') || n.includes('.old-'))).toEqual([]);
  });

  it('refuses a bundle folder that also holds the user\'s files, and a regular file as --out', async () => {
    const dir = join(work, 'bundle-plus');
    const r0 = await runCli(['train', '--data', iris, '--target', 'species', '--out', dir], { env });
    expect(r0.exitCode, r0.stderr).toBe(0);
    writeFileSync(join(dir, 'report.docx'), 'mine');
    const before = snapshot(dir);
    const r = await runCli(['train', '--data', iris, '--target', 'species', '--out', dir], { env });
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain(`${dir}: the model bundle there also holds files that are not part of a bundle (report.docx)`);
    expect(snapshot(dir)).toEqual(before);

    const file = join(work, 'a-file.txt');
    writeFileSync(file, 'keep me\n');
    const r2 = await runCli(['train', '--data', iris, '--target', 'species', '--out', file], { env });
    expect(r2.exitCode).toBe(2);
    expect(r2.stderr).toContain(`${file}: exists and is not a directory`);
    expect(readFileSync(file, 'utf8')).toBe('keep me\n');
  });

  it('writes into an empty folder and a new nested path, and replaces an existing bundle', async () => {
    const empty = join(work, 'empty');
    mkdirSync(empty);
    const r1 = await runCli(['train', '--data', iris, '--target', 'species', '--out', empty], { env });
    expect(r1.exitCode, r1.stderr).toBe(0);
    expect(readdirSync(empty)).toContain('manifest.json');
    const nested = join(work, 'new', 'deep', 'model');
    const r2 = await runCli(['train', '--data', iris, '--target', 'species', '--out', nested], { env });
    expect(r2.exitCode, r2.stderr).toBe(0);
    expect(readdirSync(nested)).toHaveLength(9);

    // Retrain into the existing bundle with another depth: the bundle is replaced as a whole.
    const before = readFileSync(join(empty, 'model.json'), 'utf8');
    const r3 = await runCli(['train', '--data', iris, '--target', 'species', '--max-depth', '1', '--out', empty], { env });
    expect(r3.exitCode, r3.stderr).toBe(0);
    expect(readFileSync(join(empty, 'model.json'), 'utf8')).not.toBe(before);
    expect(readdirSync(empty).sort()).toEqual(['MODEL_CARD.md', 'holdout.jsonl', 'lineage.json', 'manifest.json', 'metrics.json', 'model.json', 'params.json', 'preprocess.json', 'schema.yml']);
    expect(readdirSync(work).filter((n) => n.includes('.tmp-') || n.includes('.old-'))).toEqual([]);
  });

  it('leaves an existing bundle untouched when training fails', async () => {
    const dir = join(work, 'kept');
    const r0 = await runCli(['train', '--data', iris, '--target', 'species', '--out', dir], { env });
    expect(r0.exitCode).toBe(0);
    const before = snapshot(dir);
    const r = await runCli(['train', '--data', iris, '--target', 'no_such_column', '--out', dir], { env });
    expect(r.exitCode).toBe(2);
    expect(snapshot(dir)).toEqual(before);
    expect(readdirSync(work).filter((n) => n.includes('.tmp-'))).toEqual([]);
  });
});

describe('predict --out (defect 3)', () => {
  it.each([
    { name: 'the same path', out: (data: string) => data },
    { name: 'a ./ and ../ detour', out: (data: string) => `${work}/sub/.././${relative(work, data)}` },
    { name: 'a symlink to the input', out: (data: string) => {
      const link = join(work, `link-${Math.random().toString(36).slice(2)}.csv`);
      symlinkSync(data, link);
      return link;
    } },
  ])('refuses --out equal to --data through $name, and the input is unchanged', async ({ out }) => {
    mkdirSync(join(work, 'sub'), { recursive: true });
    const data = join(work, `score-${Math.random().toString(36).slice(2)}.csv`);
    writeIris(data);
    const before = readFileSync(data);
    const target = out(data);
    const r = await runCli(['predict', '--bundle', bundle, '--data', data, '--out', target]);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain(`--out ${target} is the input file --data ${data}`);
    expect(readFileSync(data).equals(before)).toBe(true);
  });

  it.each([
    { name: 'a missing folder', out: () => join(work, 'no-such-folder', 'p.csv'), message: 'no such file or folder' },
    { name: 'a directory', out: () => work, message: 'it is a directory, not a file' },
    { name: '/dev/full', out: () => '/dev/full', message: 'no space left on the device' },
  ])('turns a write error on $name into exit 2 naming the path', async ({ out, message }) => {
    const target = out();
    const r = await runCli(['predict', '--bundle', bundle, '--data', iris, '--out', target]);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain(`${target}: cannot`);
    expect(r.stderr).toContain(message);
    expect(r.stderr).not.toContain('Unhandled');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('writes through a temporary sibling: success replaces, failure keeps the previous output', async () => {
    const dir = join(work, 'pred');
    mkdirSync(dir);
    const out = join(dir, 'predictions.csv');
    const r = await runCli(['predict', '--bundle', bundle, '--data', iris, '--out', out]);
    expect(r.exitCode, r.stderr).toBe(0);
    const good = readFileSync(out, 'utf8');
    expect(good.trim().split('\n')).toHaveLength(151);
    expect(good.split('\n')[0]).toBe('sepal_length,sepal_width,petal_length,petal_width,species,prediction,probability_0,probability_1,probability_2');
    // A file without a needed column fails after the output was opened: the old output stays whole.
    const broken = join(work, 'broken.csv');
    writeFileSync(broken, 'sepal_length,sepal_width\n1,2\n');
    const r2 = await runCli(['predict', '--bundle', bundle, '--data', broken, '--out', out]);
    expect(r2.exitCode).toBe(2);
    expect(r2.stderr).toContain('column "petal_length" is missing');
    expect(readFileSync(out, 'utf8')).toBe(good);
    expect(readdirSync(dir)).toEqual(['predictions.csv']);
    // A symlinked output keeps the link and replaces the file it points to.
    const real = join(dir, 'real.csv');
    writeFileSync(real, 'old\n');
    const link = join(dir, 'latest.csv');
    symlinkSync(real, link);
    const r3 = await runCli(['predict', '--bundle', bundle, '--data', iris, '--out', link]);
    expect(r3.exitCode, r3.stderr).toBe(0);
    expect(statSync(link).isFile()).toBe(true);
    expect(readFileSync(real, 'utf8')).toBe(good);
    expect(existsSync(join(dir, 'predictions.csv'))).toBe(true);
  });

  it.each([
    { name: '--infer', flag: 'infer', label: 'infer' },
    { name: '--report', flag: 'report', label: 'report' },
  ])('validate refuses $name naming the data file, and the data is unchanged', async ({ flag, label }) => {
    const data = join(work, `v-${flag}.csv`);
    writeIris(data);
    const before = readFileSync(data);
    const r = await runCli(['validate', '--data', data, `--${flag}`, `${work}/./v-${flag}.csv`]);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain(`${label} ${work}/./v-${flag}.csv is the input file data ${data}`);
    expect(readFileSync(data).equals(before)).toBe(true);
  });

  it('writes reports through the same helper: validate --report into a directory is exit 2', async () => {
    const r = await runCli(['validate', '--data', iris, '--report', work]);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain(`${work}: cannot write the file (it is a directory, not a file)`);
  });
});
