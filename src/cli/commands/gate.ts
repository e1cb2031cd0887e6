import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { boolOpt, stringOpt, type CommandSpec } from '../command.js';
import { loadConfig, mergeSection } from '../../config/load.js';
import { parseEnum, parseNumber } from '../../config/parse.js';
import { UsageError } from '../../errors.js';
import { DATA_FORMATS, type DataFormat } from '../../data/read.js';
import type { GateSection } from '../../config/sections/gate.js';

export const command: CommandSpec = {
  name: 'gate',
  summary: 'compare a candidate model with the baseline on the same rows and pass or fail',
  options: {
    candidate: { type: 'string', arg: 'DIR', description: 'candidate model bundle (from cd4ml train)' },
    baseline: { type: 'string', arg: 'DIR|production', description: 'baseline: a bundle, a local registry directory (DIR/<environment>/), or "production" = .cd4ml/registry/<environment> (default)' },
    environment: { type: 'string', arg: 'NAME', description: 'environment whose model is the baseline (default production)' },
    data: { type: 'string', arg: 'FILE', description: 'evaluation rows (default: the candidate bundle\'s holdout)' },
    format: { type: 'string', arg: 'FORMAT', description: 'format of --data: csv, tsv, jsonl, json, parquet or delta (default: from the extension; delta for a folder with _delta_log/)' },
    report: { type: 'string', arg: 'OUT.json', description: 'write the JSON report here' },
    resamples: { type: 'string', arg: 'N', description: 'bootstrap resamples (default 2000)' },
    seed: { type: 'string', arg: 'N', description: 'bootstrap seed (default 42)' },
    'on-baseline-missing': { type: 'string', arg: 'fail|warn', description: 'when the baseline cannot be read: fail (default) or pass with a warning' },
    markdown: { type: 'boolean', description: 'print the Markdown report (as posted on the PR) instead of the text summary' },
  },
  details: [
    'Rules come from the "gate:" section of cd4ml.yml; without gate.metrics the headline metric may',
    'not drop by more than 0.01, judged with its 95% confidence interval. Exit 1 when the gate fails.',
  ].join('\n'),
  async run(opts, io) {
    const { config } = await loadConfig(stringOpt(opts, 'config'));
    const resamplesRaw = stringOpt(opts, 'resamples');
    const seedRaw = stringOpt(opts, 'seed');
    const onMissingRaw = stringOpt(opts, 'on-baseline-missing');
    const gate: GateSection = mergeSection<GateSection>(config.gate, {
      candidate: stringOpt(opts, 'candidate'),
      baseline: stringOpt(opts, 'baseline'),
      environment: stringOpt(opts, 'environment'),
      data: stringOpt(opts, 'data'),
      report: stringOpt(opts, 'report'),
      resamples: resamplesRaw === undefined ? undefined : parseNumber('--resamples', resamplesRaw, { min: 100, max: 100_000, integer: true }),
      seed: seedRaw === undefined ? undefined : parseNumber('--seed', seedRaw, { min: 0, integer: true }),
      'on-baseline-missing': onMissingRaw === undefined ? undefined : parseEnum('--on-baseline-missing', onMissingRaw, ['fail', 'warn'] as const),
    });
    const formatRaw = stringOpt(opts, 'format');
    const format = formatRaw === undefined ? undefined : parseEnum<DataFormat>('--format', formatRaw, DATA_FORMATS);
    if (!gate.candidate) throw new UsageError('--candidate DIR is required (or set gate.candidate in cd4ml.yml)');
    const [{ runGate }, { resolveLocalBaseline }, { renderGateMarkdown }] = await Promise.all([import('../../gate/run.js'), import('../../gate/local-baseline.js'), import('../../gate/markdown.js')]);
    const baseline = resolveLocalBaseline(gate.baseline ?? 'production', gate.environment ?? 'production', io.cwd);
    const train = config.train as { 'headline-metric'?: unknown; metric?: unknown } | undefined;
  const headline = train?.['headline-metric'] ?? train?.metric;
    const report = await runGate({
      candidateDir: resolve(io.cwd, gate.candidate),
      baseline,
      ...(gate.data ? { data: resolve(io.cwd, gate.data) } : {}),
      ...(format ? { format } : {}),
      gate,
      ...(typeof headline === 'string' ? { headlineMetric: headline } : {}),
    });
    if (gate.report) {
      const out = resolve(io.cwd, gate.report);
      await mkdir(dirname(out), { recursive: true });
      await writeFile(out, JSON.stringify(report, null, 2) + '\n');
    }
    if (boolOpt(opts, 'json')) io.stdout(JSON.stringify(report, null, 2) + '\n');
    else if (boolOpt(opts, 'markdown')) io.stdout(renderGateMarkdown(report));
    else io.stdout(textSummary(report));
    if (!report.passed) {
      io.stderr(`cd4ml gate: failed: ${report.failures.join('; ')}\n`);
      return 1;
    }
    return 0;
  },
};

function textSummary(report: import('../../gate/evaluate.js').GateReport): string {
  const lines = [`gate ${report.passed ? 'PASSED' : 'FAILED'} — ${report.rows} rows (${report.evaluation}); baseline: ${report.baseline.kind === 'compared' ? report.baseline.source : report.baseline.kind}`];
  for (const m of report.metrics) {
    const f = (x: number | undefined) => (x === undefined ? '—' : x.toFixed(4));
    const ci = m.ci ? ` CI [${m.ci.lower.toFixed(4)}, ${m.ci.upper.toFixed(4)}]` : '';
    lines.push(`  ${m.status.padEnd(11)} ${m.metric.padEnd(18)} baseline ${f(m.baseline)}  candidate ${f(m.candidate)}  delta ${f(m.delta)}${ci}${m.rule?.source === 'default' ? '  (default rule)' : ''}`);
  }
  for (const s of report.slices) lines.push(`  slices by ${s.column}: ${s.metric} disparity ${Number.isFinite(s.disparity) ? s.disparity.toFixed(4) : 'n/a'}${s.maxDisparity !== undefined ? ` (max ${s.maxDisparity})` : ''}`);
  for (const w of report.warnings) lines.push(`  warning: ${w}`);
  for (const n of report.notes) lines.push(`  note: ${n}`);
  return lines.join('\n') + '\n';
}
