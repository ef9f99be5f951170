/** Fault (error classes): UpdateIntegration and DeleteIntegration of a method without an integration answer 400, not 404. */
import type { Outcome } from '../../contract.js';
import { faultyStore } from './faultForms.js';

const badRequest = (out: Outcome): Outcome =>
  !out.ok && out.error.name === 'NotFoundException' && /integration/i.test(out.error.message) ? { ok: false, error: { ...out.error, name: 'BadRequestException', status: 400 } } : out;

export const createImplementation = faultyStore((correct) => ({
  updateIntegration: async (body, ctx) => badRequest(await correct.updateIntegration(body, ctx)),
  deleteIntegration: async (ctx) => badRequest(await correct.deleteIntegration(ctx)),
}));
