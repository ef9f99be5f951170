/** Fault (defaults): PutIntegration without timeoutInMillis leaves it out, where AWS answers the default 29000. */
import { alterPutAnswer, onSuccess } from './faultForms.js';

export default alterPutAnswer((answer, body) =>
  (body as { timeoutInMillis?: unknown } | null)?.timeoutInMillis === undefined ? onSuccess(answer, ({ timeoutInMillis: _, ...i }) => i) : answer,
);
