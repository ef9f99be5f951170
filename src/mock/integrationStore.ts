/**
 * The pure implementation form made stateful: a store of integrations (one per API, resource and
 * method verb) that hands the stored integration to the implementation's update and keeps what it
 * answers. The mock talks to every implementation through the stateful form; missing integrations
 * are answered as the reference engine says AWS does.
 */
import type { Integration, IntegrationContext, IntegrationImplementation, Outcome, StatefulIntegrationImplementation } from '../contract.js';
import { deleteIntegration, getIntegration } from '../engine/integrationLifecycle.js';
import { updateMissingIntegration } from '../engine/updateIntegration.js';

const slotOf = (ctx: IntegrationContext): string => `${ctx.restApiId}/${ctx.resourceId}/${ctx.httpMethod}`;

export function pureIntegrationStore(implementation: IntegrationImplementation): StatefulIntegrationImplementation {
  const stored = new Map<string, Integration>();
  return {
    async putIntegration(body, ctx) {
      const out = await implementation.putIntegration(body, ctx);
      if (isSuccess(out)) stored.set(slotOf(ctx), out.value);
      return out;
    },
    getIntegration: (ctx) => getIntegration(stored.get(slotOf(ctx))).outcome,
    async updateIntegration(body, ctx) {
      const current = stored.get(slotOf(ctx));
      if (!current) return updateMissingIntegration(body).outcome;
      // The implementation gets a copy: what it does to it is not what it stored until it answers.
      const out = await implementation.updateIntegration(structuredClone(current), body, ctx);
      if (isSuccess(out)) stored.set(slotOf(ctx), out.value);
      return out;
    },
    deleteIntegration(ctx) {
      const out = deleteIntegration(stored.get(slotOf(ctx))).outcome;
      stored.delete(slotOf(ctx));
      return out;
    },
  };
}

/** Only a well-formed success is stored (the route vouches for the answer separately). */
const isSuccess = (out: unknown): out is Extract<Outcome, { ok: true }> =>
  typeof out === 'object' && out !== null && (out as Outcome).ok === true && typeof (out as { value?: unknown }).value === 'object' && (out as { value?: unknown }).value !== null;
