/**
 * Model bundles for the gate's CLI and action tests, trained with the built `cd4ml train` on
 * sklearn's breast cancer data (Debian python3-sklearn). The CSV ships without column names:
 * columns become f0..f29, the target "diagnosis" (malignant/benign), plus a "clinic" column
 * (north for every third row, else south) for slice tests.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sklearnData } from '../../helpers/paths.js';
import { runCli } from '../../helpers/run-cli.js';

export interface GateFixtures {
  dir: string;
  csv: string;
  /** depth 6 (the "production" model) and depth 1 (degraded). */
  depth6: string;
  depth1: string;
}

export function writeBreastCancerCsv(path: string): void {
  const lines = readFileSync(sklearnData('breast_cancer.csv'), 'utf8').trim().split('\n');
  const classNames = lines[0].split(',').slice(2);
  const out = [[...Array.from({ length: 30 }, (_, i) => `f${i}`), 'diagnosis', 'clinic'].join(',')];
  lines.slice(1).forEach((line, i) => {
    const v = line.split(',');
    out.push([...v.slice(0, 30), classNames[Number(v[30])], i % 3 === 0 ? 'north' : 'south'].join(','));
  });
  writeFileSync(path, out.join('\n') + '\n');
}

export async function trainFixtures(): Promise<GateFixtures> {
  const dir = mkdtempSync(join(tmpdir(), 'cd4ml-gate-'));
  const csv = join(dir, 'breast_cancer.csv');
  writeBreastCancerCsv(csv);
  const env = { SOURCE_DATE_EPOCH: '1767225600' };
  const train = async (depth: number) => {
    const out = join(dir, `depth${depth}`);
    const r = await runCli(['train', '--data', csv, '--target', 'diagnosis', '--exclude', 'clinic', '--max-depth', String(depth), '--out', out], { cwd: dir, env });
    if (r.exitCode !== 0) throw new Error(`cd4ml train failed (${r.exitCode}): ${r.stderr}`);
    return out;
  };
  const [depth6, depth1] = await Promise.all([train(6), train(1)]);
  return { dir, csv, depth6, depth1 };
}
