/**
 * How the ledger settles a tie (an answer two rules explain equally well): by what the run's other
 * cases show unambiguously (the same finding, or the same rule on the same operation with other
 * answers), else by the cause behind three tied cases and more, else the first reading; and not by
 * the order the cases came in.
 */
import { describe, expect, it } from 'vitest';
import { compareOutcomes } from '../../src/compare/compareOutcomes.js';
import type { Integration, Outcome } from '../../src/contract.js';
import { putIntegration } from '../../src/engine/putIntegration.js';
import { updateIntegration } from '../../src/engine/updateIntegration.js';
import { FindingLedger } from '../../src/run/findingLedger.js';
import { findingHits } from '../../src/run/findingHits.js';
import type { CaseRun } from '../../spec/properties/index.js';

const ctx = { restApiId: 'a1', resourceId: 'r1', httpMethod: 'GET' };
const templates = { 'text/xml': 'old', 'text/csv': 'old', 'application/xml': 'old', 'application/json': 'j' };
const http = (putIntegration({ type: 'HTTP', httpMethod: 'GET', uri: 'https://example.com/items', requestTemplates: templates }, ctx).outcome as { value: Integration }).value;
const patch = (...patchOperations: object[]) => ({ patchOperations });

/** A case of one UpdateIntegration call: the reference's expectation against the target's answer. */
function run(body: { patchOperations: object[] }, actual: Outcome): CaseRun {
  const expected = updateIntegration(http, body, ctx);
  return { record: { put: {}, patches: [body], ctx }, checks: [{ operation: 'UpdateIntegration', step: 0, body, expected, actual, comparison: compareOutcomes(expected, actual) }] } as unknown as CaseRun;
}

const without = (key: string) => Object.fromEntries(Object.entries(templates).filter(([k]) => k !== key));
/** [remove k, add k] answered with k gone: the other order's answer, or the add swallowed. */
const tied = (key: string) =>
  run(patch({ op: 'remove', path: `/requestTemplates/${key.replace('/', '~1')}` }, { op: 'add', path: `/requestTemplates/${key.replace('/', '~1')}`, value: 't' }), { ok: true, status: 200, value: { ...http, requestTemplates: without(key) } });
/** An add answered as if it was not sent: the add swallowed, and no order of the operations explains it. */
const swallowed = run(patch({ op: 'replace', path: '/cacheNamespace', value: 'ns2' }, { op: 'add', path: '/requestTemplates/text~1plain', value: 'x' }), { ok: true, status: 200, value: { ...http, cacheNamespace: 'ns2' } });

const settled = (cases: CaseRun[]): string[] => {
  const ledger = new FindingLedger();
  cases.forEach((c, n) => ledger.record('p', 1, n, c, findingHits(c)));
  ledger.settleTies();
  return [...ledger.entries.values()].map((e) => `${e.hit.identity.rule} x${e.hits}`).sort();
};

describe('settling ties', () => {
  it('an answer two rules explain is a tie, the other order first', () => {
    const hits = findingHits(tied('text/xml'));
    expect(hits.map((h) => [h.identity.rule, h.alternatives?.map((a) => a.identity.rule)])).toEqual([['patch.ordered-all-or-nothing', ['path:/requestTemplates/{key}']]]);
  });

  it('with no other evidence, one tied case counts for the first reading', () => {
    expect(settled([tied('text/xml')])).toEqual(['patch.ordered-all-or-nothing x1']);
  });

  it("the run's unambiguous evidence of the other rule on the same operation wins the tie", () => {
    expect(settled([swallowed, tied('text/xml')])).toEqual(['path:/requestTemplates/{key} x2']);
  });

  it('does not depend on the order the cases came in', () => {
    const cases = [tied('text/xml'), swallowed, tied('text/csv'), tied('application/xml')];
    expect(settled([...cases].reverse())).toEqual(settled(cases));
  });
});
