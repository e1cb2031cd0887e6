/**
 * YAML helpers shared by every file the project reads as YAML (cd4ml.yml, data contracts):
 * where a zod issue's path sits in the text, so messages can name file:line.
 */
import { LineCounter, parseDocument, isMap, isSeq, type Node } from 'yaml';

/**
 * Line (1-based) of the YAML node at `path` (e.g. ['train', 'max-depth']); for the last step the
 * key itself, where a reader looks. Undefined when the text has no such node at all.
 */
export function yamlLineOf(text: string, path: (string | number)[]): number | undefined {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter });
  let node: unknown = doc.contents;
  let offset: number | undefined = (node as Node | null)?.range?.[0];
  for (const [i, key] of path.entries()) {
    if (isMap(node)) {
      const pair = node.items.find((p) => String((p.key as { value?: unknown } | null)?.value) === String(key));
      if (!pair) break;
      const last = i === path.length - 1;
      offset = (last ? (pair.key as Node | null)?.range?.[0] : ((pair.value as Node | null)?.range?.[0] ?? (pair.key as Node | null)?.range?.[0])) ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number') {
      node = node.items[key];
      offset = (node as Node | null)?.range?.[0] ?? offset;
    } else break;
  }
  return offset === undefined ? undefined : counter.linePos(offset).line;
}
