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

/** The first row whose pattern the segments match, with the key its `{key}` segment names. */
export function matchPattern<R extends { pattern: string }>(rows: readonly R[], segments: readonly string[]): { row: R; key?: string } | null {
  for (const row of rows) {
    const pattern = segmentsOf(row.pattern);
    if (pattern.length !== segments.length) continue;
    let key: string | undefined;
    if (pattern.every((p, n) => (p === '{key}' ? ((key = segments[n]), true) : p === segments[n]))) return key === undefined ? { row } : { row, key };
  }
  return null;
}
