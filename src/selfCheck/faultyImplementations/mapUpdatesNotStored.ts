/** Fault (persistence): an update's answer is right, but only its scalar members reach the store: map and list changes are lost by the next call. */
import type { Integration } from '../../contract.js';
import { faultyStore, slotOf } from './faultForms.js';

export const createImplementation = faultyStore((correct) => {
  const before = new Map<string, Integration>();
  return {
    async updateIntegration(body, ctx) {
      const prior = await correct.getIntegration(ctx);
      const out = await correct.updateIntegration(body, ctx);
      if (out.ok && prior.ok) before.set(slotOf(ctx), prior.value);
      return out;
    },
    async getIntegration(ctx) {
      const out = await correct.getIntegration(ctx);
      const prior = before.get(slotOf(ctx));
      if (!out.ok || !prior) return out;
      const { requestParameters, requestTemplates, cacheKeyParameters } = prior;
      const { requestParameters: _p, requestTemplates: _t, cacheKeyParameters: _c, ...scalars } = out.value;
      return { ...out, value: { ...scalars, ...(requestParameters ? { requestParameters } : {}), ...(requestTemplates ? { requestTemplates } : {}), ...(cacheKeyParameters ? { cacheKeyParameters } : {}) } };
    },
    putIntegration: async (body, ctx) => {
      before.delete(slotOf(ctx));
      return correct.putIntegration(body, ctx);
    },
  };
});
