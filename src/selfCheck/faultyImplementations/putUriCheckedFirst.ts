/** Fault (check order): PutIntegration checks the uri before the backend verb, so a body missing both gets the uri's error (AWS names the verb first). */
import { checkUriForType } from '../../rules/integrationUri.js';
import { alterPutAnswer } from './faultForms.js';

export default alterPutAnswer((answer, body, rule) => {
  if (answer.ok || rule !== 'put.http-method-required') return answer;
  const b = body as { type?: string; uri?: string };
  const uri = checkUriForType({ type: b.type as never, uri: b.uri });
  return uri ? { ok: false, error: uri.error } : answer;
});
