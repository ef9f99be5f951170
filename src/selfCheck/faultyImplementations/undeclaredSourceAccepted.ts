/** Fault (mapping values): a method.request.* source is taken whether or not the method declares that parameter (the method is never looked up). */
import type { IntegrationContext } from '../../contract.js';
import { referencePut, referenceUpdate } from './referenceCalls.js';

const withoutMethod = ({ methodRequestParameters: _, ...ctx }: IntegrationContext): IntegrationContext => ctx;

export default {
  putIntegration: (body: unknown, ctx: IntegrationContext) => referencePut(body, withoutMethod(ctx)),
  updateIntegration: (current: Parameters<typeof referenceUpdate>[0], body: unknown, ctx: IntegrationContext) => referenceUpdate(current, body, withoutMethod(ctx)),
};
