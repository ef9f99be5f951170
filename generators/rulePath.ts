/**
 * Paths of a rule-table row, built from its pattern: `{key}` becomes a key the integration holds or
 * a fresh one (or now and then one the row's key check refuses), written as a pointer segment.
 */
import fc from 'fast-check';
import { KEY, type IntegrationPathRule } from '../src/rules/integration.js';
import { unaimed, type Aimed } from './aimed.js';
import { existingKeys, type KeyedMember } from './existingKeys.js';
import { cacheKeyName, integrationParameterKey, invalidIntegrationParameterKey, invalidTemplateContentType, templateContentType } from './mapKeys.js';
import { segmentWriting, writeSegment } from './pointerSegment.js';

const freshKeys: Record<KeyedMember, { valid: fc.Arbitrary<string>; invalid: fc.Arbitrary<string> }> = {
  requestTemplates: { valid: templateContentType, invalid: invalidTemplateContentType },
  requestParameters: { valid: integrationParameterKey, invalid: invalidIntegrationParameterKey },
  cacheKeyParameters: { valid: cacheKeyName, invalid: fc.constantFrom('method.request.path.undeclared') },
};

type KeyChoice = 'held' | 'fresh' | 'invalid';

/** A key for the row's map or list: held ones first, since replace/remove differ on held and missing keys. */
export function rowKey(member: KeyedMember): fc.Arbitrary<Aimed<string>> {
  const choice = fc.oneof(
    { weight: 5, arbitrary: fc.constant<KeyChoice>('held') },
    { weight: 4, arbitrary: fc.constant<KeyChoice>('fresh') },
    { weight: 1, arbitrary: fc.constant<KeyChoice>('invalid') },
  );
  return fc.tuple(choice, fc.nat(), freshKeys[member].valid, freshKeys[member].invalid).map(([c, n, fresh, invalid]) => (hint) => {
    const held = existingKeys(hint, member);
    return c === 'invalid' ? invalid : c === 'held' && held.length > 0 ? held[n % held.length]! : fresh;
  });
}

export function rulePath(row: IntegrationPathRule): fc.Arbitrary<Aimed<string>> {
  const t = row.target;
  if (!row.segments.includes(KEY) || (t.kind !== 'mapEntry' && t.kind !== 'setMember')) return fc.constant(unaimed(row.pattern));
  return fc
    .tuple(rowKey(t.member), segmentWriting)
    .map(([key, writing]) => (hint) => '/' + row.segments.map((s) => (s === KEY ? writeSegment(key(hint), writing) : s)).join('/'));
}
