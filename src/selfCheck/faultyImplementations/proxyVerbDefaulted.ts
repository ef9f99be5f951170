/** Fault (put validation): an AWS_PROXY integration without httpMethod gets POST filled in, where AWS refuses the body. */
import { misreadPut } from './faultForms.js';

export default misreadPut((b) => (b.type === 'AWS_PROXY' && b.httpMethod === undefined ? { ...b, httpMethod: 'POST' } : b));
