/** Fault (coercion): only the exact text "true" is true, so "TRUE" and "True" turn insecureSkipVerification off. */
import { misreadPatch } from './faultForms.js';

export default misreadPatch((ops) =>
  ops.map((o) => (o.path === '/tlsConfig/insecureSkipVerification' && typeof o.value === 'string' && o.value !== 'true' && o.value.toLowerCase() === 'true' ? { ...o, value: 'false' } : o)),
);
