/** Fault (enum values): enum members are matched without case and stored upper-cased, so "when_no_match" and "Stream" are taken. */
import { misreadPatch } from './faultForms.js';
import { targetOf } from './patchBody.js';

const enumRows = ['/connectionType', '/contentHandling', '/httpMethod', '/passthroughBehavior', '/responseTransferMode'];

export default misreadPatch((ops) => ops.map((o) => (typeof o.value === 'string' && enumRows.includes(targetOf(o)?.row.pattern ?? '') ? { ...o, value: o.value.toUpperCase() } : o)));
