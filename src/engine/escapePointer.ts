/**
 * RFC 6901 pointers as AWS's patch paths use them (`~1` for `/`, `~0` for `~`). The escaping itself
 * is json-pointer's; what AWS refuses on top of RFC 6901 (no leading `/`, empty segments, a `~` not
 * followed by 0 or 1) is decided here, since json-pointer accepts all three.
 */
import jsonPointer from 'json-pointer';

const malformedEscape = /~(?![01])/;

export function escapePointer(segment: string): string {
  return jsonPointer.escape(segment);
}

/** The inverse of escapePointer (~1 is decoded before ~0, so `~01` is `~1`); `null` for a malformed escape. */
export function unescapePointer(segment: string): string | null {
  return malformedEscape.test(segment) ? null : jsonPointer.unescape(segment);
}

/**
 * Splits a patch path into unescaped segments. `null` for a path that is not a pointer at all:
 * no leading `/`, an empty segment (`//`, a trailing `/`) or a malformed escape.
 */
export function parsePointer(path: string): string[] | null {
  if (!path.startsWith('/') || path.split('/').some((raw, n) => n > 0 && (raw === '' || malformedEscape.test(raw)))) return null;
  return jsonPointer.parse(path);
}
