/** Fault (text values): replace of /credentials, /connectionId or /integrationTarget with "" stores "" instead of removing the member. */
import { alterPatchAnswer, onSuccess } from './faultForms.js';

const clearable = ['credentials', 'connectionId', 'integrationTarget'] as const;

export default alterPatchAnswer((answer, _current, ops) =>
  onSuccess(answer, (i) => {
    const out = { ...i } as Record<string, unknown>;
    for (const m of clearable) {
      const last = (ops ?? []).filter((o) => o.path === `/${m}` && o.op === 'replace').at(-1);
      if (last && last.value === '' && out[m] === undefined) out[m] = '';
    }
    return out as typeof i;
  }),
);
