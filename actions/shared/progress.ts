/**
 * Reading progress in an action's log: a plain line every few seconds inside a collapsible group
 * (core.startGroup / core.info / core.endGroup). What to show and when is decided by
 * src/report/progress.ts; files under its threshold (mode auto) show nothing.
 */
import * as core from '@actions/core';
import { performance } from 'node:perf_hooks';
import { createProgressTracker, type ProgressFor, type ProgressMode } from '../../src/report/progress.js';

export function actionProgress(mode: ProgressMode = 'auto'): ProgressFor {
  return (file) => {
    if (mode === 'never') return undefined;
    const track = createProgressTracker({ label: file, style: 'lines', now: () => performance.now(), mode });
    return (p) => {
      for (const o of track(p)) {
        if (o.kind === 'begin') core.startGroup(o.title);
        else if (o.kind === 'line' || o.kind === 'frame') core.info(o.text);
        else core.endGroup();
      }
    };
  };
}
