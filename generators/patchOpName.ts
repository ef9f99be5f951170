/**
 * The `op` of an operation, as the optional part of the op object. For a rule-table row the ops it
 * allows dominate; every other enum op, strings outside the enum and a missing op stay in reach.
 */
import fc from 'fast-check';
import type { IntegrationPathRule } from '../src/rules/integration.js';
import { patchOpEnum } from '../src/rules/patchOperations.js';

export type OpPart = { op?: string };

/** Near misses of the enum: case changes, HTTP-ish verbs, JSON-merge-patch vocabulary, the empty string. */
export const opOutsideEnum: fc.Arbitrary<string> = fc.constantFrom('REPLACE', 'Add', 'delete', 'update', 'set', '');

export function patchOpName(row: IntegrationPathRule): fc.Arbitrary<OpPart> {
  const allowed = row.ops;
  const others = patchOpEnum.filter((op) => !allowed.includes(op));
  const named = (op: string): OpPart => ({ op });
  return fc.oneof(
    ...(allowed.length > 0 ? [{ weight: 60, arbitrary: fc.constantFrom(...allowed).map(named) }] : []),
    ...others.map((op) => ({ weight: 1, arbitrary: fc.constant(named(op)) })),
    { weight: 1, arbitrary: opOutsideEnum.map(named) },
    { weight: 1, arbitrary: fc.constant<OpPart>({}) },
  );
}
