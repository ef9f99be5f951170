/**
 * Sequences of patch operations (0..6, mostly 1..3) and UpdateIntegration bodies. Each sequence
 * has a focus, one row and path that a third of its operations share, so orderings that matter
 * (add then remove, two replaces of one member) come up often.
 */
import fc from 'fast-check';
import { integrationRules } from '../src/rules/integration.js';
import type { Aimed } from './aimed.js';
import { aimedPatchOperation, operationOnRow, rowWeight } from './patchOperation.js';
import { rulePath } from './rulePath.js';
import type { StateHint, UpdateIntegrationBody, WirePatchItem } from './wireBodies.js';

const focus = fc.oneof(...integrationRules.map((row) => ({ weight: rowWeight(row), arbitrary: rulePath(row).map((path) => ({ row, path })) })));

/** A sequence, aimed once the integration is known. */
export const aimedPatchOperations: fc.Arbitrary<Aimed<WirePatchItem[]>> = focus
  .chain(({ row, path }) => {
    const item = fc.oneof({ weight: 2, arbitrary: aimedPatchOperation }, { weight: 1, arbitrary: operationOnRow(row, fc.constant(path)) });
    return fc.oneof(
      { weight: 3, arbitrary: fc.array(item, { minLength: 1, maxLength: 2 }) },
      { weight: 3, arbitrary: fc.array(item, { minLength: 1, maxLength: 3 }) },
      { weight: 1, arbitrary: fc.array(item, { minLength: 0, maxLength: 6 }) },
    );
  })
  .map((items): Aimed<WirePatchItem[]> => (hint) => items.map((aim) => aim(hint)));

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
