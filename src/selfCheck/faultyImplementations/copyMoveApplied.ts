/** Fault (op validation): copy and move between keys of a map are carried out as RFC 6902 says, where AWS refuses them as unsupported ops. */
import { misreadPatch } from './faultForms.js';
import { targetOf, type WireOp } from './patchBody.js';

export default misreadPatch((ops, current) => {
  const maps = { requestParameters: { ...current.requestParameters }, requestTemplates: { ...current.requestTemplates } } as Record<string, Record<string, string | null>>;
  const read: WireOp[] = [];
  for (const o of ops) {
    const to = targetOf(o);
    const from = o.from === undefined ? null : targetOf({ path: o.from });
    const t = to?.row.target;
    if ((o.op === 'copy' || o.op === 'move') && to && from && t?.kind === 'mapEntry' && from.row === to.row && from.key !== undefined) {
      const value = maps[t.member]![from.key];
      if (value === undefined) {
        read.push(o); // nothing to copy: left to the reference (which refuses the op)
        continue;
      }
      read.push({ op: 'add', path: o.path, ...(value === null ? {} : { value }) });
      if (o.op === 'move') read.push({ op: 'remove', path: o.from });
      continue;
    }
    read.push(o);
  }
  return read;
});
