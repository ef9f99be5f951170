import type { Integration, IntegrationContext } from '../../src/contract.js';
import type { Decision, Expectation } from '../../src/engine/expectation.js';
import { addressedMembers, operationsBeforeRejection, updateIntegration } from '../../src/engine/updateIntegration.js';
import { rejectedPatchLeavesState } from '../../src/rules/getIntegration.js';
import { chainCase, type ChainCase } from '../../generators/index.js';
import { CaseRecorder, type ConformanceProperty } from './conformanceProperty.js';
import { resetIntegration } from './resetIntegration.js';

/**
 * Property 4, model-based: a chain of UpdateIntegration calls on one integration, the reference as the
 * model, one API call per step. The chain is a plain array (not fc.commands) so a seed and a path alone
 * replay it exactly; shrinking drops and simplifies steps the same way.
 *
 * Each step is judged on the state the target answered last: a step whose answer differs but succeeds
 * on both sides hands its answer on as the model, so one wrong step does not mask the rest. A chain
 * ends where the target accepted what the reference rejects (its state is then one the reference
 * cannot start from). After steps both sides rejected, a member only those rejected patches addressed
 * that changed anyway is blamed on all-or-nothing, not on the step that shows it.
 */
/**
 * The state a target without all-or-nothing keeps: the operations before the rejected one, written
 * one by one (each checked as it is written) until one fails.
 */
function operationsBefore(state: Integration, patch: unknown, rejected: Expectation, ctx: IntegrationContext): Integration {
  const ops = (patch as { patchOperations?: unknown } | null)?.patchOperations;
  let kept = state;
  for (const op of Array.isArray(ops) ? ops.slice(0, operationsBeforeRejection(rejected)) : []) {
    const one = updateIntegration(kept, { patchOperations: [op] }, ctx).outcome;
    if (!one.ok) break;
    kept = one.value;
  }
  return kept;
}

/**
 * The step's expectation, knowing that rejected patches may have left a trace: their members are
 * blamed on all-or-nothing where this step did not decide them, and a target answering exactly as if
 * it held the half-applied state broke all-or-nothing.
 */
function suspectingHalfApplied(reference: Expectation, rejectedAt: readonly Decision[], halfApplied: Integration, patch: unknown, ctx: IntegrationContext): Expectation {
  const fromHalfApplied = { rule: rejectedPatchLeavesState, outcome: updateIntegration(halfApplied, patch, ctx).outcome };
  return {
    ...reference,
    // This step's decisions win over the suspects' (later decisions win ties).
    ...(reference.outcome.ok ? { decisions: [...rejectedAt, ...(reference.decisions ?? [])] } : {}),
    mutants: () => [fromHalfApplied, ...(reference.mutants?.() ?? [])],
  };
}

export const statefulUpdateChain: ConformanceProperty<ChainCase> = {
  id: 'stateful-update-chain',
  title: 'A chain of UpdateIntegration calls follows the reference model, step by step',
  operations: ['PutIntegration', 'UpdateIntegration'],
  arbitrary: chainCase,
  fromRecord: (r) => ({ put: r.put, patches: r.patches }) as ChainCase,
  async run(session, c, enough) {
    const rec = new CaseRecorder(session.ctx, c.put);
    let model: Integration | null = await resetIntegration(session, rec, c.put);
    // Since the last answer that showed the target's state: what rejected patches addressed, and the
    // state a target that kept their operations before the rejected one would hold.
    let rejectedAt: Decision[] = [];
    let halfApplied: Integration | null = null;
    for (const [step, patch] of c.patches.entries()) {
      if (!model) break;
      rec.record.patches.push(patch);
      const reference = updateIntegration(model, patch, session.ctx);
      const expected = halfApplied ? suspectingHalfApplied(reference, rejectedAt, halfApplied, patch, session.ctx) : reference;
      const actual = await rec.send('UpdateIntegration', step, expected, () => session.updateIntegration(patch), patch);
      if (!actual || (actual.ok && !reference.outcome.ok) || (enough && rec.checks.some(enough))) break;
      if (actual.ok) {
        model = actual.value;
        [rejectedAt, halfApplied] = [[], null];
      } else {
        // The target rejected the patch: where it did is read off the state it may be holding.
        const base = halfApplied ?? model;
        const there = base === model ? reference : updateIntegration(base, patch, session.ctx);
        rejectedAt = [...rejectedAt, ...addressedMembers(patch).map((at) => ({ at, rule: rejectedPatchLeavesState }))];
        if (!there.outcome.ok) halfApplied = operationsBefore(base, patch, there, session.ctx);
      }
    }
    return rec.done();
  },
};
