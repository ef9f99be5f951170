/** Fault (unknown paths): replace /type is applied when the value is a type, where AWS refuses every op on /type. */
import type { Integration } from '../../contract.js';
import { integrationTypes } from '../../rules/integration.js';
import { faultyUpdate, onSuccess } from './faultForms.js';
import { modelValidOperations, withOperations } from './patchBody.js';
import { referenceUpdate } from './referenceCalls.js';

const types: readonly string[] = integrationTypes;

export default faultyUpdate((current, body, ctx) => {
  const ops = modelValidOperations(body);
  const typeOps = ops?.filter((o) => o.path === '/type' && o.op === 'replace' && types.includes(o.value ?? '')) ?? [];
  if (!ops || typeOps.length === 0) return referenceUpdate(current, body, ctx);
  const out = referenceUpdate(current, withOperations(ops.filter((o) => !typeOps.includes(o))), ctx);
  return onSuccess(out, (i) => ({ ...i, type: typeOps.at(-1)!.value as Integration['type'] }));
});
