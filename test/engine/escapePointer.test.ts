import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { escapePointer, parsePointer, unescapePointer } from '../../src/engine/escapePointer.js';

describe('escapePointer (RFC 6901, as AWS documents ~1 for /)', () => {
  it('escapes / as ~1 and ~ as ~0', () => {
    expect(escapePointer('application/json')).toBe('application~1json');
    expect(escapePointer('a~b/c')).toBe('a~0b~1c');
  });
  it('decodes ~01 as ~1 (not /): ~1 is decoded before ~0', () => {
    expect(unescapePointer('~01')).toBe('~1');
  });
  it('rejects a malformed escape', () => {
    expect(unescapePointer('a~2')).toBeNull();
    expect(unescapePointer('a~')).toBeNull();
  });
  it('splits paths and refuses empty segments, trailing slashes and relative paths', () => {
    expect(parsePointer('/requestTemplates/application~1json')).toEqual(['requestTemplates', 'application/json']);
    expect(parsePointer('/timeoutInMillis/')).toBeNull();
    expect(parsePointer('//x')).toBeNull();
    expect(parsePointer('requestTemplates/application~1json')).toBeNull();
    expect(parsePointer('')).toBeNull();
  });
  test.prop([fc.string()], { seed: 6901, numRuns: 500 })('escape then unescape is the identity', (s) => {
    expect(unescapePointer(escapePointer(s))).toBe(s);
    expect(escapePointer(s)).not.toContain('/');
  });
});
