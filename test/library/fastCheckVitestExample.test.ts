/**
 * The README's example of the suite's arbitraries in an emulator's own properties (@fast-check/vitest):
 * here the "emulator" is the reference itself, so the property must hold.
 */
import { test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { referenceImplementation, type IntegrationImplementation } from 'apigw-patch-conformance';
import { updateCase } from 'apigw-patch-conformance/generators';

const mine: IntegrationImplementation = referenceImplementation; // your emulator's patch engine
const ctx = { restApiId: 'a1', resourceId: 'r1', httpMethod: 'GET' };

test.prop([updateCase], { numRuns: 50, seed: 1 })('UpdateIntegration answers as AWS does', async ({ put, patch }) => {
  const expectedPut = await referenceImplementation.putIntegration(put, ctx);
  expect(await mine.putIntegration(put, ctx)).toEqual(expectedPut);
  if (!expectedPut.ok) return;
  expect(await mine.updateIntegration(expectedPut.value, patch, ctx)).toEqual(await referenceImplementation.updateIntegration(expectedPut.value, patch, ctx));
});

