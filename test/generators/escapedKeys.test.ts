import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cacheKeyName, classifyOperation, integrationParameterKey, templateContentType, wrongOrderEscape, writeSegment } from '../../generators/index.js';
import { escapePointer, parsePointer } from '../../src/engine/escapePointer.js';

/** Keys from the generators' pools and arbitrary text rich in `/` and `~`. */
const anyKey = fc.oneof(
  templateContentType,
  integrationParameterKey,
  cacheKeyName,
  fc.string({ unit: fc.constantFrom('a', '/', '~', '0', '1', '.'), minLength: 1, maxLength: 8 }),
);

describe('escaped keys', () => {
  it('round-trip through escapePointer and parsePointer', () => {
    fc.assert(
      fc.property(anyKey, fc.constantFrom('requestTemplates', 'requestParameters', 'cacheKeyParameters'), (key, member) => {
        expect(parsePointer(`/${member}/${writeSegment(key, 'escaped')}`)).toEqual([member, key]);
      }),
      { seed: 42, numRuns: 300 },
    );
  });

  it('classify as their row whatever characters the key holds', () => {
    fc.assert(
      fc.property(anyKey, (key) => {
        expect(classifyOperation({ op: 'add', path: `/requestTemplates/${escapePointer(key)}` }).family).toBe('/requestTemplates/{key}');
      }),
      { seed: 42, numRuns: 300 },
    );
  });

  it('written raw or in the wrong order, read back as something else when the key holds a `/`', () => {
    fc.assert(
      fc.property(anyKey.filter((k) => k.includes('/')), (key) => {
        expect(parsePointer(`/requestTemplates/${writeSegment(key, 'raw')}`)).not.toEqual(['requestTemplates', key]);
        expect(parsePointer(`/requestTemplates/${wrongOrderEscape(key)}`)).toEqual(['requestTemplates', key.replace(/\//g, '~1')]);
      }),
      { seed: 42, numRuns: 300 },
    );
  });
});
