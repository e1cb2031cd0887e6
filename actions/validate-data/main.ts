import * as core from '@actions/core';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { runAction, setOutputs, writeSummary } from '../shared/run.js';
import { getInputs } from './inputs.js';
import { actionProgress } from '../shared/progress.js';
import { CheckFailedError, UsageError } from '../../src/errors.js';

await runAction('validate-data', async () => {
  const { settings: opts } = await getInputs();
  if (!opts.data) throw new UsageError('input "data" is required (or set validate.data in cd4ml.yml)');
  // The engine is loaded only now, so the bundle starts fast.
  const { validateData } = await import('../../src/data/validate.js');
  const { annotations, renderMarkdown } = await import('../../src/data/summary.js');
  const { writeText } = await import('../../src/io/fs.js');

  const report = await validateData({ data: opts.data, format: opts.format, schema: opts.schema, reference: opts.reference, infer: opts.infer, failOn: opts['fail-on'], progress: actionProgress(opts.progress) });
  const reportPath = opts.report ?? join(process.env.RUNNER_TEMP || '.', 'cd4ml', 'validate-report.json');
  await writeText(reportPath, JSON.stringify(report, null, 2) + '\n');

  const root = process.env.GITHUB_WORKSPACE || process.cwd();
  for (const a of annotations(report, opts['max-annotations']!)) {
    const abs = resolve(a.file);
    const file = isAbsolute(a.file) || a.file.startsWith('..') ? relative(root, abs) : a.file;
    const props = { title: 'cd4ml validate-data', file, ...(a.line !== undefined ? { startLine: a.line } : {}) };
    if (a.severity === 'error') core.error(a.message, props);
    else core.warning(a.message, props);
  }
  await writeSummary(renderMarkdown(report));
  setOutputs({
    passed: report.passed,
    errors: report.errors,
    warnings: report.warnings,
    'drifted-columns': report.drift?.driftedColumns ?? [],
    'report-path': reportPath,
  });
  core.info(`${report.passed ? 'passed' : 'failed'}: ${report.errors} error(s), ${report.warnings} warning(s); report ${reportPath}`);
  if (!report.passed) {
    const failed = report.checks.filter((c) => !c.passed && (report.failOn === 'warning' || c.severity === 'error'));
    const list = failed
      .slice(0, 5)
      .map((c) => `${c.check}${c.column !== undefined ? ` [${c.column}]` : ''}: ${c.observed} (expected ${c.expected})`)
      .join('; ');
    throw new CheckFailedError(`${failed.length} check(s) failed at fail-on "${report.failOn}": ${list}${failed.length > 5 ? '; …' : ''}`);
  }
});
