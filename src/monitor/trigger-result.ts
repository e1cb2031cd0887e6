/** What the drift triggers did: shared by triggers.ts (which acts) and markdown.ts (which reports). */
export interface TriggerResult {
  issue: { action: 'created' | 'updated' | 'off' | 'not-needed'; number?: number; url?: string; detail: string };
  retrain: { action: 'dispatched' | 'cool-down' | 'off' | 'not-needed'; lastTrigger?: string; inputs?: Record<string, string>; detail: string };
}
