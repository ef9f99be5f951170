import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chainCase, classifyOperation, failingUpdateCase } from '../../generators/index.js';
import { putIntegration } from '../../src/engine/putIntegration.js';
import { updateIntegration } from '../../src/engine/updateIntegration.js';
import { sandboxContext as ctx } from './sandboxContext.js';
import { integrationRules } from '../../src/rules/integration.js';

const rowPatterns = integrationRules.map((r) => r.pattern);

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
  it('sends 1..30 patches aimed at the put integration, about 14 on average (one put per ~14 checked steps)', () => {
    const samples = fc.sample(chainCase, { seed: 42, numRuns: 300 });
    const lengths = samples.map((c) => c.patches.length);
    // Aimed at the put: most ops name a row of the table; the rest are the malformed edges.
    const families = samples.flatMap((c) => c.patches.flatMap((p) => p.patchOperations.map((op) => classifyOperation(op).family)));
    expect(families.filter((f) => rowPatterns.includes(f)).length / families.length).toBeGreaterThan(0.8);
    expect(lengths.reduce((a, b) => a + b, 0) / lengths.length).toBeGreaterThan(10);
    fc.assert(
      fc.property(chainCase, (c) => {
        expect(c.patches.length).toBeGreaterThanOrEqual(1);
        expect(c.patches.length).toBeLessThanOrEqual(30);
        expect(putIntegration(c.put, ctx).outcome.ok).toBe(true);
      }),
      { seed: 42, numRuns: 100 },
    );
  });
});
