/** Fault (op validation): a `test` op on a patchable path is taken as a check that always passes (a no-op), where AWS refuses it. */
import { misreadPatch } from './faultForms.js';
import { targetOf } from './patchBody.js';

export default misreadPatch((ops) => ops.filter((o) => !(o.op === 'test' && (targetOf(o)?.row.ops.length ?? 0) > 0)));
