import type { Integration } from '../../src/contract.js';
import type { Expectation } from '../../src/engine/expectation.js';
import { deleteIntegration, getIntegration } from '../../src/engine/integrationLifecycle.js';
import { putIntegration } from '../../src/engine/putIntegration.js';
import { statesAfterRejection, updateIntegration, updateMissingIntegration } from '../../src/engine/updateIntegration.js';
import type { Rule } from '../../src/rules/defineRule.js';
import { getReturnsStored, rejectedPatchLeavesState } from '../../src/rules/integrationLifecycle.js';
import type { RecordedCall } from '../../src/run/runReport.js';
import { modelCase, type ModelCase, type ModelCommand } from '../../generators/index.js';
import { CaseRecorder, type ConformanceProperty } from './conformanceProperty.js';
import { resetIntegration } from './resetIntegration.js';

/** A state the target may hold though its answers said otherwise (null: none at all), and the rule it broke if it does. */
interface Trace {
  state: Integration | null;
  rule: Rule;
}

/**
 * An expectation that knows the target may hold another state than its answers said: one a rejected
 * patch left half-applied (all-or-nothing), or one its GetIntegration showed (what it answers is not
 * what it stores). A target answering exactly as if it held such a state broke that rule.
 */
function suspecting(reference: Expectation, traces: readonly Trace[], answer: (state: Integration | null) => Expectation): Expectation {
  if (traces.length === 0) return reference;
  return {
    ...reference,
    mutants: () => [...traces.map((t) => ({ rule: t.rule, outcome: answer(t.state).outcome })), ...(reference.mutants?.() ?? [])],
  };
}

/** What a command sends, as the record keeps it (a replay sends these bodies again). */
function recordedCall(command: ModelCommand, model: Integration | null): RecordedCall {
  switch (command.kind) {
    case 'update':
      return { operation: 'UpdateIntegration', body: command.aim(model ?? undefined) };
    case 'put':
      return { operation: 'PutIntegration', body: command.body };
    case 'get':
      return { operation: 'GetIntegration' };
    case 'delete':
      return { operation: 'DeleteIntegration' };
  }
}

/**
 * Model-based: after a put, a sequence of PutIntegration (re-put), GetIntegration, UpdateIntegration
 * and DeleteIntegration calls on one integration, the reference as the model, one API call per step.
 * Updates are aimed at the current model (the keys it holds, the values it has), so most are
 * accepted and the integration keeps changing; calls after a delete meet a missing integration.
 *
 * Each call is judged on the state the target answered last: an answer that differs but succeeds on
 * both sides is handed on as the model, so one wrong step does not mask the rest. The sequence ends
 * where the target accepted what the reference rejects (its state is then one the reference cannot
 * start from). After calls the target rejected, an answer exactly as if it held a half-applied state
 * is blamed on all-or-nothing, not on the call that shows it.
 *
 * The commands are plain data (not fc.commands) so a seed and a path alone replay them exactly, and
 * shrinking drops and simplifies steps the same way.
 */
export const modelBased: ConformanceProperty<ModelCase> = {
  id: 'model-based',
  title: 'Put, Get, Update and Delete calls on one integration follow the reference model, step by step',
  operations: ['PutIntegration', 'UpdateIntegration', 'GetIntegration', 'DeleteIntegration'],
  arbitrary: modelCase,
  steps: (run) => Math.max(1, run.checks.length - 1),
  fromRecord: (r) => ({
    put: r.put,
    commands: (r.calls ?? r.patches.map((body) => ({ operation: 'UpdateIntegration' as const, body }))).map((c): ModelCommand => {
      switch (c.operation) {
        case 'UpdateIntegration':
          return { kind: 'update', aim: () => c.body as never };
        case 'PutIntegration':
          return { kind: 'put', body: c.body as never };
        case 'GetIntegration':
          return { kind: 'get' };
        case 'DeleteIntegration':
          return { kind: 'delete' };
      }
    }),
  }) as ModelCase,
  async run(session, c, enough) {
    const rec = new CaseRecorder(session.ctx, c.put);
    const calls: RecordedCall[] = (rec.record.calls = []);
    // The state the target holds, as its answers show it; null once deleted (or never put).
    let model: Integration | null = await resetIntegration(session, rec, c.put);
    // Without a state both sides agree the integration has, there is nothing to follow.
    if (!model) return rec.done();
    // States the target may hold instead of the model: since its last success, what rejected patches may have left, what a Get showed.
    let traces: Trace[] = [];
    const forget = () => (traces = []);
    for (const [step, command] of c.commands.entries()) {
      const call = recordedCall(command, model);
      calls.push(call);
      if (call.operation === 'PutIntegration') {
        const expected = putIntegration(call.body, session.ctx);
        const actual = await rec.send('PutIntegration', step, expected, () => session.putIntegration(call.body), { body: call.body });
        if (!actual || (actual.ok && !expected.outcome.ok)) break;
        if (actual.ok) (model = actual.value), forget();
        // A refused re-put leaves the integration as it was (the last success is what is stored); a target that dropped it holds none.
        else if (model) traces = [{ state: null, rule: getReturnsStored }, ...traces].slice(0, 4);
      } else if (call.operation === 'GetIntegration') {
        const reference = getIntegration(model ?? undefined);
        const expected = suspecting(reference, traces, (t) => getIntegration(t ?? undefined));
        const actual = await rec.send('GetIntegration', step, expected, () => session.getIntegration());
        if (!actual || (actual.ok && !reference.outcome.ok)) break;
        // A Get that shows another state is kept as a suspect, not taken as the model: the next answers tell which the target holds.
        if (actual.ok && model && rec.checks.at(-1)!.comparison.conforms) forget();
        else if (actual.ok && model) traces = [{ state: actual.value, rule: getReturnsStored }, ...traces].slice(0, 4);
      } else if (call.operation === 'DeleteIntegration') {
        const expected = suspecting(deleteIntegration(model ?? undefined), traces, (t) => deleteIntegration(t ?? undefined));
        const actual = await rec.send('DeleteIntegration', step, expected, () => session.deleteIntegration(), { settle: { before: model, readBack: () => session.getIntegration() } });
        if (!actual || (actual.ok && !expected.outcome.ok)) break;
        if (actual.ok) (model = null), forget();
      } else {
        const patch = call.body;
        const reference = model ? updateIntegration(model, patch, session.ctx) : updateMissingIntegration(patch);
        const expected = suspecting(reference, traces, (t) => (t ? updateIntegration(t, patch, session.ctx) : updateMissingIntegration(patch)));
        const actual = await rec.send('UpdateIntegration', step, expected, () => session.updateIntegration(patch), { body: patch, settle: { before: model, readBack: () => session.getIntegration() } });
        if (!actual || (actual.ok && !reference.outcome.ok)) break;
        if (actual.ok) (model = actual.value), forget();
        else if (model) {
          // The target rejected the patch: what it may hold now, from the model or from a trace it may already hold.
          const bases = [model, ...traces.flatMap((t) => (t.state ? [t.state] : []))];
          const left = bases.flatMap((base) => statesAfterRejection(base, patch, session.ctx)).map((state) => ({ state, rule: rejectedPatchLeavesState }));
          // A dropped integration stays a suspect however many half-applied states follow.
          traces = [...new Map([...traces.filter((t) => !t.state), ...left, ...traces].map((t) => [JSON.stringify(t.state), t])).values()].slice(0, 6);
        }
      }
      if (enough && rec.checks.some(enough)) break;
    }
    return rec.done();
  },
};
