/**
 * How a patch `value` (always a string on the wire) becomes a member of a declared resource: the
 * readers resources share. Each names its rule; a resource passes its own provenance where it has it.
 */
import { defineRule, reject, type ErrorRule, type Rule } from '../rules/defineRule.js';
import type { Evidence } from '../provenance.js';
import type { DeclaredValue, ValueReading } from './declaration.js';

const ok = (value: unknown): ValueReading => ({ ok: true, value });

type Sourced = readonly [Evidence, string];

/** Java's Boolean.parseBoolean: "true" in any case is true, anything else (nothing included) is false, never an error. */
export function lenientBoolean(id: string, [evidence, source]: Sourced): DeclaredValue {
  return {
    rule: defineRule(id, '"true" in any case is true, any other string (or none) is false, never an error', evidence, source),
    inside: ['true', 'false'],
    edges: ['TRUE', 'True', 'whatever', '1', ''],
    read: (raw) => ok(raw !== undefined && raw.toLowerCase() === 'true'),
  };
}

/** Free text stored verbatim; `""` or no value removes the member. */
export function clearableText(id: string, [evidence, source]: Sourced, examples: readonly string[] = ['x', 'a value with spaces']): DeclaredValue {
  return {
    rule: defineRule(id, 'stored verbatim; "" or a missing value removes the member', evidence, source),
    inside: [...examples, ''],
    edges: [' ', 'null'],
    read: (raw) => ok(raw === undefined || raw === '' ? undefined : raw),
  };
}

/** Text stored verbatim, `""` included (a status pattern where "" means "the default response"). */
export function verbatimText(id: string, [evidence, source]: Sourced, examples: readonly string[]): DeclaredValue {
  return {
    rule: defineRule(id, 'stored verbatim, "" included', evidence, source),
    inside: examples,
    edges: ['', ' '],
    read: (raw) => ok(raw ?? ''),
  };
}

/** One of a fixed set; anything else is the given error. */
export function enumText(id: string, values: readonly string[], invalid: ErrorRule<[value: string | undefined]>, [evidence, source]: Sourced): DeclaredValue {
  return {
    rule: defineRule(id, `one of ${values.join(', ')}`, evidence, source),
    inside: values,
    edges: [values[0]!.toLowerCase(), ` ${values[0]}`, `${values[0]}_X`, ''],
    read: (raw) => (raw !== undefined && values.includes(raw) ? ok(raw) : { ok: false, ...reject(invalid, raw) }),
  };
}

/** A value that must name something that exists in the API (a model, a validator): otherwise the given error. */
export function existingName(id: string, kind: string, missing: ErrorRule<[name: string | undefined]>, [evidence, source]: Sourced, examples: readonly string[]): DeclaredValue {
  return {
    rule: defineRule(id, `the name of an existing ${kind} of the API`, evidence, source),
    inside: examples,
    edges: ['NoSuchModel', '', 'empty'],
    read: (raw, ctx) => (raw !== undefined && ctx.world.exists(kind, raw) ? ok(raw) : { ok: false, ...reject(missing, raw) }),
  };
}

/** A value that is ignored: the key in the path is the whole information. */
export function ignoredValue(rule: Rule, stored: unknown): DeclaredValue {
  return { rule, inside: ['', 'ignored'], edges: ['true'], read: () => ok(stored) };
}
