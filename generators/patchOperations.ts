/**
 * Sequences of patch operations (0..6, mostly 1..3) and UpdateIntegration bodies. One item in five
 * is a pair of operations on one path (see operationsOnOneTarget), the rest single operations.
 */
import fc from 'fast-check';
import { integrationRules } from '../src/rules/integration.js';
import type { Aimed } from './aimed.js';
import { aimedPatchOperation, operationsOnOneTarget, rowWeight } from './patchOperation.js';
import type { StateHint, UpdateIntegrationBody, WirePatchItem } from './wireBodies.js';

const maxOperations = 6;

const sameTargetPair = fc.oneof(...integrationRules.map((row) => ({ weight: rowWeight(row), arbitrary: operationsOnOneTarget(row) })));
const item: fc.Arbitrary<Aimed<WirePatchItem[]>> = fc.oneof(
  { weight: 4, arbitrary: aimedPatchOperation.map((aim): Aimed<WirePatchItem[]> => (hint) => [aim(hint)]) },
  { weight: 1, arbitrary: sameTargetPair },
);

/**
 * Non-empty without `minLength: 1`: fast-check's array shrinker cannot drop the last item of a tail
 * that is at its minimum length, so `[a, b]` would never shrink to `[a]`. Most draws are non-empty.
 */
const nonEmpty = (items: readonly unknown[]): boolean => items.length > 0;

/** A sequence, aimed once the integration is known. */
export const aimedPatchOperations: fc.Arbitrary<Aimed<WirePatchItem[]>> = fc
  .oneof(
    { weight: 3, arbitrary: fc.array(item, { maxLength: 2 }).filter(nonEmpty) },
    { weight: 3, arbitrary: fc.array(item, { maxLength: 3 }).filter(nonEmpty) },
    { weight: 1, arbitrary: fc.array(item, { maxLength: 5 }) },
  )
  .map((items): Aimed<WirePatchItem[]> => (hint) => items.flatMap((aim) => aim(hint)).slice(0, maxOperations));

/** `{ patchOperations: [...] }` as UpdateIntegration sends it, aimed once the integration is known. */
export const aimedUpdateIntegrationBody: fc.Arbitrary<Aimed<UpdateIntegrationBody>> = aimedPatchOperations.map(
  (aim): Aimed<UpdateIntegrationBody> => (hint) => ({ patchOperations: aim(hint) }),
);

export function patchOperations(stateHint?: StateHint): fc.Arbitrary<WirePatchItem[]> {
  return aimedPatchOperations.map((aim) => aim(stateHint));
}

export function updateIntegrationBody(stateHint?: StateHint): fc.Arbitrary<UpdateIntegrationBody> {
  return aimedUpdateIntegrationBody.map((aim) => aim(stateHint));
}
