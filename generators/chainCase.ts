/** A put body and several patches sent one after the other to the same integration (stateful runs). */
import fc from 'fast-check';
import { aimedUpdateIntegrationBody } from './patchOperations.js';
import { validPutIntegrationBody } from './validPutIntegrationBody.js';
import type { PutIntegrationBody, UpdateIntegrationBody } from './wireBodies.js';

export interface ChainCase {
  put: PutIntegrationBody;
  patches: UpdateIntegrationBody[];
}

/**
 * 1..30 patches (about 14 on average), each aimed at the put's keys (later steps may find them
 * changed: that is the point). Long chains keep the one PutIntegration per case cheap: a stateful
 * run spends close to one API call per checked step. Shrinking still drops steps down to one.
 */
export const chainCase: fc.Arbitrary<ChainCase> = fc
  .tuple(validPutIntegrationBody, fc.array(aimedUpdateIntegrationBody, { minLength: 1, maxLength: 30, size: 'max' }))
  .map(([put, aims]) => ({ put, patches: aims.map((aim) => aim(put)) }));
