/** Fault (timeout bounds): with STREAM the ceiling is 1000000 ms, not 900000 (a rounded "about 15 minutes"). */
import type { Integration, IntegrationContext, Outcome } from '../../contract.js';
import { updateIntegrationUnchecked } from '../../engine/updateIntegration.js';
import { timeoutRange } from '../../rules/integration.js';
import { referencePut, referenceUpdate } from './referenceCalls.js';

const inSlack = (i: { timeoutInMillis?: unknown; responseTransferMode?: unknown }): boolean =>
  i.responseTransferMode === 'STREAM' && typeof i.timeoutInMillis === 'number' && i.timeoutInMillis > 900000 && i.timeoutInMillis <= 1000000;

export default {
  putIntegration(body: unknown, ctx: IntegrationContext): Outcome {
    const b = body as { timeoutInMillis?: number } | null;
    if (!b || !inSlack(b)) return referencePut(body, ctx);
    const out = referencePut({ ...b, timeoutInMillis: 900000 }, ctx);
    return out.ok ? { ...out, value: { ...out.value, timeoutInMillis: Math.trunc(b.timeoutInMillis!) } } : out;
  },
  updateIntegration(current: Integration, body: unknown, ctx: IntegrationContext): Outcome {
    const out = referenceUpdate(current, body, ctx);
    if (out.ok) return out;
    const unchecked = updateIntegrationUnchecked(current, body, ctx, [timeoutRange]).outcome;
    return unchecked.ok && inSlack(unchecked.value) ? unchecked : out;
  },
};
