import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { putIntegrationBody, updateCase, type UpdateCase } from '../../generators/index.js';

const sendsTimeout29001 = (c: UpdateCase): boolean =>
  c.patch.patchOperations.some((o) => typeof o === 'object' && o !== null && o.path === '/timeoutInMillis' && o.value === '29001');

describe('shrinking', () => {
  it('takes a failing patch down to the one operation that fails it', () => {
    const details = fc.check(
      fc.property(updateCase, (c) => !sendsTimeout29001(c)),
      { seed: 42, numRuns: 300 },
    );
    expect(details.failed).toBe(true);
    const [c] = details.counterexample!;
    // The op name is whatever the failing case drew: the predicate does not constrain it.
    expect(c.patch.patchOperations).toHaveLength(1);
    expect(c.patch.patchOperations[0]).toMatchObject({ path: '/timeoutInMillis', value: '29001' });
    expect(Object.keys(c.patch.patchOperations[0]!).sort()).toEqual(['op', 'path', 'value']);
  });

  it('takes a failing put body down to few members', () => {
    const details = fc.check(
      fc.property(putIntegrationBody, (b) => b.type !== 'MOCK'),
      { seed: 42, numRuns: 300 },
    );
    expect(details.failed).toBe(true);
    const [b] = details.counterexample!;
    expect(b.type).toBe('MOCK');
    expect(Object.keys(b).length).toBeLessThanOrEqual(3);
  });
});
