/** Fault (lifecycle): DeleteIntegration of a method without an integration answers 204 (deletes are treated as idempotent). */
import { faultyStore } from './faultForms.js';

export const createImplementation = faultyStore((correct) => ({
  async deleteIntegration(ctx) {
    const out = await correct.deleteIntegration(ctx);
    return out.ok ? out : { ok: true, status: 204, value: {} };
  },
}));
