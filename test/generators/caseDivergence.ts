/**
 * Runs a case on an implementation and on the reference, engine to engine (no network), the way the
 * conformance properties do: PutIntegration, then the patch on the implementation's own answer, then
 * an empty patch as a read-back (what a stateful fault shows on). Answers the first call that diverges.
 */
import type { Integration, IntegrationImplementation, Outcome } from '../../src/contract.js';
import { compareOutcomes } from '../../src/compare/compareOutcomes.js';
import { putIntegration } from '../../src/engine/putIntegration.js';
import { updateIntegration } from '../../src/engine/updateIntegration.js';
import type { UpdateCase } from '../../generators/index.js';
import { sandboxContext as ctx } from './sandboxContext.js';

export type DivergingCall = 'PutIntegration' | 'UpdateIntegration' | 'read-back' | null;

const conforms = (expected: Outcome, actual: Outcome): boolean => compareOutcomes({ outcome: expected, rules: [] }, actual).conforms;

/** A put is compared as the suite compares it: the message too where the deciding rule's text is AWS's (the order of checks shows only there). */
export async function putDivergence(impl: IntegrationImplementation, body: unknown): Promise<Exclude<DivergingCall, 'UpdateIntegration' | 'read-back'>> {
  return compareOutcomes(putIntegration(body, ctx), await impl.putIntegration(body, ctx)).conforms ? null : 'PutIntegration';
}

export async function updateCaseDivergence(impl: IntegrationImplementation, c: UpdateCase): Promise<DivergingCall> {
  const put = await impl.putIntegration(c.put, ctx);
  if (!conforms(putIntegration(c.put, ctx).outcome, put)) return 'PutIntegration';
  if (!put.ok) return null;
  const state: Integration = put.value;
  const patch = c.patch;
  const expected = updateIntegration(state, patch, ctx).outcome;
  const updated = await impl.updateIntegration(structuredClone(state), patch, ctx);
  if (!conforms(expected, updated)) return 'UpdateIntegration';
  const stored = updated.ok ? updated.value : state;
  const readBack = await impl.updateIntegration(structuredClone(stored), { patchOperations: [] }, ctx);
  return conforms({ ok: true, status: 200, value: stored }, readBack) ? null : 'read-back';
}
