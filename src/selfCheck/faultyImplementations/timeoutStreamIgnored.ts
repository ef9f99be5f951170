/** Fault (timeout bounds): the 29000 ms ceiling applies whatever the transfer mode (STREAM's 900000 is not known). */
import type { Integration, Outcome } from '../../contract.js';
import { timeoutRange } from '../../rules/integration.js';
import { reject } from '../../rules/defineRule.js';
import { referencePut, referenceUpdate } from './referenceCalls.js';

const buffered = (out: Outcome): Outcome =>
  out.ok && (out.value.timeoutInMillis ?? 0) > 29000 ? { ok: false, error: reject(timeoutRange.rule, 29000).error } : out;

export default {
  putIntegration: (body: unknown, ctx: Parameters<typeof referencePut>[1]) => buffered(referencePut(body, ctx)),
  updateIntegration: (current: Integration, body: unknown, ctx: Parameters<typeof referencePut>[1]) => buffered(referenceUpdate(current, body, ctx)),
};
