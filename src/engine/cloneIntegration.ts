import type { Integration } from '../contract.js';
import { integrationMembers } from '../resources/integration/members.js';

/** A copy deep enough for the engine to patch without touching the caller's object (and fast: no structuredClone). */
export function cloneIntegration(i: Integration): Integration {
  const c: Integration = { ...i };
  if (i.requestParameters) c.requestParameters = { ...i.requestParameters };
  if (i.requestTemplates) c.requestTemplates = { ...i.requestTemplates };
  if (i.cacheKeyParameters) c.cacheKeyParameters = [...i.cacheKeyParameters];
  if (i.tlsConfig) c.tlsConfig = { ...i.tlsConfig };
  if (i.integrationResponses) c.integrationResponses = { ...i.integrationResponses };
  return c;
}

/** Members in the order AWS's responses list them, so answers read alike (src/resources/integration/members.ts). */
export const integrationMemberOrder: readonly (keyof Integration)[] = integrationMembers.map((m) => m.name as keyof Integration);

/** The integration with absent members dropped and the rest in AWS's order. */
export function canonicalIntegration(i: Integration): Integration {
  const out: Record<string, unknown> = {};
  for (const k of integrationMemberOrder) if (i[k] !== undefined) out[k] = i[k];
  for (const [k, v] of Object.entries(i)) if (!(k in out) && v !== undefined) out[k] = v;
  return out as Integration;
}
