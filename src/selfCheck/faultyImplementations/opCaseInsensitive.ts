/** Fault (op validation): op names are matched without case, so "REPLACE" and "Add" are applied instead of failing model validation. */
import { patchOpEnum } from '../../rules/patchOperations.js';
import { faultyUpdate } from './faultForms.js';
import { referenceUpdate } from './referenceCalls.js';

const known: readonly string[] = patchOpEnum;

export default faultyUpdate((current, body, ctx) => {
  const ops = (body as { patchOperations?: unknown } | null)?.patchOperations;
  if (!Array.isArray(ops)) return referenceUpdate(current, body, ctx);
  const read = ops.map((o: unknown) => {
    const op = (o as { op?: unknown } | null)?.op;
    return typeof op === 'string' && known.includes(op.toLowerCase()) ? { ...(o as object), op: op.toLowerCase() } : o;
  });
  return referenceUpdate(current, { ...(body as object), patchOperations: read }, ctx);
});
