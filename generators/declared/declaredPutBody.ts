/**
 * A put (or create) body for a declared resource, from its members: each optional member drawn from
 * its examples (maps as a few of their example keys; `{}` kept in reach, since AWS answers it as sent).
 * The values are those the declaration names, so most bodies are accepted and some are not.
 */
import fc from 'fast-check';
import type { MemberDeclaration, ResourceDeclaration } from '../../src/resources/declaration.js';

const mapValue = (m: MemberDeclaration): fc.Arbitrary<unknown> => {
  switch (m.kind) {
    case 'booleanMap':
      return fc.boolean();
    case 'nullableStringMap':
      return fc.constantFrom('"created"', '{"ok": true}', '', '#set($b = 1)$b');
    default:
      // Values of string maps name things (models, mapping sources): the declaration's rows know them.
      return fc.constantFrom('Empty', 'Error', "'*'", 'integration.response.header.X-Id');
  }
};

function memberValue(m: MemberDeclaration, valuesOf: (member: string) => readonly string[]): fc.Arbitrary<unknown> | null {
  const examples = m.examples ?? [];
  switch (m.kind) {
    case 'boolean':
      return fc.boolean();
    case 'string': {
      const values = [...examples, ...valuesOf(m.name)];
      return values.length > 0 ? fc.constantFrom(...values) : null;
    }
    case 'stringList':
      return examples.length > 0 ? fc.subarray([...examples], { minLength: 1 }) : null;
    case 'integer':
      return null;
    default: {
      if (examples.length === 0) return null;
      const valueOf = valuesOf(m.name).length > 0 ? fc.constantFrom(...valuesOf(m.name)) : mapValue(m);
      return fc.uniqueArray(fc.tuple(fc.constantFrom(...examples), m.kind === 'booleanMap' ? fc.boolean() : valueOf), { selector: ([k]) => k, maxLength: 3 }).map((entries) => Object.fromEntries(entries));
    }
  }
}

/**
 * `required` members are always present (with `requiredValues` preferred); identity members (the URI
 * key, ids the service assigns) never are.
 */
export function declaredPutBody(decl: ResourceDeclaration, opts: { required?: Readonly<Record<string, readonly unknown[]>> } = {}): fc.Arbitrary<Record<string, unknown>> {
  const assigned = new Set([decl.key, 'id', 'httpMethod', 'statusCode']);
  // The values a row takes for a member are good put values too (model names, mapping sources).
  const valuesOf = (member: string): readonly string[] =>
    decl.rows.filter((r) => (r.target.kind === 'member' || r.target.kind === 'mapEntry') && r.target.member === member).flatMap((r) => r.value.inside.filter((v) => v !== ''));
  const parts: Record<string, fc.Arbitrary<unknown>> = {};
  const referring: Record<string, fc.Arbitrary<unknown>> = {};
  for (const m of decl.members) {
    if (assigned.has(m.name)) continue;
    const required = opts.required?.[m.name];
    const arb = required ? fc.constantFrom(...required) : memberValue(m, valuesOf);
    if (arb) (m.refersTo ? referring : parts)[m.name] = arb;
  }
  const requiredKeys = Object.keys(opts.required ?? {}) as never[];
  const body = fc.record(parts, { requiredKeys }) as fc.Arbitrary<Record<string, unknown>>;
  if (Object.keys(referring).length === 0) return body;
  // A member naming another resource (an authorizer, a validator) refuses the put in a sandbox that has
  // none: one body in eight carries one, so most puts make the resource and its patches get checked.
  return fc.oneof(
    { weight: 7, arbitrary: body },
    { weight: 1, arbitrary: fc.tuple(body, fc.record(referring, { requiredKeys: [] })).map(([b, r]) => ({ ...b, ...r })) },
  );
}
