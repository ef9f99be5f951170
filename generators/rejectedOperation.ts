/**
 * Operations AWS rejects whatever comes before or after them in the list: an unknown path, `/type`,
 * a key no generator ever adds, a value outside its domain, an op outside the enum.
 */
import fc from 'fast-check';
import type { WirePatchOperation } from './wireBodies.js';

export const rejectedOperation: fc.Arbitrary<WirePatchOperation> = fc.constantFrom<WirePatchOperation>(
  { op: 'replace', path: '/unknownMember', value: 'x' },
  { op: 'replace', path: '/type', value: 'HTTP' },
  { op: 'remove', path: '/requestParameters/integration.request.header.Never-Present' },
  { op: 'replace', path: '/requestTemplates/application~1never-present', value: '{}' },
  { op: 'replace', path: '/passthroughBehavior', value: 'ALWAYS' },
  { op: 'replace', path: '/timeoutInMillis', value: 'abc' },
  { op: 'REPLACE', path: '/cacheNamespace', value: 'ns' },
);
