/** PutIntegration bodies as the put property sends them: four in five valid, one in five broken. */
import fc from 'fast-check';
import { invalidPutIntegrationBody } from './invalidPutIntegrationBody.js';
import { validPutIntegrationBody } from './validPutIntegrationBody.js';

export const putIntegrationBody: fc.Arbitrary<Record<string, unknown>> = fc.oneof(
  { weight: 4, arbitrary: validPutIntegrationBody.map((b): Record<string, unknown> => ({ ...b })) },
  { weight: 1, arbitrary: invalidPutIntegrationBody },
);
