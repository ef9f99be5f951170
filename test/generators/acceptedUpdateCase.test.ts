import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { acceptedByReference, acceptedUpdateCase, classifyOperation, updateCase } from '../../generators/index.js';

describe('acceptedUpdateCase', () => {
  const samples = fc.sample(acceptedUpdateCase, { seed: 9, numRuns: 300 });
  it('is accepted by the reference, while updateCase is not always', () => {
    expect(samples.every(acceptedByReference)).toBe(true);
    expect(fc.sample(updateCase, { seed: 9, numRuns: 300 }).some((c) => !acceptedByReference(c))).toBe(true);
  });
  it('still spans the table: successful patches on at least ten path families', () => {
    const families = new Set(samples.flatMap((c) => c.patch.patchOperations.map((op) => classifyOperation(op).family)));
    expect(families.size).toBeGreaterThanOrEqual(10);
  });
});
