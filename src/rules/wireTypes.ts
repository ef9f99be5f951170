/**
 * AWS's request deserializer (Coral) runs before any validation: a JSON value of the wrong type is a
 * SerializationException whose text names the Java class it could not convert.
 */
import { defineErrorRule, reject, type Rejection } from './defineRule.js';

export type WireShape =
  | 'string'
  | 'integer'
  /** A JSON number with a fraction allowed (rateLimit, percentTraffic). */
  | 'double'
  | 'boolean'
  | { map: WireShape }
  | { list: WireShape }
  | { struct: Readonly<Record<string, WireShape>> };

const notAStringText = (javaClass: string) => `class ${javaClass} can not be converted to an String`;

export const wireNotAString = defineErrorRule(
  { id: 'wire.not-a-string', summary: 'a JSON boolean or number as a value of a string map (requestParameters, requestTemplates)', exception: 'SerializationException', message: notAStringText },
  'aws-recorded',
  'LocalStack test_apigateway_integrations.py#test_put_integration_validation (a boolean and a number inside requestParameters/requestTemplates)',
);

export const wireMemberNotAString = defineErrorRule(
  { id: 'wire.member-not-a-string', summary: 'a JSON boolean or number where any other string member is expected (top-level members, patch operation fields)', exception: 'SerializationException', message: notAStringText },
  'inferred',
  "the same deserializer as wire.not-a-string, which is recorded only for values inside the maps",
);

export const wireTypeMismatch = defineErrorRule(
  { id: 'wire.type-mismatch', summary: 'any other JSON value of the wrong type', exception: 'SerializationException', message: (text: string) => text },
  'inferred',
  "Coral's deserializer texts as DynamoDB-compatible emulators reproduce them; not recorded on API Gateway",
);

const javaClassOf = (v: unknown): string =>
  typeof v === 'boolean' ? 'java.lang.Boolean' : typeof v === 'number' ? 'com.amazon.coral.value.json.numbers.TruncatingBigNumber' : 'java.lang.String';

const targetName = (shape: WireShape): string =>
  typeof shape === 'string' ? (shape === 'string' ? 'String' : shape === 'integer' ? 'Integer' : shape === 'double' ? 'Double' : 'Boolean') : 'list' in shape ? 'List' : 'Map';

/** The first conversion failure in `value` against `shape`, in document order; null when it deserializes. */
export function checkWireShape(value: unknown, shape: WireShape, inMap = false): Rejection | null {
  if (value === null || value === undefined) return null; // null members are absent to Coral
  if (Array.isArray(value)) {
    if (typeof shape === 'object' && 'list' in shape) {
      for (const item of value) {
        const r = checkWireShape(item, shape.list);
        if (r) return r;
      }
      return null;
    }
    return reject(wireTypeMismatch, 'Start of list found where not expected');
  }
  if (typeof value === 'object') {
    if (typeof shape === 'object' && 'map' in shape) {
      for (const v of Object.values(value)) {
        const r = checkWireShape(v, shape.map, true);
        if (r) return r;
      }
      return null;
    }
    if (typeof shape === 'object' && 'struct' in shape) {
      // Document order, as the deserializer reads it; members the model lacks are skipped.
      for (const [k, v] of Object.entries(value)) {
        const member = shape.struct[k];
        const r = member === undefined ? null : checkWireShape(v, member);
        if (r) return r;
      }
      return null;
    }
    return reject(wireTypeMismatch, 'Start of structure or map found where not expected.');
  }
  if (shape === 'string') {
    if (typeof value === 'string') return null;
    return reject(inMap ? wireNotAString : wireMemberNotAString, javaClassOf(value));
  }
  if ((shape === 'integer' || shape === 'double') && typeof value === 'number') return null;
  if (shape === 'boolean' && typeof value === 'boolean') return null;
  return reject(wireTypeMismatch, `class ${javaClassOf(value)} can not be converted to an ${targetName(shape)}`);
}
