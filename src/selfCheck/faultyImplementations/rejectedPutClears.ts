/** Fault (persistence): a rejected PutIntegration deletes the integration that was there (the slot is cleared before the body is checked). */
import { faultyStore } from './faultForms.js';

export const createImplementation = faultyStore((correct) => ({
  async putIntegration(body, ctx) {
    const out = await correct.putIntegration(body, ctx);
    if (!out.ok) await correct.deleteIntegration(ctx);
    return out;
  },
}));
