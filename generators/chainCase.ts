/** A put body and several patches sent one after the other to the same integration (stateful runs). */
import fc from 'fast-check';
import { aimedUpdateIntegrationBody } from './patchOperations.js';
import { validPutIntegrationBody } from './validPutIntegrationBody.js';
import type { PutIntegrationBody, UpdateIntegrationBody } from './wireBodies.js';

export interface ChainCase {
  put: PutIntegrationBody;
  patches: UpdateIntegrationBody[];
}

/** 2..5 patches, each aimed at the put's keys (later steps may find them changed: that is the point). */
export const chainCase: fc.Arbitrary<ChainCase> = fc
  .tuple(validPutIntegrationBody, fc.array(aimedUpdateIntegrationBody, { minLength: 2, maxLength: 5 }))
  .map(([put, aims]) => ({ put, patches: aims.map((aim) => aim(put)) }));
