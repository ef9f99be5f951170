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
 * How segments are decoded: `rfc6901` is AWS's; the others are the ways implementations get it wrong
 * (segments used raw, `~` escapes never read; `~0` decoded before `~1`; only `~1` decoded, `~0`
 * kept), which blame uses to recognise a broken decoder.
 */
export type SegmentDecoding = 'rfc6901' | 'raw' | 'tilde-first' | 'slash-only';

/**
 * Splits a patch path into unescaped segments. `null` for a path that is not a pointer at all:
 * no leading `/`, an empty segment (`//`, a trailing `/`) or a malformed escape.
 */
export function parsePointer(path: string, decoding: SegmentDecoding = 'rfc6901'): string[] | null {
  if (!path.startsWith('/')) return null;
  const raw = path.slice(1).split('/');
  if (raw.some((s) => s === '' || (decoding !== 'raw' && malformedEscape.test(s)))) return null;
  if (decoding === 'raw') return raw;
  if (decoding === 'tilde-first') return raw.map((s) => s.replace(/~0/g, '~').replace(/~1/g, '/'));
  if (decoding === 'slash-only') return raw.map((s) => s.replace(/~1/g, '/'));
  return jsonPointer.parse(path);
}
