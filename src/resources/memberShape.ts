/** A resource's request body shape, derived from its members' kinds: what Coral's deserializer checks first. */
import type { WireShape } from '../rules/wireTypes.js';
import type { MemberDeclaration } from './declaration.js';

/** A member's wire type (null for members no body or check carries: embedded children, timestamps). */
export function memberWireShape(m: MemberDeclaration): WireShape | null {
  switch (m.kind) {
    case 'string':
    case 'integer':
    case 'boolean':
      return m.kind;
    case 'stringList':
      return { list: 'string' };
    case 'stringMap':
    case 'nullableStringMap':
      return { map: 'string' };
    case 'booleanMap':
      return { map: 'boolean' };
    case 'number':
      return 'double';
    case 'shaped':
      return m.shape ?? null;
    case 'struct':
      return { struct: m.fields ?? {} };
    case 'timestamp':
    case 'embedded':
      return null; // in answers only
  }
}

/** The wire shape of a body that may carry every member except `except` (members the URI names, members in answers only). */
export function bodyShape(members: readonly MemberDeclaration[], except: readonly string[] = []): WireShape {
  const struct: Record<string, WireShape> = {};
  for (const m of members) {
    const s = except.includes(m.name) ? null : memberWireShape(m);
    if (s) struct[m.name] = s;
  }
  return { struct };
}
