import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chainCase, classifyOperation, failingUpdateCase } from '../../generators/index.js';
import { putIntegration } from '../../src/engine/putIntegration.js';
import { updateIntegration } from '../../src/engine/updateIntegration.js';
import { sandboxContext as ctx } from './sandboxContext.js';

describe('failingUpdateCase', () => {
  it('is always rejected by the reference, often after operations that would apply', () => {
    let withApplicablePrefix = 0;
    fc.assert(
      fc.property(failingUpdateCase, (c) => {
        const put = putIntegration(c.put, ctx).outcome;
        expect(put.ok).toBe(true);
        if (!put.ok) return;
        expect(updateIntegration(put.value, c.patch, ctx).outcome.ok).toBe(false);
        const first = c.patch.patchOperations.slice(0, 1);
        if (updateIntegration(put.value, { patchOperations: first }, ctx).outcome.ok) withApplicablePrefix++;
      }),
      { seed: 42, numRuns: 300 },
    );
    expect(withApplicablePrefix).toBeGreaterThan(60);
  });
});

describe('chainCase', () => {
  it('sends 2..5 patches aimed at the put integration', () => {
    fc.assert(
      fc.property(chainCase, (c) => {
        expect(c.patches.length).toBeGreaterThanOrEqual(2);
        expect(c.patches.length).toBeLessThanOrEqual(5);
        expect(putIntegration(c.put, ctx).outcome.ok).toBe(true);
        for (const p of c.patches) for (const op of p.patchOperations) expect(classifyOperation(op).family).toBeTypeOf('string');
      }),
      { seed: 42, numRuns: 100 },
    );
  });
});
