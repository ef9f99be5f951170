/** Fault (missing keys): replace and remove find a request parameter whatever the case of its name (HTTP headers are case-blind; AWS's keys are not). */
import { escapePointer } from '../../engine/escapePointer.js';
import { misreadPatch } from './faultForms.js';
import { targetOf } from './patchBody.js';

export default misreadPatch((ops, current) => {
  const held = new Set(Object.keys(current.requestParameters ?? {}));
  return ops.map((o) => {
    const t = targetOf(o);
    if (!t || t.row.pattern !== '/requestParameters/{key}' || t.key === undefined) return o;
    const key = t.key;
    if (o.op === 'add') held.add(key);
    if ((o.op !== 'replace' && o.op !== 'remove') || held.has(key)) return o;
    const same = [...held].find((k) => k.toLowerCase() === key.toLowerCase());
    return same ? { ...o, path: `/requestParameters/${escapePointer(same)}` } : o;
  });
});
