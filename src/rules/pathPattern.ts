/**
 * Matching a parsed patch path against rule rows whose `pattern` names the path as a reader writes it
 * (`/requestTemplates/{key}`: `{key}` is one segment, the key). Shared by every resource's rows.
 */

const split = new Map<string, readonly string[]>();

/** A pattern's segments, split once per pattern (matching runs on every operation of every patch). */
function segmentsOf(pattern: string): readonly string[] {
  let s = split.get(pattern);
  if (!s) split.set(pattern, (s = pattern.slice(1).split('/')));
  return s;
}

/** The first row whose pattern the segments match, with the keys its `{key}` segments name (`key`: the last). */
export function matchPattern<R extends { pattern: string }>(rows: readonly R[], segments: readonly string[]): { row: R; key?: string; keys: readonly string[] } | null {
  for (const row of rows) {
    const pattern = segmentsOf(row.pattern);
    if (pattern.length !== segments.length) continue;
    const keys: string[] = [];
    if (pattern.every((p, n) => (p === '{key}' ? (keys.push(segments[n]!), true) : p === segments[n]))) return keys.length === 0 ? { row, keys } : { row, key: keys.at(-1)!, keys };
  }
  return null;
}
