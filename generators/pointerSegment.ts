/**
 * How a client writes a key as one JSON-pointer segment. Mostly RFC 6901 (escapePointer); sometimes
 * raw (a `/` then splits the path) or escaped in the wrong order (`/` -> `~1` -> `~01`), the mistakes
 * that separate a correct decoder from a naive one.
 */
import fc from 'fast-check';
import { escapePointer } from '../src/engine/escapePointer.js';

export type SegmentWriting = 'escaped' | 'raw' | 'wrong-order';

/** Escaping `/` before `~` turns `a/b` into `a~01b`: a correct decoder reads `a~1b`, a reversed one `a/b`. */
export const wrongOrderEscape = (key: string): string => key.replace(/\//g, '~1').replace(/~/g, '~0');

export const segmentWriting: fc.Arbitrary<SegmentWriting> = fc.oneof(
  { weight: 10, arbitrary: fc.constant<SegmentWriting>('escaped') },
  { weight: 1, arbitrary: fc.constant<SegmentWriting>('raw') },
  { weight: 2, arbitrary: fc.constant<SegmentWriting>('wrong-order') },
);

export function writeSegment(key: string, writing: SegmentWriting): string {
  switch (writing) {
    case 'escaped':
      return escapePointer(key);
    case 'raw':
      return key;
    case 'wrong-order':
      return wrongOrderEscape(key);
  }
}
