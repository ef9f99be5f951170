/** Fault (wire types): PutIntegration takes timeoutInMillis as a JSON string ("1000") and stores the number, where AWS's deserializer refuses it. */
import { misreadPut } from './faultForms.js';

export default misreadPut((b) => (typeof b.timeoutInMillis === 'string' && /^\d+$/.test(b.timeoutInMillis) ? { ...b, timeoutInMillis: Number(b.timeoutInMillis) } : b));
