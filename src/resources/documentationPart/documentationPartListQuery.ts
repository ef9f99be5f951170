/**
 * Which parts GetDocumentationParts keeps for its query: `type` and `path` match the location's exactly,
 * `nameQuery` (the query parameter `name` on the wire) is a prefix of the location's name (as GetApiKeys' is, recorded), `locationStatus`
 * DOCUMENTED keeps every stored part (each has content) and UNDOCUMENTED none of them.
 */
import { defineRule } from '../../rules/defineRule.js';
import type { ResourceValue } from '../declaration.js';

export const documentationPartQuery = defineRule(
  'documentation-part.list.query',
  "GetDocumentationParts keeps the parts whose location has the query's type and path, whose name starts with nameQuery; locationStatus UNDOCUMENTED keeps none of the stored parts",
  'aws-doc',
  'API reference GetDocumentationParts: "filtered by the type, name, or path of API entities"; locationStatus "DOCUMENTED for parts with content, UNDOCUMENTED for parts without" (every stored part has properties). Exact type/path and prefix nameQuery inferred (nameQuery is a case-sensitive prefix on GetApiKeys, AWS-recorded)',
);

export function documentationPartListKeeps(value: ResourceValue, query: Readonly<Record<string, string>>): boolean {
  const location = (value.location ?? {}) as Record<string, unknown>;
  if (query.type !== undefined && location.type !== query.type) return false;
  if (query.path !== undefined && location.path !== query.path) return false;
  if (query.name !== undefined && !String(location.name ?? '').startsWith(query.name)) return false;
  if (query.locationStatus === 'UNDOCUMENTED') return false;
  return true;
}
