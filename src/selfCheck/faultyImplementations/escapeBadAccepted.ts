/** Fault (escapes): a `~` not followed by 0 or 1 is kept as a literal `~` where AWS refuses the path. */
import { misreadPatch } from './faultForms.js';

export default misreadPatch((ops) => ops.map((o) => (o.path === undefined ? o : { ...o, path: o.path.replace(/~(?![01])/g, '~0') })));
