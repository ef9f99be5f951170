/**
 * The `value` of an operation on a rule-table row, as the optional part of the op object: mostly in
 * the member's domain, often at its edges or just outside, sometimes absent, rarely of the wrong JSON
 * type (AWS's deserializer rejects those before anything else). Domains come from the rule table.
 */
import fc from 'fast-check';
import { integrationConstraints, type IntegrationPathRule } from '../src/rules/integration.js';
import { sandboxMethodRequestParameters } from '../src/sandboxMethod.js';
import { unaimed, type Aimed } from './aimed.js';
import { invalidIntegrationUris, validIntegrationUris } from './integrationUri.js';

interface Domain {
  /** Texts the row's parser takes (constraints on the whole integration may still refuse them). */
  inside: fc.Arbitrary<Aimed<string>>;
  /** Texts at or past the parser's edge, and each constraint bound on the member and one past it. */
  edge: fc.Arbitrary<Aimed<string>>;
}

const texts = (t: readonly string[]): fc.Arbitrary<Aimed<string>> => fc.constantFrom(...t).map(unaimed);

/** One of the texts listed for the aimed integration's type (URIs). */
const forType = (list: (type: unknown) => readonly string[]): fc.Arbitrary<Aimed<string>> =>
  fc.nat().map((n) => (hint) => {
    const l = list(hint?.type);
    return l[n % l.length]!;
  });

/** The bounds of every constraint on the member, and one past each, as patch texts. */
export function boundaryTexts(member: string): string[] {
  return [...new Set(integrationConstraints.flatMap((c) => (c.boundaries ?? []).filter((b) => b.member === member).flatMap((b) => b.values.map(String))))];
}

/**
 * A row's values, from the rule table: its parser's domain (narrowed to the row's examples), the
 * constraint bounds on its member; URIs per type and the sandbox method's declared parameters are
 * what the table cannot know.
 */
function domainOf(row: IntegrationPathRule): Domain {
  const member = row.target.member;
  if (member === 'uri') return { inside: forType(validIntegrationUris), edge: forType(invalidIntegrationUris) };
  const inside = member === 'requestParameters' ? [...row.value.domain.inside, ...Object.keys(sandboxMethodRequestParameters)] : row.examples ?? row.value.domain.inside;
  return { inside: texts(inside), edge: texts([...row.value.domain.edges, ...boundaryTexts(member)]) };
}

/** JSON values that are not strings: numbers, booleans and objects are a SerializationException on AWS; null reads as absent. */
export const wrongJsonTypeValue: fc.Arbitrary<unknown> = fc.constantFrom<unknown>(99, true, {}, null);

export type ValuePart = { value?: unknown };

/** Inside values most of the time, edges often (each edge equally likely), now and then no value or a wrong JSON type. */
export function patchValue(row: IntegrationPathRule): fc.Arbitrary<Aimed<ValuePart>> {
  const d = domainOf(row);
  const present = (value: Aimed<string>): Aimed<ValuePart> => (hint) => ({ value: value(hint) });
  return fc.oneof(
    { weight: 24, arbitrary: d.inside.map(present) },
    { weight: 12, arbitrary: d.edge.map(present) },
    { weight: 3, arbitrary: fc.constant(unaimed<ValuePart>({})) },
    { weight: 1, arbitrary: wrongJsonTypeValue.map((value) => unaimed<ValuePart>({ value })) },
  );
}

/** A value the row's parser takes: for steps meant to be accepted. */
export function insideValue(row: IntegrationPathRule): fc.Arbitrary<Aimed<string>> {
  return domainOf(row).inside;
}
