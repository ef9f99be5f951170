/** Fault (mapping values): a patched template key is not checked to be a media type, so add or replace of `/requestTemplates/json` is stored. */
import { faultyUpdate, onSuccess } from './faultForms.js';
import { modelValidOperations, targetOf, withOperations, type WireOp } from './patchBody.js';
import { referenceUpdate } from './referenceCalls.js';

/** The key of an add or replace on a template key that is no media type. */
function oddKey(o: WireOp): string | null {
  const t = targetOf(o);
  const target = t?.row.target;
  return t?.key !== undefined && target?.kind === 'mapEntry' && target.member === 'requestTemplates' && !target.validKey(t.key) && (o.op === 'add' || o.op === 'replace') ? t.key : null;
}

export default faultyUpdate((current, body, ctx) => {
  const ops = modelValidOperations(body);
  const odd = ops?.filter((o) => oddKey(o) !== null) ?? [];
  if (!ops || odd.length === 0) return referenceUpdate(current, body, ctx);
  const out = referenceUpdate(current, withOperations(ops.filter((o) => oddKey(o) === null)), ctx);
  // A template without a value is the passthrough template, answered as null (as the reference does).
  return onSuccess(out, (i) => ({ ...i, requestTemplates: { ...i.requestTemplates, ...Object.fromEntries(odd.map((o) => [oddKey(o)!, o.value ? o.value : null])) } as Record<string, string> }));
});
