/** Fault (maps): a requestParameters or requestTemplates map emptied by removes is answered as {} instead of disappearing. */
import { alterPatchAnswer, onSuccess } from './faultForms.js';
import { targetOf } from './patchBody.js';

export default alterPatchAnswer((answer, current, ops) =>
  onSuccess(answer, (i) => {
    const out = { ...i };
    for (const m of ['requestParameters', 'requestTemplates'] as const) {
      const touched = (ops ?? []).some((o) => { const t = targetOf(o)?.row.target; return t?.kind === 'mapEntry' && t.member === m; });
      if (out[m] === undefined && (touched || current[m] !== undefined)) out[m] = {};
    }
    return out;
  }),
);
