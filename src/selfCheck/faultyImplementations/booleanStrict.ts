/** Fault (coercion): insecureSkipVerification takes only "true" or "false"; anything else is a 400 (AWS reads it as false). */
import { apiError } from '../../engine/apiError.js';
import { misreadPatch } from './faultForms.js';

export default misreadPatch((ops) => {
  const at = ops.findIndex((o) => o.path === '/tlsConfig/insecureSkipVerification' && o.op === 'replace' && o.value !== 'true' && o.value !== 'false');
  return at < 0 ? null : { at, error: apiError('BadRequestException', `Invalid boolean specified: ${ops[at]!.value ?? 'null'}`) };
});
