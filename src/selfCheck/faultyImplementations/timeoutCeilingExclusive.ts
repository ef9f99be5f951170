/** Fault (timeout bounds): the ceiling is exclusive (`t < max`), so a timeout set to exactly 29000 (900000 with STREAM) is refused; the default 29000 is not checked. */
import type { Integration, IntegrationContext, Outcome } from '../../contract.js';
import { timeoutRange } from '../../rules/integration.js';
import { reject } from '../../rules/defineRule.js';
import { lastOperationOn, modelValidOperations } from './patchBody.js';
import { referencePut, referenceUpdate } from './referenceCalls.js';

const ceilingOf = (i: Integration): number => (i.responseTransferMode === 'STREAM' ? 900000 : 29000);
const refused = (i: Integration): Outcome => ({ ok: false, error: reject(timeoutRange.rule, ceilingOf(i)).error });

export default {
  putIntegration(body: unknown, ctx: IntegrationContext): Outcome {
    const out = referencePut(body, ctx);
    const sent = (body as { timeoutInMillis?: unknown } | null)?.timeoutInMillis;
    return out.ok && sent !== undefined && out.value.timeoutInMillis === ceilingOf(out.value) ? refused(out.value) : out;
  },
  updateIntegration(current: Integration, body: unknown, ctx: IntegrationContext): Outcome {
    const out = referenceUpdate(current, body, ctx);
    const ops = modelValidOperations(body);
    const set = ops && lastOperationOn(ops, '/timeoutInMillis');
    return out.ok && set && out.value.timeoutInMillis === ceilingOf(out.value) ? refused(out.value) : out;
  },
};
