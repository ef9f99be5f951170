/**
 * Every faulty implementation is caught at engine level: with seed 42 and at most 300 cases there is
 * an UpdateCase (put, patch, read-back) whose outcome differs from the reference's, in exception
 * name, status or value (messages are not compared: a fault must not hide behind wording).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { updateCase } from '../../generators/index.js';
import { referenceImplementation } from '../../src/engine/referenceImplementation.js';
import { faultyImplementations } from '../../src/selfCheck/faultyImplementations/index.js';
import { updateCaseDivergence } from './caseDivergence.js';

const requiredFamilies = [
  'escapes',
  'timeout-bounds',
  'unknown-paths',
  'missing-keys',
  'op-validation',
  'ordering',
  'all-or-nothing',
  'mock-fields',
  'defaults',
  'coercion',
  'error-classes',
  'templates-without-value',
];

/** Cases until the first divergence (fc.check's run count), or null when none in 300. */
async function casesToDivergence(impl: (typeof faultyImplementations)[number]['implementation']): Promise<number | null> {
  const details = await fc.check(
    fc.asyncProperty(updateCase, async (c) => (await updateCaseDivergence(impl, c)) === null),
    { seed: 42, numRuns: 300, endOnFailure: true },
  );
  return details.failed ? details.numRuns : null;
}

describe('faulty implementation catalogue', () => {
  it('has unique ids, at least 12 entries, and every rule family', () => {
    expect(new Set(faultyImplementations.map((f) => f.id)).size).toBe(faultyImplementations.length);
    expect(faultyImplementations.length).toBeGreaterThanOrEqual(12);
    expect(new Set(faultyImplementations.map((f) => f.ruleFamily))).toEqual(new Set(requiredFamilies));
  });

  it('the harness finds no divergence for the reference itself', async () => {
    expect(await casesToDivergence(referenceImplementation)).toBeNull();
  });

  it.each(faultyImplementations.map((f) => [f.id, f] as const))('%s diverges from the reference within 300 cases', async (_, f) => {
    const n = await casesToDivergence(f.implementation);
    expect(n, `${f.id}: ${f.description}`).not.toBeNull();
    expect(n!).toBeLessThanOrEqual(300);
  });
});
