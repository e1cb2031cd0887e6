/**
 * Resolve the monitor settings from cd4ml.yml's `monitor:` section and the CLI flags / action
 * inputs (same kebab-case names; flags and inputs win). Strings from flags and inputs are parsed
 * strictly; `label(name)` says how the caller names an option ("--window" or 'input "window"').
 */
import { UsageError } from '../errors.js';
import { parseBoolean, parseDuration, parseNumber } from '../config/parse.js';
import type { MonitorSection } from '../config/sections/monitor.js';
import { MONITOR_DEFAULTS, type MonitorOptions } from './evaluate.js';
import { DEFAULT_COOL_DOWN_MS, DEFAULT_ISSUE_LABEL, checkTriggerOptions } from './triggers.js';

export type MonitorSource = { kind: 'data'; path: string; labels?: string } | { kind: 'samples'; dir: string } | { kind: 'prometheus'; url: string; selector?: string };

export interface MonitorSettings {
  /** The bundle folder, or the environment whose production bundle is monitored. */
  target: { kind: 'bundle'; dir: string } | { kind: 'environment'; name: string };
  source: MonitorSource;
  /** Length of the window that ends now (samples, Prometheus). */
  windowMs: number;
  options: Required<MonitorOptions>;
  issue: boolean;
  issueLabel: string;
  retrainWorkflow?: string;
  retrainEvent?: string;
  retrainRef?: string;
  coolDownMs: number;
  failOnDrift: boolean;
  report?: string;
}

export type MonitorOverrides = Partial<Record<keyof MonitorSection, string>>;

export const DEFAULT_WINDOW_MS = 24 * 3_600_000;

/** parseDuration plus days ("7d"). */
export function parseWindow(label: string, raw: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*d\s*$/.exec(raw);
  const ms = m ? Number(m[1]) * 86_400_000 : parseDuration(label, raw);
  if (!(ms > 0)) throw new UsageError(`${label} must be longer than 0, got "${raw}"`);
  return ms;
}

export function resolveMonitorSettings(section: MonitorSection | undefined, o: MonitorOverrides, label: (name: string) => string): MonitorSettings {
  const c = section ?? {};
  const str = (k: keyof MonitorSection): string | undefined => o[k] ?? (typeof c[k] === 'string' ? (c[k] as string) : undefined);
  const num = (k: keyof MonitorSection, range: Parameters<typeof parseNumber>[2]): number | undefined => {
    if (o[k] !== undefined) return parseNumber(label(k), o[k]!, range);
    const v = c[k];
    return typeof v === 'number' ? v : undefined;
  };
  const bool = (k: keyof MonitorSection): boolean | undefined => {
    if (o[k] !== undefined) return parseBoolean(label(k), o[k]!);
    const v = c[k];
    return typeof v === 'boolean' ? v : undefined;
  };
  const dur = (k: keyof MonitorSection): number | undefined => {
    if (o[k] !== undefined) return o[k] === '0' ? 0 : parseWindow(label(k), o[k]!);
    const v = c[k];
    if (typeof v === 'number') return v * 1000;
    if (typeof v === 'string') return v.trim() === '0' ? 0 : parseWindow(`monitor.${k} in cd4ml.yml`, v);
    return undefined;
  };

  const bundle = str('bundle');
  const environment = str('environment');
  if (bundle && environment) throw new UsageError(`give either ${label('bundle')} (a model bundle folder) or ${label('environment')} (monitor what is deployed there), not both`);
  if (!bundle && !environment) throw new UsageError(`no model to monitor: give ${label('bundle')} (a model bundle folder) or ${label('environment')} (the environment deploy-canary deployed to, e.g. production)`);
  if (environment && !/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/.test(environment)) throw new UsageError(`${label('environment')} must be letters, digits, ".", "_" or "-", got "${environment}"`);

  const data = str('data');
  const samples = str('samples');
  const prometheus = str('prometheus');
  const given = [data && 'data', samples && 'samples', prometheus && 'prometheus'].filter(Boolean) as string[];
  if (given.length === 0) throw new UsageError(`no production data: give one of ${label('data')} (a data file), ${label('samples')} (the server's request-sample folder) or ${label('prometheus')} (a Prometheus URL scraping the server)`);
  if (given.length > 1) throw new UsageError(`give one production source, not ${given.map((g) => label(g)).join(' and ')}`);
  const labels = str('labels');
  if (labels && !data) throw new UsageError(`${label('labels')} names a column of ${label('data')}; the request sample and Prometheus carry no labels`);
  let source: MonitorSource;
  if (data) source = { kind: 'data', path: data, ...(labels ? { labels } : {}) };
  else if (samples) source = { kind: 'samples', dir: samples };
  else {
    let u: URL;
    try {
      u = new URL(prometheus!);
    } catch {
      throw new UsageError(`${label('prometheus')} must be a URL such as http://prometheus:9090, got "${prometheus}"`);
    }
    if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new UsageError(`${label('prometheus')} must be an http(s) URL, got "${prometheus}"`);
    const selector = str('prometheus-selector');
    if (selector !== undefined && /[{}]/.test(selector)) throw new UsageError(`${label('prometheus-selector')} is label matchers without braces, e.g. job="churn-model", got "${selector}"`);
    source = { kind: 'prometheus', url: prometheus!, ...(selector ? { selector } : {}) };
  }

  const settings: MonitorSettings = {
    target: bundle ? { kind: 'bundle', dir: bundle } : { kind: 'environment', name: environment! },
    source,
    windowMs: dur('window') ?? DEFAULT_WINDOW_MS,
    options: {
      driftShare: num('drift-share', { min: 0, max: 1 }) ?? MONITOR_DEFAULTS.driftShare,
      predictionDrift: bool('prediction-drift') ?? MONITOR_DEFAULTS.predictionDrift,
      maxMetricDrop: num('max-metric-drop', { min: 0 }) ?? MONITOR_DEFAULTS.maxMetricDrop,
      minRows: num('min-rows', { min: 1, integer: true }) ?? MONITOR_DEFAULTS.minRows,
    },
    issue: bool('issue') ?? true,
    issueLabel: str('issue-label') ?? DEFAULT_ISSUE_LABEL,
    retrainWorkflow: str('retrain-workflow'),
    retrainEvent: str('retrain-event'),
    retrainRef: str('retrain-ref'),
    coolDownMs: dur('cool-down') ?? DEFAULT_COOL_DOWN_MS,
    failOnDrift: bool('fail-on-drift') ?? false,
    report: str('report'),
  };
  if (settings.windowMs === 0) throw new UsageError(`${label('window')} must be longer than 0`);
  if (!/^[^,]{1,50}$/.test(settings.issueLabel)) throw new UsageError(`${label('issue-label')} must be 1–50 characters without commas, got "${settings.issueLabel}"`);
  checkTriggerOptions({ issue: settings.issue, retrainWorkflow: settings.retrainWorkflow, retrainEvent: settings.retrainEvent, coolDownMs: settings.coolDownMs });
  return settings;
}
