/** The text form of train.search: `NAME=VALUES` lines (a repeated flag, a multi-line input). */
import { INVALID } from './options.js';

/** `name=values` lines → the cd4ml.yml mapping (values kept as text); INVALID without `=` or with a name twice. */
export function searchFromText(text: string): Record<string, string> | typeof INVALID {
  const out: Record<string, string> = {};
  for (const line of text.split('\n').map((l) => l.trim()).filter((l) => l !== '')) {
    const at = line.indexOf('=');
    if (at <= 0) return INVALID;
    const name = line.slice(0, at).trim();
    if (name in out) return INVALID;
    out[name] = line.slice(at + 1).trim();
  }
  return out;
}
