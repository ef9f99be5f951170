/** Fault (mapping values): undeclared method.request.path.* sources are taken (path parameters are assumed from the resource path); other locations are checked. */
import type { IntegrationContext } from '../../contract.js';
import { referencePut, referenceUpdate } from './referenceCalls.js';

/** Every method.request.path.* the request names counts as declared. */
function declaringPaths(body: unknown, ctx: IntegrationContext): IntegrationContext {
  const named = JSON.stringify(body ?? null).match(/method\.request\.path\.[!#$%&'*+\-.^_`|~0-9A-Za-z]+/g) ?? [];
  if (!ctx.methodRequestParameters || named.length === 0) return ctx;
  return { ...ctx, methodRequestParameters: { ...ctx.methodRequestParameters, ...Object.fromEntries(named.map((n) => [n, true])) } };
}

export default {
  putIntegration: (body: unknown, ctx: IntegrationContext) => referencePut(body, declaringPaths(body, ctx)),
  updateIntegration: (current: Parameters<typeof referenceUpdate>[0], body: unknown, ctx: IntegrationContext) => referenceUpdate(current, body, declaringPaths(body, ctx)),
};
