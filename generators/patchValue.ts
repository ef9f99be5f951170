/**
 * The `value` of an operation on a rule-table row, as the optional part of the op object: mostly in
 * the member's domain, often at its edges or just outside, sometimes absent, rarely of the wrong JSON
 * type (AWS's deserializer rejects those before anything else).
 */
import fc from 'fast-check';
import {
  connectionTypes,
  contentHandlings,
  httpVerbs,
  integrationTypes,
  passthroughBehaviors,
  responseTransferModes,
  type IntegrationPathRule,
} from '../src/rules/integration.js';
import { unaimed, type Aimed } from './aimed.js';
import { invalidIntegrationUris, validIntegrationUris } from './integrationUri.js';
import { invalidMappingSource, validMappingSource } from './mappingSource.js';
import { invalidTimeoutText, validTimeoutText } from './timeoutInMillis.js';

interface ValueDomain {
  /** Texts the row's parser takes (constraints on the whole integration may still refuse them). */
  inside: fc.Arbitrary<Aimed<string>>;
  /** Texts at or past the parser's edge: bad enums, empty strings, case changes, out-of-range numbers. */
  edge: fc.Arbitrary<Aimed<string>>;
  /** Against 30 for `inside`; raised where the edges are what implementations get wrong. */
  edgeWeight?: number;
}

const texts = (t: readonly string[] | fc.Arbitrary<string>): fc.Arbitrary<Aimed<string>> =>
  (Array.isArray(t) ? fc.constantFrom(...(t as readonly string[])) : (t as fc.Arbitrary<string>)).map(unaimed);
const domain = (inside: readonly string[] | fc.Arbitrary<string>, edge: readonly string[] | fc.Arbitrary<string>): ValueDomain => ({ inside: texts(inside), edge: texts(edge) });

/** One of the texts listed for the aimed integration's type (URIs). */
const forType = (list: (type: unknown) => readonly string[]): fc.Arbitrary<Aimed<string>> =>
  fc.nat().map((n) => (hint) => {
    const l = list(hint?.type);
    return l[n % l.length]!;
  });

const templateTexts = ['{"id": "$input.params(\'id\')"}', "#set($b = $input.path('$'))$b", 'Action=SendMessage&MessageBody=$input.body', '{statusCode: 200}'];

/** Values per member the row writes; a member the table gains later falls back to plain text. */
function domainOf(row: IntegrationPathRule): ValueDomain {
  switch (row.target.member) {
    case 'cacheKeyParameters':
      return domain(['', 'ignored'], ['']);
    case 'cacheNamespace':
      return domain(['ns-orders', 'r3s0ur', 'ns with spaces'], ['']);
    case 'connectionId':
      return domain(['vpclink-a1b2c3', '${stageVariables.vpcLinkId}'], ['']);
    case 'connectionType':
      return domain(connectionTypes, ['PUBLIC', 'internet', '']);
    case 'contentHandling':
      return domain([...contentHandlings, ''], ['CONVERT_TO_JSON', 'convert_to_text']);
    case 'credentials':
      return domain(['arn:aws:iam::123456789012:role/apigw-invoke', 'arn:aws:iam::*:user/*'], ['']);
    case 'httpMethod':
      return domain(httpVerbs, ['FETCH', 'get', '']);
    case 'integrationTarget':
      return domain(['arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/orders/50dc6c495c0c9188/0467ef3c8400ae65'], ['']);
    case 'passthroughBehavior':
      return domain(passthroughBehaviors, ['ALWAYS', 'when_no_match', '']);
    case 'requestParameters':
      return { ...domain(validMappingSource, invalidMappingSource), edgeWeight: 4 };
    case 'requestTemplates':
      return domain(templateTexts, ['']);
    case 'responseTransferMode':
      return domain(responseTransferModes, ['STREAMING', 'buffered', '']);
    case 'timeoutInMillis':
      return { ...domain(validTimeoutText, invalidTimeoutText), edgeWeight: 20 };
    case 'tlsConfig':
      return domain(['true', 'false'], ['TRUE', 'yes', '1', '']);
    case 'type':
      return domain(integrationTypes, ['LAMBDA']);
    case 'uri':
      return { inside: forType(validIntegrationUris), edge: forType(invalidIntegrationUris) };
    default:
      return domain(['x'], ['']);
  }
}

/** JSON values that are not strings: numbers, booleans and objects are a SerializationException on AWS; null reads as absent. */
export const wrongJsonTypeValue: fc.Arbitrary<unknown> = fc.constantFrom<unknown>(99, true, {}, null);

export type ValuePart = { value?: unknown };

export function patchValue(row: IntegrationPathRule): fc.Arbitrary<Aimed<ValuePart>> {
  const d = domainOf(row);
  const present = (value: Aimed<string>): Aimed<ValuePart> => (hint) => ({ value: value(hint) });
  return fc.oneof(
    { weight: 30, arbitrary: d.inside.map(present) },
    { weight: d.edgeWeight ?? 6, arbitrary: d.edge.map(present) },
    { weight: 3, arbitrary: fc.constant(unaimed<ValuePart>({})) },
    { weight: 1, arbitrary: wrongJsonTypeValue.map((value) => unaimed<ValuePart>({ value })) },
  );
}
