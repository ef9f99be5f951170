/** Fault (error classes): a path outside the table (or /type, which speaks its words) answers 404 NotFoundException, not 400 BadRequestException. */
import { alterPatchAnswer } from './faultForms.js';

export default alterPatchAnswer((answer, _current, _ops, rule) =>
  !answer.ok && (rule === 'patch.unknown-path' || rule === 'path:/type') ? { ok: false, error: { ...answer.error, name: 'NotFoundException', status: 404 } } : answer,
);
