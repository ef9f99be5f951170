/**
 * A put body and a patch aimed at the integration it creates (its keys, its type). The two are drawn
 * independently and joined in a map, so a failing case shrinks its put and its patch alike.
 */
import fc from 'fast-check';
import { aimedUpdateIntegrationBody } from './patchOperations.js';
import { validPutIntegrationBody } from './validPutIntegrationBody.js';
import type { UpdateCase } from './wireBodies.js';

export const updateCase: fc.Arbitrary<UpdateCase> = fc.tuple(validPutIntegrationBody, aimedUpdateIntegrationBody).map(([put, aim]) => ({ put, patch: aim(put) }));
