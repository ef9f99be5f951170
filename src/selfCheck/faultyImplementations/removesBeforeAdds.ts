/** Fault (ordering): removes are applied before every other op (two passes over the list), so an add then a remove of one key leaves the key. */
import { misreadPatch } from './faultForms.js';

export default misreadPatch((ops) => [...ops.filter((o) => o.op === 'remove'), ...ops.filter((o) => o.op !== 'remove')]);
