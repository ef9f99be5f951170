/** RFC 6901 escaping of one JSON-pointer segment, as AWS's patch paths use it (`~1` for `/`, `~0` for `~`). */
export function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** The inverse of escapePointer; `null` when the segment holds a `~` not followed by 0 or 1. */
export function unescapePointer(segment: string): string | null {
  if (/~(?![01])/.test(segment)) return null;
  // ~01 must become ~1, not /: decode ~1 first, then ~0 (RFC 6901 section 4).
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

/**
 * Splits a patch path into unescaped segments. `null` for a path that is not a pointer at all:
 * no leading `/`, an empty segment (`//`, a trailing `/`) or a malformed escape.
 */
export function parsePointer(path: string): string[] | null {
  if (!path.startsWith('/')) return null;
  const segments: string[] = [];
  for (const raw of path.slice(1).split('/')) {
    if (raw === '') return null;
    const segment = unescapePointer(raw);
    if (segment === null) return null;
    segments.push(segment);
  }
  return segments;
}
