/** Fault (maps): add to /cacheKeyParameters/{name} stores the op's value when it has one, not the name in the path. */
import { escapePointer } from '../../engine/escapePointer.js';
import { misreadPatch } from './faultForms.js';
import { targetOf } from './patchBody.js';

export default misreadPatch((ops) =>
  ops.map((o) => (o.op === 'add' && o.value && targetOf(o)?.row.pattern === '/cacheKeyParameters/{key}' ? { ...o, path: `/cacheKeyParameters/${escapePointer(o.value)}` } : o)),
);
