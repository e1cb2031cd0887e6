/**
 * Google Cloud access for the core, without any Google client in the pure code paths:
 * Application Default Credentials through google-auth-library (loaded on demand) and a fetch
 * for Cloud Monitoring's Prometheus-compatible API that adds the bearer token and turns Google's
 * 401/403 answers into messages that say what to do. Used by deploy (metrics-source
 * cloud-monitoring, the Cloud Run client) and by monitor (live metrics read from Cloud Monitoring).
 * Every token goes to `onToken` before its first use (the actions mask it); no message here
 * contains a token or a request header.
 */
import type { GoogleAuth } from 'google-auth-library';
import { UsageError } from '../errors.js';

export const CLOUD_MONITORING_ENDPOINT = 'https://monitoring.googleapis.com';
/** The IAM role that grants monitoring.timeSeries.list (what the Prometheus API needs). */
export const MONITORING_ROLE = 'roles/monitoring.viewer';

/** Returns a current OAuth access token (refreshing it when needed). */
export type TokenSource = () => Promise<string>;

/** The project of a Cloud Monitoring Prometheus API root (…/v1/projects/P/location/global/prometheus), else undefined. */
export function cloudMonitoringProject(url: string): string | undefined {
  try {
    const m = /^\/v1\/projects\/([^/]+)\/location\/global\/prometheus\/?$/.exec(new URL(url).pathname);
    return m ? decodeURIComponent(m[1]) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Application Default Credentials (GOOGLE_APPLICATION_CREDENTIALS: the external_account file of
 * workload identity federation or a service-account key, both written by google-github-actions/auth;
 * else gcloud's or the metadata server's). Refreshed tokens go to onToken.
 */
export async function createGoogleAuth(projectId: string | undefined, onToken?: (token: string) => void): Promise<GoogleAuth> {
  const { GoogleAuth } = await import('google-auth-library');
  // The project is known: without it, workload identity federation credentials would look it
  // up through Cloud Resource Manager (one more API, one more permission).
  const auth = new GoogleAuth({ scopes: ['https://www.googleapis.com/auth/cloud-platform'], projectId });
  let client;
  try {
    client = await auth.getClient();
  } catch (e) {
    throw new UsageError(
      `no Google Cloud credentials (${(e as Error).message}); in a workflow, run google-github-actions/auth before this step (it sets GOOGLE_APPLICATION_CREDENTIALS), with the identity granted the roles it needs (roles/monitoring.viewer to read metrics, roles/run.developer to deploy)`,
    );
  }
  client.on('tokens', (t: { access_token?: string | null }) => {
    if (t.access_token) onToken?.(t.access_token);
  });
  return auth;
}

/** A token source over a GoogleAuth. */
export function tokenSourceOf(auth: GoogleAuth): TokenSource {
  return async () => {
    const t = await auth.getAccessToken();
    if (!t) throw new Error('Application Default Credentials gave no access token');
    return t;
  };
}

/**
 * For a Prometheus URL that is Cloud Monitoring's: a fetch with the runner's Google credentials.
 * Undefined for any other URL (plain Prometheus needs no token).
 */
export async function cloudMonitoringFetch(url: string, onToken?: (token: string) => void): Promise<typeof fetch | undefined> {
  const project = cloudMonitoringProject(url);
  if (project === undefined) return undefined;
  const auth = await createGoogleAuth(project, onToken);
  return authorizedFetch({ project, token: tokenSourceOf(auth), onToken });
}

/** The Prometheus API root of a project in Cloud Monitoring. */
export function cloudMonitoringPrometheusUrl(project: string, endpoint = CLOUD_MONITORING_ENDPOINT): string {
  return `${endpoint.replace(/\/$/, '')}/v1/projects/${encodeURIComponent(project)}/location/global/prometheus`;
}

/** Google's JSON error body {error: {code, message, status}}, or Prometheus's {error}. */
function errorText(body: string): string {
  try {
    const j = JSON.parse(body) as { error?: { message?: string; status?: string } | string };
    if (typeof j.error === 'string') return j.error;
    if (j.error?.message) return `${j.error.status ? `${j.error.status}: ` : ''}${j.error.message}`;
  } catch {
    /* not JSON */
  }
  return body.slice(0, 200);
}

/**
 * A fetch that adds the bearer token and turns Google's auth answers into messages that say
 * what to do. Never puts the token in a message.
 */
export function authorizedFetch(o: { project: string; token: TokenSource; onToken?: (token: string) => void; fetchImpl?: typeof fetch }): typeof fetch {
  const base = o.fetchImpl ?? fetch;
  let last: string | undefined;
  return (async (input: string | URL | Request, init?: RequestInit) => {
    let token: string;
    try {
      token = await o.token();
    } catch (e) {
      throw new Error(
        `no Google Cloud credentials for Cloud Monitoring (${(e as Error).message}); in a workflow, run google-github-actions/auth before this step (it sets GOOGLE_APPLICATION_CREDENTIALS)`,
      );
    }
    if (token !== last) {
      o.onToken?.(token);
      last = token;
    }
    const headers = new Headers(init?.headers);
    headers.set('authorization', `Bearer ${token}`);
    const res = await base(input, { ...init, headers });
    if (res.status === 401 || res.status === 403) {
      const why = errorText(await res.text());
      if (res.status === 403) {
        throw new Error(
          `Cloud Monitoring denied reading metrics of project "${o.project}" (403 ${why}): grant the workflow's identity ${MONITORING_ROLE} on project "${o.project}", e.g. gcloud projects add-iam-policy-binding ${o.project} --member=serviceAccount:SA_EMAIL --role=${MONITORING_ROLE}`,
        );
      }
      throw new Error(`Cloud Monitoring did not accept the credentials (401 ${why}); check the google-github-actions/auth step`);
    }
    return res;
  }) as typeof fetch;
}

