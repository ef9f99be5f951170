/**
 * An UpdateCase whose patch the reference rejects: operations that may apply, then one that cannot,
 * then maybe more. What an all-or-nothing check needs: something to leave half-applied.
 */
import fc from 'fast-check';
import { aimedPatchOperation } from './patchOperation.js';
import { rejectedOperation } from './rejectedOperation.js';
import { validPutIntegrationBody } from './validPutIntegrationBody.js';
import type { UpdateCase } from './wireBodies.js';

export const failingUpdateCase: fc.Arbitrary<UpdateCase> = fc
  .tuple(validPutIntegrationBody, fc.array(aimedPatchOperation, { minLength: 1, maxLength: 3 }), rejectedOperation, fc.array(aimedPatchOperation, { maxLength: 1 }))
  .map(([put, before, rejected, after]) => ({ put, patch: { patchOperations: [...before.map((aim) => aim(put)), rejected, ...after.map((aim) => aim(put))] } }));
