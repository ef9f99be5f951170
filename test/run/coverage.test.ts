import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runProperty } from '../../src/run/runProperty.js';
import { MswTarget } from '../../src/targets/mswTarget.js';
import type { TargetSession } from '../../src/targets/target.js';
import { updateMatchesReference } from '../../spec/properties/updateMatchesReference.js';

describe('coverage', () => {
  it('counts the patch operations the reference evaluated, not those after a rejected one', async () => {
    const target = new MswTarget();
    try {
      const [session] = (await target.open(1)) as [TargetSession];
      const patch = { patchOperations: [{ op: 'replace', path: '/cacheNamespace', value: 'ns' }, { op: 'replace', path: '/nope', value: 'x' }, { op: 'replace', path: '/timeoutInMillis', value: '1000' }] };
      const prop = { ...updateMatchesReference, arbitrary: fc.constant({ put: { type: 'MOCK' }, patch }) };
      const out = await runProperty(prop, session, { seed: 1, runs: 3, apiCalls: () => target.calls, sweep: false });
      const cell = (family: string, op: string) => out.coverage.find((c) => c.family === family && c.op === op);
      expect(cell('/cacheNamespace', 'replace')).toMatchObject({ cases: 3, rejected: 3, divergences: 0 });
      expect(cell('unknown', 'replace')).toMatchObject({ cases: 3, rejected: 3 });
      // The third operation comes after the rejected one: AWS never looked at it.
      expect(cell('/timeoutInMillis', 'replace')).toBeUndefined();
    } finally {
      await target.close();
    }
  });
});
