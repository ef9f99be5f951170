/** Fault (enum values): replace /contentHandling with "" (or no value) is a 400, where AWS removes the member. */
import { apiError } from '../../engine/apiError.js';
import { misreadPatch } from './faultForms.js';

export default misreadPatch((ops) => {
  const at = ops.findIndex((o) => o.path === '/contentHandling' && o.op === 'replace' && !o.value);
  return at < 0 ? null : { at, error: apiError('BadRequestException', `Invalid content handling strategy specified: ${ops[at]!.value ?? 'null'}`) };
});
