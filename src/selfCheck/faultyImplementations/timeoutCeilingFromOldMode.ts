/** Fault (timeout bounds): an update checks the timeout against the transfer mode the integration had before the patch, not the one it sets. */
import type { Integration, IntegrationContext, Outcome } from '../../contract.js';
import { updateIntegrationUnchecked } from '../../engine/updateIntegration.js';
import { timeoutRange } from '../../rules/integration.js';
import { faultyUpdate } from './faultForms.js';
import { referenceUpdate } from './referenceCalls.js';

export default faultyUpdate((current: Integration, body: unknown, ctx: IntegrationContext): Outcome => {
  const unchecked = updateIntegrationUnchecked(current, body, ctx, [timeoutRange]).outcome;
  if (!unchecked.ok) return referenceUpdate(current, body, ctx);
  const v = timeoutRange.violation({ ...unchecked.value, responseTransferMode: current.responseTransferMode });
  return v ? { ok: false, error: v.error } : unchecked;
});
