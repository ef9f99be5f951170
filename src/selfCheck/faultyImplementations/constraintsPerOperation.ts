/**
 * Fault (constraints): each operation is applied and checked on its own, so a patch that passes
 * through a state AWS would refuse (VPC_LINK before its connectionId, a long timeout before STREAM)
 * is refused, though its end state is valid.
 */
import type { Outcome } from '../../contract.js';
import { faultyUpdate } from './faultForms.js';
import { modelValidOperations, withOperations } from './patchBody.js';
import { referenceUpdate } from './referenceCalls.js';

export default faultyUpdate((current, body, ctx) => {
  const ops = modelValidOperations(body);
  const whole = referenceUpdate(current, body, ctx);
  if (!ops || !whole.ok) return whole;
  let state = current;
  let out: Outcome = whole;
  for (const o of ops) {
    out = referenceUpdate(state, withOperations([o]), ctx);
    if (!out.ok) return out;
    state = out.value;
  }
  return whole;
});
