/** Fault (missing keys): remove of a mapping template that is not there succeeds (a `delete map[key]` without a check). */
import { misreadPatch } from './faultForms.js';
import { targetOf } from './patchBody.js';

export default misreadPatch((ops, current) => {
  const held = new Set(Object.keys(current.requestTemplates ?? {}));
  return ops.filter((o) => {
    const t = targetOf(o);
    if (!t || t.row.pattern !== '/requestTemplates/{key}' || t.key === undefined) return true;
    if (o.op === 'remove' && !held.has(t.key) && t.row.target.kind === 'mapEntry' && t.row.target.validKey(t.key)) return false;
    if (o.op === 'add') held.add(t.key);
    if (o.op === 'remove') held.delete(t.key);
    return true;
  });
});
