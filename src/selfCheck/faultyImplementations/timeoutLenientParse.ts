/** Fault (coercion): a patched timeout is read with JavaScript's parseInt, so " 99", "99 ", "99.5" and "1e3" are taken (as 99, 99, 99, 1). */
import { misreadPatch } from './faultForms.js';

export default misreadPatch((ops) =>
  ops.map((o) => {
    if (o.path !== '/timeoutInMillis' || typeof o.value !== 'string') return o;
    const n = Number.parseInt(o.value, 10);
    return Number.isNaN(n) ? o : { ...o, value: String(n) };
  }),
);
