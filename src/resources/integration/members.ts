/**
 * Integration's members, once: wire type and AWS's order (as its answers list them). The put body's
 * wire shape, the canonical order of answers and the declaration read this list.
 */
import type { MemberDeclaration } from '../declaration.js';

export const integrationMembers: readonly MemberDeclaration[] = [
  { name: 'type', kind: 'string' },
  // On the wire the backend verb is `httpMethod` (the SDK's integrationHttpMethod).
  { name: 'httpMethod', kind: 'string' },
  { name: 'uri', kind: 'string' },
  { name: 'connectionType', kind: 'string' },
  { name: 'connectionId', kind: 'string' },
  { name: 'credentials', kind: 'string' },
  { name: 'requestParameters', kind: 'stringMap' },
  { name: 'requestTemplates', kind: 'nullableStringMap' },
  { name: 'passthroughBehavior', kind: 'string' },
  { name: 'contentHandling', kind: 'string' },
  { name: 'timeoutInMillis', kind: 'integer' },
  { name: 'cacheNamespace', kind: 'string' },
  { name: 'cacheKeyParameters', kind: 'stringList' },
  { name: 'tlsConfig', kind: 'struct', fields: { insecureSkipVerification: 'boolean' } },
  { name: 'responseTransferMode', kind: 'string' },
  { name: 'integrationTarget', kind: 'string' },
  // Answers only: the integration responses keyed by status code (src/resources/integrationResponse).
  { name: 'integrationResponses', kind: 'embedded' },
];
