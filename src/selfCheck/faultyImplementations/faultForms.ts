/**
 * The shapes a fault takes, so each fault file holds only its bug: a patch or put read wrongly before
 * the reference answers for what was read, an answer altered after it, or the reference's stateful
 * form with one call done wrongly. Faults are injected after model validation (deserialization, the
 * op enum) unless that validation is their subject, so each diverges on its own rules only.
 */
import type { ApiError, CreateImplementation, Integration, IntegrationContext, IntegrationImplementation, Outcome, StatefulIntegrationImplementation } from '../../contract.js';
import { referenceImplementation } from '../../engine/referenceImplementation.js';
import { putIntegration } from '../../engine/putIntegration.js';
import { updateIntegration, updateIntegrationUnchecked } from '../../engine/updateIntegration.js';
import { integrationConstraints } from '../../rules/integration.js';
import { pureIntegrationStore } from '../../mock/integrationStore.js';
import { modelValidOperations, withOperations, type WireOp } from './patchBody.js';
import { referencePut, referenceUpdate } from './referenceCalls.js';

type Update = IntegrationImplementation['updateIntegration'];
type Put = IntegrationImplementation['putIntegration'];

/** The reference, with UpdateIntegration done by `update`. */
export const faultyUpdate = (update: Update): IntegrationImplementation => ({ putIntegration: referencePut, updateIntegration: update });

/** The reference, with PutIntegration done by `put`. */
export const faultyPut = (put: Put): IntegrationImplementation => ({ putIntegration: put, updateIntegration: referenceUpdate });

/** The fault refuses the operation at `at` (0-based) with its own error. */
export interface Refusal {
  at: number;
  error: ApiError;
}

/**
 * UpdateIntegration that reads a model-valid patch's operations wrongly: the reference answers for the
 * operations as `misread` returns them, or the fault refuses one operation. A refusal only counts
 * once the operations before it pass AWS's per-operation checks, as it would in a real emulator
 * that checks operations in order: an earlier refused operation still answers first.
 */
export function misreadPatch(misread: (ops: WireOp[], current: Integration, ctx: IntegrationContext) => WireOp[] | Refusal | null): IntegrationImplementation {
  return faultyUpdate((current, body, ctx) => {
    const ops = modelValidOperations(body);
    const read = ops && misread(ops, current, ctx);
    if (!ops || !read) return referenceUpdate(current, body, ctx);
    if (Array.isArray(read)) return referenceUpdate(current, withOperations(read), ctx);
    const before = updateIntegrationUnchecked(current, withOperations(ops.slice(0, read.at)), ctx, integrationConstraints).outcome;
    return before.ok ? { ok: false, error: read.error } : referenceUpdate(current, body, ctx);
  });
}

/**
 * UpdateIntegration whose answer `alter` changes, given the reference's answer, the id of the rule
 * that decided it (for an error, the rule that raised it), the state before and the operations.
 */
export function alterPatchAnswer(alter: (answer: Outcome, current: Integration, ops: WireOp[] | null, rule: string | undefined) => Outcome): IntegrationImplementation {
  return faultyUpdate((current, body, ctx) => {
    const e = updateIntegration(current, body, ctx);
    return alter(e.outcome, current, modelValidOperations(body), e.rules[0]?.id);
  });
}

/** PutIntegration that reads the body wrongly (a JSON object body only; anything else goes to the reference as sent). */
export function misreadPut(misread: (body: Record<string, unknown>) => Record<string, unknown>): IntegrationImplementation {
  return faultyPut((body, ctx) => referencePut(isObject(body) ? misread(body) : body, ctx));
}

/** PutIntegration whose answer `alter` changes, given the reference's, the body and the id of the rule that decided the answer. */
export function alterPutAnswer(alter: (answer: Outcome, body: unknown, rule: string | undefined) => Outcome): IntegrationImplementation {
  return faultyPut((body, ctx) => {
    const e = putIntegration(body, ctx);
    return alter(e.outcome, body, e.rules[0]?.id);
  });
}

/** A success's integration changed by `f`; errors pass unchanged. */
export const onSuccess = (answer: Outcome, f: (i: Integration) => Integration): Outcome => (answer.ok ? { ...answer, value: f(answer.value) } : answer);

/**
 * The stateful form: the reference's own store of integrations, with the calls `wrong` returns done
 * its way (it gets the correct store to build on). Each createImplementation() is a fresh store.
 */
export function faultyStore(wrong: (correct: StatefulIntegrationImplementation) => Partial<StatefulIntegrationImplementation>): CreateImplementation {
  return () => {
    const correct = pureIntegrationStore(referenceImplementation);
    return { ...correct, ...wrong(correct) };
  };
}

export const slotOf = (ctx: IntegrationContext): string => `${ctx.restApiId}/${ctx.resourceId}/${ctx.httpMethod}`;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
