import { writeText } from '../../io/fs.js';
import { resolve } from 'node:path';
import { boolOpt, stageSettings, type CommandSpec } from '../command.js';
import { UsageError } from '../../errors.js';
import { gateStage } from '../../config/sections/gate.js';
import { mlflowBaselineFromCli } from '../mlflow.js';
import { isMlflowRef } from '../../mlflow/uri.js';

export const command: CommandSpec = {
  name: 'gate',
  summary: 'compare a candidate model with the baseline on the same rows and pass or fail',
  stage: gateStage,
  options: {
    markdown: { type: 'boolean', description: 'print the Markdown report (as posted on the PR) instead of the text summary' },
  },
  details: [
    'Rules come from the "gate:" section of cd4ml.yml; without gate.metrics the headline metric may',
    'not drop by more than 0.01, judged with its 95% confidence interval. Exit 1 when the gate fails.',
  ].join('\n'),
  async run(opts, io) {
    const { config, settings: gate } = await stageSettings(gateStage, opts, io);
    const format = gate.format;
    if (!gate.candidate) throw new UsageError('--candidate DIR is required (or set gate.candidate in cd4ml.yml)');
    const [{ runGate }, { resolveLocalBaseline }, { renderGateMarkdown }] = await Promise.all([import('../../gate/run.js'), import('../../gate/local-baseline.js'), import('../../gate/markdown.js')]);
    const fromMlflow = isMlflowRef(gate.baseline) ? await mlflowBaselineFromCli(gate, config.mlflow, gate.baseline, io.cwd, io.stderr) : undefined;
    const baseline = fromMlflow?.source ?? resolveLocalBaseline(gate.baseline ?? 'production', gate.environment ?? 'production', io.cwd);
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
      await writeText(out, JSON.stringify(report, null, 2) + '\n');
    }
    if (boolOpt(opts, 'json')) io.stdout(JSON.stringify(report, null, 2) + '\n');
    else if (boolOpt(opts, 'markdown')) {
      const { bundleRunUrl, renderMlflowLinks } = await import('../../mlflow/gate.js');
      io.stdout(renderGateMarkdown(report) + renderMlflowLinks({ candidate: await bundleRunUrl(resolve(io.cwd, gate.candidate)), baseline: fromMlflow?.runUrl, baselineLabel: 'production' }));
    }
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
