/** Fault (error classes): an op a known path does not allow answers 404 NotFoundException, not 400 BadRequestException. */
import { alterPatchAnswer } from './faultForms.js';

export default alterPatchAnswer((answer, _current, _ops, rule) =>
  !answer.ok && rule === 'patch.unsupported-op' ? { ok: false, error: { ...answer.error, name: 'NotFoundException', status: 404 } } : answer,
);
