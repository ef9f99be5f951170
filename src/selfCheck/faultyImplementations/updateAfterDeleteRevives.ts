/** Fault (lifecycle): a deleted integration is only marked deleted; UpdateIntegration still finds it, patches it and brings it back. */
import type { Integration } from '../../contract.js';
import { updateIntegration } from '../../engine/updateIntegration.js';
import { faultyStore, slotOf } from './faultForms.js';

export const createImplementation = faultyStore((correct) => {
  const tombstones = new Map<string, Integration>();
  return {
    async deleteIntegration(ctx) {
      const held = await correct.getIntegration(ctx);
      if (held.ok) tombstones.set(slotOf(ctx), held.value);
      return correct.deleteIntegration(ctx);
    },
    async updateIntegration(body, ctx) {
      const dead = tombstones.get(slotOf(ctx));
      if (!dead || (await correct.getIntegration(ctx)).ok) return correct.updateIntegration(body, ctx);
      const out = updateIntegration(dead, body, ctx).outcome;
      if (out.ok) {
        tombstones.delete(slotOf(ctx));
        await correct.putIntegration({ ...out.value, requestTemplates: out.value.requestTemplates ?? undefined }, ctx);
      }
      return out;
    },
    async putIntegration(body, ctx) {
      tombstones.delete(slotOf(ctx));
      return correct.putIntegration(body, ctx);
    },
  };
});
