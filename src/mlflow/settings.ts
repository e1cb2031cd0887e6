/**
 * Resolve the MLflow connection from the `mlflow:` section, flag/input overrides and the standard
 * MLflow environment variables — which the adapters read and pass in (the core never touches
 * process.env).
 */
import { UsageError } from '../errors.js';
import type { MlflowSection } from '../config/sections/mlflow.js';
import { normalizeTrackingUri, type MlflowAuth } from './client.js';

/** The standard MLflow environment variables, as read by an adapter. */
export interface MlflowEnv {
  MLFLOW_TRACKING_URI?: string;
  MLFLOW_TRACKING_TOKEN?: string;
  MLFLOW_TRACKING_USERNAME?: string;
  MLFLOW_TRACKING_PASSWORD?: string;
}

/** Flag / input values (kebab-case, as strings or already parsed). */
export interface MlflowOverrides {
  'tracking-uri'?: string;
  experiment?: string;
  'registered-model'?: string;
  alias?: string;
  required?: boolean;
}

export interface MlflowSettings {
  trackingUri: string;
  /** Where the URI came from, for messages. */
  uriSource: string;
  experiment: string;
  registeredModel?: string;
  alias: string;
  required: boolean;
  auth: MlflowAuth;
}

export const MLFLOW_DEFAULTS = { experiment: 'cd4ml', alias: 'production', required: true } as const;

const pick = (s: string | undefined) => (s === undefined || s.trim() === '' ? undefined : s.trim());

/** MLflow rejects these alias names (reserved for version references). */
export function checkAlias(alias: string, label: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_-]*$/.test(alias) || alias.length > 255) throw new UsageError(`${label} must be letters, digits, "_" or "-" (not starting with a digit), got "${alias}"`);
  if (alias.toLowerCase() === 'latest' || /^v\d+$/i.test(alias)) throw new UsageError(`${label} "${alias}" is reserved by MLflow ("latest" and v<number> name versions); choose another alias, e.g. production`);
  return alias;
}

/** The MLflow overrides a step or command gives: its declared MLflow inputs/flags (src/config/sections/mlflow.ts), already typed. */
export function mlflowOverridesOf(given: { 'tracking-uri'?: string; experiment?: string; 'registered-model'?: string; alias?: string; 'mlflow-required'?: boolean; 'model-version'?: number }): MlflowOverrides & { 'model-version'?: string } {
  return {
    'tracking-uri': given['tracking-uri'],
    experiment: given.experiment,
    'registered-model': given['registered-model'],
    alias: given.alias,
    required: given['mlflow-required'],
    'model-version': given['model-version'] === undefined ? undefined : String(given['model-version']),
  };
}

/**
 * The connection, or undefined when MLflow is not configured (no tracking URI from flag/input,
 * cd4ml.yml or MLFLOW_TRACKING_URI). `label(name)` names an option in messages (`--tracking-uri`,
 * `input "tracking-uri"`).
 */
export function resolveMlflowSettings(section: MlflowSection | undefined, overrides: MlflowOverrides, env: MlflowEnv, label: (name: string) => string): MlflowSettings | undefined {
  const fromOverride = pick(overrides['tracking-uri']);
  const fromSection = pick(section?.['tracking-uri']);
  const fromEnv = pick(env.MLFLOW_TRACKING_URI);
  const uri = fromOverride ?? fromSection ?? fromEnv;
  if (uri === undefined) return undefined;
  const uriSource = fromOverride !== undefined ? label('tracking-uri') : fromSection !== undefined ? 'mlflow.tracking-uri in cd4ml.yml' : 'MLFLOW_TRACKING_URI';
  const trackingUri = normalizeTrackingUri(uri, uriSource);
  const token = pick(env.MLFLOW_TRACKING_TOKEN);
  const username = pick(env.MLFLOW_TRACKING_USERNAME);
  const password = env.MLFLOW_TRACKING_PASSWORD;
  let auth: MlflowAuth = { kind: 'none' };
  if (token !== undefined) {
    if (username !== undefined) throw new UsageError('both MLFLOW_TRACKING_TOKEN and MLFLOW_TRACKING_USERNAME are set; keep one way of authenticating to MLflow (a token, or a username and password)');
    auth = { kind: 'token', token };
  } else if (username !== undefined) {
    if (password === undefined || password === '') throw new UsageError('MLFLOW_TRACKING_USERNAME is set without MLFLOW_TRACKING_PASSWORD; set both for HTTP basic authentication');
    auth = { kind: 'basic', username, password };
  } else if (password !== undefined && password !== '') {
    throw new UsageError('MLFLOW_TRACKING_PASSWORD is set without MLFLOW_TRACKING_USERNAME; set both for HTTP basic authentication');
  }
  const experiment = pick(overrides.experiment) ?? section?.experiment ?? MLFLOW_DEFAULTS.experiment;
  const registeredModel = pick(overrides['registered-model']) ?? section?.['registered-model'];
  const alias = checkAlias(pick(overrides.alias) ?? section?.alias ?? MLFLOW_DEFAULTS.alias, pick(overrides.alias) !== undefined ? label('alias') : 'mlflow.alias');
  const required = overrides.required ?? section?.required ?? MLFLOW_DEFAULTS.required;
  return { trackingUri, uriSource, experiment, registeredModel, alias, required, auth };
}

/** The secrets an adapter must mask before any output (core.setSecret). */
export function secretsOf(auth: MlflowAuth): string[] {
  if (auth.kind === 'token') return [auth.token];
  if (auth.kind === 'basic') return [auth.password, Buffer.from(`${auth.username}:${auth.password}`).toString('base64')];
  return [];
}

/** What a client needs from the adapter's world. */
export interface MlflowRuntime {
  fetch: typeof fetch;
  sleep: (ms: number) => Promise<void>;
  now: () => number;
  log?: (message: string) => void;
}

/** A client for resolved settings. */
export async function connectMlflow(settings: MlflowSettings, runtime: MlflowRuntime): Promise<import('./client.js').MlflowClient> {
  const { MlflowClient } = await import('./client.js');
  return new MlflowClient({ trackingUri: settings.trackingUri, auth: settings.auth, fetch: runtime.fetch, sleep: runtime.sleep, now: runtime.now, log: runtime.log });
}
