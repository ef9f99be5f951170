/**
 * The self-check's catalogue is what it claims: forty and more faults over every rule family, each
 * naming rules that exist, served in exactly one form; and each fault in the pure form diverges from
 * the reference at engine level (no network) on the edge sweep or within 300 random cases at seed 42,
 * in exception name, status or value (messages only where the suite compares them: a put's recorded
 * texts, where AWS's order of checks shows), while the reference itself never does. What the suite makes of each fault, stateful ones
 * included, is spec/faultDetection.ts's.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { putSweep, updateCase, updateSweep } from '../../generators/index.js';
import type { IntegrationImplementation } from '../../src/contract.js';
import { referenceImplementation } from '../../src/engine/referenceImplementation.js';
import { ruleCatalogue } from '../../src/rules/ruleCatalogue.js';
import { faultyImplementations } from '../../src/selfCheck/faultyImplementations/index.js';
import { putDivergence, updateCaseDivergence } from './caseDivergence.js';

const requiredFamilies = [
  'timeout-bounds',
  'coercion',
  'wire-types',
  'op-validation',
  'error-classes',
  'escapes',
  'unknown-paths',
  'missing-keys',
  'maps',
  'mapping-values',
  'templates-without-value',
  'enum-values',
  'text-values',
  'constraints',
  'mock-fields',
  'defaults',
  'check-order',
  'put-validation',
  'ordering',
  'all-or-nothing',
  'persistence',
  'lifecycle',
];

/** Cases until the first divergence (the sweep's puts and updates, then fc.check's run count), or null when none. */
async function casesToDivergence(impl: IntegrationImplementation): Promise<number | null> {
  const puts = putSweep();
  for (const [i, body] of puts.entries()) if ((await putDivergence(impl, body)) !== null) return i + 1;
  const sweep = updateSweep();
  for (const [i, c] of sweep.entries()) if ((await updateCaseDivergence(impl, c)) !== null) return puts.length + i + 1;
  const details = await fc.check(
    fc.asyncProperty(updateCase, async (c) => (await updateCaseDivergence(impl, c)) === null),
    { seed: 42, numRuns: 300, endOnFailure: true },
  );
  return details.failed ? puts.length + sweep.length + details.numRuns : null;
}

describe('faulty implementation catalogue', () => {
  it('has forty faults and more, unique ids, and every rule family', () => {
    const ids = faultyImplementations.map((f) => f.id);
    expect(ids.filter((id, n) => ids.indexOf(id) !== n), 'ids given twice').toEqual([]);
    expect(faultyImplementations.length).toBeGreaterThanOrEqual(40);
    expect([...new Set(faultyImplementations.map((f) => f.ruleFamily))].sort()).toEqual([...requiredFamilies].sort());
  });

  it.each(faultyImplementations.map((f) => [f.id, f] as const))('%s names rules of the catalogue and is served in one form', (_, f) => {
    const known = new Set(ruleCatalogue.map((r) => r.id));
    expect(f.rules.filter((r) => !known.has(r)), 'rules unknown to the catalogue').toEqual([]);
    expect(f.rules.length).toBeGreaterThan(0);
    expect(Boolean(f.implementation) !== Boolean(f.createImplementation), 'exactly one of implementation and createImplementation').toBe(true);
    expect(Boolean(f.stateful), 'stateful exactly when it keeps its own store').toBe(Boolean(f.createImplementation));
  });

  it('the harness finds no divergence for the reference itself', async () => {
    expect(await casesToDivergence(referenceImplementation)).toBeNull();
  });

  const pure = faultyImplementations.filter((f) => f.implementation);
  it.each(pure.map((f) => [f.id, f] as const))('%s diverges from the reference on the sweep or within 300 random cases', async (_, f) => {
    expect(await casesToDivergence(f.implementation!), `${f.id}: ${f.description}`).not.toBeNull();
  });
});
