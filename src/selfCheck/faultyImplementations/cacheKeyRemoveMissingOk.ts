/** Fault (missing keys): remove of a cache key name that is not in the list succeeds (a list filter without a check). */
import { misreadPatch } from './faultForms.js';
import { targetOf } from './patchBody.js';

export default misreadPatch((ops, current) => {
  const held = new Set(current.cacheKeyParameters ?? []);
  return ops.filter((o) => {
    const t = targetOf(o);
    if (!t || t.row.pattern !== '/cacheKeyParameters/{key}' || t.key === undefined) return true;
    if (o.op === 'remove' && !held.has(t.key)) return false;
    if (o.op === 'add') held.add(t.key);
    if (o.op === 'remove') held.delete(t.key);
    return true;
  });
});
