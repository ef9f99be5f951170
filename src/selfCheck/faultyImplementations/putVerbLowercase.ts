/** Fault (put validation): a lower-case backend verb ("get") is taken and stored upper-cased, where AWS refuses it. */
import { misreadPut } from './faultForms.js';

export default misreadPut((b) => (typeof b.httpMethod === 'string' && b.type !== 'MOCK' ? { ...b, httpMethod: b.httpMethod.toUpperCase() } : b));
