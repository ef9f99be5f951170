/** Fault (coercion): a patched timeout must be plain digits without a leading zero, so "+99" and "0050" are refused (Java's parseInt takes both). */
import { apiError } from '../../engine/apiError.js';
import { misreadPatch } from './faultForms.js';

export default misreadPatch((ops) => {
  const at = ops.findIndex((o) => o.path === '/timeoutInMillis' && o.op === 'replace' && o.value !== undefined && /^(\+|-?0\d)/.test(o.value));
  return at < 0 ? null : { at, error: apiError('BadRequestException', `Invalid timeout specified: ${ops[at]!.value}`) };
});
