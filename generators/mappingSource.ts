/** Request-parameter sources: what `integration.request.*` keys are mapped from. */
import fc from 'fast-check';
import { sandboxMethodRequestParameters } from '../src/sandboxMethod.js';

/** Sources the reference accepts against the sandbox method's declared parameters. */
export const validMappingSource: fc.Arbitrary<string> = fc.constantFrom(
  ...Object.keys(sandboxMethodRequestParameters),
  "'static'",
  "'application/json'",
  'context.requestId',
  'context.identity.sourceIp',
  'stageVariables.backendHost',
  'method.request.body',
  'method.request.body.order.id',
);

/** Near misses: undeclared method parameters, unknown roots, unquoted literals. */
export const invalidMappingSource: fc.Arbitrary<string> = fc.constantFrom(
  'method.request.querystring.undeclared',
  'method.request.header.Authorization',
  'method.request.cookie.session',
  'static',
  'request.header.X-Trace-Id',
  '',
);
