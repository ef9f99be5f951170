/** Fault (templates): add or replace of a mapping template without a value is a 400, where AWS stores the passthrough template (null). */
import { apiError } from '../../engine/apiError.js';
import { misreadPatch } from './faultForms.js';
import { targetOf } from './patchBody.js';

export default misreadPatch((ops) => {
  const at = ops.findIndex((o) => (o.op === 'add' || o.op === 'replace') && o.value === undefined && targetOf(o)?.row.pattern === '/requestTemplates/{key}');
  return at < 0 ? null : { at, error: apiError('BadRequestException', 'Invalid template specified: null') };
});
