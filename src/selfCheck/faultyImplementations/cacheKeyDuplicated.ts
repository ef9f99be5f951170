/** Fault (maps): add of a cache key name already in the list appends a second copy (a list push without a check). */
import { alterPatchAnswer, onSuccess } from './faultForms.js';
import { targetOf } from './patchBody.js';

export default alterPatchAnswer((answer, current, ops) =>
  onSuccess(answer, (i) => {
    const extra = (ops ?? []).flatMap((o) => {
      const t = targetOf(o);
      return o.op === 'add' && t?.row.pattern === '/cacheKeyParameters/{key}' && t.key !== undefined && (current.cacheKeyParameters ?? []).includes(t.key) ? [t.key] : [];
    });
    return extra.length === 0 ? i : { ...i, cacheKeyParameters: [...(i.cacheKeyParameters ?? []), ...extra] };
  }),
);
