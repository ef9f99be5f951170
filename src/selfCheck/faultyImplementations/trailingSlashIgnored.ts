/** Fault (unknown paths): a trailing `/` is dropped, so `/uri/` patches /uri where AWS refuses the path. */
import { misreadPatch } from './faultForms.js';

export default misreadPatch((ops) => ops.map((o) => (o.path !== undefined && o.path.length > 1 && o.path.endsWith('/') ? { ...o, path: o.path.replace(/\/+$/, '') } : o)));
